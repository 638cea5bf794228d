import { scenario } from './session';

export const variantScenarios = [
  scenario('regenerate, continue from the new answer', 'User regenerates a bland slogan, continues from the second one.', (s) => {
    s.user('Slogan for a bike repair shop?', { id: 'p1' });
    s.answer('"We fix bikes."', { id: 'a1' });
    s.wait(6).regenerate('"Back in the saddle by tomorrow."', { id: 'a2' });
    s.wait(20).user('Now a shorter version for the van.', { id: 'p2' });
    s.answer('"Saddle up."', { id: 'a3' });
    return { labels: { a1: 'rejected', a2: 'accepted', a3: 'unknown' }, pairs: [['a2', 'a1']] };
  }),
  scenario('regenerate and leave', 'User regenerates once and closes the tab: nothing says the new answer was good.', (s) => {
    s.user('Name for a cat that likes boxes?', { id: 'p1' });
    s.answer('Boxy.', { id: 'a1' });
    s.wait(4).regenerate('Cardboard Kitty.', { id: 'a2' });
    return { labels: { a1: 'rejected', a2: 'unknown' } };
  }),
  scenario('regenerate twice, copy the third', 'Two regenerations, then the user copies the third SQL query.', (s) => {
    s.user('SQL to get the 5 newest orders per customer?', { id: 'p1' });
    s.answer('```sql\nSELECT * FROM orders ORDER BY created_at DESC LIMIT 5;\n```', { id: 'a1' });
    s.wait(8).regenerate('```sql\nSELECT customer_id, MAX(created_at) FROM orders GROUP BY customer_id;\n```', { id: 'a2' });
    s.wait(8).regenerate('```sql\nSELECT * FROM (\n  SELECT o.*, ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY created_at DESC) AS rn FROM orders o\n) t WHERE rn <= 5;\n```', { id: 'a3' });
    s.wait(15).copy('a3', { codeBlock: 0 });
    return { labels: { a1: 'rejected', a2: 'rejected', a3: 'accepted' }, pairs: [['a3', 'a1'], ['a3', 'a2']] };
  }),
  scenario('regenerate, go back to the first and use it', 'User regenerates, prefers the original, switches back, copies it and thanks.', (s) => {
    s.user('Git command to undo the last commit but keep the changes?', { id: 'p1' });
    s.answer('```bash\ngit reset --soft HEAD~1\n```', { id: 'a1' });
    s.wait(5).regenerate('```bash\ngit revert HEAD\n```', { id: 'a2' });
    s.switchTo('a1');
    s.copy('a1', { codeBlock: 0 });
    s.wait(30).user('Thanks!', { id: 'p2' });
    return { labels: { a1: 'accepted', a2: 'rejected' }, pairs: [['a1', 'a2']] };
  }),
  scenario('copied, then regenerated away', 'User copies the first answer, still asks for another, and continues with the second.', (s) => {
    s.user('Regex for a US ZIP code?', { id: 'p1' });
    s.answer('```\n^\\d{5}$\n```', { id: 'a1' });
    s.copy('a1', { codeBlock: 0 });
    s.wait(10).regenerate('```\n^\\d{5}(-\\d{4})?$\n```', { id: 'a2' });
    s.wait(10).copy('a2', { codeBlock: 0 });
    s.wait(20).user('How do I use it in JavaScript?', { id: 'p2' });
    s.answer('```js\n/^\\d{5}(-\\d{4})?$/.test(zip)\n```', { id: 'a3' });
    return { labels: { a1: 'rejected', a2: 'accepted', a3: 'unknown' }, pairs: [['a2', 'a1']] };
  }),
  scenario('stopped, regenerated, rated up', 'Answer goes off on a tangent, user stops it, regenerates and rates the new one up.', (s) => {
    s.user('One sentence: what is a monad?', { id: 'p1' });
    s.answer('To understand monads we first need category theory. A category consists of objects and', { id: 'a1', stopped: true, seconds: 4 });
    s.wait(2).regenerate('A monad is a type that wraps values and lets you chain computations on them with bind, handling the context (failure, state, IO) for you.', { id: 'a2' });
    s.thumbs('a2', 'up');
    return { labels: { a1: 'rejected', a2: 'accepted' }, pairs: [['a2', 'a1']] };
  }),
  scenario('browse three variants, continue from the second', 'User generates three variants, switches back to the second and builds on it.', (s) => {
    s.user('Outline for a talk on testing legacy code.', { id: 'p1' });
    s.answer('1. Intro 2. Testing 3. End', { id: 'a1' });
    s.wait(10).regenerate('1. Why legacy code resists tests\n2. Characterisation tests\n3. Seams and sprouts\n4. A worked example\n5. Takeaways', { id: 'a2' });
    s.wait(15).regenerate('1. History of testing\n2. Unit tests\n3. Conclusion', { id: 'a3' });
    s.wait(10).switchTo('a2');
    s.wait(40).user('Expand point 3 into speaker notes.', { id: 'p2' });
    s.answer('Seams are places where you can alter behaviour without editing in that place...', { id: 'a4' });
    return { labels: { a1: 'rejected', a2: 'accepted', a3: 'rejected', a4: 'unknown' }, pairs: [['a2', 'a1'], ['a2', 'a3']] };
  }),
  scenario('browse variants, no decision', 'User regenerates, flips between the two and leaves without using either.', (s) => {
    s.user('Haiku about autumn rain?', { id: 'p1' });
    s.answer('Cold rain on the roof / leaves let go of the branches / the gutter hums low', { id: 'a1' });
    s.wait(5).regenerate('Grey threads from the sky / stitching puddles to the street / umbrellas bloom late', { id: 'a2' });
    s.switchTo('a1');
    s.switchTo('a2');
    return { labels: { a1: 'rejected', a2: 'unknown' } };
  }),
  scenario('context follows the branch taken', 'Second answer regenerated; user returns to the original second answer and continues from it, then copies the code.', (s) => {
    s.user('I have a Flask app. How do I add a /health endpoint?', { id: 'p1' });
    s.answer('```python\n@app.get("/health")\ndef health():\n    return {"ok": True}\n```', { id: 'a1' });
    s.wait(20).user('How do I make it check the database too?', { id: 'p2' });
    s.answer('```python\n@app.get("/health")\ndef health():\n    db.session.execute(text("SELECT 1"))\n    return {"ok": True}\n```', { id: 'a2' });
    s.wait(5).regenerate('You could use a third-party health check library such as flask-healthz.', { id: 'a3' });
    s.switchTo('a2');
    s.wait(30).user('And return 503 when the query fails?', { id: 'p3' });
    s.answer('```python\n@app.get("/health")\ndef health():\n    try:\n        db.session.execute(text("SELECT 1"))\n    except Exception:\n        return {"ok": False}, 503\n    return {"ok": True}\n```', { id: 'a4' });
    s.wait(10).copy('a4', { codeBlock: 0 });
    return { labels: { a1: 'accepted', a2: 'accepted', a3: 'rejected', a4: 'accepted' }, pairs: [['a2', 'a3']] };
  }),
  scenario('edit prompt right after the answer', 'User sees the answer missed a requirement, edits the prompt, copies the new answer.', (s) => {
    s.user('Regex for email addresses?', { id: 'p1' });
    s.answer('```\n^[a-z]+@[a-z]+\\.[a-z]+$\n```', { id: 'a1' });
    s.editPrompt('p1', 'Regex for email addresses, allowing plus addressing and subdomains?', { id: 'p2' });
    s.answer('```\n^[\\w.+-]+@([\\w-]+\\.)+[\\w-]{2,}$\n```', { id: 'a2' });
    s.wait(10).copy('a2', { codeBlock: 0 });
    return { labels: { a1: 'rejected', a2: 'accepted' } };
  }),
  scenario('edit first prompt after a long continuation', 'User built on the first answer for a while, then went back and asked a different first question.', (s) => {
    s.user('Plan a 3-day trip to Lisbon.', { id: 'p1' });
    s.answer('Day 1: Alfama and the castle. Day 2: Belém. Day 3: Sintra.', { id: 'a1' });
    s.wait(40).user('Which restaurants near Alfama?', { id: 'p2' });
    s.answer('Try Taberna da Rua das Flores or Prado.', { id: 'a2' });
    s.wait(200).editPrompt('p1', 'Plan a 3-day trip to Porto.', { id: 'p3' });
    s.answer('Day 1: Ribeira. Day 2: port cellars in Gaia. Day 3: Douro valley.', { id: 'a3' });
    return { labels: { a1: 'unknown', a2: 'unknown', a3: 'unknown' } };
  }),
  scenario('edit, then back to the original prompt', 'User edits the prompt, dislikes the result, switches back to the original prompt and continues there.', (s) => {
    s.user('Summarise the plot of Hamlet in 3 sentences.', { id: 'p1' });
    s.answer('Prince Hamlet learns from his father\'s ghost that his uncle murdered the king. He feigns madness while plotting revenge. The play ends with nearly everyone dead, Hamlet included.', { id: 'a1' });
    s.editPrompt('p1', 'Summarise the plot of Hamlet in 3 sentences, for a 10-year-old.', { id: 'p2' });
    s.answer('Hamlet is a sad prince. His uncle did something bad. Then lots of people get hurt.', { id: 'a2' });
    s.switchTo('p1');
    s.wait(20).user('Thanks, that works. Now the same for Macbeth.', { id: 'p3', after: 'a1' });
    return { labels: { a1: 'accepted', a2: 'rejected' } };
  }),
  scenario('regenerate, then edit the prompt', 'Neither variant helps; user rewrites the question and copies the new answer.', (s) => {
    s.user('How do I center a div?', { id: 'p1' });
    s.answer('Use <center>.', { id: 'a1' });
    s.wait(5).regenerate('Use margin: auto on a block element with a width.', { id: 'a2' });
    s.editPrompt('p1', 'How do I center a div both horizontally and vertically inside the viewport?', { id: 'p2' });
    s.answer('```css\nbody { min-height: 100vh; display: grid; place-items: center; }\n```', { id: 'a3' });
    s.wait(10).copy('a3', { codeBlock: 0 });
    return { labels: { a1: 'rejected', a2: 'rejected', a3: 'accepted' } };
  }),
  scenario('stop and clarify', 'User stops a Python answer and says they meant Rust; copies the Rust answer.', (s) => {
    s.user('How do I parse JSON?', { id: 'p1' });
    s.answer('In Python you can use the json module:\n```python\nimport json\n', { id: 'a1', stopped: true, seconds: 3 });
    s.wait(2).user('No, I meant in Rust', { id: 'p2' });
    s.answer('Use serde_json:\n```rust\nlet v: serde_json::Value = serde_json::from_str(data)?;\n```', { id: 'a2' });
    s.wait(10).copy('a2', { codeBlock: 0 });
    return { labels: { a1: 'rejected', a2: 'accepted' } };
  }),
  scenario('stopped once the code was there, then copied', 'User stops a long-winded answer after the code appeared and copies the code.', (s) => {
    s.user('Python: flatten a list of lists.', { id: 'p1' });
    s.answer('```python\nflat = [x for sub in lists for x in sub]\n```\nThere are several other ways. First, itertools.chain can be used, which', { id: 'a1', stopped: true });
    s.wait(3).copy('a1', { codeBlock: 0 });
    return { labels: { a1: 'accepted' } };
  }),
  scenario('stopped and left', 'User stops generation and does nothing else.', (s) => {
    s.user('Write a 2000-word essay on the history of tea.', { id: 'p1' });
    s.answer('Tea has a long history that begins in ancient China, where legend says', { id: 'a1', stopped: true, seconds: 5 });
    return { labels: { a1: 'rejected' } };
  }),
];
