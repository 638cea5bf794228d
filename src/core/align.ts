// Aligns text the user pasted (or re-sent) with what the assistant gave them: which earlier answer, code block or
// copied text it resembles, how closely, and the diff from that text to the pasted one. A paste-back that is an
// edited version of copied code is the user's own refinement, Echo's strongest signal. Pure; bounded cost.
// The two diffs by their own modules: the package's index builds every differ at load, which content scripts
// (that carry this file for paste-back alignment) would ship whole.
import { diffLines } from 'diff/lib/diff/line.js';
import { diffWordsWithSpace } from 'diff/lib/diff/word.js';
import type { DiffOp } from './events';

/** Texts longer than this are compared by token overlap only (no diff), to keep the page fast. */
const MAX_DIFF_CHARS = 60_000;
const MIN_SIMILARITY = 0.35;

export interface AlignCandidate {
  messageId: string;
  via: 'answer' | 'copy';
  copyEventId?: string;
  text: string;
}

export interface AlignMatch {
  messageId: string;
  via: 'answer' | 'copy';
  copyEventId?: string;
  similarity: number;
  diff: DiffOp[];
}

const looksLikeCode = (s: string) => s.includes('\n') && /[{}();=<>[\]]|^\s{2,}\S/m.test(s);

/** Diff from `before` to `after`: lines for code, words (keeping whitespace) for prose. */
export function textDiff(before: string, after: string): DiffOp[] {
  const changes = looksLikeCode(before) || looksLikeCode(after) ? diffLines(before, after) : diffWordsWithSpace(before, after);
  const ops: DiffOp[] = [];
  for (const c of changes) {
    const op = c.added ? 'insert' : c.removed ? 'delete' : 'equal';
    const last = ops[ops.length - 1];
    if (last && last.op === op) last.text += c.value;
    else ops.push({ op, text: c.value });
  }
  return ops;
}

function tokens(s: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of s.toLowerCase().match(/[\p{L}\p{N}_]+|[^\s\p{L}\p{N}_]/gu) ?? []) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

/** Dice coefficient over token multisets: cheap and order-insensitive, a first filter. */
export function tokenSimilarity(a: string, b: string): number {
  const ta = tokens(a);
  const tb = tokens(b);
  let common = 0;
  let total = 0;
  for (const n of ta.values()) total += n;
  for (const n of tb.values()) total += n;
  for (const [t, n] of ta) common += Math.min(n, tb.get(t) ?? 0);
  return total ? (2 * common) / total : 0;
}

/** Share of characters the diff keeps. */
export function diffSimilarity(before: string, after: string, diff: DiffOp[]): number {
  const kept = diff.filter((d) => d.op === 'equal').reduce((n, d) => n + d.text.length, 0);
  const total = before.length + after.length;
  return total ? Math.min(1, (2 * kept) / total) : 1;
}

export function alignText(pasted: string, candidates: readonly AlignCandidate[], max = 3): AlignMatch[] {
  if (!pasted.trim()) return [];
  const scored = candidates
    .filter((c) => c.text.trim())
    .map((c) => ({ c, rough: tokenSimilarity(pasted, c.text) }))
    .filter((s) => s.rough >= MIN_SIMILARITY)
    .sort((a, b) => b.rough - a.rough || (a.c.via === 'copy' ? -1 : 1))
    .slice(0, max * 2);
  const matches: AlignMatch[] = [];
  for (const { c, rough } of scored) {
    const small = pasted.length + c.text.length <= MAX_DIFF_CHARS;
    const diff = small ? textDiff(c.text, pasted) : [];
    const similarity = small ? diffSimilarity(c.text, pasted, diff) : rough;
    if (similarity < MIN_SIMILARITY) continue;
    matches.push({
      messageId: c.messageId,
      via: c.via,
      ...(c.copyEventId ? { copyEventId: c.copyEventId } : {}),
      similarity: Math.round(similarity * 1000) / 1000,
      diff,
    });
  }
  return matches.sort((a, b) => b.similarity - a.similarity).slice(0, max);
}
