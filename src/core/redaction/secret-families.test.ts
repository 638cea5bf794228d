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

const ANTHROPIC_BODY = 'u8Wh361BfDyHrABO5MeP8QKM23io8vHkCUYe6jZqAPZkWw3ch6TwD90sUVyHopzBw7BHfPBW2hSgNpuHGbD06CCwYARlWAA';
const OAUTH_BODY = 'undjm_Ii-gy8sC9IlAHLZMkuWJBWxAD7x_n32Oj_FuMSY9UwxVoaQaNh5j0TZ-mH_8RzrYeuwaRz8wd5Xpzg-5sQ-4G5a51GiUhk';
const SESSION_BODY = 'SVPniGQaJlGoeGc85F6eCBgSAL3hpPmVS7GBJMCmbEdZozwAAU2u.NXP6R.i2kVsQaIauUJQV49PHhqize22JprT7fVjCzfs';

describe('secrets whose shape names them', () => {
  it.each([
    ['Azure AD client secret in XML', '<value xsi:type="xsd:string">Ab_7Q~kPq2Wv.Xn8R~tY0zLm-3Hs4Dg9Jf1Ce6Ub</value>', 'Ab_7Q~kPq2Wv.Xn8R~tY0zLm-3Hs4Dg9Jf1Ce6Ub'],
    ['Azure AD client secret given to an unrelated name', 'Example= zZ.4Q~r8Tt1Vb5Nn0Ww3Ee6Yy9Uu2Ii7Oo4Px', 'zZ.4Q~r8Tt1Vb5Nn0Ww3Ee6Yy9Uu2Ii7Oo4Px'],
    // bodies drawn at random (a body that repeats one group is a typed stand-in since round 7)
    ['Anthropic admin key', `key: sk-ant-admin01-${ANTHROPIC_BODY}`, `sk-ant-admin01-${ANTHROPIC_BODY}`],
    ['Anthropic OAuth refresh token', `sk-ant-ort01-${OAUTH_BODY}`, `sk-ant-ort01-${OAUTH_BODY}`],
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

// Round 6: families of forms, places and shapes — each example is written here, none is a corpus item.
describe('assignment forms of any layout', () => {
  it.each([
    ['a column-aligned assignment', 'db_password        = "Tr0ub4dor&3x"', 'Tr0ub4dor&3x'],
    ['a column-aligned Ruby hash', "  :api_token      => 'Vq83kLm2Pz91XcWb7Ye4'", 'Vq83kLm2Pz91XcWb7Ye4'],
    ['a tab-aligned shell variable', 'SMTP_PASSWORD\t\t\t\t\t\t= hunter2hunter', 'hunter2hunter'],
    ['a conditional Makefile assignment', 'PASSWORD ?= Mk!file99', 'Mk!file99'],
    ['JSON inside a string', '"{\\"api_key\\": \\"Jx82Lq0PmZ7wR4tY1vK9\\"}"', 'Jx82Lq0PmZ7wR4tY1vK9'],
    ['escaped JSON without spaces', '{\\"password\\":\\"Gr8Lakes!x\\"}', 'Gr8Lakes!x'],
    ['a TypeScript type before the value', 'const password: string = "Ts!Typed42"', 'Ts!Typed42'],
    ['a Go type before the value', 'var dbPassword string = "Go!Typed42"', 'Go!Typed42'],
    ['a T-SQL declaration', "DECLARE @password NVARCHAR(50) = 'Tsql!Pw9';", 'Tsql!Pw9'],
    ['a Terraform variable default', 'variable "db_password" {\n  type    = string\n  default = "Tf!Pass2024"\n}', 'Tf!Pass2024'],
    ['a Java properties entry in XML', '<entry key="db.password">Xml!Pass99</entry>', 'Xml!Pass99'],
    ['a YAML tag', 'password: !!str 12Qwaszx', '12Qwaszx'],
    ['serialised PHP', 'a:1:{s:9:"stripekey";s:32:"9c1e4b7a2f6d8e0c3b5a7f9d1e2c4b6a";}', '9c1e4b7a2f6d8e0c3b5a7f9d1e2c4b6a'],
    ['a bare word in an ODBC string', '"Driver={x};Uid=app;Pwd=specialsauce;Server=db;"', 'specialsauce'],
    ['a bare word given to a PHP variable', '$user = "app"; $dbpass = swordfish;', 'swordfish'],
    ['a lower-case phrase run together', 'SMTP_PASS = "nobodyknowsmypassword"', 'nobodyknowsmypassword'],
  ])('%s', (_family, text, value) => {
    expect(secrets(text)).toEqual([value]);
  });

  it.each([
    ['a label inside a string, then code', 'log("Password: " + user.password)'],
    ['labels in a minified table', 'userLabel:"User:",passwordLabel:"Password:",nextLabel:"Next"'],
    ['a piece of a string built in code', 'String header = "token:" + id + ":" + secret;'],
    ['PHP concatenation after a label', "echo 'password = '.$cfg['db']['pass'];"],
    ['a reference quoted twice', 'echo "export API_TOKEN=\\"\'$CI_TOKEN\'\\"" >> .env'],
    ['a resource name', 'ChangePasswordPolicy = "arn:aws:iam::aws:policy/ChangePassword"'],
    ['a CSS selector', "this.resetPassword = '#reset-password';"],
    ['a call at the start of a line', 'password = getenv("DB_PASSWORD")'],
    ['a setting name before value=', '<add key="TokenEndpoint" value="https://login.example.org/oauth2/token"/>'],
    ['an attribute list after a secret-named name', 'name="plugin_s3_access_key" id="plugin-s3-access-key"'],
    ['a list of settings given to an auth-named option', ":auth_params => 'host=db user=web password=###### dbname=x',"],
    ['a query option named for auth', 'mongodb://db0.example.com/?authSource=admin&replicaSet=rs0'],
    ['a hex number compared with a sig variable', 'if (sig == 0x04034b50) return;'],
    ['a tokenizer state', "{ token: '@brackets', next: '@pop' }"],
    ['a message in a localisation table', '"Unexpected_token_0": "Unerwartetes Token. {0} wurde erwartet."'],
    ['an AST node type', 'type: "TSPropertySignature"'],
    ['a stand-in word', 'my_password = "fakesecret"'],
  ])('keeps %s', (_family, text) => {
    expect(secrets(text)).toEqual([]);
  });

  it('keeps a cookie header whole, every pair in it', () => {
    expect(secrets("headers: { cookie: 'sid=9f8Kq2LmZx; csrftoken=Ab4Lq9Zm2X; theme=dark' }")).toEqual([
      'sid=9f8Kq2LmZx; csrftoken=Ab4Lq9Zm2X; theme=dark',
    ]);
  });
});

describe('secrets in URLs, headers and command lines', () => {
  it.each([
    ['a query parameter ends at &', 'https://api.example.org/v1/items?access_token=Qm8Zr2Wx9Lp4Tn6Vb1Kc&limit=10', 'Qm8Zr2Wx9Lp4Tn6Vb1Kc'],
    // round 22: on a hooks host the whole URL is the credential (rules/webhook-urls.ts)
    ['a signature parameter', 'https://hooks.internal/x?id=7&sig=Zx3Rk9Pq2Lm7Wt4Vb8Nc', 'https://hooks.internal/x?id=7&sig=Zx3Rk9Pq2Lm7Wt4Vb8Nc'],
    ['an unencoded @ in a URL password', 'ftp://ann:p@ss!w0rd@files.corp.net/pub', 'p@ss!w0rd'],
    ['a CSRF crumb header', "curl -H 'App-Crumb:5f1c9e7a3b2d4f6e8a0c1b3d5e7f9a2c' $URL", '5f1c9e7a3b2d4f6e8a0c1b3d5e7f9a2c'],
    ['a hex token given to a login property', 'mvn verify -Dscanner.login=5f4dcc3b5aa765d61d8327deb882cf99aa11bb22', '5f4dcc3b5aa765d61d8327deb882cf99aa11bb22'],
    ['a personal access token in base32', 'devops_pat = "q7vxkzr3m2pyd5wlh6tnb4fgj2cuo7ea3sir6vkx5lmqdnw2zbhy"', 'q7vxkzr3m2pyd5wlh6tnb4fgj2cuo7ea3sir6vkx5lmqdnw2zbhy'],
    ['a hex key glued to its name', '"appconnectkey": "8d0f2b4a6c8e1f3a5b7c9d0e2f4a6b8c"', '8d0f2b4a6c8e1f3a5b7c9d0e2f4a6b8c'],
  ])('%s', (_family, text, value) => {
    expect(secrets(text)).toEqual([value]);
  });

  it.each([
    ['a query e-mail after the host', 'https://u:Pw4Xq9Lm@host.example.org?to=a@b.org'],
    ['a login that is a name', '"login": "alice"'],
    ['a licence name', 'license: MIT'],
  ])('keeps %s', (_family, text) => {
    expect(secrets(text).join()).not.toMatch(/alice|MIT|host\.example|b\.org/);
  });
});

describe('keys whose shape or call names them', () => {
  it.each([
    ['a capitals prefix and a hex body', 'owner: QXBJ-4780F48C47DF5882DBEC3FD82C7', 'QXBJ-4780F48C47DF5882DBEC3FD82C7'],
    ['an org-prefixed session token', `00D5g000004Ab3X!${SESSION_BODY}`, `00D5g000004Ab3X!${SESSION_BODY}`],
    ['a counting run inside an otherwise random token', 'vendor_secret: 00Qx7Lm2Zp-ABCDEFGHIJ-9Kb4Tr8Vn3-Yc1Xz5Wq', '00Qx7Lm2Zp-ABCDEFGHIJ-9Kb4Tr8Vn3-Yc1Xz5Wq'],
  ])('%s', (_family, text, value) => {
    expect(secrets(text)).toEqual([value]);
  });

  it('labels New Relic keys and licence keys as API keys', () => {
    for (const key of ['eu01xx4c1f9a2e7b3d5c8f0a6e2b9d4f1c7aNRAL', 'NRII-5d0c2a9f7e3b1d4c6a8e0f2b4d6a8c0e', 'NRJS-5d0c2a9f7e3b1d4c6a8']) {
      expect(detect(`license: ${key}`, { level: 'secrets' }).map((s) => s.kind), key).toEqual(['api_key']);
    }
  });

  it('finds every key-shaped argument of an auth call across lines', () => {
    const text = "api = Api(auth=OAuth1('Hq3Lm8Zx2Pw7Tr4Vn9Kb6Yc',\n        'Zr9Qm2Lx7Pw4Tn8Vb3Kc5Xd',\n        'Pw7Lm2Zx9Qr4Tn8Vb3Kc1Ye'))";
    expect(secrets(text)).toEqual(['Hq3Lm8Zx2Pw7Tr4Vn9Kb6Yc', 'Zr9Qm2Lx7Pw4Tn8Vb3Kc5Xd', 'Pw7Lm2Zx9Qr4Tn8Vb3Kc1Ye']);
  });

  it.each([
    ['a counting sequence stand-in', 'helm install x --set app.licenseKey=a1b2c3d4e5f6g7h8i9j0k1l2m3n4NRAL'],
    ['a hand-written UUID stand-in after a prefix', 'helm install x --set app.apiKey=vx-api-a1c3e5g7-b2d4-f6h8-j1k3-m5n7p9q1r3s5'],
    ['a run of one letter with a real suffix', 'license_key: bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbNRAL'],
    ['a digest with a capitals prefix', 'SHA256-9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08'],
  ])('keeps %s', (_family, text) => {
    expect(secrets(text)).toEqual([]);
  });
});

describe('keys named in prose, notes and tables of other languages', () => {
  it.each([
    ['French, words between the key word and a colon', "ma clé d'API : Qx7Lm2Zr9Pw4Tn8V", 'Qx7Lm2Zr9Pw4Tn8V'],
    ['a Markdown table row', '| API key | Rk3Lm8Px2Zw7Tq4V |', 'Rk3Lm8Px2Zw7Tq4V'],
    ['a dotted leader', 'API token ........ Hq3Lm8Zx2Pw7Tr4V', 'Hq3Lm8Zx2Pw7Tr4V'],
    ['Chinese, no space before the value', '我的API密钥是Zq8Lm3Xw7Pr2Tn9V', 'Zq8Lm3Xw7Pr2Tn9V'],
    ['Japanese, the value runs to the kana', 'APIキーはWm4Lq8Zx2Pt7Rn3Vです', 'Wm4Lq8Zx2Pt7Rn3V'],
  ])('%s', (_family, text, value) => {
    expect(secrets(text)).toEqual([value]);
  });

  it('keeps words after a key word', () => {
    expect(secrets('| API key | Description of the field |')).toEqual([]);
    expect(secrets('ma clé d’API : voir le coffre')).toEqual([]);
  });
});

describe('more layouts of a password', () => {
  it.each([
    ['a YAML block scalar', 'db:\n  password: |\n    Bl0ck!Scalar\n  host: x', 'Bl0ck!Scalar'],
    ['the first item of a YAML list under a key name', 'api_keys:\n  - Xk29fLq81mZpQ7Lw9TzA\n  - other', 'Xk29fLq81mZpQ7Lw9TzA'],
    ['ODBC braces around a value with a semicolon', 'Server=x;Uid=y;Pwd={Sommer;2024!};', 'Sommer;2024!'],
    ['the short name PW', 'PW=Sommer2024!', 'Sommer2024!'],
    ['a user and a password with no comma', 'user admin pass Sommer2024!', 'Sommer2024!'],
    ['credentials written as a pair', 'credentials: admin / Sommer2024!', 'Sommer2024!'],
  ])('%s', (_family, text, value) => {
    expect(secrets(text)).toEqual([value]);
  });

  it.each([
    ['a PowerShell cmdlet given to $pw', '$pw = Read-Host -AsSecureString'],
    ['a list of names after a quoted PW', '{alpha2:`PW`,alpha3:`PLW`}'],
    ['braces of code given to a key', 'cache[key] = { nextPos: pos, result: s0 };'],
    ['a YAML list of mappings under a token name', 'tokens:\n  - name: deploy\n    scope: read'],
  ])('keeps %s', (_family, text) => {
    expect(secrets(text)).toEqual([]);
  });
});

// round 8: text given to a secret-named key (localisation tables, address data keyed by region names)
describe('text given to secret-named keys', () => {
  it('keeps words, lists and messages of any script', () => {
    for (const text of [
      '"key": "Andhra Pradesh", "lang": "en"',
      '"sub_keys": "Alabama~Alaska~American Samoa~Arizona"',
      '{"id": "data/CL/Valparaíso", "key": "Valparaíso"}',
      '"key": "O\'Higgins"',
      '"Index_signature_is_missing_in_type_0_2329": "类型“{0}”中缺少索引签名。"',
      '"Call_signature_return_types_0_and_1_are_incompatible": "呼び出しシグネチャの戻り値の型には互換性がありません。"',
      "secret_question: 'Как звали вашу первую собаку'",
      'api_key: "Київ"',
    ])
      expect(secrets(text), text).toEqual([]);
  });

  it('still takes a key or a password that happens to hold letters of another script', () => {
    expect(secrets('"api_key": "Kx9vQ2mLp8Rt4Wz7Yb3N"')).toEqual(['Kx9vQ2mLp8Rt4Wz7Yb3N']);
    expect(secrets('"password": "Ромашка_2023"')).toEqual(['Ромашка_2023']);
    expect(secrets('"secret": "ключ-9fA2kQ7x-Лиса"')).toEqual(['ключ-9fA2kQ7x-Лиса']);
  });
});
