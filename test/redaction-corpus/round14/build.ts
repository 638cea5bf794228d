// Builds round 14's untouched split (round14/untouched.jsonl), committed before round 14's rule work is merged, by a
// helper who does not tune the rules and never runs them on it; round 13's files and everything before are its dev
// split. Sources (README.md lists each with repository, path, commit and licence): the rule examples of
// mongodb/kingfisher's and praetorian-inc/noseyparker's rule files no earlier round named, OpenCage's expected address
// blocks of the country files no earlier round read, manycoding/address-parser's test addresses (sources/*.json,
// written by sources/extract.ts); this round's password forms, invented addresses, e-mail wordings and look-alikes;
// the earlier rounds' generators with this round's seed; as negatives windows of real files of installed packages no
// round sampled. Every sourced positive value is checked against the earlier rounds' files: a value already there is
// dropped.
// Run: npx tsx test/redaction-corpus/round14/build.ts   (VERBOSE=1 lists the dropped values)
import { readFileSync } from 'node:fs';
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
import * as R13 from '../round13/generated';
import * as G from './generated';
import { IBAN_FAILS, LOOKALIKES, LUHN_FAILS } from './lookalikes';
import * as D from './duckling';
import * as RE from './rule-examples';
import * as S from './sourced';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '../../..');
const corpusDir = join(here, '..');
const EARLIER = ['split', 'round3', 'round4', 'round5', 'round6', 'round7', 'round8', 'round9', 'round10', 'round11', 'round12', 'round13'];
const earlier = earlierIndex(corpusDir, EARLIER, ['round14', 'kit']);
const r = seeded(20261401);
const c = new Collector('r14', earlier);

for (const v of LUHN_FAILS) if (luhn(v.replace(/\D/g, ''))) throw new Error(`look-alike passes Luhn: ${v}`);
for (const v of IBAN_FAILS) if (isValidIBAN(v.replace(/ /g, ''))) throw new Error(`look-alike is a valid IBAN: ${v}`);

// The project's own packages are exhausted as a source of negative windows (3 left that no earlier file names); the
// packages bundled with the installed npm CLI are the same kind of real code and docs, and ~100 of them are unsampled.
const NPM_ROOT = '/usr/lib/node_modules/npm';
const npmVersion = (JSON.parse(readFileSync(join(NPM_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

function negatives() {
  const texts = new Set<string>();
  const windows = [
    ...packageWindows(root, unsampledPackages(root, earlier, r, 60), r, { windows: 9, lines: 12, perPackage: 3 }).map((w) => ({ ...w, where: 'an installed package of this project' })),
    ...packageWindows(NPM_ROOT, unsampledPackages(NPM_ROOT, earlier, r, 120), r, { windows: 160, lines: 12, perPackage: 3 }).map((w) => ({ ...w, where: `a package bundled with npm ${npmVersion} (${NPM_ROOT})` })),
  ];
  for (const w of windows) {
    // Two windows of one file can hold the same lines (a function written twice): the second is left out.
    if (texts.has(w.text)) continue;
    texts.add(w.text);
    c.push(`negative:${w.pkg}`, w.text, [], `${w.file} lines ${w.from}-${w.from + 11} (real file of a ${w.licence} package: ${w.where})`);
  }
  const lookalike = `invented look-alike ${S.WRITTEN} (ids, digests, secret references and placeholders, password rules, documentation addresses, other number kinds, address-like text that is no address)`;
  LOOKALIKES.forEach((t) => c.push('negative:lookalike', t, [], lookalike));
  [...LUHN_FAILS, ...IBAN_FAILS].forEach((t, i) => c.push('negative:checksum', i < LUHN_FAILS.length ? `Kortnummer ${t} avvisades av kassan` : `IBAN ${t} – la banque le refuse`, [], `invented ${i < LUHN_FAILS.length ? 'card-shaped run that fails Luhn' : 'IBAN-shaped string that fails its check digits'} (checked by build.ts) ${S.WRITTEN}`));
}

// Sourced first, so the generated strata fill what the sources leave.
S.openCage(c);
S.manycoding(c);
S.ilib(c);
G.inventedAddresses(c);
G.fakerAddresses(c, r, 15);
RE.ruleExamples(c, 120);
RE.ruleNegatives(c, 15);
D.duckling(c);
G.passwords(c, r);
R13.passwords(c, r);
R12.ibans(c, r, 60, new Set());
R12.cards(c, r, 35);
G.emails(c);
R12S.licenceEmails(c, root, 20);
R12S.maintainerEmails(c, root, 0.5, 20);
apiKeys(c, r, 45);
R11.secrets(c, r);
R12.secrets(c, r);
const util = lib.PhoneNumberUtil.getInstance();
R10.phones(c, r, r.shuffle([...util.getSupportedRegions()].sort()).slice(0, 75));
R10.ips(c, r, 30);
R10.jwts(c, r, 25);
R10.privateKeys(c, 20);
negatives();

// Round 10's IP generator also writes its fixed look-alike lines, which round 10's split (now dev) holds word for word:
// left out here. An earlier generator run with this seed can draw a value or text an earlier round drew (round 13's
// password words): left out too, and counted. Then no value and no text twice within the round (layout-free for values).
const seenValues = new Set<string>();
const seenTexts = new Set<string>();
let generatedSeen = 0;
let r13Form = 0;
const items = c.items.filter((item) => {
  // Round 13's password forms (dev holds their wordings) only every other one, so this round's own forms carry the kind.
  if (item.id.startsWith('r14:password:form:') && item.note.includes('written for round 13') && r13Form++ % 2 === 1) return false;
  if (item.id.startsWith('r14:negative:ip:')) return false;
  if (earlier.mentions(item.text) || item.expected.some((e) => earlier.seen(e.value))) {
    generatedSeen++;
    return false;
  }
  if (seenTexts.has(item.text)) return false;
  const values = item.expected.map((e) => normalise(e.value));
  if (values.some((v) => seenValues.has(v))) return false;
  seenTexts.add(item.text);
  for (const v of values) seenValues.add(v);
  return true;
});
writeJsonl(join(here, 'untouched.jsonl'), items);
const droppedWithinRound = c.items.length - items.length - generatedSeen - Math.floor(r13Form / 2);
console.log(JSON.stringify({ ...summarise(items), droppedAsSeen: c.dropped.length, generatedSeen, droppedWithinRound }));
if (process.env.VERBOSE) for (const d of c.dropped) console.log('dropped:', d);
