// Every scripted refinement session with its hand labels: the labeller's evaluation set (npm run eval:labels),
// in two splits (README.md in this folder):
// - dev: the sessions rules may be tuned on. It includes the former held-out batches (holdout.ts,
//   tuned-on-holdout-1.ts): the labeller was already tuned on them, so they are development data now.
// - untouched: written from real users' phrasing and committed before the labeller was changed for them; never
//   looked at while tuning, reported on its own line. Do not move sessions between the splits.
import { copyAndThumbsScenarios } from './copy-and-thumbs';
import { devCodeScenarios } from './dev/code';
import { devFeedbackScenarios } from './dev/feedback';
import { devMoreScenarios } from './dev/more';
import { devSignalScenarios } from './dev/signals';
import { followupScenarios } from './followups';
import { holdoutScenarios } from './holdout';
import { negativeScenarios } from './negatives';
import { pasteBackScenarios } from './paste-back';
import type { Scenario } from './session';
import { tunedOnHoldout1Scenarios } from './tuned-on-holdout-1';
import { untouchedCodeSignalScenarios } from './untouched/code-signals';
import { untouchedFeedbackScenarios } from './untouched/feedback';
import { variantScenarios } from './variants';

/** The sessions written before this evaluation grew (no recorded phrasing sources); all development data. */
export const legacyScenarios: Scenario[] = [
  ...copyAndThumbsScenarios,
  ...variantScenarios,
  ...pasteBackScenarios,
  ...followupScenarios,
  ...negativeScenarios,
  ...tunedOnHoldout1Scenarios,
  ...holdoutScenarios,
];

/** Sessions written from real users' follow-up phrasing, used for tuning. */
export const devRealScenarios: Scenario[] = [...devFeedbackScenarios, ...devCodeScenarios, ...devSignalScenarios, ...devMoreScenarios];

export const devScenarios: Scenario[] = [...legacyScenarios, ...devRealScenarios];

/** Never used to tune rules. */
export const untouchedScenarios: Scenario[] = [...untouchedFeedbackScenarios, ...untouchedCodeSignalScenarios];

/** Kept for callers of the old name: the whole development split. */
export const scenarios = devScenarios;
export type { Scenario } from './session';
