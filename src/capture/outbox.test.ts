import { describe, expect, it, vi } from 'vitest';
import { makeEvent } from '../../test/support/make-event';
import { Outbox } from './outbox';

const events = Array.from({ length: 3 }, (_, i) => makeEvent('feedback', { messageId: `a${i}`, rating: 'up' }));

describe('Outbox', () => {
  it('resends after the background fails, until it acknowledges, and then stops', async () => {
    vi.useFakeTimers();
    const received: string[][] = [];
    let failures = 2;
    const outbox = new Outbox((batch) => {
      received.push(batch.map((e) => e.id));
      if (failures-- > 0) return Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));
      return Promise.resolve({ ok: true, stored: batch.length, duplicates: 0 });
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
    const transport = vi.fn(() => Promise.resolve({ ok: false as const, error: 'events[0].ts: bad', retry: false }));
    const outbox = new Outbox(transport);
    outbox.push(events[0]!);
    await vi.runAllTimersAsync();
    expect(transport).toHaveBeenCalledTimes(1);
    expect(outbox.dropped).toBe(1);
    vi.useRealTimers();
  });

  it('hands its whole queue over at once when the page goes away, keeping what the worker did not acknowledge', async () => {
    vi.useFakeTimers();
    const many = Array.from({ length: 250 }, (_, i) => makeEvent('feedback', { messageId: `m${i}`, rating: 'up' }));
    const regular = vi.fn(() => Promise.resolve({ ok: false as const, error: 'asleep', retry: true }));
    const outbox = new Outbox(regular);
    for (const e of many) outbox.push(e);
    const posted: string[][] = [];
    let answer: ((ok: boolean) => void)[] = [];
    outbox.handOver((batch) => {
      posted.push(batch.map((e) => e.id));
      const stored = { ok: true, stored: batch.length, duplicates: 0 } as const;
      return new Promise((resolve) => answer.push((ok) => resolve(ok ? stored : { ok: false, error: 'full', retry: true })));
    });
    // Posted before anything else runs: nothing waits for a timer the closing page would never fire.
    expect(posted.flat()).toEqual(many.map((e) => e.id));
    [answer[0]!, answer[2]!].forEach((a) => a(true));
    answer[1]!(false);
    answer = [];
    await vi.advanceTimersByTimeAsync(0);
    expect(outbox.pending).toBe(100);
    vi.useRealTimers();
  });

  it('tells the page what the worker refused or repaired, without resending the batch', async () => {
    vi.useFakeTimers();
    const said: string[] = [];
    const transport = vi.fn(() => Promise.resolve({ ok: true as const, stored: 2, duplicates: 0, rejected: 1, repaired: 1 }));
    const outbox = new Outbox(transport, (m) => said.push(m));
    for (const e of events) outbox.push(e);
    await vi.runAllTimersAsync();
    expect(transport).toHaveBeenCalledTimes(1);
    expect([outbox.pending, outbox.refused, outbox.repaired]).toEqual([0, 1, 1]);
    expect(said).toEqual(['1 event(s) refused, 1 repaired (see the popup)']);
    vi.useRealTimers();
  });
  it('with a hold, sends the events of a moment in one message, and hands them over at once if the page goes away', async () => {
    vi.useFakeTimers();
    const received: string[][] = [];
    const stored = (batch: { id: string }[]) => Promise.resolve({ ok: true as const, stored: batch.length, duplicates: 0 });
    const outbox = new Outbox((batch) => (received.push(batch.map((e) => e.id)), stored(batch)), undefined, 1000);
    outbox.push(events[0]!);
    await vi.advanceTimersByTimeAsync(300);
    outbox.push(events[1]!);
    await vi.advanceTimersByTimeAsync(300);
    expect(received).toEqual([]);
    await vi.advanceTimersByTimeAsync(400);
    expect(received).toEqual([[events[0]!.id, events[1]!.id]]);
    outbox.push(events[2]!);
    const posted: string[][] = [];
    outbox.handOver((batch) => (posted.push(batch.map((e) => e.id)), stored(batch)));
    expect(posted).toEqual([[events[2]!.id]]);
    vi.useRealTimers();
  });
});
