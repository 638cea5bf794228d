// Round 22: passwords given to Windows command-line tools by their own switch — the family of the `-p`/`/p` that
// `certutil -p PASS -importpfx` takes, which round 21's untouched split missed — as each tool's documentation names
// it: certutil (`-p Password` of -importpfx/-exportpfx/-mergepfx), pvk2pfx (`-pi` the key's password, `-po` the
// PFX's), signtool (`/p` the PFX's password), schtasks (`/p` beside `/u`; `/rp` is read by tool-password-flag),
// PsExec and PAExec (`-p`), winrs (`-p:`/`-password:`) and wmic (`/password:`). The switch is anchored on its tool
// with bounded quantifiers; a value starting with `-` or `/` is the next switch, and `*` asks for a prompt.
import type { RedactionRule } from '../types';
import { regexRule } from './regex-rule';
import { plausiblePassword } from './secrets';

const ON_LINE = '\\b[^\\n|;&]{0,200}?(?<=[ \\t])';
/** Switches that take the value after spaces. */
const SPACED = [
  `certutil(?:\\.exe)?${ON_LINE}[-/]p`,
  `pvk2pfx(?:\\.exe)?${ON_LINE}[-/]p[io]`,
  `signtool(?:\\.exe)?${ON_LINE}[-/]p`,
  `schtasks(?:\\.exe)?${ON_LINE}[-/][Pp]`,
  `(?:psexec|psexec64|paexec)(?:\\.exe)?${ON_LINE}[-/]p`,
].join('|');
/** Switches glued to their value by `:`. */
const GLUED = [`winrs(?:\\.exe)?${ON_LINE}[-/]p(?:assword)?:`, `wmic(?:\\.exe)?${ON_LINE}\\/password:`].join('|');

const WINDOWS_TOOL = new RegExp(`(?<![\\w.-])(?:(?:${SPACED})(?![\\w-])[ \\t]{1,4}|(?:${GLUED}))(["']?)([^\\s"']{1,128})\\1`, 'dgi');

export const passwordRound22Rules: RedactionRule[] = [
  regexRule({
    id: 'windows-tool-password',
    kind: 'password',
    level: 'secrets',
    priority: 80,
    description:
      'Round 22: the password switch of Windows tools — `certutil -p X`, `pvk2pfx -pi/-po X`, `signtool /p X`, `schtasks /u U /p X`, `psexec -p X`, `winrs -p:X`, `wmic /password:X`',
    pattern: WINDOWS_TOOL,
    group: 2,
    accept: (value) => plausiblePassword(value) && !/^[-/*]/.test(value),
  }),
];
