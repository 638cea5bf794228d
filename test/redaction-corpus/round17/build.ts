// Builds round 17's untouched split (round17/untouched.jsonl) by a helper who does not tune the rules and never runs
// them on it; round 16's files and everything before are its dev split. Sources (README.md lists each with path,
// version and licence): alexreisner/geocoder's fixture addresses, e-mail lines of the man pages Debian installs,
// microsoft/DevSkim's rule snippets and windows of /usr/lib/python3/dist-packages (negatives), this round's password
// forms and look-alikes, and the earlier rounds' generators with this round's seed. Every sourced positive value is
// checked against the earlier rounds' files (a value already there is dropped), then the kit's last filter leaves out
// any item whose text or value an earlier round holds, or that repeats a text or value of this round.
// Run: npx tsx test/redaction-corpus/round17/build.ts   (VERBOSE=1 lists the dropped values)
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import lib from 'google-libphonenumber';
import { isValidIBAN } from 'ibantools';
import { Collector } from '../kit/collector';
import { earlierIndex } from '../kit/earlier';
import { freshItems } from '../kit/fresh';
import { summarise, writeJsonl } from '../kit/item';
import { seeded } from '../kit/random';
import { luhn } from '../kit/values';
import * as R10 from '../round10/generated';
import * as R11 from '../round11/generated';
import { apiKeys } from '../round12/api-keys';
import * as R12 from '../round12/generated';
import * as R14 from '../round14/generated';
import * as R15 from '../round15/generated';
import { phones as r15Phones } from '../round15/phones';
import * as R16 from '../round16/generated';
import { EARLIER, OWN } from './earlier-rounds';
import * as G from './generated';
import { IBAN_FAILS, LOOKALIKES, LUHN_FAILS } from './lookalikes';
import * as S from './sourced';

const here = fileURLToPath(new URL('.', import.meta.url));
const corpusDir = join(here, '..');
const earlier = earlierIndex(corpusDir, EARLIER, OWN);
const r = seeded(20261701);
const c = new Collector('r17', earlier);

for (const v of LUHN_FAILS) if (luhn(v.replace(/\D/g, ''))) throw new Error(`look-alike passes Luhn: ${v}`);
for (const v of IBAN_FAILS) if (isValidIBAN(v.replace(/ /g, ''))) throw new Error(`look-alike is a valid IBAN: ${v}`);

function negatives() {
  S.devskimNegatives(c, r, 100);
  S.distPackageWindows(c, r, 95);
  const lookalike = `invented look-alike ${S.WRITTEN} (versions, digests, parcel, order, case and ticket numbers, secret references and placeholders, masked values, password rules, format descriptions, address words with no address)`;
  LOOKALIKES.forEach((t) => c.push('negative:lookalike', t, [], lookalike));
  [...LUHN_FAILS, ...IBAN_FAILS].forEach((t, i) =>
    c.push('negative:checksum', i < LUHN_FAILS.length ? `Platba kartou ${t} zamítnuta — neplatné číslo karty` : `Bonifico verso ${t} respinto: codice di controllo errato`, [], `invented ${i < LUHN_FAILS.length ? 'card-shaped run that fails Luhn' : 'IBAN-shaped string that fails its check digits'} (checked by build.ts) ${S.WRITTEN}`),
  );
}

// Sourced first, so the generated strata fill what the sources leave.
S.geocoderAddresses(c);
S.manEmails(c, r, 75);
R14.fakerAddresses(c, r, 262);
G.passwords(c, r);
R16.passwords(c, r);
// Round 15's forms: every fourth kept, so passwords weigh as in round 16.
const before = c.items.length;
R15.passwords(c, r);
c.items.splice(before, c.items.length - before, ...c.items.slice(before).filter((_, i) => i % 4 === 0));
R12.ibans(c, r, 50, new Set());
R12.cards(c, r, 30);
apiKeys(c, r, 165);
R11.apiProse(c, r);
R11.secrets(c, r);
R12.secrets(c, r);
const util = lib.PhoneNumberUtil.getInstance();
R10.phones(c, r, r.shuffle([...util.getSupportedRegions()].sort()).slice(0, 45));
R11.phones(c, r);
r15Phones(c, r, 64);
R10.ips(c, r, 30);
R10.jwts(c, r, 25);
R10.privateKeys(c, 20);
negatives();

// Round 10's IP generator also writes its fixed look-alike lines, which dev holds word for word. Then the kit's last
// filter: nothing an earlier round holds, no text or value twice.
const chosen = c.items.filter((item) => !item.id.startsWith('r17:negative:ip:'));
const { items, seenEarlier, twiceInRound } = freshItems(chosen, earlier);
writeJsonl(join(here, 'untouched.jsonl'), items);
const counts = { droppedAsSeen: c.dropped.length, seenEarlier: seenEarlier.length, twiceInRound, written: c.items.length };
console.log(JSON.stringify({ ...summarise(items), ...counts }));
if (process.env.VERBOSE) for (const d of [...c.dropped, ...seenEarlier.map((id) => `seen in an earlier round: ${id}`)]) console.log('dropped:', d);
