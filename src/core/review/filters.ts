// Review filters as plain data, and the predicates the list applies while it scans an index. The date range is
// the one part an index can narrow (by `ts`); the rest is tested per row, which is cheap on the small index rows.
import type { EventKind } from '../events';
import type { AnswerLabelKind } from '../labeller/types';

export interface ReviewFilter {
  sites: string[];
  models: string[];
  labels: AnswerLabelKind[];
  signalKinds: EventKind[];
  /** Inclusive UTC days, `YYYY-MM-DD`. */
  from?: string;
  to?: string;
  minConfidence?: number;
  maxConfidence?: number;
}

export const EMPTY_FILTER: ReviewFilter = { sites: [], models: [], labels: [], signalKinds: [] };

export interface FilterableAnswer {
  site: string;
  model: string;
  ts: string;
  label: AnswerLabelKind;
  userLabel?: AnswerLabelKind;
  confidence: number;
  signalKinds: readonly EventKind[];
}

export interface FilterableConversation {
  site: string;
  models: readonly string[];
  lastTs: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** `ts` bounds for an index range: [from 00:00, to 23:59:59.999] UTC; open ends stay open. */
export function tsBounds(f: ReviewFilter): { lower: string; upper: string } {
  return {
    lower: f.from && DAY.test(f.from) ? `${f.from}T00:00:00.000Z` : '',
    upper: f.to && DAY.test(f.to) ? `${f.to}T23:59:59.999Z` : '\uffff',
  };
}

export function userOrMachineLabel(row: Pick<FilterableAnswer, 'label' | 'userLabel'>): AnswerLabelKind {
  return row.userLabel ?? row.label;
}

/** Filters that only answers can answer (labels, signals, confidence): the conversation list needs the index. */
export function needsAnswerIndex(f: ReviewFilter): boolean {
  return f.labels.length > 0 || f.signalKinds.length > 0 || f.minConfidence !== undefined || f.maxConfidence !== undefined;
}

export function isEmptyFilter(f: ReviewFilter): boolean {
  return !f.sites.length && !f.models.length && !needsAnswerIndex(f) && !f.from && !f.to;
}

export function matchesAnswer(row: FilterableAnswer, f: ReviewFilter): boolean {
  const { lower, upper } = tsBounds(f);
  if (row.ts < lower || row.ts > upper) return false;
  if (f.sites.length && !f.sites.includes(row.site)) return false;
  if (f.models.length && !f.models.includes(row.model)) return false;
  if (f.labels.length && !f.labels.includes(userOrMachineLabel(row))) return false;
  if (f.signalKinds.length && !f.signalKinds.some((k) => row.signalKinds.includes(k))) return false;
  // A user label is certain: confidence filters read the machine's confidence only when no user label is set.
  const confidence = row.userLabel ? 1 : row.confidence;
  if (f.minConfidence !== undefined && confidence < f.minConfidence) return false;
  if (f.maxConfidence !== undefined && confidence > f.maxConfidence) return false;
  return true;
}

export function matchesConversation(row: FilterableConversation, f: ReviewFilter): boolean {
  const { lower, upper } = tsBounds(f);
  if (row.lastTs < lower || row.lastTs > upper) return false;
  if (f.sites.length && !f.sites.includes(row.site)) return false;
  if (f.models.length && !f.models.some((m) => row.models.includes(m))) return false;
  return true;
}

/** Short human summary for bulk-action confirmations and the status line. */
export function describeFilter(f: ReviewFilter): string {
  const parts: string[] = [];
  if (f.sites.length) parts.push(`site ${f.sites.join('/')}`);
  if (f.models.length) parts.push(`model ${f.models.join('/')}`);
  if (f.labels.length) parts.push(`label ${f.labels.join('/')}`);
  if (f.signalKinds.length) parts.push(`signal ${f.signalKinds.join('/')}`);
  if (f.from || f.to) parts.push(`${f.from ?? '…'} to ${f.to ?? '…'}`);
  if (f.minConfidence !== undefined || f.maxConfidence !== undefined) parts.push(`confidence ${f.minConfidence ?? 0}–${f.maxConfidence ?? 1}`);
  return parts.length ? parts.join(', ') : 'everything';
}
