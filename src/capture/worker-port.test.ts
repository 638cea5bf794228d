import { describe, expect, it } from 'vitest';
import type { CaptureEvent } from '../core/events';
import { OUTBOX_PORT } from '../messages';
import { type PortLike, WorkerPort } from './worker-port';

/** A port whose worker end the test plays. */
function fakeConnect() {
  const opened: { name: string; posted: unknown[]; answer(m: unknown): void; drop(): void }[] = [];
  const connect = ({ name }: { name: string }): PortLike => {
    const onMessage: ((m: unknown) => void)[] = [];
    const onDisconnect: (() => void)[] = [];
    const answer = (m: unknown) => onMessage.forEach((l) => l(m));
    const entry = { name, posted: [] as unknown[], answer, drop: () => onDisconnect.forEach((l) => l()) };
    opened.push(entry);
    return {
      postMessage: (m) => entry.posted.push(m),
      onMessage: { addListener: (l) => onMessage.push(l) },
      onDisconnect: { addListener: (l) => onDisconnect.push(l) },
    };
  };
  return { opened, connect };
}

const batch: CaptureEvent[] = [
  {
    id: 'feedback:1',
    v: 1,
    kind: 'feedback',
    site: 'chatgpt',
    conversationId: 'c1',
    ts: '2026-11-29T10:00:00.000Z',
    origin: 'live',
    messageId: 'a1',
    rating: 'up',
  },
];

describe('the port to the worker', () => {
  it('posts batches as events messages and hands back the answers in order', async () => {
    const { opened, connect } = fakeConnect();
    const port = new WorkerPort(connect);
    port.open();
    const first = port.post(batch);
    const second = port.post(batch);
    expect(opened).toHaveLength(1);
    expect(opened[0]!.name).toBe(OUTBOX_PORT);
    expect(opened[0]!.posted).toEqual([{ type: 'events', events: batch }, { type: 'events', events: batch }]);
    opened[0]!.answer({ ok: true, stored: 1, duplicates: 0 });
    opened[0]!.answer({ ok: true, stored: 0, duplicates: 1 });
    expect(await first).toMatchObject({ stored: 1 });
    expect(await second).toMatchObject({ duplicates: 1 });
  });

  it('answers retry when the worker drops the port, and opens a new one for the next batch', async () => {
    const { opened, connect } = fakeConnect();
    const port = new WorkerPort(connect);
    const pending = port.post(batch);
    opened[0]!.drop();
    expect(await pending).toMatchObject({ ok: false, retry: true });
    void port.post(batch);
    expect(opened).toHaveLength(2);
    expect(opened[1]!.posted).toHaveLength(1);
  });
});
