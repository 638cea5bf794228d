// The wordings of dev22's real addresses, written from memory by the helper (not from a catalogue): chat sentences in
// several languages, search queries, and fields of JSON, CSV and YAML. `{v}` is the address, `{country}` the country
// line when the test case has one.
export const BLOCK_FRAMES = [
  'Please send the parcel to:\n{v}\nThanks!',
  'Bitte an diese Adresse schicken:\n{v}',
  'Envoyez la facture à :\n{v}\nMerci',
  'Dirección de entrega:\n{v}',
  '配送先：\n{v}\nよろしくお願いします。',
  'Адрес доставки:\n{v}',
  'Indirizzo di spedizione:\n{v}',
  'Adres do wysyłki:\n{v}\nDzięki',
  '收件地址：\n{v}',
  'Endereço:\n{v}\nObrigado!',
  'Teslimat adresi:\n{v}',
  'ship_to: |\n{v}',
];
export const LINE_FRAMES = [
  'hi, my new address is {v} — can you update the account?',
  'Wir sind umgezogen: {v}. Bitte die Rechnung dorthin.',
  'Le rendez-vous est au {v}, au deuxième étage.',
  'Nos vemos en {v} a las 18:00.',
  'Het pakket moet naar {v}, graag voor vrijdag.',
  'Можете отправить на {v}? Спасибо.',
  'Mi trovi in {v} dopo le 17.',
  'Moja adresa je {v}, pozdrav.',
  '住所は {v} です。',
  'Adresim {v}, kargo oraya gelsin.',
  'Địa chỉ của tôi là {v}.',
  'Min adress är {v}, ring när du är framme.',
];
export const QUERY_FRAMES = [
  '{v}',
  'directions to {v}',
  'wie komme ich zur {v}',
  'how far is {v} from the airport',
  'hotels near {v}',
  'cómo llegar a {v}',
];
export const FIELD_FRAMES = [
  '{"customer": 4411, "shipping_address": "{v}", "country": "{country}"}',
  'order_id,address,status\n1182,"{v}",shipped',
  'billing:\n  address: "{v}"\n  country: {country}',
  '<address>{v}</address>',
  'Adresse: {v}',
  'address = "{v}"',
];
export const JA_FRAMES = [
  '{v}',
  '住所：{v}',
  'お届け先は{v}でお願いします。',
  '{"address": "{v}"}',
  '{v} への行き方',
  '会場は{v}です。駅から徒歩5分。',
  'name,住所\n山田,{v}',
  '新しい住所は {v} になりました',
];
