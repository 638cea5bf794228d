import { describe, expect, it } from 'vitest';
import { Session } from '../../../test/scenarios/session';
import type { CaptureEvent } from '../events';
import { buildSamples } from '../samples';
import { labelEvents } from './label-events';
import { LABEL_RULES_VERSION } from './rules';

const byId = (events: CaptureEvent[], rules: unknown = {}) => new Map(labelEvents(events, rules).map((l) => [l.messageId, l]));

function regeneratedAfterThumbsUp() {
  const s = new Session('regen');
  s.user('Tagline for a bakery?', { id: 'p1' });
  s.answer('"Fresh every morning."', { id: 'a1' });
  s.thumbs('a1', 'up');
  s.copy('a1');
  s.regenerate('"Baked before you wake."', { id: 'a2' });
  s.wait(20).user('Great, now one for the cafe.', { id: 'p2' });
  return s.events;
}

describe('labelEvents', () => {
  it('never makes a regenerated-away answer an SFT target, even one the user had rated up and copied', () => {
    const events = regeneratedAfterThumbsUp();
    const labels = byId(events);
    expect(labels.get('a1')).toMatchObject({ label: 'rejected', vetoed: true });
    expect(labels.get('a2')!.label).toBe('accepted');
    for (const minConfidence of [0, 0.5]) {
      const { sft, kto } = buildSamples(events, [...labels.values()], { minConfidence, labels: ['accepted', 'refined', 'unknown'] });
      expect(sft.map((x) => x.meta.messageIds[0])).not.toContain('a1');
      expect(kto.filter((x) => x.label).map((x) => x.meta.messageIds[0])).not.toContain('a1');
    }
  });

  it('credits the variant the user kept and cites the regenerate event', () => {
    const s = new Session('kept');
    s.user('Slogan?', { id: 'p1' });
    s.answer('"We fix bikes."', { id: 'a1' });
    s.regenerate('"Back in the saddle."', { id: 'a2' });
    s.wait(30).copy('a2');
    const labels = byId(s.events);
    expect(labels.get('a1')).toMatchObject({ label: 'rejected', evidence: [expect.objectContaining({ rule: 'regenerate', eventIds: expect.arrayContaining(['regenerate:a2']) })] });
    expect(labels.get('a2')!.label).toBe('accepted');
  });

  it('labels a paste-back with edits as refined, with the edited code spliced into the answer as target', () => {
    const s = new Session('paste');
    s.user('Debounce in JS?', { id: 'p1' });
    s.answer('Here:\n```js\nfunction debounce(fn, ms) {\n  let t;\n  return (...args) => {\n    clearTimeout(t);\n    t = setTimeout(() => fn(args), ms);\n  };\n}\n```\nDone.', { id: 'a1' });
    const c = s.copy('a1', { codeBlock: 0 });
    s.pasteBack('function debounce(fn, ms) {\n  let t;\n  return (...args) => {\n    clearTimeout(t);\n    t = setTimeout(() => fn(...args), ms);\n  };\n}\n', { answer: 'a1', copy: c });
    s.user('This works: setTimeout(() => fn(...args), ms);', { id: 'p2' });
    const a1 = byId(s.events).get('a1')!;
    expect(a1.label).toBe('refined');
    expect(a1.target).toBe('Here:\n```js\nfunction debounce(fn, ms) {\n  let t;\n  return (...args) => {\n    clearTimeout(t);\n    t = setTimeout(() => fn(...args), ms);\n  };\n}\n```\nDone.');
    expect(a1.evidence.map((e) => e.rule)).toContain('paste_edit');
  });

  it('rejects an answer that was copied and then reported failing with a traceback', () => {
    const s = new Session('trace');
    s.user('Parse dates?', { id: 'p1' });
    s.answer('```python\npd.to_datetime(df["Date"])\n```', { id: 'a1' });
    s.copy('a1', { codeBlock: 0 });
    s.wait(60).user("Traceback (most recent call last):\n  File \"m.py\", line 3\nKeyError: 'Date'", { id: 'p2' });
    expect(byId(s.events).get('a1')).toMatchObject({ label: 'rejected' });
  });

  it('lets an explicit thumbs down beat a copy and a neutral follow-up', () => {
    const s = new Session('thumbs');
    s.user('Q?', { id: 'p1' });
    s.answer('A.', { id: 'a1' });
    s.copy('a1');
    s.thumbs('a1', 'down');
    s.user('Next question', { id: 'p2' });
    expect(byId(s.events).get('a1')).toMatchObject({ label: 'rejected', confidence: 0.92 });
  });

  it('labels each conversation of a mixed log on its own, once per answer despite duplicate records', () => {
    const a = new Session('conv-a');
    a.user('Q?', { id: 'p1' });
    a.answer('A.', { id: 'a1' });
    a.thumbs('a1', 'up');
    const b = new Session('conv-b');
    b.user('Q?', { id: 'p1' });
    b.answer('B.', { id: 'a1' });
    b.thumbs('a1', 'down');
    const log = [...a.events, ...b.events, ...a.events.map((e) => ({ ...e, origin: 'history' as const }))];
    const labels = labelEvents(log);
    expect(labels.map((l) => [l.conversationKey, l.label]).sort()).toEqual([
      ['chatgpt:conv-a', 'accepted'],
      ['chatgpt:conv-b', 'rejected'],
    ]);
  });

  it('infers the branch when parentIds are missing', () => {
    const s = new Session('no-parents');
    s.user('Q1', { id: 'p1' });
    s.answer('A1', { id: 'a1' });
    s.wait(30).user('That is wrong.', { id: 'p2' });
    const stripped = s.events.map((e) => {
      if (e.kind !== 'prompt' && e.kind !== 'response') return e;
      const { parentId: _drop, ...rest } = e;
      return rest;
    }).filter((e) => e.kind !== 'followup');
    expect(byId(stripped).get('a1')!.label).toBe('rejected');
  });

  it('orders events by time even when timestamps have mixed precision', () => {
    const s = new Session('precision');
    s.user('Q', { id: 'p1' });
    s.answer('A', { id: 'a1' });
    s.thumbs('a1', 'up');
    s.thumbs('a1', 'down');
    const [up, down] = s.events.filter((e) => e.kind === 'feedback');
    // Same second: "…:00Z" sorts after "…:00.500Z" as a string, though it is earlier.
    up!.ts = '2026-11-20T10:00:00Z';
    down!.ts = '2026-11-20T10:00:00.500Z';
    expect(byId([...s.events].reverse()).get('a1')!.label).toBe('rejected');
  });

  it('takes threshold overrides from a rules object and rejects unknown settings', () => {
    const s = new Session('override');
    s.user('Explain.', { id: 'p1' });
    s.answer('word '.repeat(20), { id: 'a1' });
    s.copy('a1', { text: 'word '.repeat(6) });
    expect(byId(s.events).get('a1')!.label).toBe('accepted');
    expect(byId(s.events, { copy: { minShare: 0.5 } }).get('a1')!.label).toBe('unknown');
    expect(() => labelEvents(s.events, { copy: { minShare: '0.5' } })).toThrow(/rules.copy.minShare: expected number/);
    expect(() => labelEvents(s.events, { copy: { minshare: 0.5 } })).toThrow(/unknown rule setting/);
  });

  it('gives every label a confidence in [0, 1], the rules version and evidence that points at real events', () => {
    const events = regeneratedAfterThumbsUp();
    const ids = new Set(events.map((e) => e.id));
    for (const l of labelEvents(events)) {
      expect(l.rulesVersion).toBe(LABEL_RULES_VERSION);
      expect(l.confidence).toBeGreaterThanOrEqual(0);
      expect(l.confidence).toBeLessThanOrEqual(1);
      for (const e of l.evidence) for (const id of e.eventIds) expect(ids).toContain(id);
    }
  });
});
