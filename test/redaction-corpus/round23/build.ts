// Builds round 23's untouched split (round23/untouched.jsonl) by a helper who does not tune the rules and never runs
// them on it; round 22's untouched split, dev22 and everything before are its dev split. Sources (README.md lists each
// with path, commit and licence): Delhi addresses of an address parser's annotated set, Seoul lot-number addresses of
// an R package's test file, Chinese delivery lines of a parser's tests, Russian addresses of a housing platform's
// tests, mail header lines of three mail libraries' test messages, osv-scalibr's secret detectors' test keys, windows
// of these repositories' library files, this round's password layouts and look-alikes, and the earlier rounds'
// generators with this round's seed. Every sourced positive value is checked against the earlier rounds' files (a
// value already there is dropped), then the kit's last filter leaves out any item whose text or value an earlier
// round holds, or that repeats one of this round.
// Run: npx tsx test/redaction-corpus/round23/build.ts   (VERBOSE=1 lists the dropped values)
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isValidIBAN } from 'ibantools';
import { Collector } from '../kit/collector';
import { earlierIndex } from '../kit/earlier';
import { freshItems } from '../kit/fresh';
import { summarise, writeJsonl } from '../kit/item';
import { seeded } from '../kit/random';
import { luhn } from '../kit/values';
import * as R10 from '../round10/generated';
import * as R11 from '../round11/generated';
import * as R12K from '../round12/api-keys';
import * as R12 from '../round12/generated';
import * as R14 from '../round14/generated';
import * as R18P from '../round18/phones';
import * as R19 from '../round19/generated';
import { EARLIER, OWN } from './earlier-rounds';
import * as G from './generated';
import { IBAN_FAILS, LOOKALIKES, LUHN_FAILS } from './lookalikes';
import * as S from './sourced';

const here = fileURLToPath(new URL('.', import.meta.url));
const corpusDir = join(here, '..');
const earlier = earlierIndex(corpusDir, EARLIER, OWN);
const r = seeded(20262301);
const c = new Collector('r23', earlier);

for (const v of LUHN_FAILS) if (luhn(v.replace(/\D/g, ''))) throw new Error(`look-alike passes Luhn: ${v}`);
for (const v of IBAN_FAILS) if (isValidIBAN(v.replace(/ /g, ''))) throw new Error(`look-alike is a valid IBAN: ${v}`);

// Sourced first, so the generated strata fill what the sources leave.
S.delhiAddresses(c);
S.koreanAddresses(c);
S.chineseAddresses(c);
S.russianAddresses(c);
S.mailLines(c);
S.scalibrKeys(c);
G.passwords(c, r);
G.passwords(c, r);
// Earlier rounds' generators with this round's seed, only to give every kind enough values (under a third in all).
R12K.apiKeys(c, r, 90);
R11.apiProse(c, r);
R12.secrets(c, r);
R14.fakerAddresses(c, r, 15);
R19.phones(c, r, 20);
R18P.phones(c, r, 10);
R12.ibans(c, r, 12, new Set());
R12.cards(c, r, 12);
R10.ips(c, r, 12);
R10.jwts(c, r, 6);
R10.privateKeys(c, 4);

// Negatives from real files, then this round's look-alikes and checksum failures.
S.repoWindows(c, r, 140);
const lookalike = `invented look-alike ${S.WRITTEN} (format rules and address-field hints in Hindi, Korean, Chinese, Greek, Hebrew, Ukrainian, Persian, Vietnamese and Thai; key placeholders and secret references; header templates; versions; places that are not addresses)`;
LOOKALIKES.forEach((t) => c.push('negative:lookalike', t, [], lookalike));
[...LUHN_FAILS, ...IBAN_FAILS].forEach((t, i) =>
  c.push('negative:checksum', i < LUHN_FAILS.length ? `कार्ड ${t} अमान्य है, भुगतान असफल` : `이체 실패: 계좌 ${t} 검증 숫자 오류`, [], `invented ${i < LUHN_FAILS.length ? 'card-shaped run that fails Luhn' : 'IBAN-shaped string that fails its check digits'} (checked by build.ts) ${S.WRITTEN}`),
);

// Round 10's IP generator also writes its fixed look-alike lines (dev holds them); round 14's `ovikoodi` wording holds
// a door code dev holds: both left out. Then the kit's last filter.
const chosen = c.items.filter((item) => !item.id.startsWith('r23:negative:ip:') && !/ovikoodi/.test(item.text));
const fresh = freshItems(chosen, earlier);
const { seenEarlier, twiceInRound } = fresh;
const items = fresh.items.map((item) => ({
  ...item,
  expected: item.expected.filter((e) => !(e.kind === 'email' && S.DOC_DOMAIN.test(e.value))),
}));
writeJsonl(join(here, 'untouched.jsonl'), items);
const counts = {
  droppedAsSeen: c.dropped.length, seenEarlier: seenEarlier.length, twiceInRound, written: c.items.length,
  leftOutIpAndDoorCode: c.items.length - chosen.length,
};
const strata: Record<string, number> = {};
for (const item of items) { const s = item.id.split(':').slice(1, 3).join(':'); strata[s] = (strata[s] ?? 0) + 1; }
console.log(JSON.stringify({ ...summarise(items), ...counts, strata }));
if (process.env.VERBOSE) for (const d of [...c.dropped, ...seenEarlier.map((id) => `seen in an earlier round: ${id}`)]) console.log('dropped:', d);
