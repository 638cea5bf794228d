// Round 20: text encoded whole as base64 that holds secrets — a Kubernetes Secret manifest or a `.env` file passed
// through `base64` (CI variables, Helm values, `kubectl get secret -o yaml | base64`), a Docker `config.json` in
// `.dockerconfigjson`. Nothing in the encoded text names a secret, so each base64 run of 40 characters to 16 KB is
// decoded (bounded) and, when it decodes to lines of text, read by the assignment scanner and the provider-key
// shapes; a secret found inside redacts the whole run. Runs of a data URI (`;base64,…`: images, fonts, source maps
// with their code inside) are files, not pasted configuration, and are left to the other rules. Decoding and reading
// cost at most the run's length, and each run is read once.
import type { Range, RedactionRule } from '../types';
import { assignmentRules } from './assignments';
import { providerKeyRules } from './provider-keys';

const RUN = /(?<![A-Za-z0-9+/=_-])[A-Za-z0-9+/]{40,16384}={0,2}(?![A-Za-z0-9+/=_-])/g;
const INNER_RULES: readonly RedactionRule[] = [...assignmentRules, ...providerKeyRules];

/** The run decoded, when it is text of lines: printable characters, tabs and line breaks only, a line break or `=`
 *  or `:` among them (a config file, a manifest, an env file), no binary. */
function decodedText(run: string): string | null {
  if (run.length % 4 === 1) return null;
  let bytes: string;
  try {
    bytes = atob(run);
  } catch {
    return null;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bytes, (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 127) return null;
  }
  return /[\n:=]/.test(text) && /[A-Za-z_]{3,}/.test(text) ? text : null;
}

function* find(text: string): Iterable<Range> {
  const re = new RegExp(RUN.source, RUN.flags);
  let match: RegExpExecArray | null;
  while ((match = re.exec(text)) !== null) {
    if (/;base64,$|base64[ \t]*[:,][ \t]*$/i.test(text.slice(Math.max(0, match.index - 12), match.index))) continue;
    const inner = decodedText(match[0]);
    if (inner === null) continue;
    const holdsSecret = INNER_RULES.some((rule) => !(rule.find(inner)[Symbol.iterator]().next().done ?? true));
    if (holdsSecret) yield { start: match.index, end: match.index + match[0].length };
  }
}

export const base64TextSecretRules: RedactionRule[] = [
  {
    id: 'base64-text-secret',
    kind: 'secret',
    level: 'secrets',
    priority: 70,
    description:
      'Round 20: a base64 run (40 characters to 16 KB) that decodes to text holding a secret the assignment scanner or a provider shape finds inside (a Kubernetes Secret manifest or an env file encoded whole); the whole run is redacted',
    find: (text: string) => [...find(text)],
  },
];
