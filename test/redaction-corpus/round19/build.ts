// Builds round 19's untouched split (round19/untouched.jsonl) by a helper who does not tune the rules and never runs
// them on it; round 18's files and everything before are its dev split. Sources (README.md lists each with path,
// commit and licence): geocoder-php/Geocoder's recorded provider responses and test queries, the PAF formatting
// fixtures of ideal-postcodes/uk-clear-addressing, installed packages' maintainers (the kit's reader), this round's
// password forms, phone wordings and look-alikes, and the earlier rounds' generators with this round's seed. Every
// sourced positive value is checked against the earlier rounds' files (a value already there is dropped), then the
// kit's last filter leaves out any item whose text or value an earlier round holds, or that repeats one of this round.
// Run: npx tsx test/redaction-corpus/round19/build.ts   (VERBOSE=1 lists the dropped values)
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import lib from 'google-libphonenumber';
import { isValidIBAN } from 'ibantools';
import { Collector } from '../kit/collector';
import { earlierIndex } from '../kit/earlier';
import { freshItems } from '../kit/fresh';
import { summarise, writeJsonl } from '../kit/item';
import { maintainers } from '../kit/maintainers';
import { packageWindows, unsampledPackages } from '../kit/package-windows';
import { seeded } from '../kit/random';
import { fill, pick } from '../kit/template';
import { luhn } from '../kit/values';
import * as R10 from '../round10/generated';
import * as R11 from '../round11/generated';
import { apiKeys } from '../round12/api-keys';
import * as R12 from '../round12/generated';
import * as R14 from '../round14/generated';
import * as R17 from '../round17/generated';
import * as R18 from '../round18/generated';
import * as R18P from '../round18/phones';
import { EARLIER, OWN } from './earlier-rounds';
import * as G from './generated';
import { IBAN_FAILS, LOOKALIKES, LUHN_FAILS } from './lookalikes';
import * as S from './sourced';
import * as W from './wordings';

const here = fileURLToPath(new URL('.', import.meta.url));
const corpusDir = join(here, '..');
const earlier = earlierIndex(corpusDir, EARLIER, OWN);
const r = seeded(20261901);
const c = new Collector('r19', earlier);

for (const v of LUHN_FAILS) if (luhn(v.replace(/\D/g, ''))) throw new Error(`look-alike passes Luhn: ${v}`);
for (const v of IBAN_FAILS) if (isValidIBAN(v.replace(/ /g, ''))) throw new Error(`look-alike is a valid IBAN: ${v}`);

// Sourced first, so the generated strata fill what the sources leave.
S.geocoderAddresses(c, r, 10, 40);
S.ukAddresses(c);
S.pluginAddresses(c);
S.jionlpAddresses(c);
const sourcedAddresses = c.count('postal_address');
// Round 14's faker stratum: never more than a quarter of the round's addresses.
R14.fakerAddresses(c, r, Math.min(60, Math.floor(sourcedAddresses / 3)));
// E-mail: installed packages' maintainers from a point of the alphabet rounds 11 and 12 did not start at.
const root = join(corpusDir, '..', '..');
let emails = 0;
for (const m of maintainers(root, 0.41)) {
  if (emails >= 60) break;
  const note = `node_modules/${m.pkg}/package.json ${m.field} (${m.pkg} ${m.version}, ${m.licence})`;
  const ok = emails % 2
    ? S.pushOnce(c, 'email:maintainer', fill(pick(W.EMAIL_LINE, emails), { v: m.email }), [{ kind: 'email', value: m.email }], `${note}: the address in a wording ${S.WRITTEN}`, { sourced: true })
    : S.pushOnce(c, 'email:maintainer', m.author, [{ kind: 'email', value: m.email }], `${note}: the person as the metadata writes them, the name not labelled`, { sourced: true });
  if (ok) emails++;
}
S.leaktkKeys(c);
G.passwords(c, r);
R18.passwords(c, r);
R17.passwords(c, r);
G.phones(c, r, 70);
R18P.phones(c, r, 20);
R12.ibans(c, r, 50, new Set());
R12.cards(c, r, 50);
apiKeys(c, r, 30);
R11.apiProse(c, r);
R11.secrets(c, r);
R12.secrets(c, r);
R10.secrets(c, r);
const util = lib.PhoneNumberUtil.getInstance();
R10.phones(c, r, r.shuffle([...util.getSupportedRegions()].sort()).slice(0, 10));
R10.ips(c, r, 50);
R10.jwts(c, r, 40);
R10.privateKeys(c, 50);

// Negatives from real files: windows of geocoder-php's provider sources and of installed packages no earlier round named.
S.repoWindows(c, r);
const texts = new Set<string>();
for (const w of packageWindows(root, unsampledPackages(root, earlier, r, 50), r, { windows: 110, lines: 12, perPackage: 3 })) {
  if (texts.has(w.text)) continue;
  texts.add(w.text);
  c.push(`negative:package-window`, w.text, [], `${w.file} lines ${w.from}-${w.from + 11} (real file of the ${w.pkg} package, ${w.licence})`);
}
const lookalike = `invented look-alike ${S.WRITTEN} (lockfile and version strings, placeholders, secret references, prompts, masked values, password rules, format descriptions, address words with no address)`;
LOOKALIKES.forEach((t) => c.push('negative:lookalike', t, [], lookalike));
[...LUHN_FAILS, ...IBAN_FAILS].forEach((t, i) =>
  c.push('negative:checksum', i < LUHN_FAILS.length ? `Betaling met kaart ${t} geweigerd: ongeldig kaartnummer` : `Przelew na ${t} odrzucony: błędna suma kontrolna`, [], `invented ${i < LUHN_FAILS.length ? 'card-shaped run that fails Luhn' : 'IBAN-shaped string that fails its check digits'} (checked by build.ts) ${S.WRITTEN}`),
);

// Round 10's IP generator also writes its fixed look-alike lines, which dev holds word for word. Then the kit's last
// filter: nothing an earlier round holds, no text or value twice.
const chosen = c.items.filter((item) => !item.id.startsWith('r19:negative:ip:'));
const { items, seenEarlier, twiceInRound } = freshItems(chosen, earlier);
writeJsonl(join(here, 'untouched.jsonl'), items);
const counts = { droppedAsSeen: c.dropped.length, seenEarlier: seenEarlier.length, twiceInRound, written: c.items.length };
const strata: Record<string, number> = {};
for (const item of items) { const s = item.id.split(':').slice(1, 3).join(':'); strata[s] = (strata[s] ?? 0) + 1; }
console.log(JSON.stringify({ ...summarise(items), ...counts, strata }));
if (process.env.VERBOSE) for (const d of [...c.dropped, ...seenEarlier.map((id) => `seen in an earlier round: ${id}`)]) console.log('dropped:', d);
