// Round 21's sourced strata (none read by rounds 1-20): the rule examples of praetorian-inc/titus
// (sources/titus.json), the words for "password", "username", "new password" and "optional password" in
// filebrowser/filebrowser's catalogues (sources/filebrowser.json), nodemailer/mailparser's test lines with an address
// (sources/mailparser.json), saleor/saleor's test addresses (labelled by hand below) and 12-line windows of these
// repositories' library files as negatives (sources/windows.json). sources/extract_*.py wrote the JSON.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Collector } from '../kit/collector';
import type { Expected, Kind } from '../kit/item';
import { RISKY } from '../kit/package-windows';
import type { Random } from '../kit/random';
import { blockIn, fill, pick } from '../kit/template';
import { pushOnce } from '../round13/sourced';
import { CHAT_FRAMES, SHARE_NOTE } from './chat-frames';
import * as W from './wordings';

export { pushOnce };
const here = new URL('.', import.meta.url).pathname;
export const WRITTEN = 'written for round 21';
const json = <T>(name: string): T => JSON.parse(readFileSync(join(here, 'sources', name), 'utf8')) as T;
const short = (repo: string) => repo.replace(/@(.{12}).*/, ' @ $1');

interface TitusExample { file: string; id: string; name: string; example: string; groups: Record<string, string> }
/** Groups that name where a credential lives or whom it belongs to, not the credential: never labelled. */
const NOT_SECRET_GROUP = /^(?:username|user|host|port|client_id|arn|bucket_url|domain|site_domain|account_name|account_id|endpoint|id|app_id|owner|repo|service|hook_id|user_id|azure_devops_org|service_account|key_id|body|checksum|cred_name|reg|org|region|tenant|url|akid|database|db|scheme)$/i;
/** Rules about ids, names, hashes and places: an OAuth client id, an account name or a password hash is not secret. */
const NOT_SECRET_RULE = /\bID\b|Client ID|Username|Account Name|Identifier|Password Hash|Bucket|Hostname|Domain|\bARN\b|Application ID|Reporter ID|React App Username|Encrypted RSA|Public Key|Recipient|reCAPTCHA|Project URL/i;
/**
 * Values written as stand-ins rather than drawn at random: keyboard and alphabet runs, counting digits, runs of one
 * character, and the words rule writers mark stand-ins with. Such examples are left out (neither positive nor negative:
 * a tool may rightly redact a stand-in in a key's shape).
 */
const STAND_IN = /abcdef|bcdefg|cdefgh|defghi|ghijkl|mnopqr|qrstuv|uvwxyz|1234567|0123456|9876543|a1b2c3|b2c3d4|c3d4e5|qwerty|sample|demo|test_|fake|documentation|123e4567|(.)\1{4,}|^\$|^["']|^[A-Z_]+$/i;
/** Counting runs in any order (`a1b2c3`, `Z9Y8X7`, `9f8e7d`): half the characters one step from the next or the one after. */
export function sequential(v: string): boolean {
  const c = [...v.toLowerCase()].map((ch) => ch.charCodeAt(0));
  let steps = 0;
  for (let i = 0; i + 1 < c.length; i++) {
    if (Math.abs(c[i + 1]! - c[i]!) === 1 || (i + 2 < c.length && Math.abs(c[i + 2]! - c[i]!) === 1)) steps++;
  }
  return c.length >= 12 && steps / (c.length - 1) >= 0.45;
}
/** A short base64 run that decodes to a `user:token` stand-in. */
const encodedStandIn = (v: string): boolean => /^[A-Za-z0-9+/]{8,40}={0,2}$/.test(v) && /^(?:user|admin|test)\w*:\w+$/.test(Buffer.from(v, 'base64').toString('latin1'));
const PLACEHOLDER = /x{4}|X{4}|[<>{}]|\$\{|\*{3}|EXAMPLE|example|your|dummy|redacted|changeme/i;
const EMAIL_OR_IP = /[\w.+-]+@[\w-]+\.[\w.-]+|\b(?:\d{1,3}\.){3}\d{1,3}\b/;
/**
 * A second random-looking token the pattern did not capture (a client id beside its secret, an AWS key id beside the
 * MWS token, a `GOCSPX-` secret beside a captured client id): the example is left out rather than half labelled.
 * Path and URL segments (a `/` beside the run) are not tokens.
 */
const SECOND_TOKEN = /(?<![/\w-])(?=[\w-]*\d)(?=[\w-]*[A-Za-z])[\w-]{24,}(?![\w/-])|\b(?:AKIA|ASIA)[A-Z0-9]{16}\b|GOCSPX-/;

export function titusKind(name: string, group: string, value: string, example: string): Kind {
  if (/^-----BEGIN|^LS0tLS1CRUdJTi/.test(value)) return 'private_key';
  if (/^eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+$/.test(value)) return 'jwt';
  if (/WireGuard|Age Identity/i.test(name)) return 'secret';
  // A password by its group, its rule (1Password's tokens and secret keys are provider credentials) or the word
  // right before it in the example (`password == "…"` under the generic rules).
  const before = example.slice(Math.max(0, example.indexOf(value) - 14), example.indexOf(value));
  const generic = /^Generic|Credential|Connection|URI|Debug Output/.test(name);
  if (/password/i.test(group) || (/password/i.test(name) && !/1Password/.test(name)) || (generic && /(?:pass(?:word|wd)?|pwd)\W{0,6}$/i.test(before))) return 'password';
  if (/JSON Web Token \(/.test(name)) return 'jwt';
  if (/^Generic Secret|JSON Web Token Secret|Sensitive Value/.test(name)) return 'secret';
  return 'api_key';
}

/**
 * titus's rule examples with the value its own pattern captures, labelled by the rule (above): provider keys, tokens
 * and webhook URLs as api_key, PEM blocks as private_key, passwords, JWTs and generic secrets. Not taken: rules and
 * groups about ids, names, hosts and hashes, values with a placeholder look, examples that also hold an e-mail or
 * IPv4 address (a second kind) or a second random-looking token, examples over 1,500 characters, and more than
 * `perRule` examples of one rule.
 */
export function titusExamples(c: Collector, caps: Record<string, number>, perRule: number): void {
  const { repo, commit, items } = json<{ repo: string; commit: string; items: TitusExample[] }>('titus.json');
  const taken: Record<string, number> = {};
  const perRuleTaken = new Map<string, number>();
  // One example per rule first, then a second, so the caps spread over the providers rather than the alphabet.
  for (let pass = 1; pass <= perRule; pass++) for (const t of items) {
    if ((perRuleTaken.get(t.id) ?? 0) >= pass) continue;
    if (NOT_SECRET_RULE.test(t.name) || t.example.length > 1500) continue;
    const expected: Expected[] = [];
    for (const [g, v] of Object.entries(t.groups)) {
      if (NOT_SECRET_GROUP.test(g) || v.length < 6 || PLACEHOLDER.test(v)) continue;
      // A whole connection string is not one value: its password is, and only a password group gives it apart.
      if (v.includes('://') && !/Webhook/i.test(t.name)) { expected.length = 0; break; }
      const body = v.replace(/-----[A-Z ]+-----/g, '');
      if (STAND_IN.test(body) || sequential(body) || encodedStandIn(v)) { expected.length = 0; break; }
      expected.push({ kind: titusKind(t.name, g, v, t.example), value: v });
    }
    if (!expected.length || expected.some((e) => !t.example.includes(e.value))) continue;
    let rest = t.example;
    for (const e of expected) rest = rest.split(e.value).join(' ');
    if (EMAIL_OR_IP.test(rest) || SECOND_TOKEN.test(rest)) continue;
    const kind = expected[0]!.kind;
    if ((taken[kind] ?? 0) >= (caps[kind] ?? 0) || (perRuleTaken.get(t.id) ?? 0) >= perRule) continue;
    const note = `${repo} @ ${commit.slice(0, 12)} ${t.file} (Apache-2.0): an example of the rule "${t.name}" (${t.id}), as written; labelled with what the rule's own pattern captures`;
    if (pushOnce(c, `${kind}:titus`, t.example, expected, note, { sourced: true })) {
      taken[kind] = (taken[kind] ?? 0) + 1;
      perRuleTaken.set(t.id, (perRuleTaken.get(t.id) ?? 0) + 1);
    }
  }
}

interface Words { password: string; username: string; newPassword: string; optionalPassword: string }
const catalogue = () => json<{ repo: string; words: Record<string, Words> }>('filebrowser.json');

/** A chat line per filebrowser locale: the catalogue's word for "password" in a sentence of this round. */
export function catalogueChats(c: Collector, value: (i: number) => string): number {
  const { repo, words } = catalogue();
  let n = 0;
  for (const [locale, frame] of Object.entries(CHAT_FRAMES)) {
    const word = words[locale]?.password;
    if (!word) throw new Error(`no catalogue word for ${locale}`);
    const v = value(n);
    const inSentence = locale === 'de' ? word : word[0]!.toLowerCase() + word.slice(1);
    if (pushOnce(c, `password:chat-${locale}`, fill(frame, { P: inSentence, v }), [{ kind: 'password', value: v }], `invented value (seeded); "${word}" is the login.password string of ${short(repo)} frontend/src/i18n/${locale}.json (Apache-2.0), the sentence ${WRITTEN}`)) n++;
  }
  return n;
}

/** An account handover note per non-English locale: the catalogue's "Username" and "Your new password" labels. */
export function catalogueHandovers(c: Collector, value: (i: number) => string, users: readonly string[]): number {
  const { repo, words } = catalogue();
  let n = 0;
  for (const [locale, w] of Object.entries(words)) {
    if (locale === 'en' || !w.username || !w.newPassword) continue;
    const v = value(n);
    const text = `${w.username}: ${users[n % users.length]!}\n${w.newPassword}: ${v}`;
    if (pushOnce(c, `password:handover-${locale}`, text, [{ kind: 'password', value: v }], `invented value (seeded); "${w.username}" and "${w.newPassword}" are the login.username and settings.newPassword strings of ${short(repo)} frontend/src/i18n/${locale}.json (Apache-2.0), as an account handover note ${WRITTEN}; the user name is not labelled`)) n++;
  }
  return n;
}

/** A share link and its password under the catalogue's "Optional password" label (the link is not labelled). */
export function catalogueShareNotes(c: Collector, value: (i: number) => string, link: (i: number) => string): number {
  const { repo, words } = catalogue();
  let n = 0;
  for (const [locale, w] of Object.entries(words)) {
    if (!w.optionalPassword) continue;
    const v = value(n);
    if (pushOnce(c, `password:share-${locale}`, fill(SHARE_NOTE, { L: link(n), P: w.optionalPassword, v }), [{ kind: 'password', value: v }], `invented value and link (seeded); "${w.optionalPassword}" is the prompts.optionalPassword string of ${short(repo)} frontend/src/i18n/${locale}.json (Apache-2.0), as a share-link note ${WRITTEN}`)) n++;
  }
  return n;
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
const DOC_DOMAIN = /@(?:[^@\s]+\.)?(?:example\.(?:com|net|org)|[^@\s]+\.(?:example|test|invalid)|localhost)$/i;
/**
 * mailparser's test lines as written: every address of a line labelled except at the RFC 2606 / 6761 documentation
 * names (project policy since round 5). Lines whose addresses are all documentation names, stand-ins (`xxxx@…`), the
 * address-spoofing tests' `user%attacker.com@…` forms, Firefox language-pack ids in a log path (`langpack-de@…`), an
 * SRS-rewritten return path and a quoted Message-ID are left out.
 */
export function mailFixtures(c: Collector): number {
  const { repo, licence, lines } = json<{ repo: string; licence: string; lines: { file: string; line: string }[] }>('mailparser.json');
  let n = 0;
  for (const h of lines) {
    if (/x{3,}@|%|attacker|evil|victim|langpack|chrome\.manifest|SRS0=|outlook\.com'/i.test(h.line)) continue;
    const values = [...h.line.matchAll(EMAIL)].map((m) => m[0]).filter((v) => !DOC_DOMAIN.test(v));
    if (!values.length) continue;
    const text = n % 3 === 2 ? fill(pick(W.EMAIL_LINE, n), { v: h.line }) : h.line;
    if (pushOnce(c, 'email:mailparser', text, values.map((value) => ({ kind: 'email' as const, value })), `${short(repo)} ${h.file} (${licence}): a header or test line ${n % 3 === 2 ? `in a wording ${WRITTEN}` : 'as written'}, every address labelled (documentation names not)`, { sourced: true })) n++;
  }
  return n;
}

/** saleor's test addresses, labelled by hand: field values joined in the country's own order (the country outside). */
const SALEOR: { file: string; v: string }[] = [
  { file: 'saleor/account/tests/test_account.py', v: '2344 Oya, Fukaya-Shi, Saitama 366-0814' },
  { file: 'saleor/account/tests/test_account.py', v: '1 Anglesea St, Dublin D02 FK84' },
  { file: 'saleor/account/tests/test_account.py', v: 'Bahnhofstrasse 1, 8001 Zurich' },
  { file: 'saleor/tests/fixtures.py', v: '2000 Main Street, Irvine, CA 92614' },
  { file: 'saleor/tests/fixtures.py', v: '4371 Lucas Knoll Apt. 791, 13377 BENNETTMOUTH' },
  { file: 'saleor/plugins/avatax/tests/conftest.py', v: 'Oławska 10, 53-105 WROCŁAW' },
  { file: 'saleor/tests/fixtures.py', v: 'Tęczowa 7, 53-601 WROCŁAW' },
  { file: 'saleor/graphql/warehouse/tests/mutations/test_warehouse_create.py', v: 'Teczowa 8, 53-601 WROCLAW' },
];
export function saleorAddresses(c: Collector, repo: string): number {
  let n = 0;
  for (const [i, a] of SALEOR.entries()) {
    const note = `${short(repo)} ${a.file} (BSD-3-Clause): a test address's fields joined by hand`;
    const ok = i % 2
      ? pushOnce(c, 'postal_address:saleor', fill(pick(W.ADDRESS_LINE, i), { v: a.v }), [{ kind: 'postal_address', value: a.v }], `${note}, in a wording ${WRITTEN}`, { sourced: true })
      : (() => { const { text, value } = blockIn(W.ADDRESS_BLOCK, i, a.v.replace(', ', '\n')); return pushOnce(c, 'postal_address:saleor', text, [{ kind: 'postal_address', value }], `${note}, as a two-line block in a wording ${WRITTEN}`, { sourced: true }); })();
    if (ok) n++;
  }
  return n;
}

/** Windows per repository: the caps keep one repository from filling the negatives. */
const WINDOW_CAPS: Record<string, number> = { 'praetorian-inc/titus': 40, 'filebrowser/filebrowser': 40, 'nodemailer/mailparser': 10, 'saleor/saleor': 40 };
export function repoWindows(c: Collector, r: Random): number {
  const taken = new Map<string, number>();
  let n = 0;
  for (const w of r.shuffle(json<{ windows: { repo: string; licence: string; file: string; from: number; text: string }[] }>('windows.json').windows)) {
    const name = w.repo.split('@')[0]!;
    const k = taken.get(name) ?? 0;
    if (k >= (WINDOW_CAPS[name] ?? 0) || RISKY.some((re) => re.test(w.text)) || /"[^"]*\d[^"]*\b[A-Z][a-z]+[^"]*"/.test(w.text)) continue;
    taken.set(name, k + 1);
    c.push('negative:snapshot-window', w.text, [], `${short(w.repo)} ${w.file} lines ${w.from}-${w.from + 11} (real file, ${w.licence})`);
    n++;
  }
  return n;
}

/**
 * derrek/street-address's parser test inputs (US): a house number, a street and a town, state or ZIP. Left out: a
 * street with no town or ZIP (`2730 S Veitch St`, `321 S. Washington`), a street followed by prose (`… in the south of
 * arlington`), the tests' stand-ins (`Some Road`, `Town, CO 12345`), a wrong state (`… Sebastopol CZ`) and a lowercase
 * direction glued to a town (`1 First St, e San Jose CA`). At most `perStreet` layouts of one street.
 */
const STREET_SKIP = /in the south|Some Road|Town, CO|\bCZ$|, e San Jose|^\d+S \d+E/;
export function streetAddressTests(c: Collector, perStreet: number): number {
  const { repo, licence, file, candidates } = json<{ repo: string; licence: string; file: string; candidates: string[] }>('street-address.json');
  const perKey = new Map<string, number>();
  let n = 0;
  for (const a of candidates) {
    if (STREET_SKIP.test(a) || !/(?:\b[A-Z]{2}|\d{5}(?:-?\d{4})?|, [A-Z][a-z]+(?: [A-Z][a-z]+)*)$/.test(a)) continue;
    const key = `${/^\d+/.exec(a)![0]} ${/[A-Za-z]{5,}/.exec(a)?.[0] ?? ''}`;
    const k = perKey.get(key) ?? 0;
    if (k >= perStreet) continue;
    const note = `${short(repo)} ${file} (${licence}): a parser test's input address`;
    const ok = n % 2
      ? pushOnce(c, 'postal_address:street-address', fill(pick(W.ADDRESS_LINE, n), { v: a }), [{ kind: 'postal_address', value: a }], `${note}, whole, in a wording ${WRITTEN}`, { sourced: true })
      : pushOnce(c, 'postal_address:street-address', a, [{ kind: 'postal_address', value: a }], `${note}, as written (the whole string)`, { sourced: true });
    if (ok) { perKey.set(key, k + 1); n++; }
  }
  return n;
}
