// Keys inside URLs, for the random-token rule (random-tokens.ts): the user of a URL's userinfo, a random path segment
// of a provider's API host or after an API version, and a query parameter that names a key. Page, repository and CDN
// hosts are left out: their random segments are document ids, commit SHAs and asset hashes.
import { looksLikePlaceholder, looksTypedIn } from '../checks';
import type { Range } from '../types';
import { keyContextOf } from './key-context';
import { looksMachineRandom } from './token-randomness';
import { hexOrUuid } from './token-shapes';

/** The host of the URL that `before` ends inside names a key issuer (`api.openweathermap.org`, `…alchemy.com`). */
export function providerHost(before: string): boolean {
  const url = /([A-Za-z][A-Za-z0-9+.-]{1,20}):\/\/([^/\s?#]{1,200})[^\s]*$/.exec(before);
  if (!url) return false;
  const context = keyContextOf(url[2]!.replace(/^[^@]*@/, '').replace(/:\d+$/, ''));
  return context.provider;
}

/** Hosts of pages people link to (documents, consoles, repositories), whose random path segments are document ids. */
/** Hosts of code, packages and assets, whose hex and random path segments are commits, blobs and asset hashes. */
const CODE_HOST = /(?:^|\.)(?:github|gitlab|bitbucket|googleapis|gstatic|cloudfront|jsdelivr|unpkg|cdnjs|npmjs|docker)\./i;

export const PAGE_HOST = /^(?:www|docs|drive|sheets|slides|forms|sites|support|developers?|console|portal|dashboard|app|mail|calendar|maps|photos|play|groups|colab|gist|raw|github|gitlab|web|help|learn|blog|status)\./i;

/** The last path segment of a URL run (`//eth-mainnet.g.alchemy.com/v2/<key>`) whose host names a key issuer and is
 *  no page host, when it is random beyond hex (commit SHAs are hex). */
export function* providerUrlKeys(run: string, at: number): Iterable<Range> {
  const host = /^\/\/([^/]{1,200})\//.exec(run);
  if (!host || PAGE_HOST.test(host[1]!) || !keyContextOf(host[1]!.replace(/^[^@]*@/, '')).provider) return;
  const segment = run.slice(run.lastIndexOf('/') + 1);
  if (segment.length >= 16 && !/^[0-9a-fA-F-]+$/.test(segment) && !looksTypedIn(segment) && !looksLikePlaceholder(segment) && looksMachineRandom(segment, 'keyed')) {
    yield { start: at + run.length - segment.length, end: at + run.length };
    return;
  }
  // round 10: hex from 32 digits as the *first* path segment (`…quiknode.pro/<hex>/`, `…/v3/` is versionedApiKeys'):
  // a commit SHA or blob id never stands right after an API host, it follows `/commit/`, `/blob/`, `/repos/…`
  const first = CODE_HOST.test(host[1]!) ? null : /^\/\/[^/]{1,200}\/([0-9a-fA-F]{32,128})(?=\/|$)/.exec(run);
  if (first && hexOrUuid(first[1]!)) {
    const start = at + first[0].length - first[1]!.length;
    yield { start, end: start + first[1]!.length };
  }
}

/** Round 10: query parameters that carry a key without a key word in their name — gitleaks' generic keywords
 *  (`api`, `access`, `client`, `auth`) as whole names, app ids and keys (`appid`, `app_id`, `app_key`: Open Exchange
 *  Rates, OpenWeather, Adzuna), Azure Functions' and OAuth's `code`, signed URLs' `sig`/`signature`, `k`. */
const KEY_PARAM = /^(?:app_?id|appid|app_?key|appkey|api|apikey|access|client|auth|code|sig|signature|k|subscription[-_]?key|license(?:_?key)?)$/i;

/** Round 9: `https://<key>@api.host/…`, `https://<key>:@host`, `https://<key>:x@host`: a machine-random user of a
 *  URL's userinfo is a key (a password there is found by the connection-string rule). */
export function userinfoKey(text: string, runStart: number, runEnd: number): Range | null {
  const next = text[runEnd];
  if (next !== '@' && next !== ':') return null;
  const tail = text.slice(runEnd, runEnd + 130);
  if (!/^(?:@|:[^\s/@]{0,100}@)[A-Za-z0-9.-]+\.[A-Za-z]{2,}/.test(tail)) return null;
  const user = text.slice(runStart + 2, runEnd);
  if (user.length < 16 || looksLikePlaceholder(user) || looksTypedIn(user) || !looksMachineRandom(user, 'keyed')) return null;
  return { start: runStart + 2, end: runEnd };
}

/** Round 9: a key as the segment after an API version on an API host of any provider, named or not
 *  (`https://mainnet.infura.io/v3/<key>`, `https://api.acme.dev/v2/<key>/forecast`): the host is an API's (`api.`,
 *  `api-`, a chain or network name) or the path holds `/api/`, the segment follows `/v1/`…`/v9/` and is machine-random
 *  (hex from 32 digits). Page and repository hosts are left out (document ids, commit SHAs). */
export function* versionedApiKeys(run: string, at: number): Iterable<Range> {
  const host = /^\/\/([^/@]{1,200})\//.exec(run);
  if (!host || PAGE_HOST.test(host[1]!) || CODE_HOST.test(host[1]!)) return;
  const apiHost = /^(?:api|rpc|mainnet|testnet|[a-z0-9-]*-(?:api|rpc|mainnet))[.-]/i.test(host[1]!) || /\/api\//i.test(run);
  if (!apiHost) return;
  // after an API version (`/v3/<key>`), or (round 10) as the first segment of an `api.` host (`api.host/<key>/forecast`)
  const re = /\/v\d{1,2}\/([A-Za-z0-9_-]{16,128})(?=\/|$)|^\/\/[^/]{1,200}\/([A-Za-z0-9_-]{32,128})(?=\/|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(run)) !== null) {
    const segment = m[1] ?? m[2]!;
    if (m[2] !== undefined && !/^(?:api|rpc)[.-]/i.test(host[1]!)) continue;
    const hex = /^[0-9a-fA-F-]+$/.test(segment);
    if (hex ? !hexOrUuid(segment) : !looksMachineRandom(segment, 'keyed') || looksTypedIn(segment) || looksLikePlaceholder(segment)) continue;
    const start = at + m.index + m[0].length - segment.length;
    yield { start, end: start + segment.length };
  }
}

/** A query value given to a key-named parameter (`key`, `api_key`, `access_token`, `appid` of a provider's host). */
export function queryKey(text: string, runStart: number, name: string, value: string): boolean {
  if (value.length < 16 || looksLikePlaceholder(value) || looksTypedIn(value) || !looksMachineRandom(value, 'keyed')) return false;
  if (KEY_PARAM.test(name)) return true;
  const named = keyContextOf(name);
  if (named.publicWord) return false;
  const head = text.slice(Math.max(0, runStart - 300), runStart);
  const before = head.slice(head.lastIndexOf('\n') + 1);
  return named.keyWord || (providerHost(before) && /^client_?id$/i.test(name));
}
