// The content script's line to the service worker for the last moments of a page. A one-off message needs its
// sender alive for the answer; a port message, once posted, reaches the worker even if the page is gone right
// after (the worker is started for it if it was asleep), and the worker stores events idempotently. So the outbox
// posts its whole queue here when the page hides or goes away; acknowledgements still come back while it lives.
import type { CaptureEvent } from '../core/events';
import { OUTBOX_PORT, type AppendResult, type ErrorResult } from '../messages';

/** The parts of `runtime.Port` used here (the same in Chromium and Firefox). */
export interface PortLike {
  postMessage(message: unknown): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

export type Connect = (options: { name: string }) => PortLike;

export class WorkerPort {
  private port: PortLike | null = null;
  /** Answers come back in the order batches were posted. */
  private readonly waiting: ((result: AppendResult | ErrorResult) => void)[] = [];

  constructor(private readonly connect: Connect) {}

  /** Opened early, so the last moments of the page need no new connection; after the worker dropped it, opened
   * again only when something is posted (an open port would keep an idle worker from sleeping). */
  open(): void {
    if (this.port) return;
    const port = this.connect({ name: OUTBOX_PORT });
    this.port = port;
    port.onMessage.addListener((message) => this.waiting.shift()?.(message as AppendResult | ErrorResult));
    port.onDisconnect.addListener(() => {
      if (this.port === port) this.port = null;
      for (const answer of this.waiting.splice(0)) answer({ ok: false, error: 'the worker closed the port', retry: true });
    });
  }

  /** Posts a batch now (synchronously); the promise settles when the worker has stored it, if the page lives. */
  post(events: CaptureEvent[]): Promise<AppendResult | ErrorResult> {
    return new Promise((resolve) => {
      try {
        this.open();
        this.waiting.push(resolve);
        this.port!.postMessage({ type: 'events', events });
      } catch (e) {
        this.waiting.pop();
        this.port = null;
        resolve({ ok: false, error: `port: ${String(e)}`, retry: true });
      }
    });
  }
}
