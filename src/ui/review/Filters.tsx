// The filter panel: plain form controls (keyboard and screen-reader friendly by default).
import type { SignalKind } from '../../core/events';
import { ANSWER_LABELS } from '../../core/labeller/types';
import { EMPTY_FILTER, type ReviewFilter } from '../../core/review/filters';

/** A name for every signal kind (core/events.ts SIGNAL_KINDS; the type makes a new kind need one), in display order. */
const SIGNAL_NAMES: Record<SignalKind, string> = {
  copy: 'copy',
  paste: 'paste-back',
  edit_prompt: 'prompt edit',
  regenerate: 'regenerate',
  branch_switch: 'variant switch',
  feedback: 'thumbs',
  stop: 'stop',
  followup: 'follow-up',
};
const SIGNAL_CHOICES = Object.keys(SIGNAL_NAMES) as SignalKind[];

function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

function Checks<T extends string>({ legend, values, chosen, onChange, names }: {
  legend: string;
  values: readonly T[];
  chosen: readonly T[];
  onChange: (v: T[]) => void;
  names?: Record<string, string>;
}) {
  if (!values.length) return null;
  return (
    <fieldset>
      <legend>{legend}</legend>
      {values.map((v) => (
        <label key={v} class="check">
          <input type="checkbox" checked={chosen.includes(v)} onChange={() => onChange(toggle(chosen, v))} />
          <bdi dir="auto">{names?.[v] ?? v}</bdi>
        </label>
      ))}
    </fieldset>
  );
}

const num = (v: string): number | undefined => (v === '' || Number.isNaN(Number(v)) ? undefined : Math.max(0, Math.min(1, Number(v))));

export function Filters({ filter, onChange, sites, models }: {
  filter: ReviewFilter;
  onChange: (f: ReviewFilter) => void;
  sites: string[];
  models: string[];
}) {
  const set = (patch: Partial<ReviewFilter>) => onChange({ ...filter, ...patch });
  return (
    <form class="filters" aria-label="Filters" onSubmit={(e) => e.preventDefault()} data-testid="filters">
      <Checks legend="Site" values={sites} chosen={filter.sites} onChange={(sites) => set({ sites })} />
      <Checks legend="Model" values={models} chosen={filter.models} onChange={(models) => set({ models })} />
      <Checks legend="Label" values={ANSWER_LABELS} chosen={filter.labels} onChange={(labels) => set({ labels })} />
      <Checks legend="Signal" values={SIGNAL_CHOICES} chosen={filter.signalKinds} onChange={(signalKinds) => set({ signalKinds })} names={SIGNAL_NAMES} />
      <fieldset>
        <legend>Date (UTC)</legend>
        <label class="field">
          From <input type="date" value={filter.from ?? ''} onChange={(e) => set({ from: e.currentTarget.value || undefined })} />
        </label>
        <label class="field">
          To <input type="date" value={filter.to ?? ''} onChange={(e) => set({ to: e.currentTarget.value || undefined })} />
        </label>
      </fieldset>
      <fieldset>
        <legend>Confidence</legend>
        <label class="field">
          Min <input type="number" min={0} max={1} step={0.05} value={filter.minConfidence ?? ''} onChange={(e) => set({ minConfidence: num(e.currentTarget.value) })} data-testid="min-confidence" />
        </label>
        <label class="field">
          Max <input type="number" min={0} max={1} step={0.05} value={filter.maxConfidence ?? ''} onChange={(e) => set({ maxConfidence: num(e.currentTarget.value) })} />
        </label>
      </fieldset>
      <button type="button" onClick={() => onChange(EMPTY_FILTER)}>Clear filters</button>
    </form>
  );
}
