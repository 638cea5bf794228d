// Editor snapshots written as marked text, and a tracker that records what it emits: the editor kit's episodes are
// tested on these alone (no DOM), in src/capture/editors/*.test.ts.
import type { CompletionKind } from '../../src/core/completion-events';
import { type CompletionBody, CompletionTracker } from '../../src/capture/editors/tracker';
import type { Snapshot } from '../../src/capture/editors/types';

export type Emitted = { kind: CompletionKind } & Record<string, unknown>;

/** A snapshot of `text` where `|` marks the cursor and `[...]` the ghost text shown at the cursor. */
export function snap(marked: string, firstLine = 1): Snapshot {
  const g = /\[([^\]]*)\]/.exec(marked);
  const withoutGhost = marked.replace(/\[[^\]]*\]/, '');
  const cursor = withoutGhost.indexOf('|');
  const text = withoutGhost.replace('|', '');
  const ghostAt = g ? marked.slice(0, g.index).replace('|', '').length : 0;
  return {
    text,
    firstLine,
    cursor: cursor >= 0 ? cursor : null,
    ghost: g ? { text: g[1]!, at: ghostAt } : null,
    cutBefore: false,
    cutAfter: false,
    unreadable: null,
  };
}

/** A tracker on a clock the test moves (`clock.now`), its events in `emitted`, suggestion ids s1, s2, … */
export function recordingTracker(): { tracker: CompletionTracker; emitted: Emitted[]; clock: { now: number } } {
  const clock = { now: 1000 };
  const emitted: Emitted[] = [];
  let ids = 0;
  const tracker = new CompletionTracker({
    editor: 'monaco',
    now: () => clock.now,
    newId: () => `s${++ids}`,
    emit: <K extends CompletionKind>(kind: K, body: CompletionBody<K>) => void emitted.push({ kind, ...body }),
    describe: () => ({ file: 'src/app.ts', language: 'typescript' }),
    skipped: () => emitted.push({ kind: 'completion_rejected', skipped: true }),
  });
  return { tracker, emitted, clock };
}
