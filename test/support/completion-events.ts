// Builders for inline-completion episodes in tests: a suggestion shown at a context, then what the user did.
// Fields are what the editor kit fills (src/core/completion-events.ts); every default can be overridden.
import type { EventOf } from '../../src/core/events';
import { makeEvent } from './make-event';

export const EDITOR_SITE = 'vscode-web';
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
