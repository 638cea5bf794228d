// @vitest-environment happy-dom
// Artifact cards a page draws beside the answer's element, outside every turn: each is recorded with the answer of
// its own exchange (never the previous or next one's), and never as answer text.
import { describe, expect, it } from 'vitest';
import { ChatPage, type Running, startEngine, useEngineTimers } from '../../../test/support/chat-page';
import { chatgpt } from '../sites/chatgpt';
import { perplexity } from '../sites/perplexity';
import type { SiteAdapter } from '../sites/types';

let run: Running | undefined;

useEngineTimers();

/** ChatGPT's turns, with document cards drawn between the turns (as a site with an outside card layout would). */
const withCardsBeside: SiteAdapter = {
  ...chatgpt,
  artifacts: {
    beside: '.doc-card',
    read: (card) => ({ kind: 'document', title: card.querySelector('h3')?.textContent ?? undefined, content: card.querySelector('.body') }),
  },
};

function card(title: string, body: string): string {
  return `<div class="doc-card"><h3>${title}</h3><div class="body"><p>${body}</p></div></div>`;
}

describe('artifact cards beside the answer', () => {
  it('gives each card outside the turns to the answer of its exchange, before or after the answer’s element', async () => {
    const page = new ChatPage();
    page.add('user', 'u1', 'Plan a trip');
    page.thread.insertAdjacentHTML('beforeend', card('Itinerary', 'Day 1: the old town.'));
    page.add('assistant', 'a1', 'The itinerary is in the card.');
    page.add('user', 'u2', 'And a packing list');
    page.add('assistant', 'a2', 'Here is the list.');
    page.thread.insertAdjacentHTML('beforeend', card('Packing list', 'Boots, a raincoat.'));
    page.add('user', 'u3', 'One more report');
    page.thread.insertAdjacentHTML('beforeend', card('Pending report', 'Not the answer of any turn yet.'));
    run = startEngine(page, { adapter: withCardsBeside });
    await run.advance(2000);
    const answers = run.of('response');
    expect(answers.map((a) => [a.messageId, a.text, a.artifacts])).toEqual([
      ['a1', 'The itinerary is in the card.', [{ kind: 'document', title: 'Itinerary', text: 'Day 1: the old town.' }]],
      ['a2', 'Here is the list.', [{ kind: 'document', title: 'Packing list', text: 'Boots, a raincoat.' }]],
    ]);
  });

  // (happy-dom does not match Perplexity's query selectors, so only the answers are checked here; the real-page e2e
  // checks the prompts on the saved page.)
  it('records a Perplexity Deep Research report card with the answer of its entry, in any UI language', async () => {
    const page = new ChatPage(document, '/search/pplx-report-6a5e0000');
    const entry = (n: number, query: string, title: string, report: string, answer: string) =>
      `<div class="bg-base"><div class="relative z-10"><h1 class="group/query relative"><span class="select-text">${query}</span></h1></div>` +
      `<div class="gap-y-lg flex flex-col"><div class="flex flex-col gap-3"><div class="bg-raised overflow-hidden border rounded-lg">` +
      `<div class="flex items-center"><svg role="img"><use xlink:href="#pplx-icon-telescope"></use></svg>` +
      `<span class="truncate text-sm">${title}</span><button><span class="truncate">내보내기</span></button>` +
      `<button aria-label="내용 복사"><svg role="img"><use xlink:href="#pplx-icon-copy"></use></svg></button></div>` +
      `<div class="relative"><div class="px-4 prose dark:prose-invert max-w-none text-sm"><h1>${title}</h1><p>${report}</p></div></div>` +
      `</div></div><div><div id="markdown-content-${n}"><div class="prose dark:prose-invert inline"><p>${answer}</p></div></div></div></div></div>`;
    document.body.innerHTML =
      '<div id="ask-input" contenteditable="true"></div><div class="mx-auto flex flex-col max-w-threadContentWidth">' +
      entry(0, '조석표 읽는 법을 정리해 줘', '조석표 읽기', '만조와 간조의 시각을 표에서 찾는다.', '보고서를 정리했습니다.') +
      entry(1, '달의 위상도 넣어 줘', '달의 위상', '보름달과 그믐달에 조차가 가장 크다.', '위상을 추가했습니다.') +
      '</div>';
    run = startEngine(page, { adapter: perplexity });
    await run.advance(2000);
    expect(run.of('response').map((a) => [a.messageId, a.text, a.artifacts])).toEqual([
      ['a0', '보고서를 정리했습니다.', [{ kind: 'document', title: '조석표 읽기', text: '# 조석표 읽기\n\n만조와 간조의 시각을 표에서 찾는다.' }]],
      ['a1', '위상을 추가했습니다.', [{ kind: 'document', title: '달의 위상', text: '# 달의 위상\n\n보름달과 그믐달에 조차가 가장 크다.' }]],
    ]);
  });
});
