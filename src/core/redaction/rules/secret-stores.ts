// Round 11: values handed to a command that stores a secret. The command says what the value is, so no name or shape
// beside it is needed: AWS SSM `put-parameter … --type SecureString --value …`, Azure Key Vault `az keyvault secret
// set … --value …`, `pulumi config set --secret NAME …` (or `NAME … --secret`), and rclone's `config create|update`
// key/value pairs whose key names a password or secret (`pass …`, `secret_access_key …`, `client_secret …`). A plain
// SSM `String` parameter or a Pulumi value without `--secret` is configuration and is kept. Every pattern is anchored
// on the command's name and stays on its line with bounded quantifiers.
import type { Range, RedactionKind, RedactionRule } from '../types';
import { plausiblePassword } from './secrets';

const SSM = /(?<![\w-])aws[ \t]{1,4}ssm[ \t]{1,4}put-parameter(?![\w-])([^\n]{0,400})/g;
const KEY_VAULT = /(?<![\w-])az[ \t]{1,4}keyvault[ \t]{1,4}secret[ \t]{1,4}set(?![\w-])([^\n]{0,400})/g;
/** `--value X`, `--value=X`, `--value "X"` inside the rest of the command's line. */
const VALUE_FLAG = /(?<=[ \t])--value(?:[ \t]{1,4}|=)(["']?)([^\s"']{1,256})\1/d;
const PULUMI =
  /(?<![\w-])pulumi[ \t]{1,4}config[ \t]{1,4}set[ \t]{1,4}(?:--secret[ \t]{1,4}(?:--path[ \t]{1,4})?[^\s"'-][^\s]{0,100}[ \t]{1,4}(["']?)([^\s"']{1,256})\1|(?:--path[ \t]{1,4})?[^\s"'-][^\s]{0,100}[ \t]{1,4}(["']?)([^\s"']{1,256})\3[ \t]{1,4}--secret(?![\w-]))/dg;
const RCLONE = /(?<![\w-])rclone[ \t]{1,4}config[ \t]{1,4}(?:create|update)(?![\w-])([^\n]{0,600})/g;
/** rclone's option names that hold a password or a secret (its backends' documented options). */
const RCLONE_PAIR =
  /(?<=[ \t])(pass|password|password2|secret_access_key|client_secret|account_key|key|token|api_key|app_key|bearer_token|access_token|sas_url|session_token|auth_token)[ \t]{1,4}(["']?)([^\s"']{1,256})\2/dg;

function valueAfterFlag(text: string, re: RegExp, needs?: RegExp): Range[] {
  const found: Range[] = [];
  const scan = new RegExp(re.source, re.flags);
  let match: RegExpExecArray | null;
  while ((match = scan.exec(text)) !== null) {
    const rest = match[1]!;
    if (needs && !needs.test(rest)) continue;
    const flag = VALUE_FLAG.exec(rest);
    if (!flag) continue;
    const [from, to] = flag.indices![2]!;
    const offset = match.index + match[0].length - rest.length;
    if (plausiblePassword(rest.slice(from, to))) found.push({ start: offset + from, end: offset + to });
  }
  return found;
}

function* pulumiSecrets(text: string): Iterable<Range> {
  const re = new RegExp(PULUMI.source, PULUMI.flags);
  let match: RegExpExecArray | null;
  while ((match = re.exec(text)) !== null) {
    const [start, end] = match.indices![2] ?? match.indices![4]!;
    if (plausiblePassword(text.slice(start, end))) yield { start, end };
  }
}

function* rclonePairs(text: string, kind: RedactionKind): Iterable<Range> {
  const re = new RegExp(RCLONE.source, RCLONE.flags);
  let match: RegExpExecArray | null;
  while ((match = re.exec(text)) !== null) {
    const rest = match[1]!;
    const offset = match.index + match[0].length - rest.length;
    const pairs = new RegExp(RCLONE_PAIR.source, RCLONE_PAIR.flags);
    let pair: RegExpExecArray | null;
    while ((pair = pairs.exec(rest)) !== null) {
      const isPassword = /^pass/.test(pair[1]!);
      if (isPassword !== (kind === 'password')) continue;
      const [from, to] = pair.indices![3]!;
      if (plausiblePassword(rest.slice(from, to))) yield { start: offset + from, end: offset + to };
    }
  }
}

export const secretStoreRules: RedactionRule[] = [
  {
    id: 'secret-store-value',
    kind: 'secret',
    level: 'secrets',
    priority: 78,
    description:
      'Round 11: the value a command stores as a secret — `aws ssm put-parameter … --type SecureString --value X`, `az keyvault secret set … --value X`, `pulumi config set --secret NAME X`, rclone `config create|update` secret options',
    find: (text: string) => [
      ...valueAfterFlag(text, SSM, /SecureString/),
      ...valueAfterFlag(text, KEY_VAULT),
      ...pulumiSecrets(text),
      ...rclonePairs(text, 'secret'),
    ],
  },
  {
    id: 'rclone-password',
    kind: 'password',
    level: 'secrets',
    priority: 80,
    description: 'Round 11: rclone `config create|update` password options (`pass X`, `password X`)',
    find: (text: string) => [...rclonePairs(text, 'password')],
  },
];
