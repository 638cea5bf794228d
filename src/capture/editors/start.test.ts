import { afterEach, describe, expect, it, vi } from 'vitest';
import { accepted, rejected, shown } from '../../../test/support/completion-events';
import { Outbox } from '../outbox';
import { EVENT_HOLD_MS } from './start';

afterEach(() => void vi.useRealTimers());

describe('the editor capture’s outbox', () => {
  // The page pays for each message to the worker (serialized and sent from its main thread, answered by a task in
  // the page): a person typing on meets a suggestion every second or two, and their events travel together.
  it('sends a suggestion’s events and the next suggestion’s, met within seconds, in one message to the worker', async () => {
    vi.useFakeTimers();
    const messages: string[][] = [];
    const outbox = new Outbox(
      (batch) => {
        messages.push(batch.map((e) => e.kind));
        return Promise.resolve({ ok: true, stored: batch.length, duplicates: 0 });
      },
      () => undefined,
      EVENT_HOLD_MS,
    );
    outbox.push(shown('s1', 'return a + b'));
    await vi.advanceTimersByTimeAsync(1500);
    outbox.push(accepted('s1', 'return a + b'));
    await vi.advanceTimersByTimeAsync(1500);
    outbox.push(shown('s2', 'print(total)'));
    await vi.advanceTimersByTimeAsync(1000);
    outbox.push(rejected('s2', 'escape'));
    expect(messages).toEqual([]);
    await vi.runAllTimersAsync();
    expect(messages).toEqual([['completion_shown', 'completion_accepted', 'completion_shown', 'completion_rejected']]);
  });

  it('still sends what it holds at once when the page hides', async () => {
    vi.useFakeTimers();
    const regular = vi.fn(() => Promise.resolve({ ok: true as const, stored: 1, duplicates: 0 }));
    const outbox = new Outbox(regular, () => undefined, EVENT_HOLD_MS);
    outbox.push(shown('s1', 'return a + b'));
    const handed: string[] = [];
    outbox.handOver((batch) => {
      handed.push(...batch.map((e) => e.kind));
      return Promise.resolve({ ok: true, stored: batch.length, duplicates: 0 });
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(handed).toEqual(['completion_shown']);
    expect(outbox.pending).toBe(0);
  });
});
