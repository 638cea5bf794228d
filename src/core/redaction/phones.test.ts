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

describe('phones, round 6 families', () => {
  it('reads a trunk prefix that looks like a year as a phone, but keeps real dates', () => {
    expect(phones('Numéro vert : 0800.23.45.67')).toEqual(['0800.23.45.67']); // FR, dots
    expect(phones('Телефон: 0166-22-3344')).toEqual(['0166-22-3344']); // JP area code 0166, Cyrillic label
    expect(phones('geboren am 1987.03.12, Termin 2024-11-05')).toEqual([]);
    expect(phones('invalid: ["2000-13-01", "20000-01-01", "5877642-06-25"]')).toEqual([]);
  });

  it('reads the trunk 0 in parentheses, at home and after a country code', () => {
    expect(phones('Tél. : (0)4 72 10 30 30')).toEqual(['(0)4 72 10 30 30']);
    expect(phones('Büro +49 (0)30 901820')).toEqual(['+49 (0)30 901820']);
  });

  it('finds numbers dialled from abroad with any international call prefix', () => {
    expect(phones('From the US dial 011 33 1 42 68 53 00')).toEqual(['011 33 1 42 68 53 00']);
    expect(phones('日本から 010 44 20 7946 0958 へ')).toEqual(['010 44 20 7946 0958']);
    expect(phones('0011 81 3 1234 5678 from Sydney')).toEqual(['0011 81 3 1234 5678']);
  });

  it('takes an area code before a slash when the rest is grouped, and a lone trunk digit after a phone word', () => {
    expect(phones('Llámenos al 55/5658-1111')).toEqual(['55/5658-1111']); // Mexico City
    expect(phones('page 12/2024-01')).toEqual([]);
    expect(phones('Contact: 0.800.12.345')).toEqual(['0.800.12.345']);
    expect(phones('upgrade to 0.800.12.345')).toEqual([]);
  });

  it('keeps compact counting runs (a digit alphabet) and the tail of an IBAN after a quote', () => {
    expect(phones("const digits = '0123456789';")).toEqual([]);
    expect(phones("iban: 'DE89 3704 0044 0532 0130 01'")).toEqual([]);
  });
});

describe('international numbers right after a comma (round 7)', () => {
  it.each([
    ['a CSV row', 'id,name,phone\n7,Ana,+34612345678\n', '+34612345678'],
    ['a Cyrillic CSV row', 'телефон,+79161234567,да', '+79161234567'],
    ['a JSON array without spaces', '["Kenji",+81312345678]', '+81312345678'],
  ])('redacts %s', (_form, text, value) => {
    expect(phones(text)).toEqual([value]);
  });

  it('keeps numbers after a comma that do not open with +', () => {
    expect(phones('total,1234567890,ok')).toEqual([]);
    expect(phones('1,+2 and 3.5,+4')).toEqual([]);
  });
});

describe('national layouts of round 9', () => {
  it.each([
    ['Swedish, (0) glued to the country code', 'Tel: +46(0)8-123 456 78', '+46(0)8-123 456 78'],
    ['British, (0) glued, dialled with 00', 'ring 0044(0)20 7946 0958 please', '0044(0)20 7946 0958'],
    ['German, (0) glued then a space', 'Telefon +49(0) 30 1234567', '+49(0) 30 1234567'],
    ['Swiss, compact after (0)', 'Phone: +41(0)446681800', '+41(0)446681800'],
  ])('keeps the trunk insert inside the number: %s', (_name, text, expected) => {
    expect(phones(text)).toEqual([expected]);
  });

  it.each([
    ['Turkish label (dotted capital I)', 'İletişim: 0212 555 12 34', '0212 555 12 34'],
    ['Portuguese label, compact', 'contato 11987654321', '11987654321'],
    ['Hindi label, compact mobile', 'संपर्क: 9812034567', '9812034567'],
    ['Czech label, compact mobile', 'číslo 601123456', '601123456'],
    ['Indonesian label', 'Nomor HP saya 081234567890', '081234567890'],
    ['telecom field name', '{"msisdn": "919876543210"}', '919876543210'],
  ])('takes a compact national number after a contact word of another language: %s', (_name, text, expected) => {
    expect(phones(text)).toEqual([expected]);
  });

  it('redacts a CSV cell opening with a trunk 0 or an area code in parentheses', () => {
    expect(phones('name,phone\nAna,0612345678,yes')).toEqual(['0612345678']);
    expect(phones('cliente,(11) 91234-5678,ativo')).toEqual(['(11) 91234-5678']);
  });

  it('keeps numbers after a comma that are parts of a list, and postcodes called a number', () => {
    expect(phones('values,0,12,345,6789')).toEqual([]);
    expect(phones('1,0.5,0.25,0.125')).toEqual([]);
    expect(phones('서울 (우편번호 030-856)')).toEqual([]);
  });
});
