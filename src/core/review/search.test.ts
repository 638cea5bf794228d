import { describe, expect, it } from 'vitest';
import { findMatch, normaliseQuery, SEARCH_TEXT_LIMIT, snippetAround } from './search';

describe('search', () => {
  it('matches case-insensitively on the normalised query', () => {
    const q = normaliseQuery('  TypeError ');
    expect(q).toBe('typeerror');
    expect(findMatch('Got a typeError: x is undefined', q)).toEqual({ start: 6, end: 15 });
    expect(findMatch('nothing here', q)).toBeNull();
    expect(findMatch('anything', '')).toBeNull();
  });

  it('searches only the first part of a huge text', () => {
    const huge = `${'a'.repeat(SEARCH_TEXT_LIMIT)}needle`;
    expect(findMatch(huge, 'needle')).toBeNull();
  });

  it('cuts a one-line snippet with the match near its start', () => {
    const text = `${'x'.repeat(100)}\n\nthe   needle\tis here${'y'.repeat(300)}`;
    const m = findMatch(text, 'needle')!;
    const s = snippetAround(text, m.start, m.end);
    expect(s.match).toBe('needle');
    expect(s.before.startsWith('…')).toBe(true);
    expect(s.before.endsWith('the ')).toBe(true);
    expect(s.after.endsWith('…')).toBe(true);
    expect(s.before + s.after).not.toMatch(/\n|\t/);
  });
});
