// A region's edges through one edit, as VS Code moves a range that never grows when typing at its edges: the rule
// alone, on text before and after the edit (the region is `[` … `]` in the text before).
import { describe, expect, it } from 'vitest';
import { moveRange } from './tracked-range';

/** The region's text after `old` (region marked `[…]`) became `now`. */
function regionAfter(marked: string, now: string): string {
  const start = marked.indexOf('[');
  const end = marked.indexOf(']') - 1;
  const moved = moveRange(marked.replace('[', '').replace(']', ''), now, { start, end });
  return now.slice(moved.start, moved.end);
}

describe('a tracked range that never grows at its edges', () => {
  it('keeps text typed or pasted right after its last character out, with or without a line break', () => {
    expect(regionAfter('x = [42;]\nend', 'x = 42; // answer\nend')).toBe('42;');
    expect(regionAfter('f() [{\n  return 1;\n}]\nend', 'f() {\n  return 1;\n}\nnext();\nend')).toBe('{\n  return 1;\n}');
    expect(regionAfter('x = [42;]', 'x = 42;\n')).toBe('42;');
  });

  it('keeps text typed right before its first character out', () => {
    expect(regionAfter('x = [42;]', 'x = (42;')).toBe('42;');
    expect(regionAfter('[a + b]', '// sum\na + b')).toBe('a + b');
  });

  it('takes an insertion that could be at an edge or inside as at the edge (the inserted text repeats what is beside it)', () => {
    expect(regionAfter('[ab]c', 'abbc')).toBe('ab');
    expect(regionAfter('x[aab]', 'xaaab')).toBe('aab');
    expect(regionAfter('[ab;]', 'ab;ab;')).toBe('ab;');
  });

  it('changes with edits strictly inside it', () => {
    expect(regionAfter('x = [f(1);]', 'x = f(10);')).toBe('f(10);');
    expect(regionAfter('x = [f(1, 2);]', 'x = f(2);')).toBe('f(2);');
    expect(regionAfter('x = [return 1;]', 'x = return 2;')).toBe('return 2;');
  });

  it('tells edits at two places seen in one look apart: the one inside counts, the line typed after it does not', () => {
    expect(regionAfter('f() [{\n  return x, 0;\n}]\nend', 'f() {\n  return x, 0.5;\n}\n// done\nend')).toBe('{\n  return x, 0.5;\n}');
    expect(regionAfter('x = [f(1);]', 'x = (f(12);')).toBe('f(12);');
  });

  it('becomes what replaced it whole, and empty when it was deleted whole', () => {
    expect(regionAfter('x = [items.length;]\n', 'x = 3;\n')).toBe('3;');
    expect(regionAfter('x = [items.length;]\n', 'x = list.size;\n')).toBe('list.size;');
    expect(regionAfter('x = [items.length;]\n', 'x = \n')).toBe('');
  });

  it('shrinks when a deletion crosses its end or its start', () => {
    expect(regionAfter('a = [foo(1);]\nbar();', 'a = foo(1ar();')).toBe('foo(1');
    expect(regionAfter('let a = [foo(1);]', 'let a o(1);')).toBe('o(1);');
  });

  it('moves without changing when the edit is outside it', () => {
    expect(regionAfter('head\n[x = 1;]\ntail', 'new head\nx = 1;\ntail')).toBe('x = 1;');
    expect(regionAfter('head\n[x = 1;]\ntail', 'head\nx = 1;\ntails')).toBe('x = 1;');
  });
});
