// Builds round 10's untouched split (round10/untouched.jsonl), committed before round 10's rule work is merged, by a
// helper who does not tune the rules and never runs them on it; round 9's files and everything before are its dev
// split. Sources (README.md lists each with repository, path, commit and licence): Kingfisher's rule examples of rule
// files no round read (sources/kingfisher.ts); OpenCage address-formatting country files no round read
// (sources/opencage.ts); AfterShip/phone's test numbers (sources/aftership-phones.ts); python-stdnum's IBAN doctest
// (sources/stdnum-ibans.ts); django-credit-cards' card types test and hapijs/address's e-mail test
// (sources/pii-tests.ts); maintainers' e-mail addresses of installed packages no round read; generated and invented
// values in forms written for this round (generated.ts, password-forms.ts, secret-forms.ts, wordings.ts); and as
// negatives windows of real files of installed packages no round sampled and invented look-alikes (lookalikes.ts).
// The shared parts (line format, earlier-round index and dedupe, seeded random, Luhn, package windows) are in ../kit.
// Every sourced positive value is checked against the earlier rounds' files: a value already there is dropped.
// Run: npx tsx test/redaction-corpus/round10/build.ts   (VERBOSE=1 lists the dropped values)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { faker } from '@faker-js/faker';
import lib from 'google-libphonenumber';
import { electronicFormatIBAN, isValidIBAN } from 'ibantools';
import { Collector } from '../kit/collector';
import { earlierIndex } from '../kit/earlier';
import { type Expected, summarise, writeJsonl } from '../kit/item';
import { packageWindows, unsampledPackages } from '../kit/package-windows';
import { seeded } from '../kit/random';
import { fill, pick } from '../kit/template';
import { luhn, cardLayout } from '../kit/values';
import { INVENTED_ADDRESSES } from './addresses';
import * as G from './generated';
import { LOOKALIKES } from './lookalikes';
import { AFTERSHIP_COMMIT, AFTERSHIP_PHONES } from './sources/aftership-phones';
import { KINGFISHER, KINGFISHER_COMMIT, KINGFISHER_NEGATIVES } from './sources/kingfisher';
import { OPENCAGE } from './sources/opencage';
import * as P from './sources/pii-tests';
import { STDNUM_COMMIT, STDNUM_INVALID, STDNUM_VALID } from './sources/stdnum-ibans';
import * as W from './wordings';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '../../..');
const corpusDir = join(here, '..');
const EARLIER = ['split', 'round3', 'round4', 'round5', 'round6', 'round7', 'round8', 'round9'];
const earlier = earlierIndex(corpusDir, EARLIER, ['round10', 'kit']);
const r = seeded(20261130 + 10);
faker.seed(20261130 + 10);
const c = new Collector('r10', earlier);
const WRITTEN = 'written for round 10';

const IPV4 = /\b(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}\b/g;

/** Kingfisher's examples as written, every other one pasted into a chat message; IPs in the line are labelled too. */
function kingfisher() {
  const from = (rule: string) => `mongodb/kingfisher data/rules/${rule}.${rule === 'mysql' ? 'yaml' : 'yml'} @ ${KINGFISHER_COMMIT} (Apache-2.0)`;
  KINGFISHER.forEach((k, i) => {
    const wrapped = i % 2 === 1;
    const text = wrapped ? fill(pick(W.WRAP, i), { text: k.text }) : k.text;
    const expected: Expected[] = [{ kind: k.kind, value: k.value }];
    for (const ip of k.text.match(IPV4) ?? []) {
      if (!/^(?:127|0)\./.test(ip) && !k.value.includes(ip)) expected.push({ kind: 'ip_address', value: ip });
    }
    const how = k.kind === 'api_key' ? 'value as the rule captures it' : 'labelled by hand';
    const note = `${from(k.rule)}; example of the rule "${k.name}", ${how}${wrapped ? `; pasted into a chat wording ${WRITTEN}` : ''}`;
    // Only the key is checked against earlier rounds: an IP in the example line is incidental to it.
    c.push(`scanner:${k.kind}`, text, expected, note, { sourced: true, checkOnly: [k.value] });
  });
  KINGFISHER_NEGATIVES.forEach((n) => c.push('negative:scanner', n.text, [], `${from(n.rule)}; a negative example of the rule (a placeholder in the password's place)`));
}

function cards() {
  let i = 0;
  for (const card of P.CARDS) {
    if (!luhn(card.value)) {
      console.warn(`left out (fails Luhn although the test lists it): ${card.value}`);
      continue;
    }
    const style = (['spaces', 'compact', 'dashes'] as const)[i % 3]!;
    const v = cardLayout(card.value, style);
    if (c.push('payment_card:test', fill(pick(W.CARD, i), { v }), [{ kind: 'payment_card', value: v }], `${P.CARDS_FILE}; ${card.brand}, ${style} here`, { sourced: true })) i++;
  }
  G.cards(c, r, 36);
}

const grouped = (iban: string) => iban.replace(/(.{4})(?=.)/g, '$1 ');
function ibans() {
  const note = `arthurdejong/python-stdnum tests/test_iban.doctest @ ${STDNUM_COMMIT} (LGPL-2.1-or-later test data)`;
  let i = 0;
  // The test holds 40-odd Norwegian and 20-odd Spanish IBANs: at most 13 of a country, so no country fills the kind.
  const perCountry = new Map<string, number>();
  for (const written of STDNUM_VALID) {
    const compact = electronicFormatIBAN(written) ?? '';
    const cc = compact.slice(0, 2);
    if ((perCountry.get(cc) ?? 0) >= 13) continue;
    if (!isValidIBAN(compact)) {
      console.warn(`left out (ibantools rejects it): ${written}`);
      continue;
    }
    if (c.push('iban:stdnum', fill(pick(W.IBAN, i), { v: written }), [{ kind: 'iban', value: written }], `${note}; valid there and per ibantools, written as the test writes it`, { sourced: true })) {
      perCountry.set(cc, (perCountry.get(cc) ?? 0) + 1);
      i++;
    }
  }
  // faker's IBANs of Middle Eastern, Caucasian, African and Asian countries to fill the kind (faker covers no country
  // earlier rounds' faker IBANs missed; the values are new).
  for (const cc of ['JO', 'LB', 'PS', 'QA', 'MR', 'TL', 'AZ', 'BH', 'GE', 'MD', 'XK', 'PK']) {
    if (c.count('iban') >= 40) break;
    let iban: string;
    try {
      iban = faker.finance.iban({ countryCode: cc });
    } catch {
      continue;
    }
    if (!isValidIBAN(electronicFormatIBAN(iban) ?? '')) continue;
    const v = i % 2 ? grouped(iban) : iban;
    c.push('iban:generated', fill(pick(W.IBAN, i++), { v }), [{ kind: 'iban', value: v }], `generated (faker finance.iban for ${cc}, seeded, valid per ibantools${v === iban ? '' : ', grouped in fours'})`);
  }
  STDNUM_INVALID.forEach((bad, j) => {
    if (isValidIBAN(electronicFormatIBAN(bad) ?? '')) return;
    c.push('negative:iban-invalid', fill(pick(W.IBAN, j + 3), { v: bad }), [], `${note}; an IBAN the test calls invalid (ibantools rejects it too)`);
  });
}

const util = lib.PhoneNumberUtil.getInstance();
function phones() {
  let i = 0;
  for (const p of AFTERSHIP_PHONES) {
    let ok: boolean;
    try {
      ok = util.isValidNumberForRegion(util.parse(p.input, p.region), p.region);
    } catch {
      ok = false;
    }
    if (!ok) {
      console.warn(`left out (google-libphonenumber: not valid in ${p.region}): ${p.input}`);
      continue;
    }
    const note = `AfterShip/phone __tests__/data.csv @ ${AFTERSHIP_COMMIT} (MIT); number as the test writes it, valid there (${p.e164}) and per google-libphonenumber for ${p.region}; in a chat wording ${WRITTEN}`;
    if (c.push(`phone:aftership-${p.region}`, fill(pick(W.PHONE, i), { v: p.input }), [{ kind: 'phone', value: p.input }], note, { sourced: true })) i++;
  }
  // Regions drawn at random from libphonenumber's list, in layouts copied from web pages and contact cards.
  const regions = r.shuffle([...util.getSupportedRegions()].sort()).slice(0, 54);
  G.phones(c, r, regions);
}

/** Maintainers' addresses in package metadata, read from the middle of the alphabet (rounds 8 and 9 read the ends). */
function emails() {
  const dirs = readdirSync(join(root, 'node_modules'))
    .flatMap((d) => (d.startsWith('@') ? readdirSync(join(root, 'node_modules', d)).map((s) => `${d}/${s}`) : [d]))
    .filter((d) => !d.startsWith('.'))
    .sort();
  const start = Math.floor(dirs.length / 3);
  const ordered = [...dirs.slice(start), ...dirs.slice(0, start)];
  type Person = string | { name?: string; email?: string };
  let i = 0;
  for (const p of ordered) {
    if (c.count('email:maintainer') >= 26) break;
    let meta: { author?: Person; maintainers?: Person[]; contributors?: Person[]; license?: string; version?: string };
    try {
      meta = JSON.parse(readFileSync(join(root, 'node_modules', p, 'package.json'), 'utf8')) as typeof meta;
    } catch {
      continue;
    }
    if (!/^(MIT|ISC|Apache-2\.0|BSD-[23]-Clause|0BSD)$/.test(meta.license ?? '')) continue;
    for (const person of [meta.author, ...(meta.maintainers ?? []), ...(meta.contributors ?? [])]) {
      const text = typeof person === 'string' ? person : person?.email ? `${person.name ?? p} <${person.email}>` : undefined;
      const v = text?.match(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/)?.[0];
      if (!text || !v || /@(example|users\.noreply)\./.test(v)) continue;
      const field = person === meta.author ? 'author' : meta.maintainers?.includes(person!) ? 'maintainers' : 'contributors';
      const note = `node_modules/${p}/package.json "${field}" (${p}@${meta.version}, ${meta.license}); public package metadata`;
      const wording = pick(W.EMAIL, i);
      const author = text.includes(v) ? text : `${text} <${v}>`;
      if (c.push('email:maintainer', fill(wording, { author, v }), [{ kind: 'email', value: v }], note, { sourced: true })) {
        i++;
        break;
      }
    }
  }
  P.EMAILS.forEach((v, j) => {
    c.push('email:test', fill(pick(W.EMAIL.filter((w) => !w.includes('{author}')), j), { v }), [{ kind: 'email', value: v }], `${P.EMAIL_FILE}; an address its isEmailValid() test accepts; in a chat wording ${WRITTEN}`, { sourced: true });
  });
  P.EMAIL_NEGATIVES.forEach((t) => c.push('negative:email', `the signup form accepted "${t}" as an e-mail address`, [], `${P.EMAIL_FILE}; rejected by its test, or no address`));
}

function addresses() {
  let line = 0;
  let block = 0;
  OPENCAGE.forEach((a, i) => {
    const note = `OpenCageData/address-formatting testcases/countries/${a.cc.toLowerCase()}.yaml @ ${a.commit} (MIT)`;
    c.push(`postal_address:${a.cc}`, fill(pick(W.ADDRESS_BLOCK, block++), { text: a.text }), [{ kind: 'postal_address', value: a.value }], `${note}; the expected block as the formatter writes it`, { sourced: true });
    // Every third address also on one line, the labelled lines joined with commas (venue and country dropped, as
    // people retype them).
    if (i % 3 === 1) {
      const flat = a.value.replace(/,?\s*\n\s*/g, ', ');
      c.push(`postal_address:${a.cc}`, fill(pick(W.ADDRESS_LINE, line++), { text: flat }), [{ kind: 'postal_address', value: flat }], `${note}; the labelled lines joined with commas here`, { sourced: true });
    }
  });
  INVENTED_ADDRESSES.forEach((a) => {
    const wording = a.text.includes('\n') ? pick(W.ADDRESS_BLOCK, block++) : pick(W.ADDRESS_LINE, line++);
    c.push(`postal_address:invented-${a.cc}`, fill(wording, { text: a.text }), [{ kind: 'postal_address', value: a.text }], `invented address ${WRITTEN} (${a.cc}), as people type it`);
  });
}

function negatives() {
  const packages = unsampledPackages(root, earlier, r, 55);
  for (const w of packageWindows(root, packages, r, { windows: 120, lines: 12, perPackage: 3 })) {
    c.push(`negative:${w.pkg}`, w.text, [], `${w.file} lines ${w.from}-${w.from + 11} (real file of a ${w.licence} package)`);
  }
  LOOKALIKES.forEach((t) => c.push('negative:lookalike', t, [], `invented look-alike ${WRITTEN} (identifiers of other kinds, hashes, public ids, placeholders, prose about secrets)`));
}

kingfisher();
G.passwords(c, r);
G.secrets(c, r);
cards();
ibans();
phones();
emails();
G.ips(c, r, 34);
G.jwts(c, r, 30);
G.privateKeys(c, 30);
addresses();
negatives();

writeJsonl(join(here, 'untouched.jsonl'), c.items);
console.log(JSON.stringify({ ...summarise(c.items), droppedAsSeen: c.dropped.length }));
if (process.env.VERBOSE) for (const d of c.dropped) console.log('dropped:', d);
