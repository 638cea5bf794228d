// The part of a suggestion an accept key inserted, told from the document text around the insertion point.
import { describe, expect, it } from 'vitest';
import { AFTER_CHARS, insertedLength, textAfter } from './inserted-part';

describe('textAfter', () => {
  it('keeps the rest of the line with its break, or AFTER_CHARS of a longer line', () => {
    expect(textAfter('echo "$"\nls', 7, false)).toBe('"\n');
    expect(textAfter('a', 1, false)).toBe('');
    expect(textAfter('a', 1, true)).toBeNull();
    const long = 'x'.repeat(AFTER_CHARS * 2);
    expect(textAfter(`(${long}`, 1, true)).toBe('x'.repeat(AFTER_CHARS));
  });
});

describe('insertedLength', () => {
  it('finds the one part of the suggestion between the insertion point and the text that stood after it', () => {
    // SQL: `FROM ` taken of `FROM orders WHERE id = 1`, the `;` after the caret still there.
    const text = 'SELECT * FROM ;\n';
    expect(insertedLength(text, 9, 'FROM orders WHERE id = 1', ';\n', false)).toBe(5);
  });

  it('finds nothing when the part differs from the suggestion, nothing went in, or the whole did', () => {
    expect(insertedLength('SELECT * JOIN ;\n', 9, 'FROM orders', ';\n', false)).toBeNull();
    expect(insertedLength('SELECT * ;\n', 9, 'FROM orders', ';\n', false)).toBeNull();
    expect(insertedLength('SELECT * FROM orders;\n', 9, 'FROM orders', ';\n', false)).toBeNull();
    expect(insertedLength('SELECT * FROM ;\n', 9, 'FROM orders', null, false)).toBeNull();
  });

  it('guesses nothing when two lengths fit', () => {
    // `aa` after the point: `a` + `aa…` and `aa` + `a…` both read as the suggestion then what stood after it.
    expect(insertedLength('x = aaaa', 4, 'aaab', 'aa', false)).toBeNull();
  });

  it('at the end of the document: the part is what stands from the point to the end, when the window is not cut', () => {
    // Ruby at the last line of a file: `puts ` taken of `puts total.sum`.
    expect(insertedLength('total = [1]\nputs ', 12, 'puts total.sum', '', false)).toBe(5);
    expect(insertedLength('total = [1]\nputs ', 12, 'puts total.sum', '', true)).toBeNull();
    expect(insertedLength('total = [1]\n', 12, 'puts total.sum', '', false)).toBeNull();
    expect(insertedLength('total = [1]\nputs total.sum', 12, 'puts total.sum', '', false)).toBeNull();
  });
});
