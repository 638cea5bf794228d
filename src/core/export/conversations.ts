// One conversation as a reader wants it: its messages as a tree (every variant and edited branch kept, each
// message once) with the signals attached to each message. Derived from the event log alone.
import { type CaptureEvent, messagesReferencedBy } from '../events';

export interface ConversationMessage {
  messageId: string;
  role: 'user' | 'assistant';
  parentId: string | null;
  text: string;
  model?: string;
  variantIndex?: number;
  createdAt: string;
  origin: 'live' | 'history';
  /** Ids of the events (copy, feedback, regenerate, ...) that refer to this message. */
  signals: string[];
}

export interface ConversationRecord {
  key: string;
  site: string;
  conversationId: string;
  title: string;
  firstTs: string;
  lastTs: string;
  models: string[];
  messages: ConversationMessage[];
}

export function assembleConversation(events: readonly CaptureEvent[]): ConversationRecord | null {
  const first = events[0];
  if (!first) return null;
  const messages = new Map<string, ConversationMessage>();
  const models = new Set<string>();
  let firstTs = first.ts;
  let lastTs = first.ts;
  for (const e of events) {
    if (e.ts < firstTs) firstTs = e.ts;
    if (e.ts > lastTs) lastTs = e.ts;
    if (e.kind === 'prompt' || e.kind === 'response') {
      if (messages.has(e.messageId)) continue;
      const m: ConversationMessage = {
        messageId: e.messageId,
        role: e.kind === 'prompt' ? 'user' : 'assistant',
        parentId: e.parentId ?? null,
        text: e.text,
        createdAt: e.createdAt ?? e.ts,
        origin: e.origin,
        signals: [],
      };
      if (e.kind === 'response') {
        if (e.model) {
          m.model = e.model;
          models.add(e.model);
        }
        if (e.variantIndex) m.variantIndex = e.variantIndex;
      }
      messages.set(e.messageId, m);
    }
  }
  for (const e of events) {
    for (const ref of messagesReferencedBy(e)) messages.get(ref)?.signals.push(e.id);
  }
  const title = [...messages.values()].find((m) => m.role === 'user')?.text.replace(/\s+/g, ' ').trim().slice(0, 80) ?? '';
  return {
    key: `${first.site}:${first.conversationId}`,
    site: first.site,
    conversationId: first.conversationId,
    title,
    firstTs,
    lastTs,
    models: [...models],
    messages: [...messages.values()],
  };
}
