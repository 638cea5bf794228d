// The context window C0 and the limits every reader respects: at most COMPLETION_WINDOW characters of document on
// each side of the cursor, cut at a line boundary so a sample never starts mid-line, and a test for text that looks
// binary (a file opened as text by mistake), from which nothing is captured.
import { COMPLETION_WINDOW } from '../../core/completion-events';

export { COMPLETION_WINDOW };

/** Lines a reader looks at on each side of the cursor line, whatever the editor renders. */
export const MAX_WINDOW_LINES = 400;

/** The last `max` characters of `before`, starting at a line start when it had to be cut. */
export function prefixWindow(before: string, max = COMPLETION_WINDOW): { text: string; cut: boolean } {
  if (before.length <= max) return { text: before, cut: false };
  const tail = before.slice(before.length - max);
  const nl = tail.indexOf('\n');
  return { text: nl >= 0 ? tail.slice(nl + 1) : '', cut: true };
}

/** The first `max` characters of `after`, ending at a line end when it had to be cut. */
export function suffixWindow(after: string, max = COMPLETION_WINDOW): { text: string; cut: boolean } {
  if (after.length <= max) return { text: after, cut: false };
  const head = after.slice(0, max);
  const nl = head.lastIndexOf('\n');
  return { text: nl >= 0 ? head.slice(0, nl) : '', cut: true };
}

// C0 controls except tab, line feed, carriage return and form feed; DEL; C1 controls; U+FFFD from a failed decode.
// eslint-disable-next-line no-control-regex
const BINARY_CHAR = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\ufffd]/g;

/** Text that looks like a binary file shown as text: a NUL, or more than 1 in 100 characters control/replacement. */
export function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  // Nearly every window has none: one scan that allocates nothing, before the count that collects them.
  BINARY_CHAR.lastIndex = 0;
  if (!BINARY_CHAR.test(text)) return false;
  BINARY_CHAR.lastIndex = 0;
  const found = text.match(BINARY_CHAR)?.length ?? 0;
  return found > 0 && found * 100 > Math.max(text.length, 1);
}
