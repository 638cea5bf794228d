// Builds round 12's untouched split (round12/untouched.jsonl), committed before round 12's rule work is merged, by a
// helper who does not tune the rules and never runs them on it; round 11's files and everything before are its dev
// split. Sources (README.md lists each with repository, path, commit and licence): Shopify/worldwide's example
// addresses and phones (sources/worldwide.json), the BIP-32/49/84/86 test vectors' extended keys (sources/bips.json;
// the public ones as negatives), ggshield's test patches (sources/ggshield.json), checkov's IaC test files' password
// lines (sources/checkov.json), iban4j's and ibandit's test IBANs (sources/ibans.json), the LICENSE, README and
// package.json files of installed packages (e-mail addresses); generated and invented values in forms written for
// this round (api-keys.ts, password-forms.ts, secret-forms.ts, addresses.ts, generated.ts, wordings.ts); round 10's
// generators for JWTs, IP addresses and private keys (new seed); as negatives windows of real files of installed
// packages no round sampled, checkov's placeholder lines and invented look-alikes.
// Every sourced positive value is checked against the earlier rounds' files: a value already there is dropped.
// Run: npx tsx test/redaction-corpus/round12/build.ts   (VERBOSE=1 lists the dropped values)
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isValidIBAN } from 'ibantools';
import { Collector } from '../kit/collector';
import { earlierIndex } from '../kit/earlier';
import { summarise, writeJsonl } from '../kit/item';
import { packageWindows, unsampledPackages } from '../kit/package-windows';
import { seeded } from '../kit/random';
import { fill, pick } from '../kit/template';
import { luhn } from '../kit/values';
import * as R10 from '../round10/generated';
import { INVENTED_ADDRESSES } from './addresses';
import { apiKeys } from './api-keys';
import * as G from './generated';
import { IBAN_FAILS, LOOKALIKES, LUHN_FAILS } from './lookalikes';
import * as S from './sourced';
import * as W from './wordings';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '../../..');
const corpusDir = join(here, '..');
const EARLIER = ['split', 'round3', 'round4', 'round5', 'round6', 'round7', 'round8', 'round9', 'round10', 'round11'];
const earlier = earlierIndex(corpusDir, EARLIER, ['round12', 'kit']);
const r = seeded(20261130 + 12);
const c = new Collector('r12', earlier);
const WRITTEN = 'written for round 12';

for (const v of LUHN_FAILS) if (luhn(v.replace(/\D/g, ''))) throw new Error(`look-alike passes Luhn: ${v}`);
for (const v of IBAN_FAILS) if (isValidIBAN(v.replace(/ /g, ''))) throw new Error(`look-alike is a valid IBAN: ${v}`);

function inventedAddresses() {
  let line = 0;
  let block = 0;
  for (const a of INVENTED_ADDRESSES) {
    const text = a.around ? fill(a.around, { v: a.v }) : a.v.includes('\n') ? fill(pick(W.ADDRESS_BLOCK, block++), { v: a.v }) : fill(pick(W.ADDRESS_LINE, line++ * 5), { v: a.v });
    c.push(`postal_address:invented-${a.cc}`, text, [{ kind: 'postal_address', value: a.v }], `invented address ${WRITTEN} (${a.cc}, in the country's script)${a.around ? ', told in a wording of its own' : ''}`);
  }
}

function negatives() {
  const packages = unsampledPackages(root, earlier, r, 60);
  const texts = new Set<string>();
  for (const w of packageWindows(root, packages, r, { windows: 120, lines: 12, perPackage: 3 })) {
    // Two windows of one file can hold the same lines (a function written twice): the second is left out.
    if (texts.has(w.text)) continue;
    texts.add(w.text);
    c.push(`negative:${w.pkg}`, w.text, [], `${w.file} lines ${w.from}-${w.from + 11} (real file of a ${w.licence} package)`);
  }
  LOOKALIKES.forEach((t) => c.push('negative:lookalike', t, [], `invented look-alike ${WRITTEN} (versions, digests, ids, secret references and placeholders, documentation addresses, other number kinds, Luhn- and checksum-failing runs, prose about secrets)`));
}

S.worldwide(c, r, 120, 60);
inventedAddresses();
S.bips(c);
S.bipPublicKeys(c, 10);
S.ggshield(c);
S.checkov(c);
S.ibans(c, 70);
const sourcedIbanCountries = new Set(c.items.filter((item) => item.id.startsWith('r12:iban:')).map((item) => item.expected[0]!.value.slice(0, 2).toUpperCase()));
G.ibans(c, r, 45, sourcedIbanCountries);
S.licenceEmails(c, root, 32);
// Then maintainers' addresses from 45% into the alphabet (rounds 8-11 read the ends, the first third and two thirds).
S.maintainerEmails(c, root, 0.45, 34);
apiKeys(c, r, 72);
G.passwords(c, r);
G.secrets(c, r);
G.cards(c, r, 40);
R10.ips(c, r, 30);
R10.jwts(c, r, 26);
R10.privateKeys(c, 26);
negatives();

// Round 10's IP generator also writes its five fixed look-alike lines, which round 10's split (now dev) holds word for
// word: left out here.
const items = c.items.filter((item) => !item.id.startsWith('r12:negative:ip:'));
writeJsonl(join(here, 'untouched.jsonl'), items);
console.log(JSON.stringify({ ...summarise(items), droppedAsSeen: c.dropped.length }));
if (process.env.VERBOSE) for (const d of c.dropped) console.log('dropped:', d);
