// What every sample builder needs: conversations rebuilt from the log, labels by answer, and the chat context of
// an answer along the branch actually taken (parentId chain), never a flattening of all variants.
import type { CaptureEvent, ResponseEvent } from '../events';
import { branchPath, groupConversations, type Conversation } from '../labeller/conversation';
import type { AnswerLabel, AnswerLabelKind, Evidence } from '../labeller/types';
import type { ChatMessage, SampleMeta } from './schemas';

export interface SampleOptions {
  /** Labels below this confidence are left out (default 0.5). */
  minConfidence?: number;
  /** Which labels become SFT / KTO samples (defaults: SFT accepted+refined; KTO accepted+refined+rejected). */
  labels?: AnswerLabelKind[];
}

export interface SampleInput {
  conversations: Map<string, Conversation>;
  labels: Map<string, AnswerLabel>;
}

export const DEFAULT_MIN_CONFIDENCE = 0.5;

export function sampleInput(events: readonly CaptureEvent[], labels: readonly AnswerLabel[]): SampleInput {
  return {
    conversations: new Map(groupConversations(events).map((c) => [c.key, c])),
    labels: new Map(labels.map((l) => [labelKey(l.conversationKey, l.messageId), l])),
  };
}

export const labelKey = (conversationKey: string, messageId: string) => `${conversationKey}\u0000${messageId}`;

/** Messages before the answer: root .. its prompt, along parent links. */
export function contextOf(conversation: Conversation, answer: ResponseEvent): ChatMessage[] {
  const path = branchPath(conversation, answer.messageId).slice(0, -1);
  return path.map((m) => ({ role: m.kind === 'prompt' ? 'user' : 'assistant', content: m.text }));
}

export function metaOf(conversation: Conversation, answer: ResponseEvent, label: AnswerLabel, extra: Partial<SampleMeta> = {}): SampleMeta {
  return {
    site: conversation.site,
    ...(answer.model ? { model: answer.model } : {}),
    conversationKey: conversation.key,
    messageIds: [answer.messageId],
    label: label.label,
    signals: signalsOf(label.evidence),
    confidence: label.confidence,
    evidence: label.evidence,
    rulesVersion: label.rulesVersion,
    ...extra,
  };
}

export const signalsOf = (evidence: Evidence[]) => [...new Set(evidence.map((e) => e.rule))];

/** The assistant text a label stands for: the refined target when there is one. */
export const bestTextOf = (answer: ResponseEvent, label: AnswerLabel) =>
  label.label === 'refined' && label.target !== undefined ? label.target : answer.text;
