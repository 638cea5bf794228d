// Builds round 13's untouched split (round13/untouched.jsonl), committed before round 13's rule work is merged, by a
// helper who does not tune the rules and never runs them on it; round 12's files and everything before are its dev
// split. Sources (README.md lists each with repository, path, commit and licence): pelias/parser's and
// datamade/usaddress's test addresses, Skyscanner/whispers's config fixtures (non-compliant parts labelled by hand,
// compliant parts as negatives), PyCQA/bandit's hard-coded password examples, jschaedl/iban-validation's and
// arhs/iban.js's test IBANs, braintree/credit-card-type's test cards (sources/*.json, written by sources/extract.ts);
// the LICENSE, README and package.json files of installed packages (e-mail addresses, round 12's readers); this
// round's password forms, invented addresses and look-alikes; round 10's, 11's and 12's generators with this round's
// seed for phones, JWTs, IPs, private keys, API keys, secrets, IBANs and cards; as negatives windows of real files of
// installed packages no round sampled.
// Every sourced positive value is checked against the earlier rounds' files: a value already there is dropped.
// Run: npx tsx test/redaction-corpus/round13/build.ts   (VERBOSE=1 lists the dropped values)
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import lib from 'google-libphonenumber';
import { isValidIBAN } from 'ibantools';
import { Collector } from '../kit/collector';
import { earlierIndex, normalise } from '../kit/earlier';
import { summarise, writeJsonl } from '../kit/item';
import { packageWindows, unsampledPackages } from '../kit/package-windows';
import { seeded } from '../kit/random';
import { luhn } from '../kit/values';
import * as R10 from '../round10/generated';
import * as R11 from '../round11/generated';
import { apiKeys } from '../round12/api-keys';
import * as R12 from '../round12/generated';
import * as R12S from '../round12/sourced';
import * as G from './generated';
import { IBAN_FAILS, LOOKALIKES, LUHN_FAILS } from './lookalikes';
import * as S from './sourced';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '../../..');
const corpusDir = join(here, '..');
const EARLIER = ['split', 'round3', 'round4', 'round5', 'round6', 'round7', 'round8', 'round9', 'round10', 'round11', 'round12'];
const earlier = earlierIndex(corpusDir, EARLIER, ['round13', 'kit']);
const r = seeded(20261301);
const c = new Collector('r13', earlier);
const WRITTEN = S.WRITTEN;

for (const v of LUHN_FAILS) if (luhn(v.replace(/\D/g, ''))) throw new Error(`look-alike passes Luhn: ${v}`);
for (const v of IBAN_FAILS) if (isValidIBAN(v.replace(/ /g, ''))) throw new Error(`look-alike is a valid IBAN: ${v}`);

function negatives() {
  const packages = unsampledPackages(root, earlier, r, 60);
  const texts = new Set<string>();
  for (const w of packageWindows(root, packages, r, { windows: 132, lines: 12, perPackage: 3 })) {
    // Two windows of one file can hold the same lines (a function written twice): the second is left out.
    if (texts.has(w.text)) continue;
    texts.add(w.text);
    c.push(`negative:${w.pkg}`, w.text, [], `${w.file} lines ${w.from}-${w.from + 11} (real file of a ${w.licence} package)`);
  }
  const lookalike = `invented look-alike ${WRITTEN} (versions, digests, ids, secret references and placeholders, password rules, documentation addresses, other number kinds, prose about secrets)`;
  LOOKALIKES.forEach((t) => c.push('negative:lookalike', t, [], lookalike));
  [...LUHN_FAILS, ...IBAN_FAILS].forEach((t, i) => c.push('negative:checksum', i < LUHN_FAILS.length ? `Testkarte ${t} (abgelehnt)` : `IBAN ${t} — bank says invalid`, [], `invented ${i < LUHN_FAILS.length ? 'card-shaped run that fails Luhn' : 'IBAN-shaped string that fails its check digits'} (checked by build.ts) ${WRITTEN}`));
}

// Sourced first, so the generated strata fill what the sources leave.
S.pelias(c);
S.usaddress(c, r, 82);
G.inventedAddresses(c);
S.whispers(c);
S.bandit(c);
G.passwords(c, r);
S.ibans(c);
const sourcedIbanCountries = new Set(c.items.filter((item) => item.id.startsWith('r13:iban:')).map((item) => item.expected[0]!.value.slice(0, 2).toUpperCase()));
R12.ibans(c, r, 50, sourcedIbanCountries);
// A second pass over the countries the first left, so the IBANs of ~90 registry countries are in.
const ibanCountries = new Set(c.items.filter((item) => item.id.startsWith('r13:iban:')).map((item) => item.expected[0]!.value.slice(0, 2).toUpperCase()));
R12.ibans(c, r, 50, ibanCountries);
S.cards(c);
R12.cards(c, r, 30);
// E-mail: round 12's readers of installed packages' files (one address per package), from other points of the alphabet.
S.contacts(c);
G.emails(c);
R12S.licenceEmails(c, root, 40);
R12S.maintainerEmails(c, root, 0.8, 45);
R12S.maintainerEmails(c, root, 0.15, 45);
apiKeys(c, r, 60);
R11.secrets(c, r);
R12.secrets(c, r);
const util = lib.PhoneNumberUtil.getInstance();
R10.phones(c, r, r.shuffle([...util.getSupportedRegions()].sort()).slice(0, 110));
R10.ips(c, r, 32);
R10.jwts(c, r, 26);
R10.privateKeys(c, 24);
negatives();

// Round 10's IP generator also writes its fixed look-alike lines, which round 10's split (now dev) holds word for word:
// left out here. Then no value and no text twice within the round (layout-free for values).
const seenValues = new Set<string>();
const seenTexts = new Set<string>();
const items = c.items.filter((item) => {
  if (item.id.startsWith('r13:negative:ip:')) return false;
  if (seenTexts.has(item.text)) return false;
  const values = item.expected.map((e) => normalise(e.value));
  if (values.some((v) => seenValues.has(v))) return false;
  seenTexts.add(item.text);
  for (const v of values) seenValues.add(v);
  return true;
});
writeJsonl(join(here, 'untouched.jsonl'), items);
console.log(JSON.stringify({ ...summarise(items), droppedAsSeen: c.dropped.length, droppedWithinRound: c.items.length - items.length }));
if (process.env.VERBOSE) for (const d of c.dropped) console.log('dropped:', d);
