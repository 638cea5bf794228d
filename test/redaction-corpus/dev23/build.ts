// Builds round 23's dev supplement of real addresses (dev23/real-addresses.jsonl): addresses written in scripts other
// than Latin and Japanese, and of countries earlier real sets barely held (China, Taiwan, Korea, Russia and its
// neighbours, the Arab countries, India in eight scripts, Thailand, Greece, Israel). Sources in sources/*.json, read
// by sources/read-*.py from local git mirrors. Nothing here loads the rules; round 23's untouched folder is neither read
// nor indexed. Values an earlier round's file already holds are dropped (the kit's index over round3 … round22, dev22
// and the older files), so the supplement adds addresses dev did not have.
// Run: npx tsx test/redaction-corpus/dev23/build.ts
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Collector } from '../kit/collector';
import { earlierIndex } from '../kit/earlier';
import { freshItems } from '../kit/fresh';
import { summarise, writeJsonl } from '../kit/item';
import { fill, pick } from '../kit/template';
import { BLOCKS, FIELDS, QUERIES, SENTENCES, scriptOf } from './wordings';

const here = fileURLToPath(new URL('.', import.meta.url));
const corpusDir = join(here, '..');
const earlier = earlierIndex(corpusDir, ['round21', 'round22', 'dev22'], ['dev23', 'kit']);
const c = new Collector('d23', earlier);

/** A typed search: lower case, no commas, one line. */
const typed = (v: string): string =>
  v.toLowerCase().replace(/\s*[,，、]\s*/g, ' ').replace(/\s*\n\s*/g, ' ').replace(/[ \t]{2,}/g, ' ').trim();

let n = 0;
function add(stratum: string, address: string, note: string): void {
  const script = scriptOf(address);
  const layout = n++ % 4;
  const multiLine = address.includes('\n');
  let value: string;
  let text: string;
  if (layout === 0 && multiLine) {
    value = address;
    text = fill(pick(BLOCKS, n), { v: value });
  } else if (layout === 1) {
    value = typed(address);
    text = fill(pick(QUERIES[script], n), { v: value });
  } else if (layout === 2) {
    value = multiLine ? address.split(/\s*\n\s*/).join(', ') : address;
    text = fill(pick(FIELDS, n), { v: value });
  } else {
    value = multiLine ? address.split(/\s*\n\s*/).join(', ') : address;
    text = fill(pick(SENTENCES[script], n), { v: value });
  }
  c.push(stratum, text, [{ kind: 'postal_address', value }], note, { sourced: true });
}

interface IlibCase { file: string; country: string; locale: string; text: string; value: string }
const ilib = JSON.parse(readFileSync(join(here, 'sources/ilib.json'), 'utf8')) as { commit: string; cases: IlibCase[] };
for (const k of ilib.cases) {
  // Only addresses of three words or more (a town and a postcode alone are left out).
  if (k.value.split(/[\s,،]+/u).filter(Boolean).length < 3) continue;
  const note = `iLib-js/ilib-mono @ ${ilib.commit.slice(0, 12)} ${k.file} (Apache-2.0): a parser test input (${k.locale}), from the first address field to the last (recipient line and country outside)`;
  add(`postal_address:ilib-${k.country}`, k.value, note);
}

interface Other { repository: string; commit?: string; commits?: string[]; path?: string; licence: string; addresses: string[] }
const others = JSON.parse(readFileSync(join(here, 'sources/others.json'), 'utf8')) as Record<string, Other>;
const ABOUT: Record<string, string> = {
  cpca: 'tests/addr.csv: a company address as posted (every 120th row holding a number and a road word)',
  natasha: "the address grammar's test inputs",
  dadata: "tests/test_sync.py: a suggestion's address",
  atlas: 'test/countries/atlas_engine/kr/validation_transcriber/address_parser_test.rb: a parser test input',
  zipcodetw: 'test.py: an address the tests parse',
};
for (const [name, src] of Object.entries(others)) {
  const at = src.commit ? src.commit.slice(0, 12) : (src.commits ?? []).map((x) => x.slice(0, 12)).join(' and ');
  for (const a of src.addresses) {
    // Fragments (a road name alone, a building part in brackets) and layout variants of one address are left out.
    if (!/\s|[市縣区區]/.test(a) || /^\(/.test(a) || (name === 'zipcodetw' && /[\s,，\u3000]/.test(a))) continue;
    add(`postal_address:${name}`, a, `${src.repository} @ ${at} (${src.licence}): ${ABOUT[name]}; labelled whole`);
  }
}

const fresh = freshItems(c.items, earlier);
writeJsonl(join(here, 'real-addresses.jsonl'), fresh.items);
const scripts: Record<string, number> = {};
for (const it of fresh.items) {
  const s = scriptOf(it.expected[0]!.value);
  scripts[s] = (scripts[s] ?? 0) + 1;
}
const perSource: Record<string, number> = {};
for (const it of fresh.items) {
  const s = it.id.split(':')[2]!.replace(/^ilib-.*/, 'ilib');
  perSource[s] = (perSource[s] ?? 0) + 1;
}
const countries = new Set(fresh.items.map((it) => it.id.split(':')[2]));
console.log(summarise(fresh.items), { dropped: c.dropped.length, seenEarlier: fresh.seenEarlier.length, twice: fresh.twiceInRound, scripts, perSource, ilibCountries: [...countries].filter((x) => x?.startsWith('ilib-')).length });
if (process.env.VERBOSE) for (const d of c.dropped) console.log('dropped', d);
