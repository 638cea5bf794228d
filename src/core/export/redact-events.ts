// Redaction applied to a conversation's events before anything is derived from them, with one redactor per
// conversation: the same value gets the same token in the prompt, the answer, the copy and the paste, so labels
// and samples built from the redacted events still line up. Offsets (copy start/end) keep referring to the
// original text; docs/export-format.md says so.
import type { CaptureEvent, DiffOp } from '../events';
import type { Redactor } from '../redaction';

export function redactConversationEvents(events: readonly CaptureEvent[], redactor: Redactor): CaptureEvent[] {
  const r = (text: string) => redactor.redact(text).text;
  const diff = (ops: DiffOp[]) => ops.map((op) => ({ ...op, text: r(op.text) }));
  return events.map((e): CaptureEvent => {
    switch (e.kind) {
      case 'prompt':
        return { ...e, text: r(e.text) };
      case 'response':
        return { ...e, text: r(e.text), codeBlocks: e.codeBlocks.map((b) => ({ ...b, code: r(b.code) })) };
      case 'stop':
        return { ...e, partialText: r(e.partialText) };
      case 'edit_prompt':
        return { ...e, oldText: r(e.oldText), newText: r(e.newText), diff: diff(e.diff) };
      case 'copy':
        return { ...e, text: r(e.text) };
      case 'paste':
        return { ...e, text: r(e.text), matches: e.matches.map((m) => ({ ...m, diff: diff(m.diff) })) };
      case 'feedback':
        return e.comment === undefined ? e : { ...e, comment: r(e.comment) };
      default:
        return e;
    }
  });
}
