import { describe, expect, it } from 'vitest';
import { detect } from './detect';
import { loadRedactionEngine } from './lazy';
import { SECRETLINT_RULE_IDS } from './rules/secretlint';

const SECRET = new Set(['api_key', 'private_key', 'jwt', 'password', 'secret']);

/** The secret spans of a text, as strings. */
function secrets(text: string): string[] {
  return detect(text, { level: 'secrets' })
    .filter((s) => SECRET.has(s.kind))
    .map((s) => text.slice(s.start, s.end));
}

describe('passwords: the password alone is redacted, in every form', () => {
  const pw = 'Tz8+wa-Kz!SGQ';
  it.each([
    ['connection string', `postgres://app:${pw}@db.internal:5432/shop`],
    ['.env', `DB_PASSWORD=${pw}`],
    ['.env value with shell characters', 'SECRET_KEY=u#7lb3v9&lv)ii$p7xq'],
    ['YAML', `  password: ${pw}\n  username: admin`],
    ['JDBC/ADO', `Server=tcp:sql,1433;User ID=sa2;Password=${pw};`],
    ['ODBC', `Driver={ODBC Driver 18};Uid=report;Pwd=${pw};`],
    ['mysql -p', `mysql -u root -p${pw} app`],
    ['sshpass', `sshpass -p ${pw} ssh deploy@host`],
    ['redis-cli', `redis-cli -h cache -a ${pw} ping`],
    ['.netrc', `machine api.internal login deploy password ${pw}`],
    ['.pgpass', `db.internal:5432:*:web:${pw}`],
    ['docker -e', `docker run -e POSTGRES_PASSWORD=${pw} postgres:16`],
    ['prose', `my wifi password is ${pw}`],
    ['French', `mot de passe : ${pw}`],
    ['Spanish', `contraseña: ${pw}`],
    ['German', `Passwort: ${pw}`],
    ['default value', `process.env.DB_PASSWORD ?? '${pw}'`],
  ])('%s', (_form, text) => {
    const found = secrets(text);
    expect(found).toHaveLength(1);
    const value = text.includes(pw) ? pw : 'u#7lb3v9&lv)ii$p7xq';
    expect(found[0]).toBe(value);
  });

  it('keeps code that only names a password, and placeholders', () => {
    for (const text of [
      'if (password.length < 8) throw new Error("too short");',
      'this.password = password;',
      'url.password = this.nextToken;',
      'the password is wrong',
      'password: string;',
      'DB_PASSWORD=${DB_PASSWORD}',
      'postgres://postgres:postgres@localhost:5432/dev',
      'mysql -u root -p',
    ])
      expect(secrets(text), text).toEqual([]);
  });
});

describe('secretlint recommended preset', () => {
  it('runs its rules (all but filter-comments) on chat text', () => {
    expect(SECRETLINT_RULE_IDS).toContain('github');
    expect(SECRETLINT_RULE_IDS).not.toContain('filter-comments');
    const rules = detect('AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYzz9a8fKeY1', { level: 'secrets' });
    expect(rules).toHaveLength(1);
  });

  it('a secretlint-disable comment in captured text hides nothing', () => {
    const text = '// secretlint-disable\nconst t = "ghp_aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5";';
    expect(secrets(text)).toEqual(['ghp_aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5']);
  });
});

describe('lazy engine', () => {
  it('loads the same engine the export uses', async () => {
    const engine = await loadRedactionEngine();
    const { text } = engine.createRedactor({ level: 'standard' }).redact('mail jane.doe@gmail.com');
    expect(text).toBe('mail <EMAIL_1>');
    expect(typeof engine.redactEventsForExport).toBe('function');
  });
});
