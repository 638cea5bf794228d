// Round 14 wordings: the chat messages, forms, tables, tickets and pasted files around a value, written for this round
// (different from the contexts of split/ and rounds 3-13). `{v}` is the labelled value, `{text}` a source's whole text,
// `{file}` a file name. Names in the wordings are not labelled.

/** A postal address on one line. */
export const ADDRESS_LINE = [
  'Kan du sende pakken til {v}? Jeg er hjemme etter fire.',
  'Rechnungsanschrift bitte ändern auf: {v}',
  'Endereço para entrega: {v} (tocar a campainha 2x)',
  'Adres dostawy: {v}',
  'Our registered office is at {v}.',
  'Teslimat adresi: {v}',
  'Indirizzo di consegna — {v}',
  'Doručovacia adresa: {v}',
  '{"recipient": {"name": "Front office", "address": "{v}"}}',
  'order_id;ship_to\n88213;"{v}"',
  '<address>{v}</address>',
  'Sorry, typo in my last message, the correct address is {v}',
  'Szállítási cím: {v}',
  'address_line: "{v}"',
  // round 20: the door code here is a password by the project's rule (PINs and access codes are); the items already
  // generated with this wording were relabelled in place (`2231` as a password), and a rebuild must label it too
  'Postiosoite {v}, ovikoodi 2231',
  'Meet me at the office — {v} — 3rd floor reception.',
  '| Kund | Adress |\n|---|---|\n| Lager Nord | {v} |',
  'Adresă de livrare: {v}',
];

/** A postal address over several lines. */
export const ADDRESS_BLOCK = [
  'Hi! Please send the replacement to:\n\n{v}\n\nthanks a lot',
  'Lieferanschrift:\n{v}',
  'To\n{v}\n\nSubject: change of contact details',
  'Adresse de livraison\n{v}\n\nCordialement',
  'shipping_address: |\n  {indented}',
  '> {quoted}\n\ncan you check this address for my visa form?',
  '--\nRegards,\nFacilities team\n{v}',
  'Remitente:\n{v}',
  'Ship-to block on the invoice:\n```\n{v}\n```',
];

/** A source's whole text pasted into a message. */
export const WRAP = [
  'found this in {file} during the audit, should it be rotated?\n\n{text}',
  'Warum schlägt der Build fehl? Auszug aus {file}:\n{text}',
  '```\n{text}\n```\nthis is from our {file}, is the format right?',
  'Ce bout de {file} traîne dans le repo :\n{text}',
  '{file} (line 12):\n    {text}',
  'PR review: please drop this line from {file} → {text}',
  'Logs de despliegue, {file}:\n{text}',
];

export const FILE_NAMES = ['.env.production', 'settings.py', 'config/app.yml', 'deploy.sh', 'docker-compose.override.yml', 'appsettings.json', 'main.go', 'ci.yml'];

/** An e-mail address in a message. */
export const EMAIL_PROSE = [
  'Schreib mir einfach an {v}, ich bin diese Woche im Homeoffice.',
  'For billing questions contact {v}.',
  'Mi correo nuevo es {v}, el anterior ya no funciona.',
  '请把报告发到 {v}，谢谢。',
  'Reply-To: {v}',
  'cc: {v}',
  'Mon adresse pro : {v}',
  'Напишите мне на {v}',
  '"contact": {"email": "{v}"}',
  'To: "Bookings" <{v}>',
  'E-posta adresim {v}',
  'メールアドレスは {v} です。',
  'email,role\n{v},owner',
  'Caso precise, meu e-mail é {v}',
  'Stuur het contract naar {v} aub',
  'Send the invoice to {v} (not the old Gmail one)',
];

/** A phone number in a message (Arabic, Portuguese, English, French and form wordings). */
export const PHONE = [
  'رقم الهاتف: {v}',
  'اتصل بي على {v} بعد الساعة الخامسة',
  'Me liga no {v} que eu explico',
  'Call the front desk at {v}.',
  'Tél. : {v}',
  'phone_number: "{v}"',
  'Contato: {v} (WhatsApp)',
  'Mobile {v} — text first, please',
];

/**
 * A provider's key in code of many languages: `{v}` the key, `{name}` the provider in lower camel case, `{NAME}` in
 * upper case, `{Name}` capitalised.
 */
export const CODE_FORMS = [
  'private const val {NAME}_API_KEY = "{v}"',
  'let {name}APIKey = "{v}"',
  'const {NAME}_TOKEN: &str = "{v}";',
  "$client = new \\{Name}\\Client('{v}');",
  '{Name}.api_key = "{v}"',
  'services.Add{Name}(o => o.ApiKey = "{v}");',
  'client := {name}.NewClient("{v}")',
  "const {name}Key = '{v}';",
  'config :my_app, :{name}, api_key: "{v}"',
  'Sys.setenv({NAME}_API_KEY = "{v}")',
  'ENV["{NAME}_KEY"] = "{v}"',
  'local {name}_token = "{v}"',
  '$env:{NAME}_API_KEY = "{v}"',
  'provider "{name}" {\n  api_key = "{v}"\n}',
  'env:\n  {NAME}_TOKEN: {v}',
  '{name}:\n  apiKey: "{v}"',
  'req.setHeader("Authorization", "Bearer {v}"); // {Name}',
  "await fetch(url, { headers: { 'X-Api-Key': '{v}' } }); // {name}",
  '{name} = {Name}Client(api_key="{v}")',
  'val {name}Key = "{v}"',
  '#define {NAME}_KEY "{v}"',
  "my ${name}_token = '{v}';",
  '{name}Token = "{v}" :: Text',
  'environment.variables.{NAME}_TOKEN = "{v}";',
  '%env {NAME}_API_KEY={v}',
];
