// The supported sites as data: the one list the build (manifest, content scripts), the service worker (which site a
// sender is), the extension pages (consent, names) and the CLI read. Adapter code (selectors, readers) lives only in
// the content scripts (src/capture/sites/<id>.ts), so no other bundle carries site selectors. A registry test checks
// that every entry has its adapter, fixture site, e2e test and docs/sites/<id>.md.

export type SiteKind = 'chat' | 'editor';

export interface SiteMeta {
  /** Stable id used in events, exports, file names (`src/capture/sites/<id>.ts`, `test/sites/<id>/`). */
  readonly id: string;
  /** Display name in the popup, options and review pages. */
  readonly name: string;
  readonly kind: SiteKind;
  /** Manifest match patterns: the only pages the extension runs on for this site. */
  readonly matches: readonly string[];
  /**
   * Same-origin response paths (+query) whose JSON carries a conversation the page itself downloads. The page-world
   * hook (src/capture/page-world/hook.ts) hands exactly these to the content script; the extension never requests them.
   */
  readonly pageWorldResponses?: readonly RegExp[];
  /** One line for the consent and options pages: what is captured on this site, when it is not a chat. */
  readonly captures?: string;
}

/** What an editor site captures, as the consent and options pages say it. */
const CODE_COMPLETIONS = 'inline code completions: each suggestion shown, what you accepted of it, and your code after editing it';

export const SITES: readonly SiteMeta[] = [
  {
    id: 'chatgpt',
    name: 'ChatGPT',
    kind: 'chat',
    matches: ['https://chatgpt.com/*', 'https://chat.openai.com/*'],
    // GET /backend-api/conversation/<id>: the whole message tree (`mapping`) the page downloads when a chat opens.
    pageWorldResponses: [/^\/backend-api\/conversation\/[0-9a-zA-Z-]{8,64}$/],
  },
  {
    id: 'claude',
    name: 'Claude',
    kind: 'chat',
    matches: ['https://claude.ai/*'],
    // The tree the page downloads when a chat opens: every branch, and rows the virtualised list never mounts.
    pageWorldResponses: [/^\/api\/organizations\/[\w-]+\/chat_conversations\/[\w-]+\?(?:.*&)?tree=true(?:&|$)/i],
  },
  { id: 'copilot', name: 'Copilot', kind: 'chat', matches: ['https://copilot.microsoft.com/*'] },
  { id: 'deepseek', name: 'DeepSeek', kind: 'chat', matches: ['https://chat.deepseek.com/*'] },
  { id: 'gemini', name: 'Gemini', kind: 'chat', matches: ['https://gemini.google.com/*'] },
  { id: 'github-copilot', name: 'GitHub Copilot', kind: 'chat', matches: ['https://github.com/copilot*'] },
  { id: 'grok', name: 'Grok', kind: 'chat', matches: ['https://grok.com/*'] },
  { id: 'mistral', name: 'Mistral Le Chat', kind: 'chat', matches: ['https://chat.mistral.ai/*'] },
  { id: 'perplexity', name: 'Perplexity', kind: 'chat', matches: ['https://www.perplexity.ai/*', 'https://perplexity.ai/*'] },
  { id: 'valtown', name: 'Val Town', kind: 'editor', matches: ['https://www.val.town/*'], captures: CODE_COMPLETIONS },
  { id: 'vscode', name: 'VS Code for the Web', kind: 'editor', matches: ['https://vscode.dev/*', 'https://github.dev/*'], captures: CODE_COMPLETIONS },
];

/** The site's metadata by id; throws on an unknown id (a typo in an adapter must fail its build, not ship). */
export function siteMeta(id: string): SiteMeta {
  const site = SITES.find((s) => s.id === id);
  if (!site) throw new Error(`unknown site id: ${id}`);
  return site;
}

export function siteName(id: string): string {
  return SITES.find((s) => s.id === id)?.name ?? id;
}

/** The supported site a page URL belongs to, or null. */
export function siteForUrl(url: string): SiteMeta | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  return SITES.find((s) => s.matches.some((m) => matchPattern(m, parsed))) ?? null;
}

const PATTERN = /^(https?|\*):\/\/(\*|\*\.[^/*]+|[^/*]+)(\/.*)$/;

/** True when `pattern` is a match pattern of the `scheme://host/path*` form this project uses. */
export function isMatchPattern(pattern: string): boolean {
  return PATTERN.test(pattern);
}

/** Manifest match pattern semantics for the `scheme://host/path*` patterns this project uses. */
export function matchPattern(pattern: string, url: URL): boolean {
  const m = PATTERN.exec(pattern);
  if (!m) return false;
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  if (scheme === '*' ? url.protocol !== 'http:' && url.protocol !== 'https:' : `${scheme}:` !== url.protocol) return false;
  if (host === '*') {
    // any host
  } else if (host.startsWith('*.')) {
    const base = host.slice(2);
    if (url.hostname !== base && !url.hostname.endsWith(`.${base}`)) return false;
  } else if (host !== url.hostname) return false;
  const re = new RegExp('^' + path.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*') + '$');
  return re.test(url.pathname + url.search);
}
