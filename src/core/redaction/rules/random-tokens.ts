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
// What a token's own shape says lives in token-shapes.ts, keys inside URLs in token-urls.ts.
import { looksLikePlaceholder, looksTypedIn } from '../checks';
import type { Range, RedactionRule } from '../types';
import { commentNamesKey, keyedAround } from './key-context';
import { looksMachineRandom } from './token-randomness';
import { PAGE_HOST, providerHost, providerUrlKeys, queryKey, userinfoKey, versionedApiKeys } from './token-urls';
import { capsPrefixed, encodesPlainText, gluedTail, hexOrUuid, keyLike, publicKeyShaped, selfNamed } from './token-shapes';

const RUN = /[A-Za-z0-9+/_~.=-]{16,}/g;
const MAX_RUN = 1024;

/** Names that say the value is something other than a secret. */
export const NOT_SECRET_NAME =
  /(?:^|[_.-])(?:ids?|sids?|uuid|guid|hash(?:es)?|checksum|shasum|sha\d*|md5|digest|integrity|etag|fingerprint|thumbprint|commit|revision|rev|ref|sha|version|mappings?|sources?(?:content)?|names|src|srcset|href|url|uri|path|file(?:name)?|dir|image|img|icon|avatar|logo|font|d|points|class(?:name)?|style|title|label|slug|text|message|description|content|public_?key|pub_?key|cert(?:ificate)?|ca|nonce|request_?id|trace_?id|span_?id|correlation_?id|hash_?id|object_?id|build|tag|sku|isbn|locale|lang|color|colour|format|pattern|regex|selector|xpath|query|mime|type|secure)\d*$/i;
/** `userId`, `paymentID`, `fileHash`: the camelCase ending of such a name — case-sensitive, so a name that merely ends in
 *  those letters (`SENDGRID`, `PLAID`, `ANDROID`) is not read as an id (round 11). */
export const NOT_SECRET_CAMEL = /(?:[a-z]Id|[a-z]ID|[a-z]Sid|[a-z]SID|Ids|Hash|Url|Uri|Path|Sha|Digest)\d*$/;

/** Object ids of APIs people paste into chats (OpenAI, Anthropic, Stripe): identifiers, not credentials. */
export const ID_PREFIX =
  /^(?:pk_test|chatcmpl|cmpl|msg|msgbatch|toolu|srvtoolu|req|call|run|thread|asst|file|batch|step|resp|evt|cus|ch|pi|pm|py|sub|in|ii|il|prod|price|acct|txn|src|seti|si|po|tr|re|ba|card|cs_test|cs_live|ft|ftjob|org|proj|user|vs|modr|img|conv|chatcmpl-tool|fp|ses|sched|cm|mdl|ws|wf)[-_]/;

/** Where digests and encoded blobs begin: they are random and public. */
const DIGEST_BEFORE = /(?:sha\d{1,3}|md5|h\d)[-:]$|base64,$|nonce-$|integrity[=:"' ]{1,4}$/i;

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

/** For starts asked in increasing order: does a PEM block of `text` cover it? The blocks are found at the first ask,
 *  and each ask moves one cursor forward, so a text costs one pass however many tokens it holds. */
export function pemCover(text: string): (start: number) => boolean {
  let blocks: Range[] | null = null;
  let at = 0;
  return (start) => {
    blocks ??= pemBlocks(text);
    while (at < blocks.length && blocks[at]!.end <= start) at++;
    return at < blocks.length && blocks[at]!.start <= start;
  };
}

const LEAK_VERB =
  /(?:committed|commited|pushed|leaked|exposed|pasted|posted|shared|published|uploaded|checked in|hard-?coded|hardcoded|rotated|revoked|regenerated|is my|are my|mein(?:en)? |ma clé|mi clave|my (?:\w+ ){0,2}(?:is|was)|using|use|set)(?:[ \t]+(?:it|this|that|the|a|an|my|our|in|to|into|as))?[ \t:]{1,3}["'`]?$/i;
/** For hex and UUIDs (commit SHAs, ids) only verbs that mean a leak, never "use" or "committed" alone. */
const LEAK_ONLY =
  /(?:accidentally[ \t]+(?:committed|commited|pushed|shared|posted|published|uploaded|pasted)|leaked|exposed|pasted|posted|published|hard-?coded|hardcoded)(?:[ \t]+(?:it|this|that|the|a|an|my|our|in|to|into|as))?[ \t:]{1,3}["'`]?$/i;
const CLIENT_CALL = /(?:[A-Z][A-Za-z0-9]*(?:Client|Api|API|Sdk|SDK|Service|Auth|Connection|Session)|(?:create|init|make|new)_?[Cc]lient|new[ \t]+[A-Z][\w.]*)[ \t]*\([ \t]*["'`]$/;
/** Round 10: the first argument of any class constructor or factory in PascalCase (`Geocoder("…")`,
 *  `OpenCageGeocode('…')`), for hex of 32 to 40 digits (an API key's lengths; 64 is a SHA-256): unless its name
 *  says the argument is an id, hash, colour or test case. */
const CONSTRUCTOR_CALL = /(?:^|[^\w.$])(?!(?:Test\w*|\w*(?:Id|ID|Uuid|UUID|Guid|GUID|Hash|Sha|SHA|Digest|Hex|Color|Colour|Address|Checksum|Commit|Version|Case)[ \t]*\())[A-Z][a-z][A-Za-z0-9]{1,40}[ \t]*\([ \t]*["'`]$/;
/** Round 10: a name whose last part is `api` (`STEAM_WEB_API=`, `weatherApi:`) given hex: the key of that API. */
const API_NAME = /(?:^|[^A-Za-z])(?:[A-Za-z0-9]+[_.-])*(?:api|API)["'`]?[ \t]*(?:=|:=|:|=>)[ \t]*["'`]?$|[a-z0-9]Api["'`]?[ \t]*(?:=|:=|:|=>)[ \t]*["'`]?$/;
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

/** Round 9: the user of HTTP basic auth is the key for many APIs (Toggl, Freshdesk, Harvest, Mailgun's `api:`
 *  inverted): `curl -u <key>:X`, `--user <key>:`, `-u <key>:api_token`. */
const BASIC_USER_BEFORE = /(?:^|[\s"'])(?:-u|--user|-U|--proxy-user)(?:[ \t]{1,3}|=)["']?$/;

/** Round 9: `API: <key>`, `API key - <key>`: a label naming the API before a value. */
const API_LABEL = /(?:^|[\s(|])API[ \t]{0,2}(?:[:=：]|-{1,2}|—|→)[ \t]{0,3}["'`]?$/;

/** `name = "`, `"name": "`, `name: `, `NAME=`, `name := "`, `name => '`, `<name>`: the name the value is given to. */
const ASSIGNED = /(?:^|[\s{,;(])["'`]?([A-Za-z_$][\w$.-]{0,60})["'`]?\]?[ \t]*(?:=|:=|=>|:|->)[ \t]*["'`]?$|<([A-Za-z][\w:.-]{0,60})(?:[ \t][^<>]{0,120})?>[ \t]*$/;

function* find(text: string): Iterable<Range> {
  const inPem = pemCover(text);
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
    if (value.startsWith('AAAA') || ID_PREFIX.test(value) || /^(?:sha\d{1,3}|md5)-/.test(value) || publicKeyShaped(value)) continue;
    // round 13: the signature of a JWT written out decoded (`{"alg":"HS256"}.{"sub":"1"}.SflKx…`), a document's example
    if (/\}\.$/.test(before)) continue;
    if (looksLikePlaceholder(value) || looksTypedIn(value) || encodesPlainText(value)) continue;
    // the UUID every document uses as its example (RFC 4122 explainers, Java and .NET docs)
    if (/^123e4567-e89b-12d3-a456-/i.test(value)) continue;
    const strong = keyLike(value, 20) || capsPrefixed(value) || selfNamed(value);
    const hexLike = !strong && hexOrUuid(value);
    // `dd-apikey-<hex>`, `datadog-secrettoken-<hex>`: a key word or provider glued before the random part
    const glued = hexLike ? null : gluedTail(value);
    if (!strong && !hexLike && !glued && !looksMachineRandom(value, 'keyed')) continue;
    if (inPem(start)) continue;
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
    const bareName = name.replace(/[-.]+$/, '');
    if (assigned && (NOT_SECRET_NAME.test(bareName) || NOT_SECRET_CAMEL.test(bareName)) && !/access[_-]?key[_-]?id$|^app_?id$/i.test(name)) continue;
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
    const calledOrNamed = (CONSTRUCTOR_CALL.test(before) || API_NAME.test(before)) && value.length <= 40;
    if (CLIENT_CALL.test(before) || calledOrNamed || LEAK_ONLY.test(before)) yield { start, end };
    else if (inCallArguments(text, start) || namedAfter(text, end)) yield { start, end };
  }
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
