// Round 7: one randomness model (rules/token-randomness.ts) decides whether a token in a key's place is a secret,
// whatever its prefix or name, and a key word of any language or a provider's name next to it (rules/key-context.ts)
// lowers the bar. What a person notices: machine-random keys are redacted in every layout and language, and the
// identifiers, words, paths, versions, counting runs and hashes next to them are not.
import { describe, expect, it } from 'vitest';
import { detect } from './detect';
import { keyContextOf } from './rules/key-context';
import { expectedEntropy, looksMachineRandom, measureRandomness } from './rules/token-randomness';

const SECRET = new Set(['password', 'secret', 'api_key', 'private_key', 'jwt']);
function secrets(text: string): string[] {
  return detect(text, { level: 'secrets' })
    .filter((s) => SECRET.has(s.kind))
    .map((s) => text.slice(s.start, s.end));
}

// drawn at random for these tests (node:crypto), no provider's shape
const B62 = 'FdpQhGvPCaQUeWz16GUsGi8Hqy2lGXzf';
const B62_24 = 'Ov49zT0Vy1TWh1TvU1pdwX98';
const HEX32 = 'c4c8391e1deb25d243e446bc2ccc8261';
const HEX40 = 'ca404b820f348dfe2b889edbf670b57ff6115ca7';
const B36 = 'yblpyzu91cc1gnesz2d1mlcc';
const B36_UPPER = '3KNETX302ZHI3IEOP59K';
const B64 = '/qPRZMXn01bpfqXmVeGeandPMowy93LaF5KSJ2d2';

describe('the randomness model', () => {
  it('expects the entropy a uniform draw really has at each length (not log2 of the alphabet)', () => {
    expect(expectedEntropy(62, 20)).toBeGreaterThan(4.0);
    expect(expectedEntropy(62, 20)).toBeLessThan(Math.log2(20));
    expect(expectedEntropy(16, 4000)).toBeCloseTo(4, 2);
  });

  it.each([B62, B62_24, B64])('takes %s as random wherever it stands', (token) => {
    expect(looksMachineRandom(token, 'bare') || token.length < 32).toBe(true);
    expect(looksMachineRandom(token, 'placed')).toBe(true);
    expect(looksMachineRandom(token, 'keyed')).toBe(true);
  });

  it.each([HEX32, HEX40, B36, B36_UPPER])('takes hex and one-case base36 %s as random only next to a key word', (token) => {
    expect(looksMachineRandom(token, 'keyed')).toBe(true);
    expect(looksMachineRandom(token, 'placed')).toBe(false);
  });

  it.each([
    ['camelCase', 'getElementByIdForTheUser2'],
    ['a type name with digits', 'HTMLCanvasElement2D3Context'],
    ['German words run together', 'Passwortgeheimnis2024Zugang'],
    ['Indonesian words in camelCase', 'kataSandiRahasiaPengguna99'],
    ['a path', 'node_modules/react/cjs/index.js'],
    ['a version', 'v12.2.3-beta.4+build.2024'],
    ['a hashed file name', 'main.3f2a9c1b8e7d.chunk.js'],
    ['a member path', 'ts.SyntaxKind.FalseKeyword'],
    ['letters and digits counted in turn', 'B1C2D3E4F5G6H7I8J9K0L1M2N3O4P5'],
    ['a repeated group', 'abcdef123456abcdef123456abcdef123456'],
    ['a keyboard row', 'qwertyuiop1234567890asdfghjkl'],
    ['a product token', 'Mozilla5WindowsNT10Win64x64'],
  ])('keeps %s (%s) even next to a key word', (_family, token) => {
    expect(looksMachineRandom(token, 'keyed')).toBe(false);
  });

  it('scores words of several languages as words and random letters as not', () => {
    expect(measureRandomness('contrasenaSeguraDelServidor').wordy).toBeGreaterThan(0.6);
    expect(measureRandomness('schluesselVerwaltungDienst').wordy).toBeGreaterThan(0.6);
    expect(measureRandomness('motDePasseDuRouteurPrincipal').wordy).toBeGreaterThan(0.6);
    expect(measureRandomness(B62).wordy).toBeLessThan(0.2);
  });
});

describe('key words of many languages and provider names', () => {
  it.each([
    ['clarifai'], ['ASANA_PAT'], ['TwitterApi'], ['new-relic ingest'], ['Mein Schlüssel'], ['ma clé'], ['la llave'],
    ['ключ доступа'], ['访问密钥'], ['APIキー'], ['토큰'], ['anahtar'], ['kunci rahasia'], ['Datadog'],
  ])('%s names a key', (words) => {
    const found = keyContextOf(words);
    expect(found.keyWord || found.provider).toBe(true);
  });

  it.each([['monkey'], ['tokenizer output'], ['the authors'], ['git checkout'], ['keyboard layout']])('%s does not', (words) => {
    const found = keyContextOf(words);
    expect(found.keyWord || found.provider).toBe(false);
  });
});

describe('machine-random tokens in a key\'s place are redacted', () => {
  it.each([
    ['after a provider name, no key word', `clarifai ${B62}`],
    ['a provider as the name', `asana: '${HEX32}'`],
    ['a key word in Spanish before it', `la llave de la API: ${B36}`],
    ['a key word in Russian', `ключ: ${B62_24}`],
    ['a key word in Japanese', `APIキー ${B62}`],
    ['a key word in Turkish', `anahtar = ${HEX40}`],
    ['a Vault-style table row', `signing_key    ${B62}`],
    ['alone on the line after a provider name', `Datadog\n${HEX32}`],
    ['an access key id named by its provider', `export AWS_ACCESS_KEY_ID="${B36_UPPER}"`],
    ['a CONSTANT_CASE key word name with no operator', `setx SYNC_SHARED_KEY ${HEX40}`],
    ['a quoted value with no name at all', `client.configure("${B62}")`],
  ])('%s', (_family, text) => {
    const token = [B62, B62_24, HEX32, HEX40, B36, B36_UPPER, B64].find((t) => text.includes(t))!;
    expect(secrets(text).join(' ')).toContain(token);
  });

  it.each([
    ['dd-apikey-', HEX32],
    ['datadog-secrettoken-', HEX32],
    ['stripe_secret-', B62],
  ])('the random part of a key word glued before it: %s…', (head, token) => {
    expect(secrets(`${head}${token}`)).toEqual([token]);
  });
});

describe('look-alikes next to key words stay', () => {
  it.each([
    ['a commit checked out', `git checkout ${HEX40}`],
    ['a GPG key fingerprint', `gpg --recv-keys ${HEX40}`],
    ['a public key id', `public key id: ${HEX32}`],
    ['the RFC example UUID after a key word', 'bugsnag secret 123e4567-e89b-12d3-a456-426614174000'],
    ['a counting stand-in after a provider', 'cloudflare_key="B1C2D3E4F5G6H7I8J9K0L1M2N3O4P5Q6R7S8T9U0V1"'],
    ['a repeated stand-in after a key word', 'mailgun_api_key=abcdef123456abcdef123456abcdef123456abcdef123456'],
    ['a member path after a key word', 'const key = ts.SyntaxKind.EqualsToken;'],
    ['identifiers given to a token name', 'tokenType = TokenKind.IdentifierOrKeyword'],
    ['a hashed asset after a key word', 'cacheKey: "main.3f2a9c1b8e7d.chunk.js"'],
    ['a lockfile integrity value', '"integrity": "sha512-Ov49zT0Vy1TWh1TvU1pdwX98FdpQhGvPCaQUeWz16GUsGi8Hqy2lGXzf=="'],
  ])('%s', (_family, text) => {
    expect(secrets(text)).toEqual([]);
  });
});

// Families of round 7's dev misses, each in several languages or layouts; the values are drawn or written here.
const PW16 = 'Rd2FdBShewnj5I4G';
const ADO = 'pNGbtBtJkBkCf7lxODW9jkK3gBwRBpSz1DO6CtJo4ZBIG5dP5MfN' + 'JQQJ99BKACAAAAAAAAAAAAASAZDO' + 'x7Qa';

describe('passwords and secrets in the forms round 7 added', () => {
  it.each([
    ['a password line under a user line', 'username: deploy\npassword: marmalade', 'marmalade'],
    ['no colons at all', 'user deploy\npassword marmalade', 'marmalade'],
    ['German labels', 'Benutzername: admin\nPasswort: Kirschbaum', 'Kirschbaum'],
    ['Russian labels', 'Логин: admin\nПароль: черёмуха', 'черёмуха'],
    ['French prose with "c\'est"', `le mot de passe du serveur c'est ${PW16}`, PW16],
    ['Arabic prose with "هي"', 'كلمة المرور هي Cobalt-lantern-fjord-27', 'Cobalt-lantern-fjord-27'],
    ['a secret piped into docker secret create', `echo "${HEX40}" | docker secret create hmac_pepper -`, HEX40],
    ['a secret piped into gh secret set', `printf '${B62}' | gh secret set DEPLOY_TOKEN`, B62],
    ['a real password at a documentation host', `git clone https://ci:${PW16}@git.example.org/team/app.git`, PW16],
    ['an Azure DevOps PAT with no name', `azure devops pat = ${ADO}`, ADO],
  ])('%s', (_family, text, value) => {
    expect(secrets(text).join(' ')).toContain(value);
  });

  it.each([
    ['a stand-in password at a documentation host', 'postgres://user:password@db.example.com/app'],
    ['a reference under a user line', 'user: admin\npassword: ${DB_PASSWORD}'],
    ['a non-null assertion on an env reference', 'apiKey: process.env.STRIPE_KEY!,'],
    ['a provider prefix followed by counting', 'bkua_1234567890abcdef1234567890abcdef12345678'],
    ['a provider prefix followed by the alphabet', 'pk_1234567_ABCDEFGHJKLMN1234567890OPQRS1234'],
    ['a user line followed by prose', 'username: deploy\npassword reset links expire after an hour'],
  ])('keeps %s', (_family, text) => {
    expect(secrets(text)).toEqual([]);
  });
});

describe('code that looks like a credential pair', () => {
  it.each([
    ['a TypeScript interface', 'interface Login {\n  username: string;\n  password: string;\n}'],
    ['optional fields', '  user?: string\n  password?: string'],
  ])('keeps %s', (_family, text) => {
    expect(secrets(text)).toEqual([]);
  });
});

describe('hex letters are not words', () => {
  it('takes random hex whose short letter runs read like words, keeps hex words typed in', () => {
    // `edfa`, `ece`, `edba` are runs of a–f a uniform draw makes; only long runs (`deadbeef`) say a person typed it
    expect(looksMachineRandom('0e0edfa92d829f4885249ece67edba98', 'keyed')).toBe(true);
    expect(looksMachineRandom('deadbeefcafebabefacefeeddecade01', 'keyed')).toBe(false);
  });
});
