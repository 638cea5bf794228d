// Round 18's sourced strata (none read by rounds 1-17): pelias/acceptance-tests' address queries (acceptance.ts),
// the OpenAddresses rows of pelias/interpolation's functional tests (sources/oa-rows.json), the e-mail lines of
// jsdom's AUTHORS.txt (sources/jsdom-authors.json) and sirwart/ripsecrets' test vectors (sources/ripsecrets.json).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Collector } from '../kit/collector';
import type { Kind } from '../kit/item';
import type { Random } from '../kit/random';
import { blockIn, fill, pick } from '../kit/template';
import { pushOnce } from '../round13/sourced';
import { ACCEPTANCE } from './acceptance';
import * as W from './wordings';

export { pushOnce };
const here = new URL('.', import.meta.url).pathname;
export const WRITTEN = 'written for round 18';
const json = <T>(name: string): T => JSON.parse(readFileSync(join(here, 'sources', name), 'utf8')) as T;

const ACC = 'pelias/acceptance-tests @ 5b11c3b0d8ac (snapshot), test_cases';
/** A third as the test's query alone (as a user would paste it), the rest in this round's one-line wordings. */
export function acceptanceAddresses(c: Collector): void {
  ACCEPTANCE.forEach((a, i) => {
    const v = a.v ?? a.q;
    const note = `${ACC}/${a.file}.json (MIT)`;
    if (i % 3 === 0) pushOnce(c, 'postal_address:acceptance', a.q, [{ kind: 'postal_address', value: v }], `${note}: the test's query as written; labelled from the house number or street to the last postcode/town/region, country outside`, { sourced: true });
    else pushOnce(c, 'postal_address:acceptance', fill(pick(W.ADDRESS_LINE, i), { v: a.q }), [{ kind: 'postal_address', value: v }], `${note}: the test's query in a wording ${WRITTEN}; country outside the label`, { sourced: true });
  });
}

interface OaRow { file: string; number: string; street: string; city: string; region: string; postcode: string }
/**
 * OpenAddresses rows (real addresses of Berlin, Wellington and Manhattan's West 26th Street) composed as each
 * country writes them: `Street 12, 10117 Berlin`, `12 Glasgow Street, Kelburn, Wellington City`, `459 West 26 Street,
 * New York, NY 10001` (the row has the postcode only; the town is the test folder's, `west26th`). At most 8 rows per
 * street, drawn with the seed; two in five as a two-line block.
 */
export function oaAddresses(c: Collector, r: Random, count: number): void {
  const rows = json<{ rows: OaRow[] }>('oa-rows.json').rows.filter((row) => /^\d+( ?[A-Za-z])?$/.test(row.number) && row.street && !/willow_ave/.test(row.file));
  const perStreet = new Map<string, number>();
  let n = 0;
  for (const row of r.shuffle(rows)) {
    if (n >= count) break;
    const k = perStreet.get(row.street) ?? 0;
    if (k >= 8) continue;
    let line1: string;
    let line2: string;
    if (row.city === 'Berlin') { line1 = `${row.street} ${row.number}`; line2 = `${row.postcode} Berlin`; }
    else if (row.city === 'Kelburn') { line1 = `${row.number} ${row.street}`; line2 = `Kelburn, ${row.region}`; }
    else if (/west26th/.test(row.file) && row.postcode) { line1 = `${row.number} ${row.street}`; line2 = `New York, NY ${row.postcode}`; }
    else continue;
    const note = `pelias/interpolation @ be99fee16c20 (snapshot), ${row.file} (MIT; OpenAddresses data the test interpolates)`;
    let ok: boolean;
    if (n % 5 < 2) {
      const { text, value } = blockIn(W.ADDRESS_BLOCK, n, `${line1}\n${line2}`);
      ok = pushOnce(c, 'postal_address:openaddresses', text, [{ kind: 'postal_address', value }], `${note}: the row's number, street, postcode and town as a two-line block in a wording ${WRITTEN}`, { sourced: true });
    } else {
      const v = `${line1}, ${line2}`;
      ok = pushOnce(c, 'postal_address:openaddresses', fill(pick(W.ADDRESS_LINE, n + 3), { v }), [{ kind: 'postal_address', value: v }], `${note}: the row's number, street, postcode and town on one line in a wording ${WRITTEN}`, { sourced: true });
    }
    if (ok) { perStreet.set(row.street, k + 1); n++; }
  }
}

/** jsdom's AUTHORS.txt lines (`Name <address>`): two in three as the line, the rest the address in a wording. */
export function jsdomEmails(c: Collector, r: Random, count: number): void {
  const lines = json<{ lines: string[] }>('jsdom-authors.json').lines.filter((l) => !/noreply|example|users\.github/i.test(l));
  let n = 0;
  for (const [i, line] of r.shuffle(lines).entries()) {
    if (n >= count) break;
    const email = /<([^>]+)>/.exec(line)![1]!;
    const note = 'jsdom/jsdom @ 00522ce724ab (snapshot), AUTHORS.txt (MIT; the file before its removal in e528859bfadb)';
    const ok = i % 3 < 2
      ? pushOnce(c, 'email:jsdom-authors', line, [{ kind: 'email', value: email }], `${note}: the line as written, the name not labelled`, { sourced: true })
      : pushOnce(c, 'email:jsdom-authors', fill(pick(W.EMAIL_LINE, i), { v: email }), [{ kind: 'email', value: email }], `${note}: the address in a wording ${WRITTEN}`, { sourced: true });
    if (ok) n++;
  }
}

/**
 * ripsecrets' test vectors of the files round 8 did not read (aws, github, gitlab, jwt, sendgrid, slack, square,
 * stripe): the line as written (a third in a wording). Provider keys, AWS and Azure keys -> api_key;
 * the `random` file's generic app keys and secrets -> secret; Maven's `<password>` -> password and its `<master>` ->
 * secret; the jwt.io sample -> jwt. Placeholders (`xxxx`, `Txxxxxxxx`) and the JWE-like and unsigned `eyJ` lines are
 * not taken; `test/none` lines are negatives except those that hold a real-shaped value the tool allowlists.
 */
const RIP_KIND: Record<string, Kind> = { age: 'secret', aws: 'api_key', azure: 'api_key', gcp: 'api_key', github: 'api_key', gitlab: 'api_key', intra42: 'api_key', jwt: 'jwt', mailchimp: 'api_key', npm: 'api_key', random: 'secret', sendgrid: 'api_key', slack: 'api_key', square: 'api_key', stripe: 'api_key' };
/** The files round 8 read (its README names them): not taken again, even where a value survived its dedupe. */
const READ_BY_ROUND8 = new Set(['random', 'azure', 'age', 'intra42', 'maven', 'gcp', 'npm', 'mailchimp']);
export function ripsecrets(c: Collector): void {
  const { vectors } = json<{ vectors: { file: string; line: string }[] }>('ripsecrets.json');
  const note = 'sirwart/ripsecrets @ 416e9d04d6ba (snapshot), ';
  vectors.forEach(({ file, line }, i) => {
    const name = file.split('/').pop()!;
    if (file === 'test/none') {
      if (/sk_live|ReTll|public:secret|example\.com|user:user/.test(line)) return;
      c.push('negative:ripsecrets', line, [], `${note}${file} (MIT): a line the scanner's test says holds no secret`);
      return;
    }
    if (READ_BY_ROUND8.has(name) || /x{6}/i.test(line) || (name === 'jwt' && line.split('.').length !== 3)) return;
    let kind = RIP_KIND[name];
    if (name === 'maven') kind = line.startsWith('<password>') ? 'password' : 'secret';
    if (!kind) return;
    const value = (/>([^<]+)</.exec(line)?.[1]) ?? (/(?:[:=]\s*|^)["']?([^"'\s]+)["']?,?\s*$/.exec(line)?.[1]);
    if (!value || value.length < 12) return;
    const text = i % 3 === 2 ? fill(pick(W.SECRET_LINE, i), { v: line }) : line;
    pushOnce(c, `${kind}:ripsecrets`, text, [{ kind, value }], `${note}${file} (MIT): the scanner's test vector${text === line ? ' as written' : ` in a wording ${WRITTEN}`}`, { sourced: true });
  });
}

/** Windows of real source files of the snapshots (sources/windows.json, written by sources/extract.ts): negatives. */
export function repoWindows(c: Collector): void {
  for (const w of json<{ windows: { repo: string; file: string; from: number; text: string }[] }>('windows.json').windows) {
    c.push('negative:snapshot-window', w.text, [], `${w.repo.replace(/@(.{12}).*/, ' @ $1')} ${w.file} lines ${w.from}-${w.from + 11} (real source file, MIT)`);
  }
}

/**
 * Japanese addresses of digital-go-jp/abr-geocoder's e2e inputs and its Tokyo schools list (sources/abr-addresses.json):
 * at most two lines per town (the tests write one address in many spellings), at most 35 e2e inputs, then the schools. Half the line as
 * the file writes it (a school or building name after a space stays outside the label), half the address alone in a
 * Japanese or language-free wording.
 */
export function abrAddresses(c: Collector, count: number): void {
  const { addresses } = json<{ addresses: { file: string; line: string; v: string }[] }>('abr-addresses.json');
  const perTown = new Map<string, number>();
  let n = 0;
  const e2e = addresses.filter((a) => a.file.startsWith('e2e/'));
  const schools = addresses.filter((a) => !a.file.startsWith('e2e/'));
  // The e2e inputs give at most 35, the schools list the rest.
  const ordered = [...e2e, ...schools];
  for (const a of ordered) {
    if (n >= count) break;
    if (a.file.startsWith('e2e/') && n >= 35) continue;
    const town = a.v.replace(/[0-9０-９一二三四五六七八九十壱丿ー－\-−番地号丁目]+$/u, '').slice(0, 10);
    const k = perTown.get(town) ?? 0;
    if (k >= 2) continue;
    const note = `digital-go-jp/abr-geocoder @ 0ad3f412af62 (snapshot), ${a.file} (MIT)`;
    const ok = n % 2 === 0
      ? pushOnce(c, 'postal_address:abr', a.line, [{ kind: 'postal_address', value: a.v }], `${note}: the line as written; labelled from the prefecture or city to the house number, a name after it outside`, { sourced: true })
      : pushOnce(c, 'postal_address:abr', fill(pick(W.JP_ADDRESS_LINE, n), { v: a.v }), [{ kind: 'postal_address', value: a.v }], `${note}: the address in a wording ${WRITTEN}`, { sourced: true });
    if (ok) { perTown.set(town, k + 1); n++; }
  }
}
