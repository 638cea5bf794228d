import { describe, expect, it } from 'vitest';
import { detect } from './detect';

const SECRET = new Set(['password', 'secret', 'api_key']);
function secrets(text: string): string[] {
  return detect(text, { level: 'secrets' })
    .filter((s) => SECRET.has(s.kind))
    .map((s) => text.slice(s.start, s.end));
}

describe('passwords without an assignment to anchor on', () => {
  it.each([
    ['stdin pipe', 'echo "kuIeB1zXqkiNi" | docker login -u bot --password-stdin', 'kuIeB1zXqkiNi'],
    ['sudo -S', "echo 'Orchid293!' | sudo -S apt-get update", 'Orchid293!'],
    ['SQL ALTER ROLE', "ALTER ROLE web WITH LOGIN PASSWORD 'bgFfN**o11yM4';", 'bgFfN**o11yM4'],
    ['SQL Server CREATE LOGIN', "CREATE LOGIN reporting WITH PASSWORD = 'Winter2020#';", 'Winter2020#'],
    ['Redis ACL', 'ACL SETUSER worker on >Dragon-tigre-dragon ~jobs:* +@all', 'Dragon-tigre-dragon'],
    ['nmcli', 'nmcli dev wifi connect HomeNet password Orchid1869!', 'Orchid1869!'],
    ['docker login -u -p', 'docker login -u ci-bot -p lqhfenpsze61 registry.internal', 'lqhfenpsze61'],
    ['keytool -storepass', 'keytool -genkeypair -alias app -keystore app.jks -storepass pingouin_2967', 'pingouin_2967'],
    ['openssl pass:', 'openssl pkcs12 -export -in c.pem -out b.p12 -passout pass:Maple2024x', 'Maple2024x'],
    ['JDBC positional', 'Connection c = DriverManager.getConnection(url, "report", "w6Uf46uNR9");', 'w6Uf46uNR9'],
    ['PDO positional', "$pdo = new PDO('mysql:host=localhost;dbname=shop', 'shop', 'ApBkC2Lu9rE#n2');", 'ApBkC2Lu9rE#n2'],
    ['PowerShell SecureString', '$pw = ConvertTo-SecureString "pingouin277" -AsPlainText -Force', 'pingouin277'],
    ['Oracle login', 'sqlplus scott/nebula_9005@orcl', 'nebula_9005'],
    ['env list', '- name: DB_PASSWORD\n  value: "Falcon-orchid-tigre"', 'Falcon-orchid-tigre'],
    ['Spanish prose', 'la clave del wifi es Falcon1282$', 'Falcon1282$'],
    ['Japanese prose', 'パスワードはbj8ivvdlsu7t0です', 'bj8ivvdlsu7t0'],
    ['Chinese prose', '密码是 W7cNFz2ky1f', 'W7cNFz2ky1f'],
    // round 20: a config line's identifier given one token ending its line holds the stop too (a YAML plain scalar)
    ['YAML value ending in a stop', 'environment:\n  MYSQL_ROOT_PASSWORD: Spring2021.\n  MYSQL_DATABASE: app', 'Spring2021.'],
  ])('%s', (_form, text, value) => {
    expect(secrets(text)).toEqual([value]);
  });

  it('keeps prose and code about passwords', () => {
    for (const text of [
      'Use a password manager; never reuse passwords.',
      'the password field is required',
      'url.password = this.nextToken;',
      'password_hash = bcrypt.hashpw(pw, bcrypt.gensalt())',
      'echo "hello" | grep h',
      'keytool -list -storepass $STORE_PASS',
      "DriverManager.getConnection(url, user, password);",
      '- name: LOG_LEVEL\n  value: debug',
    ])
      expect(secrets(text), text).toEqual([]);
  });
});

describe('keys of providers secretlint lacks, and headers', () => {
  it.each([
    'key-56d2936016dcd0ac6c21664dfc1e5f4f',
    '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',
    'dp.pt.ht9ieJm4IjBEi7RLn9JqlPS7dysQDMlnsKqZM3fv0eW',
    'pul-6f5febd3a4be9d28102bcf0b052172f72ecf19b0',
    'pscale_tkn_8OtP5-6HQIfVeLkk8-vD6CcMs42ferQeUDFOrgr30SR',
    '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',
    'sqp_4e9f6d35ae1460f4d15d3b740e1f4e1f80b0e039',
    'pat-na1-76cf901c-9d01-4e1f-aa7a-cd5009c2aff4',
    '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',
    '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',
  ])('%s in prose', (key) => {
    expect(secrets(`here is my key ${key}, why is it rejected?`)).toEqual([key]);
  });

  it('takes a random-looking token right after a key word in prose, not identifiers or digests', () => {
    expect(secrets('Why do I get 401 with this key? DKQcfG0fNNQskB7fdlaO4jUtuaQKtO8T')).toEqual(['DKQcfG0fNNQskB7fdlaO4jUtuaQKtO8T']);
    expect(secrets('the key someVeryLongIdentifierName is used')).toEqual([]);
    expect(secrets('token validateAccessTokenForUser2024')).toEqual([]);
  });

  it('redacts the credentials of an Authorization header of any scheme, also quoted in code', () => {
    expect(secrets('Authorization: Token 4585f59b992911a3ad880201cf63dc6a')).toEqual(['4585f59b992911a3ad880201cf63dc6a']);
    expect(secrets('headers = {"Authorization": "Token 4585f59b992911a3ad880201cf63dc6a"}')).toEqual(['4585f59b992911a3ad880201cf63dc6a']);
    expect(secrets('const author = "Jane Doe";')).toEqual([]);
  });
});

// Round 6: a password word and its value in notes, tables and lists, in any language; passwords passed by position.
describe('passwords in notes and tables', () => {
  it.each([
    ['a dotted leader', 'Admin password ....... Gx7#pLq2!m', 'Gx7#pLq2!m'],
    ['a dashed leader across a column gap', '    Vault password       ----    Qh5&tRw8!', 'Qh5&tRw8!'],
    ['a Markdown table row', '| Password | W1nter-Sun!9 |', 'W1nter-Sun!9'],
    ['an arrow', 'root password -> Kf8$wq2Lz', 'Kf8$wq2Lz'],
    ['a Unicode arrow in Spanish', 'contraseña → Pato!Azul77', 'Pato!Azul77'],
    ['a tab after a German word', 'Passwort:\tSonne42Mond!', 'Sonne42Mond!'],
    ['an adverb after the French verb', 'le mot de passe est toujours B4guette!x', 'B4guette!x'],
    ['five words before the verb', 'My password for the staging box is correcthorse99', 'correcthorse99'],
    ['backticks around the value', 'use the password `Zq9!vR2#` to log in', 'Zq9!vR2#'],
    ['the short word pw', 'the admin pw is k3yst0ne77', 'k3yst0ne77'],
    ['Cyrillic letters and digits', 'Пароль от почты: Мишка2024', 'Мишка2024'],
  ])('%s', (_form, text, value) => {
    expect(secrets(text)).toEqual([value]);
  });

  it('keeps table headers, cmdlets and settings lists', () => {
    for (const text of [
      '| Password | Description |',
      'Password ....... see the vault',
      '$pw = ConvertTo-SecureString $plain -AsPlainText',
      'Server=db;User Id=web;Password=secret;Database=app;',
      'passwordLabel:"Password:",rememberLabel:"Remember me"',
    ])
      expect(secrets(text), text).toEqual([]);
  });
});

describe('passwords passed by position to login and credential calls', () => {
  it.each([
    ['requests auth tuple', 'requests.get(url, auth=("deploy", "Pl4ntP0t!"))', 'Pl4ntP0t!'],
    ['smtplib login with an e-mail user', 'server.login("alerts@corp.io", "bq7ZmX2rT9")', 'bq7ZmX2rT9'],
    ['a letters-only password in one case', 'new NetworkCredential("svc-build", "qwmzhtrplkdv")', 'qwmzhtrplkdv'],
    ['Apache HttpClient credentials', 'new UsernamePasswordCredentials("svc", "Ff5!kq2P")', 'Ff5!kq2P'],
    ['basic auth helper', 'HTTPBasicAuth("bot", "mango-Tree-88")', 'mango-Tree-88'],
    ['a method on the literal', 'new PasswordAuthentication("mail", "Zebra7Quilt".toCharArray())', 'Zebra7Quilt'],
    ['a directory path before the user, across lines', 'new DirectoryEntry("LDAP://dc.corp.local",\n    "svc_ldap@corp.local",\n    "Ld4p!2024")', 'Ld4p!2024'],
    ['a connect call with host and port first', 'client.connect(host, 22, "ubuntu", "Kx93!mqL")', 'Kx93!mqL'],
  ])('%s', (_form, text, value) => {
    expect(secrets(text)).toEqual([value]);
  });

  it('keeps calls that take other strings', () => {
    for (const text of [
      'router.connect("users", "index")',
      'auth.login("Welcome back", "Please sign in")',
      'auth("read", "write")',
      'login("userName", "passwordField")',
      'db.connect("localhost", "root")',
      'login(user, password)',
    ])
      expect(secrets(text), text).toEqual([]);
  });
});
