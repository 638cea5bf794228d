// Reads claude.ai's conversation tree (GET …/chat_conversations/<id>?tree=True&rendering_mode=messages) into
// messages with the same path ids the Claude adapter derives from the DOM (see claude.ts): `row<depth>` plus
// `.<j>v<n>` for every depth j on the way whose version n is not the first. Versions are siblings in creation
// order, as the page's "n / m" readout counts them. Also returns the versions shown on the current branch
// (current_leaf_message_uuid), which the adapter cannot see in the DOM until a row is hovered.
import { claudePathId } from './claude-path';
import { fencedBlocks, isoTime } from './kit';
import type { PageMessage } from './types';

interface RawMessage {
  uuid?: unknown;
  parent_message_uuid?: unknown;
  sender?: unknown;
  text?: unknown;
  content?: unknown;
  created_at?: unknown;
  index?: unknown;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

export interface ClaudeTree {
  conversationId: string;
  messages: PageMessage[];
  /** depth -> [shown version, number of versions] along the current branch */
  shownVersions: Map<number, [number, number]>;
}

export function readClaudeTree(body: unknown): ClaudeTree | null {
  const b = body as { uuid?: unknown; chat_messages?: unknown; current_leaf_message_uuid?: unknown } | null;
  if (!b || typeof b !== 'object' || !Array.isArray(b.chat_messages)) return null;
  const conversationId = str(b.uuid);
  if (!conversationId) return null;
  const raw = (b.chat_messages as RawMessage[]).filter((m) => str(m.uuid) && (m.sender === 'human' || m.sender === 'assistant'));
  const byId = new Map(raw.map((m) => [m.uuid as string, m]));
  const children = new Map<string, RawMessage[]>();
  for (const m of raw) {
    const parent = str(m.parent_message_uuid) && byId.has(m.parent_message_uuid as string) ? (m.parent_message_uuid as string) : '';
    const list = children.get(parent) ?? [];
    list.push(m);
    children.set(parent, list);
  }
  const order = (a: RawMessage, b: RawMessage) =>
    (str(a.created_at) ?? '').localeCompare(str(b.created_at) ?? '') || Number(a.index ?? 0) - Number(b.index ?? 0);
  for (const list of children.values()) list.sort(order);

  const textOf = (m: RawMessage): string => {
    if (Array.isArray(m.content)) {
      return (m.content as { type?: unknown; text?: unknown }[])
        .filter((c) => c.type === 'text' && typeof c.text === 'string')
        .map((c) => c.text as string)
        .join('\n\n');
    }
    return str(m.text) ?? '';
  };

  const messages: PageMessage[] = [];
  const pathIds = new Map<string, string>();
  // Walk from the root so each message's path extends its parent's.
  const walk = (parent: string, depth: number, parentPath: string, parentId: string | undefined) => {
    const siblings = children.get(parent) ?? [];
    siblings.forEach((m, i) => {
      const version = i + 1;
      const path = parentPath + (version !== 1 ? `.${depth}v${version}` : '');
      const id = claudePathId(depth, path);
      pathIds.set(m.uuid as string, id);
      const text = textOf(m);
      const createdAt = isoTime(m.created_at, 'iso');
      const message: PageMessage = {
        role: m.sender === 'human' ? 'user' : 'assistant',
        messageId: id,
        text,
        ...(parentId ? { parentId } : {}),
        ...(createdAt ? { createdAt } : {}),
      };
      if (message.role === 'assistant') {
        message.codeBlocks = fencedBlocks(text);
        if (siblings.length > 1) {
          message.variantIndex = version;
          message.variantCount = siblings.length;
        }
      }
      messages.push(message);
      walk(m.uuid as string, depth + 1, path, id);
    });
  };
  walk('', 0, '', undefined);

  const shownVersions = new Map<number, [number, number]>();
  const chain: RawMessage[] = [];
  const parentOf = (m: RawMessage) => byId.get(str(m.parent_message_uuid) ?? '');
  for (let m = byId.get(str(b.current_leaf_message_uuid) ?? ''), hops = 0; m && hops < 100_000; m = parentOf(m), hops++) chain.unshift(m);
  chain.forEach((m, depth) => {
    const parent = str(m.parent_message_uuid) && byId.has(m.parent_message_uuid as string) ? (m.parent_message_uuid as string) : '';
    const siblings = children.get(parent) ?? [];
    shownVersions.set(depth, [siblings.indexOf(m) + 1, siblings.length]);
  });
  return { conversationId, messages, shownVersions };
}
