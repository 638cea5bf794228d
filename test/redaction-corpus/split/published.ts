// Values written by hand from public documents, and invented look-alikes that must stay untouched.
// - Cards: test card numbers the payment providers publish for their sandboxes (Stripe docs "Testing";
//   Braintree developer docs "Testing and go live"; Worldpay and Checkout.com test card pages).
// - IBANs: the example IBAN printed for each country in the SWIFT IBAN Registry (and its national-format notes).
// Entries that fail their checksum here were mistyped by hand and are skipped by build.ts (it says which).
import type { Faker } from '@faker-js/faker';

export const PUBLISHED_CARDS: [string, string][] = [
  ['visa', '4242424242424242'], ['visa', '4000056655665556'], ['visa', '4111111111111111'], ['visa', '4012888888881881'],
  ['visa', '4005519200000004'], ['visa', '4009348888881881'], ['visa', '4217651111111119'], ['visa', '4500600000000061'],
  ['visa', '4444333322221111'], ['visa', '4543474002249996'], ['visa', '4917610000000000'],
  ['mastercard', '5555555555554444'], ['mastercard', '2223003122003222'], ['mastercard', '5200828282828210'], ['mastercard', '5105105105105100'],
  ['mastercard', '5431111111111111'], ['mastercard', '2223000048400011'], ['mastercard', '5454545454545454'], ['mastercard', '5436031030606378'],
  ['amex', '378282246310005'], ['amex', '371449635398431'], ['amex', '343434343434343'], ['amex', '345678901234564'],
  ['discover', '6011111111111117'], ['discover', '6011000990139424'], ['discover', '6011981111111113'], ['discover', '6011000400000000'],
  ['diners', '3056930009020004'], ['diners', '36227206271667'], ['diners', '36148900647913'],
  ['jcb', '3566002020360505'], ['jcb', '3530111333300000'], ['jcb', '3528000700000000'],
  ['unionpay', '6200000000000005'], ['unionpay', '6200000000000047'], ['unionpay', '6205500000000000004'],
  ['maestro', '6759649826438453'], ['maestro', '6304000000000000'],
  ['dinacard', '6555900000604105'],
];

export const REGISTRY_IBANS = [
  'DE89370400440532013000', 'GB29NWBK60161331926819', 'FR1420041010050500013M02606', 'NL91ABNA0417164300', 'ES9121000418450200051332',
  'IT60X0542811101000000123456', 'BE68539007547034', 'AT611904300234573201', 'CH9300762011623852957', 'PL61109010140000071219812874',
  'SE4550000000058398257466', 'NO9386011117947', 'DK5000400440116243', 'FI2112345600000785', 'PT50000201231234567890154',
  'IE29AIBK93115212345678', 'LU280019400644750000', 'CZ6508000000192000145399', 'SK3112000000198742637541', 'HU42117730161111101800000000',
  'RO49AAAA1B31007593840000', 'BG80BNBG96611020345678', 'HR1210010051863000160', 'SI56263300012039086', 'GR1601101250000000012300695',
  'CY17002001280000001200527600', 'MT84MALT011000012345MTLCAST001S', 'EE382200221020145685', 'LV80BANK0000435195001', 'LT121000011101001000',
  'IS140159260076545510730339', 'LI21088100002324013AA', 'MC5811222000010123456789030', 'SM86U0322509800000000270100', 'AD1200012030200359100100',
  'GI75NWBK000000007099453', 'TR330006100519786457841326', 'SA0380000000608010167519', 'AE070331234567890123456', 'IL620108000000099999999',
  'QA58DOHB00001234567890ABCDEFG', 'KW81CBKU0000000000001234560101', 'BH67BMAG00001299123456', 'JO94CBJO0010000000000131000302',
  'LB62099900000001001901229114', 'EG380019000500000000263180002', 'BR1800360305000010009795493C1', 'PK36SCBL0000001123456702',
  'RS35260005601001611379', 'ME25505000012345678951', 'MK07250120000058984', 'AL47212110090000000235698741', 'BA391290079401028494',
  'XK051212012345678906', 'MD24AG000225100013104168', 'UA213223130000026007233566001', 'GE29NV0000000101904917', 'AZ21NABZ00000000137010001944',
  'KZ86125KZT5004100100', 'TN5910006035183598478831', 'MR1300020001010000123456753', 'DO28BAGR00000001212453611324', 'CR05015202001026284066',
  'GT82TRAJ01020000001210029690', 'SV62CENR00000000000000700025', 'LC55HEMM000100010012001200023015', 'VG96VPVG0000012345678901',
  'TL380080012345678910157', 'ST68000100010051845310112', 'MU17BOMM0101101030300200000MUR', 'IQ98NBIQ850123456789012',
  'BY13NBRB3600900000002Z00AB00', 'VA59001123000012345678', 'FO6264600001631634', 'GL8964710001000206', 'PS92PALS000000000400123456702',
  'LY83002048000020100120361', 'SD2129010501234001', 'BI4210000100010000332045181', 'DJ2100010000000154000100186',
  'RU0304452522540817810538091310419', 'SC18SSCB11010000000000001497USD', 'NI45BAPR00000013000003558124', 'FK88SC123456789012',
  'OM810180000001299123456', 'MN121234123456789123', 'SO211000001001000100141', 'YE15CBYE0001018861234567891234', 'HN88CABF00000000000250005469',
];

export function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

export function mod97Valid(iban: string): boolean {
  const moved = iban.slice(4) + iban.slice(0, 4);
  let r = 0;
  for (const ch of moved) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) r = (r * 10 + Number(d)) % 97;
  }
  return r === 1;
}

/** Text that looks like personal data or secrets to a careless pattern and is neither. */
export function lookAlikes(f: Faker): string[] {
  const out: string[] = [];
  const hex = (n: number) => f.string.hexadecimal({ length: n, casing: 'lower', prefix: '' });
  for (let i = 0; i < 8; i++) {
    out.push(
      `request_id: ${f.string.uuid()} took ${f.number.int({ min: 3, max: 900 })} ms`,
      `commit ${hex(40)}\nAuthor date: ${f.date.recent().toISOString()}`,
      `"version": "${f.system.semver()}", "resolved": "https://registry.npmjs.org/pkg/-/pkg-${f.system.semver()}.tgz"`,
      `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/${f.number.int({ min: 100, max: 130 })}.0.${f.number.int({ min: 4000, max: 6999 })}.${f.number.int({ min: 10, max: 250 })} Safari/537.36`,
      `[assembly: AssemblyVersion("${f.number.int({ min: 1, max: 9 })}.${f.number.int({ min: 0, max: 20 })}.${f.number.int({ min: 0, max: 99 })}.${f.number.int({ min: 0, max: 9999 })}")]`,
      `Order #${f.string.numeric(9)} placed on ${f.date.past().toLocaleDateString('de-DE')} — invoice ${f.string.numeric(10)}`,
      `ISBN 978-${f.string.numeric(1)}-${f.string.numeric(3)}-${f.string.numeric(5)}-${f.string.numeric(1)}, page ${f.number.int({ min: 1, max: 600 })}`,
      `image: nginx@sha256:${hex(64)}`,
      `"integrity": "sha512-${f.string.fromCharacters('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 86)}=="`,
      `color: #${hex(6)}; margin: ${f.number.int({ min: 0, max: 40 })}px auto ${f.number.int({ min: 0, max: 40 })}px;`,
      `The meeting is on ${f.date.future().toISOString().slice(0, 10)} at ${f.number.int({ min: 8, max: 18 })}:${f.helpers.arrayElement(['00', '15', '30', '45'])}, room ${f.number.int({ min: 100, max: 599 })}.`,
      `user_id=${f.string.numeric(9)}&page=${f.number.int({ min: 1, max: 40 })}&ts=${f.number.int({ min: 1.6e9, max: 1.75e9 })}`,
      `Coordinates: ${f.location.latitude()}, ${f.location.longitude()}`,
      `Total: ${f.number.float({ min: 1000, max: 999999, fractionDigits: 2 })} EUR (${f.number.int({ min: 1, max: 99 })} items)`,
    );
  }
  out.push(
    'OPENAI_API_KEY=sk-...', 'export GITHUB_TOKEN=<your-token>', 'password: ********', 'DB_PASSWORD=${DB_PASSWORD}', 'aws_access_key_id = AKIAIOSFODNN7EXAMPLE',
    'const token = process.env.GITHUB_TOKEN;', 'if (password.length < 8) throw new Error("too short");', 'password_hash = bcrypt.hashpw(password, bcrypt.gensalt())',
    'api_key = os.getenv("API_KEY")', 'token: string; refreshToken?: string;', 'Authorization: Bearer <token>', 'curl -u user:password https://example.com',
    'postgres://postgres:postgres@localhost:5432/dev', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGQ3k1m9xYp2bq8v7WcR0n5sT4uJ6hL2fE1dA9zK3oPq user@laptop',
    'Wall Street rallied after the Fed decision.', 'The street was empty at midnight.', 'Via email is fine, or via Slack.', 'Take exit 12 toward Route 66.', 'See chapter 12, section 3.4.',
    'Windows 11 Pro build 22631.3447', 'iPhone 15 Pro Max, 256 GB', 'Level 3 support escalated ticket 48213.', 'Calle 13 released a new album.', 'The rue de la Paix square on the Monopoly board',
    'Set max_tokens to 4096 and temperature to 0.7.', 'Run on port 8080 or 3000; the health check is /healthz.', 'ping 127.0.0.1', 'Docs use 192.0.2.15 and 2001:db8::1 as examples.',
    'sorted([5, 3, 9, 1, 7]) returns [1, 3, 5, 7, 9]', 'Pi is 3.14159265358979 and e is 2.71828182845904', 'Tracking: 1Z 999 AA1 01 2345 6784', 'Error 0x80070005: access denied',
    'public_key = "-----BEGIN PUBLIC KEY-----"', 'primary_key = "id"', 'session_id = request.cookies.get("sid")', 'hash: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  );
  return out;
}
