// Round 16's sourced strata: the contact fields glibc's locale files carry (sources/glibc-locales.json, read from the
// Debian `locales` package on this machine) — their maintainers' postal addresses, e-mail addresses and phone — and
// what every stratum of the round shares. No earlier round read /usr/share/i18n.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Collector } from '../kit/collector';
import type { Expected } from '../kit/item';
import type { Random } from '../kit/random';
import { blockIn, fill, pick } from '../kit/template';
import { pushOnce } from '../round13/sourced';
import * as W from './wordings';

export { pushOnce };
const here = new URL('.', import.meta.url).pathname;
export const WRITTEN = 'written for round 16';
export const json = <T>(name: string): T => JSON.parse(readFileSync(join(here, 'sources', name), 'utf8')) as T;

/** An address block in one of this round's multi-line wordings (the kit's layouts). */
export const blockText = (i: number, block: string) => blockIn(W.ADDRESS_BLOCK, i, block);

type Field = 'title' | 'source' | 'address' | 'contact' | 'email' | 'tel' | 'fax';
interface Locale {
  file: string;
  fields: Partial<Record<Field, string>>;
}
const GLIBC = json<{ source: string; licence: string; locales: Locale[] }>('glibc-locales.json');
const NOTE = (file: string) => `/usr/share/i18n/locales/${file} (Debian package locales 2.36, glibc localedata; the file: "The Free Software Foundation does not claim any copyright interest in the locale data"), LC_IDENTIFICATION`;

/**
 * The labelled span of each locale address that holds a street, house, unit or PO box (from the first such part to the
 * postcode/town/region; an institution's name and the country outside). Addresses with a town or district alone
 * (`Dhaka, Bangladesh`, `I-39100 Bolzano/Bozen`, `Glasnevin, Dublin 9, Ireland`) are not addresses: their locales may
 * still give an e-mail item, with the address line unlabelled. Left out as arguable: a school's name with its quarter
 * (`Rato Bangala, Patan Dhoka,Lalitpur`), a highway kilometre with no town, an institute's estate name
 * (`Keldnaholt-ITI'`), a market's name; and two ASCII spellings of the Danish Standards address (the `ø` one is kept).
 */
export const LOCALE_ADDRESS: Record<string, string> = {
  '1/2, 47 Wilton Street, Glasgow G20 6RT, UK': '1/2, 47 Wilton Street, Glasgow G20 6RT',
  '112, Komsomolskaya Street, Yoshkar-Ola, Mari El Republic, Russia': '112, Komsomolskaya Street, Yoshkar-Ola, Mari El Republic',
  '1623-14, Shimotsuruma, Yamato-shi, Kanagawa-ken, 242-8502, Japan': '1623-14, Shimotsuruma, Yamato-shi, Kanagawa-ken, 242-8502',
  '30/36Q -2/1,Charles Apartments, De Silva Cross Rd, Kalubowila, Dehiwela, SriLanka.': '30/36Q -2/1,Charles Apartments, De Silva Cross Rd, Kalubowila, Dehiwela',
  '364024, ChR, Grozny, pr-kt of M. Esambayev, 13': '364024, ChR, Grozny, pr-kt of M. Esambayev, 13',
  '465 4th St. 2nd Floor, Palisades Park, NJ 07650, U.S.A.': '465 4th St. 2nd Floor, Palisades Park, NJ 07650',
  '5, Shahid Ghasemi Habibollah, Azadi Ave, Tehran, Iran': '5, Shahid Ghasemi Habibollah, Azadi Ave, Tehran',
  '745 Ska-Hiish Dr, Chase BC V0E 1M3': '745 Ska-Hiish Dr, Chase BC V0E 1M3',
  '7802 Solomon Seal Dr., Springfield, VA 22152, USA': '7802 Solomon Seal Dr., Springfield, VA 22152',
  'B-3/302, Lunkad Daffodills, Viman Nagar, Pune, India': 'B-3/302, Lunkad Daffodills, Viman Nagar, Pune',
  'PO Box 28364, Sunnyside, 0132, South Africa': 'PO Box 28364, Sunnyside, 0132',
  'Croí Lár, Ballinahalla, Maigh Cuilinn,, Co. Gaillimh, Ireland': 'Croí Lár, Ballinahalla, Maigh Cuilinn,, Co. Gaillimh',
  'Facultade de Informática, Campus de Elviña, s/n, 15071 A Coruña, Spain': 'Campus de Elviña, s/n, 15071 A Coruña',
  'Kollegievej 6, DK-2920 Charlottenlund, Danmark': 'Kollegievej 6, DK-2920 Charlottenlund',
  'Konstantinos Margaritis, M. Asias 50, Nafplion 21100, Greece': 'M. Asias 50, Nafplion 21100',
  'Kotnikova 6,, Ljubljana, Slovenia': 'Kotnikova 6,, Ljubljana',
  'LU MII, Rainis boul. 29, LV-1459 Riga, Latvia': 'Rainis boul. 29, LV-1459 Riga',
  'Level 1, Tower X, Cybercity, Magarpatta City, Hadapsar, Pune-411013 ': 'Level 1, Tower X, Cybercity, Magarpatta City, Hadapsar, Pune-411013',
  'Level-1, Tower 10, Cyber City, Magarpatta City, Hadapsar, Pune, Maharashtra, India-411013': 'Level-1, Tower 10, Cyber City, Magarpatta City, Hadapsar, Pune, Maharashtra, India-411013',
  'Los Genets, 12290 Pont de Salars': 'Los Genets, 12290 Pont de Salars',
  'Marisfot III, Marigold Premises, East-Wing, Kalyaninagar, Pune, India-411014': 'Marisfot III, Marigold Premises, East-Wing, Kalyaninagar, Pune, India-411014',
  'Narcisová 56, SK-821 01 Bratislava, Slovak Republic': 'Narcisová 56, SK-821 01 Bratislava',
  'P.O Box 1147, Donelaicio 60, 3000 Kaunas, Lithuania': 'P.O Box 1147, Donelaicio 60, 3000 Kaunas',
  'PO Box 229, Fatalupe, Alofi, Niue': 'PO Box 229, Fatalupe, Alofi',
  'Postfach 130, A-1021 Wien': 'Postfach 130, A-1021 Wien',
  'Samsung R & D Institute India - Delhi 2-A Sectort 126 Noida 201303': '2-A Sectort 126 Noida 201303',
  'Sankt Jørgens Alle 8, DK-1615 København V, Danmark': 'Sankt Jørgens Alle 8, DK-1615 København V',
  'To-nisma:gi 8, Tallinn, EE0100 Estonia': 'To-nisma:gi 8, Tallinn, EE0100',
  'University Library, Drammensveien 41, N-9242 Oslo, Norge': 'Drammensveien 41, N-9242 Oslo',
  'c/o P.O. Box 5190 Kampala, Uganda': 'P.O. Box 5190 Kampala',
};
const ARGUABLE = /^(Sankt Jo\/?rgens|Box 28364|Keldnaholt|Rato Bangala|San Antonio de los|Sangam Market)/;

const EMAIL_RE = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

/** The section's contact fields as the file lays them out (decoded), the fields given in `keep` only. */
function block(l: Locale, keep: readonly Field[]): string {
  return keep.filter((f) => l.fields[f]).map((f) => `${f.padEnd(10)} "${l.fields[f]}"`).join('\n');
}

/**
 * One item per locale address with a street, house, unit or PO box (the first file, in the seed's order, that
 * writes it): half as the section's contact lines (title, source, address, e-mail, tel), half the address alone in
 * this round's wordings. A locale's e-mail addresses and phone are labelled with it where the round has not used them.
 */
export function localeAddresses(c: Collector, r: Random): void {
  const done = new Set<string>();
  let i = 0;
  for (const l of r.shuffle(GLIBC.locales)) {
    const address = l.fields.address;
    if (!address || done.has(address) || ARGUABLE.test(address)) continue;
    const value = LOCALE_ADDRESS[address];
    if (!value) continue;
    done.add(address);
    const k = i++;
    if (k % 2 === 0) {
      const text = block(l, ['title', 'source', 'address', 'email', 'tel']);
      const expected: Expected[] = [{ kind: 'postal_address', value }];
      for (const e of l.fields.email?.match(EMAIL_RE) ?? []) expected.push({ kind: 'email', value: e });
      if (l.fields.tel && /\d{6}/.test(l.fields.tel.replace(/\D/g, ''))) expected.push({ kind: 'phone', value: l.fields.tel });
      // An e-mail the round already holds: the section without that line, so no value comes twice.
      if (!pushOnce(c, 'postal_address:glibc', text, expected, `${NOTE(l.file)}: the contact lines as the file writes them (escapes decoded); the address from its first street/house/box part to the postcode/town/region, every e-mail labelled`, { sourced: true })) {
        pushOnce(c, 'postal_address:glibc', block(l, ['title', 'source', 'address']), [{ kind: 'postal_address', value }], `${NOTE(l.file)}: title, source and address lines as the file writes them (escapes decoded)`, { sourced: true });
      }
    } else {
      const cc = /_([A-Z]{2})/.exec(l.file)?.[1] ?? '';
      const local = W.LOCAL_LINE[cc];
      const t = local && k % 4 === 1 ? local : pick(W.ADDRESS_LINE, k);
      pushOnce(c, 'postal_address:glibc', fill(t, { v: address.trim() }), [{ kind: 'postal_address', value }], `${NOTE(l.file)}: the address field in a wording ${WRITTEN}; labelled from its first street/house/box part to the postcode/town/region`, { sourced: true });
    }
  }
}

/**
 * One item per locale e-mail field the round has not used yet (the first file in the seed's order that writes it):
 * two in three as the section's contact lines (title, source, contact, e-mail; a town-only address line kept
 * unlabelled), the rest the first address in a wording. Documentation-list addresses count as addresses: they are
 * real, published and reachable.
 */
export function localeEmails(c: Collector, r: Random): void {
  const done = new Set<string>();
  let i = 0;
  for (const l of r.shuffle(GLIBC.locales)) {
    const field = l.fields.email;
    if (!field || done.has(field)) continue;
    done.add(field);
    const emails = [...new Set(field.match(EMAIL_RE) ?? [])];
    if (!emails.length) continue;
    const k = i++;
    const locale = l.file;
    const townOnly = l.fields.address && !LOCALE_ADDRESS[l.fields.address] && !/@|https?:/.test(l.fields.address) && !ARGUABLE.test(l.fields.address);
    if (k % 3 !== 2) {
      const fields: Field[] = townOnly ? ['title', 'source', 'address', 'contact', 'email'] : ['title', 'source', 'contact', 'email'];
      pushOnce(c, 'email:glibc', block(l, fields), emails.map((value) => ({ kind: 'email' as const, value })), `${NOTE(locale)}: the contact lines as the file writes them (escapes decoded); every e-mail labelled, names and town-only address lines not`, { sourced: true });
    } else {
      pushOnce(c, 'email:glibc', fill(pick(W.EMAIL_LINE, k), { v: emails[0]!, locale }), [{ kind: 'email', value: emails[0]! }], `${NOTE(locale)}: the first address of its e-mail field in a wording ${WRITTEN}`, { sourced: true });
    }
  }
}
