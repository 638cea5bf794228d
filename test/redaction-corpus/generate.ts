// Seeded generator for the bulk of the redaction corpus (generated.jsonl); the hand-written edge cases live in
// handwritten.jsonl. Every secret here is random output of a seeded PRNG with a real provider's shape: fake, but
// shaped like the real thing. Cards and IBANs get valid checksums so they exercise the checksum path; the
// negatives get deliberately broken ones. Regenerate with: npx tsx test/redaction-corpus/generate.ts
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { luhnValid } from '../../src/core/redaction/checks';
import type { RedactionKind } from '../../src/core/redaction/types';

export interface CorpusCase {
  text: string;
  expected: { kind: RedactionKind; value: string }[];
  note?: string;
}

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

const random = mulberry32(20261125);
const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const UPPER_NUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const HEX = '0123456789abcdef';
const B64 = ALNUM + '+/';
const URLSAFE = ALNUM + '_-';
const chars = (alphabet: string, n: number) => Array.from({ length: n }, () => pick([...alphabet])).join('');
const digits = (n: number) => chars('0123456789', n);
/** Random strings with at least one digit and one letter, like real generated keys. */
function key(alphabet: string, n: number): string {
  for (;;) {
    const value = chars(alphabet, n);
    if (/\d/.test(value) && /[A-Za-z]/.test(value) && !/xxxx|your|example/i.test(value)) return value;
  }
}

const FIRST = ['jane', 'john', 'maria', 'li', 'ahmed', 'sofia', 'lukas', 'emma', 'noah', 'priya', 'kenji', 'olga', 'diego', 'fatima', 'tom'];
const LAST = ['doe', 'smith', 'garcia', 'wang', 'khan', 'rossi', 'mueller', 'johnson', 'patel', 'tanaka', 'ivanova', 'silva', 'nguyen', 'brown'];
const DOMAINS = ['gmail.com', 'outlook.com', 'yahoo.co.uk', 'proton.me', 'acme-corp.io', 'firma.de', 'uni-heidelberg.de', 'startup.ai', 'mail.ru', 'company.org', 'bigbank.com', 'agency.co'];
const CITIES = ['Springfield', 'Portland', 'Austin', 'Denver', 'Madison', 'Salem', 'Columbus', 'Fairview'];
const STATES = ['IL', 'OR', 'TX', 'CO', 'WI', 'MA', 'OH', 'CA'];
const STREETS = ['Maple', 'Oak', 'Pine', 'Cedar', 'Elm', 'Washington', 'Lake', 'Hill', 'Sunset', 'Park', 'Main'];
const SUFFIXES = ['Street', 'St', 'Avenue', 'Ave', 'Road', 'Rd', 'Boulevard', 'Blvd', 'Lane', 'Ln'];

function email(): string {
  const f = pick(FIRST);
  const l = pick(LAST);
  const local = pick([`${f}.${l}`, `${f}_${l}`, `${f}${l}${int(1, 99)}`, `${f[0]}${l}`, `${f}.${l}+${pick(['work', 'news', 'ai'])}`]);
  return `${local}@${pick(DOMAINS)}`;
}

function phone(): string {
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

function ip(): string {
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

function card(valid = true): string {
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

function iban(valid = true): string {
  const country = pick(Object.keys(IBAN_BBAN));
  const bban = IBAN_BBAN[country]!();
  const numeric = (bban + country + '00').replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let check = 98 - mod97(numeric);
  if (!valid) check = (check + int(1, 50)) % 97 + 2;
  const value = `${country}${String(check).padStart(2, '0')}${bban}`;
  return random() < 0.6 ? value.match(/.{1,4}/g)!.join(' ') : value;
}

function usStreet(): string {
  return `${int(1, 9999)} ${pick(STREETS)} ${pick(SUFFIXES)}`;
}

const API_KEYS: (() => string)[] = [
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

function jwt(): string {
  const header = base64url(JSON.stringify({ alg: pick(['HS256', 'RS256', 'ES256']), typ: 'JWT' }));
  const payload = base64url(JSON.stringify({ sub: digits(8), name: `${pick(FIRST)} ${pick(LAST)}`, iat: 1700000000 + int(0, 9999999) }));
  return `${header}.${payload}.${key(URLSAFE, pick([43, 86, 342]))}`;
}

function pem(): string {
  const kind = pick(['RSA PRIVATE KEY', 'PRIVATE KEY', 'EC PRIVATE KEY', 'OPENSSH PRIVATE KEY', 'ENCRYPTED PRIVATE KEY']);
  const lines = Array.from({ length: int(3, 12) }, () => chars(B64, 64));
  return `-----BEGIN ${kind}-----\n${lines.join('\n')}\n${chars(B64, int(8, 60))}=\n-----END ${kind}-----`;
}

function password(): string {
  return pick([
    () => `${pick(['Summer', 'Winter', 'Blue', 'Tiger', 'Rocket'])}${digits(int(2, 4))}${pick(['!', '#', '$', ''])}`,
    () => key(ALNUM + '!#%&*', int(10, 20)),
    () => `${pick(['hunter', 'dragon', 'shadow'])}${digits(2)}`,
  ])();
}

function add(cases: CorpusCase[], text: string, expected: CorpusCase['expected'], note?: string) {
  cases.push(note ? { text, expected, note } : { text, expected });
}

function positives(cases: CorpusCase[]) {
  for (let i = 0; i < 45; i++) {
    const e = email();
    const t = pick([
      `You can reach me at ${e} if the script fails.`,
      `{"name": "${pick(FIRST)}", "email": "${e}"}`,
      `From: ${pick(FIRST)} <${e}>`,
      `git config --global user.email "${e}"`,
      `Send the report to mailto:${e}.`,
    ]);
    add(cases, t, [{ kind: 'email', value: e }]);
  }
  for (let i = 0; i < 45; i++) {
    const p = phone();
    const t = pick([`Call me on ${p} tomorrow.`, `Contact: ${p}`, `My number is ${p}, text before 6pm.`, `| ${pick(FIRST)} | ${p} |`, `"phone": "${p}"`]);
    add(cases, t, [{ kind: 'phone', value: p }]);
  }
  for (let i = 0; i < 35; i++) {
    const v = ip();
    const t = pick([`ssh deploy@${v} fails with timeout`, `The server at ${v} returns 502.`, `host: ${v}`, `curl http://${v}:8080/health`, `allow from ${v};`]);
    add(cases, t, [{ kind: 'ip_address', value: v }]);
  }
  for (let i = 0; i < 40; i++) {
    const c = card();
    const t = pick([`My card number is ${c}, exp 04/27.`, `charge(${JSON.stringify(c)})`, `card: ${c}`, `Paid with ${c} but the order failed`]);
    add(cases, t, [{ kind: 'payment_card', value: c }]);
  }
  for (let i = 0; i < 35; i++) {
    const v = iban();
    const t = pick([`Please transfer to IBAN ${v}.`, `IBAN: ${v}`, `{"iban": "${v}"}`, `Kontonummer ${v} bei der Sparkasse`]);
    add(cases, t, [{ kind: 'iban', value: v }]);
  }
  for (let i = 0; i < 20; i++) {
    const street = usStreet();
    const tail = `, ${pick(CITIES)}, ${pick(STATES)} ${digits(5)}`;
    add(cases, `Ship it to ${street}${tail} please.`, [{ kind: 'postal_address', value: street + tail }]);
  }
  for (let i = 0; i < 12; i++) {
    const pc = pick(['SW1A 1AA', 'EC1A 1BB', 'W1A 0AX', 'M1 1AE', 'B33 8TH', 'CR2 6XH', 'DN55 1PT', 'LS1 4AP', 'EH1 1YZ', 'G2 3BZ']);
    const street = `${int(2, 200)} ${pick(STREETS)} ${pick(['Road', 'Street', 'Lane'])}`;
    add(cases, `I live at ${street}, ${pick(['London', 'Leeds', 'Glasgow', 'Manchester'])} ${pc}.`, [
      { kind: 'postal_address', value: street },
      { kind: 'postal_address', value: pc },
    ]);
  }
  const DE_STREETS = ['Hauptstraße', 'Berliner Straße', 'Goethestr.', 'Lindenallee', 'Am Mühlweg', 'Marktplatz', 'Schillerstrasse', 'Ringstraße'];
  for (let i = 0; i < 15; i++) {
    const v = `${pick(DE_STREETS)} ${int(1, 120)}${pick(['', 'a', ''])}, ${digits(5).replace(/^0/, '1')} ${pick(['Berlin', 'München', 'Köln', 'Hamburg', 'Leipzig'])}`;
    add(cases, `Meine Adresse: ${v}`, [{ kind: 'postal_address', value: v.replace(/^Am /, '') }]);
  }
  for (let i = 0; i < 70; i++) {
    const k = API_KEYS[i % API_KEYS.length]!();
    const t = pick([
      `export API_KEY=${k}`,
      `client = OpenAI(api_key="${k}")`,
      `Here is my key ${k} why does it fail?`,
      `headers = {"X-Api-Key": "${k}"}`,
      `const key = '${k}';`,
    ]);
    add(cases, t, [{ kind: 'api_key', value: k }]);
  }
  for (let i = 0; i < 10; i++) {
    const secret = key(ALNUM + '/+', 40);
    add(cases, `[default]\naws_access_key_id = AKIA${key(UPPER_NUM, 16)}\naws_secret_access_key = ${secret}`, []);
    const last = cases[cases.length - 1]!;
    last.expected = [
      { kind: 'api_key', value: last.text.match(/AKIA\w{16}/)![0] },
      { kind: 'api_key', value: secret },
    ];
  }
  for (let i = 0; i < 20; i++) {
    const v = pem();
    add(cases, `My deploy key:\n${v}\nWhy does ssh reject it?`, [{ kind: 'private_key', value: v }]);
  }
  for (let i = 0; i < 30; i++) {
    const v = jwt();
    const t = pick([`token: ${v}`, `The cookie is session=${v}; Path=/`, `decode this ${v}`, `fetch(url, {headers: {Authorization: "Bearer ${v}"}})`]);
    add(cases, t, [{ kind: 'jwt', value: v }]);
  }
  for (let i = 0; i < 40; i++) {
    const pw = password();
    const user = pick(['admin', 'app', 'postgres', 'root', 'svc_user']);
    const t = pick([
      () => [`DATABASE_URL=postgres://${user}:${pw}@db.internal:5432/app`, pw],
      () => [`mongodb+srv://${user}:${pw}@cluster0.ab1cd.mongodb.net/test`, pw],
      () => [`redis://:${pw}@cache.local:6379/0`, pw],
      () => [`password = "${pw}"`, pw],
      () => [`{"username": "${user}", "password": "${pw}"}`, pw],
      () => [`DB_PASSWORD=${pw}1`, `${pw}1`],
      () => [`  db_pass: "${pw}"`, pw],
      () => {
        const b = Buffer.from(`${user}:${pw}`).toString('base64');
        return [`Authorization: Basic ${b}`, b];
      },
    ])();
    add(cases, t[0]!, [{ kind: 'password', value: t[1]! }]);
  }
  for (let i = 0; i < 40; i++) {
    const v = pick([() => key(ALNUM, int(24, 48)), () => key(HEX, 32), () => key(HEX, 64), () => key(B64, 40) + '='])();
    const t = pick([
      `SECRET_KEY = "${v}"`,
      `"client_secret": "${v}"`,
      `auth_token: ${v}`,
      `WEBHOOK_SECRET=${v}`,
      `curl -H "Authorization: Bearer ${v}" https://api.internal/v1`,
      `accessToken = '${v}'`,
      `--token=${v}`,
      `SESSION_KEY: "${v}"`,
    ]);
    add(cases, t, [{ kind: 'secret', value: v }]);
  }
}

function negatives(cases: CorpusCase[]) {
  const uuid = () => `${chars(HEX, 8)}-${chars(HEX, 4)}-4${chars(HEX, 3)}-${pick(['8', '9', 'a', 'b'])}${chars(HEX, 3)}-${chars(HEX, 12)}`;
  for (let i = 0; i < 30; i++) {
    add(cases, pick([`const id = "${uuid()}";`, `request ${uuid()} failed`, `session_id column: ${uuid()}`, `/api/users/${uuid()}/profile`]), [], 'uuid');
  }
  for (let i = 0; i < 25; i++) {
    add(cases, pick([`git checkout ${chars(HEX, 40)}`, `commit ${chars(HEX, 40)}`, `fixed in ${chars(HEX, 7)}`, `sha256:${chars(HEX, 64)}`, `md5 ${chars(HEX, 32)}  file.tar.gz`, `"integrity": "sha512-${chars(B64, 86)}=="`]), [], 'hash');
  }
  for (let i = 0; i < 15; i++) {
    add(cases, `color: #${chars(HEX, pick([3, 6, 8]))}; background: #${chars(HEX, 6)};`, [], 'hex color');
  }
  for (let i = 0; i < 25; i++) {
    const v = `${int(0, 20)}.${int(0, 40)}.${int(0, 30)}`;
    add(cases, pick([`Upgrade to v${v}`, `"react": "^${v}"`, `requires python>=${v}`, `version ${v}.${int(0, 9)}`, `npm i lodash@${v}`, `Release ${v}-beta.${int(1, 9)}`, `Windows ${int(10, 11)}.0.${int(10000, 22999)}.${int(100, 4000)}`, `version: ${int(1, 9)}.${int(0, 9)}.${int(0, 9)}.${int(0, 99)}`]), [], 'version');
  }
  for (let i = 0; i < 25; i++) {
    const y = int(1990, 2030);
    const m = String(int(1, 12)).padStart(2, '0');
    const d = String(int(1, 28)).padStart(2, '0');
    add(cases, pick([`Due ${y}-${m}-${d}`, `am ${d}.${m}.${y} um 14:30`, `${m}/${d}/${y}`, `${y}-${m}-${d}T${int(10, 23)}:${int(10, 59)}:${int(10, 59)}Z`, `between ${y}-${m}-${d} and ${y + 1}-${m}-${d}`, `timestamp 1${digits(12)}`]), [], 'date/time');
  }
  for (let i = 0; i < 25; i++) {
    add(cases, pick([`Order #${digits(3)}-${digits(3)}-${digits(4)}`, `order number ${int(2, 9)}${digits(2)}-${int(2, 9)}${digits(2)}-${digits(4)}`, `Invoice ${digits(3)}-${digits(3)}-${digits(4)}`, `Tracking: 1Z${chars(UPPER_NUM, 16)}`, `ticket #${digits(6)}`, `PO ${digits(10)}`, `ref ${int(2, 9)}${digits(2)}.${int(2, 9)}${digits(2)}.${digits(4)}`]), [], 'order number');
  }
  for (let i = 0; i < 15; i++) {
    add(cases, pick([`ISBN 978-${int(0, 1)}-${digits(3)}-${digits(5)}-${int(0, 9)}`, `ISBN-10: 0-${digits(3)}-${digits(5)}-${int(0, 9)}`, `ISBN ${int(0, 1)}${digits(9)}`]), [], 'isbn');
  }
  for (let i = 0; i < 25; i++) {
    const c = card(false);
    add(cases, pick([`test card ${c}`, `card: ${c}`, `"number": "${c}"`]), [], 'card failing Luhn');
  }
  for (let i = 0; i < 15; i++) {
    add(cases, `IBAN: ${iban(false)}`, [], 'IBAN with wrong check digits');
  }
  for (let i = 0; i < 20; i++) {
    add(cases, pick([
      `send mail to ${pick(FIRST)}@example.com`,
      `user: "${pick(FIRST)}.${pick(LAST)}@example.org"`,
      `admin@localhost`,
      `bob@test`,
      `alice@company.example`,
      `git clone git@github.com:${pick(LAST)}/repo.git`,
      `y = x@self.weight + self.bias`,
      `@app.route("/login")`,
      `npm i @types/node@${int(16, 22)}.0.${int(0, 9)}`,
      `pip install requests==2.${int(10, 32)}.0`,
    ]), [], 'email look-alike');
  }
  for (let i = 0; i < 25; i++) {
    add(cases, pick([
      `app.listen(3000, "127.0.0.1")`,
      `bind 0.0.0.0:8080`,
      `netmask 255.255.255.0`,
      `ping 192.0.2.${int(1, 254)}`,
      `docs use 203.0.113.${int(1, 254)} and 198.51.100.${int(1, 254)}`,
      `listen [::1]:443`,
      `2001:db8::${int(1, 99)}`,
      `MAC ${chars('0123456789ABCDEF', 2)}:${chars('0123456789ABCDEF', 2)}:${chars('0123456789ABCDEF', 2)}:${chars('0123456789ABCDEF', 2)}:${chars('0123456789ABCDEF', 2)}:${chars('0123456789ABCDEF', 2)}`,
      `std::vector<int> v; std::map<std::string, int> m;`,
      `at ${int(10, 23)}:${int(10, 59)}:${int(10, 59)}`,
      `OID 1.3.6.1.4.1.${digits(4)}`,
      `version 1.${int(0, 9)}.${int(0, 9)}.${int(0, 9)}`,
    ]), [], 'ip look-alike');
  }
  for (let i = 0; i < 30; i++) {
    add(cases, pick([
      `client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])`,
      `export OPENAI_API_KEY=sk-...`,
      `OPENAI_API_KEY=sk-your-api-key-here`,
      `aws_access_key_id = AKIAIOSFODNN7EXAMPLE`,
      `aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`,
      `GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
      `password: string;`,
      `const token = getToken();`,
      `token = request.headers.get("Authorization")`,
      `"max_tokens": ${int(256, 8192)}`,
      `secret: process.env.JWT_SECRET`,
      `password = hashedPassword`,
      `api_key: \${API_KEY}`,
      `DB_PASSWORD=<your-password>`,
      `postgres://user:password@localhost:5432/db`,
      `mysql://root:\${MYSQL_ROOT_PASSWORD}@db/app`,
      `pip install scikit-learn; import sklearn`,
      `pk_test_${key(ALNUM, 24)}`,
      `token_type: bearer`,
      `Authorization: Bearer <token>`,
      `tokenizer: gpt2-medium-${digits(4)}`,
      `"password_min_length": 12`,
    ]), [], 'secret look-alike');
  }
  for (let i = 0; i < 15; i++) {
    add(cases, pick([
      `<img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA${chars(B64, 120)}=">`,
      `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${chars(B64, 43)} ${pick(FIRST)}@laptop`,
      `ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ${chars(B64, 200)} deploy`,
      `-----BEGIN PUBLIC KEY-----\n${chars(B64, 64)}\n${chars(B64, 40)}\n-----END PUBLIC KEY-----`,
      `-----BEGIN CERTIFICATE-----\n${chars(B64, 64)}\n${chars(B64, 64)}\n-----END CERTIFICATE-----`,
      `echo ${Buffer.from(`${pick(FIRST)} says hello`).toString('base64')} | base64 -d`,
    ]), [], 'public key / base64');
  }
  for (let i = 0; i < 20; i++) {
    add(cases, pick([
      `I have ${int(2, 4)} Hard Drive bays`,
      `Chapter ${int(2, 30)} and ${int(2, 9)} More Way`,
      `pi is ${'3.14159265358979'.slice(0, int(8, 16))}`,
      `total: $${int(1, 999)},${digits(3)},${digits(3)}.${digits(2)}`,
      `coords 51.${digits(4)}, -0.${digits(4)}`,
      `PS5 1TB edition`,
      `room A1 2BC`,
      `chmod 755 run.sh && exit 0`,
      `0x${chars(HEX, 8)} 0x${chars(HEX, 16)}`,
      `population 8 336 817 in 2020`,
      `Slack channel C0${chars(UPPER_NUM, 8)} user U0${chars(UPPER_NUM, 8)}`,
      `arn:aws:iam::${digits(12)}:role/deploy`,
    ]), [], 'misc look-alike');
  }
}

export function generateCorpus(): CorpusCase[] {
  const cases: CorpusCase[] = [];
  positives(cases);
  negatives(cases);
  return cases;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = new URL('./generated.jsonl', import.meta.url);
  writeFileSync(out, generateCorpus().map((c) => JSON.stringify(c)).join('\n') + '\n');
  console.log(`wrote ${fileURLToPath(out)}`);
}
