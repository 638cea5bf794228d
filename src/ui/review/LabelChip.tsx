// A machine label with its confidence: on list rows and in an open conversation. Its own file so the list does not
// load the timeline (and the labeller it runs) to show its rows.
import type { AnswerLabelKind } from '../../core/labeller/types';

export const pct = (c: number) => `${Math.round(c * 100)}%`;

export function LabelChip({ label, confidence }: { label: AnswerLabelKind; confidence: number }) {
  return (
    <span class={`chip ${label}`} title={`machine label, confidence ${pct(confidence)}`}>
      {label} {label !== 'unknown' && pct(confidence)}
    </span>
  );
}
