// Paste-back with edits: the user copied (part of) the answer, changed it, and pasted it back. The edited text is
// the answer the user wanted, so the answer is `refined` and the edit, spliced into the answer in place of the
// span it came from, is the target. A paste counts for the one answer it came from (paste-provenance.ts), never
// for every answer it resembles. If the prompt around the paste reports an error, the edit is not yet a verified
// solution: the signal stays but weakly.
import type { CaptureEvent, EventOf } from '../../events';
import type { AnswerEpisode } from '../episode';
import { readFollowup } from '../followup/read';
import { pasteOrigins, spliceEdit } from '../paste-provenance';
import { time } from '../time';
import type { Signal } from '../types';

type Paste = EventOf<'paste'>;

export function pasteEditSignals(ep: AnswerEpisode): Signal[] {
  const { pasteEdit } = ep.rules;
  if (ep.conversation.of('paste').length === 0) return [];
  const id = ep.answer.messageId;
  const edits = [...pasteOrigins(ep.conversation, pasteEdit.minSimilarity).values()].filter(
    (o): o is NonNullable<typeof o> => !!o && o.messageId === id && o.changedChars >= pasteEdit.minChangedChars,
  );
  const last = edits[edits.length - 1];
  if (!last) return [];
  const around = promptAround(ep.conversation.events, last.paste);
  const reading = around ? readFollowup(around.text, { pasted: [last.paste.text], fromAnswers: [last.paste.text] }) : undefined;
  const failed = reading?.kind === 'correction' && reading.strength === 'strong';
  return [
    {
      rule: 'paste_edit',
      polarity: 'refine',
      confidence: failed ? pasteEdit.withErrorConfidence : pasteEdit.confidence,
      ts: last.paste.ts,
      eventIds: [last.paste.id, ...(last.copy ? [last.copy.id] : []), ...(around ? [around.id] : [])],
      detail: `pasted back with ${last.changedChars} changed chars (similarity ${last.similarity.toFixed(2)}${last.copy ? `, from copy ${last.copy.id}` : ''})${failed ? '; the prompt reports it still fails' : ''}`,
      target: spliceEdit(ep.answer, last),
    },
  ];
}

function promptAround(events: CaptureEvent[], paste: Paste) {
  const after = events.filter((e): e is EventOf<'prompt'> => e.kind === 'prompt' && time(e.ts) >= time(paste.ts));
  const probe = paste.text.trim().slice(0, 60);
  return after.find((p) => probe && p.text.includes(probe)) ?? after[0];
}
