// Round 22's sourced strata (none read by rounds 1-21): iLib-js/ilib-mono's address tests of 70 countries no round
// read from iLib (sources/ilib.json), geocoders/geocoder-tester's queries (sources/geocoder-tester.json), Authelia's
// portal catalogue words for password, username, new password and repeat new password (sources/authelia.json),
// jpadilla/pyjwt's test keys and tokens (sources/pyjwt.json), vCard/iCalendar test lines of sabre-io/vobject and
// collective/icalendar (sources/mail.json) and 12-line windows of these repositories' library files as negatives
// (sources/windows.json). sources/extract.py wrote the JSON from the snapshots.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Collector } from '../kit/collector';
import { RISKY } from '../kit/package-windows';
import type { Random } from '../kit/random';
import { blockIn, fill, pick } from '../kit/template';
import { pushOnce } from '../round13/sourced';
import { CHAT_FRAMES } from './chat-frames';
import * as W from './wordings';

export { pushOnce };
const here = new URL('.', import.meta.url).pathname;
export const WRITTEN = 'written for round 22';
const json = <T>(name: string): T => JSON.parse(readFileSync(join(here, 'sources', name), 'utf8')) as T;
const at = (commit: string) => commit.slice(0, 12);

/**
 * iLib's parser tests: the input as written (names, firms and the country included in the text), the value from the
 * first street part with a number to the last of locality, region and postcode (extract.py; the recipient's line and
 * the country outside). At most `perCountry` distinct values a country, one layout each; multi-line inputs stay
 * blocks in a multi-line wording, one-line inputs go into a chat or file line.
 */
export function ilibAddresses(c: Collector, perCountry: number): number {
  const { commit, addresses } = json<{ commit: string; addresses: { cc: string; locale: string; text: string; value: string; path: string }[] }>('ilib.json');
  const taken = new Map<string, number>();
  let n = 0;
  for (const a of addresses) {
    const k = taken.get(a.cc) ?? 0;
    if (k >= perCountry) continue;
    const note = `iLib-js/ilib-mono ${a.path} @ ${at(commit)} (Apache-2.0): parser test input (${a.locale})`;
    const inner = a.text.trim();
    const multi = inner.includes('\n');
    const line = n % 3 === 0 ? inner : fill(pick(W.ADDRESS_LINE, n), { v: inner });
    const text = multi ? (n % 2 ? blockIn(W.ADDRESS_BLOCK, n, inner).text : inner) : line;
    // blockIn's indented/quoted layouts change the block, so the value is looked up in the written text.
    const value = text.includes(a.value) ? a.value : multi ? blockIn(W.ADDRESS_BLOCK, n, a.value).value : a.value;
    if (!text.includes(value)) continue;
    if (pushOnce(c, `postal_address:ilib-${a.cc}`, text, [{ kind: 'postal_address', value }], `${note}, ${text === inner ? 'as written' : `in a wording ${WRITTEN}`}; recipient and country not labelled`, { sourced: true })) {
      taken.set(a.cc, k + 1);
      n++;
    }
  }
  return n;
}

/**
 * geocoder-tester's queries: a user's search with a house number, a street and a town or postcode, as typed (lower
 * case, no commas), the whole query the value when it opens with the number or the street and names the town or
 * postcode; France capped at `franceCap` (its regions' files hold thousands).
 */
export function geocoderQueries(c: Collector, franceCap: number, r: Random): number {
  const { commit, rows } = json<{ commit: string; rows: { country: string; query: string; housenumber: string; street: string; city: string; postcode: string; path: string }[] }>('geocoder-tester.json');
  let n = 0;
  let france = 0;
  for (const row of r.shuffle(rows)) {
    const q = row.query.replace(/\s+/g, ' ').trim();
    const low = q.toLowerCase();
    const first = row.street.toLowerCase().split(' ')[0]!;
    if (!(low.startsWith(row.housenumber.toLowerCase() + ' ') || low.startsWith(first))) continue;
    if (!low.includes(row.housenumber.toLowerCase())) continue;
    if (!((row.city && low.includes(row.city.toLowerCase())) || (row.postcode && low.includes(row.postcode)))) continue;
    if (row.country === 'france' && france >= franceCap) continue;
    const text = n % 2 ? q : fill(pick(W.ADDRESS_LINE, n + 5), { v: q });
    if (pushOnce(c, `postal_address:geocoder-${row.country}`, text, [{ kind: 'postal_address', value: q }], `geocoders/geocoder-tester ${row.path} @ ${at(commit)} (MIT): a geocoder query ${text === q ? 'as written' : `in a wording ${WRITTEN}`}`, { sourced: true })) {
      n++;
      if (row.country === 'france') france++;
    }
  }
  return n;
}

/**
 * japanese-address-parser's test data: Japanese addresses from the prefecture to the house or lot number (tests of
 * the parser's handling of numerals, variant kanji and omitted 字/大字), the whole address the value; `cap` spread by
 * a seeded shuffle, as written (one in three) or in a Japanese or English line.
 */
export function japaneseAddresses(c: Collector, cap: number, r: Random): number {
  const { commit, rows } = json<{ commit: string; rows: { address: string; path: string }[] }>('japanese-address-parser.json');
  let n = 0;
  for (const row of r.shuffle(rows)) {
    if (n >= cap) break;
    const text = n % 3 === 0 ? row.address : fill(pick(W.JAPANESE_LINE, n), { v: row.address });
    const note = `YuukiToriyama/japanese-address-parser ${row.path} @ ${at(commit)} (MIT): a parser test address ${text === row.address ? 'as written' : `in a wording ${WRITTEN}`}`;
    if (pushOnce(c, 'postal_address:japanese-address-parser', text, [{ kind: 'postal_address', value: row.address }], note, { sourced: true })) n++;
  }
  return n;
}

type Words = Record<string, string>;
const authelia = () => json<{ commit: string; words: Record<string, Words> }>('authelia.json');

/** Account handover notes: the catalogue's `Username` and `Password` words, one note a locale. */
export function catalogueHandovers(c: Collector, value: (i: number) => string, users: readonly string[]): number {
  const { commit, words } = authelia();
  let n = 0;
  for (const [i, [locale, w]] of Object.entries(words).entries()) {
    const v = value(i);
    const text = `${w.Username ?? 'Username'}: ${pick(users, i)}\n${w.Password}: ${v}`;
    if (pushOnce(c, 'password:authelia-handover', text, [{ kind: 'password', value: v }], `invented value (seeded) under authelia/authelia internal/server/locales/${locale}/portal.json @ ${at(commit)} (Apache-2.0) words for Username and Password; layout ${WRITTEN}; the user name is not labelled`)) n++;
  }
  return n;
}

/** Chat sentences around the locale's own word for "password" (chat-frames.ts), one a locale that has a frame. */
export function catalogueChats(c: Collector, value: (i: number) => string): number {
  const { commit, words } = authelia();
  let n = 0;
  for (const [i, [locale, w]] of Object.entries(words).entries()) {
    const frame = CHAT_FRAMES[locale];
    if (!frame) continue;
    const v = value(i);
    const text = fill(frame, { P: w.Password!, v });
    if (pushOnce(c, 'password:authelia-chat', text, [{ kind: 'password', value: v }], `invented value (seeded) in a chat sentence ${WRITTEN} (from memory) around authelia/authelia internal/server/locales/${locale}/portal.json @ ${at(commit)} (Apache-2.0) word for Password`)) n++;
  }
  return n;
}

/** Reset notes: the catalogue's `New password` and `Repeat new password` with the same value (both occurrences expected). */
export function catalogueResets(c: Collector, value: (i: number) => string): number {
  const { commit, words } = authelia();
  let n = 0;
  for (const [i, [locale, w]] of Object.entries(words).entries()) {
    if (!w['New password'] || !w['Repeat new password']) continue;
    const v = value(i);
    const text = `${w['New password']}: ${v}\n${w['Repeat new password']}: ${v}`;
    if (pushOnce(c, 'password:authelia-reset', text, [{ kind: 'password', value: v }, { kind: 'password', value: v }], `invented value (seeded) under authelia/authelia internal/server/locales/${locale}/portal.json @ ${at(commit)} (Apache-2.0) words for New password and Repeat new password; a password and its confirmation, both expected; layout ${WRITTEN}`)) n++;
  }
  return n;
}

/** pyjwt's test private keys (PEM as written) and the tokens its tests write, as the test line holds them. */
export function pyjwtValues(c: Collector): number {
  const { commit, keys, tokens } = json<{ commit: string; keys: { path: string; key: string }[]; tokens: { path: string; line: string; token: string }[] }>('pyjwt.json');
  let n = 0;
  for (const [i, k] of keys.entries()) {
    const text = i % 2 ? `here is the key the test uses:\n${k.key}` : k.key;
    if (pushOnce(c, 'private_key:pyjwt', text, [{ kind: 'private_key', value: k.key }], `jpadilla/pyjwt ${k.path} @ ${at(commit)} (MIT): a test key${i % 2 ? ` in a wording ${WRITTEN}` : ', as written'}`, { sourced: true })) n++;
  }
  for (const t of tokens) {
    if (pushOnce(c, 'jwt:pyjwt', t.line, [{ kind: 'jwt', value: t.token }], `jpadilla/pyjwt ${t.path} @ ${at(commit)} (MIT): a test line as written`, { sourced: true })) n++;
  }
  return n;
}

/** firebase/php-jwt's and lcobucci/jwt's test private keys, as written or after a line of a message. */
export function phpJwtKeys(c: Collector): number {
  let n = 0;
  for (const [i, k] of json<{ repo: string; commit: string; path: string; key: string }[]>('php-jwt-keys.json').entries()) {
    const text = i % 2 ? `key used by the integration test (do not commit):\n${k.key}` : k.key;
    const note = `${k.repo} ${k.path} @ ${at(k.commit)} (BSD-3-Clause): a test key${i % 2 ? ` in a wording ${WRITTEN}` : ', as written'}`;
    if (pushOnce(c, `private_key:${k.repo.split('/')[0]}`, text, [{ kind: 'private_key', value: k.key }], note, { sourced: true })) n++;
  }
  return n;
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
export const DOC_DOMAIN = /@(?:[^@\s]+\.)?(?:example\.(?:com|net|org)|[^@\s]+\.(?:example|test|invalid)|localhost)$/i;
/** vCard / iCalendar test lines naming a mailbox; every address labelled except at the documentation names. */
export function mailFixtures(c: Collector): number {
  const { commits, lines } = json<{ commits: Record<string, string>; lines: { repo: string; path: string; line: string }[] }>('mail.json');
  let n = 0;
  for (const h of lines) {
    const values = [...h.line.matchAll(EMAIL)].map((m) => m[0]).filter((v) => !DOC_DOMAIN.test(v));
    if (!values.length || values.length > 3) continue;
    const repo = h.repo.replace('+', '/');
    const text = n % 3 === 2 ? fill(pick(W.EMAIL_LINE, n), { v: h.line }) : h.line;
    const licence = repo === 'sabre-io/vobject' ? 'BSD-3-Clause' : 'BSD-2-Clause';
    if (pushOnce(c, `email:${repo.split('/')[1]}`, text, values.map((value) => ({ kind: 'email' as const, value })), `${repo} ${h.path} @ ${at(commits[h.repo]!)} (${licence}): a test line ${n % 3 === 2 ? `in a wording ${WRITTEN}` : 'as written'}, every address labelled (documentation names not)`, { sourced: true })) n++;
  }
  return n;
}

const LICENCE: Record<string, string> = { 'iLib-js+ilib-mono': 'Apache-2.0', 'jpadilla+pyjwt': 'MIT', 'collective+icalendar': 'BSD-2-Clause', 'sabre-io+vobject': 'BSD-3-Clause', 'authelia+authelia': 'Apache-2.0' };
/** 12-line windows of the snapshots' library files (not tests), skipping any the kit's RISKY flags. */
export function repoWindows(c: Collector): number {
  let n = 0;
  for (const w of json<{ repo: string; commit: string; path: string; start: number; text: string }[]>('windows.json')) {
    if (RISKY.some((re) => re.test(w.text))) continue;
    c.push('negative:snapshot-window', w.text, [], `${w.repo.replace('+', '/')} ${w.path} @ ${at(w.commit)} lines ${w.start}-${w.start + 11} (real file, ${LICENCE[w.repo]})`);
    n++;
  }
  return n;
}
