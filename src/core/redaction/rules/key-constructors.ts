// Round 20: a key written as a literal argument of the call that builds a MAC or signing key from it —
// `hmac::Key::new(hmac::HMAC_SHA256, b"…")` (ring), `Hmac::<Sha256>::new_from_slice(b"…")` (RustCrypto),
// `hmac.new(b"…", msg, sha256)` (Python), `crypto.createHmac('sha256', '…')` (Node), `new SecretKeySpec("…".getBytes(),
// "HmacSHA256")` (Java), `jwt.encode(payload, "…")`. No key word names the value; the callee does. An algorithm name
// or constant may stand before the literal; the literal (a byte string `b"…"` too) must read as machine-random, so a
// message or a word (`"secret"`) stays.
import type { RedactionRule } from '../types';
import { regexRule } from './regex-rule';
import { strongToken } from './assignment-values';
import { looksMachineRandom } from './token-randomness';
import { plausiblePassword } from './secrets';

const CALLEE = [
  // `Key::new`, `SigningKey::from_slice`, `Hmac::<Sha256>::new_from_slice`, `HmacKey.of`, `SecretKey.from_bytes`
  '(?:[A-Z][A-Za-z0-9]{0,30})?(?:Key|Hmac|HMAC|Mac|Secret)(?:::<[^<>()\\n]{1,60}>)?(?:::|\\.)(?:new(?:_from_slice|_varkey)?|from_slice|from_bytes|from|of|create)',
  'hmac\\.(?:new|digest|HMAC)', 'HMAC', 'createHmac', 'SecretKeySpec', 'jwt\\.(?:encode|sign)', 'jws\\.sign',
].join('|');

export const keyConstructorRules: RedactionRule[] = [
  regexRule({
    id: 'key-constructor-literal',
    kind: 'secret',
    level: 'secrets',
    priority: 70,
    description:
      'Round 20: a machine-random literal (a byte string too) given to a call that builds a MAC or signing key: `hmac::Key::new(alg, b"…")`, `Hmac::<Sha256>::new_from_slice(b"…")`, `hmac.new(b"…", …)`, `createHmac(\'sha256\', \'…\')`, `new SecretKeySpec("…".getBytes(), …)`, `jwt.encode(payload, "…")`',
    pattern: new RegExp(
      `(?<![\\w$])(?:${CALLEE})[ \\t]{0,4}\\((?:[ \\t]{0,4}(?:["'][\\w.:-]{1,40}["']|[\\w.:]{1,60})[ \\t]{0,4},)?[ \\t]{0,4}(?:b|br|rb|&b|B)?(["'])([^"'\\\\\\n]{12,512})\\1`,
      'dg',
    ),
    group: 2,
    accept: (value) => plausiblePassword(value) && (strongToken(value) || looksMachineRandom(value, 'keyed')),
  }),
];
