import type { IncomingMessage, ServerResponse } from 'node:http';

/** The server side of a fixture site: answers the site's API calls; static files come from its folder. */
export interface SiteBackend {
  /** Returns true when it answered the request. */
  handle(req: IncomingMessage, res: ServerResponse, url: URL, body: string): Promise<boolean>;
}
