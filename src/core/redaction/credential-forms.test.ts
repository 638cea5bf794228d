// Round 4's families of passwords and secrets: forms with no `password = …` to anchor on (SQL IDENTIFIED BY, config
// directives, `net use`, Go DSNs, HTML inputs, written-out credential pairs, sqlcmd -P), password words of many
// languages with a few words before the colon, passphrases, shell/env assignments of bare words, and secret names
// given their value as a statement or a command argument — and the prose and code around them that must stay.
import { describe, expect, it } from 'vitest';
import { detect } from './detect';

const SECRET = new Set(['password', 'secret', 'api_key']);
function secrets(text: string): string[] {
  return detect(text, { level: 'secrets' })
    .filter((s) => SECRET.has(s.kind))
    .map((s) => text.slice(s.start, s.end));
}

describe('passwords in forms without an assignment', () => {
  it.each([
    ['MySQL IDENTIFIED BY', "CREATE USER 'app'@'%' IDENTIFIED BY 'Summer2026#';", 'Summer2026#'],
    ['Oracle IDENTIFIED BY, double quotes', 'ALTER USER scott IDENTIFIED BY "Tiger-lily-42";', 'Tiger-lily-42'],
    ['redis requirepass', 'bind 127.0.0.1\nrequirepass Orchid1937\nmaxmemory 2gb', 'Orchid1937'],
    ['redis masterauth', 'masterauth "kLq82hHs0aPz"', 'kLq82hHs0aPz'],
    ['net use, password after /user', 'net use Z: \\\\fs01\\share /user:CORP\\jdoe Winter2019!', 'Winter2019!'],
    ['net use, password before /user', 'net use \\\\fs01\\share Lantern#88 /user:jdoe', 'Lantern#88'],
    ['Go MySQL DSN', 'db, err := sql.Open("mysql", "app:yFe#UVTXvgzZR8@tcp(db:3306)/shop")', 'yFe#UVTXvgzZR8'],
    ['HTML password input', '<input type="password" name="pw" value="Winter2021.">', 'Winter2021.'],
    ['credential pair with a slash', 'login: admin / Sommer441?', 'Sommer441?'],
    ['credential pair, passphrase', 'user jdoe, pass nebula-sommer-monkey', 'nebula-sommer-monkey'],
    ['sqlcmd -P', "sqlcmd -S tcp:sql01,1433 -U nelle -P 'Äpfel85!' -Q \"SELECT 1\"", 'Äpfel85!'],
    ['docker -e with a snake_case passphrase', 'docker run -d -e MYSQL_ROOT_PASSWORD=tuxedo_sightseeing_devil mysql:8', 'tuxedo_sightseeing_devil'],
    ['password for a user, then a colon', 'Enter password for clara71: Bonfire&496', 'Bonfire&496'],
    ['Polish, words before the colon', 'Hasło do konta: mom_contractor_luck', 'mom_contractor_luck'],
    ['Norwegian definite form', 'Passordet er individual_handle_making', 'individual_handle_making'],
    ['Turkish, dotted passphrase', 'Şifre: scorpion.creator.gallery', 'scorpion.creator.gallery'],
    ['Russian, words before the colon', 'Пароль от почты: k7W#Waac*fSg', 'k7W#Waac*fSg'],
    ['Ukrainian, em dash', 'Пароль — tDF6wIJO07f2t', 'tDF6wIJO07f2t'],
    ['Indonesian', 'Kata sandi: Colonialism2005$', 'Colonialism2005$'],
    ['Hindi', 'पासवर्ड: Order@106', 'Order@106'],
  ])('%s', (_form, text, value) => {
    expect(secrets(text)).toEqual([value]);
  });

  it('keeps prose, paths and code about passwords', () => {
    for (const text of [
      'Forgot password? Click here to reset it.',
      'The password must be at least 8 characters long.',
      'password_file /etc/secret/path',
      '  password required',
      'password: config.db.pass',
      'user/repo / main',
      'Passwort vergessen? Hier zurücksetzen.',
      'Пароль должен содержать не менее 8 символов.',
      'net use Z: \\\\fs01\\share * /user:jdoe',
    ])
      expect(secrets(text), text).toEqual([]);
  });
});

describe('secret names given their value in other ways', () => {
  it.each([
    ['BIND TSIG statement', 'key "tsig" {\n  algorithm hmac-sha256;\n  secret "c2VjcmV0LXRzaWctYmFzZTY0LXZhbHVl+0Qw9==";\n};', 'c2VjcmV0LXRzaWctYmFzZTY0LXZhbHVl+0Qw9=='],
    ['PHP array append', '$apikey[] = "hX9fk2LmQ0pZr7Tq";', 'hX9fk2LmQ0pZr7Tq'],
    ['setx NAME "value"', 'Setx ALGOLIA_ADMIN_KEY "5012c49f447d382111fef4c219e1b6ec"', '5012c49f447d382111fef4c219e1b6ec'],
    ['gh secret set --body', 'gh secret set COHERE_API_KEY --body "Iq2DOkpXiBdJianh7P69BBuqwhPfNRyagFhwm5D9"', 'Iq2DOkpXiBdJianh7P69BBuqwhPfNRyagFhwm5D9'],
    ['Azure storage connection string as an unquoted env value', 'AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=prtkicbzte;AccountKey=C2eOXvEGADUXx73t7BwGdmdbFGFuO6k2GsiJ6rvknK5E7C0w3cfO8XY5SlL62JUeYvvRcCnDUkqHXav4/jOH16==;EndpointSuffix=core.windows.net', 'DefaultEndpointsProtocol=https;AccountName=prtkicbzte;AccountKey=C2eOXvEGADUXx73t7BwGdmdbFGFuO6k2GsiJ6rvknK5E7C0w3cfO8XY5SlL62JUeYvvRcCnDUkqHXav4/jOH16==;EndpointSuffix=core.windows.net'],
    ['a value holding ${ and {{ punctuation', 'apikey := "{{h}o)p${e]nob(ody[finds>-_$#thisone}}"', '{{h}o)p${e]nob(ody[finds>-_$#thisone}}'],
  ])('%s', (_form, text, value) => {
    expect(secrets(text)).toEqual([value]);
  });

  it('keeps template expressions and statements that are not secrets', () => {
    for (const text of ['document.cookie = `${cookie.key}=${cookie.value}`;', 'token: "{{ .Values.token }}"', 'apiKey: "${API_KEY}"', 'echo "hello";', 'SECRET_NAME "prod/db"'])
      expect(secrets(text), text).toEqual([]);
  });
});
