// User settings in extension storage (readable by content scripts, unlike the IndexedDB store, which lives in
// the extension's origin). Always parsed: storage is a boundary too.
import type Browser from 'webextension-polyfill';
import { array, boolean, type Infer, object, string } from '../core/schema';

export const settingsSchema = object({
  paused: boolean(),
  pausedSites: array(string({ max: 40 }), { max: 100 }),
});
export type Settings = Infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = { paused: false, pausedSites: [] };
const KEY = 'settings';

export function parseSettings(raw: unknown): Settings {
  try {
    return settingsSchema.parse(raw);
  } catch {
    return DEFAULT_SETTINGS;
  }
}

export async function loadSettings(storage: Browser.Storage.StorageArea): Promise<Settings> {
  const got = await storage.get(KEY);
  return parseSettings(got[KEY]);
}

export async function saveSettings(storage: Browser.Storage.StorageArea, settings: Settings): Promise<void> {
  await storage.set({ [KEY]: settingsSchema.parse(settings) });
}

export function watchSettings(browser: typeof Browser, onChange: (s: Settings) => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && KEY in changes) onChange(parseSettings(changes[KEY]!.newValue));
  });
}

export function isCapturePaused(settings: Settings, site: string): boolean {
  return settings.paused || settings.pausedSites.includes(site);
}
