// The one explanation of what Echo Capture records, where it keeps it and how it leaves: shown on the onboarding
// page before anyone agrees, and again in options. Changing what it says materially means bumping
// CONSENT_VERSION (store/settings.ts), so everyone is asked again. What it says about redaction is
// REDACTION_PROMISE, the wording the export's behaviour is tested against (core/export/redaction-policy.ts).
// What it says about code editors is what the editor capture does (src/capture/editors/, docs/completions.md):
// the events' fields (core/completion-events.ts), the window's size (COMPLETION_WINDOW), keys kept in memory only
// to tell an acceptance from a dismissal (editors/inputs.ts, never in an event), top frames only.
import { COMPLETION_WINDOW } from '../../core/completion-events';
import { REDACTION_PROMISE } from '../../core/export/redaction-policy';
import { SITES } from '../../core/sites';

const namesOf = (kind: 'chat' | 'editor') =>
  SITES.filter((s) => s.kind === kind)
    .map((s) => s.name)
    .join(', ');

export function WhatIsCaptured() {
  const chars = COMPLETION_WINDOW.toLocaleString('en-US');
  return (
    <div class="explain">
      <section>
        <h2>What is captured</h2>
        <p>On the sites you switch on, and only there.</p>
        <h3>On chat sites ({namesOf('chat')})</h3>
        <ul data-testid="captured-chat">
          <li>your prompts and the assistant's answers (text, code blocks, model name);</li>
          <li>
            how you refine them: regenerating, switching between answers, editing a prompt, stopping an answer, copying (what and
            how much), pasting a corrected version back, thumbs up or down, and how soon you ask a follow-up.
          </li>
        </ul>
        <p>No keystrokes there: only what you send and what you do with the answers.</p>
        <h3>In code editors ({namesOf('editor')}): inline code suggestions</h3>
        <ul data-testid="captured-editor">
          <li>
            each suggestion the editor shows you, exactly the part you accepted (all of it, a word, a line), or how you dismissed it
            (Escape, typing something else, moving away);
          </li>
          <li>
            the code around the cursor when a suggestion appears: up to {chars} characters before and after it, from the lines the
            editor shows, including code you typed there;
          </li>
          <li>the accepted code as it stands when you move on from it (your edits to it), and how much you changed it;</li>
          <li>
            the file's name and language, the line and column, the page's address without its query, and the suggestion's provider
            when the page names it.
          </li>
        </ul>
        <p data-testid="captured-editor-keys">
          Your key presses in an editor (Tab, Escape, Ctrl+→, typing) are looked at only to tell whether a suggestion was accepted or
          dismissed, and are never stored as typed keys. Nothing is read from an editor before you type in it, and its code only while
          a suggestion is on screen or code you accepted is still being edited; nothing is stored from a file where no suggestion
          was shown, nor from editors inside embedded frames.
        </p>
        <p>Nothing on any other site. No account details, no cookies.</p>
      </section>
      <section>
        <h2>Where it lives</h2>
        <p>
          Only in this browser, in the extension's own storage. Echo Capture sends nothing anywhere: it makes no network request of its own.
          Removing the extension removes the data.
        </p>
      </section>
      <section>
        <h2>How export works</h2>
        <p>
          Nothing leaves until you click <strong>Export</strong> in the toolbar popup. That saves a zip file to your computer; you
          decide whether to share it and with whom.
        </p>
        <p data-testid="redaction-promise">{REDACTION_PROMISE}</p>
      </section>
      <section>
        <h2>You stay in control</h2>
        <p>
          In the options page you can switch sites on or off, pause everything, choose how exports are redacted, have old data
          deleted after a number of days, or delete everything at once.
        </p>
      </section>
    </div>
  );
}
