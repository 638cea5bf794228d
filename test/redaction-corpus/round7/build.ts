// Builds round 7's untouched split (round7/untouched.jsonl), committed before round 7's rule work is merged, by a
// helper who does not tune the rules; round 6's files and everything before are its dev split. Sources (README.md
// lists each with repository, path, commit and licence): Trivy's secret-scanner test data (sources/scanner-vectors.ts);
// Microsoft Recognizers-Text's phone/e-mail/IP specs, python-email-validator's syntax tests, ActiveMerchant's card
// tests and jschaedl/iban-validation's IBANs (sources/pii-tests.ts); pelias/parser's and Shopify atlas_engine's address
// tests (sources/addresses.ts); windows of AfterShip/phone's yarn.lock (sources/lockfiles.ts); maintainers' e-mail
// addresses of installed packages; generated keys, JWTs, IPs, phones and invented passwords/secrets/provider keys in
// forms written for this round (contexts.ts); and as negatives windows of real files of installed packages no round
// sampled and invented look-alikes.
// Every sourced positive value is checked against the earlier rounds' files (split/, round3-round6, the top-level
// files): a value already there is dropped.
// Run: npx tsx test/redaction-corpus/round7/build.ts
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
import { TRIVY_NEGATIVES, TRIVY_VECTORS, type Vector } from './sources/scanner-vectors';

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

/** Every file of the earlier rounds' corpora (split/, round3/ … round6/, the top-level files), this round's excluded. */
const earlier = (() => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (path === here.replace(/\/$/, '')) continue;
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(jsonl|ts)$/.test(entry)) files.push(readFileSync(path, 'utf8'));
    }
  };
  walk(corpusDir);
  return files.join('\n');
})();
for (const dir of ['split', 'round3', 'round4', 'round5', 'round6']) {
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
  items.push({ id: `r7:${stratum}:${n}`, text, expected, note });
  return true;
}
const fill = (t: string, v: Record<string, string>) => t.replace(/\{(\w+)\}/g, (m, k: string) => v[k] ?? m);
const pick = <T>(list: readonly T[], i: number): T => list[i % list.length]!;

/** Trivy's test lines as written, every other one pasted into a chat message. */
function scannerVectors() {
  const put = (list: Vector[], wrapEvery: number) => {
    list.forEach((vec, i) => {
      const wrapped = i % wrapEvery === 1;
      const text = wrapped ? fill(pick(C.WRAP, i), { text: vec.text }) : vec.text;
      const stratum = vec.expected.length ? `trivy:${vec.expected[0]!.kind}` : 'negative:trivy';
      push(stratum, text, vec.expected, `${vec.from}${wrapped ? '; pasted into a chat wording written for round 7' : ''}`, { sourced: true });
    });
  };
  put(TRIVY_VECTORS, 2);
  put(TRIVY_NEGATIVES, 3);
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const fromAlphabet = (alphabet: string, length: number) => Array.from({ length }, () => alphabet[randomInt(alphabet.length)]).join('');
const hex = (chars: number) => randomBytes(Math.ceil(chars / 2)).toString('hex').slice(0, chars);
const SHAPES: Record<string, () => string> = {
  hex32: () => hex(32),
  hex40: () => hex(40),
  hex64: () => hex(64),
  alnum20: () => fromAlphabet(ALNUM, 20),
  alnum27: () => fromAlphabet(ALNUM, 27),
  alnum32: () => fromAlphabet(ALNUM, 32),
  alnum40: () => fromAlphabet(ALNUM, 40),
  alnum42: () => fromAlphabet(ALNUM, 42),
  alnum43: () => fromAlphabet(ALNUM, 43),
  alnum64: () => fromAlphabet(ALNUM, 64),
  upper34: () => fromAlphabet(UPPER_ALNUM, 34),
  upper36: () => fromAlphabet(UPPER_ALNUM, 36),
  b64url43: () => randomBytes(32).toString('base64url'),
  deepl: () => `${faker.string.uuid()}:fx`,
  rapidapi: () => `${hex(10)}msh${hex(17)}p1${hex(6)}jsn${hex(12)}`,
};

/** Provider keys without a vendor prefix: the provider's name or a key word near them, or neither. */
function apiKeys() {
  C.API_KEY_FORMS.forEach((f) => {
    const make = SHAPES[f.shape];
    if (!make) throw new Error(`unknown shape ${f.shape}`);
    const v = make();
    push('api_key:prefixless', fill(f.t, { v }), [{ kind: 'api_key', value: v }], `generated value (node:crypto) in the shape ${f.provider} issues (${f.shape}), no vendor prefix; form written for round 7`);
  });
}

/** Passwords as people choose them, in several scripts (node:crypto picks words, digits and symbols). */
function humanPassword(i: number): string {
  const words = ['Kirsche', 'Mariposa', 'Słonecznik', 'Медведь', 'Ankara', 'Bunga', 'Tähti', 'Leão', 'Vltava', 'Kastanje', 'Ήλιος', 'Hoa', 'Zeytin', 'Dragon', 'Brumby', 'Sakura'];
  const w = () => words[randomInt(words.length)]!;
  const SYMBOLS = '!._-+=?^~';
  switch (i % 5) {
    case 0: return `${w()}${randomInt(1950, 2030)}${SYMBOLS[randomInt(SYMBOLS.length)]}`;
    case 1: return `${w().toLowerCase()}.${w().toLowerCase()}.${w().toLowerCase()}.${randomInt(10, 99)}`;
    case 2: return fromAlphabet(ALNUM.slice(0, 52), 1) + fromAlphabet(`${ALNUM}${SYMBOLS}`, 15);
    case 3: return `${w()}${String(randomInt(1, 29)).padStart(2, '0')}${String(randomInt(1, 13)).padStart(2, '0')}${SYMBOLS[randomInt(SYMBOLS.length)]}`;
    default: return `${fromAlphabet('BCDFGHKLMNPRSTVZ', 1)}n0w${fromAlphabet('bcdfghkmnprstvz', 2)}!${randomInt(10, 99)}_x${randomInt(100, 999)}`;
  }
}
function passwords() {
  C.PASSWORD_FORMS.forEach((f, i) => {
    const v = humanPassword(i);
    push('password', fill(f.t, { v }), [{ kind: 'password', value: v }], `invented value (node:crypto) in a documented form written for round 7 (${f.doc})`);
  });
}

const WP_SALT = `${ALNUM}!#%^&*()-_[]<>~+=,.;:/?|`;
/** A value in the shape the form's software uses (TOTP base32, WireGuard base64, Fernet, master.key hex, …). */
function secretValue(doc: string, i: number): string {
  if (/TOTP/.test(doc)) return fromAlphabet('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 32);
  if (/WireGuard/.test(doc)) return randomBytes(32).toString('base64');
  if (/Fernet|fernet/.test(doc)) return randomBytes(32).toString('base64url') + '=';
  if (/master\.key|Meilisearch/.test(doc)) return hex(32);
  if (/machineKey/.test(doc)) return hex(128).toUpperCase();
  if (/WordPress/.test(doc)) return fromAlphabet(WP_SALT, 64);
  if (/Ethereum/.test(doc)) return `0x${hex(64)}`;
  const shapes: (() => string)[] = [
    () => randomBytes(24).toString('base64'),
    () => hex(48),
    () => randomBytes(32).toString('base64url'),
    () => fromAlphabet(ALNUM, 40),
    () => hex(32),
  ];
  return pick(shapes, i)();
}
function secrets() {
  C.SECRET_FORMS.forEach((f, i) => {
    const v = secretValue(f.doc, i);
    push('secret', fill(f.t, { v }), [{ kind: 'secret', value: v }], `invented value (node:crypto) under a key name of its own, form written for round 7 (${f.doc})`);
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
    if (!luhn(c.value.replace(/\D/g, ''))) return console.warn(`left out (fails Luhn although the test accepts it): ${c.value}`);
    push('payment_card', fill(pick(C.CARD, i), { v: c.value }), [{ kind: 'payment_card', value: c.value }], `${P.AM_FILE}; ${c.brand}`, { sourced: true });
  });
  P.BAD_CARDS.forEach((c, i) => {
    if (luhn(c.replace(/\D/g, ''))) return console.warn(`left out (passes Luhn although the test rejects it): ${c}`);
    push('negative:card-invalid', fill(pick(C.CARD, i + 5), { v: c }), [], `${P.AM_FILE}; fails Luhn, the test rejects it`);
  });
}

const grouped = (iban: string) => iban.replace(/(.{4})(?=.)/g, '$1 ');
function ibans() {
  let i = 0;
  // IBANs were found in full by every earlier round: a small share, mostly the test's values no round holds.
  for (const [k, iban] of P.IBANS.entries()) {
    if ((counters.get('iban') ?? 0) >= 16) break;
    if (!isValidIBAN(iban)) {
      console.warn(`skipped (not valid per ibantools): ${iban}`);
      continue;
    }
    const layout = k % 3 === 1 ? grouped(iban) : k % 5 === 2 ? grouped(iban).toLowerCase() : iban;
    push('iban', fill(pick(C.IBAN, i++), { v: layout }), [{ kind: 'iban', value: layout }], `${P.IBAN_FILE}${layout === iban ? '' : layout === grouped(iban) ? '; grouped in fours here' : '; grouped and lower case here'}`, { sourced: true });
  }
  // Countries whose registry example an earlier round holds: faker IBANs (valid per ibantools) in print format.
  for (const cc of ['SA', 'QA', 'JO', 'KW', 'LB', 'GT', 'CR', 'DO', 'PK', 'AE', 'IL', 'TR', 'RS', 'ME', 'MK', 'BA', 'MD', 'GE', 'KZ', 'TN', 'MR', 'PS', 'VG', 'TL', 'XK', 'IS', 'MT', 'CY', 'GR', 'PT']) {
    if ((counters.get('iban') ?? 0) >= 28) break;
    let iban: string;
    try {
      iban = faker.finance.iban({ countryCode: cc });
    } catch {
      continue;
    }
    if (!isValidIBAN(electronicFormatIBAN(iban) ?? '')) continue;
    const layout = i % 2 ? grouped(iban) : iban;
    push('iban', fill(pick(C.IBAN, i++), { v: layout }), [{ kind: 'iban', value: layout }], `generated (faker finance.iban for ${cc}, valid per ibantools)`);
  }
  P.IBAN_NEGATIVES.forEach((bad, j) => {
    if (isValidIBAN(electronicFormatIBAN(bad) ?? '')) return;
    push('negative:iban-invalid', fill(pick(C.IBAN, j + 3), { v: bad }), [], `${P.IBAN_FILE}; an invalid IBAN the test rejects`);
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
function recognizerPhones() {
  let i = 0;
  for (const { region, values } of P.PHONES) {
    for (const value of values) {
      if (!validIn(value, region)) {
        console.warn(`left out (libphonenumber: not valid in ${region}): ${value}`);
        continue;
      }
      const file = value === '(+31)12-3456789' ? P.RT_PHONE_DE_FILE : P.RT_PHONE_FILE;
      push(`phone:${region}`, fill(pick(C.PHONE, i++), { v: value }), [{ kind: 'phone', value }], `${file}; ${region} number as the spec writes it, valid per google-libphonenumber 3.2.47`, { sourced: true });
    }
  }
}

/** National layouts people type: libphonenumber's example numbers with the last four digits randomised. */
function nationalPhones() {
  const regions = ['AR', 'CL', 'CO', 'PE', 'EC', 'UY', 'ZA', 'EG', 'KE', 'NG', 'GH', 'TZ', 'DZ', 'TN', 'SA', 'AE', 'IL', 'TR', 'GR', 'PL', 'CZ', 'HU', 'UA', 'KZ', 'VN', 'TH', 'MY', 'ID', 'PH', 'IN', 'PK', 'BD', 'LK', 'JP', 'KR', 'TW', 'HK', 'AU', 'NZ', 'MX', 'CA', 'IE', 'PT', 'ES', 'IT', 'SE', 'NO', 'FI', 'DK', 'AT', 'CH', 'BE'];
  const layouts: [string, (national: string) => string][] = [
    ['national format', (s) => s],
    ['national digits only', (s) => s.replace(/[^\d]/g, '')],
    ['dots as separators', (s) => s.replace(/[()]/g, '').trim().replace(/[\s-]+/g, '.')],
    ['dashes as separators', (s) => s.replace(/[()]/g, '').trim().replace(/\s+/g, '-')],
    ['first group then the rest run together', (s) => { const [first, ...rest] = s.replace(/[()-]/g, ' ').trim().split(/\s+/); return rest.length ? `${first} ${rest.join('')}` : s; }],
    ['first group in brackets', (s) => { const [first, ...rest] = s.replace(/[()-]/g, ' ').trim().split(/\s+/); return rest.length ? `(${first}) ${rest.join(' ')}` : s; }],
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
      const laid = layout(national);
      const v = validIn(laid, region) ? laid : national;
      const how = v === laid ? layoutName : 'national format (the layout did not parse)';
      push(`phone:national-${region}`, fill(pick(C.PHONE, r + 3), { v }), [{ kind: 'phone', value: v }], `generated: google-libphonenumber 3.2.47 example ${type === T.MOBILE ? 'mobile' : 'fixed-line'} number for ${region} with the last four digits randomised (node:crypto), valid for ${region}; ${how}`);
      return;
    }
  });
}

/** Maintainers' addresses in package metadata (author, maintainers, contributors) of installed packages. */
function emails() {
  const dirs = readdirSync(join(root, 'node_modules')).flatMap((d) => (d.startsWith('@') ? readdirSync(join(root, 'node_modules', d)).map((s) => `${d}/${s}`) : [d])).sort();
  type Person = string | { name?: string; email?: string };
  const seen = new Set<string>();
  let i = 0;
  for (const p of dirs) {
    if ((counters.get('email:maintainer') ?? 0) >= 18) break;
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
  P.EMAILS.forEach((e, j) => {
    push('email:test', fill(pick(C.EMAIL_TEST, j), { text: e.text }), [{ kind: 'email', value: e.value }], `${e.from}; valid in the test`, { sourced: true });
  });
  P.EMAIL_NEGATIVES.forEach((e, j) => {
    push('negative:email', fill(pick(C.EMAIL_TEST, j + 3), { text: e.text }), [], `${e.from}; ${e.text.includes('example.com') ? 'documentation domain (kept by the doc)' : 'invalid in the test'}`);
  });
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
  P.IPS.forEach((ip, i) => push('ip_address:recognizers', i % 2 ? `helpdesk ticket 4471: ${ip.text}` : ip.text, [{ kind: 'ip_address', value: ip.value }], `${P.RT_IP_FILE}; a public or global address (a CIDR suffix outside the value)`, { sourced: true }));
  P.IP_NEGATIVES.forEach((t) => push('negative:ip', t, [], `${P.RT_IP_FILE}; ${/wrong|not 256/.test(t) ? 'invalid in the spec' : 'unspecified, broadcast or loopback address (kept by the doc)'}`));
  const prefixes = ['2a03', '2a05', '2604', '2607', '2404', '2800', '2c0f', '2001:67c'];
  for (let i = 0; i < 16; i++) {
    let v: string;
    let how: string;
    if (i % 4 === 2) {
      const p = pick(prefixes, i);
      const groups = Array.from({ length: 8 - p.split(':').length }, () => randomInt(0x10000).toString(16));
      v = i % 8 === 2 ? `${p}:${groups[0]}:${groups[1]}::${groups[2]}` : [p, ...groups].join(':');
      how = `generated global unicast IPv6 (node:crypto)${v.includes('::') ? ', zero run compressed' : ''}`;
    } else if (i % 5 === 4) {
      v = `172.${randomInt(16, 32)}.${randomInt(256)}.${randomInt(2, 255)}`;
      how = 'generated private IPv4 (node:crypto; the doc redacts private ranges at strict)';
    } else {
      v = publicIpv4();
      how = 'generated public IPv4 (node:crypto)';
    }
    push('ip_address:generated', fill(pick(C.IP, i), { v }), [{ kind: 'ip_address', value: v }], how);
  }
}

function jwts() {
  const b64url = (s: string | Buffer) => Buffer.from(s).toString('base64url');
  const algs: [string, number][] = [['HS256', 32], ['RS256', 256], ['ES256', 64], ['PS512', 512], ['HS512', 64], ['EdDSA', 64], ['RS384', 384]];
  for (let i = 0; i < 16; i++) {
    const [alg, sigLen] = pick(algs, i);
    const header = { ...(i % 3 === 0 ? { kid: faker.string.alphanumeric(20) } : {}), alg, ...(i % 2 ? { typ: 'JWT' } : {}) };
    const claims = {
      sub: i % 2 ? faker.string.uuid() : String(faker.number.int({ min: 1e5, max: 9e9 })),
      iss: faker.helpers.arrayElement(['https://login.microsoftonline.com/3c1a2b4d-7e8f-4a9b-8c7d-6e5f4a3b2c1d/v2.0', 'https://securetoken.google.com/acme-prod', 'supabase', 'https://auth.internal/realms/staff']),
      iat: faker.number.int({ min: 1.76e9, max: 1.8e9 }),
      exp: faker.number.int({ min: 1.8e9, max: 1.9e9 }),
      ...(i % 3 === 1 ? { role: 'authenticated', aal: 'aal1' } : { scp: ['User.Read'], tid: faker.string.uuid() }),
    };
    const v = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}.${b64url(randomBytes(sigLen))}`;
    push('jwt', fill(pick(C.JWT, i), { v }), [{ kind: 'jwt', value: v }], `generated (RFC 7519 layout, ${alg}, random signature of its length)`);
  }
}

function privateKeys() {
  const tmp = mkdtempSync(join(tmpdir(), 'r7keys-'));
  const ssh = (args: string[], i: number) => {
    const file = join(tmp, `k${i}`);
    execFileSync('ssh-keygen', ['-q', ...args, '-f', file]);
    return { priv: readFileSync(file, 'utf8'), pub: readFileSync(`${file}.pub`, 'utf8') };
  };
  const pem = (k: KeyObject, o: KeyExportOptions & { format: 'pem' }) => k.export(o).toString();
  const makers: [string, (i: number) => string][] = [
    ['RSA-4096 PKCS#8', () => pem(generateKeyPairSync('rsa', { modulusLength: 4096 }).privateKey, { type: 'pkcs8', format: 'pem' })],
    ['EC P-384 SEC1', () => pem(generateKeyPairSync('ec', { namedCurve: 'P-384' }).privateKey, { type: 'sec1', format: 'pem' })],
    ['EC brainpoolP384r1 PKCS#8', () => pem(generateKeyPairSync('ec', { namedCurve: 'brainpoolP384r1' }).privateKey, { type: 'pkcs8', format: 'pem' })],
    ['PKCS#8 encrypted (AES-256-CBC) RSA-2048', () => pem(generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey, { type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'round seven' })],
    ['OpenSSH ECDSA P-384 (ssh-keygen)', (i) => ssh(['-t', 'ecdsa', '-b', '384', '-N', '', '-C', ''], i).priv],
    ['OpenSSH Ed25519 with a comment (ssh-keygen)', (i) => ssh(['-t', 'ed25519', '-N', '', '-C', 'deploy@ci-runner-07'], i).priv],
    ['RSA-2048 PKCS#1 with CRLF line endings', () => pem(generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey, { type: 'pkcs1', format: 'pem' }).replace(/\n/g, '\r\n')],
    ['Ed25519 PKCS#8', () => pem(generateKeyPairSync('ed25519').privateKey, { type: 'pkcs8', format: 'pem' })],
  ];
  for (let i = 0; i < 16; i++) {
    const [name, make] = pick(makers, i);
    const key = make(i).trim();
    if (i % 8 === 7) {
      // Quoted in an e-mail reply: every line of the key starts with "> ".
      const v = key.split('\n').join('\n> ');
      push('private_key', `On Mon, Nov 30, 2026, ops wrote:\n> here is the key for the new box\n>\n> ${v}\n>\n> delete this mail after use`, [{ kind: 'private_key', value: v }], `generated (${name}), quoted line by line in an e-mail reply`);
    } else if (i % 8 === 3) {
      const v = JSON.stringify(key).slice(1, -1);
      push('private_key', `{"type": "service_account", "private_key_id": "${hex(40)}", "private_key": "${v}"}`, [{ kind: 'private_key', value: v }], `generated (${name}), JSON-escaped (\\n) in a credentials file`);
    } else {
      push('private_key', fill(pick(C.PRIVATE_KEY, i), { v: key }), [{ kind: 'private_key', value: key }], `generated (${name})`);
    }
  }
  // Public material that looks like keys: negatives.
  const cert = join(tmp, 'cert.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', join(tmp, 'cert.key'), '-out', cert, '-days', '30', '-subj', '/CN=build.internal'], { stdio: 'ignore' });
  push('negative:public-key', `the server certificate, in case you need to pin it:\n${readFileSync(cert, 'utf8').trim()}`, [], 'generated (self-signed X.509 certificate, openssl req; public)');
  const spki = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }).toString().trim();
  push('negative:public-key', `JWKS is down, so here is the Ed25519 public key to verify with:\n${spki}`, [], 'generated (Ed25519 SPKI public key, node:crypto)');
  const pub = ssh(['-t', 'ecdsa', '-b', '256', '-N', '', '-C', ''], 99).pub.trim();
  push('negative:public-key', `known_hosts line for the new bastion:\nbastion.internal ${pub}`, [], 'generated (OpenSSH ECDSA public key, ssh-keygen)');
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
    // Every third address also in a second wording: block addresses flattened onto one line with commas, one-line
    // addresses with a comma split into lines (as people retype them).
    if (i % 3 === 1) {
      if (multiline) {
        const flat = a.text.replace(/,?\s*\n\s*/g, ', ');
        const value = a.value.replace(/,?\s*\n\s*/g, ', ');
        push(`postal_address:${a.cc}`, fill(pick(C.ADDRESS_LINE, line++), { text: flat }), [{ kind: 'postal_address', value }], `${a.from}; lines joined with commas here`, { sourced: !invented });
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

function realNegatives() {
  const packages = ['jws', 'jwa', 'ecdsa-sig-formatter', 'registry-auth-token', 'ip-address', 'entities', 'domutils', 'diff', 'flatted', 'fs-extra', 'keyv', 'safe-stable-stringify', 'tmp', 'proxy-agent', 'pac-resolver', 'whatwg-encoding', 'configstore', 'lodash.merge', 'boxen', 'update-notifier', 'http-proxy-agent', 'get-uri', 'dot-prop', 'ansi-align'];
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
  for (const p of packages) {
    const meta = JSON.parse(readFileSync(join(root, 'node_modules', p, 'package.json'), 'utf8')) as { license?: string };
    if (!['MIT', 'ISC', 'Apache-2.0', 'BSD-2-Clause', 'BSD-3-Clause'].includes(meta.license ?? '')) throw new Error(`${p}: licence ${meta.license}`);
    walk(join(root, 'node_modules', p), 0);
  }
  files.sort();
  let made = 0;
  for (let tries = 0; made < 60 && tries < 8000; tries++) {
    const file = faker.helpers.arrayElement(files);
    const lines = readFileSync(file, 'utf8').split('\n');
    if (lines.length < 12) continue;
    const at = faker.number.int({ min: 0, max: lines.length - 12 });
    const text = lines.slice(at, at + 12).join('\n');
    if (text.length > 2500 || text.trim().length < 80) continue;
    if (EMAILISH.test(text) || IPV4ISH.test(text) || SECRETISH.test(text) || PHONEISH.test(text)) continue;
    const rel = file.slice(root.length + 1);
    const pkg = rel.split('/')[1]!;
    // At most three windows of one package, so a large package does not fill the share.
    if ((counters.get(`negative:${pkg}`) ?? 0) >= 3) continue;
    const licence = (JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')) as { license?: string }).license;
    push(`negative:${pkg}`, text, [], `${rel} lines ${at + 1}-${at + 12} (real file of a ${licence} package)`);
    made++;
  }
  for (const w of LOCKFILE_WINDOWS) push('negative:lockfile', w.text, [], `${w.from}; a window of a real lockfile`);
  C.LOOKALIKES.forEach((t) => push('negative:lookalike', t, [], 'invented look-alike written for round 7 (versions, hashes, ids, placeholders, prose about secrets)'));
}

faker.seed(20261207);
scannerVectors();
apiKeys();
passwords();
secrets();
cards();
ibans();
recognizerPhones();
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
