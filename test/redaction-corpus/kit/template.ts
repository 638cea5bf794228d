// The two helpers every round's wordings use: `{name}` placeholders filled from a record (a missing name stays as
// written, so a typo shows in the split rather than vanishing), and a cyclic pick that spreads items over wordings.

export const fill = (t: string, values: Record<string, string>): string => t.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);

export const pick = <T>(list: readonly T[], i: number): T => {
  if (!list.length) throw new Error('pick from an empty list');
  return list[i % list.length] as T;
};
