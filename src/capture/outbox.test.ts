import { describe, expect, it, vi } from 'vitest';
import { makeEvent } from '../../test/support/make-event';
import { Outbox } from './outbox';

const events = Array.from({ length: 3 }, (_, i) => makeEvent('feedback', { messageId: `a${i}`, rating: 'up' }));

describe('Outbox', () => {
  it('resends after the background fails, until it acknowledges, and then stops', async () => {
    vi.useFakeTimers();
    const received: string[][] = [];
    let failures = 2;
    const outbox = new Outbox(async (batch) => {
      received.push(batch.map((e) => e.id));
      if (failures-- > 0) throw new Error('Could not establish connection. Receiving end does not exist.');
      return { ok: true, stored: batch.length, duplicates: 0 };
    });
    for (const e of events) outbox.push(e);
    await vi.runAllTimersAsync();
    expect(received).toHaveLength(3);
    expect(received.at(-1)).toEqual(events.map((e) => e.id));
    expect(outbox.pending).toBe(0);
    vi.useRealTimers();
  });

  it('drops a batch the background rejects as invalid instead of retrying it forever', async () => {
    vi.useFakeTimers();
    const transport = vi.fn(async () => ({ ok: false as const, error: 'events[0].ts: bad', retry: false }));
    const outbox = new Outbox(transport);
    outbox.push(events[0]!);
    await vi.runAllTimersAsync();
    expect(transport).toHaveBeenCalledTimes(1);
    expect(outbox.dropped).toBe(1);
    vi.useRealTimers();
  });
});
