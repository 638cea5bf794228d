// The one explanation of what Echo Capture records, where it keeps it and how it leaves: shown on the onboarding
// page before anyone agrees, and again in options. Changing what it says materially means bumping
// CONSENT_VERSION (store/settings.ts), so everyone is asked again. What it says about redaction is
// REDACTION_PROMISE, the wording the export's behaviour is tested against (core/export/redaction-policy.ts).
import { REDACTION_PROMISE } from '../../core/export/redaction-policy';

export function WhatIsCaptured() {
  return (
    <div class="explain">
      <section>
        <h2>What is captured</h2>
        <p>On the chat sites you switch on, and only there:</p>
        <ul>
          <li>your prompts and the assistant's answers (text, code blocks, model name);</li>
          <li>
            how you refine them: regenerating, switching between answers, editing a prompt, stopping an answer, copying (what and
            how much), pasting a corrected version back, thumbs up or down, and how soon you ask a follow-up.
          </li>
        </ul>
        <p>Nothing on any other site. No keystrokes, no account details, no cookies.</p>
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
