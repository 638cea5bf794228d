// @vitest-environment happy-dom
// The Claude adapter on claude.ai markup as real saved pages show it (test/real-pages/claude): a prompt of only a
// file, and an edited prompt told from a cancelled one without reading any button's words. (The code copy from the
// bar beside the <pre> needs a browser's `:has()`: test/e2e/claude.e2e.ts.) Then, through the whole engine, the two
// shapes of a thinking answer that public sources document (docs/sites/claude.md, "Reasoning"): the 2026-02 grid
// whose first row folds the thoughts, and the 2026-10 design-system markup (`data-cds`) with its status row.
import { describe, expect, it } from 'vitest';
import { ChatPage, type Running, startEngine, useEngineTimers } from '../../../test/support/chat-page';
import { claude, type ClaudeState } from './claude';

const userRow = (index: number, inner: string) =>
  `<div data-testid="transcript-row" data-index="${index}" data-perf-row="human">${inner}</div>`;
const answerRow = (index: number, inner: string) =>
  `<div data-testid="transcript-row" data-index="${index}" data-perf-row="assistant" data-perf-row-streaming="false">` +
  `<div class="font-claude-response"><div class="standard-markdown"><p>Here it is.</p>${inner}</div></div>` +
  `<div><button data-testid="action-bar-copy">⧉</button></div></div>`;
const bubble = (text: string) =>
  `<div data-testid="user-message"><p class="whitespace-pre-wrap">${text}</p></div>` +
  `<button data-testid="user-message-edit">✎</button>`;
const editor = (text: string) =>
  `<form><textarea>${text}</textarea><button type="button">Abbrechen</button><button type="submit">Speichern</button></form>`;

function page(markup: string): Element[] {
  document.body.innerHTML = `<main>${markup}</main>`;
  return [...document.querySelectorAll(claude.turnSelector)];
}

describe('Claude on real markup', () => {
  it('reads a prompt of only a file as a user turn with no text', () => {
    const [prompt] = page(
      userRow(0, '<div class="flex"><div data-testid="file-thumbnail"><h3>notes 2026.html</h3><p>html</p></div></div>') +
        answerRow(1, ''),
    );
    const info = claude.readTurn(prompt!, claude.createState!());
    expect(info).toMatchObject({ role: 'user', messageId: 'row0' });
    expect(info!.content.querySelector('[data-testid="file-thumbnail"]')).not.toBeNull();
  });

  it('gives an edited prompt the next version once its editor closes on other words, and a cancelled edit none', () => {
    let [prompt] = page(userRow(0, bubble('first words')) + answerRow(1, ''));
    const state: ClaudeState = claude.createState!();
    const editButton = prompt!.querySelector('[data-testid="user-message-edit"]')!;
    expect(claude.classifyClick(editButton, state)).toMatchObject({ action: 'edit-prompt' });
    expect(claude.readTurn(prompt!, state)?.messageId).toBe('row0'); // the editor has not opened yet

    // Cancelled: the editor opens and closes on the same words.
    prompt!.innerHTML = editor('first words');
    expect(claude.readTurn(prompt!, state)).toBeNull();
    prompt!.innerHTML = bubble('first words');
    expect(claude.readTurn(prompt!, state)?.messageId).toBe('row0');

    // Sent: the editor opens again and closes on other words.
    claude.classifyClick(prompt!.querySelector('[data-testid="user-message-edit"]')!, state);
    prompt!.innerHTML = editor('other words');
    claude.readTurn(prompt!, state);
    [prompt] = page(userRow(0, bubble('other words')) + answerRow(1, ''));
    expect(claude.readTurn(prompt!, state)).toMatchObject({ messageId: 'row0.0v2', variantIndex: 2, variantCount: 2 });
  });
});

describe('Claude prompt edit sent between two looks', () => {
  it('gives the edited prompt the next version when no look saw its editor open, by its other words', () => {
    // Edit clicked, the editor opened, the words changed and Enter sent them, all before the engine looked again.
    let [prompt] = page(userRow(0, bubble('first words')) + answerRow(1, ''));
    const state: ClaudeState = claude.createState!();
    claude.classifyClick(prompt!.querySelector('[data-testid="user-message-edit"]')!, state);
    expect(claude.readTurn(prompt!, state)?.messageId).toBe('row0');
    [prompt] = page(userRow(0, bubble('other words')) + answerRow(1, ''));
    expect(claude.readTurn(prompt!, state)).toMatchObject({ messageId: 'row0.0v2', variantIndex: 2, variantCount: 2 });
  });

  it('counts a click in the open editor as its sighting, so Save on the same words is told by the answer streaming anew', () => {
    let [prompt] = page(userRow(0, bubble('same words')) + answerRow(1, ''));
    const state: ClaudeState = claude.createState!();
    claude.classifyClick(prompt!.querySelector('[data-testid="user-message-edit"]')!, state);
    prompt!.innerHTML = editor('same words');
    claude.classifyClick(prompt!.querySelector('button[type="submit"]')!, state);
    [prompt] = page(userRow(0, bubble('same words')) + answerRow(1, '').replace('data-perf-row-streaming="false"', 'data-perf-row-streaming="true"'));
    expect(claude.readTurn(prompt!, state)?.messageId).toBe('row0.0v2');
  });

  it('gives a retried answer the next version when it streamed and finished between two looks, by its other words', () => {
    let [, answer] = page(userRow(0, bubble('a question')) + answerRow(1, ''));
    const state: ClaudeState = claude.createState!();
    answer!.insertAdjacentHTML('beforeend', '<div><button data-testid="action-bar-retry">↻</button></div>');
    expect(claude.classifyClick(answer!.querySelector('[data-testid="action-bar-retry"]')!, state)).toMatchObject({ action: 'regenerate' });
    [, answer] = page(userRow(0, bubble('a question')) + answerRow(1, '<p>Another answer.</p>'));
    expect(claude.readTurn(answer!, state)).toMatchObject({ messageId: 'row1.1v2', variantIndex: 2, variantCount: 2 });
  });

  it('does not take an answer still streaming when Edit was clicked for a sent edit', () => {
    const streaming = answerRow(1, '').replace('data-perf-row-streaming="false"', 'data-perf-row-streaming="true"');
    const [prompt] = page(userRow(0, bubble('same words')) + streaming);
    const state: ClaudeState = claude.createState!();
    claude.classifyClick(prompt!.querySelector('[data-testid="user-message-edit"]')!, state);
    expect(claude.readTurn(prompt!, state)?.messageId).toBe('row0');
  });
});

describe('Claude prompt edit without a test id', () => {
  it('takes the pencil a 2026-02 capture draws (no test id, a translated label) for the edit, as the test id would be', () => {
    // As in the saved claude.ai page of 2026-02-27 (sho7650/obsidian-AI-exporter): Retry and Edit carry only a label
    // and their icon; the row's copy button is the one with a test id.
    const pencil =
      '<button type="button" aria-label="Bearbeiten"><svg viewBox="0 0 20 20"><path d="M9.72821 2.87934C10.0318 2.10869 10.9028 1.72933 11.6735 2.03266L14.4655 3.13226"></path></svg></button>';
    const row = (inner: string) =>
      userRow(0, inner + `<div role="group"><button type="button" aria-label="Wiederholen"><svg><path d="M10.3857 2.50977C14.3486 2.71054"></path></svg></button>${pencil}</div>`);
    let [prompt] = page(row('<div data-testid="user-message"><p class="whitespace-pre-wrap">first words</p></div>') + answerRow(1, ''));
    const state: ClaudeState = claude.createState!();
    expect(claude.classifyClick(prompt!.querySelector('button[aria-label="Bearbeiten"] path')!, state)).toMatchObject({ action: 'edit-prompt' });
    prompt!.innerHTML = editor('other words');
    claude.readTurn(prompt!, state);
    [prompt] = page(row('<div data-testid="user-message"><p class="whitespace-pre-wrap">other words</p></div>') + answerRow(1, ''));
    expect(claude.readTurn(prompt!, state)).toMatchObject({ messageId: 'row0.0v2', variantIndex: 2, variantCount: 2 });
  });
});

const CHAT = '/chat/0b9f0000-0000-4000-8000-0000000000aa';
/** happy-dom misreads the labelled code block's nested `:has()` (every div matches), so plain `<pre>` here. */
const adapter = { ...claude, codeBlockSelector: 'pre' };
let run: Running | undefined;

describe('Claude answers that think first', () => {
  useEngineTimers();

  function open(rows: string): ChatPage {
    const page = new ChatPage(document, CHAT);
    page.thread.innerHTML = rows;
    return page;
  }

  it('keeps the folded thoughts of the 2026-02 grid as reasoning, and only the second row as the answer', async () => {
    // Thinking is always in the DOM, folded by `grid-rows-[0fr_1fr]`; its chunks are `.standard-markdown` too.
    const thinking =
      '<div class="overflow-hidden min-h-0"><div class="group/thinking border rounded"><div>' +
      '<button class="group/status" aria-expanded="false">Gedankengang</button><div><div><div class="grid">' +
      '<div class="standard-markdown"><p>The user asks 2 + 2.</p></div><div class="standard-markdown"><p>That is 4.</p></div>' +
      '</div></div></div></div></div></div>';
    const page = open(
      userRow(0, bubble('What is 2 + 2?')) +
        '<div data-testid="transcript-row" data-index="1" data-perf-row="assistant" data-perf-row-streaming="false">' +
        '<div data-is-streaming="false"><div class="font-claude-response"><div class="grid grid-rows-[0fr_1fr]">' +
        `<div class="row-start-1">${thinking}</div>` +
        '<div class="row-start-2"><div class="standard-markdown"><p>Four.</p></div></div></div></div></div></div>',
    );
    run = startEngine(page, { adapter });
    await run.advance(2000);
    expect(run.of('response')[0]).toMatchObject({ messageId: 'row1', text: 'Four.', reasoning: 'The user asks 2 + 2.\n\nThat is 4.' });
  });

  it('reads a 2026-10 design-system answer, keeping its status row apart and leaving out the screen-reader echo', async () => {
    const page = open(
      '<div data-testid="transcript-row" data-index="0" data-perf-row="human">' +
        '<div data-cds="UserMessage" data-turn-key="t1"><div data-testid="user-message"><p>Was ist neu?</p></div>' +
        '<div data-cds="MessageActions"><span data-cds="RelativeTime">vor 5 Minuten</span><button>⧉</button></div></div></div>' +
        '<div data-testid="transcript-row" data-index="1" data-perf-row="assistant">' +
        '<div data-testid="assistant-message" data-cds="AssistantMessage" data-turn-key="t1-hub-reply" data-is-streaming="false">' +
        '<h2 class="sr-only">Claude hat geantwortet: Drei Dinge.</h2><div>' +
        '<div data-cds="TurnStatus" data-state="done"><bdi>Im Web gesucht</bdi><span class="sr-only" role="status">Im Web gesucht</span></div>' +
        '<div data-transcript-engine-root><div data-cds="Prose"><div data-perf-reply-text><p>Drei Dinge.</p></div></div></div>' +
        '</div><div><div data-testid="message-actions" role="toolbar"><button aria-label="Kopieren">⧉</button></div></div></div></div>',
    );
    run = startEngine(page, { adapter });
    await run.advance(2000);
    expect(run.of('prompt')[0]).toMatchObject({ messageId: 'row0', text: 'Was ist neu?' });
    expect(run.of('response')[0]).toMatchObject({ messageId: 'row1', parentId: 'row0', text: 'Drei Dinge.', reasoning: 'Im Web gesucht' });
  });

  it('counts a new answer frame without a streaming flag yet as streaming while the stop button shows', () => {
    // Right after a send the frame appears with neither `data-is-streaming` nor a body; only the stop button says so.
    open(
      userRow(0, bubble('Hallo')) +
        '<div data-testid="transcript-row" data-index="1" data-perf-row="assistant">' +
        '<div data-testid="assistant-message" data-cds="AssistantMessage"><div><div data-cds="TurnStatus" data-state="pending"></div></div></div></div>',
    );
    document.body.insertAdjacentHTML('beforeend', '<button data-testid="chat-input-stop" aria-label="Antwort stoppen"></button>');
    const [, answer] = [...document.querySelectorAll(claude.turnSelector)];
    expect(claude.isStreaming(answer!, document, claude.createState!())).toBe(true);
    document.querySelector('[data-testid="chat-input-stop"]')!.remove();
    expect(claude.isStreaming(answer!, document, claude.createState!())).toBe(false);
  });
});
