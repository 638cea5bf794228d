// Content-script entry: one per site (the build generates `content-<site>.js` calling this with the adapter).
import browser from 'webextension-polyfill';
import { type AppendResult, type ErrorResult, send } from '../messages';
import { DEFAULT_SETTINGS, isCapturePaused, loadSettings, type Settings, watchSettings } from '../store/settings';
import { CaptureEngine, type HealthReport } from './engine';
import { Outbox } from './outbox';
import type { SiteAdapter } from './sites/types';

export function startCapture(adapter: SiteAdapter): void {
  let settings: Settings = DEFAULT_SETTINGS;
  let lastHealth: HealthReport | null = null;
  const sendMessage = (m: unknown) => browser.runtime.sendMessage(m);

  const outbox = new Outbox(
    async (events) => (await send(sendMessage, { type: 'events', events })) as AppendResult | ErrorResult,
    (message) => console.warn('[echo-capture] background did not store a batch:', message),
  );

  const reportHealth = (report: HealthReport) => {
    lastHealth = report;
    void send(sendMessage, {
      type: 'health',
      health: { site: adapter.id, status: report.status, missing: report.missing, checkedAt: new Date().toISOString() },
    }).catch(() => {
      // Worker restarting: the next change, or the periodic re-report below, gets through.
    });
  };

  const engine = new CaptureEngine({
    adapter,
    doc: document,
    emit: (event) => outbox.push(event),
    isPaused: () => isCapturePaused(settings, adapter.id),
    reportHealth,
  });

  void loadSettings(browser.storage.local).then((s) => {
    settings = s;
    engine.start();
  });
  watchSettings(browser, (s) => {
    settings = s;
    engine.reportHealthNow();
  });
  // The badge lives in the worker, which forgets per-tab state when it dies: re-tell it now and then.
  setInterval(() => lastHealth && reportHealth(lastHealth), 20_000);
  // Last chance before the tab goes away.
  addEventListener('pagehide', () => void outbox.flush());
}
