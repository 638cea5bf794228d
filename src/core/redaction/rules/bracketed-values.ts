// Round 16: a password or key written bare after its name that holds brackets (`db_password=[Kx9!mQ2#]`,
// `PASSWORD=Rk4(mZ8)q`, `apikey: h}o)p${e]nob(ody`). The assignment scanner reads a bare value up to the first bracket,
// since after `=` a bracket is code far more often (`pw = get(…)`, `key = cfg["k"]`, `secret = [`); so a chosen
// password with a bracket in it was cut short or dropped. Code has a shape a password lacks: a call or an index
// after a name of letters (`getPassword(user`, `cfg[KEY]`), a bracket that opens a block or list and ends the line
// (`password = {`), a template (`{{ pw }}`, `${PW}`), a bracketed word (`[REDACTED]`, `(hidden)`). What is left and
// mixes letters with digits, and cases or symbols, is the value — whatever name language the key is in.
import { looksLikePlaceholder } from '../checks';
import type { Range, RedactionRule } from '../types';
import { acceptable } from './assignment-values';
import { kindOfRawName } from './assignments';

/** A name (`db_password`, `API.KEY`, `dict['secret']`), `=`, `:` or `:=`, then a bare token holding a bracket. */
const BARE = /(?<![\p{L}\p{N}_.$-])([\p{L}\p{N}_.$-]{2,60})(?:\[["']([\p{L}\p{N}_.-]{2,60})["']\])?[ \t]{0,4}(?::=|=|:)[ \t]{0,4}(?![ \t"'`])([^\s"'`<]{6,65})(?=[\s"'`]|$)/dgu;

/** Names of a secret of their own (not `key`, `keys`, `signature`, `cookie`, which name much else in code). */
const SECRET_NAME = /secret|api_?key|apikey|access_?key|private_?key|token|credential|geheim|secreto|segreto|секрет|ключ_?api|jeton|токен/i;

const OPEN = '([{';
const CLOSE = ')]}';

/** Brackets that close in the order they opened (code's brackets always do). */
function balanced(value: string): boolean {
  const stack: string[] = [];
  for (const ch of value) {
    if (OPEN.includes(ch)) stack.push(CLOSE[OPEN.indexOf(ch)]!);
    else if (CLOSE.includes(ch) && stack.pop() !== ch) return false;
  }
  return stack.length === 0;
}

/** Code and templates after a name: calls and indexes on a name of letters, blocks and lists, wrapped words. */
function codeShaped(value: string): boolean {
  // one token of code holds its separators and operators (`e,t=[]){let`, `a?b:c`, `x&&y`); a password here holds none
  if (/[,;:=]|&&|\|\||=>/.test(value)) return true;
  // a call or an index that ends the token (`toBase64(signature)`, `es5.keys(obj)`, `tokens[i]`)
  if (/^[\w$.]+[([].*[)\]]$/.test(value)) return true;
  // minified and chained code: empty calls and blocks (`()`, `){`, `}{`), a block closed then a keyword (`}}function`),
  // a method call (`.update(`, `.forEach(`), a call on a camelCase name (`toUTF8String(input`, `[throwIfDisposed(`)
  if (/\(\)|\)\{|\}\{|[)\]}]{2}\p{L}{3}|\.[A-Za-z_$][\w$]*\(|^[([{]?[a-z_$][\w$]*[A-Z][\w$]*[([]/u.test(value)) return true;
  // a bracket that opens or closes a group around the token (`(tokens.length`, `CacheKey)`, `[noSemicolon`): the
  // brackets of a chosen value sit inside it, or wrap it whole
  if (!balanced(value) && balanced(value.replace(/^[([{]+|[)\]}]+$/g, ''))) return true;
  // groups of two kinds closed or opened together (`secret)]/db` in a JDBC address list, `[(host=`): nesting of code
  if (!balanced(value) && /\)[\]}]|\][)}]|\}[)\]]|\([[{]|\[[({]|\{[([]/.test(value)) return true;
  if (/^[a-z_$][A-Za-z_$.]*[([]|^[A-Za-z_$]+\.[A-Za-z_$.]*[([]/.test(value)) return true; // `getPassword(user`, `cfg[KEY]`, `os.environ[`
  if (/[([{][,;]?$/.test(value)) return true; // a block, list or call opened at the line's end
  if (/^[$%#@&*!]|^\{\{[^{}]*\}\}$|^\{[\w.:\s-]*\}$/.test(value)) return true; // references, templates
  const inner = /^[([{](.*)[)\]}][,;]?$/.exec(value)?.[1];
  if (inner !== undefined && (inner.length < 6 || /^[\p{L}_\s-]+$|^[\d.,\s-]+$/u.test(inner))) return true; // `[REDACTED]`, `(0)`
  return /^[\w.-]+\([^()]*\)[;,.]?$|^[\w.$-]+\[[^[\]]*\][;,.]?$/.test(value) && balanced(value) && !/\d/.test(value.split(/[([]/)[0]!);
}

/** Letters and digits, and cases or a symbol besides the brackets: a chosen or generated value. */
function valueShaped(value: string): boolean {
  const rest = value.replace(/[()[\]{}]/g, '');
  // no digit: only brackets that no code could hold, with a symbol besides them (`h}o)p${e]nob(ody`, not `String(pw`)
  if (!/\p{L}/u.test(rest) || !/\d/.test(rest)) return !balanced(value) && /\p{L}/u.test(rest) && rest.length >= 8 && /[^\p{L}\p{N}]/u.test(rest);
  return (/\p{Lu}/u.test(rest) && /\p{Ll}/u.test(rest)) || /[^\p{L}\p{N}]/u.test(rest) || !balanced(value);
}

function* find(text: string, wanted: 'password' | 'secret'): Iterable<Range> {
  const re = new RegExp(BARE.source, BARE.flags);
  let match: RegExpExecArray | null;
  while ((match = re.exec(text)) !== null) {
    const [start, rawEnd] = match.indices![3]!;
    re.lastIndex = start; // the value may itself hold `name=value`
    const value = text.slice(start, rawEnd).replace(/[,;]$/, '');
    if (!/[()[\]{}]/.test(value)) continue; // no bracket: the assignment scanner's case
    const name = match[2] ?? match[1]!;
    if (kindOfRawName(name) !== wanted) continue;
    // a key word alone names too much in code (`key:`, `signature =`, `keys =`): a key needs its kind named
    if (wanted === 'secret' && !SECRET_NAME.test(name)) continue;
    if (codeShaped(value) || looksLikePlaceholder(value) || !valueShaped(value)) continue;
    if (!acceptable(wanted, value, true, '')) continue;
    yield { start, end: start + value.length };
  }
}

export const bracketedValueRules: RedactionRule[] = [
  {
    id: 'bracketed-password',
    kind: 'password',
    level: 'secrets',
    priority: 79,
    description: 'Round 16: a bare password holding brackets after its name (`db_password=[Kx9!mQ2#]`, `PASSWORD=Rk4(mZ8)q`), when it is shaped as no code or template is',
    find: (text: string) => [...find(text, 'password')],
  },
  {
    id: 'bracketed-secret',
    kind: 'secret',
    level: 'secrets',
    priority: 77,
    description: 'Round 16: a bare key or secret holding brackets after its name (`apikey: h}o)p${e]…`), when it is random and shaped as no code is',
    find: (text: string) => [...find(text, 'secret')],
  },
];
