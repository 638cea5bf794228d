// Round 21 on passwords, keys and secrets (docs/redaction.md, "Round 21 — passwords, keys and secrets"): the families of
// round 20's untouched-split misses, each tested on tools, layouts, languages and values other than the dev cases that
// showed it. Every positive here is missed (or cut short) by the rules at ac68eb1 (checked by running this file against a
// copy of its `src/`); the look-alikes stay unredacted on both, except the query-string piece in Go (`"page=2&api_version="`,
// which ac68eb1 redacted at the strict level). The Nordic inflections are kept by ac68eb1 in these sentences
// but not in dev's (`wifi:t` after `lösenord till`, `NAS-en` after `Passordet til`). Docker Swarm tokens and Azure
// identifiable keys drawn at random were already redacted by ac68eb1's random-token rule; only dev's less random
// samples showed the gap, so they are not rows here.
import { describe, expect, it } from 'vitest';
import { detect } from './detect';

const secretKinds = new Set(['password', 'api_key', 'secret', 'jwt', 'private_key']);
const secrets = (text: string, level: 'secrets' | 'strict' = 'secrets'): string[] =>
  detect(text, { level })
    .filter((s) => secretKinds.has(s.kind))
    .map((s) => text.slice(s.start, s.end));

describe('terminal colour codes around a key', () => {
  it.each([
    ['an ESC sequence of a log', '\u001b[1;36mINFO\u001b[0m token \u001b[33mghp_kASAOsE1nYEZ9GlGHpYaax7LBejYWo6oScBV\u001b[0m', 'ghp_kASAOsE1nYEZ9GlGHpYaax7LBejYWo6oScBV'],
    ['a colour code written in a shell script', 'echo -e "\\033[32mhf_QmvXzLpRtKwNbHcJdFgSyaZkLpRtKwNb\\033[0m"', 'hf_QmvXzLpRtKwNbHcJdFgSyaZkLpRtKwNb'],
  ])('%s', (_name, text, key) => {
    expect(secrets(text)).toEqual([key]);
  });
});

describe('quotes escaped for HTML', () => {
  it.each([
    ['JSON in an attribute', '<div data-settings="{&quot;smtp_pass&quot;:&quot;Lq8#wZr2Tn&quot;,&quot;port&quot;:587}"></div>', 'Lq8#wZr2Tn'],
    ['a German hint with numeric references', '<input title="Kennwort: &#34;Birne7!Wolke&#34;">', 'Birne7!Wolke'],
  ])('%s', (_name, text, value) => {
    expect(secrets(text)).toEqual([value]);
  });

  it('keeps escaped prose', () => {
    expect(secrets('<p>Tom &amp; Jerry said &quot;hello there&quot; when the password field was empty')).toEqual([]);
  });
});

describe('provider keys read from CredSweeper\'s rules', () => {
  const onePassword = `ops_eyJ${'aW5zdGFuY2VfdXJsIjoibXkuMXBhc3N3b3JkLmNvbSIsInNlY3JldEtleSI6IkEzLVg3S1EyTS1'.repeat(3)}-_Qx9Lm2Vt`;
  it.each([
    ['an Akamai EdgeGrid client token', 'rotate akab-x2m9q7zk4vbn1c8d-p3w6r0y5t8u1i4o7 now', 'akab-x2m9q7zk4vbn1c8d-p3w6r0y5t8u1i4o7'],
    ['a Heroku token as a UUID', 'heroku authorizations:create printed HRKU-3c9e1a7b-52d4-4f08-9b6e-a1d27c3f8e05 yesterday', 'HRKU-3c9e1a7b-52d4-4f08-9b6e-a1d27c3f8e05'],
    ['a Mailgun key of three hex parts', 'MG_KEY 7f3a9c2e1b8d4f60a5c2e9b7d1f3a8c6-9e4b2d0f-3a7c1e5b', '7f3a9c2e1b8d4f60a5c2e9b7d1f3a8c6-9e4b2d0f-3a7c1e5b'],
    ['an Atlassian access token', 'BB_TOKEN: ATCTT3xFfGN0O-XIdlu_a-iCOoxvSQSNFnviw2VueE0ubS-WFFui409hKgHLe1FvYiRst9gGr9dBUtV2-9NrJrbWqdHPF1GZrrsmYmxd5sjpKqMPY_CvxxWzfhbX7iYwDGOf=0A1B2C3D', 'ATCTT3xFfGN0O-XIdlu_a-iCOoxvSQSNFnviw2VueE0ubS-WFFui409hKgHLe1FvYiRst9gGr9dBUtV2-9NrJrbWqdHPF1GZrrsmYmxd5sjpKqMPY_CvxxWzfhbX7iYwDGOf=0A1B2C3D'],
    ['a 1Password service account token in base64url', `OP_SERVICE_ACCOUNT_TOKEN is ${onePassword} there`, onePassword],
  ])('%s', (_name, text, key) => {
    expect(secrets(text)).toEqual([key]);
  });

  it('keeps a UUID without the prefix and a hex digest pair', () => {
    expect(secrets('request 3c9e1a7b-52d4-4f08-9b6e-a1d27c3f8e05 took 12 ms')).toEqual([]);
  });
});

describe('values that looked like names', () => {
  it.each([
    ['initials and a date in PHP', "$cfg['smtp_password'] = 'TR_071185';", 'TR_071185'],
    ['initials, a date and initials in YAML', 'ldap_bind_pw: MK_1987_QZ', 'MK_1987_QZ'],
    ['random letters with a dot', 'ldap_password=XaqWmeT.pQvu', 'XaqWmeT.pQvu'],
  ])('%s', (_name, text, value) => {
    expect(secrets(text)).toContain(value);
  });

  it.each([
    ['an env name', 'smtp_password: MAILER_SMTP_PASSWORD'],
    ['a member path in PascalCase', 'smtp_password = settings.MailServer.Password'],
  ])('keeps %s', (_name, text) => {
    expect(secrets(text)).toEqual([]);
  });
});

describe('Oracle connect strings', () => {
  it.each([
    ['SQL*Plus CONNECT with a dashed user', 'SQL> connect app-user/Heron42x@//db:1521/pdb', 'Heron42x'],
    ['sqlldr userid= with a dotted user', 'sqlldr userid=ops.batch/Tern81kq@ORCL control=load.ctl', 'Tern81kq'],
    ['Data Guard broker', 'dgmgrl sys/Walross_2207@prim "show configuration"', 'Walross_2207'],
  ])('%s', (_name, text, value) => {
    expect(secrets(text)).toEqual([value]);
  });

  it('keeps prose about SQL', () => {
    expect(secrets('write the sql and/or PL/SQL by hand')).toEqual([]);
  });
});

describe('the code that opens a door, a gate, an alarm or a safe', () => {
  it.each([
    ['Portuguese alarm', 'o código do alarme é 4930', '4930'],
    ['Polish wicket gate', 'kod do furtki 6104, dzwonek nie działa', '6104'],
    ['Romanian gate', 'Codul porții este 2719', '2719'],
    ['German garage gate compound', 'Garagentorcode: 8042', '8042'],
    ['Turkish door, object first', 'Kapının şifresi 3907, kimseye verme', '3907'],
    ['English key box', 'the code for the lockbox is 9051', '9051'],
    ['Vietnamese gate', 'mã cổng là 4417 nhé', '4417'],
  ])('%s', (_name, text, code) => {
    expect(secrets(text)).toEqual([code]);
  });

  it.each([
    ['a machine alarm with its message', 'Alarmcode 3104: Kühlmittel niedrig'],
    ['a postcode', 'código postal 28013, Madrid'],
  ])('keeps %s', (_name, text) => {
    expect(secrets(text)).toEqual([]);
  });
});

describe('password words of dialects and inflections, and misspelt names', () => {
  it.each([
    ['Bavarian', 'Hoi, mei Passwoat fürs WLAN is Lkw7!Brezn, ned weitersagn, gell', 'Lkw7!Brezn'],
    ['Czech plural', 'hesla k wifi: Kq9!rmzT a Lp4#vWxy', 'Kq9!rmzT'],
    ['Urdu "secret word"', 'میرا خفیہ لفظ Zr8!qpLm ہے اور کسی کو مت بتانا بھائی', 'Zr8!qpLm'],
    ['a misspelt env name', 'export SMTP_PASWD=Zt5kQm9vLx', 'Zt5kQm9vLx'],
    ['a misspelt JSON key', '{"paswrd": "Kq2!mzLp"}', 'Kq2!mzLp'],
  ])('%s', (_name, text, value) => {
    expect(secrets(text)).toContain(value);
  });
});

describe('defaults given to a secret', () => {
  it.each([
    ['Go os.Getenv with a default, a passphrase', 'SESSION_SECRET := os.Getenv("APP_SESSION", "kiefer-wald-88")', 'kiefer-wald-88'],
    ['Python os.environ.get under a constant', 'DB_PASSWORD = os.environ.get("PGPASS_FALLBACK", "Ahorn!2207")', 'Ahorn!2207'],
    ['a documented default in parentheses', 'smtp_password (default: Lachs+2020)', 'Lachs+2020'],
  ])('%s', (_name, text, value) => {
    expect(secrets(text)).toEqual([value]);
  });

  it('keeps a lookup without a default', () => {
    expect(secrets('db_pass = cfg.get("database_pw")')).toEqual([]);
  });
});

describe('passwords given to file and database clients', () => {
  it.each([
    ['unixODBC iusql', 'iusql -v PAYROLL_DSN etl_user Mandel.77!', 'Mandel.77!'],
    ['smbclient service then password', "smbclient //nas/backup 'Zebra#5511' -U ops", 'Zebra#5511'],
    ['a curlftpfs fstab line', 'curlftpfs#ftp.lan /mnt/ftp fuse user=backup:Hummer42x,allow_other 0 0', 'Hummer42x'],
    ['sshfs reading the password on stdin', "printf '%s' 'Fjord!2290' | sshfs ops@files:/srv /mnt/srv -o passwd_stdin", 'Fjord!2290'],
    ['lftp with quoted commands before -u', "lftp -e 'set ssl:verify-certificate no; mirror /pub' -u j.kim,Kolibri!77 ftps://files.lan", 'Kolibri!77'],
    ['an FTP prompt\'s PASS', 'ftp> USER anna\n331 Please specify the password.\nftp> PASS Tapir!918', 'Tapir!918'],
    ['Karaf users.properties', 'ops.admin = Kr4nich!x, _g_:admingroup', 'Kr4nich!x'],
    ['davfs2 secrets by mount point, quoted', '/mnt/dav j.doe "Tr4m!Linie"', 'Tr4m!Linie'],
  ])('%s', (_name, text, value) => {
    expect(secrets(text)).toEqual([value]);
  });

  it.each([
    ['a YAML list of words', 'tags: python3, django'],
    ['a link and words', 'https://example.com/docs see more'],
    ['an obfuscated realm password', 'admin: OBF:1v2j1uum1xtv1zej1zer1xtn1uvk1v1v, admin'],
  ])('keeps %s', (_name, text) => {
    expect(secrets(text)).toEqual([]);
  });
});

describe('look-alikes of a password at the strict level', () => {
  it.each([
    ['a Norwegian inflection after a hyphen', 'Koden til SMS-en kom ikke, passordet: Hjort!4431', ['Hjort!4431']],
    ['a Swedish inflection after a colon', 'lösenordet till USB:n är Lo7!kvist', ['Lo7!kvist']],
    ['a query string piece in code', 'u := "page=2&api_version=" + v', []],
    ['a key of a prefix and parts, with no word near it', 'see qrst-m4k9z2x7v1b8n3c6-p5w0r8y2t6u3i9o1 there', ['qrst-m4k9z2x7v1b8n3c6-p5w0r8y2t6u3i9o1']],
    ['a slug of words', 'run the-quick-brown-fox-jumps-over-the-lazy-dog now', []],
    ['a request id holding a UUID', 'failed req-3c9e1a7b-52d4-4f08-9b6e-a1d27c3f8e05 twice', []],
    ['initials, a symbol and a birth date, with no word near it', 'neu ab Montag TS$19071988 und die alte Notiz löschen', ['TS$19071988']],
    ['a generator\'s letters in mixed case, with no word near it', 'copied qWxZtRbYkLmPa from the sheet yesterday', ['qWxZtRbYkLmPa']],
    ['a ticket number', 'ticket INC-230394 closed after the restart', []],
    ['a method name', 'call toLocaleDateString on each row', []],
  ])('%s', (_name, text, expected) => {
    expect(secrets(text, 'strict')).toEqual(expected);
  });
});
