// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: { runtime: { id: 'ext', getURL: (p: string) => `chrome-extension://ext/${p}` } } }));

const { answerStructureRequest } = await import('./structure-report-handler');
const { chatgpt } = await import('./sites/chatgpt');

const extension = { id: 'ext', origin: 'chrome-extension://ext/' };
const popup = { id: 'ext', url: 'chrome-extension://ext/popup/index.html' };

function onChatgpt(at = 'https://chatgpt.com/c/6650b3c1-2f2e-4f1f-9a57-0d8f3e5b7c11'): Document {
  const doc = document.implementation.createHTMLDocument('');
  doc.body.innerHTML = '<main><div data-testid="conversation-turn-1" data-message-author-role="user">My private question</div></main>';
  Object.defineProperty(doc, 'location', { value: new URL(at) });
  return doc;
}

describe("the content script's answer to the popup's structure report request", () => {
  it('gives the skeleton, without the page text, to one of the extension pages asking for its own site', () => {
    const report = answerStructureRequest({ type: 'structure-report', site: 'chatgpt' }, popup, chatgpt, onChatgpt(), extension);
    expect(report?.site).toBe('chatgpt');
    expect(report?.skeleton.join('\n')).toContain('div[data-testid=conversation-turn-#][data-message-author-role=user]');
    expect(JSON.stringify(report)).not.toContain('private');
  });

  it('answers nothing to another content script, another extension, a web page, or a request for another site', () => {
    const request = { type: 'structure-report', site: 'chatgpt' };
    const tab = { id: 7 } as never;
    expect(answerStructureRequest(request, { id: 'ext', url: 'https://chatgpt.com/c/1', tab }, chatgpt, onChatgpt(), extension)).toBeNull();
    expect(answerStructureRequest(request, { id: 'other', url: 'chrome-extension://other/popup.html' }, chatgpt, onChatgpt(), extension)).toBeNull();
    expect(answerStructureRequest(request, { url: 'https://evil.example/' }, chatgpt, onChatgpt(), extension)).toBeNull();
    expect(answerStructureRequest({ type: 'structure-report', site: 'claude' }, popup, chatgpt, onChatgpt(), extension)).toBeNull();
  });

  it('answers nothing to a message that is not a well-formed request', () => {
    for (const raw of [null, 'structure-report', { type: 'structure-report' }, { type: 'structure-report', site: '../x' }, { type: 'status' }]) {
      expect(answerStructureRequest(raw, popup, chatgpt, onChatgpt(), extension)).toBeNull();
    }
  });

  it('keeps every line of a very deep page within the size the popup accepts', async () => {
    const { structureReportSchema } = await import('../messages');
    const doc = onChatgpt();
    let leaf: Element = doc.querySelector('main')!;
    for (let i = 0; i < 1500; i++) leaf = leaf.appendChild(doc.createElement('div'));
    leaf.className = Array.from({ length: 100 }, (_, i) => `class-name-${i}`).join(' ');
    const report = answerStructureRequest({ type: 'structure-report', site: 'chatgpt' }, popup, chatgpt, doc, extension)!;
    expect(report.skeleton.at(-1)).toContain('[depth 1500]');
    expect(() => structureReportSchema().parse(report)).not.toThrow();
  });
});
