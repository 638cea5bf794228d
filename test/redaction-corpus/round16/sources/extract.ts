// One-off reader that wrote sources/glibc-locales.json: the LC_IDENTIFICATION section of every glibc locale file this
// machine's Debian installs (/usr/share/i18n/locales, package `locales`), with the locale's escapes decoded (`<U00F8>`
// → `ø`, the escape character doubled → itself). Only the fields a locale's maintainers write about themselves are
// kept: title, source, address, contact, email, tel, fax. The files' header: "The Free Software Foundation does not
// claim any copyright interest in the locale data contained in this file."
// Run: npx tsx test/redaction-corpus/round16/sources/extract.ts
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = '/usr/share/i18n/locales';
const FIELDS = ['title', 'source', 'address', 'contact', 'email', 'tel', 'fax'] as const;

const decode = (s: string, esc: string): string =>
  s.replace(/<U([0-9A-Fa-f]{4,6})>/g, (_, h: string) => String.fromCodePoint(parseInt(h, 16))).split(esc + esc).join(esc);

const out: { file: string; fields: Partial<Record<(typeof FIELDS)[number], string>> }[] = [];
for (const file of readdirSync(DIR).sort()) {
  const text = readFileSync(join(DIR, file), 'utf8');
  const esc = /^escape_char\s+(\S)/m.exec(text)?.[1] ?? '\\';
  const section = /^LC_IDENTIFICATION\n([\s\S]*?)^END LC_IDENTIFICATION/m.exec(text)?.[1];
  if (!section) continue;
  const fields: Partial<Record<(typeof FIELDS)[number], string>> = {};
  for (const line of section.split('\n')) {
    const m = /^(\w+)\s+"(.*)"\s*$/.exec(line);
    if (m && (FIELDS as readonly string[]).includes(m[1]!) && m[2]!.trim()) fields[m[1] as (typeof FIELDS)[number]] = decode(m[2]!, esc);
  }
  out.push({ file, fields });
}
writeFileSync(new URL('./glibc-locales.json', import.meta.url), JSON.stringify({ source: 'Debian package locales (glibc localedata), /usr/share/i18n/locales', licence: 'locale data: the files state "The Free Software Foundation does not claim any copyright interest in the locale data"; glibc as a whole LGPL-2.1+', locales: out }, null, 1) + '\n');
console.log(out.length);
