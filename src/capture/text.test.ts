// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { chatgpt } from './sites/chatgpt';
import { extractText, locate } from './text';

const read = (html: string) => {
  const div = document.createElement('div');
  div.innerHTML = html;
  document.body.replaceChildren(div); // computed style needs the element in the document
  return extractText(div, chatgpt.codeBlockSelector, (b) => chatgpt.readCodeBlock(b));
};

describe('extractText', () => {
  it('gives back the markdown a user would copy: paragraphs, inline code, fenced code with its language', () => {
    const { text, codeBlocks } = read(
      '<p>You can reverse a list with slicing:</p>' +
        '<pre><div><div>python</div><div class="sticky"><button>Copy code</button></div>' +
        '<div><code class="language-python">def f(xs):\n    return xs[::-1]</code></div></div></pre>' +
        '<p>Slicing with a step of <code>-1</code> creates a reversed copy.</p>',
    );
    expect(text).toBe(
      'You can reverse a list with slicing:\n\n```python\ndef f(xs):\n    return xs[::-1]\n```\n\n' +
        'Slicing with a step of `-1` creates a reversed copy.',
    );
    expect(codeBlocks).toEqual([{ language: 'python', code: 'def f(xs):\n    return xs[::-1]' }]);
  });

  it('keeps hostile markup as inert text', () => {
    const { text } = read('<p>&lt;img src=x onerror="alert(1)"&gt;</p>');
    expect(text).toBe('<img src=x onerror="alert(1)">');
  });

  it('leaves out what a reader does not see, whatever the site calls it', () => {
    const { text } = read(
      '<h2 class="sr-only">You said:</h2><h4 class="visually-hidden">ChatGPT said:</h4>' +
        '<span class="cdk-visually-hidden">Gemini said</span><span aria-hidden="true">⌘</span>' +
        '<span class="_x9f" style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)">Claude responded:</span>' +
        '<span style="position:absolute;clip-path:inset(50%)">Copilot said</span>' +
        '<span style="position:absolute;left:-10000px">skip to content</span>' +
        '<p>The answer.</p><p hidden>an old draft</p><p style="display:none">folded</p>',
    );
    expect(text).toBe('The answer.');
  });

  it('leaves out the parts an adapter reads apart, and keeps folded reasoning when asked to', () => {
    const div = document.createElement('div');
    div.innerHTML = '<div class="thinking"><p style="display:none">Let me think.</p></div><p>Answer.</p><div class="chip">report.pdf</div>';
    document.body.replaceChildren(div);
    const sel = chatgpt.codeBlockSelector;
    const codeOf = (b: Element) => chatgpt.readCodeBlock(b);
    expect(extractText(div, sel, codeOf, { skip: '.thinking, .chip' }).text).toBe('Answer.');
    expect(extractText(div.querySelector('.thinking')!, sel, codeOf, { keepCollapsed: true }).text).toBe('Let me think.');
    expect(extractText(div.querySelector('.thinking')!, sel, codeOf).text).toBe('');
  });

  it('renders lists with their markers', () => {
    expect(read('<ul><li>one</li><li>two</li></ul><ol><li>a</li><li>b</li></ol>').text).toBe('- one\n- two\n1. a\n2. b');
  });
});

describe('locate', () => {
  it('finds a fragment exactly or despite whitespace differences', () => {
    expect(locate('abc def', 'def')).toEqual({ start: 4, end: 7 });
    expect(locate('a  b\n\nc', 'b c')).toEqual({ start: 3, end: 7 });
    expect(locate('abc', 'zzz')).toBeNull();
  });
});
