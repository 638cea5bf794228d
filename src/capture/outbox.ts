// Holds captured events until the background has stored them. The service worker may be asleep, restarting or
// killed mid-call: a failed send is retried with backoff, and since the store is idempotent by event id a resend
// after a lost acknowledgement never duplicates anything. When the page hides or goes away, the whole queue is
// handed over at once through a port (worker-port.ts), whose messages outlive the page.
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
  /** What the worker said it refused (never stored) or repaired (stored with an optional part trimmed or dropped). */
  refused = 0;
  repaired = 0;

  /**
   * `holdMs`: how long the first event of a batch waits for others before it is sent (0: at the end of the task).
   * A message to the worker costs the page more than the events in it, so a capture whose events come a few at a
   * time (the editor capture: a suggestion shown, then accepted) holds them; `handOver` sends what is held at once.
   */
  constructor(
    private readonly transport: Transport,
    private readonly onError: (message: string) => void = () => undefined,
    private readonly holdMs = 0,
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
    this.kick(this.holdMs);
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
      done = this.settle(batch, await this.transport(batch));
    } catch (e) {
      this.onError(String(e));
    } finally {
      this.sending = false;
    }
    this.backoff = done ? 0 : Math.min(MAX_BACKOFF_MS, this.backoff ? this.backoff * 2 : 100);
    if (this.queue.length) this.kick(done ? 0 : this.backoff);
  }

  /**
   * The page is hiding or going away: every queued event is posted now, synchronously, through `post` (the port).
   * What the worker acknowledges leaves the queue; the rest stays for the usual retries if the page lives on.
   */
  handOver(post: Transport): void {
    for (let i = 0; i < this.queue.length; i += BATCH) {
      const batch = this.queue.slice(i, i + BATCH);
      void post(batch).then(
        (result) => this.settle(batch, result),
        (e: unknown) => this.onError(String(e)),
      );
    }
  }

  /** True when the batch is done with: stored, or refused for good (a schema rejection never succeeds on resend). */
  private settle(batch: CaptureEvent[], result: AppendResult | ErrorResult | undefined): boolean {
    if (!result?.ok) {
      this.onError(result?.error ?? 'no answer from background');
      if (!result || result.retry) return false;
    }
    const sent = new Set(batch);
    const before = this.queue.length;
    this.queue = this.queue.filter((e) => !sent.has(e));
    if (!result.ok) this.dropped += before - this.queue.length;
    else if (result.rejected || result.repaired) {
      this.refused += result.rejected ?? 0;
      this.repaired += result.repaired ?? 0;
      this.onError(`${result.rejected ?? 0} event(s) refused, ${result.repaired ?? 0} repaired (see the popup)`);
    }
    return true;
  }
}
