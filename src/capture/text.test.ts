// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { chatgpt } from './sites/chatgpt';
import { extractText, locate } from './text';

const read = (html: string) => {
  const div = document.createElement('div');
  div.innerHTML = html;
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
