// Round 20, the strict level: passwords and keys by their shape alone, whatever surrounds them. Every round a fresh
// split brings tools, config keys and languages no context rule names (a flag, a key, a word for "password"), and
// the context rules never reach them; at the strict level precision has room to spare, so a token is judged here by
// what it is, in any language:
//   - password-shaped: a delimited token of 8-64 characters mixing classes as chosen passwords do (letters, digits
//     and a symbol; or upper, lower and digits in a shape no word or identifier has), and none of the look-alikes —
//     words, paths, URLs, e-mail addresses, versions, dates and times, numbers with units, hex hashes, UUIDs,
//     identifiers made of word-like parts, colours, flags, code expressions (password-shape.ts judges the shape, this
//     file adds the look-alikes that only matter when no password word stands next to the token);
//   - key-shaped: a run of 24+ from a base64, base62 or hex alphabet that the randomness model (token-randomness.ts)
//     reads as drawn by a machine, unless it is a digest where digests stand (a commit, an `integrity` field, a
//     checksums line), a UUID, a public key, base64 of plain text, a PEM body or part of a URL.
// Both sit below every context rule (a context rule's kind and span win an overlap).
import { ibanValid, looksLikePlaceholder, looksTypedIn } from '../checks';
import type { Range, RedactionRule } from '../types';
import { passwordTokenShape } from './password-shape';
import { ID_PREFIX, NOT_SECRET_CAMEL, NOT_SECRET_NAME, pemCover } from './random-tokens';
import { looksMachineRandom, measureRandomness, wordScore } from './token-randomness';
import { base64Decoded, encodesPlainText, publicKeyShaped } from './token-shapes';

/** Characters that wrap a token in prose, markup and code (quotes of several languages, brackets, markdown). */
const LEAD = /^["'`‘’“”«»„‚([{<*_|,;:]+/u;
const TRAIL = /["'`‘’“”«»„‚)\]}>*_|,;:.،؛。、]+$/u;

/** `name=value`, `name: value`, `--flag=value`: the value is the token (any name, in any language). */
const NAMED = /^-{0,2}[\p{L}_][\p{L}\p{N}_.-]{0,60}(?::=|[=:])["'`]?/u;

/** Look-alikes of a chosen password that hold letters, digits and symbols. */
function lookAlike(value: string): boolean {
  // scripts written without spaces (Han, kana, Thai, Lao, Khmer, Myanmar) and full-width forms: a chunk there is a
  // clause, not a token (an address, a card number and the words around it); a URI scheme (`tel:+…`, `mailto:`);
  // an IPv4 address glued to a name (`10.0.0.1@eth0`)
  if (/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}\u3000-\u303f\uff00-\uffef]/u.test(value)) return true;
  if (/^[a-z][a-z0-9+.-]{1,15}:[^/]|^\d{1,3}(?:\.\d{1,3}){3}/i.test(value)) return true;
  // URLs, hosts with ports, e-mail addresses, paths (Unix, Windows, home, relative), npm packages with a version
  if (/:\/\/|^www\.|\\|^[~.]?\/|\/.*\/|^@[\w-]+\/|^[\w.-]+@[\w-]+\.[\w.-]+$|^[\w.-]+@[\^~]?v?\d/.test(value)) return true;
  if (/^[\w.-]+\/[\w.@-]+$|^[a-z]+\/[a-z0-9.+-]+$/.test(value)) return true; // `owner/repo`, MIME types, `linux/amd64`
  // versions, semver ranges, dates, times, ISO timestamps, numbers with units and currencies
  if (/^[v^~<>=]*\d+(?:[._-]\d+)+(?:[-+][\w.-]+)*$/i.test(value) || /^\d{4}[–—-]\p{L}+$/u.test(value)) return true;
  if (/^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/.test(value)) return true;
  if (/^\d{1,2}:\d{2}(?::\d{2})?(?:[ap]m)?$|^\d{1,2}(?:[ap]m|h\d{2})$/i.test(value)) return true;
  if (/^[-+±~≈]?[$€£¥₹]?\d[\d.,'  ]*(?:[%‰°]|\p{L}{1,5}(?:\/\p{L}{1,5})?|\p{Sc})?$/u.test(value)) return true;
  if (/^\d+(?:[.,]\d+)?[x×*]\d+(?:[.,]\d+)?(?:@\d+\w*)?$/i.test(value)) return true; // `1920x1080@60Hz`, `4x4`
  // hex of any hash length, UUIDs, colours, CSS values and units
  if (/^(?:0x)?[0-9a-f]{7,}$|^(?:0x)?[0-9A-F]{7,}$|^[0-9a-fA-F]{16,}$|0x[0-9a-f]{2}/i.test(value)) return true;
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)) return true;
  if (/^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$|^(?:rgba?|hsla?|var|calc|url)\(/i.test(value)) return true;
  // option flags, variables, references, hashtags, issue numbers, mentions, negations, globs
  if (/^(?:-{1,2}|[$%@#!&*^~+=]|\/)[\p{L}\p{N}_]|^=\?/u.test(value)) return true;
  // a login at a host (`deploy@build-01`, `c.rossi@bastion-2`)
  if (/^[\p{L}\p{N}._-]+@\p{L}[\p{L}\p{N}]*[-.][\p{L}\p{N}.-]+$/u.test(value)) return true;
  if (/\*\.|\.\*|\*\*|\/\*/.test(value)) return true;
  // code: calls, indexing, blocks, operators, statement ends, templates, escapes, member access on digits
  if (/[(){}[\]<>;]|=>|->|::|&&|\|\||[=!<>]=|\+\+|--|\+=|-=|\$\{|%[0-9A-F]{2}|\\[nrtux]|\?\.|\.#|\.\./.test(value)) return true;
  // drawings and tables of characters: box drawing, arrows, shapes, replacement and invisible characters, or a run
  // of three symbols outside ASCII (a charset listed in a test)
  if (/[\u2190-\u21ff\u2500-\u25ff\ufffd\u200b-\u200f\u2060]/u.test(value)) return true;
  if (/[^\p{ASCII}\p{L}\p{N}]{3}|['"`][^\p{L}\p{N}\s]/u.test(value)) return true;
  // JavaScript names: a `$` bundlers and parser generators put in identifiers (`reject$1`, `peg$c103`,
  // `types$1._class`, `exports.$Zod`), a regex end (`IPV6$`), member chains, optional members (`useParser2?`)
  if (/^[\w$]+(?:\.[\w$]+)+$/.test(value) || /\$$|\$\d{1,2}$|[a-z]\$[a-z]|\.\$|^[\w$]+\?$/.test(value)) return true;
  // another name given a value after the first (`0,v=await`, `a=b`): code or a list of settings
  if (/[\p{L}\p{N}]=[\p{L}\p{N}]/u.test(value)) return true;
  // pairs and lists: `entity:42`, `tag:yaml.org`, IPv6 and MAC addresses, fingerprints, `t?1:void`; `a,b`, CSV
  // cells, ranges; quotes inside (`'a','b'`, possessives `htmlparser2's`)
  if (/[\p{L}\p{N}]:[\p{L}\p{N}]|,\S|["'`][,;)]|[,;(]["'`]|[\p{L}\p{N}]['’]s(?:$|-)/u.test(value)) return true;
  // `#` after an acronym or before a section number (`PKCS#8`, `APPNOTE#4.4.17`), a colour after a word (`solid#000`)
  if (/\p{Lu}{2,}#\d|#\d+(?:\.\d+)+|\p{L}#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/u.test(value)) return true;
  // an e-mail address however mistyped (`name@@host.fr`), a `$` before a whole name (`ref4$ignoreCase`)
  if (/@+[\w-]+\.[a-z]{2,}/i.test(value) || /\$[a-z][a-zA-Z]{5,}/.test(value)) return true;
  // `a=1&b=2`, `k1=v1,k2=v2`: a query or a list of settings; `a,b,c`: a list
  // round 21: or a piece of one whose first name was read off as the token's name (`"gen=9&app_id=" + id` in Go)
  if (/^[\w.-]+=[^=&]*&[\w.-]+=/.test(value) || /[&?][A-Za-z_][\w.-]{0,40}=/.test(value) || /\p{L}\p{N}*,\p{L}/u.test(value)) return true;
  // a word followed by a number and sentence punctuation (`item2.`, `step3:`) is trimmed by WRAP; a time zone
  // (`UTC+5:30`) or a TLS suite (`TLS_AES_256_GCM_SHA384`)
  if (/^(?:UTC|GMT)[+-]\d/.test(value) || /^[A-Z0-9]+(?:_[A-Z0-9]+){2,}$/.test(value)) return true;
  return false;
}

/** Letters split where identifiers split them (non-letters, camel humps); the share of letters in word-like pieces
 *  (three letters or more that the ~70-language bigram model reads as a word, or an acronym of 2-5 capitals). */
function wordyShare(value: string): number {
  const pieces = value
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
    .split(/[^\p{L}]+/u)
    .filter((p) => p !== '');
  let letters = 0;
  let wordy = 0;
  for (const piece of pieces) {
    letters += piece.length;
    if (/^\p{Lu}{2,5}$/u.test(piece)) wordy += piece.length;
    else if (piece.length >= 3 && (!/^[a-z]+$/i.test(piece) || wordScore(piece.toLowerCase()) >= 0)) wordy += piece.length;
  }
  return letters === 0 ? 1 : wordy / letters;
}

/** Base64 of plain text shorter than `encodesPlainText` reads, padding dropped (`SGVsbG8gV29ybGQ`: "Hello World"). */
function shortBase64Text(value: string): boolean {
  if (!/^[A-Za-z0-9+/]{12,23}={0,2}$/.test(value)) return false;
  const decoded = base64Decoded(value);
  return decoded !== null && /^[\x20-\x7e]+$/.test(decoded) && /[A-Za-z]{3,}[ ,.]/.test(decoded);
}

/** `AD500` → `A9`: letters and digits as runs, to tell groups of one format. */
const shapeOf = (group: string) => group.replace(/\p{L}+/gu, 'A').replace(/\p{N}+/gu, '9');

/** Leet digits and symbols read back as letters (`Tr0ub4dor` → `troubador`): a word written so is a chosen password. */
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' };
function leetWord(value: string): boolean {
  // inside a run of small letters (`Tr0ub4dor`), never at a camel hump (`Socks5Proxy`, `obj1Type`, `GPUOrigin3D`)
  if (!/\p{Ll}[013457@$]\p{Ll}/u.test(value) || /\p{Ll}\p{Lu}|\p{N}\p{Lu}/u.test(value)) return false;
  const read = value.replace(/[013457@$]/g, (c) => LEET[c]!).toLowerCase();
  return /^[a-z]{6,}\d{0,4}[!?#*.]?$/.test(read) && wordScore(read.replace(/[^a-z]/g, '')) >= 0;
}

/** Round 21: six or eight digits that read as a date (DDMMYY, DDMMYYYY, YYYYMMDD, MMDDYY). */
function dateDigits(digits: string): boolean {
  const two = (at: number) => Number(digits.slice(at, at + 2));
  const dayMonth = (d: number, m: number) => d >= 1 && d <= 31 && m >= 1 && m <= 12;
  if (digits.length === 6) return dayMonth(two(0), two(2)) || dayMonth(two(2), two(0));
  if (digits.length !== 8) return false;
  const year = (y: number) => y >= 1900 && y <= 2099;
  return (dayMonth(two(0), two(2)) && year(Number(digits.slice(4)))) || (year(Number(digits.slice(0, 4))) && dayMonth(two(6), two(4)));
}

/** Round 21: two families of chosen passwords the class test below cannot see, as people and generators make them:
 *  initials, one symbol and a date (`WB!151184`, `SR*210690`, `DJ_200486`: a birthday behind a monogram), and a
 *  generator's letters whose case changes five times or more in no word (`HCyiypoYecyPiu`, `jGRs!SvnfDsAUr`,
 *  `FlUgeGeHeImEn09`; identifiers change case at their humps, but their pieces read as words). */
function chosenFamily(value: string): boolean {
  // (not `-`, `#`, `/`, `.` or `:`, which join a ticket's or an order's letters and number: `INC-230394`, `PR#120512`)
  const monogram = /^(?:\p{Lu}{1,3}|\p{Lu}\p{Ll})[!*_$%&@+?~^](\d{6}|\d{8})$/u.exec(value);
  if (monogram) return dateDigits(monogram[1]!);
  const letters = value.replace(/[^A-Za-z]/g, '');
  if (letters.length < 10 || value.length - letters.length > 3 || /(.)\1\1/.test(value) || !/^[A-Za-z]/.test(value) || ID_PREFIX.test(value)) return false;
  // names joined by hyphens, stops or apostrophes (`Te-Au-O-Tonga`), base64 (the key rule's: 24 and more) or base64 of text
  if (/[-._'’\s]/.test(value) || (value.length >= 24 && /^[A-Za-z0-9+/]+={0,2}$/.test(value)) || encodesPlainText(value) || shortBase64Text(value)) return false;
  // base64 of printable characters of any kind (`ISIkJSMmJyonKCk` is `!"#$%&'()*` in a codec's tests): a drawn
  // password's letters decode to bytes, almost never all printable
  const decoded = /^[A-Za-z0-9+/]+={0,2}$/.test(value) ? base64Decoded(value) : null;
  if (decoded !== null && /^[\x20-\x7e]+$/.test(decoded)) return false;
  if ((letters.match(/(?=[a-z][A-Z]|[A-Z][a-z])/g) ?? []).length < 5) return false;
  // split where identifiers split (humps, acronyms): an identifier's pieces are words of three letters or more with a
  // short one now and then (`isNpmOrYarn`, `getElementById`); a generator's are mostly of one or two letters
  // (`uo Craj Yr Uz Cfg`), or its longer pieces read as no word (`H Cyiypo Yecy Piu`)
  const pieces = letters.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/([A-Z])([A-Z][a-z])/g, '$1 $2').split(' ');
  const short = pieces.filter((piece) => piece.length <= 2).length;
  const long = pieces.filter((piece) => piece.length >= 4);
  // (and no longer piece is a word: `IGoToOptions` is an interface's name)
  if (long.some((piece) => wordScore(piece.toLowerCase()) >= 0.3)) return false;
  return (short >= 3 && short * 2 >= pieces.length) || (long.length >= 2 && long.every((piece) => wordScore(piece.toLowerCase()) < -0.2));
}

/** Is a token, with nothing around it, a chosen password? */
export function passwordShaped(token: string): boolean {
  // dashes of typography join groups as `-` does (`GB82–WEST–1234`, `2014–2026`); an IBAN's shape through any separators
  const value = token.replace(/[\u2010-\u2015\u2212]/g, '-');
  if (value.length < 8 || value.length > 64) return false;
  if (chosenFamily(value)) return !lookAlike(value) && !/\s/.test(value) && !looksLikePlaceholder(value);
  if (/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(value.replace(/[^\p{L}\p{N}]/gu, ''))) return false;
  // the classes first, the cheapest test: a digit and a letter, and a symbol or both cases
  if (!/\p{N}/u.test(value) || !/\p{L}/u.test(value) || !(/[^\p{L}\p{N}._-]/u.test(value) || (/\p{Lu}/u.test(value) && /\p{Ll}/u.test(value)))) return false;
  if (/\s/.test(value) || lookAlike(value)) return false;
  const letters = (value.match(/\p{L}/gu) ?? []).length;
  const digits = (value.match(/\p{N}/gu) ?? []).length;
  const strong = (value.match(/[^\p{L}\p{N}._-]/gu) ?? []).length;
  const upper = /\p{Lu}/u.test(value);
  const lower = /\p{Ll}/u.test(value);
  if (letters < 2 || !passwordTokenShape(value, 'before')) return false;
  // base64 of 24+ is the key rule's to judge; base64 of plain text (`SGVsbG8gV29ybGQ=`) is no secret
  if (/^[A-Za-z0-9+/_-]{24,}={0,2}$/.test(value) || encodesPlainText(value) || shortBase64Text(value)) return false;
  // MIME types, `owner/repo`, routes: words around a slash
  if (value.includes('/') && wordyShare(value) >= 0.5) return false;
  // numeric data with one or two letters between numbers (SVG paths `560-360t-23.5`, coordinates, sizes)
  if (digits >= letters * 2 && !/\p{L}{3}/u.test(value)) return false;
  // ids and lists in groups of one length or shape (`GHSA-hpcv-96wg-7vj8`, licence keys, `AD500~AD100~AD200`)
  const sep = /[-~|.]/.exec(value)?.[0];
  const groups = sep ? value.split(sep) : [];
  const oneFormat = new Set(groups.slice(1).map((g) => g.length)).size === 1 || new Set(groups.map(shapeOf)).size === 1;
  if (groups.length >= 3 && oneFormat && groups[1]!.length >= 3) return false;
  // base64 padding (`AP8BAX8=`): an encoded value, the key rule's when long enough
  if (/^[.\w+/-]+={1,2}$/.test(value)) return false;
  // `+` joining words or acronyms (`Shift+F10`, `ECDH-ES+A256KW`, `streams2+`)
  if (/^[^!"#$%&'()*,/:;<=>?@[\\\]^`{|}~]+$/.test(value) && value.includes('+') && wordyShare(value) >= 0.5) return false;
  // letters, digits and a symbol that no identifier, version or name holds
  // (an acronym or a word with a short number, exclaimed — `COVID19!`, `Top10!` — is a sentence's end)
  if (strong > 0 && digits > 0) return !/^(?:\p{Lu}{2,}\d+|\p{L}+\d{1,2})[!?]+$/u.test(value);
  // upper, lower and digits: only in a shape no word or identifier has — letters that are not words, or a word in leet
  if (!(upper && lower && digits > 0) || strong > 0) return false;
  if (leetWord(value)) return true;
  if (/[._-]/.test(value) && /^[\p{L}\p{N}]+(?:[._-][\p{L}\p{N}]+)+$/u.test(value) && value.split(/[._-]/).every((p) => /^\p{L}+\d*$|^\d+$/u.test(p))) return false;
  return wordyShare(value) < 0.5 && (value.match(/\p{L}\p{N}|\p{N}\p{L}/gu) ?? []).length >= 2;
}

/** Digests where digests stand: the words of a commit, a lockfile or a checksums line near the token; the words for
 *  commit, hash and checksum in Chinese, Japanese, Korean, Russian, German, French, Spanish, Portuguese, Dutch, Polish
 *  and Turkish are written from memory (no catalogue of them was found), as tools localise them. */
const DIGEST_CONTEXT = /commit|sha\d{0,3}|md5|hash|checksum|digest|integrity|etag|fingerprint|uuid|guid|(?:\b|_)(?:ids?|reference|revision|rev|parent|tree|blob|object|merge|cherry-pick|git|index|build|ref|pin)\b|[0-9a-f]{7,}\.\.[0-9a-f]{7,}|encrypted|cipher|提交|校验和|哈希|散列|コミット|ハッシュ|チェックサム|커밋|해시|체크섬|коммит|хе?ш|контрольн|prüfsumme|somme de contrôle|suma de (?:comprobación|verificación)|soma de verificação|sommatoria|controlesom|suma kontrolna|sağlama toplamı/i;

/** A checksums file's line: the digest, one or two spaces (a `*` for binary mode), a file name. */
const CHECKSUM_LINE = /^ {1,2}\*?[\w./+-]+\.\w{1,8}\b/;

/** Is a run, with nothing around it, a key drawn by a machine? `hex` runs count only outside digest context. */
function keyShaped(value: string, around: string, after: string): boolean {
  if (value.length < 24 || value.length > 1024) return false;
  if (looksLikePlaceholder(value) || looksTypedIn(value) || publicKeyShaped(value) || value.startsWith('AAAA')) return false;
  // object ids of the APIs people paste (`chatcmpl-…`, `msg_…`, `pk_test_…`: random-tokens.ts's list), IBANs
  if (ID_PREFIX.test(value) || ibanValid(value) || /^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(value) || /^(?:sha\d{1,3}|md5)-/i.test(value)) return false;
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)) return false;
  // ULIDs (26 of Crockford's base32, a timestamp first): sortable ids
  if (/^[0-7][0-9A-HJKMNP-TV-Z]{25}$/i.test(value)) return false;
  // base64 of a public key's digest (HPKP `pin-sha256`, SSH and TLS fingerprints) is public
  if (/pin-sha\d+|fingerprint|public[ _-]?key|pubkey/i.test(around)) return false;
  // paths and member chains read as words (`node_modules/foo/bar`), file names, identifiers in CONSTANT_CASE
  if (/[A-Z]{2,}_[A-Z]{2,}/.test(value) || /\.[a-z]{1,5}$/.test(value)) return false;
  const r = measureRandomness(value);
  if (/^[A-Za-z_$][\w$]*(?:[./][A-Za-z_$][\w$]*)+$/.test(value) && r.wordy > 0.2) return false;
  if (r.alphabet === 'hex' || r.alphabet === 'base32' || r.alphabet === 'base36') {
    if (value.length < 32 || DIGEST_CONTEXT.test(around) || CHECKSUM_LINE.test(after)) return false;
    return /\d/.test(value) && /[a-zA-Z]/.test(value) && looksMachineRandom(value, 'keyed');
  }
  if (encodesPlainText(value)) return false;
  return looksMachineRandom(value, 'placed');
}

/** Round 21: a key written as a provider's prefix and parts joined by `-` or `_` (`akab-<16>-<16>`, `SWMTKN-1-<50>-<25>`,
 *  `b_<44>`): the separators make the whole run read as base64 of words, so the parts are judged joined, in their own
 *  alphabet, without the prefix (one to twelve letters, maybe a version digit). Never a UUID or a name's words. */
function segmentedKeyShaped(value: string, around: string, after: string): boolean {
  if (!/[-_]/.test(value) || /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i.test(value)) return false;
  // API object ids and test keys by their prefix (`pk_test_…`, `chatcmpl-…`), digests (`sha512-…`), as keyShaped reads them
  if (ID_PREFIX.test(value) || /^(?:sha\d{1,3}|md5)[-_]/i.test(value)) return false;
  const body = value.replace(/^(?:[A-Za-z]{1,12}[-_](?:\d[-_])?){1,2}/, '');
  const parts = body.split(/[-_]/);
  if (body === value || parts.some((part) => part.length < 4)) return false;
  return keyShaped(parts.join(''), around, after);
}

function* findPasswords(text: string): Iterable<Range> {
  const chunk = /\S{8,}/g;
  const inPem = pemCover(text);
  let m: RegExpExecArray | null;
  while ((m = chunk.exec(text)) !== null) {
    if (m[0].length > 200) continue;
    let start = m.index;
    let value = m[0];
    // a name given the value (`unknown_key=…`, `"clé": …`): the value alone
    const opening = LEAD.exec(value)?.[0].length ?? 0;
    const named = NAMED.exec(value.slice(opening));
    if (named) named[0] = value.slice(0, opening) + named[0];
    if (named && named[0].length < value.length) {
      start += named[0].length;
      value = value.slice(named[0].length);
    }
    // quotes, brackets and sentence punctuation around the token
    const lead = LEAD.exec(value)?.[0].length ?? 0;
    const trail = value.slice(lead).replace(TRAIL, '');
    if (trail.length < 8 || trail.length > 64) continue;
    if (!passwordShaped(trail)) continue;
    start += lead;
    if (inPem(start)) continue;
    yield { start, end: start + trail.length };
  }
}

function* findKeys(text: string): Iterable<Range> {
  const run = /[A-Za-z0-9+/_=-]{24,}/g;
  const inPem = pemCover(text);
  let m: RegExpExecArray | null;
  while ((m = run.exec(text)) !== null) {
    let start = m.index;
    let end = start + m[0].length;
    if (m[0].length > 1024) continue;
    // `name=value` run together: the value after the last `=` that something follows (base64 pads only at the end)
    const body = m[0].replace(/=+$/, '');
    const eq = body.lastIndexOf('=');
    if (eq !== -1) start += eq + 1;
    while (start < end && /[/_=+-]/.test(text[start]!)) start++;
    while (end > start && /[/_+-]/.test(text[end - 1]!)) end--;
    if (end - start < 24) continue;
    const prev = text[m.index - 1] ?? '';
    // inside a URL, a query, an e-mail, a Windows path, a data URI or a file name: part of something else
    if (/[@\\#?&%.:]/.test(prev) || /[.@]\w/.test(text.slice(end, end + 2))) continue;
    // a piece of a long run with no space in it: encoded tables (parser data, source maps), not a value
    if (start > 120 && !/\s/.test(text.slice(start - 120, start))) continue;
    if (text.length - end > 120 && !/\s/.test(text.slice(end, end + 120))) continue;
    // bounded looks around (an unbounded search for a line end would be quadratic on text with no newline)
    const wide = text.slice(Math.max(0, start - 400), start);
    const before = wide.slice(Math.max(wide.lastIndexOf('\n') + 1, wide.length - 160));
    if (/:\/\/\S*$|base64,$|(?:sha\d{1,3}|md5)[-:]$|integrity[=:"' ]{1,4}$/i.test(before)) continue;
    const next = text.slice(end, end + 100);
    const after = next.slice(0, next.indexOf('\n') === -1 ? next.length : next.indexOf('\n'));
    // given to a name that says what else it is (`client_id: …`, `twilioAccountSid = '…'`)
    const name = /([A-Za-z_$][\w$.-]{0,60})["'`]?\]?[ \t]*(?:=|:=|=>|:)[ \t]*["'`]?$/.exec(before)?.[1];
    if (name && (NOT_SECRET_NAME.test(name) || NOT_SECRET_CAMEL.test(name))) continue;
    const run = text.slice(start, end);
    if (!keyShaped(run, `${wide}\u0000${after}`, after) && !segmentedKeyShaped(run, `${wide}\u0000${after}`, after)) continue;
    if (inPem(start)) continue;
    yield { start, end };
  }
}

export const shapeTokenRules: RedactionRule[] = [
  {
    id: 'password-shaped-token',
    kind: 'password',
    level: 'strict',
    priority: 30,
    description:
      'Strict only: a delimited token of 8-64 characters mixing letters, digits and symbols (or upper, lower and digits in a non-word shape) as chosen passwords do, in any language and context; never words, paths, URLs, e-mail addresses, versions, dates, numbers with units, hex hashes, UUIDs, identifiers, colours, flags or code',
    find: (text: string) => [...findPasswords(text)],
  },
  {
    id: 'key-shaped-token',
    kind: 'api_key',
    level: 'strict',
    priority: 32,
    description:
      'Strict only: a run of 24+ base64/base62 characters (32+ hex or base36) the randomness model reads as machine-drawn, anywhere (round 21: or a prefix and parts joined by `-`/`_`, the parts judged joined); never a digest where digests stand (commits, lockfile integrity, checksums), UUIDs, public keys, base64 of plain text, PEM bodies or URL parts',
    find: (text: string) => [...findKeys(text)],
  },
];
