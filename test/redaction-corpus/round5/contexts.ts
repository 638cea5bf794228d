// Round 5 wordings: the chat messages, log lines and code around a value, written for this round (different from
// split/, round3/ and round4/ contexts). `{v}` is the labelled value; other `{…}` slots are filled by build.ts with
// unlabelled filler (names of people are not a redaction kind, see docs/redaction.md).

/** Around a payment card number. */
export const CARD = [
  'My card {v} got declined twice at checkout, any idea why?',
  'Karte: {v}, gültig bis 09/28',
  'POST /v1/charges card[number]={v}&card[exp_month]=12&card[exp_year]=2029',
  '{"payment_method": {"type": "card", "number": "{v}", "cvc": "123"}}',
  'Carte bancaire n° {v} — expire fin 2027',
  'La tarjeta terminada en 1881 es la {v}, ¿la uso?',
  '信用卡号：{v}',
  'カード番号 {v} で決済できません',
  'test_cards:\n  - {v}\n  - expiry: 03/30',
  '2026-11-02T10:15:04Z WARN payment-svc PAN logged by mistake pan={v} merchant=4411',
  'Номер карты: {v}',
  'Use {v} with any future date and any CVC.',
];

/** Around an IBAN. */
export const IBAN = [
  'Bitte überweisen Sie den Betrag auf {v} (Verwendungszweck: Rechnung 2026-114).',
  'IBAN: {v}\nBIC: see attached letter',
  'Can you send the deposit to my account {v}? thanks!',
  '<CdtrAcct><Id><IBAN>{v}</IBAN></Id></CdtrAcct>',
  'Veuillez effectuer le virement sur le compte {v}.',
  'beneficiary_iban = "{v}"',
  'Mi cuenta para la devolución: {v}',
  '| Miete | 950,00 EUR | {v} |',
  'Rekeningnummer {v} t.n.v. de huurder',
  'رقم الآيبان: {v}',
  '{"iban": "{v}", "currency": "EUR"}',
  'Przelew na konto {v} do końca miesiąca.',
];

/** Around a phone number. */
export const PHONE = [
  'you can reach me on {v} after 6pm',
  'Rückruf erbeten unter {v}',
  'Mon portable : {v}',
  'WhatsApp: {v}',
  '"contact_phone": "{v}",',
  'Llámame al {v} cuando llegues',
  '2026-10-30 08:12:55 sms-gateway INFO delivered to={v} status=ok',
  '请拨打 {v} 联系客服',
  'お問い合わせ：{v}（平日9時〜18時）',
  'Телефон для связи: {v}',
  'اتصل بنا على {v}',
  'फ़ोन: {v}',
  '<a href="tel:{v}">Call the office</a>',
  'Contact: {v} (ask for the night desk)',
];

/** Around an e-mail address taken from a package's metadata (`{author}` is the whole author field). */
export const EMAIL = [
  'Author: {author}',
  '"author": "{author}",',
  'commit 3f2a9c1\nAuthor: {author}\nDate:   Tue Oct 14 09:12:44 2025 +0200',
  'Signed-off-by: {author}',
  '# Maintainer: {author}',
  'Hi, I wrote to {v} about the licence but got no answer yet.',
  'Co-authored-by: {author}',
  'Reported-by: {v}',
];

/** Around a private key. */
export const PRIVATE_KEY = [
  'here is the key from the old server, can you tell me why ssh rejects it?\n\n{v}',
  '```pem\n{v}\n```\nIs this the right format for nginx?',
  'resource "tls_private_key" "imported" {\n  private_key_pem = <<EOT\n{v}\nEOT\n}',
  'kind: Secret\ntype: kubernetes.io/tls\nstringData:\n  tls.key: |\n{indented}',
  'DEPLOY_KEY<<EOF\n{v}\nEOF',
];
/** A private key inside a JSON string (service-account files): `{v}` is the escaped key. */
export const SERVICE_ACCOUNT_EMAIL = 'exporter@billing-prod-3321.iam.gserviceaccount.com';
export const PRIVATE_KEY_JSON = `{\n  "type": "service_account",\n  "project_id": "billing-prod-3321",\n  "private_key_id": "{kid}",\n  "private_key": "{v}",\n  "client_email": "${SERVICE_ACCOUNT_EMAIL}"\n}`;

/** Around a JWT. */
export const JWT = [
  'curl -H "Authorization: Bearer {v}" https://api.internal.example/v2/me',
  'Set-Cookie: access_token={v}; HttpOnly; Secure; SameSite=Lax',
  '{"access_token":"{v}","token_type":"Bearer","expires_in":3600}',
  'GET /callback?id_token={v}&state=xyz HTTP/1.1',
  'why does jwt.io say invalid signature for {v} ?',
  'export SUPABASE_SERVICE_ROLE_KEY={v}',
  'sessionStorage["auth"] = "{v}"',
  '[2026-11-01 12:00:01] DEBUG auth: verifying token {v}',
  'Der Token lautet {v}',
  'token: {v}',
];

/** A secret under a key name that is not a provider's, in a format of its own (value in `{v}`). */
export const SECRET_FORMS: { doc: string; t: string }[] = [
  { doc: 'Go constant', t: 'const webhookSigningSecret = "{v}"' },
  { doc: 'Kotlin property', t: 'private val hmacKey: String = "{v}"' },
  { doc: 'Swift constant', t: 'let clientSecret = "{v}"' },
  { doc: 'Rust let binding', t: 'let signing_key = "{v}";' },
  { doc: 'C# appsettings.json', t: '"Jwt": {\n  "Issuer": "billing",\n  "SigningKey": "{v}"\n}' },
  { doc: 'Helm values.yaml', t: 'auth:\n  sessionSecret: {v}\n  cookieDomain: .internal' },
  { doc: 'GitHub Actions env', t: 'env:\n  ENCRYPTION_KEY: {v}\n  NODE_ENV: production' },
  { doc: '.npmrc auth token', t: '//registry.internal.example/:_authToken={v}' },
  { doc: 'HTTP header X-Auth-Token', t: 'X-Auth-Token: {v}' },
  { doc: 'Authorization: Token scheme', t: 'Authorization: Token {v}' },
  { doc: 'HCL variable default', t: 'variable "master_key" {\n  default = "{v}"\n}' },
  { doc: 'Java properties', t: 'app.security.remember-me-key={v}' },
  { doc: 'Ruby hash', t: 'config.secret_token = "{v}"' },
  { doc: 'PHP define', t: "define('AUTH_SALT', '{v}');" },
  { doc: 'Python keyword argument', t: 'client = Client(api_secret="{v}", region="eu-west-1")' },
  { doc: 'prose, English', t: 'the shared secret for the VPN is {v}, don\'t paste it anywhere' },
  { doc: 'prose, German', t: 'Der geheime Schlüssel lautet {v}' },
  { doc: 'XML element', t: '<credentials>\n  <accessKeySecret>{v}</accessKeySecret>\n</credentials>' },
  { doc: 'INI file', t: '[oauth]\nclient_id = reporting-app\nclient_secret = {v}' },
  { doc: 'shell argument', t: './deploy.sh --signing-secret {v} --env prod' },
];

/** Around an address (`{v}` is the labelled value, `{text}` the source's whole text when it holds more). */
export const ADDRESS = [
  'Please ship to:\n{text}',
  'my new address is {text}, can you update it?',
  'Lieferadresse:\n{text}',
  '{"shipping": {"address": "{text}"}}',
  'Adresse : {text}',
  'INSERT INTO customers (name, address) VALUES (\'J. Doe\', \'{text}\');',
  '送り先：{text}',
  'Адрес: {text}',
  'Dirección de entrega: {text}',
  'Billing address on file — {text}',
];
