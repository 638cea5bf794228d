// Builds round 15's untouched split (round15/untouched.jsonl), committed before round 15's rule work is merged, by a
// helper who does not tune the rules and never runs them on it; round 14's files and everything before are its dev
// split. Sources (README.md lists each with repository, path, commit and licence): trufflehog's detector pattern tests
// of the detectors round 11 did not take (sources/trufflehog.json, written by sources/extract.ts); the copyright files
// and the Python standard library Debian installs on this machine (e-mail lines and negative windows); this round's
// invented addresses, password forms, e-mail wordings and look-alikes; the earlier rounds' generators with this
// round's seed. Every sourced positive value is checked against the earlier rounds' files: a value already there is
// dropped.
// Run: npx tsx test/redaction-corpus/round15/build.ts   (VERBOSE=1 lists the dropped values)
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
import { copyrightLines } from './debian-emails';
import { debianWindows } from './debian-windows';
import { EARLIER, OWN } from './earlier-rounds';
import * as G from './generated';
import { IBAN_FAILS, LOOKALIKES, LUHN_FAILS } from './lookalikes';
import { phones } from './phones';
import * as S from './sourced';

const here = fileURLToPath(new URL('.', import.meta.url));
const corpusDir = join(here, '..');
const earlier = earlierIndex(corpusDir, EARLIER, OWN);
const r = seeded(20261501);
const c = new Collector('r15', earlier);

for (const v of LUHN_FAILS) if (luhn(v.replace(/\D/g, ''))) throw new Error(`look-alike passes Luhn: ${v}`);
for (const v of IBAN_FAILS) if (isValidIBAN(v.replace(/ /g, ''))) throw new Error(`look-alike is a valid IBAN: ${v}`);

function debianEmails(max: number) {
  for (const k of copyrightLines(r, max)) {
    const note = `/usr/share/doc/${k.pkg}/copyright (Debian package ${k.pkg}, ${k.licence}): a Copyright line as the file writes it`;
    S.pushOnce(c, 'email:debian-copyright', k.line, k.emails.map((value) => ({ kind: 'email' as const, value })), note, { sourced: true });
  }
}

function negatives() {
  const texts = new Set<string>();
  for (const w of debianWindows(r, 150, 30)) {
    // Two windows can hold the same lines (a boilerplate block in two files): the second is left out.
    if (texts.has(w.text)) continue;
    texts.add(w.text);
    c.push(`negative:${w.file.startsWith('/usr/lib/python') ? 'python-stdlib' : 'debian-doc'}`, w.text, [], `${w.file} lines ${w.from}-${w.from + 11} (real file Debian installs on this machine, ${w.licence})`);
  }
  const lookalike = `invented look-alike ${S.WRITTEN} (versions, dates, flight, order and tracking numbers, hashes and ids, secret references and placeholders, password rules, documentation addresses, address words with no address)`;
  LOOKALIKES.forEach((t) => c.push('negative:lookalike', t, [], lookalike));
  [...LUHN_FAILS, ...IBAN_FAILS].forEach((t, i) => c.push('negative:checksum', i < LUHN_FAILS.length ? `Tarjeta ${t} rechazada por el banco` : `Kontonummer ${t} ble avvist (feil kontrollsiffer)`, [], `invented ${i < LUHN_FAILS.length ? 'card-shaped run that fails Luhn' : 'IBAN-shaped string that fails its check digits'} (checked by build.ts) ${S.WRITTEN}`));
}

// Sourced first, so the generated strata fill what the sources leave.
S.trufflehog(c, r, 150);
S.geopy(c);
debianEmails(45);
G.inventedAddresses(c);
R14.fakerAddresses(c, r, 80);
G.passwords(c, r);
R14.passwords(c, r);
R12.ibans(c, r, 50, new Set());
R12.cards(c, r, 30);
G.emails(c);
apiKeys(c, r, 30);
R11.secrets(c, r);
R12.secrets(c, r);
const util = lib.PhoneNumberUtil.getInstance();
R10.phones(c, r, r.shuffle([...util.getSupportedRegions()].sort()).slice(0, 45));
R11.phones(c, r);
phones(c, r, 64);
R10.ips(c, r, 30);
R10.jwts(c, r, 25);
R10.privateKeys(c, 20);
negatives();

// Round 10's IP generator also writes its fixed look-alike lines, which dev holds word for word, and round 14's password
// forms (dev holds their wordings) keep only every other one, so this round's own forms carry the kind. Then the kit's
// last filter: nothing an earlier round holds, no text or value twice.
let r14Form = 0;
const chosen = c.items.filter((item) => {
  if (item.id.startsWith('r15:password:form:') && item.note.includes('written for round 14') && r14Form++ % 2 === 1) return false;
  return !item.id.startsWith('r15:negative:ip:');
});
const { items, seenEarlier, twiceInRound } = freshItems(chosen, earlier);
writeJsonl(join(here, 'untouched.jsonl'), items);
const counts = {
  droppedAsSeen: c.dropped.length,
  seenEarlier: seenEarlier.length,
  twiceInRound,
  r14FormsSkipped: Math.floor(r14Form / 2),
  written: c.items.length,
};
console.log(JSON.stringify({ ...summarise(items), ...counts }));
if (process.env.VERBOSE) for (const d of [...c.dropped, ...seenEarlier.map((id) => `seen in an earlier round: ${id}`)]) console.log('dropped:', d);
