// Round 10 wordings: the chat messages, pasted logs and config around a value, written for this round (different from
// the contexts of split/ and rounds 3-9). `{v}` is the labelled value, `{text}` a source's whole text when it holds
// more than the value. Names in the wordings are not labelled (names of people are not a redaction kind).

/** Around a scanner's example line, as people paste config and code into a chat. */
export const WRAP = [
  'Prečo to gitleaks hlási ako únik?\n```\n{text}\n```',
  'Hierdie reël is in ons repo, is dit veilig?\n{text}',
  'Kodėl CI sustoja ties šia eilute?\n{text}',
  '{text}\n\nwhy is pre-commit blocking this',
  'Nakita ito ng scanner sa config namin:\n{text}',
  '```env\n{text}\n```\nshould I rotate this?',
  'הסורק מצא את זה בקוד:\n{text}',
  'Leidsin selle logist:\n{text}',
  'Fant dette i en gammel commit:\n{text}',
  'Adakah ini perlu dipadam dari repo?\n{text}',
  'Ovo je iz našeg .env fajla:\n{text}',
  '@@ -3,2 +3,3 @@\n {text}',
];

export const CARD = [
  'Kortnumret {v} fungerar inte i appen',
  'Kartica {v} je odbijena, zašto?',
  'Kart nömrəsi: {v}',
  'Číslo karty {v}, platnost 11/28',
  'Nambari ya kadi {v} imekataliwa',
  'Kaardi number {v} — makse ebaõnnestus',
  'card on file: {v} (exp 07/29)',
  'Kad kredit saya {v} tak boleh guna',
  'Αριθμός κάρτας {v}',
  'מספר כרטיס {v} נדחה',
  'Troy kartım {v} ile ödeme yapılamıyor',
  'RuPay card {v} declined at checkout',
  '"cardNumber": "{v}", "cvc": "***"',
  'Karta Mir {v} — oplata ne prokhodit',
];

export const IBAN = [
  'Mi IBAN es {v}',
  'IBAN für die Rückerstattung: {v}',
  'Número de compte (IBAN): {v}',
  'Transferă pe {v}, te rog',
  'IBAN: {v} (BIC steht auf der Rechnung)',
  'Račun: {v}',
  'Prašau pervesti į {v}',
  '"debtor_iban": "{v}"',
  'Bankkonto {v}, tack!',
  'Rekening IBAN saya {v}',
  'Hesap numaram (IBAN) {v}',
];

export const PHONE = [
  'Mi celular es {v}',
  'Llámame al {v} después de las 6',
  'Contact: {v}',
  'Número pra contato: {v}',
  'WhatsApp {v}',
  'Tel. {v} (Büro)',
  'رقم الجوال {v}',
  'Ring mig på {v}',
  'Nomor HP saya {v}',
  'Телефон для связи: {v}',
  'mobile: "{v}"',
  'call me on {v} if the deploy breaks',
  '我的手机号是 {v}',
  'Numer telefonu: {v}',
];

export const EMAIL = [
  'Kontaktujte správce na {v}',
  'Please loop in {v} on the ticket',
  'Reply-To: {v}',
  '"email": "{v}", "verified": true',
  'Mande para {v} até sexta',
  '{author} — maintainer listed in package.json, is this still the right contact?',
  'Signed-off-by: {author}',
  'メールは {v} までお願いします',
];

export const IP = [
  'Failed password for invalid user admin from {v} port 52814 ssh2',
  'Bağlantı {v} adresinden reddedildi',
  'iptables -A INPUT -s {v} -j DROP',
  'upstream backend { server {v}:8080; }',
  '{"client_ip": "{v}", "status": 403}',
  'nslookup returned {v}',
  'Der Server hat die IP {v}',
  'ping {v} — 100% packet loss',
  'ListenAddress {v}',
  'Endpoint = {v}:51820',
  'La IP pública es {v}',
  'curl: (7) Failed to connect to {v} port 443',
];

export const JWT = [
  'Authorization: Bearer {v}',
  'this token expired? {v}',
  'Set-Cookie: session={v}; HttpOnly; Secure',
  '{"access_token": "{v}", "token_type": "Bearer", "expires_in": 3600}',
  'wscat -c "wss://api.internal/socket?token={v}"',
  'Tämä JWT ei kelpaa: {v}',
  'localStorage.setItem("id_token", "{v}")',
  'Токен из заголовка: {v}',
];

export const PRIVATE_KEY = [
  'Can you tell me why ssh rejects this key?\n{v}',
  'Klucz z serwera CI:\n\n{v}',
  '```\n{v}\n```',
  '이 키로 서명이 안 돼요:\n{v}',
  'cat deploy.key\n{v}',
];

export const ADDRESS_LINE = [
  'Ship to {text}',
  'My address is {text}',
  'Adresse de livraison : {text}',
  'Deliver to: {text}, please',
  '"shipping_address": "{text}"',
  'Can you format this address for a label? {text}',
];

export const ADDRESS_BLOCK = [
  'Please send the documents to:\n{text}',
  'Endereço de entrega:\n\n{text}',
  'Invoice address\n{text}',
  '{text}\n\nis this address complete for customs?',
  'Adresse postale :\n{text}',
];
