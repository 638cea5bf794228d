// Round 18: passwords given to a tool as a plain argument — no flag and no password word before them — where the
// tool's own syntax says which argument is the password. Three layouts, each a class of tools rather than one tool:
//   - a client's `config` command that stores a repository or server credential: `poetry config http-basic.REPO USER
//     PW`, `composer config [-g|--auth] http-basic.HOST USER PW`, `bundle config [set] [--global] HOST USER:PW`,
//     `npm|yarn|pnpm config set //HOST/:_password PW`, MinIO `mc alias set ALIAS URL ACCESS SECRET` (and the older
//     `mc config host add`) — `rclone config create … pass PW` was already read as a `user … pass …` pair;
//   - an administration command whose subcommand sets a password and takes it as the next argument: `neo4j-admin
//     [dbms] set-initial-password PW`, `grafana-cli admin reset-admin-password PW`, `redis-cli CONFIG SET
//     requirepass|masterauth PW`, Pi-hole `pihole -a -p PW` (`rabbitmqctl add_user`, `mosquitto_passwd -b`,
//     `mysqladmin password` and `ipmitool user set password ID PW` were already read by account-tool-password,
//     sql-password and password-nearby);
//   - the answer a password-setting program prompted for, written after an arrow in a note or comment
//     (`smbpasswd -a tpham  ->  PW`, `passwd alice => PW`, `htpasswd -c .htpasswd bob → PW`).
// Every pattern is anchored on its tool's name with bounded quantifiers; the value stops at whitespace or quotes.
import type { Range, RedactionRule } from '../types';
import { regexRule } from './regex-rule';
import { plausiblePassword } from './secrets';
import { wordScore } from './token-randomness';
import { passwordTokenShape } from './password-shape';

/** Before the value (which follows after spaces, optionally quoted). */
const BEFORE_SPACED = [
  // config commands storing a credential: the user, then the password
  'poetry[ \\t]{1,4}config[ \\t]{1,4}(?:--?[\\w-]{1,20}[ \\t]{1,4}){0,3}http-basic\\.[^\\s]{1,100}[ \\t]{1,4}["\']?[^\\s"\'-][^\\s"\']{0,99}["\']?',
  'composer[ \\t]{1,4}config[ \\t]{1,4}(?:--?[\\w-]{1,20}[ \\t]{1,4}){0,3}http-basic\\.[^\\s]{1,100}[ \\t]{1,4}["\']?[^\\s"\'-][^\\s"\']{0,99}["\']?',
  'mc(?:li)?[ \\t]{1,4}(?:alias[ \\t]{1,4}set|config[ \\t]{1,4}host[ \\t]{1,4}add)[ \\t]{1,4}(?:--?[\\w-]{1,20}[ \\t]{1,4}){0,3}[^\\s-][^\\s]{0,63}[ \\t]{1,4}[a-z][a-z0-9+.-]{1,20}:\\/\\/[^\\s]{1,200}[ \\t]{1,4}["\']?[^\\s"\'-][^\\s"\']{0,127}["\']?',
  // round 20: account commands that take the user, then the password (MinIO `mc admin user add ALIAS USER PW`, as its
  // manual gives it; RabbitMQ `rabbitmqctl authenticate_user NAME PW`), pdftk's `user_pw PW` / `owner_pw PW`, `rclone
  // obscure PW` (qpdf's two passwords: qpdfEncrypt below)
  'mc(?:li)?[ \\t]{1,4}admin[ \\t]{1,4}user[ \\t]{1,4}add[ \\t]{1,4}[^\\s-][^\\s]{0,63}[ \\t]{1,4}["\']?[^\\s"\'-][^\\s"\']{0,127}["\']?',
  'rabbitmqctl[ \\t]{1,4}authenticate_user[ \\t]{1,4}["\']?[^\\s"\'-][^\\s"\']{0,63}["\']?',
  // (the lookbehind after the keyword, so each of pdftk's two passwords is found, and only where the keyword stands)
  '(?:user|owner)_pw(?<=pdftk\\b[^\\n|;&]{0,300}[ \\t](?:user|owner)_pw)',
  'rclone[ \\t]{1,4}obscure',
  // round 21: clients whose manual gives the password as a positional argument after the user or the service: unixODBC
  // `isql DSN [USER [PASSWORD]]` (and `iusql`), Samba `smbclient //server/share [password]`
  '(?:isql|iusql)(?:[ \\t]{1,4}-[A-Za-z0-9]{1,12}){0,4}[ \\t]{1,4}[^\\s"\'-][^\\s"\']{0,63}[ \\t]{1,4}["\']?[^\\s"\'-][^\\s"\']{0,63}["\']?',
  'smbclient(?:[ \\t]{1,4}-[A-Za-z]{1,12}(?:[ \\t]{1,4}[^\\s/-][^\\s]{0,63})?){0,3}[ \\t]{1,4}["\']?(?:\\/\\/|\\\\\\\\)[^\\s"\']{1,200}["\']?',
  // subcommands that set a password
  'neo4j-admin(?:[ \\t]{1,4}dbms)?[ \\t]{1,4}set-initial-password',
  'grafana-cli\\b[^\\n|;&]{0,100}?(?<=[ \\t])admin[ \\t]{1,4}reset-admin-password',
  'redis-cli\\b[^\\n|;&]{0,200}?(?<=[ \\t])(?:CONFIG|config)[ \\t]{1,4}(?:SET|set)[ \\t]{1,4}(?:requirepass|masterauth)',
  'pihole[ \\t]{1,4}-a[ \\t]{1,4}-p',
  // a prompt's answer after an arrow: the program, its arguments, then `->`, `=>`, `→` or `⇒`
  '(?<![/.])(?:smb|vnc|ht|yp|k|g|chg)?passwd\\b[^\\n|;&]{0,100}?[ \\t](?:->|=>|→|⇒)',
  '(?:pdbedit|htdigest)\\b[^\\n|;&]{0,100}?[ \\t](?:->|=>|→|⇒)',
].join('|');

/** Before a value glued to its user or key: `bundle config HOST USER:PW`, `npm config set //HOST/:_password=PW`. */
const BEFORE_GLUED = [
  'bundle[ \\t]{1,4}config[ \\t]{1,4}(?:set[ \\t]{1,4})?(?:--(?:global|local)[ \\t]{1,4})?[^\\s-][^\\s]{0,199}[ \\t]{1,4}["\']?[^\\s:/"\'-][^\\s:/"\']{0,99}:(?!\\/)',
  '(?:npm|pnpm|yarn)[ \\t]{1,4}(?:config[ \\t]{1,4})?set[ \\t]{1,4}["\']?\\/\\/[^\\s"\']{1,200}:_password["\']?(?:[ \\t]{1,4}|=)',
].join('|');

/** Round 20: qpdf's `--encrypt USER-PW OWNER-PW BITS` (its manual's positional form): both are passwords, the user's
 *  may be empty (`""`). Each argument quoted or bare, bounded. */
const QPDF_ARG = '(""|\'\'|"[^"\\n]{1,128}"|\'[^\'\\n]{1,128}\'|[^\\s"\'-][^\\s"\']{0,127})';
const QPDF = new RegExp(`(?<![\\w-])qpdf\\b[^\\n|;&]{0,200}?(?<=[ \\t])--encrypt[ \\t]{1,4}${QPDF_ARG}[ \\t]{1,4}${QPDF_ARG}(?=[ \\t]{1,4}(?:40|128|256)\\b)`, 'dg');

function* qpdfPasswords(text: string): Iterable<Range> {
  const re = new RegExp(QPDF.source, QPDF.flags);
  let match: RegExpExecArray | null;
  while ((match = re.exec(text)) !== null) {
    for (const group of [1, 2]) {
      const [start, end] = match.indices![group]!;
      const quoted = /^["']/.test(match[group]!);
      const value = quoted ? match[group]!.slice(1, -1) : match[group]!;
      if (plausiblePassword(value)) yield quoted ? { start: start + 1, end: end - 1 } : { start, end };
    }
  }
}

/** Round 20: the answer to a command's password prompt, told in prose on the command's line (`runas /user:x cmd (then
 *  typed X at the prompt)`, `sudo -i, tippte X an der Eingabeaufforderung`): a command that asks for a password, a
 *  verb of typing and a prompt word after the value. The verbs and prompt words of English, German, French, Spanish,
 *  Portuguese, Polish and Russian were written from memory. */
const PROMPTING_COMMAND = '(?:runas|sudo|su|passwd|ssh|scp|sftp|ftp|mysql\\w{0,10}|psql|kinit|login|smbclient|gpg|keytool|unzip|7z|net[ \\t]{1,4}use|docker[ \\t]{1,4}login)';
const TYPED = '(?:typed|entered|typing|entering|put in|tippte|getippt|eingegeben|eingetippt|tapé|saisi|entré|escrib[íi]|tecle[ée]|introduje|digitei|wpisa[łl]e[mś]|wpisa[łl]am|ввёл|ввел|ввела)';
const PROMPT_WORD = '(?:prompt|password prompt|invite|Eingabeaufforderung|Passwortabfrage|Abfrage|solicitud|aviso|prompcie|monicie|запрос\\p{L}{0,2}|приглашени\\p{L}{0,2})';
const PROMPT_ANSWER = new RegExp(
  `(?<![\\w-])${PROMPTING_COMMAND}\\b[^\\n]{0,200}?(?<=[\\s(,;])${TYPED}[ \\t]{1,3}["'\`„“«]?([^\\s"'\`“”»]{4,64}?)["'\`“”»]?[ \\t]{1,3}(?:[\\p{L}']{1,10}[ \\t]{1,3}){0,3}(?:\\p{L}{1,2}['’])?${PROMPT_WORD}`,
  'dgu',
);

/** Round 21: a mount's `user=NAME:PASSWORD` option (curlftpfs(1) `-o user=<user:pass>` and `proxy_user=`, the same in
 *  an fstab line's options for `curlftpfs#` and `mount -t fuse`), the option list running on after it with `,`. */
const MOUNT_USER = /(?<![\w-])(?:curlftpfs|mount(?:\.[\w-]{1,20})?|sshfs|s3fs|httpdirfs|fuse)\b[^\n|;&]{0,200}?(?<=[\s,=])(?:proxy_)?user=["']?[^\s:,"']{1,64}:([^\s,"']{1,128})/dg;

export const passwordArgumentRules: RedactionRule[] = [
  regexRule({
    id: 'mount-user-password',
    kind: 'password',
    level: 'secrets',
    priority: 80,
    description: 'Round 21: the password of a mount option `user=NAME:PASSWORD` (curlftpfs `-o user=`/`proxy_user=`, fstab options)',
    pattern: MOUNT_USER,
    group: 1,
    accept: (value) => plausiblePassword(value),
  }),
  regexRule({
    id: 'prompt-answer-password',
    kind: 'password',
    level: 'secrets',
    priority: 78,
    description: 'Round 20: the answer typed at a command\'s password prompt, told in prose on the command\'s line (`runas … (then typed X at the prompt)`)',
    pattern: PROMPT_ANSWER,
    group: 1,
    accept: (value) => plausiblePassword(value) && passwordTokenShape(value, 'next'),
  }),
  {
    id: 'qpdf-encrypt-passwords',
    kind: 'password',
    level: 'secrets',
    priority: 80,
    description: 'Round 20: the user and owner passwords of `qpdf --encrypt USER-PW OWNER-PW 40|128|256`',
    find: (text: string) => [...qpdfPasswords(text)],
  },
  regexRule({
    id: 'tool-password-argument',
    kind: 'password',
    level: 'secrets',
    priority: 80,
    description:
      'Round 18: a password given as a plain argument where the tool says which one it is — config commands storing a credential (`poetry`/`composer config http-basic.X USER PW`, `bundle config HOST USER:PW`, `npm config set //HOST/:_password PW`, `mc alias set ALIAS URL ACCESS SECRET`), subcommands that set one (`neo4j-admin set-initial-password`, `grafana-cli admin reset-admin-password`, `redis-cli CONFIG SET requirepass`, `pihole -a -p`), and a prompt answered after an arrow (`smbpasswd -a user -> PW`)',
    pattern: new RegExp(`(?<![\\w-])(?:(?:${BEFORE_SPACED})[ \\t]{1,8}|${BEFORE_GLUED})(["']?)([^\\s"']{1,128})\\1(?![^\\s"'])`, 'dg'),
    group: 2,
    // a lower-case word of prose is the sentence going on (`set-initial-password before the first start`), not a value
    accept: (value) => plausiblePassword(value) && !/^[-/~<>|]|^\.{1,2}\//.test(value) && !(/^[a-z]{1,20}$/.test(value) && wordScore(value) >= 0),
  }),
];
