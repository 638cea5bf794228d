// Regenerations and variant switches. Among a prompt's answers, the variant the user *kept* (continued from,
// copied or rated up after last leaving it) gets credit; a variant the user regenerated or switched away from
// and never came back to is rejected, and that rejection is a veto: a regenerated-away answer must never become
// an SFT target, whatever weaker signals say about it. Variants loaded with the page (origin history) carry no
// regenerate or switch events, only the site's tree: the variant the chat continued from was kept, its siblings
// nobody continued from were passed over.
import type { CaptureEvent, ResponseEvent } from '../../events';
import { childPrompts } from '../conversation';
import type { AnswerEpisode } from '../episode';
import { time } from '../time';
import type { Signal } from '../types';
import { copyConfidence } from './copy';

interface VariantHistory {
  /** Last time the user moved away from this variant (regenerate or switch), if ever. */
  awayAt?: number;
  regeneratedAway: CaptureEvent[];
  switchedAway: CaptureEvent[];
  switchedTo: CaptureEvent[];
  /** Uses after the last move away: replies, copies, thumbs up. */
  keptBy: { id: string; t: number }[];
}

function historyOf(ep: AnswerEpisode, variant: ResponseEvent): VariantHistory {
  const id = variant.messageId;
  const events = ep.about(id);
  const regeneratedAway = events.filter((e) => e.kind === 'regenerate' && e.oldResponseId === id);
  const switchedAway = events.filter((e) => e.kind === 'branch_switch' && e.fromMessageId === id);
  const switchedTo = events.filter((e) => e.kind === 'branch_switch' && e.toMessageId === id);
  const leaves = [...regeneratedAway, ...switchedAway].map((e) => time(e.ts));
  const awayAt = leaves.length ? Math.max(...leaves) : undefined;
  const uses = [
    ...childPrompts(ep.conversation, id).map((p) => ({ id: p.id, t: time(p.ts) })),
    ...events.flatMap((e) =>
      (e.kind === 'copy' && e.messageId === id && copyConfidence(e, ep.rules.copy, variant) > 0) ||
      (e.kind === 'feedback' && e.messageId === id && e.rating === 'up')
        ? [{ id: e.id, t: time(e.ts) }]
        : [],
    ),
  ];
  const keptBy = uses.filter((u) => awayAt === undefined || u.t > awayAt);
  return { ...(awayAt !== undefined ? { awayAt } : {}), regeneratedAway, switchedAway, switchedTo, keptBy };
}

export function variantSignals(ep: AnswerEpisode): Signal[] {
  if (ep.siblings.length === 0) return [];
  const { regenerate, branchSwitch } = ep.rules;
  const mine = historyOf(ep, ep.answer);
  const others = ep.siblings.map((s) => ({ s, h: historyOf(ep, s) }));
  const moved = (h: VariantHistory) => h.regeneratedAway.length + h.switchedAway.length + h.switchedTo.length > 0;
  if (ep.answer.origin === 'history' && !moved(mine) && !others.some((o) => moved(o.h))) return historyBranchSignals(ep, others.map((o) => o.s));
  const keptSiblings = others.filter((o) => o.h.keptBy.length > 0);

  if (mine.keptBy.length > 0) {
    // Kept: credit only when the user actually passed over another variant to get here.
    const keptAfter = (ts: string) => mine.keptBy.some((k) => k.t > time(ts));
    const passedOver = others.filter((o) => o.h.keptBy.length === 0 && (o.h.awayAt !== undefined || keptAfter(o.s.ts)));
    if (passedOver.length === 0) return [];
    const returned = mine.switchedTo.length > 0 && mine.awayAt !== undefined;
    const ids = [...mine.switchedTo, ...passedOver.flatMap((o) => o.h.regeneratedAway)].map((e) => e.id);
    return [
      {
        rule: returned ? 'branch_switch' : 'regenerate',
        polarity: 'accept',
        confidence: returned ? branchSwitch.returnedToConfidence : regenerate.keptConfidence,
        ts: new Date(Math.max(...mine.keptBy.map((k) => k.t))).toISOString(),
        eventIds: [...new Set([...ids, ...mine.keptBy.map((k) => k.id)])],
        detail: `kept over ${passedOver.map((o) => o.s.messageId).join(', ')}`,
      },
    ];
  }

  const keptLater = keptSiblings.filter((o) => o.h.keptBy.some((k) => k.t > time(ep.answer.ts)));
  if (mine.regeneratedAway.length > 0) {
    const kept = keptLater.length > 0;
    return [
      {
        rule: 'regenerate',
        polarity: 'reject',
        veto: true,
        confidence: kept ? regenerate.keptElsewhereConfidence : regenerate.notKeptConfidence,
        ts: mine.regeneratedAway[mine.regeneratedAway.length - 1]!.ts,
        eventIds: [...mine.regeneratedAway.map((e) => e.id), ...keptLater.flatMap((o) => o.h.keptBy.map((k) => k.id))],
        detail: kept ? `regenerated away; kept ${keptLater.map((o) => o.s.messageId).join(', ')}` : 'regenerated away; no variant kept yet',
      },
    ];
  }
  if (keptLater.length > 0) {
    return [
      {
        rule: 'branch_switch',
        polarity: 'reject',
        veto: true,
        confidence: branchSwitch.passedOverConfidence,
        ts: ep.answer.ts,
        eventIds: [...mine.switchedAway.map((e) => e.id), ...keptLater.flatMap((o) => o.h.keptBy.map((k) => k.id))],
        detail: `shown, then passed over for ${keptLater.map((o) => o.s.messageId).join(', ')}`,
      },
    ];
  }
  return [];
}

/** The site's tree says which variant the conversation continued from; nothing else is known about loaded ones. */
function historyBranchSignals(ep: AnswerEpisode, siblings: ResponseEvent[]): Signal[] {
  const continuedFrom = (a: ResponseEvent) => childPrompts(ep.conversation, a.messageId);
  const mine = continuedFrom(ep.answer);
  const kept = siblings.filter((s) => continuedFrom(s).length > 0);
  const { history } = ep.rules;
  if (mine.length > 0 && kept.length < siblings.length) {
    return [{ rule: 'history_branch', polarity: 'accept', confidence: history.keptVariantConfidence, ts: ep.answer.ts, eventIds: [ep.answer.id, ...mine.map((p) => p.id)], detail: 'the loaded conversation continued from this variant' }];
  }
  if (mine.length === 0 && kept.length > 0) {
    return [
      {
        rule: 'history_branch',
        polarity: 'reject',
        veto: true,
        confidence: history.passedOverConfidence,
        ts: ep.answer.ts,
        eventIds: [ep.answer.id, ...kept.map((k) => k.id)],
        detail: `the loaded conversation continued from ${kept.map((k) => k.messageId).join(', ')} instead`,
      },
    ];
  }
  return [];
}
