// Firefox at parity: the refinement scenarios a person plays on ChatGPT, Claude and Gemini (regenerate, switch
// variants, copy code and answer, paste edited code back, thumbs, edit a prompt) run in Debian's firefox-esr with
// the same built extension, then the review page shows the conversations and an export from the popup holds them.
// Gemini's scenario runs twice: in English and in its second UI language (Russian).
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaptureEvent } from '../../src/core/events';
import chatgptLabels from '../sites/chatgpt/labels.json';
import claudeLabels from '../sites/claude/labels.json';
import geminiLabels from '../sites/gemini/labels.json';
import { exportFromPopup, inExtensionPage, launchFirefox, type FirefoxRun, showsText, storedEvents, until } from './firefox-harness';
import { eventsOfKind as of } from './harness';
import { readout, uiLanguage } from './languages';

let run: FirefoxRun;
beforeAll(async () => {
  run = await launchFirefox(['chatgpt', 'claude', 'gemini']);
});
afterAll(async () => {
  await run?.close();
});

const kindsOf = (events: CaptureEvent[], site: string) => events.filter((e) => e.site === site).map((e) => e.kind);
const ofSite = (site: string) => async () => (await storedEvents(run)).filter((e) => e.site === site);

async function ask(page: Page, composer: string, text: string): Promise<void> {
  await page.click(composer);
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

describe('Firefox: refinement signals, review page and export', () => {
  it('ChatGPT: regenerate, switch back and forth, copy code and answer, paste edited code back, thumbs, edit a prompt', async () => {
    const t = chatgptLabels.en;
    const page = await run.browser.newPage();
    await page.goto('https://chatgpt.com/');
    const answered = async () => {
      await page.waitForSelector('[data-testid="stop-button"]', { hidden: true, timeout: 30_000 });
      await page.waitForSelector('[data-testid^="conversation-turn-"]:last-child [data-testid="copy-turn-action-button"]');
    };
    await ask(page, '#prompt-textarea', 'Write a Python function that reverses a list');
    await answered();
    await until(ofSite('chatgpt'), (es) => es.some((e) => e.kind === 'response'), 'the first answer');

    await page.click(`button[aria-label="${t.tryAgain}"]`);
    await showsText(page, readout(t, 2, 2));
    await answered();
    await until(ofSite('chatgpt'), (es) => es.filter((e) => e.kind === 'response').length === 2, 'the second answer');
    await page.click(`button[aria-label="${t.previousResponse}"]`);
    await showsText(page, readout(t, 1, 2));
    await page.click(`button[aria-label="${t.nextResponse}"]`);
    await showsText(page, readout(t, 2, 2));

    // Copy the code block, then paste an edited version of it back and send it.
    const [copyCode] = await page.$$('xpath/.//pre//button');
    await copyCode!.click();
    const copied = await page.$eval('[data-testid^="conversation-turn-"]:last-child pre code', (c) => c.textContent ?? '');
    const edited = copied.replace('(items):', '(items: list) -> list:');
    expect(edited).not.toBe(copied);
    await page.click('[data-testid^="conversation-turn-"]:last-child [data-testid="copy-turn-action-button"]');
    await page.click(`button[aria-label="${t.goodResponse}"]`);
    await until(ofSite('chatgpt'), (es) => es.some((e) => e.kind === 'feedback'), 'the thumbs up');

    // The paste: the person copies the edited code from their editor (a text field here) and pastes it with Ctrl+V.
    await page.evaluate((text) => {
      const editor = document.createElement('textarea');
      editor.id = 'their-editor';
      editor.value = text;
      document.body.append(editor);
    }, edited);
    await page.click('#their-editor');
    await page.keyboard.down('Control');
    await page.keyboard.press('a');
    await page.keyboard.press('c');
    await page.keyboard.up('Control');
    await page.$eval('#their-editor', (el) => el.remove());
    await page.click('#prompt-textarea');
    await page.keyboard.down('Control');
    await page.keyboard.press('v');
    await page.keyboard.up('Control');
    await page.keyboard.press('Enter');
    await answered();

    // Edit the first prompt and re-send it: a new branch.
    await page.hover('[data-testid="conversation-turn-1"]');
    await page.click(`[data-testid="conversation-turn-1"] button[aria-label="${t.editMessage}"]`);
    await page.waitForSelector('[data-testid="conversation-turn-1"] textarea');
    await page.$eval('[data-testid="conversation-turn-1"] textarea', (el) => (el.value = ''));
    await page.type('[data-testid="conversation-turn-1"] textarea', 'Write a Python function that reverses a list in place');
    await page.click('[data-testid="conversation-turn-1"] button[data-edit="send"]');
    await answered();

    const editAnswered = (es: CaptureEvent[]) =>
      es.some((e) => e.kind === 'edit_prompt') && es.filter((e) => e.kind === 'response').length >= 4;
    const events = await until(ofSite('chatgpt'), editAnswered, 'the edit and its answer');
    const kinds = kindsOf(events, 'chatgpt');
    for (const kind of ['regenerate', 'branch_switch', 'copy', 'feedback', 'paste', 'followup', 'edit_prompt'] as const) {
      expect(kinds, kind).toContain(kind);
    }
    const [v1, v2] = of(events, 'response');
    expect(of(events, 'regenerate')[0]).toMatchObject({ oldResponseId: v1!.messageId, newResponseId: v2!.messageId });
    const [codeCopy, answerCopy] = of(events, 'copy');
    expect(codeCopy).toMatchObject({ messageId: v2!.messageId, via: 'code-button', text: copied });
    expect(answerCopy).toMatchObject({ messageId: v2!.messageId, via: 'button', text: v2!.text });
    expect(of(events, 'feedback')[0]).toMatchObject({ messageId: v2!.messageId, rating: 'up' });
    const [paste] = of(events, 'paste');
    expect(paste!.text).toBe(edited);
    expect(paste!.matches[0]).toMatchObject({ via: 'copy', copyEventId: codeCopy!.id });
    expect(of(events, 'edit_prompt')[0]).toMatchObject({
      oldText: 'Write a Python function that reverses a list',
      newText: 'Write a Python function that reverses a list in place',
    });
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    await page.close();
  });

  it('Claude: retry, switch back to the first version, copy code, thumbs up', async () => {
    const t = claudeLabels.en;
    const page = await run.browser.newPage();
    await page.goto('https://claude.ai/new');
    const row = '[data-testid="transcript-row"][data-perf-row="assistant"]';
    const answered = async () => {
      await page.waitForSelector('[data-perf-row="assistant"][data-perf-row-streaming="false"]', { timeout: 30_000 });
      await page.waitForSelector('[data-testid="chat-input-stop"]', { hidden: true });
    };
    await ask(page, '[data-testid="chat-input"]', 'Write a Python function that reverses a list');
    await answered();
    await until(ofSite('claude'), (es) => es.some((e) => e.kind === 'response'), 'the first answer');
    await page.hover(row);
    await page.click(`${row} button[aria-label="${t.retry}"]`);
    await answered();
    await until(ofSite('claude'), (es) => es.filter((e) => e.kind === 'response').length === 2, 'the second answer');
    await page.hover(row);
    await showsText(page, readout(t, 2, 2), row);
    await page.click(`${row} button[aria-label="${t.previousVersion}"]`);
    await showsText(page, readout(t, 1, 2), row);
    await page.click(`${row} .code-wrapper .code-bar button`); // the floating bar beside the <pre> (claude.ai 2025-12)
    await page.click(`${row} button[aria-label="${t.thumbsUp}"]`);

    const events = await until(ofSite('claude'), (es) => es.some((e) => e.kind === 'feedback'), 'the thumbs up');
    expect(kindsOf(events, 'claude')).toEqual(['prompt', 'response', 'regenerate', 'response', 'branch_switch', 'copy', 'feedback']);
    const [v1] = of(events, 'response');
    expect(of(events, 'copy')[0]).toMatchObject({ messageId: v1!.messageId, via: 'code-button' });
    expect(of(events, 'feedback')[0]).toMatchObject({ messageId: v1!.messageId, rating: 'up' });
    await page.close();
  });

  // Gemini in English and in Russian (Google's `?hl=` switch, which the real Gemini honours): the person clicks what
  // their language labels; the conversation's own events are checked, so the two runs do not mix.
  it.each(['en', 'ru'])('Gemini (UI in %s): redo, switch back to the first draft, copy code, thumbs up', async (lang) => {
    const { t } = uiLanguage('gemini', geminiLabels, lang);
    const page = await run.browser.newPage();
    await page.goto(`https://gemini.google.com/app${lang === 'en' ? '' : `?hl=${lang}`}`);
    const answered = async () => {
      await page.waitForSelector('.send-button.stop', { hidden: true, timeout: 30_000 });
      await page.waitForSelector('model-response .response-footer.complete');
    };
    await ask(page, 'rich-textarea .ql-editor', 'Write a Python function that reverses a list');
    await answered();
    const conversation = await until(() => Promise.resolve(/\/app\/([0-9a-f]{12,32})/.exec(page.url())?.[1]), Boolean, 'the chat id');
    const mine = async () => (await ofSite('gemini')()).filter((e) => e.conversationId === conversation);
    await until(mine, (es) => es.some((e) => e.kind === 'response'), 'the first answer');
    const draft = () => page.$eval('model-response .response-container-content', (el) => el.getAttribute('data-test-draft-id'));
    const first = await draft();
    await page.click(`model-response button[aria-label="${t.redo}"]`);
    await until(draft, (d) => d !== first, 'the new draft');
    await answered();
    await until(mine, (es) => es.filter((e) => e.kind === 'response').length === 2, 'the second answer');
    await page.click(`model-response button[aria-label="${t.showDrafts}"]`);
    await page.waitForSelector('model-response [role="radio"]');
    const [firstChip] = await page.$$('model-response [role="radio"]');
    expect(await firstChip!.evaluate((c) => c.textContent)).toContain(t.draft.replace('{n}', '1'));
    await firstChip!.click();
    await until(draft, (d) => d === first, 'the first draft shown again');
    await page.click(`model-response code-block button[aria-label="${t.copyCode}"]`);
    await page.click(`model-response button[aria-label="${t.goodResponse}"]`);

    const events = await until(mine, (es) => es.some((e) => e.kind === 'feedback'), 'the thumbs up');
    expect(events.map((e) => e.kind)).toEqual(['prompt', 'response', 'regenerate', 'response', 'branch_switch', 'copy', 'feedback']);
    const [v1] = of(events, 'response');
    expect(of(events, 'copy')[0]).toMatchObject({ messageId: v1!.messageId, via: 'code-button' });
    expect(of(events, 'feedback')[0]).toMatchObject({ messageId: v1!.messageId, rating: 'up' });
    await page.close();
  });

  it('shows the captured conversations on the review page and exports them from the popup', async () => {
    const stored = await storedEvents(run);
    const prompts = of(stored, 'prompt');
    expect(new Set(prompts.map((p) => p.site))).toEqual(new Set(['chatgpt', 'claude', 'gemini']));

    const listed = await inExtensionPage(run, 'review/index.html', "!!document.querySelector('.app')", async (tab) => {
      await tab.waitForFunction(() => document.querySelectorAll('[data-testid="hit-row"], [data-testid="conversation-row"]').length >= 3, {
        timeout: 15_000,
      });
      return tab.$$eval('[data-testid="hit-row"], [data-testid="conversation-row"]', (rows) => rows.map((r) => r.textContent ?? ''));
    });
    expect(listed.join('\n')).toContain('reverses a list');

    const bundle = await exportFromPopup(run);
    expect(bundle.files).toContain('manifest.json');
    // Firefox reads a download's data as it goes and a popup's URLs end with it, so the zip is a Blob here, not a file
    // of the origin private file system a closed popup would leave the download unable to read.
    expect(bundle.opfs).toEqual([]);
    expect(new Set(bundle.events.map((e) => e.id))).toEqual(new Set(stored.map((e) => e.id)));
  });
});
