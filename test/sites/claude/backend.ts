// Fixture backend for claude.ai: the endpoints the real page calls (docs/sites/claude.md), with an in-memory
// conversation store shaped like the real `?tree=True&rendering_mode=messages` JSON (every branch present,
// `parent_message_uuid` links, `current_leaf_message_uuid` = the branch shown). Replies stream as the SSE
// "transport A" observed in 2026: message_start, content_block_start/delta/stop, message_delta, message_limit,
// message_stop, each `data:` line right-padded with spaces; new chats get `conversation_ready` first. Deltas are
// bursty and the stream pauses once mid-reply (as during a tool call) before it finishes.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { cannedAnswer } from '../canned';
import type { SiteBackend } from '../types';

export const ORG_UUID = '5f0c0b7e-9d7a-4c51-8a39-2d1c6f4e8b21';
export const ROOT_PARENT = '00000000-0000-4000-8000-000000000000';
const MODEL = 'claude-sonnet-4-5-20250929';

export interface ClaudeMessage {
  uuid: string;
  parent_message_uuid: string;
  sender: 'human' | 'assistant';
  index: number;
  text: string;
  content: (
    | { type: 'text'; text: string; start_timestamp: string; stop_timestamp: string | null }
    | { type: 'thinking'; thinking: string; start_timestamp: string; stop_timestamp: string | null }
  )[];
  created_at: string;
  updated_at: string;
  stop_reason: 'end_turn' | 'user_canceled' | null;
  truncated: boolean;
  attachments: unknown[];
  files_v2: unknown[];
  sync_sources: unknown[];
}

export interface ClaudeConversation {
  uuid: string;
  name: string;
  summary: string;
  model: string;
  created_at: string;
  updated_at: string;
  settings: Record<string, unknown>;
  is_starred: boolean;
  current_leaf_message_uuid: string;
  chat_messages: ClaudeMessage[];
}

export interface SeedTurn {
  prompt: string;
  /** Every retry of the answer, oldest first; the last is the one shown. */
  answers: string[];
  /** Earlier versions of this prompt (edited away), each with one answer; oldest first. */
  editedFrom?: { prompt: string; answer: string }[];
}

export interface ClaudeOptions {
  /** Milliseconds between streamed deltas. */
  chunkDelayMs?: number;
  /** Characters per delta (deltas are bursty: every third one carries three times as much). */
  chunkSize?: number;
  /** Quiet time in the middle of a reply, as when Claude runs a tool. */
  pauseMs?: number;
}

export type ClaudeBackend = SiteBackend & {
  conversations: Map<string, ClaudeConversation>;
  /** Creates a finished conversation server-side (e.g. a long one, or one with retries and edits); returns its uuid. */
  seed: (turns: SeedTurn[], name?: string) => string;
  /** The messages on the branch ending at `leaf` (default: the shown one), root first. */
  branch: (conversationId: string, leaf?: string) => ClaudeMessage[];
};

const iso = () => new Date().toISOString();

export function claudeBackend(options: ClaudeOptions = {}): ClaudeBackend {
  const conversations = new Map<string, ClaudeConversation>();
  const chunkDelayMs = options.chunkDelayMs ?? 15;
  const chunkSize = options.chunkSize ?? 6;
  const pauseMs = options.pauseMs ?? 400;

  function newConversation(uuid: string = randomUUID(), name = ''): ClaudeConversation {
    const conv: ClaudeConversation = {
      uuid,
      name,
      summary: '',
      model: MODEL,
      created_at: iso(),
      updated_at: iso(),
      settings: { preview_feature_uses_artifacts: true, enabled_web_search: false },
      is_starred: false,
      current_leaf_message_uuid: ROOT_PARENT,
      chat_messages: [],
    };
    conversations.set(uuid, conv);
    return conv;
  }

  function addMessage(conv: ClaudeConversation, parent: string, sender: 'human' | 'assistant', text: string, uuid: string = randomUUID()): ClaudeMessage {
    const now = iso();
    const msg: ClaudeMessage = {
      uuid,
      parent_message_uuid: parent,
      sender,
      index: conv.chat_messages.length,
      text,
      content: [{ type: 'text', text, start_timestamp: now, stop_timestamp: now }],
      created_at: now,
      updated_at: now,
      stop_reason: sender === 'assistant' ? 'end_turn' : null,
      truncated: false,
      attachments: [],
      files_v2: [],
      sync_sources: [],
    };
    conv.chat_messages.push(msg);
    conv.updated_at = now;
    return msg;
  }

  function childrenOf(conv: ClaudeConversation, parent: string): ClaudeMessage[] {
    return conv.chat_messages.filter((m) => m.parent_message_uuid === parent);
  }

  function branch(conversationId: string, leaf?: string): ClaudeMessage[] {
    const conv = conversations.get(conversationId);
    if (!conv) return [];
    const byId = new Map(conv.chat_messages.map((m) => [m.uuid, m]));
    const out: ClaudeMessage[] = [];
    for (let m = byId.get(leaf ?? conv.current_leaf_message_uuid); m; m = byId.get(m.parent_message_uuid)) out.unshift(m);
    return out;
  }

  /** A message's text block (after its thinking block, when it has one). */
  const text0 = (m: ClaudeMessage) => m.content.find((c) => c.type === 'text') as Extract<ClaudeMessage['content'][number], { type: 'text' }>;

  async function stream(
    req: IncomingMessage,
    res: ServerResponse,
    conv: ClaudeConversation,
    human: ClaudeMessage,
    assistantUuid: string,
    isNew: boolean,
  ): Promise<void> {
    const variant = childrenOf(conv, human.uuid).length + 1;
    const full = cannedAnswer(human.text, variant);
    const answer = addMessage(conv, human.uuid, 'assistant', '', assistantUuid);
    answer.stop_reason = null;
    text0(answer).stop_timestamp = null;
    conv.current_leaf_message_uuid = answer.uuid;

    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', 'x-accel-buffering': 'no' });
    // The real stream right-pads each data line with spaces.
    const send = (event: string, data: Record<string, unknown>) =>
      res.write(`event: ${event}\ndata: ${JSON.stringify({ type: event, ...data }).padEnd(96, ' ')}\n\n`);
    let aborted = false;
    req.on('close', () => (aborted = true));
    if (isNew) send('conversation_ready', {});
    send('message_start', {
      message: {
        id: `chatcompl_${randomUUID().replace(/-/g, '').slice(0, 24)}`,
        type: 'message',
        role: 'assistant',
        model: '',
        parent_uuid: human.uuid,
        uuid: answer.uuid,
        content: [],
        stop_reason: null,
        stop_sequence: null,
        trace_id: randomUUID().replace(/-/g, ''),
        request_id: `req_${randomUUID().replace(/-/g, '').slice(0, 24)}`,
      },
    });
    // Extended thinking (asked for by a prompt that says "think"): a thinking block streams first, as index 0.
    const thinking = /\bthink\b/i.test(human.text) ? `The user asks: ${human.text.slice(0, 60)}. I will reason, then answer.` : '';
    let block = 0;
    if (thinking) {
      send('content_block_start', { index: 0, content_block: { start_timestamp: iso(), stop_timestamp: null, type: 'thinking', thinking: '', summaries: [] } });
      for (let at = 0; at < thinking.length && !aborted; at += chunkSize) {
        await new Promise((r) => setTimeout(r, chunkDelayMs));
        send('content_block_delta', { index: 0, delta: { type: 'thinking_delta', thinking: thinking.slice(at, at + chunkSize) } });
      }
      send('content_block_stop', { index: 0, stop_timestamp: iso() });
      answer.content.unshift({ type: 'thinking', thinking, start_timestamp: iso(), stop_timestamp: iso() });
      block = 1;
    }
    send('content_block_start', { index: block, content_block: { start_timestamp: iso(), stop_timestamp: null, type: 'text', text: '', citations: [] } });
    let sent = '';
    let i = 0;
    let paused = false;
    for (let n = 0; i < full.length && !aborted; n++) {
      await new Promise((r) => setTimeout(r, chunkDelayMs));
      if (!paused && i >= full.length / 2) {
        paused = true;
        await new Promise((r) => setTimeout(r, pauseMs));
        if (aborted) break;
      }
      const size = n % 3 === 2 ? chunkSize * 3 : chunkSize;
      const piece = full.slice(i, i + size);
      i += size;
      sent += piece;
      send('content_block_delta', { index: block, delta: { type: 'text_delta', text: piece } });
    }
    answer.text = sent;
    text0(answer).text = sent;
    text0(answer).stop_timestamp = iso();
    answer.updated_at = iso();
    answer.stop_reason = aborted ? 'user_canceled' : 'end_turn';
    if (aborted) return;
    send('content_block_stop', { index: block, stop_timestamp: iso() });
    send('message_delta', { delta: { stop_reason: 'end_turn', stop_sequence: null } });
    send('message_limit', { message_limit: { type: 'within_limit', resetsAt: null, remaining: null, perModelLimit: null, representativeClaim: 'five_hour', overageDisabledReason: null, overageInUse: false } });
    send('message_stop', {});
    res.end();
  }

  function seed(turns: SeedTurn[], name?: string): string {
    const conv = newConversation(randomUUID(), name ?? turns[0]?.prompt.slice(0, 40) ?? 'Seeded');
    let parent = ROOT_PARENT;
    for (const turn of turns) {
      for (const old of turn.editedFrom ?? []) {
        const human = addMessage(conv, parent, 'human', old.prompt);
        addMessage(conv, human.uuid, 'assistant', old.answer);
      }
      const human = addMessage(conv, parent, 'human', turn.prompt);
      let last: ClaudeMessage | null = null;
      for (const text of turn.answers) last = addMessage(conv, human.uuid, 'assistant', text);
      parent = last!.uuid;
    }
    conv.current_leaf_message_uuid = parent;
    return conv.uuid;
  }

  const CONV = /^\/api\/organizations\/([\w-]+)\/chat_conversations\/([\w-]+)(?:\/(completion|retry_completion|current_leaf_message_uuid|stop_response))?$/;
  const FEEDBACK = /^\/api\/organizations\/([\w-]+)\/chat_conversations\/([\w-]+)\/chat_messages\/([\w-]+)\/chat_feedback$/;

  return {
    conversations,
    seed,
    branch,
    async handle(req, res, url, body) {
      const p = url.pathname;
      if (req.method === 'GET' && p === '/api/organizations') {
        json(res, [{ uuid: ORG_UUID, name: 'fixture@example.com’s Organization', capabilities: ['chat', 'claude_pro'] }]);
        return true;
      }
      if (req.method === 'POST' && p === `/api/organizations/${ORG_UUID}/chat_conversations`) {
        const b = JSON.parse(body || '{}') as { uuid?: string; name?: string };
        json(res, newConversation(b.uuid ?? randomUUID(), b.name ?? ''), 201);
        return true;
      }
      const fb = FEEDBACK.exec(p);
      if (fb && (req.method === 'POST' || req.method === 'PUT')) {
        json(res, { type: (JSON.parse(body || '{}') as { type?: string }).type ?? 'upvote', reason: '' });
        return true;
      }
      const m = CONV.exec(p);
      if (!m || m[1] !== ORG_UUID) return false;
      const [, , convId, action] = m as unknown as [string, string, string, string | undefined];
      if (req.method === 'GET' && !action) {
        const conv = conversations.get(convId);
        if (!conv) json(res, { type: 'error', error: { type: 'not_found_error', message: 'Not found' } }, 404);
        else if (url.searchParams.get('tree')?.toLowerCase() === 'true') json(res, conv);
        else json(res, { ...conv, chat_messages: branch(convId) });
        return true;
      }
      if (req.method === 'POST' && action === 'completion') {
        const b = JSON.parse(body || '{}') as {
          prompt: string;
          parent_message_uuid?: string;
          turn_message_uuids?: { human_message_uuid?: string; assistant_message_uuid?: string };
          create_conversation_params?: { name?: string };
        };
        let conv = conversations.get(convId);
        const isNew = !conv;
        conv ??= newConversation(convId, b.create_conversation_params?.name ?? '');
        const wanted = b.parent_message_uuid;
        const knownParent = wanted && (wanted === ROOT_PARENT || conv.chat_messages.some((x) => x.uuid === wanted));
        const parent = knownParent ? wanted : conv.current_leaf_message_uuid;
        const human = addMessage(conv, parent, 'human', b.prompt, b.turn_message_uuids?.human_message_uuid);
        if (!conv.name) conv.name = b.prompt.slice(0, 40);
        await stream(req, res, conv, human, b.turn_message_uuids?.assistant_message_uuid ?? randomUUID(), isNew);
        return true;
      }
      if (req.method === 'POST' && action === 'retry_completion') {
        const b = JSON.parse(body || '{}') as { parent_message_uuid: string; turn_message_uuids?: { assistant_message_uuid?: string } };
        const conv = conversations.get(convId);
        const human = conv?.chat_messages.find((x) => x.uuid === b.parent_message_uuid && x.sender === 'human');
        if (!conv || !human) {
          json(res, { type: 'error', error: { type: 'invalid_request_error', message: 'parent not found' } }, 400);
          return true;
        }
        await stream(req, res, conv, human, b.turn_message_uuids?.assistant_message_uuid ?? randomUUID(), false);
        return true;
      }
      if ((req.method === 'POST' || req.method === 'PUT') && action === 'current_leaf_message_uuid') {
        const conv = conversations.get(convId);
        const b = JSON.parse(body || '{}') as { current_leaf_message_uuid?: string };
        if (conv && b.current_leaf_message_uuid && conv.chat_messages.some((x) => x.uuid === b.current_leaf_message_uuid)) {
          conv.current_leaf_message_uuid = b.current_leaf_message_uuid;
        }
        json(res, { ok: true });
        return true;
      }
      if (req.method === 'POST' && action === 'stop_response') {
        json(res, { ok: true });
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
