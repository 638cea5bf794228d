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
