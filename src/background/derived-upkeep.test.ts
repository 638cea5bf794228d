import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startDerivedUpkeep, UPKEEP_DELAY_MS } from './derived-upkeep';

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

function fakeStore(blocking = true) {
  const calls: number[] = [];
  let release: (() => void) | null = null;
  return {
    calls,
    finish: () => release?.(),
    store: {
      updateDerived: vi.fn(async () => {
        calls.push(Date.now());
        if (blocking) await new Promise<void>((r) => (release = r));
        return { done: 1, remaining: 0 };
      }),
    },
  };
}

describe('derived upkeep in the background', () => {
  it('drains on start, then once after a burst of appends has gone quiet', async () => {
    const { store, finish } = fakeStore();
    const upkeep = startDerivedUpkeep(store);
    await vi.advanceTimersByTimeAsync(UPKEEP_DELAY_MS);
    expect(store.updateDerived).toHaveBeenCalledTimes(1);
    finish();
    for (let i = 0; i < 5; i++) {
      upkeep.touched();
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(store.updateDerived).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(UPKEEP_DELAY_MS);
    expect(store.updateDerived).toHaveBeenCalledTimes(2);
  });

  it('does not let a steady stream of appends postpone labelling for ever', async () => {
    const { store } = fakeStore(false);
    const upkeep = startDerivedUpkeep(store);
    await vi.advanceTimersByTimeAsync(UPKEEP_DELAY_MS);
    for (let i = 0; i < 40; i++) {
      upkeep.touched();
      await vi.advanceTimersByTimeAsync(UPKEEP_DELAY_MS / 2);
    }
    expect(store.updateDerived.mock.calls.length).toBeGreaterThanOrEqual(3);
  });

  it('runs once more after appends that came while it was draining, never twice at once', async () => {
    const { store, finish } = fakeStore();
    const upkeep = startDerivedUpkeep(store);
    await vi.advanceTimersByTimeAsync(UPKEEP_DELAY_MS);
    upkeep.touched();
    await vi.advanceTimersByTimeAsync(UPKEEP_DELAY_MS * 3);
    expect(store.updateDerived).toHaveBeenCalledTimes(1);
    finish();
    await vi.advanceTimersByTimeAsync(UPKEEP_DELAY_MS);
    expect(store.updateDerived).toHaveBeenCalledTimes(2);
  });
});
