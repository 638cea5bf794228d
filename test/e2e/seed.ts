// Seeds the extension's IndexedDB straight from an extension page (the review page), in the store's layout:
// events built with the same builder as unit tests (test/support/make-event.ts), rows laid out by the store's own
// `storedEventRow`, conversation summaries and counts folded by the one counter (src/core/counts.ts), and the
// derived rows the background keeps as events arrive (labels, review index, acceptance tally: the store's own
// `seedDerivedRows`), so the page sees exactly what capture would have written.
import { diffWordsWithSpace } from 'diff';
import type { Page } from 'playwright-core';
import { type ConversationSummary, type Counts, countsOf, foldEvent } from '../../src/core/counts';
import type { CaptureEvent, DiffOp } from '../../src/core/events';
import { makeEvent } from '../support/make-event';
import { metaRows, type StoredEvent, storedEventRow } from '../../src/store/api';
import { seedDerivedRows } from '../../src/store/seed-rows';
import type { Launched } from './harness';

const SITES: Record<string, string[]> = { chatgpt: ['gpt-4o', 'o3'], claude: ['claude-sonnet-4', 'claude-opus-4'], grok: ['grok-3', 'grok-4'] };
const TASKS = [
  ['reverses a linked list', 'def reverse(head):\n    prev = None\n    while head:\n        head.next, prev, head = prev, head, head.next\n    return prev'],
  ['parses an ISO 8601 date', 'from datetime import datetime\n\ndef parse(s: str) -> datetime:\n    return datetime.fromisoformat(s.replace("Z", "+00:00"))'],
  ['debounces a callback', 'export function debounce(fn, ms) {\n  let t;\n  return (...args) => {\n    clearTimeout(t);\n    t = setTimeout(() => fn(...args), ms);\n  };\n}'],
  ['counts words in a file', 'use std::fs;\n\nfn count(path: &str) -> usize {\n    fs::read_to_string(path).unwrap().split_whitespace().count()\n}'],
  ['retries a fetch with backoff', 'async function retry(url, n = 3) {\n  for (let i = 0; i < n; i++) {\n    try { return await fetch(url); } catch { await new Promise((r) => setTimeout(r, 2 ** i * 100)); }\n  }\n  throw new Error("failed");\n}'],
  ['merges two sorted arrays', 'def merge(a, b):\n    out, i, j = [], 0, 0\n    while i < len(a) and j < len(b):\n        if a[i] <= b[j]: out.append(a[i]); i += 1\n        else: out.append(b[j]); j += 1\n    return out + a[i:] + b[j:]'],
] as const;
const LANGS = { 'def ': 'python', 'export ': 'javascript', 'use ': 'rust', 'async ': 'javascript' } as const;
const QUESTIONS = [
  'What is the difference between a process and a thread?',
  'Explain how HTTP caching headers interact, briefly.',
  'Summarise the trade-offs of event sourcing for a small team.',
  'How should I name boolean variables?',
];

const DAY = 86_400_000;
const END = Date.parse('2026-11-25T18:00:00.000Z');

function langOf(code: string): string {
  for (const [prefix, lang] of Object.entries(LANGS)) if (code.startsWith(prefix) || code.includes(`\n${prefix}`)) return lang;
  return 'python';
}

function ops(before: string, after: string): DiffOp[] {
  return diffWordsWithSpace(before, after).map((c) => ({ op: c.added ? 'insert' : c.removed ? 'delete' : 'equal', text: c.value }));
}

/** A deterministic pseudo-random stream, so seeded data (and screenshots) are the same every run. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    // mulberry32
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** One conversation following one of six refinement patterns; `answers` is how many answers it holds. */
export function conversation(n: number, rand = rng(n + 1)): CaptureEvent[] {
  const siteIds = Object.keys(SITES);
  const site = siteIds[n % siteIds.length]!;
  const models = SITES[site]!;
  const model = models[Math.floor(rand() * models.length)]!;
  const conversationId = `c${n.toString(36).padStart(6, '0')}`;
  let t = END - Math.floor(rand() * 30 * DAY);
  const at = (gapS: number) => new Date((t += gapS * 1000)).toISOString();
  const base = { site, conversationId, origin: 'live' as const, url: `/c/${conversationId}` };
  const [task, code] = TASKS[n % TASKS.length]!;
  const pattern = Math.floor(rand() * 6);
  const out: CaptureEvent[] = [];
  const prompt = (id: string, text: string, parentId?: string) => out.push(makeEvent('prompt', { ...base, ts: at(20), messageId: id, text, ...(parentId ? { parentId } : {}) }));
  type AnswerExtra = { variantIndex?: number; variantCount?: number; codeBlocks?: { language: string; code: string }[] };
  const answer = (id: string, parentId: string, text: string, extra: AnswerExtra = {}) =>
    out.push(makeEvent('response', { ...base, ts: at(8), messageId: id, parentId, text, codeBlocks: extra.codeBlocks ?? [], model, complete: 'finished', durationMs: 4000, ...extra }));
  const codeAnswer = (c: string) => `Here is a version that ${task}:\n\n\`\`\`${langOf(c)}\n${c}\n\`\`\`\n\nIt runs in linear time.`;
  const q1 = `Write a function that ${task}`;

  prompt('u1', q1);
  if (pattern === 0) {
    answer('a1', 'u1', codeAnswer(code), { codeBlocks: [{ language: langOf(code), code }] });
    out.push(makeEvent('copy', { ...base, ts: at(15), messageId: 'a1', via: 'code-button', text: code, start: 40, end: 40 + code.length, share: 0.8, codeBlockIndex: 0 }));
    prompt('u2', 'thanks, that works! Can you add type hints?', 'a1');
    out.push(makeEvent('followup', { ...base, ts: at(0), messageId: 'u2', afterMessageId: 'a1', delayMs: 35_000 }));
    answer('a2', 'u2', `Sure — the same function with annotations.\n\n\`\`\`${langOf(code)}\n${code}\n\`\`\``, { codeBlocks: [{ language: langOf(code), code }] });
  } else if (pattern === 1) {
    answer('a1', 'u1', `You could write it like this, though it is not the most idiomatic:\n\n${code.replace(/\n/g, '\n  ')}`, { variantIndex: 1, variantCount: 1 });
    out.push(makeEvent('regenerate', { ...base, ts: at(12), promptMessageId: 'u1', oldResponseId: 'a1', newResponseId: 'a2' }));
    answer('a2', 'u1', codeAnswer(code), { variantIndex: 2, variantCount: 2, codeBlocks: [{ language: langOf(code), code }] });
    out.push(makeEvent('branch_switch', { ...base, ts: at(6), role: 'assistant', fromMessageId: 'a2', toMessageId: 'a1', variantIndex: 1, variantCount: 2 }));
    out.push(makeEvent('branch_switch', { ...base, ts: at(9), role: 'assistant', fromMessageId: 'a1', toMessageId: 'a2', variantIndex: 2, variantCount: 2 }));
    out.push(makeEvent('feedback', { ...base, ts: at(4), messageId: 'a2', rating: 'up' }));
  } else if (pattern === 2) {
    answer('a1', 'u1', `A general approach: think about the edge cases first, then ${task} step by step.`);
    const q2 = `${q1} in Python, without recursion, and explain the complexity`;
    out.push(makeEvent('edit_prompt', { ...base, ts: at(25), oldMessageId: 'u1', newMessageId: 'u1b', oldText: q1, newText: q2, diff: ops(q1, q2) }));
    out.push(makeEvent('prompt', { ...base, ts: at(1), messageId: 'u1b', text: q2 }));
    answer('a2', 'u1b', codeAnswer(code), { codeBlocks: [{ language: langOf(code), code }] });
    out.push(makeEvent('copy', { ...base, ts: at(10), messageId: 'a2', via: 'button', text: codeAnswer(code), start: 0, end: codeAnswer(code).length, share: 1 }));
  } else if (pattern === 3) {
    answer('a1', 'u1', codeAnswer(code), { codeBlocks: [{ language: langOf(code), code }] });
    const copy = makeEvent('copy', { ...base, ts: at(15), messageId: 'a1', via: 'code-button', text: code, start: 40, end: 40 + code.length, share: 0.8, codeBlockIndex: 0 });
    out.push(copy);
    const fixed = code.replace(/\n/, '\n    # handle the empty case first\n');
    const pasted = `I changed it like this, is it right?\n${fixed}`;
    out.push(makeEvent('paste', { ...base, ts: at(60), text: fixed, promptMessageId: 'u2', matches: [{ messageId: 'a1', via: 'copy', copyEventId: copy.id, similarity: 0.92, diff: ops(code, fixed) }] }));
    prompt('u2', pasted, 'a1');
    answer('a2', 'u2', 'Yes, handling the empty case first is right, and the rest is unchanged.');
  } else if (pattern === 4) {
    answer('a1', 'u1', codeAnswer(code.replace('return', 'retrun')), { codeBlocks: [{ language: langOf(code), code: code.replace('return', 'retrun') }] });
    prompt('u2', "that doesn't work: SyntaxError: invalid syntax on line 4", 'a1');
    out.push(makeEvent('followup', { ...base, ts: at(0), messageId: 'u2', afterMessageId: 'a1', delayMs: 12_000 }));
    answer('a2', 'u2', `Sorry, a typo. Corrected:\n\n\`\`\`${langOf(code)}\n${code}\n\`\`\``, { codeBlocks: [{ language: langOf(code), code }] });
    out.push(makeEvent('feedback', { ...base, ts: at(20), messageId: 'a2', rating: 'up' }));
  } else {
    const q = QUESTIONS[n % QUESTIONS.length]!;
    out.length = 0;
    prompt('u1', q);
    answer('a1', 'u1', `${q.replace(/\?$/, '')}: it depends on the workload. In short, prefer the simpler option until measurements say otherwise, and document the decision.`);
    out.push(makeEvent('stop', { ...base, ts: at(3), messageId: 'a1', partialText: 'It depends on the workload.' }));
    out.push(makeEvent('feedback', { ...base, ts: at(5), messageId: 'a1', rating: 'down' }));
    prompt('u2', 'Shorter, please, with one concrete example.', 'a1');
    answer('a2', 'u2', 'Example: a CLI tool needs no threads; a web server handling many sockets benefits from them.');
  }
  return out;
}

/** Hostile captured text: markup, event handlers, javascript: links, CSS injection, bidi overrides, 5 MB. */
export function hostileConversation(): CaptureEvent[] {
  const base = { site: 'chatgpt', conversationId: 'hostile-1', origin: 'live' as const, url: '/c/hostile-1' };
  const payload = [
    `<script>document.title='pwned'</script>`,
    `<img src=x onerror="document.title='pwned'">`,
    `<a href="javascript:document.title='pwned'">click me</a> [link](javascript:alert(1))`,
    `</style><style>body{display:none !important}</style><div style="position:fixed;inset:0;background:red">overlay</div>`,
    `invoice\u202Egnp.exe and \u2066isolated\u2069 and \u202Bembedded`,
    `<svg onload="document.title='pwned'"></svg><iframe src="javascript:parent.document.title='pwned'"></iframe>`,
  ].join('\n');
  const huge = `${payload}\n${'A'.repeat(5 * 1024 * 1024 - payload.length - 2)}`;
  return [
    makeEvent('prompt', { ...base, ts: '2026-11-25T17:00:00.000Z', messageId: 'u1', text: `Hostile \u202Eprompt ${payload}` }),
    makeEvent('response', { ...base, ts: '2026-11-25T17:00:10.000Z', messageId: 'a1', parentId: 'u1', text: payload, codeBlocks: [{ language: 'html', code: payload }], model: 'gpt-4o', complete: 'finished' }),
    makeEvent('copy', { ...base, ts: '2026-11-25T17:00:20.000Z', messageId: 'a1', via: 'selection', text: payload.slice(0, 60), start: 0, end: 60, share: 0.2 }),
    makeEvent('prompt', { ...base, ts: '2026-11-25T17:01:00.000Z', messageId: 'u2', parentId: 'a1', text: 'And a very long one' }),
    makeEvent('response', { ...base, ts: '2026-11-25T17:01:30.000Z', messageId: 'a2', parentId: 'u2', text: huge, codeBlocks: [], model: 'gpt-4o', complete: 'finished' }),
  ];
}

/** Opens the review page (which creates the v2 schema) and returns it, to seed through. */
export async function openReview(l: Launched): Promise<Page> {
  const page = await l.context.newPage();
  await page.goto(`chrome-extension://${l.extensionId}/review/index.html`);
  await page.waitForSelector('.app');
  return page;
}

/**
 * Writes events as the store would: a `seq` in arrival order, the conversation summaries and the counters, and
 * (unless `derived` is false: a store the background has not labelled yet) the derived rows. The profile must be
 * fresh (sequence numbers start at 1). Big seeds go over in chunks.
 */
export async function seedEvents(page: Page, events: readonly CaptureEvent[], { chunk = 10_000, derived = true } = {}): Promise<Counts> {
  const convs = new Map<string, ConversationSummary>();
  const byConv = new Map<string, CaptureEvent[]>();
  const receivedAt = new Date(END).toISOString();
  const rows: StoredEvent[] = events.map((event, i) => {
    const row = storedEventRow(event, i + 1, receivedAt);
    convs.set(row.conv, foldEvent(convs.get(row.conv), event));
    const list = byConv.get(row.conv);
    if (list) list.push(event);
    else byConv.set(row.conv, [event]);
    return row;
  });
  const counts = countsOf(convs.values());
  const rowsDerived = derived ? await seedDerivedRows([...byConv].map(([conv, events]) => ({ conv, events }))) : null;
  const put = (store: string, values: unknown[]) => putRows(page, store, values);
  for (let i = 0; i < rows.length; i += chunk) {
    const t = Date.now();
    await put('events', rows.slice(i, i + chunk));
    if (process.env.ECHO_SEED_TRACE) console.log(`seed: events ${i}..${i + chunk} in ${Date.now() - t} ms`);
  }
  const convRows = [...convs.values()];
  for (let i = 0; i < convRows.length; i += chunk) await put('conversations', convRows.slice(i, i + chunk));
  if (rowsDerived) {
    const { reviewAnswers, conversationLabels } = rowsDerived;
    for (let i = 0; i < reviewAnswers.length; i += chunk) await put('reviewAnswers', reviewAnswers.slice(i, i + chunk));
    for (let i = 0; i < conversationLabels.length; i += chunk) await put('conversationLabels', conversationLabels.slice(i, i + chunk));
  }
  await put('meta', metaRows(counts, rows.length, rowsDerived ?? undefined));
  return counts;
}

/** Puts rows into one object store in one transaction. Values cross as one JSON string: Playwright serialises a
 * string far faster than a large object graph. */
export function putRows(page: Page, store: string, values: unknown[]): Promise<void> {
  return page.evaluate(
    ({ store, json }) =>
      new Promise<void>((ok, fail) => {
        const values = JSON.parse(json) as unknown[];
        const req = indexedDB.open('echo-capture');
        req.onerror = () => fail(req.error ?? new Error('IndexedDB open failed'));
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction(store, 'readwrite');
          const os = tx.objectStore(store);
          for (const v of values) os.put(v);
          tx.oncomplete = () => {
            db.close();
            ok();
          };
          tx.onerror = () => fail(tx.error ?? new Error('IndexedDB transaction failed'));
        };
      }),
    { store, json: JSON.stringify(values) },
  );
}

/** `n` conversations on three sites (chatgpt, claude, grok), two answers each on average. */
export function manyConversations(n: number, from = 0): CaptureEvent[] {
  const out: CaptureEvent[] = [];
  for (let i = from; i < from + n; i++) out.push(...conversation(i));
  return out;
}

/** How many answers the review page has indexed (labelled) so far. */
export async function indexedAnswers(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((ok, fail) => {
        const req = indexedDB.open('echo-capture');
        req.onerror = () => fail(req.error ?? new Error('IndexedDB open failed'));
        req.onsuccess = () => {
          const db = req.result;
          const n = db.transaction('reviewAnswers').objectStore('reviewAnswers').count();
          n.onsuccess = () => {
            db.close();
            ok(n.result);
          };
          n.onerror = () => fail(n.error ?? new Error('IndexedDB request failed'));
        };
      }),
  );
}
