// Secrets with no key word and no vendor prefix (rules/random-tokens.ts): found where they stand — given to any
// name, passed to a client constructor, named in prose about leaking them, or long and random anywhere — while the
// random-looking things code and lockfiles are full of stay: digests, SHAs, UUIDs, ids, URLs, certificates, code.
import { describe, expect, it } from 'vitest';
import { detect } from './detect';

const SECRET = new Set(['password', 'secret', 'api_key', 'private_key', 'jwt']);
function secrets(text: string): string[] {
  return detect(text, { level: 'secrets' })
    .filter((s) => SECRET.has(s.kind))
    .map((s) => text.slice(s.start, s.end));
}

const KEY40 = '2JcOs35XkYJkvo23YYSbTpIOOvX2MydoFDY9HCz5';
const B64 = 'AsCZ1X/bbOb1cx5/tgkIE8Z/OWv1V+cU83+EqK6aaKDFh8JUvscTOMwQ9TJa=';

describe('random tokens without a key word', () => {
  it.each([
    ['given to an unrelated name in code', `client_srt = "${KEY40}";`],
    ['a JSON value of any name', `{"the_value": "${KEY40}"}`],
    ['an env-file line', `FOO_BAR=${KEY40}`],
    ['an XML element', `<value>${KEY40}</value>`],
    ['a base64 client argument', `client = SomeClient("${B64}")`],
    ['after a leak verb in prose', `I accidentally committed ${KEY40} to GitHub, what do I do?`],
    ['long and random on its own', `here: ${KEY40}`],
  ])('%s', (_family, text) => {
    const value = text.includes(B64) ? B64 : KEY40;
    expect(secrets(text)).toEqual([value]);
  });

  it.each([
    ['hex as a client argument', 'client = SomeClient("1ecda3f35a60c3fa395001ad41af8c64")', '1ecda3f35a60c3fa395001ad41af8c64'],
    ['hex pasted somewhere', 'I pasted 5f18ee09f0cda95ec238e51bb9bc251a into the settings page', '5f18ee09f0cda95ec238e51bb9bc251a'],
    ['a UUID committed by accident', 'I accidentally committed ff55e495-64b8-441d-bb43-7fc882e0cdc4 to GitHub', 'ff55e495-64b8-441d-bb43-7fc882e0cdc4'],
    ['base64 of a user:password pair in a Kubernetes Secret', 'kind: Secret\ndata:\n  extra: YWRtaW46cGFzc3dvcmQ=', 'YWRtaW46cGFzc3dvcmQ='],
    ["Django's generated key", 'SECRET_KEY = "django-insecure-k#9z(2s=w^u1x$7m@q8v!e0r3t6y_p4o5i-l+j&h)g*f%d"', 'django-insecure-k#9z(2s=w^u1x$7m@q8v!e0r3t6y_p4o5i-l+j&h)g*f%d'],
  ])('%s', (_family, text, value) => {
    expect(secrets(text)).toEqual([value]);
  });

  it.each([
    ['a lockfile integrity hash', `"integrity": "sha512-${B64}=",`],
    ['a yarn.lock integrity line', `  integrity sha1-${KEY40.slice(0, 27)}=`],
    ['a go.sum line', `golang.org/x/text v0.3.7 h1:${KEY40.slice(0, 43)}=`],
    ['a git SHA in prose', 'I committed 38c6693af0179fc95f150158c9773a15d8c3bfd9 to main and it broke the build'],
    ['a SHA given to a commit name', 'commit: 38c6693af0179fc95f150158c9773a15d8c3bfd9'],
    ['a UUID in a log line', 'request ff55e495-64b8-441d-bb43-7fc882e0cdc4 took 30 ms'],
    ['an API object id', `{"id": "chatcmpl-${KEY40}", "object": "chat.completion"}`],
    ['an Anthropic message id', 'msg_01XFDUDYJgAACzvnptvVoYEL returned stop_reason end_turn'],
    ['a token inside a URL', `see https://example.org/files/${KEY40}/view`],
    ['an id-named value', `const sessionId = "${KEY40}";`],
    ['a public key', `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${KEY40} me@laptop`],
    ['a certificate body', `-----BEGIN CERTIFICATE-----\nMIIB${KEY40}\n-----END CERTIFICATE-----`],
    ['a data URI', `<img src="data:image/png;base64,iVBORw0KGgo${KEY40}">`],
    ['member paths in code', 'if (current & bin_trie_flags_js_1.BinTrieFlags.FLAG13) return eocdrBuffer.readUInt16LE(4);'],
    ['a source map reference', '//# sourceMappingURL=reportIfFoundPrivateKeyP12Format.js.map'],
    ['a public key pin', "const pubkey256 = 'pL1+qb9HTMRZJmuC/bB/ZI9d302BYrrqiVuRyW+DGrU=';"],
    ['base64 of plain text', '  "UGF0aWVuY2UgaXMgdGhlIGtleSB0byBzdWNjZXNz", // "Patience is the key to success"'],
    ['a generated parser table', 'states: "kQ3c.iQ4Y/XQ5W0nQ6S1tQ6e2UQ6f2VQ6j2XQ6l2ZQ6q2cQ7 v+R+S+W.n.o.q.r.s/a/i/k/m/x0O0f0g0x1g3h3i3j4P4T4"'],
    ['a constant of a typed array', 'const size = itemCount * BigUint64Array.BYTES_PER_ELEMENT;'],
    ['a Travis CI encrypted value (public by design)', 'env:\n  secure: cAmf8extX/sPl+sxC/6sWTmaiSGrXQY9C/lLg9c76Qn12MLysxDYgCRXfl8Az3RIbRuajq0Sb='],
  ])('keeps %s', (_family, text) => {
    expect(secrets(text)).toEqual([]);
  });
});

// Round 6: a token named after it in prose, and a token as the URL segment after a word that names it.
describe('tokens named after them or by their URL segment', () => {
  const found = (text: string) => detect(text, { level: 'secrets' }).map((s) => text.slice(s.start, s.end));

  it.each([
    ['a key named after it', 'Xk29fLq81mZpQ7Lw9TzA is my API key, why 401?', 'Xk29fLq81mZpQ7Lw9TzA'],
    ['hex named after it', '9b2e6f41c7d8a3e05f1b4c9d2e7a6f38 was our old token', '9b2e6f41c7d8a3e05f1b4c9d2e7a6f38'],
    // round 22: a webhook's whole URL is its credential (rules/webhook-urls.ts)
    ['a webhook segment', 'POST https://hooks.corp.io/webhook/Qm8Zr2Wx9Lp4Tn6Vb1Kc7Yd', 'https://hooks.corp.io/webhook/Qm8Zr2Wx9Lp4Tn6Vb1Kc7Yd'],
    ['a hook segment after a numeric id', 'https://api.x.io/hooks/12345/Qm8Zr2Wx9Lp4Tn6Vb1Kc7Yd/run', 'https://api.x.io/hooks/12345/Qm8Zr2Wx9Lp4Tn6Vb1Kc7Yd/run'],
  ])('%s', (_place, text, value) => {
    expect(found(text)).toEqual([value]);
  });

  it.each([
    ['hex followed by prose', 'the commit 9b2e6f41c7d8a3e05f1b4c9d2e7a6f38 is the fix'],
    ['an asset path segment', 'https://cdn.example.org/assets/Qm8Zr2Wx9Lp4Tn6Vb1Kc7Yd/app.js'],
    ['a blob path with a SHA', 'https://github.com/org/repo/blob/4f9d2a7c1e8b6035d9c2a4f7e1b8c6d04f9d2a7c/x.js'],
  ])('keeps %s', (_place, text) => {
    expect(found(text)).toEqual([]);
  });
});

// round 8: places that name a key without a key word before the token
describe('keys named by a provider host, a query parameter, a glued callee or a comment after them', () => {
  it.each([
    ['last path segment of a provider API host', 'RPC=https://polygon-mainnet.infura.io/v3/Qm7xKp2LwZ9vRt4Yb8NcJd3H', 'Qm7xKp2LwZ9vRt4Yb8NcJd3H'],
    ['query parameter of a provider host', 'curl "https://api.openweathermap.org/data/2.5/forecast?lat=48&appid=9c3e1b7a5d2f4086e1a7c9b3d5f20e84"', '9c3e1b7a5d2f4086e1a7c9b3d5f20e84'],
    ['query parameter named key on any host', 'fetch(`https://example.net/v1/geo?q=Lyon&api_key=Xr8Lm2Qv7Kp4Wz9Nb3Td6Yh1`)', 'Xr8Lm2Qv7Kp4Wz9Nb3Td6Yh1'],
    ['hex argument of a callee glued to a provider name', "const idx = algoliasearchLite('APPID', '5b9d2e7f1c4a8e3b6d0f9a2c7e1b4d8f')", '5b9d2e7f1c4a8e3b6d0f9a2c7e1b4d8f'],
    ['comment after the token, other language', 'cliente = Cliente(sid, "7e2b9d4f1a6c8e3b5d0f2a9c7e4b1d6f")  # token de autenticación de twilio', '7e2b9d4f1a6c8e3b5d0f2a9c7e4b1d6f'],
    ['comment after the token, Cyrillic key word', 'init("c4e8a1f7b2d9e6a3c0f5b8d1e4a7c2f9") // ключ доступа', 'c4e8a1f7b2d9e6a3c0f5b8d1e4a7c2f9'],
  ])('%s', (_form, text, value) => {
    expect(secrets(text)).toEqual([value]);
  });

  it('keeps document ids, commit SHAs and hex that words explain', () => {
    for (const text of [
      'See https://docs.google.com/document/d/1U1RGAehQwRypUTovF1KRlpiOFze0b-_2gc6fAH0KY0k/edit for the format',
      'https://raw.githubusercontent.com/stripe/stripe-node/9f8e7d6c5b4a39281706f5e4d3c2b1a0f9e8d7c6/README.md',
      'https://github.com/algolia/algoliasearch-client-javascript/commit/4e1d9a7c3b8f2e6d0a5c9b1f7e3d8a2c6b0f4e9d',
      'https://api.openweathermap.org/data/2.5/weather?q=Lyon&units=metric&lang=fr',
      'const idx = algoliasearch(appId, apiKey) // keys from the environment',
    ])
      expect(secrets(text), text).toEqual([]);
  });
});
