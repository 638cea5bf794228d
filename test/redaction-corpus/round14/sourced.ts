// Round 14's sourced address strata — OpenCage's expected blocks of the country files no earlier round read,
// manycoding's test strings, iLib's test inputs with spans marked by hand — and what every stratum of the round shares:
// the reader of sources/*.json, the round-wide "no value twice" guard and the address-block layouts. The scanner rule
// examples are in rule-examples.ts, duckling's corpora in duckling.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Collector } from '../kit/collector';
import { fill, pick } from '../kit/template';
import { ILIB_SPANS } from './ilib-spans';
import * as W from './wordings';

const here = new URL('.', import.meta.url).pathname;
export const WRITTEN = 'written for round 14';
export const json = <T>(name: string): T => JSON.parse(readFileSync(join(here, 'sources', name), 'utf8')) as T;
export const short = (commit: string) => commit.slice(0, 12);

// One "no value twice" guard for the whole build: round 13's pushOnce (its password forms run in this build too, so
// their values and this round's share the guard) rather than a copy of it.
import { pushOnce } from '../round13/sourced';

export { pushOnce };

const LAYOUTS: Record<string, (block: string) => string> = {
  indented: (block) => block.replace(/\n/g, '\n  '),
  quoted: (block) => block.replace(/\n/g, '\n> '),
};
/** An address block in one of this round's multi-line wordings; a YAML block scalar or a `> ` quote is part of the value. */
export function blockText(i: number, block: string): { text: string; value: string } {
  const t = pick(W.ADDRESS_BLOCK, i);
  const slot = /\{(indented|quoted)\}/.exec(t)?.[1];
  const value = slot ? LAYOUTS[slot]!(block) : block;
  return { text: fill(t, { [slot ?? 'v']: value }), value };
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
