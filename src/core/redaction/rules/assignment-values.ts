// How a value given to a secret-named key is read and judged, for the secrets-in-context scanner (assignments.ts):
// where a quoted, escaped or bare value ends, whether it refers to a secret instead of holding one (references, types,
// identifiers, messages, stand-ins, pieces of strings built in code), and whether it is random enough for a secret.
// Kept apart from the scanner so each file stays readable; nothing here scans the text for names.
import { characterClasses, looksLikePlaceholder, looksTypedIn, shannonEntropy } from '../checks';
import { NOT_A_PASSWORD } from './secrets';
import { looksCountedOrRepeated, wordScore } from './token-randomness';

export type Kind = 'password' | 'secret';
export const MAX_QUOTED = 8192;
const MAX_UNQUOTED = 1024;

/** Random the way issued tokens are: 32+ hex digits mixing letters and digits, or a long run mixing cases and digits. */
export function strongToken(value: string): boolean {
  if (looksTypedIn(value) || looksLikePlaceholder(value) || looksCountedOrRepeated(value)) return false;
  if (/^(?:[a-f0-9]{32,}|[A-F0-9]{32,})$/.test(value)) return /\d/.test(value) && /[a-fA-F]/.test(value) && !/(.)\1{3}/.test(value);
  const digits = (value.match(/\d/g) ?? []).length;
  // base32/base36 tokens in one case (Azure DevOps PATs: 52 of [a-z2-7])
  if (/^(?:[a-z0-9]{32,}|[A-Z0-9]{32,})$/.test(value)) return digits >= 4 && shannonEntropy(value) >= 4;
  return value.length >= 20 && /^[\w+/=.~-]+$/.test(value) && characterClasses(value) === 3 && digits >= 2 && shannonEntropy(value) >= 3.5;
}

const CODE_WORDS = new Set([
  'string', 'str', 'number', 'int', 'boolean', 'bool', 'required', 'optional', 'undefined', 'none', 'null', 'nil', 'true', 'false',
  'text', 'varchar', 'secret', 'password', 'token', 'hidden', 'bytes', 'any', 'object', 'char', 'function', 'void', 'new', 'this',
  'self', 'await', 'return', 'const', 'let', 'var', 'private', 'public', 'protected', 'static', 'readonly', 'final', 'default',
  'infinity', '-infinity', 'nan',
]);
const NAMES_A_SECRET = /token|secret|passw|session|apikey|api_key|credential|auth/i;

/** How code names things: camelCase, PascalCase, snake_case, CONSTANT_CASE, lower. `EHuaHWOAng` is none of them. */
export function identifierLike(value: string): boolean {
  return /^_*(?:[a-z]+(?:[A-Z][a-z0-9]+)*|[A-Z]{2,5}(?:[A-Z][a-z0-9]+)+|[A-Z]?[A-Z][a-z]+(?:[A-Z][a-z0-9]+)*|[a-z]+(?:_[a-z0-9]+)*|[A-Z]+(?:_[A-Z0-9]+)*|[A-Z][a-z]+(?:_[A-Z]?[a-z]+)*)_*$/.test(value);
}

/** Code or configuration that refers to a secret rather than holding it. */
export function looksLikeReference(value: string, quoted: boolean, next: string, shell = false): boolean {
  if (!quoted && (next === '(' || next === '[' || next === '.')) return true;
  if (CODE_WORDS.has(value.toLowerCase())) return true;
  // ENV_VAR_NAME — round 21: not initials and a date or number joined by `_` (`DJ_200486`, `KD_021170`): a name's
  // parts are words, and a chosen password's letters here are one to three capitals beside four digits or more
  if (/^[A-Z][A-Z0-9_]+$/.test(value) && value.includes('_') && !initialsAndNumber(value)) return true;
  // process.env.TOKEN, init?.key — but not a token with a dotted prefix (`hvs.CAESIJ8x…`): no part of a name path is
  // a long run mixing upper case, lower case and digits
  // round 13: in a shell or env-file line (`export RSYNC_PASSWORD=UA14034.vigo`) a reference needs `$`, so a dotted
  // word holding digits is the literal; `config.password` still names a setting
  // round 19: a member is named (`._` alone, `Snoopy99._`, ends a chosen password, not a name path)
  // round 20: and no part mixes digits and cases in letters that read as no word (namePart: `X7.z2LSX_ApzYe`,
  // `Z.BneUMVT2UKrj`, `A5Rn5cqKdw.KS` are chosen values), unless the path starts at a settings object
  if (/^[A-Za-z_$#][\w$#]*(?:\??\.(?:[A-Za-z$#]|_+[A-Za-z\d$#])[\w$#]*)+(?:\(\))?!?;?$/.test(value) && !value.split('.').some((part) => part.length >= 12 && characterClasses(part) === 3 && (part.match(/\d/g) ?? []).length >= 2 && !/[a-z]{5,}/.test(part)) && namePath(value))
    return !(shell && /\d/.test(value) && !PATH_WORDS.test(value.split('.')[0]!));
  // `${cookie.key}=${cookie.value}`, `{{ .Values.token }}`: a template expression (a name path), not random punctuation
  if (/\$\{[ \t]*[\w.$]{1,80}(?:[ \t]*[|:?-][^{}]{0,40})?[ \t]*\}|\{\{[ \t]*[\w.$|" ()-]{1,80}\}\}/.test(value)) return true;
  if (/^[a-z][a-z0-9+.-]{1,20}:\/\//i.test(value) && !/:[^/@\s]+@/.test(value)) return true; // URLs without userinfo
  if (/^(?:arn|urn):[\w-]{1,40}:/i.test(value)) return true; // resource names (`arn:aws:iam::aws:policy/…`)
  // round 13: a path of names joined by colons (`MyRdsSecret:SecretString:password` inside a CloudFormation resolve,
  // `secret:db:password`): a name path, not a value
  // (two names when one is written in humps, `SecretString:password`; `admin:secret` may be a user and password)
  if (/^[A-Za-z_][\w-]{0,60}(?::[A-Za-z_][\w-]{0,60}){1,6}$/.test(value) && value.split(':').every((part) => identifierLike(part.replace(/-/g, '_'))) && (/:.*:/.test(value) || /[a-z][A-Z]/.test(value)))
    return true;
  if (/^0x[0-9a-fA-F]{1,16}$/.test(value)) return true; // a number (`sig == 0x04034B50`)
  if (/^[A-Z][a-z]{1,12}(?:[A-Z][a-z]{0,6})?-[A-Z][A-Za-z]{2,40}$/.test(value)) return true; // a PowerShell cmdlet (`$pw = ConvertTo-SecureString …`)
  if (/^@[A-Za-z_][\w.-]*$/.test(value) && identifierLike(value.slice(1).replace(/[.-]/g, '_'))) return true; // `@brackets`, `@Inject`
  if (/^[#.][A-Za-z]+(?:[-_][A-Za-z]+)*$/.test(value)) return true; // a CSS selector (`#add-password`, `.token-field`)
  if (/^(?:\.{1,2}|~)?\/(?:[\w.-]{1,40}\/)*[\w.-]{0,40}$/.test(value) && !/[+=]/.test(value)) return true; // paths
  if (/^\$\{?[A-Za-z_]\w*\}?$/.test(value) || /^%\w+%$/.test(value) || /^\$\d+$/.test(value)) return true;
  // round 13: a shell expansion that fails or substitutes when the variable is unset (`${SECRET_KEY:?must be set}`,
  // `${TOKEN:+--token}`): its text after the operator is a message or a flag, cut at its first space here
  if (/^\$\{[A-Za-z_]\w*:?[?+]/.test(value)) return true;
  if (!quoted && /^[A-Za-z_]+$/.test(value) && identifierLike(value)) return true; // hashedPassword, req_token
  if (!quoted && /^[A-Za-z_$][\w$]*$/.test(value) && (/^\$|\$\w/.test(value) || NAMES_A_SECRET.test(value))) return true;
  // 'tabTargetSessionId', 'reset_password' — an identifier naming a secret (humps or underscores), not a lower-case
  // phrase run together (`thisismypassword`)
  if (/^[A-Za-z_]+$/.test(value) && NAMES_A_SECRET.test(value) && /[a-z][A-Z]|_|^[A-Z][a-z]/.test(value)) return true;
  if (/^[a-z]+(?:[A-Z][a-z]+)+$/.test(value) && !quoted) return true; // camelCase identifiers
  return false;
}

/** Round 21: `DJ_200486`, `AE_230394`, `MK_1987_X`: letters of one to three capitals only, and a part of four digits
 *  or more — initials and a date, as people choose passwords; no constant's name is made of such parts (`HTTP_2`,
 *  `ISO_8859_1` name a thing with a word of four letters or a number of three at most after a word). */
function initialsAndNumber(value: string): boolean {
  const parts = value.split('_').filter(Boolean);
  return parts.length >= 2 && parts.length <= 4 && parts.every((part) => /^[A-Z]{1,3}$|^\d+$/.test(part)) && parts.some((part) => /^\d{4,8}$/.test(part)) && /^[A-Z]/.test(parts[0]!) && !/^(?:ISO|UTF|RFC|CP|IBM|KOI|WIN)$/.test(parts[0]!);
}

/** Round 20: a part of a dotted path is a chosen value's, not a name's, when it mixes digits with both cases and its
 *  letters read as no word of the bigram model (`z2LSX_ApzYe`, `BneUMVT2UKrj`, `A5Rn5cqKdw`); names that carry
 *  digits read as words once the digits are dropped (`oauth2Client`, `Http2Session`, `x509Certificate`, `md5Sum`). */
function namePart(part: string): boolean {
  // round 21: letters whose case changes four times or more in no naming style (`RdeqEknG` of `RdeqEknG.AuHjf`, with
  // or without digits; `getURLs`, `innerHTML` change it twice or less, `XMLHttpRequest` is humps after an acronym)
  const bare = part.replace(/\d+/g, '');
  if (bare.length >= 6 && /^[A-Za-z]+$/.test(bare) && !identifierLike(bare) && (bare.match(/(?=[a-z][A-Z]|[A-Z][a-z])/g) ?? []).length >= 4) return false;
  if (!/\d/.test(part) || !/[A-Z]/.test(part) || !/[a-z]/.test(part)) return true;
  const letters = part.replace(/[^A-Za-z]/g, '').toLowerCase();
  return letters.length < 4 || wordScore(letters) >= -0.8;
}
function namePath(value: string): boolean {
  const parts = value.split('.');
  return PATH_WORDS.test(parts[0]!.replace(/^[$#]/, '')) || parts.every(namePart);
}

/** Parts of a dotted name path in code and configuration (`config.db.password`, `self.user.value`), never of a
 *  passphrase of three dictionary words (`printer.inspection.tomb`). */
export const PATH_WORDS =
  /^(?:env|environ|config|conf|cfg|configuration|settings|setting|options|opts|params|props|properties|args|argv|request|req|res|response|form|data|user|users|app|application|ctx|context|state|store|values?|vars?|secrets?|credentials?|creds|auth|db|database|process|self|this|super|module|exports|window|global|session|cookie|cookies|spring|datasource|keys?|tokens?|pass\w*|pwd|get|set|input|body|payload|model|prototype|default|defaults|local|remote|prod|production|dev|test|staging|item|items|result|results|obj|object|json|yaml|http|https|api|client|server|service|services|account|accounts|connection|conn|mail|smtp|ldap|redis|mysql|postgres|oracle|mongo)$/i;
/** `printer.inspection.tomb`: three or more lowercase words joined by dots, none of them a word of code or config. */
function dottedPassphrase(value: string): boolean {
  if (!/^[a-z]{3,}(?:\.[a-z]{3,}){2,5}$/.test(value)) return false;
  return !value.split('.').some((part) => PATH_WORDS.test(part));
}

/** `sk-ant-oat01-tooShort`, `xoxb-notARealToken`: a vendor-style prefix followed by words, a stand-in for a key. */
function prefixedWords(value: string): boolean {
  const body = value.replace(/^(?:[a-z]{1,8}\d{0,2}[-_]){1,4}/, '');
  return body !== value && body.length > 0 && /^[A-Za-z]+$/.test(body) && identifierLike(body);
}

/** A message, not a secret: three or more words, nearly all of letters (`"Unerwartetes Token. {0} wurde erwartet."`). */
export function sentence(value: string): boolean {
  const parts = value.split(/\s+/).filter(Boolean);
  // two words ending a sentence (`Unerwartetes Token.`) read as a message too
  if (parts.length < 3 && !(parts.length === 2 && /\p{L}[.!?…:]$/u.test(value))) return false;
  const words = parts.filter((part) => /^[\p{Ps}\p{Pi}"'„«]*\p{L}[\p{L}'’-]*[\p{P}]*$/u.test(part) || /^\{\d\}/.test(part));
  return words.length >= parts.length * 0.6;
}

/** Text given to a secret-named key, in any script: mostly ideographs, kana, hangul or Thai (a message of a
 *  localisation table: no key is written in them), one word in natural case, or words of letters only joined by
 *  spaces or a list separator
 *  (`"key": "Andhra Pradesh"`, `"sub_keys": "Alabama~Alaska~Arizona"`), no digit anywhere. */
export function wordsOrText(value: string): boolean {
  const letters = value.match(/\p{L}/gu)?.length ?? 0;
  const unspaced = value.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/gu)?.length ?? 0;
  if (letters > 0 && unspaced >= letters * 0.5 && unspaced >= 4) return true;
  if (/\d/.test(value)) return false;
  // one word in the case words are written in, any script (`Valparaíso`, `O'Higgins`, `Tacuarembó`)
  if (value.split(/['’-]/).every((part) => /^\p{Lu}?\p{Ll}*$/u.test(part) && part !== '') && /\p{Ll}{2}/u.test(value)) return true;
  const pieces = value.split(/[ \t~|,;·]+/).filter(Boolean);
  return pieces.length >= 2 && /[ \t~|]/.test(value) && pieces.every((piece) => /^\p{L}[\p{L}'’.()-]*$/u.test(piece));
}

/** Round 14: words a short quoted literal under a password name holds when it is no password — stand-ins a
 *  programmer types (`foo`, `fake`, `blah`), and settings of how a password is kept or asked for (`md5`, `scram`,
 *  `plain`, `auto`, `ask`). Chosen passwords of four or five characters (`blerg`, `abc1`, `qwer`) are none of these.
 *  The metasyntactic words themselves, with a digit or not (`foo`, `fake2`), are STAND_IN_NAMES. */
const SHORT_STAND_INS = new Set(['quux', 'stub', 'demo', 'blah', 'todo', 'tbd', 'fixme', 'xxx', 'nil', 'empty', 'blank', 'unset', 'auto', 'ask', 'prompt', 'plain', 'clear', 'hash', 'hashed', 'md5', 'sha1', 'sha256', 'scram', 'crypt', 'bcrypt', 'mask', 'masked', 'hide', 'show', 'hidden', 'file', 'env', 'stdin', 'text', 'input', 'login', 'value', 'field', 'dev', 'prod', 'local']);

/** Round 14: a literal of four or five characters in real quotes under a password name (`password="blerg"`, `db_pass
 *  = 'hunt'`, `"pwd": "abc1"`): typed into a password field, it is the password however short, when no space, stand-in,
 *  setting word or password word (NOT_A_PASSWORD) explains it. */
const STAND_IN_NAMES = /^(?:foo|bar|baz|qux|fake|mock)\d?$/;

function shortQuotedPassword(value: string): boolean {
  const lower = value.toLowerCase();
  return value.length >= 4 && /^\S+$/.test(value) && !SHORT_STAND_INS.has(lower) && !STAND_IN_NAMES.test(lower) && !countingRun(lower);
}

/** `1234`, `12345`, `123!`, `abcd`, `4321`: keys pressed in a row, with a symbol at most after them — the stand-in
 *  scanners' own examples type for a password (Bandit's `passphrase='1234'`, checkov's `"123!"`), not a choice. */
function countingRun(value: string): boolean {
  const run = value.replace(/[^a-z0-9]$/, '');
  if (run.length < 3 || !/^(?:[0-9]+|[a-z]+)$/.test(run)) return false;
  const step = run.charCodeAt(1) - run.charCodeAt(0);
  if (step !== 1 && step !== -1) return false;
  for (let i = 2; i < run.length; i++) if (run.charCodeAt(i) - run.charCodeAt(i - 1) !== step) return false;
  return true;
}

/** Round 19: a passphrase written with spaces, as people and diceware write it — three to eight words of three
 *  letters or more (any script), all lower case or all capitalised, then a number (`harbor thunder meadow canyon 98`,
 *  `Birke Ahorn Linde 31`). Messages of that length hold short words (`be`, `at`, `to`, `de`), end in a word or in a year. */
export function spacedPassphrase(value: string): boolean {
  // a year at the end is a date of the sentence (`rotated every quarter since 2019`), not a passphrase's number
  // round 20: or ends in symbols instead of the number, as a rule "one symbol" asks (`orange window eleven violin !`)
  return /^(?:\p{Ll}{3,16} ){3,8}(?:\d{1,4}|[!?#$%&*@^+]{1,3})$|^(?:\p{Lu}\p{Ll}{2,15} ){3,8}(?:\d{1,4}|[!?#$%&*@^+]{1,3})$/u.test(value) && !/ (?:19|20)\d\d$/.test(value);
}

/** Round 20: a TLS cipher suite's name, as OpenSSL (`DHE-PSK-AES256-GCM-SHA384`) or IANA (`TLS_ECDHE_PSK_WITH_…`)
 *  writes it, given to a name holding `psk` (`PSK_DEFAULT_CIPHER`, `ssl_psk_ciphers`): every part an algorithm's name
 *  (the vocabulary of OpenSSL's cipher-string manual, written from memory), so no password. */
const CIPHER_PART = /^(?:TLS|SSL|WITH|ECDHE|DHE|EDH|ECDH|DH|RSA|PSK|ECDSA|DSS|ANON|ADH|AECDH|SRP|KRB5|EXP(?:ORT)?\d*|AES\d*|CAMELLIA\d*|ARIA\d*|CHACHA20|POLY1305|GCM|CBC3?|CCM8?|SHA\d*|MD5|DES|3DES|EDE|RC4|SEED|IDEA|NULL|GOST\d*|\d{2,3})$/;
function cipherSuite(value: string): boolean {
  const parts = value.split(/[-_]/);
  return parts.length >= 3 && parts.length <= 10 && parts.every((part) => CIPHER_PART.test(part)) && parts.some((part) => /^(?:AES|CAMELLIA|ARIA|CHACHA20|SHA|GCM|CBC|CCM|DES|RC4)/.test(part));
}

export function acceptable(kind: Kind, value: string, quoted: boolean, next: string, shell = false, inQuotes = false): boolean {
  // a quoted password of symbols only (`DB2_PASSWORD = "@#!%#"`) is one, when it is no run of one mask character
  const symbolsOnly = kind === 'password' && quoted && value.length >= 5 && /^[!-/:-@[-`{-~]+$/.test(value) && new Set(value).size >= 3;
  if (value.length < 4 || (!/[A-Za-z0-9]/.test(value) && !symbolsOnly)) return false;
  if (kind === 'password' && dottedPassphrase(value) && !/[([.]/.test(next)) return !looksLikePlaceholder(value);
  if (looksLikePlaceholder(value) || looksLikeReference(value, quoted, next, shell)) return false;
  if (value.startsWith('/*') || value.startsWith('//')) return false; // a comment (`X = /*#__PURE__*/ …`)
  // a message of five words or more is text about a password, not one (passphrases with spaces are shorter)
  // round 16: a version range (`"minipass": "^7.0.3"`, `~1.2`, `>=2.0.0`) under a name ending in `pass` is a dependency
  if (kind === 'password' && /^(?:[~^]|[<>]=?)[ \t]?v?\d+(?:\.(?:\d+|x|\*)){1,3}(?:-[\w.]+)?$/.test(value)) return false;
  if (kind === 'password' && cipherSuite(value)) return false;
  if (kind === 'password')
    return (value.length >= 6 || (inQuotes && shortQuotedPassword(value))) && !NOT_A_PASSWORD.has(value.toLowerCase()) && (!(sentence(value) && value.split(/\s+/).length >= 5) || spacedPassphrase(value));
  if (value.length < 8 || prefixedWords(value) || looksTypedIn(value) || looksCountedOrRepeated(value)) return false;
  // round 11: a run of 20 digits or more (`NUMERIC_APIKEY: 1925483168813050783076`) is longer than any integer id
  // (64-bit ids stop at 19 digits) and not a card (12–19): under a secret name, a numeric key
  if (/^\d{20,64}$/.test(value) && shannonEntropy(value) >= 2.9) return true;
  if (sentence(value) || wordsOrText(value)) return false;
  // a word with its accents escaped (`m\u00e9todo` in a localisation table) is still a word
  if (/\\u[0-9a-fA-F]{4}/.test(value) && /^[A-Za-z]+$/.test(value.replace(/\\u[0-9a-fA-F]{4}/g, 'e'))) return false;
  // hex tokens (`Token: 3fea6af1349166ea`): sixteen hex digits and more, letters and digits both, no long run of one
  if (/^[a-f0-9]{16,}$|^[A-F0-9]{16,}$/.test(value) && /\d/.test(value) && /[a-fA-F]/.test(value) && !/(.)\1{3}/.test(value)) return true;
  // A secret name given an identifier or words (`"same-origin"`, `'removeEmpty'`, `"__vite_ssr_exportAll__"`)
  if (/^_*[A-Za-z]+(?:[_-][A-Za-z]+)*_*$/.test(value) && (value.includes('_') || value.includes('-') || identifierLike(value))) return false;
  const entropy = shannonEntropy(value);
  if (characterClasses(value) >= 2 && entropy >= Math.min(3, Math.log2(value.length) * 0.75)) return true;
  // A quoted sentence or a long single-case run assigned to a secret name: redact, unless it reads as words.
  return quoted && entropy >= 3 && !/^[a-z]+(?: [a-z]+){0,2}$/i.test(value) && /\d|[^\w\s]|\s/.test(value);
}

/** `"application:" + appKey`, `'password = '.$p[…]`: a quoted piece of a string built in code, not a value. */
export function concatenated(text: string, value: Value): boolean {
  if (!value.quoted) return false;
  // round 13: what lies between two literals of one expression (`'…;Password=', parameters('pw'))` in an ARM
  // template, `"pw=" + user + "…"`): the quotes read as a value hold `, parameters(`, which is code
  if (/^[ \t]*(?:[,+&]|\.\.?)[ \t]*[\w$.]{0,40}[([]?[ \t]*$/.test(text.slice(value.start, value.end))) return true;
  const after = text.slice(value.end + 1, value.end + 8);
  const before = text.slice(Math.max(0, value.start - 8), value.start - 1);
  // `.` only as PHP's or Lua's operator: `"pw".toCharArray()` is a method call on the literal
  return /^[ \t]*(?:\+[ \t]*[\w$("'`]|\.\.[ \t]*[\w$"']|\.[ \t]*[$"']|\.[ \t]+\w|&[ \t]+[\w$"])/.test(after) || /[\w$)][ \t]*(?:\+|\.\.?)[ \t]*$/.test(before);
}

export interface Value {
  start: number;
  end: number;
  quoted: boolean;
  /** A shell or env-file assignment (`KEY=value` on its line, `export`, `-e`): a bare word there is a literal, since a
   *  reference would need `$`. */
  literal?: boolean;
  /** Round 13: `NAME=value` with no space around `=` on a shell or env-file line, where even a dotted word is a literal. */
  shell?: boolean;
}

/** The value starting at `i` (after operator and spaces): quoted up to its closing quote, else up to a terminator. */
export function readValue(text: string, i: number, budget: { left: number }, wholeToken = false, query = false): Value | null {
  let at = i;
  if (text[at] === '@' && text[at + 1] === '"') at++; // C# verbatim string
  // a YAML tag (`password: !!str 12345678`)
  const tag = /^!!?[A-Za-z]{1,10}[ \t]{1,4}/.exec(text.slice(at, at + 16));
  // round 13: a local tag (`!Ref X`, `!ImportValue X`, `!Sub '…'`, `!GetAtt a.b` in CloudFormation, `!vault |` in
  // Ansible, `!secret db_pw` in Home Assistant, `!env_var X`) makes the value a function, reference or encrypted
  // block; only YAML's own `!!str`/`!!binary` leave a literal
  if (tag && text[at + 1] !== '!') return null;
  if (tag) at += tag[0].length;
  if (/^![A-Za-z][\w.-]{10,40}[ \t]+\S/.test(text.slice(at, at + 48))) return null;
  // JSON inside a string (`{\"api_key\": \"…\"}`, logs, serialised PHP): the value runs to the escaped closing quote
  if (text[at] === '\\' && (text[at + 1] === '"' || text[at + 1] === "'")) {
    // searched in a bounded window: an unbounded indexOf per unclosed value would make many of them quadratic
    const window = text.slice(at + 2, Math.min(text.length, at + 2 + MAX_QUOTED));
    const found = window.indexOf('\\' + text[at + 1]);
    const close = found === -1 ? -1 : at + 2 + found;
    if (close === -1 || window.slice(0, found).includes('\n')) return null;
    budget.left -= close - at;
    return close > at + 2 ? { start: at + 2, end: close, quoted: true } : null;
  }
  const q = text[at];
  if (q === '"' || q === "'" || q === '`') {
    const triple = text.startsWith(q.repeat(3), at);
    const open = at + (triple ? 3 : 1);
    const limit = Math.min(text.length, open + (budget.left > 0 ? MAX_QUOTED : 256));
    let j = open;
    while (j < limit && text[j] !== q && text[j] !== '\n') {
      if (text[j] === '\\') j++;
      j++;
    }
    budget.left -= j - open;
    if (j >= limit || text[j] !== q) return null;
    return { start: open, end: j, quoted: true };
  }
  const limit = Math.min(text.length, at + (budget.left > 0 ? MAX_UNQUOTED : 128));
  let j = at;
  // in a query string (`?token=…&x=1`) the value ends at the next parameter
  const stop = query ? /[\s"'`,;<>(){}[\]&#]/ : /[\s"'`,;<>(){}[\]]/;
  while (j < limit && !stop.test(text[j]!)) j++;
  // `KEY=value` on its own line (.env, export, docker -e): the value runs to the next space, whatever it holds,
  // unless it is a call or index (`token = request.headers.get(…)`), which the reference check turns away
  // (a stop followed by a space or the line end, `this.nextToken;`, is the end of a statement, not of a value)
  if (wholeToken && !query && j + 1 < limit && !/[\s([]/.test(text[j]!) && !/[\s]/.test(text[j + 1]!)) while (j < limit && !/\s/.test(text[j]!)) j++;
  budget.left -= j - at;
  // a stop or colon that ends the sentence is punctuation; before `,` or `;` (`password=Łabędź1963.,uid=1000` in fstab
  // options) it is the value's own
  if (!/[,;&]/.test(text[j] ?? '')) while (j > at && /[.:]/.test(text[j - 1]!)) j--;
  // round 13: quotation marks of other languages around a bare value (`lautet „Kirsche#42“.`) are not its own
  if (/^[„“«‚‘‹「『]/.test(text[at]!) && /[“”»‘’›」』]$/.test(text[j - 1] ?? '')) return j - 1 > at + 1 ? { start: at + 1, end: j - 1, quoted: true } : null;
  return j > at ? { start: at, end: j, quoted: false } : null;
}

/** `Authorization: Token abc…`: the credentials after an alphabetic scheme word, or the whole value. */
export function authCredentials(text: string, value: Value): Value {
  const scheme = /^([A-Za-z][A-Za-z0-9-]{1,30}) +(?=\S)/.exec(text.slice(value.start, Math.min(value.end + 200, value.start + 40)));
  if (!scheme) return value;
  const start = value.start + scheme[0].length;
  let end = start;
  const limit = Math.min(text.length, start + MAX_QUOTED);
  while (end < limit && !/[\s"'`]/.test(text[end]!)) end++;
  return end > start ? { start, end, quoted: value.quoted } : value;
}
