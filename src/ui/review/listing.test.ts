import { describe, expect, it, vi } from 'vitest';
import { firstRowsTold, type ListSource } from './listing';

describe("the review list's first rows, which the page's whole-index scans wait for", () => {
  it('are told once read and painted, not before', async () => {
    let release!: () => void;
    const source: ListSource = { count: 3, fetch: () => new Promise((ok) => (release = () => ok([{ type: 'missing', key: 'a' }]))) };
    const told = vi.fn();
    const frames: (() => void)[] = [];
    const wrapped = firstRowsTold(source, told, (fn) => frames.push(fn));
    const rows = wrapped.fetch(0, 3);
    expect(told).not.toHaveBeenCalled();
    release();
    expect(await rows).toEqual([{ type: 'missing', key: 'a' }]);
    expect(told).not.toHaveBeenCalled(); // read, but not painted yet
    frames.forEach((f) => f());
    expect(told).toHaveBeenCalledWith(true);
  });

  it('are told at once for an empty list (nothing will be fetched), and after a failed read too', async () => {
    const told = vi.fn();
    firstRowsTold({ count: 0, fetch: () => Promise.resolve([]) }, told);
    expect(told).toHaveBeenCalledWith(true);
    const failing = vi.fn();
    const now = (fn: () => void) => fn();
    await expect(firstRowsTold({ count: 2, fetch: () => Promise.reject(new Error('closed')) }, failing, now).fetch(0, 2)).rejects.toThrow('closed');
    expect(failing).toHaveBeenCalledWith(true);
  });
});
