// Development sessions for the behavioural signals around follow-ups: where a paste-back came from, what a
// selection copy says, variants that differ only in whitespace, weak corrections followed by an accepted answer,
// history loaded with the page, and variants/ratings on every site.
import { scenario } from '../session';
import { SOURCES as S } from '../sources';

const PASTE = 'paste-provenance';
const SELECT = 'selection-copy';
const SPACE = 'whitespace-variants';
const WEAK = 'weak-correction';
const HISTORY = 'history';
const VARIANTS = 'variants-ratings';

const fetchV1 = 'async function getJson(url) {\n  const r = await fetch(url);\n  return r.json();\n}';
const fetchV2 = 'async function getJson(url) {\n  const r = await fetch(url);\n  if (!r.ok) throw new Error(`HTTP ${r.status}`);\n  return r.json();\n}';

export const devSignalScenarios = [
  // Paste provenance: the paste resembles several answers; its copy says which one it came from.
  scenario('dev paste: edit of the second answer, not the first', 'Two similar answers (the second adds a requirement); the user copies the second, edits it, pastes it back: only the second is refined.', (s) => {
    s.user('JS: fetch JSON from a URL.', { id: 'p1' });
    s.answer('```js\n' + fetchV1 + '\n```', { id: 'a1' });
    s.wait(30).user('It should fail on HTTP errors too', { id: 'p2' });
    s.answer('```js\n' + fetchV2 + '\n```', { id: 'a2' });
    const c = s.wait(10).copy('a2', { codeBlock: 0 });
    const edited = fetchV2.replace('fetch(url)', 'fetch(url, { headers: { Accept: "application/json" } })');
    s.pasteBack(edited, { answer: 'a2', copy: c });
    s.user(`Works with the Accept header I added:\n${edited}`, { id: 'p3' });
    return { labels: { a1: 'rejected', a2: 'refined' }, pairs: [['edit(a2)', 'a2']] };
  }, { lang: 'en', family: PASTE, source: [S.lmsys], site: 'chatgpt' }),
  scenario('dev paste: edit of the first answer after a regeneration', 'The user regenerates, goes back to the first variant, copies it and pastes an edited version.', (s) => {
    const sql1 = 'SELECT name, COUNT(*) AS n\nFROM orders\nGROUP BY name\nORDER BY n DESC;';
    const sql2 = 'SELECT name, COUNT(*) AS n\nFROM orders\nGROUP BY name\nORDER BY n DESC\nLIMIT 10;';
    s.user('SQL: customers by number of orders.', { id: 'p1' });
    s.answer('```sql\n' + sql1 + '\n```', { id: 'a1' });
    s.regenerate('```sql\n' + sql2 + '\n```', { id: 'a2' });
    s.switchTo('a1');
    const c = s.wait(10).copy('a1', { codeBlock: 0 });
    const edited = sql1.replace('FROM orders', 'FROM orders\nWHERE created_at > now() - interval \'30 days\'');
    s.pasteBack(edited, { answer: 'a1', copy: c });
    s.user(`Used this, last 30 days only:\n${edited}`, { id: 'p2' });
    return { labels: { a1: 'refined', a2: 'rejected' }, pairs: [['edit(a1)', 'a1'], ['a1', 'a2']] };
  }, { lang: 'en', family: PASTE, source: [S.lmsys], site: 'claude', model: 'claude-sonnet' }),
  scenario('dev paste: unchanged paste-back to ask about a line', 'The user pastes the answer code back unchanged and asks what a line does: a use, not an edit.', (s) => {
    const code = 'find . -name "*.log" -mtime +7 -print0 | xargs -0 rm --';
    s.user('Delete log files older than a week.', { id: 'p1' });
    s.answer('```bash\n' + code + '\n```\nThis finds .log files older than 7 days and removes them.', { id: 'a1' });
    const c = s.wait(10).copy('a1', { codeBlock: 0 });
    s.pasteBack(code, { answer: 'a1', copy: c });
    s.user(`why -print0 in\n${code}\n?`, { id: 'p2' });
    s.answer('-print0 separates names with NUL so names with spaces survive xargs -0.', { id: 'a2' });
    return { labels: { a1: 'accepted', a2: 'unknown' } };
  }, { lang: 'en', family: PASTE, source: [S.lmsys], site: 'mistral', model: 'mistral-large' }),
  scenario('dev paste: fr, correction collée sans copie', 'The French user retypes the answer\'s translation with one fix and sends it; no copy event.', (s) => {
    s.user('Traduis en anglais : « Nous avons bien reçu votre demande. »', { id: 'p1' });
    s.answer('We have well received your request.', { id: 'a1' });
    s.pasteBack('We have received your request.', { answer: 'a1' });
    s.user("J'ai corrigé : We have received your request.", { id: 'p2' });
    return { labels: { a1: 'refined' }, pairs: [['edit(a1)', 'a1']] };
  }, { lang: 'fr', family: PASTE, source: [S.lmsys], site: 'mistral', model: 'mistral-large' }),

  // Selection copies: one identifier says nothing; a real part of a block is a use.
  scenario('dev select: one identifier out of a code block', 'The user selects a single function name from the code to look it up, then asks about it.', (s) => {
    s.user('Python: run tasks concurrently with asyncio.', { id: 'p1' });
    s.answer('```python\nimport asyncio\n\nasync def main():\n    results = await asyncio.gather(fetch(1), fetch(2), fetch(3))\n    print(results)\n\nasyncio.run(main())\n```', { id: 'a1' });
    s.wait(20).copy('a1', { codeBlock: 0, text: 'gather' });
    return { labels: { a1: 'unknown' } };
  }, { lang: 'en', family: SELECT, source: [S.lmsys], site: 'chatgpt' }),
  scenario('dev select: two lines selected inside a block', 'The user selects the two lines they need from a longer block.', (s) => {
    s.user('nginx: redirect http to https.', { id: 'p1' });
    s.answer('```nginx\nserver {\n    listen 80;\n    server_name example.com;\n    return 301 https://$host$request_uri;\n}\n```', { id: 'a1' });
    s.wait(20).copy('a1', { codeBlock: 0, text: 'server_name example.com;\n    return 301 https://$host$request_uri;' });
    return { labels: { a1: 'accepted' } };
  }, { lang: 'en', family: SELECT, source: [S.lmsys], site: 'perplexity', model: 'sonar' }),
  scenario('dev select pt: uma palavra copiada da resposta', 'The Portuguese user copies one word from a prose answer.', (s) => {
    s.user('Qual é a diferença entre "onde" e "aonde"?', { id: 'p1' });
    s.answer('"Onde" indica lugar fixo (Onde você mora?); "aonde" indica movimento, com verbos como ir (Aonde você vai?).', { id: 'a1' });
    s.wait(10).copy('a1', { text: 'movimento' });
    return { labels: { a1: 'unknown' } };
  }, { lang: 'pt', family: SELECT, source: [S.tabnews], site: 'chatgpt' }),

  // Variants equal up to whitespace: no preference can be learnt from them.
  scenario('dev space: regenerated answer differs only in blank lines', 'The regenerated variant is the same text with different blank lines; the user keeps it.', (s) => {
    s.user('Shell one-liner to count files in a folder?', { id: 'p1' });
    s.answer('```bash\nls -1 | wc -l\n```', { id: 'a1' });
    s.regenerate('```bash\nls -1 | wc -l\n\n```\n', { id: 'a2' });
    s.wait(10).copy('a2', { codeBlock: 0 });
    return { labels: { a1: 'rejected', a2: 'accepted' } };
  }, { lang: 'en', family: SPACE, source: [S.lmsys], site: 'grok', model: 'grok-3' }),
  scenario('dev space: corrected answer identical up to indentation', 'The user doubts the answer; the model repeats it re-indented; the user copies it: no pair between equal texts.', (s) => {
    s.user('Python: swap two variables.', { id: 'p1' });
    s.answer('```python\na, b = b, a\n```', { id: 'a1' });
    s.wait(20).user("that can't be true", { id: 'p2' });
    s.answer('```python\n  a, b = b, a\n```', { id: 'a2' });
    s.wait(10).copy('a2', { codeBlock: 0 });
    return { labels: { a1: 'rejected', a2: 'accepted' } };
  }, { lang: 'en', family: SPACE, source: [S.lmsys], site: 'copilot', model: 'copilot' }),

  // Weak corrections followed by an accepted answer.
  scenario('dev weak en: "nope, use pathlib instead", then copied', 'A short weak correction; the next answer is copied.', (s) => {
    s.user('Python: list all .txt files in a folder.', { id: 'p1' });
    s.answer('```python\nimport os\nfiles = [f for f in os.listdir(d) if f.endswith(".txt")]\n```', { id: 'a1' });
    s.wait(12).user('nope, use pathlib instead', { id: 'p2' });
    s.answer('```python\nfrom pathlib import Path\nfiles = list(Path(d).glob("*.txt"))\n```', { id: 'a2' });
    s.wait(10).copy('a2', { codeBlock: 0 });
    return { labels: { a1: 'refined', a2: 'accepted' }, pairs: [['a2', 'a1']] };
  }, { lang: 'en', family: WEAK, source: [S.lmsys, S.taxonomy], site: 'chatgpt' }),
  scenario('dev weak de: statt for-Schleife bitte map', 'German weak correction ("statt"), then thanks.', (s) => {
    s.user('JavaScript: verdopple alle Zahlen in einem Array.', { id: 'p1' });
    s.answer('```js\nconst out = [];\nfor (const n of nums) out.push(n * 2);\n```', { id: 'a1' });
    s.wait(15).user('Bitte mit map statt for-Schleife', { id: 'p2' });
    s.answer('```js\nconst out = nums.map((n) => n * 2);\n```', { id: 'a2' });
    s.wait(20).user('Super, danke', { id: 'p3' });
    return { labels: { a1: 'refined', a2: 'accepted' }, pairs: [['a2', 'a1']] };
  }, { lang: 'de', family: WEAK, source: [S.lmsys], site: 'claude', model: 'claude-sonnet' }),
  scenario('dev weak en: "Is there a compacter form possible?", then copied', 'The user asks for a compacter form (UR2) and copies it.', (s) => {
    s.user('Regex for a 24h time like 23:59.', { id: 'p1' });
    s.answer('```\n^(0[0-9]|1[0-9]|2[0-3]):([0-5][0-9])$\n```', { id: 'a1' });
    s.wait(25).user('Is there a compacter form possible?', { id: 'p2' });
    s.answer('```\n^([01]\\d|2[0-3]):[0-5]\\d$\n```', { id: 'a2' });
    s.wait(10).copy('a2', { codeBlock: 0 });
    return { labels: { a1: 'refined', a2: 'accepted' }, pairs: [['a2', 'a1']] };
  }, { lang: 'en', family: WEAK, source: [S.lmsys], site: 'perplexity', model: 'sonar' }),

  // History: loaded with the page, never seen live.
  scenario('dev history: old chat reopened, neutral continuations only', 'The page loads an old chat with four turns; nothing happens live.', (s) => {
    s.history(() => {
      s.user('What is a monad?', { id: 'p1' });
      s.answer('A monad wraps values with a context and lets you chain computations (bind/flatMap).', { id: 'a1' });
      s.user('Give an example in JavaScript', { id: 'p2' });
      s.answer('Promise is monad-like: then() chains computations that return promises.', { id: 'a2' });
    });
    return { labels: { a1: 'unknown', a2: 'unknown' } };
  }, { lang: 'en', family: HISTORY, source: [S.lmsys], site: 'chatgpt' }),
  scenario('dev history: old chat reopened, thanks in history', 'A loaded chat in which the user had thanked the answer long ago: still only history.', (s) => {
    s.history(() => {
      s.user('Wie exportiere ich eine Postgres-Tabelle als CSV?', { id: 'p1' });
      s.answer('```sql\n\\copy users TO \'users.csv\' CSV HEADER\n```', { id: 'a1' });
      s.user('Danke, genau das!', { id: 'p2' });
      s.answer('Gern geschehen!', { id: 'a2' });
    });
    return { labels: { a1: 'unknown', a2: 'unknown' } };
  }, { lang: 'de', family: HISTORY, source: [S.lmsys], site: 'claude', model: 'claude-sonnet' }),
  scenario('dev history: branches in the site\'s data', 'The loaded tree has two variants of the answer; the conversation continued below the second.', (s) => {
    s.history(() => {
      s.user('Name for a cat café?', { id: 'p1' });
      s.answer('"Purrfect Brew"', { id: 'a1' });
      s.regenerate('"The Whisker Cup"', { id: 'a2' });
      s.user('Nice, and a slogan for it?', { id: 'p2' });
      s.answer('"Coffee with claws off."', { id: 'a3' });
    });
    // Capture never saw the regeneration live: only the tree (two answers under p1) is in the log.
    s.events.splice(0, s.events.length, ...s.events.filter((e) => e.kind !== 'regenerate'));
    return { labels: { a1: 'rejected', a2: 'accepted', a3: 'unknown' }, pairs: [['a2', 'a1']] };
  }, { lang: 'en', family: HISTORY, source: [S.lmsys], site: 'chatgpt' }),
  scenario('dev history: live correction of a loaded answer', 'An old chat is loaded; the user now writes that the answer did not work.', (s) => {
    s.history(() => {
      s.user('Como limpo o cache do npm?', { id: 'p1' });
      s.answer('```bash\nnpm cache clear\n```', { id: 'a1' });
    });
    s.wait(30).user('Não funcionou, dá erro: npm ERR! As of npm@5, the npm cache self-heals... use npm cache verify', { id: 'p2' });
    s.answer('Use `npm cache clean --force` ou `npm cache verify`.', { id: 'a2' });
    return { labels: { a1: 'rejected', a2: 'unknown' } };
  }, { lang: 'pt', family: HISTORY, source: [S.ptPersists], site: 'gemini', model: 'gemini-2.0' }),

  // Variants and ratings across sites.
  scenario('dev variants: grok regenerate twice, keep the third', 'The user regenerates twice and continues from the third answer.', (s) => {
    s.user('Give me a name for a Go HTTP router library.', { id: 'p1' });
    s.answer('"gorouter"', { id: 'a1' });
    s.regenerate('"httpmux"', { id: 'a2' });
    s.regenerate('"chiroute"', { id: 'a3' });
    s.wait(20).user('ok chiroute it is. Write the README intro', { id: 'p2' });
    s.answer('# chiroute\nA tiny, fast HTTP router for Go.', { id: 'a4' });
    return { labels: { a1: 'rejected', a2: 'rejected', a3: 'accepted', a4: 'unknown' }, pairs: [['a3', 'a1'], ['a3', 'a2']] };
  }, { lang: 'en', family: VARIANTS, source: [S.lmsys], site: 'grok', model: 'grok-3' }),
  scenario('dev variants ru: палец вниз', 'Russian user rates the answer down and leaves.', (s) => {
    s.user('Как в bash проверить, существует ли файл?', { id: 'p1' });
    s.answer('```bash\nif exists file.txt; then echo yes; fi\n```', { id: 'a1' });
    s.wait(20).thumbs('a1', 'down');
    return { labels: { a1: 'rejected' } };
  }, { lang: 'ru', family: VARIANTS, source: [S.ruError], site: 'deepseek', model: 'deepseek-v3' }),
  scenario('dev variants nl: gestopt en opnieuw gegenereerd', 'Dutch user stops a rambling answer, regenerates and copies the new one.', (s) => {
    s.user('Hoe hernoem ik een git branch?', { id: 'p1' });
    s.answer('Git is een gedistribueerd versiebeheersysteem dat in 2005 werd ontwikkeld door Linus Torvalds voor', { id: 'a1', stopped: true });
    s.regenerate('```bash\ngit branch -m oud nieuw\n```', { id: 'a2' });
    s.wait(10).copy('a2', { codeBlock: 0 });
    return { labels: { a1: 'rejected', a2: 'accepted' }, pairs: [['a2', 'a1']] };
  }, { lang: 'nl', family: VARIANTS, source: [S.nlError], site: 'mistral', model: 'mistral-large' }),
];
