// The second held-out batch of the first evaluation. Written without running the labeller on it, but the labeller
// was later tuned with it in view (issue 12), so it is development data now (index.ts); the honest estimate comes
// from the untouched split (untouched/).
import { scenario } from './session';

export const holdoutScenarios = [
  scenario('holdout-2: migration copied and rated up', 'User copies a SQL migration and later rates it up.', (s) => {
    s.user('Postgres migration: add a non-null "status" column with default "active" to users.', { id: 'p1' });
    s.answer('```sql\nALTER TABLE users ADD COLUMN status text NOT NULL DEFAULT \'active\';\n```', { id: 'a1' });
    s.copy('a1', { codeBlock: 0 });
    s.wait(300).thumbs('a1', 'up');
    return { labels: { a1: 'accepted' } };
  }),
  scenario('holdout-2: code review, user acts on it', 'User says they fixed two of the points and asks about the third.', (s) => {
    s.user('Review this function: def f(l): return [x*2 for x in l if x != None]', { id: 'p1' });
    s.answer('1. Use `is not None` instead of `!= None`. 2. `l` is a poor name. 3. Consider a type hint.', { id: 'a1' });
    s.wait(180).user('Good points, I fixed 1 and 2. What type hint would you use?', { id: 'p2' });
    s.answer('`def f(values: list[int | None]) -> list[int]:`', { id: 'a2' });
    return { labels: { a1: 'accepted', a2: 'unknown' } };
  }),
  scenario('holdout-2: translation tweaked and pasted back', 'User adjusts one word of the translation and pastes their version.', (s) => {
    s.user('Translate to French: "Thanks for your quick reply."', { id: 'p1' });
    s.answer('Merci pour votre réponse rapide.', { id: 'a1' });
    const c = s.copy('a1');
    s.pasteBack('Merci pour votre prompte réponse.', { answer: 'a1', copy: c });
    s.user('I went with: Merci pour votre prompte réponse.', { id: 'p2' });
    return { labels: { a1: 'refined' }, pairs: [['edit(a1)', 'a1']] };
  }),
  scenario('holdout-2: three variants, second copied', 'User regenerates twice, switches back to the second and copies it.', (s) => {
    s.user('Git alias for a pretty one-line log?', { id: 'p1' });
    s.answer('```bash\ngit config --global alias.lg "log"\n```', { id: 'a1' });
    s.regenerate('```bash\ngit config --global alias.lg "log --oneline --graph --decorate"\n```', { id: 'a2' });
    s.regenerate('```bash\ngit log --pretty\n```', { id: 'a3' });
    s.switchTo('a2');
    s.copy('a2', { codeBlock: 0 });
    return { labels: { a1: 'rejected', a2: 'accepted', a3: 'rejected' }, pairs: [['a2', 'a1'], ['a2', 'a3']] };
  }),
  scenario('holdout-2: outdated answer corrected', 'Answer uses Python 2; user points it out; the Python 3 answer is thanked.', (s) => {
    s.user('How do I print without a newline in Python?', { id: 'p1' });
    s.answer('```python\nprint "hello",\n```', { id: 'a1' });
    s.wait(15).user("No, that's Python 2 syntax. I'm on Python 3.", { id: 'p2' });
    s.answer('```python\nprint("hello", end="")\n```', { id: 'a2' });
    s.wait(20).user('Thanks!', { id: 'p3' });
    return { labels: { a1: 'refined', a2: 'accepted' }, pairs: [['a2', 'a1']] };
  }),
  scenario('holdout-2: de Perfekt', 'German user is happy.', (s) => {
    s.user('Wie formatiere ich ein Datum in JavaScript als TT.MM.JJJJ?', { id: 'p1' });
    s.answer('```js\nnew Date().toLocaleDateString("de-DE")\n```', { id: 'a1' });
    s.wait(25).user('Perfekt!', { id: 'p2' });
    return { labels: { a1: 'accepted' } };
  }),
  scenario('holdout-2: es error, fixed, "listo, gracias"', 'Spanish user reports a TypeError, copies the fix, thanks.', (s) => {
    s.user('¿Cómo recorro las claves de un objeto en JavaScript?', { id: 'p1' });
    s.answer('```js\nobj.forEach((k) => console.log(k));\n```', { id: 'a1' });
    s.wait(40).user('Me sale este error: TypeError: obj.forEach is not a function', { id: 'p2' });
    s.answer('```js\nObject.keys(obj).forEach((k) => console.log(k));\n```', { id: 'a2' });
    s.copy('a2', { codeBlock: 0 });
    s.wait(30).user('Listo, gracias', { id: 'p3' });
    return { labels: { a1: 'refined', a2: 'accepted' }, pairs: [['a2', 'a1']] };
  }),
  scenario('holdout-2: stop, then edit the prompt', 'User stops a wrong-direction answer and rewrites the question.', (s) => {
    s.user('Explain Kubernetes.', { id: 'p1' });
    s.answer('Kubernetes, also known as K8s, was originally designed by Google and', { id: 'a1', stopped: true, seconds: 3 });
    s.editPrompt('p1', 'Explain Kubernetes pods vs deployments in two sentences.', { id: 'p2' });
    s.answer('A pod is one or more containers scheduled together. A deployment manages a set of identical pods and rolls out changes to them.', { id: 'a2' });
    s.copy('a2');
    return { labels: { a1: 'rejected', a2: 'accepted' } };
  }),
  // Relabelled for issue 12: a revision request followed by an accepted answer is a refinement
  // (test/scenarios/README.md); it was "rejected, no pair" before.
  scenario('holdout-2: make it shorter', 'User asks for a shorter version and copies it: the first is refined by it.', (s) => {
    s.user('Write a bio for my conference talk page. I am a backend engineer at a fintech.', { id: 'p1' });
    s.answer('Alex is a seasoned backend engineer with over a decade of experience... '.repeat(4), { id: 'a1' });
    s.wait(12).user('Can you make it much shorter? Two sentences.', { id: 'p2' });
    s.answer('Alex builds payment backends at a fintech. They care about boring, reliable systems.', { id: 'a2' });
    s.copy('a2');
    return { labels: { a1: 'refined', a2: 'accepted' }, pairs: [['a2', 'a1']] };
  }),
  scenario('holdout-2: thumbs up then copy', 'Both positive signals.', (s) => {
    s.user('Regex to match a hex colour like #a1b2c3?', { id: 'p1' });
    s.answer('```\n^#[0-9a-fA-F]{6}$\n```', { id: 'a1' });
    s.thumbs('a1', 'up');
    s.copy('a1', { codeBlock: 0 });
    return { labels: { a1: 'accepted' } };
  }),
  scenario('holdout-2: own edit fails', 'User modifies the answer code, pastes it back and asks why their version fails.', (s) => {
    s.user('Python: read lines of a file into a list without newlines.', { id: 'p1' });
    const code = 'with open("f.txt") as f:\n    lines = f.read().splitlines()';
    s.answer('```python\n' + code + '\n```', { id: 'a1' });
    const c = s.copy('a1', { codeBlock: 0 });
    const mine = 'with open("f.txt") as f:\n    lines = f.readlines().strip()';
    s.pasteBack(mine, { answer: 'a1', copy: c });
    s.user('Why does my version fail? ' + mine + "\nAttributeError: 'list' object has no attribute 'strip'", { id: 'p2' });
    s.answer('readlines() returns a list; strip each line instead.', { id: 'a2' });
    return { labels: { a1: 'unknown', a2: 'unknown' } };
  }),
  scenario('holdout-2: pt perfeito', 'Portuguese user confirms.', (s) => {
    s.user('Como faço um for em Bash de 1 a 10?', { id: 'p1' });
    s.answer('```bash\nfor i in {1..10}; do echo $i; done\n```', { id: 'a1' });
    s.wait(20).user('Perfeito, era isso!', { id: 'p2' });
    return { labels: { a1: 'accepted' } };
  }),
  scenario('holdout-2: zh regenerate and continue', 'Chinese user regenerates and continues from the new answer.', (s) => {
    s.user('给我一个 Python 单例模式的例子', { id: 'p1' });
    s.answer('单例就是只有一个实例。', { id: 'a1' });
    s.regenerate('```python\nclass Singleton:\n    _inst = None\n    def __new__(cls):\n        if cls._inst is None:\n            cls._inst = super().__new__(cls)\n        return cls._inst\n```', { id: 'a2' });
    s.wait(40).user('线程安全吗？', { id: 'p2' });
    s.answer('不是，需要加锁。', { id: 'a3' });
    return { labels: { a1: 'rejected', a2: 'accepted', a3: 'unknown' }, pairs: [['a2', 'a1']] };
  }),
];
