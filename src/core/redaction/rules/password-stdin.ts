// Passwords fed to a program's standard input, in every way a shell feeds it: piped from `echo`/`printf` (also
// `printf '%s\n' "…"`), a here-string (`<<< "…"`, bash/zsh/ksh) or a one-line here-document (`<<EOF` ⏎ `…` ⏎ `EOF`).
// Round 3 knew the pipe only; round 14 found the same password given by here-string in dev (`vncpasswd -f <<< "…"`)
// and widened the family to the three ways (round 18: a fourth, a password file made by process substitution, and a
// password command set to echo it) and to the programs that read a password on stdin by their manuals
// (`vncpasswd -f`, `smbpasswd -s`, `htpasswd -i`, `chpasswd`, `kinit`, `cryptsetup --key-file -`, `gpg
// --passphrase-fd 0`, `openssl -passin stdin`, `vault login -`) beside the `--password-stdin` flags. Without such a
// program the text fed is data (`grep foo <<< "$line"`, `cat <<EOF`), so the reader is what anchors every pattern.
import type { Range, RedactionRule } from '../types';
import { plausiblePassword } from './secrets';
import { passwordTokenShape } from './password-shape';

/** Programs and flags that read a password or secret from stdin; `chpasswd` reads `user:password` lines. */
const READER =
  // round 19: every long option naming a password read on stdin (`--passwd-on-stdin` of openconnect, `--password-from-stdin`)
  '(?:--password-stdin|--pass(?:word|wd|phrase)?(?:-on|-from)?-stdin|(?<=[ \\t])-S(?![\\w-])|--stdin|(?:docker|podman)[ \\t]+secret[ \\t]+create[ \\t][^\\n|]{0,80}[ \\t]-(?=[ \\t]|$)' +
  '|(?:gh|wrangler|flyctl|fly)[ \\t]+secrets?[ \\t]+(?:set|put|import)|vncpasswd[ \\t]{1,4}-f|smbpasswd\\b[^\\n|]{0,80}?[ \\t]-[a-zA-Z]{0,3}s(?![\\w-])' +
  '|htpasswd\\b[^\\n|]{0,80}?[ \\t]-[a-zA-Z]{0,3}i(?![\\w-])|(?<![\\w-])kinit\\b|(?<![\\w-])chpasswd\\b|--passphrase-fd[ \\t=]{1,4}0(?![\\w-])|-pass(?:in|out)?[ \\t]{1,4}stdin\\b' +
  '|--key-file[ \\t=]{1,4}-(?![\\w-])|(?<![\\w-])vault[ \\t]+login\\b[^\\n|]{0,80}?[ \\t]-(?=[ \\t]|$)' +
  // round 21: a mount option that reads the password on stdin (sshfs(1) `-o password_stdin`, `passwd_stdin`)
  '|(?<=[ \\t,=])pass(?:word|wd)_stdin(?![\\w-])' +
  // round 22: a flag that sets a password and takes no value on its line (AnyDesk `--set-password`, as its command-line
  // guide pipes it: `echo PASS | anydesk --set-password`), fed by pipe or here-string like the ones above
  '|(?<![\\w-])--(?:set|new|change|reset|update)-?pass(?:word|wd|phrase)(?![\\w-])(?=[ \\t]*(?:$|\\r?\\n|[|;&<]|<<)))';

/** `echo "…" | reader`, `printf '%s\n' "…" | reader`: the quoted text, then the reader within the piped command;
 *  round 19: or one bare word (`echo W9c4…_t | docker login --password-stdin`), as a shell passes it unquoted. */
const PIPED = new RegExp(
  `(?<![\\w-])(?:echo|printf)[ \\t]{1,4}(?:-[neE][ \\t]{1,4})?(?:(["'])%s(?:\\\\n)?\\1[ \\t]{1,4})?(?:(["'])([^"'\\n]{1,128})\\2|([^\\s"'|;&<>()$\`\\\\]{1,128}))[ \\t]{0,4}\\|[ \\t]{0,4}(?=[^\\n|]{0,120}?${READER})`,
  'dg',
);
/** `reader … <<< "…"` / `<<< …`, and `reader … <<EOF` ⏎ one line ⏎ `EOF`. */
const FED = new RegExp(
  `${READER}[^\\n|;&<>]{0,120}?(?:<<<[ \\t]{0,4}(?:"([^"\\n]{1,128})"|'([^'\\n]{1,128})'|([^\\s"'|;&<>()]{1,128}))` +
    `|<<-?[ \\t]{0,2}(["']?)([A-Za-z_]\\w{0,19})\\4[^\\n]{0,80}\\r?\\n[ \\t]{0,12}([^\\n]{1,128}?)[ \\t]*\\r?\\n[ \\t]{0,12}\\5(?![\\w]))`,
  'dg',
);

/** Round 18: a password file made by process substitution (`--password-file=<(echo …)`, bash/zsh/ksh): the shell
 *  hands the program a pipe holding what `echo`/`printf` wrote, so the text is the password file's content. The
 *  option names a password, passphrase or key file (rsync, restic, ansible `--vault-password-file`, gpg
 *  `--passphrase-file`, cryptsetup `--key-file`, `sshpass -f`, OpenSSL `-passin file:`); `<(cat secret.txt)` holds
 *  no value. */
const SUBSTITUTED = new RegExp(
  `(?:(?<![\\w-])--?[\\w-]{0,30}(?:pass(?:word|wd|phrase)?|key|secret|credentials?)[\\w-]{0,12}-?file|(?<![\\w-])sshpass[ \\t]{1,4}-f|(?<=[ \\t])-pass(?:in|out)?[ \\t]{1,4}file:)` +
    `(?:[ \\t]{1,4}|=|(?<=file:))<\\([ \\t]{0,4}(?:echo|printf)[ \\t]{1,4}(?:-[neE]{1,3}[ \\t]{1,4})?(?:(["'])%s(?:\\\\n)?\\1[ \\t]{1,4})?` +
    `(?:"([^"\\n]{1,128})"|'([^'\\n]{1,128})'|([^\\s"'|;&<>()]{1,128}))[ \\t]{0,4}\\)`,
  'dg',
);

/** Round 18: a setting that names the command printing a password, set to `echo`/`printf` of the password itself:
 *  isync/mbsync `PassCmd "echo …"`, msmtp `passwordeval "echo …"`, restic `RESTIC_PASSWORD_COMMAND='echo …'`, borg
 *  `BORG_PASSCOMMAND`, and `password_command`/`pass_cmd` keys. A command that reads a store (`pass show mail`, `gpg
 *  -dq …`) holds no value. */
const COMMANDED = new RegExp(
  `(?<![\\w-])(?:PassCmd|passwordeval|[A-Z]{1,20}_PASS(?:WORD)?_?COMMAND|BORG_PASSCOMMAND|[\\w-]{0,20}pass(?:word)?[_-]?(?:command|cmd|eval))[ \\t]{0,4}[=:]?[ \\t]{0,4}` +
    `(?:"[ \\t]{0,4}(?:echo|printf)[ \\t]{1,4}(?:-[neE]{1,3}[ \\t]{1,4})?(?:'([^'\\n]{1,128})'|([^\\s"'|;&<>()$\`]{1,128}))[ \\t]{0,4}"` +
    `|'[ \\t]{0,4}(?:echo|printf)[ \\t]{1,4}(?:-[neE]{1,3}[ \\t]{1,4})?(?:"([^"\\n]{1,128})"|([^\\s"'|;&<>()$\`]{1,128}))[ \\t]{0,4}')`,
  'dg',
);

function* find(text: string): Iterable<Range> {
  for (const [re, groups] of [[PIPED, [3, 4]], [FED, [1, 2, 3, 6]], [SUBSTITUTED, [2, 3, 4]], [COMMANDED, [1, 2, 3, 4]]] as const) {
    // matchAll scans a copy of the pattern, so the shared one keeps no lastIndex between calls
    for (const match of text.matchAll(re)) {
      const group = groups.find((g) => match[g] !== undefined);
      if (group === undefined) continue;
      const end = match.indices![group]![1];
      let start = match.indices![group]![0];
      // chpasswd reads `user:password`: the password is what follows the user's colon
      if (/chpasswd/.test(match[0]) || /\|[ \t]{0,4}(?:sudo[ \t]+)?chpasswd/.test(text.slice(end, end + 40))) {
        const colon = text.slice(start, end).indexOf(':');
        if (colon <= 0) continue;
        start += colon + 1;
      }
      const value = text.slice(start, end);
      // round 19: a bare word piped is a password only when shaped as one (`echo build | sort -S 1G` pipes a word)
      if (re === PIPED && group === 4 && !passwordTokenShape(value, 'next')) continue;
      if (plausiblePassword(value) && !/^["'$`]|^\(|\$\(|^<</.test(value)) yield { start, end };
    }
  }
}

export const passwordStdinRules: RedactionRule[] = [
  {
    id: 'stdin-password',
    kind: 'password',
    level: 'secrets',
    priority: 80,
    description:
      'Password or secret fed to a program that reads it from stdin (docker login --password-stdin, sudo -S, passwd --stdin, vncpasswd -f, smbpasswd -s, htpasswd -i, chpasswd, kinit, gpg --passphrase-fd 0, openssl -passin stdin, cryptsetup --key-file -, docker secret create NAME -, gh/wrangler/fly secret set): piped from echo/printf, by here-string (`<<< "…"`) or by a one-line here-document; (round 18) a password file made by process substitution (`--password-file=<(echo …)`, `--vault-password-file <(echo "…")`, `sshpass -f <(…)`, `-passin file:<(…)`), and a password command that echoes it (mbsync `PassCmd "echo …"`, msmtp `passwordeval`, `RESTIC_PASSWORD_COMMAND`, `BORG_PASSCOMMAND`)',
    find: (text: string) => [...find(text)].sort((a, b) => a.start - b.start),
  },
];
