import { describe, expect, it } from 'vitest';
import { applyOverrides, detect } from './detect';
import type { DetectOptions, RedactionKind } from './types';

function found(text: string, options: DetectOptions = { level: 'strict' }): [RedactionKind, string][] {
  return detect(text, options).map((s) => [s.kind, text.slice(s.start, s.end)]);
}

describe('secrets', () => {
  it('finds provider keys by prefix, in prose and in code', () => {
    expect(found('client = OpenAI(api_key="sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z")')).toEqual([
      ['api_key', 'sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z'],
    ]);
    expect(found('token ghp_R2x9Lm4Kq7Wz1Bv8Ny3Hc6Jd0Fs5Ta2Ue7Pq and AKIA4X9LM2KQ7WZ1BV8N')).toEqual([
      ['api_key', 'ghp_R2x9Lm4Kq7Wz1Bv8Ny3Hc6Jd0Fs5Ta2Ue7Pq'],
      ['api_key', 'AKIA4X9LM2KQ7WZ1BV8N'],
    ]);
  });

  it('keeps documentation placeholders readable', () => {
    expect(found('export OPENAI_API_KEY=sk-your-api-key-here')).toEqual([]);
    expect(found('aws_access_key_id = AKIAIOSFODNN7EXAMPLE')).toEqual([]);
    expect(found('pip install scikit-learn')).toEqual([]);
  });

  it('redacts a whole PEM private key block but not a public key', () => {
    const key = '-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEAx9Lm2Kq7Wz1Bv8N\n-----END RSA PRIVATE KEY-----';
    expect(found(`here:\n${key}\nthanks`)).toEqual([['private_key', key]]);
    expect(found('-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8A\n-----END PUBLIC KEY-----')).toEqual([]);
  });

  it('redacts only the password of a connection string', () => {
    expect(found('postgres://admin:S3cr3tP4ss@db.internal:5432/app')).toEqual([['password', 'S3cr3tP4ss']]);
    expect(found('postgres://user:password@localhost:5432/db')).toEqual([]);
  });

  it('redacts random values assigned to secret-sounding keys, not code that refers to them', () => {
    expect(found('JWT_SECRET=4f9a8c7e2b1d6f3a0e5c8b7a9d2f1e4c')).toEqual([['secret', '4f9a8c7e2b1d6f3a0e5c8b7a9d2f1e4c']]);
    expect(found('"password": "Tr0ub4dor&3"')).toEqual([['password', 'Tr0ub4dor&3']]);
    for (const code of [
      'secret: process.env.JWT_SECRET',
      'const password = req.body.password;',
      'password: string;',
      '"max_tokens": 4096',
      'api_key=os.environ["OPENAI_API_KEY"]',
      'password = hashedPassword',
    ]) {
      expect(found(code), code).toEqual([]);
    }
  });

  it('redacts a truncated private key paste up to the last key material, but not a bare header in code', () => {
    const text = 'key = """-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC"""';
    expect(found(text)).toEqual([['private_key', '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC']]);
    expect(found("if (pem.indexOf('-----BEGIN PRIVATE KEY-----') !== 0) throw")).toEqual([]);
  });

  it('reads secrets from .NET-style key/value attribute pairs', () => {
    expect(found('<add key="ApiKey" value="Hx9Lm2Kq7Wz1Bv8Ny3Hc6Jd0Fs" />')).toEqual([['secret', 'Hx9Lm2Kq7Wz1Bv8Ny3Hc6Jd0Fs']]);
  });

  it('finds JWTs', () => {

    const jwt =
      'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U';
    expect(found(`Authorization: Bearer ${jwt}`)).toEqual([['jwt', jwt]]);
  });
});

describe('contact and financial data', () => {
  it('finds e-mail addresses but keeps example domains and git remotes', () => {
    expect(found('mail jane.doe@gmail.com')).toEqual([['email', 'jane.doe@gmail.com']]);
    expect(found('e.g. jane@example.com, git@github.com:me/repo.git, y = x@self.weight')).toEqual([]);
  });

  it('finds phone numbers in international and national formats, not dates or order numbers', () => {
    expect(found('call +44 20 7946 0958 or (415) 555-0132')).toEqual([
      ['phone', '+44 20 7946 0958'],
      ['phone', '(415) 555-0132'],
    ]);
    expect(found('Due 2024-03-15, order #415-555-0132, ISBN 0-306-40615-2, v1.2.3')).toEqual([]);
  });

  it('redacts Luhn-valid card numbers only', () => {
    expect(found('card 4111 1111 1111 1111')).toEqual([['payment_card', '4111 1111 1111 1111']]);
    expect(found('card 4111 1111 1111 1112')).toEqual([]);
    expect(found('IMEI 490154203237518')).toEqual([]);
  });

  it('redacts IBANs whose check digits hold', () => {
    expect(found('IBAN DE89 3704 0044 0532 0130 00')).toEqual([['iban', 'DE89 3704 0044 0532 0130 00']]);
    expect(found('IBAN DE88 3704 0044 0532 0130 00')).toEqual([]);
  });
});

describe('strict-only data', () => {
  it('finds IPv6 addresses and postal addresses with a clear shape', () => {
    expect(found('inet6 2a02:8108:1a40:3c00:5d2e:9bff:fe4a:21c7/64')).toEqual([
      ['ip_address', '2a02:8108:1a40:3c00:5d2e:9bff:fe4a:21c7'],
    ]);
    expect(found('Office: 350 Fifth Avenue, Suite 3300, New York, NY 10118')).toEqual([
      ['postal_address', '350 Fifth Avenue, Suite 3300, New York, NY 10118'],
    ]);
    expect(found('postcode SW1A 1AA; not a postcode: PS5 1TB')).toEqual([['postal_address', 'SW1A 1AA']]);
    expect(found('Lieferadresse: Friedrichstraße 43, 10117 Berlin')).toEqual([
      ['postal_address', 'Friedrichstraße 43, 10117 Berlin'],
    ]);
  });

  it('needs a city or ZIP after suffixes that end ordinary phrases', () => {
    expect(found('I have 2 Hard Drive bays')).toEqual([]);
    expect(found('1 Infinite Loop, Cupertino, CA 95014')).toEqual([
      ['postal_address', '1 Infinite Loop, Cupertino, CA 95014'],
    ]);
  });
});

describe('normal code survives', () => {

  it('leaves UUIDs, hashes, colours, versions and loopback addresses alone', () => {
    const code = [
      'const id = "550e8400-e29b-41d4-a716-446655440000";',
      'git checkout 3f786850e387550fdab836ed7e6dc881de23001b',
      '.btn { color: #1e90ff }',
      '"react": "^18.2.0", Chrome 121.0.6167.85, version 1.2.3.4',
      'app.listen(3000, "127.0.0.1"); bind 0.0.0.0; mask 255.255.255.0; [::1]:443',
      'std::vector<int> v; at 12:30:45',
    ].join('\n');
    expect(found(code)).toEqual([]);
  });
});

describe('levels', () => {
  const text = 'key sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z, mail jane.doe@gmail.com, host 10.0.0.12';

  it('secrets only redacts secrets; standard adds contact data; strict adds network and address data', () => {
    expect(found(text, { level: 'secrets' }).map(([k]) => k)).toEqual(['api_key']);
    expect(found(text, { level: 'standard' }).map(([k]) => k)).toEqual(['api_key', 'email']);
    expect(found(text, { level: 'strict' }).map(([k]) => k)).toEqual(['api_key', 'email', 'ip_address']);
  });

  it('defaults to standard and can switch single rules off', () => {
    expect(found(text, {}).map(([k]) => k)).toEqual(['api_key', 'email']);
    expect(found(text, { level: 'strict', disabledRules: ['ipv4'] }).map(([k]) => k)).toEqual(['api_key', 'email']);
  });
});

describe('overrides', () => {
  it('drops a span the user undid and adds a span the user marked', () => {
    const text = 'mail jane.doe@gmail.com, my name is Jane Doe';
    const spans = detect(text);
    const name = { start: text.indexOf('Jane Doe'), end: text.length, kind: 'secret' as const };
    const result = applyOverrides(spans, { drop: [spans[0]!], add: [name] });
    expect(result).toEqual([{ ...name, rule: 'user' }]);
  });

  it('lets a user span replace the detected spans it overlaps', () => {
    const text = 'call +44 20 7946 0958 now';
    const spans = detect(text);
    const result = applyOverrides(spans, { add: [{ start: 0, end: text.length, kind: 'phone' }] });
    expect(result).toEqual([{ start: 0, end: text.length, kind: 'phone', rule: 'user' }]);
  });
});
