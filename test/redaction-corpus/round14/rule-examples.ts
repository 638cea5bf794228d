// Round 14's scanner-rule strata: the examples of Kingfisher's and Nosey Parker's rule files no earlier round named —
// the value is what the rule's own pattern captures, examples that read as stand-ins or that would leave a second
// credential unlabelled are left out — and the rules' negative examples that hold no credential-like token.
import type { Collector } from '../kit/collector';
import type { Expected } from '../kit/item';
import { fill, pick } from '../kit/template';
import { WRITTEN, json, pushOnce, short } from './sourced';
import * as W from './wordings';

interface RuleExample {
  repo: string;
  path: string;
  rule: string;
  id: string;
  text: string;
  value: string;
}

export const entropy = (s: string): number => {
  const counts = new Map<string, number>();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let e = 0;
  for (const n of counts.values()) e -= (n / s.length) * Math.log2(n / s.length);
  return e;
};
/** Four characters in a row that count up or down (`abcd`, `6789`, `zyxw`), among the letters or the digits alone. */
export const hasRun = (s: string): boolean =>
  [s.replace(/[^a-z]/gi, '').toLowerCase(), s.replace(/\D/g, '')].some((t) => {
    for (let i = 0; i + 3 < t.length; i++) {
      const d = [1, 2, 3].map((k) => t.charCodeAt(i + k) - t.charCodeAt(i + k - 1));
      if (d.every((x) => x === 1) || d.every((x) => x === -1) || d.every((x) => x === 0)) return true;
    }
    return false;
  });
export const STAND_IN = /example|sample|dummy|fake|test|your|placeholder|redacted|xxxx|secret|token|password|426614174000|deadbeef|cafebabe/i;
/** Rules about identifiers, locations or hashes rather than a credential. */
const NOT_A_CREDENTIAL = /\b(id|ids|url|uri|webhook|username|user|endpoint|hostname|host|domain|org|organization|tenant|region|account|hash|email|subdomain|instance|project|sid|public|publishable|site key|name)\b/i;

/**
 * The whole token a rule's capture sits in: a rule that captures the body after a short provider prefix joined by `.`
 * (`sl.` of a Dropbox token) is widened to the prefix, as the token is written and used whole. A longer word before
 * the value (`prospect-access-…`) is the key's name and stays outside.
 */
function wholeToken(text: string, value: string): string {
  const at = text.indexOf(value);
  const prefix = /(?:^|[^A-Za-z0-9._-])([A-Za-z]{1,4}\.)$/.exec(text.slice(0, at));
  return prefix ? prefix[1]! + value : value;
}

/** A rule example whose captured value reads as a real credential, on one line, with nothing else credential-like. */
function usable(e: RuleExample): boolean {
  const t = e.text.trim();
  const v = e.value;
  if (t.includes('\n') || NOT_A_CREDENTIAL.test(e.rule) || v.length < 16 || v.length > 200) return false;
  if (!/^[A-Za-z0-9]/.test(v) || !/[A-Za-z0-9=]$/.test(v)) return false;
  const at = t.indexOf(v);
  // The capture must be a whole token: a pattern converted from Rust syntax that cut a value short is left out.
  if (/[A-Za-z0-9]/.test(t[at - 1] ?? ' ') || /[A-Za-z0-9]/.test(t[at + v.length] ?? ' ')) return false;
  if (STAND_IN.test(v) || hasRun(v) || entropy(v) < 3.6 || v.includes('%')) return false;
  // JWT-shaped examples that are not JWTs are left out as arguable, as round 10 did; so is Square's application id
  // (`sq0idp-`, public like an OAuth client id), which its key rule also matches.
  if (v.startsWith('eyJ') || v.startsWith('sq0idp-')) return false;
  // Another long token beside the value (a second key the rule does not capture) would go unlabelled: left out.
  const rest = t.replace(v, '').replace(/[a-z_.-]{16,}/gi, '');
  return !/[A-Za-z0-9_\-+/]{16,}/.test(rest);
}

const kindOf = (rule: string): Expected['kind'] => (/password|passphrase/i.test(rule) ? 'password' : /generic|webhook signing|signing secret|encryption key|hmac/i.test(rule) ? 'secret' : 'api_key');

/** Kingfisher's and Nosey Parker's rule examples (one per rule, the first usable), in three layouts. */
export function ruleExamples(c: Collector, max: number): void {
  const src = json<{ commits: Record<string, string>; examples: RuleExample[] }>('rules.json');
  const rules = new Set<string>();
  let i = 0;
  for (const e of src.examples) {
    if (i >= max) break;
    if (rules.has(e.rule) || !usable(e)) continue;
    const value = wholeToken(e.text.trim(), e.value);
    const kind = kindOf(e.rule);
    const t = e.text.trim();
    // A third as written, a third pasted into a message, a third the value alone in a code form of another language.
    const slug = e.rule.split(/[\s.]/)[0]!.replace(/[^A-Za-z0-9]/g, '');
    const names = { name: slug[0]!.toLowerCase() + slug.slice(1), NAME: slug.toUpperCase(), Name: slug[0]!.toUpperCase() + slug.slice(1) };
    const how = i % 3 === 0 ? ', as written' : i % 3 === 1 ? `; pasted into a wording ${WRITTEN}` : `; the value alone in a code form ${WRITTEN} (the provider named as the rule names it)`;
    const wrapped = fill(pick(W.WRAP, i), { text: t, file: pick(W.FILE_NAMES, i) });
    const layouts = [t, wrapped, fill(pick(W.CODE_FORMS, i), { ...names, v: value })];
    const text = layouts[i % 3]!;
    const note = `${e.repo} ${e.path} @ ${short(src.commits[e.repo]!)} (Apache-2.0); an example of the rule "${e.rule}", the value its pattern captures${value === e.value ? '' : ' with the prefix it is joined to'} (${kind})${how}`;
    if (pushOnce(c, `${kind}:rules`, text, [{ kind, value }], note, { sourced: true })) {
      rules.add(e.rule);
      i++;
    }
  }
}

/** The rules' negative examples: strings their authors wrote to show what must not match. */
export function ruleNegatives(c: Collector, max: number): void {
  const src = json<{ commits: Record<string, string>; negatives: { repo: string; path: string; rule: string; text: string }[] }>('rules.json');
  const seen = new Set<string>();
  for (const n of src.negatives) {
    const t = n.text.trim();
    // Many negative examples are credentials of another version or shape (a negative only for that rule): a text with a
    // token of 16 or more characters holding both letters and digits is left out, so every negative kept holds none.
    const token = [...t.matchAll(/[A-Za-z0-9_\-+/.]{16,}/g)].some((m) => /\d/.test(m[0]) && /[A-Za-z]/.test(m[0]));
    if (seen.size >= max || t.length < 12 || seen.has(t) || /^(.)\1+$/.test(t) || token) continue;
    seen.add(t);
    c.push('negative:rules', t, [], `${n.repo} ${n.path} @ ${short(src.commits[n.repo]!)} (Apache-2.0); a negative example of the rule "${n.rule}", as written`);
  }
}
