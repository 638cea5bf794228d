// Round 19 wordings: the messages, files and forms around a value, written for this round. `{v}` is the labelled
// value. Names in the wordings are not labelled.

/** An address on one line: chat in many languages, JSON, YAML, CSV, TOML, SQL, logs, markup, a ticket. */
export const ADDRESS_LINE = [
  'hey, the courier says he can not find {v} - is that the full address?',
  '{"delivery":{"address":"{v}","window":"09:00-12:00"}}',
  'customer_id;address;tier\n58120;{v};gold',
  'venue:\n  address: "{v}"\n  capacity: 120',
  '[office]\naddress = "{v}"\nopen = "Mon-Fri"',
  "UPDATE customers SET billing_address = '{v}' WHERE id = 4410;",
  '2026-11-30T08:14:02Z INFO geocode ok query="{v}" results=1',
  'Hola, ¿me confirmas que la dirección es {v}? Gracias',
  'Kannst du das Paket an {v} schicken? Ich bin ab Montag dort.',
  "Salut ! Mon adresse a changé, c'est désormais {v}.",
  "Ciao, l'indirizzo giusto è {v}, citofono al piano terra",
  'Oi, o endereço novo é {v}, pode atualizar no cadastro?',
  'Hoi, mijn nieuwe adres is {v}',
  'Hej! Min nya adress är {v}',
  'Cześć, mój nowy adres to {v}',
  'Привет, новый адрес доставки: {v}',
  'Merhaba, teslimat adresi {v} olacak',
  'مرحبا، العنوان هو {v}',
  'שלום, הכתובת שלי היא {v}',
  '新しい住所は {v} です',
  '주소는 {v} 입니다',
  '我的新地址是 {v}，麻烦改一下',
  'Địa chỉ giao hàng: {v}',
  'Alamat pengiriman saya {v}',
  '<td class="addr">{v}</td>',
  '| branch | address |\n|---|---|\n| north | {v} |',
];

/** An address over several lines (as the text holds it): a letter, a label, YAML, a quoted reply, a message. */
export const ADDRESS_BLOCK = [
  'Please post the signed copy to:\n{v}\nThanks!',
  'ship_to: |\n  {indented}\ncarrier: royal-mail',
  '> {quoted}\n\nis this still correct for the invoice?',
  'Adresse de facturation :\n{v}',
  'Dirección de envío:\n{v}\n\nHorario: 9-14h',
  'Anschrift\n{v}',
  'To whom it may concern,\n\n{v}\n\nRe: tenancy deposit',
  'Endereço:\n{v}',
];

/** An e-mail address of a package's metadata told in a message. */
export const EMAIL_LINE = [
  'the package.json lists {v} as the maintainer, should I write there?',
  'Cc: {v}',
  '{"maintainer":{"email":"{v}"}}',
  'Signed-off-by: the original author <{v}>',
  'schreib am besten direkt an {v}',
  'escribe a {v} para el parche',
];

/** A phone number in a national layout in a table row, a form, a file or a chat line (languages of many regions). */
export const PHONE_FORMS = [
  'nombre;teléfono;turno\nrecepción;{v};mañana',
  '{"contact":{"tel":"{v}","preferred":"sms"}}',
  'phone = "{v}"  # on-call',
  'BEGIN:VCARD\nVERSION:3.0\nTEL;TYPE=CELL:{v}\nEND:VCARD',
  'Rufnummer (mobil): {v}',
  'Numéro de portable : {v}',
  'Número de celular: {v}',
  'Numero di telefono: {v}',
  'Mobiel nummer: {v}',
  'Mobilnummer: {v}',
  'Numer telefonu: {v}',
  'Номер телефона: {v}',
  'Телефон: {v}',
  'Cep telefonu: {v}',
  'Τηλ. επικοινωνίας: {v}',
  'מספר טלפון: {v}',
  'هاتف المكتب: {v}',
  'شماره تماس: {v}',
  'फ़ोन: {v}',
  'ফোন নম্বর: {v}',
  'โทรศัพท์มือถือ: {v}',
  'Điện thoại: {v}',
  'No. telefon: {v}',
  'Simu: {v}',
  '携帯：{v}',
  '휴대폰 번호: {v}',
  '手机号：{v}',
  '電話：{v}',
  'ring me on {v} if the gate is locked',
  '| site | tel |\n|---|---|\n| depot | {v} |',
];

/** A Chinese address in a message or file: chat, a form, a CSV row, JSON, a courier note. */
export const CN_ADDRESS_LINE = [
  '收货地址：{v}',
  '麻烦寄到 {v}，谢谢',
  '我们公司搬到了{v}，下周一开始在新地址办公',
  '快递员说找不到 {v}，能再确认一下吗？',
  'name,address\n仓库,{v}',
  '{"receiver":{"address":"{v}"}}',
  'please ship to {v} (China)',
];

/** A scanner finding's matched text in a message about it. */
export const SECRET_LINE = [
  'the secret scanner flagged this line in review, is it a real one?\n{v}',
  'found in an old branch:\n```\n{v}\n```\nrotate?',
  '{v}   # FIXME do not commit',
];
