// The last filter of a round's build: leaves out every item (generated and invented included) whose text or a value an
// earlier round's file holds, then any text or value (layout-free) a kept item of the round already has, and counts
// both, so a split never tests what dev holds and never counts one value twice.
import { normalise, type EarlierIndex } from './earlier';
import type { Item } from './item';

export interface Fresh {
  items: Item[];
  /** Ids left out because an earlier round's file holds their text or a value. */
  seenEarlier: string[];
  /** Items left out because the round already holds their text or a value. */
  twiceInRound: number;
}

export function freshItems(items: readonly Item[], earlier: EarlierIndex): Fresh {
  const seenValues = new Set<string>();
  const seenTexts = new Set<string>();
  const seenEarlier: string[] = [];
  let twiceInRound = 0;
  const kept = items.filter((item) => {
    if (earlier.mentions(item.text) || item.expected.some((e) => earlier.seen(e.value))) {
      seenEarlier.push(item.id);
      return false;
    }
    const values = item.expected.map((e) => normalise(e.value));
    if (seenTexts.has(item.text) || values.some((v) => seenValues.has(v))) {
      twiceInRound++;
      return false;
    }
    seenTexts.add(item.text);
    for (const v of values) seenValues.add(v);
    return true;
  });
  return { items: kept, seenEarlier, twiceInRound };
}
