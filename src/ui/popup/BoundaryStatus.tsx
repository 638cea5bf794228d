// Under the site's health: events from this site the worker refused (never stored) or repaired, so a capture that
// loses data never looks like "capturing" and nothing else. Rendered as text only.
import type { SiteBoundary } from '../../messages';
import { describeBoundary } from '../shared/boundary-text';

export function BoundaryStatus({ counts }: { counts: SiteBoundary | undefined }) {
  if (!counts || (!counts.refused && !counts.repaired)) return null;
  const { refused, repaired } = describeBoundary(counts);
  return (
    <div data-testid="boundary-status" role="status">
      {refused && <p class="status degraded" data-testid="boundary-refused">{refused}</p>}
      {repaired && <p class="muted" data-testid="boundary-repaired">{repaired}</p>}
    </div>
  );
}
