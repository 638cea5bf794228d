// Round 11's generated values, for the kinds and forms no source of this round covers: API keys of providers named in
// prose (no key word, no known prefix), the values of the password and secret forms, phones in tables, CSV rows and
// signatures, and cards of regional issuers in receipts and exports. All draw from the seeded Random, so a rebuild
// gives the same values. (JWTs, IPs and private keys come from round 10's generators, with this round's seed.)
import lib from 'google-libphonenumber';
import type { Collector } from '../kit/collector';
import type { Random } from '../kit/random';
import { fill, pick } from '../kit/template';
import { cardLayout, luhnNumber } from '../kit/values';
import { PASSWORD_FORMS } from './password-forms';
import { SECRET_FORMS, type Shape } from './secret-forms';
import * as W from './wordings';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const LOWER_HEX = '0123456789abcdef';
const WRITTEN = 'written for round 11';

/** Providers no earlier round named, with their keys' documented length and alphabet. */
const PROVIDERS: [string, string, number][] = [
  ['Companies House', ALNUM.slice(26, 52) + '0123456789-', 36],
  ['Ordnance Survey', ALNUM, 32],
  ['numverify', LOWER_HEX, 32],
  ['currencylayer', LOWER_HEX, 32],
  ['positionstack', LOWER_HEX, 32],
  ['ipinfo', LOWER_HEX, 14],
  ['Hunter.io', LOWER_HEX, 40],
  ['ZeroBounce', LOWER_HEX, 32],
  ['openrouteservice', ALNUM, 56],
  ['Geocodio', LOWER_HEX, 39],
  ['LocationIQ', ALNUM.slice(26), 32],
  ['Stadia Maps', LOWER_HEX + '-', 36],
  ['Mapy.cz', ALNUM + '-_', 43],
  ['TfL Unified API', LOWER_HEX, 32],
  ['Deutsche Bahn API Marketplace', LOWER_HEX, 32],
  ['Ticketmaster Discovery', ALNUM, 32],
];

export function apiProse(c: Collector, r: Random): void {
  PROVIDERS.forEach(([provider, alphabet, length], i) => {
    const v = r.fromAlphabet(alphabet, length);
    c.push('api_key:prose', fill(pick(W.API_PROSE, i), { provider, v }), [{ kind: 'api_key', value: v }], `generated key (seeded, ${length} characters of the provider's alphabet) next to the provider's name in prose ${WRITTEN}`);
  });
}

/** Passwords as people choose them, with words of languages this round's prose uses. */
function humanPassword(r: Random, i: number): string {
  const words = ['Kalani', 'Moana', 'Tundra', 'Sámi', 'Nuuk', 'Kiboko', 'Tembo', 'Yurta', 'Dombra', 'Lhasa', 'Quetzal', 'Tlaloc', 'Baobab', 'Sirocco', 'Кыыс', 'Aroha'];
  const SYMBOLS = '!._-+=?#*@$%&';
  const w = () => r.pick(words);
  switch (i % 6) {
    case 0: return `${w()}${r.int(1970, 2031)}${r.pick([...SYMBOLS])}`;
    case 1: return `${w().toLowerCase()}.${w().toLowerCase()}.${r.int(10, 100)}`;
    case 2: return r.fromAlphabet(ALNUM.slice(0, 52), 1) + r.fromAlphabet(`${ALNUM}${SYMBOLS}`, 15);
    case 3: return `${r.int(1, 10)}${w()}${r.pick([...SYMBOLS])}${w()}`;
    case 4: return `${w()}${r.pick([...SYMBOLS])}${r.fromAlphabet('ABCDEFGHJKLMNPQRSTUVWXYZ', 3)}${r.int(1000, 9999)}`;
    default: return `${w()}${w()}${r.int(1, 13)}/${r.int(1, 29)}`;
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
    case 'b64url-32': return r.bytes(32).toString('base64url');
    case 'hex-64': return r.hex(64);
    case 'hex-32': return r.hex(32);
    case 'alnum-32': return r.fromAlphabet(ALNUM, 32);
    case 'alnum-50': return r.fromAlphabet(ALNUM, 50);
    case 'symbols-50': return r.fromAlphabet(`${ALNUM}!@#%^&*(-_=+)`, 50);
  }
}

export function secrets(c: Collector, r: Random): void {
  for (const f of SECRET_FORMS) {
    const v = secretValue(r, f.shape);
    c.push('secret:form', fill(f.t, { v }), [{ kind: 'secret', value: v }], `invented value (seeded, ${f.shape}) under a key name of its own, form ${WRITTEN} (${f.doc})`);
  }
}

const util = lib.PhoneNumberUtil.getInstance();
const { PhoneNumberFormat: PNF, PhoneNumberType: PNT } = lib;

/**
 * libphonenumber's example mobile or fixed-line number of 48 regions drawn at random, the last four digits
 * randomised and re-validated, written international or national (as a contact list or signature holds them).
 */
export function phones(c: Collector, r: Random): void {
  const regions = r.shuffle([...util.getSupportedRegions()].sort()).slice(0, 60);
  let i = 0;
  for (const region of regions) {
    if (i >= 48) break;
    const type = i % 2 ? PNT.FIXED_LINE : PNT.MOBILE;
    const example = util.getExampleNumberForType(region, type);
    if (!example) continue;
    const national = String(example.getNationalNumber());
    if (national.length < 7) continue;
    let number: lib.PhoneNumber | undefined;
    for (let tries = 0; tries < 20 && !number; tries++) {
      const candidate = util.parse(`+${example.getCountryCode()}${national.slice(0, -4)}${String(r.int(0, 10000)).padStart(4, '0')}`, region);
      if (util.isValidNumberForRegion(candidate, region)) number = candidate;
    }
    if (!number) continue;
    const format = i % 3 === 2 ? PNF.NATIONAL : PNF.INTERNATIONAL;
    const v = util.format(number, format);
    c.push('phone:generated', fill(pick(W.PHONE, i), { v }), [{ kind: 'phone', value: v }], `generated: google-libphonenumber's example ${i % 2 ? 'fixed-line' : 'mobile'} number for ${region} with the last four digits randomised (seeded) and re-validated, ${format === PNF.NATIONAL ? 'national' : 'international'} format; in a wording ${WRITTEN}`);
    i++;
  }
}

/** Luhn-valid numbers with regional issuers' prefixes and the common ones, in receipts, exports and chat. */
export function cards(c: Collector, r: Random, count: number): void {
  const issuers: [string, string, number][] = [
    ['Visa', '4', 16], ['Mastercard 2-series', '2221', 16], ['Mastercard', '5', 16], ['Amex', '37', 15], ['Discover', '6011', 16],
    ['JCB', '3528', 16], ['UnionPay', '62', 16], ['UnionPay 19', '62', 19], ['Mir', '2200', 16], ['Troy', '9792', 16],
    ['RuPay', '6521', 16], ['Elo', '636368', 16], ['Hipercard', '606282', 16], ['Verve', '650002', 19], ['Dankort', '5019', 16],
  ];
  for (let i = 0; i < count; i++) {
    const [brand, prefix, length] = pick(issuers, i);
    const digits = luhnNumber(r, prefix, length);
    const style = (['spaces', 'compact', 'dashes'] as const)[i % 3]!;
    const v = cardLayout(digits, style);
    c.push('payment_card:generated', fill(pick(W.CARD, i), { v }), [{ kind: 'payment_card', value: v }], `generated (seeded, Luhn-valid, ${brand} prefix, ${style}); in a wording ${WRITTEN}`);
  }
}
