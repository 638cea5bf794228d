// E-mail addresses, and the phone rule (phones.ts, validated by libphonenumber's metadata).
import type { RedactionRule } from '../types';
import { emailFormRules, isPlaceholderLocal } from './email-forms';
import { isTld } from './email-tlds';
import { phoneRule } from './phones';
import { before, regexRule } from './regex-rule';

/**
 * RFC 2606/6761 documentation names: `example.com/.net/.org` (and their subdomains), `.example`, `.test`, `.invalid`.
 * No mail is ever delivered there and AI answers are full of them (`user@example.com` in code), so they are kept.
 * Not kept: `.local` and `.localhost` (RFC 6762/6761 reserve them too, but real machines send from them — git's
 * default author `john@Johns-MacBook-Pro.local`, cron's `root@host.localhost` — and the names are people's) and
 * look-alikes (`example.co.uk`, `examp1e.com`, `example.com.au` are ordinary domains).
 */
const RESERVED_DOMAIN = /(?:^|\.)(?:example\.(?:com|net|org)|example|test|invalid)$/;

/**
 * Round 21: an address whose ending is no TLD of the root zone (`rfinnie@domain.dom`, a company's internal
 * `jan@firma.intern`) is still a mailbox where the text says so: a mail header names it (`From:`, `To:`, `Cc:`,
 * `Reply-To:`, and the localised headers mail clients print when quoting a message: Outlook's and Thunderbird's `Von:`,
 * `An:`, `De :`, `Para:`, `Van:`, `Från:`, `От:`, `Кому:`, `差出人:`, `发件人:`… — written from memory, not a
 * catalogue), or a display name stands before it in angle brackets (`Ryan Finnie <rfinnie@domain.dom>`, RFC 5322's
 * name-addr form).
 */
const MAIL_HEADER = new RegExp(
  '(?:^|\\n)[ \\t>]*(?:from|to|cc|bcc|reply-to|sender|return-path|delivered-to|x-original-to|envelope-to|resent-(?:from|to|cc)|' +
    'von|an|kopie|antwort an|de|à|a|para|cc|da|van|aan|från|till|fra|til|od|do|kimden|kime|lähettäjä|vastaanottaja|feladó|címzett|' +
    'от|кому|копия|від|кому|差出人|宛先|发件人|收件人|寄件者|收件者|보낸 사람|받는 사람)[ \\t]*[:：][^\\n]{0,200}$',
  'iu',
);
/**
 * Round 23: and where the line names it a mailbox just before it — a `mailto:` link in any case (iCalendar's
 * `ORGANIZER:MAILTO:…`, vCard, `vCalAddress("mailto:…")`), a field or key for an address (`"contact": "…"`, `email =
 * "…"`, `address.email == "…"`, `author_email`, `reply_to`), or the sentence's word for writing to someone (`reachable
 * at`, `write to`, `E-Mail an`, `écrivez à`, `escribe a`), at most a few words before. Test data and man pages give
 * addresses at made-up domains (`me@you.we`, `TCP@lsof.itap`, `organizer@domain.tld`); the address is still a person's
 * or a list's. A file or package name with an at sign (`journald@NAMESPACE.conf.d`, `pkg@1.2.3`) has no such word.
 */
const MAIL_CONTEXT = new RegExp(
  '(?:mailto:|(?<![\\p{L}\\p{N}])(?:e-?mail|mail|email_?address|contact|author_?email|maintainer|reply_?to|from_?address|courriel|correo|' +
    'e-?posta|sähköposti|почта|メール|邮箱|이메일)(?![\\p{L}\\p{N}])["\'\\]]?[ \\t]*(?:==?|:|=>|,|\\()[ \\t]*["\'(<]?|' +
    '(?<![\\p{L}])(?:reachable|reached|write|writing|e-?mail(?: me| us)?|mail(?: me| us)?|contact(?: me| us)?|schreib(?:en sie)?|écrivez(?:-nous)?|escr[ií]b(?:e|enos|anos)|scrivi(?:ci)?)[ \\t]+(?:to|at|an|à|a|al)[ \\t]+)$',
  'iu',
);
function saidToBeMail(text: string, start: number, end: number): boolean {
  if (MAIL_HEADER.test(before(text, start, 220))) return true;
  // a unit or config file's name (`journald@NAMESPACE.conf`, `getty@tty1.service`) is no mailbox, whatever the key
  if (MAIL_CONTEXT.test(before(text, start, 60)) && !/\.(?:conf|service|socket|timer|target|mount|path|slice|json|ya?ml|toml|ini|cfg|txt|log|lock|d)$/i.test(text.slice(start, end))) return true;
  return text[start - 1] === '<' && text[end] === '>' && /[\p{L}\p{M}"')][ \t]?$/u.test(before(text, start - 1, 4));
}

const email = regexRule({
  id: 'email',
  kind: 'email',
  level: 'standard',
  priority: 60,
  description: 'E-mail address ending in a TLD of the root zone; reserved example domains are kept',
  pattern: /(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,8}[A-Za-z]{2,24}(?![A-Za-z0-9-]|\.[A-Za-z0-9])/g,
  accept: (value, match, text) => {
    const domain = value.slice(value.indexOf('@') + 1).toLowerCase();
    const tld = domain.slice(domain.lastIndexOf('.') + 1);
    if (RESERVED_DOMAIN.test(domain)) return false;
    if (!isTld(tld) && !saidToBeMail(text, match.index, match.index + value.length)) return false;
    // round 20: `firstname.lastname@company.com` shows a format (email-forms.ts)
    if (isPlaceholderLocal(value.slice(0, value.indexOf('@')))) return false;
    // git@github.com:owner/repo.git is an SSH remote, not a mailbox; so is `ssh ubuntu@ec2-….amazonaws.com`.
    if (value.toLowerCase().startsWith('git@') && text[match.index + value.length] === ':') return false;
    // `https://user:secret@host.com`: a URL's userinfo and host, not a mailbox (the password rules take the secret)
    if (/:\/\/[^\s/@]{0,80}:$/.test(before(text, match.index, 90))) return false;
    if (/(?:^|[^a-z])(?:ssh|scp|sftp|rsync|mosh)\s(?:[^\n@]{0,60}\s)?$/.test(before(text, match.index, 80))) return false;
    return true;
  },
});

export const contactRules: RedactionRule[] = [email, ...emailFormRules, phoneRule];
