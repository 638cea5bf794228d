import { scenario, type Session } from './session';

/** Wrong first answer, a correction in some language, a better answer, then thanks in that language. */
function correctedThenThanked(name: string, question: string, wrong: string, correction: string, right: string, thanks: string) {
  return scenario(name, `User reports the first answer wrong ("${correction.slice(0, 40)}"), gets a better one, thanks.`, (s: Session) => {
    s.user(question, { id: 'p1' });
    s.answer(wrong, { id: 'a1' });
    s.wait(25).user(correction, { id: 'p2' });
    s.answer(right, { id: 'a2' });
    s.wait(45).user(thanks, { id: 'p3' });
    return { labels: { a1: 'refined', a2: 'accepted' }, pairs: [['a2', 'a1']] };
  });
}

const pyWrong = '```python\ndef mean(xs):\n    return sum(xs) / len(xs) - 1\n```';
const pyRight = '```python\ndef mean(xs):\n    return sum(xs) / len(xs)\n```';

export const followupScenarios = [
  correctedThenThanked('en: that is wrong, then thanks', 'What is the capital of Australia?', 'The capital of Australia is Sydney.', "That's wrong, it's not Sydney.", "You're right, I apologise. The capital of Australia is Canberra.", 'Thanks!'),
  scenario('en: JS stack trace, then copied fix', 'User pastes a TypeError stack trace; copies the fixed component.', (s) => {
    s.user('React component that renders a list of users from props.', { id: 'p1' });
    s.answer('```jsx\nexport function Users({ users }) {\n  return <ul>{users.map((u) => <li>{u.name}</li>)}</ul>;\n}\n```', { id: 'a1' });
    s.wait(90).user("TypeError: Cannot read properties of undefined (reading 'map')\n    at Users (Users.jsx:2:27)\n    at renderWithHooks (react-dom.development.js:14985:18)", { id: 'p2' });
    s.answer('```jsx\nexport function Users({ users = [] }) {\n  return <ul>{users.map((u) => <li key={u.id}>{u.name}</li>)}</ul>;\n}\n```', { id: 'a2' });
    s.wait(10).copy('a2', { codeBlock: 0 });
    return { labels: { a1: 'refined', a2: 'accepted' }, pairs: [['a2', 'a1']] };
  }),
  // Relabelled for issue 12: a weak correction followed by an accepted answer is a refinement (the accepted answer
  // is the target), as the Echo method and test/scenarios/README.md say; it was "rejected, no pair" before.
  scenario('en: descending instead (changed request)', 'User asks for descending order instead and copies that answer: the first is refined by it.', (s) => {
    s.user("Sort this list of dicts by 'age': people = [...]", { id: 'p1' });
    s.answer("```python\npeople.sort(key=lambda p: p['age'])\n```", { id: 'a1' });
    s.wait(8).user('I need it descending instead', { id: 'p2' });
    s.answer("```python\npeople.sort(key=lambda p: p['age'], reverse=True)\n```", { id: 'a2' });
    s.wait(10).copy('a2', { codeBlock: 0 });
    return { labels: { a1: 'refined', a2: 'accepted' }, pairs: [['a2', 'a1']] };
  }),
  scenario('en: learning conversation without corrections', 'User asks a chain of building questions; nothing corrected.', (s) => {
    s.user('How do list comprehensions work in Python?', { id: 'p1' });
    s.answer('[expr for x in items if cond] builds a new list.', { id: 'a1' });
    s.wait(60).user('What about for sets?', { id: 'p2' });
    s.answer('Use braces: {expr for x in items}.', { id: 'a2' });
    s.wait(45).user('And dictionaries?', { id: 'p3' });
    s.answer('{k: v for k, v in pairs}.', { id: 'a3' });
    return { labels: { a1: 'accepted', a2: 'accepted', a3: 'unknown' } };
  }),
  scenario('en: thanks, but it does not compile', 'Polite but failing: Rust compile error after thanks.', (s) => {
    s.user('Rust: function that returns the longest of two string slices.', { id: 'p1' });
    s.answer('```rust\nfn longest(a: &str, b: &str) -> &str { if a.len() > b.len() { a } else { b } }\n```', { id: 'a1' });
    s.wait(50).user('Thanks, but it still doesn\'t compile: error[E0106]: missing lifetime specifier', { id: 'p2' });
    s.answer("```rust\nfn longest<'a>(a: &'a str, b: &'a str) -> &'a str { if a.len() > b.len() { a } else { b } }\n```", { id: 'a2' });
    return { labels: { a1: 'rejected', a2: 'unknown' } };
  }),
  scenario('en: traceback, fixed, "no errors now"', 'Traceback reported; the fix works ("no errors now, thanks").', (s) => {
    s.user('Python: average of a list.', { id: 'p1' });
    s.answer(pyWrong.replace(' - 1', '').replace('len(xs)', 'len(x)'), { id: 'a1' });
    s.wait(40).user('Traceback (most recent call last):\n  File "m.py", line 2, in mean\nNameError: name \'x\' is not defined', { id: 'p2' });
    s.answer(pyRight, { id: 'a2' });
    s.wait(30).user('No errors now, thanks!', { id: 'p3' });
    return { labels: { a1: 'refined', a2: 'accepted' }, pairs: [['a2', 'a1']] };
  }),
  scenario('en: two failed fixes, then it works', 'Two corrections in a row; the third answer works.', (s) => {
    s.user('Shell: rename all .jpeg files to .jpg in this folder.', { id: 'p1' });
    s.answer('```bash\nmv *.jpeg *.jpg\n```', { id: 'a1' });
    s.wait(30).user("That doesn't work: mv: target '*.jpg' is not a directory", { id: 'p2' });
    s.answer('```bash\nrename .jpeg .jpg *\n```', { id: 'a2' });
    s.wait(30).user('Still doesn\'t work, rename: not enough arguments', { id: 'p3' });
    s.answer('```bash\nfor f in *.jpeg; do mv -- "$f" "${f%.jpeg}.jpg"; done\n```', { id: 'a3' });
    s.wait(20).copy('a3', { codeBlock: 0 });
    s.wait(30).user('Perfect, that did it.', { id: 'p4' });
    return { labels: { a1: 'refined', a2: 'refined', a3: 'accepted' }, pairs: [['a3', 'a1'], ['a3', 'a2']] };
  }),
  scenario('en: "ok" then a new question', 'User says ok and asks something unrelated.', (s) => {
    s.user('What port does PostgreSQL use by default?', { id: 'p1' });
    s.answer('5432.', { id: 'a1' });
    s.wait(10).user('ok. what about MySQL?', { id: 'p2' });
    s.answer('3306.', { id: 'a2' });
    return { labels: { a1: 'accepted', a2: 'unknown' } };
  }),
  correctedThenThanked('de: falsch, dann danke', 'Python: Durchschnitt einer Liste?', pyWrong, 'Das ist falsch, da wird noch 1 abgezogen.', pyRight, 'Danke, funktioniert jetzt!'),
  correctedThenThanked('fr: ne marche pas, puis merci', 'Python : calculer la moyenne d\'une liste ?', pyWrong, "Ça ne marche pas, le résultat est faux de 1.", pyRight, 'Parfait, merci !'),
  correctedThenThanked('es: no funciona, luego gracias', 'Python: ¿cómo calculo la media de una lista?', pyWrong, 'No funciona, el resultado está mal.', pyRight, '¡Gracias, funciona!'),
  correctedThenThanked('pt: não funciona, depois obrigado', 'Python: como calcular a média de uma lista?', pyWrong, 'Não funciona, o resultado está errado.', pyRight, 'Funcionou, obrigado!'),
  correctedThenThanked('zh: 不对, then 谢谢', 'Python 怎么计算列表的平均值？', pyWrong, '不对，结果少了1，这个代码有错误。', pyRight, '可以了，谢谢！'),
  correctedThenThanked('ja: 動かない, then ありがとう', 'Pythonでリストの平均を計算するには？', pyWrong, '動かないです。結果が間違っています。', pyRight, '動きました！ありがとうございます。'),
  scenario('de: acceptance only', 'German user thanks and confirms.', (s) => {
    s.user('Wie lösche ich einen lokalen Git-Branch?', { id: 'p1' });
    s.answer('```bash\ngit branch -d name\n```', { id: 'a1' });
    s.wait(30).user('Danke, genau das habe ich gesucht.', { id: 'p2' });
    return { labels: { a1: 'accepted' } };
  }),
  scenario('fr: neutral follow-up', 'French user builds on the answer with a new question.', (s) => {
    s.user('Comment formater une date en JavaScript ?', { id: 'p1' });
    s.answer('Utilisez Intl.DateTimeFormat ou toLocaleDateString().', { id: 'a1' });
    s.wait(150).user('Et pour afficher aussi les heures ?', { id: 'p2' });
    s.answer('Ajoutez timeStyle: "short".', { id: 'a2' });
    return { labels: { a1: 'accepted', a2: 'unknown' } };
  }),
  scenario('es: thanks plus a new request with "en lugar de"', 'Spanish user thanks, then asks for an async variant.', (s) => {
    s.user('¿Cómo leo un archivo en Node?', { id: 'p1' });
    s.answer('```js\nfs.readFile("a.txt", "utf8", cb)\n```', { id: 'a1' });
    s.wait(40).user('Gracias. ¿Y cómo lo hago con async/await en lugar de callbacks?', { id: 'p2' });
    s.answer('```js\nconst txt = await fs.promises.readFile("a.txt", "utf8");\n```', { id: 'a2' });
    return { labels: { a1: 'accepted', a2: 'unknown' } };
  }),
  scenario('pt: correction without a later acceptance', 'Portuguese user reports an error; the conversation ends without confirmation.', (s) => {
    s.user('Como inverto uma string em Java?', { id: 'p1' });
    s.answer('```java\nString r = s.reverse();\n```', { id: 'a1' });
    s.wait(30).user('Isso não existe, dá erro de compilação.', { id: 'p2' });
    s.answer('```java\nString r = new StringBuilder(s).reverse().toString();\n```', { id: 'a2' });
    return { labels: { a1: 'rejected', a2: 'unknown' } };
  }),
  scenario('zh: neutral follow-up question', 'Chinese user asks a follow-up question that contains 是不是 (is it), not a correction.', (s) => {
    s.user('Python 的 GIL 是什么？', { id: 'p1' });
    s.answer('GIL 是全局解释器锁，同一时刻只允许一个线程执行 Python 字节码。', { id: 'a1' });
    s.wait(60).user('那多进程是不是就没有这个限制？', { id: 'p2' });
    s.answer('是的，每个进程有自己的解释器和 GIL。', { id: 'a2' });
    return { labels: { a1: 'accepted', a2: 'unknown' } };
  }),
  scenario('ja: error report, unresolved', 'Japanese user reports an error and leaves.', (s) => {
    s.user('JavaScriptで配列をシャッフルする方法は？', { id: 'p1' });
    s.answer('```js\narr.shuffle()\n```', { id: 'a1' });
    s.wait(20).user('エラーになります。TypeError: arr.shuffle is not a function', { id: 'p2' });
    return { labels: { a1: 'rejected' } };
  }),
];
