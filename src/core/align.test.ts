import { describe, expect, it } from 'vitest';
import { alignText, textDiff } from './align';

const copied = 'def reverse_list(items):\n    """Return a new list with the items in reverse order."""\n    return items[::-1]';
const edited = 'def reverse_list(items: list) -> list:\n    """Return a new list with the items in reverse order."""\n    return list(reversed(items))';

describe('alignText', () => {
  it('finds the copied code a pasted edit came from and diffs exactly the changed lines', () => {
    const matches = alignText(edited, [
      { messageId: 'a1', via: 'answer', text: 'Unrelated prose about the weather in Paris today.' },
      { messageId: 'a2', via: 'copy', copyEventId: 'copy:1', text: copied },
    ]);
    expect(matches[0]).toMatchObject({ messageId: 'a2', via: 'copy', copyEventId: 'copy:1' });
    const changed = matches[0]!.diff.filter((d) => d.op !== 'equal');
    expect(changed).toEqual([
      { op: 'delete', text: 'def reverse_list(items):\n' },
      { op: 'insert', text: 'def reverse_list(items: list) -> list:\n' },
      { op: 'delete', text: '    return items[::-1]' },
      { op: 'insert', text: '    return list(reversed(items))' },
    ]);
    expect(matches.some((m) => m.messageId === 'a1')).toBe(false);
  });

  it('diffs prose by words and reconstructs both texts from the diff', () => {
    const ops = textDiff('Use a for loop here.', 'Use a while loop here instead.');
    expect(ops.filter((o) => o.op !== 'delete').map((o) => o.text).join('')).toBe('Use a while loop here instead.');
    expect(ops.filter((o) => o.op !== 'insert').map((o) => o.text).join('')).toBe('Use a for loop here.');
    expect(ops.find((o) => o.op === 'insert')!.text).toContain('while');
  });

  it('reports nothing for a paste that resembles no answer', () => {
    expect(alignText('my shopping list: eggs, milk', [{ messageId: 'a', via: 'answer', text: copied }])).toEqual([]);
  });
});
