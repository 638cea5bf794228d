// Which endings make a domain an e-mail domain: IANA's root zone, from the maintained `tlds` package (every
// generic, brand and country-code TLD, IDN TLDs in their Unicode form: `day`, `berlin`, `рф`, `中国`), plus the
// names machines send mail from without a public TLD (`john@Johns-MacBook-Pro.local`, git's default author).
// Keeps `x@self.weight` and `a@b.T` (Python) out, which no root zone holds.
import TLD_LIST from 'tlds';

const TLDS = new Set<string>([...TLD_LIST, 'local']);

/** `tld` (any case, ASCII, punycode `xn--…` or Unicode) is a top-level domain. */
export function isTld(tld: string): boolean {
  const lower = tld.toLowerCase();
  return TLDS.has(lower) || /^xn--[a-z0-9-]{2,59}$/.test(lower);
}
