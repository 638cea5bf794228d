// The families of labelling error issue 12 found on independent sessions, each as the behaviour a user of the
// labels would notice.
import { describe, expect, it } from 'vitest';
import { Session } from '../../../test/scenarios/session';
import type { CaptureEvent } from '../events';
import { buildSamples } from '../samples';
import { labelEvents } from './label-events';

const byId = (events: CaptureEvent[]) => new Map(labelEvents(events).map((l) => [l.messageId, l]));

describe('labelling families', () => {
  it('credits a paste-back to the answer it was copied from: the other answer gets no edit and no pair', () => {
    const s = new Session('prov');
    const code = 'def mean(xs):\n    return sum(xs) / len(xs)';
    s.user('Python mean function', { id: 'p1' });
    s.answer('```python\n' + code + '\n```', { id: 'a1' });
    s.wait(20).user('handle the empty list too', { id: 'p2' });
    const v2 = 'def mean(xs):\n    if not xs:\n        return 0\n    return sum(xs) / len(xs)';
    s.answer('```python\n' + v2 + '\n```', { id: 'a2' });
    const c = s.copy('a2', { codeBlock: 0 });
    s.pasteBack(v2.replace('return 0', 'return None'), { answer: 'a2', copy: c });
    s.user(`I'll use None:\n${v2.replace('return 0', 'return None')}`, { id: 'p3' });
    const labels = byId(s.events);
    expect(labels.get('a2')).toMatchObject({ label: 'refined', target: expect.stringContaining('return None') });
    expect(labels.get('a1')!.evidence.map((e) => e.rule)).not.toContain('paste_edit');
    const { preference } = buildSamples(s.events, [...labels.values()]);
    expect(preference.map((p) => p.meta.rejectedMessageId)).not.toContain('a1');
  });

  it('does not take one identifier selected inside a code block as an acceptance', () => {
    const s = new Session('ident');
    s.user('Run tasks concurrently in asyncio.', { id: 'p1' });
    s.answer('```python\nresults = await asyncio.gather(fetch(1), fetch(2))\n```', { id: 'a1' });
    s.copy('a1', { codeBlock: 0, text: 'gather' });
    expect(byId(s.events).get('a1')!.label).toBe('unknown');
    const t = new Session('lines');
    t.user('nginx: redirect http to https.', { id: 'p1' });
    t.answer('```nginx\nserver {\n    listen 80;\n    return 301 https://$host$request_uri;\n}\n```', { id: 'a1' });
    t.copy('a1', { codeBlock: 0, text: 'listen 80;\n    return 301 https://$host$request_uri;' });
    expect(byId(t.events).get('a1')!.label).toBe('accepted');
  });

  it('reads an exception name in code the user pasted as code, not as an error report', () => {
    const s = new Session('own-code');
    s.user('Validate an email in TypeScript?', { id: 'p1' });
    s.answer('```ts\nconst isEmail = (s: string) => /^[^@]+@[^@]+$/.test(s);\n```', { id: 'a1' });
    s.copy('a1', { codeBlock: 0 });
    const mine = 'class User {\n  constructor(readonly email: string) {\n    if (!isEmail(email)) throw new TypeError(`invalid email: ${email}`);\n  }\n}';
    s.paste(mine);
    s.user(`Thanks, works. I use it in:\n${mine}`, { id: 'p2' });
    expect(byId(s.events).get('a1')!.label).toBe('accepted');
  });

  it('reads a compiler diagnostic after copying as a failure', () => {
    const s = new Session('rustc');
    s.user('Remove empty strings from a Vec<String> in Rust.', { id: 'p1' });
    s.answer('```rust\nfor (i, s) in v.iter().enumerate() { if s.is_empty() { v.remove(i); } }\n```', { id: 'a1' });
    s.copy('a1', { codeBlock: 0 });
    s.wait(60).user('error[E0502]: cannot borrow `v` as mutable because it is also borrowed as immutable\n --> src/lib.rs:3:27', { id: 'p2' });
    expect(byId(s.events).get('a1')).toMatchObject({ label: 'rejected' });
  });

  it('turns a weak correction followed by an accepted answer into a refined pair, less confident than after a failure', () => {
    const weak = new Session('weak');
    weak.user('List .txt files in Python.', { id: 'p1' });
    weak.answer('```python\nfiles = [f for f in os.listdir(d) if f.endswith(".txt")]\n```', { id: 'a1' });
    weak.wait(12).user('nope, use pathlib instead', { id: 'p2' });
    weak.answer('```python\nfiles = list(Path(d).glob("*.txt"))\n```', { id: 'a2' });
    weak.copy('a2', { codeBlock: 0 });
    const failed = new Session('failed');
    failed.user('List .txt files in Python.', { id: 'p1' });
    failed.answer('```python\nfiles = os.glob("*.txt")\n```', { id: 'a1' });
    failed.wait(30).user("AttributeError: module 'os' has no attribute 'glob'", { id: 'p2' });
    failed.answer('```python\nfiles = list(Path(d).glob("*.txt"))\n```', { id: 'a2' });
    failed.copy('a2', { codeBlock: 0 });
    const w = byId(weak.events).get('a1')!;
    const f = byId(failed.events).get('a1')!;
    expect(w).toMatchObject({ label: 'refined', targetMessageId: 'a2' });
    expect(f).toMatchObject({ label: 'refined', targetMessageId: 'a2' });
    expect(w.confidence).toBeGreaterThanOrEqual(0.5);
    expect(w.confidence).toBeLessThan(f.confidence);
    expect(buildSamples(weak.events, labelEvents(weak.events)).preference.map((p) => p.meta.pairKind)).toContain('refined_vs_original');
  });

  it('makes no pair between answers equal up to whitespace', () => {
    const s = new Session('space');
    s.user('Count files in a folder?', { id: 'p1' });
    s.answer('```bash\nls -1 | wc -l\n```', { id: 'a1' });
    s.regenerate('```bash\nls -1 | wc -l\n\n```\n', { id: 'a2' });
    s.copy('a2', { codeBlock: 0 });
    const labels = labelEvents(s.events);
    expect(labels.find((l) => l.messageId === 'a1')!.label).toBe('rejected');
    expect(buildSamples(s.events, labels).preference).toEqual([]);
  });

  it('never labels loaded history from follow-ups nobody saw, but reads the site\'s branches and live reactions', () => {
    const s = new Session('hist');
    s.history(() => {
      s.user('What is a monad?', { id: 'p1' });
      s.answer('A monad chains computations with context.', { id: 'a1' });
      s.user('Thanks, great explanation!', { id: 'p2' });
      s.answer('You are welcome!', { id: 'a2' });
      s.user('Name for a cat cafe?', { id: 'p3' });
      s.answer('"Purrfect Brew"', { id: 'a3' });
      s.regenerate('"The Whisker Cup"', { id: 'a4' });
      s.user('Nice, a slogan for it?', { id: 'p4' });
      s.answer('"Coffee with claws off."', { id: 'a5' });
    });
    s.events.splice(0, s.events.length, ...s.events.filter((e) => e.kind !== 'regenerate'));
    s.wait(30).user("That doesn't rhyme and it's too long.", { id: 'p5', after: 'a5' });
    const labels = byId(s.events);
    expect(labels.get('a1')!.label).toBe('unknown');
    expect(labels.get('a3')).toMatchObject({ label: 'rejected', vetoed: true });
    expect(labels.get('a4')!.label).toBe('accepted');
    expect(labels.get('a5')!.label).toBe('rejected');
  });

  it('rejects the last answer of a chat when the user asks the same in a new chat right after', () => {
    const s = new Session('first');
    s.user('can you program in ntsl language?', { id: 'p1' });
    s.answer('I am not familiar with NTSL.', { id: 'a1' });
    s.wait(30).newChat('second');
    s.user('can you program in the ntsl language of nelogica?', { id: 'p2' });
    s.answer('Yes, NTSL is the scripting language of Profit.', { id: 'a2' });
    expect(byId(s.events).get('a1')).toMatchObject({ label: 'rejected', evidence: [expect.objectContaining({ rule: 'new_chat_rephrase' })] });
    const late = new Session('late');
    late.user('can you program in ntsl language?', { id: 'p1' });
    late.answer('I am not familiar with NTSL.', { id: 'a1' });
    late.wait(3600).newChat('later');
    late.user('can you program in the ntsl language of nelogica?', { id: 'p2' });
    expect(byId(late.events).get('a1')!.label).toBe('unknown');
  });
});
