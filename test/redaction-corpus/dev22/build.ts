// Builds round 22's dev supplement of real addresses (dev22/real-addresses.jsonl): the address lines of
// OpenCageData/address-formatting's country test cases (real OpenStreetMap places; sources/address-formatting.json,
// read by sources/read-address-formatting.py), put as people write them. Nothing here loads the rules, and round 22's
// untouched folder is neither read nor indexed. Values an earlier round's file already holds are dropped (the kit's
// index over round3 … round21 and the older files), so the supplement adds addresses dev did not have.
// Run: npx tsx test/redaction-corpus/dev22/build.ts
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Collector } from '../kit/collector';
import { earlierIndex } from '../kit/earlier';
import { freshItems } from '../kit/fresh';
import { summarise, writeJsonl } from '../kit/item';
import { fill, pick } from '../kit/template';
import { BLOCK_FRAMES, FIELD_FRAMES, JA_FRAMES, LINE_FRAMES, QUERY_FRAMES } from './wordings';

interface Case { file: string; country_code: string; lines: string[]; country: string[] }
const here = fileURLToPath(new URL('.', import.meta.url));
const corpusDir = join(here, '..');
const source = JSON.parse(readFileSync(join(here, 'sources/address-formatting.json'), 'utf8')) as { commit: string; cases: Case[] };
const earlier = earlierIndex(corpusDir, ['round20', 'round21'], ['round22', 'dev22', 'kit']);
const c = new Collector('d22', earlier);
const at = `OpenCageData/address-formatting @ ${source.commit.slice(0, 12)}`;

source.cases.forEach((k, i) => {
  const note = `${at} ${k.file} (MIT): the address lines of a test case's expected block (venue and country lines outside the label)`;
  const block = k.lines.join('\n');
  const line = k.lines.join(', ');
  const country = k.country.join(' ');
  const layout = i % 4;
  let text: string;
  let value: string;
  if (layout === 0) {
    value = block;
    text = fill(pick(BLOCK_FRAMES, i >> 2), { v: country ? `${block}\n${country}` : block });
  } else if (layout === 1) {
    value = line;
    text = fill(pick(LINE_FRAMES, i >> 2), { v: country ? `${line}, ${country}` : line });
  } else if (layout === 2) {
    // A search query: lower case, no commas (letters of caseless scripts stay as written).
    value = k.lines.join(' ').toLowerCase();
    text = fill(pick(QUERY_FRAMES, i >> 2), { v: value });
  } else {
    value = line;
    text = fill(pick(FIELD_FRAMES, i >> 2), { v: line, country });
  }
  c.push('postal_address:address-formatting', text, [{ kind: 'postal_address', value }], note, { sourced: true });
});

// libpostal's parser inputs as written (venue names and a trailing country stay outside the label).
const libpostal = JSON.parse(readFileSync(join(here, 'sources/libpostal.json'), 'utf8')) as { commit: string; cases: { text: string; value: string }[] };
libpostal.cases.forEach((k, i) => {
  const note = `openvenues/libpostal @ ${libpostal.commit.slice(0, 12)} test/test_parser.c (MIT): a parser test input as written; labelled from the first address component to the last before a country`;
  const text = i % 2 ? k.text : fill(pick(LINE_FRAMES, i + 5), { v: k.text });
  c.push('postal_address:libpostal', text, [{ kind: 'postal_address', value: k.value }], note, { sourced: true });
});

// geolonia's Japanese addresses as typed (the reader's sample of every 30th row).
const geolonia = JSON.parse(readFileSync(join(here, 'sources/geolonia.json'), 'utf8')) as { commit: string; addresses: string[] };
geolonia.addresses.forEach((a, i) => {
  const note = `geolonia/normalize-japanese-addresses @ ${geolonia.commit.slice(0, 12)} test/addresses/addresses.csv (MIT): an address as typed, labelled whole`;
  c.push('postal_address:geolonia', fill(pick(JA_FRAMES, i), { v: a }), [{ kind: 'postal_address', value: a }], note, { sourced: true });
});

const fresh = freshItems(c.items, earlier);
writeJsonl(join(here, 'real-addresses.jsonl'), fresh.items);
const countries = new Set(fresh.items.map((it) => /countries\/(\w+)\.yaml/.exec(it.note ?? '')?.[1]));
const counts = { dropped: c.dropped.length, seenEarlier: fresh.seenEarlier.length, twice: fresh.twiceInRound, countries: countries.size };
console.log(summarise(fresh.items), counts);
