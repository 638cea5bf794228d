// The part of a suggestion an accept key inserted, told from the document text around the insertion point.
import { describe, expect, it } from 'vitest';
import { AFTER_CHARS, insertedLength, textAfter } from './inserted-part';

describe('textAfter', () => {
  it('keeps the rest of the line with its break, or AFTER_CHARS of a longer line', () => {
    expect(textAfter('echo "$"\nls', 7)).toBe('"\n');
    expect(textAfter('a', 1)).toBe('');
    const long = 'x'.repeat(AFTER_CHARS * 2);
    expect(textAfter(`(${long}`, 1)).toBe('x'.repeat(AFTER_CHARS));
  });
});

describe('insertedLength', () => {
  it('finds the one part of the suggestion between the insertion point and the text that stood after it', () => {
    // SQL: `FROM ` taken of `FROM orders WHERE id = 1`, the `;` after the caret still there.
    const text = 'SELECT * FROM ;\n';
    expect(insertedLength(text, 9, 'FROM orders WHERE id = 1', ';\n')).toBe(5);
  });

  it('finds nothing when the part differs from the suggestion, nothing went in, or the whole did', () => {
    expect(insertedLength('SELECT * JOIN ;\n', 9, 'FROM orders', ';\n')).toBeNull();
    expect(insertedLength('SELECT * ;\n', 9, 'FROM orders', ';\n')).toBeNull();
    expect(insertedLength('SELECT * FROM orders;\n', 9, 'FROM orders', ';\n')).toBeNull();
    expect(insertedLength('SELECT * FROM ;\n', 9, 'FROM orders', '')).toBeNull();
  });

  it('guesses nothing when two lengths fit', () => {
    // `aa` after the point: `a` + `aa…` and `aa` + `a…` both read as the suggestion then what stood after it.
    expect(insertedLength('x = aaaa', 4, 'aaab', 'aa')).toBeNull();
  });
});
