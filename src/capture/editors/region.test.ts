// Finding text again in a window: the occurrence nearest the line it was last seen on, with line numbers counted
// from the window's first line (the same text read at another scroll position gives other line numbers).
import { describe, expect, it } from 'vitest';
import { findNear, lineAt, locateRegion, pinRegion } from './region';
import type { Snapshot } from './types';

const text = ['let a = 1;', 'total();', 'let b = 2;', 'total();', 'let c = 3;', 'total();'].join('\n');
const snap = (firstLine: number): Snapshot => ({
  text,
  firstLine,
  cursor: null,
  ghost: null,
  cutBefore: true,
  cutAfter: true,
  unreadable: null,
});

describe('finding text in a window', () => {
  it('counts lines from the window’s first line', () => {
    expect(lineAt(snap(1), 0)).toBe(1);
    expect(lineAt(snap(1), text.indexOf('let b'))).toBe(3);
    expect(lineAt(snap(100), text.indexOf('let b'))).toBe(102);
    expect(lineAt(snap(100), text.length)).toBe(105);
  });

  it('takes the occurrence nearest the line, the first on a tie', () => {
    const third = text.lastIndexOf('total();');
    expect(findNear(snap(1), 'total();', 6)).toBe(third);
    expect(findNear(snap(1), 'total();', 3)).toBe(text.indexOf('total();'));
    expect(findNear(snap(10), 'total();', 13)).toBe(text.indexOf('total();', text.indexOf('total();') + 1));
    expect(findNear(snap(1), 'missing', 1)).toBeNull();
  });

  it('finds a region again by its anchors near its line', () => {
    const start = text.indexOf('2;');
    const pins = pinRegion(snap(1), start, start + 2);
    expect(locateRegion(snap(1), pins)).toEqual({ start, end: start + 2 });
  });
});
