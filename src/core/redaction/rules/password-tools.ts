// Round 9: passwords in places no password word names them, by family rather than by tool:
//   - the password option of command-line tools whose flag is a letter of their own (`ldapsearch -w`, `zip -P`,
//     `7z -pX`, `ipmitool -P`, `xfreerdp /p:`, `lftp -u user,pw`, `schtasks /RP`, `wpa_passphrase SSID pw`);
//   - secrets files and schemes with a fixed layout: strongSwan `ipsec.secrets` (`: PSK "…"`), Wi-Fi QR codes
//     (`WIFI:T:WPA;S:…;P:…;;`), an `expect` script answering a password prompt with `send "…"`;
//   - a table whose header names a password column (CSV exports of password managers and browsers, Markdown and
//     tab-separated tables): every row's cell in that column, whatever its shape.
//   - round 12: Wi-Fi keys as XML element text (Windows WLAN profiles), macOS `networksetup -setairportnetwork`.
// Each pattern is anchored on its tool or keyword with bounded quantifiers; the table scan reads each line at most
// twice (as a header candidate and as a row).
import type { Range, RedactionRule } from '../types';
import { regexRule } from './regex-rule';
import { plausiblePassword } from './secrets';


/** Tools and the flag that takes their password (the value follows after spaces, or glued for 7-Zip and RAR). */
export const TOOL_FLAG =
  '(?:ldap(?:search|modify|add|delete|modrdn|compare|whoami|passwd|exop|url)[^\\n|;&]{0,200}?(?<=[ \\t])-w' +
  '|(?:zip|zipcloak|unzip|funzip|ipmitool|cqlsh|rdesktop|smbpasswd|vncviewer|mosquitto_(?:pub|sub|passwd)|pg_basebackup|sqsh|isql|tsql|bsqldb|nxc|crackmapexec|netexec|evil-winrm|hydra)\\b[^\\n|;&]{0,200}?(?<=[ \\t])(?:-P|-p|--password)' +
  '|openssl[ \\t]{1,4}(?:enc|aes-\\d+-\\w+|des3|bf|rc4|chacha20)\\b[^\\n|;&]{0,200}?(?<=[ \\t])-k' +
  '|schtasks\\b[^\\n|;&]{0,200}?(?<=[ \\t])\\/RP' +
  // round 19: ssh-keygen's new and old passphrase (`-N`, `-P`), as its manual names them
  '|ssh-keygen\\b[^\\n|;&]{0,200}?(?<=[ \\t])-[NP]' +
  // round 15: NetworkManager's secret properties set on the command line (`nmcli con modify Home wifi-sec.psk X`)
  '|nmcli\\b[^\\n|;&]{0,200}?(?<=[ \\t])(?:(?:wifi-sec|802-11-wireless-security)\\.(?:psk|wep-key[0-3]|leap-password)|802-1x\\.(?:password|private-key-password|pin)|(?:gsm|cdma|pppoe)\\.password)' +
  ')[ \\t]{1,4}';

/** Round 10: the layouts of secrets files; each yields the password field (one rule id, `secrets-file-password`). */
const SECRETS_FILES = [
  // Postfix sasl_passwd: a bracketed relay or host:port, then user:password ending the line
  /(?<=^|\n)[ \t]{0,8}(?:\[[^\]\s]{1,253}\](?::\d{1,5})?|[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}:\d{1,5})[ \t]{1,8}[^\s:]{1,128}:([^\s]{1,128})(?=[ \t]*(?:\r?\n|$))/dg,
  // PPP chap-secrets / pap-secrets: client, server `*`, secret, then `*`, addresses or "" (quotes optional)
  /(?<=^|\n)[ \t]{0,8}"?[^\s"#]{1,64}"?[ \t]{1,8}\*[ \t]{1,8}"?([^\s"]{1,128})"?(?=[ \t]{1,8}(?:\*|""|[\d.]{7,15}))/dg,
  // OpenVPN auth-user-pass and other two-line credentials files: the second line
  // (round 19: `auth_user_pass` as config generators spell it, a comment or a `# /etc/openvpn/auth.txt:` line naming
  // the file between, and such a file-name line alone)
  /(?:(?<![\w-])cat[ \t]{1,4}[^\n]{0,100}?(?:auth|pass|cred|login|secret)[^\s/]{0,40}\.(?:txt|conf|cfg|creds)|auth[-_]user[-_]pass(?:[ \t]{1,4}\S{1,100})?|(?<=^|\n)[ \t]{0,8}(?:#|\/\/|;)?[ \t]{0,4}[^\s]{0,100}\/[^\s/]{0,40}(?:auth|pass|cred|login|secret)[^\s/]{0,40}\.(?:txt|conf|cfg|creds):)(?:[ \t]*\r?\n[ \t]*(?:#|\/\/|;)[^\n]{0,200})?[ \t]*\r?\n[ \t]*[^\s#;]{1,64}[ \t]*\r?\n[ \t]*([^\s]{4,128})(?=[ \t]*(?:\r?\n|$))/dg,
  // Windows unattend.xml and the like: an element naming a password holds its value in a child (`<Value>…</Value>`)
  // (round 14: or an element whose name or key attribute names it — .NET `<setting name="SmtpPassword" …><value>`)
  /<(?:\w{0,40}(?:[Pp]assword|PASSWORD|[Pp]asswd|[Pp]assphrase)\w{0,40}|\w{1,40}[ \t\r\n][^<>]{0,200}?(?<=[ \t\r\n])(?:name|key|Name|Key)=["'][\w.-]{0,40}(?:[Pp]assword|PASSWORD|[Pp]asswd|[Pp]assphrase)["'])(?:[ \t\r\n][^<>]{0,200})?>[ \t\r\n]{0,200}<(?:Value|value|string)>([^<>\n]{1,256})<\//dg,
  // Apple property lists (`.mobileconfig`, `.plist`): `<key>Password</key>` then `<string>…</string>`
  /<key>[^<\n]{0,40}(?:[Pp]assword|PASSWORD|[Pp]asswd|[Pp]assphrase)[^<\n]{0,40}<\/key>[ \t\r\n]{0,200}<string>([^<>\n]{1,256})<\/string>/dg,
  // Round 12: Windows WLAN profiles (`netsh wlan export profile key=clear`) and other XML holding a Wi-Fi key as the
  // element's text (`<keyMaterial>`, `<preSharedKey>`, `<psk>`, `<passphrase>`)
  /<(?:[Kk]eyMaterial|[Pp]reSharedKey|[Pp]sk|PSK|[Pp]assPhrase|[Pp]assphrase)>[ \t]{0,8}([^<>\s]{1,256})[ \t]{0,8}<\//dg,
].map((pattern, i) => regexRule({ id: `secrets-file-${i}`, kind: 'password', level: 'secrets', description: '', pattern, group: 1, accept: plausiblePassword }));

export const passwordToolRules: RedactionRule[] = [
  regexRule({
    id: 'tool-password-flag',
    kind: 'password',
    level: 'secrets',
    priority: 80,
    description:
      'The password option of tools whose flag is a letter of their own: `ldapsearch -w`, `zip -P`, `ipmitool -P`, `cqlsh -p`, `rdesktop -p`, `openssl enc -k`, `schtasks /RP`, glued `7z -pX` / `unrar -pX`, `xfreerdp /p:X`, `lftp -u user,X`, `wpa_passphrase SSID X`, (round 12) `networksetup -setairportnetwork dev SSID X`, (round 15) `nmcli … wifi-sec.psk X`, (round 19) `ssh-keygen -N X` / `-P X`, `netsh wlan … key=X`',
    pattern: new RegExp(
      `(?<![\\w-])(?:${TOOL_FLAG}|(?:7z|7za|7zr|7zz|rar|unrar)\\b[^\\n|;&]{0,200}?(?<=[ \\t])-p(?=[^\\s-])|(?:xfreerdp|wlfreerdp|sdl-freerdp)\\b[^\\n|;&]{0,200}?(?<=[ \\t])[/-]p:` +
        `|lftp\\b(?:"[^"\\n]{0,160}"|'[^'\\n]{0,160}'|[^\\n|;&"']){0,200}?(?<=[ \\t])-u[ \\t]{1,4}["']?[^\\s,"']{1,64},|netsh[ \\t]{1,4}wlan\\b[^\\n|;&]{0,200}?(?<=[ \\t])key=|(?:wpa_passphrase|networksetup[ \\t]{1,4}-setairportnetwork[ \\t]{1,4}[^\\s]{1,32})[ \\t]{1,4}(?:"[^"\\n]{1,64}"|'[^'\\n]{1,64}'|[^\\s"']{1,64})[ \\t]{1,4})` +
        `(["']?)([^\\s"']{1,128})\\1`,
      'dg',
    ),
    group: 2,
    accept: (v) => plausiblePassword(v) && !/^-/.test(v),
  }),
  regexRule({
    id: 'ipsec-secret',
    kind: 'secret',
    level: 'secrets',
    priority: 80,
    description: 'strongSwan/Libreswan ipsec.secrets: the quoted secret after `PSK`, `XAUTH`, `EAP`, `NTLM` or `PIN` (`: PSK "…"`, `user : EAP "…"`)',
    pattern: /(?<=(?:^|\n)[^\n]{0,200}?:[ \t]{0,4})(?:PSK|XAUTH|EAP|NTLM|PIN)[ \t]{1,4}(["'])([^"'\n]{1,256})\1/dg,
    group: 2,
    accept: plausiblePassword,
  }),
  regexRule({
    id: 'wifi-qr-password',
    kind: 'password',
    level: 'secrets',
    priority: 80,
    description: 'The `P:` field of a Wi-Fi QR code (`WIFI:T:WPA;S:name;P:…;;`, ZXing\'s format; `\\;` escapes kept inside)',
    pattern: /WIFI:[^\n]{0,120}?(?<=[:;])P:((?:\\[;,:\\"]|[^;\n\\]){1,128});/dg,
    group: 1,
    accept: plausiblePassword,
  }),
  regexRule({
    id: 'expect-send-password',
    kind: 'password',
    level: 'secrets',
    priority: 80,
    description: 'An `expect` script answering a password or passphrase prompt: `expect "Password:"` then `send "…\\r"`',
    pattern: /expect[ \t]{1,4}(?:-[a-z]{1,3}[ \t]{1,4})?["'{][^\n]{0,40}?(?:assword|asswort|assphrase|PASSWORD|PIN)[^\n]{0,40}\r?\n[ \t]{0,12}send[ \t]{1,4}(?:--[ \t]{1,4})?["'{]((?:\\[^rn]|[^"'}\\\n]){1,128})(?:\\r|\\n)?["'}]/dg,
    group: 1,
    accept: plausiblePassword,
  }),
  {
    id: 'secrets-file-password',
    kind: 'password',
    level: 'secrets',
    priority: 80,
    description:
      'Round 10: secrets files of a fixed layout — Postfix `sasl_passwd` (`[relay]:587 user:pw`), PPP `chap-secrets`/`pap-secrets` (`"user" * "pw" *`), a two-line credentials file shown with `cat` or named by `auth-user-pass` (OpenVPN: the user, then the password), a password element holding `<Value>` (unattend.xml), a property list `<key>Password</key><string>…</string>`',
    *find(text: string) {
      const found = SECRETS_FILES.flatMap((layout) => [...layout.find(text)]);
      yield* found.sort((a, b) => a.start - b.start);
    },
  },
  {
    id: 'password-list-items',
    kind: 'password',
    level: 'secrets',
    priority: 76,
    description:
      'Round 10: every item of a YAML list under a key naming passwords (`hardcoded_passwords:` then `- "…"` lines); the assignment scanner reads only the first',
    find: (text: string) => [...findListItems(text)],
  },
  {
    id: 'password-column',
    kind: 'password',
    level: 'secrets',
    priority: 76,
    description:
      'The cells of a table column headed by a password word (`password`, `login_password`, `Passwort`, `contraseña`, `пароль`…): CSV exports of password managers and browsers, Markdown, tab- and semicolon-separated tables',
    find: (text: string) => [...findColumns(text)],
  },
];

/** A header cell naming a password column, in the languages of the password words elsewhere. */
const PASSWORD_CELL =
  /^(?:[\p{L}]+[ _.-])?(?:pass(?:word|wd|phrase|code)?|pwd|pw|psw|passwort|kennwort|mot de passe|mdp|contrase[ñn]a|contrasenya|senha|clave|wachtwoord|l[öo]senord|passord|adgangskode|salasana|has[łl]o|heslo|jelsz[óo]|parol[aăe]?|parool|[şs]ifre|lozinka|geslo|пароль|лозинка|κωδικός|סיסמה|كلمة المرور|رمز عبور|パスワード|密码|密碼|비밀번호|รหัสผ่าน|mật khẩu|kata sandi)$/iu;
/** Header cells: labels (letters, digits, spaces, `_`, `.`, `-`, `/`), never code. */
const LABEL_CELL = /^[\p{L}][\p{L}\p{N} _./-]{0,40}$/u;
const DELIMITERS = [',', ';', '\t', '|'] as const;

/** Cells of one line split at `delimiter`, CSV quotes honoured; each with its offsets (quotes and spaces trimmed). */
function cells(line: string, at: number, delimiter: string): Range[] {
  const out: Range[] = [];
  let i = 0;
  if (delimiter === '|') {
    // Markdown: leading and trailing pipes frame the row
    const trimmed = line.replace(/^[ \t]*\|/, '');
    i = line.length - trimmed.length;
    line = line.replace(/\|[ \t]*$/, '');
  }
  while (i <= line.length) {
    let start = i;
    let end: number;
    if (line[i] === '"' && delimiter !== '|') {
      const close = line.indexOf('"', i + 1);
      if (close === -1) return [];
      start = i + 1;
      end = close;
      i = close + 1;
      while (i < line.length && line[i] !== delimiter) i++;
    } else {
      const next = line.indexOf(delimiter, i);
      end = next === -1 ? line.length : next;
      i = end;
    }
    while (start < end && /[ \t]/.test(line[start]!)) start++;
    while (end > start && /[ \t]/.test(line[end - 1]!)) end--;
    out.push({ start: at + start, end: at + end });
    i++;
  }
  return out;
}

function* findColumns(text: string): Iterable<Range> {
  const re = /pass|pwd|pw|psw|mdp|contrase|senha|clave|wachtw|l[öo]senord|adgangskode|salasana|has[łl]o|heslo|jelsz|parol|[şs]ifre|lozinka|geslo|пароль|лозинка|κωδικός|סיסמה|كلمة المرور|رمز عبور|パスワード|密码|密碼|비밀번호|รหัสผ่าน|mật khẩu|kata sandi|kennwort/giu;
  let match: RegExpExecArray | null;
  while ((match = re.exec(text)) !== null) {
    // the line around the word, looked for within 400 characters either side (a longer line is no table header)
    const back = text.slice(Math.max(0, match.index - 401), match.index);
    const lineStart = match.index - back.length + back.lastIndexOf('\n') + 1;
    const ahead = text.indexOf('\n', match.index);
    const lineEnd = ahead === -1 ? text.length : ahead;
    re.lastIndex = lineEnd;
    if ((lineStart === match.index - back.length && lineStart > 0) || lineEnd - lineStart > 400) continue;
    const header = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    const delimiter = DELIMITERS.find((d) => header.includes(d));
    if (!delimiter) continue;
    const heads = cells(header, lineStart, delimiter);
    const names = heads.map((c) => text.slice(c.start, c.end).replace(/^["']|["']$/g, ''));
    if (names.length < 2 || !names.every((n) => n === '' || LABEL_CELL.test(n))) continue;
    const column = names.findIndex((n) => PASSWORD_CELL.test(n));
    if (column === -1 || names.filter((n) => n !== '').length < 2) continue;
    // the rows under it, while they have the header's cells (a Markdown rule line `|---|` is skipped)
    let at = lineEnd + 1;
    for (let row = 0; row < 500 && at < text.length; row++) {
      let end = text.indexOf('\n', at);
      if (end === -1) end = text.length;
      if (end - at > 2000) break;
      const line = text.slice(at, end).replace(/\r$/, '');
      if (delimiter === '|' && /^[ \t]*\|?[ \t:|-]+$/.test(line) && line.includes('-')) {
        at = end + 1;
        continue;
      }
      const row_ = cells(line, at, delimiter);
      if (line.trim() === '' || Math.abs(row_.length - heads.length) > 1 || row_.length <= column) break;
      const cell = row_[column]!;
      const value = text.slice(cell.start, cell.end);
      if (plausiblePassword(value) && !/\s/.test(value) && value.length <= 128) yield cell;
      at = end + 1;
    }
    re.lastIndex = Math.max(re.lastIndex, at);
  }
}

/** A YAML key that ends in a password word (`password_rules:` names something else), its list on the lines below
 *  (`- item`, as deep or deeper than the key). */
const LIST_HEAD = /(?<=^|\n)([ \t]{0,16})[\w.-]{0,40}(?:passw(?:or)?ds?|passwd|pwds?|passphrases?):[ \t]*\r?\n/gi;

function* findListItems(text: string): Iterable<Range> {
  const re = new RegExp(LIST_HEAD.source, 'gi');
  let match: RegExpExecArray | null;
  while ((match = re.exec(text)) !== null) {
    let at = match.index + match[0].length;
    for (let row = 0; row < 200 && at < text.length; row++) {
      let end = text.indexOf('\n', at);
      if (end === -1) end = text.length;
      if (end - at > 300) break;
      const item = /^([ \t]{0,24})-[ \t]{1,4}(["']?)([^\s"'#][^"'\n]{0,126}?)\2[ \t]*\r?$/.exec(text.slice(at, end));
      if (!item || item[1]!.length < match[1]!.length) break;
      const value = item[3]!;
      if (plausiblePassword(value) && !/\s/.test(value)) {
        const start = at + item[1]!.length + item[0].slice(item[1]!.length).indexOf(value);
        yield { start, end: start + value.length };
      }
      at = end + 1;
    }
    re.lastIndex = Math.max(re.lastIndex, at);
  }
}
