// Passwords passed by position to calls that log in or build credentials: `new NetworkCredential("user", "pw")`,
// `server.login("me@corp.io", "pw")`, `HTTPBasicAuth("bot", "pw")`, `auth=("deploy", "pw")`,
// `new DirectoryEntry("LDAP://…", "user", "pw")`, `client.connect(host, 22, "ubuntu", "pw")`. No name sits next to the
// value, so the call says what it is: a callee named for logging in, authenticating or credentials, and a quoted
// argument that follows a quoted user name. The list of calls is not a list of APIs: any callee whose name ends in
// such a word counts. Calls that only connect or bind (`router.connect("users", "index")`) also take other strings,
// so there the value must be shaped like a password (mixed classes, a digit or a symbol).
import { looksLikePlaceholder } from '../checks';
import type { Range, RedactionRule } from '../types';
import { isTld } from './email-tlds';
import { NOT_A_PASSWORD } from './secrets';
import { looksMachineRandom } from './token-randomness';

/** The end of a callee's name and its opening parenthesis; group 1 is set for calls that only connect or bind. */
const CALLEE =
  /(?:[Ll]og_?[Ii]n|[Ll]og_?[Oo]n|[Ss]ign_?[Ii]n|[Aa]uth[A-Za-z]{0,24}|[Cc]redentials?|[Bb]asic|(connect[A-Za-z]{0,12}|Connect[A-Za-z]{0,12}|[Bb]ind|DirectoryEntry|SSHClient|Session))[ \t]{0,4}(?:=[ \t]{0,4})?\(/g;
const MAX_ARGS = 320;
const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r';

interface Argument {
  start: number;
  end: number;
  quoted: boolean;
}

/** The top-level arguments of the call opened at `open` (bounded; none if the call does not close in reach). */
function argumentsAt(text: string, open: number): Argument[] | null {
  const args: Argument[] = [];
  const limit = Math.min(text.length, open + MAX_ARGS);
  let depth = 0;
  let argStart = open + 1;
  let literal: { start: number; end: number } | null = null;
  let other = false;
  /** Where the argument's first non-space character is (-1: none yet), so no argument is sliced to look at it. */
  let content = -1;
  const push = (end: number) => {
    const quoted = literal !== null && !other;
    if (quoted) args.push({ start: literal!.start, end: literal!.end, quoted });
    else if (content !== -1) args.push({ start: argStart, end, quoted: false });
    literal = null;
    other = false;
    content = -1;
  };
  for (let i = open + 1; i < limit; i++) {
    const c = text[i]!;
    if (content === -1 && c !== '"' && c !== "'" && !isSpace(c) && c !== ',' && c !== ')') content = i;
    if (c === '"' || c === "'") {
      let close = i + 1;
      while (close < limit && text[close] !== c && text[close] !== '\n') close++;
      if (close >= limit || text[close] !== c) return null;
      // a string prefix (`@"…"`, `r'…'`, `b"…"`) may stand just before the quote
      const fresh = content === -1 || (content === i - 1 && /[@rbuRBU]/.test(text[content]!));
      if (depth === 0 && literal === null && fresh) literal = { start: i + 1, end: close };
      else if (depth === 0) other = true;
      if (content === -1) content = i;
      i = close;
      continue;
    }
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) {
        push(i);
        return args;
      }
      depth--;
    } else if (c === ',' && depth === 0) {
      push(i);
      argStart = i + 1;
    } else if (depth === 0 && literal !== null && !isSpace(c)) {
      // `"pw".toCharArray()`, `"pw".encode()`: a method on the literal keeps it the argument's value
      const method = /^\.[A-Za-z]\w{0,20}\(\)/.exec(text.slice(i, i + 24));
      if (method) i += method[0].length - 1;
      else other = true;
    } else if (depth === 0 && literal === null && c === '=') other = true; // keyword arguments are assignments
  }
  return null;
}

/** A user name: one token, not a URL, path or host (`LDAP://…`, `localhost`, `db.corp.net`, `10.0.0.5`). Round 18:
 *  a `first.last` name (`o.adeyemi`, `jane.doe`, `m.lindqvist`) is one as the first argument of a call that logs in or
 *  builds credentials: two labels, the last of letters and no top-level domain. Later arguments may be hosts (sbt's
 *  `Credentials(realm, "nexus.corp", user, pw)`), and a call that only connects takes hosts first (`connect("db.internal",
 *  "app", …)`), so there a dotted name is still a host. */
function userLike(value: string, dottedUser: boolean): boolean {
  if (value.length === 0 || value.length > 100 || /\s/.test(value) || /:\/\/|^\\\\|^\//.test(value)) return false;
  if (/^localhost$|^\d{1,3}(?:\.\d{1,3}){3}$/i.test(value)) return false;
  if (value.includes('@') || !/^[\w-]+(?:\.[\w-]+)+$/.test(value)) return true;
  const name = /^[\p{L}\d_-]{1,40}\.(\p{L}{2,40})$/u.exec(value);
  return dottedUser && name !== null && !isTld(name[1]!);
}

const unicodeClasses = (value: string) => (/\p{Ll}/u.test(value) ? 1 : 0) + (/\p{Lu}/u.test(value) ? 1 : 0) + (/\p{N}/u.test(value) ? 1 : 0);
const shaped = (value: string) => unicodeClasses(value) >= 2 && /[\d\W_]/.test(value);

function passwordValue(value: string, user: string, onlyConnects: boolean): boolean {
  if (value.length < 4 || value.length > 128 || /\s/.test(value) || value === user) return false;
  if (looksLikePlaceholder(value) || NOT_A_PASSWORD.has(value.toLowerCase()) || /^[$%{]/.test(value)) return false;
  if (onlyConnects || /^[A-Za-z]+$/.test(value)) {
    if (shaped(value)) return true;
    // letters only: long and in one case, not an identifier with humps or words (`passwordField`, `read`)
    return !onlyConnects && value.length >= 8 && /^(?:[a-z]+|[A-Z]+)$/.test(value);
  }
  return true;
}

function* find(text: string): Iterable<Range> {
  for (const match of text.matchAll(CALLEE)) {
    const open = match.index + match[0].length - 1;
    const args = argumentsAt(text, open);
    if (!args) continue;
    for (let i = 0; i + 1 < args.length; i++) {
      const user = args[i]!;
      const pass = args[i + 1]!;
      if (!user.quoted || !pass.quoted) continue;
      const userValue = text.slice(user.start, user.end);
      if (!userLike(userValue, i === 0 && match[1] === undefined)) continue;
      if (passwordValue(text.slice(pass.start, pass.end), userValue, match[1] !== undefined)) yield { start: pass.start, end: pass.end };
      break;
    }
  }
}

/** Round 14: API clients built from an account and a key (`twilio.rest.Client(sid, token)`, `plivo.RestClient(id, key)`,
 *  `algoliasearch(appId, key)`, `SendGridAPIClient(key)`, Ruby's `Client.new(…)`): a callee whose name ends in Client,
 *  Api or Sdk, or Algolia's. A first argument followed by more is the account (`AC…`, an application id), which
 *  identifies and is kept; any later one, or an only one, that is machine-random is the key. Hex keys are the ones only
 *  this context finds (alone, 32 hex digits read as a hash). */
const CLIENT_CALLEE = /(?<![\w$])(?:new[ \t]{1,4})?(?:[\w$]{1,40}\.){0,4}(?:[\w$]{0,40}(?:[Cc]lient|Api|API|Sdk|SDK)|algoliasearch)(?:\.new)?[ \t]{0,4}\(/g;

function* findClientKeys(text: string): Iterable<Range> {
  for (const match of text.matchAll(CLIENT_CALLEE)) {
    const args = argumentsAt(text, match.index + match[0].length - 1);
    if (!args) continue;
    for (let i = args.length === 1 ? 0 : 1; i < args.length; i++) {
      const arg = args[i]!;
      const value = text.slice(arg.start, arg.end);
      if (!arg.quoted || value.length < 16 || value.length > 256 || looksLikePlaceholder(value)) continue;
      if (looksMachineRandom(value, 'keyed')) yield { start: arg.start, end: arg.end };
    }
  }
}

export const credentialCallRules: RedactionRule[] = [
  {
    id: 'client-key-argument',
    kind: 'api_key',
    level: 'secrets',
    priority: 75,
    description:
      'Round 14: a machine-random quoted argument of an API client constructor (a callee ending in Client, Api or Sdk: `Client(sid, "…")`, `RestClient(id, "…")`, `algoliasearch(app, "…")`), after the account argument',
    find: (text: string) => [...findClientKeys(text)],
  },
  {
    id: 'credential-call-password',
    kind: 'password',
    level: 'secrets',
    priority: 75,
    description:
      'The quoted argument after a quoted user name in a call that logs in or builds credentials (`NetworkCredential("u", "pw")`, `.login("u", "pw")`, `HTTPBasicAuth`, `auth=("u", "pw")`, `DirectoryEntry(path, "u", "pw")`); for connect/bind calls only a password-shaped value',
    find: (text: string) => [...find(text)],
  },
];
