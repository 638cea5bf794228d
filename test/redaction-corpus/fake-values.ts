// Seeded fake values for the corpus generator: random strings in real formats (provider key shapes, cards with
// valid Luhn digits, IBANs with valid check digits, phone numbers in national and international formats). Nothing
// here is a real secret or a real person's data.
import { luhnValid } from '../../src/core/redaction/checks';

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const random = mulberry32(20261125);
export const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
export const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
export const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const UPPER_NUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
export const HEX = '0123456789abcdef';
export const B64 = ALNUM + '+/';
export const URLSAFE = ALNUM + '_-';
export const chars = (alphabet: string, n: number) => Array.from({ length: n }, () => pick([...alphabet])).join('');
export const digits = (n: number) => chars('0123456789', n);
/** Random strings with at least one digit and one letter, like real generated keys. */
export function key(alphabet: string, n: number): string {
  for (;;) {
    const value = chars(alphabet, n);
    if (/\d/.test(value) && /[A-Za-z]/.test(value) && !/xxxx|your|example/i.test(value)) return value;
  }
}

export const FIRST = ['jane', 'john', 'maria', 'li', 'ahmed', 'sofia', 'lukas', 'emma', 'noah', 'priya', 'kenji', 'olga', 'diego', 'fatima', 'tom'];
export const LAST = ['doe', 'smith', 'garcia', 'wang', 'khan', 'rossi', 'mueller', 'johnson', 'patel', 'tanaka', 'ivanova', 'silva', 'nguyen', 'brown'];
export const DOMAINS = ['gmail.com', 'outlook.com', 'yahoo.co.uk', 'proton.me', 'acme-corp.io', 'firma.de', 'uni-heidelberg.de', 'startup.ai', 'mail.ru', 'company.org', 'bigbank.com', 'agency.co'];
export const CITIES = ['Springfield', 'Portland', 'Austin', 'Denver', 'Madison', 'Salem', 'Columbus', 'Fairview'];
export const STATES = ['IL', 'OR', 'TX', 'CO', 'WI', 'MA', 'OH', 'CA'];
export const STREETS = ['Maple', 'Oak', 'Pine', 'Cedar', 'Elm', 'Washington', 'Lake', 'Hill', 'Sunset', 'Park', 'Main'];
export const SUFFIXES = ['Street', 'St', 'Avenue', 'Ave', 'Road', 'Rd', 'Boulevard', 'Blvd', 'Lane', 'Ln'];

export function email(): string {
  const f = pick(FIRST);
  const l = pick(LAST);
  const local = pick([`${f}.${l}`, `${f}_${l}`, `${f}${l}${int(1, 99)}`, `${f[0]}${l}`, `${f}.${l}+${pick(['work', 'news', 'ai'])}`]);
  return `${local}@${pick(DOMAINS)}`;
}

export function phone(): string {
  const a = int(2, 9);
  return pick([
    () => `+1 (${a}${digits(2)}) ${int(2, 9)}${digits(2)}-${digits(4)}`,
    () => `+1-${a}${digits(2)}-${int(2, 9)}${digits(2)}-${digits(4)}`,
    () => `(${a}${digits(2)}) ${int(2, 9)}${digits(2)}-${digits(4)}`,
    () => `${a}${digits(2)}-${int(2, 9)}${digits(2)}-${digits(4)}`,
    () => `${a}${digits(2)}.${int(2, 9)}${digits(2)}.${digits(4)}`,
    () => `+44 20 ${int(7, 8)}${digits(3)} ${digits(4)}`,
    () => `+44 7${digits(3)} ${digits(6)}`,
    () => `020 ${int(7, 8)}${digits(3)} ${digits(4)}`,
    () => `07${digits(3)} ${digits(6)}`,
    () => `+49 30 ${int(1, 9)}${digits(7)}`,
    () => `+49 (0)${int(151, 179)} ${digits(4)} ${digits(4)}`,
    () => `030 ${int(1, 9)}${digits(7)}`,
    () => `+33 ${int(1, 7)} ${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`,
    () => `0${int(1, 7)} ${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`,
    () => `+91 ${int(7, 9)}${digits(4)} ${digits(5)}`,
    () => `+81 3-${digits(4)}-${digits(4)}`,
    () => `+55 11 9${digits(4)}-${digits(4)}`,
    () => `+61 4${digits(2)} ${digits(3)} ${digits(3)}`,
    () => `+${int(30, 49)}${digits(9)}`,
  ])();
}

export function ip(): string {
  return pick([
    () => `10.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}`,
    () => `192.168.${int(0, 255)}.${int(1, 254)}`,
    () => `172.${int(16, 31)}.${int(0, 255)}.${int(1, 254)}`,
    () => `${int(11, 126)}.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}`,
    () => `${int(128, 191)}.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}`,
    () => Array.from({ length: 8 }, () => chars(HEX, 4)).join(':').replace(/^/, pick(['2a02:', 'fd12:', '2606:'])).split(':').slice(0, 8).join(':'),
    () => `2a01:${chars(HEX, 3)}:${chars(HEX, 4)}::${int(1, 9)}${chars(HEX, 2)}`,
    () => `fe80::${chars(HEX, 3)}:${chars(HEX, 2)}ff:fe${chars(HEX, 2)}:${int(1, 9)}${chars(HEX, 3)}`,
  ])();
}

function luhnComplete(prefix: string, length: number): string {
  let body = prefix + digits(length - prefix.length - 1);
  for (let d = 0; d <= 9; d++) if (luhnValid(body + d)) return body + d;
  body = '';
  return body;
}

function groupCard(number: string, sep: string): string {
  if (number.length === 15) return [number.slice(0, 4), number.slice(4, 10), number.slice(10)].join(sep);
  return number.match(/.{1,4}/g)!.join(sep);
}

export function card(valid = true): string {
  const [prefix, length] = pick([['4', 16], ['4', 16], ['51', 16], ['55', 16], ['2221', 16], ['34', 15], ['37', 15], ['6011', 16], ['65', 16], ['3530', 16], ['62', 16], ['4', 19]] as const);
  let number = luhnComplete(prefix, length);
  if (!valid) number = number.slice(0, -1) + String((Number(number.slice(-1)) + int(1, 9)) % 10);
  return groupCard(number, pick([' ', '-', '', ' ']));
}

const IBAN_BBAN: Record<string, () => string> = {
  DE: () => digits(18),
  GB: () => chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 4) + digits(14),
  FR: () => digits(10) + chars(UPPER_NUM, 11) + digits(2),
  NL: () => chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 4) + digits(10),
  ES: () => digits(20),
  IT: () => chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 1) + digits(10) + chars(UPPER_NUM, 12),
  CH: () => digits(17),
  AT: () => digits(16),
  BE: () => digits(12),
  PL: () => digits(24),
};

function mod97(numeric: string): number {
  let r = 0;
  for (const ch of numeric) r = (r * 10 + Number(ch)) % 97;
  return r;
}

export function iban(valid = true): string {
  const country = pick(Object.keys(IBAN_BBAN));
  const bban = IBAN_BBAN[country]!();
  const numeric = (bban + country + '00').replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let check = 98 - mod97(numeric);
  if (!valid) check = (check + int(1, 50)) % 97 + 2;
  const value = `${country}${String(check).padStart(2, '0')}${bban}`;
  return random() < 0.6 ? value.match(/.{1,4}/g)!.join(' ') : value;
}

export function usStreet(): string {
  return `${int(1, 9999)} ${pick(STREETS)} ${pick(SUFFIXES)}`;
}

export const API_KEYS: (() => string)[] = [
  () => `sk-proj-${key(URLSAFE, 48)}${key(ALNUM, 20)}`,
  () => `sk-${key(ALNUM, 48)}`,
  () => `sk-svcacct-${key(URLSAFE, 64)}`,
  () => `sk-ant-api03-${key(URLSAFE, 93)}AA`,
  () => `AKIA${key(UPPER_NUM, 16)}`,
  () => `ASIA${key(UPPER_NUM, 16)}`,
  () => `ghp_${key(ALNUM, 36)}`,
  () => `gho_${key(ALNUM, 36)}`,
  () => `ghs_${key(ALNUM, 36)}`,
  () => `github_pat_11${key(UPPER_NUM, 20)}_${key(ALNUM, 59)}`,
  () => `glpat-${key(URLSAFE, 20)}`,
  () => `AIza${key(URLSAFE, 35)}`,
  () => `xoxb-${digits(12)}-${digits(13)}-${key(ALNUM, 24)}`,
  () => `xoxp-${digits(12)}-${digits(12)}-${digits(13)}-${key(HEX, 32)}`,
  () => `sk_live_${key(ALNUM, 99)}`,
  () => `rk_live_${key(ALNUM, 99)}`,
  () => `pk_live_${key(ALNUM, 99)}`,
  () => `sk_test_${key(ALNUM, 24)}`,
  () => `npm_${key(ALNUM, 36)}`,
  () => `hf_${key(ALNUM, 34)}`,
  () => `SG.${key(URLSAFE, 22)}.${key(URLSAFE, 43)}`,
  () => `gsk_${key(ALNUM, 52)}`,
  () => `dop_v1_${key(HEX, 64)}`,
  () => `shpat_${key(HEX, 32)}`,
  () => `xai-${key(ALNUM, 80)}`,
  () => `r8_${key(ALNUM, 37)}`,
  () => `lin_api_${key(ALNUM, 40)}`,
  () => `GOCSPX-${key(URLSAFE, 28)}`,
  () => `${digits(10)}:AA${key(URLSAFE, 33)}`,
  () => `SK${key(HEX, 32)}`,
  () => `pplx-${key(ALNUM, 48)}`,
];

function base64url(value: string): string {
  return Buffer.from(value).toString('base64url');
}

export function jwt(): string {
  const header = base64url(JSON.stringify({ alg: pick(['HS256', 'RS256', 'ES256']), typ: 'JWT' }));
  const payload = base64url(JSON.stringify({ sub: digits(8), name: `${pick(FIRST)} ${pick(LAST)}`, iat: 1700000000 + int(0, 9999999) }));
  return `${header}.${payload}.${key(URLSAFE, pick([43, 86, 342]))}`;
}

export function pem(): string {
  const kind = pick(['RSA PRIVATE KEY', 'PRIVATE KEY', 'EC PRIVATE KEY', 'OPENSSH PRIVATE KEY', 'ENCRYPTED PRIVATE KEY']);
  const lines = Array.from({ length: int(3, 12) }, () => chars(B64, 64));
  return `-----BEGIN ${kind}-----\n${lines.join('\n')}\n${chars(B64, int(8, 60))}=\n-----END ${kind}-----`;
}

export function password(): string {
  return pick([
    () => `${pick(['Summer', 'Winter', 'Blue', 'Tiger', 'Rocket'])}${digits(int(2, 4))}${pick(['!', '#', '$', ''])}`,
    () => key(ALNUM + '!#%&*', int(10, 20)),
    () => `${pick(['hunter', 'dragon', 'shadow'])}${digits(2)}`,
  ])();
}
