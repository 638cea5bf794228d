// Secrets with no secret word in their name and no vendor prefix, found by where they stand and how random they
// are. A random run of letters and digits alone is not enough: lockfile integrity hashes, git SHAs, UUIDs, digests,
// base64 images, certificates, public keys and the object ids of the APIs people paste (`chatcmpl-…`, `msg_…`) look
// the same. So a run counts only when it is random in the way keys are — upper case, lower case and digits mixed at
// almost every character, not hex, not words in camelCase — and it stands in one of four places:
//   - given to any name in code or configuration (`client_srt = "…"`, `"the_value": "…"`, `FOO=…`, `<value>…</value>`),
//     unless the name says what else it is (id, hash, integrity, checksum, url, path, version, mappings, …);
//   - the first argument of a client constructor (`SomeClient("…")`, `new Api('…')`), where hex and UUIDs count too;
//   - after a verb of leaking or using a credential in prose ("I accidentally committed …", "I pasted … into");
//   - anywhere, when it is long (32+) and random enough that no identifier, word or id explains it, or when a vendor's
//     capitals prefix it (`NRAA-4780f48c…`, round 6); and (round 6) any quoted argument of an auth or client call.
// One pass over the runs of token characters; each run is looked at once, with a bounded look back on its line.
import { looksLikePlaceholder, looksTypedIn } from '../checks';
import type { Range, RedactionRule } from '../types';
import { keyContextOf } from './key-context';
import { looksMachineRandom } from './token-randomness';

const RUN = /[A-Za-z0-9+/_~.=-]{16,}/g;
const MAX_RUN = 1024;

/** Names that say the value is something other than a secret. */
const NOT_SECRET_NAME =
  /(?:^|[_.-])(?:ids?|uuid|guid|hash(?:es)?|checksum|shasum|sha\d*|md5|digest|integrity|etag|fingerprint|thumbprint|commit|revision|rev|ref|sha|version|mappings?|sources?(?:content)?|names|src|srcset|href|url|uri|path|file(?:name)?|dir|image|img|icon|avatar|logo|font|d|points|class(?:name)?|style|title|label|slug|text|message|description|content|public_?key|pub_?key|cert(?:ificate)?|ca|nonce|request_?id|trace_?id|span_?id|correlation_?id|hash_?id|object_?id|build|tag|sku|isbn|locale|lang|color|colour|format|pattern|regex|selector|xpath|query|mime|type|secure)\d*$|(?:[a-z]Id|[a-z]ID|Ids|Hash|Url|Uri|Path|Sha|Digest)\d*$/i;

/** Object ids of APIs people paste into chats (OpenAI, Anthropic, Stripe): identifiers, not credentials. */
const ID_PREFIX =
  /^(?:pk_test|chatcmpl|cmpl|msg|msgbatch|toolu|srvtoolu|req|call|run|thread|asst|file|batch|step|resp|evt|cus|ch|pi|pm|py|sub|in|ii|il|prod|price|acct|txn|src|seti|si|po|tr|re|ba|card|cs_test|cs_live|ft|ftjob|org|proj|user|vs|modr|img|conv|chatcmpl-tool|fp|ses|sched|cm|mdl|ws|wf)[-_]/;

/** Where digests and encoded blobs begin: they are random and public. */
const DIGEST_BEFORE = /(?:sha\d{1,3}|md5|h\d)[-:]$|base64,$|nonce-$|integrity[=:"' ]{1,4}$/i;

/** Random the way keys are, by the randomness model (token-randomness.ts): upper, lower and digits mixed, entropy
 *  near a uniform draw's, no word-like pieces, no counting or repeated groups; 20+ characters where values stand,
 *  32+ anywhere. Code member paths and constants (`BigUint64Array.BYTES_PER_ELEMENT`) are turned away first. */
function keyLike(value: string, minLength: number): boolean {
  if (value.length < minLength) return false;
  if (/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/.test(value) || /[A-Z]{2,}_[A-Z]{2,}/.test(value)) return false;
  return looksMachineRandom(value, minLength >= 32 ? 'bare' : 'placed');
}

/** Base64 of plain text (`UGF0aWVuY2UgaXMgdGhlIGtleSB0byBzdWNjZXNz`) is encoding, not a key — unless the text is a
 *  credential itself (`admin:password`, a JSON `auth` block). */
function encodesPlainText(value: string): boolean {
  if (!/^[A-Za-z0-9+/]{16,}={0,2}$/.test(value)) return false;
  let decoded: string;
  const body = value.replace(/=+$/, '');
  // a length no base64 has: atob would throw, and a thrown DOMException costs more than the whole check
  if (body.length % 4 === 1) return false;
  try {
    decoded = atob(body + '='.repeat((4 - (body.length % 4)) % 4));
  } catch {
    return false;
  }
  let printable = 0;
  for (let i = 0; i < decoded.length; i++) {
    const c = decoded.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) printable++;
  }
  if (printable < decoded.length * 0.95 || !/^[\x20-\x7e]*[A-Za-z]{3}/.test(decoded)) return false;
  return !/^[^:\s]{1,64}:\S+$|["']?(?:auths?|pass(?:word)?|token|secret|api_?key)["']?[ \t]*[:=]/i.test(decoded);
}


const HEX = /^(?:[a-f0-9]{32,}|[A-F0-9]{32,})$/;
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
/** Hex and UUIDs drawn at random: not counting or repeated groups (`abcdef123456…`, the RFC's `123e4567-e89b-…`). */
const hexOrUuid = (v: string) => ((HEX.test(v) && /\d/.test(v) && /[a-fA-F]/.test(v)) || UUID.test(v)) && looksMachineRandom(v.replace(/-/g, ''), 'keyed');

/** PEM blocks (certificates, public keys; private keys are their own rule), as ranges, found once per text. */
function pemBlocks(text: string): Range[] {
  const blocks: Range[] = [];
  let at = text.indexOf('-----BEGIN ');
  while (at !== -1) {
    const end = text.indexOf('-----END ', at + 11);
    if (end === -1) {
      blocks.push({ start: at, end: text.length });
      break;
    }
    blocks.push({ start: at, end: end + 9 });
    at = text.indexOf('-----BEGIN ', end + 9);
  }
  return blocks;
}

const LEAK_VERB =
  /(?:committed|commited|pushed|leaked|exposed|pasted|posted|shared|published|uploaded|checked in|hard-?coded|hardcoded|rotated|revoked|regenerated|is my|are my|mein(?:en)? |ma clé|mi clave|my (?:\w+ ){0,2}(?:is|was)|using|use|set)(?:[ \t]+(?:it|this|that|the|a|an|my|our|in|to|into|as))?[ \t:]{1,3}["'`]?$/i;
/** For hex and UUIDs (commit SHAs, ids) only verbs that mean a leak, never "use" or "committed" alone. */
const LEAK_ONLY =
  /(?:accidentally[ \t]+(?:committed|commited|pushed|shared|posted|published|uploaded|pasted)|leaked|exposed|pasted|posted|published|hard-?coded|hardcoded)(?:[ \t]+(?:it|this|that|the|a|an|my|our|in|to|into|as))?[ \t:]{1,3}["'`]?$/i;
const CLIENT_CALL = /(?:[A-Z][A-Za-z0-9]*(?:Client|Api|API|Sdk|SDK|Service|Auth|Connection|Session)|(?:create|init|make|new)_?[Cc]lient|new[ \t]+[A-Z][\w.]*)[ \t]*\([ \t]*["'`]$/;
/** A later quoted argument of a client, auth or credentials call, across lines:
 *  `OAuth('…',\n      '…')`, `new TwitterClient(\n  "…", "…")`. */
const CALL_ARGUMENT =
  /(?:[A-Z][A-Za-z0-9]*(?:Client|Api|API|Sdk|SDK|Service|Auth|Connection|Session|Credentials?)|OAuth\w{0,10}|[Aa]uth|[Cc]redentials?)[ \t]*\([ \t\r\n]*(?:(?:"[^"\n]{0,300}"|'[^'\n]{0,300}'|[A-Za-z_$][\w$.]{0,60})[ \t]*,[ \t\r\n]*){1,6}["'`]$/;
const inCallArguments = (text: string, start: number) => CALL_ARGUMENT.test(text.slice(Math.max(0, start - 600), start));

/** The path segment before a token that says what it is: `/webhook/…`, `/hooks/123/…`, `/token/…`, `/api-key/…`. */
const URL_SECRET_PATH = /\/(?:webhooks?|hooks?|tokens?|keys?|secrets?|auth|apikeys?|api[_-]keys?|access[_-]tokens?|signing[_-]keys?)\/(?:\d{1,20}\/)?(?=[A-Za-z0-9_-]{16})/i;
const URL_SECRET_SEGMENT = /\/(?:webhooks?|hooks?|tokens?|keys?|secrets?|auth|apikeys?|api[_-]keys?|access[_-]tokens?|signing[_-]keys?)\/(?:\d{1,20}\/)?$/i;
/** "… is my API key", "… was our token": the value named right after it. */
const NAMED_AFTER = /^["'`]?[ \t]{1,3}(?:is|was|are|=)[ \t]{1,3}(?:my|our|the|his|her|their|your)[ \t]{1,3}(?:[\w-]{1,20}[ \t]{1,3}){0,3}(?:keys?|tokens?|secrets?|passwords?|credentials?|pat)\b/i;
const namedAfter = (text: string, end: number) => NAMED_AFTER.test(text.slice(end, end + 90));

/** `NRAA-4780f48c…`, `PMAK-…`: a vendor's capitals, a separator, and a random or hex body. */
function capsPrefixed(value: string): boolean {
  const m = /^[A-Z][A-Z0-9]{1,7}[-_]([A-Za-z0-9_-]{20,})$/.exec(value);
  if (!m || /^(?:SHA|MD|CRC|UUID|GUID|ID|REF|COMMIT|BUILD|V|VER|HASH|TX|BLOCK|ISBN|DOI)/.test(value)) return false;
  const body = m[1]!;
  return (/^[a-f0-9]{24,}$|^[A-F0-9]{24,}$/.test(body) && /\d/.test(body) && /[a-fA-F]/.test(body) && !/(.)\1{3}/.test(body)) || keyLike(body, 20);
}

/** Round 9: a token whose own capitals say it is secret — `AGE-SECRET-KEY-1…`, `ACME-PRIVATE-TOKEN-…`: a prefix of
 *  capital segments, one of them a secret word, and a machine-random body. */
function selfNamed(value: string): boolean {
  const m = /^((?:[A-Z][A-Z0-9]{0,9}[-_]){1,4})([A-Za-z0-9]{20,})$/.exec(value);
  if (!m || !/(?:^|[-_])(?:SECRET|PRIVATE|PRIV|KEY|APIKEY|TOKEN|PAT|SK|AUTH)[-_]/.test(m[1]!)) return false;
  return looksMachineRandom(m[2]!, 'keyed');
}

/** Round 9: the user of HTTP basic auth is the key for many APIs (Toggl, Freshdesk, Harvest, Mailgun's `api:`
 *  inverted): `curl -u <key>:X`, `--user <key>:`, `-u <key>:api_token`. */
const BASIC_USER_BEFORE = /(?:^|[\s"'])(?:-u|--user|-U|--proxy-user)(?:[ \t]{1,3}|=)["']?$/;

/** Round 9: `API: <key>`, `API key - <key>`: a label naming the API before a value. */
const API_LABEL = /(?:^|[\s(|])API[ \t]{0,2}(?:[:=：]|-{1,2}|—|→)[ \t]{0,3}["'`]?$/;

/** `name = "`, `"name": "`, `name: `, `NAME=`, `name := "`, `name => '`, `<name>`: the name the value is given to. */
const ASSIGNED = /(?:^|[\s{,;(])["'`]?([A-Za-z_$][\w$.-]{0,60})["'`]?\]?[ \t]*(?:=|:=|=>|:|->)[ \t]*["'`]?$|<([A-Za-z][\w:.-]{0,60})(?:[ \t][^<>]{0,120})?>[ \t]*$/;

function* find(text: string): Iterable<Range> {
  let blocks: Range[] | null = null;
  let blockAt = 0;
  const re = new RegExp(RUN.source, 'g');
  let match: RegExpExecArray | null;
  while ((match = re.exec(text)) !== null) {
    let start = match.index;
    let end = start + match[0].length;
    if (end - start > MAX_RUN) continue;
    // `name=value` runs together: base64 has `=` only as trailing padding, so the value starts after the last
    // `=` that something follows
    let cut = match[0].length - 1;
    while (cut > 0 && match[0][cut] === '=') cut--;
    const lastEquals = match[0].lastIndexOf('=', cut);
    if (lastEquals !== -1) start += lastEquals + 1;
    // a whole URL (`https://eth-mainnet.g.alchemy.com/v2/<key>`): on a provider's API host a random segment is its key
    if (match[0].startsWith('//') && text[match.index - 1] === ':') {
      const user = userinfoKey(text, match.index, end);
      if (user) {
        yield user;
        continue;
      }
      yield* providerUrlKeys(match[0], match.index);
      yield* versionedApiKeys(match[0], match.index);
      if (!URL_SECRET_PATH.test(match[0])) continue;
    }
    // a URL path runs together too: a token stands as the segment after a word that names it (`/webhook/<token>`)
    const segment = URL_SECRET_PATH.exec(text.slice(start, end));
    if (segment) {
      start += segment.index + segment[0].length;
      const slash = text.indexOf('/', start);
      if (slash !== -1 && slash < end) end = slash;
    }
    // trim sentence punctuation and a base64 run's leading `/` or `.`
    while (end > start && /[.~_-]/.test(text[end - 1]!) && !/=/.test(text[end - 1]!)) end--;
    while (start < end && /[./=~-]/.test(text[start]!)) start++;
    // a line of a diff (`+AGE-SECRET-KEY-1…`, `-token: …`): the marker is no part of the token
    if (text[start] === '+' && (start === 0 || text[start - 1] === '\n') && /^\+[A-Za-z]/.test(text.slice(start, start + 2))) start++;
    const value = text.slice(start, end);
    if (value.length < 16) continue;
    const prev = text[match.index - 1] ?? '';
    // a query parameter of a URL (`?appid=…`, `&key=…`): a key when its name or the URL's host names one (round 8)
    if ((prev === '?' || prev === '&') && lastEquals > 0) {
      if (queryKey(text, match.index, match[0].slice(0, lastEquals), value)) yield { start, end };
      continue;
    }
    // inside a URL, an e-mail, a query or a Windows path: part of something else
    if (/[@\\#?&%]/.test(prev)) continue;
    // at most 100 characters back, cut at the line start (a bounded look: an unbounded lastIndexOf would be quadratic)
    const windowStart = Math.max(0, start - 100);
    const head = text.slice(windowStart, start);
    const before = head.slice(head.lastIndexOf('\n') + 1);
    // inside a URL only as the segment after a word that names it (`/webhook/<token>`, `/keys/<key>`)
    const inUrl = /:\/\/\S*$/.test(before);
    if (DIGEST_BEFORE.test(before)) continue;
    if (inUrl && !URL_SECRET_SEGMENT.test(before)) {
      // a path segment of a provider's API host (`eth-mainnet.g.alchemy.com/v2/<key>`), random beyond hex (a commit
      // SHA in a GitHub URL is hex)
      if (providerHost(before) && !PAGE_HOST.test(/:\/\/([^/\s]*)[^\s]*$/.exec(before)?.[1] ?? '') && !/^[0-9a-fA-F-]+$/.test(value) && looksMachineRandom(value, 'keyed') && !looksTypedIn(value)) yield { start, end };
      continue;
    }
    if (value.startsWith('AAAA') || ID_PREFIX.test(value) || /^(?:sha\d{1,3}|md5)-/.test(value)) continue;
    if (looksLikePlaceholder(value) || looksTypedIn(value) || encodesPlainText(value)) continue;
    // the UUID every document uses as its example (RFC 4122 explainers, Java and .NET docs)
    if (/^123e4567-e89b-12d3-a456-/i.test(value)) continue;
    const strong = keyLike(value, 20) || capsPrefixed(value) || selfNamed(value);
    const hexLike = !strong && hexOrUuid(value);
    // `dd-apikey-<hex>`, `datadog-secrettoken-<hex>`: a key word or provider glued before the random part
    const glued = hexLike ? null : gluedTail(value);
    if (!strong && !hexLike && !glued && !looksMachineRandom(value, 'keyed')) continue;
    blocks ??= pemBlocks(text);
    while (blockAt < blocks.length && blocks[blockAt]!.end <= start) blockAt++;
    if (blockAt < blocks.length && blocks[blockAt]!.start <= start) continue;
    if (glued) {
      yield { start: start + glued, end };
      continue;
    }

    // the user of basic auth, or after an `API:` label: any machine-random token counts there, hex included
    if (((BASIC_USER_BEFORE.test(before) && text[end] === ':') || API_LABEL.test(before)) && (strong || hexLike || looksMachineRandom(value, 'keyed'))) {
      yield { start, end };
      continue;
    }
    const assigned = ASSIGNED.exec(before);
    const name = assigned ? (assigned[1] ?? assigned[2] ?? '') : '';
    if (assigned && NOT_SECRET_NAME.test(name.replace(/[-.]+$/, '')) && !/access[_-]?key[_-]?id$/i.test(name)) continue;
    const quoted = /["'`]$/.test(before) && text[end] === before[before.length - 1];
    const placed = assigned || quoted || inUrl || CLIENT_CALL.test(before) || LEAK_VERB.test(before);
    if (strong && (placed || inCallArguments(text, start) || namedAfter(text, end))) {
      yield { start, end };
      continue;
    }
    if (keyLike(value, 32) || capsPrefixed(value)) {
      yield { start, end };
      continue;
    }
    // next to a key word or a provider's name any machine-random token counts, hex and base36 too
    if (keyedAround(text, start, before) || commentNamesKey(text, end)) {
      yield { start, end };
      continue;
    }
    if (!hexLike) continue;
    if (CLIENT_CALL.test(before) || LEAK_ONLY.test(before) || inCallArguments(text, start) || namedAfter(text, end)) yield { start, end };
  }
}

/** The host of the URL that `before` ends inside names a key issuer (`api.openweathermap.org`, `…alchemy.com`). */
function providerHost(before: string): boolean {
  const url = /([A-Za-z][A-Za-z0-9+.-]{1,20}):\/\/([^/\s?#]{1,200})[^\s]*$/.exec(before);
  if (!url) return false;
  const context = keyContextOf(url[2]!.replace(/^[^@]*@/, '').replace(/:\d+$/, ''));
  return context.provider;
}

/** Hosts of pages people link to (documents, consoles, repositories), whose random path segments are document ids. */
const PAGE_HOST = /^(?:www|docs|drive|sheets|slides|forms|sites|support|developers?|console|portal|dashboard|app|mail|calendar|maps|photos|play|groups|colab|gist|raw|github|gitlab|web|help|learn|blog|status)\./i;

/** The last path segment of a URL run (`//eth-mainnet.g.alchemy.com/v2/<key>`) whose host names a key issuer and is
 *  no page host, when it is random beyond hex (commit SHAs are hex). */
function* providerUrlKeys(run: string, at: number): Iterable<Range> {
  const host = /^\/\/([^/]{1,200})\//.exec(run);
  if (!host || PAGE_HOST.test(host[1]!) || !keyContextOf(host[1]!.replace(/^[^@]*@/, '')).provider) return;
  const segment = run.slice(run.lastIndexOf('/') + 1);
  if (segment.length >= 16 && !/^[0-9a-fA-F-]+$/.test(segment) && !looksTypedIn(segment) && !looksLikePlaceholder(segment) && looksMachineRandom(segment, 'keyed'))
    yield { start: at + run.length - segment.length, end: at + run.length };
}

/** Round 9: `https://<key>@api.host/…`, `https://<key>:@host`, `https://<key>:x@host`: a machine-random user of a
 *  URL's userinfo is a key (a password there is found by the connection-string rule). */
function userinfoKey(text: string, runStart: number, runEnd: number): Range | null {
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
function* versionedApiKeys(run: string, at: number): Iterable<Range> {
  const host = /^\/\/([^/@]{1,200})\//.exec(run);
  if (!host || PAGE_HOST.test(host[1]!) || /(?:^|\.)(?:github|gitlab|bitbucket|googleapis|gstatic|cloudfront|jsdelivr|unpkg|cdnjs|npmjs|docker)\./i.test(host[1]!)) return;
  const apiHost = /^(?:api|rpc|mainnet|testnet|[a-z0-9-]*-(?:api|rpc|mainnet))[.-]/i.test(host[1]!) || /\/api\//i.test(run);
  if (!apiHost) return;
  const re = /\/v\d{1,2}\/([A-Za-z0-9_-]{16,128})(?=\/|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(run)) !== null) {
    const segment = m[1]!;
    const hex = /^[0-9a-fA-F-]+$/.test(segment);
    if (hex ? !hexOrUuid(segment) : !looksMachineRandom(segment, 'keyed') || looksTypedIn(segment) || looksLikePlaceholder(segment)) continue;
    const start = at + m.index + m[0].length - segment.length;
    yield { start, end: start + segment.length };
  }
}

/** A query value given to a key-named parameter (`key`, `api_key`, `access_token`, `appid` of a provider's host). */
function queryKey(text: string, runStart: number, name: string, value: string): boolean {
  if (value.length < 16 || looksLikePlaceholder(value) || looksTypedIn(value) || !looksMachineRandom(value, 'keyed')) return false;
  const named = keyContextOf(name);
  if (named.publicWord && !/^app_?id$/i.test(name)) return false;
  const head = text.slice(Math.max(0, runStart - 300), runStart);
  const before = head.slice(head.lastIndexOf('\n') + 1);
  return named.keyWord || (providerHost(before) && /^(?:app_?id|app_?key|client_?id|api|k|apikey|access)$/i.test(name));
}

/** The random tail of `dd-apikey-<hex>`, `datadog-secrettoken-<hex>`: its offset when the head names a key. */
function gluedTail(value: string): number | null {
  const m = /^((?:[A-Za-z][A-Za-z0-9]{0,20}[-_.]){1,5})([A-Za-z0-9+/]{16,}={0,2})$/.exec(value);
  if (!m || !looksMachineRandom(m[2]!, 'keyed')) return null;
  const context = keyContextOf(m[1]!);
  return (context.keyWord || context.provider) && !context.publicWord ? m[1]!.length : null;
}

/** A comment after the token on its line that names it (`Client(sid, "…")  # twilio auth token`). */
function commentNamesKey(text: string, end: number): boolean {
  const after = /^["'`]?[ \t]*[),;]{0,3}[ \t]*(?:#|\/\/|--|\/\*)([^\n]{1,80})/.exec(text.slice(end, end + 100));
  if (!after) return false;
  const found = keyContextOf(after[1]!);
  return (found.keyWord || found.provider) && !found.publicWord;
}

/** A key word or provider name before the token on its line (at most 60 characters back), or on the line before
 *  when the token stands alone at the start of its line (`clarifai` then the key on the next line). A word that
 *  names something public there (fingerprint, hash, id, commit…) turns it off, except `access key id`. */
function keyedAround(text: string, start: number, before: string): boolean {
  let context = before.slice(-60);
  if (/^[ \t]*["'`]?$/.test(before)) {
    const lineStart = start - before.length;
    const prev = text.slice(Math.max(0, lineStart - 121), Math.max(0, lineStart - 1));
    context = prev.slice(prev.lastIndexOf('\n') + 1) + ' ' + before;
  }
  if (!/[\p{L}]/u.test(context)) return false;
  const found = keyContextOf(context.replace(/access[_ -]?key[_ -]?id/gi, 'access key'));
  return (found.keyWord || found.provider) && !found.publicWord;
}

export const randomTokenRules: RedactionRule[] = [
  {
    id: 'random-token',
    kind: 'secret',
    level: 'secrets',
    priority: 45,
    description:
      'A key-shaped random token (upper, lower and digits mixed throughout) given to any name, passed to a client constructor, named in prose about leaking it, or 32+ characters anywhere; hex and UUIDs only as a client argument or after a leak verb; never digests, ids, URLs, PEM bodies or public keys',
    find: (text: string) => [...find(text)],
  },
];
