// Builds round 16's untouched split (round16/untouched.jsonl), committed before round 16's rule work is merged, by a
// helper who does not tune the rules and never runs them on it; round 15's files and everything before are its dev
// split. Sources (README.md lists each with path, version and licence): the contact fields of glibc's locale files
// (sources/glibc-locales.json, written by sources/extract.ts from /usr/share/i18n/locales), windows of the C/C++
// headers Debian installs under /usr/include (negatives), this round's invented addresses, password forms and
// look-alikes, and the earlier rounds' generators with this round's seed. Every sourced positive value is checked
// against the earlier rounds' files (a value already there is dropped), then the kit's last filter leaves out any item
// whose text or value an earlier round holds, or that repeats a text or value of this round.
// Run: npx tsx test/redaction-corpus/round16/build.ts   (VERBOSE=1 lists the dropped values)
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
import { EARLIER, OWN } from './earlier-rounds';
import * as G from './generated';
import { headerWindows } from './header-windows';
import { IBAN_FAILS, LOOKALIKES, LUHN_FAILS } from './lookalikes';
import * as S from './sourced';

const here = fileURLToPath(new URL('.', import.meta.url));
const corpusDir = join(here, '..');
const earlier = earlierIndex(corpusDir, EARLIER, OWN);
const r = seeded(20261601);
const c = new Collector('r16', earlier);

for (const v of LUHN_FAILS) if (luhn(v.replace(/\D/g, ''))) throw new Error(`look-alike passes Luhn: ${v}`);
for (const v of IBAN_FAILS) if (isValidIBAN(v.replace(/ /g, ''))) throw new Error(`look-alike is a valid IBAN: ${v}`);

function negatives() {
  const texts = new Set<string>();
  for (const w of headerWindows(r, 190)) {
    if (texts.has(w.text)) continue;
    texts.add(w.text);
    c.push('negative:header', w.text, [], `${w.file} lines ${w.from}-${w.from + 11} (real header Debian installs on this machine, package ${w.pkg}, ${w.licence})`);
  }
  const lookalike = `invented look-alike ${S.WRITTEN} (versions, lockfile integrity, IMEI, ISBN, order and tracking numbers, hashes and ids, dates, money, secret references, placeholders and masked values, password rules, format descriptions, address words with no address)`;
  LOOKALIKES.forEach((t) => c.push('negative:lookalike', t, [], lookalike));
  [...LUHN_FAILS, ...IBAN_FAILS].forEach((t, i) =>
    c.push('negative:checksum', i < LUHN_FAILS.length ? `Karte ${t} wurde abgelehnt (Prüfziffer falsch)` : `IBAN ${t} — le virement a été refusé, clé de contrôle invalide`, [], `invented ${i < LUHN_FAILS.length ? 'card-shaped run that fails Luhn' : 'IBAN-shaped string that fails its check digits'} (checked by build.ts) ${S.WRITTEN}`),
  );
}

// Sourced first, so the generated strata fill what the sources leave.
S.localeAddresses(c, r);
S.localeEmails(c, r);
G.inventedAddresses(c);
R14.fakerAddresses(c, r, 150);
G.passwords(c, r);
R15.passwords(c, r);
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
const chosen = c.items.filter((item) => !item.id.startsWith('r16:negative:ip:'));
const { items, seenEarlier, twiceInRound } = freshItems(chosen, earlier);
writeJsonl(join(here, 'untouched.jsonl'), items);
const counts = { droppedAsSeen: c.dropped.length, seenEarlier: seenEarlier.length, twiceInRound, written: c.items.length };
console.log(JSON.stringify({ ...summarise(items), ...counts }));
if (process.env.VERBOSE) for (const d of [...c.dropped, ...seenEarlier.map((id) => `seen in an earlier round: ${id}`)]) console.log('dropped:', d);
