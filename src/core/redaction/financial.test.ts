import { composeIBAN, friendlyFormatIBAN, getCountrySpecifications } from 'ibantools';
import { describe, expect, it } from 'vitest';
import { detect } from './detect';

function found(text: string, kind: 'payment_card' | 'iban'): string[] {
  return detect(text, { level: 'standard' })
    .filter((s) => s.kind === kind)
    .map((s) => text.slice(s.start, s.end));
}

/** Four-digit groups, the way cards are printed. */
const grouped = (n: string, sep: string) => n.replace(/(\d{4})(?=\d)/g, `$1${sep}`);

describe('payment cards of every brand and length', () => {
  // Luhn-valid numbers in each brand's issuer range and length (written for this test, not real cards)
  it.each([
    ['UnionPay 16', '6274185296307411'],
    ['UnionPay 19', '6274185296307418521'],
    ['UnionPay 81 range, 17', '81741852963074180'],
    ['Maestro 12', '675918529636'],
    ['Maestro 13', '5018185296305'],
    ['Maestro 19', '6304185296307418526'],
    ['JCB 15', '352818529630740'],
    ['JCB 16', '3589185296307418'],
    ['Mir 16', '2200185296307419'],
    ['Mir 19', '2204185296307418522'],
    ['RuPay 65', '6521185296307412'],
    ['RuPay 82', '8200185296307416'],
    ['Troy', '9792185296307418'],
    ['Elo', '6363185296307413'],
    ['Verve 19', '5061185296307418523'],
    ['BC Card', '9410185296307410'],
    ['Amex', '377418529630740'],
    ['Diners 14', '36741852963070'],
  ])('%s: compact, spaced and dashed', (_brand, number) => {
    for (const written of [number, grouped(number, ' '), grouped(number, '-')]) {
      expect(found(`Card number: ${written}, exp 12/27`, 'payment_card'), written).toEqual([written]);
    }
  });

  it('takes the issuer ranges of the maintained table (JCB 1800 and 2131, 16 digits)', () => {
    expect(found('カード番号 1800 1852 9630 7415', 'payment_card')).toEqual(['1800 1852 9630 7415']);
    expect(found('JCB: 2131-1852-9630-7413', 'payment_card')).toEqual(['2131-1852-9630-7413']);
  });

  it('finds each card of a row written in different ways, and a card after another number', () => {
    const row = '4111111111111111 5454-5454-5454-5454 4111 1111 1111 1111';
    expect(found(`Testkarten: ${row}`, 'payment_card')).toEqual(['4111111111111111', '5454-5454-5454-5454', '4111 1111 1111 1111']);
    expect(found('pedido 987654321 5454 5454 5454 5454', 'payment_card')).toEqual(['5454 5454 5454 5454']);
  });

  it('does not take a card-shaped middle out of a longer grouped number', () => {
    expect(found('Konto DE00 1234 5454 5454 5454 5454 78 (ungültig)', 'payment_card')).toEqual([]);
  });

  // round 8: fleet and fuel cards (ISO/IEC 7812 industry 7) in their issuers' own groups, named in several languages
  it.each([
    ['compact 19-digit fuel card in JSON', '"pan": "7000185296307418529"', '7000185296307418529'],
    ['4-8-5 groups, Norwegian', 'Kortnummer: 7077 18529630 74186 utløper 03/29', '7077 18529630 74186'],
    ['5-9-3 groups, Indonesian', 'nomor kartu saya 70771 852963074 186 ditolak', '70771 852963074 186'],
    ['4-8-5 groups, Russian', 'номер топливной карты 7077 18529630 74186', '7077 18529630 74186'],
    ['4-8-5 groups, Greek', 'αριθμός κάρτας 7077 18529630 74186', '7077 18529630 74186'],
    ['fours, Turkish', 'taşıt kartı 7000 1852 9630 7410', '7000 1852 9630 7410'],
  ])('finds a fleet card: %s', (_name, text, card) => {
    expect(found(text, 'payment_card')).toEqual([card]);
  });

  it('takes an issuer grouping only when a card is named, and Luhn always holds', () => {
    expect(found('Sendungsnummer 7077 18529630 74186', 'payment_card')).toEqual([]);
    expect(found('Kortnummer: 7077 18529630 74181', 'payment_card')).toEqual([]);
    expect(found('신용카드 번호 6274185296307412 로 결제', 'payment_card')).toEqual([]);
    expect(found('UnionPay card 6274 1852 9630 7412', 'payment_card')).toEqual([]);
  });

  it('keeps numbers that fail Luhn, ids and order numbers', () => {
    expect(found('Card number: 9792 1852 9630 7419', 'payment_card')).toEqual([]);
    expect(found('Order 81741852963074181 shipped', 'payment_card')).toEqual([]);
  });
});

describe('IBANs of every registry country', () => {
  const specs = getCountrySpecifications();
  const countries = Object.entries(specs).filter(([, s]) => s.chars && s.bban_regexp && s.IBANRegistry);

  it('covers the registry', () => {
    expect(countries.length).toBeGreaterThan(80);
  });

  it.each(countries.map(([code, spec]) => [code, spec.bban_regexp!] as const))('%s: compact, grouped, lower case', (code, bbanPattern) => {
    // a BBAN of the country's format: each character class filled with its first characters
    const bban = bbanPattern.replace(/^\^|\$$/g, '').replace(/\[([^\]]+)\]\{(\d+)\}/g, (_m, cls: string, n: string) => {
      const alphabet = (cls.includes('0-9') ? '1234567890' : '') + (cls.includes('A-Z') ? 'KLMNPQRSTU' : '');
      return Array.from({ length: Number(n) }, (_v, i) => alphabet[(i * 3) % alphabet.length]).join('');
    });
    const iban = composeIBAN({ countryCode: code, bban });
    expect(iban, bban).toBeTruthy();
    for (const written of [iban!, friendlyFormatIBAN(iban!)!, friendlyFormatIBAN(iban!)!.toLowerCase()]) {
      expect(found(`Please transfer it to ${written} by Friday.`, 'iban'), written).toEqual([written]);
    }
  });
});
