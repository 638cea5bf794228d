import { describe, expect, it } from 'vitest';
import { CUE_TABLES } from './cue-tables';
import { asksAgain, readFollowup } from './read';

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

  // Every language the cue tables cover can express each kind of feedback (2407.10944's UR1..UR5).
  it.each([
    ['en', 'That is wrong.', 'correction-without-fix'],
    ['en', 'nope, use pathlib instead', 'correction-with-fix'],
    ['en', 'what do you mean by lexical scope?', 'clarification'],
    ['en', 'Thanks for the reply', 'positive'],
    ['de', 'Das stimmt nicht, es sind 366 Tage.', 'correction-with-fix'],
    ['de', 'Was meinst du mit Closure?', 'clarification'],
    ['de', 'Danke, klappt jetzt!', 'positive'],
    ['fr', "Ce n'est pas ce que j'ai demandé.", 'correction-without-fix'],
    ['fr', "Qu'est-ce que tu veux dire par couche ?", 'clarification'],
    ['fr', 'Merci, ça marche', 'positive'],
    ['es', 'Eso está mal.', 'correction-without-fix'],
    ['es', 'No lo entiendo, ¿puedes explicarlo mejor?', 'clarification'],
    ['es', 'Perfecto, gracias', 'positive'],
    ['pt', 'Isso está errado.', 'correction-without-fix'],
    ['pt', 'Não entendi, pode explicar melhor?', 'clarification'],
    ['pt', 'Funcionou, valeu!', 'positive'],
    ['it', 'È sbagliato.', 'correction-without-fix'],
    ['it', 'Cosa intendi con idempotente?', 'clarification'],
    ['it', 'Funziona, grazie mille!', 'positive'],
    ['nl', 'Dat klopt niet.', 'correction-without-fix'],
    ['nl', 'Wat bedoel je met idempotent?', 'clarification'],
    ['nl', 'Bedankt, nu werkt het ook.', 'positive'],
    ['ru', 'Неправильно.', 'correction-without-fix'],
    ['ru', 'Не понимаю, объясни проще', 'clarification'],
    ['ru', 'Всё заработало, спасибо!', 'positive'],
    ['zh', '不对，你搞错了', 'correction-without-fix'],
    ['zh', '这是什么意思？', 'clarification'],
    ['zh', '解决了，谢谢', 'positive'],
    ['ja', '違います。', 'correction-without-fix'],
    ['ja', 'どういう意味ですか？', 'clarification'],
    ['ja', '助かりました、ありがとう', 'positive'],
    ['ko', '틀렸어요.', 'correction-without-fix'],
    ['ko', '무슨 뜻인가요?', 'clarification'],
    ['ko', '감사합니다! 잘 됩니다', 'positive'],
  ])('%s: %s -> %s', (_lang, text, feedback) => {
    expect(readFollowup(text).feedback).toBe(feedback);
  });

  it('has every category in every language', () => {
    for (const [lang, table] of Object.entries(CUE_TABLES)) {
      for (const [category, phrases] of Object.entries(table)) expect(phrases.length, `${lang}.${category}`).toBeGreaterThan(0);
    }
    expect(Object.keys(CUE_TABLES).sort()).toEqual(['de', 'en', 'es', 'fr', 'it', 'ja', 'ko', 'nl', 'pt', 'ru', 'zh']);
  });

  it('reads cues in the user\'s prose only: code and pasted text are not their words', () => {
    const code = '```python\ntry:\n    v = d[k]\nexcept KeyError:\n    raise ValueError("wrong key") from None\n```';
    expect(readFollowup(`Thanks, that works! My version:\n${code}\nCould it handle lists too?`).kind).toBe('acceptance');
    const pasted = 'if (!ok) throw new Error("invalid email: that is wrong");';
    expect(readFollowup(`Works well, I use it here:\n${pasted}`, { pasted: [pasted] }).kind).toBe('acceptance');
  });

  it('reads tool output as a failure report, typed, fenced or pasted, and an environment error as no verdict', () => {
    const trace = "Traceback (most recent call last):\n  File \"m.py\", line 3, in <module>\nKeyError: 'Date'";
    expect(readFollowup(trace)).toMatchObject({ kind: 'correction', strength: 'strong', errorTrace: true });
    expect(readFollowup(`Thanks! But now:\n\`\`\`\n${trace}\n\`\`\``)).toMatchObject({ kind: 'correction', strength: 'strong' });
    expect(readFollowup('thanks', { pasted: [trace] }).kind).toBe('acceptance');
    expect(readFollowup(`me da este error:\n${trace}`, { pasted: [trace] })).toMatchObject({ kind: 'correction', errorTrace: true });
    expect(readFollowup("ModuleNotFoundError: No module named 'yaml'")).toMatchObject({ kind: 'neutral', environmentError: true });
  });

  it('tells a rephrase of the request from a new question on the same topic', () => {
    expect(readFollowup('what are the five smallest countries, by land area?', { previousPrompt: 'what are the five smallest countries?' }).feedback).toBe('repeat');
    expect(readFollowup('How about for sets?', { previousPrompt: 'How do list comprehensions work in Python?' }).feedback).toBe('none');
    expect(asksAgain('python 用 pandas 怎么读取 xlsx 文件', 'python 怎么读取 excel 文件')).toBe(true);
    expect(asksAgain('python?', 'how do i sort a list in python?')).toBe(false);
  });

  it('reads a statement that contradicts the answer as a correction, a question about it as none', () => {
    const answerText = 'Leverkusen ist ein Stadtteil von Köln.';
    expect(readFollowup('Leverkusen ist doch kein Stadtteil von Köln.', { answerText, previousPrompt: 'Wie geht es Leverkusen?' }).kind).toBe('correction');
    expect(readFollowup("But 'rm -rf' does remove the content recursively").kind).toBe('correction');
    expect(readFollowup('But how do I run it?').kind).toBe('neutral');
  });

  it('lets a next step keep a revision word without reading it as a correction', () => {
    expect(readFollowup('Now a shorter version for the van.').kind).toBe('neutral');
    expect(readFollowup('Can you make it much shorter? Two sentences.').kind).toBe('correction');
  });
});
