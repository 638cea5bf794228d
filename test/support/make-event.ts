// Builders for events in tests and scenarios: every field a real adapter fills, with overridable defaults.
import { type CaptureEvent, EVENT_SCHEMA_VERSION, type EventKind, type EventOf, messageEventId } from '../../src/core/events';

type Fields<K extends EventKind> = Omit<EventOf<K>, 'id' | 'v' | 'kind' | 'site' | 'conversationId' | 'ts' | 'origin'> &
  Partial<Pick<CaptureEvent, 'id' | 'site' | 'conversationId' | 'ts' | 'origin'>>;

let clock = Date.parse('2026-11-25T10:00:00.000Z');
let counter = 0;

export function resetTestClock(start = '2026-11-25T10:00:00.000Z'): void {
  clock = Date.parse(start);
  counter = 0;
}

export function makeEvent<K extends EventKind>(kind: K, fields: Fields<K>): EventOf<K> {
  clock += 1000;
  const site = fields.site ?? 'chatgpt';
  const conversationId = fields.conversationId ?? 'conv-1';
  const messageId = (fields as { messageId?: string }).messageId;
  const id =
    fields.id ??
    ((kind === 'prompt' || kind === 'response') && messageId
      ? messageEventId(kind, site, conversationId, messageId)
      : `${kind}:test-${++counter}`);
  return {
    v: EVENT_SCHEMA_VERSION,
    origin: 'live',
    ts: new Date(clock).toISOString(),
    ...fields,
    id,
    kind,
    site,
    conversationId,
  } as unknown as EventOf<K>;
}
