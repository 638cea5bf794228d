import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { linesMaker, SPAN_DETECTOR } from '../background/derived-upkeep';
import type { CaptureEvent } from '../core/events';
import { KEPT_OPTIONS } from '../core/export/kept-lines';
import type { ExportSource } from '../core/export/training-bundle';
import type { ReviewDecisions } from '../core/review/decisions';
import { chatConversation, exportZip } from '../../test/support/export-store';
import { makeEvent } from '../../test/support/make-event';
import { type EchoStore, openBackgroundStore } from './api';
import { DERIVED_STATE, EchoDB, metaRows, storedEventRow } from './db';
import { seedDerivedRows } from './seed-rows';
import { emptyCounts, moveCounts, summariseEvents } from '../core/counts';
import { exportSource } from './export-source';
import { loadReviewDecisions } from './review-reads';

// exportZip's generator version: the version the kept lines are made for.
const VERSION = '0';
const upkeep = (store: EchoStore, version = VERSION) => store.updateDerived({ detector: SPAN_DETECTOR, maker: linesMaker(version) });
/** The popup's export in its defaults (who chose the level goes to the manifest, not into any line). */
const DEFAULTS = { ...KEPT_OPTIONS, redaction: { ...KEPT_OPTIONS.redaction!, chosenBy: 'default' as const } };

let n = 0;
const fresh = () => {
  const db = new EchoDB(`export-lines-${++n}`);
  return { db, store: openBackgroundStore(db) };
};

const mail = (who: string) => (t: number) => `Write to ${who}@fastmail.com about item ${t}`;

async function seeded() {
  const { db, store } = fresh();
  const convs: CaptureEvent[][] = [
    chatConversation('a', 2),
    chatConversation('b', 3, 'claude'),
    chatConversation('mail', 2, 'chatgpt', mail('alice.smith')),
    chatConversation('kept-mail', 1, 'chatgpt', mail('bob.jones')),
    chatConversation('own-redaction', 2, 'chatgpt', (t) => `My project Zanzibar, step ${t}`),
    chatConversation('excluded-answer', 2),
    chatConversation('excluded', 1),
  ];
  const events: CaptureEvent[] = [];
  for (let i = 0; i < 12; i++) for (const c of convs) if (c[i]) events.push(c[i]!);
  for (let i = 0; i < events.length; i += 5) await store.append(events.slice(i, i + 5));
  await upkeep(store);
  // Review decisions of every kind, after the lines were kept.
  const prompt = (conv: string) => convs.flat().find((e) => `${e.site}:${e.conversationId}` === conv && e.kind === 'prompt')!;
  await store.addRedaction({ conv: 'chatgpt:kept-mail', eventId: prompt('chatgpt:kept-mail').id, field: 'text', start: 9, end: 31, value: 'bob.jones@fastmail.com', kind: 'email', keep: true });
  await store.addRedaction({ conv: 'chatgpt:own-redaction', eventId: prompt('chatgpt:own-redaction').id, field: 'text', start: 11, end: 19, value: 'Zanzibar', kind: 'secret' });
  const excludedAnswer = convs[5]!.find((e) => e.kind === 'response')!;
  await store.setExcluded([{ scope: 'answer', conv: 'chatgpt:excluded-answer', eventId: excludedAnswer.id, messageId: 'a1' }], true);
  await store.setExcluded([{ scope: 'conversation', conv: 'chatgpt:excluded' }], true);
  return { db, store };
}

/** The source, noting which conversations it gave as kept lines. */
function noting(source: ExportSource): { source: ExportSource; kept: string[] } {
  const kept: string[] = [];
  return {
    kept,
    source: {
      ...source,
      async *conversations(usable) {
        for await (const c of source.conversations(usable)) {
          if (c.kept) kept.push(c.key);
          yield c;
        }
      },
    },
  };
}

/** The same source never offering kept lines: every conversation computed, as before they were kept. */
const computedOnly = (source: ExportSource): ExportSource => ({ ...source, conversations: () => source.conversations() });

/** Exports the store twice, from kept lines where they hold and computing everything; both must be the same bytes. */
async function bothWays(db: EchoDB, options: unknown, decisions?: ReviewDecisions, version = VERSION) {
  const d = decisions ?? (await loadReviewDecisions(db));
  const from = noting(await exportSource(db, 3));
  const kept = await exportZip(from.source, options, { decisions: d, generator: { name: 'test', version } });
  const computed = await exportZip(computedOnly(await exportSource(db, 3)), options, { decisions: d, generator: { name: 'test', version } });
  expect(Object.keys(kept.files)).toEqual(Object.keys(computed.files));
  // Every file byte for byte, manifest.json (counts, stats, each file's SHA-256) included; the zip's own entry
  // times are the clock's.
  for (const name of Object.keys(kept.files)) expect(kept.files[name], name).toEqual(computed.files[name]);
  return { kept: from.kept, files: kept.files };
}

const UNDECIDED = ['chatgpt:a', 'chatgpt:mail', 'claude:b'];

describe('export lines kept ready', () => {
  it('writes the same bundle from kept lines as computed, with redaction and every kind of review decision', async () => {
    const { db } = await seeded();
    const { kept, files } = await bothWays(db, DEFAULTS);
    expect(kept).toEqual(UNDECIDED);
    // What the decisions and the rules did is in the bundle: the rules' e-mail redacted, the kept one not, the
    // person's own value redacted, the excluded answer and conversation gone.
    expect(files['events.jsonl']).not.toContain('alice.smith@fastmail.com');
    expect(files['events.jsonl']).toContain('bob.jones@fastmail.com');
    expect(files['events.jsonl']).not.toContain('Zanzibar');
    expect(files['events.jsonl']).not.toContain('chatgpt:excluded"');
    expect(files['sft.jsonl']!.trim().split('\n').length).toBeGreaterThan(3);
    expect(JSON.parse(files['manifest.json']!).counts.conversations).toBe(6);
  });

  it('computes every conversation for an export in other options, with the same result', async () => {
    const { db } = await seeded();
    for (const other of [
      { ...DEFAULTS, minConfidence: 0.9 },
      { ...DEFAULTS, labels: ['accepted'] },
      { ...DEFAULTS, formats: ['sft', 'openai-chat', 'llamafactory'] },
      { ...DEFAULTS, redaction: { level: 'strict' } },
      { ...DEFAULTS, redaction: { level: 'off' } },
      { ...DEFAULTS, rules: { copy: { minShare: 0.25 } } },
    ]) {
      expect((await bothWays(db, other)).kept, JSON.stringify(other)).toEqual([]);
    }
  });

  it('filters by site and date range with kept lines, computing a conversation the range cuts', async () => {
    const { db } = await seeded();
    // The source hands over every conversation; the export leaves out the other sites' (kept or not).
    const claude = await bothWays(db, { ...DEFAULTS, sites: ['claude'] });
    expect(claude.kept).toContain('claude:b');
    expect(claude.files['events.jsonl']).not.toContain('"site":"chatgpt"');
    const a = (await db.exportLines.get('chatgpt:a'))!;
    expect((await bothWays(db, { ...DEFAULTS, from: a.firstTs })).kept).toContain('chatgpt:a');
    const cut = await bothWays(db, { ...DEFAULTS, from: a.lastTs });
    expect(cut.kept).not.toContain('chatgpt:a');
  });

  it('never serves lines older than the events: appended or completed in place, until the background remakes them', async () => {
    const { db, store } = await seeded();
    await store.append([makeEvent('feedback', { conversationId: 'a', messageId: 'a1', rating: 'down' })]);
    expect((await bothWays(db, DEFAULTS)).kept).toEqual(['chatgpt:mail', 'claude:b']);
    await upkeep(store);
    expect((await bothWays(db, DEFAULTS)).kept).toEqual(UNDECIDED);
    // An answer completed in place: same number of events, only the dirty mark tells.
    const cut = chatConversation('cut', 1);
    const whole = cut.find((e) => e.kind === 'response')!;
    await store.append(cut.map((e) => (e === whole ? { ...whole, text: 'Ans', complete: 'interrupted' as const } : e)));
    await upkeep(store);
    expect((await bothWays(db, DEFAULTS)).kept).toEqual(['chatgpt:a', 'chatgpt:cut', 'chatgpt:mail', 'claude:b']);
    expect(await store.append([whole])).toMatchObject({ completed: 1 });
    expect((await bothWays(db, DEFAULTS)).kept).toEqual(UNDECIDED);
  });

  it('computes a conversation once the person decides on it in review, and keeps it again once undone', async () => {
    const { db, store } = await seeded();
    const answer = (await store.conversationEvents('claude:b')).find((e) => e.kind === 'response')!;
    const target = { conv: 'claude:b', eventId: answer.id, messageId: 'a1', machineLabel: 'accepted' as const, machineConfidence: 0.9, rulesVersion: 'x' };
    const undo = await store.setUserLabel([target], 'rejected');
    const decided = await bothWays(db, DEFAULTS);
    expect(decided.kept).toEqual(['chatgpt:a', 'chatgpt:mail']);
    expect(decided.files['labels.jsonl']).toContain('"userLabel":"rejected"');
    await undo();
    expect((await bothWays(db, DEFAULTS)).kept).toEqual(UNDECIDED);
    // Decisions handed over without naming their conversations hold for any of them.
    const { conversations: _, ...unnamed } = await loadReviewDecisions(db);
    expect((await bothWays(db, DEFAULTS, unnamed)).kept).toEqual([]);
  });

  it('does not serve lines made under other label rules, redaction rules or extension version', async () => {
    const { db, store } = await seeded();
    const row = (await db.exportLines.get('chatgpt:a'))!;
    await db.exportLines.put({ ...row, stamp: { ...row.stamp, rulesVersion: 'echo-rules/0.0.1' } });
    expect((await bothWays(db, DEFAULTS)).kept).toEqual(['chatgpt:mail', 'claude:b']);
    await db.exportLines.put({ ...row, stamp: { ...row.stamp, spansVersion: '1/standard' } });
    expect((await bothWays(db, DEFAULTS)).kept).toEqual(['chatgpt:mail', 'claude:b']);
    expect((await bothWays(db, DEFAULTS, undefined, '0.2.0')).kept).toEqual([]);
    // A change of label rules has the background remake every conversation's lines.
    const state = (await db.meta.get(DERIVED_STATE))!;
    await db.meta.put({ key: DERIVED_STATE, value: { ...(state.value as object), rulesVersion: 'echo-rules/0.0.1' } });
    await upkeep(store);
    expect((await bothWays(db, DEFAULTS)).kept).toEqual(UNDECIDED);
  });

  it('remakes the lines of every conversation once the extension is updated, and only once', async () => {
    const { db, store } = await seeded();
    expect((await bothWays(db, DEFAULTS, undefined, '0.2.0')).kept).toEqual([]);
    // The updated background starts: no event arrived, yet every conversation's lines are made for its version.
    await upkeep(store, '0.2.0');
    expect((await bothWays(db, DEFAULTS, undefined, '0.2.0')).kept).toEqual(UNDECIDED);
    expect((await db.exportLines.toArray()).map((r) => JSON.parse(r.stamp.recipe).version)).toEqual(Array(7).fill('0.2.0'));
    // Its next starts find them current.
    expect((await store.updateDerived({ detector: SPAN_DETECTOR, maker: linesMaker('0.2.0') })).done).toBe(0);
  });

  it('drops the lines of deleted conversations and of events retention removed', async () => {
    const { db, store } = await seeded();
    await store.deleteConversations(['chatgpt:a']);
    expect(await db.exportLines.get('chatgpt:a')).toBeUndefined();
    await store.applyRetention(1, new Date('2026-12-30T00:00:00.000Z'));
    expect(await db.exportLines.count()).toBe(0);
  });

  it('keeps no lines for an editor document: its inline completions are computed', async () => {
    const { db, store } = fresh();
    const shown = makeEvent('completion_shown', {
      conversationId: 'doc',
      site: 'vscode-web',
      suggestionId: 's1',
      text: 'return a + b',
      language: 'python',
      prefix: 'def add(a, b):\n    ',
      suffix: '',
    } as never);
    await store.append([shown]);
    await upkeep(store);
    expect(await db.conversations.count()).toBe(1);
    expect(await db.conversationLabels.count()).toBe(1);
    expect(await db.exportLines.count()).toBe(0);
  });
});

describe('schema upgrade to version 7', () => {
  it('has the background make the lines of conversations stored before, their labels already kept', async () => {
    const name = 'export-lines-upgrade';
    const events = chatConversation('old', 1);
    const derived = await seedDerivedRows([{ conv: 'chatgpt:old', events }]);
    const summary = summariseEvents(events)!;
    const old = new Dexie(name);
    old.version(6).stores({
      events: 'id, &seq, conv, kind, ts',
      conversations: 'key, site, lastTs',
      meta: 'key',
      reviewAnswers: 'eventId, conv, ts',
      exclusions: 'key, conv',
      labelOverrides: 'eventId, conv',
      redactions: 'id, conv, eventId',
      conversationLabels: 'conv',
      dirty: 'conv',
      redactionSpans: 'conv',
    });
    await old.table('events').bulkAdd(events.map((e, i) => storedEventRow(e, i + 1, '2026-11-25T10:00:00.000Z')));
    await old.table('conversations').put(summary);
    await old.table('conversationLabels').bulkPut(derived.conversationLabels);
    await old.table('reviewAnswers').bulkPut(derived.reviewAnswers);
    await old.table('meta').bulkPut(metaRows(moveCounts(emptyCounts(), undefined, summary), events.length, { ...derived, spansVersion: SPAN_DETECTOR.version }));
    old.close();
    const db = new EchoDB(name);
    const store = openBackgroundStore(db);
    expect(await db.exportLines.count()).toBe(0);
    expect(await store.derivedBacklog()).toBe(0); // the review page's labels are current: nothing to wait for there
    expect((await bothWays(db, DEFAULTS)).kept).toEqual([]);
    expect(await upkeep(store)).toEqual({ done: 1, remaining: 0 });
    expect((await db.exportLines.get('chatgpt:old'))?.stamp.events).toBe(events.length);
    expect((await bothWays(db, DEFAULTS)).kept).toEqual(['chatgpt:old']);
  });
});
