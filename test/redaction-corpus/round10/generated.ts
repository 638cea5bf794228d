// Round 10's generated values, for the kinds and forms no public source covers: JWTs, private keys, IP addresses,
// cards of issuers earlier rounds had few of, phones in layouts people copy from web pages and contact cards, and the
// values of the password and secret forms. Everything but the private keys draws from the seeded Random, so a rebuild
// gives the same values (keys come from node:crypto and ssh-keygen, which take no seed).
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync, type KeyExportOptions, type KeyObject } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lib from 'google-libphonenumber';
import type { Collector } from '../kit/collector';
import type { Random } from '../kit/random';
import { fill, pick } from '../kit/template';
import { cardLayout, jwt, luhn, publicIpv4 } from '../kit/values';
import { PASSWORD_FORMS } from './password-forms';
import { SECRET_FORMS, type SecretForm } from './secret-forms';
import * as W from './wordings';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const WRITTEN = 'written for round 10';

/** Passwords as people choose them: words of several scripts with years and symbols, passphrases, random strings. */
function humanPassword(r: Random, i: number): string {
  const words = ['Kilimanjaro', 'Mbuzi', 'Tulipe', 'Ayran', 'Qalam', 'Taro', 'Bahari', 'Lumière', 'Baobab', 'Fjord', 'Ocelot', 'Nyota', 'Kaktus', 'Ямаха', 'Çiçek', 'Pohutukawa', 'Saffron', 'Dune'];
  const SYMBOLS = '!._-+=?#*@$%&';
  const w = () => r.pick(words);
  switch (i % 6) {
    case 0: return `${w()}${r.int(1960, 2031)}${r.pick([...SYMBOLS])}`;
    case 1: return `${w().toLowerCase()}-${w().toLowerCase()}-${w().toLowerCase()}`;
    case 2: return r.fromAlphabet(ALNUM.slice(0, 52), 1) + r.fromAlphabet(`${ALNUM}${SYMBOLS}`, 13);
    case 3: return `${w()}${r.pick([...SYMBOLS])}${r.int(10, 100)}${w()}`;
    case 4: return `${r.fromAlphabet('ABCDEFGHJKLMNPQRSTUVWXYZ', 2)}${r.int(100000, 999999)}${r.pick([...SYMBOLS])}`;
    default: return `${w()}_${String(r.int(1, 29)).padStart(2, '0')}.${String(r.int(1, 13)).padStart(2, '0')}!`;
  }
}

export function passwords(c: Collector, r: Random): void {
  PASSWORD_FORMS.forEach((f, i) => {
    const v = humanPassword(r, i);
    c.push('password:form', fill(f.t, { v }), [{ kind: 'password', value: v }], `invented value (seeded) in a form ${WRITTEN} (${f.doc})`);
  });
}

function secretValue(r: Random, shape: SecretForm['shape']): string {
  switch (shape) {
    case 'b64-32': return r.bytes(32).toString('base64');
    case 'b64url-32': return r.bytes(32).toString('base64url');
    case 'hex-64': return r.hex(64);
    case 'hex-32': return r.hex(32);
    case 'alnum-16': return r.fromAlphabet(ALNUM, 16);
    case 'alnum-32': return r.fromAlphabet(ALNUM, 32);
    case 'alnum-64': return r.fromAlphabet(ALNUM, 64);
    case 'symbols-48': return r.fromAlphabet(`${ALNUM}!@#%^*()-_=+[]`, 48);
  }
}

export function secrets(c: Collector, r: Random): void {
  for (const f of SECRET_FORMS) {
    const v = secretValue(r, f.shape);
    c.push('secret:form', fill(f.t, { v }), [{ kind: 'secret', value: v }], `invented value (seeded, ${f.shape}) under a key name of its own, form ${WRITTEN} (${f.doc})`);
  }
}

/** Issuer prefixes and lengths of cards earlier rounds had few of (regional schemes), plus the common ones. */
const ISSUERS: [string, string[], number][] = [
  ['Troy (Türkiye)', ['9792'], 16], ['RuPay (India)', ['6521', '6522', '508'], 16], ['Verve (Nigeria)', ['506099', '650002'], 19],
  ['Mir (Russia)', ['2200', '2201', '2204'], 16], ['UnionPay (19 digits)', ['62'], 19], ['BC Card (Korea)', ['9400'], 16],
  ['JCB', ['3528', '3589'], 16], ['Meeza (Egypt)', ['507803'], 16], ['Visa', ['4'], 16], ['Mastercard', ['53', '2720'], 16],
  ['Amex', ['34', '37'], 15], ['Discover', ['6011', '644'], 16], ['Diners', ['36'], 14], ['Maestro', ['6759', '5018'], 18],
];

export function cards(c: Collector, r: Random, upTo: number): void {
  const styles = ['compact', 'spaces', 'dashes', 'spaces'] as const;
  for (let i = 0; c.count('payment_card') < upTo && i < 200; i++) {
    const [issuer, prefixes, length] = pick(ISSUERS, i);
    let digits = r.pick(prefixes);
    while (digits.length < length - 1) digits += String(r.int(0, 10));
    for (let d = 0; d < 10; d++) if (luhn(`${digits}${d}`)) { digits = `${digits}${d}`; break; }
    if (/(\d)\1{5}/.test(digits)) continue;
    const style = pick(styles, i);
    const v = cardLayout(digits, style);
    c.push('payment_card:generated', fill(pick(W.CARD, i), { v }), [{ kind: 'payment_card', value: v }], `generated (seeded): ${issuer} prefix, ${length} digits, Luhn-valid, ${style}`);
  }
}

const util = lib.PhoneNumberUtil.getInstance();
const { PhoneNumberFormat: F, PhoneNumberType: T } = lib;

/** Layouts copied from web pages and contact cards: non-breaking spaces, (0) after the code, 00 prefix, tel: links, vCards. */
export function phones(c: Collector, r: Random, regions: readonly string[]): void {
  regions.forEach((region, k) => {
    const example = util.getExampleNumberForType(region, k % 3 === 1 ? T.FIXED_LINE : T.MOBILE);
    if (!example) return;
    const nsn = util.getNationalSignificantNumber(example);
    if (nsn.length < 7) return;
    for (let tries = 0; tries < 30; tries++) {
      const candidate = nsn.slice(0, -4) + String(r.int(0, 10000)).padStart(4, '0');
      if (candidate === nsn) continue;
      let n: lib.PhoneNumber;
      try {
        n = util.parse(candidate, region);
      } catch {
        continue;
      }
      if (!util.isValidNumberForRegion(n, region)) continue;
      const intl = util.format(n, F.INTERNATIONAL);
      const e164 = util.format(n, F.E164);
      const national = util.format(n, F.NATIONAL);
      const trunkZero = national.startsWith('0') || national.startsWith('(0');
      // A layout libphonenumber cannot read back as this region's number falls back to the international format.
      const valid = (v: string) => {
        try {
          return util.isValidNumberForRegion(util.parse(v, region), region);
        } catch {
          return false;
        }
      };
      const note = `generated: google-libphonenumber example ${k % 3 === 1 ? 'fixed-line' : 'mobile'} number for ${region}, last four digits randomised (seeded), valid for ${region}`;
      const wording = pick(W.PHONE, k);
      switch (k % 6) {
        case 0: {
          const v = national.replace(/ /g, '\u00a0');
          const ok = valid(v);
          c.push(`phone:web-${region}`, fill(wording, { v: ok ? v : intl }), [{ kind: 'phone', value: ok ? v : intl }], `${note}; ${ok ? 'national format with non-breaking spaces, as copied from a web page' : 'international format (the layout did not parse)'}`);
          break;
        }
        case 1: {
          const bracketed = `+${n.getCountryCode()} (0)${national.replace(/^\(?0\)?\s?/, '')}`;
          const v = trunkZero && valid(bracketed) ? bracketed : intl;
          c.push(`phone:web-${region}`, fill(wording, { v }), [{ kind: 'phone', value: v }], `${note}; ${v === bracketed ? 'international with the trunk 0 in brackets' : 'international format'}`);
          break;
        }
        case 2: {
          const dialled = `00${n.getCountryCode()} ${intl.split(' ').slice(1).join(' ')}`;
          const v = valid(dialled) ? dialled : intl;
          c.push(`phone:web-${region}`, fill(wording, { v }), [{ kind: 'phone', value: v }], `${note}; ${v === dialled ? '00 international prefix' : 'international format (the 00 layout did not parse)'}`);
          break;
        }
        case 3: {
          const text = `<a href="tel:${e164}" class="contact-phone">${intl}</a>`;
          c.push(`phone:web-${region}`, text, [{ kind: 'phone', value: e164 }, { kind: 'phone', value: intl }], `${note}; an HTML tel: link (E.164 in the href, international in the text), both labelled`);
          break;
        }
        case 4: {
          const text = `BEGIN:VCARD\nVERSION:3.0\nFN:Support desk\nTEL;TYPE=${k % 3 === 1 ? 'WORK' : 'CELL'}:${intl}\nEND:VCARD`;
          c.push(`phone:web-${region}`, text, [{ kind: 'phone', value: intl }], `${note}; a vCard TEL line`);
          break;
        }
        default: {
          const v = national;
          c.push(`phone:web-${region}`, fill(wording, { v }), [{ kind: 'phone', value: v }], `${note}; national format`);
        }
      }
      return;
    }
  });
}

export function ips(c: Collector, r: Random, count: number): void {
  const prefixes = ['2a01:4f8', '2a02:6b8', '2406:da18', '2600:9000', '2001:41d0', '2c0f:f248', '2803:9800', '2a0d:5600'];
  for (let i = 0; i < count; i++) {
    let v: string;
    let how: string;
    if (i % 4 === 3) {
      const p = pick(prefixes, i);
      const groups = Array.from({ length: 8 - p.split(':').length }, () => r.int(0, 0x10000).toString(16));
      v = i % 8 === 7 ? `${p}:${groups[0]}::${groups[groups.length - 1]}` : [p, ...groups].join(':');
      if (i % 16 === 3) v = v.toUpperCase();
      how = `generated global unicast IPv6 (seeded)${v.includes('::') ? ', zero run compressed' : ''}${v === v.toUpperCase() ? ', upper case' : ''}`;
    } else if (i % 5 === 4) {
      v = [`10.${r.int(0, 256)}.${r.int(0, 256)}.${r.int(2, 255)}`, `172.${r.int(16, 32)}.${r.int(0, 256)}.${r.int(2, 255)}`, `192.168.${r.int(0, 256)}.${r.int(2, 255)}`][i % 3]!;
      how = 'generated private IPv4 (seeded)';
    } else {
      v = publicIpv4(r);
      how = 'generated public IPv4 (seeded)';
    }
    const t = pick(W.IP, i);
    const text = v.includes(':') && /\{v\}:\d/.test(t) ? fill(t, { v: `[${v}]` }) : fill(t, { v });
    c.push('ip_address:generated', text, [{ kind: 'ip_address', value: v }], how);
  }
  const negatives = ['cidr_blocks = ["0.0.0.0/0"]', 'netmask 255.255.254.0 (a /23), gateway unchanged', 'OS build 10.0.22631.4460', 'listen [::]:80 default_server;', 'bind-address = 127.0.0.1'];
  for (const t of negatives) c.push('negative:ip', t, [], `invented look-alike ${WRITTEN} (unspecified, a netmask, a four-part build number, loopback)`);
}

export function jwts(c: Collector, r: Random, count: number): void {
  const algs = ['RS256', 'ES384', 'HS256', 'PS512', 'EdDSA', 'RS512', 'HS384', 'ES256', 'ES256K', 'PS256'];
  const issuers = ['https://accounts.google.com', 'https://cognito-idp.eu-central-1.amazonaws.com/eu-central-1_Qx7Lm2Rk9', 'https://auth.shop.internal/realms/shop', 'https://dev-5r2k8q.eu.auth0.com/', 'https://sts.windows.net/6e4c2a1d-93f7-4b58-8d2e-0c9f1a7b3e65/', 'https://clerk.shop.dev'];
  for (let i = 0; i < count; i++) {
    const alg = pick(algs, i);
    const header = { ...(i % 3 === 0 ? { kid: r.fromAlphabet(ALNUM, 20) } : {}), alg, ...(i % 4 === 2 ? {} : { typ: 'JWT' }) };
    const claims: Record<string, unknown> = {
      iss: pick(issuers, i),
      sub: i % 2 ? String(r.int(100000, 999999)) : `user_${r.fromAlphabet(ALNUM, 24)}`,
      aud: i % 3 ? 'shop-api' : ['shop-web', 'shop-mobile'],
      iat: r.int(1.77e9, 1.79e9),
      exp: r.int(1.8e9, 1.9e9),
      ...(i % 4 === 1 ? { 'cognito:groups': ['admins'], token_use: 'access' } : { scope: 'openid profile orders:read' }),
    };
    const v = jwt(r, header, claims);
    c.push('jwt:generated', fill(pick(W.JWT, i), { v }), [{ kind: 'jwt', value: v }], `generated (RFC 7519 layout, ${alg}, seeded signature of its length)`);
  }
}

export function privateKeys(c: Collector, count: number): void {
  const tmp = mkdtempSync(join(tmpdir(), 'r10keys-'));
  const ssh = (args: string[], i: number) => {
    const file = join(tmp, `k${i}`);
    execFileSync('ssh-keygen', ['-q', ...args, '-f', file]);
    return { priv: readFileSync(file, 'utf8'), pub: readFileSync(`${file}.pub`, 'utf8') };
  };
  const pem = (k: KeyObject, o: KeyExportOptions & { format: 'pem' }) => k.export(o).toString();
  const makers: [string, (i: number) => string][] = [
    ['OpenSSH ECDSA P-256 (ssh-keygen)', (i) => ssh(['-t', 'ecdsa', '-b', '256', '-N', '', '-C', 'deploy@ci'], i).priv],
    ['RSA-2048 PKCS#1', () => pem(generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey, { type: 'pkcs1', format: 'pem' })],
    ['EC P-521 SEC1', () => pem(generateKeyPairSync('ec', { namedCurve: 'P-521' }).privateKey, { type: 'sec1', format: 'pem' })],
    ['Ed25519 PKCS#8', () => pem(generateKeyPairSync('ed25519').privateKey, { type: 'pkcs8', format: 'pem' })],
    ['X448 PKCS#8', () => pem(generateKeyPairSync('x448').privateKey, { type: 'pkcs8', format: 'pem' })],
    ['PKCS#8 encrypted (AES-192-CBC) EC P-256', () => pem(generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey, { type: 'pkcs8', format: 'pem', cipher: 'aes-192-cbc', passphrase: 'round ten' })],
    ['RSA-3072 PKCS#8', () => pem(generateKeyPairSync('rsa', { modulusLength: 3072 }).privateKey, { type: 'pkcs8', format: 'pem' })],
    ['OpenSSH RSA-3072 (ssh-keygen)', (i) => ssh(['-t', 'rsa', '-b', '3072', '-N', '', '-C', 'backup@nas'], i).priv],
    ['EC secp256k1 SEC1', () => pem(generateKeyPairSync('ec', { namedCurve: 'secp256k1' }).privateKey, { type: 'sec1', format: 'pem' })],
    ['DSA-2048 PKCS#8', () => pem(generateKeyPairSync('dsa', { modulusLength: 2048, divisorLength: 256 }).privateKey, { type: 'pkcs8', format: 'pem' })],
  ];
  for (let i = 0; i < count; i++) {
    const [name, make] = pick(makers, i);
    const key = make(i).trim();
    switch (i % 6) {
      case 1: {
        const v = key.replace(/\n/g, '\\n');
        c.push('private_key', `{"kty_hint": "pem", "client_id": "104882277311", "private_key": "${v}"}`, [{ kind: 'private_key', value: v }], `generated (${name}), JSON-escaped in a credentials file`);
        break;
      }
      case 3: {
        // Indented under a block scalar: the indentation is inside the value, as the text holds it.
        const v = key.split('\n').join('\n        ');
        c.push('private_key', `services:\n  app:\n    environment:\n      SIGNING_KEY: |\n        ${v}`, [{ kind: 'private_key', value: v }], `generated (${name}), indented under a docker-compose block scalar`);
        break;
      }
      case 5: {
        const v = key.replace(/\n/g, '\r\n');
        c.push('private_key', `resource "tls_private_key" "imported" {\n  private_key_pem = <<EOT\r\n${v}\r\nEOT\n}`, [{ kind: 'private_key', value: v }], `generated (${name}), CRLF line endings in a Terraform heredoc`);
        break;
      }
      default:
        c.push('private_key', fill(pick(W.PRIVATE_KEY, i), { v: key }), [{ kind: 'private_key', value: key }], `generated (${name})`);
    }
  }
  const spki = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }).toString().trim();
  c.push('negative:public-key', `Here is the public key for verifying releases:\n${spki}`, [], 'generated (Ed25519 SPKI public key, node:crypto)');
  const pkcs1 = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ type: 'pkcs1', format: 'pem' }).toString().trim();
  c.push('negative:public-key', `RSA public key (PKCS#1) from the vendor:\n${pkcs1}`, [], 'generated (RSA PKCS#1 public key, node:crypto)');
  const pub = ssh(['-t', 'ed25519', '-N', '', '-C', 'anna@laptop'], 99).pub.trim();
  c.push('negative:public-key', `add this to ~/.ssh/authorized_keys:\n${pub}`, [], 'generated (OpenSSH Ed25519 public key, ssh-keygen)');
  rmSync(tmp, { recursive: true, force: true });
}
