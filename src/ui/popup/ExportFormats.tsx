// Which sample formats the popup's export writes, remembered in the settings. The SFT, preference and KTO samples
// (and code completions) are always written; the same samples in other trainers' layouts (OpenAI, ShareGPT,
// LLaMA-Factory) are a choice, because they double the bundle's samples and its time. Inside a study the study's
// formats are the export's, and this choice is not offered.
import type { Settings } from '../../store/settings';

export function ExportFormats({ settings, onChange }: { settings: Settings; onChange: (withRenderings: boolean) => void }) {
  if (settings.study) return null;
  return (
    <label class="redaction" data-testid="export-formats">
      <input
        type="checkbox"
        checked={settings.exportRenderings ?? false}
        onChange={(e) => onChange(e.currentTarget.checked)}
        data-testid="export-renderings"
      />
      <span>Also write the samples for OpenAI, ShareGPT and LLaMA-Factory (SFT, preference and KTO files are always written)</span>
    </label>
  );
}
