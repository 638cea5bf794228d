// Completion episodes + their labels -> training samples. The target is always CN, what the user kept at that
// place (accepted and kept, edited to its final state, or the part they took); a suggestion that was dismissed,
// replaced or accepted and deleted again is never a target, only the rejected side of a pair. Pairs need the same
// context on both sides: CN against the suggestion it came from, or an accepted suggestion against one it replaced
// at the same cursor with the same code around it.
import type { AnswerLabelKind } from '../labeller/types';
import { buildCompletionEpisodes, type CompletionEpisode } from '../labeller/completion-episodes';
import type { CompletionLabel, CompletionLabelKind } from '../labeller/completion-types';
import type { CaptureEvent } from '../events';
import { DEFAULT_MIN_CONFIDENCE } from './context';
import type {
  CompletionFimSample,
  CompletionPreferenceSample,
  CompletionPromptCompletionSample,
  CompletionSampleMeta,
} from './completion-schemas';

export interface CompletionSampleSets {
  fim: CompletionFimSample[];
  promptCompletion: CompletionPromptCompletionSample[];
  preference: CompletionPreferenceSample[];
}

export interface CompletionSampleOptions {
  minConfidence?: number;
  /** The export's label filter (answer label names): `accepted` keeps accepted and partial, `refined` keeps refined. */
  labels?: readonly AnswerLabelKind[];
}

const TARGET_LABELS: readonly CompletionLabelKind[] = ['accepted', 'refined', 'partial'];

export function buildCompletionSamples(
  events: readonly CaptureEvent[],
  labels: readonly CompletionLabel[],
  options: CompletionSampleOptions = {},
): CompletionSampleSets {
  const minConfidence = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  const asAnswerLabel = (l: CompletionLabelKind): AnswerLabelKind => (l === 'partial' ? 'accepted' : l);
  const chosen = options.labels;
  const wanted = new Set<CompletionLabelKind>(chosen ? TARGET_LABELS.filter((l) => chosen.includes(asAnswerLabel(l))) : TARGET_LABELS);
  const byKey = new Map(labels.map((l) => [keyOf(l.conversationKey, l.suggestionId), l]));
  const episodes = buildCompletionEpisodes(events).episodes;
  const out: CompletionSampleSets = { fim: [], promptCompletion: [], preference: [] };
  for (const episode of episodes) {
    const label = byKey.get(keyOf(episode.conversationKey, episode.shown.suggestionId));
    if (!label || !isTarget(label, minConfidence) || !wanted.has(label.label)) continue;
    const { shown } = episode;
    const middle = label.target!;
    const id = `${episode.conversationKey}:${shown.suggestionId}`;
    out.fim.push({ id: `fim:${id}`, prefix: shown.prefix, suffix: shown.suffix, middle, meta: metaOf(episode, label) });
    const withSuffix = metaOf(episode, label, { suffix: shown.suffix });
    out.promptCompletion.push({ id: `fimpc:${id}`, prompt: shown.prefix, completion: middle, meta: withSuffix });
    if (label.label !== 'accepted' && differs(middle, shown.text)) {
      out.preference.push({
        id: `fimpref:${id}>${shown.suggestionId}`,
        prompt: shown.prefix,
        chosen: middle,
        rejected: shown.text,
        meta: metaOf(episode, label, {
          suffix: shown.suffix,
          pairKind: label.label === 'refined' ? 'refined_vs_suggestion' : 'partial_vs_suggestion',
          rejectedSuggestionId: shown.suggestionId,
        }),
      });
    }
  }
  // A suggestion the user passed over for another at the same place: the kept one is preferred.
  const byShownId = new Map(episodes.map((e) => [keyOf(e.conversationKey, e.shown.suggestionId), e]));
  for (const passed of episodes) {
    const replacing = passed.replacedBy && byShownId.get(keyOf(passed.conversationKey, passed.replacedBy.suggestionId));
    const kept = replacing && byKey.get(keyOf(replacing.conversationKey, replacing.shown.suggestionId));
    const dropped = byKey.get(keyOf(passed.conversationKey, passed.shown.suggestionId));
    if (!replacing || !kept || dropped?.label !== 'rejected' || !isTarget(kept, minConfidence) || !wanted.has(kept.label)) continue;
    if (passed.shown.prefix !== replacing.shown.prefix || passed.shown.suffix !== replacing.shown.suffix) continue;
    if (!differs(kept.target!, passed.shown.text)) continue;
    out.preference.push({
      id: `fimpref:${replacing.conversationKey}:${replacing.shown.suggestionId}>${passed.shown.suggestionId}`,
      prompt: replacing.shown.prefix,
      chosen: kept.target!,
      rejected: passed.shown.text,
      meta: {
        ...metaOf(replacing, kept, {
          suffix: replacing.shown.suffix,
          pairKind: 'accepted_vs_replaced',
          rejectedSuggestionId: passed.shown.suggestionId,
        }),
        confidence: Math.min(kept.confidence, dropped.confidence),
        evidence: [...kept.evidence, ...dropped.evidence],
      },
    });
  }
  return out;
}

const keyOf = (conversationKey: string, suggestionId: string) => `${conversationKey}\u0000${suggestionId}`;

/** A label that may be trained: kept, refined or partly kept, confident enough, with something in it. */
const isTarget = (label: CompletionLabel, minConfidence: number) =>
  TARGET_LABELS.includes(label.label) && label.confidence >= minConfidence && label.target !== undefined && label.target.trim() !== '';

const differs = (a: string, b: string) => a.replace(/\s+/g, '') !== b.replace(/\s+/g, '');

function metaOf(episode: CompletionEpisode, label: CompletionLabel, extra: Partial<CompletionSampleMeta> = {}): CompletionSampleMeta {
  const { shown } = episode;
  return {
    site: shown.site,
    conversationKey: episode.conversationKey,
    suggestionId: shown.suggestionId,
    editor: shown.editor,
    ...(shown.language ? { language: shown.language } : {}),
    ...(shown.file ? { file: shown.file } : {}),
    ...(shown.source ? { source: shown.source } : {}),
    shownAt: shown.ts,
    label: label.label,
    acceptance: label.acceptance,
    confidence: label.confidence,
    evidence: label.evidence,
    rulesVersion: label.rulesVersion,
    ...(label.editDistance !== undefined ? { editDistance: label.editDistance } : {}),
    ...extra,
  };
}
