// The message graph of one conversation, rebuilt from the event log. Sites branch (regenerations, edited prompts),
// so context is the parentId chain of the branch actually taken, never a flattening of every variant. parentId is
// optional in the event model; when it is missing we infer it from regenerate/edit/followup events, then time.
import { conversationKey, type CaptureEvent, type EventOf, type PromptEvent, type ResponseEvent } from '../events';
import { time } from './time';

export type MessageEvent = PromptEvent | ResponseEvent;

export interface Conversation {
  key: string;
  site: string;
  conversationId: string;
  /** Deduplicated (last record per event id wins) and in time order. */
  events: CaptureEvent[];
  prompts: Map<string, PromptEvent>;
  responses: Map<string, ResponseEvent>;
  /** messageId -> parent messageId (explicit or inferred). */
  parents: Map<string, string>;
  /** messageId -> child messageIds in time order. */
  children: Map<string, string[]>;
  of<K extends CaptureEvent['kind']>(kind: K): EventOf<K>[];
}

/** Splits a mixed log into conversations, deduplicating repeated records (live + history) by event id. */
export function groupConversations(events: readonly CaptureEvent[]): Conversation[] {
  const byKey = new Map<string, Map<string, CaptureEvent>>();
  for (const event of events) {
    const key = conversationKey(event.site, event.conversationId);
    let bucket = byKey.get(key);
    if (!bucket) byKey.set(key, (bucket = new Map<string, CaptureEvent>()));
    bucket.delete(event.id);
    bucket.set(event.id, event);
  }
  return [...byKey.entries()].map(([key, bucket]) => buildConversation(key, inTimeOrder([...bucket.values()])));
}

/** Sorted by time, stably: each timestamp parsed once, not at every comparison (the export groups every conversation). */
function inTimeOrder(events: CaptureEvent[]): CaptureEvent[] {
  const keyed = events.map((e) => ({ at: time(e.ts), e }));
  keyed.sort((a, b) => a.at - b.at);
  return keyed.map((k) => k.e);
}

function buildConversation(key: string, events: CaptureEvent[]): Conversation {
  const first = events[0]!;
  // Rules ask for the same kinds many times per conversation: filter each kind once.
  const byKind = new Map<string, CaptureEvent[]>();
  for (const e of events) {
    const list = byKind.get(e.kind);
    if (list) list.push(e);
    else byKind.set(e.kind, [e]);
  }
  const of = <K extends CaptureEvent['kind']>(kind: K) => (byKind.get(kind) ?? []) as EventOf<K>[];
  const prompts = new Map(of('prompt').map((e) => [e.messageId, e]));
  const responses = new Map(of('response').map((e) => [e.messageId, e]));
  const parents = inferParents(events, prompts, responses);
  const children = new Map<string, string[]>();
  for (const e of events) {
    if (e.kind !== 'prompt' && e.kind !== 'response') continue;
    const parent = parents.get(e.messageId);
    if (!parent) continue;
    const list = children.get(parent) ?? [];
    if (!list.includes(e.messageId)) list.push(e.messageId);
    children.set(parent, list);
  }
  return { key, site: first.site, conversationId: first.conversationId, events, prompts, responses, parents, children, of };
}

function inferParents(events: CaptureEvent[], prompts: Map<string, PromptEvent>, responses: Map<string, ResponseEvent>) {
  const parents = new Map<string, string>();
  for (const m of [...prompts.values(), ...responses.values()]) if (m.parentId) parents.set(m.messageId, m.parentId);
  const hinted = new Map<string, string>();
  const roots = new Set<string>();
  for (const e of events) {
    if (e.kind === 'regenerate' && e.newResponseId) {
      const prompt = e.promptMessageId ?? responses.get(e.oldResponseId)?.parentId;
      if (prompt) hinted.set(e.newResponseId, prompt);
    } else if (e.kind === 'edit_prompt' && e.newMessageId) {
      const old = prompts.get(e.oldMessageId);
      const parent = old ? parents.get(old.messageId) : undefined;
      if (parent) hinted.set(e.newMessageId, parent);
      else if (old && !events.some((r) => r.kind === 'response' && time(r.ts) < time(old.ts))) roots.add(e.newMessageId); // edited first prompt
    } else if (e.kind === 'followup') {
      hinted.set(e.messageId, e.afterMessageId);
    }
  }
  // Last resort: the prompt a response follows in time; the answer on screen when a prompt was sent.
  let lastPrompt: string | undefined;
  let shownAnswer: string | undefined;
  for (const e of events) {
    if (e.kind === 'branch_switch' && e.role === 'assistant') shownAnswer = e.toMessageId;
    if (e.kind === 'prompt') {
      if (!parents.has(e.messageId) && !roots.has(e.messageId)) {
        const parent = hinted.get(e.messageId) ?? shownAnswer;
        if (parent) parents.set(e.messageId, parent);
      }
      lastPrompt = e.messageId;
    }
    if (e.kind === 'response') {
      if (!parents.has(e.messageId)) {
        const parent = hinted.get(e.messageId) ?? lastPrompt;
        if (parent) parents.set(e.messageId, parent);
      }
      shownAnswer = e.messageId;
    }
  }
  return parents;
}

/** Messages from the conversation root down to (and including) messageId, along parent links. */
export function branchPath(conversation: Conversation, messageId: string): MessageEvent[] {
  const path: MessageEvent[] = [];
  const seen = new Set<string>();
  let current: string | undefined = messageId;
  while (current && !seen.has(current)) {
    seen.add(current);
    const message = conversation.prompts.get(current) ?? conversation.responses.get(current);
    if (!message) break;
    path.push(message);
    current = conversation.parents.get(current);
  }
  return path.reverse();
}

/** Prompts that were sent as replies to this answer, in time order. */
export function childPrompts(conversation: Conversation, answerId: string): PromptEvent[] {
  return (conversation.children.get(answerId) ?? []).flatMap((id) => conversation.prompts.get(id) ?? []);
}

/** All answers to one prompt (its variants), in time order. */
export function answersTo(conversation: Conversation, promptId: string | undefined): ResponseEvent[] {
  if (!promptId) return [];
  return (conversation.children.get(promptId) ?? []).flatMap((id) => conversation.responses.get(id) ?? []);
}
