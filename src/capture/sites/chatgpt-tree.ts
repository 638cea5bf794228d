// Reads ChatGPT's conversation `mapping` (GET /backend-api/conversation/<id>) into messages: every branch,
// including regenerations and edited prompts. Not every node is a visible message: the root has none, tool calls
// (recipient != "all"), tool replies, `thoughts` and `reasoning_recap` nodes are skipped; a visible answer's
// prompt is its nearest user ancestor, a prompt's parent its nearest visible answer ancestor.
import { fencedBlocks, isoTime } from './kit';
import type { PageConversation, PageMessage } from './types';

interface RawNode {
  id?: unknown;
  parent?: unknown;
  children?: unknown;
  message?: {
    id?: unknown;
    author?: { role?: unknown };
    content?: { content_type?: unknown; parts?: unknown };
    create_time?: unknown;
    status?: unknown;
    recipient?: unknown;
    channel?: unknown;
    metadata?: { model_slug?: unknown; is_visually_hidden_from_conversation?: unknown };
  } | null;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

export function readChatgptMapping(body: unknown): PageConversation | null {
  const b = body as { mapping?: unknown; conversation_id?: unknown; id?: unknown } | null;
  if (!b || typeof b !== 'object' || !b.mapping || typeof b.mapping !== 'object') return null;
  const conversationId = str(b.conversation_id) ?? str(b.id);
  if (!conversationId) return null;
  const nodes = b.mapping as Record<string, RawNode>;

  const visible = (n: RawNode | undefined): 'user' | 'assistant' | null => {
    const m = n?.message;
    if (!m || m.metadata?.is_visually_hidden_from_conversation === true) return null;
    const role = m.author?.role;
    const type = m.content?.content_type;
    if (role === 'user' && (type === 'text' || type === 'multimodal_text')) return 'user';
    if (role !== 'assistant' || type !== 'text') return null;
    if (m.recipient !== undefined && m.recipient !== 'all') return null;
    if (m.channel !== undefined && m.channel !== null && m.channel !== 'final') return null;
    if (m.status === 'in_progress') return null;
    return 'assistant';
  };
  const textOf = (n: RawNode): string => {
    const parts: unknown = n.message?.content?.parts;
    return (Array.isArray(parts) ? (parts as unknown[]) : []).filter((p): p is string => typeof p === 'string').join('\n');
  };
  const nearest = (id: unknown, role: 'user' | 'assistant'): string | undefined => {
    for (let cur = str(id), hops = 0; cur && hops < 10_000; hops++) {
      const n = nodes[cur];
      if (!n) return undefined;
      const r = visible(n);
      if (r === role) return cur;
      if (r && r !== role) return undefined;
      cur = str(n.parent);
    }
    return undefined;
  };

  const messages: PageMessage[] = [];
  const answersByPrompt = new Map<string, PageMessage[]>();
  for (const [key, n] of Object.entries(nodes)) {
    const role = visible(n);
    if (!role) continue;
    const messageId = str(n.message?.id) ?? str(n.id) ?? key;
    const text = textOf(n);
    // A timestamp that does not read as one (a unit change, say) is left out rather than costing the message.
    const created = isoTime(n.message?.create_time, 'epoch-seconds');
    const parentId = nearest(n.parent, role === 'user' ? 'assistant' : 'user');
    const m: PageMessage = { role, messageId, text, ...(parentId ? { parentId } : {}), ...(created ? { createdAt: created } : {}) };
    if (role === 'assistant') {
      m.codeBlocks = fencedBlocks(text);
      const model = str(n.message?.metadata?.model_slug);
      if (model) m.model = model;
      const siblings = answersByPrompt.get(parentId ?? '') ?? [];
      siblings.push(m);
      answersByPrompt.set(parentId ?? '', siblings);
    }
    messages.push(m);
  }
  for (const siblings of answersByPrompt.values()) {
    siblings.sort((a, b) => (a.createdAt ?? '').localeCompare(b.createdAt ?? ''));
    siblings.forEach((m, i) => {
      m.variantIndex = i + 1;
      m.variantCount = siblings.length;
    });
  }
  return { conversationId, messages };
}
