// One row of the review list: a conversation, an answer or a search hit; captured text as isolated text only.
import type { ListRow } from './listing';
import { LabelChip } from './LabelChip';
import { SafeLine, Visible } from './SafeText';

const day = (ts: string) => ts.slice(0, 16).replace('T', ' ');

export function ListRowView({ row, open }: { row: ListRow | undefined; open: string | null }) {
  if (!row) return <div class="row-body placeholder" aria-busy="true" />;
  if (row.type === 'missing') return <div class="row-body muted">(deleted)</div>;
  if (row.type === 'conversation') {
    const c = row.row;
    return (
      <div class={open === c.key ? 'row-body open' : 'row-body'} data-testid="conversation-row">
        <div class="row-top">
          <SafeLine text={row.title || '(untitled)'} class="title" />
          {row.excluded && <span class="chip excluded-chip">excluded</span>}
        </div>
        <div class="row-meta muted">
          <span class="site">{c.site}</span> · {c.models.length ? <bdi>{c.models.join(', ')}</bdi> : 'model unknown'} · {c.answers} answers · {c.signals} signals · {day(c.lastTs)}
        </div>
      </div>
    );
  }
  if (row.type === 'answer') {
    const a = row.row;
    return (
      <div class={open === a.conv ? 'row-body open' : 'row-body'} data-testid="answer-row">
        <div class="row-top">
          <SafeLine text={a.snippet || '(empty answer)'} class="title" />
          <LabelChip label={a.label} confidence={a.confidence} />
          {a.userLabel && <span class={`chip user ${a.userLabel}`}>yours: {a.userLabel}</span>}
          {row.excluded && <span class="chip excluded-chip">excluded</span>}
        </div>
        <div class="row-meta muted">
          <span class="site">{a.site}</span> · <bdi>{a.model || 'model unknown'}</bdi> · {a.signalKinds.length ? a.signalKinds.join(', ').replace(/_/g, ' ') : 'no signals'} · {day(a.ts)} · <SafeLine text={a.title} />
        </div>
      </div>
    );
  }
  const h = row.hit;
  return (
    <div class={open === h.conv ? 'row-body open' : 'row-body'} data-testid="hit-row">
      <div class="row-top">
        <bdi class="line title" dir="auto">
          <Visible text={h.snippet.before} />
          <mark>
            <Visible text={h.snippet.match} />
          </mark>
          <Visible text={h.snippet.after} />
        </bdi>
        {row.excluded && <span class="chip excluded-chip">excluded</span>}
      </div>
      <div class="row-meta muted">
        {h.kind === 'prompt' ? 'prompt' : 'answer'} · <span class="site">{h.site}</span> · {day(h.ts)}
      </div>
    </div>
  );
}
