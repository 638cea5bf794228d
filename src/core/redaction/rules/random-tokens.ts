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
import { characterClasses, looksLikePlaceholder, looksTypedIn, shannonEntropy } from '../checks';
import type { Range, RedactionRule } from '../types';

const RUN = /[A-Za-z0-9+/_~.=-]{16,}/g;
const MAX_RUN = 1024;

/** Names that say the value is something other than a secret. */
const NOT_SECRET_NAME =
  /(?:^|[_.-])(?:ids?|uuid|guid|hash(?:es)?|checksum|shasum|sha\d*|md5|digest|integrity|etag|fingerprint|thumbprint|commit|revision|rev|ref|sha|version|mappings?|sources?(?:content)?|names|src|srcset|href|url|uri|path|file(?:name)?|dir|image|img|icon|avatar|logo|font|d|points|class(?:name)?|style|title|label|slug|text|message|description|content|public_?key|pub_?key|cert(?:ificate)?|ca|nonce|request_?id|trace_?id|span_?id|correlation_?id|hash_?id|object_?id|build|tag|sku|isbn|locale|lang|color|colour|format|pattern|regex|selector|xpath|query|mime|type|secure)\d*$|(?:[a-z]Id|[a-z]ID|Ids|Hash|Url|Uri|Path|Sha|Digest)\d*$/i;

/** Object ids of APIs people paste into chats (OpenAI, Anthropic, Stripe): identifiers, not credentials. */
const ID_PREFIX =
  /^(?:chatcmpl|cmpl|msg|msgbatch|toolu|srvtoolu|req|call|run|thread|asst|file|batch|step|resp|evt|cus|ch|pi|pm|py|sub|in|ii|il|prod|price|acct|txn|src|seti|si|po|tr|re|ba|card|cs_test|cs_live|ft|ftjob|org|proj|user|vs|modr|img|conv|chatcmpl-tool|fp|ses|sched|cm|mdl|ws|wf)[-_]/;

/** Where digests and encoded blobs begin: they are random and public. */
const DIGEST_BEFORE = /(?:sha\d{1,3}|md5|h\d)[-:]$|base64,$|nonce-$|integrity[=:"' ]{1,4}$/i;

/** Random the way keys are: every class present, and the class changes at a large share of characters. */
function keyLike(value: string, minLength: number): boolean {
  if (value.length < minLength || characterClasses(value) < 3) return false;
  const upper = (value.match(/[A-Z]/g) ?? []).length;
  const lower = (value.match(/[a-z]/g) ?? []).length;
  const digits = (value.match(/\d/g) ?? []).length;
  if (upper < 2 || lower < 2 || digits < 2) return false;
  let changes = 0;
  for (let i = 1; i < value.length; i++) if (classOf(value.charCodeAt(i)) !== classOf(value.charCodeAt(i - 1))) changes++;
  if (changes < value.length * 0.3) return false;
  // words (`BinTrieFlags.FLAG13`, `readUInt16LE`, `cure53/DOMPurify/blob`) leave lower-case runs of four and more;
  // in random text of 62 symbols they hold a few per cent of the characters
  let wordy = 0;
  for (const run of value.match(/[a-z]{4,}/g) ?? []) wordy += run.length;
  if (wordy > value.length * 0.2) return false;
  // generated tables (parser state strings, `kQ3c.iQ4Y/XQ5W0nQ6…`): one character or separators far above chance
  const counts = new Map<string, number>();
  let punctuation = 0;
  for (const ch of value.replace(/=+$/, '')) {
    counts.set(ch, (counts.get(ch) ?? 0) + 1);
    if (!/[A-Za-z0-9]/.test(ch)) punctuation++;
  }
  if (Math.max(...counts.values()) > Math.max(3, value.length * 0.15) || punctuation > value.length * 0.15) return false;
  // code: member paths and constants (`BigUint64Array.BYTES_PER_ELEMENT`)
  if (/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/.test(value) || /[A-Z]{2,}_[A-Z]{2,}/.test(value)) return false;
  return shannonEntropy(value) >= Math.min(4.2, Math.log2(value.length) * 0.8);
}

/** Base64 of plain text (`UGF0aWVuY2UgaXMgdGhlIGtleSB0byBzdWNjZXNz`) is encoding, not a key — unless the text is a
 *  credential itself (`admin:password`, a JSON `auth` block). */
function encodesPlainText(value: string): boolean {
  if (!/^[A-Za-z0-9+/]{16,}={0,2}$/.test(value)) return false;
  let decoded: string;
  try {
    const body = value.replace(/=+$/, '');
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

function classOf(code: number): number {
  if (code >= 97 && code <= 122) return 0;
  if (code >= 65 && code <= 90) return 1;
  if (code >= 48 && code <= 57) return 2;
  return 3;
}

const HEX = /^(?:[a-f0-9]{32,}|[A-F0-9]{32,})$/;
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const hexOrUuid = (v: string) => (HEX.test(v) && /\d/.test(v) && /[a-fA-F]/.test(v)) || UUID.test(v);

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
  /(?:[A-Z][A-Za-z0-9]*(?:Client|Api|API|Sdk|SDK|Service|Auth|Connection|Session|Credentials?)|OAuth\w{0,10}|[Aa]uth|[Cc]redentials?)[ \t]*\([ \t\r\n]*(?:(?:"[^"\n]{0,300}"|'[^'\n]{0,300}')[ \t]*,[ \t\r\n]*){1,6}["'`]$/;
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
    const value = text.slice(start, end);
    if (value.length < 16) continue;
    const prev = text[match.index - 1] ?? '';
    // inside a URL, an e-mail, a query or a Windows path: part of something else
    if (/[@\\#?&%]/.test(prev)) continue;
    // at most 100 characters back, cut at the line start (a bounded look: an unbounded lastIndexOf would be quadratic)
    const windowStart = Math.max(0, start - 100);
    const head = text.slice(windowStart, start);
    const before = head.slice(head.lastIndexOf('\n') + 1);
    // inside a URL only as the segment after a word that names it (`/webhook/<token>`, `/keys/<key>`)
    const inUrl = /:\/\/\S*$/.test(before);
    if (DIGEST_BEFORE.test(before) || (inUrl && !URL_SECRET_SEGMENT.test(before))) continue;
    if (value.startsWith('AAAA') || ID_PREFIX.test(value) || /^(?:sha\d{1,3}|md5)-/.test(value)) continue;
    if (looksLikePlaceholder(value) || looksTypedIn(value) || encodesPlainText(value)) continue;
    const strong = keyLike(value, 20) || capsPrefixed(value);
    const hexLike = !strong && hexOrUuid(value);
    if (!strong && !hexLike) continue;
    blocks ??= pemBlocks(text);
    while (blockAt < blocks.length && blocks[blockAt]!.end <= start) blockAt++;
    if (blockAt < blocks.length && blocks[blockAt]!.start <= start) continue;

    const assigned = ASSIGNED.exec(before);
    const name = assigned ? (assigned[1] ?? assigned[2] ?? '') : '';
    if (assigned && NOT_SECRET_NAME.test(name.replace(/[-.]+$/, ''))) continue;
    if (hexLike) {
      if (CLIENT_CALL.test(before) || LEAK_ONLY.test(before) || inCallArguments(text, start) || namedAfter(text, end)) yield { start, end };
      continue;
    }
    const placed =
      assigned || inUrl || CLIENT_CALL.test(before) || LEAK_VERB.test(before) || inCallArguments(text, start) || namedAfter(text, end);
    if (placed || keyLike(value, 32) || capsPrefixed(value)) yield { start, end };
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
