// What a claude.ai transcript row shows, read the same way wherever the adapter needs it: its depth on the shown
// branch, its role, the version readout beside its arrows, whether its prompt editor is open, its words and whether it
// streams. Facts and their sources: docs/sites/claude.md.
import { switcherReadout } from './controls';
import { parseReadout, type Readout } from './kit';

export const TURN = '[data-testid="transcript-row"], [data-test-render-count]';
export const USER = '[data-testid="user-message"]';
/** The answer: by its font class until 2026, by test id / design-system name in the 2026-10 build (docs). */
export const RESPONSE = '[data-testid="assistant-message"], [data-cds="AssistantMessage"], .font-claude-response, .font-claude-message';

/** Files and images sent with a prompt, above its bubble (`file-thumbnail`, or a thumbnail named by its file). */
export const ATTACHMENT = '[data-testid="file-thumbnail"], [class~="group/thumbnail"]';

/** The 2026-10 answer's column (status row, bodies), beside the toolbar: the message, without the toolbar's time. */
export const ANSWER_COLUMN = ':scope > div:has([data-transcript-engine-root], [data-perf-reply-text])';

export function depthOf(turn: Element): number {
  const attr = turn.getAttribute('data-index');
  if (attr !== null && /^\d+$/.test(attr)) return Number(attr);
  // Legacy markup without data-index: not virtualised, so position in the document is the depth.
  return [...turn.ownerDocument.querySelectorAll(TURN)].indexOf(turn);
}

export function roleOf(turn: Element): 'user' | 'assistant' | null {
  const perf = turn.getAttribute('data-perf-row');
  if (perf === 'human') return 'user';
  if (perf === 'assistant') return 'assistant';
  if (turn.querySelector(USER)) return 'user';
  if (turn.querySelector(RESPONSE)) return 'assistant';
  // A prompt of only files or images has no text bubble.
  if (turn.querySelector(ATTACHMENT)) return 'user';
  return null;
}

/** The "n / m" next to this row's version arrows (mounted only while hovered). */
export function readout(turn: Element): Readout | null {
  const arrow = turn.querySelector('[data-testid$="-previous-version"], [data-testid$="-next-version"]');
  const scope = arrow?.parentElement;
  if (scope) {
    for (const el of scope.querySelectorAll('span, div')) {
      const seen = el.querySelector('button') ? null : parseReadout(el.textContent);
      if (seen) return seen;
    }
  }
  // Without test ids on the arrows: the readout between two controls, outside the message itself.
  const footer = [...turn.querySelectorAll('[role="group"], .row-footer')].find((g) => !g.closest(`${USER}, ${RESPONSE}`));
  return switcherReadout(footer ?? turn);
}

export function inEditor(turn: Element): boolean {
  return !!turn.querySelector('textarea, [contenteditable="true"]');
}

export function promptText(turn: Element): string {
  return (turn.querySelector(USER)?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** An answer row's words, to tell a retry that streamed and finished between two looks by its other words. */
export function answerText(turn: Element): string {
  const response = turn.querySelector(RESPONSE);
  // The column without the 2026-10 toolbar, whose time label changes by itself.
  return ((response?.querySelector(ANSWER_COLUMN) ?? response)?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function isStreamingRow(turn: Element): boolean {
  return turn.getAttribute('data-perf-row-streaming') === 'true' || !!turn.querySelector('[data-is-streaming="true"]');
}
