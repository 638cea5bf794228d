// User settings in extension storage (readable by content scripts, unlike the IndexedDB store, which lives in
// the extension's origin). Always parsed: storage is a boundary too. Anything unreadable falls back to the
// defaults, which capture nothing: no consent means no capture.
//
// `captureGate` is the one rule deciding whether a site is captured; the content script (before observing) and
// the background (before storing) both ask it, so the two can never disagree.
import type Browser from 'webextension-polyfill';
import type { CaptureEvent } from '../core/events';
import { REDACTION_CHOICES } from '../core/export/redaction-policy';
import { array, boolean, type Infer, isoTimestamp, number, object, oneOf, optional, string } from '../core/schema';
import { joinedStudySchema, studyCovers } from '../core/study';

/**
 * Bump when what the onboarding page tells a person changes materially: everyone is asked again (the update opens
 * the onboarding page, and nothing is captured on their sites until they agree). 2: the text covers code editors
 * (what is read there, and that key presses are looked at but never stored).
 */
export const CONSENT_VERSION = 2;

const siteId = string({ max: 40 });

export const consentSchema = object({
  version: number({ int: true, min: 1 }),
  agreedAt: isoTimestamp('When the person agreed on the onboarding or options page'),
  /** Sites the person agreed to have captured. */
  sites: array(siteId, { max: 100 }),
});
export type Consent = Infer<typeof consentSchema>;

export const settingsSchema = object({
  paused: boolean(),
  /** Sites switched off (per-site toggle); they stay off inside a study too. */
  pausedSites: array(siteId, { max: 100 }),
  consent: optional(consentSchema),
  /** Delete captured events older than this many days (none: keep until deleted by hand). */
  retentionDays: optional(number({ int: true, min: 1, max: 3650 })),
  /** The study the participant joined: it alone decides which sites and signals are captured (core/study.ts). */
  study: optional(joinedStudySchema),
  /** The person's redaction for exports outside a study (Options); absent: the default level (redaction-policy.ts). */
  exportRedaction: optional(oneOf(REDACTION_CHOICES)),
  /** Whether exports outside a study also write the trainer renderings (popup; core/export/sample-formats.ts). */
  exportRenderings: optional(boolean()),
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

/** Read-modify-write; pages use it so a change made elsewhere meanwhile (e.g. the popup's pause) is not lost. */
export async function updateSettings(storage: Browser.Storage.StorageArea, change: (s: Settings) => Settings): Promise<Settings> {
  const next = change(await loadSettings(storage));
  await saveSettings(storage, next);
  return next;
}

export function watchSettings(browser: typeof Browser, onChange: (s: Settings) => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && KEY in changes) onChange(parseSettings(changes[KEY].newValue));
  });
}

/** Why a site is or is not captured right now. */
export type CaptureGate = 'capturing' | 'paused' | 'site-off' | 'no-consent' | 'out-of-study';

export function hasConsent(settings: Settings, site: string): boolean {
  const c = settings.consent;
  return !!c && c.version >= CONSENT_VERSION && c.sites.includes(site);
}

/**
 * The person agreed to an older text (CONSENT_VERSION moved on) and no study speaks for them: capture is off on their
 * sites until they agree again, so the onboarding page asks them.
 */
export function needsConsentAgain(settings: Settings): boolean {
  const c = settings.consent;
  return !!c && c.version < CONSENT_VERSION && c.sites.length > 0 && !settings.study;
}

export function captureGate(settings: Settings, site: string): CaptureGate {
  if (settings.paused) return 'paused';
  if (settings.pausedSites.includes(site)) return 'site-off';
  if (settings.study) return settings.study.sites.includes(site) ? 'capturing' : 'out-of-study';
  return hasConsent(settings, site) ? 'capturing' : 'no-consent';
}

export function isCapturePaused(settings: Settings, site: string): boolean {
  return captureGate(settings, site) !== 'capturing';
}

/** The background's last check before storing: the site is captured and, in a study, the event kind is in scope. */
export function isEventInScope(settings: Settings, event: Pick<CaptureEvent, 'site' | 'kind'>): boolean {
  if (isCapturePaused(settings, event.site)) return false;
  return !settings.study || studyCovers(settings.study, event);
}

/** What agreeing on the onboarding page writes (and what automated runs write: docs/testing.md). */
export function grantConsent(settings: Settings, sites: readonly string[], now = new Date()): Settings {
  const agreed = [...new Set(sites)].sort();
  return {
    ...settings,
    consent: { version: CONSENT_VERSION, agreedAt: now.toISOString(), sites: agreed },
    pausedSites: settings.pausedSites.filter((s) => !agreed.includes(s)),
  };
}

/** The options page's per-site switch. Switching a site on there is agreeing to it, after reading the same text. */
export function setSiteEnabled(settings: Settings, site: string, enabled: boolean, now = new Date()): Settings {
  const pausedSites = enabled ? settings.pausedSites.filter((s) => s !== site) : [...new Set([...settings.pausedSites, site])];
  if (!enabled || settings.study || hasConsent(settings, site)) return { ...settings, pausedSites };
  const current = settings.consent && settings.consent.version >= CONSENT_VERSION ? settings.consent.sites : [];
  const sites = [...new Set([...current, site])].sort();
  return { ...settings, pausedSites, consent: { version: CONSENT_VERSION, agreedAt: now.toISOString(), sites } };
}

/** Retention in effect: the shorter of the person's own and their study's. */
export function effectiveRetentionDays(settings: Settings): number | undefined {
  const days = [settings.retentionDays, settings.study?.retentionDays].filter((d): d is number => d !== undefined);
  return days.length ? Math.min(...days) : undefined;
}
