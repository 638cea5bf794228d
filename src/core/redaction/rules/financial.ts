// Payment cards and IBANs (`iban.ts`). Both carry a checksum, which is what separates them from order numbers, phone
// numbers and random digit runs. Cards are checked against issuer ranges (IIN) and their lengths, then Luhn (UnionPay
// too, since round 8), in the groups people type: fours, Amex 4-6-5, or a fleet issuer's own groups when the text
// names a card; a run glued to letters (an IBAN's digits, a product code) is not one.
import creditCardType from 'credit-card-type';
import { digitsOf, luhnValid } from '../checks';
import type { Range, RedactionRule } from '../types';
import { ibanRule } from './iban';
import { before } from './regex-rule';

const CARD_WORDS =
  /(?:card|carte|tarjeta|kart|cartão|cartao|carta|kaart|kort|visa|master ?card|amex|american express|maestro|unionpay|union pay|jcb|diners|discover|mir|rupay|elo|hipercard|routex|fleet|\bcc\b|\bpan\b|карт|κάρτ|thẻ|บัตร|بطاق|کارت|כרטיס|カード|卡|카드)/i;

/**
 * Lengths issued for this number's issuer range: braintree's maintained table (`credit-card-type`: Visa, Mastercard,
 * Amex, Diners, Discover, JCB, UnionPay, Maestro, Mir, Elo, Hiper, Hipercard, Troy, Verve, Naranja), and our own
 * for the schemes it lacks (UATP, RuPay, BC Card, UnionPay 81, older 13-digit Visa, JCB 15, Diners 15–18; round 12:
 * the national networks UzCard, Humo, Napas and GPN).
 */
function issuerLengths(d: string): readonly number[] {
  // the table's longest range is 8 digits: the answer depends on the first 8 only, and the library is slow per call
  const iin = d.slice(0, 8);
  let lengths = iinLengths.get(iin);
  if (lengths === undefined) {
    const all = new Set(otherIssuerLengths(d));
    for (const type of creditCardType(iin)) for (const length of type.lengths) all.add(length);
    lengths = [...all];
    if (iinLengths.size > 5000) iinLengths.clear();
    iinLengths.set(iin, lengths);
  }
  return lengths;
}
const iinLengths = new Map<string, readonly number[]>();

/** Issuer ranges credit-card-type does not list; a 15-digit number starting with 4 is an IMEI, not a Visa. */
function otherIssuerLengths(d: string): readonly number[] {
  const n2 = Number(d.slice(0, 2));
  const n4 = Number(d.slice(0, 4));
  const n6 = Number(d.slice(0, 6));
  if (d.startsWith('1946')) return [16, 18, 19]; // GPN (Indonesia's national network)
  if (d[0] === '1') return [15]; // UATP
  if (d[0] === '4') return [13, 16, 19]; // Visa (also Elo/Electron ranges inside 4)
  if (n2 === 34 || n2 === 37) return [15]; // Amex
  if ((n4 >= 3000 && n4 <= 3059) || n4 === 3095 || n2 === 36 || n2 === 38 || n2 === 39) return [14, 15, 16, 17, 18, 19]; // Diners
  if (n4 >= 3528 && n4 <= 3589) return [15, 16, 17, 18, 19]; // JCB
  if (n4 >= 2200 && n4 <= 2204) return [16, 17, 18, 19]; // Mir
  if (n6 >= 222100 && n6 <= 272099) return [16]; // Mastercard 2-series
  if (n2 >= 51 && n2 <= 55) return [16]; // Mastercard
  if (d[0] === '5' || d[0] === '6') return [12, 13, 14, 15, 16, 17, 18, 19]; // Maestro, Discover, UnionPay, RuPay, …
  if (n2 >= 81 && n2 <= 82) return [16, 17, 18, 19]; // UnionPay 81xx, RuPay 81/82
  if (n2 === 94) return [16]; // BC Card (Korea)
  if (n4 === 9792) return [16]; // Troy
  // national schemes of the 8/9 ranges (ISO/IEC 7812 lists, no library table has them): UzCard, Humo, Napas
  if (n4 === 8600 || n4 === 9860) return [16];
  if (n4 === 9704) return [16, 19];
  // ISO/IEC 7812-1 major industry identifier 7, the petroleum industry: fleet and fuel cards (the Routex consortium's
  // 7000–7099 ranges of BP, Eni, OMV, Circle K and Repsol, DKV, UTA, national fuel cards), 16 to 19 digits, Luhn
  if (d[0] === '7') return [16, 17, 18, 19];
  return [];
}

/** Paying words before a compact number (`Paid with 36227206271667`): it is the card paid with. */
const PAYMENT_WORDS = /(?:paid|pay|payment|charged?|checkout|billing|refund|bezahlt|zahlung|payé|paiement|pagado|pago|pagamento|pagato)\b/i;

/** Digits grouped the way cards are printed: in fours (last group shorter), Amex/Diners 4-6-5 / 4-6-4, or not at all. */
function cardGrouping(value: string): boolean {
  const separators = new Set(value.replace(/\d/g, ''));
  if (separators.size === 0) return true;
  if (separators.size > 1) return false;
  const groups = value.split(/[ -]/).map((g) => g.length);
  if (groups.length === 3 && groups[0] === 4 && groups[1] === 6 && (groups[2] === 4 || groups[2] === 5)) return true;
  return groups.slice(0, -1).every((g) => g === 4) && groups[groups.length - 1]! >= 1 && groups[groups.length - 1]! <= 4
    || (groups.length === 5 && groups.slice(0, 4).every((g) => g === 4) && groups[4]! <= 3);
}

/**
 * Fleet and local cards are printed in their issuer's own groups (`7050 15605297 00114`, `70501 501021600 378`): any
 * two to five groups of three to nine digits count when the text names a card (Luhn and the issuer range still hold).
 */
function issuerGrouping(value: string): boolean {
  const groups = value.split(/[ -]/);
  return new Set(value.replace(/\d/g, '')).size === 1 && groups.length >= 2 && groups.length <= 5 && groups.every((g) => g.length >= 3 && g.length <= 9);
}

function acceptCard(value: string, at: number, text: string): boolean {
  const digits = digitsOf(value);
  if (digits.length < 12 || digits.length > 19) return false;
  if (/^(\d)\1+$/.test(digits)) return false;
  const named = CARD_WORDS.test(before(text, at, 40));
  if (!cardGrouping(value) && !(named && issuerGrouping(value) && luhnValid(digits))) return false;
  if (!issuerLengths(digits).includes(digits.length)) return false;
  // Short or uncommon compact runs are ids more often than cards unless the text says "card" or speaks of paying.
  if (!/[ -]/.test(value) && digits.length < 15 && !named && !PAYMENT_WORDS.test(before(text, at, 40))) return false;
  // every scheme checks Luhn, UnionPay's 62 ranges too (a Luhn-invalid 62… number named a card is a typo or a made-up one)
  return luhnValid(digits);
}

/**
 * A part of a run with a four-digit group joined by the same separator right before or after it is the middle of
 * one longer grouped number (an IBAN's digits, an account number), not a card standing beside something else.
 */
const CONTINUES: Record<string, [RegExp, RegExp]> = {
  ' ': [/(?:^|[^\d-])\d{4} $/, /^ \d{4}(?:$|[^\d-])/],
  '-': [/(?:^|[^\d ])\d{4}-$/, /^-\d{4}(?:$|[^\d ])/],
};
function continuesGroups(text: string, start: number, end: number): boolean {
  const sep = /[ -]/.exec(text.slice(start, end))?.[0];
  if (sep === undefined) return false;
  // `DE00 1234 ` continues; `-1881 ` ends another card written with another separator
  const [before, after] = CONTINUES[sep]!;
  return before.test(text.slice(Math.max(0, start - 6), start)) || after.test(text.slice(end, end + 6));
}

/**
 * A run of digit groups: one card, or several side by side (`4012888888881881 4012-8888-8888-1881`). Bounded. A card
 * is a field of a delimited row too (`4111…,09/29,J SMITH`, `J SMITH,4111…`): a comma before it counts when no digit
 * stands before the comma (`0,4532…` is a decimal), one after it unless exactly two digits end the number there
 * (`…,45 €` is an amount; `,09/29` and `,123,` are the next fields).
 */
const CARD_RUN = /(?<![\dA-Za-z.-])(?<!\d,)[1-9][\d -]{10,22}\d(?!\d|[.-]\d|,\d{2}(?![\d/.-]))/g;

/**
 * Each candidate run is tried whole, then from each of its group starts with each group end, longest first: a
 * rejected run (two cards in a row, a card after an order number) must not hide the card inside it. The run is at
 * most 24 characters, so a start position is looked at a bounded number of times.
 */
function* findCards(text: string): Iterable<Range> {
  const re = new RegExp(CARD_RUN.source, 'g');
  let match: RegExpExecArray | null;
  while ((match = re.exec(text)) !== null) {
    const run = match[0];
    const at = match.index;
    if (!continuesGroups(text, at, at + run.length) && acceptCard(run, at, text)) {
      yield { start: at, end: at + run.length };
      continue;
    }
    // a card's first group has four digits or more: without such a group after the first, nothing to retry
    if (!/[ -][1-9]\d{3}/.test(run)) continue;
    const starts = [0];
    const ends: number[] = [];
    for (const sep of run.matchAll(/[ -]+/g)) {
      ends.push(sep.index);
      const next = sep.index + sep[0].length;
      if (/^[1-9]\d{3}/.test(run.slice(next, next + 4))) starts.push(next);
    }
    ends.push(run.length);
    let found: Range | null = null;
    for (const s of starts) {
      for (let e = ends.length - 1; e >= 0 && !found; e--) {
        const end = ends[e]!;
        if (end - s < 12) break;
        if ((s === 0 && end === run.length) || continuesGroups(text, at + s, at + end)) continue;
        if (acceptCard(run.slice(s, end), at + s, text)) found = { start: at + s, end: at + end };
      }
      if (found) break;
    }
    if (found) {
      yield found;
      re.lastIndex = found.end;
    } else if (starts.length > 1) re.lastIndex = at + starts[1]!;
  }
}

const card: RedactionRule = {
  id: 'payment-card',
  kind: 'payment_card',
  level: 'standard',
  priority: 70,
  description:
    'Card number: issuer range (Visa, Mastercard, Amex, Discover, JCB, Diners, UnionPay, Maestro 12–19, Mir, RuPay, UATP…) with its lengths, card grouping, Luhn valid (UnionPay also without); several in a row each found',
  find: findCards,
};

export const financialRules: RedactionRule[] = [card, ibanRule];
