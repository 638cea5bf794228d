// Sentences and code around each value, the way chat prompts carry them. Every template has a stable id: the split
// assigns whole templates to dev or untouched, so the untouched split also tests wordings never seen in tuning.
// `{v}` is the value; `{name}` a person's name; `{key}` the variable name a provider's docs use.

export type Templates = Record<string, string[]>;

export const ADDRESS: Templates = {
  en: [
    'My address is {v}.', 'Ship it to:\n{name}\n{v}', 'Billing address: {v}', 'We moved! New place: {v} — come visit.',
    'Can you fix the formatting of this label?\n\n{name}\n{v}', '{"name": "{name}", "address": "{v}"}',
    'Deliver to {v} between 9 and 5', 'The invoice should say {name}, {v}',
  ],
  de: ['Meine Adresse lautet {v}.', 'Bitte an folgende Anschrift senden:\n{name}\n{v}', 'Rechnungsadresse: {v}', 'Wir wohnen jetzt in der {v}, kommt vorbei!'],
  fr: ['Mon adresse : {v}', 'Merci de livrer à :\n{name}\n{v}', 'Adresse de facturation : {v}', "J'habite au {v} depuis mars."],
  nl: ['Mijn adres is {v}.', 'Stuur het naar:\n{name}\n{v}', 'Factuuradres: {v}'],
  it: ['Il mio indirizzo è {v}.', 'Spedire a:\n{name}\n{v}', 'Indirizzo di fatturazione: {v}'],
  es: ['Mi dirección es {v}.', 'Enviar a:\n{name}\n{v}', 'Dirección de facturación: {v}'],
  pt: ['Meu endereço é {v}.', 'Enviar para:\n{name}\n{v}', 'Morada de faturação: {v}'],
  pl: ['Mój adres to {v}.', 'Proszę wysłać na adres:\n{name}\n{v}', 'Adres do faktury: {v}'],
  cs: ['Moje adresa je {v}.', 'Doručovací adresa:\n{name}\n{v}'],
  sk: ['Moja adresa je {v}.', 'Doručovacia adresa:\n{name}\n{v}'],
  sv: ['Min adress är {v}.', 'Skicka till:\n{name}\n{v}'],
  nb: ['Adressen min er {v}.', 'Send til:\n{name}\n{v}'],
  da: ['Min adresse er {v}.', 'Send til:\n{name}\n{v}'],
  fi: ['Osoitteeni on {v}.', 'Lähetä osoitteeseen:\n{name}\n{v}'],
  hu: ['A címem: {v}', 'Szállítási cím:\n{name}\n{v}'],
  ro: ['Adresa mea este {v}.', 'Adresa de livrare:\n{name}\n{v}'],
  el: ['Η διεύθυνσή μου είναι {v}.', 'Διεύθυνση αποστολής:\n{name}\n{v}'],
  tr: ['Adresim: {v}', 'Teslimat adresi:\n{name}\n{v}'],
  ru: ['Мой адрес: {v}', 'Адрес доставки:\n{name}\n{v}'],
  uk: ['Моя адреса: {v}', 'Адреса доставки:\n{name}\n{v}'],
  hr: ['Moja adresa je {v}.', 'Adresa za dostavu:\n{name}\n{v}'],
  lv: ['Mana adrese ir {v}.', 'Piegādes adrese:\n{name}\n{v}'],
  ja: ['住所は{v}です。', 'お届け先：{name}様 {v}'],
  zh: ['我的地址是{v}。', '收货地址：{name} {v}'],
  ko: ['제 주소는 {v}입니다.', '배송지: {name} {v}'],
  id: ['Alamat saya {v}.', 'Kirim ke:\n{name}\n{v}'],
  vi: ['Địa chỉ của tôi là {v}.', 'Giao hàng đến:\n{name}\n{v}'],
};

export const PHONE: Templates = {
  en: ['Call me on {v} tomorrow.', 'My number is {v}, text before 6pm.', 'Phone: {v}', '{name} | mobile {v}', 'WhatsApp: {v}', '"phone": "{v}"', 'TEL;TYPE=cell:{v}', 'You can reach {name} at {v} after lunch.', 'Best,\n{name}\nm. {v}'],
  de: ['Ruf mich unter {v} an.', 'Tel.: {v}', 'Mobil: {v}', 'Meine Handynummer ist {v}.'],
  fr: ['Appelle-moi au {v}.', 'Tél : {v}', 'Portable : {v}', 'Mon numéro est le {v}.'],
  es: ['Llámame al {v}.', 'Teléfono: {v}', 'Mi móvil es {v}.'],
  it: ['Chiamami al {v}.', 'Cellulare: {v}', 'Il mio numero è {v}.'],
  pt: ['Liga-me para o {v}.', 'Telemóvel: {v}', 'Meu celular é {v}.'],
  nl: ['Bel me op {v}.', 'Telefoon: {v}', 'Mijn nummer is {v}.'],
  pl: ['Zadzwoń pod {v}.', 'Tel. kom.: {v}'],
  ru: ['Позвоните мне по номеру {v}.', 'Тел.: {v}'],
  ja: ['電話番号は{v}です。', '携帯：{v}'],
  zh: ['我的电话是{v}。', '手机：{v}'],
  ko: ['제 전화번호는 {v}입니다.', '휴대폰: {v}'],
  ar: ['رقم هاتفي {v}', 'هاتف: {v}'],
  tr: ['Beni {v} numaradan arayın.', 'Telefon: {v}'],
};

export const EMAIL = [
  'You can reach me at {v} if the script fails.', '{"name": "{name}", "email": "{v}"}', 'From: {name} <{v}>', 'git config --global user.email "{v}"',
  'Schreib mir an {v}.', 'Écrivez-moi à {v}', 'mailto:{v}?subject=Hello', 'Contacto: {v}', '| {name} | {v} | admin |', 'Send the report to {v}, cc me.',
];

export const CARD = [
  'My card is {v}, exp 09/28, CVC 123 — why does checkout fail?', '{"card_number": "{v}", "exp_month": 12}', 'Karte: {v} gültig bis 03/27', 'Numéro de carte : {v}',
  "stripe.createToken({ number: '{v}', exp_month: 1, exp_year: 2030 })", 'Paid with {v}. Refund please.', 'Tarjeta {v} caduca 11/26', 'card={v}&cvv=737',
  'Use test card {v} in the sandbox.', 'Номер карты: {v}',
];

export const IBAN = [
  'IBAN: {v}', 'Please transfer the deposit to {v} (account holder {name}).', 'Bankverbindung: {name}, IBAN {v}', 'RIB / IBAN : {v}', '{"iban": "{v}", "bic": "DEUTDEFF"}',
  'Überweisung an {v} bis Freitag', 'Mi IBAN es {v}', 'iban={v}', 'Il mio IBAN è {v}.', 'Rekeningnummer {v}',
];

export const IP = [
  'ssh root@{v}', 'My server is at {v} but nginx returns 502.', '{v} - - [10/Oct/2024:13:55:36 +0000] "GET /login HTTP/1.1" 401 512', 'ufw allow from {v} to any port 22',
  'X-Forwarded-For: {v}', '"client_ip": "{v}"', 'server {v}:8080 weight=3;', 'Connection refused from host {v}', 'ping {v} times out', '{v}\tdb.internal',
];

/** Provider keys: {key} is the variable name the provider's docs use. */
export const PROVIDER = [
  '{key}={v}', 'export {key}="{v}"', '{key}: {v}', 'client = Client(api_key="{v}")', "const token = '{v}';", 'curl -H "Authorization: Bearer {v}" https://api.example.com/v1/me',
  'Why do I get 401 with this key? {v}', '{"{key}": "{v}"}', 'os.environ["{key}"] = "{v}"', 'docker run -e {key}={v} myimage', '$env:{key} = "{v}"',
  'token = "{v}"', 'I pasted {v} into the settings page and it still fails', 'kubectl create secret generic app --from-literal=token={v}', 'let key = "{v}";',
  '<add key="{key}" value="{v}" />',
];

export const GENERIC = [
  '{key}={v}', '{key} = "{v}"', "{key}: '{v}'", '"{key}": "{v}",', 'export {key}={v}', 'app.config["{key}"] = "{v}"', "process.env.{key} ?? '{v}'", '<{key}>{v}</{key}>',
  'settings.{key} = "{v}"', '{key} := "{v}"',
];

/** Passwords: the span redacted is the password itself (never the user name, host or key). */
export const PASSWORD = [
  'postgres://app_user:{v}@db.internal:5432/shop', 'mysql://root:{v}@10.0.0.5/app', 'mongodb+srv://admin:{v}@cluster0.abcde.mongodb.net/test', 'redis://:{v}@cache:6379/0',
  'amqp://guest2:{v}@rabbit:5672/', 'DB_PASSWORD={v}', 'password: {v}', '"password": "{v}"', "$password = '{v}';", 'spring.datasource.password={v}',
  'Server=tcp:sql.local,1433;Database=crm;User ID=sa2;Password={v};', 'Driver={ODBC Driver 18};Uid=report;Pwd={v};', 'mysql -u root -p{v} app', 'psql "host=db user=web password={v}"',
  'machine api.internal login deploy password {v}', 'db.internal:5432:*:web:{v}', 'docker run -e POSTGRES_PASSWORD={v} postgres:16', 'sshpass -p {v} ssh deploy@host',
  '  password: {v}\n  username: admin', 'my wifi password is {v}', 'Mein Passwort ist {v}', 'mot de passe : {v}', 'contraseña: {v}', 'PASSWD="{v}"', 'login(user="maria", password="{v}")',
  '--password {v}', 'smtp_pass = "{v}"', 'ftp://upload:{v}@files.internal/', 'echo "{v}" | docker login -u bot --password-stdin', 'senha = "{v}"',
];

export const JWT = ['Authorization: Bearer {v}', 'Cookie: session={v}; Path=/', '{"access_token": "{v}", "expires_in": 3600}', 'Why does jwt.verify fail for {v}?', 'token={v}', 'localStorage.setItem("id_token", "{v}")'];

export const PRIVATE_KEY = ['Here is my key, why does ssh reject it?\n{v}', 'key.pem:\n{v}\n', '```\n{v}\n```', 'TLS_KEY="{v}"', 'private_key: |\n  {v}'];
