// What keeping each conversation's export lines costs in storage (src/core/export/kept-lines.ts): the bytes of the
// rows the background makes for the scale bench's conversations, per answer and per file, beside the events they
// come from, and what they would take deflated (whole rows, each row alone, as IndexedDB would hold them).
// `npx tsx scripts/bench/export-lines-size.ts --conversations 2000`
import { deflateRawSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { linesMaker, SPAN_DETECTOR } from '../../src/background/derived-upkeep';
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
let deflated1 = 0;
let deflated6 = 0;
let cpu = 0;
for (let i = 0; i < n; i++) {
  const list = conversation(i);
  const conv = conversationKey(list[0]!.site, list[0]!.conversationId);
  answers += list.filter((e) => e.kind === 'response').length;
  events += JSON.stringify(list).length;
  const { labels } = deriveConversation(conv, list);
  const redactionSpans = SPAN_DETECTOR.detect(list);
  const started = performance.now(); // the lines alone: labels and spans are the upkeep's already
  const row = maker.make(conv, list, { labels: labels.labels!, redactionSpans })!;
  cpu += performance.now() - started;
  lineBytes += row.bytes.length;
  const { bytes: _bytes, ...rest } = row;
  rowBytes += row.bytes.length + JSON.stringify(rest).length;
  deflated1 += deflateRawSync(row.bytes, { level: 1 }).length;
  deflated6 += deflateRawSync(row.bytes, { level: 6 }).length;
  for (const [file, bytes] of row.files) byFile.set(file, (byFile.get(file) ?? 0) + bytes);
}
const per = (b: number) => `${(b / answers).toFixed(0)} B`;
console.log(`${n} conversations, ${answers} answers; per answer:`);
console.log(`  events as stored (JSON of the events, about what IndexedDB holds): ${per(events)}`);
console.log(`  kept lines: ${per(lineBytes)} of bytes, ${per(rowBytes)} with stamp, counts and tally`);
for (const [file, bytes] of [...byFile].sort((a, b) => b[1] - a[1])) console.log(`    ${file}: ${per(bytes)}`);
console.log(`  each row's bytes deflated alone: level 1 ${per(deflated1)}, level 6 ${per(deflated6)}`);
console.log(`  making the lines from the kept labels and spans, in this process: ${((cpu / answers) * 1000).toFixed(0)} ms per 1,000 answers`);
