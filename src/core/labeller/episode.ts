// An answer episode: one answer with everything the user did about it (copies, ratings, regenerations, pastes,
// follow-ups, edits of its prompt). Rules read episodes, never the raw log, so each rule stays a few lines.
import type { CaptureEvent, PromptEvent, ResponseEvent } from '../events';
import { answersTo, childPrompts, type Conversation } from './conversation';
import type { LabelRules } from './rules';

export interface AnswerEpisode {
  conversation: Conversation;
  answer: ResponseEvent;
  prompt?: PromptEvent;
  /** Other answers to the same prompt (regenerations, parallel variants). */
  siblings: ResponseEvent[];
  /** Prompts sent as replies to this answer. */
  replies: PromptEvent[];
  rules: LabelRules;
  /** Events that concern a message (by messageId): copies, ratings, regenerations, switches, pastes, edits. */
  about(messageId: string): CaptureEvent[];
}

export function buildEpisodes(conversation: Conversation, rules: LabelRules): AnswerEpisode[] {
  const index = indexByMessage(conversation.events);
  const about = (messageId: string) => index.get(messageId) ?? [];
  return [...conversation.responses.values()].map((answer) => {
    const promptId = conversation.parents.get(answer.messageId);
    const prompt = promptId ? conversation.prompts.get(promptId) : undefined;
    return {
      conversation,
      answer,
      ...(prompt ? { prompt } : {}),
      siblings: answersTo(conversation, promptId).filter((a) => a.messageId !== answer.messageId),
      replies: childPrompts(conversation, answer.messageId),
      rules,
      about,
    };
  });
}

function indexByMessage(events: CaptureEvent[]): Map<string, CaptureEvent[]> {
  const index = new Map<string, CaptureEvent[]>();
  const add = (messageId: string | undefined, e: CaptureEvent) => {
    if (!messageId) return;
    const list = index.get(messageId) ?? [];
    if (!list.includes(e)) list.push(e);
    index.set(messageId, list);
  };
  for (const e of events) {
    switch (e.kind) {
      case 'copy':
      case 'feedback':
      case 'stop':
        add(e.messageId, e);
        break;
      case 'regenerate':
        add(e.oldResponseId, e);
        add(e.newResponseId, e);
        break;
      case 'branch_switch':
        add(e.fromMessageId, e);
        add(e.toMessageId, e);
        break;
      case 'edit_prompt':
        add(e.oldMessageId, e);
        add(e.newMessageId, e);
        break;
      case 'paste':
        for (const m of e.matches) add(m.messageId, e);
        break;
      case 'followup':
        add(e.afterMessageId, e);
        add(e.messageId, e);
        break;
      default:
        break;
    }
  }
  return index;
}

export function eventsOf<K extends CaptureEvent['kind']>(events: CaptureEvent[], kind: K): Extract<CaptureEvent, { kind: K }>[] {
  return events.filter((e): e is Extract<CaptureEvent, { kind: K }> => e.kind === kind);
}
