import { describe, expect, it } from 'vitest';
import { ibanValid, looksLikePlaceholder, looksTypedIn, luhnValid, shannonEntropy } from './checks';

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

  it('gives exact bits per character, counting a character outside the BMP once, call after call', () => {
    expect(shannonEntropy('ab')).toBe(1);
    expect(shannonEntropy('abcd')).toBe(2);
    // two emoji and two letters: four characters, four symbols, though the string has six UTF-16 units
    expect(shannonEntropy('a😀b😁')).toBe(2);
    expect(shannonEntropy('😀😀😀😀')).toBe(0);
    // the shared counts are left clean: the same value measures the same after other values, BMP or not
    const first = shannonEntropy('Hx9Lm2Kq7Wz1');
    shannonEntropy('x😀y');
    shannonEntropy('xxxxyyyy');
    expect(shannonEntropy('Hx9Lm2Kq7Wz1')).toBe(first);
    expect(shannonEntropy('пароль')).toBeCloseTo(Math.log2(6), 10);
  });

  it('recognises documentation placeholders', () => {
    for (const value of ['sk-your-api-key-here', 'AKIAIOSFODNN7EXAMPLE', '${DB_PASSWORD}', '<token>', '********', 'xxxxxxxx']) {
      expect(looksLikePlaceholder(value), value).toBe(true);
    }
    expect(looksLikePlaceholder('Hx9Lm2Kq7Wz1Bv8Ny3Hc6Jd0')).toBe(false);
  });
});

describe('stand-ins and typed-in values (round 6)', () => {
  it('treats counting sequences, hand-made UUIDs and long runs of one character as stand-ins', () => {
    expect(looksTypedIn('a1b2c3d4e5f6g7h8i9j0')).toBe(true);
    expect(looksTypedIn('d4c3b2a1-f6e5-0000-1111-222233334444')).toBe(true);
    expect(looksTypedIn('px-a1c3e5g7-b2d4-f6h8-j1k3-m5n7p9q1r3s5')).toBe(true);
    expect(looksLikePlaceholder('cccccccccccccccccccccccc1234NRAL')).toBe(true);
  });

  it('keeps a counting run that sits inside a long random token a secret', () => {
    expect(looksTypedIn('00Qx7Lm2Zp-ABCDEFGHIJ-9Kb4Tr8Vn3-Yc1Xz5Wq')).toBe(false);
    expect(looksTypedIn('12345678-ABCD-ABCD-ABCD-1234567890AB')).toBe(true);
  });

  it('reads "my password" as a stand-in only at the start of the value', () => {
    expect(looksLikePlaceholder('myPassword')).toBe(true);
    expect(looksLikePlaceholder('my_api_key')).toBe(true);
    expect(looksLikePlaceholder('fake_token')).toBe(true);
    expect(looksLikePlaceholder('thisismypassword')).toBe(false);
    expect(looksLikePlaceholder('mypass')).toBe(false);
  });
});
