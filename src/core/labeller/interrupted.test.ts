// An answer cut off because the page went away mid-stream (issue 18) is not a judgement by the user and not the
// whole answer: it is never a training target and never counted as rejected.
import { describe, expect, it } from 'vitest';
import { Session } from '../../../test/scenarios/session';
import { buildSamples } from '../samples';
import { labelEvents } from './label-events';

describe('an interrupted answer', () => {
  it('is labelled unknown with the reason, even when copied, and no sample trains or rejects it', () => {
    const s = new Session('cut');
    s.user('Write a haiku about tides.', { id: 'p1' });
    s.answer('Moon pulls the water', { id: 'a1', interrupted: true });
    s.copy('a1');
    const labels = labelEvents(s.events);
    expect(labels).toHaveLength(1);
    expect(labels[0]).toMatchObject({ label: 'unknown', evidence: [expect.objectContaining({ rule: 'interrupted' })] });
    const samples = buildSamples(s.events, labels);
    expect(samples.sft).toHaveLength(0);
    expect(samples.kto).toHaveLength(0);
    expect(samples.preference).toHaveLength(0);
  });

  it('is not a stop: the same answer stopped by the user is rejected', () => {
    const s = new Session('stop');
    s.user('Write a haiku about tides.', { id: 'p1' });
    s.answer('Moon pulls the water', { id: 'a1', stopped: true });
    expect(labelEvents(s.events)[0]!.label).toBe('rejected');
  });
});
