// The detail pane when no conversation is open: charts of the filtered set and bulk actions on all of it.
import { useState } from 'preact/hooks';
import { acceptanceFromCells, describeAcceptance } from '../../core/export/acceptance';
import { ANSWER_LABELS, type AnswerLabelKind } from '../../core/labeller/types';
import type { ChartData } from '../../core/review/charts';
import { describeFilter, type ReviewFilter } from '../../core/review/filters';
import type { PageStore } from '../../store/api';
import type { OnAction } from './actions';
import { CaptureProblems } from './CaptureProblems';
import { Charts } from './Charts';
import { Completions } from './Completions';
import { allKeys, answerRowsFor, type Mode } from './listing';

interface OverviewProps {
  store: PageStore;
  mode: Mode;
  filter: ReviewFilter;
  scanned: string[] | null;
  scanDone: boolean;
  count: number;
  charts: ChartData;
  /** Whether any inline completions were captured: reading them loads the labeller, so only then. */
  completions: boolean;
  onAction: OnAction;
}

export function Overview(p: OverviewProps) {
  const { store, mode, filter, count, onAction } = p;
  const [label, setLabel] = useState<AnswerLabelKind>('accepted');
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [busy, setBusy] = useState('');
  const noun = mode === 'conversations' ? 'conversations' : 'answers';
  const run = async (what: string, act: () => Promise<void>) => {
    setBusy(what);
    try {
      await act();
    } finally {
      setBusy('');
      setConfirmDelete(false);
    }
  };
  const keys = () => allKeys(store, mode, filter, p.scanned);
  const convsOf = async () =>
    mode === 'conversations' ? keys() : [...new Set((await answerRowsFor(store, await keys())).map((r) => r.conv))];
  const exclude = (on: boolean) =>
    run(on ? 'Excluding' : 'Including', async () => {
      const targets =
        mode === 'conversations'
          ? (await keys()).map((conv) => ({ scope: 'conversation' as const, conv }))
          : (await answerRowsFor(store, await keys())).map((r) => ({
              scope: 'answer' as const,
              conv: r.conv,
              eventId: r.eventId,
              messageId: r.messageId,
            }));
      onAction(`${on ? 'Excluded' : 'Included'} ${targets.length} ${noun}`, await store.setExcluded(targets, on));
    });
  const relabel = () =>
    run('Labelling', async () => {
      const rows = await answerRowsFor(store, await keys());
      const targets = rows.map((r) => ({
        conv: r.conv,
        eventId: r.eventId,
        messageId: r.messageId,
        machineLabel: r.label,
        machineConfidence: r.confidence,
        rulesVersion: '',
      }));
      onAction(`Labelled ${targets.length} answers ${label}`, await store.setUserLabel(targets, label));
    });
  const remove = () =>
    run('Deleting', async () => {
      const convs = await convsOf();
      onAction(`Deleted ${convs.length} conversations`, await store.deleteConversations(convs));
    });
  const ready = p.scanDone || !p.scanned;
  return (
    <section class="detail overview" aria-label="Overview">
      <h2>Overview</h2>
      <CaptureProblems />
      <p class="muted" data-testid="overview-acceptance">
        {describeAcceptance(acceptanceFromCells(new Map([...p.charts.acceptance].map(([model, weeks]) => [model, weeks.values()]))), 6)}
      </p>
      <Charts data={p.charts} complete={p.scanDone} />
      {p.completions && <Completions store={store} version={count} />}
      <section class="bulk" aria-label="Bulk actions">
        <h3>
          Bulk actions on {ready ? count.toLocaleString('en') : 'the'} {noun} in view <span class="muted">({describeFilter(filter)})</span>
        </h3>
        {!ready && <p class="muted">Waiting for the filter to finish scanning…</p>}
        <div class="bulk-row">
          <button type="button" disabled={!ready || !!busy || !count} onClick={() => void exclude(true)} data-testid="bulk-exclude">
            Exclude all from export
          </button>
          <button type="button" disabled={!ready || !!busy || !count} onClick={() => void exclude(false)}>Include all again</button>
        </div>
        {mode === 'answers' && (
          <div class="bulk-row">
            <label class="field">
              Label all as{' '}
              <select value={label} onChange={(e) => setLabel(e.currentTarget.value as AnswerLabelKind)}>
                {ANSWER_LABELS.map((l) => (
                  <option key={l} value={l}>{l}</option>
                ))}
              </select>
            </label>
            <button type="button" disabled={!ready || !!busy || !count} onClick={() => void relabel()}>Apply label</button>
          </div>
        )}
        <div class="bulk-row">
          {confirmDelete ? (
            <>
              <button type="button" class="danger" onClick={() => void remove()} disabled={!!busy}>Delete them for good</button>
              <button type="button" onClick={() => setConfirmDelete(false)}>Cancel</button>
            </>
          ) : (
            <button type="button" class="danger-outline" disabled={!ready || !!busy || !count} onClick={() => setConfirmDelete(true)}>
              Delete {mode === 'answers' ? 'their conversations' : 'all'}…
            </button>
          )}
        </div>
        {busy && <p class="muted" role="status">{busy}…</p>}
      </section>
    </section>
  );
}
