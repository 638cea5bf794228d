// Runs in the page's own JavaScript world (MAIN) at document_start. It never sends a request: it wraps the page's
// fetch and XMLHttpRequest and, for same-origin responses whose path matches the site's patterns (the conversation
// the page itself downloads), passes a copy of the body to the content script over the private bridge.
import { claimBridge, PAGE_DATA_EVENT } from './bridge';

const MAX_BODY = 50 * 1024 * 1024;

export function installPageHook(patterns: RegExp[]): void {
  const { element } = claimBridge();
  const dispatch = element.dispatchEvent.bind(element);
  const wanted = (url: string): boolean => {
    try {
      const u = new URL(url, location.href);
      return u.origin === location.origin && patterns.some((p) => p.test(u.pathname + u.search));
    } catch {
      return false;
    }
  };
  const forward = (url: string, status: number, body: string) => {
    if (body.length > MAX_BODY) return;
    dispatch(new CustomEvent(PAGE_DATA_EVENT, { detail: JSON.stringify({ url, status, body }) }));
  };

  // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with the `this` the page called it with
  const originalFetch = window.fetch;
  window.fetch = function (this: unknown, ...args: Parameters<typeof fetch>) {
    const result = originalFetch.apply(this, args);
    void result
      .then((response) => {
        if (!response.ok || !wanted(response.url)) return;
        if (!(response.headers.get('content-type') ?? '').includes('json')) return;
        response
          .clone()
          .text()
          .then((text) => forward(response.url, response.status, text))
          .catch(() => undefined);
      })
      .catch(() => undefined);
    return result;
  };

  // eslint-disable-next-line @typescript-eslint/unbound-method -- called below on each request, as the page called it
  const open = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, ...args: unknown[]) {
    this.addEventListener('load', () => {
      try {
        const text = this.responseType === '' || this.responseType === 'text';
        if (this.status >= 200 && this.status < 300 && wanted(this.responseURL) && text) {
          forward(this.responseURL, this.status, this.responseText);
        }
      } catch {
        // A response we cannot read is simply not seen.
      }
    });
    return (open as (...a: unknown[]) => void).apply(this, args);
  };
}
