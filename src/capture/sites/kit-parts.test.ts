// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { codeBlock, codeLanguage, cleanLanguage } from './kit';
import { artifactFormat, codeBlockOf, outermost, panelNamed, readAttachmentChip } from './kit-parts';

const html = (markup: string): HTMLElement => {
  document.body.innerHTML = markup;
  return document.body;
};

describe('reading the parts of a message that are not its text', () => {
  it('reads an attachment chip as an image, a file or pasted text, whatever the chip calls itself', () => {
    const body = html(
      '<div id="a"><img alt="sketch.png"></div>' +
        '<div id="b"><img alt="Imagen subida"></div>' +
        '<div id="c"><h3>report Q3 final.pdf</h3><p>PDF</p></div>' +
        '<div id="d"><span>PASTED</span><p>def main():\n    print("a long pasted snippet here")</p></div>' +
        '<div id="e"><span>粘贴</span></div>',
    );
    const chip = (id: string) => readAttachmentChip(body.querySelector(`#${id}`)!);
    expect(chip('a')).toEqual({ kind: 'image', name: 'sketch.png' });
    expect(chip('b')).toEqual({ kind: 'image' });
    expect(chip('c')).toEqual({ kind: 'file', name: 'report Q3 final.pdf' });
    expect(chip('d')).toEqual({ kind: 'pasted-text', text: 'def main(): print("a long pasted snippet here")' });
    expect(chip('e')).toEqual({ kind: 'other' });
  });

  it('keeps only the outermost matches, so a chip inside a chip is read once', () => {
    const body = html('<div class="c" id="x"><div class="c"></div></div><div class="c" id="y"></div>');
    expect(outermost(body, '.c').map((e) => e.id)).toEqual(['x', 'y']);
  });

  it('takes an artifact kind and language from the format token of its type label, in any UI language', () => {
    expect(artifactFormat('Code · JSX')).toEqual({ kind: 'code', language: 'jsx' });
    expect(artifactFormat('Documento · MD')).toEqual({ kind: 'document', language: 'md' });
    expect(artifactFormat('コード · PY')).toEqual({ kind: 'code', language: 'py' });
    expect(artifactFormat('Artefacto interactivo')).toEqual({ kind: 'other' });
    expect(artifactFormat(undefined)).toEqual({ kind: 'other' });
  });

  it('finds the content of a side panel outside the turns by the heading that names it', () => {
    html(
      '<div class="turn"><h2 title="Tide notes">card</h2></div>' +
        '<aside><header><h2 title="Tide notes">Tide notes<span> · </span>MD</h2><button>Copy</button></header>' +
        '<div><div id="body"><p>Highs and lows.</p></div></div></aside>',
    );
    expect(panelNamed(document, ' Tide  notes ', '#body', '.turn')?.textContent).toBe('Highs and lows.');
    expect(panelNamed(document, 'Another', '#body', '.turn')).toBeNull();
  });
});

describe('code blocks as sites draw them', () => {
  const blockHtml =
    '<div class="msg"><p>Here:</p>' +
    '<div id="frame"><div class="bar"><button id="copy-code">⧉</button></div><div>python</div>' +
    '<div><pre><code>x = 1</code></pre></div></div>' +
    '<div id="frame2"><div><pre id="p2"><code>y = 2</code></pre></div></div>' +
    '</div><div class="actions"><button id="copy-message">⧉</button></div>';

  it("finds the block a copy button belongs to when the button sits on a bar beside the <pre>, never the message's", () => {
    const body = html(blockHtml);
    const msg = body.querySelector('.msg')!;
    const sel = 'pre';
    expect(codeBlockOf(body.querySelector('#copy-code')!, sel, msg)).toBe(body.querySelector('#frame pre'));
    expect(codeBlockOf(body.querySelector('#copy-message')!, sel, msg)).toBeNull();
    // A button among the message's prose and several blocks is not a code copy.
    msg.insertAdjacentHTML('afterbegin', '<button id="loose">x</button>');
    expect(codeBlockOf(body.querySelector('#loose')!, sel, msg)).toBeNull();
  });

  it('reads the language from a class, an editor attribute, or the header label, and drops what is not a language name', () => {
    const body = html(
      '<div id="a"><div>TypeScript</div><pre><code class="language-ts">x</code></pre></div>' +
        '<div id="b"><div class="cm-editor" data-language="rust"><div class="cm-content">fn main() {}</div></div></div>' +
        '<div id="c"><div><span>python</span><button>Copy code</button><button>Download</button></div><pre><code>x</code></pre></div>' +
        '<div id="d"><div>Copy code Download Run this in your terminal before anything else please</div><pre><code>x</code></pre></div>' +
        '<div id="e"><div><span class="sr-only">Language:</span>C++</div><pre><code>x</code></pre></div>',
    );
    const lang = (id: string) => codeLanguage(body.querySelector(`#${id}`)!);
    expect(lang('a')).toBe('ts');
    expect(lang('b')).toBe('rust');
    expect(lang('c')).toBe('python');
    expect(lang('d')).toBeUndefined();
    expect(lang('e')).toBe('C++');
  });

  it('never lets a banner past the language limit: the block keeps its code, the language is left out', () => {
    const banner = 'Copy code\nDownload\nOpen in editor\nRun\n'.repeat(4);
    expect(codeBlock('print(1)', banner)).toEqual({ code: 'print(1)' });
    expect(cleanLanguage('objective-c')).toBe('objective-c');
    expect(cleanLanguage('x'.repeat(65))).toBeUndefined();
  });
});
