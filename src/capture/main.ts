// Content-script entry: one per site (the build generates `content-<site>.js` calling this with the adapter).
import { ext as browser } from './ext';
import { send } from '../messages';
import { DEFAULT_SETTINGS, isCapturePaused, loadSettings, type Settings, watchSettings } from '../store/settings';
import { object, number, string } from '../core/schema';
import { CaptureEngine, type HealthReport } from './engine';
import { claimBridge, PAGE_DATA_EVENT } from './page-world/bridge';
import { Outbox } from './outbox';
import { listenForStructureRequests } from './structure-report-handler';
import { WorkerPort } from './worker-port';
import type { SiteAdapter } from './sites/types';

const pageDataSchema = object({
  url: string({ max: 4096 }),
  status: number({ int: true, min: 100, max: 599 }),
  body: string({ max: 50 * 1024 * 1024 }),
});

/** Runs at document_start: the page-world bridge must be claimed before any page script exists. */
export function startCapture(adapter: SiteAdapter): void {
  const early: { url: URL; body: unknown }[] = [];
  let engineReady: CaptureEngine | null = null;
  if (adapter.pageWorld) {
    const bridge = claimBridge();
    if (bridge.trusted) {
      bridge.element.addEventListener(PAGE_DATA_EVENT, (e) => {
        try {
          const detail = (e as CustomEvent<unknown>).detail;
          const data = pageDataSchema.parse(JSON.parse(typeof detail === 'string' ? detail : ''));
          const url = new URL(data.url);
          if (url.origin !== location.origin) return;
          const item = { url, body: JSON.parse(data.body) as unknown };
          if (engineReady) engineReady.onPageData(item.url, item.body);
          else if (early.length < 20) early.push(item);
        } catch {
          // Not a well-formed page-data message: ignored, never stored.
        }
      });
    }
  }
  listenForStructureRequests(adapter);
  const port = new WorkerPort((options) => browser.runtime.connect(options));
  const begin = (engine: CaptureEngine) => {
    port.open();
    engine.start();
    engineReady = engine;
    for (const item of early.splice(0)) engine.onPageData(item.url, item.body);
  };

  let settings: Settings = DEFAULT_SETTINGS;
  let lastHealth: HealthReport | null = null;
  const sendMessage = (m: unknown) => browser.runtime.sendMessage(m);

  const outbox = new Outbox(
    (events) => send(sendMessage, { type: 'events', events }),
    (message) => console.warn('[echo-capture] background did not store a batch:', message),
  );

  const reportHealth = (report: HealthReport) => {
    lastHealth = report;
    void send(sendMessage, {
      type: 'health',
      health: {
        site: adapter.id,
        status: report.status,
        missing: report.missing.slice(0, 20),
        ...(report.failing.length ? { failing: report.failing.slice(0, 20) } : {}),
        checkedAt: new Date().toISOString(),
      },
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

  const domReady = new Promise<void>((ok) => {
    if (document.readyState !== 'loading') ok();
    else document.addEventListener('DOMContentLoaded', () => ok(), { once: true });
  });
  void Promise.all([loadSettings(browser.storage.local), domReady]).then(([s]) => {
    settings = s;
    begin(engine);
  });
  watchSettings(browser, (s) => {
    settings = s;
    engine.reportHealthNow();
  });
  // Markup can drift without any mutation we watch (a quiet page): re-check the landmarks now and then. And the
  // badge lives in the worker, which forgets per-tab state when it dies: re-tell it now and then.
  setInterval(() => engineReady?.recheckHealth(), 3000);
  setInterval(() => lastHealth && reportHealth(lastHealth), 20_000);
  // Last chances: the tab closes or navigates (pagehide), or goes out of sight (another tab, minimised, a phone
  // locking; often the last event a page gets). Answers are finished now and the queue leaves through the port.
  const leaving = (reason: 'page-exit' | 'hidden') => {
    engineReady?.finishNow(reason);
    outbox.handOver((batch) => port.post(batch));
  };
  addEventListener('pagehide', () => leaving('page-exit'));
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') leaving('hidden');
  });
}
