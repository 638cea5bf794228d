import { describe, expect, it } from 'vitest';
import { ConversationExits } from './navigation';

/** A window whose Navigation API the test drives. */
function setup(current: string | null, withNavigation = true) {
  const navigation = new EventTarget();
  const win = (withNavigation ? { navigation } : {}) as unknown as Window;
  let left = 0;
  const lifetime = new AbortController();
  new ConversationExits({
    win,
    conversationOf: (url) => /^\/c\/([\w-]+)/.exec(url.pathname)?.[1] ?? null,
    current: () => current,
    leaving: () => left++,
  }).init(lifetime.signal);
  const navigate = (url: string) => navigation.dispatchEvent(Object.assign(new Event('navigate'), { destination: { url } }));
  return { navigate, left: () => left, lifetime };
}

describe('leaving a conversation inside the page', () => {
  it('finishes the conversation on screen before the router opens another one', () => {
    const s = setup('aaa');
    s.navigate('https://chatgpt.com/c/bbb');
    expect(s.left()).toBe(1);
    s.navigate('https://chatgpt.com/');
    expect(s.left()).toBe(2);
  });

  it('ignores navigations that stay in the conversation, and a new chat being named', () => {
    expect((() => { const s = setup('aaa'); s.navigate('https://chatgpt.com/c/aaa?model=x'); return s.left(); })()).toBe(0);
    expect((() => { const s = setup(null); s.navigate('https://chatgpt.com/c/new-id'); return s.left(); })()).toBe(0);
  });

  it('stops listening when its signal aborts, and does without the Navigation API', () => {
    const s = setup('aaa');
    s.lifetime.abort();
    s.navigate('https://chatgpt.com/c/bbb');
    expect(s.left()).toBe(0);
    expect(() => setup('aaa', false)).not.toThrow();
  });
});
