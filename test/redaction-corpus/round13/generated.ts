// Round 13's own generated and invented strata: the values of this round's password forms (seeded, in the styles
// people choose: place and food words with years and symbols, word chains, keyboard-free random strings, generator
// groups) and the invented addresses of addresses.ts in this round's wordings.
import type { Collector } from '../kit/collector';
import type { Random } from '../kit/random';
import { fill, pick } from '../kit/template';
import { INVENTED_ADDRESSES, INVENTED_EMAILS } from './addresses';
import { PASSWORD_FORMS } from './password-forms';
import { WRITTEN, blockText, pushOnce } from './sourced';
import * as W from './wordings';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const USERS = ['mkovacs', 'ana.souza', 'deploy', 'jtanaka', 'svc_backup', 'lina', 'ops-bot', 'r.okafor', 'hnguyen', 'kim.sj'];

/**
 * Passwords as people choose them. No character a form's syntax uses: quotes, spaces, `/`, `:`, `@`, `,`, `;`, `$`,
 * `%`, `&`, `\`, `<`, `>`, `{`, `}`, `|`.
 */
function humanPassword(r: Random, i: number): string {
  const words = ['Sarajevo', 'Tartu', 'Pécs', 'Tromsø', 'Kaunas', 'Gdańsk', 'Cluj', 'Oulu', 'Brno', 'Aarhus', 'Matcha', 'Pierogi', 'Baklava', 'Kimchi', 'Injera', 'Mango', 'Paprika', 'Falafel'];
  const SYMBOLS = '!._-+#*=?~^';
  const w = () => r.pick(words);
  switch (i % 8) {
    case 0: return `${w()}${r.int(1970, 2030)}${r.pick([...SYMBOLS])}`;
    case 1: return `${w().toLowerCase()}.${w().toLowerCase()}.${r.int(1, 100)}`;
    case 2: return r.fromAlphabet(ALNUM.slice(0, 52), 1) + r.fromAlphabet(`${ALNUM}${SYMBOLS}`, 15);
    case 3: return `${w()}${r.pick([...SYMBOLS])}${w()}${r.int(0, 10)}`;
    case 4: return `${r.fromAlphabet(ALNUM, 6)}-${r.fromAlphabet(ALNUM, 6)}-${r.fromAlphabet(ALNUM, 6)}`;
    case 5: return `${w()}${r.int(10, 100)}${r.pick([...SYMBOLS])}${r.pick([...SYMBOLS])}`;
    case 6: return r.fromAlphabet(ALNUM, 20);
    default: return `Ich${w()}${r.int(1, 13)}${r.pick([...SYMBOLS])}${r.int(1990, 2026)}`;
  }
}

export function passwords(c: Collector, r: Random): void {
  PASSWORD_FORMS.forEach((f, i) => {
    const v = humanPassword(r, i);
    const u = pick(USERS, i);
    pushOnce(c, 'password:form', fill(f.t, { v, u }), [{ kind: 'password', value: v }], `invented value (seeded) in a form ${WRITTEN} (${f.doc}); the user name is not labelled`);
  });
}

export function inventedAddresses(c: Collector): void {
  INVENTED_ADDRESSES.forEach((a, i) => {
    const note = `invented address ${WRITTEN} (${a.cc}, in the country's script and order; real street and town, invented number)`;
    if (a.v.includes('\n') || i % 3 === 2) {
      const { text, value } = blockText(i, a.v);
      pushOnce(c, `postal_address:invented-${a.cc}`, text, [{ kind: 'postal_address', value }], `${note}; in a multi-line wording ${WRITTEN}`);
      return;
    }
    pushOnce(c, `postal_address:invented-${a.cc}`, fill(pick(W.ADDRESS_LINE, i), { v: a.v }), [{ kind: 'postal_address', value: a.v }], `${note}; in a wording ${WRITTEN}`);
  });
}

/** Invented addresses (addresses.ts) in this round's message wordings. */
export function emails(c: Collector): void {
  INVENTED_EMAILS.forEach((v, i) => {
    pushOnce(c, 'email:invented', fill(pick(W.EMAIL_PROSE, i), { v }), [{ kind: 'email', value: v }], `invented address (a real provider's or an invented organisation's domain) in a wording ${WRITTEN}`);
  });
}
