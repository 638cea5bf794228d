// What the next export's redaction replaces in one conversation, so the person can see, keep or take back every
// redaction before they export: the values the rules find at the level the export will run (Options or the study),
// plus the ones they marked themselves, each with its kind, a masked form (revealed on request, so opening the page
// puts no secret on screen), the token the export writes and where it occurs. The engine loads lazily; the spans
// come from the same code the export runs (core/review/export-redaction.ts), so the list is what the zip gets.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { CaptureEvent } from '../../core/events';
import { exportRedaction, KIND_NAME } from '../../core/export/redaction-policy';
import { type DetectedValue, detectedValues, maskValue } from '../../core/review/detected-spans';
import { type ConversationDecisions, loadSettings, type PageStore } from '../../store/api';
import type { OnAction } from './actions';

interface Listed {
  level: string;
  values: DetectedValue[];
}

interface Props {
  store: PageStore;
  conv: string;
  events: CaptureEvent[];
  decisions: ConversationDecisions;
  onAction: OnAction;
}

export function DetectedSpans({ store, conv, events, decisions, onAction }: Props) {
  const [listed, setListed] = useState<Listed | null>(null);
  const [revealed, setRevealed] = useState<Set<string>>(new Set());

  useEffect(() => {
    let live = true;
    void (async () => {
      const { level } = exportRedaction(await loadSettings(browser.storage.local));
      const add = decisions.redactions.map((r) => ({ value: r.value, kind: r.kind }));
      const keep = decisions.kept.map((r) => r.value);
      if (level === 'off') {
        if (live) setListed({ level, values: [] });
        return;
      }
      const { reviewAllSpans } = await import('../../core/review/export-redaction');
      const detected = reviewAllSpans(events, { level, add });
      const applied = reviewAllSpans(events, { level, add, keep });
      if (live) setListed({ level, values: detectedValues(detected, applied, keep) });
    })();
    return () => void (live = false);
  }, [events, decisions]);

  if (!listed) return <p class="muted" data-testid="detected-loading">Finding what the export redacts…</p>;
  if (listed.level === 'off') {
    return (
      <section class="detected" data-testid="detected-spans" aria-label="What the export redacts">
        <h3>What the export redacts</h3>
        <p class="muted">Redaction is off in Options: exports hold these texts as captured, apart from what you mark below.</p>
      </section>
    );
  }

  const keep = async (v: DetectedValue) => {
    const at = v.places[0]!;
    const undo = await store.addRedaction({ conv, ...at, value: v.value, kind: v.kind, keep: true });
    onAction(`Kept a ${KIND_NAME[v.kind]} unredacted`, undo, conv);
  };
  const takeBack = async (v: DetectedValue, rows: { id: string; value: string }[], message: string) => {
    const row = rows.find((r) => r.value === v.value);
    if (row) onAction(message, await store.removeRedaction(row.id), conv);
  };

  return (
    <section class="detected" data-testid="detected-spans" aria-label="What the export redacts">
      <h3>What the export redacts ({listed.level} level)</h3>
      {listed.values.length === 0 ? (
        <p class="muted" data-testid="detected-none">The rules found nothing to redact here. Mark text below to redact it.</p>
      ) : (
        <ul>
          {listed.values.map((v) => (
            <li key={v.value} data-testid="detected-value" data-kind={v.kind} data-kept={v.kept ? 'true' : 'false'}>
              <span class="kind">{KIND_NAME[v.kind]}{v.user ? ' (yours)' : ''}</span>{' '}
              <code data-testid="detected-text">{revealed.has(v.value) ? v.value : maskValue(v.value, v.kind)}</code>{' '}
              <span data-testid="detected-token">{v.token ? `→ ${v.token}` : 'kept as written'}</span>{' '}
              <span class="muted">
                {v.places.length} {v.places.length === 1 ? 'place' : 'places'}
              </span>{' '}
              <button
                type="button"
                data-testid="detected-reveal"
                onClick={() => setRevealed((s) => new Set(s.has(v.value) ? [...s].filter((x) => x !== v.value) : [...s, v.value]))}
              >
                {revealed.has(v.value) ? 'Hide' : 'Show'}
              </button>{' '}
              {v.user ? (
                <button
                  type="button"
                  data-testid="detected-unmark"
                  onClick={() => void takeBack(v, decisions.redactions, 'Took back your redaction')}
                >
                  Don't redact
                </button>
              ) : v.kept ? (
                <button type="button" data-testid="detected-redact" onClick={() => void takeBack(v, decisions.kept, 'Redacting it again')}>
                  Redact again
                </button>
              ) : (
                <button type="button" data-testid="detected-keep" onClick={() => void keep(v)}>
                  Keep unredacted
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
