// Builds round 9's untouched split (round9/untouched.jsonl), committed before round 9's rule work is merged, by a
// helper who does not tune the rules and never runs them on it; round 8's files and everything before are its dev
// split. Sources (README.md lists each with repository, path, commit and licence): Whispers' fixtures, the
// detect-secrets test data files and a secretlint snapshot (sources/scanner-vectors.ts); Recognizers-Text's Chinese
// phone and IP specs, ibantools' IBAN tests and php-credit-card-validator's card tests (sources/pii-tests.ts);
// OpenCage address-formatting country files no round read, usaddress's messiest US addresses, normalize-japanese-
// addresses' test addresses and invented addresses (sources/addresses.ts); maintainers' e-mail addresses of installed
// packages no round read; generated keys, JWTs, IPs, phones, cards, IBANs and invented passwords/secrets/provider
// keys in forms written for this round (contexts.ts); and as negatives windows of real files of installed packages no
// round sampled and invented look-alikes.
// Every sourced positive value is checked against the earlier rounds' files (split/, round3-round8, the top-level
// files): a value already there is dropped.
// Run: npx tsx test/redaction-corpus/round9/build.ts
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync, type KeyExportOptions, type KeyObject, randomBytes, randomInt } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { faker } from '@faker-js/faker';
import lib from 'google-libphonenumber';
import { electronicFormatIBAN, isValidIBAN } from 'ibantools';
import * as C from './contexts';
import { ADDRESSES } from './sources/addresses';
import * as P from './sources/pii-tests';
import { SCANNER_NEGATIVES, SCANNER_VECTORS, type Vector } from './sources/scanner-vectors';

type Kind = 'api_key' | 'private_key' | 'jwt' | 'password' | 'secret' | 'email' | 'phone' | 'payment_card' | 'iban' | 'ip_address' | 'postal_address';
interface Item {
  id: string;
  text: string;
  expected: { kind: Kind; value: string }[];
  note: string;
}

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '../../..');
const corpusDir = join(here, '..');

/** Every file of the earlier rounds' corpora (split/, round3/ … round8/, the top-level files), this round's excluded. */
const earlier = (() => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (path === here.replace(/\/$/, '')) continue;
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(jsonl|ts|md)$/.test(entry)) files.push(readFileSync(path, 'utf8'));
    }
  };
  walk(corpusDir);
  return files.join('\n');
})();
for (const dir of ['split', 'round3', 'round4', 'round5', 'round6', 'round7', 'round8']) {
  if (!readdirSync(corpusDir).includes(dir)) throw new Error(`earlier round missing: ${dir}`);
}
/** The earlier rounds' labelled values without spaces, dashes and case: a card, IBAN or phone in another layout. */
const normalise = (value: string) => value.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
const earlierValues = new Set(
  earlier
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .flatMap((line) => {
      try {
        return (JSON.parse(line) as { expected?: { value: string }[] }).expected ?? [];
      } catch {
        return [];
      }
    })
    .map((e) => normalise(e.value))
    .filter((v) => v.length >= 6),
);
let droppedAsSeen = 0;
const dropped: string[] = [];

const items: Item[] = [];
const counters = new Map<string, number>();
function push(stratum: string, text: string, expected: Item['expected'], note: string, opts: { sourced?: boolean } = {}) {
  for (const e of expected) if (!text.includes(e.value)) throw new Error(`value not in text: ${e.value} / ${text}`);
  const seen = (value: string) =>
    earlier.includes(value) || earlier.includes(JSON.stringify(value).slice(1, -1)) || earlierValues.has(normalise(value));
  if (opts.sourced && expected.some((e) => seen(e.value))) {
    dropped.push(`${stratum}: ${expected.map((e) => e.value).join(', ')}`);
    droppedAsSeen++;
    return false;
  }
  const n = counters.get(stratum) ?? 0;
  counters.set(stratum, n + 1);
  items.push({ id: `r9:${stratum}:${n}`, text, expected, note });
  return true;
}
const fill = (t: string, v: Record<string, string>) => t.replace(/\{(\w+)\}/g, (m, k: string) => v[k] ?? m);
const pick = <T>(list: readonly T[], i: number): T => list[i % list.length]!;
const WRITTEN = 'written for round 9';

/** The scanners' test lines as written, every other one pasted into a chat message. */
function scannerVectors() {
  const put = (list: Vector[], wrapEvery: number) => {
    list.forEach((vec, i) => {
      const wrapped = i % wrapEvery === 1;
      const text = wrapped ? fill(pick(C.WRAP, i), { text: vec.text }) : vec.text;
      const stratum = vec.expected.length ? `scanner:${vec.expected[0]!.kind}` : 'negative:scanner';
      const note = `${vec.from}${wrapped ? `; pasted into a chat wording ${WRITTEN}` : ''}`;
      push(stratum, text, vec.expected, note, { sourced: vec.expected.length > 0 });
    });
  };
  put(SCANNER_VECTORS, 2);
  put(SCANNER_NEGATIVES, 3);
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
const fromAlphabet = (alphabet: string, length: number) => Array.from({ length }, () => alphabet[randomInt(alphabet.length)]).join('');
const hex = (chars: number) => randomBytes(Math.ceil(chars / 2)).toString('hex').slice(0, chars);
const SHAPES: Record<string, () => string> = {
  hex8: () => hex(8),
  hex32: () => hex(32),
  hex40: () => hex(40),
  hex64: () => hex(64),
  upperhex32: () => hex(32).toUpperCase(),
  alnum30: () => fromAlphabet(ALNUM, 30),
  alnum32: () => fromAlphabet(ALNUM, 32),
  alnum40: () => fromAlphabet(ALNUM, 40),
  alnum48: () => fromAlphabet(ALNUM, 48),
  alnum52: () => fromAlphabet(ALNUM, 52),
  alnum64: () => fromAlphabet(ALNUM, 64),
  upper20: () => fromAlphabet(UPPER_ALNUM, 20),
  lower30: () => fromAlphabet(LOWER_ALNUM, 30),
  b64url43: () => randomBytes(32).toString('base64url'),
  'b64-48': () => randomBytes(36).toString('base64'),
  uuid: () => faker.string.uuid(),
};

/** Provider keys without a vendor prefix: the provider's name or a key word near them, or neither. */
function apiKeys() {
  C.API_KEY_FORMS.forEach((f) => {
    const make = SHAPES[f.shape];
    if (!make) throw new Error(`unknown shape ${f.shape}`);
    const v = make();
    const note = `generated value (node:crypto) in the shape ${f.provider} issues (${f.shape}), no vendor prefix; form ${WRITTEN}`;
    push('api_key:prefixless', fill(f.t, { v }), [{ kind: 'api_key', value: v }], note);
  });
}

/** Passwords as people choose them, in several scripts (node:crypto picks words, digits and symbols). */
function humanPassword(i: number): string {
  const words = ['Ruusu', 'Manzana', 'Żaba', 'Берёза', 'Almaty', 'Kiwi', 'Nordlys', 'Cachorro', 'Vltava', 'Tulpen', 'Ήλιος', 'Mèo', 'Lale', 'Panda', 'Wombat', 'Sakura', 'Condor', 'Kuu'];
  const w = () => words[randomInt(words.length)]!;
  const SYMBOLS = '!._-+=?#*@$%';
  switch (i % 7) {
    case 0: return `${w()}${randomInt(1950, 2030)}${SYMBOLS[randomInt(SYMBOLS.length)]}`;
    case 1: return `${w().toLowerCase()}.${w().toLowerCase()}.${randomInt(10, 99)}`;
    case 2: return fromAlphabet(ALNUM.slice(0, 52), 1) + fromAlphabet(`${ALNUM}${SYMBOLS}`, 15);
    case 3: return `${w()}${SYMBOLS[randomInt(SYMBOLS.length)]}${w()}${randomInt(1, 10)}`;
    case 4: return `${fromAlphabet('ABCDEFGHJKLMNPQRSTUVWXYZ', 3)}-${randomInt(1000, 9999)}-${fromAlphabet('abcdefghjkmnpqrstuvwxyz', 4)}`;
    case 5: return `${w()}${String(randomInt(1, 29)).padStart(2, '0')}${String(randomInt(1, 13)).padStart(2, '0')}`;
    default: return `${fromAlphabet('BCDFGHKMNPSTVZ', 1)}1${fromAlphabet('aeiou', 1)}${fromAlphabet('bcdfgk', 1)}h${randomInt(10, 99)}!${fromAlphabet('xyz', 1)}`;
  }
}
function passwords() {
  C.PASSWORD_FORMS.forEach((f, i) => {
    const v = humanPassword(i);
    push('password', fill(f.t, { v }), [{ kind: 'password', value: v }], `invented value (node:crypto) in a form ${WRITTEN} (${f.doc})`);
  });
}

/** A value in the shape the form's software uses (gossip keys base64, Fernet-like keys, hex HMAC keys, …). */
function secretValue(doc: string, i: number): string {
  if (/Nomad/.test(doc)) return randomBytes(32).toString('base64');
  if (/Appwrite|Metabase/.test(doc)) return hex(64);
  if (/OTP/.test(doc)) return hex(128);
  const shapes: (() => string)[] = [
    () => randomBytes(32).toString('base64'),
    () => hex(64),
    () => fromAlphabet(ALNUM, 50),
    () => randomBytes(33).toString('base64url'),
    () => hex(48),
    () => fromAlphabet(`${ALNUM}!@#%^&*()-_=+`, 40),
  ];
  return pick(shapes, i)();
}
function secrets() {
  C.SECRET_FORMS.forEach((f, i) => {
    const v = secretValue(f.doc, i);
    push('secret', fill(f.t, { v }), [{ kind: 'secret', value: v }], `invented value (node:crypto) under a key name of its own, form ${WRITTEN} (${f.doc})`);
  });
}

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}
/** The grouping people write: 4-4-4-4 (4-6-5 for 15-digit Amex, 4-6-4 for 14-digit Diners), compact or dashed. */
function grouping(digits: string, i: number): [string, string] {
  if (i % 4 === 0) return [digits, 'compact'];
  const groups = digits.length === 15 ? [4, 6, 5] : digits.length === 14 ? [4, 6, 4] : [];
  let spaced: string;
  if (groups.length) {
    let at = 0;
    spaced = groups.map((g) => digits.slice(at, (at += g))).join(' ');
  } else spaced = digits.replace(/(.{4})(?=.)/g, '$1 ');
  return i % 4 === 2 ? [spaced.replace(/ /g, '-'), 'grouped with dashes'] : [spaced, 'grouped with spaces'];
}

function cards() {
  let i = 0;
  P.CARDS.forEach((c) => {
    if (!luhn(c.value)) return console.warn(`left out (fails Luhn although the test lists it): ${c.value}`);
    const [layout, how] = grouping(c.value, i);
    const text = fill(pick(C.CARD, i), { v: layout });
    if (push('payment_card', text, [{ kind: 'payment_card', value: layout }], `${P.CARDS_FILE}; ${c.brand}, ${how} here`, { sourced: true })) i++;
  });
  // The test file's numbers not held by an earlier round are few: faker test-range numbers of issuers fill the kind.
  const issuers = ['visa', 'mastercard', 'american_express', 'discover', 'diners_club', 'jcb', 'maestro', 'unionpay'];
  for (let k = 0; (counters.get('payment_card') ?? 0) + (counters.get('payment_card:generated') ?? 0) < 30 && k < 60; k++) {
    const issuer = pick(issuers, k);
    const digits = faker.finance.creditCardNumber({ issuer }).replace(/\D/g, '');
    if (!luhn(digits) || digits.length < 13) continue;
    const [layout, how] = grouping(digits, i);
    const note = `generated (faker finance.creditCardNumber, ${issuer}, ${digits.length} digits, Luhn-valid), ${how}`;
    push('payment_card:generated', fill(pick(C.CARD, i++), { v: layout }), [{ kind: 'payment_card', value: layout }], note);
  }
  P.BAD_CARDS.forEach((c, j) => {
    if (luhn(c)) return;
    push('negative:card-invalid', fill(pick(C.CARD, j + 3), { v: c }), [], `${P.CARDS_FILE}; fails Luhn, the test rejects it`);
  });
}

const grouped = (iban: string) => iban.replace(/(.{4})(?=.)/g, '$1 ');
function ibans() {
  let i = 0;
  P.IBANS.forEach(([cc, iban]) => {
    if (!isValidIBAN(iban)) return console.warn(`skipped (not valid per ibantools): ${iban}`);
    const layout = i % 3 === 1 ? grouped(iban) : i % 5 === 3 ? grouped(iban).toLowerCase() : iban;
    const how = layout === iban ? '' : layout === grouped(iban) ? '; grouped in fours here' : '; grouped and lower case here';
    const text = fill(pick(C.IBAN, i), { v: layout });
    if (push('iban', text, [{ kind: 'iban', value: layout }], `${P.IBAN_FILE}; ${cc} IBAN the test accepts${how}`, { sourced: true })) i++;
  });
  // Countries rounds 7-8's faker IBANs did not use, to fill the kind when the sourced ones run short.
  for (const cc of ['BE', 'CY', 'DE', 'ES', 'FI', 'FR', 'GB', 'GR', 'IS', 'IT', 'KW', 'KZ', 'MT', 'MU', 'NL', 'PL', 'PT', 'TL', 'MR', 'VG']) {
    if ((counters.get('iban') ?? 0) + (counters.get('iban:generated') ?? 0) >= 30) break;
    let iban: string;
    try {
      iban = faker.finance.iban({ countryCode: cc });
    } catch {
      continue;
    }
    if (!isValidIBAN(electronicFormatIBAN(iban) ?? '')) continue;
    const layout = i % 3 === 1 ? grouped(iban) : iban;
    const note = `generated (faker finance.iban for ${cc}, valid per ibantools${layout === iban ? '' : ', grouped in fours'})`;
    push('iban:generated', fill(pick(C.IBAN, i++), { v: layout }), [{ kind: 'iban', value: layout }], note);
  }
  P.IBAN_NEGATIVES.forEach((bad, j) => {
    if (isValidIBAN(electronicFormatIBAN(bad) ?? '')) return;
    push('negative:iban-invalid', fill(pick(C.IBAN, j + 2), { v: bad }), [], `${P.IBAN_FILE}; an IBAN the test rejects`);
  });
}

const util = lib.PhoneNumberUtil.getInstance();
const { PhoneNumberFormat: F, PhoneNumberType: T } = lib;
function validIn(value: string, region: string, anyRegion = false): boolean {
  try {
    const n = util.parse(value, region);
    return anyRegion ? util.isValidNumber(n) : util.isValidNumberForRegion(n, region);
  } catch {
    return false;
  }
}

/** Recognizers-Text's phone numbers as written there, kept where libphonenumber calls them valid for the country. */
function specPhones() {
  P.PHONES.forEach((p, i) => {
    const bad = p.values.filter((v) => !validIn(v, p.region, true));
    if (bad.length) return console.warn(`left out (libphonenumber: not valid in ${p.region}): ${bad.join(', ')}`);
    // A test input that is the bare number goes into a chat wording; a sentence of the spec is kept every other time.
    const own = p.text !== p.values[0] && (p.values.length > 1 || i % 2 === 0);
    const text = own ? p.text : fill(pick(C.PHONE, i), { v: p.values[0]! });
    const where = own ? "the test's own text" : `in a chat wording ${WRITTEN}`;
    const note = `${p.from}; number as the test writes it (parsed for ${p.region}), valid per google-libphonenumber 3.2.47; ${where}`;
    push(`phone:${p.region}`, text, p.values.map((value) => ({ kind: 'phone' as const, value })), note, { sourced: true });
  });
  P.PHONE_NEGATIVES.forEach((n) => push('negative:phone', n.text, [], `${n.from}; the spec says this holds no phone number`));
}

/** National layouts people type: libphonenumber's example numbers with the last four digits randomised. */
function nationalPhones() {
  const regions = ['IT', 'ES', 'PT', 'PL', 'CZ', 'AT', 'CH', 'BE', 'SE', 'NO', 'DK', 'FI', 'IE', 'GR', 'TR', 'UA', 'KZ', 'TJ', 'TM',
    'AF', 'PK', 'BD', 'LK', 'IN', 'CN', 'JP', 'KR', 'TW', 'HK', 'PH', 'VN', 'TH', 'MY', 'ID', 'AU', 'NZ', 'ZA', 'NG', 'KE', 'GH',
    'TZ', 'EG', 'DZ', 'TN', 'SA', 'AE', 'IL', 'IR', 'MX', 'CO', 'PE', 'CL', 'AR', 'EC', 'UY', 'CU', 'TT', 'CA', 'US'];
  const layouts: [string, (n: lib.PhoneNumber, national: string) => string][] = [
    ['national format', (_n, s) => s],
    ['international format', (n) => util.format(n, F.INTERNATIONAL)],
    ['national, groups joined by dots', (_n, s) => s.replace(/[\s-]+/g, '.').replace(/[()]/g, '')],
    ['international, groups joined by dashes', (n) => util.format(n, F.INTERNATIONAL).replace(/ /g, '-')],
    ['national digits only', (_n, s) => s.replace(/\D/g, '')],
    ['RFC 3966 without the tel: prefix', (n) => util.format(n, F.RFC3966).replace(/^tel:/, '')],
    ['international, national number compact', (n) => `+${n.getCountryCode()} ${util.getNationalSignificantNumber(n)}`],
  ];
  regions.forEach((region, r) => {
    const type = r % 3 === 1 ? T.FIXED_LINE : T.MOBILE;
    const example = util.getExampleNumberForType(region, type);
    if (!example) return;
    const nsn = util.getNationalSignificantNumber(example);
    if (nsn.length < 7) return;
    for (let tries = 0; tries < 30; tries++) {
      const candidate = nsn.slice(0, -4) + String(randomInt(10000)).padStart(4, '0');
      let n: lib.PhoneNumber;
      try {
        n = util.parse(candidate, region);
      } catch {
        continue;
      }
      if (!util.isValidNumberForRegion(n, region) || candidate === nsn) continue;
      const national = util.format(n, F.NATIONAL);
      const [layoutName, layout] = pick(layouts, r);
      const laid = layout(n, national);
      const v = validIn(laid, region) ? laid : national;
      const how = v === laid ? layoutName : 'national format (the layout did not parse)';
      const kind = type === T.MOBILE ? 'mobile' : 'fixed-line';
      const note = `generated: google-libphonenumber 3.2.47 example ${kind} number for ${region} with the last four digits randomised (node:crypto), valid for ${region}; ${how}`;
      push(`phone:national-${region}`, fill(pick(C.PHONE, r + 3), { v }), [{ kind: 'phone', value: v }], note);
      return;
    }
  });
}

/** Maintainers' addresses in package metadata (author, maintainers, contributors) of installed packages. */
function emails() {
  const dirs = readdirSync(join(root, 'node_modules'))
    .flatMap((d) => (d.startsWith('@') ? readdirSync(join(root, 'node_modules', d)).map((s) => `${d}/${s}`) : [d]))
    .sort();
  type Person = string | { name?: string; email?: string };
  const seen = new Set<string>();
  let i = 0;
  for (const p of dirs) {
    if ((counters.get('email:maintainer') ?? 0) >= 28) break;
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
      if (!text || !v || seen.has(v.toLowerCase()) || /@(example|users\.noreply)\./.test(v)) continue;
      seen.add(v.toLowerCase());
      const field = person === meta.author ? 'author' : meta.maintainers?.includes(person!) ? 'maintainers' : 'contributors';
      const note = `node_modules/${p}/package.json "${field}" (${p}@${meta.version}, ${meta.license}); public package metadata`;
      if (push('email:maintainer', fill(pick(C.EMAIL, i), { author: text, v }), [{ kind: 'email', value: v }], note, { sourced: true })) {
        i++;
        break;
      }
    }
  }
  const negatives = [
    'Schreib an kontakt@example.org, nicht an mich',
    'the signup form accepts "anna.nowak@" with no domain, bug?',
    'cc @platform-team on the PR',
    'root@localhost receives the cron output',
    'git config user.email "you@example.com"',
    'pattern: ^[\\w.+-]+@[\\w-]+\\.[\\w.]+$',
  ];
  const note = `invented look-alike ${WRITTEN} (documentation domain, missing domain, a mention, a host-only address, a regex)`;
  negatives.forEach((t) => push('negative:email', t, [], note));
}

/** Public IPv4 outside loopback, private, shared, link-local, documentation, benchmarking and multicast ranges. */
function publicIpv4(): string {
  for (;;) {
    const o = [randomInt(1, 224), randomInt(256), randomInt(256), randomInt(1, 255)];
    const [a, b, c] = o as [number, number, number, number];
    const privateOrLocal = a === 10 || a === 127 || a === 0 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b < 32);
    const homeNetwork = a === 192 && b === 168;
    const shared = a === 100 && b >= 64 && b < 128;
    const documentation = (a === 192 && b === 0 && c === 2) || (a === 198 && b === 51 && c === 100) || (a === 203 && b === 0 && c === 113);
    const benchmarking = a === 198 && (b === 18 || b === 19);
    if (privateOrLocal || homeNetwork || shared || documentation || benchmarking) continue;
    return o.join('.');
  }
}
function ips() {
  P.SPEC_IPS.forEach((s) => {
    const note = `${P.RT_ZH_IP}; ${s.value ? 'the address the spec labels (a CIDR suffix stays outside)' : 'the spec finds no address, or an unspecified/loopback/broadcast one'}`;
    if (s.value) push('ip_address:spec', s.text, [{ kind: 'ip_address', value: s.value }], note, { sourced: true });
    else push('negative:ip', s.text, [], note);
  });
  const prefixes = ['2a00:1450', '2a03:2880', '2404:6800', '2600:1f18', '2001:67c', '2c0f:fb50', '2800:3f0', '2a05:d014'];
  for (let i = 0; i < 30; i++) {
    let v: string;
    let how: string;
    if (i % 4 === 3) {
      const p = pick(prefixes, i);
      const groups = Array.from({ length: 8 - p.split(':').length }, () => randomInt(0x10000).toString(16));
      v = i % 8 === 7 ? `${p}:${groups[0]}::${groups[1]}` : [p, ...groups].join(':');
      how = `generated global unicast IPv6 (node:crypto)${v.includes('::') ? ', zero run compressed' : ''}`;
    } else if (i % 6 === 4) {
      v = i % 12 === 4 ? `172.${randomInt(16, 32)}.${randomInt(256)}.${randomInt(2, 255)}` : `10.${randomInt(256)}.${randomInt(256)}.${randomInt(2, 255)}`;
      how = 'generated private IPv4 (node:crypto; the doc redacts private ranges at strict)';
    } else {
      v = publicIpv4();
      how = 'generated public IPv4 (node:crypto)';
    }
    // An IPv6 address before a port goes in brackets, as URLs and endpoints write it.
    const t = pick(C.IP, i);
    const text = v.includes(':') && /\{v\}:\d/.test(t) ? fill(t, { v: `[${v}]` }) : fill(t, { v });
    push('ip_address:generated', text, [{ kind: 'ip_address', value: v }], how);
  }
  const negatives = ['bind 127.0.0.1 ::1', 'netmask 255.255.255.0', 'firmware 2.10.4.1 is out', 'Chrome/131.0.6778.86 Safari/537.36'];
  negatives.forEach((t) => push('negative:ip', t, [], `invented look-alike ${WRITTEN} (loopback, a netmask, four-part versions)`));
}

function jwts() {
  const b64url = (s: string | Buffer) => Buffer.from(s).toString('base64url');
  const algs: [string, number][] = [['ES256', 64], ['RS384', 384], ['HS512', 64], ['PS384', 384], ['EdDSA', 64], ['RS256', 256], ['ES512', 132], ['HS256', 32]];
  for (let i = 0; i < 16; i++) {
    const [alg, sigLen] = pick(algs, i);
    const header = { ...(i % 3 === 0 ? { kid: faker.string.alphanumeric(22) } : {}), alg, ...(i % 2 ? {} : { typ: i % 4 ? 'JWT' : 'at+jwt' }) };
    const claims = {
      iss: faker.helpers.arrayElement(['https://login.microsoftonline.com/9188040d-6c67-4c5b-b112-36a304b66dad/v2.0', 'https://securetoken.google.com/shop-prod', 'https://id.internal', 'https://gitlab.internal']),
      sub: i % 2 ? String(faker.number.int({ min: 1e5, max: 9e5 })) : faker.string.uuid(),
      aud: i % 3 ? 'shop-api' : ['shop-web', 'shop-admin'],
      exp: faker.number.int({ min: 1.8e9, max: 1.9e9 }),
      iat: faker.number.int({ min: 1.76e9, max: 1.79e9 }),
      ...(i % 4 === 1 ? { roles: ['admin'], preferred_username: `user${i}` } : { scp: 'orders.read' }),
    };
    const v = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}.${b64url(randomBytes(sigLen))}`;
    push('jwt', fill(pick(C.JWT, i), { v }), [{ kind: 'jwt', value: v }], `generated (RFC 7519 layout, ${alg}, random signature of its length)`);
  }
}

function privateKeys() {
  const tmp = mkdtempSync(join(tmpdir(), 'r9keys-'));
  const ssh = (args: string[], i: number) => {
    const file = join(tmp, `k${i}`);
    execFileSync('ssh-keygen', ['-q', ...args, '-f', file]);
    return { priv: readFileSync(file, 'utf8'), pub: readFileSync(`${file}.pub`, 'utf8') };
  };
  const pem = (k: KeyObject, o: KeyExportOptions & { format: 'pem' }) => k.export(o).toString();
  const makers: [string, (i: number) => string][] = [
    ['OpenSSH Ed25519 (ssh-keygen)', (i) => ssh(['-t', 'ed25519', '-N', '', '-C', 'ci@runner'], i).priv],
    ['RSA-2048 PKCS#8', () => pem(generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey, { type: 'pkcs8', format: 'pem' })],
    ['EC P-256 PKCS#8', () => pem(generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey, { type: 'pkcs8', format: 'pem' })],
    ['RSA-3072 PKCS#1', () => pem(generateKeyPairSync('rsa', { modulusLength: 3072 }).privateKey, { type: 'pkcs1', format: 'pem' })],
    ['Ed448 PKCS#8', () => pem(generateKeyPairSync('ed448').privateKey, { type: 'pkcs8', format: 'pem' })],
    ['PKCS#8 encrypted (AES-256-CBC) RSA-2048', () => pem(generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey, { type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'round nine' })],
    ['EC P-384 SEC1', () => pem(generateKeyPairSync('ec', { namedCurve: 'P-384' }).privateKey, { type: 'sec1', format: 'pem' })],
    ['OpenSSH RSA-2048 with passphrase (ssh-keygen)', (i) => ssh(['-t', 'rsa', '-b', '2048', '-N', 'nine', '-C', ''], i).priv],
  ];
  for (let i = 0; i < 16; i++) {
    const [name, make] = pick(makers, i);
    const key = make(i).trim();
    if (i % 8 === 2) {
      // A JSON string value: newlines escaped, as a service-account or secrets-manager JSON holds it.
      const v = key.replace(/\n/g, '\\n');
      push('private_key', `{"type": "service_account", "project_id": "shop-prod", "private_key": "${v}"}`, [{ kind: 'private_key', value: v }], `generated (${name}), JSON-escaped in a service-account file`);
    } else if (i % 8 === 6) {
      // A Kubernetes Secret manifest: the key indented under a stringData block scalar.
      const v = key.split('\n').join('\n    ');
      push('private_key', `apiVersion: v1\nkind: Secret\nstringData:\n  tls.key: |\n    ${v}`, [{ kind: 'private_key', value: v }], `generated (${name}), indented in a YAML block scalar`);
    } else if (i % 8 === 4) {
      // A Python triple-quoted string.
      push('private_key', `PRIVATE_KEY = """${key}"""`, [{ kind: 'private_key', value: key }], `generated (${name}), in a Python triple-quoted string`);
    } else {
      push('private_key', fill(pick(C.PRIVATE_KEY, i), { v: key }), [{ kind: 'private_key', value: key }], `generated (${name})`);
    }
  }
  const spki = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ type: 'spki', format: 'pem' }).toString().trim();
  push('negative:public-key', `verify webhooks with this public key:\n${spki}`, [], 'generated (EC P-256 SPKI public key, node:crypto)');
  const cert = join(tmp, 'c.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', join(tmp, 'c.key'), '-out', cert, '-days', '30', '-subj', '/CN=shop.internal'], { stdio: 'ignore' });
  push('negative:public-key', `the cert the proxy serves:\n${readFileSync(cert, 'utf8').trim()}`, [], 'generated (self-signed X.509 certificate, openssl req; public)');
  const pub = ssh(['-t', 'ecdsa', '-b', '256', '-N', '', '-C', 'laptop'], 99).pub.trim();
  push('negative:public-key', `authorized_keys line:\n${pub}`, [], 'generated (OpenSSH ECDSA public key, ssh-keygen)');
  rmSync(tmp, { recursive: true, force: true });
}

function addresses() {
  let line = 0;
  let block = 0;
  ADDRESSES.forEach((a, i) => {
    const multiline = a.text.includes('\n');
    const own = a.text.includes(':') && a.cc === 'CN';
    const t = own ? '{text}' : multiline ? pick(C.ADDRESS_BLOCK, block++) : pick(C.ADDRESS_LINE, line++);
    const sourced = !a.from.startsWith('invented');
    push(`postal_address:${a.cc}`, fill(t, { text: a.text }), [{ kind: 'postal_address', value: a.value }], a.from, { sourced });
    // Every third address also in a second wording: a block flattened onto one line with commas (venue and country
    // dropped, as people retype them), a one-line address with commas split into lines.
    if (i % 3 === 1) {
      if (multiline) {
        const flat = a.value.replace(/,?\s*\n\s*/g, ', ');
        const note = `${a.from}; the labelled lines joined with commas here`;
        push(`postal_address:${a.cc}`, fill(pick(C.ADDRESS_LINE, line++), { text: flat }), [{ kind: 'postal_address', value: flat }], note, { sourced });
      } else if (a.value === a.text && a.text.includes(', ')) {
        const lines = a.text.replace(/\s*,\s*/g, '\n');
        const note = `${a.from}; split into lines at the commas here`;
        push(`postal_address:${a.cc}`, fill(pick(C.ADDRESS_BLOCK, block++), { text: lines }), [{ kind: 'postal_address', value: lines }], note, { sourced });
      }
    }
  });
}

const EMAILISH = /[\w.+-]+@[\w-]+\.[\w.-]+/;
const IPV4ISH = /\b(?!127\.)(?:\d{1,3}\.){3}\d{1,3}\b/;
const SECRETISH = /-----BEGIN|eyJ[\w-]{10,}\.eyJ|(?:password|passwd|secret|token|api[_-]?key)\s*[:=]\s*['"][^'"]{6,}/i;
const PHONEISH = /\+\d[\d\s-]{8,}\d/;
const CARDISH = /\b(?:\d[ -]?){13,19}\b/;

/** Installed packages no earlier round sampled (their name in no earlier file), with a permissive licence. */
function unsampledPackages(count: number): string[] {
  const dirs = readdirSync(join(root, 'node_modules'))
    .flatMap((d) => (d.startsWith('@') ? readdirSync(join(root, 'node_modules', d)).map((s) => `${d}/${s}`) : [d]))
    .filter((d) => !d.startsWith('.'));
  const fresh = dirs.filter((p) => {
    if (earlier.includes(`'${p}'`) || earlier.includes(`node_modules/${p}/`) || earlier.includes(`\`${p}\``)) return false;
    try {
      const meta = JSON.parse(readFileSync(join(root, 'node_modules', p, 'package.json'), 'utf8')) as { license?: string };
      return ['MIT', 'ISC', 'Apache-2.0', 'BSD-2-Clause', 'BSD-3-Clause'].includes(meta.license ?? '');
    } catch {
      return false;
    }
  });
  return faker.helpers.shuffle(fresh.sort()).slice(0, count);
}

function realNegatives() {
  const packages = unsampledPackages(36);
  const files: string[] = [];
  const walk = (dir: string, depth: number) => {
    for (const entry of readdirSync(dir)) {
      if (entry === 'node_modules' || entry.startsWith('.')) continue;
      const path = join(dir, entry);
      const st = statSync(path);
      if (st.isDirectory() && depth < 4) walk(path, depth + 1);
      else if (/\.(?:m?js|cjs|d\.ts|ts|md|json)$/.test(entry) && st.size < 600_000 && st.size > 500) files.push(path);
    }
  };
  for (const p of packages) walk(join(root, 'node_modules', p), 0);
  files.sort();
  let made = 0;
  for (let tries = 0; made < 70 && tries < 8000; tries++) {
    const file = faker.helpers.arrayElement(files);
    const lines = readFileSync(file, 'utf8').split('\n');
    if (lines.length < 12) continue;
    const at = faker.number.int({ min: 0, max: lines.length - 12 });
    const text = lines.slice(at, at + 12).join('\n');
    if (text.length > 2500 || text.trim().length < 80) continue;
    if (EMAILISH.test(text) || IPV4ISH.test(text) || SECRETISH.test(text) || PHONEISH.test(text) || CARDISH.test(text)) continue;
    const rel = file.slice(root.length + 1);
    const pkg = rel.split('/')[1]!.startsWith('@') ? rel.split('/').slice(1, 3).join('/') : rel.split('/')[1]!;
    // At most three windows of one package, so a large package does not fill the share.
    if ((counters.get(`negative:${pkg}`) ?? 0) >= 3) continue;
    const licence = (JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')) as { license?: string }).license;
    push(`negative:${pkg}`, text, [], `${rel} lines ${at + 1}-${at + 12} (real file of a ${licence} package)`);
    made++;
  }
  C.LOOKALIKES.forEach((t) => push('negative:lookalike', t, [], `invented look-alike ${WRITTEN} (versions, hashes, ids, placeholders, masked values, prose about secrets)`));
}

faker.seed(20261130 + 9);
scannerVectors();
apiKeys();
passwords();
secrets();
cards();
ibans();
specPhones();
nationalPhones();
emails();
ips();
jwts();
privateKeys();
addresses();
realNegatives();

writeFileSync(join(here, 'untouched.jsonl'), items.map((item) => JSON.stringify(item)).join('\n') + '\n');
const kinds = new Map<string, number>();
for (const item of items) for (const e of item.expected.length ? item.expected : [{ kind: 'negative' }]) kinds.set(e.kind, (kinds.get(e.kind) ?? 0) + 1);
const negatives = items.filter((item) => item.expected.length === 0).length;
console.log('untouched', items.length, 'negatives', negatives, `(${Math.round((100 * negatives) / items.length)}%)`, 'dropped as seen before', droppedAsSeen);
console.log(Object.fromEntries([...kinds].sort()));
if (process.env.VERBOSE) for (const d of dropped) console.log('dropped:', d);
