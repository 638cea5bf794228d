// Taking part in a study: import its file (picker or drop), read its consent text, join; while joined, only what
// the study covers is captured. Leaving stops that capture and offers to export the study's data, then delete.
// The study file is untrusted: it is parsed whole (core/study.ts) and its text is only ever rendered as text.
import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { joinStudy, parseStudyFile, participantCodeValid, type StudyFile, studyExportOptions } from '../../core/study';
import { type PageStore, type Settings, updateSettings } from '../../store/api';
import { buildExport, download } from '../shared/export';
import { deleteEverything, exportsLeftNote } from '../shared/delete-everything';
import { requestHostAccess, sitesWithoutHostAccess } from '../shared/host-access';
import { siteName, SUPPORTED_SITES } from '../shared/sites';

const MAX_FILE = 256 * 1024;

/** Where leaving with delete stands: running, done (with the export folders a running export kept), or failed. */
type Deleting = 'running' | { exportsLeft: number } | { error: string };

interface Props {
  settings: Settings;
  store: PageStore;
  onChanged: (s: Settings) => void;
}

export function StudyPanel({ settings, store, onChanged }: Props) {
  /**
   * Leaving with delete: the study leaves the settings first (capture for it stops at once, and the joined view goes
   * with it), then the data goes. Until it has gone the page says so instead of offering a new study, so nobody takes
   * the import box for "deleted" and closes the page while the export files are still being removed.
   */
  const [deleting, setDeleting] = useState<Deleting | null>(null);
  return (
    <section class="card" aria-labelledby="study">
      <h2 id="study">Research study</h2>
      {settings.study && deleting !== 'running' ? (
        <JoinedStudy settings={settings} store={store} onChanged={onChanged} onDeleting={setDeleting} />
      ) : deleting === 'running' ? (
        <p class="muted" role="status" data-testid="study-deleting">
          Left the study. Deleting its captured data and export files…
        </p>
      ) : (
        <ImportStudy onChanged={onChanged} />
      )}
      {deleting && deleting !== 'running' && !settings.study && (
        <p class="note" role="status" data-testid="study-deleted">
          {'error' in deleting
            ? `Left the study, but deleting its data failed (${deleting.error}). Try "Delete everything" below.`
            : deleting.exportsLeft > 0
              ? `Left the study; its captured data was deleted. ${exportsLeftNote(deleting.exportsLeft)}`
              : 'Left the study. Its captured data and export files were deleted.'}
        </p>
      )}
    </section>
  );
}

function ImportStudy({ onChanged }: { onChanged: (s: Settings) => void }) {
  const [study, setStudy] = useState<StudyFile | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const [over, setOver] = useState(false);
  const [missingAccess, setMissingAccess] = useState<Set<string>>(new Set());

  const read = async (file: File | undefined) => {
    setError(null);
    setStudy(null);
    if (!file) return;
    if (file.size > MAX_FILE) return setError('This file is too large to be a study file.');
    try {
      setStudy(parseStudyFile(await file.text()));
      setMissingAccess(await sitesWithoutHostAccess());
    } catch (e) {
      setError((e as Error).message);
    }
  };

  const join = () => {
    if (!study) return;
    const access = requestHostAccess(study.sites.filter((s) => missingAccess.has(s)));
    void access
      .then(() => updateSettings(browser.storage.local, (s) => ({ ...s, study: joinStudy(study, { code }) })))
      .then((s) => (setStudy(null), onChanged(s)), (e: unknown) => setError((e as Error).message));
  };

  if (!study) {
    return (
      <div class="explain">
        <p>
          If a researcher sent you a study file, import it here. You will see what the study captures and its consent text before
          anything changes.
        </p>
        <div
          class={`drop${over ? ' over' : ''}`}
          data-testid="study-drop"
          onDragOver={(e) => (e.preventDefault(), setOver(true))}
          onDragLeave={() => setOver(false)}
          onDrop={(e) => {
            e.preventDefault();
            setOver(false);
            void read(e.dataTransfer?.files[0]);
          }}
        >
          <p>Drop the study file here, or</p>
          <label>
            <span class="muted">choose it: </span>
            <input type="file" accept=".json,application/json" onChange={(e) => void read(e.currentTarget.files?.[0])} data-testid="study-file" />
          </label>
        </div>
        {error && (
          <p class="error" role="alert" data-testid="study-error">
            {error}
          </p>
        )}
      </div>
    );
  }

  const scheme = study.participantId;
  const unknownSites = study.sites.filter((s) => !SUPPORTED_SITES.some((x) => x.id === s));
  const codeOk = scheme.scheme !== 'entered' || participantCodeValid(scheme, code.trim());
  return (
    <div class="explain" data-testid="study-preview">
      <h3>{study.title}</h3>
      <StudyFacts study={study} />
      {unknownSites.length > 0 && <p class="error">This version of Echo Capture does not support: {unknownSites.join(', ')}. Those sites will not be captured.</p>}
      <p>Consent text of this study:</p>
      <div class="consent-text" data-testid="study-consent-text">
        {study.consentText}
      </div>
      {scheme.scheme === 'entered' && (
        <label class="row">
          {scheme.label}
          <input value={code} onInput={(e) => setCode(e.currentTarget.value)} data-testid="study-code" />
        </label>
      )}
      <div class="row">
        <button type="button" class="primary" disabled={!codeOk} onClick={join} data-testid="study-join">
          I agree: join this study
        </button>
        <button type="button" onClick={() => setStudy(null)}>
          Cancel
        </button>
      </div>
      <p class="muted">While you take part, only the sites and signals listed above are captured, and your own site choices are set aside.</p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

function StudyFacts({ study }: { study: Pick<StudyFile, 'id' | 'contact' | 'sites' | 'signals' | 'exportFormats' | 'redaction' | 'minConfidence' | 'retentionDays'> }) {
  return (
    <dl>
      <dt>Study id</dt>
      <dd data-testid="study-id">{study.id}</dd>
      {study.contact && (
        <>
          <dt>Contact</dt>
          <dd>{study.contact}</dd>
        </>
      )}
      <dt>Sites</dt>
      <dd>{study.sites.map(siteName).join(', ')}</dd>
      <dt>Captured</dt>
      <dd>prompts, answers{study.signals.length ? `, ${study.signals.join(', ').replace(/_/g, ' ')}` : ''}</dd>
      <dt>Export</dt>
      <dd>
        {study.exportFormats.join(', ')}; redaction {study.redaction.level}; labels of confidence {study.minConfidence} or more
      </dd>
      <dt>Kept for</dt>
      <dd>{study.retentionDays} days</dd>
    </dl>
  );
}

function JoinedStudy({
  settings,
  store,
  onChanged,
  onDeleting,
}: Props & { onDeleting: (state: Deleting) => void }) {
  const study = settings.study!;
  const [leaving, setLeaving] = useState(false);
  const [status, setStatus] = useState<string | null>(null);

  const exportStudy = async () => {
    setStatus('Exporting…');
    try {
      const { blob, filename, run } = await buildExport(store, () => undefined, studyExportOptions(study));
      download(blob, filename, run);
      setStatus(`Exported ${filename}.`);
    } catch (e) {
      setStatus(`Export failed: ${String(e)}`);
    }
  };

  const leave = async (deleteData: boolean) => {
    if (deleteData) onDeleting('running');
    const next = await updateSettings(browser.storage.local, ({ study: _left, ...rest }) => rest);
    if (deleteData) onDeleting(await deleteEverything(store).catch((e: unknown) => ({ error: String(e) })));
    setLeaving(false);
    onChanged(next);
  };

  return (
    <div class="explain" data-testid="study-joined">
      <h3>{study.title}</h3>
      <dl>
        <dt>Participant id</dt>
        <dd data-testid="study-participant">{study.participantId}</dd>
        <dt>Joined</dt>
        <dd>{study.joinedAt}</dd>
      </dl>
      <StudyFacts study={study} />
      <details>
        <summary>Consent text you agreed to</summary>
        <div class="consent-text">{study.consentText}</div>
      </details>
      {!leaving ? (
        <div class="row">
          <button type="button" onClick={() => void exportStudy()} data-testid="study-export">
            Export study data
          </button>
          <button type="button" onClick={() => setLeaving(true)} data-testid="study-leave">
            Leave study…
          </button>
        </div>
      ) : (
        <div class="explain" role="alertdialog" aria-label="Leave the study">
          <p>
            Leaving stops capture for this study. You can export its data first (to send to the researchers), then delete what was
            captured.
          </p>
          <div class="row">
            <button type="button" onClick={() => void exportStudy()}>
              Export study data
            </button>
            <button type="button" class="danger" onClick={() => void leave(true)} data-testid="study-leave-delete">
              Leave and delete all captured data
            </button>
            <button type="button" onClick={() => void leave(false)} data-testid="study-leave-keep">
              Leave and keep the data
            </button>
            <button type="button" onClick={() => setLeaving(false)}>
              Cancel
            </button>
          </div>
          <p class="muted">After leaving, capture continues only on sites you switched on yourself (above).</p>
        </div>
      )}
      {status && (
        <p class="muted" role="status" data-testid="study-status">
          {status}
        </p>
      )}
    </div>
  );
}
