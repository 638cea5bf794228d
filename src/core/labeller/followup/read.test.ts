import { describe, expect, it } from 'vitest';
import { readFollowup } from './read';

describe('readFollowup', () => {
  it.each([
    ["That's wrong, it's Canberra.", 'correction'],
    ['Das ist falsch.', 'correction'],
    ['Ça ne marche pas.', 'correction'],
    ['No funciona, me da error.', 'correction'],
    ['Não funciona.', 'correction'],
    ['不对，报错了', 'correction'],
    ['動かないです', 'correction'],
    ['Traceback (most recent call last):\n  File "a.py", line 1', 'correction'],
    ['    at render (App.jsx:12:18)', 'correction'],
    ['Thanks, but it still fails', 'correction'],
    ['Use pandas instead', 'correction'],
    ['Thanks! Can you show the async version instead?', 'acceptance'],
    ['No errors now, thanks!', 'acceptance'],
    ['Danke, funktioniert jetzt!', 'acceptance'],
    ['Parfait, merci !', 'acceptance'],
    ['¡Gracias!', 'acceptance'],
    ['Funcionou, obrigado!', 'acceptance'],
    ['可以了，谢谢！', 'acceptance'],
    ['ありがとうございます', 'acceptance'],
    ['Thanks. Different question: npm ERR! code ERESOLVE?', 'acceptance'],
    ['And for dictionaries?', 'neutral'],
    ['那多进程是不是就没有这个限制？', 'neutral'],
    ['What about the terror of errands?', 'neutral'],
  ])('%s -> %s', (text, kind) => {
    expect(readFollowup(text).kind).toBe(kind);
  });

  it('tells a failure from a changed request', () => {
    expect(readFollowup("That doesn't work").strength).toBe('strong');
    expect(readFollowup('I need it descending instead').strength).toBe('weak');
  });
});
