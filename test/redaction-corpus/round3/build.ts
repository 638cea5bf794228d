// Builds round 3's fresh dev/untouched split (round3/dev.jsonl, round3/untouched.jsonl) from material the rules
// were not written against: addresses written by people (address parsers' test data: three npm packages installed
// as devDependencies, and values read from libpostal's and iLib's test files, typed into sources/addresses.ts with
// their commits), sandbox cards published by providers round 2 did not use (sources/cards.ts, with URLs), provider
// keys of providers round 2 did not have and passwords in 57 documented configuration forms (sources/keys.ts,
// contexts.ts), other kinds in new wordings, and as negatives real files of MIT packages round 2 did not sample.
// Run: npx tsx test/redaction-corpus/round3/build.ts. The split was committed before any rule was tuned on it.
//
// Split: about 45% of each kind goes to untouched, interleaved over its strata (country, provider, issuer);
// context templates and password forms are assigned whole to one split; near-duplicate addresses (same street
// and number written differently) always land in the same split.
import { execFileSync } from 'node:child_process';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { faker, type Faker } from '@faker-js/faker';
import { isValidPhoneNumber, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { isValidIBAN, electronicFormatIBAN } from 'ibantools';
import { fakerFor } from '../split/places';
import { luhn } from '../split/published';
import * as C from './contexts';
import { ADDRESS_SOURCES } from './sources/addresses';
import { PUBLISHED_CARDS } from './sources/cards';
import { GENERIC_FORMATS, KEY_FORMATS, humanPassword } from './sources/keys';

type Kind = 'api_key' | 'private_key' | 'jwt' | 'password' | 'secret' | 'email' | 'phone' | 'payment_card' | 'iban' | 'ip_address' | 'postal_address';
interface Item {
  id: string;
  text: string;
  expected: { kind: Kind; value: string }[];
  stratum: string;
  template: string;
  source: string;
  split?: 'dev' | 'untouched';
}

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '../../..');
const UNTOUCHED_SHARE = 0.45;
const hash = (s: string) => createHash('sha256').update(s).digest().readUInt32BE(0) / 2 ** 32;

function templateSplit(group: string, t: string, all: string[]): 'dev' | 'untouched' {
  const rank = [...all].sort((a, b) => hash(`r3\u0000${group}\u0000${a}`) - hash(`r3\u0000${group}\u0000${b}`)).indexOf(t);
  const share = all.length < 2 ? 0 : Math.max(1, Math.round(all.length * UNTOUCHED_SHARE));
  return rank < share ? 'untouched' : 'dev';
}

const items: Item[] = [];
const counters = new Map<string, number>();
const next = (key: string) => {
  const n = counters.get(key) ?? 0;
  counters.set(key, n + 1);
  return n;
};
/** Per kind, item k goes untouched when floor((k+1)·0.45) steps up: 45% of each kind, spread over its strata. */
const wantFor = (kind: string) => {
  const k = next(`kind:${kind}`);
  return Math.floor((k + 1) * UNTOUCHED_SHARE) > Math.floor(k * UNTOUCHED_SHARE) ? 'untouched' : 'dev';
};
const familySplit = new Map<string, 'dev' | 'untouched'>();

/** One value to plant: its stratum and group, the templates it may go into, what it is and where it came from. */
interface Planted {
  stratum: string;
  group: string;
  templates: string[];
  value: string;
  kind: Kind;
  source: string;
  fill?: Record<string, string>;
  family?: string;
  raw?: string;
}

function add(f: Faker, o: Planted) {
  const want: 'dev' | 'untouched' = o.family && familySplit.has(o.family) ? familySplit.get(o.family)! : wantFor(o.kind);
  if (o.family) familySplit.set(o.family, want);
  let pool = o.templates.filter((t) => templateSplit(o.group, t, o.templates) === want);
  if (pool.length === 0) pool = o.templates;
  const template = o.raw ?? f.helpers.arrayElement(pool);
  const fill = o.fill ?? {};
  const name = fill.name ?? f.person.fullName();
  const text = template.replace(/\{(\w+)\}/g, (_, k: string) => (k === 'v' ? o.value : k === 'name' ? name : fill[k] ?? `{${k}}`));
  // A template that shows the value twice (`<a href="tel:{v}">{v}</a>`) expects it twice.
  const times = Math.max(1, (template.match(/\{v\}/g) ?? []).length);
  items.push({
    id: `${o.stratum}:${next(o.stratum)}`, text, expected: Array.from({ length: times }, () => ({ kind: o.kind, value: o.value })), stratum: o.stratum,
    template: o.raw !== undefined ? `${o.group}:raw` : `${o.group}:${o.templates.indexOf(template)}`, source: o.source, split: want,
  });
}

/** Same street and house number written another way: one family, one split. */
const addressFamily = (v: string) => v.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]/gu, '').slice(0, 14);

function sourcedAddresses() {
  const f = faker;
  for (const source of ADDRESS_SOURCES) {
    for (const [i, item] of source.items.entries()) {
      const value = item.value ?? item.text;
      // A third of the items are the source's own text (venue and country included), the rest sit in a sentence.
      const raw = i % 3 === 0 ? item.text : undefined;
      add(f, { stratum: `postal_address:${item.cc}`, group: 'address', templates: C.ADDRESS, value: raw ? value : value, kind: 'postal_address', source: source.from, family: addressFamily(value), raw });
    }
  }
}

/** Address parsers' own test inputs, read from the npm packages (written by their authors, US and AU). */
function npmAddresses() {
  const f = faker;
  const read = (p: string) => readFileSync(join(root, 'node_modules', p), 'utf8');
  const sets: { pkg: string; cc: string; values: string[] }[] = [
    { pkg: 'parse-address@1.1.2 test.js (ISC)', cc: 'US', values: [...read('parse-address/test.js').matchAll(/^ {2}'([^'\n]+)': \{/gm)].map((m) => m[1]!) },
    { pkg: 'addresser@1.1.22 test/test.js (MIT)', cc: 'US', values: [...read('addresser/test/test.js').matchAll(/parseAddress\("([^"\n]+)"\)/g)].map((m) => m[1]!) },
    { pkg: 'addressit@1.8.2 test/locale-en-US.js (MIT)', cc: 'US', values: [...read('addressit/test/locale-en-US.js').matchAll(/^test\('([^'\n]+)'/gm)].map((m) => m[1]!) },
    { pkg: 'addressit@1.8.2 test/locale-en-AU.js (MIT)', cc: 'AU', values: [...read('addressit/test/locale-en-AU.js').matchAll(/^test\('([^'\n]+)'/gm)].map((m) => m[1]!) },
  ];
  for (const set of sets) {
    const seen = new Set<string>();
    for (const raw of set.values) {
      const value = raw.replace(/\\n/g, '\n').replace(/[ \t]+/g, ' ').trim();
      // An address starts at its house number or box; a bare town, an intersection or a partial line is not one.
      if (!/^(?:\d|p\.?\s?o\.?\s?(?:box|drawer)\b)/i.test(value) || value.length < 12) continue;
      const family = addressFamily(value);
      if (seen.has(family) || seen.size >= 35) continue;
      seen.add(family);
      const i = seen.size;
      add(f, { stratum: `postal_address:${set.cc}:npm`, group: 'address', templates: C.ADDRESS, value, kind: 'postal_address', source: `npm ${set.pkg}`, family, raw: i % 4 === 0 ? value : undefined });
    }
  }
}

function cards() {
  const f = faker;
  for (const { issuer, number, from } of PUBLISHED_CARDS) {
    if (!luhn(number.replace(/\D/g, ''))) {
      console.warn(`skipped published card ${number} (${from}): fails Luhn`);
      continue;
    }
    add(f, { stratum: `payment_card:${issuer}`, group: 'card', templates: C.CARD, value: number, kind: 'payment_card', source: from });
  }
}

function keys() {
  const f = faker;
  for (const format of KEY_FORMATS) {
    for (let i = 0; i < 4; i++) add(f, { stratum: `api_key:${format.id}`, group: 'provider', templates: C.PROVIDER, value: format.make(f), kind: 'api_key', source: `invented in the documented shape: ${format.doc}`, fill: { key: format.name } });
  }
  for (const format of GENERIC_FORMATS) {
    for (let i = 0; i < 4; i++) add(f, { stratum: `secret:${format.id}`, group: 'generic', templates: C.GENERIC, value: format.make(f), kind: 'secret', source: `invented: ${format.doc}`, fill: { key: format.name } });
  }
}

function passwords() {
  const f = faker;
  const forms = C.PASSWORD.map((p) => p.t);
  for (const [i, { t, doc }] of C.PASSWORD.entries()) {
    const split = templateSplit('password', t, forms);
    for (let j = 0; j < 3; j++) {
      let pw = humanPassword(f);
      // A password the form's own syntax would end (a quote, a space in an unquoted value) is not what people write there.
      while (/['"\\]/.test(pw) || (/\s/.test(pw))) pw = humanPassword(f);
      items.push({ id: `password:${i}:${j}`, text: t.replace('{v}', pw), expected: [{ kind: 'password', value: pw }], stratum: `password:${i}`, template: `password:${i}`, source: `invented password in a documented form: ${doc}`, split });
    }
  }
}

function b64url(s: string) {
  return Buffer.from(s).toString('base64url');
}

function tokensAndKeys() {
  const f = faker;
  for (let i = 0; i < 24; i++) {
    const header = b64url(JSON.stringify(f.helpers.arrayElement([{ alg: 'RS256', kid: f.string.alphanumeric(8) }, { alg: 'ES256', typ: 'JWT' }, { typ: 'JWT', alg: 'HS512' }])));
    const payload = b64url(JSON.stringify({ sub: f.string.uuid(), email: f.internet.email(), iat: 1700000000 + i * 997, scope: 'read write' }));
    const sig = f.string.fromCharacters('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', f.helpers.arrayElement([43, 86, 342]));
    add(f, { stratum: 'jwt', group: 'jwt', templates: C.JWT, value: `${header}.${payload}.${sig}`, kind: 'jwt', source: 'RFC 7519 compact JWT (random claims and signature)' });
  }
  const dir = mkdtempSync(join(tmpdir(), 'r3keys-'));
  try {
    for (let i = 0; i < 12; i++) {
      let pem: string;
      let source: string;
      if (i % 3 === 0) {
        const file = join(dir, `k${i}`);
        execFileSync('ssh-keygen', ['-q', '-t', i % 2 ? 'rsa' : 'ed25519', '-N', '', '-C', '', '-f', file]);
        pem = readFileSync(file, 'utf8').trim();
        source = 'ssh-keygen (fresh OpenSSH key)';
      } else {
        const kind = i % 3 === 1 ? 'ec' : 'rsa';
        const { privateKey } = kind === 'ec' ? generateKeyPairSync('ec', { namedCurve: 'P-384' }) : generateKeyPairSync('rsa', { modulusLength: 1024 });
        pem = privateKey.export({ type: i % 2 ? 'pkcs8' : kind === 'ec' ? 'sec1' : 'pkcs1', format: 'pem' }).toString().trim();
        source = 'node:crypto generateKeyPairSync (fresh key)';
      }
      add(f, { stratum: 'private_key', group: 'pem', templates: C.PRIVATE_KEY, value: pem, kind: 'private_key', source });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function contact() {
  const phoneLocales: [string, CountryCode][] = [
    ['de_AT', 'AT'], ['de_CH', 'CH'], ['fr_CH', 'CH'], ['fr_BE', 'BE'], ['nl_BE', 'BE'], ['en_AU', 'AU'], ['en_CA', 'CA'], ['en_IE', 'IE'], ['en_ZA', 'ZA'],
    ['en_NG', 'NG'], ['en_GH', 'GH'], ['es_MX', 'MX'], ['pt_PT', 'PT'], ['cs_CZ', 'CZ'], ['sk', 'SK'], ['hu', 'HU'], ['ro', 'RO'], ['uk', 'UA'], ['he', 'IL'],
    ['ko', 'KR'], ['zh_CN', 'CN'], ['zh_TW', 'TW'], ['vi', 'VN'], ['th', 'TH'], ['id_ID', 'ID'], ['tr', 'TR'], ['el', 'GR'], ['hr', 'HR'], ['lv', 'LV'],
    ['nb_NO', 'NO'], ['sv', 'SE'], ['da', 'DK'], ['fi', 'FI'], ['ar', 'SA'], ['fa', 'IR'], ['ka_GE', 'GE'], ['en_IN', 'IN'], ['en_HK', 'HK'],
  ];
  for (const [locale, cc] of phoneLocales) {
    const lf = fakerFor(locale);
    let kept = 0;
    for (let tries = 0; tries < 60 && kept < 3; tries++) {
      const number = lf.phone.number({ style: tries % 2 ? 'international' : 'national' });
      if (!isValidPhoneNumber(number, cc)) continue;
      const parsed = parsePhoneNumberFromString(number, cc);
      const written = kept === 2 && parsed ? parsed.formatInternational() : number;
      kept++;
      add(lf, { stratum: `phone:${cc}`, group: 'phone', templates: C.PHONE, value: written, kind: 'phone', source: `faker ${locale} phone formats, valid per libphonenumber-js` });
    }
  }
  for (const locale of ['de_AT', 'fr_CH', 'nl_BE', 'en_AU', 'pt_PT', 'cs_CZ', 'hu', 'ro', 'uk', 'ko', 'zh_CN', 'vi', 'th', 'id_ID', 'el', 'fi', 'da', 'nb_NO']) {
    const lf = fakerFor(locale);
    for (let i = 0; i < 3; i++) add(lf, { stratum: `email:${locale}`, group: 'email', templates: C.EMAIL, value: lf.internet.email(), kind: 'email', source: `faker ${locale} internet.email` });
  }
  const f = faker;
  const ibanCountries = ['AT', 'BE', 'BG', 'CH', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GB', 'GR', 'HR', 'HU', 'IE', 'IS', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'NO', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK', 'TR', 'SA', 'AE', 'BR', 'IL'];
  for (const [i, cc] of ibanCountries.entries()) {
    let iban: string;
    try {
      iban = f.finance.iban({ countryCode: cc, formatted: i % 2 === 0 });
    } catch {
      continue;
    }
    if (!isValidIBAN(electronicFormatIBAN(iban) ?? '')) continue;
    add(f, { stratum: `iban:${cc}`, group: 'iban', templates: C.IBAN, value: i % 5 === 3 ? iban.toLowerCase() : iban, kind: 'iban', source: 'faker finance.iban, valid per ibantools' });
  }
  for (let i = 0; i < 36; i++) {
    const v6 = i % 4 === 3;
    let ip = v6 ? f.internet.ipv6() : f.internet.ipv4();
    while (!v6 && (/^(?:127|0|255|192\.0\.2|198\.51\.100|203\.0\.113)\./.test(ip) || /^\d\.\d\.\d\.\d$/.test(ip))) ip = f.internet.ipv4();
    add(f, { stratum: v6 ? 'ip_address:v6' : 'ip_address:v4', group: 'ip', templates: C.IP, value: ip, kind: 'ip_address', source: 'faker internet.ipv4/ipv6' });
  }
}

/** 12-line windows of real files (code and docs) of MIT packages round 2 did not sample. */
function realNegatives() {
  const packages = ['eslint', 'zod', '@typescript-eslint/eslint-plugin', 'eslint-plugin-import-x', 'xml2js', 'ajv', '@eslint/eslintrc', 'undici', 'css-tree', 'parse5', 'cheerio', 'pino', 'htmlparser2', 'async', 'js-yaml', 'comment-parser', 'common-tags', 'bluebird', 'ast-types', 'yargs', 'acorn'];
  const f = faker;
  const files: string[] = [];
  const walk = (dir: string, depth: number) => {
    for (const entry of readdirSync(dir)) {
      if (entry === 'node_modules' || entry.startsWith('.')) continue;
      const path = join(dir, entry);
      const st = statSync(path);
      if (st.isDirectory() && depth < 4) walk(path, depth + 1);
      else if (/\.(?:m?js|cjs|d\.ts|ts|md|json|ya?ml)$/.test(entry) && st.size < 400_000 && st.size > 500) files.push(path);
    }
  };
  for (const p of packages) {
    const dir = join(root, 'node_modules', p);
    try {
      const meta = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { license?: string };
      if (meta.license !== 'MIT') continue;
      walk(dir, 0);
    } catch {
      /* not installed */
    }
  }
  files.sort();
  const EMAILISH = /[\w.+-]+@[\w-]+\.[\w.-]+/;
  let made = 0;
  for (let tries = 0; made < 240 && tries < 6000; tries++) {
    const file = f.helpers.arrayElement(files);
    const lines = readFileSync(file, 'utf8').split('\n');
    if (lines.length < 12) continue;
    const at = f.number.int({ min: 0, max: lines.length - 12 });
    const text = lines.slice(at, at + 12).join('\n');
    if (text.length > 2500 || text.trim().length < 80 || EMAILISH.test(text)) continue;
    const rel = file.slice(root.length + 1);
    const stratum = `negative:${rel.split('/').slice(0, rel.startsWith('node_modules/@') ? 3 : 2).join('/')}`;
    items.push({ id: `${stratum}:${next(stratum)}`, text, expected: [], stratum, template: stratum, source: `${rel} lines ${at + 1}-${at + 12} (MIT)`, split: hash(`r3${stratum}${made}`) < UNTOUCHED_SHARE ? 'untouched' : 'dev' });
    made++;
  }
}

/** Look-alikes written for this round: numbers and words that are not personal data. */
function inventedNegatives() {
  const list = [
    'Take Route 66 west, then exit 12 toward the airport.', 'See section 4.2.1.3 of the spec.', 'Apollo 11 landed in 1969.', 'The Boeing 747-400 has 416 seats.',
    'Chapter 5, page 212, paragraph 3.', 'ISBN 978-3-16-148410-0', 'RFC 7519 defines JWTs; RFC 6749 OAuth 2.0.', 'Open 9:00-17:30, Mon-Fri.', 'MAC 00:1A:2B:3C:4D:5E',
    'sha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', 'resources:\n  limits:\n    cpu: 500m\n    memory: 256Mi', 'listen 0.0.0.0:8080',
    'Building 5, Floor 3 is closed for maintenance.', 'Suite No. 2 in B minor, BWV 1067', 'The 405 freeway was jammed again.', 'Platform 9 3/4', '1600 pixels wide, 900 tall',
    'Order #100234 shipped in 3 boxes.', 'Tracking: 1Z999AA10123456784', 'Flight LH 400 departs 13:05 from gate B44.', 'password_hash = bcrypt.hashpw(pw, bcrypt.gensalt())',
    'if (password.length < 12) throw new Error("too short")', 'const token = await getAccessToken(client);', 'api_key = os.getenv("OPENAI_API_KEY")', 'secret: ${{ secrets.DEPLOY_KEY }}',
    'PASSWORD_MIN_LENGTH=12', 'Use a password manager; never reuse passwords.', 'export DB_PASSWORD=$(vault kv get -field=pw secret/db)', 'auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS }',
    'Main Street Capital reported Q3 results.', 'Our main street shop is open.', 'Avenue Q is a musical.', '10 Downing Street is a famous address.', 'Park Avenue style pizza',
    'Version 2.14.3 fixes CVE-2024-3094.', 'chrome 120.0.6099.109', 'lat 48.8584, lon 2.2945', 'Total: 4 242,42 €', 'ZIP files over 4 GB need zip64.',
    '"port": 5432, "host": "localhost"', 'Error 0x80070005: access denied', 'uuid: 3f2504e0-4f89-11d3-9a0c-0305e82c3301', '#ff8800 and #00ffaa', 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  ];
  for (const [i, text] of list.entries()) {
    const stratum = `negative:look-alike-r3:${i % 12}`;
    items.push({ id: `${stratum}:${next(stratum)}`, text, expected: [], stratum, template: stratum, source: 'invented look-alike (round 3)', split: hash(`r3look${i}`) < UNTOUCHED_SHARE ? 'untouched' : 'dev' });
  }
}

faker.seed(20261129);
// Locale fakers are separate instances: seed each, or phones and e-mails change on every run.
const allLocales = ['de_AT', 'de_CH', 'fr_CH', 'fr_BE', 'nl_BE', 'en_AU', 'en_CA', 'en_IE', 'en_ZA', 'en_NG', 'en_GH', 'es_MX', 'pt_PT', 'cs_CZ', 'sk', 'hu', 'ro', 'uk', 'he', 'ko', 'zh_CN', 'zh_TW', 'vi', 'th', 'id_ID', 'tr', 'el', 'hr', 'lv', 'nb_NO', 'sv', 'da', 'fi', 'ar', 'fa', 'ka_GE', 'en_IN', 'en_HK'];
for (const locale of allLocales) fakerFor(locale).seed(Math.floor(hash(`r3${locale}`) * 1e9));
sourcedAddresses();
npmAddresses();
cards();
keys();
passwords();
tokensAndKeys();
contact();
realNegatives();
inventedNegatives();

const out = { dev: [] as Item[], untouched: [] as Item[] };
for (const { split, ...item } of items) out[split!].push(item);
// Round 4 retired this split's untouched half into dev (its file is round3-untouched.jsonl; see README.md).
for (const [name, list] of Object.entries(out)) {
  writeFileSync(join(here, `${name === 'untouched' ? 'round3-untouched' : name}.jsonl`), list.map((item) => JSON.stringify(item)).join('\n') + '\n');
  const kinds = new Map<string, number>();
  for (const item of list) for (const e of item.expected.length ? item.expected : [{ kind: 'negative' }]) kinds.set(e.kind, (kinds.get(e.kind) ?? 0) + 1);
  console.log(name, list.length, Object.fromEntries([...kinds].sort()));
}
