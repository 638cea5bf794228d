// The one place events get their envelope: id, schema version, site, conversation, time, origin and page path.
// Prompts and answers have ids derived from the conversation and message, so each message is stored once however
// often it is seen; everything else gets a random id as it happens. A new chat has no id until the site names
// it: its events wait here (bounded) and leave with the id once it arrives.
import {
  type CaptureEvent,
  EVENT_SCHEMA_VERSION,
  type EventKind,
  type EventOf,
  messageEventId,
  randomEventId,
} from '../../core/events';
import { MAX_WAITING } from './context';

type Origin = 'live' | 'history';

/** What a part says about an event; the envelope adds the rest. */
export type Body<K extends EventKind> = Omit<EventOf<K>, 'id' | 'v' | 'kind' | 'site' | 'conversationId' | 'ts' | 'origin' | 'url'> & {
  origin?: Origin;
};

interface Waiting {
  kind: EventKind;
  id: string | null;
  body: Record<string, unknown>;
  ts: string;
  origin: Origin;
}

export interface EnvelopeContext {
  site: string;
  doc: Document;
  now(): number;
  isPaused(): boolean;
  emit(event: CaptureEvent): void;
}

export class EventEnvelopes {
  private current: string | null = null;
  private waiting: Waiting[] = [];
  /** Events refused because too many waited for a new chat's id (shown nowhere else: kept for tests and debugging). */
  dropped = 0;

  constructor(private readonly ctx: EnvelopeContext) {}

  get conversationId(): string | null {
    return this.current;
  }

  /** The site named the chat on screen (`sameChat`: a new chat got its id) or another conversation opened. */
  setConversation(id: string | null, sameChat: boolean): void {
    this.current = id;
    if (!sameChat) this.waiting = [];
    this.flushWaiting();
  }

  /** Records an event now. Returns its id, or null while a prompt or answer waits for the chat's id. */
  push<K extends EventKind>(kind: K, body: Body<K>): string | null {
    if (this.ctx.isPaused()) return null;
    const { origin = 'live', ...rest } = body as Body<K> & { origin?: Origin };
    const ts = new Date(this.ctx.now()).toISOString();
    const id = isMessageEvent(kind) ? null : randomEventId(kind);
    if (this.current === null) {
      if (this.waiting.length < MAX_WAITING) this.waiting.push({ kind, id, body: rest, ts, origin });
      else this.dropped++;
      return id;
    }
    const event = this.build(kind, id, rest, ts, origin, this.current);
    this.ctx.emit(event);
    return event.id;
  }

  /** A message the site's own data describes, for the conversation it names (maybe not the one on screen). */
  pushFromPageData(kind: 'prompt' | 'response', body: Record<string, unknown>, conversationId: string): void {
    if (this.ctx.isPaused()) return;
    this.ctx.emit(this.build(kind, null, body, new Date(this.ctx.now()).toISOString(), 'history', conversationId));
  }

  flushWaiting(): void {
    const conversationId = this.current;
    if (conversationId === null || this.waiting.length === 0) return;
    for (const w of this.waiting.splice(0)) this.ctx.emit(this.build(w.kind, w.id, w.body, w.ts, w.origin, conversationId));
  }

  private build(
    kind: EventKind,
    id: string | null,
    body: Record<string, unknown>,
    ts: string,
    origin: Origin,
    conversationId: string,
  ): CaptureEvent {
    const site = this.ctx.site;
    const messageId = body.messageId as string | undefined;
    const eventId = id ?? (isMessageEvent(kind) && messageId ? messageEventId(kind, site, conversationId, messageId) : randomEventId(kind));
    const url = this.ctx.doc.location.pathname.slice(0, 2048);
    return { id: eventId, v: EVENT_SCHEMA_VERSION, kind, site, conversationId, ts, origin, url, ...body } as CaptureEvent;
  }
}

function isMessageEvent(kind: EventKind): kind is 'prompt' | 'response' {
  return kind === 'prompt' || kind === 'response';
}
