// E-mail addresses in the forms the ASCII rule (contact.ts) does not read: internationalised addresses (RFC 6531
// local parts and IDN domains in any script: `hans@müller.de`, `用户@例子.广告`, `почта@пример.рф`), RFC 5322 special
// characters inside the local part (`test|123@…`, `o'brien@…`), quoted local parts (`"john doe"@…`), underscores in
// subdomain labels (`@my_store.typepad.com`), and addresses written to dodge harvesters with the at and the dot in
// brackets, in several languages (`jan [at] firma [dot] de`, `ana (arroba) correo (punto) es`,
// `ivan [собака] mail [точка] ru`, `名前＠会社．jp`). The bare-word form (`jan at firma dot de`) is left out: "look at
// this dot com" reads the same. Reserved example domains are kept, as in contact.ts.
import type { Range, RedactionRule } from '../types';
import { regexRule } from './regex-rule';

const RESERVED_DOMAIN = /(?:^|\.)(?:example\.(?:com|net|org)|example|test|invalid|xn--kgbechtv|xn--zckzah|例え|テスト|испытание|пример)$/iu;
const ASCII_TLD = /^(?:[a-z]{2}|com|net|org|edu|gov|mil|int|info|biz|name|pro|io|ai|app|dev|co|me|tv|xyz|online|site|tech|store|cloud|email|mail|shop|eu|asia|xn--[a-z0-9-]{2,20})$/i;
/** A top-level domain: a known ASCII one, or a name of a non-Latin script (`рф`, `中国`, `公司`, `भारत`); */
// one script: `jpまで` is a TLD run into the Japanese sentence after it, not a TLD
const tldOk = (tld: string) => ASCII_TLD.test(tld) || (/^[\p{L}\p{M}]{2,12}$/u.test(tld) && !/\p{Script=Latin}/u.test(tld));

const LOCAL_CHAR = "\\p{L}\\p{M}\\p{Nd}";
const ATEXT = "!#$%&'*+/=?^_`{|}~.-";
const LABEL = `[${LOCAL_CHAR}](?:[${LOCAL_CHAR}_-]{0,61}[${LOCAL_CHAR}])?`;

function domainOk(domain: string): boolean {
  const d = domain.toLowerCase().replace(/[．。]/g, '.');
  if (RESERVED_DOMAIN.test(d)) return false;
  return tldOk(d.slice(d.lastIndexOf('.') + 1));
}

const internationalEmail = regexRule({
  id: 'email-international',
  kind: 'email',
  level: 'standard',
  priority: 59,
  description: 'E-mail address with non-ASCII letters (RFC 6531 local part, IDN domain), RFC 5322 specials or a quoted local part',
  pattern: new RegExp(
    // a quote before an unquoted address opens a string (`["伊昭傑@郵件.商務"]`, `user.email "jeff葉@…"`)
    `(?<![${LOCAL_CHAR}._%+\\-])(?:"[^"\\n\\\\]{1,64}"|[${LOCAL_CHAR}](?:[${LOCAL_CHAR}${ATEXT.replace(/[-\\^\]/]/g, '\\$&')}]{0,63}))[@＠](?:${LABEL}[.．]){1,8}[${LOCAL_CHAR}]{2,24}(?![${LOCAL_CHAR}-]|[.．][${LOCAL_CHAR}])`,
    'gu',
  ),
  accept: (value) => {
    const at = Math.max(value.lastIndexOf('@'), value.lastIndexOf('＠'));
    const local = value.slice(0, at);
    const domain = value.slice(at + 1);
    // only what the ASCII rule cannot read: anything else is already its match
    const ascii = /^[A-Za-z0-9._%+-]+$/.test(local) && /^[A-Za-z0-9.-]+$/.test(domain) && value[at] === '@';
    if (ascii) return false;
    if (/[.．]$/.test(local) || local.startsWith('.') || /\.\./.test(local.replace(/^".*"$/, ''))) return false;
    return domainOk(domain);
  },
});

/** The at and the dot written in brackets, in several languages. */
const AT_WORDS = 'at|ät|arroba|chez|arobase|chiocciola|apenstaartje|собака|собачка|эт|kukac|malpa|małpa|snabel-a|zavináč|アット|アットマーク';
const DOT_WORDS = 'dot|punkt|punto|point|punt|точка|pont|kropka|tečka|piste|ドット';
const OPEN = '[\\[(<{]';
const CLOSE = '[\\])>}]';
const PART = `[${LOCAL_CHAR}](?:[${LOCAL_CHAR}_+-]|\\.(?=[${LOCAL_CHAR}])){0,63}`;
const obfuscatedEmail = regexRule({
  id: 'email-obfuscated',
  kind: 'email',
  level: 'standard',
  priority: 59,
  description: 'E-mail address with the at and the dot written in brackets (`[at]`, `(arroba)`, `{chez}`, `[собака]`, `(dot)`, `[.]`), in several languages',
  pattern: new RegExp(
    `(?<![${LOCAL_CHAR}._+-])${PART} ?(?:${OPEN} ?(?:${AT_WORDS}|@) ?${CLOSE}|@) ?(?:${PART} ?(?:${OPEN} ?(?:${DOT_WORDS}|\\.) ?${CLOSE}|\\.) ?){1,6}[${LOCAL_CHAR}]{2,24}(?![${LOCAL_CHAR}])`,
    'giu',
  ),
  accept: (value) => {
    // at least one bracketed word: a plain address is the other rules' match
    if (!new RegExp(`${OPEN} ?(?:${AT_WORDS}|${DOT_WORDS}|@|\\.) ?${CLOSE}`, 'iu').test(value)) return false;
    const parts = value.split(new RegExp(` ?(?:${OPEN} ?(?:${DOT_WORDS}|\\.) ?${CLOSE}|\\.) ?`, 'iu'));
    const tld = parts[parts.length - 1]!;
    if (!tldOk(tld)) return false;
    const domain = value.split(new RegExp(` ?(?:${OPEN} ?(?:${AT_WORDS}|@) ?${CLOSE}|@) ?`, 'iu'))[1] ?? '';
    return domainOk(domain.replace(new RegExp(` ?(?:${OPEN} ?(?:${DOT_WORDS}|\\.) ?${CLOSE}) ?`, 'giu'), '.'));
  },
});

/**
 * Runs `rule` only in windows around its anchors (an `@`, a bracketed at word): a pattern that may start at any
 * letter would otherwise try every word of the text. A match must start where the whole text allows it to start.
 */
function around(rule: RedactionRule, anchor: RegExp, back: number, reach: number): RedactionRule {
  const startChar = new RegExp(`[${LOCAL_CHAR}._%+"-]`, 'u');
  return {
    ...rule,
    *find(text: string): Iterable<Range> {
      const re = new RegExp(anchor.source, anchor.flags.includes('g') ? anchor.flags : `${anchor.flags}g`);
      let done = 0;
      let m: RegExpExecArray | null = re.exec(text);
      while (m !== null) {
        // one window over every anchor closer than `reach` to the previous one, so no text is read twice
        const from = Math.max(done, m.index - back);
        let to = Math.min(text.length, m.index + reach);
        while ((m = re.exec(text)) !== null && m.index < to) to = Math.min(text.length, m.index + reach);
        for (const r of rule.find(text.slice(from, to))) {
          const start = from + r.start;
          if (start > 0 && start === from && startChar.test(text[start - 1]!)) continue;
          yield { start, end: from + r.end };
        }
        done = to;
      }
    },
  };
}

export const emailFormRules: RedactionRule[] = [
  around(internationalEmail, /[@＠]/, 70, 300),
  around(obfuscatedEmail, new RegExp(`${OPEN} ?(?:${AT_WORDS}|${DOT_WORDS}|@|\\.) ?${CLOSE}`, 'iu'), 200, 300),
];
