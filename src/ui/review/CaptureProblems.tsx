// Per site, events the worker refused (never stored) or repaired at the boundary: the review page says what capture
// lost or changed, beside what it kept. Rendered as text only.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { siteName } from '../../core/sites';
import { type BoundaryCounts, send } from '../../messages';
import { describeBoundary } from '../shared/boundary-text';

export function CaptureProblems() {
  const [counts, setCounts] = useState<BoundaryCounts>({});
  useEffect(() => {
    void send((m) => browser.runtime.sendMessage(m), { type: 'status' }).then((r) => r.ok && setCounts(r.boundary), () => undefined);
  }, []);
  const sites = Object.entries(counts).filter(([, b]) => b.refused || b.repaired);
  if (!sites.length) return null;
  return (
    <section class="capture-problems" aria-label="Capture problems" data-testid="capture-problems">
      <h3>Capture problems</h3>
      <ul>
        {sites.map(([site, b]) => {
          const { refused, repaired } = describeBoundary(b);
          return (
            <li key={site}>
              <strong>{siteName(site)}</strong>: {[refused, repaired].filter(Boolean).join('; ')}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
