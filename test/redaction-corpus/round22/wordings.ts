// Round 22 wordings: the messages and files around a value, written for this round by the helper from memory (not
// checked by native speakers; see README.md). `{v}` is the labelled value; names in the wordings are not labelled.

/** An address on one line: chat in many languages (town-first and number-after-street values come from the source). */
export const ADDRESS_LINE = [
  'pls ship the spare charger to {v} — thanks!',
  'La dirección de entrega es {v}, timbre 2',
  'Neue Lieferanschrift: {v} (bitte beim Nachbarn abgeben)',
  'Vous pouvez m’envoyer le colis à {v} ?',
  'Zásilku prosím doručte na {v}',
  'Адрес доставки: {v}, звонить за час',
  'عنوان التسليم: {v}',
  'Gönderi adresi: {v}, kapıda ödeme',
  'Endereço para entrega: {v}',
  'Lähetä paketti osoitteeseen {v}',
  'Indirizzo di consegna: {v}',
  'Stuur de factuur naar {v} a.u.b.',
  'Wyślij to na {v}, dzięki',
  'Anwani ya kupeleka mzigo: {v}',
  '{"shipping_address": "{v}", "method": "express"}',
  '2026-12-03 10:41:07 WARN address-check: unverified "{v}"',
  'customer_address = "{v}"',
];

/** An address over several lines (as the text holds it). */
export const ADDRESS_BLOCK = [
  'Ship to:\n{v}\nLeave at reception.',
  'invoice:\n  to: |\n    {indented}\n  currency: EUR',
  '> {quoted}\n\nstill correct?',
  'Adresse de facturation :\n{v}',
  'Lieferadresse\n{v}\n\nMit freundlichen Grüßen',
  'عنوان المراسلة:\n{v}',
];

/** A Japanese address (prefecture first, no spaces) in a message or a record. */
export const JAPANESE_LINE = [
  'お届け先は{v}でお願いします。',
  '住所：{v}（建物名なし）',
  '請求書の送付先を{v}に変更してください',
  '{"address": "{v}", "country": "JP"}',
  'Please send the documents to {v}, Japan.',
  '新しい住所は {v} です',
];

/** An e-mail line quoted in a message. */
export const EMAIL_LINE = [
  'line from the calendar invite: {v}',
  'aus der .ics-Datei kopiert: {v}',
  'ligne du fichier vCard : {v}',
];
