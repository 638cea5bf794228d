// Round 20, the strict level's shape rules (rules/shape-tokens.ts; docs/redaction.md, "Round 20 — shapes at the
// strict level"): a chosen password or a machine-drawn key is redacted by its shape alone, in prose of languages no
// password word list holds and under config keys no context rule names; each look-alike family stays, and neither
// rule runs below the strict level.
import { describe, expect, it } from 'vitest';
import { detect } from './detect';

const secretKinds = new Set(['password', 'api_key', 'secret', 'jwt', 'private_key']);
const secretsAt = (text: string, level: 'secrets' | 'standard' | 'strict' = 'strict'): string[] =>
  detect(text, { level })
    .filter((s) => secretKinds.has(s.kind))
    .map((s) => text.slice(s.start, s.end));

describe('a password by its shape, whatever surrounds it', () => {
  it.each([
    ['Swahili prose', 'Nimeweka Kj8$mNq2!x kwenye seva jana usiku.', 'Kj8$mNq2!x'],
    ['Welsh prose', "Dyma'r cyfrinair newydd: Tr0ub4dor&3 — paid â'i rannu.", 'Tr0ub4dor&3'],
    ['Tagalog prose', 'Ginamit ko ang Winter#2031 para sa router kahapon.', 'Winter#2031'],
    ['Basque prose, quoted', 'Sarbide-gakoa «Ez9@pLq4vR» da orain.', 'Ez9@pLq4vR'],
    ['Amharic prose', 'የይለፍ ቃሉ xQ7%hW2m ነው።', 'xQ7%hW2m'],
    ['Yoruba prose, a word in leet', 'Mo yí i padà sí Mar1p0sa7 loni.', 'Mar1p0sa7'],
    ['an unknown config key', 'upstream_credential_blob: Zq4!rT8w#Lm', 'Zq4!rT8w#Lm'],
    ['an unknown TOML key, quoted', 'opaque_field = "gH5^kP9e&Wn"', 'gH5^kP9e&Wn'],
    ['an unknown XML element', '<Geheimfach>Rv6*Yt3q!Bz</Geheimfach>', 'Rv6*Yt3q!Bz'],
    ['a table cell', '| staging | mQ9xR2vL7kTp |', 'mQ9xR2vL7kTp'],
    ['a flag of an unknown tool', 'zzsync --mirror-auth=Pw8~dN3k!Vr host', 'Pw8~dN3k!Vr'],
    ['a word, a year and a symbol in Malay prose', 'Saya tukar kepada Harimau_2031! semalam.', 'Harimau_2031!'],
    ['dotted words and a number in Quechua prose', 'Kayqa Inti.Killa.64! kachkan.', 'Inti.Killa.64!'],
  ])('%s', (_name, text, value) => {
    expect(secretsAt(text)).toEqual([value]);
  });

  it('runs at the strict level only', () => {
    expect(secretsAt('Nimeweka Kj8$mNq2!x kwenye seva jana usiku.', 'standard')).toEqual([]);
  });
});

describe('a key by its shape, whatever surrounds it', () => {
  it.each([
    ['base62 in Finnish prose', 'Lisäsin avaimen Xb7kQ2mPz9LwR4tYc8NvJ3hG palvelimelle.', 'Xb7kQ2mPz9LwR4tYc8NvJ3hG'],
    ['base64 in an unknown config key', 'blob_ref_x: "q9Zx2LmP+7vRt4Kw/8NcYh3JbQ5s"', 'q9Zx2LmP+7vRt4Kw/8NcYh3JbQ5s'],
    ['hex of no hash length in Turkish prose', 'Anahtar şu: 8f3a91c07be24d5fa61e9c3b7d02e8f4a6c1 tamam mı?', '8f3a91c07be24d5fa61e9c3b7d02e8f4a6c1'],
  ])('%s', (_name, text, value) => {
    expect(secretsAt(text)).toEqual([value]);
  });
});

/** The spans of this round's two rules only: look-alikes some older context rule reads (`labelled-value-line` reads
 *  any value after a label-like head) are that rule's business, not this file's. */
const shapeSpans = (text: string): string[] =>
  detect(text, { level: 'strict' })
    .filter((s) => s.rule === 'password-shaped-token' || s.rule === 'key-shaped-token')
    .map((s) => text.slice(s.start, s.end));

describe('look-alikes stay', () => {
  it.each([
    ['words of several languages', 'Bonjour, mañana Straße Übergrößenträger informatique'],
    ['paths', 'open /var/lib/app2/data.db and C:\\Users\\ana\\Docs2\\x.txt and ~/.ssh/config2'],
    ['URLs', 'see https://example.org/a1/b2?x=Y3&z=4 now'],
    ['e-mail addresses', 'write to Ana.Lopez2@correo.example.es today'],
    ['versions and ranges', 'upgrade from v2.10.3-beta.1 to ^3.4.0-rc.2 and 1.2.3+build.45'],
    ['dates and times', 'at 2031-04-05T10:20:30+02:00 or 05/04/2031 12:30:45'],
    ['numbers with units', 'it took 12.5ms, 3.2GiB, 1920x1080@60Hz and €1,299.00'],
    ['hex hashes', 'commit 9fceb02d0ae598e95dc970b74767f19372d61af8 and md5 d41d8cd98f00b204e9800998ecf8427e'],
    ['a sha256 line of a checksums file', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  app-1.2.tar.gz'],
    ['a lockfile integrity field', '"integrity": "sha512-Wx9QkLm2Pz7vRt4Kw8NcYh3JbQ5sXb7kQ2mPz9LwR4tYc8NvJ3hG=="'],
    ['UUIDs and ULIDs', 'id 3f2b8c1e-9d4a-4f6b-8e2c-1a7d5b9c0e3f and 01HZX3K9QW4T8M2N6P5R7V1YBC'],
    ['identifiers with digits', 'call getUser2ById, Socks5ProxyAgent, utf8Encode, base64Url, int32Array and x509Cert'],
    ['colours and CSS', 'color: #1a2B3c; background: rgba(10,20,30,0.5); margin: 12px'],
    ['option flags', 'run with --max-old-space-size=4096 -Xmx2048m --retries=3'],
    ['code expressions', 'if (a[i+1] >= b2) { x += y3; } else z = fn(k9, "v");'],
    ['bundler names', 'reject$1, types$1._class and pp$5.parseNew'],
    ['key combinations and algorithms', 'press Shift+F10 or use ECDH-ES+A256KW with PKCS#8'],
    ['MIME types and repos', 'send application/vnd.api+json to octo-org/repo-2'],
    ['IPv6 and MAC addresses', 'fe80::1ff:fe23:4567:890a and 00:1A:2B:3C:4D:5E'],
    ['advisory ids in groups', 'GHSA-hpcv-96wg-7vj8 was fixed'],
    ['base64 of plain text', 'the body was SGVsbG8sIFdvcmxkIQ== decoded'],
    ['short base64 of plain text without padding', 'the header held SGFsbG8gV2VsdA and more'],
    ['a ciphertext in hex', 'const encrypted = "a3f19c07be24d5fa61e9c3b7d02e8f4a6c1b9e0d27f4a8c3";'],
    ['class fields, optional chains and ranges', 'read this.#cache2, body?.utf8Text and 0..255*KeyLen'],
    ['box drawings', '│◀───│handler3 and │───▶│handler4'],
    ['an exclaimed acronym with a number', 'We all had COVID19! and Top10! lists'],
    ['pairs and lists', 'entity:42, tag:yaml.org,2002 and 2E,2F,3A-3F'],
    ['groups joined by typographic dashes', 'pay NL91–ABNA–0417–1643–00 or call 0612‒345‒678 from 2014–2026'],
  ])('%s', (_name, text) => {
    expect(shapeSpans(text)).toEqual([]);
  });
});
