// Builds round 5's untouched split (round5/untouched.jsonl), committed before any rule of round 5 changed; round 4's
// files are its dev split. Sources (README.md lists each with repository, path, commit and licence): Nosey Parker's
// rule examples and negatives (sources/scanner-vectors.ts), Presidio's IP/e-mail/phone/IBAN/card test sentences and
// braintree's card tests plus two sandbox pages (sources/pii-tests.ts), address parsers' test addresses — pyap,
// natasha, iLib countries no round read, geolonia (sources/addresses.ts) — Google libphonenumber's example numbers
// of the number types no round used (VoIP, UAN, personal, shared-cost, pager, voicemail), maintainers' e-mail
// addresses from installed packages' metadata, generated private keys and JWTs, invented secrets under key names of
// their own, and as negatives windows of real files of MIT/ISC packages and two lockfiles no round sampled.
// Run: npx tsx test/redaction-corpus/round5/build.ts
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { faker } from '@faker-js/faker';
import lib from 'google-libphonenumber';
import { electronicFormatIBAN, isValidIBAN } from 'ibantools';
import * as C from './contexts';
import { ADDRESSES, ADDRESS_NEGATIVES } from './sources/addresses';
import { BAD_CARDS, CARDS, IBAN_FILE, ILIB_PHONES, PRESIDIO_BAD_IBANS, PRESIDIO_EMAIL, PRESIDIO_IBANS, PRESIDIO_IP, PRESIDIO_PHONE } from './sources/pii-tests';
import { NOSEY_PARKER, type Kind as VectorKind } from './sources/scanner-vectors';

type Kind = VectorKind | 'payment_card' | 'iban';
interface Item {
  id: string;
  text: string;
  expected: { kind: Kind; value: string }[];
  note: string;
}

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '../../..');
const items: Item[] = [];
const counters = new Map<string, number>();
function push(stratum: string, text: string, expected: Item['expected'], note: string) {
  for (const e of expected) if (!text.includes(e.value)) throw new Error(`value not in text: ${e.value} / ${text}`);
  const n = counters.get(stratum) ?? 0;
  counters.set(stratum, n + 1);
  items.push({ id: `r5:${stratum}:${n}`, text, expected, note });
}
const fill = (t: string, v: Record<string, string>) => t.replace(/\{(\w+)\}/g, (m, k: string) => v[k] ?? m);
const pick = <T>(list: readonly T[], i: number): T => list[i % list.length]!;

function scannerVectors() {
  for (const v of NOSEY_PARKER) push(`noseyparker:${v.expected[0]?.kind ?? 'negative'}`, v.text, v.expected, v.from);
}

function presidioSentences() {
  for (const list of [PRESIDIO_IP, PRESIDIO_EMAIL, PRESIDIO_PHONE]) {
    for (const v of list) push(`presidio:${v.expected[0]?.kind ?? 'negative'}`, v.text, v.expected, v.from);
  }
}

const grouped = (iban: string) => iban.replace(/(.{4})(?=.)/g, '$1 ');

function ibans() {
  let i = 0;
  for (const [k, iban] of PRESIDIO_IBANS.entries()) {
    if (!isValidIBAN(iban)) throw new Error(`not a valid IBAN: ${iban}`);
    // Every other country keeps the IBAN share near the other kinds (the list runs alphabetically by country name).
    if (k % 2 === 1) continue;
    const v = i % 2 ? grouped(iban) : iban;
    push('iban', fill(pick(C.IBAN, i), { v }), [{ kind: 'iban', value: v }], `${IBAN_FILE}; ${i % 2 ? 'grouped in fours as the test prints it' : 'compact'}`);
    i++;
  }
  const v = 'VG96 VPVG 0000 0123 4567 8901';
  push('iban', `this is an iban ${v} in a sentence`, [{ kind: 'iban', value: v }], IBAN_FILE);
  push('iban', `this is an iban ${v} X in a sentence`, [{ kind: 'iban', value: v }], IBAN_FILE);
  const a = 'AL47212110090000000235698741';
  push('iban', `list of ibans: ${a}, ${a}`, [{ kind: 'iban', value: a }, { kind: 'iban', value: a }], IBAN_FILE);
  for (const [j, bad] of PRESIDIO_BAD_IBANS.entries()) {
    if (isValidIBAN(electronicFormatIBAN(bad) ?? '')) continue;
    push('negative:iban-invalid', fill(pick(C.IBAN, j + 5), { v: bad }), [], `${IBAN_FILE}; an invalid variant the test rejects`);
  }
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
  let i = 0;
  for (const c of CARDS) {
    if (!luhn(c.value.replace(/\D/g, ''))) {
      console.warn(`skipped (fails Luhn, the doc does not redact it): ${c.value}`);
      continue;
    }
    push('payment_card', fill(pick(C.CARD, i++), { v: c.value }), [{ kind: 'payment_card', value: c.value }], `${c.from}; ${c.brand}`);
  }
  push('payment_card', '4012888888881881 4012-8888-8888-1881 4012 8888 8888 1881', ['4012888888881881', '4012-8888-8888-1881', '4012 8888 8888 1881'].map((value) => ({ kind: 'payment_card' as const, value })), CARDS[0]!.from);
  push('payment_card', 'my credit card: 122000000000003', [{ kind: 'payment_card', value: '122000000000003' }], CARDS[0]!.from);
  for (const [j, c] of BAD_CARDS.entries()) {
    if (luhn(c.value.replace(/\D/g, ''))) continue;
    push('negative:card-invalid', fill(pick(C.CARD, j + 3), { v: c.value }), [], `${c.from}; fails Luhn, the test rejects it`);
  }
  push('negative:card-invalid', 'my credit card number is 4012-8888-8888-1882', [], BAD_CARDS[0]!.from);
}

/** Example numbers of the number types no earlier round used, in national, international and dialling forms. */
function phones() {
  const util = lib.PhoneNumberUtil.getInstance();
  const { PhoneNumberType: T, PhoneNumberFormat: F } = lib;
  const types = [['voip', T.VOIP], ['uan', T.UAN], ['personal', T.PERSONAL_NUMBER], ['shared_cost', T.SHARED_COST], ['pager', T.PAGER], ['voicemail', T.VOICEMAIL]] as const;
  const regions = [...util.getSupportedRegions()].sort();
  const from = ['US', 'DE', 'JP', 'GB', 'BR'];
  let i = 0;
  for (const region of regions) {
    for (const [name, type] of types) {
      const n = util.getExampleNumberForType(region, type);
      // Short service numbers (fewer than 7 national digits) are left out: they are not anyone's line.
      if (!n || !util.isValidNumber(n) || util.getNationalSignificantNumber(n).length < 7) continue;
      // About every twelfth region/type pair keeps the phone share near the other kinds.
      if ((region.charCodeAt(0) * 7 + region.charCodeAt(1) * 3 + name.length) % 12 !== 0) continue;
      let v: string;
      let how: string;
      switch (i % 5) {
        case 0: v = util.format(n, F.NATIONAL); how = 'national format'; break;
        case 1: v = util.format(n, F.INTERNATIONAL); how = 'international format'; break;
        case 2: {
          const caller = pick(from, Math.floor(i / 5));
          v = util.formatOutOfCountryCallingNumber(n, caller === region ? 'CH' : caller);
          how = `dialled from abroad (formatOutOfCountryCallingNumber)`;
          break;
        }
        case 3: v = util.format(n, F.NATIONAL).replace(/[\s-]+/g, '.'); how = 'national format with dots (separator changed here, invented)'; break;
        default: v = util.format(n, F.E164); how = 'E.164';
      }
      push(`phone:${name}`, fill(pick(C.PHONE, i), { v }), [{ kind: 'phone', value: v }], `google-libphonenumber 3.2.47 example ${name} number for ${region}, ${how} (Apache-2.0 metadata)`);
      i++;
    }
  }
}

/** iLib's formatter test output in national styles, kept where libphonenumber says the number is valid. */
function ilibPhones() {
  const util = lib.PhoneNumberUtil.getInstance();
  const seen = new Set<string>();
  let i = 3;
  for (const p of ILIB_PHONES) {
    if (seen.has(p.value)) continue;
    seen.add(p.value);
    const valid = (() => {
      try {
        return util.isValidNumber(util.parse(p.value, p.region));
      } catch {
        return false;
      }
    })();
    if (!valid) continue;
    push(`phone:ilib-${p.region}`, fill(pick(C.PHONE, i++), { v: p.value }), [{ kind: 'phone', value: p.value }], `${p.from}; read as a ${p.region} number, valid per libphonenumber`);
  }
}

/** Maintainers' addresses as they appear in installed packages' metadata (author fields). */
function emails() {
  const packages = ['acorn-jsx', 'addresser', 'adm-zip', 'agent-base', 'ansi-regex', 'assertion-error', 'ast-types', 'balanced-match', 'basic-ftp', 'bluebird', 'boolbase', 'buffer-crc32', 'buffer-image-size', 'cacheable', 'cliui', 'color-convert', 'color-name', 'commander', 'comment-parser', 'common-tags', 'concat-map', 'convert-source-map', 'core-util-is', 'crelt', 'cross-spawn', 'css-tree', 'deep-extend', 'escalade', 'esprima', 'fast-json-patch'];
  const seen = new Set<string>();
  let i = 0;
  for (const p of packages) {
    const meta = JSON.parse(readFileSync(join(root, 'node_modules', p, 'package.json'), 'utf8')) as { author?: string | { name?: string; email?: string; url?: string }; license?: string; version?: string };
    const a = meta.author;
    const author = typeof a === 'string' ? a : a?.email ? `${a.name ?? p} <${a.email}>` : undefined;
    const v = author?.match(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/)?.[0];
    if (!author || !v || seen.has(v)) continue;
    seen.add(v);
    push('email', fill(pick(C.EMAIL, i++), { author, v }), [{ kind: 'email', value: v }], `node_modules/${p}/package.json "author" (${p}@${meta.version}, ${meta.license}); public package metadata`);
  }
}

function addresses() {
  let i = 0;
  for (const a of ADDRESSES) {
    const multiline = a.text.includes('\n');
    let t = pick(C.ADDRESS, i++);
    // JSON and SQL strings hold one line; a multi-line address takes the next wording.
    while (multiline && /^[{I]/.test(t)) t = pick(C.ADDRESS, i++);
    push(`postal_address:${a.cc}`, fill(t, { text: a.text }), [{ kind: 'postal_address', value: a.value }], a.from);
  }
  for (const n of ADDRESS_NEGATIVES) push('negative:address-lookalike', `Item ${n.text} — qty 2`, [], `${n.from}; a line the test says is not an address`);
}

function privateKeys() {
  const tmp = mkdtempSync(join(tmpdir(), 'r5keys-'));
  const ssh = (type: string, i: number) => {
    const file = join(tmp, `k${i}`);
    execFileSync('ssh-keygen', ['-q', '-t', type, ...(type === 'ecdsa' ? ['-b', '256'] : []), '-N', '', '-C', '', '-f', file]);
    return readFileSync(file, 'utf8');
  };
  const makers: [string, (i: number) => string][] = [
    ['Ed25519 PKCS#8', () => generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()],
    ['RSA-2048 PKCS#1', () => generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs1', format: 'pem' }).toString()],
    ['RSA-1024 PKCS#8', () => generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()],
    ['EC P-384 SEC1', () => generateKeyPairSync('ec', { namedCurve: 'P-384' }).privateKey.export({ type: 'sec1', format: 'pem' }).toString()],
    ['EC P-256 PKCS#8', () => generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()],
    ['DSA-2048 PKCS#8', () => generateKeyPairSync('dsa', { modulusLength: 2048, divisorLength: 256 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()],
    ['encrypted PKCS#8 (AES-256-CBC)', () => generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'round five' }).toString()],
    ['OpenSSH Ed25519 (ssh-keygen)', (i) => ssh('ed25519', i)],
    ['OpenSSH ECDSA (ssh-keygen)', (i) => ssh('ecdsa', i)],
    ['X448 PKCS#8', () => generateKeyPairSync('x448').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()],
  ];
  for (let i = 0; i < 22; i++) {
    const [name, make] = pick(makers, i);
    const key = make(i).trim();
    const slot = i % 6;
    if (slot === 5) {
      const v = key.replace(/\n/g, '\\n') + '\\n';
      // The service account's address names the project: an e-mail address a reviewer would remove too.
      const expected = [{ kind: 'private_key' as const, value: v }, { kind: 'email' as const, value: C.SERVICE_ACCOUNT_EMAIL }];
      push('private_key', fill(C.PRIVATE_KEY_JSON, { v, kid: randomBytes(20).toString('hex') }), expected, `generated (${name}), escaped in a JSON string as service-account files hold it`);
    } else if (slot === 3) {
      const v = key.split('\n').join('\n    ');
      push('private_key', fill(C.PRIVATE_KEY[3]!, { indented: `    ${v}` }), [{ kind: 'private_key', value: v }], `generated (${name}), indented in a YAML block scalar`);
    } else {
      const t = slot === 4 ? C.PRIVATE_KEY[4]! : C.PRIVATE_KEY[slot]!;
      push('private_key', fill(t, { v: key }), [{ kind: 'private_key', value: key }], `generated (${name})`);
    }
  }
  rmSync(tmp, { recursive: true, force: true });
}

function jwts() {
  const b64url = (s: string | Buffer) => Buffer.from(s).toString('base64url');
  const algs: [string, number][] = [['HS256', 32], ['RS256', 256], ['ES256', 64], ['EdDSA', 64], ['PS384', 384], ['HS512', 64]];
  for (let i = 0; i < 18; i++) {
    const [alg, sigLen] = pick(algs, i);
    const header = { alg, typ: 'JWT', ...(i % 3 === 0 ? { kid: faker.string.alphanumeric(12) } : {}) };
    const claims = {
      iss: faker.helpers.arrayElement(['https://auth.internal.example', 'supabase', 'https://login.microsoftonline.com/common/v2.0']),
      sub: faker.string.uuid(),
      aud: faker.helpers.arrayElement(['api', 'authenticated', 'billing']),
      iat: faker.number.int({ min: 1.7e9, max: 1.8e9 }),
      exp: faker.number.int({ min: 1.8e9, max: 1.9e9 }),
      ...(i % 2 ? { role: faker.helpers.arrayElement(['service_role', 'anon', 'admin']) } : { scope: 'openid profile' }),
    };
    const v = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}.${b64url(randomBytes(sigLen))}`;
    push('jwt', fill(pick(C.JWT, i), { v }), [{ kind: 'jwt', value: v }], `generated (RFC 7519 layout, ${alg}, random signature of its length)`);
  }
}

function secrets() {
  const shapes: (() => string)[] = [
    () => randomBytes(32).toString('hex'),
    () => randomBytes(32).toString('base64'),
    () => faker.string.alphanumeric({ length: 40, casing: 'mixed' }),
    () => randomBytes(32).toString('base64url'),
    () => randomBytes(24).toString('hex'),
  ];
  for (const [i, f] of C.SECRET_FORMS.entries()) {
    const v = pick(shapes, i)();
    push('secret', fill(f.t, { v }), [{ kind: 'secret', value: v }], `invented value in a documented form (${f.doc})`);
  }
}

const EMAILISH = /[\w.+-]+@[\w-]+\.[\w.-]+/;
const IPV4ISH = /\b(?!127\.)(?:\d{1,3}\.){3}\d{1,3}\b/;
const SECRETISH = /-----BEGIN|eyJ[\w-]{10,}\.eyJ/;

function realNegatives() {
  const packages = ['jose', 'jsonwebtoken', 'marked', 'hash-wasm', 'fast-json-patch', 'ky', 'iconv-lite', 'globals', 'cross-spawn', 'optionator'];
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
    if (!['MIT', 'ISC'].includes(meta.license ?? '')) throw new Error(`${p}: licence ${meta.license}`);
    walk(join(root, 'node_modules', p), 0);
  }
  files.sort();
  let made = 0;
  for (let tries = 0; made < 26 && tries < 4000; tries++) {
    const file = faker.helpers.arrayElement(files);
    const lines = readFileSync(file, 'utf8').split('\n');
    if (lines.length < 12) continue;
    const at = faker.number.int({ min: 0, max: lines.length - 12 });
    const text = lines.slice(at, at + 12).join('\n');
    if (text.length > 2500 || text.trim().length < 80 || EMAILISH.test(text) || IPV4ISH.test(text) || SECRETISH.test(text)) continue;
    const rel = file.slice(root.length + 1);
    push(`negative:${rel.split('/')[1]}`, text, [], `${rel} lines ${at + 1}-${at + 12} (real file of an MIT package)`);
    made++;
  }
  const lockfiles = [
    { path: 'node_modules/uri-js/yarn.lock', licence: 'uri-js, BSD-2-Clause' },
    { path: 'node_modules/addresser/utils/package-lock.json', licence: 'addresser, MIT' },
  ];
  for (const lf of lockfiles) {
    const lines = readFileSync(join(root, lf.path), 'utf8').split('\n');
    for (let n = 0; n < 7; n++) {
      const at = faker.number.int({ min: 0, max: lines.length - 10 });
      const text = lines.slice(at, at + 10).join('\n');
      if (EMAILISH.test(text) || IPV4ISH.test(text)) continue;
      push('negative:lockfile', text, [], `${lf.path} lines ${at + 1}-${at + 10} (a shipped lockfile: ${lf.licence})`);
    }
  }
}

faker.seed(20261205);
scannerVectors();
presidioSentences();
ibans();
cards();
phones();
ilibPhones();
emails();
addresses();
privateKeys();
jwts();
secrets();
realNegatives();

writeFileSync(join(here, 'untouched.jsonl'), items.map((item) => JSON.stringify(item)).join('\n') + '\n');
const kinds = new Map<string, number>();
for (const item of items) for (const e of item.expected.length ? item.expected : [{ kind: 'negative' }]) kinds.set(e.kind, (kinds.get(e.kind) ?? 0) + 1);
console.log('untouched', items.length, Object.fromEntries([...kinds].sort()));
