// Round 11: passwords given to a field that something else names — the value and the word "password" are not in an
// assignment, so the assignment scanner sees two unrelated strings:
//   - a form field filled by test automation: the field is named by its selector or label, the value is typed into it
//     (Selenium `find_element(By.ID, 'password').send_keys('…')`, Playwright `page.fill('#password', '…')`, Cypress
//     `cy.get('input[name=password]').type('…')`, WebdriverIO `setValue`, Capybara `fill_in 'Password', with: '…'`,
//     Testing Library `fireEvent.change(passwordInput, { target: { value: '…' } })`, Robot Framework `Input Password`);
//   - a name/value pair: `{"key": "password", "value": "…"}` (Postman environments), `{"name": "DB_PASSWORD", "value":
//     "…"}` (container env), `ParameterKey=DbPassword,ParameterValue=…` (CloudFormation), Helm `set { name = "auth.password"
//     value = "…" }`; a secret name (token, api key, secret) there takes a value only when it is machine-random;
//   - OpenWrt UCI options that hold a Wi-Fi key or password (`option key '…'` under `config wifi-iface`).
// Every pattern is anchored on its keyword with bounded quantifiers; the look back for a field's name stays on its
// statement (at most 200 characters, cut at a line break or `;`).
import type { Range, RedactionRule } from '../types';
import { keyContextOf } from './key-context';
import { plausiblePassword } from './secrets';
import { looksMachineRandom } from './token-randomness';

/** A password word as it appears in selectors, labels and setting names, in camelCase, snake_case or kebab-case. */
const PASSWORD_NAME =
  /PASS(?:WORD|WD|PHRASE|CODE)?(?![A-Z])|[Pp]ass(?:word|wd|phrase|code)?(?![a-z])|PWD|[Pp]wd|[Pp]asswort|[Kk]ennwort|[Cc]ontrase[ñn]a|[Ss]enha|[Mm]ot[ _-]?de[ _-]?passe|[Ww]achtwoord|[Hh]as[łl]o|[Hh]eslo|[Pp]arol[aeia]?(?![a-z])|[Ll][öo]senord|[Pp]assord|[Ss]alasana|[Jj]elsz[óo]|[ŞşSs]ifre|[Пп]ароль|密码|密碼|パスワード|비밀번호/;
/** Values a test types that are keys, not text (`{enter}`, `${pw}`, `Keys.RETURN`). */
const NOT_TYPED = /^(?:\{|\$\{|\{\{|%\()/;

/** Methods that type or set a field's value; an optional first string argument is the field's selector. */
const FILL =
  /(?<![\w$])(?:fill|type|sendKeys|send_keys|setValue|addValue|pressSequentially|fill_in|input_text|fillField|typeText|fillIn)[ \t]{0,2}\(?[ \t]{0,2}(?:(["'`])([^"'`\n]{1,120})\1[ \t]{0,2},[ \t]{0,4}(?:with:[ \t]{0,4})?)?(["'`])([^"'`\n]{1,128})\3/dg;
/** `{ target: { value: '…' } }` (Testing Library, React events) */
const TARGET_VALUE = /(?<![\w$])target[ \t]{0,2}:[ \t]{0,2}\{[ \t]{0,2}value[ \t]{0,2}:[ \t]{0,2}(["'`])([^"'`\n]{1,128})\1/dg;
/** Robot Framework: `Input Password    locator    value`, `Input Text    id=password    value` (cells: 2+ spaces or a tab). */
const ROBOT = /(?<=^|\n)[ \t]{0,8}Input[ \t](Password|Text)(?:[ \t]{2,8}|\t)([^\s][^\t\n]{0,120}?)(?:[ \t]{2,8}|\t)([^\s][^\t\n]{0,127}?)[ \t]*(?=\r?\n|$)/dg;

/** The statement before `at`: back to a line break or `;`, at most 200 characters. */
function statementBefore(text: string, at: number): string {
  const head = text.slice(Math.max(0, at - 200), at);
  return head.slice(Math.max(head.lastIndexOf('\n'), head.lastIndexOf(';')) + 1);
}

const typedPassword = (value: string) => plausiblePassword(value) && !NOT_TYPED.test(value);
/** Cypress and Testing Library type `{enter}`, `{tab}` after the text: a key press, not part of the password. */
const typedText = (text: string, start: number, end: number) => {
  const brace = text.indexOf('{', start);
  return brace !== -1 && brace < end && brace > start ? brace : end;
};

function* fills(text: string): Iterable<Range> {
  for (const re of [new RegExp(FILL.source, FILL.flags), new RegExp(TARGET_VALUE.source, TARGET_VALUE.flags)]) {
    let match: RegExpExecArray | null;
    while ((match = re.exec(text)) !== null) {
      const group = re.source === FILL.source ? 4 : 2;
      const [start, full] = match.indices![group]!;
      const end = typedText(text, start, full);
      const selector = re.source === FILL.source ? match[2] : undefined;
      const named = selector !== undefined ? PASSWORD_NAME.test(selector) : PASSWORD_NAME.test(statementBefore(text, match.index));
      if (named && typedPassword(text.slice(start, end))) yield { start, end };
    }
  }
  const robot = new RegExp(ROBOT.source, ROBOT.flags);
  let match: RegExpExecArray | null;
  while ((match = robot.exec(text)) !== null) {
    const [start, end] = match.indices![3]!;
    if ((match[1] === 'Password' || PASSWORD_NAME.test(match[2]!)) && typedPassword(text.slice(start, end))) yield { start, end };
  }
}

/** `"key": "password", "value": "…"`, `name = "auth.password"` then `value = "…"`, across up to two lines. */
const NAME_VALUE =
  /(?<![\w$])["']?(?:key|name|Key|Name|ParameterKey|parameterKey|parameter_key|variable|field)["']?[ \t]{0,4}[:=][ \t]{0,4}["']([^"'\n]{1,80})["'][ \t]{0,4}[,;]?[ \t]{0,4}(?:\r?\n[ \t]{0,40}){0,2}["']?(?:value|Value|ParameterValue|parameterValue|parameter_value)["']?[ \t]{0,4}[:=][ \t]{0,4}(["'])([^"'\n]{1,128})\2/dg;
/** The AWS CLI's shorthand: `ParameterKey=DbPassword,ParameterValue=…`. */
const PARAMETER_SHORTHAND = /(?<![\w$])ParameterKey=([^,\s"']{1,80}),ParameterValue=([^,\s"']{1,128})/dg;

function* nameValues(text: string, kind: 'password' | 'secret'): Iterable<Range> {
  for (const source of [NAME_VALUE, PARAMETER_SHORTHAND]) {
    const re = new RegExp(source.source, source.flags);
    const valueGroup = source === NAME_VALUE ? 3 : 2;
    let match: RegExpExecArray | null;
    while ((match = re.exec(text)) !== null) {
      const name = match[1]!;
      const [start, end] = match.indices![valueGroup]!;
      const value = text.slice(start, end);
      if (PASSWORD_NAME.test(name)) {
        if (kind === 'password' && typedPassword(value)) yield { start, end };
        continue;
      }
      const context = keyContextOf(name);
      if (kind === 'secret' && context.keyWord && !context.publicWord && looksMachineRandom(value, 'keyed')) yield { start, end };
    }
  }
}

/** OpenWrt UCI: the Wi-Fi key and password options of `config wifi-iface` and friends. */
const UCI = /(?<=^|\n)[ \t]{0,8}option[ \t]{1,4}(?:key|sae_password|wpa_passphrase|auth_secret|priv_key_pwd|password)[ \t]{1,4}(["']?)([^\s"']{1,128})\1[ \t]*(?=\r?\n|$)/dg;

function* uciOptions(text: string): Iterable<Range> {
  const re = new RegExp(UCI.source, UCI.flags);
  let match: RegExpExecArray | null;
  while ((match = re.exec(text)) !== null) {
    const [start, end] = match.indices![2]!;
    // `option key '1'` picks a WEP key slot; a key is longer than that
    if (plausiblePassword(text.slice(start, end))) yield { start, end };
  }
}

export const passwordFieldRules: RedactionRule[] = [
  {
    id: 'filled-password-field',
    kind: 'password',
    level: 'secrets',
    priority: 80,
    description:
      'Round 11: the value test automation types into a field its selector or label names a password (Selenium send_keys, Playwright fill/type, Cypress type, WebdriverIO setValue, Capybara fill_in, Testing Library target value, Robot Framework Input Password)',
    find: (text: string) => [...fills(text)],
  },
  {
    id: 'name-value-password',
    kind: 'password',
    level: 'secrets',
    priority: 80,
    description:
      'Round 11: the value of a name/value pair whose name holds a password word (`{"key": "password", "value": …}`, `{"name": "DB_PASSWORD", "value": …}`, Helm set blocks, CloudFormation ParameterKey/ParameterValue)',
    find: (text: string) => [...nameValues(text, 'password')],
  },
  {
    id: 'name-value-secret',
    kind: 'secret',
    level: 'secrets',
    priority: 78,
    description: 'Round 11: a machine-random value of a name/value pair whose name holds a key word (`{"name": "STRIPE_TOKEN", "value": …}`)',
    find: (text: string) => [...nameValues(text, 'secret')],
  },
  {
    id: 'uci-wifi-key',
    kind: 'password',
    level: 'secrets',
    priority: 80,
    description: "Round 11: OpenWrt UCI options holding a Wi-Fi key or password (`option key '…'`, `option sae_password '…'`)",
    find: (text: string) => [...uciOptions(text)],
  },
];
