// The options page's redaction section: the level every export outside a study runs (or none), in the words of
// redaction-policy.ts, the one source the onboarding page, the popup and the README also take their wording from.
import { REDACTION_CHOICES, type RedactionChoice, choiceText, defaultChoice, REDACTION_PROMISE } from '../../core/export/redaction-policy';
import type { Settings } from '../../store/api';

export function ExportRedactionPanel({ settings, onChoose }: { settings: Settings; onChoose: (choice: RedactionChoice) => void }) {
  const study = settings.study;
  return (
    <section class="card" aria-labelledby="export-redaction">
      <h2 id="export-redaction">Redaction on export</h2>
      <p data-testid="options-redaction-promise">{REDACTION_PROMISE}</p>
      <label class="row">
        Every export:
        <select
          value={defaultChoice(settings)}
          disabled={!!study}
          onChange={(e) => onChoose(e.currentTarget.value as RedactionChoice)}
          data-testid="options-redaction"
        >
          {REDACTION_CHOICES.map((c) => (
            <option key={c} value={c}>
              {choiceText(c)}
            </option>
          ))}
        </select>
      </label>
      {study && (
        <p class="muted" data-testid="options-redaction-study">
          While you take part in {study.title}, exports run the study's {study.redaction.level} level: {choiceText(study.redaction.level)}.
        </p>
      )}
    </section>
  );
}
