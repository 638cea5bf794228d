// Round 21 wordings: the messages and files around a value, written for this round by the helper from memory (not
// checked by native speakers; see README.md). `{v}` is the labelled value; names in the wordings are not labelled.

/** An address on one line: chat in several languages, then files and logs. */
export const ADDRESS_LINE = [
  'can you send the replacement part to {v}? thx',
  'Por favor, enviad la factura a {v}',
  'Bitte die Ware an {v} schicken, Tor 3',
  'Merci d’expédier à {v} avant vendredi',
  'Proszę o wysyłkę na adres {v}',
  'Пришлите, пожалуйста, документы на {v}',
  '配送先住所: {v}',
  'Gửi hàng về địa chỉ {v} nhé',
  '{"ship_to": "{v}", "carrier": "UPS"}',
  '2026-12-03T09:14:22Z INFO checkout address accepted: {v}',
];

/** An address over two lines (as the text holds it). */
export const ADDRESS_BLOCK = [
  'Deliver to:\n{v}\nCall on arrival.',
  'billing:\n  address: |\n    {indented}\n  vat: none',
  '> {quoted}\n\nis this still your address?',
  'Leveringsadres:\n{v}',
];

/** An e-mail line told in a message. */
export const EMAIL_LINE = [
  'pasted from the raw mail: {v}',
  'zitiert aus dem Header: {v}',
  'en-tête copié : {v}',
];
