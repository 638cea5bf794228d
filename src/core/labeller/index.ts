export { labelEvents, EPISODE_RULES } from './label-events';
export { LABEL_RULES_VERSION, defaultRules, resolveRules, type LabelRules, type LabelRulesOverride } from './rules';
export { groupConversations, branchPath, type Conversation, type MessageEvent } from './conversation';
export { readFollowup, similarity, type FollowupReading, type FeedbackCategory } from './followup/read';
export { toolOutputKinds, type ToolOutputKind } from './followup/tool-output';
export { ANSWER_LABELS, RULE_NAMES, type AnswerLabel, type AnswerLabelKind, type Evidence, type RuleName } from './types';
export { labelCompletions, labelCompletionEpisode } from './completion-labels';
export { buildCompletionEpisodes, isCompletionEvent, acceptedTextOf, type CompletionEpisode, type CompletionEpisodes } from './completion-episodes';
export * from './completion-types';
