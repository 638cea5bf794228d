import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { joinStudy, parseStudyFile } from '../core/study';
import {
  captureGate,
  CONSENT_VERSION,
  needsConsentAgain,
  DEFAULT_SETTINGS,
  effectiveRetentionDays,
  grantConsent,
  isCapturePaused,
  isEventInScope,
  parseSettings,
  setSiteEnabled,
  settingsSchema,
} from './settings';

const study = joinStudy(parseStudyFile(readFileSync(new URL('../../docs/examples/study.json', import.meta.url), 'utf8')));

describe('capture gate', () => {
  it('captures nothing on a fresh install, nor from unreadable settings', () => {
    expect(captureGate(DEFAULT_SETTINGS, 'chatgpt')).toBe('no-consent');
    expect(isCapturePaused(parseSettings({ paused: false, pausedSites: [], consent: 'yes' }), 'chatgpt')).toBe(true);
    expect(isCapturePaused(parseSettings(undefined), 'chatgpt')).toBe(true);
  });

  it('keeps settings written before consent existed readable', () => {
    expect(parseSettings({ paused: true, pausedSites: ['claude'] })).toEqual({ paused: true, pausedSites: ['claude'] });
  });

  it('captures exactly the sites agreed to, unless paused globally or per site', () => {
    const agreed = grantConsent(DEFAULT_SETTINGS, ['chatgpt'], new Date('2026-01-01T00:00:00.000Z'));
    expect(agreed.consent).toEqual({ version: CONSENT_VERSION, agreedAt: '2026-01-01T00:00:00.000Z', sites: ['chatgpt'] });
    expect(captureGate(agreed, 'chatgpt')).toBe('capturing');
    expect(captureGate(agreed, 'claude')).toBe('no-consent');
    expect(captureGate({ ...agreed, paused: true }, 'chatgpt')).toBe('paused');
    expect(captureGate(setSiteEnabled(agreed, 'chatgpt', false), 'chatgpt')).toBe('site-off');
  });

  it('asks again when the onboarding text changed materially (consent of an older version)', () => {
    const consent = { version: CONSENT_VERSION - 1, agreedAt: '2026-01-01T00:00:00.000Z', sites: ['chatgpt'] };
    const old = { ...DEFAULT_SETTINGS, consent };
    expect(captureGate(old, 'chatgpt')).toBe('no-consent');
    expect(needsConsentAgain(old)).toBe(true);
    expect(setSiteEnabled(old, 'claude', true).consent?.sites).toEqual(['claude']);
    expect(needsConsentAgain(grantConsent(old, ['chatgpt']))).toBe(false);
    // Nobody to ask again: never agreed, or a study's own consent speaks for them.
    expect(needsConsentAgain(DEFAULT_SETTINGS)).toBe(false);
    expect(needsConsentAgain({ ...old, study })).toBe(false);
  });

  it('switching a site on in options is agreeing to that site alone', () => {
    const on = setSiteEnabled(DEFAULT_SETTINGS, 'claude', true, new Date('2026-01-02T00:00:00.000Z'));
    expect(on.consent?.sites).toEqual(['claude']);
    expect(captureGate(on, 'claude')).toBe('capturing');
    expect(captureGate(on, 'chatgpt')).toBe('no-consent');
    const off = setSiteEnabled(on, 'claude', false);
    expect(captureGate(off, 'claude')).toBe('site-off');
    expect(captureGate(setSiteEnabled(off, 'claude', true), 'claude')).toBe('capturing');
  });

  it('in a study: only the study\'s sites and signals, whatever was agreed before', () => {
    const s = { ...grantConsent(DEFAULT_SETTINGS, ['chatgpt', 'claude']), study: { ...study, signals: ['copy' as const] } };
    expect(captureGate(s, 'chatgpt')).toBe('capturing');
    expect(captureGate(s, 'claude')).toBe('out-of-study');
    expect(isEventInScope(s, { site: 'chatgpt', kind: 'prompt' })).toBe(true);
    expect(isEventInScope(s, { site: 'chatgpt', kind: 'copy' })).toBe(true);
    expect(isEventInScope(s, { site: 'chatgpt', kind: 'feedback' })).toBe(false);
    expect(isEventInScope(s, { site: 'claude', kind: 'prompt' })).toBe(false);
    expect(isEventInScope({ ...s, paused: true }, { site: 'chatgpt', kind: 'prompt' })).toBe(false);
    expect(settingsSchema.parse(s)).toEqual(s);
  });

  it('retention in effect is the shorter of the person\'s and the study\'s', () => {
    expect(effectiveRetentionDays(DEFAULT_SETTINGS)).toBeUndefined();
    expect(effectiveRetentionDays({ ...DEFAULT_SETTINGS, retentionDays: 30 })).toBe(30);
    expect(effectiveRetentionDays({ ...DEFAULT_SETTINGS, retentionDays: 90, study })).toBe(60);
  });
});
