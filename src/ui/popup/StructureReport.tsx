// Offered under "capture degraded": the page's structure with every word removed (tags, test ids, roles, classes),
// asked of the tab's own content script, shown here, and saved as a JSON file only when the person says so. It is
// what `npm run check:live` writes, for a bug report a person can attach; nothing is sent anywhere.
import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { structureReportSchema, type StructureReportMessage, type TabRequest } from '../../messages';
import { download } from '../shared/export';

type State =
  | { phase: 'idle' }
  | { phase: 'reading' }
  | { phase: 'ready'; report: StructureReportMessage }
  | { phase: 'saved'; filename: string }
  | { phase: 'error'; text: string };

/** Lines of the skeleton shown before saving; the file holds them all. */
const PREVIEW_LINES = 60;

export function reportFilename(site: string, at: Date): string {
  return `echo-capture-structure-${site}-${at.toISOString().slice(0, 19).replace(/[:T]/g, '-')}.json`;
}

export function StructureReportOffer({ tabId, site }: { tabId: number; site: string }) {
  const [state, setState] = useState<State>({ phase: 'idle' });

  const read = async () => {
    setState({ phase: 'reading' });
    try {
      const request: TabRequest = { type: 'structure-report', site };
      const raw: unknown = await browser.tabs.sendMessage(tabId, request, { frameId: 0 });
      setState({ phase: 'ready', report: structureReportSchema().parse(raw) });
    } catch (e) {
      setState({ phase: 'error', text: `The page did not give its structure (reload the tab and try again): ${String(e)}` });
    }
  };

  const save = (report: StructureReportMessage) => {
    const at = new Date();
    const file = { format: 'echo-capture structure report', extensionVersion: browser.runtime.getManifest().version, createdAt: at.toISOString(), ...report };
    const filename = reportFilename(site, at);
    download(new Blob([`${JSON.stringify(file, null, 2)}\n`], { type: 'application/json' }), filename);
    setState({ phase: 'saved', filename });
  };

  if (state.phase === 'ready') {
    const { report } = state;
    const missing = report.landmarks.filter((l) => l.found === 0).map((l) => l.name);
    return (
      <section class="structure-report" aria-label="Page structure report" data-testid="structure-report-preview">
        <p class="muted">
          The file holds the page's element skeleton ({report.skeleton.length} elements{report.truncated ? `, ${report.truncated} more left out` : ''}) and
          which of the extension's landmarks were found{missing.length ? ` (missing: ${missing.join(', ')})` : ''}: tags, test ids, roles and
          classes only, no text of the page. It is saved on this computer and sent nowhere.
        </p>
        <pre class="skeleton" data-testid="structure-report-skeleton">
          {report.skeleton.slice(0, PREVIEW_LINES).join('\n')}
          {report.skeleton.length > PREVIEW_LINES ? `\n… ${report.skeleton.length - PREVIEW_LINES} more lines in the file` : ''}
        </pre>
        <div class="actions">
          <button type="button" class="primary" onClick={() => save(report)} data-testid="structure-report-save">
            Save file
          </button>
          <button type="button" onClick={() => setState({ phase: 'idle' })}>
            Cancel
          </button>
        </div>
      </section>
    );
  }
  return (
    <div class="structure-report">
      <button type="button" class="open-review" onClick={() => void read()} disabled={state.phase === 'reading'} data-testid="structure-report">
        Save page structure report
      </button>
      {state.phase === 'saved' && (
        <p class="note" data-testid="structure-report-result">
          Saved {state.filename}: attach it to a bug report if you like.
        </p>
      )}
      {state.phase === 'error' && (
        <p class="error" role="alert">
          {state.text}
        </p>
      )}
    </div>
  );
}
