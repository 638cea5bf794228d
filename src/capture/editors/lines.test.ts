// @vitest-environment happy-dom
// Reading one rendered line: a plain line is read whole, a line with ghost text, placeholders or whitespace drawn by
// the editor node by node; both give the same document text, so what a look records does not depend on the path.
import { describe, expect, it, vi } from 'vitest';
import { linesToWalk, readLine, type LineRules } from './lines';
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

describe('linesToWalk', () => {
  // Round 20: a full window asks the lines' container once which lines hold ghost text, placeholders or drawn
  // whitespace, instead of a query a line; each line then reads as it would have by itself.
  it('names the lines holding a marked element, however deep, and reads every line as asking it would', () => {
    const container = line(
      '<div class="ln">x := 1</div>' +
        '<div class="ln"><span>y := </span><span><span class="ghost-text-decoration">compute()</span></span></div>' +
        '<div class="ln"><span>if</span><span class="mtkw">\u00b7\u200c</span><span>ok</span></div>' +
        '<div class="zone"><span class="mtkoverflow">…</span></div>' +
        '<div class="ln">return nil</div>',
    );
    const lines = [...container.children];
    const walk = linesToWalk(container, monacoRules);
    expect(lines.map((l) => walk.has(l))).toEqual([false, true, true, true, false]);
    for (const l of lines) expect(readLine(l, monacoRules, walk.has(l))).toEqual(readLine(l, monacoRules));
  });

  it('costs one query for the lines, where asking each costs a query a line', () => {
    const container = line(Array.from({ length: 40 }, (_, i) => `<div><span>row ${i}</span></div>`).join(''));
    const one = vi.spyOn(Element.prototype, 'querySelector');
    const all = vi.spyOn(Element.prototype, 'querySelectorAll');
    const walk = linesToWalk(container, cmRules);
    for (const l of container.children) readLine(l, cmRules, walk.has(l));
    expect(one.mock.calls.length + all.mock.calls.length).toBe(1);
    for (const l of container.children) readLine(l, cmRules);
    expect(one.mock.calls.length).toBe(40);
    vi.restoreAllMocks();
  });
});
