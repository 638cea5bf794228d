// Secrets recognisable only by the name they are given: any key whose name holds a secret word anywhere
// (`account_key`, `user_auth`, `AZURE_OPENAI_KEY`, `db_pass`), in every assignment form chat text carries:
// `=`, `:`, `:=`, `?=`, `.=`, `::=`, `=>`, comparisons (`==`, `!==`, also `"value" == password`), call arguments
// (`setProperty("API_TOKEN", "…")`, `secret("…")`), XML elements and attributes, `key="…" value="…"` pairs,
// `--password value` flags and HTTP headers of any scheme (`Authorization: Token …`); round 6 added layouts rather than
// words: column-aligned names, JSON escaped inside a string, query strings, types between name and value
// (`password: string = …`), Terraform variable defaults, serialised PHP, YAML block scalars, ODBC `k=v;` lists and
// braces, PHP/Perl `$name = word;`, and names inside a string literal (`"Password: " + pw`, no value). The scanner anchors on secret
// words, so each one costs bounded work; a rejected candidate only moves the scan past its key, never past the
// rest of the line. Values are checked against placeholders, references to a secret (`process.env.X`,
// `getToken()`), type names and low-entropy words.
import { looksLikePlaceholder } from '../checks';
import type { Range, RedactionRule } from '../types';
import { looksMachineRandom, wordScore } from './token-randomness';
import { passwordUiText } from './ui-strings';
import { SCRIPT_KEY_WORDS } from './key-context';
import { publicKeyShaped } from './token-shapes';
import { yamlTag } from './password-shape';
import { acceptable, authCredentials, concatenated, type Kind, MAX_QUOTED, readValue, spacedPassphrase, strongToken, type Value } from './assignment-values';

/** Password words of the languages people write config and chat in, besides English. */
const FOREIGN_PASSWORD = 'passwort|kennwort|contrase(?:ñ|n)a|senha|mot de passe|wachtwoord|lösenord|passord|adgangskode|salasana|has[łl]o|heslo|parola|jelszó|пароль|パスワード|密码|密碼|비밀번호|[şs]ifre|κωδικός';
/** Password words written as identifiers (`mot_de_passe`, `haslo`), and ones only whole segments may be (`mdp`).
 *  Round 15: the words of password-context.ts's languages as config keys spell them — diacritics dropped, spaces
 *  as `_` (`losenord`, `mat_khau`, `slaptazodis`, `كلمة_المرور`); none shorter than five letters. */
const FOREIGN_PASSWORD_IDENT =
  'mot_?de_?passe|motdepasse|contrasenya|lozinka|geslo|parool|jelszo|salasona|kata_?sandi|passkey|passcode' +
  '|losenord|kodeord|wagwoord|mat_?khau|slaptazod|lykilord|tunnussana|kata_?laluan|nenosiri|zaporka|cyfrinair|fjalekalim|pasahitz|contrasinal' +
  '|كلمة_(?:المرور|السر)|رمز_(?:عبور|المرور)|کلمه_عبور';
/** Round 15: short ones, only as a whole segment of a name (like `mdp`): `parol`, Indonesian `sandi`, `sifra`. */
const SHORT_PASSWORD_IDENT = 'parol|sandi|sifra';
/** Round 13: the key and secret words of other scripts that key-context.ts lists (`გასაღები`, `საიდუმლო`, `کلید`,
 *  `ቁልፍ`, `சாவி`…), as names given a value (`სესიის საიდუმლო გასაღები: …`); the value must still be random (see
 *  acceptable). Words of fewer than three letters (`سر`, `কী`, `키`) are everyday words inside names. */
const SCRIPTED_KEY_WORDS = SCRIPT_KEY_WORDS.filter((word) => [...word].length >= 3 && !/[\s]/.test(word) && /^[^\p{Script=Latin}]+$/u.test(word)).join('|');
/** Secret and key words of other languages. Short ones (`cle`, `chave`, `klucz`) count only as a whole segment of the
 *  name (see kindOfName), so `article` or `vehicle` never do. */
const FOREIGN_SECRET = `geheim|secreto|secreta|segredo|segreto|sekret|секрет|jeton|токен|トークン|シークレット|秘密鍵|令牌|密钥|秘钥|토큰|시크릿|비밀키|gizli|bearer|${SCRIPTED_KEY_WORDS}`;
const FOREIGN_KEY = 'cl[eé]|clave|llave|chave|chiave|sleutel|klucz|kulcs|nyckel|nøgle|nøkkel|avain|anahtar|schl(?:ü|ue)ssel|ключ|鍵|キー|키';
/** Round 9: words that name a secret of its own in software settings — a shared or signing secret, an encryption
 *  key, a seed, a pepper, an OTP or JWT secret, an app certificate (`local shared = "…"`, `[cookies] signing = …`,
 *  `AGORA_APP_CERTIFICATE=…`, `ENCRYPTION=…`). They name ordinary things too (`shared = true`, `seed = 42`), so a
 *  value counts only when it is random the way generated secrets are (see ownSecretValue). */
const OWN_SECRET_WORDS = 'shared|signing|encrypt(?:ion)?|cipher|hmac|seed|pepper|t?otp|jwt|certificate|enc_?key|master_?key|rootpw|bindpw';
const OWN_SECRET_NAME = /(?:^|_)(?:shared|signing|sign|encrypt|encryption|cipher|hmac|seed|pepper|otp|totp|jwt|certificate|cert|enc|master)(?:_\d+|\d+)?$|(?:^|_)(?:shared|signing|encryption|hmac|jwt|cipher|seed|pepper)_/;
const SECRET_WORD = new RegExp(
  `${FOREIGN_PASSWORD}|${FOREIGN_PASSWORD_IDENT}|mdp|${SHORT_PASSWORD_IDENT}|${FOREIGN_SECRET}|${FOREIGN_KEY}|passw(?:or)?d|passwd|pa?s{1,2}wo?r?d|passphrase|pwd|pw|pass|psk|secret|token|auth|credential|creds?|api_?key|apikey|key|session|cookie|salt|signature|sig|crumb|[cx]srf|pat|login|licen[cs]e|${OWN_SECRET_WORDS}`,
  'gi',
);
const FOREIGN_PASSWORD_NAME = new RegExp(`${FOREIGN_PASSWORD}|${FOREIGN_PASSWORD_IDENT}|(?:^|_)(?:mdp|${SHORT_PASSWORD_IDENT})(?:_|$)`, 'i');
const FOREIGN_SECRET_NAME = new RegExp(`${FOREIGN_SECRET}|(?:^|_)(?:${FOREIGN_KEY})(?:_|$)`, 'i');
const NAME_CHAR = /[\p{L}\p{N}_.-]/u;
const MAX_NAME = 80;

/** A secret word that also names ordinary things (`login`, `license`, `pat`, a glued `fbconnectkey`): the value must
 *  be random the way tokens are (see strongToken) before it is taken. */
type NameKind = Kind | 'weak' | 'own';

/** Names that hold a secret word but name no secret (database keys, UI keys, counters, flags). */
const NOT_SECRET_NAME =
  /^(?:.*_)?(?:primary|foreign|public|pub|hot|sort|partition|cache|idempotency|unique|composite|bucket|index|idx|schema|sequence|natural|row|object|map|dict|hash|lookup|route|react|list|item|i18n|translation|keyboard|shortcut|ssh_public|alt|ctrl|control|meta|shift|option|cmd|command)_key$|(?:^|_)key_(?:alias|board|code|frame|id|length|mesh|name|pair|press(?:ed)?|ring|selector|size|stone|storetype|word|up|down|left|right|type|path|file|format|usage|id)(?:_|$)|_(?:on_|from_)?stdin$|(?:^|_)(?:token|secret|password|auth|key|session|cookie)_(?:type|endpoint|url|uri|file|length|count|limit|name|size|policy|reset|expir\w*|ttl|timeout|header|method|mode|provider|scheme|domain|field|input|label|hint|prompt|placeholder|required|hash|hashed|regex|pattern|min|max|id|index|usage|budget)(?:_|$)|^(?:max|min|num|total|input|output|prompt|completion|cached|reasoning)_tokens?$|(?:^|_)(?:recv|send|refresh|search|fetch|import|export|list|edit|sign|delete|locate)_keys?$|author(?!i[sz]ation)|authority|authenticat\w*|authoriz(?:e|ed)_|^is_|^has_|^use_|^enable|^show_|^need|_enabled$|_required$|_present$|^public_token$|^sessions?_?(?:id|count|length)$|^cookie_?(?:name|path|domain|policy|consent|banner|jar|secure|httponly|samesite)$|^salt_?(?:rounds|length)$|^monkey|^turkey|^donkey|^whiskey|^hockey|^jockey/;

function normalisedName(name: string): string {
  return name
    .replace(/^[@$-]+/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[-.]/g, '_');
}

/** Names repeat (every `password`, `api_key` in a file): classify each distinct name once per text scan. */
const nameKinds = new Map<string, NameKind | null>();
export function kindOfRawName(raw: string): NameKind | null {
  let kind = nameKinds.get(raw);
  if (kind === undefined) {
    if (nameKinds.size > 4096) nameKinds.clear();
    kind = kindOfName(normalisedName(raw));
    nameKinds.set(raw, kind);
  }
  return kind;
}

/** Round 20: products whose names hold a secret word (`AUTH0_DOMAIN`, `NEXTAUTH_URL`, `TOKENIZERS_PARALLELISM`): the
 *  name is read without them, so `AUTH0_CLIENT_ID` names an id and `AUTH0_CLIENT_SECRET` still a secret. Written from
 *  the products' own setup guides (Auth0, Authy, Authelia, authentik, NextAuth.js, Hugging Face tokenizers). */
const PRODUCT_NAMES = /(?:^|_)(?:auth0|authy|authelia|authentik|nextauth|tokenizers)(?=_|$)/g;

function kindOfName(name: string): NameKind | null {
  const norm = name.replace(PRODUCT_NAMES, '').replace(/^_+/, '');
  if (norm === '' || NOT_SECRET_NAME.test(norm)) return null;
  // round 21: and the family of its misspellings and abbreviations (`PASWD`, `PASWRD`, `passwrd`, `pasword`, `psswd`,
  // `pswd`): an `s` or two after `p`(`a`), then `w`, the `o` and `r` each optional, then `d`
  if (/(?:^|_)(?:passw(?:or)?d|passwd|passphrase|pwd|pw|pass|psk)(?:_|$|\d)/.test(norm) || /password|passwd|(?:^|_)pa?s{1,2}wo?r?d(?:_|$|\d)/.test(norm) || FOREIGN_PASSWORD_NAME.test(norm))
    return 'password';
  // glued in lower case (`dbpass`, `smtppwd`), but not words that end in "pass" (`bypass`, `compass`, `overpass`)
  if (/^[a-z]{2,12}(?:pass|pwd|pw)$/.test(norm) && !/(?:by|com|sur|over|under|tres|multi|first|second|single|one|two|render)pass$/.test(norm)) return 'password';
  if (/secret|token|credential|creds?(?:_|$)|api_?key|apikey|auth|session_?(?:key|token|secret)|cookie|salt|signature|sas|(?:^|_)sig(?:_|$)/.test(norm)) return 'secret';
  if (FOREIGN_SECRET_NAME.test(norm)) return 'secret';
  if (/(?:^|_)key(?:_\d+)?$/.test(norm) || /(?:^|_)keys?$/.test(norm)) return 'secret';
  // `crumb` (Jenkins), CSRF/XSRF tokens, personal access tokens (`ado_pat`), `sonar.login`, `license_key` vs `license`,
  // and names with `key` glued on in lower case (`fbconnectkey`)
  if (/(?:^|_)(?:crumb|[cx]srf|pat|login|licen[cs]e|sig)(?:_|\d|$)|[a-z]{3}key$/.test(norm)) return 'weak';
  if (OWN_SECRET_NAME.test(norm)) return 'own';
  return null;
}

// Assignment operators, comparisons, defaults (`?? 'x'`, `|| "x"`, `or "x"`) and the prose "password is x" /
// "Passwort ist x" / "mot de passe est x".
const OPERATOR = /^[ \t]{0,40}(?:(\??::?=|\?=|\.=|\+=|=>|===?|!==?|<-|\?\?|\|\||:|=|(?:or|is|was|ist|lautet|est|c'est|es|é|è|är|er|jest|je)(?=[ \t]))|(,)|(\())[ \t]{0,40}/;
/** Prose with a few words between the name and the verb: "the password of the router is …", "Le mot de passe du
 *  routeur est …", "La contraseña del correo es …", "Das WLAN-Passwort für Gäste lautet …". */
const PROSE = /^(?:[ \t]+[\p{Ll}\p{Lu}][\p{L}'-]{0,15}){1,3}[ \t]+(?:is|was|ist|lautet|est|es|é|è|är|er|jest|je)[ \t]*:?[ \t]+(?=\S)/u;

function* findAssigned(text: string): Iterable<Range & { kind: Kind }> {
  const re = new RegExp(SECRET_WORD.source, 'gi');
  const budget = { left: text.length * 4 + 65536 };
  let match: RegExpExecArray | null;
  while ((match = re.exec(text)) !== null) {
    // Widen to the whole name, bounded on both sides.
    let s = match.index;
    const floor = Math.max(0, s - MAX_NAME);
    while (s > floor && NAME_CHAR.test(text[s - 1]!)) s--;
    let e = match.index + match[0].length;
    const ceil = Math.min(text.length, e + MAX_NAME);
    while (e < ceil && NAME_CHAR.test(text[e]!)) e++;
    re.lastIndex = e;
    if (text[s - 1] === '$' || text[s - 1] === '@') s--;
    const rawName = text.slice(s, e).replace(/[.-]+$/, '');
    const nameKind = kindOfRawName(rawName);
    if (!nameKind) continue;
    const found = valueFor(text, s, s + rawName.length, rawName, budget);
    if (!found) continue;
    const value = rawName.toLowerCase().includes('authorization') ? authCredentials(text, found) : found;
    // `<add key="ConnectionString" value="…">`: a value followed by `value=` is the name of a setting, not its value
    if (value.quoted && /^\\?["'][ \t]{1,3}value=/.test(text.slice(value.end, value.end + 14))) continue;
    // a stop that ends the line or the sentence (`PASSWORD: Spring2021.`) is punctuation, not a member access
    const next = text[value.end] === '.' && /^\.(?:\s|$)/.test(text.slice(value.end, value.end + 2)) ? '' : (text[value.end] ?? '');
    const v = text.slice(value.start, value.end).trim();
    // a call at the start of a line (`password = getenv("X")`) is code even where bare words are literals
    if (!value.quoted && next === '(') continue;
    // a reference quoted twice over (`"'$PRECOMPILE_PASSWORD'"`, `'"${TOKEN}"'`) is still a reference
    const inner = /^(["'])(.*)\1$/.exec(v);
    if (inner && (looksLikePlaceholder(inner[2]!) || /^\$\{?[A-Za-z_]\w*\}?$/.test(inner[2]!))) continue;
    if (concatenated(text, value)) continue;
    // round 22: a YAML tag that stands for the value (`password: !env_var DB_PASSWORD`, `!Ref`, `!!binary`)
    if (!value.quoted && yamlTag(v)) continue;
    // a list of settings (`'host=db user=app password=…'`, a SAS query): its secret-named parts are found on their own
    // (a Cookie header is the exception: every pair in it may be a session)
    if (!/cookie/i.test(rawName) && /(?:^|[\s;&])[A-Za-z][\w.-]{1,40}=[^\s;&=]+[\s;&]+[A-Za-z][\w.-]{1,40}=/.test(v)) continue;
    const kind: Kind = nameKind === 'weak' || nameKind === 'own' ? 'secret' : nameKind;
    const taken =
      nameKind === 'weak' ? strongToken(v) : nameKind === 'own' ? ownSecretValue(v, rawName) : acceptable(kind, v, value.quoted || value.literal === true, next, value.shell, shortLiteralPlace(text, value, rawName)) || headerSecret(text, s + rawName.length, rawName, v);
    if (!taken || (kind === 'password' && passwordUiText(v)) || publicKeyShaped(v)) continue;
    yield { start: value.start, end: value.end, kind };
    re.lastIndex = Math.max(re.lastIndex, value.end);
  }
}

/** Round 14 (second pass): where a password of four or five characters is taken — in straight quotes (a backticked
 *  word after a comma is a name in prose: `` `password`, `salt` ``), under a name that is no `pw` glued to other letters
 *  (`"expw": "expy"` in an abbreviation table). */
function shortLiteralPlace(text: string, value: Value, name: string): boolean {
  return value.quoted && (text[value.start - 1] === '"' || text[value.start - 1] === "'") && !/^[a-z]{2,12}pw$/.test(normalisedName(name));
}

/** A value given to a name of its own secret (OWN_SECRET_NAME): random the way generated secrets are, and no longer
 *  than a key (a certificate or public blob under such a name runs to hundreds of characters). */
function ownSecretValue(v: string, name: string): boolean {
  // base64 DER (`MII…`) under a certificate's name is the certificate itself, which is public
  if (/cert/i.test(name) && /^MI[A-Za-z]/.test(v)) return false;
  return v.length <= 128 && (strongToken(v) || (v.length >= 16 && looksMachineRandom(v, 'keyed')));
}

/** An HTTP header naming a secret (`X-Naver-Client-Secret: OzSxrQdyZj`): a header value is no identifier of code, so
 *  a short run of mixed-case letters counts when its letters read as no word. */
function headerSecret(text: string, nameEnd: number, name: string, v: string): boolean {
  if (!/^(?:X-)?[A-Za-z][a-z0-9]*(?:-[A-Za-z][a-z0-9]*)+$/.test(name) || !/^[ \t]*:/.test(text.slice(nameEnd, nameEnd + 4))) return false;
  if (!/^[A-Za-z0-9]{8,64}$/.test(v) || !/[A-Z]/.test(v) || !/[a-z]/.test(v) || looksLikePlaceholder(v)) return false;
  return wordScore(v.toLowerCase()) < -1.5;
}

function valueFor(text: string, s: number, e: number, name: string, budget: { left: number }): Value | null {
  const before = text[s - 1];
  let at = e;
  // "name": / 'name' / `name` / <name> / ["name"]
  const quote = before === '"' || before === "'" || before === '`' ? before : null;
  // `\"api_key\": \"…\"`: JSON inside a string
  const escaped = quote !== null && text[s - 2] === '\\' && text[at] === '\\' && text[at + 1] === quote;
  if (escaped) at++;
  // round 20: a JSON fragment cut before the name's opening quote (`aws_secret_key": "…"`): its closing quote and a colon
  const cut = quote === null && (text[at] === '"' || text[at] === "'") && /^["'][ \t]{0,4}:[ \t]{0,4}["']/.test(text.slice(at, at + 12)) && !NAME_CHAR.test(text[s - 1] ?? '') && !/["'][^"'\n]{0,80}$/.test(text.slice(Math.max(0, s - 80), s));
  if (cut) at++;
  const closed = quote !== null && text[at] === quote;
  if (closed) at++;
  // `"Password: " + pw`, `label:"Password:",next:"…"`: the name is words inside a string literal, and a quote right
  // after the operator closes that string rather than opening a value
  const inString = quote !== null && !closed;
  if (text[at] === ']' || (quote && text[at] === ')')) at++;
  if (text[at] === '[' && text[at + 1] === ']') at += 2; // PHP `$secret[] = "…"`
  // round 22: a password element's attributes (`<Pass encoding="base64">…</Pass>`, FileZilla) describe its text, which
  // is the value; an attribute's own value is not
  if (before === '<' && /^[ \t]/.test(text[at] ?? '')) {
    const attributes = /^(?:[ \t]{1,4}[\w:.-]{1,40}[ \t]{0,2}=[ \t]{0,2}(?:"[^"<>\n]{0,200}"|'[^'<>\n]{0,200}')){1,8}[ \t]{0,4}(?=>)/.exec(text.slice(at, at + 600));
    if (attributes) at += attributes[0].length;
  }
  if (before === '<' && text[at] === '>') {
    // <ApiKey>value</ApiKey>, also across lines
    let start = at + 1;
    const inner = text.slice(start, Math.min(text.length, start + MAX_QUOTED)).indexOf('</');
    if (inner === -1) return null;
    const close = start + inner;
    let end = close;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    return end > start && !/[<>]/.test(text.slice(start, end)) ? { start, end, quoted: true } : null;
  }
  if (closed) {
    // key="ApiKey" value="…" / name="csrf_token" value="…"
    const pair = /^[ \t]{1,3}value=(["'])/.exec(text.slice(at, at + 16));
    if (pair) return readValue(text, at + pair[0].length - 1, budget);
    // <entry key="db.password">…</entry>: the element's text
    if (text[at] === '>' && /(?:key|name)=$/.test(text.slice(Math.max(0, s - 6), s - 1))) {
      const inner = text.slice(at + 1, Math.min(text.length, at + 1024)).indexOf('</');
      const close = inner === -1 ? -1 : at + 1 + inner;
      if (close > at + 1 && !/[<>\n]/.test(text.slice(at + 1, close))) return { start: at + 1, end: close, quoted: true };
    }
    // Terraform/HCL `variable "api_token" { … default = "…" }`
    const block = /^[ \t]*\{[ \t]*\r?\n(?:[ \t]*(?:description|type|sensitive|nullable)[ \t]*=[^\n]{0,200}\r?\n){0,4}[ \t]*default[ \t]*=[ \t]*(?=["'])/.exec(
      text.slice(at, at + 1200),
    );
    if (block) return readValue(text, at + block[0].length, budget);
    // serialised PHP (`"fbconnectkey";s:32:"…"`, WordPress options): the next string is the value
    const serialised = /^;s:\d{1,5}:(?=\\?["'])/.exec(text.slice(at, at + 12));
    if (serialised) return readValue(text, at + serialised[0].length, budget);
  }
  const tail = text.slice(at, at + 96);
  // a type between the name and `=`: `password: string = "…"`, `var token string = "…"`, `@pw NVARCHAR(50) = '…'`
  const typed = /^(?:[ \t]{0,4}:[ \t]{0,4}|[ \t]{1,4})(?:&(?:'static[ \t]+)?)?[A-Za-z_][\w.]{0,30}(?:<[\w ,.]{0,30}>|\[\]|\(\d{1,4}\))?\??[ \t]{0,4}=(?![=>~])[ \t]{0,4}(?=@?["'`])/.exec(tail);
  if (typed && !quote) return readValue(text, at + typed[0].length, budget);
  // round 21: a default given after the name (`ANY_password,default:X`, `password (default: X)`, `api_key [default=X]`):
  // documentation and help texts show the value a setting falls back to
  const fallback = /^(?:[ \t]{0,4},[ \t]{0,4}|[ \t]{1,4}[([][ \t]{0,2})default[ \t]{0,2}[:=][ \t]{0,4}(?=\S)/i.exec(tail);
  if (fallback && !quote) return readValue(text, at + fallback[0].length, budget);
  const op = OPERATOR.exec(tail);
  // round 21: a lookup whose literal default is the value (`SECRET := getenv("CEKPET", "X")`, `os.environ.get("K", "X")`,
  // `cfg.get("db_password", "X")`, `ENV.fetch("TOKEN", "X")`): the last quoted argument, the name being read's fallback
  const lookup = op && !op[2] && !op[3] ? /^(?:[\w$]{1,30}\.){0,3}(?:getenv|Getenv|GetEnv|get_env|getEnv|env|environ\.get|fetch|get|getOrDefault|GetEnvironmentVariable|config)[ \t]{0,2}\([ \t]{0,4}(["'`])[^"'`\n]{1,80}\1[ \t]{0,4},[ \t]{0,4}(["'`])([^"'`\n]{1,256})\2[ \t]{0,4}\)/.exec(text.slice(at + op[0].length, at + op[0].length + 420)) : null;
  if (lookup) {
    const end = at + op![0].length + lookup[0].lastIndexOf(lookup[2]!);
    return { start: end - lookup[3]!.length, end, quoted: true };
  }
  if (op) {
    if (inString && text[at + op[0].length] === quote) return null;
    if (escaped && text[at + op[0].length] !== '\\') return null;
    if (op[2] && !quote) return null; // a bare `name,` is a list, not an argument pair
    // `noun(n, "pass", "passes")`: after a quoted word, a short lower-case word is another word of the list
    if (op[2] && /^["'][a-z]{1,8}["']/.test(text.slice(at + op[0].length, at + op[0].length + 10))) return null;
    if (op[3] && quote) return null;
    // round 11: `"MasterUserPassword", "ParameterValue": …` — a string a colon follows is the object's next key
    if (op[2] && /^(["'])[^"'\n]{1,80}\1[ \t]{0,4}:(?!:)/.test(text.slice(at + op[0].length, at + op[0].length + 90))) return null;
    const lineLevel =
      (op[1] === '=' && /(?:^|\n)[ \t]*$|(?:^|[\n \t])(?:export|set|ENV|-e|--env)[ \t]+$/.test(text.slice(Math.max(0, s - 16), s))) ||
      // a Windows switch `/pass:x`, `/p:x` (cmdkey, msbuild, net): the command line holds literals
      (op[1] === ':' && /(?:^|[ \t])\/$/.test(text.slice(Math.max(0, s - 2), s))) ||
      // round 20: a long option given its value (`wget --password=X7.z2LSX_ApzYe`): a command line holds literals
      (op[0] === '=' && name.startsWith('--') && /(?:^|[ \t"'])$/.test(text.slice(Math.max(0, s - 1), s)));
    const query = op[1] === '=' && (before === '?' || before === '&');
    // a YAML block scalar (`password: |` then the value on the next, indented line)
    const block = op[1] === ':' ? /^[|>][-+]?[ \t]*\r?\n[ \t]{1,16}(?=\S)/.exec(text.slice(at + op[0].length, at + op[0].length + 40)) : null;
    if (block) {
      const value = readValue(text, at + op[0].length + block[0].length, budget, true);
      if (value) value.literal = true;
      return value;
    }
    // a YAML list under the name (`api_keys:` then `  - <key>` on the next line): its first item
    const item = op[1] === ':' ? /^[ \t]*\r?\n[ \t]{0,16}-[ \t]{1,4}(?=\S)/.exec(text.slice(at + op[0].length, at + op[0].length + 40)) : null;
    if (item) return readValue(text, at + op[0].length + item[0].length, budget);
    // ODBC braces (`Pwd={pa;ss};`): the value is what the braces hold
    const braced = op[1] === '=' && (inString || /;[ \t]*$/.test(text.slice(Math.max(0, s - 8), s))) ? /^\{([^{}\n]{1,256})\}(?=;|"|'|$)/.exec(text.slice(at + op[0].length, at + op[0].length + 260)) : null;
    if (braced) return { start: at + op[0].length + 1, end: at + op[0].length + 1 + braced[1]!.length, quoted: true };
    // round 19: a line's `name = value` / `name: value` (INI, .properties, YAML plain scalars, .env) whose value runs
    // to the line's end as words and a number with spaces (`password = tulip harbor violin 88`): a spaced passphrase
    if ((op[1] === '=' || op[1] === ':') && /(?:^|\n)[ \t]*(?:export[ \t]+)?["']?$/.test(text.slice(Math.max(0, s - 40), s))) {
      const from = at + op[0].length;
      const rest = /^[^\r\n]{1,200}/.exec(text.slice(from, from + 200))?.[0].replace(/[ \t]+[#;].*$/, '').trimEnd();
      if (rest && spacedPassphrase(rest)) return { start: from, end: from + rest.length, quoted: false, literal: true };
    }
    const value = readValue(text, at + op[0].length, budget, lineLevel, query);
    // round 20: a config line's identifier (`matrix_admin_password: A5Rn5cqKdw.KS.`) given one token that ends the line:
    // its stops are the value's own (a sentence's `Password: Spring2021.` names no identifier)
    if (value && !value.quoted && (op[1] === '=' || op[1] === ':') && /[_.]|[a-z][A-Z]/.test(name) && /(?:^|\n)[ \t]*(?:export[ \t]+)?$/.test(text.slice(Math.max(0, s - 40), s))) {
      const whole = /^[.:]{1,4}(?=[ \t]*(?:\r?\n|$))/.exec(text.slice(value.end, value.end + 8));
      if (whole) value.end += whole[0].length;
    }
    // round 23: two stops ending the value (`password=Nebula77..`) end no sentence (one stop does, three are an
    // ellipsis): they are the value's own, whatever the name
    if (value && !value.quoted && /[\p{L}\p{N}]$/u.test(text.slice(value.end - 1, value.end)) && /^\.\.(?=[ \t]|\r?\n|$)/.test(text.slice(value.end, value.end + 3))) value.end += 2;
    if (value && lineLevel) value.literal = true;
    if (value && lineLevel && op[0] === '=') value.shell = true;
    // `…;Password=x;…` (ODBC, ADO.NET, JDBC property strings) and PHP/Perl `$password = word;` (a reference there
    // needs its `$`): a bare word is the literal value
    if (value && !value.quoted && op[1] === '=' && text[value.end] === ';') {
      if (inString || /;[ \t]*$/.test(text.slice(Math.max(0, s - 8), s))) value.literal = true;
      else if (name.startsWith('$') && !/^(?:shift|pop|undef|null|true|false)$/i.test(text.slice(value.start, value.end))) value.literal = true;
    }
    if (op[3] && value && !value.quoted) return null; // secret(x): a call on a variable
    // round 19: a call whose name reads or looks up a password (`keyring.get_password("maps", "default")`) takes
    // names, not one; one that sets or changes it takes the password last, after the user or service
    // (`db.changeUserPassword("reporting", "…")`, `keyring.set_password("smtp", "ops", "…")`)
    if (op[3] && value) {
      const verb = /^(get|fetch|read|load|find|lookup|has|exists|delete|remove|clear|set|change|update|reset|store|save|put)_/.exec(normalisedName(name.replace(/^.*[.:]/, '')))?.[1];
      if (verb && /^(?:get|fetch|read|load|find|lookup|has|exists|delete|remove|clear)$/.test(verb)) return null;
      if (verb) {
        const args = /^(?:[ \t]{0,4},[ \t]{0,4}(["'])[^"'\n]{0,256}\1){1,4}[ \t]{0,4}\)/.exec(text.slice(value.end + 1, value.end + 1 + 1100));
        if (args) {
          const close = value.end + 1 + args[0].lastIndexOf(')');
          const last = /(["'])([^"'\n]{0,256})\1[ \t]{0,4}$/.exec(text.slice(value.end + 1, close))!;
          const end = close - (last[0].length - last[0].trimEnd().length) - 1;
          return { start: end - last[2]!.length, end, quoted: true };
        }
      }
    }
    if (op[2] && value && !value.quoted) return null; // ("PW", alpha3): a list of names, not a name and its value
    if (op[3] && value && /\s/.test(text.slice(value.start, value.end))) return null; // auth.login("Welcome back"): a message
    if ((op[1] === '??' || op[1] === '||' || op[1] === 'or') && value && !value.quoted) return null; // x ?? fallbackVar
    if (op[1] === ':' && value && !value.quoted && name.startsWith('http')) return null;
    return value;
  }
  // --password value, PowerShell/nuget `-ApiKey value`: a command line holds literals (a reference would be `$VAR`)
  if ((name.startsWith('--') || (/^-[A-Za-z]{2}/.test(name) && /(?:^|[ \t])$/.test(text.slice(Math.max(0, s - 1), s)))) && /^[ \t]/.test(tail)) {
    const value = readValue(text, at + 1, budget);
    if (value) value.literal = true;
    return value;
  }
  // fish `set -x NAME value` / `set -gx NAME value`, PowerShell `Set-Item env:NAME value`: the next word is the value
  if (/^[ \t]/.test(tail) && /(?:^|[\n;|&][ \t]*|[ \t])set[ \t]+-[a-zA-Z]{1,4}[ \t]+$/.test(text.slice(Math.max(0, s - 24), s))) {
    const value = readValue(text, at + /^[ \t]+/.exec(tail)![0].length, budget, true);
    if (value) value.literal = true;
    return value;
  }
  // `secret "…";` (BIND/named.conf TSIG keys, nginx `proxy_set_header X-Api-Key "…";`): the quoted value ends the statement
  const statement = quote ? null : /^[ \t]{1,4}(?=["'])/.exec(tail);
  if (statement) {
    const value = readValue(text, at + statement[0].length, budget);
    if (value?.quoted && /^["'][ \t]*;/.test(text.slice(value.end, value.end + 8))) return value;
  }
  // A CONSTANT_CASE secret name given its value as the next argument: `setx API_KEY "…"`, `gh secret set X --body "…"`
  const arg = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(name) ? /^[ \t]{1,4}(?:--?(?:body|value|data|b)[ \t=]{1,4})?(?=["'])/.exec(tail) : null;
  if (arg) {
    const value = readValue(text, at + arg[0].length, budget);
    return value?.quoted ? value : null;
  }
  const prose = PROSE.exec(text.slice(at, at + 80));
  if (prose) {
    const value = readValue(text, at + prose[0].length, budget);
    return value && !value.quoted ? value : null;
  }
  // "value" == password (comparison written the other way round)
  const back = /(["'`])([^"'`\n]{4,512})\1[ \t]{0,4}(?:===?|!==?)[ \t]{0,4}$/.exec(text.slice(Math.max(0, s - 600), s));
  if (back) {
    const end = s - (back[0].length - back[1]!.length - back[2]!.length);
    return { start: end - back[2]!.length, end, quoted: true };
  }
  return null;
}

/** Both rules read the same scan; keep the last text's result so it runs once per text. */
let last: { text: string; spans: (Range & { kind: Kind })[] } | null = null;
function assignedIn(text: string): (Range & { kind: Kind })[] {
  if (last?.text !== text) last = { text, spans: [...findAssigned(text)] };
  return last.spans;
}

export const assignmentRules: RedactionRule[] = (['password', 'secret'] as const).map((kind) => ({
  id: kind === 'password' ? 'password-assignment' : 'secret-assignment',
  kind,
  level: 'secrets' as const,
  priority: 40,
  description:
    kind === 'password'
      ? 'Value given to a name holding a password word (password, passwd, pwd, pass, passphrase…) in any assignment, comparison, call, XML, flag or header form'
      : 'Random-looking value given to a name holding a secret word anywhere (secret, token, auth, credential, api_key, *_key, session, cookie, salt, signature…), in any assignment, comparison, call, XML, flag or header form',
  *find(text: string): Iterable<Range> {
    for (const span of assignedIn(text)) if (span.kind === kind) yield { start: span.start, end: span.end };
  },
}));
