// Which version of its siblings each depth of a Claude conversation shows, learnt from the version readout, from
// the conversation tree the page downloads and from clicks (a retry, an edit), and the path ids made from it
// (claude.ts says why ids are paths). The engine keeps one state per conversation.
import { claudePathId } from './claude-path';
import { answerText, depthOf, inEditor, isStreamingRow, promptText, readout } from './claude-rows';
import type { ClickAction } from './types';

/** What the adapter remembers about the conversation on screen (the engine keeps one per conversation). */
export interface ClaudeState {
  /** depth -> shown version (1-based) */
  shown: Map<number, number>;
  /** depth -> number of versions, when known */
  count: Map<number, number>;
  /**
   * A retry was clicked at this depth: once the row streams, or shows other words than `before` (an answer that
   * streamed and finished between two looks), it shows this version.
   */
  pendingRetry: { depth: number; version: number; before: string } | null;
  /**
   * Edit was clicked on the prompt at this depth: once the row shows other words with no editor open (or, its editor
   * seen open, the answer below streaming anew), it shows this version. A cancelled edit changes neither.
   */
  pendingEdit: { depth: number; version: number; before: string; opened: boolean } | null;
}

export type Versions = Pick<ClaudeState, 'shown' | 'count'>;

export function show(v: Versions, depth: number, version: number, count?: number): void {
  if ((v.shown.get(depth) ?? 1) !== version) {
    // Another branch below this depth: what was known about deeper rows belonged to the old one.
    for (const d of [...v.shown.keys()]) if (d > depth) v.shown.delete(d);
    for (const d of [...v.count.keys()]) if (d > depth) v.count.delete(d);
  }
  v.shown.set(depth, version);
  if (count) v.count.set(depth, Math.max(count, version));
}

/**
 * The editor closed on a sent edit: other words in the row, or — once the editor was seen open, so that an answer
 * still streaming when Edit was clicked does not count — the answer below generating anew on the same words. Other
 * words need no sighting of the editor: a person fast enough (or a page slow enough to be looked at) can open, change
 * and send it between two looks, and without the new version the edited prompt and its answer would take the ids of
 * the ones they replace and be dropped as already stored.
 */
export function editSent(turn: Element, edit: NonNullable<ClaudeState['pendingEdit']>): boolean {
  if (inEditor(turn)) return false;
  if (promptText(turn) !== edit.before) return true;
  if (!edit.opened) return false;
  const below = turn.ownerDocument.querySelector(`[data-testid="transcript-row"][data-index="${depthOf(turn) + 1}"]`);
  return !!below && isStreamingRow(below);
}

export function pathId(v: Versions, depth: number): string {
  const parts = [...v.shown.entries()].filter(([d, n]) => d <= depth && n !== 1).sort((a, b) => a[0] - b[0]);
  return claudePathId(depth, parts.map(([d, n]) => `.${d}v${n}`).join(''));
}

/** The version a new sibling at this row will get: one past the number of versions shown or remembered. */
export function nextVersion(turn: Element, v: Versions, depth: number): number {
  return (readout(turn)?.count ?? v.count.get(depth) ?? 1) + 1;
}

/** Edit clicked on the prompt at `depth`: once sent (`editSent`), it is the next version. */
export function startEdit(turn: Element, depth: number, v: ClaudeState): ClickAction {
  const seen = readout(turn);
  if (seen) show(v, depth, seen.index, seen.count);
  const before = promptText(turn);
  v.pendingEdit = { depth, version: (seen?.count ?? v.count.get(depth) ?? 1) + 1, before, opened: inEditor(turn) };
  return { action: 'edit-prompt', turn };
}

/** A prompt's retry regenerates the answer below it. */
export function retryBelow(turn: Element, depth: number, v: ClaudeState): ClickAction | null {
  const answer = turn.ownerDocument.querySelector(`[data-testid="transcript-row"][data-index="${depth + 1}"]`);
  if (!answer) return null;
  v.pendingRetry = { depth: depth + 1, version: (v.count.get(depth + 1) ?? 1) + 1, before: answerText(answer) };
  return { action: 'regenerate', turn: answer };
}
