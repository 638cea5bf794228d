import { scenario } from './session';

const csvAnswer = 'Use pandas:\n```python\nimport pandas as pd\ndf = pd.read_csv("data.csv")\nprint(df.head())\n```\nThis loads the file into a DataFrame.';

export const copyAndThumbsScenarios = [
  scenario('copy code block', 'User asks how to read a CSV, copies the code block and leaves.', (s) => {
    s.user('How do I read a CSV file in Python?', { id: 'p1' });
    s.answer(csvAnswer, { id: 'a1' });
    s.wait(20).copy('a1', { codeBlock: 0 });
    return { labels: { a1: 'accepted' } };
  }),
  scenario('copy whole answer', 'User asks for a polite email declining a meeting and copies the whole answer with the copy button.', (s) => {
    s.user('Write a short polite email declining a meeting on Friday.', { id: 'p1' });
    s.answer('Hi Anna,\n\nThank you for the invitation. Unfortunately I am not available on Friday. Could we find another time next week?\n\nBest regards,\nTom', { id: 'a1' });
    s.wait(15).copy('a1');
    return { labels: { a1: 'accepted' } };
  }),
  scenario('tiny selection says nothing', 'User selects one function name in a long answer (to search for it) and closes the tab.', (s) => {
    s.user('Explain how garbage collection works in Go.', { id: 'p1' });
    s.answer('Go uses a concurrent, tri-colour mark-and-sweep collector. '.repeat(8) + 'You can tune it with runtime.GC and GOGC.', { id: 'a1' });
    s.wait(40).copy('a1', { text: 'runtime.GC' });
    return { labels: { a1: 'unknown' } };
  }),
  scenario('large selection copied', 'User selects and copies the key paragraph of an explanation.', (s) => {
    s.user('What is the difference between a process and a thread?', { id: 'p1' });
    const text = 'A process has its own address space and resources. Threads live inside a process and share its memory, so they are cheaper to create but need synchronisation.\n\nIn short: isolation vs sharing.';
    s.answer(text, { id: 'a1' });
    s.wait(30).copy('a1', { text: text.split('\n\n')[0] });
    return { labels: { a1: 'accepted' } };
  }),
  scenario('copy then error trace then fixed', 'User copies code, runs it, pastes the traceback; the second answer works and the user copies it and thanks.', (s) => {
    s.user('Parse the "date" column of my CSV as datetime with pandas.', { id: 'p1' });
    s.answer('```python\ndf = pd.read_csv("data.csv")\ndf["date"] = pd.to_datetime(df["Date"])\n```', { id: 'a1' });
    s.wait(10).copy('a1', { codeBlock: 0 });
    s.wait(60).paste('Traceback (most recent call last):\n  File "main.py", line 3, in <module>\nKeyError: \'Date\'');
    s.user('I get this:\nTraceback (most recent call last):\n  File "main.py", line 3, in <module>\nKeyError: \'Date\'', { id: 'p2' });
    s.answer('You are right, the column is lower-case:\n```python\ndf = pd.read_csv("data.csv", parse_dates=["date"])\n```', { id: 'a2' });
    s.wait(10).copy('a2', { codeBlock: 0 });
    s.wait(40).user('Works now, thanks!', { id: 'p3' });
    return { labels: { a1: 'refined', a2: 'accepted' }, pairs: [['a2', 'a1']] };
  }),
  scenario('thumbs up', 'User rates a unit-conversion answer up and leaves.', (s) => {
    s.user('How many ounces in a kilogram?', { id: 'p1' });
    s.answer('1 kilogram is about 35.27 ounces.', { id: 'a1' });
    s.thumbs('a1', 'up');
    return { labels: { a1: 'accepted' } };
  }),
  scenario('thumbs down', 'User rates a made-up citation down.', (s) => {
    s.user('Give me the DOI of the original transformer paper.', { id: 'p1' });
    s.answer('The DOI is 10.1000/transformer.2017.001.', { id: 'a1' });
    s.wait(10).thumbs('a1', 'down', 'made up');
    return { labels: { a1: 'rejected' } };
  }),
  scenario('thumbs changed from up to down', 'User rates up, tries it, then changes the rating to down.', (s) => {
    s.user('Bash one-liner to count lines in all .ts files?', { id: 'p1' });
    s.answer('```bash\nfind . -name "*.ts" | xargs wc -l\n```', { id: 'a1' });
    s.thumbs('a1', 'up');
    s.wait(90).thumbs('a1', 'down');
    return { labels: { a1: 'rejected' } };
  }),
  scenario('thumbs up beats a follow-up that asks for a variation', 'User rates up, then asks for an async version "instead" of callbacks: a new request, not a correction.', (s) => {
    s.user('Read a file in Node with callbacks.', { id: 'p1' });
    s.answer('```js\nfs.readFile("a.txt", "utf8", (err, data) => { if (err) throw err; console.log(data); });\n```', { id: 'a1' });
    s.thumbs('a1', 'up');
    s.wait(30).user('Can you show the promise version instead?', { id: 'p2' });
    s.answer('```js\nconst data = await fs.promises.readFile("a.txt", "utf8");\n```', { id: 'a2' });
    return { labels: { a1: 'accepted', a2: 'unknown' } };
  }),
  scenario('copy from own prompt is not a signal', 'User copies text from their own prompt, not from the answer.', (s) => {
    s.user('Translate "Guten Morgen, wie geht es dir?" to English.', { id: 'p1' });
    s.answer('"Good morning, how are you?"', { id: 'a1' });
    s.wait(5).copy('p1', { via: 'selection', text: 'Guten Morgen' });
    return { labels: { a1: 'unknown' } };
  }),
];
