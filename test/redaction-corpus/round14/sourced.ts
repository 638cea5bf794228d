// Round 14's sourced strata: the rule examples of Kingfisher's and Nosey Parker's rule files no earlier round named
// (the value is what the rule's own pattern captures; examples that read as stand-ins are left out), their negative
// examples, OpenCage's expected address blocks of the country files no earlier round read, and manycoding's address
// strings. Also the round-wide "no value twice" guard and the address-block layouts the other strata share.
import { readFileSync } from 'node:fs';
import lib from 'google-libphonenumber';
import { join } from 'node:path';
import type { Collector } from '../kit/collector';
import { normalise } from '../kit/earlier';
import type { Expected } from '../kit/item';
import { fill, pick } from '../kit/template';
import { ILIB_SPANS } from './ilib-spans';
import * as W from './wordings';

const here = new URL('.', import.meta.url).pathname;
export const WRITTEN = 'written for round 14';
const json = <T>(name: string): T => JSON.parse(readFileSync(join(here, 'sources', name), 'utf8')) as T;
const short = (commit: string) => commit.slice(0, 12);

/** Values this round holds already (layout-free), so no value comes twice. */
export const taken = new Set<string>();
/** Pushes an item unless one of its values this round already holds; marks the values as taken when added. */
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

interface RuleExample {
  repo: string;
  path: string;
  rule: string;
  id: string;
  text: string;
  value: string;
}

const entropy = (s: string): number => {
  const counts = new Map<string, number>();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let e = 0;
  for (const n of counts.values()) e -= (n / s.length) * Math.log2(n / s.length);
  return e;
};
/** Four characters in a row that count up or down (`abcd`, `6789`, `zyxw`), among the letters or the digits alone. */
const hasRun = (s: string): boolean =>
  [s.replace(/[^a-z]/gi, '').toLowerCase(), s.replace(/\D/g, '')].some((t) => {
    for (let i = 0; i + 3 < t.length; i++) {
      const d = [1, 2, 3].map((k) => t.charCodeAt(i + k) - t.charCodeAt(i + k - 1));
      if (d.every((x) => x === 1) || d.every((x) => x === -1) || d.every((x) => x === 0)) return true;
    }
    return false;
  });
const STAND_IN = /example|sample|dummy|fake|test|your|placeholder|redacted|xxxx|secret|token|password|426614174000|deadbeef|cafebabe/i;
/** Rules about identifiers, locations or hashes rather than a credential. */
const NOT_A_CREDENTIAL = /\b(id|ids|url|uri|webhook|username|user|endpoint|hostname|host|domain|org|organization|tenant|region|account|hash|email|subdomain|instance|project|sid|public|publishable|site key|name)\b/i;

/**
 * The whole token a rule's capture sits in: a rule that captures the body after a short provider prefix joined by `.`
 * (`sl.` of a Dropbox token) is widened to the prefix, as the token is written and used whole. A longer word before
 * the value (`prospect-access-…`) is the key's name and stays outside.
 */
function wholeToken(text: string, value: string): string {
  const at = text.indexOf(value);
  const prefix = /(?:^|[^A-Za-z0-9._-])([A-Za-z]{1,4}\.)$/.exec(text.slice(0, at));
  return prefix ? prefix[1]! + value : value;
}

/** A rule example whose captured value reads as a real credential, on one line, with nothing else credential-like. */
function usable(e: RuleExample): boolean {
  const t = e.text.trim();
  const v = e.value;
  if (t.includes('\n') || NOT_A_CREDENTIAL.test(e.rule) || v.length < 16 || v.length > 200) return false;
  if (!/^[A-Za-z0-9]/.test(v) || !/[A-Za-z0-9=]$/.test(v)) return false;
  const at = t.indexOf(v);
  // The capture must be a whole token: a pattern converted from Rust syntax that cut a value short is left out.
  if (/[A-Za-z0-9]/.test(t[at - 1] ?? ' ') || /[A-Za-z0-9]/.test(t[at + v.length] ?? ' ')) return false;
  if (STAND_IN.test(v) || hasRun(v) || entropy(v) < 3.6 || v.includes('%')) return false;
  // JWT-shaped examples that are not JWTs are left out as arguable, as round 10 did; so is Square's application id
  // (`sq0idp-`, public like an OAuth client id), which its key rule also matches.
  if (v.startsWith('eyJ') || v.startsWith('sq0idp-')) return false;
  // Another long token beside the value (a second key the rule does not capture) would go unlabelled: left out.
  const rest = t.replace(v, '').replace(/[a-z_.-]{16,}/gi, '');
  return !/[A-Za-z0-9_\-+/]{16,}/.test(rest);
}

const kindOf = (rule: string): Expected['kind'] => (/password|passphrase/i.test(rule) ? 'password' : /generic|webhook signing|signing secret|encryption key|hmac/i.test(rule) ? 'secret' : 'api_key');

/** Kingfisher's and Nosey Parker's rule examples (one per rule, the first usable), in three layouts. */
export function ruleExamples(c: Collector, max: number): void {
  const src = json<{ commits: Record<string, string>; examples: RuleExample[] }>('rules.json');
  const rules = new Set<string>();
  let i = 0;
  for (const e of src.examples) {
    if (i >= max) break;
    if (rules.has(e.rule) || !usable(e)) continue;
    const value = wholeToken(e.text.trim(), e.value);
    const kind = kindOf(e.rule);
    const t = e.text.trim();
    // A third as written, a third pasted into a message, a third the value alone in a code form of another language.
    const slug = e.rule.split(/[\s.]/)[0]!.replace(/[^A-Za-z0-9]/g, '');
    const names = { name: slug[0]!.toLowerCase() + slug.slice(1), NAME: slug.toUpperCase(), Name: slug[0]!.toUpperCase() + slug.slice(1) };
    const how = i % 3 === 0 ? ', as written' : i % 3 === 1 ? `; pasted into a wording ${WRITTEN}` : `; the value alone in a code form ${WRITTEN} (the provider named as the rule names it)`;
    const wrapped = fill(pick(W.WRAP, i), { text: t, file: pick(W.FILE_NAMES, i) });
    const layouts = [t, wrapped, fill(pick(W.CODE_FORMS, i), { ...names, v: value })];
    const text = layouts[i % 3]!;
    const note = `${e.repo} ${e.path} @ ${short(src.commits[e.repo]!)} (Apache-2.0); an example of the rule "${e.rule}", the value its pattern captures${value === e.value ? '' : ' with the prefix it is joined to'} (${kind})${how}`;
    if (pushOnce(c, `${kind}:rules`, text, [{ kind, value }], note, { sourced: true })) {
      rules.add(e.rule);
      i++;
    }
  }
}

/** The rules' negative examples: strings their authors wrote to show what must not match. */
export function ruleNegatives(c: Collector, max: number): void {
  const src = json<{ commits: Record<string, string>; negatives: { repo: string; path: string; rule: string; text: string }[] }>('rules.json');
  const seen = new Set<string>();
  for (const n of src.negatives) {
    const t = n.text.trim();
    // Many negative examples are credentials of another version or shape (a negative only for that rule): a text with a
    // token of 16 or more characters holding both letters and digits is left out, so every negative kept holds none.
    const token = [...t.matchAll(/[A-Za-z0-9_\-+/.]{16,}/g)].some((m) => /\d/.test(m[0]) && /[A-Za-z]/.test(m[0]));
    if (seen.size >= max || t.length < 12 || seen.has(t) || /^(.)\1+$/.test(t) || token) continue;
    seen.add(t);
    c.push('negative:rules', t, [], `${n.repo} ${n.path} @ ${short(src.commits[n.repo]!)} (Apache-2.0); a negative example of the rule "${n.rule}", as written`);
  }
}

interface OpenCageCase {
  path: string;
  description: string;
  components: Record<string, string>;
  expected: string;
}
const OC_LOCALITY = ['city', 'town', 'village', 'hamlet', 'postcode', 'municipality', 'island'];

/** The lines of an OpenCage block from the road line to the last town/postcode line (venue and country outside). */
function openCageSpan(k: OpenCageCase): string | undefined {
  const lines = k.expected.split('\n');
  const comp = k.components;
  const road = comp.road;
  // A one-word road with neither a house number nor a postcode (`RT1`, `Postplatz`) is too little to call an address.
  if (!road || /unnamed/i.test(road) || (!comp.house_number && !comp.postcode && !/\s/.test(road.trim()))) return undefined;
  const holds = (line: string, keys: string[]) => keys.some((key) => comp[key] && line.includes(comp[key]));
  const first = lines.findIndex((l) => l.includes(road));
  if (first < 0) return undefined;
  let last = -1;
  lines.forEach((l, j) => {
    if (j > first && holds(l, OC_LOCALITY) && l.trim() !== comp.country) last = j;
  });
  if (last < 0) return undefined;
  return lines.slice(first, last + 1).join('\n');
}

/** OpenCage's expected blocks of the country files no earlier round read; every third also on one line. */
export function openCage(c: Collector): void {
  const src = json<{ commit: string; cases: OpenCageCase[] }>('opencage.json');
  let i = 0;
  for (const k of src.cases) {
    const v = openCageSpan(k);
    if (!v) continue;
    const note = `OpenCageData/address-formatting ${k.path} @ ${short(src.commit)} (MIT); the test's expected block (${k.description.split(',')[0]}), labelled from the road line to the town or postcode line (venue and country outside)`;
    const { text, value } = blockText(i, v);
    if (pushOnce(c, 'postal_address:opencage', text, [{ kind: 'postal_address', value }], `${note}; in a wording ${WRITTEN}`, { sourced: true, checkOnly: [v] })) i++;
    if (i % 3 === 0) {
      const line = v.split('\n').join(', ');
      pushOnce(c, 'postal_address:opencage-line', fill(pick(W.ADDRESS_LINE, i + 3), { v: line }), [{ kind: 'postal_address', value: line }], `${note}; its lines joined with commas, in a wording ${WRITTEN}`, { sourced: true });
    }
  }
}

/** manycoding/address-parser's test strings with a house number or unit, a street and a town (country outside). */
export function manycoding(c: Collector): void {
  const src = json<{ repo: string; path: string; commit: string; strings: string[] }>('manycoding.json');
  let i = 0;
  for (const s of src.strings) {
    const parts = s.split(/,\s*/);
    const country = /^(United States|United Kingdom|Switzerland|Germany|Malaysia|Australia|Canada|India)$/.test(parts.at(-1)!) ? parts.pop() : undefined;
    const start = parts.findIndex((p) => /\d/.test(p) && /[A-Za-z]{3}/.test(p));
    if (start < 0 || start > 1 || parts.length - start < 2) continue;
    const end = country ? s.lastIndexOf(`, ${country}`) : s.length;
    const v = s.slice(s.indexOf(parts[start]!), end);
    if (end < 0 || !v.includes(parts.at(-1)!)) continue;
    const venue = start === 1 ? `, ${parts[0]}` : '';
    const note = `${src.repo} ${src.path} @ ${short(src.commit)} (Unlicense); a test input, labelled from the house number to the town/postcode (${country ? 'country' : ''}${venue ? ' and venue' : ''} outside); in a wording ${WRITTEN}`;
    if (pushOnce(c, 'postal_address:manycoding', fill(pick(W.ADDRESS_LINE, i + 7), { v: s }), [{ kind: 'postal_address', value: v }], note, { sourced: true, checkOnly: [v] })) i++;
  }
}

const util = lib.PhoneNumberUtil.getInstance();
/** Arabic-Indic digits as ASCII, for libphonenumber. */
const ascii = (s: string) => s.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660));
/** Valid for the number's own country code, or as a national number of a region the corpus writes (US, FR, BR). */
function validPhone(number: string): boolean {
  for (const region of ['US', 'FR', 'BR']) {
    try {
      if (util.isValidNumber(util.parse(ascii(number).replace(/[()]/g, ' '), region))) return true;
    } catch {
      // Not a number libphonenumber can parse for this region: try the next.
    }
  }
  return false;
}

/**
 * facebook/duckling's phone and e-mail corpora: the strings its tests resolve as a phone number (in ASCII and in
 * Arabic-Indic digits) or an e-mail address; a phone is kept where libphonenumber calls it valid, its extension outside
 * the label; the negative corpora's strings are negatives.
 */
export function duckling(c: Collector): void {
  const src = json<{ commit: string; files: { path: string; kind: 'phone' | 'email'; positives: string[]; negatives: string[] }[] }>('duckling.json');
  let i = 0;
  for (const f of src.files) {
    const from = `facebook/duckling ${f.path} @ ${short(src.commit)} (BSD-3-Clause)`;
    for (const p of f.positives) {
      const v = f.kind === 'phone' ? p.replace(/\s+(?:ext\.?|x|ramal|فرعي)\s+\S+$/, '') : p;
      if (f.kind === 'phone' && !validPhone(v)) continue;
      const text = fill(pick(f.kind === 'phone' ? W.PHONE : W.EMAIL_PROSE, i), { v: p });
      const how = v === p ? 'as written' : 'the extension outside the label';
      if (pushOnce(c, `${f.kind}:duckling`, text, [{ kind: f.kind, value: v }], `${from}; a corpus input, ${how}; in a wording ${WRITTEN}`, { sourced: true })) i++;
    }
    for (const n of f.negatives) if (n.trim().length >= 5) c.push('negative:duckling', n, [], `${from}; a negative-corpus string, as written`);
  }
}

interface IlibCase {
  path: string;
  test: string;
  locale: string;
  input: string;
}

/**
 * iLib's address tests of the countries no earlier round read from iLib: the test's input as written (recipient,
 * company and country in the text), the span marked by hand in ilib-spans.ts labelled; every third input bare, the
 * others in a wording of this round. The first test input holding the span is used (not the ones with tabs and
 * stray whitespace, which test the parser's tolerance rather than a way people write).
 */
export function ilib(c: Collector): void {
  const src = json<{ commit: string; cases: IlibCase[] }>('ilib.json');
  const plainBlocks = W.ADDRESS_BLOCK.filter((t) => t.includes('{v}'));
  ILIB_SPANS.forEach((span, i) => {
    const to = span.to ?? span.from;
    const k = src.cases.find((x) => x.path.endsWith(`_${span.cc}.js`) && !/[\t\r]/.test(x.input) && x.input.includes(span.from) && x.input.indexOf(to, x.input.indexOf(span.from)) >= 0);
    if (!k) throw new Error(`no iLib input for ${span.cc} ${span.from}`);
    const input = k.input.trim();
    const at = input.indexOf(span.from);
    const value = input.slice(at, input.indexOf(to, at) + to.length);
    const note = `iLib-js/ilib-mono ${k.path} ${k.test} @ ${short(src.commit)} (Apache-2.0); the test's input, labelled by hand from the street, box or postcode to the town, postcode or region (name, venue and country outside)`;
    const how = i % 3 === 0 ? 'as written' : `in a wording ${WRITTEN}`;
    const text = i % 3 === 0 ? input : fill(input.includes('\n') ? pick(plainBlocks, i) : pick(W.ADDRESS_LINE, i + 2), { v: input });
    pushOnce(c, `postal_address:ilib-${span.cc}`, text, [{ kind: 'postal_address', value }], `${note}; ${how}`, { sourced: true, checkOnly: [value] });
  });
}
