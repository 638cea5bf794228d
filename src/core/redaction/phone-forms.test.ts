// Phone numbers as people type them (round 10): full-width and other-script digits, ++ and (+CC) openings, glued
// extensions, lists without spaces, compact mobiles in CJK text, national numbers of a country the text names.
import { describe, expect, it } from 'vitest';
import { detect } from './detect';
import { foldWidthAndDigits } from './rules/fold-text';

function phones(text: string): string[] {
  return detect(text, { level: 'standard' })
    .filter((s) => s.kind === 'phone')
    .map((s) => text.slice(s.start, s.end));
}

describe('text folded for the phone rule', () => {
  it('keeps every offset: one unit in, one unit out', () => {
    const text = '電話 ＋８１　３－１２３４－５６７８ ٠١٢ ०१२ 𝟎';
    const folded = foldWidthAndDigits(text);
    expect(folded.length).toBe(text.length);
    expect(folded).toBe('電話 +81 3-1234-5678 012 012 𝟎');
  });
});

describe('full-width and other-script digits', () => {
  it.each([
    ['full-width international, ideographic spaces', '電話番号は ＋1　(650)　333－6000 です', '＋1　(650)　333－6000'],
    ['full-width national', '連絡先：０３－１２３４－５６７８まで', '０３－１２３４－５６７８'],
    ['Arabic-Indic digits', 'هاتف: ٠٥٠ ١٢٣ ٤٥٦٧', '٠٥٠ ١٢٣ ٤٥٦٧'],
    ['Persian digits', 'تلفن ۰۹۱۲ ۳۴۵ ۶۷۸۹', '۰۹۱۲ ۳۴۵ ۶۷۸۹'],
    ['Devanagari digits', 'फ़ोन: +९१ ९८७६५ ४३२१०', '+९१ ९८७६५ ४३२१०'],
    ['Bengali digits', 'ফোন: ০১৭১২-৩৪৫৬৭৮', '০১৭১২-৩৪৫৬৭৮'],
  ])('%s', (_name, text, expected) => {
    expect(phones(text)).toEqual([expected]);
  });
});

describe('openings and endings people type', () => {
  it.each([
    ['++ for the international prefix', 'Bel me even op ++1 (650) 333-6000', '++1 (650) 333-6000'],
    ['country code in parentheses', 'Tel. (+49) 30 1234567', '(+49) 30 1234567'],
    ['extension glued on with x', '我的电话号是269-541-4584x068.', '269-541-4584'],
    ['extension after a dash', '联系电话:010-65980408-8001', '010-65980408'],
  ])('%s', (_name, text, expected) => {
    expect(phones(text)).toEqual([expected]);
  });

  it('reads a list of numbers joined by commas without spaces number by number', () => {
    expect(phones('传真是021-68804868联系电话021-68812753,021-68808888')).toEqual(['021-68804868', '021-68812753', '021-68808888']);
  });

  it('still reads thousands and decimals as one figure, not a phone', () => {
    expect(phones('population 1,234,567,890 in 2020')).toEqual([]);
    expect(phones('Call volume: 1234567,50 EUR')).toEqual([]);
  });

  it('takes dotted groups with a single trunk digit after a phone word', () => {
    expect(phones('Mi número nuevo: 8.71234.5.04.45')).toEqual(['8.71234.5.04.45']);
    expect(phones('If urgent, text 2.2123.7027')).toEqual(['2.2123.7027']);
    expect(phones('upgrade to 8.7.1.2 first')).toEqual([]);
    // `string` and `context` hold no phone word: an IP and a CIDR block written beside them stay
    expect(phones('given as separate strings (e.g. `0.0.0.255` for a /24)')).toEqual([]);
    expect(phones('the context, e.g. `192.168.1.0/24` for a subnet')).toEqual([]);
  });

  it('reads a trunk 0 before a dotted number as no decimal and no IP address', () => {
    expect(phones('Nous joindre au 0664.123456')).toEqual(['0664.123456']);
    expect(phones('Bakı ofisi: 040.123.45.67')).toEqual(['040.123.45.67']);
    expect(phones('pi is 3.141592 and e is 2.718281')).toEqual([]);
  });
});

describe('national numbers placed by the text around them', () => {
  it('takes a compact mobile number in CJK text, two in a row too', () => {
    expect(phones('宝爵台球会所：13604779660 13604770960')).toEqual(['13604779660', '13604770960']);
    expect(phones('宝爵台球会所：13604779660或13604770960')).toEqual(['13604779660', '13604770960']);
  });

  it('keeps a compact run in Latin text as an id', () => {
    expect(phones('build 13604779660 passed')).toEqual([]);
  });

  it('takes a 7-digit number in a postcode shape when the text names its country', () => {
    expect(phones('Our Belize office: 622-1234')).toEqual(['622-1234']);
    expect(phones('Our office: 622-1234')).toEqual([]);
  });

  it('takes a number shaped like a decimal when a +CC number nearby names its country', () => {
    expect(phones('Manama HQ +973 1700 0000, branch 3600.1234')).toEqual(['+973 1700 0000', '3600.1234']);
    expect(phones('ratio 3600.1234 overall')).toEqual([]);
  });

  it('reads a 4-4 grouping as a phone, not a postcode, but clock spans stay times', () => {
    expect(phones('Oficina en Costa Rica: 8312-3456')).toEqual(['8312-3456']);
    expect(phones('open 0930-1730 daily')).toEqual([]);
  });

  it('does not take a card number grouping for a phone with an extension', () => {
    expect(phones('"number": "4974-0841-7286-2923"')).toEqual([]);
  });
});

describe('the same digits in two places', () => {
  it('decide each place by its own neighbours', () => {
    expect(phones('会所：13604779660 und build 13604779660')).toEqual(['13604779660']);
    expect(phones('build 13604779660, 会所：13604779660')).toEqual(['13604779660']);
  });
});

// Round 14 (second pass): a compact `+CC` number libphonenumber calls possible for its region but not valid (its
// tables lag the ranges countries open) was kept unless spaced; a phone label right before it, in any language,
// says it is dialled (dev: `Tel. +2631313219`).
describe('compact possible numbers after a phone label', () => {
  it.each([
    ['German Tel.', 'Tel. +2631313219 (nur abends)', '+2631313219'],
    ['German Telefon', 'Telefon: +40543252035', '+40543252035'],
    ['Finnish Puh.', 'Puh. +358901234567', '+358901234567'],
    ['Japanese 電話', '電話：+81012345678', '+81012345678'],
    ['Arabic هاتف', 'هاتف: +20512345678', '+20512345678'],
    ['French Tél. with a spaced colon', 'Tél. : +33012345678', '+33012345678'],
    ['Portuguese Celular', 'Celular: +55012345678', '+55012345678'],
    ['Vietnamese SĐT', 'SĐT: +84012345678', '+84012345678'],
    ['Korean 휴대폰', '휴대폰: +82012345678', '+82012345678'],
    ['Hebrew נייד', 'נייד: +972012345678', '+972012345678'],
  ])('%s', (_, text, phone) => {
    expect(phones(text)).toContain(phone);
  });

  it.each([
    ['no label', 'id +40543252035 in the log'],
    ['a label that does not stand right before it', 'Tel. line is down; build +40543252035 failed'],
    ['a table cell with no label', '| priya | +40543252035 |'],
    ['too long to be possible', 'Tel. +4412345678901234'],
  ])('keeps %s', (_, text) => {
    expect(phones(text)).toEqual([]);
  });
});
