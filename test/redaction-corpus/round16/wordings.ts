// Round 16 wordings: the chat messages, files, forms and signatures around a value, written for this round (different
// from the contexts of split/ and rounds 3-15). `{v}` is the labelled value. Names in the wordings are not labelled.

/** A postal address on one line, in words no one language owns (chat, JSON, CSV, YAML, TOML, SQL, Markdown, HTML). */
export const ADDRESS_LINE = [
  'can you double-check this before I print the labels? {v}',
  '{"recipient":{"addr":"{v}","notes":"gate code at the desk"}}',
  'order_id;address;status\nA-20931;"{v}";packed',
  'delivery:\n  to: "{v}"\n  window: "09:00-12:00"',
  '[billing]\naddress = "{v}"\ncurrency = "EUR"',
  "INSERT INTO customers (name, address) VALUES ('R. Haddad', '{v}');",
  '- **Pick-up point:** {v}',
  '<address>{v}</address>',
  'my landlord\'s address for the deposit letter is {v}, is that enough?',
  'Ship-to: {v} (attn. goods-in)',
  'sent the contract to {v} yesterday, tracking says "in transit"',
];

/** A postal address on one line in the language of its country. */
export const LOCAL_LINE: Record<string, string> = {
  DE: 'Bitte schick das Paket an {v}, ich bin ab 17 Uhr da.', AT: 'Neue Adresse ab 1. März: {v}', CH: 'Postadresse: {v}',
  FR: 'Tu peux envoyer le colis à {v} ? Merci !', BE: 'Mon adresse : {v}', ES: 'Envíalo a {v}, porfa', MX: 'Mándalo a {v}',
  AR: 'La dirección es {v}, tocá el timbre B', CO: 'Dirección de envío: {v}', CL: 'Mi dirección: {v}', PE: 'Dirección: {v}',
  IT: 'Mandamelo a {v}, grazie', PT: 'Morada para envio: {v}', BR: 'Pode mandar pra {v}?', NL: 'Stuur het maar naar {v}',
  SE: 'Skicka till {v} tack', NO: 'Send det til {v}', DK: 'Send den til {v}', FI: 'Lähetä osoitteeseen {v}',
  PL: 'Wyślij proszę na adres {v}', CZ: 'Pošli to na {v}', SK: 'Adresa: {v}', HU: 'Kérlek ide küldd: {v}',
  RO: 'Trimite coletul la {v}', HR: 'Adresa za dostavu: {v}', SI: 'Naslov: {v}', GR: 'Στείλ\' το στη διεύθυνση {v}',
  TR: 'Kargoyu şu adrese gönder: {v}', RU: 'Отправь, пожалуйста, по адресу: {v}', UA: 'Надішли за адресою: {v}',
  BG: 'Адрес: {v}', RS: 'Адреса: {v}', JP: '送り先はこちらです：{v}', CN: '寄到这个地址：{v}', TW: '請寄到：{v}',
  KR: '이 주소로 보내 주세요: {v}', VN: 'Gửi về địa chỉ: {v}', TH: 'ส่งมาที่ {v} นะคะ', ID: 'Kirim ke alamat ini ya: {v}',
  MY: 'Hantar ke {v}', PH: 'Pakipadala sa {v}', IN: 'Please courier it to {v}', SA: 'العنوان: {v}', AE: 'العنوان: {v}',
  EG: 'العنوان: {v}', IL: 'הכתובת שלי: {v}', IR: 'نشانی: {v}', KE: 'Tuma kwa anwani hii: {v}', TZ: 'Anwani yangu: {v}',
  NG: 'Abeg send am to {v}', ZA: 'Deliver to {v} please', US: 'ship it to {v} thx', CA: 'Mail it to {v}', AU: 'Post it to {v} cheers',
  NZ: 'Courier to {v}', IE: 'Post it to {v}', GB: 'Could you post it to {v}?', LT: 'Siųskite adresu {v}', LV: 'Adrese: {v}',
  EE: 'Aadress: {v}', IS: 'Sendu á {v}', GE: 'მისამართი: {v}', AM: 'Հասցե՝ {v}', KZ: 'Мекенжай: {v}', PK: 'پتہ: {v}',
  BD: 'ঠিকানা: {v}', LK: 'Address for delivery: {v}', NP: 'ठेगाना: {v}', MA: 'Adresse : {v}', TN: 'Adresse : {v}',
};

/** An address over several lines: a signature, a label, a YAML block scalar, a quoted reply, a fenced block. */
export const ADDRESS_BLOCK = [
  'Best regards,\nLogistics team\n{v}',
  'return_address: >-\n  {indented}',
  '> {quoted}\n\nthat one is outdated, we moved last spring',
  'SHIP TO\n{v}\n\nPAYMENT: prepaid',
  'Freundliche Grüße\n{v}',
  '~~~\n{v}\n~~~\nprint this on the parcel please',
  'Saluti,\nUfficio acquisti\n{v}',
  'Lieferschein 4471\nEmpfänger:\n{v}',
];

/** A maintainer's address told in a message (glibc locale contacts). */
export const EMAIL_LINE = [
  'the {locale} locale lists {v} as its contact, maybe ask there',
  'For {locale} corrections write to {v}.',
  '# {locale}: contact {v}',
  '{"locale":"{locale}","contact":"{v}"}',
];
