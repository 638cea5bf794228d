// Round 13 wordings: the chat messages, forms, tables and pasted files around a value, written for this round
// (different from the contexts of split/ and rounds 3-12). `{v}` is the labelled value, `{text}` a source's whole text,
// `{country}` a country's name, `{file}` a fixture's file name. Names in the wordings are not labelled.

/** A postal address on one line. */
export const ADDRESS_LINE = [
  'Hi, my parcel keeps bouncing back — the address is {v}, is something wrong with it?',
  'Lieferadresse: {v} (Hinterhaus, 2. OG)',
  'Adresse de facturation : {v}',
  'Dirección de envío: {v}',
  'Bezorgadres {v}, graag na 18:00',
  '{"shipping": {"line": "{v}", "instructions": "leave with neighbour"}}',
  'customer_id,address\n40112,"{v}"',
  'Indirizzo: {v} — citofono "Studio"',
  'Doručovací adresa: {v}',
  'Leveransadress: {v}',
  'Dostawa na adres {v}, proszę o kontakt przed',
  'Can you format this for the label printer? {v}',
  'We moved! New office: {v}',
  'Osoite: {v}',
  'address = "{v}"',
  '| Name | Address |\n|---|---|\n| Front desk | {v} |',
];

/** A postal address over several lines. */
export const ADDRESS_BLOCK = [
  'Please post the keys to:\n{v}\nThank you!',
  'Anschrift\n{v}',
  'Ship to\n-------\n{v}',
  'Adresse postale :\n{v}\n\nBien à vous',
  'Envíe la factura a:\n{v}',
  'address: |\n  {indented}',
  '> {quoted}\n\nis this the right format for an international letter?',
  'Return address\n\n{v}\n\nOpening hours Mon-Fri',
];

export const IBAN = [
  'Could you wire the deposit to {v}? The account is in {country}.',
  'IBAN für die Rückerstattung: {v}',
  'Coordonnées bancaires — IBAN {v}',
  'Numer rachunku: {v}',
  'Il conto per il bonifico è {v}',
  'iban,holder\n{v},Fundación Sol',
  '{"payout": {"iban": "{v}", "country": "{country}"}}',
  'Rekeningnummer: {v} t.n.v. Stichting Noord',
  'Banka hesabım ({country}): {v}',
  'Счёт для перевода: {v}',
  'Cuenta IBAN {v} — {country}',
  'Bankkonto\n{v}\nVerwendungszweck: Kaution',
];

export const CARD = [
  'Karte {v}, gültig bis 08/29 — bitte nochmal belasten',
  'pago rechazado con la tarjeta {v}, ¿por qué?',
  'card_number,exp\n{v},11/28',
  'Номер карты {v}',
  '{"card": {"number": "{v}", "exp_month": 4}}',
  'Kortnummer: {v}',
  'my card {v} was charged twice',
  'カード番号 {v} で決済できません',
];

/** A fixture or config text pasted into a chat. */
export const WRAP = [
  'found this in `{file}`, is it safe to commit?\n{text}',
  'Kann ich das so einchecken? ({file})\n```\n{text}\n```',
  '{text}\n\n— dit staat in {file}, moet dit eruit?',
  'Pourquoi mon scanner signale {file} ?\n{text}',
  '¿Esto está bien en {file}?\n{text}',
  '{file} の内容です:\n{text}',
];

/** A source line with an e-mail address, quoted. */
export const EMAIL = [
  'Who do I write to about this? The file says: {text}',
  'Kontakt laut Datei: „{text}“',
  'copié du dépôt : {text}',
  'В файле указано: {text}',
];

/** An invented address in a message, `{v}` the address. */
export const EMAIL_PROSE = [
  'Escríbeme a {v} cuando tengas el presupuesto.',
  'Bitte an {v} weiterleiten, danke!',
  'My new work address is {v} — the old one stops on Friday.',
  'Reply-To: {v}',
  'mail me at {v} pls',
  '請寄到 {v}，謝謝。',
  'Напишите на {v}, отвечу вечером.',
  'E-posta adresim {v}',
  'From: "Aylin K." <{v}>',
  'cc: {v}',
  'メールは {v} までお願いします',
  'Contato: {v}',
  'Lähetä se osoitteeseen {v}',
  '"email": "{v}"',
  'name,email\nPriya,{v}',
  'अपना रिज़्यूमे {v} पर भेजें',
];
