// Text fields that events gained after the export's redaction was written: a prompt's attachments (name and
// pasted text), an answer's reasoning and its artifacts (title and content). Review decisions and the export's
// rule-based redaction (export-redaction.ts) reach them through these two functions, so no captured text field
// leaves unredacted because the redaction code predates it. Field names follow ReviewSpan.field (`attachments.0.text`).
import type { CaptureEvent } from '../events';

export interface ExtraText {
  field: string;
  text: string;
}

export function extraTexts(e: CaptureEvent): ExtraText[] {
  const out: ExtraText[] = [];
  const add = (field: string, text: string | undefined) => void (text ? out.push({ field, text }) : undefined);
  if (e.kind === 'prompt') {
    e.attachments?.forEach((a, i) => (add(`attachments.${i}.name`, a.name), add(`attachments.${i}.text`, a.text)));
  } else if (e.kind === 'response') {
    add('reasoning', e.reasoning);
    e.artifacts?.forEach((a, i) => (add(`artifacts.${i}.title`, a.title), add(`artifacts.${i}.text`, a.text)));
  }
  return out;
}

/** The event with each extra text field passed through `replace` (other fields untouched). */
export function withExtraTexts(e: CaptureEvent, replace: (field: string, text: string) => string): CaptureEvent {
  /** `{ [key]: replaced }` when the field holds text, `{}` otherwise (an absent optional field stays absent). */
  const opt = <K extends string>(key: K, field: string, text: string | undefined) =>
    (text ? { [key]: replace(field, text) } : {}) as Partial<Record<K, string>>;
  if (e.kind === 'prompt' && e.attachments) {
    const attachments = e.attachments.map((a, i) => ({
      ...a,
      ...opt('name', `attachments.${i}.name`, a.name),
      ...opt('text', `attachments.${i}.text`, a.text),
    }));
    return { ...e, attachments };
  }
  if (e.kind === 'response' && (e.reasoning || e.artifacts)) {
    const artifacts = e.artifacts?.map((a, i) => ({
      ...a,
      ...opt('title', `artifacts.${i}.title`, a.title),
      ...opt('text', `artifacts.${i}.text`, a.text),
    }));
    return { ...e, ...opt('reasoning', 'reasoning', e.reasoning), ...(artifacts ? { artifacts } : {}) };
  }
  return e;
}
