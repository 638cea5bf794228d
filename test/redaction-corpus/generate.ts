// Seeded generator for the bulk of the redaction corpus (generated.jsonl); hand-written cases live in
// handwritten.jsonl and holdout.jsonl. Every secret here is random output of a seeded PRNG with a real provider's shape: fake, but
// shaped like the real thing. Cards and IBANs get valid checksums so they exercise the checksum path; the
// negatives get deliberately broken ones. Regenerate with: npx tsx test/redaction-corpus/generate.ts
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { RedactionKind } from '../../src/core/redaction/types';
import {
  ALNUM,
  API_KEYS,
  B64,
  card,
  chars,
  CITIES,
  digits,
  email,
  FIRST,
  HEX,
  iban,
  int,
  ip,
  jwt,
  key,
  LAST,
  password,
  pem,
  phone,
  pick,
  STATES,
  STREETS,
  UPPER_NUM,
  usStreet,
} from './fake-values';

export interface CorpusCase {
  text: string;
  expected: { kind: RedactionKind; value: string }[];
  note?: string;
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
