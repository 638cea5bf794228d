// Labelling rules are data: every threshold and confidence lives here, versioned, so a caller can override them
// (e.g. from a JSON rules file) and relabel old captures without recapture. Bump LABEL_RULES_VERSION whenever a
// default changes meaning; labels record the version that produced them. docs/labelling.md explains each value.
export const LABEL_RULES_VERSION = 'echo-rules/2.2.0';

export const defaultRules = {
  copy: {
    /** Selections shorter than this share of the answer say little (a term to search, a name). */
    minShare: 0.15,
    /** Selections at least this share count like the copy button. */
    fullShare: 0.6,
    buttonConfidence: 0.65,
    codeBlockConfidence: 0.7,
    selectionConfidence: 0.5,
    /** A selection of fewer words than this (one identifier, one term) is a look-up, not a use. */
    minSelectionTokens: 2,
  },
  thumbs: {
    confidence: 0.92,
    /** When behaviour after the rating contradicts it (thumbs up, then "that fails with Error: ..."). */
    contradictedConfidence: 0.7,
  },
  regenerate: {
    /** Regenerated away and a later variant was kept (continued from, copied, rated up). */
    keptElsewhereConfidence: 0.85,
    /** Regenerated away, nothing kept afterwards: the request for another answer is itself a mild rejection. */
    notKeptConfidence: 0.55,
    /** The variant the user continued from, after regenerating: the kept one gets credit. */
    keptConfidence: 0.6,
  },
  branchSwitch: {
    /** User went back to an earlier variant and continued from it. */
    returnedToConfidence: 0.65,
    /** A variant that was shown, then passed over for another variant the user kept. */
    passedOverConfidence: 0.75,
  },
  editPrompt: {
    /** Answer superseded by editing its prompt right after reading it. */
    confidence: 0.65,
    /** The user had already continued from the answer before editing the prompt above it. */
    afterContinuingConfidence: 0.35,
  },
  stop: { confidence: 0.7 },
  pasteEdit: {
    /** Paste must resemble the answer (or the copy) at least this much to count as a paste-back. */
    minSimilarity: 0.5,
    /** Inserted + deleted characters below this are whitespace noise, not an edit. */
    minChangedChars: 2,
    confidence: 0.8,
    /** Same, but the prompt around the paste reports an error: the edit is not yet a verified solution. */
    withErrorConfidence: 0.45,
  },
  followup: {
    correctionConfidence: 0.7,
    errorTraceConfidence: 0.75,
    /** A weak correction ("use X instead"), a doubt ("are you sure?") or a rephrase of the request. */
    weakConfidence: 0.55,
    /** A reply sharing this share of words with the answer's prompt (of the shorter one) asks the same again: a rephrase. */
    repeatSimilarity: 0.7,
    acceptanceConfidence: 0.75,
    /** A correction sent this soon after the answer finished is a quick reaction: slightly more certain. */
    quickMs: 20_000,
    quickBonus: 0.05,
  },
  correctionThenAccepted: {
    confidence: 0.7,
    /** The same after a weak correction, a doubt or a rephrase: the later answer may fit a changed request. */
    weakConfidence: 0.55,
    /** The later answer must itself be accepted at least this confidently to become a target. */
    minTargetConfidence: 0.6,
    /** How many corrected answers in a row may share one later accepted answer as target. */
    maxHops: 2,
    perHopDecay: 0.85,
  },
  newChat: {
    /** A first prompt in a new chat of the same site this soon after the last answer of the previous chat... */
    withinMs: 300_000,
    /** ...sharing this share of words with that chat's last prompt asks the same thing again: that answer failed. */
    similarity: 0.7,
    confidence: 0.6,
  },
  history: {
    /** Loaded with the page (origin history): only the site's data speaks. The variant the chat continued from... */
    keptVariantConfidence: 0.6,
    /** ...and its siblings nobody continued from. */
    passedOverConfidence: 0.65,
  },
  continued: {
    /** A neutral follow-up that builds on the answer: weak acceptance. */
    confidence: 0.4,
    /** Same after a long pause (the user probably tried it). */
    settledConfidence: 0.45,
    settledMs: 120_000,
  },
  completion: {
    /** Accepted and left as it went in (up to whitespace) when the user moved on or a quiet period passed. */
    keptConfidence: 0.9,
    /** Accepted, then edited: CN differs from what went in (the refined target). */
    refinedConfidence: 0.85,
    /** Part of the suggestion accepted (a word or a line at a time) and kept; the rest dismissed. */
    partialConfidence: 0.7,
    /** Accepted and then deleted again: the region is empty when the user leaves it. */
    undoneConfidence: 0.85,
    /** Accepted but no outcome in the log (the capture ended first): kept or not is not known. */
    noOutcomeConfidence: 0.55,
    /** CN this far from what was accepted (1 - distance / longer length below it) is a rewrite: a less certain target. */
    rewrittenBelow: 0.3,
    rewrittenConfidence: 0.6,
    /** An outcome taken when the page went away or the document closed: the user may not have finished editing. */
    unsettledFactor: 0.8,
    /** Rejections by how: Escape is a plain no; focus leaving or the page going away is hardly a judgement. */
    rejected: { escape: 0.9, typedOver: 0.8, cursorMoved: 0.6, replaced: 0.6, blur: 0.35, pageExit: 0 },
  },
  combine: {
    /** Below this the answer is `unknown`. */
    unknownBelow: 0.3,
    /** How much opposing evidence lowers the winner's confidence. */
    conflictPenalty: 0.5,
  },
  cues: {
    /** Extra correction / acceptance cue phrases (lower-case substrings), added to the built-in lists. */
    extraCorrection: [] as string[],
    extraAcceptance: [] as string[],
  },
};

export type LabelRules = typeof defaultRules;

type DeepPartial<T> = { [K in keyof T]?: T[K] extends string[] ? string[] : T[K] extends object ? DeepPartial<T[K]> : T[K] };
export type LabelRulesOverride = DeepPartial<LabelRules>;

/**
 * Defaults with the caller's overrides applied. Accepts untrusted JSON (a rules file): unknown keys and wrong
 * types are rejected by name, so a typo in a rules file fails loudly instead of silently using a default.
 */
export function resolveRules(override: unknown = {}): LabelRules {
  return mergeChecked(defaultRules, override, 'rules') as LabelRules;
}

function mergeChecked(base: unknown, over: unknown, path: string): unknown {
  if (over === undefined) return structuredClone(base);
  if (Array.isArray(base)) {
    if (!Array.isArray(over) || over.some((s) => typeof s !== 'string')) throw new Error(`${path}: expected array of strings`);
    return over.map((s: string) => s.toLowerCase());
  }
  if (typeof base === 'number') {
    if (typeof over !== 'number' || !Number.isFinite(over)) throw new Error(`${path}: expected number`);
    return over;
  }
  if (typeof base === 'object' && base !== null) {
    if (typeof over !== 'object' || over === null || Array.isArray(over)) throw new Error(`${path}: expected object`);
    const out: Record<string, unknown> = {};
    const b = base as Record<string, unknown>;
    const o = over as Record<string, unknown>;
    for (const key of Object.keys(o)) if (!(key in b)) throw new Error(`${path}.${key}: unknown rule setting`);
    for (const key of Object.keys(b)) out[key] = mergeChecked(b[key], o[key], `${path}.${key}`);
    return out;
  }
  return over;
}
