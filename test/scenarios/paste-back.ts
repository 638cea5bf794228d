import { scenario } from './session';

const debounce = 'function debounce(fn, ms) {\n  let t;\n  return (...args) => {\n    clearTimeout(t);\n    t = setTimeout(() => fn(args), ms);\n  };\n}';
const debounceFixed = 'function debounce(fn, ms) {\n  let t;\n  return (...args) => {\n    clearTimeout(t);\n    t = setTimeout(() => fn(...args), ms);\n  };\n}';

export const pasteBackScenarios = [
  scenario('paste-back with edits, it works', 'User copies the code, fixes the spread bug, pastes the fixed code back saying it works now.', (s) => {
    s.user('Write a debounce function in JavaScript.', { id: 'p1' });
    s.answer('Here is a simple debounce:\n```js\n' + debounce + '\n```\nCall it with the function and delay.', { id: 'a1' });
    const c = s.wait(10).copy('a1', { codeBlock: 0 });
    s.pasteBack(debounceFixed, { answer: 'a1', copy: c });
    s.user('I had to change fn(args) to fn(...args), this works:\n' + debounceFixed, { id: 'p2' });
    s.answer('Good catch, spreading the arguments is correct.', { id: 'a2' });
    return { labels: { a1: 'refined', a2: 'unknown' }, pairs: [['edit(a1)', 'a1']] };
  }),
  scenario('paste-back with edits, still failing', 'User edits the code, pastes it back, and it still throws.', (s) => {
    s.user('Python: read a JSON file and print the "name" field.', { id: 'p1' });
    const code = 'import json\nwith open("data.json") as f:\n    data = json.load(f)\nprint(data.name)';
    s.answer('```python\n' + code + '\n```', { id: 'a1' });
    const c = s.wait(10).copy('a1', { codeBlock: 0 });
    const edited = code.replace('data.name', 'data[name]');
    s.pasteBack(edited, { answer: 'a1', copy: c });
    s.user('I changed it to this:\n' + edited + '\nbut I still get NameError: name \'name\' is not defined', { id: 'p2' });
    s.answer('Use a string key: data["name"].', { id: 'a2' });
    return { labels: { a1: 'rejected', a2: 'unknown' } };
  }),
  scenario('pasted back unchanged with a question', 'User pastes one line of the answer back to ask what it does.', (s) => {
    s.user('Bash: delete all merged git branches.', { id: 'p1' });
    s.answer('```bash\ngit branch --merged | grep -v "\\*" | xargs -n 1 git branch -d\n```', { id: 'a1' });
    const c = s.wait(10).copy('a1', { codeBlock: 0 });
    s.pasteBack('git branch --merged | grep -v "\\*" | xargs -n 1 git branch -d\n', { answer: 'a1', copy: c });
    s.user('What does the grep part do in git branch --merged | grep -v "\\*" | xargs -n 1 git branch -d\n?', { id: 'p2' });
    s.answer('It removes the current branch (marked with *) from the list.', { id: 'a2' });
    return { labels: { a1: 'accepted', a2: 'unknown' } };
  }),
  scenario('whitespace-only paste-back', 'User re-indents the code when pasting it back; no real edit.', (s) => {
    s.user('TypeScript type for a function that returns a promise of string?', { id: 'p1' });
    s.answer('```ts\ntype F = () => Promise<string>;\n```', { id: 'a1' });
    const c = s.wait(10).copy('a1', { codeBlock: 0 });
    s.pasteBack('  type F = () => Promise<string>;\n', { answer: 'a1', copy: c });
    s.user('And for one that takes a number?', { id: 'p2' });
    return { labels: { a1: 'accepted' } };
  }),
  scenario('thumbs down, then the user shows the fix', 'User rates the SQL down and pastes a corrected version.', (s) => {
    s.user('SQL: count users per country, only countries with more than 10 users.', { id: 'p1' });
    const sql = 'SELECT country, COUNT(*) FROM users WHERE COUNT(*) > 10 GROUP BY country;';
    s.answer('```sql\n' + sql + '\n```', { id: 'a1' });
    s.wait(20).thumbs('a1', 'down');
    const c = s.copy('a1', { codeBlock: 0 });
    const fixed = 'SELECT country, COUNT(*) FROM users GROUP BY country HAVING COUNT(*) > 10;';
    s.pasteBack(fixed, { answer: 'a1', copy: c });
    s.user('The aggregate belongs in HAVING. Correct version: ' + fixed, { id: 'p2' });
    return { labels: { a1: 'refined' }, pairs: [['edit(a1)', 'a1']] };
  }),
  scenario('edited answer text pasted without a copy event', 'User retypes part of the answer with a correction (paste matched against the answer itself).', (s) => {
    s.user('Give me a commit message for: fix null check in user loader', { id: 'p1' });
    s.answer('fix: add null check in user loader', { id: 'a1' });
    s.pasteBack('fix(users): add missing null check in user loader', { answer: 'a1' });
    s.user('I used this: fix(users): add missing null check in user loader', { id: 'p2' });
    return { labels: { a1: 'refined' }, pairs: [['edit(a1)', 'a1']] };
  }),
];
