// The shape check of a round's split, without running any rule: every line parses, ids are unique, kinds are
// redaction kinds, every expected value occurs in its text, every item has a note naming its source.
import { readFileSync } from 'node:fs';
import { KINDS } from './item';

export function shapeProblems(file: string): { lines: number; problems: string[] } {
  const kinds = new Set<string>(KINDS);
  const ids = new Set<string>();
  const problems: string[] = [];
  const lines = readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '');
  lines.forEach((line, n) => {
    let item: { id?: unknown; text?: unknown; expected?: unknown; note?: unknown };
    try {
      item = JSON.parse(line) as typeof item;
    } catch {
      problems.push(`line ${n + 1}: not JSON`);
      return;
    }
    const where = `line ${n + 1} (${String(item.id)})`;
    if (typeof item.id !== 'string' || ids.has(item.id)) problems.push(`${where}: missing or duplicate id`);
    ids.add(String(item.id));
    if (typeof item.text !== 'string' || item.text === '') problems.push(`${where}: no text`);
    if (typeof item.note !== 'string' || item.note === '') problems.push(`${where}: no note naming the source`);
    if (!Array.isArray(item.expected)) {
      problems.push(`${where}: expected is not an array`);
      return;
    }
    for (const e of item.expected as { kind?: unknown; value?: unknown }[]) {
      if (typeof e.kind !== 'string' || !kinds.has(e.kind)) problems.push(`${where}: unknown kind ${String(e.kind)}`);
      if (typeof e.value !== 'string' || e.value === '' || !String(item.text).includes(e.value)) problems.push(`${where}: value not in text: ${String(e.value)}`);
    }
  });
  return { lines: lines.length, problems };
}
