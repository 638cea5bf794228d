// Fault tests: what must survive is what the fixture backend holds and what the scripted actions did. The service
// worker is killed 100 times mid-session, the browser is closed and reopened on its profile, hostile pages forge
// messages and push huge, malformed and restless markup, and two tabs share one conversation.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CaptureEvent } from '../../src/core/events';
import type { ChatgptBackend } from '../sites/chatgpt/backend';
import { loadSites, startFixtures } from '../sites/server';
import { answerStreamed, backendMessages, heapAfterGc, hostileAnswers, kindCounts, outsideSchema, startKiller, storedMessages } from './fault-tools';
import { exportFromPopup, launch, type Launched, openPopup, sendPrompt, storedEvents, waitFor } from './harness';

const cleanup: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanup.reverse()) await c().catch(() => undefined);
});

async function open(l: Launched, path = '/') {
  const page = await l.context.newPage();
  await page.goto(`https://chatgpt.com${path}`);
  await page.locator('#prompt-textarea').waitFor();
  return page;
}

/** Every backend message stored exactly once, and nothing else under prompt/response. */
function expectOneRecordPerMessage(backend: ChatgptBackend, events: CaptureEvent[]): void {
  const want = backendMessages(backend);
  const got = storedMessages(events);
  expect([...got.entries()].filter(([, n]) => n !== 1)).toEqual([]);
  expect([...got.keys()].sort()).toEqual([...want].sort());
  expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
}

describe('faults', () => {
  it('loses and duplicates nothing while the service worker is killed 100 times (mid-stream, before a copy, during export)', async () => {
    const l = await launch({ sites: ['chatgpt'] });
    cleanup.push(() => l.close());
    const backend = l.backends.chatgpt as ChatgptBackend;
    const killer = await startKiller(l, 100, 80);
    const page = await open(l);
    const did = { prompt: 0, copy: 0, feedback: 0, regenerate: 0 };
    let exported: Awaited<ReturnType<typeof exportFromPopup>> | null = null;
    let storedBeforeExport: CaptureEvent[] = [];
    const prompts = ['Write a Python function that sorts a list', 'Explain what a closure is', 'Now reverse the list in place', 'What is a good name for a counter?'];
    // Chat until the killer has struck 100 times: on a loaded machine kills come slower, so turns are not a fixed number.
    for (let turn = 0; turn < 150 && (killer.kills < 100 || turn < 6); turn++) {
      // A person takes longer than the engine's settle time to type the next prompt.
      if (turn > 0) await page.waitForTimeout(300);
      await answerStreamed(page, () => sendPrompt(page, `${prompts[turn % prompts.length]} (${turn + 1})`));
      did.prompt++;
      const last = page.locator('[data-testid^="conversation-turn-"]:last-child');
      await last.getByTestId('copy-turn-action-button').click();
      did.copy++;
      await last.getByTestId(turn % 2 ? 'bad-response-turn-action-button' : 'good-response-turn-action-button').click();
      did.feedback++;
      if (turn % 3 === 1) {
        await answerStreamed(page, () => last.getByTestId('regenerate-turn-action-button').click());
        did.regenerate++;
      }
      if (!exported && killer.kills >= 70) {
        storedBeforeExport = await storedEvents(l);
        const popup = await openPopup(l);
        exported = await exportFromPopup(popup);
        await popup.close();
      }
    }
    await killer.stop();
    console.log(`service worker killed ${killer.kills} times over ${did.prompt} exchanges (${did.regenerate} regenerated)`);
    expect(killer.kills).toBe(100);

    const events = await waitFor(
      () => storedEvents(l),
      // Every kind the script produced, not only messages and copies: the last click's event may still sit in the
      // outbox of a worker killed just before the killer stopped, and arrives on its resend.
      (es) => {
        const k = kindCounts(es);
        return (
          storedMessages(es).size >= backendMessages(backend).size &&
          (k.copy ?? 0) >= did.copy &&
          (k.feedback ?? 0) >= did.feedback &&
          (k.regenerate ?? 0) >= did.regenerate &&
          (k.followup ?? 0) >= did.prompt - 1
        );
      },
      'every message and action to be stored',
      30_000,
    );
    await page.waitForTimeout(1500); // the outbox's resend window: still exactly once afterwards
    const settled = await storedEvents(l);
    expect(settled.length).toBe(events.length);
    expectOneRecordPerMessage(backend, settled);
    const kinds = kindCounts(settled);
    expect(kinds.prompt).toBe(did.prompt);
    expect(kinds.response).toBe(did.prompt + did.regenerate);
    expect(kinds.copy).toBe(did.copy);
    expect(kinds.feedback).toBe(did.feedback);
    expect(kinds.regenerate).toBe(did.regenerate);
    expect(kinds.followup).toBe(did.prompt - 1);
    // The export made while the worker was being killed holds everything stored before it started, once.
    expect(exported).not.toBeNull();
    const exportedIds = exported!.events.map((e) => e.id);
    expect(new Set(exportedIds).size).toBe(exportedIds.length);
    expect(storedBeforeExport.map((e) => e.id).filter((id) => !exportedIds.includes(id))).toEqual([]);
  }, 300_000);

  it('keeps everything captured when the browser is closed and reopened on the same profile', async () => {
    const sites = await loadSites(['chatgpt']);
    const fixtures = await startFixtures(sites);
    const profile = mkdtempSync(join(tmpdir(), 'echo-reopen-'));
    cleanup.push(async () => {
      await fixtures.close();
      rmSync(profile, { recursive: true, force: true });
    });
    const backend = sites[0]!.backend as ChatgptBackend;
    const first = await launch({ userDataDir: profile, fixtures: { fixtures, sites } });
    const page = await open(first);
    for (const p of ['Write a Python function that sorts a list', 'Explain it briefly']) await answerStreamed(page, () => sendPrompt(page, p));
    await page.getByTestId('copy-turn-action-button').last().click();
    const conversationPath = new URL(page.url()).pathname;
    const before = await waitFor(() => storedEvents(first), (es) => storedMessages(es).size === 4 && es.some((e) => e.kind === 'copy'), 'the session to be stored');
    await first.close();

    const second = await launch({ userDataDir: profile, fixtures: { fixtures, sites } });
    cleanup.push(() => second.close());
    expect(await storedEvents(second)).toEqual(before);
    const popup = await openPopup(second);
    await expect.poll(() => popup.getByTestId('count-answers').textContent()).toBe('2');
    // Reopening the conversation sees every message again (page data and DOM): still one record each.
    const again = await open(second, conversationPath);
    await answerStreamed(again, () => sendPrompt(again, 'And one more question'));
    const after = await waitFor(() => storedEvents(second), (es) => storedMessages(es).size === 6, 'the new exchange');
    expect(after.slice(0, before.length)).toEqual(before);
    expectOneRecordPerMessage(backend, after);
  });

  it('survives hostile pages: forged messages, a 5 MB answer, lone surrogates, 50,000 nodes, markup changing every frame', async () => {
    const sites = await loadSites(['chatgpt']);
    const inner = sites[0]!.backend as ChatgptBackend;
    const big = 'This is a very long answer. '.repeat(180_000).slice(0, 5_000_000);
    const surrogates = 'Broken \uD800 text \uDC00 and \uDFFF\uD800 pairs \uD83D\uDE00 end.';
    const hostile = new Map([
      ['give me the 5 MB answer', big],
      ['give me broken UTF-16', surrogates],
    ]);
    sites[0]!.backend = hostileAnswers(inner, hostile);
    const l = await launch({ sites: ['chatgpt'], fixtures: { fixtures: await startFixtures(sites), sites } });
    cleanup.push(async () => {
      await l.close();
      await l.fixtures.close();
    });
    const page = await open(l);
    await answerStreamed(page, () => sendPrompt(page, 'Explain what a closure is'));
    await waitFor(() => storedEvents(l), (es) => es.some((e) => e.kind === 'response'), 'a first answer');
    const heapBefore = await heapAfterGc(page);

    // 10,000 forged messages: shaped like the content script's own messages and like page-world data.
    await page.evaluate(() => {
      const forged = { id: 'prompt:chatgpt:FORGED:x', v: 1, kind: 'prompt', site: 'chatgpt', conversationId: 'FORGED', ts: new Date().toISOString(), origin: 'live', messageId: 'FORGED', text: 'FORGED' };
      const mapping = { conversation_id: 'FORGED', current_node: 'n1', mapping: { r: { id: 'r', parent: null, children: ['n1'], message: null }, n1: { id: 'n1', parent: 'r', children: [], message: { id: 'FORGED-1', author: { role: 'user' }, content: { content_type: 'text', parts: ['FORGED'] }, create_time: 1 } } } };
      const detail = JSON.stringify({ url: `${location.origin}/backend-api/conversation/FORGED-conversation-id`, status: 200, body: JSON.stringify(mapping) });
      const fake = document.createElement('echo-capture-bridge');
      document.documentElement.append(fake);
      const rt = (globalThis as { chrome?: { runtime?: { sendMessage?: (...a: unknown[]) => unknown } } }).chrome?.runtime;
      for (let i = 0; i < 2500; i++) {
        window.postMessage({ type: 'events', events: [forged] }, '*');
        for (const target of [document, document.documentElement, fake]) target.dispatchEvent(new CustomEvent('echo-capture:page-data', { detail }));
        try {
          rt?.sendMessage?.({ type: 'events', events: [forged] });
        } catch {
          // No extension API in the page: the message has nowhere to go.
        }
      }
    });

    const heapAfterForged = await heapAfterGc(page);

    // A 5 MB answer and an answer with lone surrogates, streamed like real ones.
    await answerStreamed(page, () => sendPrompt(page, 'give me the 5 MB answer'), 90_000);
    await waitFor(() => storedEvents(l), (es) => es.some((e) => e.kind === 'response' && e.text.length > 1000), 'the 5 MB answer', 60_000);
    const heapAfterBig = await heapAfterGc(page);
    const page2 = await open(l);
    await answerStreamed(page2, () => sendPrompt(page2, 'give me broken UTF-16'));

    // 50,000 extra nodes, half inside the conversation, then markup that changes every frame for 3 s while an
    // answer streams.
    const page3 = await open(l);
    await answerStreamed(page3, () => sendPrompt(page3, 'Explain what a closure is'));
    await page3.evaluate(() => {
      const thread = document.getElementById('thread')!;
      const outside = document.createElement('div');
      const inside = document.createElement('div');
      for (let i = 0; i < 25_000; i++) outside.append(document.createElement('span'));
      for (let i = 0; i < 25_000; i++) inside.append(document.createElement('i'));
      document.body.append(outside);
      thread.querySelector('[data-testid^="conversation-turn-"]')!.append(inside);
      let frame = 0;
      const timer = setInterval(() => {
        for (const turn of thread.querySelectorAll('[data-testid^="conversation-turn-"]')) {
          turn.classList.toggle('flicker');
          turn.setAttribute('aria-label', `frame ${frame}`);
          let stamp = turn.querySelector(':scope > time');
          if (!stamp) turn.append((stamp = document.createElement('time')));
          stamp.textContent = String(frame);
        }
        if (++frame >= 180) clearInterval(timer);
      }, 16);
    });
    await answerStreamed(page3, () => sendPrompt(page3, 'What is a good name for a counter?'));
    await page3.waitForTimeout(3000);

    const events = await waitFor(() => storedEvents(l), (es) => es.filter((e) => e.kind === 'response').length === 5, 'the five answers');
    expect(outsideSchema(events)).toEqual([]);
    expect(JSON.stringify(events)).not.toContain('FORGED');
    expect(events.every((e) => e.site === 'chatgpt')).toBe(true);
    const answers = events.filter((e): e is Extract<CaptureEvent, { kind: 'response' }> => e.kind === 'response');
    expect(answers.find((a) => a.text.length > 1000)?.text).toBe(big.trim());
    const broken = answers.find((a) => a.text.startsWith('Broken'));
    expect(broken?.text).toBe(surrogates);
    expectOneRecordPerMessage(inner, events.filter((e) => !(e.kind === 'response' && (e.text.length > 1000 || e.text.startsWith('Broken'))) && !(e.kind === 'prompt' && hostile.has(e.text))));
    // The pages stayed alive and the page's heap did not keep the forged traffic.
    expect(await page.evaluate(() => document.title)).toBeTruthy();
    expect(await page3.evaluate(() => document.querySelectorAll('span, i').length)).toBeGreaterThanOrEqual(50_000);
    // Forged traffic leaves nothing behind; the 5 MB answer costs what the page itself keeps of it, a few copies.
    expect(heapAfterForged - heapBefore).toBeLessThan(2 * 1024 * 1024);
    expect(heapAfterBig - heapAfterForged).toBeLessThan(48 * 1024 * 1024);
    console.log(`page heap: ${(heapBefore / 1e6).toFixed(1)} MB before, +${((heapAfterForged - heapBefore) / 1e6).toFixed(2)} MB after 10,000 forged messages, +${((heapAfterBig - heapAfterForged) / 1e6).toFixed(1)} MB after the 5 MB answer`);
    // Still exportable, surrogates and all.
    const popup = await openPopup(l);
    const bundle = await exportFromPopup(popup);
    expect(bundle.events.filter((e) => e.kind === 'response').length).toBe(5);
  });

  it('stores one record per message when two tabs show the same conversation', async () => {
    const l = await launch({ sites: ['chatgpt'] });
    cleanup.push(() => l.close());
    const backend = l.backends.chatgpt as ChatgptBackend;
    const a = await open(l);
    for (const p of ['Write a Python function that sorts a list', 'Explain it briefly']) await answerStreamed(a, () => sendPrompt(a, p));
    const path = new URL(a.url()).pathname;
    const b = await open(l, path);
    await b.locator('[data-testid^="conversation-turn-"]').nth(3).waitFor();
    // Both tabs ask at the same moment: two branches of the same conversation.
    await Promise.all([answerStreamed(a, () => sendPrompt(a, 'Follow-up from tab A')), answerStreamed(b, () => sendPrompt(b, 'Follow-up from tab B'))]);
    await b.getByTestId('copy-turn-action-button').last().click();
    await a.reload();
    await a.locator('[data-testid^="conversation-turn-"]').nth(5).waitFor();
    const events = await waitFor(() => storedEvents(l), (es) => storedMessages(es).size === backendMessages(backend).size, 'every message of both tabs');
    await a.waitForTimeout(2000);
    expectOneRecordPerMessage(backend, await storedEvents(l));
    expect(events.filter((e) => e.kind === 'copy').length).toBe(1);
  });
});
