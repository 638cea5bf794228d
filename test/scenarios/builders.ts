// Session shapes that recur in real conversations, so a scenario file can state many sessions briefly: the words
// (from SOURCES) and the content vary, the shape and its hand labels are fixed here once. Hand labels follow the
// Echo method (../shared/ECHO-METHOD.md) as README.md in this folder writes it down; they never depend on what the
// labeller does.
import type { AnswerLabelKind } from '../../src/core/labeller/types';
import { scenario, type Scenario, type Session } from './session';

type Labels = Record<string, AnswerLabelKind>;

export interface Meta {
  site?: string;
  model?: string;
  lang: string;
  family: string;
  source: string[];
}

/** How the user shows the later answer worked. */
export interface Acceptance {
  /** A positive follow-up ("Thanks, that works"). */
  say?: string;
  /** Copy the first code block (or the whole answer when it has none). */
  copy?: boolean;
  /** A thumbs up. */
  thumbs?: boolean;
}

function accept(s: Session, id: string, how: Acceptance, next: string): void {
  if (how.copy) {
    const hasCode = s.events.some((e) => e.kind === 'response' && e.messageId === id && e.codeBlocks.length > 0);
    s.wait(12).copy(id, hasCode ? { codeBlock: 0 } : {});
  }
  if (how.thumbs) s.wait(4).thumbs(id, 'up');
  if (how.say) s.wait(40).user(how.say, { id: next });
}

/**
 * Question, a flawed answer, the user's feedback (a correction, an error report, a rephrase), a better answer the
 * user accepts: the first answer is refined, the accepted one is its target.
 */
export function fixedAfterFeedback(
  name: string,
  meta: Meta,
  o: { q: string; wrong: string; feedback: string; right: string; accept: Acceptance; wait?: number },
): Scenario {
  return scenario(name, `The user answers a flawed answer with "${o.feedback.slice(0, 60)}", gets a better one and accepts it.`, (s) => {
    s.user(o.q, { id: 'p1' });
    s.answer(o.wrong, { id: 'a1' });
    s.wait(o.wait ?? 30).user(o.feedback, { id: 'p2' });
    s.answer(o.right, { id: 'a2' });
    accept(s, 'a2', o.accept, 'p3');
    return { labels: { a1: 'refined', a2: 'accepted' }, pairs: [['a2', 'a1']] };
  }, meta);
}

/** The user's feedback says the answer failed; a second answer comes and the session ends without a verdict. */
export function feedbackUnresolved(
  name: string,
  meta: Meta,
  o: { q: string; wrong: string; feedback: string; next?: string; wait?: number },
): Scenario {
  return scenario(name, `The user answers with "${o.feedback.slice(0, 60)}"; no later answer is confirmed.`, (s) => {
    s.user(o.q, { id: 'p1' });
    s.answer(o.wrong, { id: 'a1' });
    s.wait(o.wait ?? 30).user(o.feedback, { id: 'p2' });
    if (o.next) s.answer(o.next, { id: 'a2' });
    const labels: Labels = o.next ? { a1: 'rejected', a2: 'unknown' } : { a1: 'rejected' };
    return { labels };
  }, meta);
}

/** The user confirms the answer in words (positive feedback), optionally after copying it. */
export function positive(
  name: string,
  meta: Meta,
  o: { q: string; a: string; say: string; copy?: boolean; next?: string; wait?: number },
): Scenario {
  return scenario(name, `The user confirms the answer: "${o.say.slice(0, 60)}".`, (s) => {
    s.user(o.q, { id: 'p1' });
    s.answer(o.a, { id: 'a1' });
    if (o.copy) accept(s, 'a1', { copy: true }, 'p2');
    s.wait(o.wait ?? 40).user(o.say, { id: 'p2' });
    if (o.next) s.answer(o.next, { id: 'a2' });
    const labels: Labels = o.next ? { a1: 'accepted', a2: 'unknown' } : { a1: 'accepted' };
    return { labels };
  }, meta);
}

/** The user only asks what the answer means (a clarification request): no verdict on it either way. */
export function clarification(name: string, meta: Meta, o: { q: string; a: string; ask: string; next: string; wait?: number }): Scenario {
  return scenario(name, `The user asks for clarification ("${o.ask.slice(0, 60)}"), nothing more.`, (s) => {
    s.user(o.q, { id: 'p1' });
    s.answer(o.a, { id: 'a1' });
    s.wait(o.wait ?? 50).user(o.ask, { id: 'p2' });
    s.answer(o.next, { id: 'a2' });
    return { labels: { a1: 'unknown', a2: 'unknown' } };
  }, meta);
}

/** The user repeats or rephrases the request in the same chat; the new answer is accepted or not. */
export function rephrased(
  name: string,
  meta: Meta,
  o: { q: string; a: string; again: string; next: string; accept?: Acceptance; wait?: number },
): Scenario {
  return scenario(name, `The user asks again in other words ("${o.again.slice(0, 60)}").`, (s) => {
    s.user(o.q, { id: 'p1' });
    s.answer(o.a, { id: 'a1' });
    s.wait(o.wait ?? 20).user(o.again, { id: 'p2' });
    s.answer(o.next, { id: 'a2' });
    if (o.accept) {
      accept(s, 'a2', o.accept, 'p3');
      return { labels: { a1: 'refined', a2: 'accepted' }, pairs: [['a2', 'a1']] };
    }
    return { labels: { a1: 'rejected', a2: 'unknown' } };
  }, meta);
}

/**
 * The user leaves the chat and asks nearly the same thing in a new chat on the same site right after: the last
 * answer of the first chat is rejected (a rephrase in a new chat); contexts differ, so there is no pair.
 */
export function rephrasedInNewChat(
  name: string,
  meta: Meta,
  o: { q: string; a: string; again: string; next: string; accept?: Acceptance; gapSeconds?: number; before?: [string, string] },
): Scenario {
  return scenario(name, `The user opens a new chat and asks again: "${o.again.slice(0, 60)}".`, (s) => {
    const labels: Labels = {};
    if (o.before) {
      s.user(o.before[0], { id: 'p0' });
      s.answer(o.before[1], { id: 'a0' });
      s.wait(40);
      labels.a0 = 'accepted';
    }
    s.user(o.q, { id: 'p1' });
    s.answer(o.a, { id: 'a1' });
    s.wait(o.gapSeconds ?? 25).newChat(`${s.conversationId}-again`);
    s.user(o.again, { id: 'p2' });
    s.answer(o.next, { id: 'a2' });
    if (o.accept) accept(s, 'a2', o.accept, 'p3');
    return { labels: { ...labels, a1: 'rejected', a2: o.accept ? 'accepted' : 'unknown' } };
  }, meta);
}
