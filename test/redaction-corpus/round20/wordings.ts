// Round 20 wordings: the messages, files and forms around a value, written for this round by a helper (from memory,
// not checked by native speakers; see README.md). `{v}` is the labelled value. Names in the wordings are not labelled.

/** An address on one line: chat in many languages, then files, logs and markup. */
export const ADDRESS_LINE = [
  'ok so the pickup is at {v}, ring twice',
  'Buenas, te paso la dirección para el envío: {v}. ¡Gracias!',
  'Hallo zusammen, die Feier ist bei mir: {v} – bringt gute Laune mit',
  "Coucou, le colis doit partir pour {v}, tu peux vérifier ?",
  'Ragazzi, ci vediamo da {v} alle otto',
  'Olá! Podes mandar a encomenda para {v}?',
  'Hé, ik woon nu op {v}, pas je het even aan?',
  'Hej, skicka fakturan till {v} tack',
  'Hei, uusi osoitteeni on {v}',
  'Ahoj, nová adresa pro doručení je {v}',
  'Szia! Az új címem: {v}',
  'Salut, adresa mea nouă este {v}',
  'Здравствуйте, доставьте, пожалуйста, по адресу {v}',
  'Привіт, моя нова адреса: {v}',
  'Γεια σου, η διεύθυνση αποστολής είναι {v}',
  'Selam, kargo adresim {v}, teşekkürler',
  'السلام عليكم، عنوان التوصيل هو {v}',
  'سلام، آدرس جدید من {v} است',
  'היי, תשלח את החבילה ל-{v}',
  'नमस्ते, मेरा पता है {v}',
  'হ্যালো, আমার ঠিকানা {v}',
  'สวัสดีครับ ที่อยู่จัดส่งคือ {v}',
  'Chào anh, giao hàng tới {v} giúp em nhé',
  'Halo kak, kirim ke {v} ya',
  'Kumusta! Ang address ko ay {v}',
  'Habari, anwani yangu mpya ni {v}',
  'お届け先は {v} でお願いします',
  '배송지는 {v} 로 해 주세요',
  '请寄到 {v}，谢谢',
  '麻煩寄到 {v}，感謝',
  'Cześć, adres do wysyłki: {v}',
  'Hæ, ný heimilisfangið mitt er {v}',
  '{"shipping":{"line":"{v}","method":"express"}}',
  'order_id,ship_to,status\n77031,"{v}",packed',
  'location:\n  street_address: "{v}"\n  floor: 3',
  "INSERT INTO stores (name, address) VALUES ('north', '{v}');",
  '2026-12-02 14:03:55 WARN courier-api address unverified: "{v}"',
  '<address>{v}</address>',
  '- [ ] update the billing address to {v}',
];

/** An address over several lines (as the text holds it): a letter, a label, YAML, a quoted reply, messages. */
export const ADDRESS_BLOCK = [
  'Ship to\n{v}\n\nGift wrap: yes',
  'recipient:\n  address: |\n    {indented}\n  notes: leave at reception',
  '> {quoted}\n\nthat is the old one, right?',
  'Indirizzo di spedizione:\n{v}',
  'Lieferadresse:\n{v}\nBitte vor 12 Uhr liefern.',
  'Adres dostawy:\n{v}',
  'Адрес:\n{v}',
  '送付先：\n{v}',
  'Dear tenant,\n\nplease return the keys to\n{v}\n\nKind regards',
];

/** An e-mail address of a package's metadata told in a message. */
export const EMAIL_LINE = [
  'for the licence question, mail {v} (listed in package.json)',
  'Reply-To: {v}',
  'contacto: {v}',
  'Co-authored-by: upstream <{v}>',
  'écris à {v} pour le correctif',
  'напиши на {v}, он мейнтейнер',
];

/** A scanner's sample value in a wording, for the horusec vectors told in a message or a file. */
export const SECRET_LINE = [
  'found this committed in docker-compose.yml: {v}',
  'export {k}={v}',
  '{"{k}": "{v}"}',
  '{k}={v}',
];
