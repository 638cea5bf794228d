// @vitest-environment happy-dom
// The Claude adapter on claude.ai markup as real saved pages show it (test/real-pages/claude): a prompt of only a
// file, and an edited prompt told from a cancelled one without reading any button's words. (The code copy from the
// bar beside the <pre> needs a browser's `:has()`: test/e2e/claude.e2e.ts.)
import { describe, expect, it } from 'vitest';
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
