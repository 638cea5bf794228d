// Fixture backend for chat.deepseek.com (docs/sites/deepseek.md). A send is `create_pow_challenge` then an
// XMLHttpRequest POST to /api/v0/chat/completion answered as text/event-stream: `event: ready` (request and
// response message ids), `update_session`, a seed `{v:{response:{…fragments}}}`, JSON-patch-like `data:` lines —
// `{p:"response/fragments", o:"APPEND", v:[{type, content}]}` opens a fragment, `{p:"response/fragments/-1/content",
// o:"APPEND", v}` appends to the LAST fragment whatever its type, a bare `{v}` continues the last path — then a
// BATCH with `quasi_status`, `response/status` SET FINISHED (INCOMPLETE when stopped), `update_session`, `close`.
// Thinking (THINK fragments) shares the answer path. Message ids are small integers per session; regenerations are
// siblings under the user message, the shown branch is `current_message_id` → `parent_id`.
// Unverified, kept simple: the chat_session/create reply, the regenerate and message_feedback bodies.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { cannedAnswer } from '../canned';
import type { SiteBackend } from '../types';

export interface DeepseekFragment {
  type: 'THINK' | 'RESPONSE';
  content: string;
}

export interface DeepseekMessage {
  message_id: number;
  parent_id: number | null;
  role: 'USER' | 'ASSISTANT';
  fragments: DeepseekFragment[];
  status: 'WIP' | 'FINISHED' | 'INCOMPLETE';
  inserted_at: number;
  thinking_enabled: boolean;
  feedback?: 'LIKE' | 'DISLIKE';
}

export interface DeepseekSession {
  id: string;
  title: string;
  current_message_id: number | null;
  messages: DeepseekMessage[];
}

export type DeepseekBackend = SiteBackend & { sessions: Map<string, DeepseekSession> };

/** The answer text of a message (RESPONSE fragments only). */
export function responseText(m: DeepseekMessage): string {
  return m.fragments.filter((f) => f.type === 'RESPONSE').map((f) => f.content).join('');
}

export function deepseekBackend(options: { chunkDelayMs?: number; chunkSize?: number } = {}): DeepseekBackend {
  const sessions = new Map<string, DeepseekSession>();
  const stopped = new Set<string>();
  const chunkDelayMs = options.chunkDelayMs ?? 15;
  const chunkSize = options.chunkSize ?? 6;

  const add = (s: DeepseekSession, role: DeepseekMessage['role'], parent: number | null, fragments: DeepseekFragment[], thinking: boolean): DeepseekMessage => {
    const m: DeepseekMessage = { message_id: s.messages.length + 1, parent_id: parent, role, fragments, status: 'FINISHED', inserted_at: Date.now() / 1000, thinking_enabled: thinking };
    s.messages.push(m);
    return m;
  };

  async function stream(
    req: IncomingMessage,
    res: ServerResponse,
    s: DeepseekSession,
    prompt: DeepseekMessage,
    thinking: boolean,
  ): Promise<void> {
    const userText = responseText(prompt);
    const variant = s.messages.filter((m) => m.parent_id === prompt.message_id).length + 1;
    const full = cannedAnswer(userText, variant);
    const answer = add(s, 'ASSISTANT', prompt.message_id, [], thinking);
    answer.status = 'WIP';
    s.current_message_id = answer.message_id;
    const key = `${s.id}:${answer.message_id}`;

    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' });
    const data = (v: unknown) => res.write(`data: ${JSON.stringify(v)}\n\n`);
    const event = (name: string, v: unknown) => res.write(`event: ${name}\ndata: ${JSON.stringify(v)}\n\n`);
    event('ready', { request_message_id: prompt.message_id, response_message_id: answer.message_id, model_type: 'default' });
    event('update_session', { updated_at: Date.now() / 1000 });
    data({ v: { response: { message_id: answer.message_id, parent_id: prompt.message_id, model: '', role: 'ASSISTANT', thinking_enabled: thinking, fragments: [], accumulated_token_usage: 0, status: 'WIP' } } });
    let closed = false;
    req.on('close', () => (closed = true));
    const pieces: [DeepseekFragment['type'], string][] = [];
    if (thinking) pieces.push(['THINK', `The user asks: "${userText.slice(0, 80)}". I should answer briefly.`]);
    pieces.push(['RESPONSE', full]);
    for (const [type, text] of pieces) {
      let lastPath = '';
      for (let i = 0; i < text.length && !closed && !stopped.has(key); i += chunkSize) {
        await new Promise((r) => setTimeout(r, chunkDelayMs));
        const piece = text.slice(i, i + chunkSize);
        if (i === 0) {
          answer.fragments.push({ type, content: piece });
          data({ p: 'response/fragments', o: 'APPEND', v: [{ type, content: piece }] });
          lastPath = '';
        } else {
          answer.fragments.at(-1)!.content += piece;
          data(lastPath ? { v: piece } : { p: 'response/fragments/-1/content', o: 'APPEND', v: piece });
          lastPath = 'response/fragments/-1/content';
        }
      }
    }
    const wasStopped = stopped.delete(key);
    answer.status = wasStopped ? 'INCOMPLETE' : 'FINISHED';
    if (closed) return;
    data({ p: 'response', o: 'BATCH', v: [{ p: 'accumulated_token_usage', v: 42 }, { p: 'quasi_status', v: answer.status }] });
    data({ p: 'response/status', o: 'SET', v: answer.status });
    event('update_session', { updated_at: Date.now() / 1000 });
    event('close', { click_behavior: 'none' });
    res.end();
  }

  return {
    sessions,
    async handle(req, res, url, body) {
      const b = (req.method === 'POST' ? JSON.parse(body || '{}') : {}) as Record<string, unknown>;
      const session = () =>
        sessions.get(typeof b.chat_session_id === 'string' ? b.chat_session_id : String(url.searchParams.get('chat_session_id')));
      switch (`${req.method} ${url.pathname}`) {
        case 'POST /api/v0/chat_session/create': {
          const s: DeepseekSession = { id: randomUUID(), title: 'New chat', current_message_id: null, messages: [] };
          sessions.set(s.id, s);
          return ok(res, { id: s.id, chat_session: { id: s.id, title: s.title, current_message_id: null } });
        }
        case 'POST /api/v0/chat/create_pow_challenge':
          return ok(res, { challenge: { algorithm: 'DeepSeekHashV1', challenge: randomUUID().replace(/-/g, ''), salt: 'fixture', difficulty: 1, expire_at: Date.now() + 300_000, signature: 'fixture', target_path: b.target_path } });
        case 'POST /api/v0/chat/completion': {
          const s = session();
          if (!s) return ok(res, null, 40003, 'session not found');
          const prompt = add(s, 'USER', (b.parent_message_id as number | null) ?? null, [{ type: 'RESPONSE', content: String(b.prompt) }], false);
          if (s.title === 'New chat') s.title = String(b.prompt).slice(0, 30);
          await stream(req, res, s, prompt, b.thinking_enabled === true);
          return true;
        }
        case 'POST /api/v0/chat/regenerate': {
          const s = session();
          const prompt = s?.messages.find((m) => m.message_id === b.parent_message_id);
          if (!s || !prompt) return ok(res, null, 40003, 'message not found');
          await stream(req, res, s, prompt, b.thinking_enabled === true);
          return true;
        }
        case 'POST /api/v0/chat/stop_stream':
          stopped.add(`${String(b.chat_session_id)}:${String(b.message_id)}`);
          return ok(res, null);
        case 'POST /api/v0/chat/message_feedback': {
          const m = session()?.messages.find((x) => x.message_id === b.message_id);
          if (m) m.feedback = (b.feedback as { type: 'LIKE' | 'DISLIKE' }).type;
          return ok(res, null);
        }
        case 'GET /api/v0/chat/history_messages': {
          const s = session();
          if (!s) return ok(res, null, 40003, 'session not found');
          // The live app keeps its own cache and asks for deltas: with a cache version it may get nothing back.
          const cached = Number(url.searchParams.get('cache_version') ?? '0') > 0;
          return ok(res, {
            chat_session: { id: s.id, title: s.title, current_message_id: s.current_message_id, model_type: 'default' },
            chat_messages: cached ? [] : s.messages,
            cache_control: cached ? 'MERGE' : 'FULL',
          });
        }
      }
      return false;
    },
  };
}

function ok(res: ServerResponse, bizData: unknown, bizCode = 0, bizMsg = ''): true {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ code: 0, msg: '', data: { biz_code: bizCode, biz_msg: bizMsg, biz_data: bizData } }));
  return true;
}
