// Builds round 20's untouched split (round20/untouched.jsonl) by a helper who does not tune the rules and never runs
// them on it; round 19's files and everything before are its dev split. Sources (README.md lists each with path,
// commit and licence): the geocoder clients' test addresses (geo-golang, google-maps-services-java/-go/-python,
// mapbox-java), horusec's leaks samples, uptime-kuma's word for "password" in 50 locales, installed packages'
// maintainers (the kit's reader), this round's password forms and look-alikes, and the earlier rounds' generators
// with this round's seed. Every sourced positive value is checked against the earlier rounds' files (a value already
// there is dropped), then the kit's last filter leaves out any item whose text or value an earlier round holds, or that
// repeats one of this round.
// Run: npx tsx test/redaction-corpus/round20/build.ts   (VERBOSE=1 lists the dropped values)
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isValidIBAN } from 'ibantools';
import { Collector } from '../kit/collector';
import { earlierIndex } from '../kit/earlier';
import { freshItems } from '../kit/fresh';
import { summarise, writeJsonl } from '../kit/item';
import { maintainers } from '../kit/maintainers';
import { seeded } from '../kit/random';
import { fill, pick } from '../kit/template';
import { luhn } from '../kit/values';
import * as R10 from '../round10/generated';
import { apiKeys } from '../round12/api-keys';
import * as R12 from '../round12/generated';
import * as R14 from '../round14/generated';
import * as R18P from '../round18/phones';
import * as R19 from '../round19/generated';
import { EARLIER, OWN } from './earlier-rounds';
import * as G from './generated';
import { IBAN_FAILS, LOOKALIKES, LUHN_FAILS } from './lookalikes';
import * as S from './sourced';
import * as W from './wordings';

const here = fileURLToPath(new URL('.', import.meta.url));
const corpusDir = join(here, '..');
const earlier = earlierIndex(corpusDir, EARLIER, OWN);
const r = seeded(20262001);
const c = new Collector('r20', earlier);

for (const v of LUHN_FAILS) if (luhn(v.replace(/\D/g, ''))) throw new Error(`look-alike passes Luhn: ${v}`);
for (const v of IBAN_FAILS) if (isValidIBAN(v.replace(/ /g, ''))) throw new Error(`look-alike is a valid IBAN: ${v}`);

// Sourced first, so the generated strata fill what the sources leave.
S.geocoderAddresses(c, r, 14, 45);
// Round 14's faker stratum: the countries and scripts the sourced addresses lack, under a third of the addresses.
R14.fakerAddresses(c, r, 60);
// E-mail: installed packages' maintainers from a point of the alphabet no earlier round started at (earlier rounds
// hold nearly all of them), then the mail fixtures.
const root = join(corpusDir, '..', '..');
let emails = 0;
for (const m of maintainers(root, 0.86)) {
  if (emails >= 60) break;
  const note = `node_modules/${m.pkg}/package.json ${m.field} (${m.pkg} ${m.version}, ${m.licence})`;
  const ok = emails % 2
    ? S.pushOnce(c, 'email:maintainer', fill(pick(W.EMAIL_LINE, emails), { v: m.email }), [{ kind: 'email', value: m.email }], `${note}: the address in a wording ${S.WRITTEN}`, { sourced: true })
    : S.pushOnce(c, 'email:maintainer', m.author, [{ kind: 'email', value: m.email }], `${note}: the person as the metadata writes them, the name not labelled`, { sourced: true });
  if (ok) emails++;
}
S.mailFixtures(c);
S.horusecSamples(c, 14);
S.credsweeperFindings(c, { password: 90, api_key: 70, jwt: 5, secret: 10 });
// This round's passwords: its own forms, the catalogue chats and handover notes (no earlier round's forms: the
// imported generators stay under a third of the split).
G.passwords(c, r);
S.catalogueChats(c, (i) => G.humanPassword(r, i + 3, false));
S.catalogueHandovers(c, (i) => G.humanPassword(r, i + 1, false), G.USERS);
// Earlier rounds' generators with this round's seed, only to give every kind enough values.
R19.phones(c, r, 30);
R18P.phones(c, r, 10);
R12.ibans(c, r, 20, new Set());
R12.cards(c, r, 20);
apiKeys(c, r, 20);
R12.secrets(c, r);
R10.ips(c, r, 20);
R10.jwts(c, r, 20);
R10.privateKeys(c, 20);

// Negatives from real files: windows of the snapshots' library files; then this round's look-alikes and checksum failures.
S.repoWindows(c, r);
const lookalike = `invented look-alike ${S.WRITTEN} (lockfile and version strings, placeholders, secret references, prompts, masked values, password rules, format descriptions, address words with no address)`;
LOOKALIKES.forEach((t) => c.push('negative:lookalike', t, [], lookalike));
[...LUHN_FAILS, ...IBAN_FAILS].forEach((t, i) =>
  c.push('negative:checksum', i < LUHN_FAILS.length ? `Kortet ${t} avvist: ugyldig kortnummer` : `Virement vers ${t} refusé : clé de contrôle invalide`, [], `invented ${i < LUHN_FAILS.length ? 'card-shaped run that fails Luhn' : 'IBAN-shaped string that fails its check digits'} (checked by build.ts) ${S.WRITTEN}`),
);

// Round 10's IP generator also writes its fixed look-alike lines, which dev holds word for word. Then the kit's last
// filter: nothing an earlier round holds, no text or value twice.
const chosen = c.items.filter((item) => !item.id.startsWith('r20:negative:ip:'));
const fresh = freshItems(chosen, earlier);
const { seenEarlier, twiceInRound } = fresh;
// The project's labelling, applied by the lead after the helper built the split and before any round-20 rule was run
// on it: addresses at the RFC 2606 / 6761 documentation names (`example.com/.net/.org` and their subdomains,
// `.example`, `.test`, `.invalid`) are placeholders the engine keeps on purpose (policy since round 5, re-decided
// in round 8: docs/redaction.md "E-mail policy"); the helper, who does not read the rules' docs, labelled them as
// e-mail. They are not expected values here, as in every earlier round's README.
const DOCUMENTATION_DOMAIN = /@(?:[^@\s]+\.)?(?:example\.(?:com|net|org)|[^@\s]+\.(?:example|test|invalid))$/i;
const items = fresh.items.map((item) => ({
  ...item,
  expected: item.expected.filter((e) => !(e.kind === 'email' && DOCUMENTATION_DOMAIN.test(e.value))),
}));
writeJsonl(join(here, 'untouched.jsonl'), items);
const counts = { droppedAsSeen: c.dropped.length, seenEarlier: seenEarlier.length, twiceInRound, written: c.items.length };
const strata: Record<string, number> = {};
for (const item of items) { const s = item.id.split(':').slice(1, 3).join(':'); strata[s] = (strata[s] ?? 0) + 1; }
console.log(JSON.stringify({ ...summarise(items), ...counts, strata }));
if (process.env.VERBOSE) for (const d of [...c.dropped, ...seenEarlier.map((id) => `seen in an earlier round: ${id}`)]) console.log('dropped:', d);
