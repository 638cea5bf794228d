// The shapes of a token that say what it is, for the random-token rule (random-tokens.ts): random the way keys are
// (keyLike), hex and UUIDs drawn at random, a vendor's capitals or secret words before a random body (`NRAA-…`,
// `AGE-SECRET-KEY-1…`, `dd-apikey-<hex>`), and base64 that only encodes plain text. Each is a test of the token alone;
// where it stands is judged in random-tokens.ts and token-urls.ts.
import { keyContextOf } from './key-context';
import { looksMachineRandom } from './token-randomness';

/** Random the way keys are, by the randomness model (token-randomness.ts): upper, lower and digits mixed, entropy
 *  near a uniform draw's, no word-like pieces, no counting or repeated groups; 20+ characters where values stand,
 *  32+ anywhere. Code member paths and constants (`BigUint64Array.BYTES_PER_ELEMENT`) are turned away first. */
export function keyLike(value: string, minLength: number): boolean {
  if (value.length < minLength) return false;
  if (/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/.test(value) || /[A-Z]{2,}_[A-Z]{2,}/.test(value)) return false;
  return looksMachineRandom(value, minLength >= 32 ? 'bare' : 'placed');
}

/** Base64 with or without its padding, decoded to a binary string; null when it is no base64. */
export function base64Decoded(value: string): string | null {
  const body = value.replace(/=+$/, '');
  // a length no base64 has: atob would throw, and a thrown DOMException costs more than the whole check
  if (body.length % 4 === 1) return null;
  try {
    return atob(body + '='.repeat((4 - (body.length % 4)) % 4));
  } catch {
    return null;
  }
}

/** Base64 of plain text (`UGF0aWVuY2UgaXMgdGhlIGtleSB0byBzdWNjZXNz`) is encoding, not a key — unless the text is a
 *  credential itself (`admin:password`, a JSON `auth` block). */
export function encodesPlainText(value: string): boolean {
  if (!/^[A-Za-z0-9+/]{16,}={0,2}$/.test(value)) return false;
  const decoded = base64Decoded(value);
  if (decoded === null) return false;
  let printable = 0;
  for (let i = 0; i < decoded.length; i++) {
    const c = decoded.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) printable++;
  }
  if (printable < decoded.length * 0.95 || !/^[\x20-\x7e]*[A-Za-z]{3}/.test(decoded)) return false;
  // `user:password` (not JSON: `{"alg":"HS256"}`, a JWT header, has a colon too)
  return !/^[^:\s{}"]{1,64}:\S+$|["']?(?:auths?|pass(?:word)?|token|secret|api_?key)["']?[ \t]*[:=]/i.test(decoded);
}


const HEX = /^(?:[a-f0-9]{32,}|[A-F0-9]{32,})$/;
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
/** Hex and UUIDs drawn at random: not counting or repeated groups (`abcdef123456…`, the RFC's `123e4567-e89b-…`). */
export const hexOrUuid = (v: string) => ((HEX.test(v) && /\d/.test(v) && /[a-fA-F]/.test(v)) || UUID.test(v)) && looksMachineRandom(v.replace(/-/g, ''), 'keyed');

/** `NRAA-4780f48c…`, `PMAK-…`: a vendor's capitals, a separator, and a random or hex body. */
export function capsPrefixed(value: string): boolean {
  const m = /^[A-Z][A-Z0-9]{1,7}[-_]([A-Za-z0-9_-]{20,})$/.exec(value);
  if (!m || /^(?:SHA|MD|CRC|UUID|GUID|ID|REF|COMMIT|BUILD|V|VER|HASH|TX|BLOCK|ISBN|DOI)/.test(value)) return false;
  const body = m[1]!;
  return (/^[a-f0-9]{24,}$|^[A-F0-9]{24,}$/.test(body) && /\d/.test(body) && /[a-fA-F]/.test(body) && !/(.)\1{3}/.test(body)) || keyLike(body, 20);
}

/** Round 9: a token whose own capitals say it is secret — `AGE-SECRET-KEY-1…`, `ACME-PRIVATE-TOKEN-…`: a prefix of
 *  capital segments, one of them a secret word, and a machine-random body. */
export function selfNamed(value: string): boolean {
  const m = /^((?:[A-Z][A-Z0-9]{0,9}[-_]){1,4})([A-Za-z0-9]{20,})$/.exec(value);
  if (!m || !/(?:^|[-_])(?:SECRET|PRIVATE|PRIV|KEY|APIKEY|TOKEN|PAT|SK|AUTH)[-_]/.test(m[1]!)) return false;
  return looksMachineRandom(m[2]!, 'keyed');
}

/** The random tail of `dd-apikey-<hex>`, `datadog-secrettoken-<hex>`: its offset when the head names a key. */
export function gluedTail(value: string): number | null {
  const m = /^((?:[A-Za-z][A-Za-z0-9]{0,20}[-_.]){1,5})([A-Za-z0-9+/]{16,}={0,2})$/.exec(value);
  if (!m || !looksMachineRandom(m[2]!, 'keyed')) return null;
  const context = keyContextOf(m[1]!);
  return (context.keyWord || context.provider) && !context.publicWord ? m[1]!.length : null;
}

/** Round 13: public keys with a shape of their own, which watch-only wallets and explorers are given on purpose:
 *  BIP-32 extended public keys and their SLIP-132 forms (`xpub…`, `ypub…`, `zpub…`, `tpub…`, `Ypub…`: Base58Check,
 *  111 characters), Nostr `npub1…` and age `age1…` recipients (bech32). Their private forms (`xprv`, `nsec1`,
 *  `AGE-SECRET-KEY-1`) stay secrets. */
export const publicKeyShaped = (value: string): boolean =>
  /^(?:[xyztuvYZUV]pub[1-9A-HJ-NP-Za-km-z]{100,112}|npub1[02-9ac-hj-np-z]{58}|age1[02-9ac-hj-np-z]{58})$/.test(value);
