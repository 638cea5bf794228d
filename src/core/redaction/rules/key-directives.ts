// Round 22: a key given to its name by whitespace, as config directives and shell declarations write it — no `=` or
// `:` for the assignment rules (assignments.ts) to find: `travis_token <value>` (titus `kingfisher.travisci.1`'s
// example, praetorian-inc/titus@369d8dc), Dockerfile `ENV API_TOKEN <value>`, csh `setenv`, Apache `SetEnv`, fish
// `set -x`, Windows `setx`, nginx `set $name <value>;`, `.conf` files of key/value lines. The random-token rule finds
// drawn values there already; what it leaves are typed ones (`splendid21RANDOMCONTEN`, `Winter2025Deploy`), which a
// name vouches for as `name = value` does. Prose can start a line with a word then a value too, so the name must be an
// identifier — parts joined by `_`, `.` or `-`, or camel humps, one of them a key word of any language
// (key-context.ts) and none a public one (`key_id`, `public_key`); lower-case words joined by hyphens (`my-password`)
// are prose's compounds and stay — and the value one run of letters with digits, alone on its line (a comment may
// follow). Also the split form of a Kubernetes bootstrap token: `token-id: <6>` over `token-secret: <16>`, as the
// `bootstrap.kubernetes.io/token` secret stores it (titus `np.kubernetes.2`): its id half is half of the token.
import { looksLikePlaceholder, looksTypedIn } from '../checks';
import type { RedactionRule } from '../types';
import { keyContextOf } from './key-context';
import { regexRule } from './regex-rule';

const DIRECTIVE = new RegExp(
  String.raw`(?<=^[ \t]{0,40})(?:(?:ENV|setenv|SetEnv|setx|set(?:[ \t]+-[gxUu]{1,3})?)[ \t]+)?\$?` +
    String.raw`([A-Za-z][A-Za-z0-9]{0,40}(?:[._-][A-Za-z0-9]{1,40}){1,6}|[a-z]{1,40}(?:[A-Z][a-z0-9]{1,40}){1,6})` +
    String.raw`[ \t]{1,20}(["']?)([^\s"'\x60;=:#]{8,200})\2;?[ \t]*(?:#[^\n]{0,300})?$`,
  'gmd',
);

/** A typed value a name vouches for: letters with digits (or many capitals), no placeholder, no counting. */
function typedKey(value: string): boolean {
  if (!/[A-Za-z]/.test(value) || !/\d/.test(value)) return false;
  if (/^(?:\$|%|\{\{|<)|^(?:true|false|null|none|yes|no)$/i.test(value) || /^v?\d+(?:\.\d+)+/.test(value)) return false;
  // paths, URLs and file names (`github.com/org/repo/v2/auth`, `./certs`, `build.gradle`) are no keys
  if (/[/\\]/.test(value) || /^[.~]/.test(value) || /\.(?:[a-z]{2,5})$/.test(value)) return false;
  return !looksLikePlaceholder(value) && !looksTypedIn(value);
}

export const keyDirectiveRules: RedactionRule[] = [
  regexRule({
    id: 'key-directive',
    kind: 'secret',
    level: 'secrets',
    priority: 80,
    description: 'A typed key given to a key-named identifier by whitespace (`travis_token <value>`, `ENV API_TOKEN <value>`)',
    pattern: DIRECTIVE,
    group: 3,
    accept: (value, match) => {
      // lower-case words joined by hyphens (`my-password Lyon!2024x`) are a compound of prose, not a config key
      if (/^[a-z0-9]+(?:-[a-z0-9]+)+$/.test(match[1]!)) return false;
      const name = keyContextOf(match[1]!);
      return name.keyWord && !name.publicWord && typedKey(value);
    },
  }),
  regexRule({
    id: 'kubernetes-token-id',
    kind: 'api_key',
    level: 'secrets',
    priority: 80,
    description: 'Kubernetes bootstrap token id over its token secret (`token-id: <6>` / `token-secret: <16>`)',
    pattern: /(?<![\w-])token[-_]?id["']?[ \t]*:[ \t]*["']?([a-z0-9]{6})["']?[ \t]*,?[ \t]*\r?\n[ \t]{0,40}["']?token[-_]?secret["']?[ \t]*:[ \t]*["']?[a-z0-9]{16}(?![A-Za-z0-9])/dgi,
    group: 1,
  }),
];
