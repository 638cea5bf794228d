// Everything the person controls: which sites are captured, a global pause, how long data is kept, deleting it
// all, and the study they take part in. Settings are re-read before every change (the popup writes them too) and
// the page follows changes made elsewhere.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { eventTotal } from '../../core/counts';
import {
  captureGate,
  type CaptureGate,
  type Counts,
  DEFAULT_SETTINGS,
  effectiveRetentionDays,
  loadSettings,
  openPageStore,
  setSiteEnabled,
  type Settings,
  updateSettings,
  watchSettings,
} from '../../store/api';
import { deleteEverything, exportsLeftNote } from '../shared/delete-everything';
import { requestHostAccess, sitesWithoutHostAccess } from '../shared/host-access';
import { SUPPORTED_SITES } from '../shared/sites';
import { WhatIsCaptured } from '../shared/WhatIsCaptured';
import { ExportRedactionPanel } from './ExportRedactionPanel';
import { StudyPanel } from './StudyPanel';

const store = openPageStore();
const RETENTION_CHOICES = [7, 30, 90, 180, 365];

const GATE_TEXT: Record<CaptureGate, string> = {
  capturing: 'capturing',
  paused: 'paused (everything)',
  'site-off': 'off',
  'no-consent': 'off (not agreed yet)',
  'out-of-study': 'off (not in your study)',
};

export function Options() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [counts, setCounts] = useState<Counts | null>(null);
  const [noHostAccess, setNoHostAccess] = useState<Set<string>>(new Set());
  const [note, setNote] = useState<string | null>(null);

  const refreshCounts = () => void store.counts().then(setCounts);
  useEffect(() => {
    void loadSettings(browser.storage.local).then(setSettings);
    watchSettings(browser, setSettings);
    void sitesWithoutHostAccess().then(setNoHostAccess);
    refreshCounts();
  }, []);

  const change = async (f: (s: Settings) => Settings) => setSettings(await updateSettings(browser.storage.local, f));

  const toggleSite = (id: string, enabled: boolean) => {
    const access = enabled && noHostAccess.has(id) ? requestHostAccess([id]) : Promise.resolve(true);
    void access.then(async () => {
      await change((s) => setSiteEnabled(s, id, enabled));
      setNoHostAccess(await sitesWithoutHostAccess());
    });
  };

  const setRetention = async (value: string) => {
    const days = value === '' ? undefined : Number(value);
    const next = await updateSettings(browser.storage.local, (s) => {
      const { retentionDays: _old, ...rest } = s;
      return days === undefined ? rest : { ...rest, retentionDays: days };
    });
    setSettings(next);
    const effective = effectiveRetentionDays(next);
    if (effective !== undefined) {
      const deleted = await store.applyRetention(effective);
      setNote(deleted ? `Deleted ${deleted} events older than ${effective} days.` : null);
      refreshCounts();
    }
  };

  return (
    <main class="page">
      <h1>Echo Capture options</h1>

      <section class="card" aria-labelledby="capture">
        <h2 id="capture">Capture</h2>
        <label class="row">
          <input
            type="checkbox"
            checked={settings.paused}
            onChange={() => void change((s) => ({ ...s, paused: !s.paused }))}
            data-testid="options-pause"
          />
          Pause all capture
        </label>
        <ul class="sites">
          {SUPPORTED_SITES.map((site) => {
            const gate = captureGate({ ...settings, paused: false }, site.id);
            const inStudy = !settings.study || settings.study.sites.includes(site.id);
            return (
              <li key={site.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={gate === 'capturing'}
                    disabled={!inStudy}
                    onChange={(e) => toggleSite(site.id, e.currentTarget.checked)}
                    data-testid={`options-site-${site.id}`}
                  />
                  {site.name}
                  <span class="muted" data-testid={`options-site-status-${site.id}`}>
                    {settings.paused && gate === 'capturing' ? GATE_TEXT.paused : GATE_TEXT[gate]}
                    {noHostAccess.has(site.id) && gate === 'capturing' ? ' · the browser has not allowed this site' : ''}
                  </span>
                </label>
                {site.captures && (
                  <p class="muted site-captures" data-testid={`options-captures-${site.id}`}>
                    Captures {site.captures}.
                  </p>
                )}
              </li>
            );
          })}
        </ul>
        <p class="muted">Switching a site on here is agreeing to have it captured as described below.</p>
      </section>

      <section class="card" aria-labelledby="retention">
        <h2 id="retention">Keep captured data</h2>
        <label class="row">
          Delete events older than
          <select
            value={settings.retentionDays === undefined ? '' : String(settings.retentionDays)}
            onChange={(e) => void setRetention(e.currentTarget.value)}
            data-testid="options-retention"
          >
            <option value="">never (keep until I delete them)</option>
            {[...new Set([...RETENTION_CHOICES, ...(settings.retentionDays ? [settings.retentionDays] : [])])]
              .sort((a, b) => a - b)
              .map((d) => (
                <option key={d} value={String(d)}>
                  {d} days
                </option>
              ))}
          </select>
        </label>
        {settings.study && (
          <p class="muted">Your study keeps data for {settings.study.retentionDays} days; the shorter of the two applies.</p>
        )}
        <p class="muted">Applied now, and again every time the browser starts.</p>
        {note && <p class="note" role="status">{note}</p>}
      </section>

      <ExportRedactionPanel settings={settings} onChoose={(choice) => void change((s) => ({ ...s, exportRedaction: choice }))} />

      <StudyPanel settings={settings} store={store} onChanged={(s) => (setSettings(s), refreshCounts())} />

      <DeleteEverything counts={counts} onDeleted={refreshCounts} />

      <section class="card">
        <WhatIsCaptured />
      </section>
    </main>
  );
}

function DeleteEverything({ counts, onDeleted }: { counts: Counts | null; onDeleted: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState(false);
  const [exportsLeft, setExportsLeft] = useState(0);
  const total = counts ? eventTotal(counts) : 0;
  const remove = async () => {
    setExportsLeft((await deleteEverything(store)).exportsLeft);
    setConfirming(false);
    setDone(true);
    onDeleted();
  };
  return (
    <section class="card" aria-labelledby="delete">
      <h2 id="delete">Delete everything</h2>
      <p>
        Stored now: <span data-testid="options-total">{total}</span> events in {counts?.conversations ?? 0} conversations.
      </p>
      {!confirming ? (
        <div class="row">
          <button type="button" onClick={() => (setConfirming(true), setDone(false))} disabled={total === 0} data-testid="delete-all">
            Delete everything…
          </button>
        </div>
      ) : (
        <div class="row" role="alertdialog" aria-label="Confirm deleting everything">
          <p>This permanently deletes every captured event, conversation and review decision from this browser. It cannot be undone.</p>
          <button type="button" class="danger" onClick={() => void remove()} data-testid="delete-all-confirm">
            Delete {total} events permanently
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      )}
      {done && (
        <p class="note" role="status" data-testid="delete-all-done">
          {exportsLeft === 0
            ? 'Everything was deleted.'
            : `The store was emptied. ${exportsLeftNote(exportsLeft)}`}
        </p>
      )}
    </section>
  );
}
