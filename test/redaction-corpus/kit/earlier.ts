// The earlier rounds' files as one index, so a new round's untouched split holds no value an earlier round (its dev
// split) already has: a value counts as seen when it occurs in any earlier file as written, JSON-escaped, or — for
// labelled values — with spaces, dashes and case removed (a card, IBAN or phone in another layout). Every round's
// build fails when an earlier folder is missing, as a missing folder would let old values through silently.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface EarlierIndex {
  /** A value some earlier file holds (as written, JSON-escaped, or normalised among the labelled values). */
  seen(value: string): boolean;
  /** Whether an earlier file mentions this string at all (package names of negative windows, file paths). */
  mentions(text: string): boolean;
}

/** Letters and digits only, lower case: the layout-free form of a card, IBAN or phone. */
export const normalise = (value: string): string => value.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * Reads every .jsonl/.ts/.md file under `corpusDir` except the folders in `exclude` (this round's own, the shared
 * kit) and checks that each folder of `required` exists.
 */
export function earlierIndex(corpusDir: string, required: readonly string[], exclude: readonly string[]): EarlierIndex {
  const present = readdirSync(corpusDir);
  for (const dir of required) if (!present.includes(dir)) throw new Error(`earlier round missing: ${dir}`);
  const skip = new Set(exclude.map((dir) => join(corpusDir, dir)));
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (skip.has(path)) continue;
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(jsonl|ts|md)$/.test(entry)) files.push(readFileSync(path, 'utf8'));
    }
  };
  walk(corpusDir);
  const text = files.join('\n');
  const labelled = new Set<string>();
  for (const line of text.split('\n')) {
    if (!line.startsWith('{')) continue;
    try {
      for (const e of (JSON.parse(line) as { expected?: { value?: unknown }[] }).expected ?? []) {
        if (typeof e.value !== 'string') continue;
        const n = normalise(e.value);
        if (n.length >= 6) labelled.add(n);
      }
    } catch {
      // A line of a .ts or .md file that starts with a brace: not a corpus item.
    }
  }
  return {
    seen: (value) => text.includes(value) || text.includes(JSON.stringify(value).slice(1, -1)) || labelled.has(normalise(value)),
    mentions: (s) => text.includes(s),
  };
}
