// Round 7: e-mail addresses beyond ASCII (rules/email-forms.ts) — internationalised local parts and domains in
// several scripts, RFC 5322 specials and quoted local parts, and addresses written with the at and the dot in
// brackets in several languages. Examples written for this test; look-alikes (prose with "at"/"dot", brackets in
// code, CSS at-rules, decorators, URL userinfo, reserved example domains) stay.
import { describe, expect, it } from 'vitest';
import { detect } from './detect';

function emails(text: string): string[] {
  return detect(text, { level: 'standard' })
    .filter((s) => s.kind === 'email')
    .map((s) => text.slice(s.start, s.end));
}

describe('internationalised and unusual e-mail addresses', () => {
  it.each([
    ['German umlaut in both parts', 'Schreib an jürgen@müller-bau.de bis Freitag', 'jürgen@müller-bau.de'],
    ['Cyrillic with a Cyrillic TLD', 'Пишите: светлана@почта.рф, отвечу вечером', 'светлана@почта.рф'],
    ['Chinese local part and domain', '联系人：张伟@公司.中国。', '张伟@公司.中国'],
    ['Greek', 'στείλε στο νίκος@εταιρεία.ελ αύριο', 'νίκος@εταιρεία.ελ'],
    ['Devanagari', 'ईमेल: राम@डाकघर.भारत', 'राम@डाकघर.भारत'],
    ['full-width at and dot in Japanese, spaced from the sentence', 'お問い合わせは 山田＠会社．jp まで', '山田＠会社．jp'],
    ['an apostrophe in the local part', 'cc: siobhan.o\'neill@eircom.ie', 'siobhan.o\'neill@eircom.ie'],
    ['a quoted local part with a space', 'From: "jane doe"@posteo.de', '"jane doe"@posteo.de'],
    ['an underscore in a subdomain', 'blog: ana@mi_tienda.typepad.com', 'ana@mi_tienda.typepad.com'],
    // round 8: an internationalised address inside a quoted string (JSON, shell arguments, CSV)
    ['Han in a JSON string', '{"cc": ["王小明@電郵.公司"]}', '王小明@電郵.公司'],
    ['mixed scripts in a shell argument', 'git config user.email "mika李@例子.tw"', 'mika李@例子.tw'],
    ['Cyrillic in single quotes', "to = 'олег@почта.рф'", 'олег@почта.рф'],
  ])('redacts %s', (_form, text, value) => {
    expect(emails(text)).toEqual([value]);
  });

  it.each([
    ['English [at] [dot]', 'mail me: jan.novak [at] firma [dot] cz', 'jan.novak [at] firma [dot] cz'],
    ['Spanish (arroba) (punto)', 'escríbeme a ana (arroba) correo (punto) es', 'ana (arroba) correo (punto) es'],
    ['French {chez} {point}', 'contact : marie {chez} orange {point} fr', 'marie {chez} orange {point} fr'],
    ['Russian [собака] [точка]', 'пиши: ivan [собака] mail [точка] ru', 'ivan [собака] mail [точка] ru'],
    ['German (ät) (punkt)', 'Kontakt: lena(ät)uni-bonn(punkt)de', 'lena(ät)uni-bonn(punkt)de'],
    ['a plain at and a bracketed dot', 'reach me@gmail[.]com today', 'me@gmail[.]com'],
  ])('redacts the obfuscated form %s', (_form, text, value) => {
    expect(emails(text)).toEqual([value]);
  });

  it('keeps look-alikes', () => {
    for (const text of [
      'look at this dot com bubble',
      'see [at] the [dot] end of the list',
      'values[at] = arr[.5]',
      '@media screen and (max-width: 600px)',
      '@Component({ selector: "app" })',
      'const url = "https://usuário:senha@servidor.com.br/api";',
      '名前@例え.テスト and почта@пример.испытание',
      'user [at] example [dot] com',
      'a@b',
    ]) expect(emails(text), text).toEqual([]);
  });
});

// Round 10: every TLD of the root zone, at signs encoded for URLs and HTML, capital bare words, mailto: parameters.
describe('e-mail addresses in the forms of round 10', () => {
  it.each([
    ['a new generic TLD', 'Kannattaa kysyä osoitteesta hey@gurgun.day', 'hey@gurgun.day'],
    ['a city TLD', 'Schreib an lena@studio.berlin', 'lena@studio.berlin'],
    ['a brand-new gTLD', 'ping me: dev@tools.engineering', 'dev@tools.engineering'],
    ['URL-encoded at in a mailto link', '<a href="mailto:jan.kowalski%40firma.pl?subject=Hi">', 'jan.kowalski%40firma.pl'],
    ['decimal HTML entity', 'kontakt: jan&#64;firma.de', 'jan&#64;firma.de'],
    ['hex HTML entity', 'kontakt: jan&#x40;firma.de', 'jan&#x40;firma.de'],
    ['named HTML entity', 'kontakt: jan&commat;firma.de', 'jan&commat;firma.de'],
    ['capital AT and DOT', 'write to jan AT firma DOT de please', 'jan AT firma DOT de'],
    ['capital AT with a plain dot', 'contact: maria.rossi AT libero.it', 'maria.rossi AT libero.it'],
  ])('redacts %s', (_form, text, value) => {
    expect(emails(text)).toEqual([value]);
  });

  it('reads a mailto: link with parameters address by address', () => {
    expect(emails('mailto:jan@firma.de?subject=x&cc=ola@firma.no')).toEqual(['jan@firma.de', 'ola@firma.no']);
  });

  it('keeps look-alikes of the round-10 forms', () => {
    for (const text of [
      'x = self.conv@self.weight',
      'meet me at home dot com',
      'WRITE TO ME AT HOME DOT COM',
      'value%40 = 3; a%40b',
      'user%40example.com',
      'names@file.json and y@z.py3',
    ]) expect(emails(text), text).toEqual([]);
  });
});
