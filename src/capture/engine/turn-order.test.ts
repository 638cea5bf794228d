// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { turnsAfter } from './turn-order';

describe('turns after a turn in document order (the newest-turn test of nested layouts)', () => {
  it('lists what the document lists after it: inside it, beside it, beside its ancestors, nested deeper', () => {
    document.body.innerHTML =
      '<main><div class="t" id="a"></div><div><div class="t" id="b"><div class="t" id="b1"></div></div>' +
      '<p><span class="t" id="c"></span></p></div><div class="t" id="d"></div></main><footer><i class="t" id="e"></i></footer>';
    for (const el of document.querySelectorAll('.t')) {
      const all = [...document.querySelectorAll('.t')];
      const expected = all.slice(all.indexOf(el) + 1).map((t) => t.id);
      expect(turnsAfter(el, '.t').map((t) => t.id).sort()).toEqual(expected.sort());
    }
  });
});
