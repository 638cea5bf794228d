import { describe, expect, it } from 'vitest';
import { Session } from '../../../test/scenarios/session';
import { groupConversations } from './conversation';
import { pasteOrigins, spliceEdit } from './paste-provenance';

const origins = (s: Session) => {
  const [conversation] = groupConversations(s.events);
  return { conversation: conversation!, list: [...pasteOrigins(conversation!, 0.5).values()] };
};

const v2 = 'const total = (xs) => xs.reduce((a, b) => a + b, 0);';
const m1 = 'function total(xs) {\n  let sum = 0;\n  for (const x of xs) sum += x;\n  return sum;\n}';
const m2 = 'function total(xs) {\n  let sum = 0;\n  for (const x of xs) sum += Number(x);\n  return sum;\n}';

describe('pasteOrigins', () => {
  it('credits a paste to the answer whose copy it came from, even when another answer is more alike', () => {
    const s = new Session('prov-copy');
    s.user('Sum an array in JS.', { id: 'p1' });
    s.answer('```js\n' + m1 + '\n```', { id: 'a1' });
    s.regenerate('```js\n' + m2 + '\n```', { id: 'a2' });
    s.switchTo('a1');
    const c = s.copy('a1', { codeBlock: 0 });
    s.pasteBack(m2.replace('function total(xs)', 'function total(xs: number[])'), { answer: 'a1', copy: c });
    // The capture's line aligner ranks a2 first (the edit happens to be closer to its text); the copy says a1.
    const paste = s.events.find((e) => e.kind === 'paste') as { matches: { messageId: string }[] };
    expect(paste.matches[0]!.messageId).toBe('a2');
    const { list } = origins(s);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ messageId: 'a1', copy: { id: c } });
  });

  it('without a copy, credits the most alike answer or code block, not the last one it resembles', () => {
    const s = new Session('prov-best');
    s.user('Sum an array in JS.', { id: 'p1' });
    s.answer('```js\n' + v2 + '\n```', { id: 'a1' });
    s.wait(20).user('And the average?', { id: 'p2' });
    s.answer('```js\nconst avg = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;\n```', { id: 'a2' });
    s.pasteBack('const total = (xs) => xs.reduce((sum, x) => sum + x, 0);', { answer: 'a1' });
    const { conversation, list } = origins(s);
    expect(list.map((o) => o?.messageId)).toEqual(['a1']);
    // The edit replaces the code block it came from, and the fences stay intact.
    expect(spliceEdit(conversation.responses.get('a1')!, list[0]!)).toBe('```js\nconst total = (xs) => xs.reduce((sum, x) => sum + x, 0);\n```');
  });

  it('finds a one-word edit of a one-line snippet that a line diff misses', () => {
    const s = new Session('prov-line');
    s.user('Debounce call?', { id: 'p1' });
    s.answer('Use:\n```js\nsetTimeout(() => fn(args), ms);\n```', { id: 'a1' });
    const c = s.copy('a1', { codeBlock: 0 });
    s.pasteBack('setTimeout(() => fn(...args), ms);\n', { answer: 'a1', copy: c });
    expect((s.events.find((e) => e.kind === 'paste') as { matches: unknown[] }).matches).toEqual([]);
    const { list } = origins(s);
    expect(list[0]).toMatchObject({ messageId: 'a1', changedChars: 3 });
  });

  it('leaves text pasted from elsewhere without an origin', () => {
    const s = new Session('prov-none');
    s.user('Parse a date in Python.', { id: 'p1' });
    s.answer('```python\ndatetime.strptime(s, "%Y-%m-%d")\n```', { id: 'a1' });
    s.paste("Traceback (most recent call last):\n  File \"m.py\", line 3\nValueError: time data '2024/01/02' does not match format");
    expect(origins(s).list).toEqual([null]);
  });
});
