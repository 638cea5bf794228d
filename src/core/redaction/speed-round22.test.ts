import { describe, expect, it } from 'vitest';
import { normaliseName } from './rules/address-country-names';
import { foldWidthAndDigits, digitValue } from './rules/fold-text';
import { romanisedPartsAddressRule } from './rules/address-romanised-parts';
import { rulesFor } from './rules';
import { regionHints } from './rules/phone-regions';

// Round 22 (speed): the shortcuts must give what the long way gave, for every script and shape, not just the bench's.
describe('round 22 speed: same results by the shorter way', () => {
  // the long way, as it stood before round 22
  const normalisedTheLongWay = (name: string) => name.normalize('NFC').toLowerCase().replace(/[.'’]/g, '').replace(/\s+/g, ' ').trim();
  const foldedTheLongWay = (text: string) =>
    text.replace(/[\uFF01-\uFF5E\u3000\u2000-\u200A\u202F\u2010-\u2015\u2212\p{Nd}]/gu, (ch) => {
      const cp = ch.codePointAt(0)!;
      if (ch.length > 1 || cp < 0x80) return ch;
      if (cp >= 0xff01 && cp <= 0xff5e) return String.fromCharCode(cp - 0xfee0);
      if (cp === 0x3000 || (cp >= 0x2000 && cp <= 0x200a) || cp === 0x202f) return ' ';
      if ((cp >= 0x2010 && cp <= 0x2015) || cp === 0x2212) return '-';
      return String(digitValue(cp));
    });

  it('normalises a name as before: ASCII words, dots, apostrophes, spaces, other scripts, decomposed accents', () => {
    const names = [
      'Kenya', 'KENYA', 'costa', 'Co.', "Cote d'Ivoire", 'Côte d’Ivoire', 'Sankt-Peterburg', 'Bosnia-Herzegovina',
      '  Tab\there ', 'New\nYork', 'São Tomé', 'Sa\u0303o Tome\u0301', 'Ελλάδα', 'Россия', '日本', 'ประเทศไทย',
      'Κύπρος', 'A1-B2', '#hash_tag', '', 'ÅLAND', 'İstanbul', 'x\u00a0y', 'ﬁnland',
    ];
    for (const name of names) expect(normaliseName(name), name).toBe(normalisedTheLongWay(name));
  });

  it('folds widths and digits as before, ASCII digits beside the folded ones', () => {
    const texts = [
      '＋８１　３－１２３４－５６７８', '٠٥٠ ١٢٣ ٤٥٦٧ and 050 123 4567', '۰۹۱۲ ۳۴۵ ۶۷۸۹', 'फ़ोन ०९८७६५४३२१ 98',
      '০১৭১১-২৩৪৫৬৭', '๐๘๑ ๒๓๔ ๕๖๗๘', 'Tel 030 1234567 — call 12', '𝟘𝟙𝟚 astral digits 345', 'plain 0123456789',
      'a\u2212b\u2010c\u202fd\u3000e',
    ];
    for (const text of texts) {
      expect(foldWidthAndDigits(text), text).toBe(foldedTheLongWay(text));
      expect(foldWidthAndDigits(text).length).toBe(text.length);
    }
  });

  it('finds the same romanised addresses, each part read with the pooled pattern, several times over', () => {
    const lines = [
      'Toshkent sh., Yunusobod tumani, Amir Temur ko‘chasi, 107B-uy',
      'g. Tver, ul. Sovetskaya, d. 12, kv. 5',
      'Building 18, Street 820, Zone 45, Al Sadd, Doha',
      'Gangnam-gu, Teheran-ro 152, Seoul',
      'H.No. 4-1-12, Ramkoti, Hyderabad - 500001',
      'Deliver to Building 2115, Road 2832, Block 428, Seef, Manama please',
    ];
    const text = lines.join('\n');
    const once = [...romanisedPartsAddressRule.find(text)];
    expect(once.map((r) => text.slice(r.start, r.end))).toEqual([
      'Toshkent sh., Yunusobod tumani, Amir Temur ko‘chasi, 107B-uy',
      'g. Tver, ul. Sovetskaya, d. 12, kv. 5',
      'Building 18, Street 820, Zone 45, Al Sadd, Doha',
      'Gangnam-gu, Teheran-ro 152, Seoul',
      'H.No. 4-1-12, Ramkoti, Hyderabad - 500001',
      'Building 2115, Road 2832, Block 428, Seef, Manama',
    ]);
    const repeated = `${text}\n`.repeat(3);
    const spans = [...romanisedPartsAddressRule.find(repeated)];
    expect(spans.length).toBe(3 * once.length);
    spans.forEach((r, i) => {
      const first = once[i % once.length]!;
      expect(repeated.slice(r.start, r.end)).toBe(text.slice(first.start, first.end));
    });
  });

  it('classifies a repeated segment once and finds the same address blocks wherever it stands', () => {
    const block = rulesFor('strict').find((r) => r.id === 'address-block')!;
    const addresses = [
      'Calle Mayor, 5\n28013 Madrid',
      'Lindenstraße 12, 10969 Berlin',
      '7, avenue Jean Jaurès\n69007 Lyon',
      'Nieuwe Binnenweg 17-19, Oude Westen, Rotterdam',
      'ul. Marszałkowska 10/16, 00-590 Warszawa',
      'Jalan Chan Sow Lin, 55200 Kuala Lumpur',
    ];
    const alone = addresses.map((a) => [...block.find(a)].map((r) => a.slice(r.start, r.end)));
    expect(alone.every((found) => found.length > 0)).toBe(true);
    // each address many times at shifting offsets, with more distinct segments between them than the memo keeps
    let text = '';
    const expected: string[] = [];
    for (let round = 0; round < 3; round++) {
      addresses.forEach((a, i) => {
        text += `${'x'.repeat(round + i)}\n\n${a}\n\n`;
        expected.push(...alone[i]!);
      });
      for (let n = 0; n < 2100; n++) text += `Zeile ${round}-${n}, Ort ${n}\n`;
      text += '\n';
    }
    const found = [...block.find(text)].map((r) => text.slice(r.start, r.end)).filter((v) => !v.startsWith('Zeile'));
    expect(found).toEqual(expected);
  });

  it('names no script region for ASCII text, and the same regions as before for text in other scripts', () => {
    const ascii = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c)).join('').repeat(3);
    expect(regionHints(ascii).script(0)).toEqual([]);
    const written: [string, string][] = [
      ['Телефон 8 912 345 67 89', 'RU'],
      ['هاتف 050 123 4567', 'SA'],
      ['טלפון 03-1234567', 'IL'],
      ['電話 03-1234-5678 です', 'JP'],
      ['전화 02-123-4567', 'KR'],
      ['ტელ. 032 2 12 34 56', 'GE'],
      ['ဖုန်း ၀၉ ၁၂၃ ၄၅၆ ၇၈၉', 'MM'],
    ];
    for (const [text, region] of written) expect(regionHints(`call me: ${text}`).script(0), text).toContain(region);
  });
});
