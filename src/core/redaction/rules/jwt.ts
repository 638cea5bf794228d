// JSON Web Tokens and their relatives, found by their structure (RFC 7515/7516/7519) rather than one layout: base64url
// parts joined by dots whose first part decodes to a JOSE header. Besides the signed `eyJ….eyJ….sig` form, round 10
// takes the forms scanners flag and people paste: unsigned tokens (`alg: none`, `header.claims.` or `header.claims`),
// encrypted JWE tokens of five parts (an empty encrypted key for direct encryption), headers serialised with spaces
// or line breaks (`ewogICJhbGci…` is `{\n  "alg…`), a token wrapped after its dots across lines, and a token
// right after a percent-escape (`Bearer%20eyJ…`, `token%3DeyJ…`). A header alone (`eyJhbGciOi…J9`) is no token.
import type { Range, RedactionRule } from '../types';

const SEG = '[A-Za-z0-9_-]';
/** A line break after a dot, with the indentation or backslash of a wrapped line. */
const BREAK = '(?:\\\\?\\r?\\n[ \\t]{0,16})?';
/** A JOSE header opens with `{"` (`eyJ`), `{ "` (`eyAi`), or a line break after the brace (`ewo…`, `ew0K`). */
const HEADER = `(?:eyJ|eyAi|ewo|ew0K)${SEG}{8,4000}`;
const PART = `${SEG}{0,16000}`;
const CANDIDATE = new RegExp(
  `(?:(?<!${SEG})|(?<=%[0-9A-Fa-f]{2}))${HEADER}\\.${BREAK}${PART}(?:\\.${BREAK}${PART}(?:\\.${BREAK}${PART}\\.${BREAK}${PART})?)?(?!${SEG})`,
  'g',
);

function decode(part: string): string | null {
  const b64 = part.replace(/-/g, '+').replace(/_/g, '/');
  if (b64.length % 4 === 1) return null;
  try {
    return atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  } catch {
    return null;
  }
}

/** The header's claims as text, when it is a JSON object naming an algorithm, a type or an encryption. */
function joseHeader(part: string): string | null {
  const json = decode(part.length > 600 ? part.slice(0, 600).replace(/.{0,3}$/, '') : part);
  if (!json || !/^\s*\{\s*"/.test(json)) return null;
  return /"(?:alg|typ|enc|kid|cty)"\s*:/.test(json) ? json : null;
}

function isJson(part: string): boolean {
  const text = decode(part.length > 64 ? part.slice(0, 64) : part);
  return text !== null && /^\s*\{\s*"/.test(text);
}

function accepted(parts: string[]): boolean {
  const [header, payload] = parts as [string, string];
  // the signed form as it always was: two JSON parts and a signature
  if (parts.length === 3 && header.startsWith('eyJ') && payload.startsWith('eyJ') && parts[2]!.length >= 16) return true;
  const json = joseHeader(header);
  if (!json) return false;
  if (parts.length === 5) {
    // JWE: header . encrypted key (empty for `dir`) . IV . ciphertext . tag
    const [, , iv, ciphertext, tag] = parts as [string, string, string, string, string];
    return /"enc"\s*:/.test(json) && iv.length >= 11 && ciphertext.length >= 2 && tag.length >= 16;
  }
  if (parts.length === 4) return false;
  // signed with a re-serialised header, or unsigned (no signature, or an empty one after the last dot)
  const signature = parts[2] ?? '';
  return payload.length >= 8 && isJson(payload) && (signature.length >= 16 || signature === '');
}

function* find(text: string): Iterable<Range> {
  const re = new RegExp(CANDIDATE.source, 'g');
  let match: RegExpExecArray | null;
  while ((match = re.exec(text)) !== null) {
    const value = match[0];
    // an empty last part is the empty signature of an unsigned token (`header.claims.`)
    const parts = value.split('.').map((part) => part.replace(/^\\?\r?\n[ \t]*/, ''));
    if (!accepted(parts)) continue;
    yield { start: match.index, end: match.index + value.length };
  }
}

export const jwtRule: RedactionRule = {
  id: 'jwt',
  kind: 'jwt',
  level: 'secrets',
  priority: 85,
  description:
    'JSON Web Token: a JOSE header then base64url parts — signed (header.claims.signature), unsigned (alg none, no or an empty signature), JWE (five parts), headers written with spaces or line breaks, wrapped after a dot, after a percent-escape',
  find: (text: string) => [...find(text)],
};
