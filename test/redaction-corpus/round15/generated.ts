// Round 15's own generated and invented strata: the values of this round's password forms (seeded, in the styles
// people choose) and the invented addresses and e-mail addresses of addresses.ts in this round's wordings. The
// faker-based addresses come from round 14's stratum (imported by build.ts) with this round's seed.
import type { Collector } from '../kit/collector';
import type { Random } from '../kit/random';
import { fill, pick } from '../kit/template';
import { INVENTED_ADDRESSES, INVENTED_EMAILS } from './addresses';
import { PASSWORD_FORMS } from './password-forms';
import { WRITTEN, blockText, pushOnce } from './sourced';
import * as W from './wordings';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const USERS = ['f.almeida', 'svc_etl', 'nkariuki', 'backup-ro', 'ewa.nowak', 'tpham', 'appuser', 'm.garcia', 'ravi', 'jsato'];

/**
 * Passwords as people choose them: a pet or river with a year, a phrase of short words, a name with digits and a
 * symbol, a generator's random string, a leetspeak word. No character a form's syntax uses: quotes, spaces, `/`, `:`,
 * `@`, `,`, `;`, `$`, `%`, `&`, `\`, `<`, `>`, `{`, `}`, `|`.
 */
function humanPassword(r: Random, i: number): string {
  const words = ['Danube', 'Mekong', 'Limpopo', 'Orinoco', 'Vltava', 'Yukon', 'Biscuit', 'Pumpkin', 'Waffles', 'Nala', 'Simba', 'Koala', 'Saffron', 'Cardamom', 'Juniper', 'Marigold'];
  const SYMBOLS = '!._-+#*=?~^';
  const w = () => r.pick(words);
  const leet = (s: string) => s.replace(/a/g, '4').replace(/e/g, '3').replace(/o/g, '0').replace(/i/g, '1');
  switch (i % 6) {
    case 0: return `${w()}${r.int(1980, 2027)}${r.pick([...SYMBOLS])}`;
    case 1: return `${w().toLowerCase()}${r.pick([...SYMBOLS])}${w().toLowerCase()}${r.pick([...SYMBOLS])}${r.int(10, 100)}`;
    case 2: return r.fromAlphabet(`${ALNUM}${SYMBOLS}`, 18);
    case 3: return `${leet(w())}${r.pick([...SYMBOLS])}${r.int(100, 1000)}`;
    case 4: return `${r.fromAlphabet(ALNUM, 5)}${r.pick([...SYMBOLS])}${r.fromAlphabet(ALNUM, 5)}${r.pick([...SYMBOLS])}${r.fromAlphabet(ALNUM, 5)}`;
    default: return `${w()}${r.pick([...SYMBOLS])}${w()}${r.pick([...SYMBOLS])}${r.int(1, 10)}`;
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
    if (a.v.includes('\n') || i % 5 === 4) {
      const { text, value } = blockText(i, a.v.includes('\n') ? a.v : a.v.split(/,\s*/).join('\n'));
      pushOnce(c, `postal_address:invented-${a.cc}`, text, [{ kind: 'postal_address', value }], `${note}; ${a.v.includes('\n') ? '' : 'split into lines at its commas, '}in a multi-line wording ${WRITTEN}`);
      return;
    }
    // Two addresses in three in their country's language where a wording is written, the rest in words no language owns.
    const local = W.LOCAL_LINE[a.cc];
    const t = local && i % 3 !== 2 ? local : pick(W.ADDRESS_LINE, i);
    pushOnce(c, `postal_address:invented-${a.cc}`, fill(t, { v: a.v }), [{ kind: 'postal_address', value: a.v }], `${note}; in a wording ${WRITTEN}`);
  });
}

/** Invented e-mail addresses (addresses.ts) in this round's message wordings. */
export function emails(c: Collector): void {
  const note = `invented address (a real provider's or an invented organisation's domain) in a wording ${WRITTEN}`;
  for (const [i, address] of INVENTED_EMAILS.entries()) pushOnce(c, 'email:invented', fill(pick(W.EMAIL_PROSE, i), { v: address }), [{ kind: 'email', value: address }], note);
}
