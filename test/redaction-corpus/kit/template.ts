// The two helpers every round's wordings use: `{name}` placeholders filled from a record (a missing name stays as
// written, so a typo shows in the split rather than vanishing), and a cyclic pick that spreads items over wordings.

export const fill = (t: string, values: Record<string, string>): string => t.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);

export const pick = <T>(list: readonly T[], i: number): T => {
  if (!list.length) throw new Error('pick from an empty list');
  return list[i % list.length] as T;
};

const BLOCK_LAYOUTS: Record<string, (block: string) => string> = {
  indented: (block) => block.replace(/\n/g, '\n  '),
  quoted: (block) => block.replace(/\n/g, '\n> '),
};
/**
 * An address block in one of a round's multi-line wordings: `{v}` takes the block as is, `{indented}` inside a YAML
 * block scalar and `{quoted}` after `> `, whose indentation or quote marks are then part of the labelled value.
 */
export function blockIn(templates: readonly string[], i: number, block: string): { text: string; value: string } {
  const t = pick(templates, i);
  const slot = /\{(indented|quoted)\}/.exec(t)?.[1];
  const value = slot ? BLOCK_LAYOUTS[slot]!(block) : block;
  return { text: fill(t, { [slot ?? 'v']: value }), value };
}
