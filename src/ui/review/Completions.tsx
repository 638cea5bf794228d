// Inline code completions beside the chats on the review page: the acceptance rate as the Echo paper counts it
// (accepted / shown, partly accepted apart) and the newest suggestions, each with the suggestion as shown, the
// part accepted, the code the user left there (CN) and the diff between them. Captured code is rendered as text
// only (SafeText, DiffView's text runs).
import { useEffect, useState } from 'preact/hooks';
import { describeCompletionAcceptance } from '../../core/export/completion-acceptance';
import type { CompletionOverview, CompletionReviewRow } from '../../core/review/completion-rows';
import type { PageStore } from '../../store/api';
import { DiffView } from './DiffView';
import { SafeText } from './SafeText';

const SHOWN = 50;

export function Completions({ store, version }: { store: PageStore; version: number }) {
  const [overview, setOverview] = useState<CompletionOverview | null>(null);
  useEffect(() => {
    let live = true;
    store.completionSummary(SHOWN).then((o) => live && setOverview(o), () => live && setOverview(null));
    return () => void (live = false);
  }, [version]);
  if (!overview?.stats.overall.shown) return null;
  return (
    <section class="completions" aria-label="Inline completions" data-testid="completions">
      <h3>Inline completions</h3>
      <p class="muted" data-testid="completions-acceptance">{describeCompletionAcceptance(overview.stats, 6)}</p>
      <ol class="completion-list">
        {overview.rows.map((row) => (
          <CompletionItem key={`${row.conversationKey}\u0000${row.suggestionId}`} row={row} />
        ))}
      </ol>
      {overview.stats.overall.shown > overview.rows.length && (
        <p class="muted">The newest {overview.rows.length} of {overview.stats.overall.shown} suggestions; the export holds them all.</p>
      )}
    </section>
  );
}

function CompletionItem({ row }: { row: CompletionReviewRow }) {
  const { label } = row;
  const changed = row.final !== undefined && row.accepted !== '' && row.final !== row.accepted;
  return (
    <li class="completion" data-testid="completion-item" data-label={label.label}>
      <p class="meta">
        <span class={`label label-${label.label}`}>{label.label}</span> {label.acceptance !== 'none' && `${label.acceptance} accept · `}
        {row.site}
        {row.language && ` · ${row.language}`}
        {row.file && ` · ${row.file}`} · {row.shownAt.slice(0, 16).replace('T', ' ')} UTC · confidence {label.confidence.toFixed(2)}
        {label.rejectedHow && ` · ${label.rejectedHow}`}
      </p>
      <dl>
        <dt>Suggestion</dt>
        <dd><SafeText text={row.suggestion} code testid="completion-suggestion" /></dd>
        {row.accepted !== '' && (
          <>
            <dt>Accepted</dt>
            <dd><SafeText text={row.accepted} code testid="completion-accepted" /></dd>
          </>
        )}
        {row.final !== undefined && (
          <>
            <dt>Final code</dt>
            <dd><SafeText text={row.final} code testid="completion-final" /></dd>
          </>
        )}
      </dl>
      {changed && <DiffView before={row.accepted} after={row.final!} beforeLabel="accepted" afterLabel="final" testid="completion-diff" />}
      <p class="muted evidence">{label.evidence.map((e) => `${e.rule}${e.detail ? `: ${e.detail}` : ''}`).join(' · ')}</p>
    </li>
  );
}
