// False positives of the secret kinds on real files: what a person pasting code would see redacted for nothing.
// The sample is the one rounds 6 and 7 measured by hand ("Real files" in docs/redaction.md), now written down:
// every 7th file of the sorted list of .js/.mjs/.cjs/.ts/.map/.md/.json/.lock/.yaml/.yml files under 400 KB in
// `node_modules`, every secret kind at the `secrets` level. The files are published packages, not chat text, so every
// span is a false positive unless it is a literal credential in a test or README (printed, to be read).
// `--level standard|strict` runs a higher level (round 20: the strict level's shape rules), counting spans by kind too.
//   npx tsx scripts/redaction-real-files.ts [--list] [--rule <id>] [--level <level>]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detect } from '../src/core/redaction';
import { REDACTION_LEVELS, type RedactionLevel } from '../src/core/redaction/types';

const root = fileURLToPath(new URL('../node_modules/', import.meta.url));
const EXT = /\.(?:js|mjs|cjs|ts|map|md|json|lock|yaml|yml)$/;
const list = process.argv.includes('--list');
const ruleAt = process.argv.indexOf('--rule');
const onlyRule = ruleAt === -1 ? null : process.argv[ruleAt + 1];
const levelAt = process.argv.indexOf('--level');
const level = (levelAt === -1 ? 'secrets' : process.argv[levelAt + 1]) as RedactionLevel;
if (!REDACTION_LEVELS.includes(level)) throw new Error(`--level: one of ${REDACTION_LEVELS.join(', ')}`);

function walk(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (entry.isFile() && EXT.test(entry.name)) out.push(path);
  }
}

const all: string[] = [];
walk(root, all);
all.sort();
const files = all.filter((_, i) => i % 7 === 0).filter((path) => statSync(path).size < 400 * 1024);
let bytes = 0;
const byRule = new Map<string, number>();
const byKind = new Map<string, number>();
let total = 0;
for (const path of files) {
  const text = readFileSync(path, 'utf8');
  bytes += text.length;
  for (const span of detect(text, { level })) {
    if (onlyRule && span.rule !== onlyRule) continue;
    total++;
    byRule.set(span.rule, (byRule.get(span.rule) ?? 0) + 1);
    byKind.set(span.kind, (byKind.get(span.kind) ?? 0) + 1);
    if (list) {
      const line = text.slice(Math.max(0, span.start - 60), Math.min(text.length, span.end + 30)).replace(/\s+/g, ' ');
      console.log(`${span.rule}\t${relative(root, path)}\t${JSON.stringify(text.slice(span.start, span.end).slice(0, 80))}\t${line}`);
    }
  }
}
console.log(`${files.length} files, ${(bytes / 1e6).toFixed(1)} MB, ${total} spans at level ${level}`);
if (level !== 'secrets') console.log(`  by kind: ${[...byKind].sort((a, b) => b[1] - a[1]).map(([kind, n]) => `${kind} ${n}`).join(', ')}`);
for (const [rule, count] of [...byRule].sort((a, b) => b[1] - a[1])) console.log(`  ${rule}: ${count}`);
