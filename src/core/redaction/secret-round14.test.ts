// Round 14's families of secrets and passwords (docs/redaction.md, "Round 14: secrets"). Each family was found from a
// dev miss and then written out here for other providers, tools, syntaxes or languages than dev's, so a fix aimed at
// the instance fails these tables. Every row of a positive `it.each` table is missed by round 13's rules (version 14
// before this round); the negatives are the look-alikes the widened rules must keep.
import { describe, expect, it } from 'vitest';
import { detect } from './detect';

const SECRET = new Set(['password', 'secret', 'api_key', 'private_key', 'jwt']);
function secrets(text: string): string[] {
  return detect(text, { level: 'secrets' })
    .filter((s) => SECRET.has(s.kind))
    .map((s) => text.slice(s.start, s.end));
}

describe("provider keys of gitleaks' maintained rules that stood alone unfound (dev: Grafana, Spectral, BestTime)", () => {
  it.each([
    ['1Password account secret key', 'emergency kit says A3-NQWC1O-1N0TT8-W8PC7-LU41F-06AUP-SF3NT', 'A3-NQWC1O-1N0TT8-W8PC7-LU41F-06AUP-SF3NT'],
    ['AWS STS bearer key id (ABIA)', 'the id was ABIAJNDLD2NSXRPRBQOI yesterday', 'ABIAJNDLD2NSXRPRBQOI'],
    [
      'Cloudflare Origin CA key',
      'origin_ca v1.0-8f4608e31d95655cd1f88565-22b280bcae92c3a20b461530682fd281e0b6b655545b2a46000b1c10c189fac5a171b740881a754b9c46bc69730018627fb1ec8712b1bf34b80da086ce4447718d8ba30a54b96cfc6e',
      'v1.0-8f4608e31d95655cd1f88565-22b280bcae92c3a20b461530682fd281e0b6b655545b2a46000b1c10c189fac5a171b740881a754b9c46bc69730018627fb1ec8712b1bf34b80da086ce4447718d8ba30a54b96cfc6e',
    ],
    ['SettleMint application token', 'sm_aat_cDnBSnRBeim5M9pu', 'sm_aat_cDnBSnRBeim5M9pu'],
    ['age secret key, whole', '# AGE-SECRET-KEY-18SFS7YCKUWDC7EMRCDF3DJ8YEV3W9G0QWJKN6D6UGAPJ3VY7LLRTAKW5EQ', 'AGE-SECRET-KEY-18SFS7YCKUWDC7EMRCDF3DJ8YEV3W9G0QWJKN6D6UGAPJ3VY7LLRTAKW5EQ'],
    [
      'X/Twitter bearer token (22 A of padding)',
      'BEARER=AAAAAAAAAAAAAAAAAAAAAAxLBCeTJoGy0dKomXvBivAESy6Ys8CLuGacfLcCEfGVJh5GiCYMApNLSuT6omFHiroWAaX99ESrnQjLAi8KWDEJ6Ack',
      'AAAAAAAAAAAAAAAAAAAAAAxLBCeTJoGy0dKomXvBivAESy6Ys8CLuGacfLcCEfGVJh5GiCYMApNLSuT6omFHiroWAaX99ESrnQjLAi8KWDEJ6Ack',
    ],
    ['Dropbox long-lived token (ten A inside)', 'dbx = Dropbox("4jeb35ftqb5AAAAAAAAAACHS76KJIC079xvUJRZZihhQZUohjBes8WsW5UEtr9pq")', '4jeb35ftqb5AAAAAAAAAACHS76KJIC079xvUJRZZihhQZUohjBes8WsW5UEtr9pq'],
    ['GitLab routable token in code, whole', 'const t = "glpat-udakMu6mZUo3BXZXcPHSW7KjMdOCMgCvWoIR.01975wzsv";', 'glpat-udakMu6mZUo3BXZXcPHSW7KjMdOCMgCvWoIR.01975wzsv'],
    ['GitLab routable runner token, whole', 'const r = "glrt-t1_3Eam69ZdLnnSeC6LUz2lUc4TRxaA7f.01qz56o0s";', 'glrt-t1_3Eam69ZdLnnSeC6LUz2lUc4TRxaA7f.01qz56o0s'],
    ['Spectral personal key', 'SPECTRAL_DSN key spk-3d2d598e3fc2ab2851ab1ccb847ab8eb', 'spk-3d2d598e3fc2ab2851ab1ccb847ab8eb'],
  ])('%s', (_, text, key) => {
    expect(secrets(text)).toContain(key);
  });

  // found before as a random token or a labelled value (`<SECRET_1>`, `<PASSWORD_1>`); now named for what it is, whole
  it.each([
    [
      'Amazon Bedrock long-term key',
      'try ABSKvaNv3SbRmv6xIWtv52owO9Y5jb91jrxPpq7YIdZl7BHHisrFdBBPSpJm6WhtzDcxwocAt7bZT7FFGDdhO7jGRouILQwhlsJDoxeysOKurehoKl4h89S1mMaGcppnEajKVz22 please',
      'ABSKvaNv3SbRmv6xIWtv52owO9Y5jb91jrxPpq7YIdZl7BHHisrFdBBPSpJm6WhtzDcxwocAt7bZT7FFGDdhO7jGRouILQwhlsJDoxeysOKurehoKl4h89S1mMaGcppnEajKVz22',
    ],
    ['Hugging Face organisation token', 'use 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 for the org', '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'],
    ['Octopus Deploy key', 'octo push --apiKey API-OO04BDA7ZWWISPZZV94131I5DQ --server https://octo', 'API-OO04BDA7ZWWISPZZV94131I5DQ'],
    ['Adobe client secret', 'p8e-SJRwQZxGNE3aRIsIyxmCSVVqBvBTdOV9 est le secret', 'p8e-SJRwQZxGNE3aRIsIyxmCSVVqBvBTdOV9'],
    ['MaxMind licence key', 'geoipupdate: 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', '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'],
    [
      'Grafana legacy key in YAML (base64 JSON)',
      'grafana:\n  api_key: eyJrIjoiaDhSakRSR0taTzZkVHVXaDhEQkFnOTBWTkZQUVd6b0MiLCJuIjoiY2ktZGVwbG95IiwiaWQiOjd9',
      'eyJrIjoiaDhSakRSR0taTzZkVHVXaDhEQkFnOTBWTkZQUVd6b0MiLCJuIjoiY2ktZGVwbG95IiwiaWQiOjd9',
    ],
    ['BestTime private key in a URL', 'curl "https://besttime.app/api/v1/venues?api_key_private=pri_6978675914c125befbefdb4595b33b16"', 'pri_6978675914c125befbefdb4595b33b16'],
  ])('%s is named an API key', (_, text, key) => {
    expect(detect(text, { level: 'secrets' }).map((s) => [text.slice(s.start, s.end), s.kind])).toContainEqual([key, 'api_key']);
  });

  it.each([
    ['a stand-in of one letter after the prefix', 'API-XXXXXXXXXXXXXXXXXXXXXXXXXX'],
    ['an upper-case name after API-', 'see API-GATEWAYINTEGRATIONRESPONSES for details'],
    ['all padding, no bearer token', 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'],
    ['a counted stand-in after a prefix', 'p8e-abcdefghijklmnopqrstuvwxyz123456'],
    ['a lockfile integrity hash', '"integrity": "sha512-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=="'],
    ['a UUID in code', 'const id = "3f1c2b9e-8d7a-4c21-9b0e-6a5d4c3b2a10";'],
  ])('keeps %s', (_, text) => {
    expect(secrets(text)).toEqual([]);
  });
});

describe('passwords fed to a program on stdin: pipes, here-strings, here-documents (dev: vncpasswd -f <<<)', () => {
  it.each([
    ['passwd --stdin by here-string', 'passwd --stdin deploy <<< "Tr0ub4dor&3x"', 'Tr0ub4dor&3x'],
    ['chpasswd by here-string (user:password)', "chpasswd <<< 'ops:Quokka!Lane9'", 'Quokka!Lane9'],
    ['docker login, unquoted here-string', 'docker login -u bob --password-stdin registry.local <<< Wombat77zeta', 'Wombat77zeta'],
    ['sudo -S by here-string', "sudo -S systemctl restart nginx <<< 'Sudo#Pass42'", 'Sudo#Pass42'],
    ['printf with a format string, piped', "printf '%s\\n' \"Gl4cier#Fjord\" | podman login --password-stdin quay.io", 'Gl4cier#Fjord'],
    ['echo into vncpasswd -f', 'echo "Vnc-Remote7" | vncpasswd -f > ~/.vnc/passwd', 'Vnc-Remote7'],
    ['smbpasswd -s by here-string', 'smbpasswd -a -s jdoe <<< "Samba#2024"', 'Samba#2024'],
    ['gpg --passphrase-fd 0', 'gpg --batch --passphrase-fd 0 -d backup.tar.gpg <<< "gl4ss-Onion-77"', 'gl4ss-Onion-77'],
    ['cryptsetup key file from stdin', 'cryptsetup open /dev/sdb1 vault --key-file - <<< "Lu1ks&Disk"', 'Lu1ks&Disk'],
    ['kinit by a one-line here-document', 'kinit admin@CORP.LAN <<EOF\nKerb3ros!Pass\nEOF', 'Kerb3ros!Pass'],
    ['htpasswd -i by a quoted here-document', "htpasswd -i -c /etc/nginx/.htpasswd admin <<'END'\nNginx=Gate55\nEND", 'Nginx=Gate55'],
  ])('%s', (_, text, password) => {
    expect(secrets(text)).toContain(password);
  });

  it.each([
    ['a variable in a here-string', 'docker login --password-stdin <<< "$CI_REGISTRY_PASSWORD"'],
    ['an expansion in a here-string', 'sudo -S apt update <<< "${SUDO_PASS}"'],
    ['a command substitution', 'docker login --password-stdin <<< "$(cat /run/secrets/registry)"'],
    ['a here-string to a program that reads data', 'grep -c Tr0ub4dor <<< "Tr0ub4dor&3x is in the list"'],
    ['a here-document to cat', 'cat <<EOF\nhello1234!\nEOF'],
    ['a template in a here-document', 'kinit admin <<EOF\n{{ kerberos_password }}\nEOF'],
  ])('keeps %s', (_, text) => {
    expect(secrets(text)).toEqual([]);
  });
});

describe('name/value lists of deploy formats, and # inside their values (dev: a Kubernetes value holding #)', () => {
  it.each([
    ['Kubernetes env value holding #', 'env:\n  - name: REDIS_PASSWORD\n    value: "Falc0n#Nest"', 'Falc0n#Nest'],
    ['Compose env value holding # unquoted', 'environment:\n  - name: SMTP_PASS\n    value: Otter#River3', 'Otter#River3'],
    ['CloudFormation ECS Name/Value', 'Environment:\n  - Name: DB_PASSWORD\n    Value: Otter!River3', 'Otter!River3'],
    ['CloudFormation parameter in CamelCase', 'Parameters:\n  - Name: AdminPassword\n    Value: Gr@nite2020', 'Gr@nite2020'],
    ['a key/value item', '- key: DB_PASSWORD\n  value: Kudu-Horn-71', 'Kudu-Horn-71'],
    ['Azure Pipelines variable item', 'variables:\n- variable: SqlPassword\n  value: Gopher!Hole8', 'Gopher!Hole8'],
    ['.NET application setting', '<setting name="SmtpPassword" serializeAs="String">\n  <value>Quartz!99</value>\n</setting>', 'Quartz!99'],
  ])('%s', (_, text, value) => {
    expect(secrets(text)).toContain(value);
  });

  it.each([
    ['a YAML comment after the key', '- name: DB_PASSWORD\n  value: # set by the operator'],
    ['a boolean setting named after the password', '<setting name="ShowPassword" serializeAs="String">\n  <value>True</value>\n</setting>'],
    ['a setting that is no password', '<setting name="PasswordPolicy"><value>Strict</value></setting>'],
    ['a reference in the value', '- name: DB_PASSWORD\n  value: $(DB_PASSWORD)'],
    ['a name that only starts with the word', '- key: PASSWORD_MIN_LENGTH\n  value: "12"'],
  ])('keeps %s', (_, text) => {
    expect(secrets(text)).toEqual([]);
  });
});

describe('a credential pair after a login verb, in several languages (dev: "logging in with jtanaka / …")', () => {
  it.each([
    ['English, sign in as', 'sign in as ops@corp.com / Gl4cier#Fjord then open the billing tab', 'Gl4cier#Fjord'],
    ['German', 'melde dich mit mschulz / Kirsche#42 an', 'Kirsche#42'],
    ['French', 'connecte-toi avec jdupont / Crêpe_Nantes7 sur le portail', 'Crêpe_Nantes7'],
    ['Italian', 'entra con mrossi / Pizza!Napoli9', 'Pizza!Napoli9'],
    ['Spanish', 'inicia sesión con mgarcia / Churros!Madrid4', 'Churros!Madrid4'],
    ['Polish', 'zaloguj się jako admin / Kotlet#Schab9', 'Kotlet#Schab9'],
    ['Russian', 'войдите под admin / Пельмени#7', 'Пельмени#7'],
  ])('%s', (_, text, password) => {
    expect(secrets(text)).toContain(password);
  });

  it.each([
    ['services offered for signing in', 'log in with Google / GitHub2 accounts'],
    ['protocols', 'you can log in with SSO / SAML2.0 or with a password'],
    ['a list of providers', 'Sign in with Apple / Google+ / Microsoft365'],
    ['a version', 'log in with your-name / v2.3.1'],
  ])('keeps %s', (_, text) => {
    expect(secrets(text)).toEqual([]);
  });
});

describe('keys given by position to API client constructors (dev: plivo.RestClient(auth_id, "…"))', () => {
  it.each([
    ['Twilio, Python', 'client = Client("ACddde3a166bdfadd12ae786597e2336bf", "ae1cd564d329a4756b3a9108aa092bdc")', 'ae1cd564d329a4756b3a9108aa092bdc'],
    ['Twilio, Ruby', "@client = Twilio::REST::Client.new('ACddde3a166bdfadd12ae786597e2336bf', 'ae1cd564d329a4756b3a9108aa092bdc')", 'ae1cd564d329a4756b3a9108aa092bdc'],
  ])('%s', (_, text, key) => {
    expect(secrets(text)).toContain(key);
  });

  // found before as random tokens (`<SECRET_1>`); now named for what they are
  it.each([
    ['Algolia, JavaScript', "const search = algoliasearch('LATENCY42X', 'c5fcfd7cdf7866d193da3beee8068033');", 'c5fcfd7cdf7866d193da3beee8068033'],
    ['Plivo, PHP', '$client = new \\Plivo\\RestClient("MAVU3ODB146AK5TF3LQH", "cdz7WEkzgefk4dnX65HCuM9HgK0PMGkqZb6NBnN9");', 'cdz7WEkzgefk4dnX65HCuM9HgK0PMGkqZb6NBnN9'],
    ['a base62 key as the only argument', "const api = new WeatherApi('SxQVwIoPwrjZABnkHiuBsSxDUPUbL1qg');", 'SxQVwIoPwrjZABnkHiuBsSxDUPUbL1qg'],
  ])('%s is named an API key', (_, text, key) => {
    expect(detect(text, { level: 'secrets' }).map((s) => [text.slice(s.start, s.end), s.kind])).toContainEqual([key, 'api_key']);
  });

  it('keeps the account id before the key', () => {
    expect(secrets('client = Client("ACddde3a166bdfadd12ae786597e2336bf", "ae1cd564d329a4756b3a9108aa092bdc")')).not.toContain('ACddde3a166bdfadd12ae786597e2336bf');
  });

  it.each([
    ['a UUID given to a client', 'const client = new Client("3f1c2b9e-8d7a-4c21-9b0e-6a5d4c3b2a10");'],
    ['a URL', "const redis = createClient('redis://cache.internal:6379/0');"],
    ['a region and options', "new S3Client({ region: 'eu-west-1' })"],
    ['an i18n key', "new ApiClient('settings.integrations.apiKeyLabel')"],
    ['a counted stand-in', "algoliasearch('APPID', '0123456789abcdef0123456789abcdef')"],
  ])('keeps %s', (_, text) => {
    expect(secrets(text)).toEqual([]);
  });
});

// Second pass: a literal of four or five characters in real quotes under a password name was left, since the value
// rule asked for six; a literal typed into a password field is the password whatever its length (dev: Bandit's
// `password="blerg"`, `"@#!%#"`). Stand-ins, settings, password words and keys pressed in a row stay kept.
describe('short quoted literals given to a password name (second pass)', () => {
  it.each([
    ['Python keyword default', 'def do_login(password="blerg"):', 'blerg'],
    ['JSON, a short key', '{"pwd": "abc1"}', 'abc1'],
    ['YAML env', 'DB_PASSWORD: "s3cr"', 's3cr'],
    ['a comparison', 'if user.passwd == "Mx7!":', 'Mx7!'],
    ['Go struct field', 'cfg := Config{Password: "hunt"}', 'hunt'],
    ['Russian name', 'пароль = "кот9"', 'кот9'],
    ['symbols only', 'DB2_PASSWORD = "@#!%#"', '@#!%#'],
  ])('%s', (_, text, value) => {
    expect(secrets(text)).toContain(value);
  });

  it.each([
    ['a counting run (Bandit)', "passphrase='1234'"],
    ['a counting run with a symbol (checkov)', '"adminPassword": "123!"'],
    ['a programmer’s stand-in', 'password: "foo1"'],
    ['a hashing setting', "password_encryption = 'md5'"],
    ['a prompt setting', 'password: "ask"'],
    ['a boolean', 'password: "true"'],
    ['a password word', 'pwd: "pass"'],
    ['an interface label', '"password": "Senha"'],
    ['a template', 'password: "{{pw}}"'],
    ['a bare short word', 'password: blah'],
    ['a short phrase with a space', 'password: "a b c"'],
  ])('keeps %s', (_, text) => {
    expect(secrets(text)).toEqual([]);
  });
});

// Second pass: a passphrase of spaced words on its own line of a key/value form. Its words are a dictionary's, so
// the token rules read none of them as a password; the form's layout says it is the value of the password label.
describe('passphrases of spaced words on a line of a key/value form (second pass)', () => {
  it.each([
    ['English, a Wi-Fi card', 'Wi-Fi\nSSID: HomeNet\nPassphrase: correct horse battery staple', 'correct horse battery staple'],
    ['French, a space before the colon', 'Nom : Dupont\nMot de passe : tigre violet cuillère nuage', 'tigre violet cuillère nuage'],
    ['German, nouns capitalised', 'Benutzer: anna\nPasswort: blaue Katze tanzt leise', 'blaue Katze tanzt leise'],
    ['Russian, the label inflected', 'Логин: ivan\nПароль: зелёный котёнок пьёт молоко', 'зелёный котёнок пьёт молоко'],
    ['the form line after it', 'Wachtwoord: rode fiets zwemt langzaam\nGebruiker: piet', 'rode fiets zwemt langzaam'],
  ])('%s', (_, text, phrase) => {
    expect(secrets(text)).toContain(phrase);
  });

  it.each([
    ['a sentence (short words)', 'User: bob\nPassword: please ask the admin for it'],
    ['a pointer elsewhere', 'User: bob\nPassword: see the vault entry below'],
    ['a label naming something about the password', 'User: bob\nPassword hint: favourite childhood cartoon hero'],
    ['an interface message in sentence case', 'User: bob\nPassword: Please contact your administrator'],
    ['a line alone, no form around it', 'Passphrase: correct horse battery staple'],
    ['prose after the phrase', 'Host: db\nPassword: correct horse battery staple is famous'],
  ])('keeps %s', (_, text) => {
    expect(secrets(text)).toEqual([]);
  });
});
