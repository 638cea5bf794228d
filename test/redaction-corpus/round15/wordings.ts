// Round 15 wordings: the chat messages, forms, files and signatures around a value, written for this round (different
// from the contexts of split/ and rounds 3-14). `{v}` is the labelled value, `{p}` a provider's name as the scanner's
// detector is named. Names in the wordings are not labelled.

/** A postal address on one line. */
export const ADDRESS_LINE = [
  'ok so the courier needs the full address: {v} — buzzer doesn\'t work, call me',
  'Lieferadresse (bitte genau so übernehmen): {v}',
  'Adresse de facturation : {v}',
  'Dirección para el envío: {v}. Horario de 9 a 14.',
  'Indirizzo per la spedizione: {v}',
  'Afleveradres: {v} (achterom, groene deur)',
  'Leveransadress: {v}',
  'Adres korespondencyjny: {v}',
  'Адрес доставки: {v}',
  'Dodací adresa: {v}',
  '{"shipping":{"line":"{v}","instructions":"leave at reception"}}',
  'id,customer,address\n5521,K. Osei,"{v}"',
  'address: "{v}"\ncontact: front desk',
  '<p class="adr">{v}</p>',
  'ADR;TYPE=WORK:;;{v}',
  'New address from next month: {v} 🙂',
  'Gönderi adresi: {v}',
  'Szállítási cím: {v}',
  'Toimitusosoite: {v}',
  'Endereço de cobrança: {v}',
  'Adresa de facturare: {v}',
  'Διεύθυνση αποστολής: {v}',
  'عنوان التوصيل: {v}',
  'כתובת למשלוח: {v}',
  '配送先：{v}',
  '收货地址：{v}',
  '배송지: {v}',
  'ที่อยู่จัดส่ง: {v}',
  'Địa chỉ giao hàng: {v}',
  'Alamat pengiriman: {v}',
  'डिलीवरी का पता: {v}',
  'Anwani ya kupeleka: {v}',
];

/** A postal address over several lines: `{v}` as is, `{indented}` inside a YAML block scalar, `{quoted}` after `> `. */
export const ADDRESS_BLOCK = [
  'Could you post the signed copy to\n\n{v}\n\nMany thanks!',
  'Mit freundlichen Grüßen\nDr. A. Brandt\n{v}\nTel. (Zentrale) siehe Website',
  'shipping_address: |\n  {indented}',
  '> {quoted}\n\nis this still the right address for the invoice?',
  'BEGIN:VCARD\nVERSION:4.0\nFN:Reception\nLABEL;TYPE=work:{v}\nEND:VCARD',
  'Cordialement,\n\nService comptabilité\n{v}',
  '```\n{v}\n```\nthat\'s the warehouse, not the office',
  'Saludos,\nDepartamento de compras\n{v}',
];

/** A provider's key in a file or message: `{p}` the provider as the detector is named, `{v}` the key. */
export const KEY_FORMS = [
  '{p}:\n  api_key: {v}\n  timeout: 30',
  '[{p}]\nkey = "{v}"',
  'export {P}_API_KEY={v}',
  '{P}_TOKEN="{v}" docker compose up -d',
  'client = {p}.Client(api_key="{v}")',
  'const {p}Key = process.env.{P}_KEY ?? "{v}";',
  'curl -H "Authorization: Bearer {v}" https://api.{p}.com/v1/me',
  '"{p}": { "apiKey": "{v}", "retries": 3 }',
  'hey, the {p} key for staging is {v} — rotate it after the demo',
  'kubectl create secret generic {p}-creds --from-literal=api-key={v}',
  'heroku config:set {P}_API_KEY={v} -a billing-worker',
  '<add key="{P}ApiKey" value="{v}" />',
  'val {p}Key = "{v}" // TODO move to local.properties',
  '${P}_KEY = getenv("{P}_KEY") ?: "{v}";',
  'os.environ["{P}_API_KEY"] = "{v}"',
  'fly secrets set {P}_API_KEY={v}',
  'Der {p}-Schlüssel fürs Testsystem lautet {v}.',
  'La clé {p} de préprod : {v}',
  '{p} のAPIキー: {v}',
  '{p} API 密钥：{v}',
];

/** An e-mail address in prose and headers. */
export const EMAIL_PROSE = [
  'pls cc {v} on the next invoice',
  'Bei Rückfragen bitte an {v} wenden.',
  'Escríbeme a {v} y te paso el presupuesto.',
  'Reply-To: {v}',
  'Contattami su {v} per i dettagli.',
  'Mijn nieuwe mailadres is {v}',
  'Proszę o kontakt: {v}',
  '联系邮箱：{v}',
  'メールアドレス：{v}',
  '{"contact": {"email": "{v}"}}',
  'Gửi hồ sơ về {v} trước thứ Sáu.',
  'E-posta adresim {v}',
  'Bcc: {v}',
  'name,email\nA. Mensah,{v}',
];
