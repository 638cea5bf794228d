// Fixture backend for chat.mistral.ai (docs/sites/mistral.md). The first message of a chat goes through the tRPC
// mutation `message.newChat` (batch JSON, `result.data.json.chatId`); every answer streams from POST /api/chat in
// the numbered-line shape seen live: `15:` frames wrapping `{json: …}` (a `bootstrap`, then `message` frames whose
// `patches` add and append `/contentChunks/0`, then `/generationStatus` → "DONE"), terminated by `8:null`. The
// finished text exists only assembled from patches. Unverified, hence kept simple: the /api/chat body fields for
// follow-ups and retries (`mode`), the feedback mutation name and the query that loads an existing chat.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { cannedAnswer } from '../canned';
import type { SiteBackend } from '../types';

export interface MistralMessage {
  id: string;
  role: 'user' | 'assistant';
  /** Assistant: the user message it answers. User: the answer it follows (null for the first). */
  parentId: string | null;
  content: string;
  generationStatus: 'STREAMING' | 'DONE';
  createdAt: string;
  rating?: 'up' | 'down';
}

export interface MistralChat {
  id: string;
  title: string;
  messages: MistralMessage[];
}

export type MistralBackend = SiteBackend & { chats: Map<string, MistralChat> };

export function mistralBackend(options: { chunkDelayMs?: number; chunkSize?: number } = {}): MistralBackend {
  const chats = new Map<string, MistralChat>();
  const chunkDelayMs = options.chunkDelayMs ?? 15;
  const chunkSize = options.chunkSize ?? 7;

  const add = (chat: MistralChat, role: MistralMessage['role'], parentId: string | null, content: string, id: string = randomUUID()) => {
    const m: MistralMessage = { id, role, parentId, content, generationStatus: 'DONE', createdAt: new Date().toISOString() };
    chat.messages.push(m);
    return m;
  };

  async function stream(req: IncomingMessage, res: ServerResponse, body: Record<string, unknown>): Promise<void> {
    const chat = chats.get(String(body.chatId));
    if (!chat) return json(res, { error: 'chat not found' }, 404);
    let prompt: MistralMessage;
    if (body.mode === 'retry') {
      const retried = chat.messages.find((m) => m.id === body.messageId);
      prompt = chat.messages.find((m) => m.id === retried?.parentId)!;
    } else if (body.mode === 'append') {
      const input = (body.messageInput as { type: string; text: string }[]).map((c) => c.text).join('\n');
      prompt = add(chat, 'user', (body.parentId as string | null) ?? null, input, typeof body.messageId === 'string' ? body.messageId : undefined);
    } else {
      prompt = chat.messages.filter((m) => m.role === 'user').at(-1)!;
    }
    const variant = chat.messages.filter((m) => m.role === 'assistant' && m.parentId === prompt.id).length + 1;
    const full = cannedAnswer(prompt.content, variant);
    const answer = add(chat, 'assistant', prompt.id, '');
    answer.generationStatus = 'STREAMING';

    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-cache', 'x-vercel-ai-data-stream': 'v1' });
    const frame = (json: unknown) => res.write(`15:${JSON.stringify({ json })}\n`);
    frame({ type: 'bootstrap', chat: { id: chat.id, title: chat.title }, messages: [{ id: prompt.id, role: 'user', content: prompt.content }] });
    let aborted = false;
    req.on('close', () => (aborted = true));
    for (let i = 0; i < full.length && !aborted; i += chunkSize) {
      await new Promise((r) => setTimeout(r, chunkDelayMs));
      const piece = full.slice(i, i + chunkSize);
      answer.content += piece;
      const patch = i === 0 ? { op: 'add', path: '/contentChunks/0', value: { type: 'text', text: piece } } : { op: 'append', path: '/contentChunks/0/text', value: piece };
      frame({ type: 'message', messageId: answer.id, patches: [patch] });
    }
    answer.generationStatus = 'DONE';
    if (aborted) return;
    frame({ type: 'message', messageId: answer.id, patches: [{ op: 'replace', path: '/generationStatus', value: 'DONE' }] });
    res.write('8:null\n');
    res.end();
  }

  return {
    chats,
    async handle(req, res, url, body) {
      if (req.method === 'POST' && url.pathname === '/api/trpc/message.newChat') {
        const input = (JSON.parse(body || '{}') as Record<string, { json: { content: { text: string }[] } }>)['0']!.json;
        const chat: MistralChat = { id: randomUUID(), title: '', messages: [] };
        const text = input.content.map((c) => c.text).join('\n');
        chat.title = text.slice(0, 40);
        add(chat, 'user', null, text);
        chats.set(chat.id, chat);
        json(res, [{ result: { data: { json: { chatId: chat.id } } } }]);
        return true;
      }
      if (req.method === 'POST' && url.pathname === '/api/chat') {
        await stream(req, res, JSON.parse(body || '{}'));
        return true;
      }
      if (req.method === 'POST' && url.pathname === '/api/trpc/message.feedback') {
        const input = (JSON.parse(body || '{}') as Record<string, { json: { messageId: string; rating: 'up' | 'down' } }>)['0']!.json;
        for (const chat of chats.values()) for (const m of chat.messages) if (m.id === input.messageId) m.rating = input.rating;
        json(res, [{ result: { data: { json: { ok: true } } } }]);
        return true;
      }
      if (req.method === 'GET' && url.pathname === '/api/trpc/chat.byId') {
        const input = JSON.parse(url.searchParams.get('input') ?? '{}') as Record<string, { json: { chatId: string } }>;
        const chat = chats.get(input['0']?.json.chatId ?? '');
        if (!chat) json(res, [{ error: { json: { message: 'NOT_FOUND' } } }], 404);
        else json(res, [{ result: { data: { json: chat } } }]);
        return true;
      }
      return false;
    },
  };
}

function json(res: ServerResponse, data: unknown, status = 200): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(data));
}
