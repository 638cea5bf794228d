// Secrets without a provider prefix but with an unmistakable frame: PEM private keys, JWTs, passwords inside
// connection strings and `curl -u`, bearer/basic credentials, .pgpass/.netrc lines and CLI password flags (AWS keys: secretlint:aws).
// Values that are only recognisable by the key they are assigned to live in assignments.ts.
import { characterClasses, looksLikePlaceholder, shannonEntropy } from '../checks';
import type { Range, RedactionRule } from '../types';
import { regexRule } from './regex-rule';
import { jwtRule } from './jwt';
import { looksMachineRandom } from './token-randomness';

const PEM_BEGIN = /-----BEGIN (?:[A-Z0-9]{1,20} ){0,4}PRIVATE KEY(?: BLOCK)?-----/g;
const PEM_BODY_LINE = /^[A-Za-z0-9+/=:,\- ]*$/;
const PEM_MAX = 64 * 1024;

/**
 * The whole block, header to footer. An unterminated block (a truncated paste) runs to the last key material:
 * whole base64 lines, then the base64 start of the first line that is not.
 */
const pemPrivateKey: RedactionRule = {
  id: 'pem-private-key',
  kind: 'private_key',
  level: 'secrets',
  priority: 95,
  description: 'PEM/OpenSSH/PGP private key block, BEGIN to END line',
  *find(text: string): Iterable<Range> {
    const re = new RegExp(PEM_BEGIN.source, 'g');
    let match: RegExpExecArray | null;
    // One forward search for footers, reused across headers, so many headers without footers stay linear.
    let footer = -2;
    while ((match = re.exec(text)) !== null) {
      const start = match.index;
      if (footer !== -1 && footer < re.lastIndex) footer = text.indexOf('-----END ', re.lastIndex);
      if (footer !== -1 && footer - start < PEM_MAX) {
        // round 13: a body of words and no key material (`…-----this is not a private key-----END…`, scanners'
        // negative tests, docs) is no key
        const body = text.slice(re.lastIndex, footer);
        if (!/[A-Za-z0-9+/=]{16}/.test(body) && /\p{L}+ \p{L}+ \p{L}+/u.test(body)) continue;
        const close = text.indexOf('-----', footer + 9);
        const end = close === -1 ? footer + 9 : close + 5;
        re.lastIndex = end;
        yield { start, end };
        continue;
      }
      const headerEnd = re.lastIndex;
      let end = headerEnd;
      while (end < text.length && end - start < PEM_MAX) {
        const lineStart = text[end] === '\n' ? end + 1 : end;
        let lineEnd = text.indexOf('\n', lineStart);
        if (lineEnd === -1) lineEnd = text.length;
        const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
        if (line.trim() === '') break;
        if (!PEM_BODY_LINE.test(line)) {
          const run = /^[A-Za-z0-9+/=]{16,}/.exec(line);
          if (run) end = lineStart + run[0].length;
          break;
        }
        end = lineEnd;
      }
      re.lastIndex = end;
      // A bare header (`indexOf('-----BEGIN PRIVATE KEY-----')` in a parser) carries no key material.
      if (end - headerEnd >= 16) yield { start, end };
    }
  },
};

/** Round 10: a PEM private key encoded once more as base64 (`LS0tLS1CRUdJTi…`): kubeconfig `client-key-data`,
 *  Kubernetes Secret `data:` values, Helm values, CI variables. The head is decoded to check that the block is a
 *  private key (a base64 certificate, `…CERTIFICATE-----`, is public). */
const pemBase64PrivateKey = regexRule({
  id: 'pem-base64-private-key',
  kind: 'private_key',
  level: 'secrets',
  priority: 95,
  description: 'A PEM private key block encoded as base64 (kubeconfig client-key-data, Kubernetes Secret data)',
  pattern: /(?<![A-Za-z0-9+/])LS0tLS1CRUdJTi[A-Za-z0-9+/]{40,65536}={0,2}(?![A-Za-z0-9+/=])/g,
  accept: (value) => {
    try {
      return /^-----BEGIN (?:[A-Z0-9]{1,20} ){0,4}PRIVATE KEY(?: BLOCK)?-----/.test(atob(value.slice(0, 80)));
    } catch {
      return false;
    }
  },
});

/** Round 10: a wallet's private key handed to the call that loads it (`new ethers.Wallet("0x…")`,
 *  `privateKeyToAccount('0x…')`, `Account.from_key(…)`, `Keypair.fromSecretKey`): 64 hex digits there are the key, while
 *  the same shape elsewhere is a transaction or block hash, which is public. */
const walletPrivateKey = regexRule({
  id: 'wallet-private-key',
  kind: 'private_key',
  level: 'secrets',
  priority: 90,
  description: 'A 64-hex-digit private key passed to a wallet or account loader (ethers/web3/viem `Wallet`, `privateKeyToAccount`, `from_key`, `fromPrivateKey`)',
  pattern:
    /(?<![\w$])(?:Wallet|Signer|privateKeyToAccount|fromPrivateKey|from_key|privateKeyToAddress|PrivateKey|fromSecretKey)[ \t]{0,4}\([ \t]{0,4}["'`]((?:0x)?[0-9a-fA-F]{64})["'`]/dg,
  group: 1,
  accept: (value) => /[a-fA-F]/.test(value) && /\d/.test(value) && !/(.)\1{7}/.test(value),
});

const curlUserPassword = regexRule({
  id: 'cli-user-password',
  kind: 'password',
  level: 'secrets',
  priority: 80,
  description: 'Password in curl/wget-style -u user:password / --user user:password (each part quoted or not, user may be empty)',
  // `-u ":pw"`, `--user  'name:pw'`, `--user "{id}":"{pw}"`, `--user kevin:'pw'`
  pattern: /(?<![\w-])(?:-u|--user|--proxy-user)(?:[ \t]{1,3}|=)["']?\{?[^\s:"'<>{}]{0,64}\}?["']?:["']?\{?([^\s"'{}<>]{1,128})/dg,
  group: 1,
  accept: (value) => !looksLikePlaceholder(value) && !/^\$/.test(value) && !NOT_A_PASSWORD.has(value.toLowerCase()),
});

export const NOT_A_PASSWORD = new Set(['password', 'passwd', 'pass', 'pwd', 'secret', 'token', 'apikey', 'api_key', 'api-key', 'apitoken', 'api_token', 'key', 'pat', 'user', 'username', 'changeit', 'null', 'root', 'admin', 'guest', 'test', 'postgres', 'mysql', 'mongodb', 'redis', 'rabbitmq', 'sa', 'oracle',
  // round 14: a boolean or nothing is a setting's value (`<setting name="ShowPassword"><value>True</value>`), never a password
  'true', 'false', 'none']);

/**
 * A value a password form can hold: four characters or more, no placeholder or template (`$PASS`, `%PW%`, `${pw}`,
 * `{pw}`), no option (`-x`), not a password word itself; round 13: no YAML tag (`password: !vault |`, `!secret`,
 * `!Ref`: a word of letters after `!`), no brand glued to a number before it (`1Password`, `7Zip`).
 */
export const plausiblePassword = (value: string): boolean =>
  value.length >= 4 &&
  !looksLikePlaceholder(value) &&
  !/^[$%-]/.test(value) &&
  !/^\$?\{/.test(value) &&
  !NOT_A_PASSWORD.has(value.toLowerCase()) &&
  !/^!(?:[a-z][a-z_]*|[A-Z][a-z]+(?:[A-Z][a-z]+)*)$|^\d\p{Lu}\p{Ll}{2,}$/u.test(value);

/** `.pgpass` lines (hostname:port:database:username:password, PostgreSQL docs 34.16): the last field. */
const pgpassPassword = regexRule({
  id: 'pgpass-password',
  kind: 'password',
  level: 'secrets',
  priority: 80,
  description: 'Password field of a .pgpass line host:port:database:user:password',
  pattern: /(?<=^|\n)[ \t]{0,8}[A-Za-z0-9.*_-]{1,253}:(?:\d{1,5}|\*):[^:\s"'{};,]{1,63}:[^:\s"'{};,]{1,63}:([^\s]{1,256})(?=[ \t]*(?:\r?\n|$))/dg,
  group: 1,
  // an IPv6 address (`2345:0425:2CA1:0000:…`, `0:0:0:0:0:FFFF:129.144.52.38`) has the same colons: hex groups only
  accept: (value, match) => !looksLikePlaceholder(value) && !NOT_A_PASSWORD.has(value.toLowerCase()) && !/^[ \t]*[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{0,4}){3,7}(?::\d{1,3}(?:\.\d{1,3}){3})?$/.test(match[0].replace(/^\n/, '')),
});

/** `.netrc` / `_netrc` entries: `machine host login user password secret` (GNU inetutils manual, ftp). */
const netrcPassword = regexRule({
  id: 'netrc-password',
  kind: 'password',
  level: 'secrets',
  priority: 80,
  description: 'Password of a .netrc entry: machine host login user password secret',
  pattern: /(?<![\w-])(?:machine[ \t]+\S{1,253}|default)(?:[ \t]+(?:login|account|port)[ \t]+\S{1,128}){0,3}[ \t]+password[ \t]+(\S{1,256})/dg,
  group: 1,
  accept: (value) => !looksLikePlaceholder(value) && !NOT_A_PASSWORD.has(value.toLowerCase()),
});

/**
 * Account tools that take the password as a positional argument: `rabbitmqctl add_user NAME PASS`,
 * `htpasswd -b[c] FILE NAME PASS`, `net user NAME PASS`, `echo 'NAME:PASS' | chpasswd`.
 */
const accountToolPassword = regexRule({
  id: 'account-tool-password',
  kind: 'password',
  level: 'secrets',
  priority: 80,
  description: 'Password argument of rabbitmqctl add_user/change_password, htpasswd -b, mosquitto_passwd -b, net user, chpasswd input',
  pattern:
    /(?<![\w-])(?:rabbitmqctl[ \t]+(?:add_user|change_password)[ \t]+\S{1,64}[ \t]+|(?:htpasswd|mosquitto_passwd)(?:[ \t]+-[a-zA-Z]{1,4}){0,4}[ \t]+-[a-zA-Z]{0,3}b[a-zA-Z]{0,3}(?:[ \t]+-[a-zA-Z]{1,4}){0,4}[ \t]+\S{1,256}[ \t]+\S{1,64}[ \t]+|net[ \t]+user[ \t]+\S{1,64}[ \t]+|echo[ \t]+["']?[\w.-]{1,64}:)["']?([^\s"'|]{1,128})/dg,
  group: 1,
  accept: (value, match, text) =>
    !looksLikePlaceholder(value) &&
    !/^[*/$-]/.test(value) &&
    !NOT_A_PASSWORD.has(value.toLowerCase()) &&
    (!match[0].startsWith('echo') || /\|[ \t]*(?:sudo[ \t]+)?chpasswd/.test(text.slice(match.index, match.index + match[0].length + 40))),
});

/**
 * Passwords on command lines: `sshpass -p X`, `mysql -pX` / `-p X` (mysql, mariadb, mysqldump…), `redis-cli -a X`,
 * `smbclient -U user%X`, `htpasswd -b file user X`.
 */
/** The flags of cli-password-flag whose value follows them (round 19: shared with quoted-password-option). */
export const CLI_PASSWORD_FLAG = String.raw`(?<![\w-])(?:sshpass[ \t]{1,4}-p[ \t]{0,4}|(?:mysql|mariadb)[\w-]{0,10}[ \t][^\n|;&]{0,120}?(?<=[ \t])-p|redis-cli[ \t][^\n|;&]{0,120}?(?<=[ \t])-a[ \t]{1,4}|(?:sqlcmd|bcp|osql|isql)[ \t][^\n|;&]{0,120}?(?<=[ \t])-P[ \t]{0,4})`;
const cliPassword = regexRule({
  id: 'cli-password-flag',
  kind: 'password',
  level: 'secrets',
  priority: 80,
  description: 'Password given to sshpass -p, mysql/mariadb -p, redis-cli -a, sqlcmd/bcp -P, smbclient -U user%pass',
  pattern:
    new RegExp(`(?:${CLI_PASSWORD_FLAG}|(?<![\\w-])smbclient[ \\t][^\\n|;&]{0,120}?-U[ \\t]{0,4}[^\\s%]{1,64}%)["'\`]?([^\\s"'\`]{1,128})`, 'dg'),
  group: 1,
  accept: (value) => !looksLikePlaceholder(value) && !/^\$/.test(value) && !NOT_A_PASSWORD.has(value.toLowerCase()),
});

const connectionStringPassword = regexRule({
  id: 'connection-string-password',
  kind: 'password',
  level: 'secrets',
  priority: 80,
  description: 'Password in scheme://user:password@host or //user:password@host (only the password is redacted; an unencoded @ in it runs to the last @)',
  // the password runs to the last `@` before the host (`bria@pass135!@host`: clients split userinfo at the last `@`);
  // a part after an `@` holds no `?#=&`, so a query's e-mail (`@host?to=a@b.com`) is never read as the host
  // round 15: also without a scheme after a space, quote or `=` (`mount_smbfs //jdoe:pw@nas/share`, `-o //u:pw@host`),
  // where a user must be named
  pattern: /(?:(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]{1,20}:\/\/[^\s:/@?#"'<>]{0,128}|(?<=^|[\s"'=(])\/\/[^\s:/@?#"'<>]{1,128}):([^\s@/"'<>]{1,256}(?:@[^\s@/"'<>?#=&]{1,128}){0,3})@[A-Za-z0-9.[_-]/dg,
  group: 1,
  accept: (value, match, text) =>
    !looksLikePlaceholder(value) &&
    !NOT_A_PASSWORD.has(value.toLowerCase()) &&
    !/^[A-Z][A-Z_]+$/.test(value) && // REPLACE_WITH_PASSWORD, DB_PASSWORD
    value.toLowerCase() !== (/\/\/([^:/@]*):/.exec(match[0])?.[1] ?? '').toLowerCase() && // postgres:postgres@: a default, not a secret
    !/^\$\w+$/.test(value) &&
    // a documentation host (`…@db.example.com`) holds stand-ins (`user:pass`), unless the password is one a person or
    // machine really chose: all three classes, or machine-random (round 7)
    (!/^(?:[\w-]+\.)*example\.(?:com|org|net)\b/i.test(text.slice(match.index + match[0].length - 1, match.index + match[0].length + 80)) ||
      (value.length >= 10 && characterClasses(value) === 3) ||
      looksMachineRandom(value, 'keyed')),
});

const bearerToken = regexRule({
  id: 'bearer-token',
  kind: 'secret',
  level: 'secrets',
  priority: 60,
  description: 'Token after "Bearer " (Authorization headers, curl -H)',
  pattern: /(?<![A-Za-z0-9])[Bb]earer[ \t]{1,3}([A-Za-z0-9._~+/-]{16,4096}={0,2})(?![A-Za-z0-9._~+/=-])/dg,
  group: 1,
  accept: (value) => !looksLikePlaceholder(value) && /\d/.test(value) && shannonEntropy(value) >= 3,
});

function decodesToCredentials(value: string): boolean {
  try {
    return /^[^:\s]{1,200}:[^\s]{1,200}$/.test(atob(value));
  } catch {
    return false;
  }
}

const basicAuth = regexRule({
  id: 'basic-auth',
  kind: 'password',
  level: 'secrets',
  priority: 60,
  description: 'base64(user:password) after "Basic " in Authorization headers',
  pattern: /(?<![A-Za-z0-9])Basic[ \t]{1,3}([A-Za-z0-9+/]{8,1024}={0,2})(?![A-Za-z0-9+/=])/dg,
  group: 1,
  accept: (value) => decodesToCredentials(value),
});

export const secretRules: RedactionRule[] = [
  pemPrivateKey,
  pemBase64PrivateKey,
  walletPrivateKey,
  jwtRule,
  connectionStringPassword,
  curlUserPassword,
  pgpassPassword,
  netrcPassword,
  cliPassword,
  accountToolPassword,
  bearerToken,
  basicAuth,
];
