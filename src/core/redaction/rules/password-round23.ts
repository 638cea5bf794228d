// Round 23: passwords that the prose model (password-context.ts) cannot judge by their shape, because the text around
// them says plainly that they are passwords:
// - a confirmation line: a form's "New password: X" over "Repeat new password: X" — the same token twice, the second
//   under a repeat or confirm word. The repetition, not the token's look, makes it the password, so letters-only
//   values that read as no word (`SFTTLNSAXPTBUM`) count there; a form's spec written the same way (`required`,
//   `string`, `8-64`) does not. The repeat words are those of authelia's reset form in its 59
//   locales (authelia/authelia@2357203, `internal/server/locales/*/portal.json`, "Repeat new password") and the usual
//   "confirm"/"retype"/"again" of other apps' forms, in the same languages.
// - a tool that prints a password it generated or reset: Elasticsearch's `elasticsearch-reset-password` (`Password for
//   the [elastic] user successfully reset.` then `New value: X`), MySQL's first start (`A temporary password is
//   generated for root@localhost: X`), a line announcing a password and ending in a colon with the value alone on a
//   later line (Jenkins' `Please use the following password to proceed to installation:`), and a shell command about
//   a password (`argocd admin initial-password`, `… -o jsonpath="{.data.password}" | base64 -d`) whose output is one
//   token on the next line.
// - a YAML tag that keeps the value literal (Ansible's `!unsafe`, YAML's own `!!str`) between a password key and
//   its value: round 22 read a tag standing alone as no value (`!env_var X`, `!vault |`); these two wrap the value.
// Every pattern is anchored on a line start or a fixed phrase and bounded.
import type { Range, RedactionRule } from '../types';
import { looksLikePlaceholder } from '../checks';
import { holdsPasswordWord } from './password-context';
import { passwordTokenShape } from './password-shape';
import { plausiblePassword } from './secrets';
import { looksMachineRandom, wordScore } from './token-randomness';

/** Repeat and confirm words of password forms (authelia's "Repeat new password" in its locales, and "confirm",
 *  "retype", "again" as other forms write them). Matched case-insensitively anywhere in the second label. */
const REPEAT_WORDS = new RegExp(
  [
    // authelia's locales, as written there
    'repeat', 'repit', 'herhaal', 'تكرار', 'повтор', 'opakova', 'ailadrodd', 'gentag', 'wiederhol', 'επανάληψη', 'repet', 'korrake', 'errepikatu',
    'toista', 'ulitin', 'répéter', 'athraigh', 'दोहरा', 'दोहोर्या', 'ponovi', 'ponovo', 'megism[ée]tl', 'ulang', 'ripeti', '再入力', '반복', 'pakartot',
    'atk[āa]rtot', 'irridni', 'gjenta', 'powt[óo]rz', 'ku celi', 'phinda', 'uprepa', 'upprepa', 'rudia', 'மீண்டும்', 'อีกครั้ง', 'tekrar', 't[āa]rapu',
    'nh[ậa]p l[ạa]i', 'ריפּיט', '再次', '重複', '重复',
    // confirm, retype, again
    'confirm', 'best[äa]tig', 'bevestig', 'bekr[äæ]ft', 'bekreft', 'vahvista', 'potwierd', 'potvr[dď]', 'подтверд', 'підтверд', '確認', '确认', '확인',
    'onayla', 'x[áa]c nh[ậa]n', 'konfirmasi', 'sahkan', 'conferma', 'confirma', 'retype', 're-?enter', 'again', 'erneut', 'nochmal', 'encore',
    'de nuevo', 'otra vez', 'novamente', 'ещё раз', 'еще раз', 'ще раз', 'uudelleen', 'igen', 'znovu', 'ponownie', 'opnieuw', 'igjen',
  ].join('|'),
  'iu',
);
/** Somali writes "new password" as "new word" in authelia's catalogue (`Eray cusub`, `Ku celi erayga cusub`), and
 *  Sundanese's `sandi` is a code or a cipher as often; only in a confirmation pair is either a password's label. */
const LABEL_WORD_EXTRA = /(?<![\p{L}])(?:eray(?:ga)?|sandi)(?![\p{L}])/iu;

/** `Label: value` over `Label again: value` (the same value), each label short and on its own line. */
const CONFIRMATION_PAIR = /^[ \t]{0,8}([^\n:：]{2,60}?)[ \t]*[:：][ \t]*(\S{4,64})[ \t]*\r?\n[ \t]{0,8}([^\n:：]{2,60}?)[ \t]*[:：][ \t]*(\S{4,64})[ \t]*$/dgmu;

/**
 * A value given twice under a password label and its repeat label, as a person fills a form — not a form's spec
 * written the same way (`Password: required` / `Confirm password: required`, `password: string`, `z.string().min(8)`,
 * `8-64`). Letters alone count only when they read as no word (the bigram model of token-randomness.ts: a drawn
 * `SFTTLNSAXPTBUM`, not `required`, `Pflichtfeld` or `obligatorio`; letters of other scripts count as words, as in
 * password-shape.ts); code, ranges, versions, type names, e-mail addresses, URLs and paths are no password.
 */
function confirmedValue(value: string): boolean {
  if (!plausiblePassword(value) || looksLikePlaceholder(value)) return false;
  if (/@|:\/\/|^[/~\\]|^\$|[()[\]{}<>]|^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/.test(value)) return false;
  if (/^v?\d+(?:[.,:/–-]\d+)+\p{L}{0,3}$/u.test(value)) return false;
  if (/^(?:u?int|float|double|decimal|uuid|char|varchar|string|bytes?|bool(?:ean)?)\d{0,3}$/i.test(value)) return false;
  if (/^\p{L}+$/u.test(value)) return /^[A-Za-z]+$/.test(value) && wordScore(value.toLowerCase()) < 0;
  return true;
}

function* confirmationPairs(text: string): Iterable<Range> {
  // cheap gate: a repeat or confirm word somewhere
  if (!REPEAT_WORDS.test(text)) return;
  const re = new RegExp(CONFIRMATION_PAIR.source, CONFIRMATION_PAIR.flags);
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const [, first, value, second, again] = m as unknown as [string, string, string, string, string];
    // the second line may be the first of the next pair: step back to it
    re.lastIndex = m.index + m[0].indexOf('\n') + 1;
    if (value !== again || !REPEAT_WORDS.test(second)) continue;
    const labelled = holdsPasswordWord(first) || holdsPasswordWord(second) || LABEL_WORD_EXTRA.test(second);
    if (!labelled || !confirmedValue(value)) continue;
    const [firstAt, firstEnd] = m.indices![2]!;
    const [secondAt, secondEnd] = m.indices![4]!;
    yield { start: firstAt, end: firstEnd };
    yield { start: secondAt, end: secondEnd };
  }
}

/** The value a tool printed is judged loosely (the tool says it is a password), but not a word of the sentence. */
const printedValue = (value: string): boolean =>
  plausiblePassword(value) && value.length >= 6 && value.length <= 128 && (passwordTokenShape(value, 'next') || looksMachineRandom(value, 'keyed'));

/** Elasticsearch: `Password for the [elastic] user successfully reset.` (or `changed`, `generated`) then `New value: X`. */
const NEW_VALUE = /^[ \t]{0,8}New value[ \t]*:[ \t]*(\S{4,128})[ \t]*$/gim;
const RESET_LINE = /password[^\n]{0,120}\b(?:reset|changed|generated|updated|created)\b/i;
/** MySQL's first start: `A temporary password is generated for root@localhost: X`. */
const TEMPORARY = /\btemporary password is generated for [^\s:]{1,100}:[ \t]+(\S{4,128})/gi;
/** A line that announces a password and ends in a colon, then the value alone on a line after at most one blank
 *  line (Jenkins: `Please use the following password to proceed to installation:`). */
const ANNOUNCED = /^[^\n]{0,160}[ \t]password\b[^\n:]{0,100}:[ \t]*\r?\n(?:[ \t]*\r?\n)?[ \t]{0,8}(\S{6,128})[ \t]*(?:\r?\n|$)/gim;
/** A shell command about a password (a prompt, then a command line naming one), its output one token on the next line. */
const COMMAND = /^[ \t]*[$#%>][ \t]+[^\n]{0,200}?(?:password|passwd)[^\n]{0,200}\r?\n[ \t]{0,4}(\S{6,128})[ \t]*(?:\r?\n|$)/gim;

function* printedPasswords(text: string): Iterable<Range> {
  const at = (m: RegExpExecArray): Range => {
    const start = m.index + m[0].lastIndexOf(m[1]!);
    return { start, end: start + m[1]!.length };
  };
  for (const m of text.matchAll(NEW_VALUE)) {
    const lineStart = text.lastIndexOf('\n', m.index - 2);
    const previous = text.slice(lineStart + 1, m.index);
    if (RESET_LINE.test(previous) && printedValue(m[1]!)) yield at(m);
  }
  for (const m of text.matchAll(TEMPORARY)) if (printedValue(m[1]!)) yield at(m);
  // a lone line holding `:` or `=` is a record or a setting (`host:5432:db:user:pw` of a .pgpass, `KEY=value`), whose
  // own rules take its secret part
  for (const m of text.matchAll(ANNOUNCED)) if (printedValue(m[1]!) && !/[:=]/.test(m[1]!)) yield at(m);
  for (const m of text.matchAll(COMMAND)) if (printedValue(m[1]!) && !/[:=]/.test(m[1]!)) yield at(m);
}

/** `vcenter_password: !unsafe 'X'`, `db_pass: !!str X`: the tag keeps the value literal; the value is after it. */
const TAGGED = /(?<![\p{L}\p{N}_.-])([\p{L}_][\p{L}\p{N}_.-]{0,60})[ \t]*:[ \t]+!(?:unsafe|!str)[ \t]+(["']?)([^\s"'#]{1,128})\2(?=[ \t]*(?:#|\r?\n|$))/gu;
function* taggedValues(text: string): Iterable<Range> {
  if (!text.includes('!unsafe') && !text.includes('!!str')) return;
  for (const m of text.matchAll(TAGGED)) {
    const key = m[1]!;
    if (!/pass|pwd|secret/i.test(key) && !holdsPasswordWord(key.replace(/[_.-]+/g, ' '))) continue;
    if (!plausiblePassword(m[3]!)) continue;
    const start = m.index + m[0].length - m[2]!.length - m[3]!.length;
    yield { start, end: start + m[3]!.length };
  }
}

export const passwordRound23Rules: RedactionRule[] = [
  {
    id: 'password-confirmation-pair',
    kind: 'password',
    level: 'secrets',
    priority: 80,
    description: 'Round 23: the same value after a password label and after its repeat/confirm label on the next line (`New password: X` / `Repeat new password: X`), in the languages of authelia\'s locales',
    find: (text: string) => [...confirmationPairs(text)],
  },
  {
    id: 'tool-printed-password',
    kind: 'password',
    level: 'secrets',
    priority: 80,
    description: 'Round 23: a password a tool printed — Elasticsearch `New value: X` after a reset line, MySQL\'s temporary password, a value alone under a line announcing a password, the output of a password command',
    find: (text: string) => [...printedPasswords(text)],
  },
  {
    id: 'yaml-literal-password',
    kind: 'password',
    level: 'secrets',
    priority: 80,
    description: 'Round 23: a password key\'s value behind Ansible\'s `!unsafe` or YAML\'s `!!str` tag',
    find: (text: string) => [...taggedValues(text)],
  },
];
