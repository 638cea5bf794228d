import type { IncomingMessage, ServerResponse } from 'node:http';

/** The server side of a fixture site: answers the site's API calls; static files come from its folder. */
export interface SiteBackend {
  /** Returns true when it answered the request. */
  handle(req: IncomingMessage, res: ServerResponse, url: URL, body: string): Promise<boolean>;
}

/**
 * What each test/sites/<id>/site.ts default-exports. The server finds every such folder by itself, so adding a
 * fixture site touches no shared file. Static files in the folder are served under /fixture/; every other GET
 * that the backend does not answer gets `page` (default index.html), as single-page apps do.
 */
export interface FixtureSiteModule {
  id: string;
  hosts: string[];
  createBackend(): SiteBackend;
  page?: string;
}
