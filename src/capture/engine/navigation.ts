// Leaving a conversation inside the page: a site's router switches to another conversation without unloading.
// The page re-renders soon after, often into the same turn elements, and then the old answers can no longer be
// read. Where the browser has the Navigation API, its `navigate` event announces the switch before the URL and the
// page change, so the answers of the conversation being left are finished while they are still on screen.
// Elsewhere the engine finishes them from what it read when streaming ended (see index.ts, on a switch).

export interface NavigationContext {
  win: Window;
  /** The conversation a URL belongs to (undefined when the adapter could not tell). */
  conversationOf(url: URL): string | null | undefined;
  /** The conversation on screen. */
  current(): string | null;
  /** Finish what can be finished of the conversation on screen, reading the page. */
  leaving(): void;
}

interface NavigateEvent extends Event {
  destination?: { url?: string };
}

export class ConversationExits {
  constructor(private readonly ctx: NavigationContext) {}

  init(signal: AbortSignal): void {
    const navigation = (this.ctx.win as Window & { navigation?: EventTarget }).navigation;
    navigation?.addEventListener('navigate', (e) => this.onNavigate(e as NavigateEvent), { signal });
  }

  private onNavigate(e: NavigateEvent): void {
    const from = this.ctx.current();
    if (from === null || !e.destination?.url) return; // a new chat being named is not a switch
    let to: string | null | undefined;
    try {
      to = this.ctx.conversationOf(new URL(e.destination.url));
    } catch {
      return;
    }
    if (to !== from) this.ctx.leaving();
  }
}
