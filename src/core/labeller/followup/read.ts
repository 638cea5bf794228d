// How one follow-up reads, after the taxonomy of naturally occurring feedback in chat logs (Don-Yehiya et al.,
// arXiv 2407.10944; WildFeedback, arXiv 2408.15549): a repeat or rephrase of the request, an error pointed out
// with a correction, an error pointed out without one, a clarification request, positive feedback; or a neutral
// reply, or "continue". Cues are read in the user's prose only (segments.ts); tool output anywhere in the reply is
// a failure report. Politeness is cheap ("thanks, but it still fails"): an error beats thanks; thanks beats a weak
// correction ("thanks! now the async version instead?" asks for something new); "thanks. different question:
// <error>" thanks this answer and brings a new problem. An error that only says a package is missing is the
// user's environment: a weak correction, never a failure.
import { CUE_TABLES, BARE_POSITIVE, GENERIC_ERROR_WORDS, type CueTable } from './cue-tables';
import { segmentFollowup } from './segments';
import { isEnvironmentError, type ToolOutputKind } from './tool-output';

/** The taxonomy category (UR1..UR5 of 2407.10944), or none. */
export type FeedbackCategory = 'repeat' | 'correction-with-fix' | 'correction-without-fix' | 'clarification' | 'positive' | 'none';

export interface FollowupReading {
  /** Polarity-level reading the rules act on. */
  kind: 'correction' | 'acceptance' | 'clarification' | 'neutral' | 'continuation';
  feedback: FeedbackCategory;
  /** For corrections: strong = the answer failed or is wrong; weak = a changed approach, a doubt, a rephrase. */
  strength: 'strong' | 'weak' | 'none';
  /** Tool output (a stack trace, a compiler or test-runner diagnostic) in the reply. */
  errorTrace: boolean;
  toolOutput: ToolOutputKind[];
  /** The error is about the user's environment (package not installed, command missing), not clearly the answer. */
  environmentError: boolean;
  /** A doubt about correctness ("are you sure?"). */
  doubt: boolean;
  /** The request asked again in other words (cue or likeness to the previous prompt). */
  repeat: boolean;
  cues: string[];
}

export interface ReadOptions {
  /** Extra cue phrases from the rules (lower case). */
  extra?: { correction: readonly string[]; acceptance: readonly string[] };
  /** Texts pasted into this follow-up; `fromAnswers` those that came from the assistant's answers. */
  pasted?: readonly string[];
  fromAnswers?: readonly string[];
  /** The prompt of the answer this follow-up replies to, to tell a rephrase of the same request. */
  previousPrompt?: string;
  /** Share of one request's words found in the other from which a reply counts as a rephrase of the previous prompt. */
  repeatSimilarity?: number;
  /** The answer replied to: a statement that negates something it said corrects it. */
  answerText?: string;
}

type Category = Exclude<keyof CueTable, 'continuation' | 'contrast' | 'nextStep'>;

/** One matcher per category over every language: Latin/Cyrillic phrases as one word-bounded regex, CJK as substrings. */
interface Matcher {
  re: RegExp | null;
  cjk: string[];
}

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]/;

function compile(phrases: Iterable<string>): Matcher {
  const latin: string[] = [];
  const cjk: string[] = [];
  for (const p of new Set(phrases)) {
    if (!p) continue;
    if (CJK.test(p)) cjk.push(p);
    else latin.push(p);
  }
  latin.sort((a, b) => b.length - a.length);
  const alternatives = latin.map((p) => {
    const escaped = p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return `${/^[\p{L}\p{N}]/u.test(p) ? '(?<![\\p{L}\\p{N}])' : ''}${escaped}${/[\p{L}\p{N}]$/u.test(p) ? '(?![\\p{L}\\p{N}])' : ''}`;
  });
  return { re: alternatives.length ? new RegExp(alternatives.join('|'), 'gu') : null, cjk: cjk.sort((a, b) => b.length - a.length) };
}

/** The matchers, built on first use: a service worker woken for the popup's counts never labels and never pays for them. */
let built: ReturnType<typeof buildMatchers> | null = null;
const matchers = () => (built ??= buildMatchers());

function buildMatchers() {
  const tables = Object.values(CUE_TABLES);
  const byCategory = Object.fromEntries(
    (['success', 'positive', 'strong', 'weak', 'doubt', 'clarify', 'repeat', 'topicSwitch', 'negation'] as Category[]).map((c) => [c, compile(tables.flatMap((t) => t[c]))]),
  ) as Record<Category, Matcher>;
  const escapeRe = (p: string) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  /** An opener at the very start of the prose, in any language: whole words for Latin/Cyrillic, substrings for CJK. */
  const opener = (words: string[]) =>
    new RegExp(
      `^\\s*(?:(?:${words.filter((c) => !CJK.test(c)).map(escapeRe).join('|')})(?![\\p{L}\\p{N}])|${words.filter((c) => CJK.test(c)).map(escapeRe).join('|')})`,
      'u',
    );
  return {
    MATCHERS: byCategory,
    /** A contrastive opener at the very start of the prose ("But ...", "Aber ...", "但是..."). */
    CONTRAST: opener(tables.flatMap((t) => t.contrast)),
    /** An opener of a next step ("Now ...", "Jetzt ...", "现在..."): a revision word after it asks for something new. */
    NEXT_STEP: opener(tables.flatMap((t) => t.nextStep)),
    CONTINUATION: new Set(tables.flatMap((t) => t.continuation)),
  };
}
/** Positive cues that are thanks: they win over a clarification request ("thanks, what do you mean by X?"). */
const THANKS = /thank|thx|danke|dank|merci|gracias|obrigad|valeu|grazie|спасибо|благодар|谢|謝|ありがとう|감사|고마/;
const BARE = new Set(BARE_POSITIVE);
const extraCache = new WeakMap<readonly string[], Matcher>();
const extraMatcher = (phrases: readonly string[]) => {
  let m = extraCache.get(phrases);
  if (!m) extraCache.set(phrases, (m = compile(phrases)));
  return m;
};

/** Finds every cue of a matcher in `text`, records it, and blanks it out so later categories do not see it again. */
function take(state: { rest: string; cues: string[] }, ...matchers: Matcher[]): string[] {
  const found: string[] = [];
  for (const m of matchers) {
    if (m.re) {
      state.rest = state.rest.replace(m.re, (hit) => {
        found.push(hit);
        return ' ';
      });
    }
    for (const p of m.cjk) {
      if (!state.rest.includes(p)) continue;
      found.push(p);
      state.rest = state.rest.split(p).join(' ');
    }
  }
  state.cues.push(...found);
  return found;
}

export const normalizeText = (s: string) => s.toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'");

export function readFollowup(text: string, options: ReadOptions = {}): FollowupReading {
  const { MATCHERS, NEXT_STEP, CONTINUATION } = matchers();
  const segments = segmentFollowup(text, options.pasted, options.fromAnswers);
  const prose = normalizeText(segments.prose);
  const errorTrace = segments.toolOutput.length > 0;
  const environmentError = isEnvironmentError(text);
  const base = { errorTrace, toolOutput: segments.toolOutput, environmentError, doubt: false, repeat: false };
  const bare = prose.trim().replace(/[\s.!?。！…]+$/u, '');
  if (!errorTrace && CONTINUATION.has(bare)) return { ...base, kind: 'continuation', feedback: 'none', strength: 'none', cues: [bare] };
  if (!errorTrace && BARE.has(bare)) return { ...base, kind: 'acceptance', feedback: 'positive', strength: 'weak', cues: [bare] };

  const state = { rest: ` ${prose} `, cues: [] as string[] };
  const extra = options.extra;
  const success = take(state, MATCHERS.success).length > 0;
  const strongCues = take(state, MATCHERS.strong, ...(extra?.correction.length ? [extraMatcher(extra.correction)] : []));
  const onlyGeneric = strongCues.every((c) => GENERIC_ERROR_WORDS.has(c));
  const weak = take(state, MATCHERS.weak).length > 0;
  const doubt = take(state, MATCHERS.doubt).length > 0;
  const clarify = take(state, MATCHERS.clarify).length > 0;
  const repeatCue = take(state, MATCHERS.repeat).length > 0;
  const acceptCues = take(state, MATCHERS.positive, ...(extra?.acceptance.length ? [extraMatcher(extra.acceptance)] : []));
  const accept = acceptCues.length > 0 || success;
  const topicSwitch = take(state, MATCHERS.topicSwitch).length > 0;
  const askedAgain = (previous: string) => asksAgain(prose, normalizeText(previous), options.repeatSimilarity ?? 0.7);
  const repeat = repeatCue || (options.previousPrompt !== undefined && askedAgain(options.previousPrompt));
  const cues = state.cues;
  const leftover = state.rest.split(/[^\p{L}\p{N}]+/u).filter(Boolean).length;
  const r = (kind: FollowupReading['kind'], feedback: FeedbackCategory, strength: FollowupReading['strength'], more: Partial<FollowupReading> = {}): FollowupReading => ({ ...base, kind, feedback, strength, cues, ...more });

  if (accept && topicSwitch) return r('acceptance', 'positive', 'weak');
  const strong = strongCues.length > 0;
  // A missing package or command is the user's setup: no verdict on the answer.
  if (environmentError && (!strong || onlyGeneric)) return r('neutral', 'none', 'none');
  if (errorTrace || strong) {
    // With a correction when the user also says what to do instead, or writes more than the complaint itself.
    const withFix = weak || leftover >= 4;
    return r('correction', withFix ? 'correction-with-fix' : 'correction-without-fix', 'strong');
  }
  if (clarify && !success && !cues.some((c) => THANKS.test(c)) && !doubt) return r('clarification', 'clarification', 'none');
  if (accept) return r('acceptance', 'positive', success ? 'strong' : 'weak');
  if (weak && !NEXT_STEP.test(prose)) return r('correction', 'correction-with-fix', 'weak');
  if (contradicts(prose, options)) return r('correction', 'correction-with-fix', 'weak');
  if (doubt) return r('correction', 'clarification', 'weak', { doubt: true });
  if (repeat) return r('correction', 'repeat', 'weak', { repeat: true });
  if (clarify) return r('clarification', 'clarification', 'none');
  return r('neutral', 'none', 'none');
}

/**
 * A statement (not a question) that opens with a contrast ("But rm -rf does remove ...") or negates a word the
 * answer used and the prompt did not ("Leverkusen ist doch kein Stadtteil", "...지내지 않은 것 같습니다"): the
 * user contradicts the answer, a correction with its fix.
 */
function contradicts(prose: string, options: ReadOptions): boolean {
  const { MATCHERS, CONTRAST } = matchers();
  const text = prose.trim();
  if (!text || /[?？]\s*$/u.test(text)) return false;
  if (CONTRAST.test(text)) return true;
  if (!options.answerText) return false;
  const probe = { rest: ` ${text} `, cues: [] as string[] };
  if (take(probe, MATCHERS.negation).length === 0) return false;
  const said = tokens(normalizeText(options.answerText));
  const asked = tokens(normalizeText(options.previousPrompt ?? ''));
  for (const t of tokens(text)) if (said.has(t) && !asked.has(t) && (t.length >= 4 || CJK.test(t))) return true;
  return false;
}

/**
 * Whether a reply asks for the same thing as the previous prompt: most of one's words are in the other (a
 * rephrase adds or drops a qualifier), and the two are alike overall (one shared word in a short reply is not).
 */
export function asksAgain(reply: string, previous: string, coverage = 0.8): boolean {
  const a = tokens(reply);
  const b = tokens(previous);
  if (Math.min(a.size, b.size) < 2) return false;
  let common = 0;
  for (const t of a) if (b.has(t)) common++;
  return common / Math.min(a.size, b.size) >= coverage && (2 * common) / (a.size + b.size) >= 0.4;
}

/** Dice coefficient over word tokens (and character bigrams for CJK text): how alike two requests are. */
export function similarity(a: string, b: string): number {
  const ta = tokens(a);
  const tb = tokens(b);
  if (ta.size === 0 || tb.size === 0) return 0;
  let common = 0;
  for (const t of ta) if (tb.has(t)) common++;
  return (2 * common) / (ta.size + tb.size);
}

function tokens(s: string): Set<string> {
  const out = new Set<string>();
  for (const w of s.match(/[\p{L}\p{N}_]+/gu) ?? []) {
    if (!CJK.test(w)) {
      if (w.length > 1 || /\d/.test(w)) out.add(w);
      continue;
    }
    // Runs of CJK: bigrams, so "读取文件" and "读取 xlsx 文件" share "读取" and "文件".
    for (const run of w.match(/[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]+|[^\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]+/g) ?? []) {
      if (!CJK.test(run)) {
        if (run.length > 1) out.add(run);
        continue;
      }
      if (run.length === 1) out.add(run);
      for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
    }
  }
  return out;
}
