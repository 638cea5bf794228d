// Round 10: the rest of an address after its street line (rules/address-continuation.ts) — a unit, a town with a
// postcode that a country's pattern accepts, a region the data names; caseless scripts separated by spaces.
import { describe, expect, it } from 'vitest';
import { detect } from './detect';

function addresses(text: string): string[] {
  return detect(text, { level: 'strict' })
    .filter((s) => s.kind === 'postal_address')
    .map((s) => text.slice(s.start, s.end));
}

describe('an address runs on after its street line', () => {
  it.each([
    ['Hebrew: flat, then town and a 7-digit postcode', 'お届け先：רחוב הרצל 15, דירה 4, תל אביב-יפו 6578901', 'רחוב הרצל 15, דירה 4, תל אביב-יפו 6578901'],
    ['Arabic: district, then city and postcode', 'Endereço: 2929 طريق الملك فهد، حي العليا، الرياض 12211', '2929 طريق الملك فهد، حي العليا، الرياض 12211'],
    ['Thai: sub-district, district, province, postcode after spaces', 'Endereço: ถนนพระราม 1 แขวงปทุมวัน เขตปทุมวัน กรุงเทพมหานคร 10330', 'ถนนพระราม 1 แขวงปทุมวัน เขตปทุมวัน กรุงเทพมหานคร 10330'],
    ['Iceland: a 3-digit postcode before the town', 'Lieferadresse: Laugavegur 28b, 101 Reykjavík', 'Laugavegur 28b, 101 Reykjavík'],
    ['Andorra: a lettered postcode', 'Adres dostawy: 88 Avinguda Meritxell, AD500 Andorra la Vella', '88 Avinguda Meritxell, AD500 Andorra la Vella'],
  ])('%s', (_name, text, expected) => {
    expect(addresses(text)).toEqual([expected]);
  });

  it('stops where the address stops', () => {
    expect(addresses('Hauptstraße 5, 2023 war gut')).toEqual(['Hauptstraße 5']);
    expect(addresses('ที่อยู่ ถนนพระราม 1 ครับ ขอบคุณ')).toEqual(['ถนนพระราม 1']);
    expect(addresses('Lieferadresse: Laugavegur 28b, 3 items in the box')).toEqual(['Laugavegur 28b']);
  });
});
