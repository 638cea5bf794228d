// First held-out batch. Its figures before any rule change (pairs precision 0.833, accuracy 0.846) are recorded in
// docs/labelling.md; it was then used to improve the rules (warnings, doubt cues, "continue" after stop,
// environment errors), so it now belongs to the development set. The current held-out batch is holdout.ts.
import { scenario } from './session';

export const tunedOnHoldout1Scenarios = [
  // Relabelled for issue 12: tool output after using the answer, then an accepted answer, is a refinement
  // (test/scenarios/README.md); it was "rejected, no pair" before.
  scenario('holdout: deprecation warning after copy', 'User copies code, reports a deprecation warning, copies the fixed version: the first is refined by it.', (s) => {
    s.user('Python: get the current UTC time.', { id: 'p1' });
    s.answer('```python\nfrom datetime import datetime\nnow = datetime.utcnow()\n```', { id: 'a1' });
    s.copy('a1', { codeBlock: 0 });
    s.wait(120).user('This gives me DeprecationWarning: datetime.datetime.utcnow() is deprecated', { id: 'p2' });
    s.answer('```python\nfrom datetime import datetime, UTC\nnow = datetime.now(UTC)\n```', { id: 'a2' });
    s.copy('a2', { codeBlock: 0 });
    return { labels: { a1: 'refined', a2: 'accepted' }, pairs: [['a2', 'a1']] };
  }),
  scenario('holdout: regenerate, rate the new one up and copy it', 'Classic regenerate-and-keep.', (s) => {
    s.user('Write a limerick about a compiler.', { id: 'p1' });
    s.answer('There once was a compiler named Lee...', { id: 'a1' });
    s.regenerate('A compiler who hated a typo / would halt with a curt little "no"...', { id: 'a2' });
    s.thumbs('a2', 'up');
    s.copy('a2');
    return { labels: { a1: 'rejected', a2: 'accepted' }, pairs: [['a2', 'a1']] };
  }),
  scenario('holdout: missing dependency is not a wrong answer', 'The answer was right; the user lacked a package and the next answer only says how to install it.', (s) => {
    s.user('Wie lese ich eine YAML-Datei in Python?', { id: 'p1' });
    s.answer('```python\nimport yaml\nwith open("c.yaml") as f:\n    cfg = yaml.safe_load(f)\n```', { id: 'a1' });
    s.copy('a1', { codeBlock: 0 });
    s.wait(60).user("Ich bekomme einen Fehler: ModuleNotFoundError: No module named 'yaml'", { id: 'p2' });
    s.answer('Installiere das Paket: `pip install pyyaml`', { id: 'a2' });
    s.wait(40).user('Danke, läuft jetzt.', { id: 'p3' });
    return { labels: { a1: 'accepted', a2: 'accepted' } };
  }),
  scenario('holdout: es thumbs down with comment, regenerate, continue', 'Spanish user rates down, regenerates, builds on the new answer.', (s) => {
    s.user('¿Cuál es la complejidad de quicksort?', { id: 'p1' });
    s.answer('Siempre O(n).', { id: 'a1' });
    s.thumbs('a1', 'down', 'incorrecto');
    s.regenerate('O(n log n) en promedio y O(n²) en el peor caso.', { id: 'a2' });
    s.wait(30).user('¿Y cómo se evita el peor caso?', { id: 'p2' });
    s.answer('Eligiendo el pivote al azar o con mediana de tres.', { id: 'a3' });
    return { labels: { a1: 'rejected', a2: 'accepted', a3: 'unknown' }, pairs: [['a2', 'a1']] };
  }),
  scenario('holdout: fr edited email draft pasted back', 'French user rewrites a sentence of the drafted email and pastes their version.', (s) => {
    s.user('Rédige un court message pour décaler notre réunion à jeudi.', { id: 'p1' });
    const draft = 'Bonjour Marc, serait-il possible de décaler notre réunion à jeudi ? Merci, Julie';
    s.answer(draft, { id: 'a1' });
    const c = s.copy('a1');
    const mine = 'Bonjour Marc, serait-il possible de décaler notre réunion à jeudi 14h ? Bonne journée, Julie';
    s.pasteBack(mine, { answer: 'a1', copy: c });
    s.user('Voici ma version : ' + mine, { id: 'p2' });
    return { labels: { a1: 'refined' }, pairs: [['edit(a1)', 'a1']] };
  }),
  scenario('holdout: zh two errors, unresolved', 'Chinese user reports an error twice and gives up.', (s) => {
    s.user('用 Go 读取一个 JSON 文件', { id: 'p1' });
    s.answer('```go\ndata, _ := os.ReadFile("a.json")\njson.Unmarshal(data, v)\n```', { id: 'a1' });
    s.wait(50).user('报错了：json: Unmarshal(nil)', { id: 'p2' });
    s.answer('```go\nvar v map[string]any\njson.Unmarshal(data, v)\n```', { id: 'a2' });
    s.wait(50).user('还是报错', { id: 'p3' });
    return { labels: { a1: 'rejected', a2: 'rejected' } };
  }),
  scenario('holdout: ja thanks', 'Japanese user thanks.', (s) => {
    s.user('CSSで要素を中央に配置するには？', { id: 'p1' });
    s.answer('```css\n.parent { display: grid; place-items: center; }\n```', { id: 'a1' });
    s.wait(30).user('ありがとう、完璧です', { id: 'p2' });
    return { labels: { a1: 'accepted' } };
  }),
  scenario('holdout: regenerate twice, then edit the prompt', 'No variant fits; user rephrases and copies the new answer.', (s) => {
    s.user('Name for my app?', { id: 'p1' });
    s.answer('AppName.', { id: 'a1' });
    s.regenerate('MyApp.', { id: 'a2' });
    s.regenerate('Appster.', { id: 'a3' });
    s.editPrompt('p1', 'Name for a habit-tracking app for runners, one word?', { id: 'p2' });
    s.answer('Stride.', { id: 'a4' });
    s.copy('a4');
    return { labels: { a1: 'rejected', a2: 'rejected', a3: 'rejected', a4: 'accepted' } };
  }),
  scenario('holdout: stopped then "continue"', 'User stops by accident and asks the model to continue.', (s) => {
    s.user('List the planets with one fact each.', { id: 'p1' });
    s.answer('Mercury: closest to the Sun. Venus: hottest planet. Earth:', { id: 'a1', stopped: true });
    s.wait(3).user('continue', { id: 'p2' });
    s.answer('Earth: only known life. Mars: red dust. ...', { id: 'a2' });
    return { labels: { a1: 'unknown', a2: 'unknown' } };
  }),
  scenario('holdout: selection copy and thx', 'User selects the command inside the prose and thanks.', (s) => {
    s.user('How do I see disk usage per folder?', { id: 'p1' });
    s.answer('Run du -sh * in the folder; add | sort -h to sort.', { id: 'a1' });
    s.copy('a1', { text: 'du -sh * in the folder; add | sort -h' });
    s.wait(20).user('thx', { id: 'p2' });
    return { labels: { a1: 'accepted' } };
  }),
  scenario('holdout: "are you sure?"', 'User doubts the answer; the model corrects itself; user leaves.', (s) => {
    s.user('Is 1 a prime number?', { id: 'p1' });
    s.answer('Yes, 1 is prime.', { id: 'a1' });
    s.wait(6).user('Are you sure?', { id: 'p2' });
    s.answer('Sorry, I was wrong: 1 is not prime; primes have exactly two divisors.', { id: 'a2' });
    return { labels: { a1: 'rejected', a2: 'unknown' } };
  }),
  scenario('holdout: de correction, apology in the better answer', 'German user corrects; the model apologises and fixes; user confirms.', (s) => {
    s.user('Wie viele Tage hat ein Schaltjahr?', { id: 'p1' });
    s.answer('Ein Schaltjahr hat 365 Tage.', { id: 'a1' });
    s.wait(10).user('Das stimmt nicht.', { id: 'p2' });
    s.answer('Du hast recht, Entschuldigung. Ein Schaltjahr hat 366 Tage.', { id: 'a2' });
    s.wait(10).user('Genau, danke.', { id: 'p3' });
    return { labels: { a1: 'refined', a2: 'accepted' }, pairs: [['a2', 'a1']] };
  }),
  scenario('holdout: pt switch back to the first variant and rate it', 'Portuguese user regenerates, prefers the first, rates it up.', (s) => {
    s.user('Traduza "break a leg" para português.', { id: 'p1' });
    s.answer('"Boa sorte!" (expressão idiomática para desejar sucesso).', { id: 'a1' });
    s.regenerate('"Quebre uma perna."', { id: 'a2' });
    s.switchTo('a1');
    s.thumbs('a1', 'up');
    return { labels: { a1: 'accepted', a2: 'rejected' }, pairs: [['a1', 'a2']] };
  }),
];
