// The quick view: is this tab captured, what has been captured, pause, export.
// Captured text is only ever rendered as JSX text children (escaped), never as HTML.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { type SendFn, send, type StatusResult } from '../../messages';
import { type PopupMirror, readPopupMirror } from '../../messages/popup-mirror';
import type { ConversationRow } from '../../store/api';
import { captureGate, DEFAULT_SETTINGS, loadSettings, type Settings, updateSettings } from '../../store/settings';
import { describeAcceptance } from '../../core/export/acceptance';
import { describeCompletionAcceptance } from '../../core/export/completion-acceptance';
import { buildExport, download, ExportCancelled, type ExportProgress } from '../shared/export';
import { studyExportOptions } from '../../core/study';
import { personalExportFormats } from '../../core/export/sample-formats';
import { BoundaryStatus } from './BoundaryStatus';
import { ExportFormats } from './ExportFormats';
import { StructureReportOffer } from './StructureReport';
import { defaultChoice, exportRedaction, levelKindsText, levelWhenOn } from '../../core/export/redaction-policy';

const toWorker: SendFn = (m) => browser.runtime.sendMessage(m);

type ExportState =
  | { phase: 'idle' }
  | { phase: 'running'; progress: ExportProgress; abort: AbortController }
  | { phase: 'done'; text: string; redaction?: string }
  | { phase: 'error'; text: string };

export function Popup() {
  const [status, setStatus] = useState<StatusResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [recent, setRecent] = useState<ConversationRow[]>([]);
  const [exporting, setExporting] = useState<ExportState>({ phase: 'idle' });
  const [acceptance, setAcceptance] = useState<string | null>(null);
  /** The switch for the next export; undefined: as set in Options. */
  const [redactSwitch, setRedactSwitch] = useState<boolean | undefined>(undefined);
  const [completionLine, setCompletionLine] = useState<string | null>(null);
  /** The figures the background last mirrored, shown until its current answer arrives. */
  const [mirror, setMirror] = useState<PopupMirror | null>(null);

  const [tabId, setTabId] = useState<number | null>(null);

  // Opening costs the same at 10 or 100,000 answers: everything shown is a kept row (counters, the newest summaries,
  // the acceptance tally) read by the background, which has the store open; the popup loads neither the database
  // nor the labeller until an export. The counts and acceptance line the background mirrors into session storage
  // paint first, without waiting for a sleeping worker; the requests go out together and replace them.
  const refresh = async () => {
    void readPopupMirror(browser.storage.session).then((m) => {
      performance.mark('popup:mirror');
      setMirror(m);
    }, () => undefined);
    const summary = send(toWorker, { type: 'summary' }).catch(() => null); // a failed status says why; this adds nothing
    const loaded = loadSettings(browser.storage.local);
    const forced = new URLSearchParams(location.search).get('tab');
    const [tab] = forced ? [{ id: Number(forced) }] : await browser.tabs.query({ active: true, currentWindow: true });
    const [result, current] = await Promise.all([send(toWorker, { type: 'status', ...(tab?.id !== undefined ? { tabId: tab.id } : {}) }), loaded]);
    performance.mark('popup:status');
    setSettings(current);
    if (tab?.id !== undefined) setTabId(tab.id);
    if (result.ok) setStatus(result);
    else setError(result.error);
    const lines = await summary;
    performance.mark('popup:summary');
    if (lines?.ok) {
      setRecent(lines.recent);
      setAcceptance(describeAcceptance(lines.acceptance));
    }
    // Inline code suggestions: accepted / shown, partly accepted apart; asked only when some were captured.
    if (result.ok && result.counts.byKind.completion_shown) {
      const completions = await send(toWorker, { type: 'completions' });
      performance.mark('popup:completions');
      if (completions.ok) setCompletionLine(describeCompletionAcceptance(completions.stats));
    }
  };

  useEffect(() => {
    void refresh().catch((e: unknown) => setError(String(e)));
  }, []);

  const chooseRenderings = async (on: boolean) => {
    setSettings(await updateSettings(browser.storage.local, (s) => ({ ...s, exportRenderings: on })));
  };

  const togglePause = async () => {
    setSettings(await updateSettings(browser.storage.local, (s) => ({ ...s, paused: !s.paused })));
  };

  const onExport = async () => {
    const abort = new AbortController();
    setExporting({ phase: 'running', progress: { conversations: 0, records: 0, phase: 'reading' }, abort });
    try {
      // Inside a study, the export is the study's: its sites, formats, redaction and minimum confidence, with ids.
      // Outside one it is redacted at the person's level (the default's unless changed) unless switched off here,
      // in the formats the person chose (the trainer renderings only when asked for).
      const current = await loadSettings(browser.storage.local);
      const redaction = exportRedaction(current, redactSwitch);
      const formats = personalExportFormats(current.exportRenderings ?? false);
      const options = current.study ? { ...studyExportOptions(current.study), redaction } : { redaction, formats };
      const onProgress = (progress: ExportProgress) => setExporting({ phase: 'running', progress, abort });
      // The store (and the labeller behind it) loads only now: opening the popup never waits for it.
      const { openPageStore } = await import('../../store/api');
      const { blob, manifest, filename, run } = await buildExport(openPageStore(), onProgress, options, abort.signal);
      download(blob, filename, run);
      const events = manifest.counts.events ?? 0; // events.jsonl may be written in parts (src/core/export/file-parts.ts)
      const samples = (manifest.counts.sft ?? 0) + (manifest.counts.preference ?? 0) + (manifest.counts.kto ?? 0);
      const level = (manifest.redaction as { level?: string } | undefined)?.level ?? 'off';
      setExporting({
        phase: 'done',
        text: `Exported ${events} events, ${samples} samples (${(blob.size / 1024).toFixed(1)} KB).`,
        redaction: level === 'off' ? 'Not redacted: the files hold the texts as captured.' : `Redacted at the ${level} level.`,
      });
    } catch (e) {
      if (e instanceof ExportCancelled) setExporting({ phase: 'done', text: 'Export cancelled: nothing was saved.' });
      else setExporting({ phase: 'error', text: `Export failed (nothing was saved): ${String(e)}` });
    }
  };

  const counts = status?.counts ?? mirror?.counts ?? undefined;
  const acceptanceLine = acceptance ?? mirror?.acceptance;
  return (
    <main class="popup">
      <header>
        <h1>Echo Capture</h1>
        <SiteStatus status={status} settings={settings} />
        {status?.tab.site && <BoundaryStatus counts={status.boundary[status.tab.site]} />}
        {status?.tab.site && status.tab.health?.status === 'degraded' && tabId !== null && captureGate(settings, status.tab.site) === 'capturing' && (
          <StructureReportOffer tabId={tabId} site={status.tab.site} />
        )}
        {settings.study && (
          <p class="muted" data-testid="study-status">
            Study: {settings.study.title} · participant {settings.study.participantId}
          </p>
        )}
      </header>
      {error && <p class="error" role="alert">{error}</p>}
      {status?.storageFull && (
        <p class="error" role="alert" data-testid="storage-full">
          Storage is full: new captures are not being saved (since {status.storageFull.since.slice(0, 16).replace('T', ' ')} UTC).
          Everything captured before is intact and
          exports whole. Export it, then free space in Options (delete old data) or on your disk.
        </p>
      )}
      <section class="counts" aria-label="Captured so far">
        <Count label="Conversations" value={counts?.conversations} testid="count-conversations" />
        <Count label="Answers" value={counts?.answers} testid="count-answers" />
        <Count label="Signals" value={counts?.signals} testid="count-signals" />
      </section>
      {acceptanceLine && <p class="muted acceptance" data-testid="acceptance">{acceptanceLine}</p>}
      {completionLine && <p class="muted acceptance" data-testid="completion-acceptance">{completionLine}</p>}
      <section class="actions">
        <button type="button" onClick={() => void togglePause()} data-testid="pause-toggle" aria-pressed={settings.paused}>
          {settings.paused ? 'Resume capture' : 'Pause capture'}
        </button>
        <button type="button" class="primary" onClick={() => void onExport()} disabled={exporting.phase === 'running'} data-testid="export">
          {exporting.phase === 'running' ? `Exporting… ${progressText(exporting.progress)}` : 'Export'}
        </button>
        {exporting.phase === 'running' && (
          <button type="button" onClick={() => exporting.abort.abort()} data-testid="export-cancel">
            Cancel export
          </button>
        )}
      </section>
      <RedactionSwitch settings={settings} on={redactSwitch} onChange={setRedactSwitch} />
      <ExportFormats settings={settings} onChange={(on) => void chooseRenderings(on)} />
      <button type="button" class="open-review" onClick={openReview} data-testid="open-review">
        Open review
      </button>
      <button type="button" class="open-review" onClick={() => void browser.runtime.openOptionsPage()} data-testid="open-options">
        Options: sites, retention, study, delete
      </button>
      {exporting.phase === 'done' && (
        <p class="note" data-testid="export-result">
          {exporting.text}
          {exporting.redaction && <> <span data-testid="export-redaction-result">{exporting.redaction}</span></>}
        </p>
      )}
      {exporting.phase === 'error' && <p class="error" role="alert">{exporting.text}</p>}
      <section aria-label="Recent conversations">
        <h2>Recent</h2>
        {recent.length === 0 ? (
          <p class="muted">Nothing captured yet. Open ChatGPT and chat as usual; answers appear here once they finish.</p>
        ) : (
          <ul class="recent" data-testid="recent">
            {recent.map((c) => (
              <li key={c.key}>
                <span class="title">{c.title || '(untitled)'}</span>
                <span class="muted">
                  {c.site} · {c.answers} answers · {c.signals} signals
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <footer class="muted">Stored only in this browser. Nothing leaves it unless you export.</footer>
    </main>
  );
}

const openReview = () => void browser.tabs.create({ url: browser.runtime.getURL('review/index.html') });

/** The export's redaction, switchable for one export; a study's level is shown but cannot be lowered here. */
function RedactionSwitch({ settings, on, onChange }: { settings: Settings; on: boolean | undefined; onChange: (on: boolean) => void }) {
  if (settings.study) {
    return (
      <p class="muted redaction" data-testid="export-redaction">
        Exports are redacted at your study's {settings.study.redaction.level} level.
      </p>
    );
  }
  const checked = on ?? defaultChoice(settings) !== 'off';
  return (
    <label class="redaction" data-testid="export-redaction">
      <input
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.currentTarget.checked)}
        data-testid="export-redact"
      />
      <span>
        {checked
          ? `Redact this export: ${levelKindsText(levelWhenOn(settings))} become placeholders`
          : 'Not redacted: this export holds everything as captured'}
      </span>
    </label>
  );
}

function progressText(p: ExportProgress): string {
  if (p.phase === 'zipping') return 'writing the file';
  return p.total ? `${Math.min(p.conversations, p.total)}/${p.total}` : `${p.records}`;
}

function Count({ label, value, testid }: { label: string; value: number | undefined; testid: string }) {
  return (
    <div class="count">
      <strong data-testid={testid}>{value ?? '–'}</strong>
      <span>{label}</span>
    </div>
  );
}

/** What the content script found wrong: landmarks missing from the page, adapter calls that threw. */
function degradedBecause(health: NonNullable<StatusResult['tab']['health']>): string {
  const missing = health.missing.length ? [`missing ${health.missing.join(', ')}`] : [];
  return [...missing, ...(health.failing ?? [])].join('; ');
}

function SiteStatus({ status, settings }: { status: StatusResult | null; settings: Settings }) {
  if (!status) return <p class="status">…</p>;
  const { tab } = status;
  if (!tab.site) return <p class="status unsupported" data-testid="site-status">This site is not supported</p>;
  const gate = captureGate(settings, tab.site);
  if (gate === 'paused') return <p class="status paused" data-testid="site-status">{tab.siteName}: paused</p>;
  if (gate === 'site-off') return <p class="status paused" data-testid="site-status">{tab.siteName}: off (switch it on in Options)</p>;
  if (gate === 'no-consent') {
    return <p class="status paused" data-testid="site-status">{tab.siteName}: not captured until you agree (Options)</p>;
  }
  if (gate === 'out-of-study') return <p class="status paused" data-testid="site-status">{tab.siteName}: not part of your study</p>;
  if (tab.health?.status === 'degraded') {
    return (
      <p class="status degraded" data-testid="site-status" role="status">
        {tab.siteName}: capture degraded ({degradedBecause(tab.health)})
      </p>
    );
  }
  return <p class="status ok" data-testid="site-status">{tab.siteName}: capturing</p>;
}
