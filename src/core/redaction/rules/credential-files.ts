// Round 17: passwords in the config syntax of tools that name them with no `password =` for the assignment scanner:
//   - network devices and proxies that give a user's password on the user's line: HAProxy `userlist` (`user NAME
//     insecure-password X`), Cisco IOS/ASA `username NAME [privilege N] password|secret [0|7] X` and `enable
//     password|secret [level N] [0|7] X` (types 0 and 7 are the password or a reversible encoding of it; 5, 8 and 9 are
//     hashes and stay), VyOS/EdgeOS `set system login user NAME authentication plaintext-password X`, Junos
//     `plain-text-password-value X`, FortiOS `set password|passwd|psksecret X` (not `ENC …`, already encrypted);
//   - user lists of connection poolers: PgBouncer `auth_file` (`"user" "password"` lines, userlist.txt), Pgpool-II
//     `pool_passwd` with a clear-text password (`user:TEXTpassword`), Odyssey/PgCat-style `"user" "password" ""`;
//   - two-line credentials files (the user, then the password): OpenVPN's `auth-user-pass FILE` followed by the file
//     shown in comments or under its name (`# creds.txt:` / `# jdoe` / `# X`), OpenVPN's inline `<auth-user-pass>`
//     block, and the `printf`/`echo -e` that writes such a file (`printf 'jdoe\nX\n' > creds.txt`).
// Written from each tool's documentation (HAProxy configuration manual "3.4 Userlists", Cisco IOS Security Command
// Reference `username`, VyOS docs "User Management", PgBouncer "Authentication file format", Pgpool-II `pool_passwd`,
// OpenVPN 2.6 manual `--auth-user-pass` and inline files). Every pattern is anchored on its keyword at a line start
// with bounded quantifiers only; no repetition is nested.
import type { RedactionRule } from '../types';
import { regexRule } from './regex-rule';
import { plausiblePassword } from './secrets';
import { passphraseToken, passwordTokenShape } from './password-shape';

/** A value someone chose: a password shape, a passphrase, or mixed classes with a symbol (`koala=biscuit+44`). */
const chosen = (value: string) =>
  plausiblePassword(value) &&
  (passwordTokenShape(value, 'next') || passphraseToken(value) || (/[\p{L}]/u.test(value) && /\d/.test(value) && /[^\p{L}\p{N}]/u.test(value) && value.length >= 6));

const DEVICE_USER = new RegExp(
  '(?<=^|\\n)[ \\t]{0,12}(?:' +
    'user[ \\t]{1,4}[^\\s]{1,64}[ \\t]{1,4}insecure-password' +
    // round 22: any options between the name and the password (NX-OS `role network-admin`, IOS `view`, `algorithm-type
    // scrypt`, `privilege 15`), as the Cisco command references give them
    "|username[ \\t]{1,4}[^\\s]{1,64}(?:[ \\t]{1,4}(?!(?:password|secret)[ \\t])[^\\s]{1,40}){0,8}?[ \\t]{1,4}(?:password|secret)(?:[ \\t]{1,4}[07](?=[ \\t]))?" +
    '|enable[ \\t]{1,4}(?:password|secret)(?:[ \\t]{1,4}level[ \\t]{1,4}\\d{1,2})?(?:[ \\t]{1,4}[07](?=[ \\t]))?' +
    '|set[ \\t]{1,4}system[ \\t]{1,4}login[ \\t]{1,4}user[ \\t]{1,4}[^\\s]{1,64}[ \\t]{1,4}authentication[ \\t]{1,4}plaintext-password' +
    '|set[ \\t]{1,4}system[ \\t]{1,4}(?:root-authentication|login[ \\t]{1,4}user[ \\t]{1,4}[^\\s]{1,64}[ \\t]{1,4}authentication)[ \\t]{1,4}plain-text-password-value' +
    '|set[ \\t]{1,4}(?:password|passwd|psksecret)' +
    ')[ \\t]{1,4}(["\']?)([^\\s"\']{1,128})\\1(?=[ \\t]|\\r?\\n|$)',
  'dg',
);

/** PgBouncer `"user" "password"` (more quoted fields may follow), Pgpool-II `user:TEXTpassword`, each a whole line. */
const POOLER_LIST = /(?<=^|\n)[ \t]{0,8}(?:"[\w.@+-]{1,64}"[ \t]{1,8}"([^"\s]{1,128})"(?:[ \t]{1,8}"[^"\n]{0,128}"){0,2}|[\w.@+-]{1,64}:TEXT([^\s]{1,128}))[ \t]*(?=\r?\n|$)/dg;

/** A line of a file shown in a config or chat: maybe a comment or quote mark before it. */
const SHOWN = '[ \\t]{0,8}(?:#|;|\\/\\/|>)?[ \\t]{0,4}';
const TWO_LINE_FILES = [
  // OpenVPN `auth-user-pass FILE`, then maybe a line naming the file (`# creds.txt:`), the user line, the password line
  new RegExp(
    `(?<![\\w-])auth-user-pass(?:[ \\t]{1,4}[^\\s]{1,100})?[ \\t]*\\r?\\n(?:${SHOWN}[^\\s:]{1,100}:[ \\t]*\\r?\\n)?${SHOWN}[^\\s#;]{1,64}[ \\t]*\\r?\\n${SHOWN}([^\\s]{4,128})(?=[ \\t]*(?:\\r?\\n|$))`,
    'dg',
  ),
  // OpenVPN inline: `<auth-user-pass>` ⏎ user ⏎ password ⏎ `</auth-user-pass>`
  /<auth-user-pass>[ \t]*\r?\n[ \t]{0,8}[^\s<]{1,64}[ \t]*\r?\n[ \t]{0,8}([^\s<]{1,128})[ \t]*\r?\n[ \t]{0,8}<\/auth-user-pass>/dg,
  // the command that writes one: `printf 'jdoe\nX\n' > creds.txt`, `echo -e "jdoe\nX" > auth.txt`
  /(?<![\w-])(?:printf|echo[ \t]{1,4}-e)[ \t]{1,4}(["'])[^\s"'\\]{1,64}\\n([^\s"'\\]{1,128})(?:\\n)?\1[ \t]{0,4}(?:>|\|[ \t]{0,4}(?:sudo[ \t]{1,4})?tee)/dg,
];

/** Round 21: user lists whose lines give the password beside the user with no password word — Jetty's and ActiveMQ's
 *  `realm.properties` (`NAME: PASSWORD[, ROLE …]`, Jetty's HashLoginService manual; `OBF:`, `MD5:`, `CRYPT:` values are
 *  obfuscated or hashed and stay), Karaf's `users.properties` (`NAME = PASSWORD, ROLE`), and davfs2's `secrets` file
 *  (`URL-or-mount-point USER PASSWORD`, davfs2.conf(5) and mount.davfs(8)): each a whole line. */
const REALM_LINE = /(?<=^|\n)[ \t]{0,8}[\w.@-]{1,64}[ \t]{0,4}[:=][ \t]{0,4}([^\s,:=]{1,128}),[ \t]{0,4}[\w:-]{1,40}(?:[ \t]{0,4},[ \t]{0,4}[\w:-]{1,40}){0,8}[ \t]*(?=\r?\n|$)/dg;
const RESOURCE_USER_LINE = /(?<=^|\n)[ \t]{0,8}(?:[a-z][a-z0-9+.-]{1,10}:\/\/[^\s"]{1,200}|\/[\w.~-][^\s"]{0,199})[ \t]{1,8}"?[\w.@\\-]{1,64}"?[ \t]{1,8}(["']?)([^\s"']{1,128})\1[ \t]*(?=\r?\n|$)/dg;

/** Not a directive of the config the file name came from (`persist-key`, `nobind`), nor an element or a hash. */
const twoLineValue = (value: string) => plausiblePassword(value) && !/^[a-z]+(?:-[a-z]+)*$/.test(value) && !/^[<{]/.test(value);

export const credentialFileRules: RedactionRule[] = [
  {
    id: 'user-list-line-password',
    kind: 'password',
    level: 'secrets',
    priority: 80,
    description:
      'Round 21: the password of a user list line: Jetty/ActiveMQ `realm.properties` and Karaf `users.properties` (`NAME: PASSWORD, ROLE`; `OBF:`/`MD5:`/`CRYPT:` stay), davfs2 `secrets` (`URL-or-mount-point USER PASSWORD`)',
    *find(text: string) {
      const found = [];
      for (const m of text.matchAll(REALM_LINE)) {
        const at = m.indices![1]!;
        if (chosen(m[1]!)) found.push({ start: at[0], end: at[1] });
      }
      for (const m of text.matchAll(RESOURCE_USER_LINE)) {
        const at = m.indices![2]!;
        if (chosen(m[2]!) && !/:\/\/|^[#/]/.test(m[2]!)) found.push({ start: at[0], end: at[1] });
      }
      yield* found.sort((a, b) => a.start - b.start);
    },
  },
  regexRule({
    id: 'device-user-password',
    kind: 'password',
    level: 'secrets',
    priority: 80,
    description:
      'Round 17: a password on a user line of a device or proxy config: HAProxy `user NAME insecure-password X`, Cisco `username NAME [privilege N] password|secret [0|7] X`, `enable secret X`, VyOS `… authentication plaintext-password X`, Junos `plain-text-password-value X`, FortiOS `set passwd X`',
    pattern: DEVICE_USER,
    group: 2,
    accept: (v) => v !== 'ENC' && !/^\$\d\$/.test(v) && chosen(v),
  }),
  {
    id: 'pooler-userlist-password',
    kind: 'password',
    level: 'secrets',
    priority: 80,
    description: 'Round 17: the password of a connection pooler\'s user list: PgBouncer `"user" "password"` lines (userlist.txt), Pgpool-II `user:TEXTpassword`; `md5…` and `SCRAM-SHA-256$…` hashes stay',
    *find(text: string) {
      for (const m of text.matchAll(POOLER_LIST)) {
        const at = m.indices?.[1] ?? m.indices?.[2];
        if (!at) continue;
        const value = text.slice(at[0], at[1]);
        if (/^md5[0-9a-f]{32}$|^SCRAM-SHA-256\$/.test(value) || !chosen(value)) continue;
        yield { start: at[0], end: at[1] };
      }
    },
  },
  {
    id: 'two-line-credentials-file',
    kind: 'password',
    level: 'secrets',
    priority: 80,
    description:
      'Round 17: the password line of a two-line credentials file: OpenVPN `auth-user-pass FILE` with the file shown after it (in comments, under its name), the inline `<auth-user-pass>` block, `printf \'user\\npw\' > file`',
    *find(text: string) {
      const found = [];
      for (const pattern of TWO_LINE_FILES) {
        for (const m of text.matchAll(pattern)) {
          const at = m.indices![m.length - 1]!;
          const value = text.slice(at[0], at[1]);
          if (twoLineValue(value)) found.push({ start: at[0], end: at[1] });
        }
      }
      yield* found.sort((a, b) => a.start - b.start);
    },
  },
];
