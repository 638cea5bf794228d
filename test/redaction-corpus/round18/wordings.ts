// Round 18 wordings: the messages, files and forms around a value, written for this round. `{v}` is the labelled
// value. Names in the wordings are not labelled.

/** An address on one line: chat in several languages, JSON, YAML, CSV and TSV rows, SQL, markup. */
export const ADDRESS_LINE = [
  'can you double-check this delivery address before I submit? {v}',
  '{"order":{"id":88213,"ship_to":"{v}","gift":false}}',
  'name,address,notes\nWorkshop B,"{v}",ring twice',
  'id\taddress\tstatus\n4471\t{v}\tverified',
  'location:\n  label: "{v}"\n  floor_plan: none',
  "INSERT INTO branches (code, address) VALUES ('BR-07', '{v}');",
  '- [ ] send the signed lease to {v}',
  'Lieferadresse bitte ändern auf: {v}',
  'Nueva dirección de facturación: {v}',
  'Nouvelle adresse de livraison : {v}',
  'Indirizzo per la spedizione: {v}',
  'Endereço de entrega: {v}',
  'Adres do korespondencji: {v}',
  'the pin in the maps app says {v}, but the building looks different',
  '<address class="vcard">{v}</address>',
];

/** An e-mail address from an AUTHORS file told in a message. */
export const EMAIL_LINE = [
  'who maintains the selector code? the AUTHORS file lists {v}',
  'cc {v} on the patch, they wrote that part originally',
  '{"contributor":"{v}","commits":3}',
  'Reviewed-by: {v}',
  'mailto:{v}?subject=jsdom%20question',
];

/** A scanner test vector line in a message about it. */
export const SECRET_LINE = [
  'found this in an old commit, is it still live?\n{v}',
  'our pre-commit hook flagged the line below, can I ignore it?\n```\n{v}\n```',
  '{v}  # TODO move to the vault',
];

/** An address over several lines (street line, then postcode and town): a letter, a label, YAML, a quoted reply. */
export const ADDRESS_BLOCK = [
  'Bitte an folgende Adresse schicken:\n{v}\n\nDanke!',
  'shipping_address: |\n  {indented}\nshipping_method: standard',
  '> {quoted}\n\nyes, that is still the right one',
  'Return label\n-----------\n{v}\n-----------',
  'Best,\nLogistics team\n{v}',
];

/** A phone number in a table row or after a label, in the languages of the regions (and language-free forms). */
export const PHONE_FORMS = [
  'name,role,phone\nM. Ferreira,site lead,{v}',
  'contact\tphone\tshift\nfront desk\t{v}\tearly',
  'Teléfono de contacto: {v}',
  'Téléphone : {v} (heures de bureau)',
  'Telefonnummer: {v}',
  'Telefono cellulare: {v}',
  'Telefone para recados: {v}',
  'Telefoon overdag: {v}',
  'Telefon komórkowy: {v}',
  'Телефон для связи: {v}',
  'Τηλέφωνο: {v}',
  'Telefon numarası: {v}',
  'رقم الهاتف: {v}',
  '電話番号：{v}',
  '연락처: {v}',
  '联系电话：{v}',
  'हमारा फ़ोन नंबर {v} है',
  'Số điện thoại: {v}',
  'Nomor HP: {v}',
  'เบอร์โทร {v}',
  '| Ort | Telefon |\n|---|---|\n| Lager | {v} |',
  'emergency_contact:\n  phone: "{v}"',
  'call me back on {v} after 5',
];

/** A Japanese address in a message or file: chat, a form, a CSV row, JSON. */
export const JP_ADDRESS_LINE = [
  '住所は {v} です。',
  'お届け先：{v}',
  '〒 なし / 住所: {v}',
  '会場の住所を教えてください → {v}',
  'name,address\n受付,{v}',
  '{"customer":{"address":"{v}"}}',
  'ship to {v} please (Japan)',
];
