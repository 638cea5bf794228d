// Round 22: passwords given to Windows command-line tools (and NSS pk12util, RAR's `-hp`) by their own switch — the
// family of the `-p`/`/p` that `certutil -p PASS -importpfx` takes, which round 21's untouched split missed — as each
// tool's documentation names it: certutil (`-p Password` of -importpfx/-exportpfx/-mergepfx), pvk2pfx (`-pi` the key's
// password, `-po` the PFX's), signtool (`/p` the PFX's password), schtasks (`/p` beside `/u`; `/rp` is read by
// tool-password-flag), PsExec and PAExec (`-p`), winrs (`-p:`/`-password:`) and wmic (`/password:`). The switch is
// anchored on its tool with bounded quantifiers; a value starting with `-` or `/` is the next switch, and `*` asks
// for a prompt.
import type { RedactionRule } from '../types';
import { regexRule } from './regex-rule';
import { plausiblePassword } from './secrets';

/** A switch of its tool, anchored by a lookbehind on the tool's name earlier on the line, so that each of several
 *  switches is found (`pk12util … -K X -W X`, both passwords), not the first only. */
const switchOf = (tool: string, flag: string) => `${flag}(?<=(?<![\\w.-])${tool}(?:\\.exe)?\\b[^\\n|;&]{0,200}?[ \\t]${flag})`;
/** Switches that take the value after spaces. */
const SPACED = [
  // (case as written: pk12util's lower-case `-w`/`-k` name password files, not passwords)
  switchOf('[Cc]ert[Uu]til', '[-/]p'),
  switchOf('pvk2pfx', '[-/]p[io]'),
  switchOf('signtool', '[-/]p'),
  switchOf('schtasks', '[-/][Pp]'),
  switchOf('(?:[Pp]s[Ee]xec(?:64)?|[Pp][Aa][Ee]xec)', '[-/]p'),
  // and one outside Windows: NSS pk12util (`-W` the PKCS #12 file's password, `-K` the key database's), as its
  // manual names them
  switchOf('pk12util', '-[WK]'),
].join('|');
/** Switches glued to their value: by `:`, or RAR's `-hp` (the password that encrypts the headers too; `-p` is read
 *  by tool-password-flag). */
const GLUED = [switchOf('winrs', '[-/]p(?:assword)?:'), switchOf('wmic', '\\/password:'), `${switchOf('(?:rar|winrar|unrar)', '-hp')}(?=[^\\s-])`].join('|');

const WINDOWS_TOOL = new RegExp(`(?<=[ \\t])(?:(?:${SPACED})(?![\\w-])[ \\t]{1,4}|(?:${GLUED}))(["']?)([^\\s"']{1,128})\\1`, 'dg');

export const passwordRound22Rules: RedactionRule[] = [
  regexRule({
    id: 'windows-tool-password',
    kind: 'password',
    level: 'secrets',
    priority: 80,
    description:
      'Round 22: the password switch of Windows tools — `certutil -p X`, `pvk2pfx -pi/-po X`, `signtool /p X`, `schtasks /u U /p X`, `psexec -p X`, `winrs -p:X`, `wmic /password:X` — and of NSS `pk12util -W/-K X` and RAR `-hpX`',
    pattern: WINDOWS_TOOL,
    group: 2,
    accept: (value) => plausiblePassword(value) && !/^[-/*]/.test(value),
  }),
];
