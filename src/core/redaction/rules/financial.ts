// Payment cards and IBANs. Both carry a checksum, which is what separates them from order numbers, phone
// numbers and random digit runs: a candidate that fails Luhn / mod 97 is never redacted.
import { digitsOf, ibanValid, luhnValid } from '../checks';
import type { RedactionRule } from '../types';
import { regexRule } from './regex-rule';

/** Card digits grouped the way cards are printed: 4-4-4-4(-3), Amex 4-6-5, Diners 4-6-4, or not at all. */
function cardGrouping(value: string): boolean {
  const separators = new Set(value.replace(/\d/g, ''));
  if (separators.size === 0) return true;
  if (separators.size > 1) return false;
  const groups = value.split(/[ -]/).map((g) => g.length).join('-');
  return /^(?:4-4-4-[1-7]|4-4-4-4-[1-3]|4-6-[45])$/.test(groups);
}

/** Lengths each issuer uses; a 15-digit number starting with 4 is an IMEI, not a Visa. */
function issuerLength(digits: string): boolean {
  const n = digits.length;
  if (/^3[47]/.test(digits)) return n === 15;
  if (/^4/.test(digits)) return n === 13 || n === 16 || n === 19;
  if (/^(?:5|2)/.test(digits)) return n === 16;
  if (/^3(?:0|6|8|9)/.test(digits)) return n >= 14 && n <= 19;
  return n >= 16 && n <= 19;
}

const card = regexRule({
  id: 'payment-card',
  kind: 'payment_card',
  level: 'standard',
  priority: 70,
  description: 'Card number: 13–19 digits, issuer prefix (Visa, Mastercard, Amex, Discover, JCB, Diners, UnionPay), Luhn valid',
  pattern: /(?<![\d.,-])(?:2[2-7]|3|4|5[0-5]|6)[\d -]{10,21}\d(?!\d|[.,-]\d)/g,
  accept: (value) => {
    const digits = digitsOf(value);
    if (digits.length < 13 || digits.length > 19) return false;
    if (/^(\d)\1+$/.test(digits)) return false;
    if (!issuerLength(digits)) return false;
    return cardGrouping(value) && luhnValid(digits);
  },
});

const iban = regexRule({
  id: 'iban',
  kind: 'iban',
  level: 'standard',
  priority: 70,
  description: 'IBAN, compact or in groups of four, country length and mod-97 checksum valid',
  pattern: /(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?(?![A-Za-z0-9])/g,
  accept: (value) => ibanValid(value),
});

export const financialRules: RedactionRule[] = [card, iban];
