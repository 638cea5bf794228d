// One conversation's refinement timeline: every event in time order, each answer with its machine label, the
// evidence behind it, the user's label and the review actions; diffs for variants, prompt edits and paste-backs.
// Text is shown with the user's redactions applied; captured strings are only ever JSX text.
import { useEffect, useState } from 'preact/hooks';
import { byTime, type CaptureEvent, type EventOf } from '../../core/events';
import { labelEvents } from '../../core/labeller';
import { ANSWER_LABELS, type AnswerLabel, type AnswerLabelKind } from '../../core/labeller/types';
import { conversationRedactor } from '../../core/review/decisions';
import { looksLikeCode } from '../../core/review/diff-view';
import type { ConversationDecisions, PageStore } from '../../store/api';
import type { OnAction } from './actions';
import { DetectedSpans } from './DetectedSpans';
import { DiffView } from './DiffView';
import { usePendingCheck } from './pending';
import { RedactForm } from './RedactForm';
import { SafeLine, SafeText } from './SafeText';
import { LabelChip, pct } from './LabelChip';

interface Loaded {
  events: CaptureEvent[];
  labels: Map<string, AnswerLabel>;
  decisions: ConversationDecisions;
}

const time = (ts: string) => ts.slice(0, 19).replace('T', ' ');

export function Timeline({ store, conv, version, onAction, onClose }: {
  store: PageStore;
  conv: string;
  version: number;
  onAction: OnAction;
  onClose: () => void;
}) {
  const [loaded, setLoaded] = useState<Loaded | null | 'gone'>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const decisionsRead = loaded && loaded !== 'gone' ? loaded.decisions : null;
  const [conversationExcluded, changeConversationExcluded] = usePendingCheck(decisionsRead?.conversationExcluded ?? false, decisionsRead);

  useEffect(() => {
    let live = true;
    void (async () => {
      const events = await store.conversationEvents(conv);
      if (!events.length) return live && setLoaded('gone');
      const decisions = await store.decisionsForConversation(conv);
      const labels = new Map(labelEvents(events).map((l) => [l.messageId, l]));
      if (live) setLoaded({ events: [...events].sort(byTime), labels, decisions });
    })();
    return () => void (live = false);
  }, [conv, version]);

  if (loaded === 'gone') return <section class="detail"><p class="muted">This conversation is no longer stored.</p><button type="button" onClick={onClose}>Back to overview</button></section>;
  if (!loaded) return <section class="detail"><p class="muted">Loading…</p></section>;
  const { events, labels, decisions } = loaded;
  const redact = conversationRedactor(decisions.redactions);
  const byMessage = new Map<string, CaptureEvent>();
  for (const e of events) if ((e.kind === 'prompt' || e.kind === 'response') && !byMessage.has(e.messageId)) byMessage.set(e.messageId, e);
  const first = events[0]!;
  const title = events.find((e) => e.kind === 'prompt');

  return (
    <section class="detail" aria-label="Conversation timeline" data-testid="timeline">
      <header class="detail-head">
        <div class="grow">
          <h2>
            <SafeLine text={title ? redact(title.kind === 'prompt' ? title.text : '') : '(untitled)'} />
          </h2>
          <p class="muted">
            {first.site} · <bdi>{first.conversationId}</bdi> · {events.length} events ·{' '}
            {time(first.ts)} – {time(events[events.length - 1]!.ts)} UTC
          </p>
        </div>
        <label class="check">
          <input
            type="checkbox"
            checked={conversationExcluded}
            data-testid="exclude-conversation"
            onChange={() =>
              void changeConversationExcluded(!conversationExcluded, async () => {
                const on = !conversationExcluded;
                const undo = await store.setExcluded([{ scope: 'conversation', conv }], on);
                onAction(on ? 'Excluded the conversation from export' : 'Included the conversation again', undo, conv);
              })
            }
          />
          Exclude conversation from export
        </label>
        {confirmDelete ? (
          <span class="confirm">
            <button
              type="button"
              class="danger"
              data-testid="confirm-delete"
              onClick={() => void store.deleteConversations([conv]).then((undo) => onAction('Deleted the conversation', undo, conv))}
            >
              Delete for good
            </button>
            <button type="button" onClick={() => setConfirmDelete(false)}>Cancel</button>
          </span>
        ) : (
          <button type="button" class="danger-outline" onClick={() => setConfirmDelete(true)} data-testid="delete-conversation">
            Delete…
          </button>
        )}
        <button type="button" onClick={onClose} aria-label="Close timeline (Escape)">Close</button>
      </header>
      <DetectedSpans store={store} conv={conv} events={events} decisions={decisions} onAction={onAction} />
      <ol class="timeline">
        {events.map((e) => (
          <li key={e.id} class={`item ${e.kind}`} data-kind={e.kind}>
            <Item e={e} {...{ store, conv, labels, decisions, redact, byMessage, events, onAction }} />
          </li>
        ))}
      </ol>
    </section>
  );
}

interface ItemProps {
  e: CaptureEvent;
  store: PageStore;
  conv: string;
  labels: Map<string, AnswerLabel>;
  decisions: ConversationDecisions;
  redact: (t: string) => string;
  byMessage: Map<string, CaptureEvent>;
  events: CaptureEvent[];
  onAction: OnAction;
}

function Item(p: ItemProps) {
  const { e, redact, byMessage } = p;
  const head = (what: string) => (
    <div class="item-head">
      <strong>{what}</strong>
      <span class="muted">{time(e.ts)}</span>
    </div>
  );
  const textOf = (id: string | undefined) => {
    const m = id ? byMessage.get(id) : undefined;
    return m && (m.kind === 'prompt' || m.kind === 'response') ? m.text : undefined;
  };
  switch (e.kind) {
    case 'prompt':
      return (
        <>
          {head('Prompt')}
          <SafeText text={redact(e.text)} />
          <RedactForm store={p.store} conv={p.conv} eventId={e.id} field="text" original={e.text} onAction={p.onAction} />
        </>
      );
    case 'response':
      return <Answer {...p} e={e} />;
    case 'copy':
      return (
        <>
          {head(`Copied ${e.via === 'button' ? 'the whole answer' : e.via === 'code-button' ? 'a code block' : 'a selection'} (${pct(e.share)})`)}
          <SafeText text={redact(e.text)} code={e.via === 'code-button'} first={400} />
        </>
      );
    case 'paste': {
      const match = e.matches[0];
      const copied = match?.copyEventId ? p.events.find((x) => x.id === match.copyEventId) : undefined;
      const before = copied?.kind === 'copy' ? copied.text : textOf(match?.messageId);
      return (
        <>
          {head(match ? `Pasted back (${pct(match.similarity)} like the ${copied ? 'copied text' : 'answer'})` : 'Pasted text')}
          {before !== undefined ? (
            <DiffView before={redact(before)} after={redact(e.text)} beforeLabel={copied ? 'copied' : 'answer'} afterLabel="pasted back" testid="paste-diff" />
          ) : (
            <SafeText text={redact(e.text)} first={400} />
          )}
        </>
      );
    }
    case 'edit_prompt':
      return (
        <>
          {head('Edited the prompt')}
          <DiffView before={redact(e.oldText)} after={redact(e.newText)} beforeLabel="original prompt" afterLabel="edited prompt" testid="edit-diff" />
        </>
      );
    case 'feedback':
      return (
        <>
          {head(e.rating === 'up' ? 'Thumbs up' : 'Thumbs down')}
          {e.comment && <SafeText text={redact(e.comment)} first={400} />}
        </>
      );
    case 'regenerate':
      return head('Asked for another answer (regenerate)');
    case 'branch_switch':
      return head(`Switched ${e.role === 'user' ? 'prompt' : 'answer'} variant${e.variantIndex ? ` to ${e.variantIndex}/${e.variantCount ?? '?'}` : ''}`);
    case 'stop':
      return (
        <>
          {head('Stopped the answer while it was generating')}
          {e.partialText && <SafeText text={redact(e.partialText)} first={300} />}
        </>
      );
    case 'followup':
      return head(`Replied ${Math.round(e.delayMs / 1000)} s after the answer`);
    default:
      return null;
  }
}

function Answer(p: ItemProps & { e: EventOf<'response'> }) {
  const { e, labels, decisions, redact, store, conv, onAction, events } = p;
  const [compareWith, setCompareWith] = useState('');
  const label = labels.get(e.messageId);
  const override = decisions.overrides.get(e.id);
  const excluded = decisions.excludedAnswers.has(e.id);
  const [excludedShown, changeExcluded] = usePendingCheck(excluded, decisions);
  const siblings = events.filter((x): x is EventOf<'response'> => x.kind === 'response' && x.messageId !== e.messageId && x.parentId === e.parentId);
  const other = siblings.find((s) => s.messageId === compareWith);
  const kindOf = new Map(events.map((x) => [x.id, x]));
  const target = { conv, eventId: e.id, messageId: e.messageId, machineLabel: label?.label ?? 'unknown', machineConfidence: label?.confidence ?? 0, rulesVersion: label?.rulesVersion ?? '' } as const;
  return (
    <div class={excluded ? 'answer excluded' : 'answer'} data-testid="answer" data-message-id={e.messageId}>
      <div class="item-head">
        <strong>Answer{e.variantIndex ? ` ${e.variantIndex}/${e.variantCount ?? '?'}` : ''}</strong>
        {e.model && <bdi class="muted">{e.model}</bdi>}
        {e.complete === 'stopped' && <span class="muted">stopped</span>}
        <span class="muted">{time(e.ts)}</span>
        <span class="grow" />
        <LabelChip label={label?.label ?? 'unknown'} confidence={label?.confidence ?? 0} />
        {override && <span class={`chip user ${override.label}`} data-testid="user-label">yours: {override.label}</span>}
        {excluded && <span class="chip excluded-chip">excluded</span>}
      </div>
      {label && label.evidence.length > 0 && (
        <details class="evidence">
          <summary>Why {label.label}: {label.evidence.map((ev) => ev.rule.replace(/_/g, ' ')).join(', ')}</summary>
          <ul>
            {label.evidence.map((ev, i) => (
              <li key={i}>
                <code>{ev.rule}</code>
                {ev.detail && <> — <span dir="auto">{ev.detail}</span></>}
                {ev.eventIds.length > 0 && (
                  <span class="muted"> ({ev.eventIds.map((id) => kindOf.get(id)).filter(Boolean).map((x) => `${x!.kind.replace('_', ' ')} ${time(x!.ts).slice(11)}`).join(', ')})</span>
                )}
              </li>
            ))}
            {label.vetoed && <li>Passed over for another variant: never a fine-tuning target.</li>}
          </ul>
        </details>
      )}
      <SafeText text={redact(e.text)} code={looksLikeCode(e.text)} testid="answer-text" />
      <div class="answer-actions">
        <label class="field">
          Your label{' '}
          <select
            value={override?.label ?? ''}
            data-testid="label-select"
            onChange={(ev) => {
              const v = ev.currentTarget.value as AnswerLabelKind | '';
              void store
                .setUserLabel([target], v || null)
                .then((undo) => onAction(v ? `Labelled the answer ${v}` : 'Removed your label', undo, conv));
            }}
          >
            <option value="">machine ({label?.label ?? 'unknown'})</option>
            {ANSWER_LABELS.map((l) => (
              <option key={l} value={l}>{l}</option>
            ))}
          </select>
        </label>
        <label class="check">
          <input
            type="checkbox"
            checked={excludedShown}
            data-testid="exclude-answer"
            onChange={() =>
              void changeExcluded(!excludedShown, async () => {
                const undo = await store.setExcluded([{ scope: 'answer', conv, eventId: e.id, messageId: e.messageId }], !excludedShown);
                onAction(excludedShown ? 'Included the answer again' : 'Excluded the answer from export', undo, conv);
              })
            }
          />
          Exclude from export
        </label>
        {siblings.length > 0 && (
          <label class="field">
            Compare with{' '}
            <select value={compareWith} onChange={(ev) => setCompareWith(ev.currentTarget.value)} data-testid="compare-select">
              <option value="">—</option>
              {siblings.map((s) => (
                <option key={s.messageId} value={s.messageId}>variant {s.variantIndex ?? '?'}</option>
              ))}
            </select>
          </label>
        )}
      </div>
      <RedactForm store={store} conv={conv} eventId={e.id} field="text" original={e.text} onAction={onAction} />
      {other && <DiffView before={redact(other.text)} after={redact(e.text)} beforeLabel={`variant ${other.variantIndex ?? '?'}`} afterLabel={`variant ${e.variantIndex ?? '?'}`} testid="variant-diff" />}
    </div>
  );
}
