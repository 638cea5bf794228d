// Round 12's generated values, for the kinds and forms no source of this round covers enough: the values of the
// password and secret forms, IBANs of countries the sourced tests left out (random BBANs in each country's registry
// pattern, kept when ibantools accepts them, so national check digits hold too), and cards of many issuers. All draw
// from the seeded Random, so a rebuild gives the same values. (JWTs, IPs and private keys come from round 10's
// generators, with this round's seed.)
import { composeIBAN, getCountrySpecifications, isValidIBAN } from 'ibantools';
import type { Collector } from '../kit/collector';
import type { Random } from '../kit/random';
import { fill, pick } from '../kit/template';
import { cardLayout, luhnNumber } from '../kit/values';
import { PASSWORD_FORMS } from './password-forms';
import { SECRET_FORMS, type Shape } from './secret-forms';
import * as W from './wordings';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const WRITTEN = 'written for round 12';

/** Passwords as people choose them; no character a form's syntax uses (quotes, `;`, `:`, `%`, `,`, `$`, spaces). */
function humanPassword(r: Random, i: number): string {
  const words = ['Riga', 'Vilnius', 'Bled', 'Donostia', 'Vigo', 'Conwy', 'Mdina', 'Hekla', 'Tirana', 'Ohrid', 'Darkhan', 'Almaty', 'Bukhara', 'Pokhara', 'Kandy', 'Mekong'];
  const SYMBOLS = '!._-+#*@=?';
  const w = () => r.pick(words);
  switch (i % 7) {
    case 0: return `${w()}${r.pick([...SYMBOLS])}${r.int(1950, 2031)}`;
    case 1: return `${w().toLowerCase()}${r.int(10, 100)}${w().toLowerCase()}`;
    case 2: return r.fromAlphabet(ALNUM.slice(0, 52), 1) + r.fromAlphabet(`${ALNUM}${SYMBOLS}`, 13);
    case 3: return `${w()}_${w()}_${r.int(1, 100)}`;
    case 4: return `${r.fromAlphabet('ABCDEFGHJKLMNPQRSTUVWXYZ', 2)}${r.int(1000, 99999)}${r.pick([...SYMBOLS])}${w().toLowerCase()}`;
    case 5: return `${w()}${w()}${r.pick([...SYMBOLS])}`;
    default: return r.fromAlphabet('abcdefghijkmnpqrstuvwxyz23456789', 4) + '-' + r.fromAlphabet('abcdefghijkmnpqrstuvwxyz23456789', 4) + '-' + r.fromAlphabet('abcdefghijkmnpqrstuvwxyz23456789', 4);
  }
}

export function passwords(c: Collector, r: Random): void {
  PASSWORD_FORMS.forEach((f, i) => {
    const v = humanPassword(r, i);
    c.push('password:form', fill(f.t, { v }), [{ kind: 'password', value: v }], `invented value (seeded) in a form ${WRITTEN} (${f.doc})`);
  });
}

function secretValue(r: Random, shape: Shape): string {
  switch (shape) {
    case 'b64-32': return r.bytes(32).toString('base64');
    case 'b64-48': return r.bytes(48).toString('base64');
    case 'hex-64': return r.hex(64);
    case 'hex-32': return r.hex(32);
    case 'alnum-40': return r.fromAlphabet(ALNUM, 40);
    case 'b32-32': return r.fromAlphabet('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 32);
    case 'urlsafe-43': return r.bytes(32).toString('base64url');
    case 'fernet': return r.bytes(32).toString('base64url') + '=';
  }
}

export function secrets(c: Collector, r: Random): void {
  for (const f of SECRET_FORMS) {
    const v = secretValue(r, f.shape);
    const v2 = secretValue(r, f.shape);
    const expected = [{ kind: 'secret' as const, value: v }, ...(f.t.includes('{v2}') ? [{ kind: 'secret' as const, value: v2 }] : [])];
    c.push('secret:form', fill(f.t, { v, v2 }), expected, `invented value(s) (seeded, ${f.shape}) under a key name of its own, form ${WRITTEN} (${f.doc})`);
  }
}

/** A random string matching a registry BBAN pattern made of `[class]{n}` parts, as ibantools writes them. */
function fromPattern(r: Random, pattern: string): string | undefined {
  const parts = [...pattern.replace(/^\^|\$$/g, '').matchAll(/\[([^\]]+)\]\{(\d+)\}/g)];
  if (!parts.length || parts.map((p) => p[0]).join('') !== pattern.replace(/^\^|\$$/g, '')) return undefined;
  return parts.map(([, cls, n]) => r.fromAlphabet(cls!.replace('A-Z', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ').replace('a-z', 'abcdefghijklmnopqrstuvwxyz').replace('0-9', '0123456789'), Number(n))).join('');
}

/** IBANs of countries `skip` does not hold, random BBANs ibantools accepts, in several layouts. */
export function ibans(c: Collector, r: Random, count: number, skip: ReadonlySet<string>): void {
  const specs = getCountrySpecifications();
  const countries = r.shuffle(Object.keys(specs).filter((cc) => specs[cc]?.bban_regexp && !skip.has(cc)).sort());
  let i = 0;
  for (const cc of countries) {
    if (i >= count) break;
    let iban: string | undefined;
    for (let tries = 0; tries < 3000 && !iban; tries++) {
      const bban = fromPattern(r, specs[cc]!.bban_regexp!);
      if (!bban) break;
      const composed = composeIBAN({ countryCode: cc, bban });
      if (composed && isValidIBAN(composed)) iban = composed;
    }
    if (!iban) continue;
    const layout = (['groups', 'compact', 'groups', 'lower-groups'] as const)[i % 4]!;
    const grouped = iban.replace(/(.{4})(?=.)/g, '$1 ');
    const v = layout === 'compact' ? iban : layout === 'groups' ? grouped : grouped.toLowerCase();
    c.push(`iban:generated-${cc}`, fill(pick(W.IBAN, i + 3), { v, country: W.countryName(cc) }), [{ kind: 'iban', value: v }], `generated (seeded): a random BBAN in ${cc}'s registry pattern with its check digits, valid per ibantools, ${layout}; in a wording ${WRITTEN}`);
    i++;
  }
}

/** Luhn-valid numbers of many issuers, in the layouts people type. */
export function cards(c: Collector, r: Random, count: number): void {
  const issuers: [string, string, number][] = [
    ['Visa', '4', 16], ['Visa 19', '4', 19], ['Mastercard', '51', 16], ['Mastercard 2-series', '2720', 16], ['Amex', '34', 15],
    ['Diners Club', '36', 14], ['Discover', '65', 16], ['JCB', '3566', 16], ['UnionPay', '6212', 19], ['Maestro', '6759', 16],
    ['Mir', '2204', 16], ['RuPay', '6081', 16], ['Elo', '509091', 16], ['BC Card', '9400', 16], ['Verve', '506099', 16],
  ];
  for (let i = 0; i < count; i++) {
    const [brand, prefix, length] = pick(issuers, i);
    const digits = luhnNumber(r, prefix, length);
    const style = (['compact', 'spaces', 'dashes'] as const)[i % 3]!;
    const v = cardLayout(digits, style);
    c.push('payment_card:generated', fill(pick(W.CARD, i), { v }), [{ kind: 'payment_card', value: v }], `generated (seeded, Luhn-valid, ${brand} prefix, ${length} digits, ${style}); in a wording ${WRITTEN}`);
  }
}
