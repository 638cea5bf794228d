// Paste-back with edits: the user copied (part of) the answer, changed it, and pasted it back. The edited text is
// the answer the user wanted, so the answer is `refined` and the edit, spliced into the answer in place of the
// span it came from, is the target. If the prompt around the paste reports an error, the edit is not yet a
// verified solution: the signal stays but weakly.
import type { CaptureEvent, DiffOp, EventOf } from '../../events';
import { eventsOf, type AnswerEpisode } from '../episode';
import { readFollowup } from '../followup-cues';
import { time } from '../time';
import type { Signal } from '../types';

type Paste = EventOf<'paste'>;
type Match = Paste['matches'][number];

export function pasteEditSignals(ep: AnswerEpisode): Signal[] {
  const { pasteEdit } = ep.rules;
  const id = ep.answer.messageId;
  const edits = eventsOf(ep.about(id), 'paste').flatMap((paste) =>
    paste.matches
      .filter((m) => m.messageId === id && m.similarity >= pasteEdit.minSimilarity && changedChars(m.diff) >= pasteEdit.minChangedChars)
      .map((m) => ({ paste, m })),
  );
  const last = edits[edits.length - 1];
  if (!last) return [];
  const target = splice(ep, last.paste, last.m);
  const around = promptAround(ep.conversation.events, last.paste);
  const reading = around ? readFollowup(around.text.split(last.paste.text).join(' ')) : undefined;
  const failed = reading?.kind === 'correction' && reading.strength === 'strong';
  return [
    {
      rule: 'paste_edit',
      polarity: 'refine',
      confidence: failed ? pasteEdit.withErrorConfidence : pasteEdit.confidence,
      ts: last.paste.ts,
      eventIds: [last.paste.id, ...(last.m.copyEventId ? [last.m.copyEventId] : []), ...(around ? [around.id] : [])],
      detail: `pasted back with ${changedChars(last.m.diff)} changed chars (similarity ${last.m.similarity.toFixed(2)})${failed ? '; the prompt reports it still fails' : ''}`,
      target,
    },
  ];
}

function changedChars(diff: DiffOp[]): number {
  return diff.filter((d) => d.op !== 'equal').reduce((n, d) => n + d.text.trim().length, 0);
}

/** Diff runs read as source (the answer or the copy) -> pasted text. */
const side = (diff: DiffOp[], keep: 'insert' | 'delete') => diff.filter((d) => d.op === 'equal' || d.op === keep).map((d) => d.text).join('');

function splice(ep: AnswerEpisode, paste: Paste, m: Match): string {
  const answer = ep.answer.text;
  let edited = side(m.diff, 'insert') || paste.text;
  let original = side(m.diff, 'delete');
  // The event model does not fix the diff's direction; trust whichever side equals what was pasted.
  if (original.trim() === paste.text.trim() && edited.trim() !== paste.text.trim()) [edited, original] = [original, edited];
  const copy = m.copyEventId ? ep.conversation.events.find((e) => e.id === m.copyEventId) : undefined;
  if (copy?.kind === 'copy' && answer.slice(copy.start, copy.end) === original) {
    return answer.slice(0, copy.start) + edited + answer.slice(copy.end);
  }
  if (original && answer === original) return edited;
  const at = original ? answer.indexOf(original) : -1;
  if (at >= 0) return answer.slice(0, at) + edited + answer.slice(at + original.length);
  return edited;
}

function promptAround(events: CaptureEvent[], paste: Paste) {
  const after = events.filter((e): e is EventOf<'prompt'> => e.kind === 'prompt' && time(e.ts) >= time(paste.ts));
  const probe = paste.text.trim().slice(0, 60);
  return after.find((p) => probe && p.text.includes(probe)) ?? after[0];
}
