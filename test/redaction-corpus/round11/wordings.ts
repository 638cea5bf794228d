// Round 11 wordings: the chat messages, pasted logs, tables and config around a value, written for this round
// (different from the contexts of split/ and rounds 3-10). `{v}` is the labelled value, `{text}` a source's whole text
// when it holds more than the value, `{country}` a country's name. Names in the wordings are not labelled (names of
// people are not a redaction kind).

/** Around a scanner's test input, as people paste logs and code into a chat. */
export const WRAP = [
  'Waarom faalt de build op dit stuk?\n{text}',
  'Đoạn log này có lộ gì không?\n```\n{text}\n```',
  '{text}\n\nczy to trzeba usunąć z historii gita?',
  'Achei isso no log de produção:\n{text}',
  'このログ、共有しても大丈夫？\n{text}',
  '이 설정 파일 봐 주세요:\n{text}',
  'Bu çıktıyı destek ekibine gönderebilir miyim?\n{text}',
  'Hii ni kutoka kwenye log yetu:\n{text}',
  '```\n{text}\n```\nrefactor this pls, keep the behaviour',
  'Saya menemukan ini di repo lama:\n{text}',
  'Μπορείς να μου εξηγήσεις αυτό το log;\n{text}',
  'why does this return 401?\n\n{text}',
];

/** Prose around an API key with the provider's name but no key word the scanner's line had. */
export const API_PROSE = [
  'my {provider} key is {v} but the dashboard says quota exceeded',
  '{provider}: {v}',
  'Aqui está a chave do {provider} pra você testar: {v}',
  'Der {provider}-Zugang für das Staging: {v} (bitte nicht weitergeben)',
  '{provider} のキーは {v} です',
  'use {v} for {provider}, the old one got revoked',
  'Klucz do {provider}a: {v}',
  '{provider} → {v}',
];

/** IBANs in prose with the country's name, in tables, CSV, JSON, YAML, signatures, and split over lines. */
export const IBAN = [
  'Please wire the deposit to my {country} account, IBAN {v}. Thanks!',
  '| Payee | IBAN | Amount |\n|---|---|---|\n| Landlord | {v} | 850.00 |',
  'payee;iban;amount\nHausverwaltung;{v};1240,00',
  '{"beneficiary": {"name": "K. Novak", "iban": "{v}", "country": "{country}"}}',
  'Bitte überweisen Sie den Betrag auf das Konto in {country}: {v}',
  'RIB / IBAN : {v} — merci de préciser la référence de la facture',
  'payout:\n  method: sepa\n  iban: {v}',
  'Kind regards,\nMarta\n--\nBank: {country}\nIBAN {v}',
  'Número de cuenta en {country} para la devolución: {v}',
  'mi manda 40 euro? iban {v}',
  'Transfer to {v} ({country}), reference INV-2291',
  'Konto bankowe ({country}): {v}',
  'Tilinumero {v}, saaja Oy Lumi Ab',
  'IBAN-ul meu din {country} este {v}',
];

/** Chinese addresses as people post them. */
export const ZH_ADDRESS = [
  '收货地址：{v}',
  '请寄到 {v}，收件人王先生',
  '公司地址是{v}，欢迎来访',
  '{"address": "{v}", "contact": "李女士"}',
  '面试地点：{v}（地铁站出口步行5分钟）',
  '我们搬家了，新地址 {v}',
];

export const ADDRESS_LINE = [
  'ship it to {v} please',
  'Lieferadresse: {v}',
  'adresse de facturation : {v}',
  'My new address is {v}, update the account',
  'Mande para {v}',
  '"shipping_address": "{v}"',
  'Dirección de envío: {v}',
  'send the documents to {v} by Friday',
];

export const ADDRESS_BLOCK = [
  'Please post the contract to:\n{v}',
  'Lieferanschrift:\n{v}\n\nDanke!',
  '{v}\n\n(that is the billing address on the invoice)',
  'Adresse postale :\n{v}',
  'Return label address\n---\n{v}\n---',
];

export const PHONE = [
  '| Name | Phone |\n|---|---|\n| Front desk | {v} |',
  'name,phone,city\nReception,{v},HQ',
  'Best,\nTomás\nM: {v}',
  '📞 {v} (lun-ven 9-18h)',
  'Hotline {v} — ggf. Durchwahl erfragen',
  '{"contact": {"phone": "{v}"}}',
  'telefon: {v}',
  'if the courier calls from {v} it is legit',
];

export const CARD = [
  'Receipt\nVISA/MC ************ → no wait the full one was {v}',
  'card_number,exp,holder\n{v},09/29,J SMITH',
  'Payé avec la carte {v} mais la commande est annulée',
  'Karte {v} wurde zweimal belastet',
  'the card ending... actually here is all of it: {v}',
  '"pan": "{v}"',
  'Kartu {v} ditolak terus',
  'カード番号 {v} で決済できません',
];

export const EMAIL = [
  'Signed-off-by: {author}',
  'Maintainer: {author}',
  'bug report from {v}, can you reply?',
  'CC: {author}',
];

/** BIP-39 seed phrases as people keep or leak them. */
export const SEED = [
  'my metamask recovery phrase is: {v}',
  'MNEMONIC="{v}"',
  'module.exports = { networks: { sepolia: { accounts: { mnemonic: "{v}" } } } };',
  '{"wallet": "backup", "seed": "{v}"}',
  'Seed phrase (do not share!!)\n{v}',
  'Frase de recuperação da carteira: {v}',
  'Wiederherstellungsphrase: {v}',
  'recovery words -> {v}',
];
