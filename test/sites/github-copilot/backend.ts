// Fixture backend for GitHub Copilot Chat on github.com (docs/sites/github-copilot.md). The API host
// (api.individual.githubcopilot.com) answers cross-origin with CORS, as the real one does: thread list and
// creation, the thread's messages as a tree (`parentMessageID`, "root" for the first prompt; retries are siblings
// under the same prompt), and sending a message, which streams SSE `{type:"content", body}` deltas.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { cannedAnswer } from '../canned';
import type { SiteBackend } from '../types';

export const API_HOST = 'api.individual.githubcopilot.com';

export interface CopilotMessage {
  id: string;
  parentMessageID: string;
  role: 'user' | 'assistant';
  content: string;
  threadID: string;
  createdAt: string;
  model?: string;
}

export interface CopilotThread {
  id: string;
  name: string;
  createdAt: string;
  updatedAt: string;
  messages: Map<string, CopilotMessage>;
}

export type GithubCopilotBackend = SiteBackend & { threads: Map<string, CopilotThread> };

const CORS = {
  'access-control-allow-origin': 'https://github.com',
  'access-control-allow-credentials': 'true',
  'access-control-allow-headers': 'authorization, content-type, copilot-integration-id, x-github-api-version',
  'access-control-allow-methods': 'GET, POST, PATCH, DELETE, OPTIONS',
};

export function githubCopilotBackend(options: { chunkDelayMs?: number; chunkSize?: number } = {}): GithubCopilotBackend {
  const threads = new Map<string, CopilotThread>();
  const chunkDelayMs = options.chunkDelayMs ?? 15;
  const chunkSize = options.chunkSize ?? 6;

  function add(thread: CopilotThread, m: Omit<CopilotMessage, 'createdAt' | 'threadID'>): CopilotMessage {
    const message: CopilotMessage = { ...m, threadID: thread.id, createdAt: new Date().toISOString() };
    thread.messages.set(message.id, message);
    thread.updatedAt = message.createdAt;
    return message;
  }

  async function send(req: IncomingMessage, res: ServerResponse, thread: CopilotThread, body: Record<string, unknown>): Promise<void> {
    const parent = typeof body.parentMessageID === 'string' ? body.parentMessageID : 'root';
    let prompt: CopilotMessage;
    res.writeHead(200, { ...CORS, 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' });
    const event = (data: unknown) => res.write(`data: ${JSON.stringify(data)}\n\n`);
    if (body.retry === true && thread.messages.get(parent)?.role === 'user') {
      prompt = thread.messages.get(parent)!;
    } else {
      prompt = add(thread, { id: randomUUID(), parentMessageID: parent, role: 'user', content: typeof body.content === 'string' ? body.content : '' });
      if (thread.name === 'New conversation') thread.name = prompt.content.slice(0, 40);
    }
    const variant = [...thread.messages.values()].filter((m) => m.parentMessageID === prompt.id).length + 1;
    const full = cannedAnswer(prompt.content, variant);
    const answer = add(thread, {
      id: typeof body.responseMessageID === 'string' ? body.responseMessageID : randomUUID(),
      parentMessageID: prompt.id,
      role: 'assistant',
      content: '',
      model: typeof body.model === 'string' ? body.model : 'gpt-4.1',
    });
    event({ type: 'message', message: { ...prompt } });
    let aborted = false;
    req.on('close', () => (aborted = true));
    for (let i = 0; i < full.length && !aborted; i += chunkSize) {
      await new Promise((r) => setTimeout(r, chunkDelayMs));
      const delta = full.slice(i, i + chunkSize);
      answer.content += delta;
      event({ type: 'content', body: delta });
    }
    if (aborted) return;
    event({ type: 'complete', id: answer.id, parentMessageID: answer.parentMessageID, model: answer.model, turnId: answer.id });
    res.end();
  }

  return {
    threads,
    async handle(req, res, url, body) {
      if (url.hostname !== API_HOST) return false;
      if (req.method === 'OPTIONS') {
        res.writeHead(204, CORS).end();
        return true;
      }
      const p = url.pathname;
      if (p === '/github/chat/threads' && req.method === 'GET') {
        return json(res, {
          threads: [...threads.values()].map(({ messages: _, ...t }) => ({ ...t, repoID: null, repoOwnerID: null, associatedRepoIDs: [] })),
        });
      }
      if (p === '/github/chat/threads' && req.method === 'POST') {
        const now = new Date().toISOString();
        const thread: CopilotThread = { id: randomUUID(), name: 'New conversation', createdAt: now, updatedAt: now, messages: new Map() };
        threads.set(thread.id, thread);
        const { messages: _, ...t } = thread;
        return json(res, { thread: t, threadID: thread.id }, 201);
      }
      const m = /^\/github\/chat\/threads\/([\w-]+)\/messages$/.exec(p);
      const thread = m ? threads.get(m[1]!) : undefined;
      if (m && !thread) return json(res, { message: 'Not Found' }, 404);
      if (thread && req.method === 'GET') return json(res, { thread: { id: thread.id, name: thread.name }, messages: [...thread.messages.values()] });
      if (thread && req.method === 'POST') {
        await send(req, res, thread, JSON.parse(body || '{}'));
        return true;
      }
      return false;
    },
  };
}

function json(res: ServerResponse, data: unknown, status = 200): true {
  res.writeHead(status, { ...CORS, 'content-type': 'application/json' });
  res.end(JSON.stringify(data));
  return true;
}
