// A diff of two captured texts, inline or side by side; word level for prose and line level for code by default,
// switchable. Runs are JSX text, so diffed markup stays text.
import { useMemo, useState } from 'preact/hooks';
import { type DiffGranularity, type DiffPart, diffStats, diffTexts, sideBySide } from '../../core/review/diff-view';

function Runs({ parts }: { parts: readonly DiffPart[] }) {
  return (
    <>
      {parts.map((p, i) =>
        p.op === 'equal' ? (
          <span key={i}>{p.text}</span>
        ) : p.op === 'insert' ? (
          <ins key={i}>{p.text}</ins>
        ) : (
          <del key={i}>{p.text}</del>
        ),
      )}
    </>
  );
}

export function DiffView({ before, after, beforeLabel, afterLabel, testid }: {
  before: string;
  after: string;
  beforeLabel: string;
  afterLabel: string;
  testid?: string;
}) {
  const [layout, setLayout] = useState<'inline' | 'split'>('inline');
  const [granularity, setGranularity] = useState<DiffGranularity | 'auto'>('auto');
  const result = useMemo(() => diffTexts(before, after, granularity), [before, after, granularity]);
  const stats = diffStats(result);
  const split = layout === 'split' ? sideBySide(result.parts) : null;
  const cls = result.granularity === 'lines' ? 'diff code' : 'diff';
  return (
    <div class="diffbox" data-testid={testid}>
      <div class="diffbar">
        <span class="muted">
          {beforeLabel} → {afterLabel}: +{stats.inserted} / −{stats.deleted} {stats.unit}
          {result.truncated && ' (first 50,000 characters)'}
          {result.gaveUp && ' (too different to align)'}
        </span>
        <span class="seg" role="group" aria-label="Diff layout">
          <button type="button" aria-pressed={layout === 'inline'} onClick={() => setLayout('inline')}>Inline</button>
          <button type="button" aria-pressed={layout === 'split'} onClick={() => setLayout('split')}>Side by side</button>
        </span>
        <span class="seg" role="group" aria-label="Diff granularity">
          <button type="button" aria-pressed={result.granularity === 'words'} onClick={() => setGranularity('words')}>Words</button>
          <button type="button" aria-pressed={result.granularity === 'lines'} onClick={() => setGranularity('lines')}>Lines</button>
        </span>
      </div>
      {split ? (
        <div class="split">
          <div class={cls} dir="auto" aria-label={beforeLabel}>
            <Runs parts={split.left} />
          </div>
          <div class={cls} dir="auto" aria-label={afterLabel}>
            <Runs parts={split.right} />
          </div>
        </div>
      ) : (
        <div class={cls} dir="auto">
          <Runs parts={result.parts} />
        </div>
      )}
    </div>
  );
}
