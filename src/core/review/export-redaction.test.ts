import { describe, expect, it } from 'vitest';
import type { CaptureEvent, EventOf } from '../events';
import { makeEvent, resetTestClock } from '../../../test/support/make-event';
import { conversationRedactor, redactEvent } from './decisions';
import { extraTexts } from './event-text-fields';
import { redactAllForExport, redactAndReview, reviewAllSpans } from './export-redaction';

function conversation(): CaptureEvent[] {
  resetTestClock();
  return [
    makeEvent('prompt', {
      messageId: 'u1',
      text: 'Write to ann@corp.io about the invoice',
      attachments: [{ kind: 'pasted-text', name: 'notes from ann@corp.io', text: 'call +44 20 7946 0958, key AKIAZ7QK3NB2XHTR4M6P' }],
    }),
    makeEvent('response', {
      messageId: 'a1',
      parentId: 'u1',
      text: 'Draft for ann@corp.io ready.',
      codeBlocks: [],
      complete: 'finished',
      reasoning: 'The user wants a mail to ann@corp.io; phone +44 20 7946 0958 is in the notes.',
      artifacts: [{ kind: 'document', title: 'Mail to ann@corp.io', text: 'Hi, my IBAN is GB33 BUKB 2020 1555 5555 55.' }],
    }),
  ];
}

const prompt = (events: CaptureEvent[]) => events[0] as EventOf<'prompt'>;
const answer = (events: CaptureEvent[]) => events[1] as EventOf<'response'>;

describe('the export redaction over every captured text field', () => {
  it('redacts attachments, reasoning and artifacts with the same tokens as the prompt and answer', () => {
    const out = redactAllForExport(conversation(), { level: 'standard' }).events;
    expect(out.map((e) => e.id)).toEqual(conversation().map((e) => e.id));
    expect(prompt(out).text).toBe('Write to <EMAIL_1> about the invoice');
    const attachment = { kind: 'pasted-text', name: 'notes from <EMAIL_1>', text: 'call <PHONE_1>, key <API_KEY_1>' };
    expect(prompt(out).attachments).toEqual([attachment]);
    expect(answer(out).reasoning).toBe('The user wants a mail to <EMAIL_1>; phone <PHONE_1> is in the notes.');
    expect(answer(out).artifacts).toEqual([{ kind: 'document', title: 'Mail to <EMAIL_1>', text: 'Hi, my IBAN is <IBAN_1>.' }]);
    expect(JSON.stringify(out)).not.toMatch(/ann@corp|7946|AKIA|BUKB/);
  });

  it('lists the spans of those fields under their own event and field, with the tokens the export writes', () => {
    const spans = reviewAllSpans(conversation(), { level: 'standard' });
    const where = spans.map((s) => `${s.eventId.split(':')[0]} ${s.field} ${s.replacement} ${s.value}`);
    expect(where).toEqual([
      'prompt text <EMAIL_1> ann@corp.io',
      'prompt attachments.0.name <EMAIL_1> ann@corp.io',
      'prompt attachments.0.text <PHONE_1> +44 20 7946 0958',
      'prompt attachments.0.text <API_KEY_1> AKIAZ7QK3NB2XHTR4M6P',
      'response text <EMAIL_1> ann@corp.io',
      'response reasoning <EMAIL_1> ann@corp.io',
      'response reasoning <PHONE_1> +44 20 7946 0958',
      'response artifacts.0.title <EMAIL_1> ann@corp.io',
      'response artifacts.0.text <IBAN_1> GB33 BUKB 2020 1555 5555 55',
    ]);
    for (const s of spans) {
      const event = conversation().find((e) => e.id === s.eventId) as EventOf<'prompt'>;
      const text = s.field === 'text' ? event.text : extraTexts(event).find((x) => x.field === s.field)!.text;
      expect(text.slice(s.start, s.end)).toBe(s.value);
    }
  });

  it('keeps what the person kept everywhere, and one engine run gives the same events and spans as two', () => {
    const options = { level: 'standard' as const, keep: ['ann@corp.io'], add: [{ value: 'invoice', kind: 'secret' as const }] };
    const both = redactAndReview(conversation(), options);
    expect(both.events).toEqual(redactAllForExport(conversation(), options).events);
    expect(both.spans).toEqual(reviewAllSpans(conversation(), options));
    expect(prompt(both.events).text).toBe('Write to ann@corp.io about the <SECRET_1>');
    expect(answer(both.events).artifacts![0]!.title).toBe('Mail to ann@corp.io');
    expect(both.spans.some((s) => s.value === 'ann@corp.io')).toBe(false);
  });

  it("applies the person's own redactions to those fields when the rules are off", () => {
    const redact = conversationRedactor([{ value: 'ann@corp.io', kind: 'email' }]);
    const out = conversation().map((e) => redactEvent(e, redact));
    expect(JSON.stringify(out)).not.toContain('ann@corp.io');
    expect(answer(out).reasoning).toContain('<EMAIL_1>');
  });
});
