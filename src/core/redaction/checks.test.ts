import { describe, expect, it } from 'vitest';
import { ibanValid, looksLikePlaceholder, luhnValid, shannonEntropy } from './checks';

describe('checksums', () => {
  it('accepts Luhn-valid card numbers and rejects a one-digit typo', () => {
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('378282246310005')).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
  });

  it('checks IBAN length per country and the mod-97 check digits', () => {
    expect(ibanValid('DE89 3704 0044 0532 0130 00')).toBe(true);
    expect(ibanValid('GB82WEST12345698765432')).toBe(true);
    expect(ibanValid('DE88 3704 0044 0532 0130 00')).toBe(false);
    expect(ibanValid('DE89 3704 0044 0532 0130')).toBe(false);
    expect(ibanValid('QQ89370400440532013000')).toBe(false);
  });
});

describe('heuristics', () => {
  it('measures random strings as higher entropy than words', () => {
    expect(shannonEntropy('aaaaaaaa')).toBe(0);
    expect(shannonEntropy('Hx9Lm2Kq7Wz1Bv8Ny3Hc6Jd0')).toBeGreaterThan(4);
    expect(shannonEntropy('password')).toBeLessThan(3);
  });

  it('recognises documentation placeholders', () => {
    for (const value of ['sk-your-api-key-here', 'AKIAIOSFODNN7EXAMPLE', '${DB_PASSWORD}', '<token>', '********', 'xxxxxxxx']) {
      expect(looksLikePlaceholder(value), value).toBe(true);
    }
    expect(looksLikePlaceholder('Hx9Lm2Kq7Wz1Bv8Ny3Hc6Jd0')).toBe(false);
  });
});
