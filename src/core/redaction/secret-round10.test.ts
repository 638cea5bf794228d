// Round 10's families of secrets and passwords (docs/redaction.md, "Secrets: round 10"): each case written for this
// test, in more than one language, tool or format, with the look-alikes each family must keep. Every positive here
// fails on round 9's rules (version 10).
import { describe, expect, it } from 'vitest';
import { detect } from './detect';

const SECRET = new Set(['password', 'secret', 'api_key', 'private_key', 'jwt']);
function secrets(text: string): string[] {
  return detect(text, { level: 'secrets' })
    .filter((s) => SECRET.has(s.kind))
    .map((s) => text.slice(s.start, s.end));
}

describe('password words: more languages, compounds and articles', () => {
  it.each([
    ['Croatian', 'zaporka za mrežu je Dubrava#2231', 'Dubrava#2231'],
    ['European Portuguese, hyphenated', 'a palavra-passe é Lisboa!7720', 'Lisboa!7720'],
    ['Swahili', 'nywila yako ni Mombasa_8841!', 'Mombasa_8841!'],
    ['Kazakh written as one word', 'açarsöz: Aqtau#3390', 'Aqtau#3390'],
    ['Maltese article', 'il-password tiegħek hija Valletta#5512', 'Valletta#5512'],
    ['Quechua', 'pakasqa simiyki Cusco!4419', 'Cusco!4419'],
    ['Persian loanword', 'پسورد وای‌فای: Tehran#8830', 'Tehran#8830'],
    ['Arabic loanword', 'الباسورد هو Cairo@7731', 'Cairo@7731'],
    ['Uyghur', 'پارول: Kashgar!2290', 'Kashgar!2290'],
    ['French shorthand', 'mdp du wifi Lyon!2024x', 'Lyon!2024x'],
  ])('%s', (_, text, value) => {
    expect(secrets(text)).toContain(value);
  });

  it('keeps words glued to names, numbers and labels near the word', () => {
    expect(secrets('my-password Lyon!2024x')).toEqual([]);
    expect(secrets('zaporka ima najmanje 12 znakova')).toEqual([]);
    expect(secrets('the MDP has states S1 and S2')).toEqual([]);
    // the user after "for" is labelled by its colon; only the value after it is the password
    expect(secrets('Enter password for anna.berg72: Qx7!mZp2w')).toEqual(['Qx7!mZp2w']);
  });
});

describe('password shapes people choose', () => {
  it.each([
    ['two words and a number', 'ang password ko ay kirsche.wolke.42', 'kirsche.wolke.42'],
    ['two words and a number, Cyrillic', 'пароль от почты sosna.берёза.19', 'sosna.берёза.19'],
    ['capitalised words joined by underscore', 'lozinka od rutera Sunce_Planina7', 'Sunce_Planina7'],
    ['a word and a year right after the word', 'şîfre Ela1987 e', 'Ela1987'],
    ['equals signs inside', 'пароль админки Xr=7kQ=pL2m', 'Xr=7kQ=pL2m'],
  ])('%s', (_, text, value) => {
    expect(secrets(text)).toContain(value);
  });

  it('keeps identifiers, hosts and assignments', () => {
    expect(secrets('password reset for user_name2 only')).toEqual([]);
    expect(secrets('password stored in config.yaml')).toEqual([]);
    expect(secrets('password length=12 minimum')).toEqual([]);
    expect(secrets('password hashing with AES256 and SHA512')).toEqual([]);
  });
});

describe('JSON Web Tokens in every form', () => {
  const unsigned = 'eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiI0MiIsInJvbGUiOiJhZG1pbiJ9.';
  const pretty = 'ewogICJhbGciOiAiUlMyNTYiLAogICJraWQiOiAiazEiCn0.ewogICJzdWIiOiAiNDIiCn0.1gG2fzO_DizsCsiCSWBx68EzmFo1V9xswZRoCE56I9w';
  const spaced = 'eyAiYWxnIjogIkVTMjU2IiB9.eyAiaXNzIjogIngiIH0.1gG2fzO_DizsCsiCSWBx68EzmFo1V9xswZRoCE56I9w';
  const jwe = 'eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..-o0gcucSBDKdU8iw.roVUhv-ssdewz6R_-ZyXgUNmR2xR2fLdQALceJq9M8EjDBScXa4xoQ.K1kvS5hk_iDNa3vYk3C2rA';
  const signed = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwiaWF0IjoxNzAwMDAwMDAwfQ.1gG2fzO_DizsCsiCSWBx68EzmFo1V9xswZRoCE56I9w';
  it.each([
    ['unsigned (alg none) with its empty signature', `token: ${unsigned}`, unsigned],
    ['unsigned without the last dot', `claims ${unsigned.slice(0, -1)} here`, unsigned.slice(0, -1)],
    ['header serialised with line breaks', `see ${pretty} here`, pretty],
    ['header serialised with spaces', `"${spaced}"`, spaced],
    ['JWE with direct encryption (empty key part)', `the response held ${jwe} as its payload`, jwe],
    ['after a percent-escape', `/callback?header=Bearer%20${signed}&next=1`, signed],
  ])('%s', (_, text, value) => {
    expect(secrets(text)).toContain(value);
  });

  it('takes a token wrapped after its dots as one', () => {
    const [h, p, s] = signed.split('.');
    const text = `jwt = ${h}.\n      ${p}.\n      ${s}`;
    expect(secrets(text)).toEqual([text.slice(6)]);
  });

  it('keeps a header alone, dotted names and JSON that is no JOSE header', () => {
    expect(secrets('header eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9 only')).toEqual([]);
    // {"name":"x"}.{"a":1}: base64 JSON parts without alg/typ/enc are not a token
    expect(secrets('eyJuYW1lIjoieCJ9.eyJhIjoxfQ.')).toEqual([]);
    expect(secrets('see ewolf.example.com and ew0Knowledge.base.txt')).toEqual([]);
  });
});

describe('generated secrets holding punctuation, next to a key word', () => {
  it.each([
    ['a Django secret key in .env', 'DJANGO_SECRET_KEY=k8#d2!x9z@q(m)4w_v7&n^p1r+t=y3u$e6i%o0a*s5', 'k8#d2!x9z@q(m)4w_v7&n^p1r+t=y3u$e6i%o0a*s5'],
    ['Indonesian prose', 'kunci rahasianya 7hQ^x2@Lp#9Zr(Vm%4Kt&Wc', '7hQ^x2@Lp#9Zr(Vm%4Kt&Wc'],
    ['Hebrew prose', 'המפתח הסודי: 5Gz#p9!Kq2^Lm@7Xw%Rt', '5Gz#p9!Kq2^Lm@7Xw%Rt'],
    ['German note, value on the next line', 'Schlüssel für die Signatur:\n3v!Qz8#Lm2^Rk5@Tp9%Wy', '3v!Qz8#Lm2^Rk5@Tp9%Wy'],
  ])('%s', (_, text, value) => {
    expect(secrets(text)).toContain(value);
  });

  it('keeps regexes, escapes, shell substitutions and base64 near key words', () => {
    expect(secrets('const keyPattern = /^(?:sk|pk)_(?:test|live)_[A-Za-z0-9]{24}$/;')).toEqual([]);
    expect(secrets('the api key is $(cat ~/.config/key.txt)')).toEqual([]);
    expect(secrets('token format: %(user)s-%(expiry)d-%(sig)s')).toEqual([]);
    expect(secrets('secret hash: i+j5Rysuna8uxJzbcC354K1PQ2KvAbA3+Jutz7HsEVtoLTpOBcmqJseQW9BxHuk7')).toEqual([]);
    // no key word near it: a random-looking run with symbols alone is not enough
    expect(secrets('build id k8#d2!x9z@q(m)4w_v7&n^p1r')).toEqual([]);
  });
});

describe('keys in URLs without a key word', () => {
  it.each([
    ['an app id query parameter on any host', 'curl "https://fx.acme-rates.net/api/latest.json?app_id=9d4c1e7a2b6f8035c1d9e4a7b2f60c83"', '9d4c1e7a2b6f8035c1d9e4a7b2f60c83'],
    ['Azure Functions code', 'https://shop-fn.azurewebsites.net/api/orders?code=Zr8kQ2vLp9XmT4wNc7Hs1BjYe5RgUa3Df6Ko0Pq==', 'Zr8kQ2vLp9XmT4wNc7Hs1BjYe5RgUa3Df6Ko0Pq=='],
    ['client as a parameter', 'https://maps.tiles-io.net/z/1/2.png?client=qT7mR2xK9pL4vN8wZ3cY6bH1jD5fS0gA', 'qT7mR2xK9pL4vN8wZ3cY6bH1jD5fS0gA'],
    ['access as a parameter', 'https://geo.maps-api.io/v1/search?q=Lyon&access=Fq7Xz2Lm9Kp4Rt8Wc3Vn', 'Fq7Xz2Lm9Kp4Rt8Wc3Vn'],
    ['hex as the first path segment of an RPC host', 'RPC_URL=https://dry-wind-7.quiknode.pro/5e2d9a7c41b8f063e9d12a4c7b85f03e6a1d9c42/', '5e2d9a7c41b8f063e9d12a4c7b85f03e6a1d9c42'],
  ])('%s', (_, text, value) => {
    expect(secrets(text)).toContain(value);
  });

  it('keeps commit SHAs, video ids and short codes in URLs', () => {
    expect(secrets('https://api.github.com/repos/o/r/commits/5e2d9a7c41b8f063e9d12a4c7b85f03e6a1d9c42')).toEqual([]);
    expect(secrets('https://cdn.jsdelivr.net/gh/o/r@5e2d9a7c41b8f063e9d12a4c7b85f03e6a1d9c42/x.js')).toEqual([]);
    expect(secrets('https://www.youtube.com/watch?v=dQw4w9WgXcQ&list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG')).toEqual([]);
    expect(secrets('https://shop.example.org/checkout?code=SUMMER2024&access=public')).toEqual([]);
  });
});

describe('private keys encoded as base64', () => {
  it('finds a kubeconfig client key and keeps the certificate beside it', () => {
    const text = 'users:\n- name: admin\n  user:\n    client-certificate-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUJzekNDQVZtZ0F3SUJBZ0lVWgotLS0tLUVORCBDRVJUSUZJQ0FURS0tLS0tCg==\n    client-key-data: LS0tLS1CRUdJTiBFQyBQUklWQVRFIEtFWS0tLS0tCk1IY0NBUUVFSUJrN20wUXEzY1oweDJ2NVl5NlprOG9RYjFtM25SOXMwdVQyd1Y0eFk2ekFvR0NDcUdTTTQ5Ci0tLS0tRU5EIEVDIFBSSVZBVEUgS0VZLS0tLS0K\n';
    expect(secrets(text)).toEqual(['LS0tLS1CRUdJTiBFQyBQUklWQVRFIEtFWS0tLS0tCk1IY0NBUUVFSUJrN20wUXEzY1oweDJ2NVl5NlprOG9RYjFtM25SOXMwdVQyd1Y0eFk2ekFvR0NDcUdTTTQ5Ci0tLS0tRU5EIEVDIFBSSVZBVEUgS0VZLS0tLS0K']);
  });
});

describe('secrets files and config forms of a fixed layout', () => {
  it.each([
    ['Postfix sasl_passwd, bracketed relay', '[mail.isp.example]:587 shop:Qv7!kx2Lmp', 'Qv7!kx2Lmp'],
    ['Postfix sasl_passwd, host and port', 'smtp.office365.com:587 alerts@corp.io:Zr4#pk9Wq', 'Zr4#pk9Wq'],
    ['PPP chap-secrets', '"vpnclient"   *   "Hx8-kq2Pz=w"   *', 'Hx8-kq2Pz=w'],
    ['PPP pap-secrets with an address', 'dsluser * Mq7kz2Xp 10.0.0.2', 'Mq7kz2Xp'],
    ['OpenVPN auth-user-pass file', '$ cat ~/vpn/creds.txt\nmarta\nlinden-kiefer-42', 'linden-kiefer-42'],
    ['unattend.xml password element', '<Password>\n  <Value>Rk7#pq2Lzx</Value>\n</Password>', 'Rk7#pq2Lzx'],
    ['Apple property list', '<key>Password</key>\n<string>wq9Zk2Lp7x</string>', 'wq9Zk2Lp7x'],
    ['mosquitto_passwd -b', 'mosquitto_passwd -b /etc/mosquitto/pw sensor Kiefer2211', 'Kiefer2211'],
    ['an fstab password ending in a stop before the next option', '//nas/s /mnt/s cifs username=scan,password=Brzoza1963.,uid=1000 0 0', 'Brzoza1963.'],
    ['a quoted password of symbols only', 'DB_PASSWORD = "@#!%#$"', '@#!%#$'],
  ])('%s', (_, text, value) => {
    expect(secrets(text)).toContain(value);
  });

  it('keeps look-alikes of those layouts', () => {
    expect(secrets('see file:line for details')).toEqual([]);
    expect(secrets('2 * 3 * 4 * 5')).toEqual([]);
    expect(secrets('$ cat password-policy.txt\nminimum length\ntwelve characters')).toEqual([]);
    expect(secrets('<key>PasswordPolicy</key>\n<dict>')).toEqual([]);
    expect(secrets('password: "*****"')).toEqual([]);
    expect(secrets('PASSWORD: Spring2021. Then log in.')).toEqual(['Spring2021']);
  });
});

describe('hex API keys placed where no key word names them', () => {
  it.each([
    ['the argument of a PascalCase constructor', 'geocoder = OpenCageGeocode("3e9b1d7a52c04f8e96a1b7d3c5e2f084")', '3e9b1d7a52c04f8e96a1b7d3c5e2f084'],
    ['a name ending in API', 'export STEAM_WEB_API=7C1E9A4B2D8F60E3A5C7B9D1F2E4A6C8', '7C1E9A4B2D8F60E3A5C7B9D1F2E4A6C8'],
    ['an appid parameter of a call', 'requests.get(url, params={"appid": "b7e2c9d4a1f8063e5c7a9b2d4f6e8a1c"})', 'b7e2c9d4a1f8063e5c7a9b2d4f6e8a1c'],
    ['the first path segment of an api. host', 'https://api.wx-forecast.net/4d8e2a9c7b1f6035e9a2c4d7b8f1e3a6/forecast/37.8,-122.4', '4d8e2a9c7b1f6035e9a2c4d7b8f1e3a6'],
  ])('%s', (_, text, value) => {
    expect(secrets(text)).toContain(value);
  });

  it('keeps ids, colours, digests and commits given to calls and API hosts', () => {
    expect(secrets('id = ObjectId("3e9b1d7a52c04f8e96a1b7d3c5e2f084")')).toEqual([]);
    expect(secrets('const c = Color("3e9b1d7a52c04f8e96a1b7d3c5e2f084")')).toEqual([]);
    expect(secrets('TestCase("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")')).toEqual([]);
    expect(secrets('https://api.github.com/3e9b1d7a52c04f8e96a1b7d3c5e2f084')).toEqual([]);
    expect(secrets('API_URL=https://api.acme.io/v1')).toEqual([]);
  });
});

describe('Wi-Fi keys, credential headings and Oracle JDBC URLs', () => {
  it.each([
    ['French Wi-Fi key', 'clé WiFi : Vx9kq2Lmz7', 'Vx9kq2Lmz7'],
    ['Polish network key, words reversed', 'klucz sieci Vx9kq2Lmz7', 'Vx9kq2Lmz7'],
    ['Vietnamese pass before wifi', 'pass wifi nhà mình là Vx9kq2Lmz7 nhé', 'Vx9kq2Lmz7'],
    ['German credentials heading', 'Zugangsdaten: admin / Vx9kq2Lmz7', 'Vx9kq2Lmz7'],
    ['French credentials heading', 'identifiants : jdupont / Vx9kq2Lmz7', 'Vx9kq2Lmz7'],
    ['Oracle JDBC thin URL', 'jdbc:oracle:thin:app/Vx9kq2Lmz7@//db:1521/ORCL', 'Vx9kq2Lmz7'],
  ])('%s', (_, text, value) => {
    expect(secrets(text)).toContain(value);
  });

  it('keeps sentences about network keys and Oracle URLs without a password', () => {
    expect(secrets('Die WLAN-Schlüssel werden alle 90 Tage rotiert')).toEqual([]);
    expect(secrets('clave de red WPA2 incorrecta, intenta de nuevo')).toEqual([]);
    expect(secrets('jdbc:oracle:thin:@//db:1521/ORCL')).toEqual([]);
  });
});

describe('every item of a list of passwords', () => {
  it('takes each item under a key that ends in a password word', () => {
    expect(secrets('my_passwords:\n  - Kiefer2211!\n  - zweite.Linde.7\nother: x')).toEqual(['Kiefer2211!', 'zweite.Linde.7']);
    expect(secrets('legacy:\n  db_passwords:\n    - "Tanne#5521"\n    - "Birke#7730"')).toEqual(['Tanne#5521', 'Birke#7730']);
  });

  it('keeps lists of rules, references and stand-ins', () => {
    expect(secrets('password_rules:\n  - uppercase\n  - lowercase')).toEqual([]);
    expect(secrets('passwords:\n  - min length 12\n  - must contain a digit')).toEqual([]);
    expect(secrets('passwords:\n- ${DB_PASSWORD}\n- changeme')).toEqual([]);
  });
});

describe('wallet private keys handed to their loader', () => {
  it.each([
    ['ethers Wallet', 'const w = new ethers.Wallet("0x3ec7aaf28f77727761d513fbc4590282cb98bfd66ae8b225c254caeca562239d", provider)', '0x3ec7aaf28f77727761d513fbc4590282cb98bfd66ae8b225c254caeca562239d'],
    ['viem privateKeyToAccount', "privateKeyToAccount('0x8b1a9953c4611296a827abf8c47804d7e6c49c6b1a2f3e4d5c6b7a8990a1b2c3')", '0x8b1a9953c4611296a827abf8c47804d7e6c49c6b1a2f3e4d5c6b7a8990a1b2c3'],
  ])('%s', (_, text, value) => {
    expect(secrets(text)).toContain(value);
  });

  it('keeps transaction hashes and the all-zero stand-in', () => {
    expect(secrets('await provider.getTransaction("0x3ec7aaf28f77727761d513fbc4590282cb98bfd66ae8b225c254caeca562239d")')).toEqual([]);
    expect(secrets('new Wallet("0x0000000000000000000000000000000000000000000000000000000000000001")')).toEqual([]);
  });
});
