// The extension's store keeps every conversation's labels current as events arrive; the export takes them instead
// of labelling again wherever the events it writes are the ones those labels came from, and only there.
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { CaptureEvent } from '../events';
import { labelEvents } from '../labeller';
import { syntheticConversation } from '../../../test/support/synthetic-bundles';
import type { ExportSource } from './training-bundle';
import { exportTrainingBundle } from './training-bundle';

/** A confidence no rule gives: labels carrying it came from the source, not from labelling in the export. */
const KEPT = 0.4242;

function source(conversations: CaptureEvent[][], kept: 'marked' | 'true' | 'none'): ExportSource {
  return {
    total: conversations.length,
    // eslint-disable-next-line @typescript-eslint/require-await -- the source interface is async; memory needs no wait
    async *conversations() {
      for (const events of conversations) {
        const { site, conversationId } = events[0]!;
        const ts = events.map((e) => e.ts).sort();
        const labels = labelEvents(events).map((l) => (kept === 'marked' ? { ...l, confidence: KEPT } : l));
        const key = `${site}:${conversationId}`;
        yield { key, site, firstTs: ts[0]!, lastTs: ts.at(-1)!, events: () => Promise.resolve(events), ...(kept === 'none' ? {} : { labels }) };
      }
    },
  };
}

async function exportFiles(src: ExportSource, options: unknown): Promise<Record<string, string>> {
  const chunks: Uint8Array[] = [];
  await exportTrainingBundle(src, options, (c) => void chunks.push(c), {
    generator: { name: 'test', version: '0' },
    extensionVersion: '0.1.0',
    createdAt: '2026-11-25T00:00:00.000Z',
  });
  const files = unzipSync(Buffer.concat(chunks));
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, new TextDecoder().decode(bytes)]));
}

function conversations(): CaptureEvent[][] {
  const convs = Array.from({ length: 8 }, (_, i) => syntheticConversation('kept', i));
  // Something to redact in conversation 0; a copy whose recorded offsets are stale in conversation 4 (redaction
  // re-anchors it where its text is).
  const prompt = convs[0]!.find((e) => e.kind === 'prompt')!;
  if (prompt.kind === 'prompt') prompt.text += ' Mail me at jane.doe@northwind-mail.com';
  const copy = convs[4]!.find((e) => e.kind === 'copy')!;
  if (copy.kind === 'copy') Object.assign(copy, { start: 0, end: copy.text.length });
  return convs;
}

const keptIn = (files: Record<string, string>) => {
  const labels = files['labels.jsonl']!.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { conversationKey: string; confidence: number });
  const byConversation = new Map<string, boolean>();
  for (const l of labels) byConversation.set(l.conversationKey, l.confidence === KEPT);
  return byConversation;
};

describe('labels kept by the source', () => {
  it('are used where redaction left a conversation as it was, and labelled afresh where it rewrote one', async () => {
    const kept = keptIn(await exportFiles(source(conversations(), 'marked'), { redaction: { level: 'standard' } }));
    expect(kept.get('chatgpt:kept-c0')).toBe(false); // an e-mail address replaced
    expect(kept.get('chatgpt:kept-c4')).toBe(false); // a copy re-anchored
    for (const i of [1, 2, 3, 5, 6, 7]) expect(kept.get(`chatgpt:kept-c${i}`)).toBe(true);
  });

  it('are used for every conversation when redaction is off', async () => {
    const kept = keptIn(await exportFiles(source(conversations(), 'marked'), { redaction: { level: 'off' } }));
    expect([...kept.values()].every(Boolean)).toBe(true);
    expect(kept.size).toBe(8);
  });

  it('give the same bundle, file for file, as labelling every conversation in the export', async () => {
    for (const options of [{ redaction: { level: 'standard' } }, { redaction: { level: 'off' } }, {}]) {
      const fromKept = await exportFiles(source(conversations(), 'true'), options);
      const labelled = await exportFiles(source(conversations(), 'none'), options);
      expect(Object.keys(fromKept).sort()).toEqual(Object.keys(labelled).sort());
      for (const name of Object.keys(labelled)) expect(fromKept[name], name).toBe(labelled[name]);
    }
  });
});
