// The background detects each conversation's redaction spans as its events arrive and keeps them, so an export
// replaces them instead of detecting: the export from the store is the one detecting would write; spans of a
// conversation behind its events are not handed over; a change of rules or level redetects without relabelling.
import 'fake-indexeddb/auto';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { CaptureEvent } from '../core/events';
import { exportTrainingBundle, type ExportSource } from '../core/export/training-bundle';
import { SPAN_DETECTOR } from '../background/derived-upkeep';
import { makeEvent } from '../../test/support/make-event';
import { PROMISED } from '../../test/support/redaction-samples';
import { openBackgroundStore } from './api';
import { DERIVED_STATE, EchoDB } from './db';
import { exportSource } from './export-source';

let n = 0;
const fresh = () => {
  const db = new EchoDB(`redaction-spans-${++n}`);
  return { db, store: openBackgroundStore(db) };
};

function conversation(id: string, secret: boolean): CaptureEvent[] {
  const base = { conversationId: id };
  const text = secret ? `Mail ${PROMISED.email} the key ${PROMISED.awsKeyId}` : `Question in ${id}`;
  return [
    makeEvent('prompt', { ...base, messageId: 'u1', text }),
    makeEvent('response', { ...base, messageId: 'a1', parentId: 'u1', text: `Done: ${text}`, codeBlocks: [], complete: 'finished' }),
    makeEvent('feedback', { ...base, messageId: 'a1', rating: 'up' }),
  ];
}

async function read(source: ExportSource) {
  const out = new Map<string, { version: string; texts: number } | undefined>();
  for await (const c of source.conversations()) {
    out.set(c.key, c.redactionSpans && { version: c.redactionSpans.version, texts: c.redactionSpans.spans.length });
  }
  return out;
}

async function exportText(source: ExportSource): Promise<string> {
  const chunks: Uint8Array[] = [];
  await exportTrainingBundle(source, { redaction: { level: 'standard', chosenBy: 'default' } }, (c) => void chunks.push(c), {
    generator: { name: 'test', version: '0' },
    extensionVersion: '0',
    createdAt: '2026-11-29T00:00:00.000Z',
  });
  const files = unzipSync(Buffer.concat(chunks));
  return Object.entries(files)
    .map(([name, data]) => `${name}\n${new TextDecoder().decode(data)}`)
    .join('\n');
}

describe('redaction spans kept by the background', () => {
  it('are detected as events arrive and give the bundle detecting in the export gives', async () => {
    const { db, store } = fresh();
    await store.append([...conversation('s', true), ...conversation('p', false)]);
    expect([...(await read(await exportSource(db))).values()]).toEqual([undefined, undefined]);
    const detectedNow = await exportText(await exportSource(db));

    await store.updateDerived({ detector: SPAN_DETECTOR });
    const kept = await read(await exportSource(db));
    expect(kept.get('chatgpt:s')).toEqual({ version: SPAN_DETECTOR.version, texts: 2 });
    expect(kept.get('chatgpt:p')).toEqual({ version: SPAN_DETECTOR.version, texts: 0 });
    const fromKept = await exportText(await exportSource(db));
    expect(fromKept).toBe(detectedNow);
    expect(fromKept).not.toContain(PROMISED.email);
  });

  it('are not handed over for a conversation behind its events, until the background catches up', async () => {
    const { db, store } = fresh();
    await store.append(conversation('s', false));
    await store.updateDerived({ detector: SPAN_DETECTOR });
    await store.append([makeEvent('prompt', { conversationId: 's', messageId: 'u2', parentId: 'a1', text: `Also ${PROMISED.phone}` })]);
    expect((await read(await exportSource(db))).get('chatgpt:s')).toBeUndefined();
    expect(await exportText(await exportSource(db))).not.toContain(PROMISED.phone);
    const scanned: number[] = [];
    const detect = (events: readonly CaptureEvent[]) => (scanned.push(events.length), SPAN_DETECTOR.detect(events));
    const counting = { ...SPAN_DETECTOR, detect };
    await store.updateDerived({ detector: counting });
    expect(scanned).toEqual([1]);
    expect((await read(await exportSource(db))).get('chatgpt:s')?.texts).toBe(1);
    // Only the appended event was scanned, and the row is the one detecting the whole conversation gives.
    const row = await db.redactionSpans.get('chatgpt:s');
    expect(row?.spans).toEqual(SPAN_DETECTOR.detect(await store.conversationEvents('chatgpt:s')).spans);
  });

  it('are detected again, without relabelling, when the rules or the level change', async () => {
    const { db, store } = fresh();
    await store.append([...conversation('s', true), ...conversation('p', false)]);
    await store.updateDerived({ detector: SPAN_DETECTOR });
    const labels = await db.conversationLabels.toArray();
    const strict = { version: `${SPAN_DETECTOR.version}-next`, detect: SPAN_DETECTOR.detect };
    expect(await store.derivedBacklog()).toBe(0);
    const result = await store.updateDerived({ detector: strict, batch: 1 });
    expect(result.done).toBe(2);
    expect([...(await read(await exportSource(db))).values()].map((s) => s?.version)).toEqual([strict.version, strict.version]);
    expect(await db.conversationLabels.toArray()).toEqual(labels);
    expect(await db.meta.get(DERIVED_STATE)).toMatchObject({ value: { spansVersion: strict.version } });
  });

  it('are dropped with events deleted outside the background, which detects again', async () => {
    const { db, store } = fresh();
    await store.append([...conversation('s', true), ...conversation('gone', true)]);
    await store.updateDerived({ detector: SPAN_DETECTOR });
    await store.deleteConversations(['chatgpt:gone']);
    expect(await db.redactionSpans.toArray()).toEqual([expect.objectContaining({ conv: 'chatgpt:s' })]);
    await store.applyRetention(1, new Date('2100-01-01'));
    expect(await db.redactionSpans.count()).toBe(0);
  });
});
