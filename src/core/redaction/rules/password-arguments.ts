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
import type { RedactionRule } from '../types';
import { regexRule } from './regex-rule';
import { plausiblePassword } from './secrets';
import { wordScore } from './token-randomness';

/** Before the value (which follows after spaces, optionally quoted). */
const BEFORE_SPACED = [
  // config commands storing a credential: the user, then the password
  'poetry[ \\t]{1,4}config[ \\t]{1,4}(?:--?[\\w-]{1,20}[ \\t]{1,4}){0,3}http-basic\\.[^\\s]{1,100}[ \\t]{1,4}["\']?[^\\s"\'-][^\\s"\']{0,99}["\']?',
  'composer[ \\t]{1,4}config[ \\t]{1,4}(?:--?[\\w-]{1,20}[ \\t]{1,4}){0,3}http-basic\\.[^\\s]{1,100}[ \\t]{1,4}["\']?[^\\s"\'-][^\\s"\']{0,99}["\']?',
  'mc(?:li)?[ \\t]{1,4}(?:alias[ \\t]{1,4}set|config[ \\t]{1,4}host[ \\t]{1,4}add)[ \\t]{1,4}(?:--?[\\w-]{1,20}[ \\t]{1,4}){0,3}[^\\s-][^\\s]{0,63}[ \\t]{1,4}[a-z][a-z0-9+.-]{1,20}:\\/\\/[^\\s]{1,200}[ \\t]{1,4}["\']?[^\\s"\'-][^\\s"\']{0,127}["\']?',
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

export const passwordArgumentRules: RedactionRule[] = [
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
