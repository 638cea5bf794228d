// Fixture backend for copilot.microsoft.com (docs/sites/copilot.md). The chat itself runs over a WebSocket,
// `/c/api/chat?api-version=2`, as on the real site: the page sends `setOptions` then `send` frames; the server
// answers `startMessage`, `appendText` chunks, `partCompleted` and `done`, each with the answer's `messageId`.
// The WebSocket is served with Node's own upgrade handling and a minimal RFC 6455 framing (no dependency). REST:
// conversation creation and `/history` (only the answer currently shown: a regeneration replaces the old one).
import { createHash, randomUUID } from 'node:crypto';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { cannedAnswer } from '../canned';
import type { SiteBackend } from '../types';

export interface CopilotMessage {
  id: string;
  author: 'human' | 'ai';
  content: { type: 'text'; text: string }[];
  createdAt: string;
  /** Answers this one replaced (regenerations), oldest first; not part of /history. */
  replaced?: CopilotMessage[];
}

export interface CopilotConversation {
  id: string;
  title: string;
  messages: CopilotMessage[];
}

export type CopilotBackend = SiteBackend & { conversations: Map<string, CopilotConversation> };

const HOST = 'copilot.microsoft.com';

export function copilotBackend(options: { chunkDelayMs?: number; chunkSize?: number } = {}): CopilotBackend {
  const conversations = new Map<string, CopilotConversation>();
  const chunkDelayMs = options.chunkDelayMs ?? 15;
  const chunkSize = options.chunkSize ?? 6;
  const servers = new WeakSet<Server>();

  function onUpgrade(req: IncomingMessage, socket: Duplex): void {
    const url = new URL(req.url ?? '/', `https://${(req.headers.host ?? '').replace(/:\d+$/, '')}`);
    const key = req.headers['sec-websocket-key'];
    // Not ours: leave the socket to any other listener.
    if (url.hostname !== HOST || url.pathname !== '/c/api/chat' || typeof key !== 'string') return;
    const accept = createHash('sha1').update(key + '258EAFA5-E914-47DA-95CA-C5AB0DC85B11').digest('base64');
    socket.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`);
    chatSocket(socket);
  }

  function chatSocket(socket: Duplex): void {
    let buffer = Buffer.alloc(0);
    let closed = false;
    let current: { abort: boolean } | null = null;
    const sendFrame = (data: unknown) => {
      if (closed) return;
      const payload = Buffer.from(JSON.stringify(data));
      const head =
        payload.length < 126
          ? Buffer.from([0x81, payload.length])
          : payload.length < 65536
            ? Buffer.from([0x81, 126, payload.length >> 8, payload.length & 255])
            : null;
      if (!head) throw new Error('frame too large for the fixture');
      socket.write(Buffer.concat([head, payload]));
    };
    socket.on('close', () => {
      closed = true;
      if (current) current.abort = true;
    });
    socket.on('error', () => (closed = true));
    socket.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        if (buffer.length < 2) return;
        const opcode = buffer[0]! & 0x0f;
        let len = buffer[1]! & 0x7f;
        let offset = 2;
        if (len === 126) {
          if (buffer.length < 4) return;
          len = buffer.readUInt16BE(2);
          offset = 4;
        } else if (len === 127) {
          if (buffer.length < 10) return;
          len = Number(buffer.readBigUInt64BE(2));
          offset = 10;
        }
        if (buffer.length < offset + 4 + len) return;
        const mask = buffer.subarray(offset, offset + 4);
        const payload = Buffer.from(buffer.subarray(offset + 4, offset + 4 + len).map((b, i) => b ^ mask[i % 4]!));
        buffer = buffer.subarray(offset + 4 + len);
        if (opcode === 8) {
          closed = true;
          socket.end(Buffer.from([0x88, 0]));
          return;
        }
        if (opcode === 9) socket.write(Buffer.concat([Buffer.from([0x8a, payload.length]), payload]));
        if (opcode !== 1) continue;
        const frame = JSON.parse(payload.toString('utf8')) as Record<string, unknown>;
        if (frame.event === 'stop' && current) current.abort = true;
        if (frame.event === 'send' || frame.event === 'regenerate') {
          current = { abort: false };
          void answer(frame, sendFrame, current);
        }
      }
    });
  }

  async function answer(frame: Record<string, unknown>, send: (d: unknown) => void, state: { abort: boolean }): Promise<void> {
    const conv = conversations.get(String(frame.conversationId));
    if (!conv) return send({ event: 'error', message: 'Conversation not found' });
    let prompt: CopilotMessage;
    let replaced: CopilotMessage[] = [];
    if (frame.event === 'regenerate') {
      const old = conv.messages.findIndex((m) => m.id === frame.messageId);
      prompt = conv.messages[old - 1]!;
      const gone = conv.messages.splice(old, 1)[0]!;
      const { replaced: older, ...goneItself } = gone;
      replaced = [...(older ?? []), goneItself];
    } else {
      const text = ((frame.content as { type: string; text: string }[]) ?? []).map((c) => c.text).join('');
      prompt = { id: randomUUID(), author: 'human', content: [{ type: 'text', text }], createdAt: new Date().toISOString() };
      conv.messages.push(prompt);
      if (conv.title === 'New conversation') conv.title = text.slice(0, 40);
      send({ event: 'received', messageId: prompt.id, createdAt: prompt.createdAt });
    }
    const full = cannedAnswer(prompt.content[0]!.text, replaced.length + 1);
    const reply: CopilotMessage = { id: randomUUID(), author: 'ai', content: [{ type: 'text', text: '' }], createdAt: new Date().toISOString(), ...(replaced.length ? { replaced } : {}) };
    conv.messages.push(reply);
    send({ event: 'startMessage', messageId: reply.id });
    for (let i = 0; i < full.length && !state.abort; i += chunkSize) {
      await new Promise((r) => setTimeout(r, chunkDelayMs));
      const text = full.slice(i, i + chunkSize);
      reply.content[0]!.text += text;
      send({ event: 'appendText', messageId: reply.id, partId: '0', text });
    }
    send({ event: 'partCompleted', messageId: reply.id, partId: '0' });
    send({ event: 'done', messageId: reply.id });
  }

  return {
    conversations,
    // eslint-disable-next-line @typescript-eslint/require-await -- SiteBackend.handle returns a promise; this one answers synchronously
    async handle(req, res, url) {
      // Node hands WebSocket upgrades to 'upgrade' listeners on the server: attach ours the first time this
      // backend sees a request through that server (the page itself loads first).
      const server = (req.socket as unknown as { server?: Server }).server;
      if (server && !servers.has(server)) {
        servers.add(server);
        server.on('upgrade', onUpgrade);
      }
      if (url.hostname !== HOST) return false;
      const p = url.pathname;
      if (req.method === 'POST' && p === '/c/api/conversations') {
        const conv: CopilotConversation = { id: randomUUID().replace(/-/g, '').slice(0, 21), title: 'New conversation', messages: [] };
        conversations.set(conv.id, conv);
        return json(res, { id: conv.id, title: conv.title, createdAt: new Date().toISOString() });
      }
      const m = /^\/c\/api\/conversations\/([\w-]+)\/history$/.exec(p);
      if (req.method === 'GET' && m) {
        const conv = conversations.get(m[1]!);
        if (!conv) return json(res, { error: 'not found' }, 404);
        return json(res, { results: conv.messages.map(({ replaced: _, ...msg }) => msg), next: null });
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
