// @vitest-environment happy-dom
// CodeMirror 6's reader on a rendered editor: the window's first line number is the one the gutter shows beside it,
// found by the gutter rows' order and checked by position, also past another rendered part or a block widget above,
// and not measured at all when a look does not ask for it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { codemirrorReader } from './codemirror';

const LINE_HEIGHT = 20;

interface Part {
  /** Document line of the part's first rendered line, and its texts. */
  first: number;
  texts: string[];
}

/**
 * A CodeMirror editor: the rendered parts in document order, each after a `.cm-gap` standing for the lines above it;
 * the gutter numbers the part `main` only (CodeMirror's gutter follows the main viewport). Each element's top is its
 * document line's (getBoundingClientRect stubbed, happy-dom lays nothing out), and `measured` counts the reads.
 */
function editor(parts: Part[], main: number, ghost: { part: number; line: number; text: string }, widgetAfter?: number) {
  const measured = { n: 0 };
  const at = (el: Element, line: number) => {
    el.getBoundingClientRect = () => {
      measured.n++;
      const top = line * LINE_HEIGHT;
      return { top, bottom: top + LINE_HEIGHT, left: 0, right: 100, x: 0, y: top, width: 100, height: LINE_HEIGHT } as DOMRect;
    };
  };
  const root = document.createElement('div');
  root.className = 'cm-editor';
  root.innerHTML = '<div class="cm-scroller"><div class="cm-gutters"><div class="cm-gutter cm-lineNumbers"></div></div><div class="cm-content"></div></div>';
  const gutter = root.querySelector('.cm-lineNumbers')!;
  const content = root.querySelector('.cm-content')!;
  const spacer = document.createElement('div');
  spacer.className = 'cm-gutterElement';
  spacer.style.visibility = 'hidden';
  spacer.textContent = '9999';
  at(spacer, 0);
  gutter.append(spacer);
  parts.forEach((p, k) => {
    const gap = document.createElement('div');
    gap.className = 'cm-gap';
    content.append(gap);
    p.texts.forEach((text, i) => {
      const line = document.createElement('div');
      line.className = 'cm-line';
      line.textContent = text;
      if (k === ghost.part && i === ghost.line) {
        const g = document.createElement('span');
        g.className = 'cm-ghostText';
        g.textContent = ghost.text;
        line.append(g);
      }
      at(line, p.first + i);
      content.append(line);
      if (k === main && i === widgetAfter) {
        const widget = document.createElement('div');
        widget.className = 'cm-widget-block';
        widget.textContent = 'a block widget';
        content.append(widget);
      }
      if (k !== main) return;
      const row = document.createElement('div');
      row.className = 'cm-gutterElement';
      row.textContent = String(p.first + i);
      at(row, p.first + i);
      gutter.append(row);
    });
  });
  document.body.append(root);
  return { root, measured };
}

const texts = (n: number, tag: string) => Array.from({ length: n }, (_, i) => `const ${tag}${i} = ${i};`);

afterEach(() => {
  document.body.innerHTML = '';
});

describe("CodeMirror 6's reader", () => {
  it("numbers the window's lines as the gutter does, below the gap for the document above", () => {
    const { root } = editor([{ first: 2480, texts: texts(40, 'a') }], 0, { part: 0, line: 20, text: ' // more' });
    const snap = codemirrorReader.read(root, 60)!;
    expect(snap.ghost?.text).toBe(' // more');
    const firstText = snap.text.split('\n')[0]!;
    expect(snap.firstLine).toBe(2480 + Number(/(\d+);$/.exec(firstText)![1]));
    expect(snap.cutBefore).toBe(true);
  });

  it('stops counting at the gap when another part is rendered above (around the selection)', () => {
    const selectionPart = { first: 120, texts: texts(3, 's') };
    const { root } = editor([selectionPart, { first: 2480, texts: texts(40, 'a') }], 1, { part: 1, line: 20, text: ' // x' });
    const snap = codemirrorReader.read(root, 60)!;
    expect(snap.text).not.toContain('const s');
    expect(snap.firstLine).toBe(2480 + Number(/(\d+);$/.exec(snap.text.split('\n')[0]!)![1]));
  });

  it('finds the number by position when a block widget above breaks the order', () => {
    const { root } = editor([{ first: 2480, texts: texts(40, 'a') }], 0, { part: 0, line: 20, text: ' // x' }, 2);
    const snap = codemirrorReader.read(root, 60)!;
    expect(snap.firstLine).toBe(2480 + Number(/(\d+);$/.exec(snap.text.split('\n')[0]!)![1]));
  });

  it('asks the content once which lines to walk for a full window, and reads the same text as a look line by line', () => {
    const { root } = editor([{ first: 2480, texts: texts(60, 'b') }], 0, { part: 0, line: 30, text: ' /* hint */' });
    const byLine = codemirrorReader.read(root, 100_000)!;
    const queries = vi.spyOn(Element.prototype, 'querySelector');
    const full = codemirrorReader.read(root)!;
    // The ghost's own look and the mark query per line before round 20 (61 lines); now the ghost's look alone.
    expect(queries.mock.calls.length).toBeLessThanOrEqual(2);
    vi.restoreAllMocks();
    expect(full.text).toBe(byLine.text);
    expect(full.ghost).toEqual(byLine.ghost);
    expect(full.ghost?.text).toBe(' /* hint */');
  });

  it('reads the ghost text and its context without measuring anything when no line number is asked for', () => {
    const { root, measured } = editor([{ first: 2480, texts: texts(40, 'a') }], 0, { part: 0, line: 20, text: ' // more' });
    const snap = codemirrorReader.read(root, 60)!;
    expect(snap.ghost?.text).toBe(' // more');
    expect(snap.text).toContain('const a20 = 20;');
    expect(snap.cutBefore).toBe(true);
    expect(measured.n).toBe(0);
    // Asked for, it is one check of the row in the line's place (the line's top and the row's).
    expect(snap.firstLine).toBeGreaterThan(2480);
    expect(measured.n).toBe(2);
  });
});
