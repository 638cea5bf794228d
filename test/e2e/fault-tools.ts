// Tools for the fault tests: a service-worker killer driven over CDP, a ChatGPT backend wrapper that streams
// hostile answers (5 MB, lone surrogates) in the real site's delta encoding, and the check that every message the
// backend holds was stored exactly once.
import { randomUUID } from 'node:crypto';
import type { CDPSession, Page } from 'playwright-core';
import { captureEventSchema, type CaptureEvent } from '../../src/core/events';
import type { ChatgptBackend } from '../sites/chatgpt/backend';
import type { SiteBackend } from '../sites/types';
import type { Launched } from './harness';

/**
 * Terminates the extension's service worker `times` times, each at a random moment 0-`maxDelayMs` after it has
 * (re)started, as Chromium does when it decides a worker is idle or misbehaving. Counts only real terminations.
 */
export async function startKiller(l: Launched, times: number, maxDelayMs = 150) {
  const page = await l.context.newPage();
  await page.goto(`chrome-extension://${l.extensionId}/icons/16.png`);
  const session: CDPSession = await l.context.newCDPSession(page);
  let running = false;
  let wake: (() => void) | null = null;
  session.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    running = versions.some((v) => v.scriptURL.includes(l.extensionId) && (v.runningStatus === 'running' || v.runningStatus === 'starting'));
    if (running) wake?.();
  });
  await session.send('ServiceWorker.enable');
  let kills = 0;
  let stopped = false;
  const done = (async () => {
    while (kills < times && !stopped) {
      if (!running) await new Promise<void>((ok) => ((wake = ok), setTimeout(ok, 500)));
      wake = null;
      if (!running) continue;
      await new Promise((r) => setTimeout(r, Math.random() * maxDelayMs));
      if (!running || stopped) continue;
      await session.send('ServiceWorker.stopAllWorkers');
      running = false;
      kills++;
    }
  })();
  return {
    get kills() {
      return kills;
    },
    done,
    async stop() {
      stopped = true;
      await done;
      await session.detach().catch(() => undefined);
      await page.close();
    },
  };
}

/**
 * Wraps the fixture backend: prompts found in `answers` are answered with that text, streamed like the real site
 * (delta encoding) in `chunk`-character pieces; everything else goes to the fixture unchanged.
 */
export function hostileAnswers(inner: SiteBackend, answers: Map<string, string>, chunk = 256 * 1024): SiteBackend {
  return {
    async handle(req, res, url, body) {
      if (req.method !== 'POST' || url.pathname !== '/backend-api/conversation') return inner.handle(req, res, url, body);
      const request = JSON.parse(body || '{}') as { messages?: { id: string; content: { parts: string[] } }[] };
      const prompt = request.messages?.[0];
      const text = prompt && answers.get(prompt.content.parts.join('\n'));
      if (text === undefined) return inner.handle(req, res, url, body);
      const conversationId = randomUUID();
      const now = Date.now() / 1000;
      const message = (id: string, role: 'user' | 'assistant', parts: string[]) => ({ id, author: { role }, content: { content_type: 'text', parts }, create_time: now, status: 'in_progress', recipient: 'all', metadata: role === 'assistant' ? { model_slug: 'gpt-4o' } : {} });
      res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8' });
      const send = (data: unknown, event?: string) => res.write((event ? `event: ${event}\n` : '') + `data: ${typeof data === 'string' ? data : JSON.stringify(data)}\n\n`);
      send('"v1"', 'delta_encoding');
      send({ type: 'input_message', input_message: message(prompt!.id, 'user', prompt!.content.parts), conversation_id: conversationId });
      send({ p: '', o: 'add', v: { message: message(randomUUID(), 'assistant', ['']), conversation_id: conversationId }, c: 0 }, 'delta');
      for (let i = 0; i < text.length; i += chunk) {
        await new Promise((r) => setTimeout(r, 10));
        send(i === 0 ? { p: '/message/content/parts/0', o: 'append', v: text.slice(i, i + chunk) } : { v: text.slice(i, i + chunk) }, 'delta');
      }
      send({ type: 'message_stream_complete', conversation_id: conversationId });
      send('[DONE]');
      res.end();
      return true;
    },
  };
}

/** Every prompt and answer the fixture backend holds, as (kind, conversation, message) keys. */
export function backendMessages(backend: ChatgptBackend): Set<string> {
  const keys = new Set<string>();
  for (const conv of backend.conversations.values()) {
    for (const node of Object.values(conv.mapping)) {
      const role = node.message?.author.role;
      if (role === 'user' || role === 'assistant') keys.add(`${role === 'user' ? 'prompt' : 'response'} ${conv.id} ${node.id}`);
    }
  }
  return keys;
}

/** The same keys for stored events, with how often each appears. */
export function storedMessages(events: CaptureEvent[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const e of events) {
    if (e.kind !== 'prompt' && e.kind !== 'response') continue;
    const key = `${e.kind} ${e.conversationId} ${e.messageId}`;
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

export function kindCounts(events: CaptureEvent[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const e of events) out[e.kind] = (out[e.kind] ?? 0) + 1;
  return out;
}

/** Events that would not pass the background's own validation (none may be stored). */
export function outsideSchema(events: unknown[]): string[] {
  const bad: string[] = [];
  for (const e of events) {
    try {
      captureEventSchema.parse(e);
    } catch (err) {
      bad.push(String(err).slice(0, 200));
    }
  }
  return bad;
}

/** The page's live JS heap after a full collection (the content script's isolated world shares it). */
export async function heapAfterGc(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  await session.send('Performance.enable');
  const { metrics } = await session.send('Performance.getMetrics');
  await session.detach();
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
}

/** Waits until the page shows no answer streaming, having seen one start (works in seeded conversations). */
export async function answerStreamed(page: Page, send: () => Promise<void>, timeout = 60_000): Promise<void> {
  const ended = page.evaluate(
    (timeout) =>
      new Promise<void>((ok, fail) => {
        const stop = document.getElementById('stop-button')!;
        let seen = false;
        setTimeout(() => fail(new Error('no answer streamed')), timeout);
        new MutationObserver((_, mo) => {
          if (stop.hasAttribute('data-testid')) seen = true;
          else if (seen) {
            mo.disconnect();
            ok();
          }
        }).observe(stop, { attributes: true, attributeFilter: ['data-testid'] });
      }),
    timeout,
  );
  await send();
  await ended;
}
