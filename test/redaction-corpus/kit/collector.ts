// Collects a round's items: numbers the ids per stratum, checks that every expected value occurs in its text, and
// drops a sourced positive whose value an earlier round holds (keeping the list of what was dropped for the README).
import type { EarlierIndex } from './earlier';
import type { Expected, Item } from './item';

export class Collector {
  readonly items: Item[] = [];
  readonly dropped: string[] = [];
  private readonly counters = new Map<string, number>();

  constructor(
    private readonly prefix: string,
    private readonly earlier: EarlierIndex,
  ) {}

  /**
   * Adds an item unless `sourced` and a value was seen before (only the values of `checkOnly` when given: an IP in a
   * scanner's example line is incidental to the key it tests); returns whether it was added.
   */
  push(stratum: string, text: string, expected: Expected[], note: string, opts: { sourced?: boolean; checkOnly?: string[] } = {}): boolean {
    for (const e of expected) if (!text.includes(e.value)) throw new Error(`value not in text: ${e.value} / ${text}`);
    if (!note) throw new Error(`no note for ${stratum}`);
    const checked = opts.checkOnly ?? expected.map((e) => e.value);
    if (opts.sourced && checked.some((value) => this.earlier.seen(value))) {
      this.dropped.push(`${stratum}: ${expected.map((e) => e.value).join(', ')}`);
      return false;
    }
    const n = this.counters.get(stratum) ?? 0;
    this.counters.set(stratum, n + 1);
    this.items.push({ id: `${this.prefix}:${stratum}:${n}`, text, expected, note });
    return true;
  }

  /** Items so far in strata starting with `prefix`. */
  count(prefix: string): number {
    let n = 0;
    for (const [stratum, c] of this.counters) if (stratum.startsWith(prefix)) n += c;
    return n;
  }
}
