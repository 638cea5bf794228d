// First run: what is captured, where it lives, how export works; capture starts on the sites the person ticks
// and only once they press Agree. Nothing is ticked beforehand, except, when the text changed since they agreed
// (CONSENT_VERSION; the update opens this page), the sites they had chosen: capture stays off there until they
// agree again. A code-editor site also says beside its name what is captured there.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { grantConsent, hasConsent, loadSettings, needsConsentAgain, type Settings, updateSettings } from '../../store/settings';
import { requestHostAccess, sitesWithoutHostAccess } from '../shared/host-access';
import { siteName, SUPPORTED_SITES } from '../shared/sites';
import { WhatIsCaptured } from '../shared/WhatIsCaptured';

export function Onboarding() {
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [noHostAccess, setNoHostAccess] = useState<Set<string>>(new Set());
  const [agreed, setAgreed] = useState<Settings | null>(null);
  const [declined, setDeclined] = useState(false);
  const [error, setError] = useState<string | null>(null);
  /** Sites agreed to under an older text: capture stopped there until the person agrees to this one. */
  const [askedAgain, setAskedAgain] = useState<string[]>([]);

  useEffect(() => {
    void sitesWithoutHostAccess().then(setNoHostAccess);
    void loadSettings(browser.storage.local).then((s) => {
      const again = needsConsentAgain(s) ? SUPPORTED_SITES.filter((site) => s.consent?.sites.includes(site.id)).map((site) => site.id) : [];
      const already = SUPPORTED_SITES.filter((site) => hasConsent(s, site.id)).map((site) => site.id);
      setAskedAgain(again);
      if (already.length || again.length) setChosen(new Set([...already, ...again]));
    });
  }, []);

  const toggle = (id: string) => {
    const next = new Set(chosen);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setChosen(next);
  };

  const agree = () => {
    const sites = [...chosen];
    // First thing in the click: Firefox only shows the host permission prompt straight from a user action.
    const access = requestHostAccess(sites.filter((s) => noHostAccess.has(s)));
    void access
      .then(() => updateSettings(browser.storage.local, (s) => grantConsent(s, sites)))
      .then(setAgreed, (e: unknown) => setError(String(e)));
  };

  if (agreed) {
    return (
      <main class="page">
        <h1>Echo Capture is on</h1>
        <div class="card" data-testid="onboarding-done">
          <p>
            Capturing on: <strong>{agreed.consent?.sites.map(siteName).join(', ')}</strong>. Chat as usual; the toolbar popup shows what has been captured and exports it.
          </p>
          <p class="muted">Change sites, pause, retention or delete everything any time in the options page.</p>
          <div class="row">
            <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>Open options</button>
          </div>
        </div>
      </main>
    );
  }

  return (
    <main class="page">
      <h1>Welcome to Echo Capture</h1>
      <p>
        Echo Capture turns how you refine AI chat answers (and, in code editors, inline code suggestions) into training data, kept in
        this browser. It captures nothing until you choose the sites below and agree.
      </p>
      {askedAgain.length > 0 && (
        <p class="card note" role="status" data-testid="consent-again">
          What Echo Capture says it captures has changed since you agreed (it now explains code editors). Nothing is captured on{' '}
          {askedAgain.map(siteName).join(', ')} until you read it below and agree again; those sites are ticked as you chose them.
        </p>
      )}
      <WhatIsCaptured />
      <section class="card" aria-labelledby="choose">
        <h2 id="choose">Capture on these sites</h2>
        <ul class="sites">
          {SUPPORTED_SITES.map((site) => (
            <li key={site.id}>
              <label>
                <input type="checkbox" checked={chosen.has(site.id)} onChange={() => toggle(site.id)} data-testid={`consent-site-${site.id}`} />
                {site.name}
                {noHostAccess.has(site.id) && <span class="muted">(your browser will ask to allow it)</span>}
              </label>
              {site.captures && (
                <p class="muted site-captures" data-testid={`consent-captures-${site.id}`}>
                  Captures {site.captures}.
                </p>
              )}
            </li>
          ))}
        </ul>
        <div class="row">
          <button type="button" onClick={() => setChosen(new Set(SUPPORTED_SITES.map((s) => s.id)))}>Select all</button>
          <button type="button" class="primary" disabled={chosen.size === 0} onClick={agree} data-testid="consent-agree">
            Agree and start capturing
          </button>
          <button type="button" onClick={() => setDeclined(true)} data-testid="consent-decline">
            Not now
          </button>
        </div>
        {declined && (
          <p class="muted" role="status">
            Nothing will be captured. You can agree later from the options page.
          </p>
        )}
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
        <p class="muted">
          Taking part in a research study? Import the study file in the <a href={browser.runtime.getURL('options/index.html')}>options page</a>: it shows the study's own consent text.
        </p>
      </section>
    </main>
  );
}
