// Round 12 wordings: the chat messages, pasted files, tables and forms around a value, written for this round
// (different from the contexts of split/ and rounds 3-11). `{v}` is the labelled value, `{phone}` a second labelled
// value, `{text}` a source's whole text, `{country}` a country's name, `{who}` a person or office. Names in the
// wordings are not labelled (names of people are not a redaction kind).

/** A postal address on one line (its lines joined with commas). */
export const ADDRESS_LINE = [
  'Can you check the delivery to {v}? The tracking says "address incomplete".',
  'Rechnungsanschrift bitte ändern auf: {v}',
  'Adresa de livrare: {v}',
  'Dostava na adresu {v}, hvala',
  'Toimitusosoite: {v}',
  '"delivery": {"address": "{v}", "notes": "ring twice"}',
  'Endereço para correspondência: {v}',
  'Leveringsadres: {v} (achterom)',
  'indirizzo di spedizione -> {v}',
  'ship_to,{v}',
  'Adres dostawy: {v}',
  'Διεύθυνση αποστολής: {v}',
];

/** A postal address over several lines. */
export const ADDRESS_BLOCK = [
  'Please send the signed copy to\n\n{v}\n\nThanks a lot!',
  'Postanschrift:\n{v}',
  '<address>\n{v}\n</address>',
  'ADDRESS\n{v}\n\nOpening hours: 9-17',
  'Invoice to:\n{v}\nVAT exempt',
  'Gửi thư về địa chỉ:\n{v}',
  'Adresse:\n{v}\n\nCordialement',
  '```\n{v}\n```\nis this address formatted right for the label printer?',
];

/** A contact card: the address block and a phone. */
export const CONTACT = [
  '{who}\n{v}\nTel. {phone}',
  'Visit us: {v} · Call: {phone}',
  'BEGIN:VCARD\nVERSION:3.0\nORG:{who}\nADR;TYPE=WORK:;;{v}\nTEL;TYPE=WORK:{phone}\nEND:VCARD',
  '{"org": "{who}", "address": "{v}", "phone": "{phone}"}',
  '— {who} —\n{v}\n☎ {phone}',
];

export const PHONE = [
  'Switchboard: {v}',
  'You can reach the front office on {v} during office hours.',
  'Telefonnummer der Zentrale: {v}',
  'Numéro du standard : {v}',
  'Teléfono de contacto: {v} (horario de oficina)',
  '| Office | Phone |\n|---|---|\n| {who} | {v} |',
  'office,phone\n"{who}",{v}',
  'phone: "{v}"',
  '电话：{v}',
  'Тел.: {v}',
  'ring {v} and ask for the registry',
  '<a href="tel:{v}">Call the office</a>',
];

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
/** A country's English name for the `{country}` placeholder (the code itself where Intl has none). */
export const countryName = (cc: string): string => regionNames.of(cc) ?? cc;

export const IBAN = [
  'Kindly transfer the refund to {v} ({country}).',
  'Kontonummer (IBAN): {v}',
  'IBAN du bénéficiaire : {v}',
  'Il mio IBAN è {v}, intestato a Rossi',
  '| Beneficiary | IBAN |\n|---|---|\n| Studio Ana | {v} |',
  'name;iban;bic\nVerein e.V.;{v};',
  '"bank": {"iban": "{v}", "country": "{country}"}',
  'Bankverbindung\n{v}\nVerwendungszweck: Miete Dezember',
  'IBAN: {v}\nBIC: see the attached letter',
  'Mijn rekeningnummer is {v}',
  'Číslo účtu IBAN {v}',
  'Konto ({country}) — {v}',
  'pls send to {v} asap',
  'sepa_iban={v}',
];

export const CARD = [
  'Kortnummer: {v}, utløp 04/28',
  'my card {v} got charged twice for the same order',
  'Numer karty: {v}',
  '{"card": {"number": "{v}", "exp_month": 7, "exp_year": 2029}}',
  'Tarjeta {v} rechazada en el checkout',
  'number,expiry\n{v},11/27',
  'Kaart {v} werkt niet meer in de webshop',
  'Carte bancaire n° {v}',
  '信用卡号 {v}，有效期 03/30',
  'Kredi kartı numaram {v}',
];

export const EMAIL = [
  '{text}',
  'This line is in a package we ship:\n{text}\nDo I have to keep it?',
  'found in node_modules:\n> {text}',
];

export const MAINTAINER = [
  'Reviewed-by: {author}',
  'who maintains this package? package.json says {author}',
  'Reported-by: {author}',
  'I emailed {v} about the CVE last week, no answer yet',
];

export const XPRV = [
  'exported from the wallet: {v}',
  '"xprv": "{v}"',
  'importmulti with desc "wpkh({v}/0/*)"',
  'Extended private key (do not share): {v}',
  'Clé privée étendue : {v}',
  'MASTER_KEY={v}',
];

/** Extended public keys, shared on purpose (watch-only wallets, explorers). */
export const XPUB = [
  'watch-only wallet, xpub: {v}',
  '"xpub": "{v}"',
  'Paste this account xpub into the explorer: {v}',
  'Öffentlicher erweiterter Schlüssel: {v}',
];

/** Around a scanner's config file window, as people paste config into a chat. */
export const WRAP = [
  'why does terraform plan show a diff here?\n{text}',
  'Czy ta konfiguracja jest poprawna?\n```\n{text}\n```',
  '{text}\n\n^ можно ли это закоммитить?',
  'Revisa este fragmento por favor:\n{text}',
  'この設定で合っていますか？\n{text}',
  'Bu yapılandırma neden hata veriyor?\n{text}',
];
