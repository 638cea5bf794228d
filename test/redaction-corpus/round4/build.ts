// Builds round 4's fresh dev/untouched split (round4/dev.jsonl, round4/untouched.jsonl). The untouched half was
// built and committed before any rule of round 4 changed. Sources (see README.md): secret-scanner rule test
// vectors (gitleaks TPs/FPs for untouched, detect-secrets keyword tests for dev; sources/scanner-vectors.ts),
// addresses written from OpenStreetMap by OpenCage's address-formatting test cases (untouched) and iLib's Austrian
// tests (dev; sources/addresses.ts), Google libphonenumber's example numbers for fixed lines and toll-free lines
// (google-libphonenumber, a devDependency; regions split half and half), passwords in 72 documented forms and
// 27 languages (contexts.ts; each form whole in one split), provider keys in the shapes gitleaks' rules define,
// and as negatives windows of real files of MIT/ISC packages under node_modules no earlier round sampled, and of
// the installed lockfile (node_modules/.package-lock.json).
// Run: npx tsx test/redaction-corpus/round4/build.ts
import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { faker } from '@faker-js/faker';
import lib from 'google-libphonenumber';
import * as C from './contexts';
import { ADDRESS_FORMATTING, ILIB_DEV, type SourcedAddress } from './sources/addresses';
import { DETECT_SECRETS_DEV, DS_EMAILS, DS_EMAIL_LINES, DS_IP_LINES, GITLEAKS_NEGATIVES, GITLEAKS_POSITIVES, type Vector } from './sources/scanner-vectors';

type Split = 'dev' | 'untouched';
type Kind = 'api_key' | 'private_key' | 'jwt' | 'password' | 'secret' | 'email' | 'phone' | 'payment_card' | 'iban' | 'ip_address' | 'postal_address';
interface Item {
  id: string;
  text: string;
  expected: { kind: Kind; value: string }[];
  stratum: string;
  template: string;
  source: string;
  split: Split;
}

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '../../..');
const hash = (s: string) => createHash('sha256').update(s).digest().readUInt32BE(0) / 2 ** 32;
const half = (s: string): Split => (hash(`r4\u0000${s}`) < 0.5 ? 'untouched' : 'dev');
const items: Item[] = [];
const counters = new Map<string, number>();
function push(o: Omit<Item, 'id'>) {
  const n = counters.get(o.stratum) ?? 0;
  counters.set(o.stratum, n + 1);
  items.push({ id: `r4:${o.stratum}:${n}`, ...o });
}
const fill = (t: string, v: Record<string, string>) => t.replace(/\{(\w+)\}/g, (m, k: string) => v[k] ?? m);

function vectors(list: Vector[], split: Split, stratum: string) {
  for (const [i, v] of list.entries()) push({ text: v.text, expected: v.expected, stratum: `${stratum}:${v.expected[0]?.kind ?? 'negative'}`, template: `${stratum}:${i}`, source: v.from, split });
}

/** Passwords as people pick them: words with years and symbols, passphrases, random strings, non-ASCII words. */
function humanPassword(i: number): string {
  const f = faker;
  const word = () => f.word.noun().replace(/\s+/g, '');
  const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  switch (i % 6) {
    case 0: return `${cap(word())}${f.number.int({ min: 1970, max: 2026 })}${f.helpers.arrayElement(['!', '#', '$', '?', '*'])}`;
    case 1: return [word(), word(), word()].join(f.helpers.arrayElement(['-', '.', '_']));
    case 2: return f.string.fromCharacters('abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!@#%^&*', { min: 12, max: 20 });
    case 3: return `${cap(word())}${f.helpers.arrayElement(['@', '&', '+'])}${f.number.int({ min: 10, max: 999 })}`;
    case 4: return f.helpers.arrayElement(['Grüße', 'Küche', 'Straße', 'Café', 'Señor', 'Łódź', 'Ørsted', 'Mañana', 'Äpfel', 'Überall']) + f.number.int({ min: 1, max: 99 }) + f.helpers.arrayElement(['!', '.', '#']);
    default: return f.string.alphanumeric({ length: { min: 10, max: 16 }, casing: 'mixed' });
  }
}

function passwords() {
  let k = 0;
  for (const [i, form] of C.PASSWORD_FORMS.entries()) {
    const split = half(`password-form:${form.t}`);
    for (let j = 0; j < 2; j++) {
      const v = humanPassword(k++);
      const user = faker.internet.username().replace(/[^\w.-]/g, '').toLowerCase();
      push({ text: fill(form.t, { v, user }), expected: [{ kind: 'password', value: v }], stratum: `password:${form.doc}`, template: `password:${i}`, source: `invented password in a documented form (${form.doc})`, split });
    }
  }
}

function addresses(list: SourcedAddress[], split: Split, tag: string) {
  for (const [i, a] of list.entries()) {
    const block = a.lines.join('\n');
    const t = C.ADDRESS_BLOCK[i % C.ADDRESS_BLOCK.length]!;
    const text = fill(t, { before: a.before ? `${a.before}\n` : '', after: a.after ? `\n${a.after.join('\n')}` : '', v: block });
    push({ text, expected: [{ kind: 'postal_address', value: block }], stratum: `postal_address:${a.cc}`, template: `${tag}:block:${i % C.ADDRESS_BLOCK.length}`, source: a.from, split });
    const line = a.lines.join(', ');
    const lt = C.ADDRESS_ONE_LINE[i % C.ADDRESS_ONE_LINE.length]!;
    push({ text: fill(lt, { v: line }), expected: [{ kind: 'postal_address', value: line }], stratum: `postal_address:${a.cc}`, template: `${tag}:line:${i % C.ADDRESS_ONE_LINE.length}`, source: a.from, split });
  }
}

function phones() {
  const util = lib.PhoneNumberUtil.getInstance();
  const { PhoneNumberType: T, PhoneNumberFormat: F } = lib;
  const regions = [...util.getSupportedRegions()].sort();
  let i = 0;
  for (const region of regions) {
    const split = half(`phone-region:${region}`);
    for (const [typeName, type] of [['fixed_line', T.FIXED_LINE], ['toll_free', T.TOLL_FREE]] as const) {
      // Every third region, every type: keeps the phone share of the corpus close to the other kinds.
      if (hash(`r4pick${region}${typeName}`) > 0.28) continue;
      const n = util.getExampleNumberForType(region, type);
      if (!n) continue;
      const v = i % 4 === 3 ? util.format(n, F.INTERNATIONAL) : util.format(n, F.NATIONAL);
      const t = C.PHONE[i % C.PHONE.length]!;
      i++;
      push({ text: fill(t, { v }), expected: [{ kind: 'phone', value: v }], stratum: `phone:${region}:${typeName}`, template: `phone:${C.PHONE.indexOf(t)}`, source: `google-libphonenumber 3.2.47 example ${typeName} number for ${region} (Apache-2.0 metadata)`, split });
    }
  }
}

/** Provider keys in the shapes gitleaks' rules define (random characters; the rule file is named). */
function providerKeys() {
  const alnum = (n: number) => faker.string.alphanumeric({ length: n, casing: 'mixed' });
  const ext = (n: number) => faker.string.fromCharacters('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-', n);
  const shapes: { id: string; rule: string; make: () => string }[] = [
    { id: 'github', rule: 'github.go github-pat', make: () => `ghp_${alnum(36)}` },
    { id: 'github', rule: 'github.go github-oauth', make: () => `gho_${alnum(36)}` },
    { id: 'github', rule: 'github.go github-app-token', make: () => `ghs_${alnum(36)}` },
    { id: 'github', rule: 'github.go github-refresh-token', make: () => `ghr_${alnum(36)}` },
    { id: 'anthropic', rule: 'anthropic.go anthropic-oauth-token', make: () => `sk-ant-oat01-${ext(100)}` },
    { id: 'anthropic', rule: 'anthropic.go anthropic-oauth-refresh-token', make: () => `sk-ant-ort01-${ext(100)}` },
    { id: 'anthropic', rule: 'anthropic.go anthropic-api-key', make: () => `sk-ant-api03-${ext(93)}AA` },
    { id: 'heroku', rule: 'heroku.go heroku-api-key-v2', make: () => `HRKU-AA${ext(58)}` },
    { id: 'clickhouse', rule: 'clickhouse.go clickhouse-cloud-api-secret-key', make: () => `4b1d${alnum(38)}` },
    { id: 'maxmind', rule: 'maxmind.go maxmind-license-key', make: () => `${alnum(6)}_${alnum(29)}_mmk` },
    { id: 'azure', rule: 'azure.go azure-ad-client-secret', make: () => `${faker.string.fromCharacters('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_~.', 3)}${faker.number.int(9)}Q~${faker.string.fromCharacters('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_~.-', 34)}` },
  ];
  let i = 0;
  for (const s of shapes) {
    for (let j = 0; j < 3; j++) {
      const v = s.make();
      const t = C.PROVIDER[i++ % C.PROVIDER.length]!;
      push({ text: fill(t, { v, id: s.id, ID: s.id.toUpperCase() }), expected: [{ kind: 'api_key', value: v }], stratum: `api_key:${s.id}`, template: `provider:${C.PROVIDER.indexOf(t)}`, source: `invented in the shape of gitleaks ${s.rule} (MIT)`, split: 'untouched' });
    }
  }
}

function tokensAndKeys() {
  const b64url = (s: string | Buffer) => Buffer.from(s).toString('base64url');
  for (let i = 0; i < 16; i++) {
    const claims = { sub: faker.string.uuid(), name: faker.person.fullName(), iat: faker.number.int({ min: 1.6e9, max: 1.8e9 }), scope: faker.helpers.arrayElement(['read', 'read write', 'admin']) };
    const v = `${b64url(JSON.stringify({ alg: faker.helpers.arrayElement(['HS256', 'RS256', 'ES256']), typ: 'JWT' }))}.${b64url(JSON.stringify(claims))}.${b64url(randomBytes(32))}`;
    const t = C.JWT[i % C.JWT.length]!;
    push({ text: fill(t, { v }), expected: [{ kind: 'jwt', value: v }], stratum: 'jwt', template: `jwt:${i % C.JWT.length}`, source: 'invented (RFC 7519 layout)', split: i % 2 ? 'dev' : 'untouched' });
  }
  const kinds: (() => string)[] = [
    () => generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    () => generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
    () => generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'sec1', format: 'pem' }).toString(),
    () => generateKeyPairSync('x25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  ];
  for (let i = 0; i < 16; i++) {
    const v = kinds[i % kinds.length]!().trim();
    const t = C.PRIVATE_KEY[i % C.PRIVATE_KEY.length]!;
    push({ text: fill(t, { v }), expected: [{ kind: 'private_key', value: v }], stratum: 'private_key', template: `pk:${i % C.PRIVATE_KEY.length}`, source: 'generated by node:crypto', split: Math.floor(i / 2) % 2 ? 'dev' : 'untouched' });
  }
}

function emails() {
  for (const [i, v] of DS_EMAILS.values.entries()) {
    const t = C.EMAIL[i % C.EMAIL.length]!;
    push({ text: fill(t, { v }), expected: [{ kind: 'email', value: v }], stratum: 'email', template: `email:${i % C.EMAIL.length}`, source: DS_EMAILS.from, split: 'untouched' });
  }
}

function realNegatives() {
  const sets: { split: Split; packages: string[]; lockfile?: boolean }[] = [
    { split: 'untouched', packages: ['postcss', 'commander', 'ws'], lockfile: true },
    { split: 'dev', packages: ['debug', 'picomatch', 'nanoid', 'semver', 'minimatch', '@vitest/expect'] },
  ];
  const EMAILISH = /[\w.+-]+@[\w-]+\.[\w.-]+/;
  for (const set of sets) {
    const files: string[] = [];
    const walk = (dir: string, depth: number) => {
      for (const entry of readdirSync(dir)) {
        if (entry === 'node_modules' || entry.startsWith('.')) continue;
        const path = join(dir, entry);
        const st = statSync(path);
        if (st.isDirectory() && depth < 4) walk(path, depth + 1);
        else if (/\.(?:m?js|cjs|d\.ts|ts|md|json)$/.test(entry) && st.size < 400_000 && st.size > 500) files.push(path);
      }
    };
    for (const p of set.packages) {
      const meta = JSON.parse(readFileSync(join(root, 'node_modules', p, 'package.json'), 'utf8')) as { license?: string };
      if (meta.license !== 'MIT' && meta.license !== 'ISC') continue;
      walk(join(root, 'node_modules', p), 0);
    }
    files.sort();
    let made = 0;
    for (let tries = 0; made < 60 && tries < 3000; tries++) {
      const file = faker.helpers.arrayElement(files);
      const lines = readFileSync(file, 'utf8').split('\n');
      if (lines.length < 12) continue;
      const at = faker.number.int({ min: 0, max: lines.length - 12 });
      const text = lines.slice(at, at + 12).join('\n');
      if (text.length > 2500 || text.trim().length < 80 || EMAILISH.test(text)) continue;
      const rel = file.slice(root.length + 1);
      push({ text, expected: [], stratum: `negative:${rel.split('/').slice(0, rel.startsWith('node_modules/@') ? 3 : 2).join('/')}`, template: 'negative:file', source: `${rel} lines ${at + 1}-${at + 12}`, split: set.split });
      made++;
    }
    if (set.lockfile) {
      // The installed lockfile: integrity hashes, resolved URLs and versions, the look-alikes of secrets in code.
      const lines = readFileSync(join(root, 'node_modules/.package-lock.json'), 'utf8').split('\n');
      for (let n = 0; n < 30; n++) {
        const at = faker.number.int({ min: 0, max: lines.length - 12 });
        push({ text: lines.slice(at, at + 12).join('\n'), expected: [], stratum: 'negative:lockfile', template: 'negative:lockfile', source: `node_modules/.package-lock.json lines ${at + 1}-${at + 12} (npm's installed lockfile)`, split: set.split });
      }
    }
  }
}

faker.seed(20261130);
vectors(GITLEAKS_POSITIVES, 'untouched', 'gitleaks');
vectors(GITLEAKS_NEGATIVES, 'untouched', 'gitleaks');
vectors(DS_EMAIL_LINES, 'untouched', 'detect-secrets-email');
vectors(DS_IP_LINES, 'untouched', 'detect-secrets-ip');
vectors(DETECT_SECRETS_DEV, 'dev', 'detect-secrets-keyword');
addresses(ADDRESS_FORMATTING, 'untouched', 'address-formatting');
addresses(ILIB_DEV, 'dev', 'ilib');
passwords();
phones();
providerKeys();
tokensAndKeys();
emails();
realNegatives();

for (const split of ['dev', 'untouched'] as const) {
  const list = items.filter((i) => i.split === split);
  writeFileSync(join(here, `${split}.jsonl`), list.map(({ split: _s, ...item }) => JSON.stringify(item)).join('\n') + '\n');
  const kinds = new Map<string, number>();
  for (const item of list) for (const e of item.expected.length ? item.expected : [{ kind: 'negative' }]) kinds.set(e.kind, (kinds.get(e.kind) ?? 0) + 1);
  console.log(split, list.length, Object.fromEntries([...kinds].sort()));
}
