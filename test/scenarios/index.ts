// Every scripted refinement session with its hand labels: the labeller's evaluation set (npm run eval:labels).
import { copyAndThumbsScenarios } from './copy-and-thumbs';
import { followupScenarios } from './followups';
import { negativeScenarios } from './negatives';
import { pasteBackScenarios } from './paste-back';
import type { Scenario } from './session';
import { tunedOnHoldout1Scenarios } from './tuned-on-holdout-1';
import { variantScenarios } from './variants';

export const scenarios: Scenario[] = [
  ...copyAndThumbsScenarios,
  ...variantScenarios,
  ...pasteBackScenarios,
  ...followupScenarios,
  ...negativeScenarios,
  ...tunedOnHoldout1Scenarios,
];
export { holdoutScenarios } from './holdout';
export type { Scenario } from './session';
