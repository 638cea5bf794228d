// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { claudePathId } from './claude-path';
import { codeBlock, fencedBlocks, hash64, isLastMatch, isoTime, labelOf, languageFromClass, parseReadout, readoutAfter } from './kit';

/** The hash as the Claude adapter computed it before the kit (unsigned after every step): ids must not change. */
function previousClaudeHash(path: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < path.length; i++) {
    const c = path.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return `${h1.toString(16).padStart(8, '0')}${h2.toString(16).padStart(8, '0')}`;
}

describe('the adapter kit', () => {
  it('hashes exactly as the adapters did before, so derived ids of stored messages stay the same', () => {
    const long = Array.from({ length: 40 }, (_, i) => `.${i}v${(i % 3) + 2}`).join('');
    for (const path of ['', 'a', '.1v2.3v4', long, 'ünïcödé ✓', long + long]) expect(hash64(path)).toBe(previousClaudeHash(path));
    expect(claudePathId(7, long)).toBe(`row7.h${previousClaudeHash(long)}`);
    expect(claudePathId(3, '.1v2')).toBe('row3.1v2');
  });

  it('reads a switcher readout only when it is a position within a count', () => {
    expect(parseReadout(' 2 / 3 ')).toEqual({ index: 2, count: 3 });
    expect(parseReadout('2/3')).toEqual({ index: 2, count: 3 });
    expect(parseReadout('1 of 2')).toEqual({ index: 1, count: 2 });
    for (const bad of ['3 / 2', '0 / 2', '2', 'a / b', '', null, undefined, '1 / 99999']) expect(parseReadout(bad)).toBeNull();
    document.body.innerHTML = '<button id="prev">‹</button><span>4/5</span>';
    expect(readoutAfter(document.getElementById('prev'))).toEqual({ index: 4, count: 5 });
  });

  it('tells the newest match wherever it sits, ignoring later non-matches', () => {
    document.body.innerHTML =
      '<main><div class="c"><div class="t" id="a"></div></div>' +
      '<div class="c"><div class="t" id="b"><div class="t" id="inner"></div></div></div>' +
      '<div id="composer"></div></main><footer></footer>';
    expect(isLastMatch(document.getElementById('a')!, '.t')).toBe(false);
    expect(isLastMatch(document.getElementById('b')!, '.t')).toBe(true);
  });

  it('reads labels, languages and code blocks the way the adapters need them', () => {
    document.body.innerHTML =
      '<button id="l" aria-label=" Copy ">x</button><button id="t" title="Retry"></button><button id="x"> Next </button>' +
      '<svg id="s" class="language-js"></svg><code id="c" class="hljs language-c++"></code>';
    expect(['l', 't', 'x'].map((id) => labelOf(document.getElementById(id)!))).toEqual(['Copy', 'Retry', 'Next']);
    expect(languageFromClass(document.getElementById('c'))).toBe('c++');
    expect(languageFromClass(document.getElementById('s'))).toBe('js');
    expect(languageFromClass(null)).toBeUndefined();
    expect(codeBlock('x', '  ')).toEqual({ code: 'x' });
    expect(codeBlock('x', ' py ')).toEqual({ code: 'x', language: 'py' });
  });

  it('finds fenced code blocks in markdown', () => {
    const markdown = 'Intro\n```python\nprint(1)\n```\ntext\n```\nplain\n```\n';
    expect(fencedBlocks(markdown)).toEqual([{ code: 'print(1)', language: 'python' }, { code: 'plain' }]);
  });

  it('turns site timestamps into ISO times, and leaves out what does not read as one', () => {
    expect(isoTime(1_764_400_000, 'epoch-seconds')).toBe('2025-11-29T07:06:40.000Z');
    expect(isoTime('2026-01-02T03:04:05.678Z', 'iso')).toBe('2026-01-02T03:04:05.678Z');
    const unreadable = [
      [1_764_400_000_000_000, 'epoch-seconds'],
      [Number.NaN, 'epoch-seconds'],
      ['yesterday', 'iso'],
      ['1970-01-01T00:00:00Z', 'iso'],
      [42, 'iso'],
    ] as const;
    for (const [v, unit] of unreadable) {
      expect(isoTime(v, unit)).toBeUndefined();
    }
  });
});
