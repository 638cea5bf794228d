// Where a paste came from, decided once per conversation from the log itself: the copy it came from (the copy
// events before it, most alike first), else the one answer or code block it is most like, never every answer it
// resembles. The capture's own alignment (the paste event's `matches`) diffs code by lines, so a one-word edit of
// a one-line snippet matches nothing there; here texts are compared word by word. Pure and bounded in cost.
import { diffWordsWithSpace } from 'diff';
import { tokenSimilarity } from '../align';
import type { CopyEvent, EventOf, ResponseEvent } from '../events';
import type { Conversation } from './conversation';
import { time } from './time';

type Paste = EventOf<'paste'>;

export interface PasteOrigin {
  paste: Paste;
  /** The answer the pasted text came from. */
  messageId: string;
  /** The copy event it came from, when one did. */
  copy?: CopyEvent;
  /** The text of the answer it was taken from (the copied span, a code block, or the whole answer). */
  source: string;
  /** Where `source` sits in the answer text, when known. */
  start?: number;
  similarity: number;
  /** Non-space characters inserted or deleted going from the source to the paste. */
  changedChars: number;
}

/** Texts longer than this are compared by token overlap only (no diff): pastes of whole files stay cheap. */
const MAX_DIFF_CHARS = 20_000;
const MIN_ROUGH = 0.3;

const cache = new WeakMap<Conversation, Map<string, PasteOrigin | null>>();

/** The origin of every paste in the conversation (null: pasted from elsewhere), by paste event id. */
export function pasteOrigins(conversation: Conversation, minSimilarity: number): Map<string, PasteOrigin | null> {
  let origins = cache.get(conversation);
  if (origins) return origins;
  origins = new Map();
  const pastes = conversation.of('paste');
  if (pastes.length) {
    const copies = conversation.of('copy');
    const answers = [...conversation.responses.values()];
    for (const paste of pastes) origins.set(paste.id, originOf(paste, copies, answers, minSimilarity));
  }
  cache.set(conversation, origins);
  return origins;
}

function originOf(paste: Paste, copies: CopyEvent[], answers: ResponseEvent[], minSimilarity: number): PasteOrigin | null {
  if (!paste.text.trim()) return null;
  const at = time(paste.ts);
  const byId = new Map(answers.map((a) => [a.messageId, a]));
  // 1. The copy it came from: among copies made before it, the most alike (the latest on a tie).
  let best: PasteOrigin | null = null;
  for (const copy of copies) {
    if (time(copy.ts) > at || !byId.has(copy.messageId)) continue;
    const compared = compare(copy.text, paste.text);
    if (!compared || compared.similarity < minSimilarity) continue;
    if (!best || compared.similarity >= best.similarity) {
      const answer = byId.get(copy.messageId)!;
      const start = answer.text.slice(copy.start, copy.end) === copy.text ? copy.start : answer.text.indexOf(copy.text);
      best = { paste, messageId: copy.messageId, copy, source: copy.text, ...(start >= 0 ? { start } : {}), ...compared };
    }
  }
  if (best) return best;
  // 2. Else the one answer or code block it is most like (the later answer on a tie: the one on screen).
  for (const answer of answers) {
    if (time(answer.ts) > at) continue;
    for (const source of [answer.text, ...answer.codeBlocks.map((b) => b.code)]) {
      const compared = compare(source, paste.text);
      if (!compared || compared.similarity < minSimilarity) continue;
      if (
        !best ||
        compared.similarity > best.similarity ||
        (compared.similarity === best.similarity && time(answer.ts) >= time(byId.get(best.messageId)!.ts))
      ) {
        const start = answer.text.indexOf(source);
        best = { paste, messageId: answer.messageId, source, ...(start >= 0 ? { start } : {}), ...compared };
      }
    }
  }
  return best;
}

function compare(source: string, pasted: string): { similarity: number; changedChars: number } | null {
  if (!source.trim()) return null;
  const rough = tokenSimilarity(source, pasted);
  if (rough < MIN_ROUGH) return null;
  if (source.length + pasted.length > MAX_DIFF_CHARS) return { similarity: rough, changedChars: rough === 1 ? 0 : Infinity };
  let kept = 0;
  let changed = 0;
  for (const part of diffWordsWithSpace(source, pasted)) {
    if (part.added || part.removed) changed += part.value.replace(/\s+/g, '').length;
    else kept += part.value.length;
  }
  return { similarity: Math.min(1, (2 * kept) / (source.length + pasted.length)), changedChars: changed };
}

/** The answer with the pasted text in place of the span it was taken from: the answer the user wanted. */
export function spliceEdit(answer: ResponseEvent, origin: PasteOrigin): string {
  let edited = origin.paste.text;
  // Keep the source's line ending, so a code block's closing fence stays on its own line.
  if (origin.source.endsWith('\n') && !edited.endsWith('\n')) edited += '\n';
  if (origin.start !== undefined && answer.text.slice(origin.start, origin.start + origin.source.length) === origin.source) {
    return answer.text.slice(0, origin.start) + edited + answer.text.slice(origin.start + origin.source.length);
  }
  return origin.source === answer.text ? origin.paste.text : edited;
}

/** Pastes sent within a prompt: those made since the previous message whose text the prompt contains. */
export function pastesIn(
  conversation: Conversation,
  prompt: { ts: string; text: string },
  since: number,
  minSimilarity: number,
): { pasted: string[]; fromAnswers: string[] } {
  const sent = time(prompt.ts);
  const pasted: string[] = [];
  const fromAnswers: string[] = [];
  const origins = pasteOrigins(conversation, minSimilarity);
  for (const paste of conversation.of('paste')) {
    const t = time(paste.ts);
    if (t < since || t > sent) continue;
    const text = paste.text.trim();
    if (!text || !prompt.text.includes(text)) continue;
    pasted.push(paste.text);
    if (origins.get(paste.id)) fromAnswers.push(paste.text);
  }
  return { pasted, fromAnswers };
}
