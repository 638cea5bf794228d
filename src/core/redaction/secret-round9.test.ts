// Round 9's families of secrets and passwords (docs/redaction.md, "Secrets: round 9"): each case written for this
// test, in more than one language or tool, with the look-alikes each family must keep.
import { describe, expect, it } from 'vitest';
import { detect } from './detect';

const SECRET = new Set(['password', 'secret', 'api_key', 'private_key', 'jwt']);
function secrets(text: string): string[] {
  return detect(text, { level: 'secrets' })
    .filter((s) => SECRET.has(s.kind))
    .map((s) => text.slice(s.start, s.end));
}

describe('password words of more languages', () => {
  it.each([
    ['Azerbaijani', 'Wi-Fi şifrə: Qala7741x', 'Qala7741x'],
    ['Uzbek', 'parol: Olma_2019! ni unutmang', 'Olma_2019!'],
    ['Sinhala', 'මුරපදය Kandy2021#', 'Kandy2021#'],
    ['Amharic, inflected', 'የይለፍ ቃሉ Addis#4411 ነው', 'Addis#4411'],
    ['Hausa', 'kalmar sirri: Kano!8820q', 'Kano!8820q'],
    ['Zulu', 'iphasiwedi ithi Thekwini55=', 'Thekwini55='],
    ['Irish', 'an pasfhocal ná Gaillimh#12', 'Gaillimh#12'],
    ['Kyrgyz', 'сырсөз: Бишкек_2020', 'Бишкек_2020'],
    ['Tamil', 'கடவுச்சொல் Chennai@4455', 'Chennai@4455'],
    ['Korean loanword', '패스워드 Seoul!7788', 'Seoul!7788'],
  ])('%s', (_, text, value) => {
    expect(secrets(text)).toContain(value);
  });

  it('keeps words and numbers near them', () => {
    expect(secrets('parol: hech kimga aytmang')).toEqual([]);
    expect(secrets('kalmar sirri ta canza a 2024')).toEqual([]);
    expect(secrets('පාස්වර්ඩ් එක වෙනස් කරන්න')).toEqual([]);
  });
});

describe('credential pairs in shorthand', () => {
  it.each([
    ['Spanish contra', 'usuario root, contra Pq8!zLm3x', 'Pq8!zLm3x'],
    ['Turkish şifre', 'kullanıcı admin şifre Yx7!kmP2q', 'Yx7!kmP2q'],
  ])('%s', (_, text, value) => {
    expect(secrets(text)).toContain(value);
  });
});

describe('password options of tools with a flag of their own', () => {
  it.each([
    ['ldapsearch -w', 'ldapsearch -x -D "cn=admin,dc=ex,dc=org" -w Tr0ub4dor&3 -b "dc=ex,dc=org"', 'Tr0ub4dor&3'],
    ['ldapmodify quoted', "ldapmodify -H ldap://dir -D cn=root -w 'Kx9!mPq2zz' -f change.ldif", 'Kx9!mPq2zz'],
    ['zip -P, a German passphrase', 'zip -P Eichhörnchen.Baum.77 -r backup.zip docs/', 'Eichhörnchen.Baum.77'],
    ['7za glued', '7za x -pGeheim!2024 secret.7z', 'Geheim!2024'],
    ['unrar glued', 'unrar x -pq8Zr!vv03 files.rar', 'q8Zr!vv03'],
    ['ipmitool -P', 'ipmitool -I lanplus -H bmc01 -U admin -P Vq7!mx22pp chassis status', 'Vq7!mx22pp'],
    ['xfreerdp /p:', 'xfreerdp /v:host /u:admin /p:Sommer#2023x /cert:ignore', 'Sommer#2023x'],
    ['lftp user,password', 'lftp -u deploy,Pl4tz-Regen.9 ftp://files.internal', 'Pl4tz-Regen.9'],
    ['wpa_passphrase, Italian SSID', 'wpa_passphrase "Casa Rossi" Finestra.verde.42', 'Finestra.verde.42'],
    ['openssl enc -k', 'openssl enc -aes-256-cbc -salt -in a.txt -out a.enc -k Zz81!kqLm', 'Zz81!kqLm'],
    ['schtasks /RP', 'schtasks /Create /TN backup /TR c:\\b.bat /RU admin /RP Winter!2024q', 'Winter!2024q'],
  ])('%s', (_, text, value) => {
    expect(secrets(text)).toContain(value);
  });

  it('keeps other flags and references', () => {
    expect(secrets('zip -r -9 backup.zip docs/')).toEqual([]);
    expect(secrets('ldapsearch -x -w "$LDAP_PW" -b dc=ex')).toEqual([]);
    expect(secrets('7z a -mx=9 archive.7z docs/')).toEqual([]);
    // `-y` names a file that holds the password, not the password
    expect(secrets('ldapsearch -x -D cn=admin -y /etc/ldap.secret -b dc=ex')).toEqual([]);
  });
});

describe('secrets files and fixed layouts', () => {
  it.each([
    ['ipsec.secrets hex PSK', ': PSK "9f2c1a7e44b0d3e58a1c2f7b9e0d4a6c"', '9f2c1a7e44b0d3e58a1c2f7b9e0d4a6c'],
    ['ipsec.secrets per host', "vpn.example.org : PSK 'x7Kq!2mZpR'", 'x7Kq!2mZpR'],
    ['ipsec.secrets EAP user', 'carol : EAP "Kirsche-Apfel-19"', 'Kirsche-Apfel-19'],
    ['Wi-Fi QR with an escaped semicolon', 'WIFI:S:Kaffeehaus;T:WPA;P:Milch\\;Zucker42;;', 'Milch\\;Zucker42'],
    ['expect answering a password prompt', 'expect "password:"\nsend "Sonnen-blume!7\\r"', 'Sonnen-blume!7'],
    ['expect, German prompt, send --', 'expect -re "Passwort.*"\nsend -- "Kirsch#Baum9\\n"', 'Kirsch#Baum9'],
  ])('%s', (_, text, value) => {
    expect(secrets(text)).toContain(value);
  });

  it('keeps an expect script that answers another prompt, and a QR code with no password', () => {
    expect(secrets('expect "Continue? (y/n)"\nsend "yes\\r"')).toEqual([]);
    expect(secrets('WIFI:S:Gast;T:nopass;;')).toEqual([]);
  });
});

describe('table columns headed by a password word', () => {
  it('a browser password export (CSV)', () => {
    const text = 'url,username,password,httpRealm\nhttps://mail.internal,anna,Birke.Lind3,\nhttps://git.internal,bob,hunter2,';
    expect(secrets(text)).toEqual(['Birke.Lind3', 'hunter2']);
  });
  it('a Markdown table in German, a plain word in the column too', () => {
    const text = '| Dienst | Benutzer | Passwort |\n|---|---|---|\n| Mail | anna | Bi5rke!Lind |\n| VPN | bob | seehund |';
    expect(secrets(text)).toEqual(['Bi5rke!Lind', 'seehund']);
  });
  it('semicolons and a French header', () => {
    expect(secrets('nom;identifiant;mot de passe\nBanque;jdupont;Soleil2023!')).toEqual(['Soleil2023!']);
  });
  it('a password manager export with a prefixed column name', () => {
    const text = 'folder,name,login_uri,login_username,login_password,login_totp\n,Router,https://192.168.1.1,admin,Qx8vv!Lm,';
    expect(secrets(text)).toContain('Qx8vv!Lm');
  });
  it('keeps code and prose that list the word among others', () => {
    expect(secrets('function login(user, password, remember) {\n  return api(user, password, remember);\n}')).toEqual([]);
    expect(secrets('Fields: name, password, email\nAll three are required, then submit.')).toEqual([]);
    expect(secrets('| field | type |\n|---|---|\n| password | string |')).toEqual([]);
  });
});

describe('names of a secret of their own', () => {
  it.each([
    ['Lua shared secret, hex', 'local shared = "9da0b075097976b0959b616092c6d135"', '9da0b075097976b0959b616092c6d135'],
    ['INI signing key', '[cookies]\nsigning = hvxvgYoztKToENWUaWzlTLqErlZocJ6d', 'hvxvgYoztKToENWUaWzlTLqErlZocJ6d'],
    ['an app certificate given as hex', 'RTC_APP_CERTIFICATE=f3cf46b09337cb4bcfc5dacbc246dff1', 'f3cf46b09337cb4bcfc5dacbc246dff1'],
    ['a TOTP seed in base32', 'totp_seed: JBSWY3DPEHPK3PXP7QZA2LMN4OPQ5RST', 'JBSWY3DPEHPK3PXP7QZA2LMN4OPQ5RST'],
    ['a pepper in YAML', 'pepper: "Wq93kLmZpX27vBnT4rYc"', 'Wq93kLmZpX27vBnT4rYc'],
  ])('%s', (_, text, value) => {
    expect(secrets(text)).toContain(value);
  });

  it('keeps ordinary settings under the same words', () => {
    expect(secrets('shared = true')).toEqual([]);
    expect(secrets('seed = 42')).toEqual([]);
    expect(secrets('signing_method = "HS256"')).toEqual([]);
    expect(secrets('encryption: "aes-256-gcm"')).toEqual([]);
    const cert = 'MIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJRTESMBAGA1UEChMJQmFsdGltb3JlMRMwEQYDVQQLEwpDeWJlclRydXN0';
    expect(secrets(`const certificate = "${cert}"`)).toEqual([]);
  });

  it('slapd and nslcd password directives', () => {
    expect(secrets('rootdn "cn=Manager,dc=ex,dc=org"\nrootpw Łabędź?170371')).toContain('Łabędź?170371');
    expect(secrets('bindpw Kx72!mQpz')).toContain('Kx72!mQpz');
  });
});

describe('secret headers with short random values', () => {
  it('takes random letters under a secret header, keeps words', () => {
    expect(secrets('X-Naver-Client-Secret: OzSxrQdyZk')).toEqual(['OzSxrQdyZk']);
    expect(secrets('X-Partner-Api-Key: vQmTzkRpLw')).toEqual(['vQmTzkRpLw']);
    expect(secrets('X-Api-Secret: OAuthToken')).toEqual([]);
  });
});

describe('keys with no key word: where they stand', () => {
  it.each([
    ['hex key as the basic-auth user', 'curl -u 7d3f0a9c2be14e6f8a1d5c4b3e2f1a09:api_token https://api.timetracker.io/v1/me', '7d3f0a9c2be14e6f8a1d5c4b3e2f1a09'],
    ['random key as the user, X as password', 'curl --user Qm8kTz3vLp0xWn2rYs5B:X https://acme.supportdesk.com/api/v2/tickets', 'Qm8kTz3vLp0xWn2rYs5B'],
    ['a key after an identifier argument', 'client = smsgate.RestClient(auth_id, "Vb7nQ2kLm9PzX4tR8sWc1yHd5gJf3aE6uK0oNi2M")', 'Vb7nQ2kLm9PzX4tR8sWc1yHd5gJf3aE6uK0oNi2M'],
    ['hex after /v3/ on an RPC host of a provider no list names', 'new JsonRpcProvider("https://mainnet.chainnode.io/v3/5b2e8d1f9a3c4e7b6d0f1a2c3e4b5d6f")', '5b2e8d1f9a3c4e7b6d0f1a2c3e4b5d6f'],
    ['a key segment in the middle of an API path', 'fetch("https://api.weatherly.dev/v2/Kp3mQ9zX7vB2nL5wR8tY1cF4/forecast?city=Paris")', 'Kp3mQ9zX7vB2nL5wR8tY1cF4'],
    ['a key as the userinfo of an API URL', 'POST https://Xk9vQ2mLp7TzR4nB8wYc@api.mailer.io/v3/send', 'Xk9vQ2mLp7TzR4nB8wYc'],
    ['after an API: label (French note)', 'Clés du projet — API: 5075b32acd6fab30fa02cb2265c91b8c3a89362fb818c52179ff8b4dc0a31c41', '5075b32acd6fab30fa02cb2265c91b8c3a89362fb818c52179ff8b4dc0a31c41'],
    ['a self-named key on an added diff line', 'diff --git a/keys b/keys\n+AGE-SECRET-KEY-1X4PZ7M2K9QW3RT6YV8LN5HJ0CF2DS7GA9ME4UB6KX3TZ8PQ1WNR', '1X4PZ7M2K9QW3RT6YV8LN5HJ0CF2DS7GA9ME4UB6KX3TZ8PQ1WNR'],
  ])('%s', (_, text, value) => {
    expect(secrets(text).some((s) => s.includes(value))).toBe(true);
  });

  it('keeps commit SHAs and asset hashes in URLs, user names and prose after API', () => {
    expect(secrets('https://github.com/org/repo/v1/3fa24a9948c38b2ef4e772fb3405d419')).toEqual([]);
    expect(secrets('https://cdn.example.com/assets/v2/3fa24a9948c38b2ef4e772fb3405d419')).toEqual([]);
    expect(secrets('curl -u deploy:$TOKEN https://api.acme.io')).toEqual([]);
    expect(secrets('Die API: kein Zugriff seit 2024, Version 3.2.1')).toEqual([]);
  });
});

describe('key words of more languages before a random token', () => {
  it.each([
    ['Slovak', 'šifrovací kľúč je e3c0795e1eff3f7062ad89a88abbe7cf54c9797e33102c64a477bae539955dd7', 'e3c0795e1eff3f7062ad89a88abbe7cf54c9797e33102c64a477bae539955dd7'],
    ['Thai', 'คีย์ลับคือ e60006b19ecba7b1d7e72e61b52af2921b3b0fd5', 'e60006b19ecba7b1d7e72e61b52af2921b3b0fd5'],
    ['Romanian', 'cheie secretă: 4b9e2a7c1d8f3e6a5b0c9d2e7f1a4b8c', '4b9e2a7c1d8f3e6a5b0c9d2e7f1a4b8c'],
  ])('%s', (_, text, value) => {
    expect(secrets(text)).toContain(value);
  });
});
