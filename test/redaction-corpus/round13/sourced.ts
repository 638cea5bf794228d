// Round 13's sourced strata: values read from public material (sources/*.json, written by sources/extract.ts), each
// as the source writes it or in a wording of this round; every value is checked against the earlier rounds by the
// collector (`sourced`), so a value dev already holds is dropped, and against this round's values (`taken`), so no
// value comes twice (compared with spaces, dashes and case removed).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isValidIBAN } from 'ibantools';
import type { Collector } from '../kit/collector';
import { normalise } from '../kit/earlier';
import type { Expected } from '../kit/item';
import type { Random } from '../kit/random';
import { fill, pick } from '../kit/template';
import { luhn } from '../kit/values';
import { countryName } from '../round12/wordings';
import * as W from './wordings';

const here = new URL('.', import.meta.url).pathname;
export const WRITTEN = 'written for round 13';
const json = <T>(name: string): T => JSON.parse(readFileSync(join(here, 'sources', name), 'utf8')) as T;
const short = (commit: string) => commit.slice(0, 12);

/** Values this round holds already (layout-free), so no value comes twice. */
export const taken = new Set<string>();
/** Pushes a sourced item unless one of its values this round already holds; marks the values as taken when added. */
export function pushOnce(
  c: Collector,
  stratum: string,
  text: string,
  expected: Expected[],
  note: string,
  opts: { sourced?: boolean; checkOnly?: string[] } = {},
): boolean {
  if (expected.some((e) => taken.has(normalise(e.value)))) return false;
  if (!c.push(stratum, text, expected, note, opts)) return false;
  for (const e of expected) taken.add(normalise(e.value));
  return true;
}

/** An address block in a multi-line wording: as is, indented under a YAML block scalar, or quoted with `> `. */
export function blockText(i: number, block: string): { text: string; value: string } {
  const t = pick(W.ADDRESS_BLOCK, i);
  if (t.includes('{indented}')) {
    const value = block.replace(/\n/g, '\n  ');
    return { text: fill(t, { indented: value }), value };
  }
  if (t.includes('{quoted}')) {
    const value = block.replace(/\n/g, '\n> ');
    return { text: fill(t, { quoted: value }), value };
  }
  return { text: fill(t, { v: block }), value: block };
}

interface PeliasCase {
  path: string;
  input: string;
  parts: [string, string][];
}
const ADDRESS_PARTS = new Set(['housenumber', 'street', 'unit', 'postcode', 'locality', 'region', 'dependency']);

/** The span of a pelias test input from its first address part to its last (venue and country outside). */
function peliasSpan(k: PeliasCase): string | undefined {
  const labels = k.parts.map(([l]) => l);
  if (!labels.includes('housenumber') || !labels.includes('street') || !labels.some((l) => ['postcode', 'locality', 'region'].includes(l))) return undefined;
  let from = Infinity;
  let to = -1;
  let at = 0;
  const outside: [number, number][] = [];
  for (const [label, value] of k.parts) {
    let i = k.input.indexOf(value, label === 'housenumber' ? 0 : at);
    if (i < 0) i = k.input.indexOf(value);
    if (i < 0) return undefined;
    if (ADDRESS_PARTS.has(label)) {
      from = Math.min(from, i);
      to = Math.max(to, i + value.length);
      at = i + value.length;
    } else outside.push([i, i + value.length]);
  }
  // A venue or country inside the span (a venue between street and town) would be labelled as address: left out.
  if (outside.some(([a, b]) => a < to && b > from)) return undefined;
  // A token inside the span the test does not tag (an invalid postcode it means to reject) leaves the case out.
  const span = k.input.slice(from, to).trim();
  let rest = span;
  for (const [label, value] of k.parts) if (ADDRESS_PARTS.has(label)) rest = rest.replace(value, '');
  return /^[\s,.\-/]*$/.test(rest) ? span : undefined;
}

/** pelias/parser's complete test addresses (house number, street and a town, region or postcode). */
export function pelias(c: Collector): void {
  const src = json<{ commit: string; cases: PeliasCase[] }>('pelias.json');
  let i = 0;
  for (const k of src.cases) {
    const v = peliasSpan(k);
    if (!v) continue;
    const from = `pelias/parser ${k.path} @ ${short(src.commit)} (MIT); the test's input, labelled from its first to its last address part as the test tags them (venue and country outside)`;
    const asBlock = i % 4 === 3 && v.includes(', ');
    if (asBlock) {
      const { text, value } = blockText(i, v.split(/,\s+/).join('\n'));
      if (pushOnce(c, 'postal_address:pelias', text, [{ kind: 'postal_address', value }], `${from}; its comma-separated parts put one a line, in a wording ${WRITTEN}`, { sourced: true, checkOnly: [v] })) i++;
      continue;
    }
    const bare = i % 4 === 0;
    const text = bare ? k.input.trim() : fill(pick(W.ADDRESS_LINE, i), { v: k.input.trim() });
    if (pushOnce(c, 'postal_address:pelias', text, [{ kind: 'postal_address', value: v }], `${from}${bare ? ', the input alone' : `; in a wording ${WRITTEN}`}`, { sourced: true, checkOnly: [v] })) i++;
  }
}

/** datamade/usaddress's tagged US addresses with a number or box, a street, a town and a state or ZIP. */
export function usaddress(c: Collector, r: Random, max: number): void {
  const src = json<{ path: string; commit: string; cases: { text: string; tags: string[] }[] }>('usaddress.json');
  const usable = src.cases.filter(({ tags }) => {
    const has = (t: string) => tags.includes(t);
    return (has('AddressNumber') || has('USPSBoxID')) && (has('StreetName') || has('USPSBoxType')) && has('PlaceName') && (has('ZipCode') || has('StateName')) &&
      !['Recipient', 'NotAddress', 'IntersectionSeparator', 'CornerOf', 'CountryName', 'LandmarkName'].some(has);
  });
  let i = 0;
  for (const k of r.shuffle(usable)) {
    if (i >= max) break;
    const v = k.text.trim().replace(/\s+/g, ' ');
    const note = `datamade/usaddress ${src.path} @ ${short(src.commit)} (MIT); a tagged address string (tags: ${[...new Set(k.tags)].join(', ')})`;
    if (i % 3 === 2 && /,/.test(v)) {
      // The street part on its own line, the town, state and ZIP on the next, as on an envelope.
      const cut = v.indexOf(',');
      const { text, value } = blockText(i, `${v.slice(0, cut)}\n${v.slice(cut + 1).trim()}`);
      if (pushOnce(c, 'postal_address:usaddress', text, [{ kind: 'postal_address', value }], `${note}; split after its first comma onto two lines, in a wording ${WRITTEN}`, { sourced: true, checkOnly: [v] })) i++;
      continue;
    }
    if (pushOnce(c, 'postal_address:usaddress', fill(pick(W.ADDRESS_LINE, i + 5), { v }), [{ kind: 'postal_address', value: v }], `${note}; in a wording ${WRITTEN}`, { sourced: true })) i++;
  }
}

/** Lines of `text` from the first matching `from` up to (not including) the first matching `to` after it. */
function section(text: string, from: RegExp, to?: RegExp): string {
  const lines = text.split('\n');
  const a = lines.findIndex((l) => from.test(l));
  const b = to ? lines.findIndex((l, j) => j > a && to.test(l)) : -1;
  return lines.slice(a, b < 0 ? undefined : b).join('\n').trimEnd();
}

type Kind = Expected['kind'];
/** Whispers fixtures: the part of a file, what it holds (value and kind), read by hand from the fixture. */
const WHISPERS_POSITIVE: { file: string; from: RegExp; to?: RegExp; values: [string | RegExp, Kind][] }[] = [
  { file: '.pypirc', from: /^\[noncompliant\]/, values: [['hardcoded', 'password']] },
  { file: 'hardcoded.json', from: /"noncompliant"/, values: [['hardcoded0', 'password'], ['Hardcoded1', 'password'], ['hardCoded2', 'password'], ['haRdcOded3', 'password'], ['hardcodEd4', 'password']] },
  { file: 'java.properties', from: /^# Noncompliant/, values: [['hardcoded01', 'password'], ['hardcoded02', 'password'], ['dGhpc2lzYWhhcmRjb2RlZHN0cmluZzpECghardcoded03', 'api_key']] },
  { file: '.aws/credentials', from: /^\[noncompliant\]/, values: [['AKIAHARDCODEDACCKEY7', 'api_key'], ['hardcodeda8MjmIX/oHM7qnED/iwijE3kbtcGE1h', 'api_key'], [/aws_session_token = (\S+)/, 'api_key']] },
  { file: 'aws.yml', from: /^# Noncompliant/, values: [['AKIAHI38FAKE1IWUQEEN', 'api_key'], ['PA3XsxZ8d8cPQLmnZzFAKEdzC6ND2a8vhbyXU/Dw', 'api_key'], [/aws_token: (\S+)/, 'api_key']] },
  { file: '.npmrc', from: /6c141bb5/, values: [['6c141bb5-5b6d-1311-98dc-hardcoded', 'api_key'], ['U2t5c2Nhbm5lciB3MDAwhardcoded', 'api_key'], ['eyFake1.eyJFake2.Fake3.hardcoded', 'api_key']] },
  { file: 'gitkeys.yml', from: /^noncompliant:/, values: [['ghp_fK8UXjzPM1Lzf356hwgGym4JAfnHARDcoded', 'api_key'], ['gho_fK8UXjzPM1Lzf356hwgGym4JAfnHARDcoded', 'api_key'], ['ghu_fK8UXjzPM1Lzf356hwgGym4JAfnHARDcoded', 'api_key'], ['ghs_fK8UXjzPM1Lzf356hwgGym4JAfnHARDcoded', 'api_key'], ['ghr_1B4a2e77838347a7E420ce178F2E7c6912E169246c34E1ccbF66C46812d16D5B1A9HARDcoded', 'api_key']] },
  { file: 'Dockerfile', from: /^ENV DRONE_TOKEN=YXNk/, to: /^ENV DRONE_TOKEN="/, values: [['YXNkZmZmZmZm_HARDcoded', 'api_key']] },
  { file: 'falsepositive.yml', from: /^ {2}secretKey:/, values: [['lmaoisdizareel0ne?hardcoded4', 'secret']] },
];
/** Whispers fixtures' compliant parts: placeholders, templates, references, empty values — negatives. */
const WHISPERS_NEGATIVE: { file: string; from: RegExp; to: RegExp }[] = [
  { file: 'placeholders.yml', from: /^compliant:/, to: /^noncompliant:/ },
  { file: 'placeholders.json', from: /"compliant"/, to: /"noncompliant"/ },
  { file: 'hardcoded.yml', from: /^# Compliant/, to: /^# Noncompliant/ },
  { file: 'hardcoded.xml', from: /<compliant>/, to: /<noncompliant>/ },
  { file: 'java.properties', from: /^# Compliant/, to: /^# Noncompliant/ },
  { file: '.pypirc', from: /^\[compliant\]/, to: /^\[noncompliant\]/ },
  { file: 'pip.conf', from: /^\[global\]/, to: /^# Noncompliant/ },
  { file: 'jdbc.xml', from: /<compliant>/, to: /<noncompliant>/ },
  { file: 'uri.yml', from: /^compliant:/, to: /^noncompliant:/ },
  { file: 'plaintext.txt', from: /COMPLIANT/, to: /NONCOMPLIANT/ },
  { file: 'Dockerfile', from: /^FROM/, to: /^# Noncompliant/ },
  { file: '.npmrc', from: /\$NPM_TOKEN/, to: /6c141bb5/ },
  { file: 'aws.yml', from: /^# Compliant/, to: /^# Noncompliant/ },
  { file: '.aws/credentials', from: /^\[compliant\]/, to: /^\[noncompliant\]/ },
  { file: 'gitkeys.yml', from: /^compliant:/, to: /^noncompliant:/ },
  { file: 'apikeys.yml', from: /^compliant:/, to: /^noncompliant:/ },
  { file: 'beans.xml', from: /^<\?xml/, to: /id="noncompliant"/ },
  { file: 'passwords.yml', from: /^# Compliant/, to: /^# Noncompliant/ },
];

/** Skyscanner/whispers's config fixtures: the non-compliant parts (labelled by hand) and the compliant ones (negatives). */
export function whispers(c: Collector): void {
  const src = json<{ commit: string; files: Record<string, string> }>('whispers.json');
  const from = (file: string) => `Skyscanner/whispers tests/fixtures/${file} @ ${short(src.commit)} (Apache-2.0)`;
  WHISPERS_POSITIVE.forEach((p, i) => {
    const part = section(src.files[`tests/fixtures/${p.file}`]!, p.from, p.to);
    const wrapped = i % 2 === 1;
    const text = wrapped ? fill(pick(W.WRAP, i), { text: part, file: p.file.split('/').pop()! }) : part;
    // A long value (a session token) is named by the line it stands on rather than copied into this table.
    const expected = p.values.map(([value, kind]) => ({ kind, value: typeof value === 'string' ? value : value.exec(part)![1]! }));
    pushOnce(c, 'secrets:whispers', text, expected, `${from(p.file)}; the fixture's non-compliant part, every value given a credential key labelled${wrapped ? `; pasted into a chat wording ${WRITTEN}` : ''}`, { sourced: true });
  });
  for (const n of WHISPERS_NEGATIVE) {
    const part = section(src.files[`tests/fixtures/${n.file}`]!, n.from, n.to);
    c.push('negative:whispers', part, [], `${from(n.file)}; the fixture's compliant part (empty values, placeholders, templates, references, names), as written`);
  }
}

/** Stand-ins a password key is given in examples: negatives, as in every round. */
const STAND_IN = /^(admin|root|secret|pass|password|1234|12345|test)$/i;

/** PyCQA/bandit's hard-coded password examples: the line that gives the literal. */
export function bandit(c: Collector): void {
  const src = json<{ commit: string; lines: { path: string; line: number; text: string; value: string }[] }>('bandit.json');
  src.lines.forEach((k, i) => {
    const from = `PyCQA/bandit ${k.path} line ${k.line} @ ${short(src.commit)} (Apache-2.0)`;
    const wrapped = i % 2 === 0;
    const text = wrapped ? fill(pick(W.WRAP, i + 1), { text: k.text, file: k.path.split('/').pop()! }) : k.text;
    const how = wrapped ? `; pasted into a chat wording ${WRITTEN}` : ', the line as written';
    if (STAND_IN.test(k.value)) {
      c.push('negative:bandit', text, [], `${from}; the literal is a stand-in (${k.value}), not a password${how}`);
      return;
    }
    pushOnce(c, 'password:bandit', text, [{ kind: 'password', value: k.value }], `${from}${how}`, { sourced: true, checkOnly: [k.value] });
  });
}

/** IBANs of jschaedl/iban-validation's and arhs/iban.js's tests that pass the checksum, as written. */
export function ibans(c: Collector): void {
  const src = json<{ commits: Record<string, string>; ibans: { repo: string; path: string; licence: string; iban: string }[] }>('ibans.json');
  let i = 0;
  for (const k of src.ibans) {
    if (!isValidIBAN(k.iban.replace(/ /g, ''))) continue;
    const cc = k.iban.slice(0, 2);
    const note = `${k.repo} ${k.path} @ ${short(src.commits[k.repo]!)} (${k.licence}); a test IBAN as written; in a wording ${WRITTEN}`;
    if (pushOnce(c, `iban:${k.repo.split('/')[1]}-${cc}`, fill(pick(W.IBAN, i), { v: k.iban, country: countryName(cc) }), [{ kind: 'iban', value: k.iban }], note, { sourced: true })) i++;
  }
}

/** braintree/credit-card-type's test numbers that pass Luhn (not a BIN followed by zeros or one digit repeated). */
export function cards(c: Collector): void {
  const src = json<{ commit: string; numbers: { path: string; number: string }[] }>('cards.json');
  let i = 0;
  for (const k of src.numbers) {
    const n = k.number;
    if (n.length < 13 || !luhn(n) || /(\d)\1{5}/.test(n)) continue;
    const grouped = i % 2 === 1 && n.length === 16;
    const v = grouped ? n.replace(/(.{4})(?=.)/g, '$1 ') : n;
    const note = `braintree/credit-card-type ${k.path} @ ${short(src.commit)} (MIT); a test card number (Luhn-valid)${grouped ? ', grouped by four' : ', as written'}; in a wording ${WRITTEN}`;
    if (pushOnce(c, 'payment_card:braintree', fill(pick(W.CARD, i), { v }), [{ kind: 'payment_card', value: v }], note, { sourced: true })) i++;
  }
}

/** Contact lines (code of conduct, security policy, package metadata) of the fetched repositories: every address labelled. */
export function contacts(c: Collector): void {
  const src = json<{ commits: Record<string, string>; lines: { repo: string; path: string; licence: string; line: number; text: string }[] }>('contacts.json');
  src.lines.forEach((k, i) => {
    const all = [...new Set([...k.text.matchAll(/[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/g)].map((m) => m[0]))];
    const wrapped = i % 2 === 1;
    const text = wrapped ? fill(pick(W.EMAIL, i), { text: k.text }) : k.text;
    pushOnce(c, 'email:contact', text, all.map((value) => ({ kind: 'email' as const, value })), `${k.repo} ${k.path} line ${k.line} @ ${short(src.commits[k.repo]!)} (${k.licence}); a contact line, every address labelled${wrapped ? `; in a wording ${WRITTEN}` : ''}`, { sourced: true });
  });
}
