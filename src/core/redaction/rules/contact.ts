// E-mail addresses and phone numbers. Phones are the least structured kind, so every phone rule asks for a
// shape that dates, versions, ISBNs and order numbers do not have: a leading `+`, NANP grouping with valid area
// and exchange codes, a national trunk `0` with separators, or a context word such as "phone:" right before.
import type { RedactionRule } from '../types';
import { before, regexRule } from './regex-rule';

// Common generic TLDs; any two-letter TLD is taken as a country code. Keeps `x@self.weight` (Python) out.
const GENERIC_TLDS = new Set(
  ('com net org edu gov mil int info biz name pro mobi aero coop museum io ai app dev co me tv cc ly gg sh to xyz ' +
    'online site tech store cloud blog email page link live news media agency company digital solutions services ' +
    'systems network group team works world today life space website web studio design global club shop finance ' +
    'health law legal consulting academy school university travel energy expert capital ventures partners email ' +
    'mail one inc ltd llc gmbh plus zone tools software codes run build art eu asia berlin london nyc paris tokyo ' +
    'africa bank insurance church house realty city local')
    .split(' '),
);

/** RFC 2606/6761 reserved names: documentation placeholders, not anyone's address. */
const RESERVED_DOMAIN = /(?:^|\.)(?:example\.(?:com|net|org)|example|test|invalid|localhost|local)$/;

const email = regexRule({
  id: 'email',
  kind: 'email',
  level: 'standard',
  priority: 60,
  description: 'E-mail address with a known TLD; reserved example domains are kept',
  pattern: /(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,8}[A-Za-z]{2,24}(?![A-Za-z0-9-]|\.[A-Za-z0-9])/g,
  accept: (value, match, text) => {
    const domain = value.slice(value.indexOf('@') + 1).toLowerCase();
    const tld = domain.slice(domain.lastIndexOf('.') + 1);
    if (RESERVED_DOMAIN.test(domain)) return false;
    if (tld.length !== 2 && !GENERIC_TLDS.has(tld)) return false;
    // git@github.com:owner/repo.git is an SSH remote, not a mailbox; so is `ssh ubuntu@ec2-….amazonaws.com`.
    if (value.toLowerCase().startsWith('git@') && text[match.index + value.length] === ':') return false;
    if (/(?:^|[^a-z])(?:ssh|scp|sftp|rsync|mosh)\s(?:[^\n@]{0,60}\s)?$/.test(before(text, match.index, 80))) return false;
    return true;
  },
});

function digitCount(value: string): number {
  let n = 0;
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) >= 48 && value.charCodeAt(i) <= 57) n++;
  return n;
}

/** Words that say the digits that follow are an identifier, not a phone number. */
const NOT_PHONE_CONTEXT = /(?:^|[^a-z])(?:order|invoice|ref|reference|ticket|tracking|case|account|acct|isbn|issn|serial|sku|part|id|po|no\.|#|nr\.?|number|version|v)[\s:#.-]{0,3}$/;
const PHONE_CONTEXT = /(?:phone|tel|mobile|cell|fax|call|whatsapp|sms|text|reach|contact|handy|telefon)/;

function notIdentifierContext(text: string, index: number): boolean {
  const context = before(text, index, 24);
  // The tail of a longer digit sequence (an IBAN, a card, a tracking number printed in groups) is not a phone.
  if (/[a-z0-9]*\d[a-z0-9]*[ -]$/.test(context)) return false;
  if (PHONE_CONTEXT.test(context)) return true;
  return !NOT_PHONE_CONTEXT.test(context);
}

/** Separators must look like a phone: no doubled punctuation, balanced parentheses. */
function phoneShaped(value: string): boolean {
  if (/[ .-]{2}|[.-][ ]|\(\)|\.[ -]/.test(value)) return false;
  const open = value.split('(').length - 1;
  const close = value.split(')').length - 1;
  if (open !== close || open > 1) return false;
  const separators = new Set(value.replace(/[\d()+]/g, ''));
  return separators.size <= 2;
}

const phoneInternational = regexRule({
  id: 'phone-international',
  kind: 'phone',
  level: 'standard',
  priority: 50,
  description: '+country code followed by 7–14 more digits, spaces/dots/hyphens/parentheses between groups',
  pattern: /(?<![\w+)\]}*/%.-])\+[1-9][\d ().-]{5,22}\d(?![\d]|[.-]\d)/g,
  accept: (value, match, text) => {
    const digits = digitCount(value);
    return digits >= 8 && digits <= 15 && phoneShaped(value) && notIdentifierContext(text, match.index);
  },
});

const phoneNanp = regexRule({
  id: 'phone-nanp',
  kind: 'phone',
  level: 'standard',
  priority: 50,
  description: 'North American (555) 234-5678 / 555-234-5678 / 555.234.5678, optional leading 1',
  pattern: /(?<![\w+.-])(?:1[ .-])?(?:\([2-9]\d{2}\)[ ]?|[2-9]\d{2}[ .-])[2-9]\d{2}[ .-]\d{4}(?![\w-]|\.\d)/g,
  accept: (value, match, text) => phoneShaped(value) && notIdentifierContext(text, match.index),
});

const phoneTrunk = regexRule({
  id: 'phone-national-trunk',
  kind: 'phone',
  level: 'standard',
  priority: 50,
  description: 'National number with trunk 0 and separators: 020 7946 0958, 030 12345678, 06 12 34 56 78',
  pattern: /(?<![\w+./-])0[1-9]\d{0,3}[ -]\d{2,8}(?:[ -]\d{2,4}){0,4}(?![\w-]|[./]\d)/g,
  accept: (value, match, text) => {
    const digits = digitCount(value);
    return digits >= 10 && digits <= 12 && phoneShaped(value) && notIdentifierContext(text, match.index);
  },
});

const phoneContext = regexRule({
  id: 'phone-after-label',
  kind: 'phone',
  level: 'standard',
  priority: 45,
  description: 'Any 7–15 digit number right after phone/tel/mobile/fax/whatsapp/call me',
  pattern:
    /(?<![A-Za-z])(?:phone|tel|telephone|mobile|cell|fax|whatsapp|sms|call me(?: at| on)?|text me(?: at| on)?|mob|handy|telefon)\.?(?:[ ](?:no|number|nr)\.?)?[ \t]{0,2}[:#]?[ \t]{0,2}(\+?\d[\d ().-]{5,18}\d)(?![\d])/dgi,
  group: 1,
  accept: (value) => {
    const digits = digitCount(value);
    return digits >= 7 && digits <= 15 && phoneShaped(value);
  },
});

export const contactRules: RedactionRule[] = [email, phoneInternational, phoneNanp, phoneTrunk, phoneContext];
