// Round 14's own generated and invented strata: the values of this round's password forms (seeded, in the styles
// people choose), the invented addresses and e-mail addresses of addresses.ts in this round's wordings, and addresses
// composed by the split's faker-based generator (split/places.ts: faker's locale data laid out in each country's
// national format) with this round's seed.
import type { Collector } from '../kit/collector';
import type { Random } from '../kit/random';
import { fill, pick } from '../kit/template';
import { address, COUNTRIES, fakerFor } from '../split/places';
import { INVENTED_ADDRESSES, INVENTED_EMAILS } from './addresses';
import { PASSWORD_FORMS } from './password-forms';
import { WRITTEN, blockText, pushOnce } from './sourced';
import * as W from './wordings';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const USERS = ['b.schulz', 'admin_ro', 'tkoenig', 'mariana', 'svc-reports', 'p.haddad', 'ingest', 'yuki.m', 'dchen', 'o.adeyemi'];

/**
 * Passwords as people choose them. No character a form's syntax uses: quotes, spaces, `/`, `:`, `@`, `,`, `;`, `$`,
 * `%`, `&`, `\`, `<`, `>`, `{`, `}`, `|`.
 */
function humanPassword(r: Random, i: number): string {
  const words = ['Lofoten', 'Valparaiso', 'Zanzibar', 'Hokkaido', 'Tbilisi', 'Galway', 'Bergamo', 'Kerala', 'Quito', 'Tallinn', 'Biryani', 'Churros', 'Ramen', 'Goulash', 'Poutine', 'Tiramisu', 'Halloumi', 'Pho'];
  const SYMBOLS = '!._-+#*=?~^';
  const w = () => r.pick(words);
  switch (i % 7) {
    case 0: return `${w()}${r.pick([...SYMBOLS])}${r.int(1960, 2030)}`;
    case 1: return `${w().toLowerCase()}-${w().toLowerCase()}-${w().toLowerCase()}`;
    case 2: return r.fromAlphabet(ALNUM.slice(0, 52), 1) + r.fromAlphabet(`${ALNUM}${SYMBOLS}`, 13);
    case 3: return `${r.int(10, 100)}${w()}${r.pick([...SYMBOLS])}`;
    case 4: return `${r.fromAlphabet(ALNUM, 4)}${r.pick([...SYMBOLS])}${r.fromAlphabet(ALNUM, 4)}${r.pick([...SYMBOLS])}${r.fromAlphabet(ALNUM, 4)}`;
    case 5: return `${w()}${w()}${r.int(1, 100)}`;
    default: return r.fromAlphabet(ALNUM, 24);
  }
}

export function passwords(c: Collector, r: Random): void {
  for (const [i, form] of PASSWORD_FORMS.entries()) {
    const password = humanPassword(r, i);
    const text = fill(form.t, { v: password, u: USERS[i % USERS.length]! });
    pushOnce(c, 'password:form', text, [{ kind: 'password', value: password }], `invented value (seeded) in a form ${WRITTEN} (${form.doc}); the user name is not labelled`);
  }
}

export function inventedAddresses(c: Collector): void {
  INVENTED_ADDRESSES.forEach((a, i) => {
    const note = `invented address ${WRITTEN} (${a.cc}, in the country's script and order; real street and town, invented number)`;
    if (a.around) {
      pushOnce(c, `postal_address:invented-${a.cc}`, fill(a.around, { v: a.v }), [{ kind: 'postal_address', value: a.v }], `${note}; in a form, signature or structured text ${WRITTEN}`);
      return;
    }
    if (a.v.includes('\n') || i % 4 === 3) {
      const { text, value } = blockText(i, a.v);
      pushOnce(c, `postal_address:invented-${a.cc}`, text, [{ kind: 'postal_address', value }], `${note}; in a multi-line wording ${WRITTEN}`);
      return;
    }
    pushOnce(c, `postal_address:invented-${a.cc}`, fill(pick(W.ADDRESS_LINE, i), { v: a.v }), [{ kind: 'postal_address', value: a.v }], `${note}; in a wording ${WRITTEN}`);
  });
}

/** The split's faker-based addresses (national formats of 40-odd locales) with this round's seed. */
export function fakerAddresses(c: Collector, r: Random, count: number): void {
  // faker's en_IE locale writes US states after an Irish-looking street: not an Irish address, left out.
  const countries = r.shuffle(COUNTRIES.filter((country) => country.cc !== 'IE'));
  for (let i = 0; i < count; i++) {
    const country = countries[i % countries.length]!;
    const f = fakerFor(country.locale);
    f.seed(r.int(1, 2 ** 31));
    const v = address(country, f);
    const note = `generated: split/places.ts (faker's ${country.locale} locale data in ${country.cc}'s national format) with this round's seed`;
    if (v.includes('\n')) {
      const { text, value } = blockText(i + 2, v);
      pushOnce(c, `postal_address:faker-${country.cc}`, text, [{ kind: 'postal_address', value }], `${note}; in a multi-line wording ${WRITTEN}`);
    } else pushOnce(c, `postal_address:faker-${country.cc}`, fill(pick(W.ADDRESS_LINE, i + 11), { v }), [{ kind: 'postal_address', value: v }], `${note}; in a wording ${WRITTEN}`);
  }
}

/** Invented e-mail addresses (addresses.ts) in this round's message wordings. */
export function emails(c: Collector): void {
  const note = `invented address (a real provider's or an invented organisation's domain) in a wording ${WRITTEN}`;
  for (const [i, address] of INVENTED_EMAILS.entries()) pushOnce(c, 'email:invented', fill(pick(W.EMAIL_PROSE, i), { v: address }), [{ kind: 'email', value: address }], note);
}
