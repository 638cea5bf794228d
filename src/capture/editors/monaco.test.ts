// @vitest-environment happy-dom
// Monaco's reader on a rendered editor: the window around the caret (or the ghost text) is the same text, line
// number and ghost whatever order Monaco left its line elements in, and a narrowed look takes only the lines near it.
import { describe, expect, it } from 'vitest';
import { monacoReader } from './monaco';

const LINE_HEIGHT = 19;

/** A Monaco editor as it renders lines `first`..`first + texts.length - 1`, the caret on `caretAt` (index into texts). */
type Drawn = { ghostOn?: number; ghost?: string; shuffle?: boolean };

function editor(texts: string[], first: number, caretAt: number, opts: Drawn = {}): Element {
  const root = document.createElement('div');
  root.className = 'monaco-editor';
  const rows = texts.map((_, i) => `<div style="top:${i * LINE_HEIGHT}px;height:${LINE_HEIGHT}px"><div class="line-numbers">${first + i}</div></div>`);
  let lines = texts.map((t, i) => {
    const ghost = i === opts.ghostOn ? `<span class="ghost-text-decoration">${opts.ghost}</span>` : '';
    const text = t.replace(/ /g, '\u00a0');
    return `<div class="view-line" style="top:${i * LINE_HEIGHT}px;height:${LINE_HEIGHT}px"><span><span class="mtk1">${text}</span>${ghost}</span></div>`;
  });
  if (opts.shuffle) lines = lines.map((l, i) => [l, (i * 7) % lines.length] as const).sort((a, b) => a[1] - b[1]).map(([l]) => l);
  root.innerHTML =
    `<div class="margin"><div class="margin-view-overlays">${rows.join('')}</div></div>` +
    `<div class="lines-content" style="height:${(first + texts.length + 40) * LINE_HEIGHT}px">` +
    `<div class="view-zones"></div><div class="view-lines">${lines.join('')}</div>` +
    `<div class="cursors-layer"><div class="cursor" style="top:${caretAt * LINE_HEIGHT}px"></div></div></div>`;
  document.body.append(root);
  return root;
}

const texts = Array.from({ length: 12 }, (_, i) => `const value${i} = ${i};`);

describe("Monaco's reader", () => {
  it('reads the window around the ghost text with the editor line numbers, in document order whatever the DOM order', () => {
    for (const shuffle of [false, true]) {
      const root = editor(texts, 100, 6, { ghostOn: 6, ghost: ' // ok', shuffle });
      const snap = monacoReader.read(root)!;
      expect(snap.text).toBe(texts.join('\n'));
      expect(snap.firstLine).toBe(100);
      const lineStart = texts.slice(0, 6).join('\n').length + 1;
      expect(snap.ghost).toEqual({ text: ' // ok', at: lineStart + texts[6]!.length });
      expect(snap.caretLine).toEqual({ start: lineStart, end: lineStart + texts[6]!.length });
      expect(snap.cutBefore).toBe(true);
      root.remove();
    }
  });

  it('takes only the lines near the caret when a narrowed look is asked for', () => {
    for (const shuffle of [false, true]) {
      const root = editor(texts, 1, 6, { shuffle });
      // 18 characters a line with its break: lines are taken until a side holds the 20 asked for, two a side.
      const snap = monacoReader.read(root, 20)!;
      expect(snap.text).toBe(texts.slice(4, 9).join('\n'));
      expect(snap.firstLine).toBe(5);
      root.remove();
    }
  });

  it('reads the same window when the lines went out of order or back in order since the last look', () => {
    const root = editor(texts, 100, 6, { ghostOn: 6, ghost: ' // ok', shuffle: true });
    const lines = root.querySelector('.view-lines')!;
    const top = (el: Element) => parseFloat((el as HTMLElement).style.top);
    const first = monacoReader.read(root)!;
    // Back in order (Monaco re-rendered them), then out of order again: the same text, line numbers and ghost.
    lines.append(...[...lines.children].sort((a, b) => top(a) - top(b)));
    expect(monacoReader.read(root)).toMatchObject({ text: first.text, firstLine: 100, ghost: first.ghost });
    expect(monacoReader.read(root, 20)!.text).toBe(texts.slice(4, 9).join('\n'));
    lines.append(...[...lines.children].reverse());
    expect(monacoReader.read(root)).toMatchObject({ text: first.text, firstLine: 100, ghost: first.ghost });
    expect(monacoReader.read(root, 20)!.text).toBe(texts.slice(4, 9).join('\n'));
    root.remove();
  });

  it('tells ghost text in what a change added: a re-rendered line holding the decoration, a view zone', () => {
    const line = document.createElement('div');
    line.className = 'view-line';
    line.innerHTML = '<span><span class="mtk1">const a = </span></span>';
    expect(monacoReader.ghostIn(line)).toBe(false);
    line.firstElementChild!.insertAdjacentHTML('beforeend', '<span class="ghost-text-decoration">42;</span>');
    expect(monacoReader.ghostIn(line)).toBe(true);
    const preview = document.createElement('div');
    preview.className = 'view-line';
    preview.innerHTML = '<span class="ghost-text-decoration-preview">x</span>';
    expect(monacoReader.ghostIn(preview)).toBe(false);
    const zone = document.createElement('div');
    zone.className = 'suggest-preview-text';
    expect(monacoReader.ghostIn(zone)).toBe(true);
  });

  it('watches only the lines and the view zones', () => {
    const root = editor(texts, 1, 0);
    expect(monacoReader.watched(root).map((el) => el.className)).toEqual(['view-lines', 'view-zones']);
    root.remove();
  });
});
