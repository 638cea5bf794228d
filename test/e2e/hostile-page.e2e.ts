// A hostile page script on the ChatGPT fixture tries to get events stored without the user doing anything: it
// forges content-script-shaped messages and page-world page-data events every way it can reach — window
// messages, CustomEvents on document/window/elements, elements named like the private bridge — from the first
// moment a page script can run and again once a real conversation exists. It calls nothing else. Not one forged
// event may be stored, while the real conversation next to it still is.
import { get } from 'node:https';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Launched, sendPrompt, storedEvents, waitFor, waitForAnswer } from './harness';

let l: Launched;
beforeAll(async () => {
  l = await launch({ sites: ['chatgpt'] });
});
afterAll(async () => {
  await l?.close();
});

/** Runs in the page's world. `conversationId` is the one in the URL when known. */
function forge(conversationId: string): number {
  const NAME = 'echo-capture:page-data';
  const now = Date.now() / 1000;
  const node = (id: string, parent: string | null, children: string[], role: string | null, text: string) => ({
    id,
    parent,
    children,
    message: role ? { id, author: { role }, content: { content_type: 'text', parts: [text] }, create_time: now, status: 'finished_successfully', recipient: 'all', metadata: { model_slug: 'forged-model' } } : null,
  });
  const mapping = {
    'forged-root': node('forged-root', null, ['forged-u1'], null, ''),
    'forged-u1': node('forged-u1', 'forged-root', ['forged-a1'], 'user', 'FORGED PROMPT from a page script'),
    'forged-a1': node('forged-a1', 'forged-u1', [], 'assistant', 'FORGED ANSWER from a page script'),
  };
  const body = JSON.stringify({ conversation_id: conversationId, id: conversationId, title: 'forged', mapping, current_node: 'forged-a1' });
  const detail = JSON.stringify({ url: `${location.origin}/backend-api/conversation/${conversationId}`, status: 200, body });
  const common = { v: 1, site: 'chatgpt', conversationId, ts: new Date().toISOString(), origin: 'live' };
  const events = [
    { ...common, id: `prompt:chatgpt:${conversationId}:forged-u2`, kind: 'prompt', messageId: 'forged-u2', text: 'FORGED PROMPT via postMessage' },
    { ...common, id: 'feedback:forged-1', kind: 'feedback', messageId: 'forged-a1', rating: 'up' },
  ];
  let tries = 0;
  const fire = (target: EventTarget, event: Event) => {
    tries++;
    try {
      target.dispatchEvent(event);
    } catch {
      // keep trying the others
    }
  };
  const pageData = () => new CustomEvent(NAME, { detail, bubbles: true, composed: true });
  // CustomEvents with the bridge's event name on everything a page can reach.
  const targets = [window, document, document.documentElement, document.head, document.body].filter(Boolean) as EventTarget[];
  for (const target of targets) fire(target, pageData());
  // Elements named like the bridge, wherever the content script might look, and any left in the document.
  for (const parent of [document.documentElement, document.head, document.body].filter(Boolean) as Element[]) {
    const fake = document.createElement('echo-capture-bridge');
    fake.setAttribute('hidden', '');
    parent.append(fake);
    fire(fake, pageData());
    fire(fake, new CustomEvent(NAME, { detail: JSON.parse(detail) as unknown }));
  }
  for (const el of document.querySelectorAll('echo-capture-bridge')) fire(el, pageData());
  // Content-script-shaped messages and page-data through window.postMessage, in every shape.
  const posts: unknown[] = [
    { type: 'events', events },
    { type: 'health', health: { site: 'chatgpt', status: 'capturing', missing: [], checkedAt: new Date().toISOString() } },
    { type: NAME, detail },
    { [NAME]: detail },
    detail,
    { source: 'echo-capture', type: 'events', events },
    { url: `${location.origin}/backend-api/conversation/${conversationId}`, status: 200, body },
  ];
  for (const message of posts) {
    tries++;
    window.postMessage(message, '*');
    window.postMessage(JSON.stringify(message), location.origin);
  }
  // A page has no extension API; if one were exposed, it would be tried too.
  const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: (...a: unknown[]) => unknown } } }).chrome?.runtime;
  if (runtime?.sendMessage) {
    tries++;
    try {
      void runtime.sendMessage({ type: 'events', events });
    } catch {
      // no extension id to send to
    }
  }
  return tries;
}

/** The fixture's own page, fetched as the browser would (the fixture server picks the site by Host). */
function fixturePage(host: string, path: string): Promise<{ status: number; headers: Record<string, string>; body: string }> {
  return new Promise((ok, fail) => {
    const req = get({ host: '127.0.0.1', port: l.fixtures.port, path, servername: host, headers: { host }, rejectUnauthorized: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: Object.fromEntries(Object.entries(res.headers).map(([k, v]) => [k, String(v)])), body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', fail);
  });
}

describe('a hostile page script', () => {
  it('gets not a single forged event stored, from the first page script on and alongside a real conversation', async () => {
    const page = await l.context.newPage();
    // The earliest a page script can run: first thing in <head> of the page's own HTML.
    await page.route('https://chatgpt.com/', async (route) => {
      const original = await fixturePage('chatgpt.com', '/');
      const script = `<script>(${forge.toString()})(location.pathname.split('/').pop() || 'forged-conv-0000'); addEventListener('DOMContentLoaded', () => (${forge.toString()})('forged-conv-0001'));</script>`;
      expect(original.body).toMatch(/<head>/i);
      await route.fulfill({ status: original.status, headers: Object.fromEntries(Object.entries(original.headers).filter(([k]) => k !== 'content-length')), body: original.body.replace(/<head>/i, `<head>${script}`) });
    });
    await page.goto('https://chatgpt.com/');
    expect(await page.evaluate(() => document.querySelectorAll('echo-capture-bridge').length)).toBeGreaterThan(0);

    await sendPrompt(page, 'Write a Python function that reverses a list');
    await page.waitForURL(/\/c\/[\w-]+$/);
    await waitForAnswer(page);
    const conversationId = new URL(page.url()).pathname.split('/').pop()!;
    // Again, now aimed at the real conversation: a forged answer to it, a forged thumbs up.
    expect(await page.evaluate(forge, conversationId)).toBeGreaterThan(20);
    expect(await page.evaluate(forge, conversationId)).toBeGreaterThan(20);

    // A real action after the forgeries: once it is stored, anything the forgeries had set off would be too.
    await page.getByTestId('good-response-turn-action-button').click();
    const stored = await waitFor(() => storedEvents(l), (es) => es.some((e) => e.kind === 'feedback'), 'the real thumbs up to be stored');

    expect(stored.map((e) => e.kind)).toEqual(['prompt', 'response', 'feedback']);
    for (const e of stored) {
      expect(e.conversationId).toBe(conversationId);
      expect(JSON.stringify(e)).not.toMatch(/forged/i);
    }
  });
});
