// Is a token next to a password word the password? Judged by its shape alone, in any language: a chosen password is
// not a word of the sentence's language (the letter-bigram model of ~70 languages in token-randomness.ts says how
// word-like its letters are) and mixes classes (letters of any script with digits or symbols), or it is a passphrase
// of three or more words joined by separators, or machine-random. What else stands near a password word — numbers,
// dates, versions, sizes, hosts, e-mail addresses, paths, file names, flags, code, acronyms with a number
// (`SHA-256`, `OAuth2`, `Argon2id`) — is turned away by shape too.
import { looksLikePlaceholder } from '../checks';
import { identifierLike, PATH_WORDS } from './assignment-values';
import { NOT_A_PASSWORD } from './secrets';
import { looksMachineRandom, wordScore } from './token-randomness';
import { chosenEqualsValue } from './password-equals-value';

const TLD = /\.(?:com|org|net|io|dev|app|co|uk|de|fr|ru|cn|jp|local|lan|internal|corp|edu|gov|info|biz|me|us|eu|ai|cloud|home|intra)$/i;

/** Letters (any script), digits and symbols of a token. */
function counts(value: string): { letters: number; upper: number; lower: number; digits: number; symbols: number; strongSymbols: number } {
  let letters = 0;
  let upper = 0;
  let lower = 0;
  let digits = 0;
  let symbols = 0;
  let strongSymbols = 0;
  for (const ch of value) {
    // ASCII by its code (most tokens are ASCII; a Unicode property test per character was this rule's largest cost)
    const code = ch.charCodeAt(0);
    if (code < 128) {
      if (code >= 65 && code <= 90) {
        letters++;
        upper++;
      } else if (code >= 97 && code <= 122) {
        letters++;
        lower++;
      } else if (code >= 48 && code <= 57) digits++;
      else {
        symbols++;
        if (code !== 46 && code !== 95 && code !== 45) strongSymbols++;
      }
      continue;
    }
    if (/\p{L}/u.test(ch)) {
      letters++;
      if (/\p{Lu}/u.test(ch)) upper++;
      else if (/\p{Ll}/u.test(ch)) lower++;
    } else if (/\p{N}/u.test(ch)) digits++;
    else {
      symbols++;
      if (!/[._-]/.test(ch)) strongSymbols++;
    }
  }
  return { letters, upper, lower, digits, symbols, strongSymbols };
}

/** `correct-horse-battery`, `kastanje.słonecznik.kirsche.17`: three or more words joined by one separator (not `_`,
 *  which joins the words of identifiers). */
export function passphraseToken(value: string): boolean {
  const m = /^\p{L}{2,}(?:([-.+_])\p{L}{2,})((?:\1\p{L}{2,}){0,6})(\1?\d{1,4})?[!?#$%&*@^]{0,2}$/u.exec(value);
  if (!m) return false;
  // round 10: two words count with a number after them (`mèo.manzana.98`, `Sakura_Manzana8`); `_` joins the words
  // of identifiers, so there every word must be capitalised as a person writes them
  if (m[2] === '' && !m[3]) return false;
  if (m[1] === '_' && !value.split('_').every((part) => /^\p{Lu}/u.test(part) || /^\d/.test(part))) return false;
  if (TLD.test(value) && !/\d$/.test(value)) return false; // a host name (`mail.example.com`)
  return !value.split(/[-.+]/).some((part) => PATH_WORDS.test(part) || /^(?:pass\w*|secrets?|tokens?|keys?|www|com|org|net|json|yaml|txt)$/i.test(part));
}

/** Round 17: two to seven words of two letters or more joined by separators, maybe a number and a symbol after them,
 *  where the separators are not all the same and one is `!`, `*`, `#`, `&`, `%`, `^`, `~` or `?` (not `+`, which tags
 *  e-mail addresses, nor `.`/`-`/`_`, which join the words of names). Bounded: at most seven words of 32 letters. */
const MIXED_JOIN = /^\p{L}{2,32}(?:[-.+*!#&%^~?_]\p{L}{2,32}){1,6}(?:[-.+*!#&%^~?_]?\d{1,4})?[!?#$%&*@^]{0,2}$/u;
export function mixedJoinedWords(value: string): boolean {
  if (!MIXED_JOIN.test(value)) return false;
  const joins = value.replace(/[!?#$%&*@^]{1,2}$/, '').match(/[-.+*!#&%^~?_](?=[\p{L}\d])/gu) ?? [];
  return new Set(joins).size >= 2 && joins.some((j) => /[*!#&%^~?]/.test(j));
}

/** `length=12`, `user=admin`: a name given a value, not a value; one holding `=` more than once after a short head is
 *  no assignment (`GP=tfRCRS=bs45`). */
export function assignmentToken(value: string): boolean {
  return /^[\p{L}\p{N}_-]{2,}=[^=]/u.test(value) && (/^[\p{L}\p{N}_-]{3,}=/u.test(value) || !/=.*=/.test(value));
}

/** How often the case changes from one letter to the next (`NgJDDFGumdjVCZ`: 4). */
function caseSwitches(value: string): number {
  let switches = 0;
  for (let i = 1; i < value.length; i++) {
    const a = value[i - 1]!;
    const b = value[i]!;
    if ((a !== a.toLowerCase()) !== (b !== b.toLowerCase())) switches++;
  }
  return switches;
}

/** Letters of the token in word-like pieces (Latin script only; other scripts count as words). */
function lettersReadAsWord(value: string, share = 1): boolean {
  const pieces = value.split(/[^\p{L}]+/u).filter((p) => p.length >= 3);
  if (pieces.length === 0) return false;
  const words = pieces.filter((p) => !/^[a-z]+$/i.test(p) || wordScore(p.toLowerCase()) >= 0).length;
  return words >= pieces.length * share;
}

/**
 * A YAML tag standing for a value (`password: !vault |`, or a word negated in code: round 13); round 22: one of words
 * joined by `_` or `-` (`!env_var`, Home Assistant's `!include_dir_named`, `!Ref`, `!GetAtt`), `!!` a standard tag
 * (`!!binary`).
 */
export const yamlTag = (value: string) => /^!{1,2}\p{L}+(?:[_-]\p{L}+)*$/u.test(value);

/** Round 21: a word's inflection after a colon, as Swedish and Finnish attach it to abbreviations and loans (`wifi:t`,
 *  `NAS:en`, `SMS:et`, `USB:n`, `PDF:ää`), or after a hyphen on an acronym, as Norwegian and Danish write it (`NAS-en`,
 *  `PC-en`, `SMS-et`): one to three small letters — a word of the sentence, not a password. */
export const inflectedAbbreviation = (value: string): boolean => /^[\p{L}\p{N}-]{2,16}:\p{Ll}{1,3}$|^\p{Lu}{2,6}\d?-\p{Ll}{1,3}$/u.test(value);

/**
 * `next`: the first token after a password word and its separator (`Пароль — Café33`), where a word with a number
 * counts too; `after`: a later token of its sentence; `before`: a token before one (`X is the password`), where only
 * a shape beyond doubt counts (three classes, or letters, digits and a symbol, or machine-random).
 */
export function passwordTokenShape(value: string, place: 'next' | 'after' | 'before'): boolean {
  if (value.length < 6 || value.length > 64) return false;
  // A short word in one case (`passwort`, `ADMIN`): no passphrase (no separator), two classes short, and below the
  // length from which the randomness model reads single-case letters as machine-made (24): the common case, cut early.
  if (value.length < 20 && /^(?:[a-z]+|[A-Z]+)$/.test(value)) return false;
  if (looksLikePlaceholder(value) || NOT_A_PASSWORD.has(value.toLowerCase())) return false;
  if (/^[$%&@#<\\/~-]|:\/\/|\\|^\p{L}[\p{L}\p{N}._-]*@[\p{L}\p{N}-]+\./u.test(value)) return false; // variables, flags, URLs, paths, e-mail
  if (/^[\p{L}\p{N}._%-]{1,64}['"`]@['"`]/u.test(value)) return false; // round 19: a SQL account (`'p.kowalczyk'@'localhost'`)
  // round 20: a named argument (VBA `DrawingObjects:=True`, `Password:=…` itself is the name) is code
  if (/^[\p{L}_][\p{L}\p{N}_]*:=/u.test(value)) return false;
  if (yamlTag(value)) return false;
  // `name=value`, code; round 16: after the word, not a pair as settings write them (`Cluj=Tartu8`, password-equals-value.ts)
  if ((assignmentToken(value) && !(place !== 'before' && chosenEqualsValue(value))) || /[(){}[\]]/.test(value)) return false;
  if (/^(?:pass(?:word|wort|wd)?|pwd)[\d_-]/i.test(value) && !/\d{3}/.test(value)) return false; // `password-stdin`, `pwd_file`
  if (/^pin[_-]/i.test(value)) return false; // round 17: a name after a PIN word (`HPKP pin-sha256`, `pin_code`)
  if (/^v?\d+(?:[.,:/-]\d+)+\p{L}{0,3}$/u.test(value)) return false; // versions, dates, times, sizes (`2024-01-05`, `3.2.1`)
  // `1024MB`, `EUR100`, `x86`; right after the word a capitalised word with a year or PIN is the password (`Kuu1502`)
  if (/^\d+(?:[.,]\d+)?\p{L}{1,3}$/u.test(value) || (/^\p{L}{1,3}\d{1,5}$/u.test(value) && !(place === 'next' && /^\p{Lu}\p{Ll}{2}\d{3,5}$/u.test(value)))) return false;
  if (/^[A-Z]{1,6}[-#]?\d{1,4}[a-z]{0,2}$|^[A-Za-z][a-z]{1,10}\d$/.test(value)) return false; // `SHA-256`, `AES256`, `Python3`
  if (/\.[a-z]{2,4}$/.test(value) && /^[\p{L}\p{N}_-]+\.[a-z]{2,4}$/u.test(value)) return false; // a file name (`payroll.zip`)
  if (TLD.test(value) && /^[a-z0-9.-]+$/.test(value) && !/\d$/.test(value)) return false; // a host name
  if (/^\d[\d\s.,/-]*$/.test(value)) return false;
  if (/::|^[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}$/i.test(value)) return false; // IPv6, `Class::CONSTANT`
  // code with quotes inside, `secret/db`; round 12: but a word with a number over a number is a password with a date
  // in it (`TemboNuuk3/27`, `Moana8/1`), which no path or key name looks like
  if (/.["`]|^[\p{L}\p{N}_-]+(?:\/[\p{L}\p{N}_-]+)+$/u.test(value) && !/^\p{L}{3,}\d{1,4}\/\d{1,4}$/u.test(value)) return false;
  if (/^\p{L}+[!?¡¿]+$|^\p{L}+['’]\p{L}+$/u.test(value)) return false; // a word exclaimed, an elision (`dell'account`)
  if (inflectedAbbreviation(value)) return false;
  if (passphraseToken(value)) return true;
  const c = counts(value);
  if (c.letters < 2) return false;
  // round 17: words joined by two different separators, one of them a symbol that identifiers, lists, hosts and
  // e-mail addresses never join words with (`lavender!sahara-paella`, `falcon+pierogi*paella`, `waffles*danube!10`)
  if (mixedJoinedWords(value)) return true;
  // words joined into an identifier or a list (`Keywords_cannot_contain_1260`, `Samoa~Arizona~Arkansas`)
  const pieces = value.split(/[^\p{L}]+/u).filter((p) => p.length >= 2);
  if (pieces.length >= 3 && lettersReadAsWord(value, 0.75)) return false;
  if (looksMachineRandom(value, 'keyed')) return true;
  const classes = (c.upper > 0 ? 1 : 0) + (c.lower > 0 ? 1 : 0) + (c.digits > 0 ? 1 : 0) + (c.symbols > 0 ? 1 : 0);
  // code: member paths, calls, camelCase identifiers without digits
  if (/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/.test(value) && c.digits === 0) return false;
  // round 23: right after the word, letters alone in a case mix no naming style writes — four or more switches of case
  // that are no camel humps (`NgJDDFGumdjVCZ`, as letter-only generators draw them; `WordPress`, `PostgreSQL`,
  // `McDonald` switch three times or fewer)
  if (place === 'next' && /^\p{L}{10,64}$/u.test(value) && caseSwitches(value) >= 4 && !identifierLike(value) && !lettersReadAsWord(value)) return true;
  if (place === 'before') return (c.upper > 0 && c.lower > 0 && c.digits > 0 && value.length >= 8) || (c.strongSymbols > 0 && c.digits > 0);
  if (classes < 2 || (c.digits === 0 && c.symbols === 0)) return false;
  // round 13: two words joined by a year or PIN (`darkhan97riga`, `tirana45mdina`): chosen, since names of things put
  // no number of two to four digits between words of four letters or more (`base64encoded` is an encoding's name)
  if (/^\p{L}{4,}\d{2,4}\p{L}{4,}$/u.test(value) && !/^base\d|(?:en|de)cod/i.test(value)) return true;
  // round 18: two or three capitalised words glued to a two-digit number (`HarbourNebula21`, `SaffronMatrix73`), as
  // people and password generators join words; names of things glue one word to a number (`Windows10`, `Python3`)
  // or write an acronym in capitals (`PostgreSQL15`, `NodeJS20`)
  if (/^(?:\p{Lu}\p{Ll}{2,11}){2,3}\d{2}$/u.test(value)) return true;
  // a word with a number (`Windows10`, `1Password`, `user2`, `Python3`): names of things, not chosen passwords
  // (round 20: not a lower-case word, a number and capitals after it — `osaka41O` — a case mix no name is written in)
  if (place !== 'next' && c.symbols === 0 && c.digits <= 2 && lettersReadAsWord(value) && !/^\p{Ll}{3,}\d{1,4}\p{Lu}{1,3}$/u.test(value)) return false;
  // round 20: letters in a case mix no naming style explains — a capital after a small letter, outside camel humps —
  // joined by `_`, `-` or `.` (`wyyd_s_eTUhW`, not `Content-Type`, `Büro-Router` or `XMLHttpRequest_v2`)
  if (c.upper > 0 && c.lower > 0 && value.length >= 8 && /[_.-]/.test(value) && value.split(/[_.-]+/).some((p) => p.length >= 3 && /\p{Ll}\p{Lu}/u.test(p) && !identifierLike(p))) return true;
  // letters with a symbol that is not a separator (`Sakura0402^`, `I=JKvO-18jLq9pSC`)
  if (c.strongSymbols > 0) return true;
  // letters and digits: a year or PIN after a word (`Mishka2024`, `pingouin_5163`), or letters that are no word
  if (c.digits >= 3) return true;
  if (c.upper > 0 && c.lower > 0 && c.digits >= 2) return true;
  return c.digits > 0 && !lettersReadAsWord(value) && value.length >= 8;
}
