// Round 6's address families, each with examples written for this test (not taken from the corpus): Cyrillic
// addresses written from the region down with glued abbreviations, Canadian lines ending in a province or a postcode,
// old US state abbreviations, hyphenated house numbers, CJK addresses with spaces and kanji numerals, and PO boxes in
// right-to-left scripts.
import { describe, expect, it } from 'vitest';
import { detect } from './detect';

function addresses(text: string): string[] {
  return detect(text, { level: 'strict' })
    .filter((s) => s.kind === 'postal_address')
    .map((s) => text.slice(s.start, s.end));
}

describe('Cyrillic addresses, region down to the flat', () => {
  it.each([
    ['RU, glued abbreviations, no spaces after commas', 'Доставка: Новосибирская обл.,г.Бердск,ул.Ленина, д.12 А,кв.5', 'Новосибирская обл.,г.Бердск,ул.Ленина, д.12 А,кв.5'],
    ['RU, postcode first, street type after the name', '630099, г. Новосибирск, Красный пр-т, д. 18', '630099, г. Новосибирск, Красный пр-т, д. 18'],
    ['RU, settlement type spelled out', 'Тверская обл посёлок Редкино, ул. Правды д.4', 'Тверская обл посёлок Редкино, ул. Правды д.4'],
    ['RU, building and block', 'Send it to ул. Академика Королёва д. 12к.2 please', 'ул. Академика Королёва д. 12к.2'],
    ['RU, house with a slash', 'Адрес доставки:\nпер. Сивцев Вражек, д.14/21', 'пер. Сивцев Вражек, д.14/21'],
    ['UA, місто and вулиця', 'Адреса: м. Львів, вул. Городоцька, буд. 36', 'м. Львів, вул. Городоцька, буд. 36'],
    ['BG, град and булевард with a floor', 'гр. Пловдив, бул. Руски 20, ет. 4', 'гр. Пловдив, бул. Руски 20, ет. 4'],
    ['RU, street, house, postcode and a Latin town', 'Translate: Невский пр., 28 191186, Saint Petersburg', 'Невский пр., 28 191186, Saint Petersburg'],
  ])('%s', (_name, text, expected) => {
    expect(addresses(text)).toEqual([expected]);
  });

  it('keeps a street name followed by a count', () => {
    expect(addresses('Мы жили на ул. Садовой 7 лет, потом переехали')).toEqual([]);
    expect(addresses('На пр. Мира 200 человек вышли на субботник')).toEqual([]);
  });
});

describe('Canadian and US lines ending in a province, a postcode or an old state abbreviation', () => {
  it.each([
    ['QC, number-comma-street, province in parentheses, postcode', 'Livrer au 1200, boulevard René-Lévesque Ouest Montréal (Québec) H3B 4W8 SVP', '1200, boulevard René-Lévesque Ouest Montréal (Québec) H3B 4W8'],
    ['QC, office word and no postcode', 'Bureau : 77, rue des Forges bureau 300 Trois-Rivières (Québec)', '77, rue des Forges bureau 300 Trois-Rivières (Québec)'],
    ['ON, postcode then province name', "address = '55 Queenway Mississauga L5B 2V7 Ontario'", '55 Queenway Mississauga L5B 2V7 Ontario'],
    ['BC, province code then a comma and prose', 'ship to 410 Elmview Cres., Kelowna, BC, thanks!', '410 Elmview Cres., Kelowna, BC'],
    ['US, state name then a comma', 'new address: 4470 Quarry Bend Apt 2, Fairlee, Vermont, please update', '4470 Quarry Bend Apt 2, Fairlee, Vermont'],
    ['US, AP-style state glued to the ZIP', "('Acme', '9 GRANITE PLAZA, Stoneham, MASS.02180')", '9 GRANITE PLAZA, Stoneham, MASS.02180'],
    ['US, hyphenated Queens house number and ZIP without state', 'Deliver to 147-12 Jamaica Avenue Richmond Hill 11435 today', '147-12 Jamaica Avenue Richmond Hill 11435'],
  ])('%s', (_name, text, expected) => {
    expect(addresses(text)).toEqual([expected]);
  });

  it('keeps a province in parentheses in prose and a lone postcode-like code', () => {
    expect(addresses('The law differs in Canada (Québec) and elsewhere')).toEqual([]);
    expect(addresses('build K1Y 4W7 failed')).toEqual([]);
  });
});

describe('CJK addresses with spaces and kanji numerals, and PO boxes in right-to-left scripts', () => {
  it.each([
    ['TW, spaces around the numbers', '寄到 台中市西區 403 民權路 12 號 5 樓 謝謝', '台中市西區 403 民權路 12 號 5 樓'],
    ['JP, kanji chōme number after a space', '住所：札幌市中央区北一条 三丁目4-7', '札幌市中央区北一条 三丁目4-7'],
    ['JP, full-width digits and dash', '送付先：大阪市北区梅田２丁目５－２５', '大阪市北区梅田２丁目５－２５'],
    ['AE, Arabic PO box with Eastern Arabic digits and the town', 'العنوان: ص.ب. ٩٨٧٦، أبوظبي', 'ص.ب. ٩٨٧٦، أبوظبي'],
    ['SA, صندوق بريد then the town on the next line', 'المؤسسة\nصندوق بريد 4410\nالرياض\nالمملكة', 'صندوق بريد 4410\nالرياض'],
    ['IL, Hebrew PO box', 'כתובת למשלוח: ת.ד. 3120 חיפה', 'ת.ד. 3120 חיפה'],
  ])('%s', (_name, text, expected) => {
    expect(addresses(text)).toEqual([expected]);
  });

  it('keeps a box word that is no PO box', () => {
    expect(addresses('في صندوق 5 تفاحات')).toEqual([]);
  });
});
