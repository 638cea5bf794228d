// Round 23 wordings: the messages and files around a value, written for this round by the helper from memory (not
// checked by native speakers; see README.md). `{v}` is the labelled value; names in the wordings are not labelled.

/** A Delhi address in a chat line or a record (Hindi in Devanagari and Latin script, English, Punjabi, Urdu, files). */
export const DELHI_LINE = [
  'bhai parcel yahan bhej dena: {v}',
  'मेरा नया पता है {v}, कल से यहीं मिलूँगा',
  'कृपया डिलीवरी इस पते पर करें — {v}',
  'new flat address {v} pls update the rent agreement',
  'courier wala bol raha address galat hai, sahi wala ye hai {v}',
  'ਮੇਰਾ ਪਤਾ: {v}',
  'میرا پتہ {v} ہے، شام کو آ جانا',
  'Shipping address: {v}\nLandmark: near the temple',
  '{"deliveryAddress": "{v}", "cod": true}',
  'address,phone_verified\n"{v}",yes',
  'can u send the documents to {v} by friday',
  'पता: {v} (दूसरी मंज़िल पर घंटी नहीं बजती)',
];

/** A Seoul lot-number address (town first) in Korean chat, a form, a record or an English line. */
export const KOREAN_LINE = [
  '택배는 {v}로 보내주세요',
  '주소: {v} (지번)',
  '이사했어요! 새 주소는 {v} 입니다',
  '등기부등본상 소재지 {v} 확인 부탁드립니다',
  '{"jibun_address": "{v}", "zip": null}',
  'Please ship it to {v}, Seoul.',
  '{v} 앞에서 만나요',
  '배송지 변경 요청 → {v}',
];

/** A Chinese delivery address (province or city first) in a message or a record. */
export const CHINESE_LINE = [
  '收货地址：{v}',
  '麻烦寄到{v}，谢谢',
  '我的新地址是{v}',
  '{"address": "{v}", "region": "CN"}',
  '快递请送到 {v} 放门卫就行',
  '請寄到{v}，收到回覆一下',
];

/** A mail header or address line quoted in a message (several languages, a CSV row, a log). */
export const EMAIL_LINE = [
  'from the bounce I got: {v}',
  'Kopie aus dem Mailheader: {v}',
  'en-tête du message : {v}',
  'ヘッダーにこう書いてあります: {v}',
  'Заголовок письма: {v}',
  'name,header\n"contact","{v}"',
  '2026-12-03T09:14:55Z smtp-in accepted {v}',
  'من ترويسة الرسالة: {v}',
  'Cabecera del correo: {v}',
];

/** A provider key or token pasted in a chat or a file (the provider's name is the source's directory). */
export const KEY_LINE = [
  'here is the {p} key for staging: {v}',
  '{P}_KEY={v}',
  'export {P}_TOKEN="{v}"',
  'Der {p}-Schlüssel lautet {v}, bitte nicht ins Repo',
  '{ "provider": "{p}", "credential": "{v}" }',
  'voici le jeton {p} : {v}',
  '{p} の API キー: {v}',
  'secrets:\n  {p}: {v}',
  'el token de {p} es {v} (no lo compartas)',
  'ключ {p}: {v}',
];

/** A Russian address (street or town first, with a flat, office, parking place or storeroom) in a message or a record. */
export const RUSSIAN_LINE = [
  'Доставьте, пожалуйста, по адресу {v}',
  'адрес для квитанции: {v}',
  'мой адрес {v}, домофон не работает',
  'Лічильник стоїть за адресою {v}',
  '{"payerAddress": "{v}"}',
  'Please send the invoice to {v}',
];
