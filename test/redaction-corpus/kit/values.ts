// Value checks and generators every round needs for the kinds no public source covers well enough: Luhn, the card
// groupings people type, public IPv4 outside every reserved range, JWTs in RFC 7519 layout with a signature of the
// algorithm's length. All draw from a seeded Random (random.ts).
import type { Random } from './random';

export function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

/**
 * A Luhn-valid number of `length` digits starting with an issuer's `prefix`, drawn from `r`, never holding a digit six
 * times in a row (which reads as a stand-in, not a card).
 */
export function luhnNumber(r: Random, prefix: string, length: number): string {
  let digits: string;
  do {
    const body = prefix + r.fromAlphabet('0123456789', length - prefix.length - 1);
    digits = body + [...'0123456789'].find((d) => luhn(body + d))!;
  } while (/(\d)\1{5}/.test(digits));
  return digits;
}

/** A card number as people write it: compact, 4-4-4-4 (4-6-5 for 15 digits, 4-6-4 for 14), with spaces or dashes. */
export function cardLayout(digits: string, style: 'compact' | 'spaces' | 'dashes'): string {
  if (style === 'compact') return digits;
  const groups = digits.length === 15 ? [4, 6, 5] : digits.length === 14 ? [4, 6, 4] : [];
  let spaced: string;
  if (groups.length) {
    let at = 0;
    spaced = groups.map((g) => digits.slice(at, (at += g))).join(' ');
  } else spaced = digits.replace(/(.{4})(?=.)/g, '$1 ');
  return style === 'dashes' ? spaced.replace(/ /g, '-') : spaced;
}

/** Public IPv4 outside loopback, private, shared, link-local, documentation, benchmarking and multicast ranges. */
export function publicIpv4(r: Random): string {
  for (;;) {
    const o = [r.int(1, 224), r.int(0, 256), r.int(0, 256), r.int(1, 255)] as [number, number, number, number];
    const [a, b, c] = o;
    const reserved =
      a === 10 || a === 127 || a === 0 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b < 32) || (a === 192 && b === 168) ||
      (a === 100 && b >= 64 && b < 128) || (a === 192 && b === 0 && c === 2) || (a === 198 && b === 51 && c === 100) ||
      (a === 203 && b === 0 && c === 113) || (a === 198 && (b === 18 || b === 19));
    if (!reserved) return o.join('.');
  }
}

/** Signature lengths in bytes per JWS algorithm (RFC 7518; EdDSA Ed25519). */
export const JWS_SIGNATURE_BYTES: Record<string, number> = {
  HS256: 32, HS384: 48, HS512: 64, RS256: 256, RS384: 384, RS512: 512, PS256: 256, PS384: 384, PS512: 512,
  ES256: 64, ES384: 96, ES512: 132, ES256K: 64, EdDSA: 64,
};

export function jwt(r: Random, header: Record<string, unknown>, claims: Record<string, unknown>): string {
  const alg = String(header.alg);
  const bytes = JWS_SIGNATURE_BYTES[alg];
  if (!bytes) throw new Error(`no signature length for ${alg}`);
  const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${b64(header)}.${b64(claims)}.${r.bytes(bytes).toString('base64url')}`;
}
