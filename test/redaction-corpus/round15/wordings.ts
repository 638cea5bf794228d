// Round 15 wordings: the chat messages, forms, files and signatures around a value, written for this round (different
// from the contexts of split/ and rounds 3-14). `{v}` is the labelled value, `{p}` a provider's name as the scanner's
// detector is named. Names in the wordings are not labelled.

/** A postal address on one line, in words no one language owns (English chat, JSON, CSV, YAML, HTML, vCard). */
export const ADDRESS_LINE = [
  'ok so the courier needs the full address: {v} — buzzer doesn\'t work, call me',
  '{"shipping":{"line":"{v}","instructions":"leave at reception"}}',
  'id,customer,address\n5521,K. Osei,"{v}"',
  'address: "{v}"\ncontact: front desk',
  '<p class="adr">{v}</p>',
  'ADR;TYPE=WORK:;;{v}',
  'New address from next month: {v} 🙂',
  'Our office moved — we are now at {v}.',
  '| site | address |\n|---|---|\n| depot | {v} |',
];

/** A postal address on one line in the language of its country, so a message reads as its people write it. */
export const LOCAL_LINE: Record<string, string> = {
  DE: 'Lieferadresse (bitte genau so übernehmen): {v}', AT: 'Zustelladresse: {v}', CH: 'Rechnungsadresse: {v}',
  FR: 'Adresse de facturation : {v}', BE: 'Adresse de livraison : {v}', LU: 'Adresse : {v}', MA: 'Adresse de livraison : {v}',
  TN: 'Adresse du siège : {v}', DZ: 'Adresse de livraison : {v}', SN: 'Adresse postale : {v}', CI: 'Adresse : {v}', CM: 'Adresse de retrait : {v}',
  ES: 'Dirección para el envío: {v}. Horario de 9 a 14.', MX: 'Dirección de entrega: {v}', AR: 'Dirección: {v} (timbre 2)',
  CO: 'Dirección de la oficina: {v}', PE: 'Dirección fiscal: {v}', CL: 'Dirección de despacho: {v}', UY: 'Dirección: {v}',
  GT: 'Dirección de entrega: {v}', HN: 'Dirección: {v}', PA: 'Dirección de la oficina: {v}', CU: 'Dirección: {v}',
  DO: 'Dirección: {v}', VE: 'Dirección fiscal: {v}', EC: 'Dirección: {v}', BO: 'Dirección: {v}', PY: 'Dirección: {v}',
  IT: 'Indirizzo per la spedizione: {v}', NL: 'Afleveradres: {v} (achterom, groene deur)', SE: 'Leveransadress: {v}',
  NO: 'Leveringsadresse: {v}', DK: 'Leveringsadresse: {v}', FI: 'Toimitusosoite: {v}', IS: 'Heimilisfang: {v}',
  PL: 'Adres korespondencyjny: {v}', CZ: 'Dodací adresa: {v}', SK: 'Doručovacia adresa: {v}', HU: 'Szállítási cím: {v}',
  RO: 'Adresa de facturare: {v}', MD: 'Adresa: {v}', BG: 'Адрес за доставка: {v}', RS: 'Адреса за доставу: {v}',
  MK: 'Адреса: {v}', HR: 'Adresa za dostavu: {v}', SI: 'Naslov za dostavo: {v}', BA: 'Adresa: {v}', AL: 'Adresa: {v}',
  RU: 'Адрес доставки: {v}', UA: 'Адреса доставки: {v}', BY: 'Адрес: {v}', KZ: 'Адрес доставки: {v}', UZ: 'Manzil: {v}',
  LT: 'Pristatymo adresas: {v}', LV: 'Piegādes adrese: {v}', EE: 'Tarneaadress: {v}', GR: 'Διεύθυνση αποστολής: {v}',
  CY: 'Διεύθυνση: {v}', TR: 'Gönderi adresi: {v}', AZ: 'Ünvan: {v}', GE: 'მისამართი: {v}', AM: 'Հասցե՝ {v}',
  PT: 'Morada de entrega: {v}', BR: 'Endereço de cobrança: {v}', AO: 'Morada: {v}', MZ: 'Endereço: {v}',
  SA: 'عنوان التوصيل: {v}', AE: 'العنوان: {v}', KW: 'العنوان: {v}', JO: 'عنوان التوصيل: {v}', LB: 'العنوان: {v}',
  EG: 'عنوان الشحن: {v}', IQ: 'العنوان: {v}', IL: 'כתובת למשלוח: {v}', IR: 'نشانی: {v}', PK: 'پتہ: {v}',
  JP: '配送先：{v}', CN: '收货地址：{v}', HK: '送貨地址：{v}', TW: '收件地址：{v}', MO: '地址：{v}', KR: '배송지: {v}',
  MN: 'Хүргэлтийн хаяг: {v}', TH: 'ที่อยู่จัดส่ง: {v}', VN: 'Địa chỉ giao hàng: {v}', ID: 'Alamat pengiriman: {v}',
  MY: 'Alamat penghantaran: {v}', KH: 'អាសយដ្ឋាន៖ {v}', LA: 'ທີ່ຢູ່: {v}', IN: 'डिलीवरी का पता: {v}', NP: 'ठेगाना: {v}',
  BD: 'ঠিকানা: {v}', LK: 'Delivery address: {v}', KE: 'Anwani ya kupeleka: {v}', TZ: 'Anwani: {v}', ET: 'አድራሻ፡ {v}',
};

/** A postal address over several lines: `{v}` as is, `{indented}` inside a YAML block scalar, `{quoted}` after `> `. */
export const ADDRESS_BLOCK = [
  'Could you post the signed copy to\n\n{v}\n\nMany thanks!',
  'Mit freundlichen Grüßen\nDr. A. Brandt\n{v}\nTel. (Zentrale) siehe Website',
  'shipping_address: |\n  {indented}',
  '> {quoted}\n\nis this still the right address for the invoice?',
  'Facturar a:\n{v}\nNIF: en el pedido',
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

/** A phone number in a message of its country's language (`PHONE_LOCAL`) or in words no language owns (`PHONE_LINE`). */
export const PHONE_LINE = [
  'call me back on {v} after 6pm',
  '{"contact":{"phone":"{v}","preferred":"whatsapp"}}',
  'name,phone\nreception,"{v}"',
  'phone: "{v}"  # night shift',
  '<span class="tel">{v}</span>',
  'TEL;TYPE=cell:{v}',
  'Hotline {v} (Mo–Fr)',
];
export const PHONE_LOCAL: Record<string, string> = {
  DE: 'Ruf mich bitte unter {v} zurück.', AT: 'Erreichbar unter {v}', CH: 'Telefon Praxis: {v}', FR: 'Rappelle-moi au {v} stp',
  BE: 'Mon numéro : {v}', ES: 'Llámame al {v} cuando puedas', MX: 'Mi cel es {v}', AR: 'Mi celu: {v}', CO: 'Escríbeme al {v} por WhatsApp',
  CL: 'Fono: {v}', PE: 'Celular: {v}', IT: 'Chiamami al {v}', PT: 'O meu número é {v}', BR: 'Me chama no zap: {v}',
  NL: 'Bel me even op {v}', SE: 'Ring mig på {v}', NO: 'Ring meg på {v}', DK: 'Ring på {v}', FI: 'Soita numeroon {v}',
  PL: 'Zadzwoń pod {v}', CZ: 'Volejte na {v}', SK: 'Zavolajte na {v}', HU: 'Hívj a {v} számon', RO: 'Sună-mă la {v}',
  GR: 'Πάρε με στο {v}', TR: 'Beni {v} numarasından arayın', RU: 'Звоните по номеру {v}', UA: 'Телефонуйте: {v}',
  BG: 'Обадете се на {v}', RS: 'Позовите на {v}', HR: 'Nazovite na {v}', SA: 'اتصل بي على {v}', AE: 'رقم الهاتف: {v}',
  EG: 'رقمي {v}', MA: 'Appelez-moi au {v}', IL: 'תתקשר אליי ל-{v}', IR: 'شماره تماس: {v}', IN: 'मेरा नंबर {v} है',
  PK: 'میرا نمبر {v} ہے', BD: 'আমার নম্বর {v}', JP: '電話番号：{v}', CN: '电话：{v}', TW: '電話：{v}', HK: '電話：{v}',
  KR: '연락처: {v}', TH: 'เบอร์โทร {v}', VN: 'Số điện thoại: {v}', ID: 'Nomor HP saya {v}', MY: 'Nombor telefon: {v}',
  PH: 'Text me at {v}', KE: 'Nipigie kwa {v}', TZ: 'Simu: {v}', NG: 'Abeg call me on {v}', ZA: 'Phone me on {v}',
};
