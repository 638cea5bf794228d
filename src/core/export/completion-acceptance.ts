// The Echo paper's metric for inline completion: acceptance rate = suggestions accepted / suggestions shown, with
// partly accepted suggestions (a word or a line taken, the rest dismissed) counted apart, never mixed into either
// number. Counted per site, per language and per UTC day (day rows carry site and language, so merged bundles sum
// exactly). Acceptance is what the user did at the suggestion (Tab), whatever they did after: a suggestion
// accepted and then edited counts as accepted here, and the edit shows in `refined` (and becomes the training
// target); accepted and then deleted again counts as accepted and in `undone`.
import type { CompletionLabel } from '../labeller/completion-types';
import { array, type Infer, nullable, number, object, record, string } from '../schema';

export const COMPLETION_ACCEPTANCE_DEFINITION =
  "rate = suggestions accepted whole / suggestions shown (the Echo paper's acceptance rate); " +
  'partialRate = suggestions partly accepted (a word or line taken, the rest dismissed) / suggestions shown; ' +
  'accepted counts what the user took at the suggestion, later kept (kept), edited (refined) or deleted again (undone)';

export const UNKNOWN_LANGUAGE = 'unknown';

const countsShape = {
  shown: number({ int: true, min: 0, description: 'Suggestions shown' }),
  accepted: number({ int: true, min: 0, description: 'Accepted whole (Tab, or word by word to its end)' }),
  partial: number({ int: true, min: 0, description: 'Partly accepted, the rest dismissed' }),
  dismissed: number({ int: true, min: 0, description: 'Nothing accepted; dismissed (Escape, typed over, moved away, replaced, blur)' }),
  kept: number({ int: true, min: 0, description: 'Accepted (whole or part) and left as it went in' }),
  refined: number({ int: true, min: 0, description: 'Accepted (whole or part) and then edited: CN differs' }),
  undone: number({ int: true, min: 0, description: 'Accepted and then deleted again' }),
  rate: nullable(number({ min: 0, max: 1, description: 'accepted / shown; null when nothing was shown' })),
  partialRate: nullable(number({ min: 0, max: 1, description: 'partial / shown; null when nothing was shown' })),
};
export const completionAcceptanceCountsSchema = object(countsShape);
export const completionAcceptanceStatsSchema = object(
  {
    definition: string(),
    overall: completionAcceptanceCountsSchema,
    bySite: record(completionAcceptanceCountsSchema),
    byLanguage: record(completionAcceptanceCountsSchema),
    byDay: array(object({ day: string({ pattern: /^\d{4}-\d{2}-\d{2}$/ }), site: string(), language: string(), ...countsShape }), {
      max: 10_000_000,
    }),
  },
  { description: 'Inline completion acceptance: accepted / shown suggestions, partly accepted apart, per site, language and day' },
);

export type CompletionAcceptanceCounts = Infer<typeof completionAcceptanceCountsSchema>;
export type CompletionAcceptanceStats = Infer<typeof completionAcceptanceStatsSchema>;
type DayRow = CompletionAcceptanceStats['byDay'][number];

/** The facts of one suggestion the tally needs (a label row holds them; the store keeps them as this tuple's parts). */
export type CompletionFacts = Pick<CompletionLabel, 'site' | 'language' | 'shownAt' | 'label' | 'acceptance'>;

/** The counted fields of acceptance counts (the rates are derived from them). */
export const COMPLETION_COUNT_FIELDS = ['shown', 'accepted', 'partial', 'dismissed', 'kept', 'refined', 'undone'] as const;

const empty = (): CompletionAcceptanceCounts => ({
  shown: 0,
  accepted: 0,
  partial: 0,
  dismissed: 0,
  kept: 0,
  refined: 0,
  undone: 0,
  rate: null,
  partialRate: null,
});

function rates(c: CompletionAcceptanceCounts): void {
  c.rate = c.shown ? c.accepted / c.shown : null;
  c.partialRate = c.shown ? c.partial / c.shown : null;
}

/** One suggestion's contribution to every count (the store's running tally adds and removes these). */
export function completionCountsOf(s: CompletionFacts): CompletionAcceptanceCounts {
  const c = empty();
  c.shown = 1;
  if (s.acceptance === 'full') c.accepted = 1;
  else if (s.acceptance === 'partial') c.partial = 1;
  else if (s.label === 'rejected') c.dismissed = 1;
  if (s.acceptance !== 'none') {
    if (s.label === 'refined') c.refined = 1;
    else if (s.label === 'rejected') c.undone = 1;
    else if (s.label === 'accepted' || s.label === 'partial') c.kept = 1;
  }
  return c;
}

function sum(into: CompletionAcceptanceCounts, add: CompletionAcceptanceCounts): void {
  for (const f of COMPLETION_COUNT_FIELDS) into[f] += add[f];
  rates(into);
}

export class CompletionAcceptanceTally {
  private overall = empty();
  private bySite = new Map<string, CompletionAcceptanceCounts>();
  private byLanguage = new Map<string, CompletionAcceptanceCounts>();
  private byDay = new Map<string, DayRow>();

  add(facts: CompletionFacts): void {
    const language = facts.language || UNKNOWN_LANGUAGE;
    this.addCounts(facts.shownAt.slice(0, 10), facts.site, language, completionCountsOf(facts));
  }

  /** Sums day rows (from several bundles' manifests) into every view. */
  static fromDays(days: readonly DayRow[]): CompletionAcceptanceStats {
    const tally = new CompletionAcceptanceTally();
    for (const d of days) tally.addCounts(d.day, d.site, d.language, d);
    return tally.stats();
  }

  private addCounts(day: string, site: string, language: string, c: CompletionAcceptanceCounts): void {
    sum(this.overall, c);
    sum(getOr(this.bySite, site, empty), c);
    sum(getOr(this.byLanguage, language, empty), c);
    sum(getOr(this.byDay, `${day}\u0000${site}\u0000${language}`, () => ({ day, site, language, ...empty() })), c);
  }

  stats(): CompletionAcceptanceStats {
    const sorted = (m: Map<string, CompletionAcceptanceCounts>) =>
      Object.fromEntries([...m].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, { ...v }]));
    return {
      definition: COMPLETION_ACCEPTANCE_DEFINITION,
      overall: { ...this.overall },
      bySite: sorted(this.bySite),
      byLanguage: sorted(this.byLanguage),
      byDay: [...this.byDay.values()]
        .sort((a, b) => a.day.localeCompare(b.day) || a.site.localeCompare(b.site) || a.language.localeCompare(b.language))
        .map((d) => ({ ...d })),
    };
  }
}

function getOr<V>(map: Map<string, V>, key: string, make: () => V): V {
  let v = map.get(key);
  if (!v) map.set(key, (v = make()));
  return v;
}

const pct = (r: number) => `${Math.round(r * 100)}%`;

/**
 * "Completions: accepted 36% of 250 shown (accepted / shown), partly 8% (python 40%, typescript 30%)": the popup's
 * line, the dataset card's and the CLI's. `null` when no suggestion was shown, so chat-only users see nothing new.
 */
export function describeCompletionAcceptance(
  stats: Pick<CompletionAcceptanceStats, 'overall' | 'byLanguage'>,
  maxLanguages = 3,
): string | null {
  const { overall } = stats;
  if (!overall.shown) return null;
  const languages = Object.entries(stats.byLanguage)
    .filter(([, c]) => c.shown > 0)
    .sort(([, a], [, b]) => b.shown - a.shown)
    .slice(0, maxLanguages)
    .map(([l, c]) => `${l} ${pct(c.accepted / c.shown)}`);
  const noun = overall.shown === 1 ? 'suggestion' : 'suggestions';
  return `Completions: accepted ${pct(overall.accepted / overall.shown)} of ${overall.shown} ${noun} shown (accepted / shown), partly ${pct(
    overall.partial / overall.shown,
  )}${languages.length ? ` (${languages.join(', ')})` : ''}`;
}
