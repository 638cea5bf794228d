// What keeping each conversation's export lines costs in storage (src/core/export/kept-lines.ts): the bytes of the
// rows the background makes for the scale bench's conversations, per answer and per file, beside the events they
// come from: the lines' UTF-8 bytes, what the row stores (deflated, src/core/export/kept-bytes.ts), and what other
// deflate levels would take; and the CPU the background spends making them (lines and deflate, apart).
// `npx tsx scripts/bench/export-lines-size.ts --conversations 2000`
import { deflateRawSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { linesMaker, SPAN_DETECTOR } from '../../src/background/derived-upkeep';
import { inflateKept } from '../../src/core/export/kept-bytes';
import { conversationKey } from '../../src/core/events';
import { deriveConversation } from '../../src/store/derived';
import { conversation } from './scale-data';

const { values } = parseArgs({ options: { conversations: { type: 'string', default: '2000' } } });
const n = Number(values.conversations);
const maker = linesMaker('0.1.0');
const byFile = new Map<string, number>();
let answers = 0;
let events = 0;
let lineBytes = 0;
let rowBytes = 0;
let stored = 0;
let deflated1 = 0;
let deflated6 = 0;
let cpu = 0;
let inflateCpu = 0;
for (let i = 0; i < n; i++) {
  const list = conversation(i);
  const conv = conversationKey(list[0]!.site, list[0]!.conversationId);
  answers += list.filter((e) => e.kind === 'response').length;
  events += JSON.stringify(list).length;
  const { labels } = deriveConversation(conv, list);
  const redactionSpans = SPAN_DETECTOR.detect(list);
  const started = performance.now(); // the lines alone: labels and spans are the upkeep's already
  const row = (await maker.make(conv, list, { labels: labels.labels!, redactionSpans }))!;
  cpu += performance.now() - started;
  const inflating = performance.now();
  const bytes = await inflateKept(row.deflated);
  inflateCpu += performance.now() - inflating;
  lineBytes += bytes.length;
  stored += row.deflated.length;
  const { deflated: _deflated, ...rest } = row;
  rowBytes += row.deflated.length + JSON.stringify(rest).length;
  deflated1 += deflateRawSync(bytes, { level: 1 }).length;
  deflated6 += deflateRawSync(bytes, { level: 6 }).length;
  for (const [file, bytes] of row.files) byFile.set(file, (byFile.get(file) ?? 0) + bytes);
}
const per = (b: number) => `${(b / answers).toFixed(0)} B`;
console.log(`${n} conversations, ${answers} answers; per answer:`);
console.log(`  events as stored (JSON of the events, about what IndexedDB holds): ${per(events)}`);
console.log(`  kept lines: ${per(lineBytes)} of UTF-8, stored deflated ${per(stored)}, ${per(rowBytes)} with stamp, counts and tally`);
for (const [file, bytes] of [...byFile].sort((a, b) => b[1] - a[1])) console.log(`    ${file}: ${per(bytes)}`);
console.log(`  each row's bytes deflated alone: level 1 ${per(deflated1)}, level 6 ${per(deflated6)}`);
const perK = (ms: number) => `${((ms / answers) * 1000).toFixed(0)} ms per 1,000 answers`;
console.log(`  making the lines from the kept labels and spans and deflating them, in this process: ${perK(cpu)}`);
console.log(`  inflating them again (the export's share): ${perK(inflateCpu)}`);
