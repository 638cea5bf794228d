// Every scripted refinement session with its hand labels: the labeller's evaluation set (npm run eval:labels).
import { copyAndThumbsScenarios } from './copy-and-thumbs';
import { followupScenarios } from './followups';
import { negativeScenarios } from './negatives';
import { pasteBackScenarios } from './paste-back';
import type { Scenario } from './session';
import { variantScenarios } from './variants';

export const scenarios: Scenario[] = [
  ...copyAndThumbsScenarios,
  ...variantScenarios,
  ...pasteBackScenarios,
  ...followupScenarios,
  ...negativeScenarios,
];
export type { Scenario } from './session';
