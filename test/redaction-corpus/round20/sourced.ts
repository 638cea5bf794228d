// Round 20's sourced strata (none read by rounds 1-19): the addresses in the tests of codingsince1985/geo-golang,
// googlemaps/google-maps-services-java, -go and -python and mapbox/mapbox-java (sources/addresses.json), the leaks
// samples of ZupIT/horusec (sources/horusec.json), the word for "password" in louislam/uptime-kuma's catalogues
// (sources/uptime-kuma.json) and 12-line windows of these repositories' library files as negatives
// (sources/windows.json). sources/extract.ts wrote the JSON.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Collector } from '../kit/collector';
import type { Kind } from '../kit/item';
import type { Random } from '../kit/random';
import { blockIn, fill, pick } from '../kit/template';
import { pushOnce } from '../round13/sourced';
import { geocoderLabel } from '../round19/sourced';
import { CHAT_FRAMES } from './chat-frames';
import * as W from './wordings';

export { pushOnce };
const here = new URL('.', import.meta.url).pathname;
export const WRITTEN = 'written for round 20';
const json = <T>(name: string): T => JSON.parse(readFileSync(join(here, 'sources', name), 'utf8')) as T;
const short = (repo: string) => repo.replace(/@(.{12}).*/, ' @ $1');

/** Candidates that are not addresses: placeholders, département numbers, directions, a street with no town, JSON. */
const SKIP = /^(?:42, Some Street|5, Quai Anatole France|\d{2}, (?:Paris|Nord|Lot)\b|26, Seidlstraße$|CA 94043)|geometry_index|^Turn |Perth Line|^St 2241|^8, 401 West|formatted_address|^;|^1 LGF/;
/** A venue, a business or a person before the house number: outside the label. */
const BEFORE = /^(?:Google Bldg 41|Workplace 6|Nak Cosmo|Champ de Mars|Cockle Bay Wharf|Harry S\. Truman Bowling Alley|Texas Motor Speedway|Texas Ranger Hall of Fame and Museum|Texas School Book Depository|Jones Jerry), /;
/** Countries round 19's label rule does not strip. */
const COUNTRY = /,\s*(?:Mexico|Belarus|China|US|USA|United States)$/;
/**
 * Addresses round 19's rule cannot label (country first, no comma, a Chinese house number) or that the candidate
 * reader missed inside escaped JSON: text as the file writes it, label by hand, file.
 */
const MANUAL: { repo: string; file: string; text: string; v: string }[] = [
  { repo: 'google-maps-services-java', file: 'src/test/java/com/google/maps/GeocodingApiTest.java', text: 'Japan, 〒603-8361 Kyōto-fu, Kyōto-shi, Kita-ku, Kinkakujichō, １', v: '〒603-8361 Kyōto-fu, Kyōto-shi, Kita-ku, Kinkakujichō, １' },
  { repo: 'geo-golang', file: 'baidu/baidu_test.go', text: '43号 农大南路, Haidian, Beijing, China', v: '43号 农大南路, Haidian, Beijing' },
  { repo: 'geo-golang', file: 'frenchapigouv/geocoder_test.go', text: '11B Rue des Anges Tourcoing 59200', v: '11B Rue des Anges Tourcoing 59200' },
  { repo: 'geo-golang', file: 'frenchapigouv/geocoder_test.go', text: '5 Quai Anatole France 75007 Paris', v: '5 Quai Anatole France 75007 Paris' },
  { repo: 'mapbox-java', file: 'services-directions-models/src/test/java/com/mapbox/api/directions/v5/models/RouteOptionsTest.java', text: 'Улица Яна Чечота 7, Minsk 220045, Belarus', v: 'Улица Яна Чечота 7, Minsk 220045' },
  { repo: 'google-maps-services-java', file: 'src/test/java/com/google/maps/GeocodingApiTest.java', text: '15620 W 10 Mile Rd, Southfield, MI 48075, USA', v: '15620 W 10 Mile Rd, Southfield, MI 48075' },
  { repo: 'google-maps-services-java', file: 'src/test/java/com/google/maps/GeocodingApiTest.java', text: '21800 W Eleven Mile Rd, Southfield, MI 48076, USA', v: '21800 W Eleven Mile Rd, Southfield, MI 48076' },
  { repo: 'google-maps-services-java', file: 'src/test/java/com/google/maps/PlacesApiTest.java', text: '1033 Princes Highway, Heathmere, Victoria, Australia', v: '1033 Princes Highway, Heathmere, Victoria' },
  { repo: 'google-maps-services-java', file: 'src/test/java/com/google/maps/GeoApiContextTest.java', text: '1600 Amphitheatre Parkway, Mountain View, CA 94043, USA', v: '1600 Amphitheatre Parkway, Mountain View, CA 94043' },
  { repo: 'google-maps-services-go', file: 'places_test.go', text: '9736 NE 117th Ln, Kirkland, WA 98034, USA', v: '9736 NE 117th Ln, Kirkland, WA 98034' },
  { repo: 'node-geocoder', file: 'test/geocoder/aplacegeocoder.test.js', text: '1 Rue de la Paix 75002 Paris', v: '1 Rue de la Paix 75002 Paris' },
  { repo: 'node-geocoder', file: 'test/geocoder/googlegeocoder.test.js', text: '350 5th Ave, New York, NY 10118', v: '350 5th Ave, New York, NY 10118' },
  { repo: 'node-geocoder', file: 'test/geocoder/yandexgeocoder.test.js', text: 'Россия, Владимирская область, Собинка, Центральная улица, 15', v: 'Владимирская область, Собинка, Центральная улица, 15' },
  { repo: 'geocoder', file: 'tests/results/uscensus_batch.csv', text: '42 Chapel St, NEW HAVEN, CT, 06513', v: '42 Chapel St, NEW HAVEN, CT, 06513' },
  { repo: 'geocoder', file: 'tests/results/uscensus.json', text: '4600 Silver Hill Rd, SUITLAND, MD, 20746', v: '4600 Silver Hill Rd, SUITLAND, MD, 20746' },
  { repo: 'librephotos', file: 'api/tests/fixtures/geocode/responses/mapbox.py', text: '17 Beach Road, Bondi Beach New South Wales 2026, Australia', v: '17 Beach Road, Bondi Beach New South Wales 2026' },
  { repo: 'librephotos', file: 'api/tests/fixtures/geocode/responses/mapbox.py', text: '2880 Fire Route 47, Lakefield, Ontario K0L 2H0, Canada', v: '2880 Fire Route 47, Lakefield, Ontario K0L 2H0' },
  { repo: 'librephotos', file: 'api/tests/fixtures/geocode/responses/nominatim.py', text: '17, Beach Road, Seven Ways, Bondi Beach, Eastern Suburbs, Sydney, Waverley Council, New South Wales, 2026, Australia', v: '17, Beach Road, Seven Ways, Bondi Beach, Eastern Suburbs, Sydney, Waverley Council, New South Wales, 2026' },
  { repo: 'librephotos', file: 'api/tests/fixtures/geocode/responses/nominatim.py', text: '3118, Fire Route 47, Selwyn, Peterborough County, Central Ontario, Ontario, K0L 2C0, Canada', v: '3118, Fire Route 47, Selwyn, Peterborough County, Central Ontario, Ontario, K0L 2C0' },
  { repo: 'librephotos', file: 'api/tests/fixtures/geocode/responses/nominatim.py', text: 'Tempodrom, 10, Möckernstraße, Kreuzberg, Friedrichshain-Kreuzberg, Berlin, 10963, Deutschland', v: '10, Möckernstraße, Kreuzberg, Friedrichshain-Kreuzberg, Berlin, 10963' },
  { repo: 'librephotos', file: 'api/tests/fixtures/geocode/responses/opencage.py', text: '17 Beach Road, Bondi Beach NSW 2026, Australia', v: '17 Beach Road, Bondi Beach NSW 2026' },
  { repo: 'librephotos', file: 'api/tests/fixtures/geocode/responses/opencage.py', text: '3118 Fire Route 47, Selwyn, ON K0L 2C0, Canada', v: '3118 Fire Route 47, Selwyn, ON K0L 2C0' },
  { repo: 'librephotos', file: 'api/tests/fixtures/geocode/responses/opencage.py', text: 'Tempodrom, Möckernstraße 10, 10963 Berlin, Germany', v: 'Möckernstraße 10, 10963 Berlin' },
  { repo: 'librephotos', file: 'api/tests/fixtures/geocode/expectations/photon.py', text: '17, Beach Road, 2026, Beach Road, Waverley Council, New South Wales, Australia', v: '17, Beach Road, 2026, Beach Road, Waverley Council, New South Wales' },
  { repo: 'librephotos', file: 'api/tests/fixtures/geocode/expectations/photon.py', text: '3123, Fire Route 47, K0L 2C0, Fire Route 47, Selwyn, Ontario, Canada', v: '3123, Fire Route 47, K0L 2C0, Fire Route 47, Selwyn, Ontario' },
  { repo: 'librephotos', file: 'api/tests/fixtures/geocode/expectations/photon.py', text: 'Tempodrom, 10, Möckernstraße, 10963, Möckernstraße, Berlin, Deutschland', v: '10, Möckernstraße, 10963, Möckernstraße, Berlin' },
  { repo: 'librephotos', file: 'api/tests/fixtures/geocode/responses/tomtom.py', text: '106 Marine Parade, Maroubra, New South Wales, 2035', v: '106 Marine Parade, Maroubra, New South Wales, 2035' },
  { repo: 'librephotos', file: 'api/tests/fixtures/geocode/responses/tomtom.py', text: '17 Beach Road, Bondi Beach, New South Wales, 2026', v: '17 Beach Road, Bondi Beach, New South Wales, 2026' },
  { repo: 'librephotos', file: 'api/tests/fixtures/geocode/responses/tomtom.py', text: '2876 Fire Route 47, Lakefield ON K0L 2H0', v: '2876 Fire Route 47, Lakefield ON K0L 2H0' },
  { repo: 'librephotos', file: 'api/tests/fixtures/geocode/responses/tomtom.py', text: 'Möckernstraße 138, 10963 Berlin', v: 'Möckernstraße 138, 10963 Berlin' },
  { repo: 'geocoder', file: 'geocoder/geolytica.py (a docstring example)', text: '1552 Payette dr., Ottawa', v: '1552 Payette dr., Ottawa' },
];
const REPOS: Record<string, string> = {
  'geo-golang': 'codingsince1985/geo-golang @ 72ff6a749cc8 (MIT)',
  'google-maps-services-java': 'googlemaps/google-maps-services-java @ 673b3b369c90 (Apache-2.0)',
  'google-maps-services-go': 'googlemaps/google-maps-services-go @ eb7d4f974fd0 (Apache-2.0)',
  'mapbox-java': 'mapbox/mapbox-java @ 53a24f51b903 (MIT)',
  'node-geocoder': 'nchaulet/node-geocoder @ 0f7bd96a39f7 (MIT, LICENCE)',
  'geocoder': 'DenisCarriere/geocoder @ 39b9999ec70e (MIT)',
  'librephotos': 'LibrePhotos/librephotos @ e675a0dc1000 (MIT)',
};

export function addressLabel(text: string): string | undefined {
  if (SKIP.test(text)) return undefined;
  const v = geocoderLabel(text.replace(BEFORE, ''));
  return v?.replace(COUNTRY, '').replace(/,\s*$/, '');
}

/**
 * The geocoder clients' test addresses: at most `perArea` per town or state area, New South Wales at most `nswCap`.
 * Half as the test writes it, a third in a one-line wording (chat in 30 languages, files, logs), the rest split
 * after the first comma into a two-line block.
 */
export function geocoderAddresses(c: Collector, r: Random, perArea: number, nswCap: number): string[] {
  const { candidates } = json<{ candidates: { repo: string; licence: string; file: string; value: string }[] }>('addresses.json');
  const all: { note: string; text: string; v: string }[] = [];
  for (const a of candidates) {
    if (MANUAL.some((m) => m.text === a.value)) continue;
    const v = addressLabel(a.value);
    if (v && a.value.includes(v)) all.push({ note: `${short(a.repo)} ${a.file} (${a.licence})`, text: a.value, v });
  }
  for (const m of MANUAL) all.push({ note: `${REPOS[m.repo]} ${m.file}, labelled by hand`, text: m.text, v: m.v });
  const perTown = new Map<string, number>();
  const kept: string[] = [];
  let nsw = 0;
  let n = 0;
  for (const a of r.shuffle(all)) {
    const area = a.v.split(',').slice(-1)[0]!.replace(/\d+/g, '').trim();
    const k = perTown.get(area) ?? 0;
    const isNsw = /NSW$/.test(area) || /^(?:Sydney|Surry Hills|Paddington|Pyrmont|Glebe|Woolloomooloo|Chippendale|Leichhardt|Tempe|Rozelle|Marrickville|The Rocks|Newtown|Double Bay|Watsons Bay|Woolwich)$/.test(area);
    if (k >= perArea || (isNsw && nsw >= nswCap)) continue;
    const note = `${a.note}: an address in a geocoder client's test`;
    let ok: boolean;
    if (n % 6 < 3) {
      ok = pushOnce(c, 'postal_address:geocoder-tests', a.text, [{ kind: 'postal_address', value: a.v }], `${note}, as written; labelled from the house number (or unit) to the postcode/town/region, venue and country outside`, { sourced: true });
    } else if (n % 6 < 5 || !a.v.includes(', ')) {
      ok = pushOnce(c, 'postal_address:geocoder-tests', fill(pick(W.ADDRESS_LINE, n), { v: a.v }), [{ kind: 'postal_address', value: a.v }], `${note}; the label in a wording ${WRITTEN}`, { sourced: true });
    } else {
      const { text, value } = blockIn(W.ADDRESS_BLOCK, n, a.v.replace(', ', '\n'));
      ok = pushOnce(c, 'postal_address:geocoder-tests', text, [{ kind: 'postal_address', value }], `${note}; the label as a two-line block (split after its first comma) in a wording ${WRITTEN}`, { sourced: true });
    }
    if (ok) { perTown.set(area, k + 1); n++; kept.push(a.v); if (isNsw) nsw++; }
  }
  return kept;
}

/**
 * horusec's leaks samples, labelled by hand per rule: provider keys, tokens, client secrets and a Slack webhook URL
 * as api_key, the PEM block as private_key, the database passwords as password. Not taken: the client-id rules
 * (HS-LEAKS-5, 7, 9, 14: an OAuth client id is not secret) and the gorm samples (26, 27: the password `gorm` is also
 * the user and database name). The safe twins (`${SECRET_KEY}`, `getenv`) are negatives.
 */
const HORUSEC: Record<string, { kind: Kind; v: string }> = {
  'HS-LEAKS-1': { kind: 'api_key', v: 'AKIAJSIE27KKMHXI3BJQ' },
  'HS-LEAKS-2': { kind: 'api_key', v: 'doc5eRXFpsWllGC5yKJV/Ymm5KwF+IRZo95EudOm' },
  'HS-LEAKS-3': { kind: 'api_key', v: 'amzn.mws.986478f0-9775-eabc-2af4-e499a8496828' },
  'HS-LEAKS-4': { kind: 'api_key', v: 'cb6f53505911332d30867f44a1c1b9b5' },
  'HS-LEAKS-6': { kind: 'api_key', v: 'ej64cqk9k8px9ae3e47ip89l7if58tqhpxi1r' },
  'HS-LEAKS-8': { kind: 'api_key', v: 'edzvPbU3SYUc7pFc9le20lzIRErTOaxCABQ1' },
  'HS-LEAKS-10': { kind: 'api_key', v: '0d16kcnjyfzmcmjp' },
  'HS-LEAKS-11': { kind: 'api_key', v: 'https://hooks.slack.com/services/TNeqvYPeO/BncTJ74Hf/NlvFFKKAKPkd6h7FlQCz1Blu' },
  'HS-LEAKS-12': { kind: 'private_key', v: '-----BEGIN PRIVATE KEY-----' },
  'HS-LEAKS-13': { kind: 'api_key', v: 'AIzaMPZHYiu1RdzE1nG2SaVyOoz244TuacQIR6m' },
  'HS-LEAKS-15': { kind: 'api_key', v: '3623f8e9-2d05-c9bb-2209082d6b5c' },
  'HS-LEAKS-16': { kind: 'api_key', v: 'f7e9c13c10d0b19c3bb003a9f635d488-us72' },
  'HS-LEAKS-17': { kind: 'api_key', v: 'key-xke9nbc2i5po5cjw3ngyxiz450zxpapu' },
  'HS-LEAKS-18': { kind: 'api_key', v: 'access_token$production$mk0sech2v7qqsol3$db651af2221c22b4ca2f0f583798135e' },
  'HS-LEAKS-19': { kind: 'api_key', v: 'sk_live_voy1p9k7r9g9j8ezmif488nk2p8310nl' },
  'HS-LEAKS-20': { kind: 'api_key', v: 'SG.44b7kq3FurdH0bSHBGjPSWhE8vJ.1evu4Un0TXFIb1_6zW4YOdjTMeE' },
  'HS-LEAKS-21': { kind: 'api_key', v: 'rk_live_8qSZpoI9t0BOGkOLVzvesc6K' },
  'HS-LEAKS-22': { kind: 'api_key', v: 'sq0atp-clYRBSht6oefa7w_2R56ra' },
  'HS-LEAKS-23': { kind: 'api_key', v: 'sq0csp-LsEBYQNja]OgT3hRxjJV5cWX^XjpT12n3QkRY_vep2z' },
  'HS-LEAKS-24': { kind: 'api_key', v: 'SK9ae6bd84ccd091eb6bfad8e2a474af95' },
  'HS-LEAKS-25': { kind: 'password', v: 'Ch@ng3m3' },
  'HS-LEAKS-28': { kind: 'password', v: 'wen0221!' },
};
export function horusecSamples(c: Collector, safeCap: number): void {
  const { repo, file, samples } = json<{ repo: string; file: string; samples: { name: string; vulnerable: boolean; rule: string; text: string }[] }>('horusec.json');
  const note = `${short(repo)} ${file} (Apache-2.0)`;
  let n = 0;
  let safe = 0;
  for (const s of samples) {
    if (!s.vulnerable) {
      if (safe++ < safeCap) c.push('negative:horusec-safe', s.text, [], `${note}: ${s.name}, the rule's safe sample (a reference to the environment, no value)`);
      continue;
    }
    const h = HORUSEC[s.rule];
    if (!h) continue;
    const v = h.kind === 'private_key' ? /-----BEGIN PRIVATE KEY-----[\s\S]*?-----END PRIVATE KEY-----/.exec(s.text)![0] : h.v;
    const key = new RegExp(`(\\w+): '${v.slice(0, 6).replace(/[$^.*+?()[\]{}|\\]/g, '\\$&')}`).exec(s.text)?.[1];
    const what = `${note}: ${s.name}, the ${s.rule} rule's vulnerable sample`;
    if (n++ % 2 === 0 || !key || h.kind !== 'api_key') pushOnce(c, `${h.kind}:horusec`, s.text, [{ kind: h.kind, value: v }], `${what}, as written; the value labelled by hand`, { sourced: true });
    else pushOnce(c, `${h.kind}:horusec`, fill(pick(W.SECRET_LINE, n), { k: key, v }), [{ kind: h.kind, value: v }], `${what}; its key and value in a wording ${WRITTEN}`, { sourced: true });
  }
}

/** A chat line per uptime-kuma locale: the catalogue's word for "password" in a sentence of this round. */
export function catalogueChats(c: Collector, value: (i: number) => string): number {
  const { repo, words } = json<{ repo: string; words: Record<string, { password: string }> }>('uptime-kuma.json');
  let n = 0;
  for (const [locale, frame] of Object.entries(CHAT_FRAMES)) {
    const word = words[locale]?.password;
    if (!word) throw new Error(`no catalogue word for ${locale}`);
    const v = value(n);
    // The catalogues write UI labels with a capital; inside a sentence the word is lower case (German nouns excepted).
    const inSentence = /^(?:de|bar)/.test(locale) || frame.startsWith('{P}') ? word : word[0]!.toLowerCase() + word.slice(1);
    const text = fill(frame, { P: inSentence, v });
    if (pushOnce(c, `password:chat-${locale}`, text, [{ kind: 'password', value: v }], `invented value (seeded); "${word}" is the Password string of ${short(repo)} src/lang/${locale}.json (MIT), the sentence ${WRITTEN}`)) n++;
  }
  return n;
}

/**
 * An account handover note per uptime-kuma locale that translates both labels: the catalogue's "Username" and "New
 * Password" strings as an admin copies them from the UI, each followed by its value (the user name is not labelled).
 */
export function catalogueHandovers(c: Collector, value: (i: number) => string, users: readonly string[]): number {
  const { repo, words } = json<{ repo: string; words: Record<string, { username: string; newPassword: string }> }>('uptime-kuma.json');
  let n = 0;
  for (const [locale, w] of Object.entries(words)) {
    if (!w.username || !w.newPassword || /^en/.test(locale)) continue;
    const v = value(n);
    const text = `${w.username}: ${users[n % users.length]!}\n${w.newPassword}: ${v}`;
    if (pushOnce(c, `password:handover-${locale}`, text, [{ kind: 'password', value: v }], `invented value (seeded); "${w.username}" and "${w.newPassword}" are the Username and New Password strings of ${short(repo)} src/lang/${locale}.json (MIT), as an account handover note ${WRITTEN}`)) n++;
  }
  return n;
}

/** Windows per repository and file type: the caps keep one repository or type from filling the negatives. */
const WINDOW_CAPS: Record<string, number> = {
  'codingsince1985/geo-golang go': 20, 'codingsince1985/geo-golang md': 2, 'googlemaps/google-maps-services-java java': 27,
  'mapbox/mapbox-java java': 27, 'ZupIT/horusec go': 30, 'louislam/uptime-kuma js': 20, 'louislam/uptime-kuma vue': 14,
};
export function repoWindows(c: Collector, r: Random): void {
  const taken = new Map<string, number>();
  for (const w of r.shuffle(json<{ windows: { repo: string; licence: string; file: string; from: number; text: string }[] }>('windows.json').windows)) {
    const type = `${w.repo.split('@')[0]} ${w.file.split('.').pop()!}`;
    const k = taken.get(type) ?? 0;
    if (k >= (WINDOW_CAPS[type] ?? 0)) continue;
    taken.set(type, k + 1);
    c.push('negative:snapshot-window', w.text, [], `${short(w.repo)} ${w.file} lines ${w.from}-${w.from + 11} (real file, ${w.licence})`);
  }
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
/**
 * E-mail: postal-mime's test header lines as written, every address of a line labelled (a base64-encoded word is not
 * an address until decoded: not labelled), and validator's accepted internationalised addresses in this round's
 * wordings. A line whose addresses the round already holds is skipped (pushOnce).
 */
export function mailFixtures(c: Collector): number {
  const { postalMime, validator } = json<{ postalMime: { repo: string; licence: string; headerLines: { file: string; line: string }[] }; validator: { repo: string; licence: string; file: string; emails: string[] } }>('emails.json');
  let n = 0;
  for (const h of postalMime.headerLines) {
    const values = [...h.line.matchAll(EMAIL)].map((m) => m[0]);
    if (values.length && pushOnce(c, 'email:postal-mime', h.line, values.map((value) => ({ kind: 'email' as const, value })), `${short(postalMime.repo)} ${h.file} (${postalMime.licence}): a header or test line as written, every address labelled`, { sourced: true })) n++;
  }
  validator.emails.forEach((v, i) => {
    if (pushOnce(c, 'email:validator', fill(pick(W.EMAIL_LINE, i), { v }), [{ kind: 'email', value: v }], `${short(validator.repo)} ${validator.file} TestEmail (${validator.licence}): an address the validator accepts, in a wording ${WRITTEN}`, { sourced: true })) n++;
  });
  return n;
}

/** CredSweeper's rules whose finding is one kind without doubt: passwords, and named providers' keys and tokens. */
const CS_PASSWORD = new Set(['Password', 'SQL Password', 'CMD Password', 'CURL User Password']);
const CS_API_KEY = /^(?:1Password|Gitlab|Stripe|Slack|OpenAI|Groq|Hugging Face|Docker|CloudFlare|Atlassian|Digital Ocean|Figma|Grafana|Heroku|Jfrog|Jira|MailGun|Postman|SonarQube|Square|Supabase|Twilio|Together|LLAMA|Anthropic|DeepSeek|Discord|Databricks|Brevo|Clojars|Bitbucket|Azure Storage|AWS MWS|PlanetScale|NewRelic|Salesforce|PostHog|Amazon Bedrock|Age Secret|Akamai|Defined Networking|Google OAuth Secret)/;
/**
 * CredSweeper's expected findings on its own test samples: the sample's line as text, the finding's value as label.
 * Passwords (`Password`, `SQL Password`, `CMD Password`, `CURL User Password`), named providers' keys and tokens as
 * api_key, `JSON Web Token` as jwt. Not taken: the generic rules (`Key`, `Token`, `Secret`, `Auth`, `API`,
 * `Credential`), ids, UUIDs, salts, nonces, bucket and domain names, PEM headers (one line, not the key); lines that
 * also hold an e-mail address or an IPv4 address (another kind the label would miss), values with a placeholder look
 * (`xxxx`, `<…>`, `{…}`, `${…}`, `*`), values shorter than 4 characters, and a value the round already holds.
 */
export function credsweeperFindings(c: Collector, cap: { password: number; api_key: number; jwt: number; secret: number }): void {
  const { repo, file, findings } = json<{ repo: string; file: string; findings: { rule: string; line: string; value: string; path: string }[] }>('credsweeper.json');
  const taken: Record<string, number> = { password: 0, api_key: 0, jwt: 0, secret: 0 };
  let dipPr = 0;
  let aihq = 0;
  for (const f of findings) {
    // The `Secret` rule: an AWS secret key or a GitHub OAuth secret is a provider credential (api_key, as round 19
    // labelled them); the rest are generic secrets (at most 3 of the `AIhq5Xyb1Gga9Q…` family; not the byte array).
    const secretKind: Kind | undefined = f.rule !== 'Secret' || /, /.test(f.value) ? undefined : /aws|secretaccesskey|github/i.test(f.line) ? 'api_key' : /^AIhq5Xyb1Gga9Q/.test(f.value) && aihq++ >= 3 ? undefined : 'secret';
    const kind: Kind | undefined = CS_PASSWORD.has(f.rule) ? 'password' : CS_API_KEY.test(f.rule) ? 'api_key' : f.rule === 'JSON Web Token' ? 'jwt' : secretKind;
    if (!kind || taken[kind]! >= cap[kind]) continue;
    const text = f.line.trim();
    if (!text.includes(f.value) || f.value.length < 4 || /x{4}|[<>{}*]|\$\{/i.test(f.value)) continue;
    if (/[\w.+-]+@[\w-]+\.[\w.-]+|\b(?:\d{1,3}\.){3}\d{1,3}\b/.test(text.replace(f.value, ''))) continue;
    // The samples' own negatives and stand-ins, a value that holds the user name, HTML-escaped values, and at most 20
    // of the `dipPr…Gg!` family (one password in 90 layouts of `user:master pw:…`).
    if (/EXAMPLE|EXAMBLE|NEGATIVE/i.test(text) || /master|&amp/.test(f.value) || text.startsWith('<mxCell') || (/^dipPr\d+Gg!$/.test(f.value) && dipPr++ >= 20)) continue;
    if (pushOnce(c, `${kind}:credsweeper`, text, [{ kind, value: f.value }], `${short(repo)} ${file} (MIT): the "${f.rule}" finding its test expects on ${f.path.replace(/^\.\//, '')}, the sample's line as text`, { sourced: true })) taken[kind]!++;
  }
}
