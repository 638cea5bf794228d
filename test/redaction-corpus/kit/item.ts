// The line format every round's split shares ({ id, text, expected: [{ kind, value }], note }) and its writing, so a
// round's build script holds only its sources and wordings. The kind names are written out here (as docs/redaction.md
// names them) because a corpus script must import nothing from src/core/redaction: the split judges those rules.
import { writeFileSync } from 'node:fs';

export const KINDS = ['api_key', 'private_key', 'jwt', 'password', 'secret', 'email', 'phone', 'payment_card', 'iban', 'ip_address', 'postal_address'] as const;
export type Kind = (typeof KINDS)[number];
export interface Expected {
  kind: Kind;
  value: string;
}
export interface Item {
  id: string;
  text: string;
  expected: Expected[];
  note: string;
}

export function writeJsonl(path: string, items: readonly Item[]): void {
  writeFileSync(path, items.map((item) => JSON.stringify(item)).join('\n') + '\n');
}

/** Expected values per kind and the negatives' share, as each round's README reports them. */
export function summarise(items: readonly Item[]): { items: number; negatives: number; share: string; perKind: Record<string, number> } {
  const perKind: Record<string, number> = {};
  for (const item of items) for (const e of item.expected) perKind[e.kind] = (perKind[e.kind] ?? 0) + 1;
  const negatives = items.filter((item) => item.expected.length === 0).length;
  return { items: items.length, negatives, share: `${Math.round((100 * negatives) / items.length)}%`, perKind: Object.fromEntries(Object.entries(perKind).sort()) };
}
