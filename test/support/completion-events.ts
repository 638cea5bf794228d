// Builders for inline-completion episodes in tests: a suggestion shown at a context, then what the user did.
// Fields are what the editor kit fills (src/core/completion-events.ts); every default can be overridden.
import type { EventOf } from '../../src/core/events';
import { makeEvent } from './make-event';

export const EDITOR_SITE = 'vscode';
const doc = { site: EDITOR_SITE, conversationId: 'file-main.py' };

type Shown = Partial<Omit<EventOf<'completion_shown'>, 'kind' | 'v'>>;

export function shown(suggestionId: string, text: string, fields: Shown = {}): EventOf<'completion_shown'> {
  return makeEvent('completion_shown', {
    ...doc,
    suggestionId,
    editor: 'monaco',
    text,
    language: 'python',
    prefix: 'def add(a, b):\n    ',
    suffix: '\n\nprint(add(1, 2))\n',
    line: 2,
    column: 5,
    ...fields,
  });
}

type Doc = { conversationId?: string; site?: string };

type How<K extends 'completion_accepted' | 'completion_rejected'> = EventOf<K>['how'];

export function accepted(suggestionId: string, acceptedText: string, how: How<'completion_accepted'> = 'full', fields: Doc = {}) {
  return makeEvent('completion_accepted', { ...doc, ...fields, suggestionId, how, acceptedText });
}

export function rejected(suggestionId: string, how: How<'completion_rejected'>, fields: Doc = {}) {
  return makeEvent('completion_rejected', { ...doc, ...fields, suggestionId, how });
}

/** The outcome CN; the edit distance is computed here as the capture side does (Levenshtein). */
export function outcome(
  suggestionId: string,
  acceptedText: string,
  finalText: string,
  reason: EventOf<'completion_outcome'>['reason'] = 'left',
  fields: Doc = {},
): EventOf<'completion_outcome'> {
  const editDistance = levenshtein(acceptedText, finalText);
  return makeEvent('completion_outcome', { ...doc, ...fields, suggestionId, acceptedText, finalText, editDistance, reason });
}

export function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * One synthetic editor document with one episode of every kind (kept, refined, partly kept, dismissed with
 * Escape, typed over, moved away from, replaced by the suggestion then kept, accepted and deleted again), texts
 * unique per document so a test can tell which suggestion ended up where.
 */
export function syntheticCompletionDocument(prefix: string, n: number): EventOf<CompletionKindName>[] {
  const d = { conversationId: `${prefix}-doc-${n}` };
  const t = (what: string) => `${what}_${prefix}_${n}()`;
  const at = (line: number) => ({ ...d, line, prefix: `# ${prefix} ${n}\n`.repeat(line), suffix: `\n# end ${n}\n` });
  return [
    shown('kept', t('kept'), at(1)),
    accepted('kept', t('kept'), 'full', d),
    outcome('kept', t('kept'), t('kept'), 'quiet', d),
    shown('refined', t('refined_draft'), at(2)),
    accepted('refined', t('refined_draft'), 'full', d),
    outcome('refined', t('refined_draft'), t('refined_final'), 'left', d),
    shown('partial', `${t('partial_head')} + ${t('partial_tail')}`, at(3)),
    accepted('partial', t('partial_head'), 'word', d),
    rejected('partial', 'escape', d),
    outcome('partial', t('partial_head'), t('partial_head'), 'left', d),
    shown('escaped', t('escaped'), at(4)),
    rejected('escaped', 'escape', d),
    shown('typed', t('typed_over'), at(5)),
    rejected('typed', 'typed-over', d),
    shown('moved', t('moved_away'), at(6)),
    rejected('moved', 'cursor-moved', d),
    shown('first', t('replaced'), at(7)),
    shown('second', t('replacement'), { ...at(7), replacesSuggestionId: 'first' }),
    accepted('second', t('replacement'), 'full', d),
    outcome('second', t('replacement'), t('replacement'), 'quiet', d),
    shown('undone', t('undone'), at(8)),
    accepted('undone', t('undone'), 'full', d),
    outcome('undone', t('undone'), '', 'left', d),
  ];
}

type CompletionKindName = 'completion_shown' | 'completion_accepted' | 'completion_rejected' | 'completion_outcome';
