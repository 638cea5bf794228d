// Values recognisable only by the key they are assigned to (`api_key = "…"`, `"password": "…"`, `TOKEN=…`,
// `<add key="ApiKey" value="…"/>`). These are the noisy rules, so the value must also look like a secret
// (random for tokens; not a placeholder for passwords) and must not be code referring to one
// (`process.env.TOKEN`, `getToken()`, `hashedPassword`, `password: string`).
import { characterClasses, looksLikePlaceholder, shannonEntropy } from '../checks';
import type { RedactionRule } from '../types';
import { regexRule } from './regex-rule';
import { NOT_A_PASSWORD } from './secrets';

// key = value, key: value, "key": "value", key => value, key := value, --key=value, config['key'] = value.
// Groups: 1 key quote, 2 key, 3 value quote, 4 value.
const ASSIGNMENT =
  /(?<![A-Za-z0-9_.-])(?:-{1,2})?(["']?)([A-Za-z_][A-Za-z0-9_.-]{0,63})\1\]?[ \t]{0,3}(?::=|=>|=|:)[ \t]{0,3}(["'`]?)([^\s"'`,;(){}[\]<>]{4,512})/dg;

// <add key="ApiKey" value="…" /> (.NET config), <input name="csrf_token" value="…">. Same groups.
const ATTRIBUTE_PAIR =
  /(?<![\w-])(?:key|name)=(["'])([A-Za-z_][A-Za-z0-9_.-]{0,63})\1[ \t]{1,3}value=(["'])([^\s"'`<>]{4,512})\3/dg;

const PASSWORD_KEY = /(?:passw(?:or)?d|passphrase|(?:^|[_.])pass|pwd)$/;
const SECRET_KEY =
  /(?:api_?key|apikey|secret|secret_?key|token|private_?key|access_?key|auth_?key|signing_?key|encryption_?key|credentials?|session_?(?:id|key)|cookie|client_?secret|webhook_?secret|salt)$/;

function normalisedKey(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase().replace(/-/g, '_');
}

/** An identifier that names a secret (`authToken2`, `dbPassword1`) is a variable, not a value. */
const NAMES_A_SECRET = /token|secret|passw|session|apikey|api_key|credential/i;

const CODE_WORDS = new Set(['string', 'number', 'boolean', 'required', 'optional', 'undefined', 'none', 'null', 'true', 'false', 'text', 'varchar', 'secret', 'password', 'token', 'hidden']);

/** Values that are code or configuration referring to a secret rather than the secret itself. */
function looksLikeReference(value: string, quoted: boolean, next: string): boolean {
  if (next === '(' || next === '[' || next === '.') return true;
  if (CODE_WORDS.has(value.toLowerCase())) return true;
  if (/^[A-Z][A-Z0-9_]+$/.test(value) && value.includes('_')) return true; // ENV_VAR_NAME
  if (/^[A-Za-z_$#][\w$#]*(?:\.[A-Za-z_$#][\w$#]*)+$/.test(value)) return true; // process.env.TOKEN, this.#token
  if (/^https?:\/\//.test(value)) return true; // URLs
  if (/^(?:\.{1,2}|~)?\/(?:[\w.-]{1,24}\/)*[\w.-]{0,24}$/.test(value)) return true; // paths (base64 has + = or long runs)
  if (/^\$/.test(value) || /^%\w+%$/.test(value)) return true; // $VAR, %VAR%
  if (!quoted && /^[A-Za-z_]+$/.test(value)) return true; // hashedPassword, req_token: identifiers without digits
  if (!quoted && /^[A-Za-z_$][\w$]*$/.test(value) && (value.includes('$') || NAMES_A_SECRET.test(value))) return true; // ArrowToken$1
  if (/^[A-Za-z_]+$/.test(value) && NAMES_A_SECRET.test(value)) return true; // 'tabTargetSessionId'
  return false;
}

function assignmentRule(
  id: string,
  kind: 'password' | 'secret',
  description: string,
  pattern: RegExp,
  keyTest: RegExp,
  looksSecret: (v: string) => boolean,
): RedactionRule {
  return regexRule({
    id,
    kind,
    level: 'secrets',
    priority: 40,
    description,
    pattern,
    group: 4,
    accept: (value, match, text) => {
      const key = normalisedKey(match[2] ?? '');
      if (!keyTest.test(key)) return false;
      if (kind === 'secret' && PASSWORD_KEY.test(key)) return false;
      const end = (match.indices?.[4]?.[1] ?? 0);
      const quoted = (match[3] ?? '') !== '';
      if (looksLikePlaceholder(value) || looksLikeReference(value, quoted, text[end] ?? '')) return false;
      return looksSecret(value);
    },
  });
}

const looksLikePassword = (v: string) => v.length >= 6 && !NOT_A_PASSWORD.has(v.toLowerCase());

/** Random-looking: long enough, at least two character classes, entropy that grows with length (capped at 3.2). */
const looksRandom = (v: string) =>
  v.length >= 12 && characterClasses(v) >= 2 && shannonEntropy(v) >= Math.min(3.2, Math.log2(v.length) * 0.8);

const PASSWORD_WHAT = 'Value (6+ chars) of a key ending in password/passwd/passphrase/pass/pwd';
const SECRET_WHAT = 'Random-looking value (12+ chars, 2+ character classes, entropy) of a key ending in secret/token/api_key/…';

export const assignmentRules: RedactionRule[] = [
  assignmentRule('password-assignment', 'password', `${PASSWORD_WHAT}: key = value, "key": "value"`, ASSIGNMENT, PASSWORD_KEY, looksLikePassword),
  assignmentRule('secret-assignment', 'secret', `${SECRET_WHAT}: key = value, "key": "value"`, ASSIGNMENT, SECRET_KEY, looksRandom),
  assignmentRule('password-attribute-pair', 'password', `${PASSWORD_WHAT}: key="…" value="…"`, ATTRIBUTE_PAIR, PASSWORD_KEY, looksLikePassword),
  assignmentRule('secret-attribute-pair', 'secret', `${SECRET_WHAT}: key="…" value="…"`, ATTRIBUTE_PAIR, SECRET_KEY, looksRandom),
];
