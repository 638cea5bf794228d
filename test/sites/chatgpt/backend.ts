// Fixture backend for chatgpt.com: the endpoints the real page calls (docs/sites/chatgpt.md), with an
// in-memory conversation tree shaped like the real `mapping`. Answers come from a canned model so tests and the
// demo are deterministic. Streams use the delta encoding the real site has used since 2024: an `add` of the
// message, then `append` patches to /message/content/parts/0, then message_stream_complete and [DONE].
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { cannedAnswer } from '../canned';
import type { SiteBackend } from '../types';

interface Node {
  id: string;
  parent: string | null;
  children: string[];
  message: null | {
    id: string;
    author: { role: 'user' | 'assistant' | 'system' };
    content: { content_type: 'text'; parts: string[] };
    create_time: number;
    status: 'finished_successfully' | 'in_progress';
    recipient: 'all';
    metadata: Record<string, unknown>;
  };
}

interface Conversation {
  id: string;
  title: string;
  create_time: number;
  mapping: Record<string, Node>;
  current_node: string;
}

export interface ChatgptOptions {
  /** Milliseconds between streamed chunks. */
  chunkDelayMs?: number;
  /** Characters per chunk. */
  chunkSize?: number;
  model?: string;
}

export type ChatgptBackend = SiteBackend & { conversations: Map<string, Conversation>; seed: (turns: SeedTurn[]) => string };

export function chatgptBackend(options: ChatgptOptions = {}): ChatgptBackend {
  const conversations = new Map<string, Conversation>();
  const chunkDelayMs = options.chunkDelayMs ?? 15;
  const chunkSize = options.chunkSize ?? 6;
  const model = options.model ?? 'gpt-4o';

  function addNode(conv: Conversation, parent: string, role: 'user' | 'assistant', text: string, id: string = randomUUID()): Node {
    const node: Node = {
      id,
      parent,
      children: [],
      message: {
        id,
        author: { role },
        content: { content_type: 'text', parts: [text] },
        create_time: Date.now() / 1000,
        status: 'finished_successfully',
        recipient: 'all',
        metadata: role === 'assistant' ? { model_slug: model } : {},
      },
    };
    conv.mapping[id] = node;
    conv.mapping[parent]!.children.push(id);
    return node;
  }

  function newConversation(): Conversation {
    const id = randomUUID();
    const rootId = randomUUID();
    const conv: Conversation = { id, title: 'New chat', create_time: Date.now() / 1000, mapping: {}, current_node: rootId };
    conv.mapping[rootId] = { id: rootId, parent: null, children: [], message: null };
    conversations.set(id, conv);
    return conv;
  }

  async function stream(req: IncomingMessage, res: ServerResponse, body: Record<string, unknown>): Promise<void> {
    let conv = typeof body.conversation_id === 'string' ? conversations.get(body.conversation_id) : undefined;
    if (!conv) conv = newConversation();
    // No parent: the first message of the chat (or an edit of it) hangs off the root.
    const parentId = typeof body.parent_message_id === 'string' ? body.parent_message_id : rootOf(conv);
    let promptNode: Node;
    if (body.action === 'variant') {
      promptNode = conv.mapping[parentId]!;
    } else {
      const msg = (body.messages as { id: string; content: { parts: string[] } }[])[0]!;
      const parent = conv.mapping[parentId] ? parentId : rootOf(conv);
      promptNode = addNode(conv, parent, 'user', msg.content.parts.join('\n'), msg.id);
      if (conv.title === 'New chat') conv.title = promptNode.message!.content.parts[0]!.slice(0, 40);
    }
    const variant = promptNode.children.length + 1;
    const full = cannedAnswer(promptNode.message!.content.parts[0]!, variant);
    const answer = addNode(conv, promptNode.id, 'assistant', '');
    answer.message!.status = 'in_progress';
    conv.current_node = answer.id;

    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' });
    const send = (data: unknown, event?: string) => res.write((event ? `event: ${event}\n` : '') + `data: ${typeof data === 'string' ? data : JSON.stringify(data)}\n\n`);
    send('"v1"', 'delta_encoding');
    send({ type: 'input_message', input_message: promptNode.message, conversation_id: conv.id });
    send({ p: '', o: 'add', v: { message: { ...answer.message, content: { content_type: 'text', parts: [''] } }, conversation_id: conv.id }, c: 0 }, 'delta');
    let aborted = false;
    req.on('close', () => (aborted = true));
    let sent = '';
    for (let i = 0; i < full.length && !aborted; i += chunkSize) {
      await new Promise((r) => setTimeout(r, chunkDelayMs));
      const piece = full.slice(i, i + chunkSize);
      sent += piece;
      send(i === 0 ? { p: '/message/content/parts/0', o: 'append', v: piece } : { v: piece }, 'delta');
    }
    answer.message!.content.parts = [sent];
    answer.message!.status = 'finished_successfully';
    if (aborted) return;
    send({ p: '', o: 'patch', v: [{ p: '/message/status', o: 'replace', v: 'finished_successfully' }] }, 'delta');
    send({ type: 'message_stream_complete', conversation_id: conv.id });
    send('[DONE]');
    res.end();
  }

  function rootOf(conv: Conversation): string {
    return Object.values(conv.mapping).find((n) => n.parent === null)!.id;
  }

  return {
    conversations,
    seed(turns) {
      const conv = newConversation();
      let parent = rootOf(conv);
      for (const turn of turns) {
        if (turn.abandoned) {
          // An edited prompt: the first version and its answers stay in the tree as a branch not shown.
          const old = addNode(conv, parent, 'user', turn.abandoned.prompt);
          for (const text of turn.abandoned.answers) addNode(conv, old.id, 'assistant', text);
        }
        const user = addNode(conv, parent, 'user', turn.prompt);
        let last: Node | null = null;
        for (const text of turn.answers) last = addNode(conv, user.id, 'assistant', text);
        parent = last!.id;
      }
      conv.current_node = parent;
      conv.title = turns[0]?.prompt.slice(0, 40) ?? 'Seeded';
      return conv.id;
    },
    async handle(req, res, url, body) {
      if (req.method === 'POST' && (url.pathname === '/backend-api/conversation' || url.pathname === '/backend-api/f/conversation')) {
        await stream(req, res, JSON.parse(body || '{}'));
        return true;
      }
      if (req.method === 'POST' && url.pathname === '/backend-api/conversation/message_feedback') {
        json(res, { ok: true });
        return true;
      }
      if (req.method === 'GET' && url.pathname === '/backend-api/conversations') {
        // The sidebar's history list, newest first, as the real page pages through it.
        const offset = Number(url.searchParams.get('offset') ?? 0);
        const limit = Number(url.searchParams.get('limit') ?? 28);
        const all = [...conversations.values()].sort((a, b) => b.create_time - a.create_time);
        const items = all.slice(offset, offset + limit).map((c) => {
          const time = new Date(c.create_time * 1000).toISOString();
          return { id: c.id, title: c.title, create_time: time, update_time: time };
        });
        json(res, { items, total: all.length, limit, offset });
        return true;
      }
      const m = /^\/backend-api\/conversation\/([\w-]+)$/.exec(url.pathname);
      if (req.method === 'GET' && m) {
        const conv = conversations.get(m[1]!);
        if (!conv) json(res, { detail: 'Conversation not found' }, 404);
        else json(res, { ...conv, conversation_id: conv.id });
        return true;
      }
      return false;
    },
  };
}

export interface SeedTurn {
  prompt: string;
  /** Every variant of the answer; the last is the one shown. */
  answers: string[];
  /** The prompt as first sent, before the user edited it, with the answers it got. */
  abandoned?: { prompt: string; answers: string[] };
}

function json(res: ServerResponse, data: unknown, status = 200): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(data));
}
