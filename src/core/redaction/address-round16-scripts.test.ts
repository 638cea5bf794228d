// Round 16's address families of romanised forms of non-Latin-script countries (dev only; each positive fails on
// the rules at the round's start, af05819 — missed, or cut short of its district, town or postcode — and is not a dev
// case: other countries, towns and streets than dev's; each negative is a list of numbered things the rule must keep).
import { describe, expect, it } from 'vitest';
import { detect } from './detect';

function addresses(text: string): string[] {
  return detect(text, { level: 'strict' })
    .filter((s) => s.kind === 'postal_address')
    .map((s) => text.slice(s.start, s.end));
}

describe('romanised addresses written as named parts: two kinds of part, one numbered', () => {
  it.each([
    ['Russian, town, street, house and flat abbreviated', 'Adres dostavki: g. Tver, ul. Sovetskaya, d. 12, kv. 4', 'g. Tver, ul. Sovetskaya, d. 12, kv. 4'],
    ['Kazakh, the avenue word and a 6-digit postcode', 'Almaty, Abay dangyly 52, 050008', 'Almaty, Abay dangyly 52, 050008'],
    ['Armenian, avenue and flat', 'Mashtots poghota 12, bn. 4, Yerevan 0002', 'Mashtots poghota 12, bn. 4, Yerevan 0002'],
    ['Georgian, the avenue word after the name', 'Rustaveli gamziri 12, Tbilisi 0108', 'Rustaveli gamziri 12, Tbilisi 0108'],
    ['Persian, street, lane and house plate', 'Ship to: Khiaban-e Vali Asr, Kucheh 3, Pelak 12, Tehran', 'Khiaban-e Vali Asr, Kucheh 3, Pelak 12, Tehran'],
    ['Korean, hyphenated district and road words', 'Send to Gangnam-gu, Teheran-ro 152, Seoul 06236', 'Gangnam-gu, Teheran-ro 152, Seoul 06236'],
    ['Kuwait, the numbered block, street and house', 'Block 4, Street 12, House 7, Salmiya', 'Block 4, Street 12, House 7, Salmiya'],
    ['Bangladesh, the neighbourhood before the road and a dashed code', 'Address: Dhanmondi, Road 27, House 12, Dhaka-1209', 'Dhanmondi, Road 27, House 12, Dhaka-1209'],
  ])('%s', (_family, text, address) => {
    expect(addresses(text)).toEqual([address]);
  });

  it.each([
    ['a room and a building in a meeting note', 'Room 1204, Building 7 — the meeting moved to 3 pm.'],
    ['a list of zones', 'Zone 1, Zone 2, Zone 3'],
    ['a list of places closed by a year', 'We tested apples, oranges, pears - 2024'],
    ['romanised abbreviations as values', 'd. 12, kv. 4 are the values'],
  ])('keeps %s', (_family, text) => {
    expect(addresses(text)).toEqual([]);
  });
});

describe('Cyrillic addresses in the international order without commas or street type', () => {
  it.each([
    ['Belarus, with the region word', 'Адрес: Лесная 12 Гомель Гомельская область Беларусь 246000', 'Лесная 12 Гомель Гомельская область Беларусь 246000'],
    ['Kazakhstan, inside an English sentence', 'Send to Абая 15 Алматы Казахстан 050000 please', 'Абая 15 Алматы Казахстан 050000'],
    ['Serbia, a two-word street and a 5-digit code', 'Кнез Михаилова 5 Београд Србија 11000', 'Кнез Михаилова 5 Београд Србија 11000'],
    ['Ukraine, the region and country before the code', 'Садова 3 Львів Львівська область Україна 79000', 'Садова 3 Львів Львівська область Україна 79000'],
  ])('%s', (_family, text, address) => {
    expect(addresses(text)).toEqual([address]);
  });

  it.each([
    ['a version and a build number', 'Версия 12 Релиз Сборка 123456'],
    ['an order sentence closed by a year', 'Заказ 15 Новый Год Подарок Россия 2024'],
  ])('keeps %s', (_family, text) => {
    expect(addresses(text)).toEqual([]);
  });
});
