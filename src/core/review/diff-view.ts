// Diffs as the review page shows them: word level for prose, line level for code; inline or split into the old
// and new sides. Inputs are bounded (a 5 MB answer against another would take seconds): long texts are diffed on
// their first MAX_DIFF_CHARS, and a diff that exceeds its time budget is shown as a plain replacement.
import { diffLines, diffWordsWithSpace } from 'diff';

export type DiffGranularity = 'words' | 'lines';
export interface DiffPart {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}
export interface DiffResult {
  parts: DiffPart[];
  granularity: DiffGranularity;
  truncated: boolean;
  /** The diff ran out of time; parts hold the whole old text deleted and the whole new text inserted. */
  gaveUp: boolean;
}

export const MAX_DIFF_CHARS = 50_000;
const TIME_BUDGET_MS = 300;

/** Fenced blocks, or several lines most of which look like code (indentation, brackets, semicolons, keywords). */
export function looksLikeCode(text: string): boolean {
  if (/```/.test(text)) return true;
  const lines = text.split('\n').filter((l) => l.trim());
  if (lines.length < 2) return false;
  const codeish = lines.filter((l) => /^(\s{2,}|\t)|[{};]\s*$|^\s*(def|class|function|const|let|var|import|return|if|for|while|#include|fn|pub)\b|=>|\(\)/.test(l));
  return codeish.length / lines.length >= 0.5;
}

export function diffTexts(before: string, after: string, granularity: DiffGranularity | 'auto' = 'auto'): DiffResult {
  const g: DiffGranularity = granularity === 'auto' ? (looksLikeCode(before) || looksLikeCode(after) ? 'lines' : 'words') : granularity;
  const truncated = before.length > MAX_DIFF_CHARS || after.length > MAX_DIFF_CHARS;
  const a = before.slice(0, MAX_DIFF_CHARS);
  const b = after.slice(0, MAX_DIFF_CHARS);
  const changes = g === 'lines' ? diffLines(a, b, { timeout: TIME_BUDGET_MS }) : diffWordsWithSpace(a, b, { timeout: TIME_BUDGET_MS });
  if (!changes) {
    return { parts: [...(a ? [{ op: 'delete' as const, text: a }] : []), ...(b ? [{ op: 'insert' as const, text: b }] : [])], granularity: g, truncated, gaveUp: true };
  }
  const parts: DiffPart[] = [];
  for (const c of changes) {
    const op = c.added ? 'insert' : c.removed ? 'delete' : 'equal';
    const last = parts[parts.length - 1];
    if (last && last.op === op) last.text += c.value;
    else parts.push({ op, text: c.value });
  }
  return { parts, granularity: g, truncated, gaveUp: false };
}

/** Side by side: the old side shows equal and deleted runs, the new side equal and inserted ones. */
export function sideBySide(parts: readonly DiffPart[]): { left: DiffPart[]; right: DiffPart[] } {
  return { left: parts.filter((p) => p.op !== 'insert'), right: parts.filter((p) => p.op !== 'delete') };
}

/** Changed amount, in words for prose and lines for code, for a one-line summary. */
export function diffStats(result: DiffResult): { inserted: number; deleted: number; unit: 'words' | 'lines' } {
  const lines = (t: string) => (t.match(/\n/g)?.length ?? 0) + (t.endsWith('\n') || !t ? 0 : 1);
  const count = (t: string) => (result.granularity === 'lines' ? lines(t) : t.split(/\s+/).filter(Boolean).length);
  let inserted = 0;
  let deleted = 0;
  for (const p of result.parts) {
    if (p.op === 'insert') inserted += count(p.text);
    else if (p.op === 'delete') deleted += count(p.text);
  }
  return { inserted, deleted, unit: result.granularity };
}
