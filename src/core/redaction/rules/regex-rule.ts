// Builds a rule from one regular expression plus an optional validator. Every pattern handed in here must be
// linear on hostile input: a lookbehind at the start so a match can only begin where a run of its characters
// begins, and bounded quantifiers ({m,n}) everywhere, so no start position can scan more than a fixed distance.
import type { Range, RedactionKind, RedactionLevel, RedactionRule } from '../types';
import { scanning } from './regex-scan';

export interface RegexRuleSpec {
  id: string;
  kind: RedactionKind;
  level: RedactionLevel;
  priority?: number;
  description: string;
  /** Global; add the `d` flag when `group` is used. */
  pattern: RegExp;
  /** Redact only this capture group (e.g. the password inside a connection string). */
  group?: number;
  /** Return false to reject a candidate; `value` is the text that would be redacted. */
  accept?: (value: string, match: RegExpExecArray, text: string) => boolean;
}

export function regexRule(spec: RegexRuleSpec): RedactionRule {
  const { pattern, group, accept } = spec;
  if (!pattern.global) throw new Error(`rule ${spec.id}: pattern must be global`);
  if (group !== undefined && !pattern.hasIndices) throw new Error(`rule ${spec.id}: group needs the d flag`);
  return {
    id: spec.id,
    kind: spec.kind,
    level: spec.level,
    priority: spec.priority ?? 50,
    description: spec.description,
    find: (text: string): Iterable<Range> =>
      scanning(pattern, function* (re) {
        let match: RegExpExecArray | null;
        while ((match = re.exec(text)) !== null) {
          if (match[0].length === 0) {
            re.lastIndex++;
            continue;
          }
          let start = match.index;
          let end = start + match[0].length;
          if (group !== undefined) {
            const indices = match.indices?.[group];
            if (!indices) continue;
            [start, end] = indices;
          }
          if (accept && !accept(text.slice(start, end), match, text)) continue;
          yield { start, end };
        }
      }),
  };
}

/** The `size` characters before `index`, lower-cased, for context words like "version" or "order". */
export function before(text: string, index: number, size: number): string {
  return text.slice(Math.max(0, index - size), index).toLowerCase();
}
