// What deflate costs at each level a browser extension could use, on an export's own bytes: every file of a bundle
// (the zip export-node.ts writes with `--out`) deflated whole by the native CompressionStream (zlib at its fixed
// level 6, what the export uses), by fflate (JavaScript) at levels 1-6, and by Node's zlib at levels 1 and 6 (the
// native speed a level would have, were CompressionStream to take one: it does not). Prints CPU-ms per 1,000 answers
// and the zip's deflated bytes, paired in one process, `--rounds` times:
// `npx tsx scripts/bench/export-node.ts --answers 8000 --formats sft,sft-prompt-completion,preference,kto,completions
// --out /tmp/e.zip && npx tsx scripts/bench/export-deflate.ts --zip /tmp/e.zip --answers 8000` (docs/export-format.md,
// Round 14).
import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { deflateSync, unzipSync } from 'fflate';
import { nativeCompressor } from '../../src/core/export/compressor';

const { values } = parseArgs({
  options: {
    zip: { type: 'string' },
    answers: { type: 'string' },
    rounds: { type: 'string', default: '2' },
  },
});
if (!values.zip || !values.answers) throw new Error('--zip FILE (an export, export-node.ts --out) and --answers N (its answers)');
const files = Object.entries(unzipSync(readFileSync(values.zip)))
  .filter(([name]) => name !== 'manifest.json')
  .map(([, bytes]) => bytes);
const total = files.reduce((n, f) => n + f.length, 0);
const thousands = Number(values.answers) / 1000;

/** The export's own compressor, fed in the bundle writer's slices of 256 KB. */
async function native(file: Uint8Array): Promise<number> {
  let out = 0;
  const c = nativeCompressor((chunk) => void (out += chunk.length));
  for (let at = 0; at < file.length; at += 256 * 1024) await c.push(file.subarray(at, at + 256 * 1024));
  await c.finish();
  return out;
}

const levels = [1, 2, 3, 4, 6] as const;
const ways: [string, (f: Uint8Array) => number | Promise<number>][] = [
  ['CompressionStream (zlib 6)', native],
  ['node zlib 1 (no browser API)', (f) => deflateRawSync(f, { level: 1 }).length],
  ['node zlib 6', (f) => deflateRawSync(f, { level: 6 }).length],
  ...levels.map((level): [string, (f: Uint8Array) => number] => [`fflate ${level}`, (f) => deflateSync(f, { level }).length]),
];

console.log(`${files.length} files, ${(total / 1e6).toFixed(1)} MB (${(total / 1e3 / thousands / 1e3).toFixed(2)} KB per answer)`);
for (let round = 0; round < Number(values.rounds); round++) {
  for (const [name, deflate] of ways) {
    const cpu0 = process.cpuUsage();
    let out = 0;
    for (const f of files) out += await deflate(f);
    const cpu = process.cpuUsage(cpu0);
    const ms = (cpu.user + cpu.system) / 1000;
    console.log(`  ${name.padEnd(30)} ${(ms / thousands).toFixed(1).padStart(6)} CPU-ms per 1,000 answers  ${(out / 1e6).toFixed(2)} MB deflated`);
  }
}
