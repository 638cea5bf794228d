// Round 16's phone families (dev only; each positive or negative fails on the rules at the round's start, af05819,
// and is not a dev case: other countries, languages and labels than dev's). Identifiers a label names — orders,
// tax ids, byte dumps, account codes — are grouped like phone numbers and valid in some plan; a trunk `(0)` closed
// twice (`+961 (0)1) …`) is still the number dialled from abroad.
import { describe, expect, it } from 'vitest';
import { detect } from './detect';

function phones(text: string): string[] {
  return detect(text, { level: 'standard' })
    .filter((s) => s.kind === 'phone')
    .map((s) => text.slice(s.start, s.end));
}

describe('digit groups a label names as an identifier are no phone numbers', () => {
  it.each([
    ['a Chinese order number', '訂單編號：0912-345-678，預計三天內出貨'],
    ['a Korean order number', '주문번호 010-2345-6789 로 조회하세요'],
    ['a Russian order number', 'Номер заказа: 8 912 345-67-89, доставка завтра'],
    ['a Turkish order number', 'Sipariş no: 0532 418 27 91'],
    ['a German order number written as a compound', 'Auftragsnr. 0171 2345 678 bitte angeben'],
    ['a Polish tax id (NIP)', 'NIP: 526-000-12-46'],
    ['a Russian tax id (ИНН)', 'ИНН 7707 083 893'],
    ['an Italian VAT number with its country prefix', 'P.IVA IT 0212 345 6789'],
    ['a byte dump in a Node REPL', '> Buffer.from("123456")\n<Buffer 31 32 33 34 35 36>'],
    ['the tail of a malformed account code grouped in fours', 'IBAN DE4X QWER 0301 2345 6789 00'],
  ])('%s', (_family, text) => {
    expect(phones(text)).toEqual([]);
  });

  it.each([
    ['a phone label after an order word', 'Rückfragen zur Bestellung: Tel. 030 1234567', '030 1234567'],
    ['a Japanese phone word in an order sentence', '注文の確認は電話 03-1234-5678 まで', '03-1234-5678'],
    ['an English call after an order question', 'Order questions? Call 020 7946 0958', '020 7946 0958'],
  ])('keeps %s', (_family, text, phone) => {
    expect(phones(text)).toEqual([phone]);
  });
});

describe('a trunk (0) whose parentheses close twice', () => {
  it.each([
    ['Lebanon', 'Kontakt: +961 (0)1) 345 678', '+961 (0)1) 345 678'],
    ['Kenya', 'Tel: +254 (0)20) 271 2345', '+254 (0)20) 271 2345'],
  ])('%s', (_country, text, phone) => {
    expect(phones(text)).toEqual([phone]);
  });

  it('still reads the British form', () => {
    expect(phones('Tel: +44 (0)20 7946 0958')).toEqual(['+44 (0)20 7946 0958']);
  });
});
