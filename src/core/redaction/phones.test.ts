import { describe, expect, it } from 'vitest';
import { detect } from './detect';

function phones(text: string): string[] {
  return detect(text, { level: 'standard' })
    .filter((s) => s.kind === 'phone')
    .map((s) => text.slice(s.start, s.end));
}

describe('phones labelled in many languages and scripts', () => {
  it.each([
    ['Cyrillic label, BR shared-cost number', 'Телефон: 4004-1234', '4004-1234'],
    ['Arabic label, 7-digit plan', 'هاتف 622-1234', '622-1234'],
    ['Greek label', 'Τηλ. 21 0123 4567', '21 0123 4567'],
    ['Hebrew label', 'טלפון: 02-123-4567', '02-123-4567'],
    ['Thai label', 'โทร 02 123 4567', '02 123 4567'],
    ['Japanese label, full-width colon', '電話番号：03-1234-5678', '03-1234-5678'],
    ['hotline', 'Hotline 670-1234 — free of charge', '670-1234'],
    ['Russian trunk 8 with area code in parentheses', 'Телефон 8 (495) 123-45-67', '8 (495) 123-45-67'],
  ])('%s', (_name, text, expected) => {
    expect(phones(text)).toEqual([expected]);
  });

  it('takes the 5-digit plans of small countries only right after a phone label', () => {
    expect(phones('Tel.: 22123')).toEqual(['22123']); // Samoa
    expect(phones('電話番号: 20-123')).toEqual(['20-123']); // Tonga
    expect(phones('Call me at 40123 tomorrow')).toEqual(['40123']); // Solomon Islands
    expect(phones('I counted 22123 votes')).toEqual([]);
    expect(phones('number 40123 in the list')).toEqual([]);
  });

  it('reads dotted groups as a phone unless they are a date or a time', () => {
    expect(phones('Call me at 75.12.34 tomorrow')).toEqual(['75.12.34']); // New Caledonia
    expect(phones('call me, meet at 20.12.34')).toEqual([]);
    expect(phones('Call me: released (01.02.2021)')).toEqual([]);
  });

  it('keeps year ranges and changelog dates', () => {
    expect(phones('supports the years 1901-2038 (partially inclusive)')).toEqual([]);
    expect(phones('## 0.22.0 (29.01.2021)')).toEqual([]);
  });
});
