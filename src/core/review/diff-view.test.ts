import { describe, expect, it } from 'vitest';
import { diffStats, diffTexts, looksLikeCode, MAX_DIFF_CHARS, sideBySide } from './diff-view';

describe('diff formatting', () => {
  it('diffs prose by word and code by line', () => {
    const prose = diffTexts('Write a function that sorts a list', 'Write a Python function that sorts a list quickly');
    expect(prose.granularity).toBe('words');
    expect(prose.parts.filter((p) => p.op === 'insert').map((p) => p.text.trim())).toEqual(['Python', 'quickly']);
    expect(diffStats(prose)).toEqual({ inserted: 2, deleted: 0, unit: 'words' });

    const code = diffTexts('def f(x):\n    return x\n', 'def f(x):\n    if not x:\n        return None\n    return x\n');
    expect(code.granularity).toBe('lines');
    expect(code.parts.map((p) => p.op)).toEqual(['equal', 'insert', 'equal']);
    expect(diffStats(code)).toEqual({ inserted: 2, deleted: 0, unit: 'lines' });
  });

  it('recognises code by fences or by most lines looking like code', () => {
    expect(looksLikeCode('Here:\n```js\nx()\n```')).toBe(true);
    expect(looksLikeCode('const a = 1;\nconst b = 2;\nreturn a + b;')).toBe(true);
    expect(looksLikeCode('One sentence.\nAnother sentence about it.')).toBe(false);
  });

  it('splits a diff into old and new sides that rebuild both texts', () => {
    const before = 'the quick brown fox';
    const after = 'the slow brown dog';
    const { left, right } = sideBySide(diffTexts(before, after, 'words').parts);
    expect(left.map((p) => p.text).join('')).toBe(before);
    expect(right.map((p) => p.text).join('')).toBe(after);
    expect(left.some((p) => p.op === 'insert') || right.some((p) => p.op === 'delete')).toBe(false);
  });

  it('bounds huge inputs', () => {
    const big = 'word '.repeat(MAX_DIFF_CHARS);
    const r = diffTexts(big, `${big}more`, 'words');
    expect(r.truncated).toBe(true);
    expect(r.parts.map((p) => p.text).join('').length).toBeLessThanOrEqual(MAX_DIFF_CHARS * 2);
  });
});
