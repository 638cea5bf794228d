// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { ChatPage, type Running, startEngine, useEngineTimers } from '../../../test/support/chat-page';

let page: ChatPage;
let run: Running;
const CONVERSATION = '6a1f0c2e-conv-0001';

/** The `mapping` shape the ChatGPT page downloads: a root, a prompt, two regenerated answers. */
function mapping(conversationId: string, createTime: number) {
  const msg = (id: string, role: string, text: string, t: number) => ({
    id,
    author: { role },
    content: { content_type: 'text', parts: [text] },
    create_time: t,
    ...(role === 'assistant' ? { recipient: 'all', metadata: { model_slug: 'gpt-4o' } } : {}),
  });
  return {
    conversation_id: conversationId,
    current_node: 'a2',
    mapping: {
      root: { id: 'root', parent: null, children: ['u1'], message: null },
      u1: { id: 'u1', parent: 'root', children: ['a1', 'a2'], message: msg('u1', 'user', 'question', 1_764_400_000) },
      a1: { id: 'a1', parent: 'u1', children: [], message: msg('a1', 'assistant', 'first answer', 1_764_400_010) },
      a2: { id: 'a2', parent: 'u1', children: [], message: msg('a2', 'assistant', 'second answer', createTime) },
    },
  };
}
const url = (id: string) => new URL(`https://chatgpt.com/backend-api/conversation/${id}`);

useEngineTimers();
beforeEach(() => {
  page = new ChatPage();
});

describe('the site\'s own conversation data', () => {
  it('records every branch as history with the ids the DOM path uses, so the DOM adds no second record', async () => {
    run = startEngine(page);
    run.engine.onPageData(url(CONVERSATION), mapping(CONVERSATION, 1_764_400_020));
    expect(run.events.map((e) => e.id)).toEqual([
      `prompt:chatgpt:${CONVERSATION}:u1`,
      `response:chatgpt:${CONVERSATION}:a1`,
      `response:chatgpt:${CONVERSATION}:a2`,
    ]);
    const createdAt = new Date(1_764_400_020_000).toISOString();
    expect(run.of('response')[1]).toMatchObject({ parentId: 'u1', variantIndex: 2, variantCount: 2, origin: 'history', createdAt });
    page.add('user', 'u1', 'question');
    page.add('assistant', 'a2', 'second answer', { variant: [2, 2] });
    await run.advance(2000);
    expect(run.events).toHaveLength(3);
  });

  it('keeps a message whose timestamp does not read as a time (a unit change), without the time', () => {
    run = startEngine(page);
    run.engine.onPageData(url(CONVERSATION), mapping(CONVERSATION, 1_764_400_020_000_000)); // microseconds
    const a2 = run.of('response').find((e) => e.messageId === 'a2');
    expect(a2).toMatchObject({ text: 'second answer' });
    expect(a2!.createdAt).toBeUndefined();
  });

  it('files another conversation\'s data under that conversation, leaving the one on screen to the DOM', async () => {
    run = startEngine(page);
    run.engine.onPageData(url('0f0f0f0f-other'), mapping('0f0f0f0f-other', 1_764_400_020));
    expect(new Set(run.events.map((e) => e.conversationId))).toEqual(new Set(['0f0f0f0f-other']));
    page.add('user', 'u1', 'question');
    await run.advance(2000);
    expect(run.of('prompt').map((e) => e.conversationId)).toEqual(['0f0f0f0f-other', CONVERSATION]);
  });

  it('stores nothing while paused', () => {
    run = startEngine(page, { paused: () => true });
    run.engine.onPageData(url(CONVERSATION), mapping(CONVERSATION, 1_764_400_020));
    expect(run.events).toEqual([]);
  });
});
