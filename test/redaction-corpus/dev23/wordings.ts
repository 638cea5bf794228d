// The wordings of dev23's real addresses, written from memory by the helper (not from a catalogue): chat sentences in
// the address's own language and script, typed search phrases, and fields of JSON, CSV, YAML and HTML. `{v}` is the
// address. Each script has its own sentences, so an address is asked about the way its writers would ask.
export type Script = 'han' | 'cyrillic' | 'hangul' | 'arabic' | 'indic' | 'thai' | 'other';

export function scriptOf(value: string): Script {
  if (/[\u4e00-\u9fff]/.test(value)) return 'han';
  if (/[\u0400-\u04ff]/.test(value)) return 'cyrillic';
  if (/[\uac00-\ud7af]/.test(value)) return 'hangul';
  if (/[\u0600-\u06ff\ufb50-\ufeff]/.test(value)) return 'arabic';
  if (/[\u0900-\u0dff]/.test(value)) return 'indic';
  if (/[\u0e00-\u0e7f]/.test(value)) return 'thai';
  return 'other';
}

export const SENTENCES: Record<Script, readonly string[]> = {
  han: ['收货地址：{v}', '请把发票寄到{v}，谢谢！', '我们的新办公室在{v}，欢迎来访。', '麻烦送到 {v} 前台', '地址 {v}'],
  cyrillic: ['Адрес доставки: {v}', 'привезите пожалуйста на {v}, спасибо', 'Мы переехали, новый адрес — {v}.', 'Адреса: {v}', 'скинь курьеру {v}'],
  hangul: ['배송지: {v}', '{v} 로 보내주세요', '주소는 {v} 입니다.', '택배 받을 곳 {v}', '새 사무실 주소: {v}'],
  arabic: ['العنوان: {v}', 'من فضلك أرسل الطلب إلى {v} شكرا', 'عنوان التسليم {v}', 'نشانی: {v}', 'پتہ: {v}'],
  indic: ['पता: {v}', 'कृपया पार्सल {v} पर भेजें', 'डिलीवरी पता {v}', 'my address is {v}', 'ship it to {v} pls'],
  thai: ['ที่อยู่จัดส่ง: {v}', 'ส่งของมาที่ {v} นะคะ', 'ที่อยู่ {v}', 'please deliver to {v}', 'ที่อยู่ใหม่ของเรา: {v}'],
  other: ['my new address is {v}, can you update it?', 'Διεύθυνση: {v}', 'הכתובת שלי: {v}', 'Lieferadresse: {v}', 'ship to {v} thanks'],
};

/** Typed searches: the value is lower-cased and written without commas or line breaks before it is put in. */
export const QUERIES: Record<Script, readonly string[]> = {
  han: ['{v}', '怎么去{v}', '{v}附近的酒店'],
  cyrillic: ['{v}', 'как доехать до {v}', 'такси {v}'],
  hangul: ['{v}', '{v} 가는 길', '{v} 근처 맛집'],
  arabic: ['{v}', 'كيف أصل إلى {v}', 'directions to {v}'],
  indic: ['{v}', '{v} kaise pahunche', 'directions to {v}'],
  thai: ['{v}', 'ไป {v} ยังไง', 'hotels near {v}'],
  other: ['{v}', 'directions to {v}', 'how far is {v}'],
};

export const FIELDS = [
  '{"order": 5521, "ship_to": "{v}", "paid": true}',
  'id,address,status\n77,"{v}",packed',
  'customer:\n  address: "{v}"\n  note: leave at the door',
  '<address>{v}</address>',
  'delivery_address = "{v}"',
];

/** Multi-line blocks (an address written as lines): after a line of their own. */
export const BLOCKS = ['Ship to:\n{v}\nThanks', 'Адрес:\n{v}', '地址：\n{v}', 'العنوان:\n{v}', 'पता:\n{v}', '{v}'];
