// Builds round 6's untouched split (round6/untouched.jsonl), committed before any rule of round 6 changed; round 5's
// files and everything before are its dev split. Sources (README.md lists each with repository, path, commit and
// licence): Kingfisher's rule examples, secretlint's rule snapshots and scrubadub's credential test
// (sources/scanner-vectors.ts); validator.js's card, e-mail, IP and mobile-phone tests, iban.js's and iban4j's IBAN
// tests (sources/pii-tests.ts); ilib-mono address tests of 26 countries no round read, commerceguys/addressing and
// scrubadub (sources/addresses.ts); two public lockfiles (sources/lockfiles.ts); google-libphonenumber's example numbers
// in forms no round used (RFC 3966, dialled from AU/KE/NG/RU/CN); maintainers' e-mail addresses of installed packages
// no round used; generated private keys, JWTs, IPs and invented passwords/secrets in forms written for this round; and
// as negatives windows of real files of MIT/ISC/Apache/BSD packages no round sampled and invented look-alikes.
// Every sourced positive value is checked against the earlier rounds' files: a value already there is dropped.
// Run: npx tsx test/redaction-corpus/round6/build.ts
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
import { KINGFISHER, KINGFISHER_NEGATIVES, SECRETLINT, SECRETLINT_NEGATIVES, type Vector } from './sources/scanner-vectors';

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

/** Every file of the earlier rounds' corpora, to keep values they already hold out of this split. */
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
    return;
  }
  const n = counters.get(stratum) ?? 0;
  counters.set(stratum, n + 1);
  items.push({ id: `r6:${stratum}:${n}`, text, expected, note });
}
const fill = (t: string, v: Record<string, string>) => t.replace(/\{(\w+)\}/g, (m, k: string) => v[k] ?? m);
const pick = <T>(list: readonly T[], i: number): T => list[i % list.length]!;

/** Scanner lines as they were written, every other one pasted into a chat message. */
function scannerVectors() {
  const put = (list: Vector[], name: string, wrapEvery: number) => {
    list.forEach((vec, i) => {
      const wrapped = i % wrapEvery === 1;
      const text = wrapped ? fill(pick(C.WRAP, i), { text: vec.text }) : vec.text;
      const kind = vec.expected[0]?.kind ?? 'negative';
      push(`${name}:${vec.expected.length ? kind : 'negative'}`, text, vec.expected, `${vec.from}${wrapped ? '; pasted into a chat wording written for round 6' : ''}`, { sourced: true });
    });
  };
  put(KINGFISHER, 'kingfisher', 2);
  put(SECRETLINT, 'secretlint', 2);
  put(KINGFISHER_NEGATIVES, 'kingfisher', 3);
  put(SECRETLINT_NEGATIVES, 'secretlint', 3);
}

/** Passwords as people choose them: word + year/digits + symbol, passphrases, random strings (node:crypto). */
function humanPassword(i: number): string {
  const words = ['Sommer', 'Kaktus', 'violet', 'harbor', 'Tiger', 'maple', 'Orion', 'lemon', 'Falcon', 'quartz', 'Nebula', 'copper', 'Zephyr', 'amber', 'Lindgren', 'mosaic'];
  const w = () => words[randomInt(words.length)]!;
  switch (i % 4) {
    case 0: return `${w()}${randomInt(1960, 2030)}${'!*_.'[randomInt(4)]}`;
    case 1: return `${w()}-${w().toLowerCase()}-${w().toLowerCase()}-${randomInt(10, 99)}`;
    case 2: return randomBytes(12).toString('base64url').replace(/[-_]/g, 'x');
    default: return `${w()}${w()}${randomInt(100, 9999)}`;
  }
}
function passwords() {
  C.PASSWORD_FORMS.forEach((f, i) => {
    const v = humanPassword(i);
    push('password', fill(f.t, { v }), [{ kind: 'password', value: v }], `invented value (node:crypto) in a documented form written for round 6 (${f.doc})`);
  });
}

function secrets() {
  const shapes: (() => string)[] = [
    () => randomBytes(32).toString('hex'),
    () => randomBytes(24).toString('base64'),
    () => randomBytes(32).toString('base64url'),
    () => faker.string.alphanumeric({ length: 48, casing: 'mixed' }),
    () => randomBytes(20).toString('hex'),
  ];
  C.SECRET_FORMS.forEach((f, i) => {
    const v = pick(shapes, i)();
    push('secret', fill(f.t, { v }), [{ kind: 'secret', value: v }], `invented value (node:crypto) under a key name of its own, form written for round 6 (${f.doc})`);
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
    if (!luhn(c.value.replace(/\D/g, ''))) return console.warn(`skipped (fails Luhn): ${c.value}`);
    push('payment_card', fill(pick(C.CARD, i), { v: c.value }), [{ kind: 'payment_card', value: c.value }], `${P.CARD_FILE}; ${c.brand}`, { sourced: true });
  });
  P.BAD_CARDS.forEach((c, i) => {
    if (luhn(c)) return console.warn(`left out (passes Luhn although the test rejects it for its range): ${c}`);
    push('negative:card-invalid', fill(pick(C.CARD, i + 5), { v: c }), [], `${P.CARD_FILE}; fails Luhn, the test rejects it`);
  });
}

const grouped = (iban: string) => iban.replace(/(.{4})(?=.)/g, '$1 ');
function ibans() {
  let i = 0;
  // IBANs were found in full last round: about 40 keep their share near the other kinds (schwifty's lists are long).
  for (const [k, iban] of P.IBANS.entries()) {
    if ((counters.get('iban') ?? 0) >= 40) break;
    const compact = electronicFormatIBAN(iban.value) ?? '';
    if (!isValidIBAN(compact)) {
      console.warn(`skipped (not valid per ibantools): ${iban.value}`);
      continue;
    }
    push('iban', fill(pick(C.IBAN, i++), { v: iban.value }), [{ kind: 'iban', value: iban.value }], iban.from, { sourced: true });
    if (k % 4 === 0 && !iban.value.includes(' ')) {
      const g = grouped(iban.value);
      push('iban', fill(pick(C.IBAN, i++), { v: g }), [{ kind: 'iban', value: g }], `${iban.from}; grouped in fours here (print format)`, { sourced: true });
    }
    if (k % 6 === 2) {
      const lower = iban.value.toLowerCase();
      push('iban', fill(pick(C.IBAN, i++), { v: lower }), [{ kind: 'iban', value: lower }], `${iban.from}; typed in lower case here (docs/redaction.md: lowercase forms are found)`, { sourced: true });
    }
  }
  P.IBAN_NEGATIVES.forEach((bad, j) => {
    if (isValidIBAN(electronicFormatIBAN(bad.value) ?? '')) return;
    push('negative:iban-invalid', fill(pick(C.IBAN, j + 3), { v: bad.value }), [], `${bad.from}; an invalid IBAN the test rejects`);
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

/** validator.js's mobile numbers as each locale's contributors wrote them, kept where libphonenumber agrees. */
function validatorPhones() {
  let i = 0;
  for (const { region, values } of P.PHONES) {
    for (const value of values) {
      if (!validIn(value, region)) {
        console.warn(`left out (libphonenumber: not valid in ${region}): ${value}`);
        continue;
      }
      push(`phone:${region}`, fill(pick(C.PHONE, i++), { v: value }), [{ kind: 'phone', value }], `${P.PHONE_FILE}; ${region} mobile as the test writes it, valid per google-libphonenumber 3.2.47`, { sourced: true });
    }
  }
  P.PHONE_NEGATIVES.forEach((value, j) => {
    const possible = (() => {
      try {
        return util.isPossibleNumber(util.parse(value, 'ZZ'));
      } catch {
        return false;
      }
    })();
    if (possible || validIn(value, 'ZZ')) return console.warn(`left out (libphonenumber calls it possible): ${value}`);
    push('negative:phone-invalid', fill(pick(C.PHONE, j + 4), { v: value }), [], `${P.PHONE_FILE}; a number the test rejects and libphonenumber calls impossible`);
  });
}

/** libphonenumber's mobile and fixed-line example numbers in forms no round used: RFC 3966 and dialled from abroad. */
function libphonenumberForms() {
  const regions = [...util.getSupportedRegions()].sort();
  // Callers whose international prefix libphonenumber knows uniquely (others print `+`): 0011, 000, 009, 8~10, 00.
  const callers = ['AU', 'KE', 'NG', 'RU', 'CN'];
  const rfcContexts = ['<a href="tel:{v}">call the office</a>', 'TEL;TYPE=cell:{v}', 'Click to call: tel:{v}'];
  let i = 0;
  regions.forEach((region, r) => {
    if (r % 9 !== 4) return;
    const type = r % 2 ? T.MOBILE : T.FIXED_LINE;
    const n = util.getExampleNumberForType(region, type);
    if (!n || !util.isValidNumber(n) || util.getNationalSignificantNumber(n).length < 7) return;
    const typeName = type === T.MOBILE ? 'mobile' : 'fixed-line';
    if (i % 2 === 0) {
      const v = util.format(n, F.RFC3966).replace(/^tel:/, '');
      push(`phone:rfc3966`, fill(pick(rfcContexts, i), { v }), [{ kind: 'phone', value: v }], `google-libphonenumber 3.2.47 example ${typeName} number for ${region}, RFC 3966 form (Apache-2.0 metadata)`);
    } else {
      let caller = pick(callers, i >> 1);
      if (caller === region) caller = 'CH';
      // Russia's `8~10` (wait for the dial tone) is written `8 10` as people type it.
      const v = util.formatOutOfCountryCallingNumber(n, caller).replace('~', ' ');
      push(`phone:abroad-${caller}`, fill(pick(C.PHONE, i + 7), { v }), [{ kind: 'phone', value: v }], `google-libphonenumber 3.2.47 example ${typeName} number for ${region}, dialled from ${caller} (formatOutOfCountryCallingNumber${caller === 'RU' ? '; the tilde written as a space' : ''}; Apache-2.0 metadata)`);
    }
    i++;
  });
}

/** Maintainers' addresses in the author field of installed packages round 5 did not read. */
function emails() {
  const packages = ['get-caller-file', 'graceful-fs', 'has-flag', 'import-fresh', 'imurmurhash', 'ini', 'isexe', 'js-tokens', 'json-buffer', 'levn', 'locate-path', 'minimist', 'ms', 'natural-compare', 'once', 'p-limit', 'path-key', 'pend', 'prelude-ls', 'proto-list', 'punycode', 'readable-stream', 'safe-buffer', 'sax', 'shebang-command', 'source-map', 'strip-ansi', 'supports-color', 'through', 'type-check', 'util-deprecate', 'which', 'wrappy', 'y18n', 'yauzl', 'fd-slicer', 'esutils', 'deep-is', 'end-of-stream', 'pump', 'split2', 'xregexp', 'wcwidth', 'defaults', 'clone'];
  const seen = new Set<string>();
  let i = 0;
  for (const p of packages) {
    let meta: { author?: string | { name?: string; email?: string }; license?: string; version?: string };
    try {
      meta = JSON.parse(readFileSync(join(root, 'node_modules', p, 'package.json'), 'utf8')) as typeof meta;
    } catch {
      continue;
    }
    const a = meta.author;
    const author = typeof a === 'string' ? a : a?.email ? `${a.name ?? p} <${a.email}>` : undefined;
    const v = author?.match(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/)?.[0];
    if (!author || !v || seen.has(v) || /@example\./.test(v)) continue;
    seen.add(v);
    push('email:maintainer', fill(pick(C.EMAIL, i++), { author, v }), [{ kind: 'email', value: v }], `node_modules/${p}/package.json "author" (${p}@${meta.version}, ${meta.license}); public package metadata`, { sourced: true });
  }
  P.EMAILS.forEach((e, j) => {
    push('email:validator', fill(pick(C.EMAIL_TEST, j), { text: e.text }), [{ kind: 'email', value: e.value }], `${P.EMAIL_FILE}; valid in the test`, { sourced: true });
  });
  P.EMAIL_NEGATIVES.forEach((e, j) => {
    push('negative:email', fill(pick(C.EMAIL_TEST, j + 2), { text: e }), [], `${P.EMAIL_FILE}; ${e.includes('example.com') ? 'documentation domain (kept by the doc)' : 'invalid in the test'}`);
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
  P.IPS.forEach((v, i) => push('ip_address:validator', fill(pick(C.IP, i), { v }), [{ kind: 'ip_address', value: v }], `${P.IP_FILE}; valid in the test, a public address`, { sourced: true }));
  P.IP_NEGATIVES.forEach((v, i) => push('negative:ip', fill(pick(C.IP, i + 3), { v }), [], `${P.IP_FILE}; ${/^(127\.|0\.0\.0\.0$|255\.255\.255\.255$|::1$|2001:db8|::ffff:127)/.test(v) ? 'loopback, unspecified, broadcast or documentation address (kept by the doc)' : 'invalid in the test'}`));
  const prefixes = ['2a01', '2a02', '2606', '2603', '2400', '2804', '2a00', '2001:41d0'];
  for (let i = 0; i < 22; i++) {
    let v: string;
    let how: string;
    if (i % 4 === 3) {
      const p = pick(prefixes, i);
      const groups = Array.from({ length: 8 - p.split(':').length }, () => randomInt(0x10000).toString(16));
      v = [p, ...groups].join(':');
      how = 'generated global unicast IPv6 (node:crypto)';
    } else if (i % 7 === 5) {
      v = i % 2 ? `192.168.${randomInt(256)}.${randomInt(2, 255)}` : `10.${randomInt(256)}.${randomInt(256)}.${randomInt(2, 255)}`;
      how = 'generated private IPv4 (node:crypto; the doc redacts private ranges at strict)';
    } else {
      v = publicIpv4();
      how = 'generated public IPv4 (node:crypto)';
    }
    push('ip_address:generated', fill(pick(C.IP, i + 1), { v }), [{ kind: 'ip_address', value: v }], how);
  }
}

function jwts() {
  const b64url = (s: string | Buffer) => Buffer.from(s).toString('base64url');
  const algs: [string, number][] = [['RS512', 512], ['ES384', 96], ['HS384', 48], ['PS256', 256], ['EdDSA', 64], ['ES512', 132]];
  for (let i = 0; i < 18; i++) {
    const [alg, sigLen] = pick(algs, i);
    const header = { alg, typ: i % 4 === 1 ? 'at+jwt' : 'JWT', ...(i % 3 === 2 ? { kid: randomBytes(8).toString('hex') } : {}) };
    const claims = {
      iss: faker.helpers.arrayElement(['https://id.internal.example', 'https://accounts.google.com', 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Xq8rT2mZk', 'keycloak']),
      sub: faker.string.uuid(),
      aud: faker.helpers.arrayElement(['web', 'mobile', 'orders-api']),
      iat: faker.number.int({ min: 1.75e9, max: 1.8e9 }),
      exp: faker.number.int({ min: 1.8e9, max: 1.9e9 }),
      ...(i % 2 ? { scope: 'orders:read orders:write' } : { roles: ['editor'] }),
    };
    const v = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}.${b64url(randomBytes(sigLen))}`;
    push('jwt', fill(pick(C.JWT, i), { v }), [{ kind: 'jwt', value: v }], `generated (RFC 7519 layout, ${alg}, random signature of its length)`);
  }
}

function privateKeys() {
  const tmp = mkdtempSync(join(tmpdir(), 'r6keys-'));
  const ssh = (args: string[], i: number) => {
    const file = join(tmp, `k${i}`);
    execFileSync('ssh-keygen', ['-q', ...args, '-C', '', '-f', file]);
    return { priv: readFileSync(file, 'utf8'), pub: readFileSync(`${file}.pub`, 'utf8') };
  };
  const pem = (k: KeyObject, o: KeyExportOptions & { format: 'pem' }) => k.export(o).toString();
  const makers: [string, (i: number) => string][] = [
    ['Ed448 PKCS#8', () => pem(generateKeyPairSync('ed448').privateKey, { type: 'pkcs8', format: 'pem' })],
    ['X25519 PKCS#8', () => pem(generateKeyPairSync('x25519').privateKey, { type: 'pkcs8', format: 'pem' })],
    ['RSA-3072 PKCS#8', () => pem(generateKeyPairSync('rsa', { modulusLength: 3072 }).privateKey, { type: 'pkcs8', format: 'pem' })],
    ['RSA-2048 PKCS#1, encrypted (AES-128-CBC, Proc-Type/DEK-Info headers)', () => pem(generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey, { type: 'pkcs1', format: 'pem', cipher: 'aes-128-cbc', passphrase: 'round six' })],
    ['EC secp256k1 SEC1', () => pem(generateKeyPairSync('ec', { namedCurve: 'secp256k1' }).privateKey, { type: 'sec1', format: 'pem' })],
    ['EC P-521 PKCS#8', () => pem(generateKeyPairSync('ec', { namedCurve: 'P-521' }).privateKey, { type: 'pkcs8', format: 'pem' })],
    ['OpenSSH RSA-2048 (ssh-keygen)', (i) => ssh(['-t', 'rsa', '-b', '2048', '-N', ''], i).priv],
    ['OpenSSH Ed25519 with a passphrase (ssh-keygen)', (i) => ssh(['-t', 'ed25519', '-N', 'round six'], i).priv],
    ['RSA-1024 PKCS#1', () => pem(generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey, { type: 'pkcs1', format: 'pem' })],
  ];
  for (let i = 0; i < 18; i++) {
    const [name, make] = pick(makers, i);
    const key = make(i).trim();
    if (i % 6 === 5) {
      const v = key.split('\n').join('\n    ');
      push('private_key', fill(C.PRIVATE_KEY_YAML, { indented: `    ${v}` }), [{ kind: 'private_key', value: v }], `generated (${name}), indented in a YAML block scalar`);
    } else {
      push('private_key', fill(pick(C.PRIVATE_KEY, i), { v: key }), [{ kind: 'private_key', value: key }], `generated (${name})`);
    }
  }
  // Public keys are fine to share: negatives that look like keys.
  const spki = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ type: 'spki', format: 'pem' }).toString().trim();
  push('negative:public-key', `this is our public key, safe to put in the README:\n${spki}`, [], 'generated (EC P-256 SPKI public key, node:crypto)');
  const rsaPub = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ type: 'pkcs1', format: 'pem' }).toString().trim();
  push('negative:public-key', `-- verify webhooks with:\n${rsaPub}`, [], 'generated (RSA-2048 PKCS#1 public key, node:crypto)');
  const pub = ssh(['-t', 'ed25519', '-N', ''], 99).pub.trim();
  push('negative:public-key', `add this to authorized_keys on the bastion:\n${pub} laptop`, [], 'generated (OpenSSH Ed25519 public key, ssh-keygen)');
  rmSync(tmp, { recursive: true, force: true });
}

function addresses() {
  let line = 0;
  let block = 0;
  ADDRESSES.forEach((a, i) => {
    const multiline = a.text.includes('\n');
    const t = multiline ? pick(C.ADDRESS_BLOCK, block++) : pick(C.ADDRESS_LINE, line++);
    push(`postal_address:${a.cc}`, fill(t, { text: a.text }), [{ kind: 'postal_address', value: a.value }], a.from, { sourced: true });
    // Every other address also in a second wording (block addresses flattened onto one line with commas, as people
    // retype them): addresses are the kind every earlier round found weakest.
    if (i % 2 === 1 && !a.from.includes('scrubadub')) {
      if (multiline) {
        const flat = a.text.replace(/,?\s*\n\s*/g, ', ');
        const value = a.value.replace(/,?\s*\n\s*/g, ', ');
        push(`postal_address:${a.cc}`, fill(pick(C.ADDRESS_LINE, line++), { text: flat }), [{ kind: 'postal_address', value }], `${a.from}; lines joined with commas here`, { sourced: true });
      } else {
        push(`postal_address:${a.cc}`, fill(pick(C.ADDRESS_BLOCK, block++), { text: a.text }), [{ kind: 'postal_address', value: a.value }], `${a.from}; second wording`, { sourced: true });
      }
    }
  });
}

const EMAILISH = /[\w.+-]+@[\w-]+\.[\w.-]+/;
const IPV4ISH = /\b(?!127\.)(?:\d{1,3}\.){3}\d{1,3}\b/;
const SECRETISH = /-----BEGIN|eyJ[\w-]{10,}\.eyJ|(?:password|passwd|secret|token|api[_-]?key)\s*[:=]\s*['"][^'"]{6,}/i;

function realNegatives() {
  const packages = ['dexie', 'netmask', 'socks', 'smart-buffer', 'degenerator', 'yauzl', 'tar-stream', 'streamx', 'sonic-boom', 'thread-stream', 'shell-quote', 'esquery', 'fake-indexeddb', 'hookified', 'get-tsconfig', 'chromium-bidi', 'stable-hash-x'];
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
  for (let tries = 0; made < 32 && tries < 4000; tries++) {
    const file = faker.helpers.arrayElement(files);
    const lines = readFileSync(file, 'utf8').split('\n');
    if (lines.length < 12) continue;
    const at = faker.number.int({ min: 0, max: lines.length - 12 });
    const text = lines.slice(at, at + 12).join('\n');
    if (text.length > 2500 || text.trim().length < 80 || EMAILISH.test(text) || IPV4ISH.test(text) || SECRETISH.test(text)) continue;
    const rel = file.slice(root.length + 1);
    const pkg = rel.split('/')[1]!;
    // At most four windows of one package, so a large package does not fill the share.
    if ((counters.get(`negative:${pkg}`) ?? 0) >= 4) continue;
    const licence = (JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')) as { license?: string }).license;
    push(`negative:${pkg}`, text, [], `${rel} lines ${at + 1}-${at + 12} (real file of a ${licence} package)`);
    made++;
  }
  for (const w of LOCKFILE_WINDOWS) push('negative:lockfile', w.text, [], `${w.from}; a window of a real lockfile`);
  C.LOOKALIKES.forEach((t) => push('negative:lookalike', t, [], 'invented look-alike written for round 6 (versions, hashes, ids, placeholders, prose about secrets)'));
}

faker.seed(20261130);
scannerVectors();
passwords();
secrets();
cards();
ibans();
validatorPhones();
libphonenumberForms();
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
