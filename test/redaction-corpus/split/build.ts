// Builds the dev/untouched split of the redaction corpus (split/dev.jsonl, split/untouched.jsonl) from npm packages
// installed as devDependencies and values written here after public format documents — it reads nothing else.
// Run: npx tsx test/redaction-corpus/split/build.ts. The split was written and committed before any tuning.
//
// Split: every (kind, country/provider) stratum sends about 45% of its items to untouched, and whole context
// templates are assigned to one split, so untouched also holds wordings never seen in tuning.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { faker, type Faker } from '@faker-js/faker';
import { isValidPhoneNumber } from 'libphonenumber-js/max';
import * as C from './contexts';
import { PUBLISHED_CARDS, REGISTRY_IBANS, mod97Valid, luhn, lookAlikes } from './published';
import { address, COUNTRIES, examplePhones, fakerFor } from './places';
import { GENERIC_SECRETS, PROVIDER_KEYS, jwt, password, privateKey } from './secrets';

type Kind = 'api_key' | 'private_key' | 'jwt' | 'password' | 'secret' | 'email' | 'phone' | 'payment_card' | 'iban' | 'ip_address' | 'postal_address';
interface Item {
  id: string;
  text: string;
  expected: { kind: Kind; value: string }[];
  stratum: string;
  template: string;
  source: string;
}

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '../../..');
const UNTOUCHED_SHARE = 0.45;

const hash = (s: string) => createHash('sha256').update(s).digest().readUInt32BE(0) / 2 ** 32;
/**
 * A template's split is fixed by its text, so the same wording is never in both splits: in each group the
 * templates are ranked by hash and the first 45% (at least one, when there are two or more) are untouched.
 */
function templateSplit(group: string, t: string, all: string[]): 'dev' | 'untouched' {
  const rank = [...all].sort((a, b) => hash(`${group}\u0000${a}`) - hash(`${group}\u0000${b}`)).indexOf(t);
  const share = all.length < 2 ? 0 : Math.max(1, Math.round(all.length * UNTOUCHED_SHARE));
  return rank < share ? 'untouched' : 'dev';
}

const items: Item[] = [];
const counters = new Map<string, number>();

/** Adds one item: picks the split by stratum round-robin, then a template of that split. */
function add(
  f: Faker,
  stratum: string,
  group: string,
  templates: string[],
  value: string,
  kind: Kind,
  source: string,
  fill: Record<string, string> = {},
) {
  const n = counters.get(stratum) ?? 0;
  counters.set(stratum, n + 1);
  // Per kind, every item k goes untouched when floor((k+1)·0.45) steps up: exactly 45% of each kind, spread
  // evenly over its strata (countries, providers) since a stratum's items are added one after another.
  const k = counters.get(kind) ?? 0;
  counters.set(kind, k + 1);
  const want = Math.floor((k + 1) * UNTOUCHED_SHARE) > Math.floor(k * UNTOUCHED_SHARE) ? 'untouched' : 'dev';
  let pool = templates.filter((t) => templateSplit(group, t, templates) === want);
  if (pool.length === 0) pool = templates;
  const template = f.helpers.arrayElement(pool);
  const name = fill.name ?? f.person.fullName();
  const text = template.replace(/\{(\w+)\}/g, (_, k: string) => (k === 'v' ? value : k === 'name' ? name : fill[k] ?? `{${k}}`));
  items.push({ id: `${stratum}:${n}`, text, expected: [{ kind, value }], stratum, template: `${group}:${templates.indexOf(template)}`, source });
}

function addresses() {
  for (const country of COUNTRIES) {
    const f = fakerFor(country.locale);
    const templates = C.ADDRESS[country.lang] ?? C.ADDRESS.en!;
    for (let i = 0; i < 8; i++) {
      const both = i % 3 === 2 ? C.ADDRESS.en! : templates;
      add(f, `postal_address:${country.cc}`, `address:${both === templates ? country.lang : 'en'}`, both, address(country, f), 'postal_address', `faker ${country.locale} location data, UPU format of ${country.cc}`);
    }
  }
}

const LANG_OF: Record<string, string> = { DE: 'de', AT: 'de', CH: 'de', FR: 'fr', BE: 'fr', ES: 'es', MX: 'es', AR: 'es', CO: 'es', IT: 'it', PT: 'pt', BR: 'pt', NL: 'nl', PL: 'pl', RU: 'ru', JP: 'ja', CN: 'zh', KR: 'ko', SA: 'ar', AE: 'ar', EG: 'ar', TR: 'tr' };

function phones() {
  const f = faker;
  const all = examplePhones();
  const chosen = all.filter((p) => LANG_OF[p.cc] || ['US', 'GB', 'CA', 'AU', 'IN', 'IE', 'NZ', 'ZA', 'NG', 'KE', 'SE', 'NO', 'DK', 'FI', 'CZ', 'HU', 'GR', 'RO', 'UA', 'IL', 'SG', 'PH', 'ID', 'TH', 'VN', 'MY', 'PK', 'CL', 'PE'].includes(p.cc));
  for (const { cc, forms } of chosen) {
    const lang = LANG_OF[cc] ?? 'en';
    for (let i = 0; i < 4; i++) {
      const form = forms[i === 0 ? 0 : i === 1 ? 1 : f.number.int({ min: 0, max: forms.length - 1 })]!;
      add(f, `phone:${cc}`, `phone:${i === 3 ? 'en' : lang}`, C.PHONE[i === 3 ? 'en' : lang] ?? C.PHONE.en!, form, 'phone', 'libphonenumber-js examples.mobile.json');
    }
  }
  // faker's locale phone formats, kept where the number is valid in that country's plan (libphonenumber max).
  for (const [locale, cc] of [['de', 'DE'], ['fr', 'FR'], ['en_GB', 'GB'], ['it', 'IT'], ['es', 'ES'], ['nl', 'NL'], ['pl', 'PL'], ['pt_BR', 'BR'], ['en_US', 'US'], ['ja', 'JP']] as const) {
    const lf = fakerFor(locale);
    let kept = 0;
    for (let tries = 0; tries < 40 && kept < 3; tries++) {
      const number = lf.phone.number({ style: 'national' });
      if (!isValidPhoneNumber(number, cc)) continue;
      kept++;
      add(lf, `phone:${cc}:faker`, `phone:${LANG_OF[cc] ?? 'en'}`, C.PHONE[LANG_OF[cc] ?? 'en'] ?? C.PHONE.en!, number, 'phone', `faker ${locale} phone formats, valid per libphonenumber-js`);
    }
  }
}

function financial() {
  const f = faker;
  for (const [i, iban] of REGISTRY_IBANS.entries()) {
    if (!mod97Valid(iban)) {
      console.warn(`skipped registry IBAN ${iban}: fails mod 97 (mistyped here)`);
      continue;
    }
    const form = i % 3 === 0 ? iban : i % 3 === 1 ? iban.replace(/(.{4})(?!$)/g, '$1 ') : iban.toLowerCase().replace(/(.{4})(?!$)/g, '$1 ');
    add(f, `iban:${iban.slice(0, 2)}`, 'iban', C.IBAN, i % 5 === 4 ? iban.replace(/(.{4})(?!$)/g, '$1 ') : form, 'iban', 'SWIFT IBAN Registry example IBAN');
  }
  for (let i = 0; i < 60; i++) {
    const iban = f.finance.iban({ formatted: i % 2 === 0 });
    add(f, `iban:${iban.slice(0, 2)}:faker`, 'iban', C.IBAN, iban, 'iban', 'faker finance.iban');
  }
  for (const [issuer, number] of PUBLISHED_CARDS) {
    if (!luhn(number)) {
      console.warn(`skipped published card ${number}: fails Luhn (mistyped here)`);
      continue;
    }
    add(f, `payment_card:${issuer}`, 'card', C.CARD, groupCard(f, number), 'payment_card', 'payment providers\' published test card numbers');
  }
  for (const issuer of ['visa', 'mastercard', 'american_express', 'discover', 'jcb', 'diners_club', 'maestro'] as const) {
    for (let i = 0; i < 4; i++) {
      const number = f.finance.creditCardNumber(issuer).replace(/\D/g, '');
      if (!luhn(number)) continue;
      add(f, `payment_card:${issuer}:faker`, 'card', C.CARD, groupCard(f, number), 'payment_card', `faker finance.creditCardNumber(${issuer})`);
    }
  }
}

function groupCard(f: Faker, digits: string): string {
  const style = f.number.int({ min: 0, max: 2 });
  if (style === 0) return digits;
  const sep = style === 1 ? ' ' : '-';
  if (digits.length === 15) return `${digits.slice(0, 4)}${sep}${digits.slice(4, 10)}${sep}${digits.slice(10)}`;
  return digits.replace(/(\d{4})(?=\d)/g, `$1${sep}`);
}

function secrets() {
  const f = faker;
  for (const format of PROVIDER_KEYS) {
    for (let i = 0; i < 4; i++) add(f, `api_key:${format.id}`, 'provider', C.PROVIDER, format.make(f), 'api_key', format.doc, { key: format.name });
  }
  for (const format of GENERIC_SECRETS) {
    for (let i = 0; i < 5; i++) add(f, `secret:${format.id}`, 'generic', C.GENERIC, format.make(f), 'secret', format.doc, { key: format.name });
  }
  for (const [i, t] of C.PASSWORD.entries()) {
    for (let j = 0; j < 3; j++) {
      const pw = password(f);
      const n = counters.get('password') ?? 0;
      counters.set('password', n + 1);
      items.push({ id: `password:${n}`, text: t.replace('{v}', pw), expected: [{ kind: 'password', value: pw }], stratum: `password:${i}`, template: `password:${i}`, source: 'invented password in a documented configuration form' });
    }
  }
  for (let i = 0; i < 30; i++) add(f, 'jwt', 'jwt', C.JWT, jwt(f), 'jwt', 'RFC 7519 compact JWT, random signature');
  for (let i = 0; i < 15; i++) add(f, 'private_key', 'pem', C.PRIVATE_KEY, privateKey(f), 'private_key', 'node:crypto generateKeyPairSync (fresh key)');
}

function contactAndNetwork() {
  for (const locale of ['en_US', 'de', 'fr', 'es', 'it', 'pt_BR', 'nl', 'pl', 'ja', 'sv', 'tr', 'en_IN']) {
    const f = fakerFor(locale);
    for (let i = 0; i < 5; i++) add(f, `email:${locale}`, 'email', C.EMAIL, f.internet.email(), 'email', `faker ${locale} internet.email`);
  }
  const f = faker;
  for (let i = 0; i < 40; i++) {
    const v6 = i % 4 === 3;
    let ip = v6 ? f.internet.ipv6() : f.internet.ipv4();
    while (!v6 && (/^(?:127|0|255|10|192\.0\.2|198\.51\.100|203\.0\.113)\./.test(ip) || /^\d\.\d\.\d\.\d$/.test(ip))) ip = f.internet.ipv4();
    add(f, v6 ? 'ip_address:v6' : 'ip_address:v4', 'ip', C.IP, ip, 'ip_address', 'faker internet.ipv4/ipv6 (public ranges)');
  }
}

/** Real files of MIT packages under node_modules, in 12-line windows: code, docs, lockfiles hold no personal data. */
function realNegatives() {
  const packages = ['fflate', 'preact', 'vitest', 'vite', 'tsx', 'happy-dom', 'esbuild', 'chai', '@vitest/runner', '@vitest/expect', 'magic-string', 'picocolors', 'pathe', 'tinyglobby'];
  const f = faker;
  const files: string[] = [];
  const walk = (dir: string, depth: number) => {
    for (const entry of readdirSync(dir)) {
      if (entry === 'node_modules' || entry.startsWith('.')) continue;
      const path = join(dir, entry);
      const st = statSync(path);
      if (st.isDirectory() && depth < 4) walk(path, depth + 1);
      else if (/\.(?:m?js|d\.ts|ts|md|json)$/.test(entry) && st.size < 400_000 && st.size > 500) files.push(path);
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
  files.push(join(root, 'package-lock.json'), join(root, 'package-lock.json'), join(root, 'package-lock.json'));
  const EMAILISH = /[\w.+-]+@[\w-]+\.[\w.-]+/;
  let made = 0;
  for (let tries = 0; made < 260 && tries < 5000; tries++) {
    const file = f.helpers.arrayElement(files);
    const lines = readFileSync(file, 'utf8').split('\n');
    if (lines.length < 12) continue;
    const at = f.number.int({ min: 0, max: lines.length - 12 });
    const text = lines.slice(at, at + 12).join('\n');
    if (text.length > 2500 || text.trim().length < 80 || EMAILISH.test(text)) continue;
    const rel = file.slice(root.length + 1);
    const stratum = `negative:${rel.split('/').slice(0, rel.startsWith('node_modules/@') ? 3 : 2).join('/')}`;
    const n = counters.get(stratum) ?? 0;
    counters.set(stratum, n + 1);
    items.push({ id: `${stratum}:${n}`, text, expected: [], stratum, template: stratum, source: `${rel} lines ${at + 1}-${at + 12} (MIT)` });
    made++;
  }
}

function inventedNegatives() {
  for (const [i, text] of lookAlikes(faker).entries()) {
    const stratum = `negative:look-alike:${i % 20}`;
    const n = counters.get(stratum) ?? 0;
    counters.set(stratum, n + 1);
    items.push({ id: `${stratum}:${n}`, text, expected: [], stratum, template: stratum, source: 'invented look-alike (ids, versions, hashes, dates, placeholders, street words)' });
  }
}

faker.seed(20240613);
for (const c of COUNTRIES) fakerFor(c.locale).seed(hash(c.cc) * 1e9);
addresses();
phones();
financial();
secrets();
contactAndNetwork();
realNegatives();
inventedNegatives();

// Items whose template is fixed per stratum (passwords, negatives) are split round-robin inside the stratum.
const out = { dev: [] as Item[], untouched: [] as Item[] };
for (const item of items) {
  let split: 'dev' | 'untouched';
  if (item.stratum.startsWith('negative:') || item.stratum.startsWith('password:')) {
    // Passwords: whole forms go to one split, like templates elsewhere; negatives by item.
    split = item.stratum.startsWith('password:')
      ? templateSplit('password', C.PASSWORD[Number(item.stratum.split(':')[1])]!, C.PASSWORD)
      : hash(item.id) < UNTOUCHED_SHARE ? 'untouched' : 'dev';
  } else {
    const group = item.template.replace(/:\d+$/, '');
    split = templateSplit(group, templateText(item), templatesOf(group));
  }
  out[split].push(item);
}

function templatesOf(group: string): string[] {
  const table: Record<string, string[]> = {
    provider: C.PROVIDER, generic: C.GENERIC, iban: C.IBAN, card: C.CARD, email: C.EMAIL, ip: C.IP, jwt: C.JWT, pem: C.PRIVATE_KEY,
    ...Object.fromEntries(Object.entries(C.ADDRESS).map(([k, v]) => [`address:${k}`, v])),
    ...Object.fromEntries(Object.entries(C.PHONE).map(([k, v]) => [`phone:${k}`, v])),
  };
  return table[group]!;
}

function templateText(item: Item): string {
  return templatesOf(item.template.replace(/:\d+$/, ''))[Number(item.template.split(':').pop())]!;
}

// Round 3 retired this split's untouched half into dev (its file is round2-untouched.jsonl; see README.md).
for (const [name, list] of Object.entries(out)) {
  writeFileSync(join(here, `${name === 'untouched' ? 'round2-untouched' : name}.jsonl`), list.map((item) => JSON.stringify(item)).join('\n') + '\n');
  const kinds = new Map<string, number>();
  for (const item of list) for (const e of item.expected.length ? item.expected : [{ kind: 'negative' }]) kinds.set(e.kind, (kinds.get(e.kind) ?? 0) + 1);
  console.log(name, list.length, Object.fromEntries([...kinds].sort()));
}
