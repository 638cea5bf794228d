// Checksums and heuristics that turn a regex candidate into a finding. Checksums (Luhn, IBAN mod 97) are what
// keep order numbers and random digit runs out; the placeholder test keeps documentation examples out.

export function digitsOf(value: string): string {
  return value.replace(/\D/g, '');
}

export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** IBAN lengths by country (ISO 13616 registry); unknown countries are rejected. */
const IBAN_LENGTH: Record<string, number> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BR: 29, BY: 28, CH: 21, CR: 22, CY: 28,
  CZ: 24, DE: 22, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18,
  GR: 27, GT: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32,
  LI: 21, LT: 20, LU: 20, LV: 21, MC: 27, MD: 24, ME: 22, MK: 19, MR: 27, MT: 31, MU: 30, NL: 18, NO: 15, PK: 24,
  PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, SA: 24, SC: 31, SE: 24, SI: 19, SK: 24, SM: 27, ST: 25, SV: 28,
  TL: 23, TN: 24, TR: 26, UA: 29, VA: 22, VG: 24, XK: 20,
};

export function ibanValid(raw: string): boolean {
  const iban = raw.replace(/ /g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban)) return false;
  if (IBAN_LENGTH[iban.slice(0, 2)] !== iban.length) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const code = ch.charCodeAt(0);
    const value = code >= 65 ? String(code - 55) : ch;
    for (const digit of value) remainder = (remainder * 10 + (digit.charCodeAt(0) - 48)) % 97;
  }
  return remainder === 1;
}

/** One count per UTF-16 unit, reused by every call (each call leaves it zeroed). */
const unitCounts = new Int32Array(65536);

/**
 * Shannon entropy in bits per character (per code point). The one implementation for every rule: the randomness
 * model (rules/token-randomness.ts) calls it for each token it measures, so it counts into a reused typed array in
 * one pass instead of building a Map of strings; text outside the BMP (emoji, rare CJK) takes the code-point path.
 */
export function shannonEntropy(value: string): number {
  const n = value.length;
  if (n === 0) return 0;
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return codePointEntropy(value, i);
    unitCounts[c]!++;
  }
  let bits = 0;
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    const count = unitCounts[c]!;
    if (count === 0) continue; // already counted
    bits -= (count / n) * Math.log2(count / n);
    unitCounts[c] = 0;
  }
  return bits;
}

/** Surrogate pairs are one character: counted by code point in a Map (`counted` units are cleared first). */
function codePointEntropy(value: string, counted: number): number {
  for (let i = 0; i < counted; i++) unitCounts[value.charCodeAt(i)] = 0;
  const counts = new Map<number, number>();
  let length = 0;
  for (const ch of value) {
    const cp = ch.codePointAt(0)!;
    counts.set(cp, (counts.get(cp) ?? 0) + 1);
    length++;
  }
  let bits = 0;
  for (const count of counts.values()) bits -= (count / length) * Math.log2(count / length);
  return bits;
}

export function characterClasses(value: string): number {
  return (/[a-z]/.test(value) ? 1 : 0) + (/[A-Z]/.test(value) ? 1 : 0) + (/\d/.test(value) ? 1 : 0);
}

const PLACEHOLDER_WORDS =
  /(?:example|sample|dummy|placeholder|(?:^|[_-])fake|mock[_-]?(?:api|secret|token|key|pass)|your[_-]?(?:api|secret|token|key|pass|own|actual|real|app|client|access|private|account|password|[a-z]+[_-]?key)|(?:^|[^a-z])your(?:[^a-z]|$)|(?:^|[^a-z])my[_-]?(?:api|secret|token|key)|^my[_-]?pass(?:word|wd|phrase)|redacted|changeme|change[_-]me|replace[_-]?me|replace[_-](?:with|this)|(?:enter|put)[_-]your|insert[_-]|xxxx|\.\.\.|…)/i;
/** Whole-value templates: `<token>`, `${VAR}`, `{{ secret }}`, `%(pw)s`, `$VAR`, `[KEY]`; round 13, the other template
 *  languages config and CI files are written in: GitHub Actions `${{ secrets.X }}`, named format fields `{password}`
 *  (Python, .NET, Serilog), `$(Password)` (Azure Pipelines, Make), `#{Password}` (Ruby, Octopus), `<%= pw %>` (ERB,
 *  EJS), `__PASSWORD__` / `@@PASSWORD@@` / `#{PASSWORD}#` (token-replacement tasks), ARM `[parameters('pw')]`; and
 *  references a secret store resolves at deploy or run time — CloudFormation `{{resolve:secretsmanager:…}}`, Azure
 *  App Service `@Microsoft.KeyVault(…)`, Grafana `$__file{…}`, Symfony
 *  `%env(X)%`, bank-vaults `vault:secret/…#key`, Nomad `[[ .x ]]`, a command's output `$(cat /run/secrets/x)`.
 *  Round 16: `$$NAME` (Compose and Make escape `$` by doubling it: the variable still names the value) and a format
 *  field written with spaces inside its braces (`{ password }`). */
const TEMPLATE =
  /^(?:<[^<>]{1,80}>|\$\{[^{}]{1,80}\}|\{\{[^{}]{1,80}\}\}|%\(?\w{1,40}\)?s?%?|\$\$?[A-Za-z_]\w{0,60}|\[[A-Za-z _-]{1,60}\]|\$\{\{[^{}]{1,80}\}\}|\{ ?[A-Za-z_][\w.:-]{0,60} ?\}|\$\([A-Za-z_][\w.]{0,60}\)|#\{[^{}]{1,80}\}#?|<%[=-]?[^%]{1,80}%>|__[A-Za-z][\w]{1,60}__|@@[A-Za-z][\w]{1,60}@@|\[(?:parameters|variables|concat|reference|listKeys|format)\([^\n]{0,200}\)\]|\{\{resolve:[^{}]{1,200}\}\}|@Microsoft\.KeyVault\([^()]{1,300}\)|\$__\w{1,10}\{[^{}]{1,200}\}|%env\([^()]{1,80}\)%|vault:[\w/.-]{1,200}(?:#[\w.-]{1,60})?|\[\[[^[\]]{1,80}\]\]|\$\([^()]{1,200}\)|@@\{?\w{1,60}\}?@@)$/;

/**
 * Documentation placeholders (`sk-your-key-here`, `AKIAIOSFODNN7EXAMPLE`, `${DB_PASSWORD}`, `****`) are not
 * secrets; redacting them would only make tutorials in the training data unreadable.
 */
export function looksLikePlaceholder(value: string): boolean {
  if (PLACEHOLDER_WORDS.test(value) || TEMPLATE.test(value.trim())) return true;
  if (/^(.)\1+$/.test(value)) return true;
  // a key typed as a run of one character with a real prefix or suffix (`aaaa…aaaaNRAL`, `00aaaa…`)
  if (/(.)\1{9}/.test(value)) return true;
  if (/^[*xX•.#_-]+$/.test(value)) return true;
  // `<Openverse API token>` cut at its first space: a value that opens an angle-bracket template
  if (/^<[A-Za-z_]/.test(value)) return true;
  return false;
}

/** Letters mostly in alphabet order (three steps in four or more), as a hand typing `abcd…` writes them. */
function lettersAscend(value: string): boolean {
  const letters = value.toLowerCase().replace(/[^a-z]/g, '');
  let up = 0;
  for (let i = 1; i < letters.length; i++) if (letters.charCodeAt(i) >= letters.charCodeAt(i - 1)) up++;
  return letters.length < 2 || up >= (letters.length - 1) * 0.75;
}

/**
 * Typed-in stand-ins for a value with no prefix to vouch for it: counting runs (`12345678-ABCD-…`, `abcdefgh`) and
 * a group repeated (`ABCD-ABCD`, `1234-1234`). Not applied to provider-prefixed keys, whose prefix is evidence enough.
 */
export function looksTypedIn(value: string): boolean {
  // a group repeated, or letters and digits counted in turn (`a1b2c3d4…`, `1a2b3c`)
  if (/([A-Za-z0-9]{4,8})[-_.]\1(?![A-Za-z0-9])|a1b2c3|A1B2C3|1a2b3c|1A2B3C|d4c3b2a1|D4C3B2A1/.test(value)) return true;
  // a UUID written by hand: its shape, with letters no UUID has, written in alphabet order (`a1b2c3d4-e5f6-g7h8-…`);
  // round 13: the same shape drawn from all 36 letters and digits (`sjbuxa3m-vs4n-ykl8-8jpv-i09hdidciolp`: BlazeMeter,
  // Bugsnag, LaunchDarkly keys) has its letters in no order, and is a key
  const uuidShape = /(?:^|[^A-Za-z0-9])([0-9A-Za-z]{8}-[0-9A-Za-z]{4}-[0-9A-Za-z]{4}-[0-9A-Za-z]{4}-[0-9A-Za-z]{12})(?![A-Za-z0-9])/.exec(value);
  if (uuidShape && /[g-zG-Z]/.test(uuidShape[1]!) && lettersAscend(uuidShape[1]!)) return true;
  const run = /0123456\d*|1234567\d*|2345678\d*|abcdefgh[i-z]*|ABCDEFGH[I-Z]*/.exec(value);
  if (!run) return false;
  // a counting run inside a long random token (`00QCjAl4MlV-WPXM-ABCDEFGHIJKL-0HmjFx-vbGua`) leaves a key around it,
  // unless what is left counts too (`0123456789abcdefABCDEF1234567890`, round 12)
  const rest = value.replace(run[0], '');
  return !(rest.length >= 20 && characterClasses(rest) === 3 && shannonEntropy(rest) >= 4 && !looksTypedIn(rest));
}
