// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { chatgpt } from './sites/chatgpt';
import { structureReport } from './structure-report';

describe('a structure report a person can attach to a bug', () => {
  it('keeps tags, test ids, roles and classes, and no word the person wrote or read', () => {
    history.replaceState({}, '', '/c/6650b3c1-2f2e-4f1f-9a57-0d8f3e5b7c11');
    document.body.innerHTML =
      '<main><div data-testid="conversation-turn-3" data-message-author-role="user" class="group/turn text-base">' +
      '<div class="whitespace-pre-wrap" title="secret plan">My secret plan for Alice Smith</div>' +
      '<button aria-label="Kopieren" data-state="closed"><svg><use href="/sprites.svg#ce3544"></use></svg></button>' +
      '<a href="https://example.com/private?token=abc">link text</a>' +
      '<textarea placeholder="Frag ChatGPT" value="draft">half-typed words</textarea></div></main>';
    const report = structureReport(document, 'chatgpt', chatgpt.landmarks);
    const all = JSON.stringify(report);
    for (const word of ['secret', 'Alice', 'Kopieren', 'example.com', 'token', 'link text', 'Frag', 'half-typed', 'draft', '6650b3c1']) {
      expect(all, word).not.toContain(word);
    }
    expect(report.path).toBe('/c/<id>');
    expect(report.skeleton[1]).toBe('  div[data-testid=conversation-turn-#][data-message-author-role=user].group/turn.text-base');
    expect(report.skeleton.join('\n')).toContain('button {aria-label data-state}');
    expect(report.landmarks.map((l) => [l.name, l.found > 0])).toContainEqual(['composer', false]);
  });

  it('counts each landmark, and says so when a selector cannot be read, instead of failing', () => {
    document.body.innerHTML = '<main><div id="prompt-textarea" contenteditable="true"></div></main>';
    const report = structureReport(document, 'x', [
      { name: 'composer', selector: '#prompt-textarea', when: 'always' },
      { name: 'broken', selector: 'div:::nope', when: 'always' },
    ]);
    expect(report.landmarks.map((l) => l.found)).toEqual([1, -1]);
  });

  it('stops at its size limit and counts what it left out', () => {
    document.body.innerHTML = `<main>${'<p>x</p>'.repeat(50)}</main>`;
    const report = structureReport(document, 'x', [], 10);
    expect(report.skeleton).toHaveLength(10);
    expect(report.truncated).toBe(41);
  });
});
