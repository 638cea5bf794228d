// Round 5's families of secrets and passwords: shapes that name themselves without a key word (Azure AD client
// secrets, Anthropic admin/OAuth keys, letters-only key bodies), hex tokens and passphrases given to secret names,
// command-line forms (flags, Windows switches, fish `set -x`, curl's quoting variants, IMAP/POP3 logins), CJK prose
// with non-ASCII passwords — and, for each, the look-alikes that must stay (references, stand-ins, prose).
import { describe, expect, it } from 'vitest';
import { detect } from './detect';

const SECRET = new Set(['password', 'secret', 'api_key', 'private_key', 'jwt']);
function secrets(text: string): string[] {
  return detect(text, { level: 'secrets' })
    .filter((s) => SECRET.has(s.kind))
    .map((s) => text.slice(s.start, s.end));
}

describe('secrets whose shape names them', () => {
  it.each([
    ['Azure AD client secret in XML', '<value xsi:type="xsd:string">Ab_7Q~kPq2Wv.Xn8R~tY0zLm-3Hs4Dg9Jf1Ce6Ub</value>', 'Ab_7Q~kPq2Wv.Xn8R~tY0zLm-3Hs4Dg9Jf1Ce6Ub'],
    ['Azure AD client secret given to an unrelated name', 'Example= zZ.4Q~r8Tt1Vb5Nn0Ww3Ee6Yy9Uu2Ii7Oo4Px', 'zZ.4Q~r8Tt1Vb5Nn0Ww3Ee6Yy9Uu2Ii7Oo4Px'],
    ['Anthropic admin key', `key: sk-ant-admin01-${'Qw7'.repeat(31)}AA`, `sk-ant-admin01-${'Qw7'.repeat(31)}AA`],
    ['Anthropic OAuth refresh token', `sk-ant-ort01-${'n_R4-'.repeat(20)}`, `sk-ant-ort01-${'n_R4-'.repeat(20)}`],
    ['a letters-only Razorpay key body', '"token": "rzp_live_XWxNjdTAGdEMOu"', 'rzp_live_XWxNjdTAGdEMOu'],
  ])('%s', (_family, text, value) => {
    expect(secrets(text)).toEqual([value]);
  });

  it.each([
    ['a prefixed key whose body is words', 'hf_HelloWorldTokenName'],
    ['a vendor prefix followed by a word, given to a token name', 'anthropic_token = "sk-ant-oat01-tooShort"'],
    ['a counting stand-in given to a key name', 'const HEROKU_KEY = "12345678-ABCD-ABCD-ABCD-1234567890AB"'],
    ['an angle-bracket template after an auth scheme', 'curl -H "Authorization: Bearer <Openverse API token>"'],
  ])('keeps %s', (_family, text) => {
    expect(secrets(text)).toEqual([]);
  });
});

describe('values given to secret names', () => {
  it.each([
    ['a short hex token in a header', 'curl -H "Token: 3fea6af1349166ea" -d x', '3fea6af1349166ea'],
    ['a dotted passphrase in an INI file', '[client]\npasswd = sauerkraut.information.junior\nhost = db', 'sauerkraut.information.junior'],
    ['a dotted passphrase in YAML', 'ansible_become_pass: ghost.begonia.behest', 'ghost.begonia.behest'],
    ['a dotted passphrase in a properties file', 'spring.mail.password=printer.inspection.tomb', 'printer.inspection.tomb'],
    ['a snake_case passphrase after a --flag', './migrate --db-password accountability_freight_casement up', 'accountability_freight_casement'],
    ['a Windows /pass: switch', 'cmdkey /add:fs /user:noel /pass:abacus.premium.juggernaut', 'abacus.premium.juggernaut'],
    ['fish set -x', 'set -x MY_SECRET abcDEF123ghiJKL456', 'abcDEF123ghiJKL456'],
    ['a PowerShell parameter', "Connect-Thing -ApiKey 'Xk29fLq81mZpQ7Lw' -Verbose", 'Xk29fLq81mZpQ7Lw'],
    ['nuget push -ApiKey, unquoted', 'nuget push x.nupkg -ApiKey oy2k9fLq81mZpQ7Lwxx3 -Source nuget.org', 'oy2k9fLq81mZpQ7Lwxx3'],
    ['a token with a dotted prefix', 'vault login token=hvs.Xk29fLq81mZpQ7LwAbCdEf', 'hvs.Xk29fLq81mZpQ7LwAbCdEf'],
  ])('%s', (_family, text, value) => {
    expect(secrets(text)).toEqual([value]);
  });

  it.each([
    ['a config path', 'password = config.db.secret'],
    ['a name path with a code word', 'password = user.name.first'],
    ['a method call on a dotted path', 'password = vault.secrets.read("db")'],
    ['a flag given a variable', 'node app.js --password $DB_PASS'],
    ['fish set given a variable', 'set -gx GITHUB_TOKEN $TOKEN'],
    ['a PowerShell parameter given a variable', 'Get-Item -Token $tok'],
    ['a dotted name path', 'token = self.request.headers'],
    ['a hex run with a repeated digit run', 'token: "00001111aaaa2222"'],
  ])('keeps %s', (_family, text) => {
    expect(secrets(text)).toEqual([]);
  });
});

describe('passwords on command lines and in protocols', () => {
  it.each([
    ['curl -u with an empty user', 'curl -u ":d2LkV78zLx!t" https://localhost:9200', 'd2LkV78zLx!t'],
    ['curl --user quoted whole, two spaces', "curl -X POST --user  'johns:h0pk1ns~21s' $URL", 'h0pk1ns~21s'],
    ['curl --user with each part quoted and braced', 'curl --user "{acd3c08b-74e8}":"{ZqL5kVrX1n8tA2}" -H x', 'ZqL5kVrX1n8tA2'],
    ['curl --user with the password quoted', "curl --user kevin:'pRf7vG2h1L8nQkW9' -iX PATCH", 'pRf7vG2h1L8nQkW9'],
    ['docker login -p', 'docker login -p Xk29fLq81m! registry.local', 'Xk29fLq81m!'],
    ['IMAP LOGIN', 'a001 LOGIN miller37 kAYVMXWvhrMHQ#jTvmPH', 'kAYVMXWvhrMHQ#jTvmPH'],
    ['POP3/FTP PASS', 'USER bob\nPASS Hunter2x\nSTAT', 'Hunter2x'],
    ['Chinese prose, non-ASCII password', '密码是 Äpfel32!', 'Äpfel32!'],
    ['Japanese prose, the value runs to the kana', 'パスワードはabc123XYです', 'abc123XY'],
  ])('%s', (_family, text, value) => {
    expect(secrets(text)).toEqual([value]);
  });

  it.each([
    ['curl -u with a template', 'curl -u <user:password> https://test.com/endpoint'],
    ['curl -u with the word token', 'curl -u username:token'],
    ['LOGIN in a sentence', 'Please LOGIN again later'],
    ['PASS as an English word', 'PASS the salt'],
    ['a lower-case word after "password" on its line', 'password combination.\n\nR5: Regulatory'],
  ])('keeps %s', (_family, text) => {
    expect(secrets(text)).toEqual([]);
  });
});

describe('secret names in other languages and naming conventions', () => {
  it.each([
    ['German, fused', 'API_SCHLUESSEL=Xk29fLq81mZpQ7'],
    ['German, camelCase with an umlaut', 'apiSchlüssel = "Xk29fLq81mZpQ7"'],
    ['German, secret', 'geheimnis = "Xk29fLq81mZpQ7"'],
    ['French key, a whole segment', 'cle_api: "Xk29fLq81mZpQ7"'],
    ['Portuguese key', 'chave_api = "Xk29fLq81mZpQ7"'],
    ['Portuguese secret', 'segredo: Xk29fLq81mZpQ7'],
    ['Russian token', 'токен = "Xk29fLq81mZpQ7"'],
    ['Russian key with a suffix', 'ключ_api: Xk29fLq81mZpQ7'],
    ['Chinese key', '密钥 = "Xk29fLq81mZpQ7"'],
    ['Japanese token', 'トークン: Xk29fLq81mZpQ7'],
    ['a bearer name', 'bearer: Xk29fLq81mZpQ7abc'],
    ['a passkey', 'MY_PASSKEY=Xk29fLq81mZpQ7'],
  ])('%s', (_family, text) => {
    expect(secrets(text)).toEqual(['Xk29fLq81mZpQ7' + (text.includes('abc') ? 'abc' : '')]);
  });

  it.each([
    ['French password as an identifier', 'mot_de_passe: Xk29fLq81m'],
    ['French abbreviation mdp', 'mdp=Xk29fLq81m'],
    ['Slovene', 'geslo = "Xk29fLq81m"'],
  ])('%s', (_family, text) => {
    expect(secrets(text)).toEqual(['Xk29fLq81m']);
  });

  it.each([
    ['a word holding "cle"', 'article = "Xk29fLq81mZpQ7"'],
    ['a word ending in "mdp"', 'cmdp = "Xk29fLq81m"'],
    ['a key id', 'vehicle_key_id: Xk29fLq81mZpQ7'],
    ['an escaped word in a localisation table', '"interfaz","clave","m\\u00e9todo","x"'],
  ])('keeps %s', (_family, text) => {
    expect(secrets(text)).toEqual([]);
  });
});
