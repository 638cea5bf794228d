// The no-earlier-value check every round's untouched split runs without running any rule: no item's text, and no
// expected value of a positive, may occur in an earlier round's files (the kit's index over the folders a round names:
// as written, JSON-escaped, or layout-free among the labelled values). Each round's `check-earlier.ts` names its
// folders and calls this; it prints the problems and exits 1 when there are any.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { earlierIndex } from './earlier';
import type { Item } from './item';

export function checkEarlier(roundDir: string, earlierFolders: readonly string[], ownFolders: readonly string[]): void {
  const earlier = earlierIndex(join(roundDir, '..'), [...earlierFolders], [...ownFolders]);
  const items = readFileSync(join(roundDir, 'untouched.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Item);
  const problems: string[] = [];
  for (const item of items) {
    if (earlier.mentions(item.text)) problems.push(`${item.id}: text in an earlier file`);
    for (const e of item.expected) if (earlier.seen(e.value)) problems.push(`${item.id}: ${e.kind} value in an earlier file: ${e.value}`);
  }
  console.log(`${items.length} items checked against earlier rounds, ${problems.length} problems`);
  for (const p of problems) console.log(p);
  if (problems.length) process.exit(1);
}
