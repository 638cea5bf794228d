// E-mail addresses in the forms the ASCII rule (contact.ts) does not read: internationalised addresses (RFC 6531
// local parts and IDN domains in any script: `hans@müller.de`, `用户@例子.广告`, `почта@пример.рф`), RFC 5322 special
// characters inside the local part (`test|123@…`, `o'brien@…`), quoted local parts (`"john doe"@…`), underscores in
// subdomain labels (`@my_store.typepad.com`), and addresses written to dodge harvesters with the at and the dot in
// brackets, in several languages (`jan [at] firma [dot] de`, `ana (arroba) correo (punto) es`,
// `ivan [собака] mail [точка] ru`, `名前＠会社．jp`), or as capitals between spaces (`jan AT firma DOT de`), and
// addresses whose at is encoded for a URL or HTML (`mailto:jan%40firma.de`, `jan&#64;firma.de`, `jan&commat;…`).
// The lower-case bare-word form (`jan at firma dot de`) only right after a word for e-mail (round 12: `E-Mail: jan at
// firma punkt de`, `correo: ana arroba empresa punto es`): elsewhere "look at this dot com" reads the same.
// Reserved example domains are kept, as in contact.ts.
import type { Range, RedactionRule } from '../types';
import { isTld } from './email-tlds';
import { regexRule } from './regex-rule';

const RESERVED_DOMAIN = /(?:^|\.)(?:example\.(?:com|net|org)|example|test|invalid|xn--kgbechtv|xn--zckzah|例え|テスト|испытание|пример)$/iu;
/**
 * A top-level domain of the root zone (`рф`, `中国`, `day`), or a name in one non-Latin script (IDN TLDs are added
 * faster than any list follows); `jpまで` is a TLD run into the sentence after it.
 */
const tldOk = (tld: string) => isTld(tld) || (/^[\p{L}\p{M}]{2,12}$/u.test(tld) && !/\p{Script=Latin}/u.test(tld));

/**
 * Round 20: the words of a form's name fields (Firefox's form-autofill heuristics, HeuristicsRegExp.sys.mjs, from
 * Chromium's autofill regexes: given-name and family-name in English, German, Spanish, French, Italian, Portuguese,
 * Russian, Turkish), and `first`/`last`/`name`. A local part made only of them (`firstname.lastname`,
 * `vorname.nachname`, `prenom.nom`) shows an address's format; it names no one.
 */
const NAME_FIELD_WORDS = new Set([
  'first', 'last', 'name', 'firstname', 'lastname', 'fname', 'lname', 'surname', 'forename', 'givenname', 'familyname', 'given', 'family',
  'vorname', 'nachname', 'nombre', 'apellido', 'apellidos', 'prenom', 'prénom', 'nom', 'nome', 'cognome', 'sobrenome', 'apelidos',
  'имя', 'фамилия', 'isim', 'soyad', 'soyadi', 'soyadı', 'soyisim', 'initial', 'initials',
]);
export function isPlaceholderLocal(local: string): boolean {
  const words = local.toLowerCase().split(/[._+-]+|\s*(?:[[({]\s*(?:dot|punkt|punto|point|\.)\s*[\])}])\s*|\s+(?:dot|punkt|punto|point)\s+/u).filter((w) => w !== '');
  return words.length > 0 && words.every((w) => NAME_FIELD_WORDS.has(w)) && words.some((w) => w !== 'name');
}

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
    if (ascii || isPlaceholderLocal(local)) return false;
    // `?subject=x&cc=ola@firma.no` in a mailto: or a query string: parameters, then the address the ASCII rule reads
    if (/[?&=]/.test(local) && !local.startsWith('"')) return false;
    if (/[.．]$/.test(local) || local.startsWith('.') || /\.\./.test(local.replace(/^".*"$/, ''))) return false;
    return domainOk(domain);
  },
});

/** The at and the dot written in brackets, in several languages. */
// round 15: Norwegian, Greek, Hebrew, Ukrainian, Korean and Chinese names of the at sign, and the dot of Turkish,
// Slovak, Ukrainian, Greek, Hebrew, Korean and Chinese
const AT_WORDS =
  'at|ät|arroba|chez|arobase|chiocciola|apenstaartje|собака|собачка|эт|kukac|malpa|małpa|snabel-a|zavináč|アット|アットマーク' +
  '|krøllalfa|παπάκι|שטרודל|равлик|골뱅이|艾特';
const DOT_WORDS = 'dot|punkt|punto|point|punt|точка|pont|kropka|tečka|piste|ドット|nokta|bodka|крапка|τελεία|נקודה|점|点';
const OPEN = '[\\[(<{]';
const CLOSE = '[\\])>}]';
const PART = `[${LOCAL_CHAR}](?:[${LOCAL_CHAR}_+-]|\\.(?=[${LOCAL_CHAR}])){0,63}`;
/** `AT`, `DOT` between spaces, written in capitals so they stand out from the words around them. */
const BARE = (words: string) => `(?<= )(?:${words})(?= )`;
const capitalsOnly = (word: string) => word === word.toUpperCase() && word !== word.toLowerCase();
/** The word for e-mail in ~25 languages (round 15: or for contact), then a colon, dash or `is`/`an`/`à`/`a`
 *  (`E-Mail an`, `mon courriel est`). */
const MAIL_WORDS =
  'e-?mail|mail|mejl|correo(?: electrónico)?|courriel|posta elettronica|e-?posta|sähköposti|poczta|e-?pošta|epost|почта|е-?мейл|' +
  'メール|邮箱|郵箱|邮件|電郵|이메일|메일|ईमेल|البريد(?: الإلكتروني)?|ایمیل|אימייל|ইমেইল|อีเมล|email-?adres(?:se)?|' +
  // round 15: a contact label, where people leave the address written out (`Kontakt: anna at firma dot pl`)
  'contact|kontakt|contacto|contato|contatto|iletişim|контакт(?:ы)?|連絡先|联系方式';
const MAIL_LABEL = new RegExp(`(?:${MAIL_WORDS})(?:(?:[ \t]+\\p{L}{1,6})?[ \t]*[:：=–—-][ \t]*|[ \t]+(?:is|ist|est|es|é|è|an|à|a|to|at)[ \t]+|[ \t]+)$`, 'iu');
const obfuscatedEmail = regexRule({
  id: 'email-obfuscated',
  kind: 'email',
  level: 'standard',
  priority: 59,
  description: 'E-mail address with the at and the dot written in brackets (`[at]`, `(arroba)`, `{chez}`, `[собака]`, `(dot)`, `[.]`), in several languages',
  pattern: new RegExp(
    `(?<![${LOCAL_CHAR}._+-])${PART} ?(?:${OPEN} ?(?:${AT_WORDS}|@) ?${CLOSE}|@|${BARE(AT_WORDS)}) ?(?:${PART} ?(?:${OPEN} ?(?:${DOT_WORDS}|\\.) ?${CLOSE}|\\.|${BARE(DOT_WORDS)}) ?){1,6}[${LOCAL_CHAR}]{2,24}(?![${LOCAL_CHAR}])`,
    'giu',
  ),
  accept: (value, match, text) => {
    // a bare at or dot word only in capitals (`jan AT firma DOT de`), never `look at this dot com`, unless a word for
    // e-mail labels it just before (`E-Mail: jan at firma dot de`)
    const bare = [...value.matchAll(new RegExp(BARE(`${AT_WORDS}|${DOT_WORDS}`), 'giu'))].map((m) => m[0]);
    const labelled = MAIL_LABEL.test(text.slice(Math.max(0, match.index - 30), match.index));
    if (!labelled && !bare.every(capitalsOnly)) return false;
    // and set apart from the parts by their case: `ME AT HOME DOT COM` is shouting
    if (!labelled && bare.length > 0 && value.replace(new RegExp(BARE(`${AT_WORDS}|${DOT_WORDS}`), 'giu'), '') === value.toUpperCase().replace(new RegExp(BARE(`${AT_WORDS}|${DOT_WORDS}`), 'giu'), '')) return false;
    // at least one bracketed or bare word: a plain address is the other rules' match
    if (bare.length === 0 && !new RegExp(`${OPEN} ?(?:${AT_WORDS}|${DOT_WORDS}|@|\\.) ?${CLOSE}`, 'iu').test(value)) return false;
    const dot = ` ?(?:${OPEN} ?(?:${DOT_WORDS}|\\.) ?${CLOSE}|${BARE(DOT_WORDS)}) ?`;
    const parts = value.split(new RegExp(` ?(?:${OPEN} ?(?:${DOT_WORDS}|\\.) ?${CLOSE}|\\.|${BARE(DOT_WORDS)}) ?`, 'iu'));
    const tld = parts[parts.length - 1]!;
    if (!tldOk(tld)) return false;
    const [local, domain = ''] = value.split(new RegExp(` ?(?:${OPEN} ?(?:${AT_WORDS}|@) ?${CLOSE}|@|${BARE(AT_WORDS)}) ?`, 'iu'));
    if (isPlaceholderLocal(local ?? '')) return false;
    return domainOk(domain.replace(new RegExp(dot, 'giu'), '.'));
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

/** The at sign encoded for a URL or for HTML. */
const ENCODED_AT = '(?:%40|&#0*64;|&#[xX]0*40;|&commat;)';
const encodedEmail = regexRule({
  id: 'email-encoded',
  kind: 'email',
  level: 'standard',
  priority: 59,
  description: 'E-mail address whose at sign is encoded for a URL or HTML (`mailto:jan%40firma.de`, `jan&#64;firma.de`)',
  pattern: new RegExp(
    `(?<![${LOCAL_CHAR}._%+-])[${LOCAL_CHAR}](?:[${LOCAL_CHAR}._+-]|%2[bB]){0,63}${ENCODED_AT}(?:${LABEL}\\.){1,8}[${LOCAL_CHAR}]{2,24}(?![${LOCAL_CHAR}-]|\\.[${LOCAL_CHAR}])`,
    'gu',
  ),
  accept: (value) => domainOk(value.replace(new RegExp(`^.*${ENCODED_AT}`), '')),
});

/** Bracketed at and dot words in any case, and the capital bare ones (`AT`, `DOT`) without the case flag. */
const caseless = (words: string) => words.replace(/\p{L}/gu, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`);
const OBFUSCATION_ANCHOR = new RegExp(
  `${OPEN} ?(?:${caseless(AT_WORDS)}|${caseless(DOT_WORDS)}|@|\\.) ?${CLOSE}| (?:${AT_WORDS.toUpperCase()}) |(?:${caseless(MAIL_WORDS)})[ \t]*[:：=–—-]?[ \t]`,
  'u',
);

export const emailFormRules: RedactionRule[] = [
  around(internationalEmail, /[@＠]/, 70, 300),
  around(obfuscatedEmail, OBFUSCATION_ANCHOR, 200, 300),
  around(encodedEmail, new RegExp(ENCODED_AT), 70, 300),
];
