// Fixture backend for grok.com: the REST endpoints the real page calls (docs/sites/grok.md). Every message is a
// "response" node with a responseId and a parentResponseId (user and assistant alike), so regenerations are
// siblings under the same user response. New answers stream as newline-delimited JSON: token lines, then one
// final `modelResponse` line with the full text. The tree is loaded in two steps (response-node, then
// load-responses), as the real page does.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { cannedAnswer } from '../canned';
import type { SiteBackend } from '../types';

export interface GrokResponse {
  responseId: string;
  parentResponseId?: string;
  sender: 'human' | 'assistant';
  message: string;
  createTime: string;
  model?: string;
  partial?: boolean;
}

export interface GrokConversation {
  conversationId: string;
  title: string;
  createTime: string;
  modifyTime: string;
  responses: Map<string, GrokResponse>;
}

export type GrokBackend = SiteBackend & { conversations: Map<string, GrokConversation> };

const MODEL = 'grok-4';

export function grokBackend(options: { chunkDelayMs?: number; chunkSize?: number } = {}): GrokBackend {
  const conversations = new Map<string, GrokConversation>();
  const chunkDelayMs = options.chunkDelayMs ?? 15;
  const chunkSize = options.chunkSize ?? 6;

  function add(conv: GrokConversation, r: Omit<GrokResponse, 'responseId' | 'createTime'>): GrokResponse {
    const node: GrokResponse = { responseId: randomUUID(), createTime: new Date().toISOString(), ...r };
    conv.responses.set(node.responseId, node);
    conv.modifyTime = node.createTime;
    return node;
  }

  async function stream(
    req: IncomingMessage,
    res: ServerResponse,
    conv: GrokConversation,
    body: Record<string, unknown>,
    isNew: boolean,
  ): Promise<void> {
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-cache' });
    const line = (o: unknown) => res.write(JSON.stringify(o) + '\n');
    if (isNew) {
      const { conversationId, title, createTime, modifyTime } = conv;
      line({ result: { conversation: { conversationId, title, starred: false, createTime, modifyTime } } });
    }
    let user: GrokResponse;
    if (body.isRegenRequest === true) {
      user = conv.responses.get(String(body.parentResponseId))!;
    } else {
      const parent = typeof body.parentResponseId === 'string' ? body.parentResponseId : undefined;
      user = add(conv, { sender: 'human', message: typeof body.message === 'string' ? body.message : '', ...(parent ? { parentResponseId: parent } : {}) });
      line({ result: { response: { userResponse: { ...user }, isThinking: false, isSoftStop: false, responseId: user.responseId } } });
    }
    const variant = [...conv.responses.values()].filter((r) => r.parentResponseId === user.responseId).length + 1;
    const full = cannedAnswer(user.message, variant);
    const answer = add(conv, { sender: 'assistant', message: '', parentResponseId: user.responseId, model: MODEL, partial: true });
    let aborted = false;
    req.on('close', () => (aborted = true));
    for (let i = 0; i < full.length && !aborted; i += chunkSize) {
      await new Promise((r) => setTimeout(r, chunkDelayMs));
      const token = full.slice(i, i + chunkSize);
      answer.message += token;
      line({ result: { response: { token, isThinking: false, isSoftStop: false, responseId: answer.responseId } } });
    }
    answer.partial = false;
    if (aborted) return;
    line({ result: { response: { modelResponse: { ...answer }, isThinking: false, isSoftStop: false, responseId: answer.responseId } } });
    line({ result: { response: { finalMetadata: { followUpSuggestions: [] } } } });
    res.end();
  }

  function newConversation(message: string): GrokConversation {
    const now = new Date().toISOString();
    const conv: GrokConversation = { conversationId: randomUUID(), title: message.slice(0, 40) || 'New conversation', createTime: now, modifyTime: now, responses: new Map() };
    conversations.set(conv.conversationId, conv);
    return conv;
  }

  return {
    conversations,
    async handle(req, res, url, body) {
      const p = url.pathname;
      if (req.method === 'POST' && p === '/rest/app-chat/conversations/new') {
        const data = JSON.parse(body || '{}') as Record<string, unknown>;
        await stream(req, res, newConversation(typeof data.message === 'string' ? data.message : ''), data, true);
        return true;
      }
      let m = /^\/rest\/app-chat\/conversations\/([\w-]+)\/responses$/.exec(p);
      if (req.method === 'POST' && m) {
        const conv = conversations.get(m[1]!);
        if (!conv) return json(res, { code: 5, message: 'Conversation not found' }, 404);
        await stream(req, res, conv, JSON.parse(body || '{}'), false);
        return true;
      }
      m = /^\/rest\/app-chat\/conversations\/([\w-]+)\/response-node$/.exec(p);
      if (req.method === 'GET' && m) {
        const conv = conversations.get(m[1]!);
        if (!conv) return json(res, { code: 5, message: 'Conversation not found' }, 404);
        return json(res, {
          responseNodes: [...conv.responses.values()].map((r) => ({
            responseId: r.responseId,
            sender: r.sender,
            ...(r.parentResponseId ? { parentResponseId: r.parentResponseId } : {}),
          })),
          inflightResponses: [],
        });
      }
      m = /^\/rest\/app-chat\/conversations\/([\w-]+)\/load-responses$/.exec(p);
      if (req.method === 'POST' && m) {
        const conv = conversations.get(m[1]!);
        if (!conv) return json(res, { code: 5, message: 'Conversation not found' }, 404);
        const ids = (JSON.parse(body || '{}') as { responseIds?: string[] }).responseIds ?? [];
        return json(res, { responses: ids.map((id) => conv.responses.get(id)).filter(Boolean) });
      }
      m = /^\/rest\/app-chat\/conversations_v2\/([\w-]+)$/.exec(p);
      if (req.method === 'GET' && m) {
        const conv = conversations.get(m[1]!);
        if (!conv) return json(res, { code: 5, message: 'Conversation not found' }, 404);
        const { conversationId, title, createTime, modifyTime } = conv;
        return json(res, { conversation: { conversationId, title, createTime, modifyTime } });
      }
      return false;
    },
  };
}

function json(res: ServerResponse, data: unknown, status = 200): true {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(data));
  return true;
}
