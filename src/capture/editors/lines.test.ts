// @vitest-environment happy-dom
// Reading one rendered line: a plain line is read whole, a line with ghost text, placeholders or whitespace drawn by
// the editor node by node; both give the same document text, so what a look records does not depend on the path.
import { describe, expect, it } from 'vitest';
import { readLine, type LineRules } from './lines';
import { COMPLETION_WINDOW } from './window';

const cmRules: LineRules = { ghost: '.cm-ghostText', skip: '.cm-widgetBuffer, .cm-specialChar', special: '.cm-specialChar', normalize: (t) => t };
/** Monaco-like: spaces drawn as U+00A0, visible whitespace as middle dots inside `.mtkw` spans. */
const monacoRules: LineRules = {
  ghost: '.ghost-text-decoration',
  skip: '.mtkoverflow',
  normalize: (text, parent) => {
    const shown = parent?.closest('.mtkw') ? text.replace(/\u00b7\u200c/g, ' ') : text;
    return shown.replace(/\u00a0/g, ' ');
  },
  styled: '.mtkw',
};

const line = (html: string) => {
  const el = document.createElement('div');
  el.innerHTML = html;
  return el;
};

describe('readLine', () => {
  it('reads a plain line whole, with the rules’ normalisation', () => {
    const r = readLine(line('<span>const</span>\u00a0<span>x</span>\u00a0=\u00a0<span>1;</span>'), monacoRules);
    expect(r).toMatchObject({ text: 'const x = 1;', ghosts: [], overflow: false, specials: 0 });
  });

  it('sets ghost text apart and leaves placeholders out', () => {
    const r = readLine(line('<span>let a = </span><span class="cm-ghostText">items.length;</span>'), cmRules);
    expect(r.text).toBe('let a = ');
    expect(r.ghosts).toEqual([{ at: 8, text: 'items.length;' }]);
    expect(r.endsInGhost).toBe(true);
    const special = readLine(line('<span>a</span><span class="cm-specialChar">•</span><span>b</span>'), cmRules);
    expect(special).toMatchObject({ text: 'ab', specials: 1 });
  });

  it('turns whitespace the editor draws back into spaces (read by the span it sits in)', () => {
    const r = readLine(line('<span>if</span><span class="mtkw">\u00b7\u200c</span><span>(x)</span>'), monacoRules);
    expect(r.text).toBe('if (x)');
  });

  it('marks a line too long to read, whichever way it is read', () => {
    const long = 'x'.repeat(COMPLETION_WINDOW * 2 + 10);
    expect(readLine(line(`<span>${long}</span>`), cmRules).overflow).toBe(true);
    expect(readLine(line(`<span>${long}</span><span class="cm-ghostText">y</span>`), cmRules).overflow).toBe(true);
  });
});
