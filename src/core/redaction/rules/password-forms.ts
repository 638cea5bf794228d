// Passwords given in forms that have no `password = …` assignment for the secrets-in-context scanner to anchor on:
// fed to a command that reads it from stdin (password-stdin.ts), passed as a CLI option of another name (keytool -storepass,
// openssl pass:, docker/mongosh -u user -p), SQL and Redis ACL syntax, the positional password argument of
// well-known connect calls (JDBC, PDO, mysqli, ftp_login), PowerShell SecureString, Oracle user/password@db logins,
// Kubernetes-style `- name: X_PASSWORD / value: …` lists, and prose ("password Orchid1869!", "la clave del wifi es
// …", "パスワードは…です"). Each pattern is anchored on its keyword with a lookbehind and has bounded quantifiers.
import { characterClasses, shannonEntropy } from '../checks';
import type { RedactionRule } from '../types';
import { regexRule } from './regex-rule';
import { keyContextOf } from './key-context';
import { looksMachineRandom } from './token-randomness';
import { CLI_PASSWORD_FLAG, plausiblePassword, secretRules } from './secrets';
import { execArrayRule } from './exec-arrays';
import { assignmentToken, inflectedAbbreviation, passwordTokenShape } from './password-shape';
import { chosenEqualsValue } from './password-equals-value';
import { passwordToolRules, TOOL_FLAG } from './password-tools';
import { passwordUiText } from './ui-strings';
import { spacedPassphrase } from './assignment-values';
import { passwordStdinRules } from './password-stdin';
import { passwordArgumentRules } from './password-arguments';
import { sqlPasswordRules } from './sql-passwords';
import { PASSWORD_WORDS_CASED } from './password-context';
import { publicKeyShaped } from './token-shapes';
import { passwordRound22Rules } from './password-round22';

const plausible = (value: string) =>
  // the end of a string and code after it (`'password = '.$p['x']`, `"Password: " + pw`), not a value
  !/^[ \t]*(?:\.|\+|&)[ \t]*[$\w(]/.test(value) && plausiblePassword(value);
/** A bare word after "password" in prose is a password only if it does not read as a word: it mixes classes. */
const CODE_LIKE = /^[A-Za-z_$][\w$]*(?:\??\.[A-Za-z_$][\w$]*)+(?:\(\))?;?$|[()[\]{}]|^\w+\.(?:length|value|trim|hash)\b|^[A-Z][a-z]+-[A-Z][A-Za-z]+$/;
/** Lower case, upper case and digits of any script (`Мишка2024` mixes classes as much as `Mishka2024`). */
const unicodeClasses = (value: string) => (/\p{Ll}/u.test(value) ? 1 : 0) + (/\p{Lu}/u.test(value) ? 1 : 0) + (/\p{N}/u.test(value) ? 1 : 0);
const passwordShaped = (value: string) =>
  plausible(value) && value.length >= 6 && unicodeClasses(value) >= 2 && /[\d\W_]/.test(value) && !CODE_LIKE.test(value) && !assignmentToken(value) && !inflectedAbbreviation(value);

/** Round 17: a directive's value holding `=` or `:` is a password when its two sides are no setting's name and value
 *  (password-equals-value.ts: `D4nub3=304`, not `length=12` or `file:/etc/x`), or base64 padding ends it (`xj.59eVXhQw2XX==`). */
function directiveValueWithEquals(value: string): boolean {
  if (/:/.test(value)) return false;
  const padded = /^([^=]{4,})={1,2}$/.exec(value);
  if (padded) return passwordShaped(padded[1]!) || looksMachineRandom(padded[1]!, 'keyed');
  return chosenEqualsValue(value);
}

/** Password words of 40 languages (nouns; a short suffix such as -et, -en, -a, -ă is allowed after them). */
const PASSWORD_WORDS = [
  '[Pp]ass(?:word|phrase|code)', 'PASSWORD', '[Pp]asswort', '[Kk]ennwort', 'mot de passe', '[Cc]ontrase(?:ñ|n)a', '[Cc]ontrasenya', '[Cc]lave', '[Ss]enha',
  '[Ww]achtwoord', '[Ll]ösenord', '[Pp]assord', '[Aa]dgangskode', '[Ss]alasana', '[Hh]as[łl]o', '[Hh]eslo', '[Jj]elsz[óo]', '[Pp]arol[aăe]', '[Pp]arool',
  '[Ss]alasõna', '[Pp]asswd', '[Pp]w', 'PW', '[Şş]ifre', '[Ss]ifre', '[Пп]арол[ьаи]', '[Κκ]ωδικός(?: πρόσβασης)?', '[Kk]ata (?:sandi|laluan)', '[Mm]ật khẩu', 'รหัสผ่าน',
  'كلمة (?:المرور|السر)', 'ה?סיסמ[הא]', 'पासवर्ड', 'رمز عبور', '[Ll]ozinka', '[Gg]eslo', '[Ss]laptažodis', '[Ll]ykilorð', '[Pp]arole',
  // round 10: the French shorthand (`mdp : X`), in lower or title case only (`MDP` is a Markov decision process)
  '[Mm]dp',
  // round 13: and every password word the prose model of password-context.ts knows (~70 languages: `Parol`, `పాస్‌వర్డ్`)
  PASSWORD_WORDS_CASED,
].join('|');
/** What stands between a password word and its value in tables, lists and notes: a colon, a dash, a run of dots or
 *  dashes (`Password ....... X`, `password ---- X`), a pipe or an arrow (`| Password | X |`, `root password -> X`). */
const SEPARATOR = '[:：]|[—–-](?=[ \\t])|[.…·_-]{2,40}|[|│→⇒]|->';
/** "is" in those languages. */
const VERBS = "is|es|est|c'est|c’est|ist|lautet|è|é|er|är|on|jest|je|to|era|είναι|là|adalah|ialah|это|הוא|היא|هي|هو|است|hai|है|on|olur|este|yra|ir|er";
/** `correct-horse-battery`, `slide.scratch.recovery`: three or more words joined by a separator. */
const passphraseShaped = (value: string) =>
  plausible(value) &&
  /^\p{L}{2,}(?:[-._]\p{L}{2,}){2,}\d{0,4}$/u.test(value) &&
  !value.split(/[-._]/).some((part) => /^(?:pass\w*|secrets?|tokens?|keys?|env|config|settings|process|self|this)$/i.test(part));

/** Round 14: the name line of a name/value list item (`- name:`, CloudFormation `- Name:`, `- key:`, Azure
 *  Pipelines `- variable:`), then the value line under it; the value's first character is no quote or `#`, later
 *  ones may be `#` (a YAML comment needs a space before it). The pattern's group 1 is the quote, 2 the value. */
const NAME_LINE = '(?<![\\w])(?:[Nn]ame|NAME|[Kk]ey|[Vv]ariable):[ \\t]{0,4}';
const VALUE_LINE = '[ \\t]*\\r?\\n[ \\t]{0,12}(?:[Vv]alue|VALUE):[ \\t]{0,4}(["\']?)';

/** Round 14: "log in with NAME / PASSWORD" — a login verb and its preposition in the languages of the labels above
 *  (`sign in as`, `melde dich mit`, `connecte-toi avec`, `entra con`, `inicia sesión con`, `entre com`, `log in met`,
 *  `zaloguj się jako`, `войди под`, `giriş yap`): a credential pair as people write it in chat. */
const LOGIN_VERBS =
  "(?:[Ll]og(?:ged|ging)?[ -]?[Ii]n|[Ss]ign(?:ed|ing)?[ -]?[Ii]n)[ \\t]{1,3}(?:with|as|using|met|als)|(?:[Mm]elde?[ \\t]{1,3}(?:dich|sich|mich)|[Aa]nmelden|[Ee]inloggen|[Ll]ogge?[ \\t]{1,3}(?:dich|mich)(?:[ \\t]{1,3}ein)?)[ \\t]{1,3}(?:mit|als)" +
  "|(?:[Cc]onnecte[sz]?-(?:toi|vous)|[Ss]e connecter|[Ii]dentifie[sz]?-(?:toi|vous))[ \\t]{1,3}(?:avec|en tant que)|(?:[Ee]ntra|[Aa]ccedi|[Ii]nici[ae] sesión|[Ee]ntre|[Ff]aça login|[Ll]ogue|[Ii]ngresa|[Ee]ntrar)[ \\t]{1,3}(?:con|com|como)" +
  "|[Zz]aloguj[ \\t]{1,3}się[ \\t]{1,3}(?:jako|na)|(?:[Вв]ойди(?:те)?|[Зз]аходи(?:те)?)[ \\t]{1,3}(?:под|как|с)|[Gg]iriş[ \\t]{1,3}yap";
/** After a login verb the user is a login as typed (`jtanaka`, `ops@corp.com`), not a service's name (`Google / GitHub2`,
 *  `SSO / SAML2.0`), and the password is shaped beyond a name with a number (or holds a symbol: `Gl4cier#Fjord`). */
const LOGIN_VERB_USER = new RegExp(`^(?:${LOGIN_VERBS})[ \\t]{0,2}(?:[:=→—–]|->|=>)?[ \\t]{1,3}([^\\s,/]{1,64})`, 'u');
const loginVerbPair = (value: string, match: RegExpExecArray) => {
  const user = LOGIN_VERB_USER.exec(match[0])?.[1];
  return user === undefined || (/^[\p{Ll}\d]/u.test(user) && (passwordTokenShape(value, 'after') || /[^\p{L}\p{N}._-]/u.test(value)));
};

/** Round 15: more labels of a `NAME / PASSWORD` pair — a Wi-Fi network and its key (`WiFi: CasaRossi / X`, `WLAN:`,
 *  `réseau :`, `rede:`), and "account" or "access" in more languages (`Zugang`, `acceso`, `accesso`, `acesso`, Turkish
 *  `hesap`, Indonesian `akun`, Vietnamese `tài khoản`, Czech `účet`, `アカウント`, `账号`, `帳號`, `계정`, `아이디`). */
const PAIR_LABELS_R15 =
  '[Ww]i-?[Ff]i|WIFI|WLAN|[Ww]lan|[Rr][ée]seau|[Rr]ede|[Zz]ugang|[Aa]cceso|[Aa]ccesso|[Aa]cesso|[Hh]esap|[Aa]kun|[Tt]ài khoản|[Úú]čet|アカウント|账号|帳號|帐号|계정|아이디';
/** After a network, no key: a second network name — the band or guest variant of the first (`CasaRossi / CasaRossi-5G`,
 *  `Guest-Net2`) — or the standard and security the network runs (`802.11ax`, `WPA2-Enterprise`, `WPA3-SAE`). */
const BAND_SUFFIX = /[-_ .]?(?:5G(?:Hz)?|2[.,]4G(?:Hz)?|6G(?:Hz)?|EXT|[Gg]uest)$|^[Gg]uest\b|^(?:802\.11\w{0,3}|WPA\d?(?:[-_ ]\w{1,12})?|WEP\d{0,3})$/;

/** The options of cli-password-option (the value follows). */
const CLI_PASSWORD_OPTION = String.raw`(?<![\w-])(?:-{1,2}(?:storepass|keypass|srcstorepass|deststorepass|srckeypass|destkeypass|storepassword|keystorepassword|passphrase|passwd|pass|pwd|pw)(?![\w-])[ \t=]{1,4}|-pass(?:in|out)[ \t]{1,4}pass:|(?<!(?:mysql|mariadb)[\w-]{0,10}[ \t][^\n|;&]{0,120})-u[ \t]{1,4}[^\s-][^\s]{0,63}[ \t]{1,4}-p[ \t]{1,4}|(?<![\w.-])[A-Za-z][\w.-]{0,24}(?:[ \t]+registry)?[ \t]+login[ \t][^\n|;&]{0,120}?(?<=[ \t])-p[ \t]{1,4})`;

type Accept = (value: string, match: RegExpExecArray) => boolean;
const rule = (id: string, description: string, pattern: RegExp, accept: Accept = plausible, group = 1) =>
  regexRule({ id, kind: 'password', level: 'secrets', priority: 80, description, pattern, group, accept: (v, m) => accept(v, m) });

const formRules: RedactionRule[] = [
  rule(
    'cli-password-option',
    'Password given to a CLI option (keytool -storepass/-keypass, openssl -passin/-passout pass:, --passphrase, --pass, -u user -p pass, docker/podman/helm/oc login … -p pass; round 20: any tool\'s `login` subcommand, `vcd login HOST ORG USER -p pass`, `cf login -p pass`); round 15: not after mysql/mariadb, whose `-p` alone asks for the password and the word after it is the database (`mysql -u root -p shop`)',
    new RegExp(`${CLI_PASSWORD_OPTION}["']?([^\\s"'\`]{1,128})`, 'dg'),
  ),
  // round 19: a quoted passphrase with spaces (`gpg --passphrase 'biscuit meadow lantern 71'`, `ssh-keygen -N "…"`,
  // `ldapsearch -w "…"`): the first rule reads a value to its first space; this one reads the quotes whole
  rule(
    'quoted-password-option',
    'Round 19: a quoted password or passphrase holding spaces given to a password option of a command line (the options of cli-password-option, cli-password-flag and tool-password-flag): `gpg --passphrase \'…\'`, `ssh-keygen -N "…"`, `zip -P "…"`, `sshpass -p \'…\'`',
    new RegExp(`(?:${CLI_PASSWORD_OPTION}|${CLI_PASSWORD_FLAG}|(?<![\\w-])${TOOL_FLAG})(["'])([^"'\\n]{3,256})\\1`, 'dg'),
    (v) => /\S[ \t]+\S/.test(v) && plausible(v) && !passwordUiText(v),
    2,
  ),
  rule(
    'sql-password',
    "SQL PASSWORD 'x' (CREATE/ALTER ROLE, CREATE LOGIN … WITH PASSWORD = 'x') and IDENTIFIED BY 'x' (MySQL, MariaDB, Oracle); round 19: MySQL's `IDENTIFIED WITH plugin BY 'x'`",
    /(?<![\w])(?:[Pp][Aa][Ss][Ss][Ww][Oo][Rr][Dd][ \t]{1,4}(?:=[ \t]{0,4})?|(?:IDENTIFIED|identified)[ \t]{1,4}(?:(?:WITH|with)[ \t]{1,4}['"`]?\w{1,40}['"`]?[ \t]{1,4})?(?:BY|by)[ \t]{1,4}(?:(?:PASSWORD|password)[ \t]{1,4})?)(['"])([^'"\n]{1,128})\1/dg,
    plausible,
    2,
  ),
  rule(
    'config-directive-password',
    'A password given to a configuration directive without an operator: redis `requirepass X` / `masterauth X`, keepalived `auth_pass X`, msmtp/fetchmail `password X` on its own line, slapd/nslcd `rootpw X` / `bindpw X`, (round 18) isync/mbsync `Pass X`',
    // round 17: `=` and `:` inside the value (`requirepass D4nub3=304`, ldap.conf `BINDPW xj.59eVXhQw2XX==`), not first;
    // round 18: mbsync's `Pass` (capitalised as its manual writes its keywords; a sentence has more than one word after it)
    /^[ \t]{0,12}(?:requirepass|masterauth|Pass|[A-Za-z_]{0,20}(?:_pass|_passwd|_password|passwd|password|passphrase)|[A-Za-z]{2,12}(?:pw|PW))[ \t]{1,8}("?)([^\s"=:][^\s"]{3,127})\1[ \t]*\r?$/dgm,
    // a long value must not be a lower-case word of the sentence (`password combination.`)
    (v) => plausible(v) && !/^[~./\\]/.test(v) && (/[=:]/.test(v) ? directiveValueWithEquals(v) : passwordShaped(v) || passphraseShaped(v) || (v.length >= 10 && !/^\p{Ll}+[.,;:!?]?$/u.test(v))),
    2,
  ),
  rule(
    'net-use-password',
    'The password argument of Windows `net use [drive] \\\\host\\share password /user:name` or `… /user:name password`',
    /(?<![\w-])net[ \t]{1,4}use[ \t]{1,4}(?:[A-Za-z]:[ \t]{1,4})?\\\\[^\s]{1,200}[ \t]{1,4}(?:\/user:[^\s]{1,100}[ \t]{1,4})?(?!\/)([^\s*"]{1,128})/dg,
  ),
  rule('go-dsn-password', 'Password in a Go MySQL DSN `user:password@tcp(host)/db` (go-sql-driver/mysql)', /(?<![\w.:/-])[\w.-]{1,64}:([^\s@/"']{1,128})@(?:tcp|unix|udp|tcp6)\(/dg),
  rule('html-password-input', 'value of an `<input type="password" … value="x">` element', /<input\b[^<>]{0,200}?type=["']?password["']?[^<>]{0,200}?\bvalue=(["'])([^"'\n]{1,128})\1/dgi, plausible, 2),
  rule(
    'credential-pair',
    'A password after a user name in a credential pair written out: "login: admin / X", "user jdoe, pass X", "Benutzer: max / X"; round 11: "creds: admin / X", "Konto: max / X", "compte : jdupont / X"; round 12: an arrow or dash after the label ("creds → admin / X")',
    new RegExp(`(?<![\\p{L}_-])(?:[Ll]ogin|LOGIN|[Ll]ogon|[Uu]ser(?:name)?|USER(?:NAME)?|[Cc]redentials?|[Cc]reds?|CREDS|[Aa]ccount|[Cc]uenta|[Cc]ompte|[Kk]onto|[Cc]onta|[Bb]enutzer(?:name)?|[Zz]ugangsdaten|[Aa]nmeldedaten|[Ii]dentifiants|[Cc]redenciai?les|[Cc]redenciais|[Ii]nloggegevens|[Dd]ane logowania|[Dd]ati di accesso|[Уу]чётные данные|[Уу]четные данные|[Uu]suario|[Uu]tilisateur|[Uu]tente|[Gg]ebruiker(?:snaam)?|[Uu]żytkownik|[Лл]огин|[Пп]ользователь|${PAIR_LABELS_R15}|${LOGIN_VERBS})[ \\t]{0,2}(?:[:=→—–]|->|=>)?[ \\t]{1,3}[^\\s,/]{1,64}[ \\t]{0,2}(?:\\/|,?[ \\t]{0,2}(?:[Pp]ass(?:word|wort)?|[Pp]w|[Pp]wd|[Pp]sw|[Mm]dp|[Ss]enha|[Cc]lave|[Cc]ontra|[Hh]asło|[Пп]ароль|[Şş]ifre|[Pp]arol[aei]?)[ \\t]{0,2}[:=]?)[ \\t]{1,3}([^\\s"'\`<>]{3,127}[^\\s"'\`<>.,;:)])`, 'dgu'),
    (v, m) => (passwordShaped(v) || passphraseShaped(v)) && loginVerbPair(v, m) && !BAND_SUFFIX.test(v),
  ),
  rule('redis-acl-password', 'Redis ACL password `>secret` (ACL SETUSER, aclfile user lines)', /(?<![\w])(?:ACL[ \t]{1,4}SETUSER|^user)[ \t]{1,4}[^\s]{1,64}[ \t][^\n]{0,80}?(?<=[ \t])>([^\s]{1,128})/dgm),
  rule(
    'positional-password-argument',
    'The password argument of well-known connect calls: DriverManager.getConnection(url, user, pw), new PDO(dsn, user, pw), mysqli_connect/new mysqli(host, user, pw), ftp_login(conn, user, pw), ldap_bind(conn, dn, pw); round 11: new Sequelize(db, user, pw), pymysql/MySQLdb/pymssql.connect(host, user, pw), ftplib.FTP(host, user, pw)',
    /(?<![\w.])(?:DriverManager\.getConnection|getConnection|PDO|mysqli_connect|mysqli|mysql_connect|mysql_pconnect|ftp_login|ldap_bind|imap_open|odbc_connect|Sequelize|pymysql\.connect|MySQLdb\.connect|pymssql\.connect|ftplib\.FTP(?:_TLS)?|FTP_TLS)[ \t]{0,2}\([^()\n]{0,200}?,[ \t]{0,4}(['"])[^'"\n]{1,64}\1[ \t]{0,4},[ \t]{0,4}(['"])([^'"\n]{1,128})\2[ \t]{0,4}[,)]/dg,
    plausible,
    3,
  ),
  // round 11: the switches may come first (`ConvertTo-SecureString -AsPlainText "x" -Force`, `-Force -AsPlainText -String`)
  rule('powershell-securestring', 'ConvertTo-SecureString "x" -AsPlainText, switches before or after the string', /(?<![\w-])ConvertTo-SecureString[ \t]{1,4}(?:-(?:String|AsPlainText|Force)[ \t]{1,4}){0,3}(["'])([^"'\n]{1,128})\1/dg, plausible, 2),
  rule(
    'oracle-login',
    'Oracle tools user/password@db (sqlplus, sqlldr, exp/imp, expdp/impdp, rman target, dgmgrl, `userid=`) and JDBC thin/OCI URLs; round 21: SQLcl `sql` and SQL*Plus `conn`/`connect` with the `@` of a connect identifier, user names with dots and dashes',
    // round 10: the JDBC thin/OCI URL has the same `user/password@` (`jdbc:oracle:thin:app/pw@//db:1521/ORCL`)
    // round 21: the family is Oracle's connect string `user/password@connect_identifier`, which every Oracle client
    // takes: SQLcl's `sql` (Oracle SQLcl guide), SQL*Plus's own `CONN[ECT]` command, Data Guard's `dgmgrl`, the
    // `userid=` parameter of exp/imp/sqlldr/dbv; `sql` and `conn[ect]` are common words, so the `@` must follow there.
    // A user as people name accounts (`lucia.p`, `ci-runner`) — Oracle's own need quotes for that, chat does not
    /(?:(?<![\w-])(?:(?:sqlplus|sqlldr|exp|imp|expdp|impdp|dgmgrl|rman[ \t]{1,4}target)[ \t]{1,4}|(?:userid|USERID)=[ \t]{0,4})(?:-[sSlL][ \t]{1,4}|-silent[ \t]{1,4})?|jdbc:oracle:(?:thin|oci8?):|(?<![\w-])(?:sql|sqlcl|conn|connect|CONN|CONNECT)[ \t]{1,4}(?:-[sSlL][ \t]{1,4})?(?=[A-Za-z_][\w$#.-]{0,29}\/[^\s@/"']{1,128}@))[A-Za-z_][\w$#.-]{0,29}\/([^\s@/"']{1,128})(?=@|\s|$)/dg,
  ),
  rule(
    'env-list-password',
    'Name/value lists: Kubernetes/Compose `- name: DB_PASSWORD` then `value: …`; round 14: CloudFormation `- Name:`/`Value:`, `- key:` and Azure Pipelines `- variable:` items, a `#` inside the value (only ` #` opens a YAML comment)',
    new RegExp(`${NAME_LINE}["']?[\\w.-]{0,40}(?:PASSWORD|PASSWD|_PASS|PWD|[Pp]assword|[Pp]asswd|_pass|pwd)["']?${VALUE_LINE}([^\\s"'#][^\\s"']{0,255})\\1`, 'dg'),
    plausible,
    2,
  ),
  regexRule({
    id: 'env-list-secret',
    kind: 'secret',
    level: 'secrets',
    priority: 75,
    description: 'Name/value lists (Kubernetes/Compose, CloudFormation, `- key:`, `- variable:`): `- name: X_API_KEY` / `X_TOKEN` / `X_SECRET` then `value: …` (random-looking)',
    pattern: new RegExp(`${NAME_LINE}["']?[\\w.-]{0,40}(?:KEY|TOKEN|SECRET|AUTH|CREDENTIALS?|[Kk]ey|[Tt]oken|[Ss]ecret|auth)["']?${VALUE_LINE}([^\\s"'#][^\\s"']{7,511})\\1`, 'dg'),
    group: 2,
    accept: (v) => plausible(v) && characterClasses(v) >= 2 && shannonEntropy(v) >= 3 && !/^[A-Za-z]+(?:[_-][A-Za-z]+)*$/.test(v),
  }),
  regexRule({
    id: 'prose-secret',
    kind: 'secret',
    level: 'secrets',
    priority: 70,
    description:
      'A random-looking token after a key/token/secret word of any of several languages in prose, notes and tables ("why is this key rejected? DKQcfG0f…", "ma clé d\'API : …", "| API token | … |", "APIキーは…です")',
    pattern: new RegExp(
      // the word (a few words may follow it: "clé d'API", "token for staging"), or a CJK word with no space before it
      // (round 20: Croatian, Bosnian, Serbian and Slovene `ključ` — BookStack-style `bs` strings: `Tajni ključ naveden za
      // dati … API token` — and Czech `klíč`, Slovak `kľúč`, written from memory)
      `(?:(?<![\\p{L}\\d_-])(?:[Kk]ey|KEY|[Tt]oken|TOKEN|[Ss]ecret|SECRET|[Cc]redentials?|[Cc]l[eé]|[Cc]lave|[Cc]have|[Cc]hiave|[Ss]chlüssel|[Ss]leutel|[Kk]lucz|[Kk]lju[čc]|[Kk]l[íi][čc]|[Kk]ľúč|[Кк]люч|[Тт]окен|[Jj]eton)\\p{L}{0,2}(?:[ \\t]{1,3}[\\p{L}'’-]{1,12}){0,3}?|密钥|秘钥|令牌|キー|トークン|키|토큰|시크릿)` +
        `(?:[ \\t]{1,3}(?:is|was|ist|lautet|est|es|é|è|rejected|expired|revoked|invalid)(?=[ \\t]))?` +
        // then punctuation, a separator of a note or table, or a CJK particle
        `(?:[?:!.,]{0,2}[ \\t]{1,3}|[ \\t]{0,40}(?:[:：]|[.…·_-]{2,40}|[|│→⇒]|->)[ \\t]{0,40}|[ \\t]{0,2}(?:は|が|是|为|為|는|은)[ \\t]{0,2})` +
        // (round 20: or a run holding symbols, `_jL5LKPp9fJM^3mc6+HgU!kT3…`, judged by the same model below)
        '["\'`]?([A-Za-z0-9+/_=-]{16,200}(?![\\w+/=-])|(?=[A-Za-z0-9+/_=^!@#$%&*~.[\\]-]{0,199}[\\^!@#$%&*~[\\]])[A-Za-z0-9+/_=^!@#$%&*~.[\\]-]{15,199}[A-Za-z0-9+/_=^!@#$%&*~[\\]-](?![\\w+/=^!@#$%&*~[\\]-]))',
      'dgu',
    ),
    group: 1,
    // round 7: the randomness model with a key word as evidence (any alphabet; hex only from 32 digits, shorter hex
    // after "key" is a GPG or SSH key id)
    // (round 20: a run holding other symbols is judged by its letters and digits, symbols under a third of it)
    accept: (v, match) => plausible(v) && !publicKeyShaped(v) && (/^[A-Za-z0-9+/_=-]+$/.test(v) ? looksMachineRandom(v, 'keyed') : v.replace(/[A-Za-z0-9]/g, '').length <= v.length / 3 && looksMachineRandom(v.replace(/[^A-Za-z0-9]/g, ''), 'keyed')) && (!/^[0-9a-fA-F]+$/.test(v) || v.length >= 32) && !keyContextOf(match[0].slice(0, -v.length)).publicWord,
  }),
  rule(
    'prose-password',
    'A password-shaped word or passphrase after a password word of any of 40 languages: "password X", "the password for the router is X", "Hasło do konta: X", "Пароль — X", "Enter password for bob: X"',
    new RegExp(
      `(?<![\\p{L}_$@.-])(?:${PASSWORD_WORDS})\\p{L}{0,3}(?:` +
        // up to five words of any kind, then a separator or a verb ("Hasło do konta: X", "password for the box is X"),
        // and an adverb after the verb ("est toujours X", "is still X")
        `(?:[ \\t]{1,3}[\\p{L}\\d'’._-]{1,20}){1,5}?[ \\t]{0,2}(?:${SEPARATOR}|(?<=[ \\t])(?:${VERBS})(?=[ \\t]))[ \\t]{1,40}(?:\\p{Ll}{2,12}[ \\t]{1,3})?` +
        // a few of the usual small words, then an optional verb or colon ("password of the wifi is X", "password X")
        `|(?:[ \\t]{1,3}(?:del|de|do|da|du|des|di|della|van|von|na|za|dla|för|til|per|for|für|of|the|to|от|для|к|на|wifi|wi-fi|WiFi|Wi-Fi|WLAN|router|wlan)){0,3}[ \\t]{1,3}(?:(?:${VERBS}|:)[ \\t]{1,3}(?:\\p{Ll}{2,12}[ \\t]{1,3})?)?` +
        // straight after the word, or across a column gap: "Şifre: X", "Пароль — X", "Password | X", "password    ----   X"
        `|[ \\t]{0,40}(?:${SEPARATOR})[ \\t]{0,40}|\\t[ \\t]{0,40}|[ \\t]{3,40})` +
        // the value, maybe in quotes or backticks ("use the password \`X\`"); never an operator (`Password =x;` is an assignment)
        // (round 13: never a closing quotation mark of any language: `„Passwort zurücksetzen“`, `「…」`)
        `["'\`“«„]?([^\\s"'\`<>=:|,;][^\\s"'\`<>]{2,62}[^\\s"'\`<>.,;:)|»”“‘’」』›‹])`,
      'dgu',
    ),
    // round 22: never an attribute's or option's name and its `=` (`<Pass encoding="base64">`, `<Password
    // encrypted="true">`), nor a YAML tag standing for the value (`password: !env_var X`, `!vault`, `!secret wifi_pw`,
    // `!Ref DbPassword`): the value is elsewhere
    (v) => (passwordShaped(v) || passphraseShaped(v) || passwordTokenShape(v, 'next')) && !/^[A-Za-z][a-z]*(?:[-_:][A-Za-z][a-z]*)*=$/.test(v) && !/^!{1,2}[A-Za-z][A-Za-z_]{1,30}$/.test(v),
  ),
  // round 19: a passphrase of words and a number written with spaces after the word and its separator or verb
  // (`KeePass master password: copper purple harbor 54`, `la contraseña es tulipán naranja volcán 12`): the value
  // rules above read one token; this reads the words to the end of the line or sentence
  rule(
    'prose-spaced-passphrase',
    'Round 19: a passphrase written with spaces — three to eight words, all lower case or all capitalised, and a number — after a password word of any of 40 languages and a colon, dash or "is" ("master password: copper purple harbor 54")',
    new RegExp(
      // the word may end a compound (`WLAN-Passwort`, `wifi-password`): a hyphen before it only after a letter
      `(?<![\\p{L}_$@.])(?<![^\\p{L}]-|^-)(?:${PASSWORD_WORDS})\\p{L}{0,3}(?:[ \\t]{1,3}[\\p{L}'’-]{1,20}){0,4}?[ \\t]{0,2}(?:${SEPARATOR}|(?<=[ \\t])(?:${VERBS})(?=[ \\t]))[ \\t]{1,4}["'\`“«„]?` +
        `((?:\\p{L}{3,16} ){3,8}\\d{1,4})(?=["'\`”»“]?[ \\t]*(?:[\\r\\n]|$|[.,;!?)]|[—–-]))`,
      'dgu',
    ),
    (v) => spacedPassphrase(v) && !passwordUiText(v),
  ),
  rule(
    'credential-lines',
    'A password line right under a user line (`username: root` then `password: X`, `login admin` then `password X`): a credential pair, so a plain word there is the password',
    new RegExp(
      `(?<=^|\\n)[ \\t]{0,8}(?:[Uu]ser(?:name)?|USER(?:NAME)?|[Ll]ogin|LOGIN|[Bb]enutzer(?:name)?|[Uu]tilisateur|[Uu]suario|[Uu]tente|[Gg]ebruiker|[Uu]żytkownik|[Пп]ользователь|[Лл]огин|[Kk]ullanıcı(?: adı)?)` +
        `[ \\t]{0,4}[:=：]?[ \\t]{0,4}[^\\s:=]{1,64}[ \\t]*\\r?\\n[ \\t]{0,8}(?:${PASSWORD_WORDS})[ \\t]{0,4}(?:[:=：][ \\t]{0,4}|[ \\t]{1,4})["'\`]?([^\\s"'\`]{3,128})(?=["'\`]?[ \\t]*(?:\\r?\\n|$))`,
      'dgu',
    ),
    // not a type or a statement (`password: string;` in an interface)
    (v) => plausible(v) && !/^[$%{<]/.test(v) && !/[;,]$/.test(v) && !/^(?:null|none|nil|true|false|required|optional|hidden|string|number|boolean|str|int|bool|text|any)\??$/i.test(v),
  ),
  rule(
    'cjk-prose-password',
    'Japanese, Chinese and Korean "the password is …" (パスワードは…です, 密码是…, 비밀번호는 …); round 15: Thai, Lao, Khmer and Burmese (รหัสผ่านคือ …)',
    // the value runs to a space, CJK text or CJK punctuation: `密码是 Äpfel32!`, `パスワードはabc123です`
    // round 15: and the scripts of South-East Asia that glue "is" to the word too (Thai `รหัสผ่านคือ`, Lao
    // `ລະຫັດຜ່ານແມ່ນ`, Khmer `ពាក្យសម្ងាត់គឺ`, Burmese `စကားဝှက်က`)
    /(?:パスワード|暗証番号|密码|密碼|口令|비밀번호|암호|รหัสผ่าน|ລະຫັດຜ່ານ|ពាក្យសម្ងាត់|စကားဝှက်)[ \t]{0,2}(?:は|が|是|为|為|는|은|คือ|ແມ່ນ|គឺ|က|:|：)[ \t]{0,2}([^\s\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\u3000-\u303f\uff01-\uff0f\uff1a-\uff20]{4,64})/dgu,
  ),
  rule(
    'protocol-login-password',
    'The password of a mail or file protocol login typed out: IMAP `a001 LOGIN user pw` (RFC 3501), POP3/FTP `PASS pw` on its own line (RFC 1939, RFC 959), optionally after `C:`; (round 12) an FTP client prompt\'s `user NAME pw`. A path or file name after `PASS` is a test runner\'s line (`PASS src/app.test.js`)',
    /(?<=^|\n)[ \t]{0,8}(?:[CS]:[ \t]{0,4})?(?:[A-Za-z]{0,4}\d{1,6}[ \t]{1,4}LOGIN[ \t]{1,4}"?[^\s"]{1,128}"?[ \t]{1,4}|PASS[ \t]{1,4}|(?:s?ftp|lftp[^>\n]{0,40})>[ \t]{0,4}(?:(?:user|USER)[ \t]{1,4}[^\s]{1,64}|pass|PASS)[ \t]{1,4})("?)([^\s"]{1,128})\1[ \t]*(?=\r?\n|$)/dg,
    (value) => plausible(value) && !/[/\\]|\.[a-z]{1,4}$/.test(value),
    2,
  ),
  rule(
    'redis-auth-password',
    'Round 11: the password of a Redis `AUTH [user] pw` typed at redis-cli or its prompt (`cache01:6379> AUTH pw`); SASL mechanism names (`AUTH PLAIN`) are no password',
    /(?<=^|\n)[ \t]{0,8}(?:[\w.-]{1,64}:\d{2,5}(?:\[\d{1,2}\])?>[ \t]{0,2}|redis-cli[^\n]{0,120}?[ \t])?AUTH[ \t]{1,4}(?:[^\s"']{1,64}[ \t]{1,4})?(["']?)([^\s"']{1,128})\1[ \t]*(?=\r?\n|$)/dg,
    (value) => plausible(value) && !/^(?:PLAIN|LOGIN|CRAM-MD5|DIGEST-MD5|XOAUTH2?|OAUTHBEARER|GSSAPI|EXTERNAL|NTLM|SCRAM-SHA-\d+)$/.test(value),
    2,
  ),
  ...passwordToolRules,
  ...passwordStdinRules,
  ...passwordArgumentRules,
  ...sqlPasswordRules,
  // round 22: Windows tools' password switches
  ...passwordRound22Rules,
];

/** Round 20: the command-line rules, read again over commands written as arrays of strings (exec-arrays.ts). */
const COMMAND_LINE_RULES = new Set(['cli-password-option', 'quoted-password-option', 'tool-password-flag', 'tool-password-argument', 'cli-password-flag', 'account-tool-password', 'cli-user-password']);

export const passwordFormRules: RedactionRule[] = [
  ...formRules,
  execArrayRule([...formRules, ...secretRules].filter((r) => COMMAND_LINE_RULES.has(r.id))),
];
