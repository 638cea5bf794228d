// Holds captured events until the background has stored them. The service worker may be asleep, restarting or
// killed mid-call: a failed send is retried with backoff, and since the store is idempotent by event id a resend
// after a lost acknowledgement never duplicates anything.
import type { CaptureEvent } from '../core/events';
import type { AppendResult, ErrorResult } from '../messages';

const BATCH = 100;
const MAX_QUEUE = 5000;
const MAX_BACKOFF_MS = 5000;

export type Transport = (events: CaptureEvent[]) => Promise<AppendResult | ErrorResult>;

export class Outbox {
  private queue: CaptureEvent[] = [];
  private sending = false;
  private backoff = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  dropped = 0;

  constructor(
    private readonly transport: Transport,
    private readonly onError: (message: string) => void = () => undefined,
  ) {}

  get pending(): number {
    return this.queue.length;
  }

  push(event: CaptureEvent): void {
    if (this.queue.length >= MAX_QUEUE) {
      this.queue.shift();
      this.dropped++;
    }
    this.queue.push(event);
    this.kick(0);
  }

  private kick(delay: number): void {
    if (this.sending || this.timer !== null) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, delay);
  }

  async flush(): Promise<void> {
    if (this.sending || this.queue.length === 0) return;
    this.sending = true;
    const batch = this.queue.slice(0, BATCH);
    let done = false;
    try {
      const result = await this.transport(batch);
      if (result?.ok) done = true;
      else {
        this.onError(result?.error ?? 'no answer from background');
        // A schema rejection never succeeds on resend: drop that batch rather than block the queue.
        if (result && !result.retry) {
          done = true;
          this.dropped += batch.length;
        }
      }
    } catch (e) {
      this.onError(String(e));
    } finally {
      this.sending = false;
    }
    if (done) {
      const sent = new Set(batch);
      this.queue = this.queue.filter((e) => !sent.has(e));
      this.backoff = 0;
    } else {
      this.backoff = Math.min(MAX_BACKOFF_MS, this.backoff ? this.backoff * 2 : 100);
    }
    if (this.queue.length) this.kick(done ? 0 : this.backoff);
  }
}
