// Round 16's own generated and invented strata: the values of this round's password forms (seeded, in the styles
// people choose) and the invented addresses of addresses.ts in this round's wordings.
import type { Collector } from '../kit/collector';
import type { Random } from '../kit/random';
import { fill, pick } from '../kit/template';
import { INVENTED_ADDRESSES } from './addresses';
import { PASSWORD_FORMS } from './password-forms';
import { WRITTEN, blockText, pushOnce } from './sourced';
import * as W from './wordings';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const USERS = ['l.moreau', 'svc_reports', 'akinyi', 'deploy-bot', 'j.kowalczyk', 'nguyen.t', 'etl_ro', 'c.rossi', 'arjun', 'hkimura'];

/**
 * Passwords as people choose them: a place or food with a year, words joined by symbols, a generator's string, a
 * keyboard walk with digits, a phrase's initials, a word with a date. No character a form's syntax uses (quotes,
 * spaces, `/`, `:`, `@`, `%`, `#`, `?`, `$`, `&`, `^`, `\`, `<`, `>`, braces, `|`), and never a symbol first.
 */
function humanPassword(r: Random, i: number): string {
  const words = ['Zanzibar', 'Kilimanjaro', 'Andorra', 'Tromso', 'Mochi', 'Paella', 'Pierogi', 'Baklava', 'Falcon', 'Otter', 'Lavender', 'Cobalt', 'Sahara', 'Fjord', 'Tiramisu', 'Quokka'];
  const SYMBOLS = '!._-+*=~';
  const w = () => r.pick(words);
  const s = () => r.pick([...SYMBOLS]);
  switch (i % 6) {
    case 0: return `${w()}${r.int(1975, 2030)}${s()}`;
    case 1: return `${w().toLowerCase()}${s()}${w().toLowerCase()}${s()}${w().toLowerCase()}`;
    case 2: return r.fromAlphabet(ALNUM.slice(0, 52), 1) + r.fromAlphabet(`${ALNUM}${SYMBOLS}`, 19);
    case 3: return `${r.pick(['Qwerty', 'Asdfgh', 'Zxcvbn', 'Qazwsx'])}${r.int(10, 100)}${s()}${r.int(100, 1000)}`;
    case 4: return `${r.fromAlphabet(ALNUM.slice(0, 26), 1)}${r.fromAlphabet(ALNUM.slice(26, 52), 6)}${r.int(10, 100)}${s()}${s()}`;
    default: return `${w()}${String(r.int(1, 29)).padStart(2, '0')}${String(r.int(1, 13)).padStart(2, '0')}${s()}`;
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
      pushOnce(c, `postal_address:invented-${a.cc}`, fill(a.around, { v: a.v }), [{ kind: 'postal_address', value: a.v }], `${note}; in a form, file or message ${WRITTEN}`);
      return;
    }
    if (a.v.includes('\n') || i % 6 === 5) {
      const { text, value } = blockText(i, a.v.includes('\n') ? a.v : a.v.split(/,\s*/).join('\n'));
      pushOnce(c, `postal_address:invented-${a.cc}`, text, [{ kind: 'postal_address', value }], `${note}; ${a.v.includes('\n') ? '' : 'split into lines at its commas, '}in a multi-line wording ${WRITTEN}`);
      return;
    }
    // Two in three in their country's language, the rest in words no language owns.
    const local = W.LOCAL_LINE[a.cc];
    const t = local && i % 3 !== 2 ? local : pick(W.ADDRESS_LINE, i);
    pushOnce(c, `postal_address:invented-${a.cc}`, fill(t, { v: a.v }), [{ kind: 'postal_address', value: a.v }], `${note}; in a wording ${WRITTEN}`);
  });
}
