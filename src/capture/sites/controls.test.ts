// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { controlsIn, groupOf, hasIcon, iconKeys, labelIs, switcherDirection, switcherReadout } from './controls';
import { parseReadout } from './kit';

const $ = (id: string) => document.getElementById(id)!;

describe('recognising controls without their labels', () => {
  it('reads "n / m" the way other languages write it, and nothing else', () => {
    for (const [text, index, count] of [
      ['2 von 3', 2, 3],
      ['2 из 3', 2, 3],
      ['1 sur 2', 1, 2],
      ['2 de 2', 2, 2],
      ['1／2', 1, 2],
      ['2\u00a0/\u00a03', 2, 3],
    ] as const) {
      expect(parseReadout(text), text).toEqual({ index, count });
    }
    for (const bad of ['2 / 3 / 4', 'Schritt 2', '2 Antworten von 3', '3 von 2']) expect(parseReadout(bad), bad).toBeNull();
  });

  it('knows an icon by sprite fragment, icon-font name, icon-set class or the start of its path', () => {
    document.body.innerHTML =
      '<button id="sprite" aria-label="Kopieren"><svg><use href="/cdn/assets/sprites-core-abc.svg#ce3544"></use></svg></button>' +
      '<button id="font"><mat-icon fonticon="content_copy" data-mat-icon-name="content_copy"></mat-icon></button>' +
      '<button id="ligature"><mat-icon>thumb_up</mat-icon></button>' +
      '<button id="set"><svg class="lucide lucide-thumbs-up"></svg></button>' +
      '<button id="path"><svg viewBox="0 0 20 20"><path d="M9.56055 2C11.1381 2.00009 12.3 3"></path></svg></button>';
    expect(hasIcon($('sprite'), ['#ce3544'])).toBe(true);
    expect(hasIcon($('sprite'), ['#6d87e1'])).toBe(false);
    expect(hasIcon($('font'), ['content_copy'])).toBe(true);
    expect(hasIcon($('ligature'), ['thumb_up'])).toBe(true);
    expect(hasIcon($('set'), ['lucide-thumbs-up'])).toBe(true);
    expect(hasIcon($('set'), ['lucide-thumbs-down'])).toBe(false);
    expect(hasIcon($('path'), ['d:M9.56055 2C11.1381'])).toBe(true);
    expect(hasIcon($('path'), ['d:M12.6699 3C14.2586'])).toBe(false);
    expect(iconKeys($('sprite'))).toContain('#ce3544');
    // The label is one alternative, matched only when asked for.
    expect(labelIs($('sprite'), /^copy$/i)).toBe(false);
  });

  it('tells a switcher arrow by its place beside the readout, through a tooltip wrapper', () => {
    document.body.innerHTML =
      '<div class="bar"><span data-state="closed"><button id="back" aria-label="Vorherige Antwort">‹</button></span>' +
      '<div class="tabular-nums">2/3</div><button id="on" aria-label="Nächste Antwort">›</button>' +
      '<button id="copy">⧉</button></div>' +
      '<p id="prose">Step <button id="cite">1</button> of the answer: 1 / 2 of the work</p>';
    expect(switcherDirection($('back'))).toBe('prev');
    expect(switcherDirection($('on'))).toBe('next');
    expect(switcherDirection($('copy'))).toBeNull();
    expect(switcherDirection($('cite'))).toBeNull();
    expect(switcherReadout(document.body)).toEqual({ index: 2, count: 3 });
    document.body.innerHTML = '<p>Answer text with 1/2 cup of sugar.</p><div><button>Copy</button></div>';
    expect(switcherReadout(document.body)).toBeNull();
  });

  it('finds the readout beside the message without searching the message, in document order', () => {
    // An answer can show "1/2" between two buttons of its own (a rendered widget): never the switcher.
    const answer =
      '<div id="message"><div class="markdown"><div><button>-</button><span>1/2</span><button>+</button></div>' +
      '<p>Long text</p></div></div>';
    const bar = (n: number) => `<div class="bar"><button aria-label="a">‹</button><div>${n}/3</div><button aria-label="b">›</button></div>`;
    document.body.innerHTML = `<section id="turn"><div class="wrap">${answer}</div>${bar(2)}</section>`;
    expect(switcherReadout($('turn'))).toEqual({ index: 1, count: 2 });
    expect(switcherReadout($('turn'), undefined, $('message'))).toEqual({ index: 2, count: 3 });
    document.body.innerHTML = `<section id="turn">${bar(3)}<div class="wrap">${answer}${bar(1)}</div></section>`;
    expect(switcherReadout($('turn'), undefined, $('message'))).toEqual({ index: 3, count: 3 });
    document.body.innerHTML = `<section id="turn"><div class="wrap"><div>${bar(1)}</div>${answer}</div>${bar(2)}</section>`;
    expect(switcherReadout($('turn'), undefined, $('message'))).toEqual({ index: 1, count: 3 });
    document.body.innerHTML = `<section id="turn"><div class="wrap">${answer}</div></section>`;
    expect(switcherReadout($('turn'), undefined, $('message'))).toBeNull();
  });

  it('lists the controls of an action bar in order, and finds the bar a control belongs to', () => {
    document.body.innerHTML =
      '<div id="turn"><div id="bar"><button id="a">1</button><span><button id="b">2</button></span>' +
      '<div role="button" id="c"><button id="inner">x</button></div></div></div>';
    expect(controlsIn($('bar')).map((c) => c.id)).toEqual(['a', 'b', 'c']);
    expect(groupOf($('b'), $('turn'))?.id).toBe('bar');
  });
});
