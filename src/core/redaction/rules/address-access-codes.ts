// Round 20: an entry-code note written after an address (`Postiosoite …, 00100 Helsinki, ovikoodi 2231`, `…, digicode
// 4821`) is a delivery instruction, not a part of the address, and the code in it is a password (PINs and access codes
// are). The address rules read a sentence going on after the town as the address's own; left so, the code's span
// would overlap the address and the union of the two (detect.ts: a secret wins every overlap) would be labelled a
// password. Every address rule's span is therefore ended before an entry-code word (DOOR_CODE_WORD) inside it, with
// the comma or semicolon before the word. PIN words are not used here: India writes its postcode as `PIN 560001`.
import type { Range, RedactionRule } from '../types';
import { DOOR_CODE_WORD } from './password-context';

function* cut(text: string, spans: Iterable<Range>): Iterable<Range> {
  for (const span of spans) {
    const inside = text.slice(span.start, span.end);
    const word = DOOR_CODE_WORD.exec(inside);
    if (!word || word.index === 0) {
      yield span;
      continue;
    }
    const end = span.start + inside.slice(0, word.index).replace(/[\s,;:–—-]+$/u, '').length;
    if (end > span.start) yield { start: span.start, end };
  }
}

/** The rule with its spans ended before an entry-code note. */
export function withoutAccessCodes(rule: RedactionRule): RedactionRule {
  if (rule.kind !== 'postal_address') return rule;
  return { ...rule, find: (text: string) => cut(text, rule.find(text)) };
}
