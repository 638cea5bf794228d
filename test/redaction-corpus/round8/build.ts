// Builds round 8's untouched split (round8/untouched.jsonl), committed before round 8's rule work is merged, by a
// helper who does not tune the rules and never runs them on it; round 7's files and everything before are its dev
// split. Sources (README.md lists each with repository, path, commit and licence): ripsecrets' and Talisman's test
// data (sources/scanner-vectors.ts); Recognizers-Text's Swedish/Turkish/Hindi/Portuguese phone specs,
// credit_card_validations' card fixture and IbanNet's IBAN tests (sources/pii-tests.ts); OpenCage address-formatting
// test cases of countries round 4 did not read and invented addresses (sources/addresses.ts); windows of ripsecrets'
// Cargo.lock (sources/lockfiles.ts); maintainers' e-mail addresses of installed packages no round read; generated
// keys, JWTs, IPs, phones and invented passwords/secrets/provider keys in forms written for this round (contexts.ts);
// and as negatives windows of real files of installed packages no round sampled and invented look-alikes.
// Every sourced positive value is checked against the earlier rounds' files (split/, round3-round7, the top-level
// files): a value already there is dropped.
// Run: npx tsx test/redaction-corpus/round8/build.ts
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
import { LOCKFILE_WINDOWS } from './sources/lockfiles';
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

/** Every file of the earlier rounds' corpora (split/, round3/ … round7/, the top-level files), this round's excluded. */
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
for (const dir of ['split', 'round3', 'round4', 'round5', 'round6', 'round7']) {
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

const items: Item[] = [];
const counters = new Map<string, number>();
function push(stratum: string, text: string, expected: Item['expected'], note: string, opts: { sourced?: boolean } = {}) {
  for (const e of expected) if (!text.includes(e.value)) throw new Error(`value not in text: ${e.value} / ${text}`);
  const seen = (value: string) =>
    earlier.includes(value) || earlier.includes(JSON.stringify(value).slice(1, -1)) || earlierValues.has(normalise(value));
  if (opts.sourced && expected.some((e) => seen(e.value))) {
    console.warn(`dropped (an earlier round holds the value): ${expected.map((e) => e.value).join(', ')}`);
    droppedAsSeen++;
    return false;
  }
  const n = counters.get(stratum) ?? 0;
  counters.set(stratum, n + 1);
  items.push({ id: `r8:${stratum}:${n}`, text, expected, note });
  return true;
}
const fill = (t: string, v: Record<string, string>) => t.replace(/\{(\w+)\}/g, (m, k: string) => v[k] ?? m);
const pick = <T>(list: readonly T[], i: number): T => list[i % list.length]!;

/** The scanners' test lines as written, every other one pasted into a chat message. */
function scannerVectors() {
  const put = (list: Vector[], wrapEvery: number) => {
    list.forEach((vec, i) => {
      const wrapped = i % wrapEvery === 1;
      const text = wrapped ? fill(pick(C.WRAP, i), { text: vec.text }) : vec.text;
      const stratum = vec.expected.length ? `scanner:${vec.expected[0]!.kind}` : 'negative:scanner';
      push(stratum, text, vec.expected, `${vec.from}${wrapped ? '; pasted into a chat wording written for round 8' : ''}`, { sourced: vec.expected.length > 0 });
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
  hex20: () => hex(20),
  hex32: () => hex(32),
  hex40: () => hex(40),
  hex64: () => hex(64),
  alnum10: () => fromAlphabet(ALNUM, 10),
  alnum16: () => fromAlphabet(ALNUM, 16),
  alnum25: () => fromAlphabet(ALNUM, 25),
  alnum30: () => fromAlphabet(ALNUM, 30),
  alnum32: () => fromAlphabet(ALNUM, 32),
  alnum40: () => fromAlphabet(ALNUM, 40),
  alnum52: () => fromAlphabet(ALNUM, 52),
  alnum56: () => fromAlphabet(ALNUM, 56),
  alnum64: () => fromAlphabet(ALNUM, 64),
  upper16: () => fromAlphabet(UPPER_ALNUM, 16),
  lower20: () => fromAlphabet(LOWER_ALNUM, 20),
  b64url43: () => randomBytes(32).toString('base64url'),
  uuid: () => faker.string.uuid(),
};

/** Provider keys without a vendor prefix: the provider's name or a key word near them, or neither. */
function apiKeys() {
  C.API_KEY_FORMS.forEach((f) => {
    const make = SHAPES[f.shape];
    if (!make) throw new Error(`unknown shape ${f.shape}`);
    const v = make();
    push('api_key:prefixless', fill(f.t, { v }), [{ kind: 'api_key', value: v }], `generated value (node:crypto) in the shape ${f.provider} issues (${f.shape}), no vendor prefix; form written for round 8`);
  });
}

/** Passwords as people choose them, in several scripts (node:crypto picks words, digits and symbols). */
function humanPassword(i: number): string {
  const words = ['Jazmín', 'Kolibri', 'Łabędź', 'Сокол', 'Tbilisi', 'Mawar', 'Kuusi', 'Gaivota', 'Dunaj', 'Eikenhout', 'Θάλασσα', 'Sông', 'Papatya', 'Tiger', 'Kookaburra', 'Momiji', 'Jaguar', 'Aurinko'];
  const w = () => words[randomInt(words.length)]!;
  const SYMBOLS = '!._-+=?#*@';
  switch (i % 6) {
    case 0: return `${w()}${randomInt(1960, 2030)}${SYMBOLS[randomInt(SYMBOLS.length)]}`;
    case 1: return `${w().toLowerCase()}-${w().toLowerCase()}-${w().toLowerCase()}`;
    case 2: return fromAlphabet(ALNUM.slice(0, 52), 1) + fromAlphabet(`${ALNUM}${SYMBOLS}`, 13);
    case 3: return `${w()}${SYMBOLS[randomInt(SYMBOLS.length)]}${String(randomInt(1, 29)).padStart(2, '0')}${String(randomInt(1, 13)).padStart(2, '0')}${randomInt(60, 99)}`;
    case 4: return `${fromAlphabet('ABCDEFGHJKLMNPQRSTUVWXYZ', 2)}${randomInt(1000, 9999)}${fromAlphabet('abcdefghjkmnpqrstuvwxyz', 3)}`;
    default: return `${fromAlphabet('bcdfghkmnpstvz', 1).toUpperCase()}4ss${fromAlphabet('wrd', 1)}0rd!${randomInt(100, 999)}`;
  }
}
function passwords() {
  C.PASSWORD_FORMS.forEach((f, i) => {
    const v = humanPassword(i);
    push('password', fill(f.t, { v }), [{ kind: 'password', value: v }], `invented value (node:crypto) in a documented form written for round 8 (${f.doc})`);
  });
}

/** A value in the shape the form's software uses (Consul gossip base64, hex cipher keys, …). */
function secretValue(doc: string, i: number): string {
  if (/Consul/.test(doc)) return randomBytes(32).toString('base64');
  if (/createCipheriv/.test(doc)) return hex(64);
  if (/Strapi/.test(doc)) return `${randomBytes(16).toString('base64')},${randomBytes(16).toString('base64')}`;
  if (/Vaultwarden/.test(doc)) return randomBytes(48).toString('base64');
  if (/Nextcloud/.test(doc)) return fromAlphabet(`${ALNUM}/+`, 30);
  const shapes: (() => string)[] = [
    () => randomBytes(32).toString('base64'),
    () => hex(64),
    () => fromAlphabet(ALNUM, 48),
    () => randomBytes(24).toString('base64url'),
    () => hex(40),
    () => fromAlphabet(`${ALNUM}!@#%^&*`, 36),
  ];
  return pick(shapes, i)();
}
function secrets() {
  C.SECRET_FORMS.forEach((f, i) => {
    const v = secretValue(f.doc, i);
    push('secret', fill(f.t, { v }), [{ kind: 'secret', value: v }], `invented value (node:crypto) under a key name of its own, form written for round 8 (${f.doc})`);
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

function cards() {
  P.CARDS.forEach((c, i) => {
    if (!luhn(c.value.replace(/\D/g, ''))) return console.warn(`left out (fails Luhn although the fixture lists it): ${c.value}`);
    // The fixture groups in fours; every third number is also written compact and every fifth with dashes, as people
    // paste them from a form or a receipt.
    const layout = i % 3 === 2 ? c.value.replace(/ /g, '') : i % 5 === 4 ? c.value.replace(/ /g, '-') : c.value;
    const how = layout === c.value ? '' : layout.includes('-') ? '; spaces written as dashes here' : '; written without spaces here';
    push('payment_card', fill(pick(C.CARD, i), { v: layout }), [{ kind: 'payment_card', value: layout }], `${P.CARDS_FILE}; ${c.brand}${how}`, { sourced: true });
  });
  P.BAD_CARDS.forEach((c, i) => {
    if (luhn(c.replace(/\D/g, ''))) return console.warn(`left out (passes Luhn although the test rejects it): ${c}`);
    push('negative:card-invalid', fill(pick(C.CARD, i + 5), { v: c }), [], `${P.TALISMAN_CARD_FILE}; fails Luhn, the test rejects it`);
  });
}

const grouped = (iban: string) => iban.replace(/(.{4})(?=.)/g, '$1 ');
function ibans() {
  let i = 0;
  P.IBANS.forEach((iban, k) => {
    if (!isValidIBAN(iban)) return console.warn(`skipped (not valid per ibantools): ${iban}`);
    const layout = k % 2 ? grouped(iban) : iban;
    push('iban', fill(pick(C.IBAN, i++), { v: layout }), [{ kind: 'iban', value: layout }], `${P.IBAN_FI_FILE}${layout === iban ? '' : '; grouped in fours here'}`, { sourced: true });
  });
  // Countries round 7's faker IBANs did not use: faker IBANs (valid per ibantools), compact, grouped, a few lower case.
  for (const cc of ['AD', 'AT', 'AZ', 'BH', 'BR', 'BG', 'HR', 'CZ', 'DK', 'EE', 'FO', 'GI', 'GL', 'HU', 'IE', 'LV', 'LI', 'LT', 'LU', 'MC', 'NO', 'RO', 'SM', 'SK', 'SI', 'SE', 'CH', 'UA', 'EG', 'IQ', 'LC', 'SC', 'BY', 'SV']) {
    if ((counters.get('iban') ?? 0) >= 26) break;
    let iban: string;
    try {
      iban = faker.finance.iban({ countryCode: cc });
    } catch {
      continue;
    }
    if (!isValidIBAN(electronicFormatIBAN(iban) ?? '')) continue;
    const layout = i % 3 === 1 ? grouped(iban) : i % 7 === 3 ? grouped(iban).toLowerCase() : iban;
    const how = layout === iban ? '' : layout === grouped(iban) ? ', grouped in fours' : ', grouped and lower case';
    push('iban', fill(pick(C.IBAN, i++), { v: layout }), [{ kind: 'iban', value: layout }], `generated (faker finance.iban for ${cc}, valid per ibantools${how})`);
  }
  P.IBAN_NEGATIVES.forEach((bad, j) => {
    if (isValidIBAN(electronicFormatIBAN(bad) ?? '')) return;
    push('negative:iban-invalid', fill(pick(C.IBAN, j + 3), { v: bad }), [], `${P.IBAN_BAD_FILE}; an invalid IBAN the test rejects`);
  });
}

const util = lib.PhoneNumberUtil.getInstance();
const { PhoneNumberFormat: F, PhoneNumberType: T } = lib;
function validIn(value: string, region: string): boolean {
  try {
    return util.isValidNumber(util.parse(value, region));
  } catch {
    return false;
  }
}

/** Recognizers-Text's phone numbers as written there, kept where libphonenumber calls them valid for the country. */
function specPhones() {
  P.PHONES.forEach((p, i) => {
    if (!validIn(p.value, p.region)) return console.warn(`left out (libphonenumber: not valid in ${p.region}): ${p.value}`);
    const own = i % 2 === 0;
    const text = own ? p.text : fill(pick(C.PHONE, i), { v: p.value });
    push(`phone:${p.region}`, text, [{ kind: 'phone', value: p.value }], `${p.from}; ${p.region} number as the spec writes it, valid per google-libphonenumber 3.2.47${own ? '; the spec\'s own sentence' : '; in a chat wording written for round 8'}`, { sourced: true });
  });
  P.PHONE_NEGATIVES.forEach((n) => push('negative:phone', n.text, [], `${n.from}; the spec says this holds no phone number`));
}

/** National layouts people type: libphonenumber's example numbers with the last four digits randomised. */
function nationalPhones() {
  const regions = ['RU', 'BY', 'UZ', 'AZ', 'GE', 'AM', 'KG', 'MN', 'NP', 'MM', 'KH', 'LA', 'SG', 'BN', 'MO', 'QA', 'OM', 'BH', 'KW', 'JO', 'LB', 'IQ', 'MA', 'SN', 'CI', 'CM', 'ET', 'UG', 'RW', 'ZM', 'ZW', 'MZ', 'BO', 'PY', 'VE', 'CR', 'PA', 'GT', 'HN', 'SV', 'DO', 'JM', 'RS', 'BA', 'MK', 'AL', 'MD', 'RO', 'BG', 'HR', 'SI', 'SK', 'LT', 'LV', 'EE', 'IS', 'MT', 'CY', 'LU', 'FR', 'DE', 'NL', 'GB', 'BR'];
  const layouts: [string, (n: lib.PhoneNumber, national: string) => string][] = [
    ['international format', (n) => util.format(n, F.INTERNATIONAL)],
    ['national format', (_n, s) => s],
    ['E.164', (n) => util.format(n, F.E164)],
    ['00 prefix with spaces', (n) => util.format(n, F.INTERNATIONAL).replace(/^\+/, '00')],
    ['international with the trunk digit in brackets', (n) => { const intl = util.format(n, F.INTERNATIONAL); const prefix = util.getNddPrefixForRegion(util.getRegionCodeForNumber(n) ?? '', true); return prefix ? intl.replace(/^(\+\d+) /, `$1 (${prefix}) `) : intl; }],
    ['national, slash after the first group', (_n, s) => { const [first, ...rest] = s.replace(/[()-]/g, ' ').trim().split(/\s+/); return rest.length ? `${first}/${rest.join(' ')}` : s; }],
    ['international, dashes', (n) => util.format(n, F.INTERNATIONAL).replace(/ /g, '-')],
  ];
  regions.forEach((region, r) => {
    const type = r % 3 === 0 ? T.FIXED_LINE : T.MOBILE;
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
      push(`phone:national-${region}`, fill(pick(C.PHONE, r + 5), { v }), [{ kind: 'phone', value: v }], `generated: google-libphonenumber 3.2.47 example ${type === T.MOBILE ? 'mobile' : 'fixed-line'} number for ${region} with the last four digits randomised (node:crypto), valid for ${region}; ${how}`);
      return;
    }
  });
}

/** Maintainers' addresses in package metadata (author, maintainers, contributors) of installed packages. */
function emails() {
  const dirs = readdirSync(join(root, 'node_modules')).flatMap((d) => (d.startsWith('@') ? readdirSync(join(root, 'node_modules', d)).map((s) => `${d}/${s}`) : [d])).sort().reverse();
  type Person = string | { name?: string; email?: string };
  const seen = new Set<string>();
  let i = 0;
  for (const p of dirs) {
    if ((counters.get('email:maintainer') ?? 0) >= 24) break;
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
      if (push('email:maintainer', fill(pick(C.EMAIL, i), { author: text, v }), [{ kind: 'email', value: v }], `node_modules/${p}/package.json "${field}" (${p}@${meta.version}, ${meta.license}); public package metadata`, { sourced: true })) i++;
      break;
    }
  }
  const negatives = [
    'Reply to support@example.com, not to me',
    'the form rejects "jan.kowalski@" without a domain',
    'ping @devops-oncall in the channel',
    'user@localhost gets the cron mail',
    'sshd: Accepted publickey for deploy from 127.0.0.1 port 50022',
  ];
  negatives.forEach((t) => push('negative:email', t, [], 'invented look-alike written for round 8 (documentation domain, missing domain, a mention, a host-only address)'));
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
  const prefixes = ['2a01', '2a02:8108', '2400', '2406', '2601', '2001:470', '2803', '2c0f:f8f0'];
  for (let i = 0; i < 26; i++) {
    let v: string;
    let how: string;
    if (i % 4 === 3) {
      const p = pick(prefixes, i);
      const groups = Array.from({ length: 8 - p.split(':').length }, () => randomInt(0x10000).toString(16));
      v = i % 8 === 3 ? `${p}:${groups[0]}:${groups[1]}::${groups[2]}` : [p, ...groups].join(':');
      how = `generated global unicast IPv6 (node:crypto)${v.includes('::') ? ', zero run compressed' : ''}`;
    } else if (i % 6 === 4) {
      v = i % 12 === 4 ? `10.${randomInt(256)}.${randomInt(256)}.${randomInt(2, 255)}` : `192.168.${randomInt(256)}.${randomInt(2, 255)}`;
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
  const negatives = [
    'listening on 0.0.0.0:3000 and [::]:3000',
    'ping 127.0.0.1 works, the app does not',
    'broadcast 255.255.255.255 is blocked by the switch',
    'curl http://[::1]:8080/health → 200',
    'the config says 999.10.2.4 which is not a valid address',
    'version 1.0.0.12 of the driver',
    'AssemblyFileVersion("6.2.9200.16384")',
    'Section 10.4.3.2 of the spec',
  ];
  negatives.forEach((t) => push('negative:ip', t, [], 'invented look-alike written for round 8 (unspecified, loopback, broadcast, invalid address, four-part versions and section numbers)'));
}

function jwts() {
  const b64url = (s: string | Buffer) => Buffer.from(s).toString('base64url');
  const algs: [string, number][] = [['RS256', 256], ['ES384', 96], ['HS256', 32], ['PS256', 256], ['ES256K', 64], ['RS512', 512], ['HS384', 48], ['EdDSA', 64]];
  for (let i = 0; i < 16; i++) {
    const [alg, sigLen] = pick(algs, i);
    const header = { alg, ...(i % 2 ? { typ: 'JWT' } : {}), ...(i % 4 === 0 ? { kid: faker.string.hexadecimal({ length: 16, casing: 'lower', prefix: '' }) } : {}) };
    const claims = {
      iss: faker.helpers.arrayElement(['https://accounts.acme.internal', 'https://cognito-idp.eu-central-1.amazonaws.com/eu-central-1_Ab12Cd34E', 'https://dev-4k2p9x.eu.auth0.com/', 'https://sso.internal/auth/realms/ops']),
      sub: i % 2 ? faker.string.uuid() : `auth0|${faker.string.hexadecimal({ length: 24, casing: 'lower', prefix: '' })}`,
      aud: i % 3 ? 'api://orders' : ['web', 'mobile'],
      exp: faker.number.int({ min: 1.8e9, max: 1.9e9 }),
      iat: faker.number.int({ min: 1.76e9, max: 1.79e9 }),
      ...(i % 3 === 2 ? { email: `user${i}@acme.internal`, email_verified: true } : { scope: 'openid profile orders:read' }),
    };
    const v = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}.${b64url(randomBytes(sigLen))}`;
    push('jwt', fill(pick(C.JWT, i), { v }), [{ kind: 'jwt', value: v }], `generated (RFC 7519 layout, ${alg}, random signature of its length)`);
  }
}

function privateKeys() {
  const tmp = mkdtempSync(join(tmpdir(), 'r8keys-'));
  const ssh = (args: string[], i: number) => {
    const file = join(tmp, `k${i}`);
    execFileSync('ssh-keygen', ['-q', ...args, '-f', file]);
    return { priv: readFileSync(file, 'utf8'), pub: readFileSync(`${file}.pub`, 'utf8') };
  };
  const pem = (k: KeyObject, o: KeyExportOptions & { format: 'pem' }) => k.export(o).toString();
  const makers: [string, (i: number) => string][] = [
    ['RSA-4096 PKCS#1', () => pem(generateKeyPairSync('rsa', { modulusLength: 4096 }).privateKey, { type: 'pkcs1', format: 'pem' })],
    ['EC P-256 SEC1', () => pem(generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey, { type: 'sec1', format: 'pem' })],
    ['DSA-2048 PKCS#8', () => pem(generateKeyPairSync('dsa', { modulusLength: 2048, divisorLength: 256 }).privateKey, { type: 'pkcs8', format: 'pem' })],
    ['OpenSSH RSA-3072 (ssh-keygen)', (i) => ssh(['-t', 'rsa', '-b', '3072', '-N', '', '-C', 'backup@nas'], i).priv],
    ['X25519 PKCS#8', () => pem(generateKeyPairSync('x25519').privateKey, { type: 'pkcs8', format: 'pem' })],
    ['PKCS#8 encrypted (AES-128-CBC) EC P-384', () => pem(generateKeyPairSync('ec', { namedCurve: 'P-384' }).privateKey, { type: 'pkcs8', format: 'pem', cipher: 'aes-128-cbc', passphrase: 'round eight' })],
    ['OpenSSH ECDSA P-521 (ssh-keygen)', (i) => ssh(['-t', 'ecdsa', '-b', '521', '-N', '', '-C', ''], i).priv],
    ['EC secp256k1 PKCS#8', () => pem(generateKeyPairSync('ec', { namedCurve: 'secp256k1' }).privateKey, { type: 'pkcs8', format: 'pem' })],
  ];
  for (let i = 0; i < 16; i++) {
    const [name, make] = pick(makers, i);
    const key = make(i).trim();
    if (i % 8 === 1) {
      // An indented YAML block scalar: every line of the key after the first starts with four spaces.
      const v = key.split('\n').join('\n    ');
      push('private_key', `tls:\n  key: |\n    ${v}\n  cert: ./tls.crt`, [{ kind: 'private_key', value: v }], `generated (${name}), indented in a YAML block scalar`);
    } else if (i % 8 === 5) {
      // One line with literal \n escapes, as a .env or a CI variable holds it.
      const v = key.replace(/\n/g, '\\n');
      push('private_key', `SSH_PRIVATE_KEY="${v}"`, [{ kind: 'private_key', value: v }], `generated (${name}), one line with \\n escapes in a .env value`);
    } else {
      push('private_key', fill(pick(C.PRIVATE_KEY, i), { v: key }), [{ kind: 'private_key', value: key }], `generated (${name})`);
    }
  }
  const csr = join(tmp, 'req.csr');
  execFileSync('openssl', ['req', '-new', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(tmp, 'req.key'), '-out', csr, '-subj', '/CN=shop.internal'], { stdio: 'ignore' });
  push('negative:public-key', `CSR for the shop certificate:\n${readFileSync(csr, 'utf8').trim()}`, [], 'generated (certificate signing request, openssl req; public)');
  const pkcs1pub = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ type: 'pkcs1', format: 'pem' }).toString().trim();
  push('negative:public-key', `RSA public key for the webhook signature:\n${pkcs1pub}`, [], 'generated (RSA PKCS#1 public key, node:crypto)');
  const pub = ssh(['-t', 'ed25519', '-N', '', '-C', 'anna@laptop'], 99).pub.trim();
  push('negative:public-key', `add this to authorized_keys please:\n${pub}`, [], 'generated (OpenSSH Ed25519 public key, ssh-keygen)');
  rmSync(tmp, { recursive: true, force: true });
}

function addresses() {
  let line = 0;
  let block = 0;
  ADDRESSES.forEach((a, i) => {
    const multiline = a.text.includes('\n');
    const t = multiline ? pick(C.ADDRESS_BLOCK, block++) : pick(C.ADDRESS_LINE, line++);
    const invented = a.from.startsWith('invented');
    push(`postal_address:${a.cc}`, fill(t, { text: a.text }), [{ kind: 'postal_address', value: a.value }], a.from, { sourced: !invented });
    // Every third address also in a second wording: a block flattened onto one line with commas (venue and country
    // dropped, as people retype them), a one-line address with commas split into lines.
    if (i % 3 === 1) {
      if (multiline) {
        const flat = a.value.replace(/,?\s*\n\s*/g, ', ');
        push(`postal_address:${a.cc}`, fill(pick(C.ADDRESS_LINE, line++), { text: flat }), [{ kind: 'postal_address', value: flat }], `${a.from}; the labelled lines joined with commas here`, { sourced: !invented });
      } else if (a.value === a.text && a.text.includes(', ')) {
        const lines = a.text.replace(/\s*,\s*/g, '\n');
        push(`postal_address:${a.cc}`, fill(pick(C.ADDRESS_BLOCK, block++), { text: lines }), [{ kind: 'postal_address', value: lines }], `${a.from}; split into lines at the commas here`, { sourced: !invented });
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
  const dirs = readdirSync(join(root, 'node_modules')).flatMap((d) => (d.startsWith('@') ? readdirSync(join(root, 'node_modules', d)).map((s) => `${d}/${s}`) : [d])).filter((d) => !d.startsWith('.'));
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
  const packages = unsampledPackages(30);
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
  for (let tries = 0; made < 60 && tries < 8000; tries++) {
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
  for (const w of LOCKFILE_WINDOWS) push('negative:lockfile', w.text, [], `${w.from}; a window of a real lockfile`);
  C.LOOKALIKES.forEach((t) => push('negative:lookalike', t, [], 'invented look-alike written for round 8 (versions, hashes, ids, placeholders, prose about secrets)'));
}

faker.seed(20261130);
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
console.log('untouched', items.length, 'dropped as seen before', droppedAsSeen, Object.fromEntries([...kinds].sort()));
