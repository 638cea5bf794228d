// A rephrase in a new chat: the user leaves a conversation and, within minutes, opens a new one on the same site
// with nearly the same request as the last prompt of the one they left. The last answer there did not give them
// what they wanted. Needs several conversations at once, so it runs over the whole log before the per-answer
// rules; only live prompts count (times of messages loaded with the page are load times). No pair comes of it:
// the two answers have different contexts.
import { answersTo, type Conversation } from '../conversation';
import { asksAgain, normalizeText, similarity } from '../followup/read';
import type { LabelRules } from '../rules';
import { time } from '../time';
import type { Signal } from '../types';
import type { PromptEvent, ResponseEvent } from '../../events';

interface ChatEnds {
  conversation: Conversation;
  first?: PromptEvent;
  last?: PromptEvent;
  lastAnswer?: ResponseEvent;
}

/** Signals by conversation key, then by answer messageId. */
export function newChatRephraseSignals(conversations: readonly Conversation[], rules: LabelRules): Map<string, Map<string, Signal[]>> {
  const out = new Map<string, Map<string, Signal[]>>();
  if (conversations.length < 2) return out;
  const bySite = new Map<string, ChatEnds[]>();
  for (const conversation of conversations) {
    const live = conversation.of('prompt').filter((p) => p.origin === 'live');
    if (!live.length) continue;
    // A new chat starts with a prompt that follows nothing; a chat continued after loading has none live.
    const first = live.find((p) => !conversation.parents.has(p.messageId));
    const last = live[live.length - 1]!;
    const lastAnswer = answersTo(conversation, last.messageId).at(-1);
    const list = bySite.get(conversation.site) ?? [];
    list.push({ conversation, ...(first ? { first } : {}), last, ...(lastAnswer ? { lastAnswer } : {}) });
    bySite.set(conversation.site, list);
  }
  const { withinMs, confidence } = rules.newChat;
  for (const chats of bySite.values()) {
    if (chats.length < 2) continue;
    // By the time of their last answer, to find (binary search) the chat the user came from: the one whose last
    // answer came latest before a chat began.
    const ended = chats.filter((c) => c.lastAnswer).sort((a, b) => time(a.lastAnswer!.ts) - time(b.lastAnswer!.ts));
    for (const next of chats) {
      if (!next.first) continue;
      const startedAt = time(next.first.ts);
      let lo = 0;
      let hi = ended.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (time(ended[mid]!.lastAnswer!.ts) <= startedAt) lo = mid + 1;
        else hi = mid;
      }
      let k = lo - 1;
      while (k >= 0 && ended[k] === next) k--;
      const from = ended[k];
      if (!from || startedAt - time(from.lastAnswer!.ts) > withinMs) continue;
      const again = normalizeText(next.first.text);
      const before = normalizeText(from.last!.text);
      if (!asksAgain(again, before, rules.newChat.similarity)) continue;
      const alike = similarity(again, before);
      const answer = from.lastAnswer!;
      const signal: Signal = {
        rule: 'new_chat_rephrase',
        polarity: 'reject',
        outcome: true,
        confidence,
        ts: next.first.ts,
        eventIds: [next.first.id],
        detail: `asked again in a new chat (${next.conversation.key}) after ${Math.round((startedAt - time(answer.ts)) / 1000)}s; likeness ${alike.toFixed(2)}`,
      };
      const byAnswer = out.get(from.conversation.key) ?? new Map<string, Signal[]>();
      byAnswer.set(answer.messageId, [...(byAnswer.get(answer.messageId) ?? []), signal]);
      out.set(from.conversation.key, byAnswer);
    }
  }
  return out;
}
