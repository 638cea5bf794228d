import { describe, expect, it } from 'vitest';
import { MAX_REMEMBERED } from './context';
import { ConversationState, type MessageState } from './state';

const message = (text: string): MessageState => ({ role: 'assistant', origin: 'live', emitted: true, lastSize: 0, lastChange: 0, stopped: false, text });

describe('the conversation state', () => {
  it('keeps the text of the newest messages only, as messages keep coming, one at a time or many at once', () => {
    const conv = new ConversationState(0, undefined);
    const add = (n: number) => {
      for (let i = 0; i < n; i++) conv.messages.set(`m${conv.messages.size}`, message(`text ${conv.messages.size}`));
      conv.forgetOldTexts();
    };
    add(1000); // a long conversation's own data, all at once
    for (let i = 0; i < 50; i++) add(1); // then one message at a time
    add(MAX_REMEMBERED - 1);
    const texts = [...conv.messages.values()].map((m) => m.text);
    const total = 1050 + MAX_REMEMBERED - 1;
    expect(texts).toHaveLength(total);
    expect(texts.slice(0, total - MAX_REMEMBERED).every((t) => t === undefined)).toBe(true);
    expect(texts.slice(total - MAX_REMEMBERED)).toEqual(Array.from({ length: MAX_REMEMBERED }, (_, i) => `text ${total - MAX_REMEMBERED + i}`));
    expect([...conv.messages.values()].every((m) => m.emitted)).toBe(true); // the state itself stays
  });
});
