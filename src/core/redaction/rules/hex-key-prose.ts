// Round 17: short hexadecimal keys given in prose, where the key word rules ask for 32 hex digits (a shorter hex run
// after "key" is as often a GPG key id or a commit) and the provider tables have no prefix to anchor on:
//   - "use <hex> for <service>" and its forms in other languages (`nutze … für`, `utilise … pour`, `usa … para/per`,
//     `gebruik … voor`, `użyj … dla`, `используй … для`), when a provider name, a key word or "API" follows the
//     preposition (ipinfo's 14-digit tokens, TfL's 32-digit app keys, Here, OpenWeather);
//   - a label of access, key or token in several languages, glued by a hyphen to the service's name or not
//     (`Stadia Maps-Zugang für das Staging:`, `clé d'accès Mapbox :`, `código de acceso de la API:`, `ipinfo-Token:`),
//     then a colon and hex in dash-separated groups of any length.
// The value is hex only (0-9, a-f, one case), 14 to 64 digits, with both digits and letters, none of the counting or
// repeated stand-ins; a commit, hash, checksum, fingerprint, id, build or revision named around it turns it away.
// Bounded quantifiers only, no nested repetition.
import type { Range, RedactionRule } from '../types';
import { keyContextOf } from './key-context';
import { countedBody } from './token-randomness';

// round 23: groups joined by one dash or two (`c3275907dcc53fa--5eba1fc045747-48dd1`, as a provider's dashboard or a
// copy that lost a character prints them)
const HEX = '([0-9a-f]{4,64}(?:-{1,2}[0-9a-f]{2,64}){0,5}|[0-9A-F]{4,64}(?:-{1,2}[0-9A-F]{2,64}){0,5})';
const USE_FOR = new RegExp(
  `(?<![\\p{L}\\d_-])(?:[Uu]se|[Tt]ry|[Nn]utze|[Nn]imm|[Vv]erwende|[Uu]tilise[sz]?|[Pp]rends|[Uu]sa|[Uu]sar|[Gg]ebruik|[Uu]żyj|[Ии]спользуй(?:те)?)[ \\t]{1,3}["'\`]?${HEX}["'\`]?[ \\t]{1,3}(?:for|für|pour|para|per|voor|dla|для)[ \\t]{1,3}([^\\n]{1,40})`,
  'dgu',
);
const LABELLED = new RegExp(
  `(?<![\\p{L}\\d_])(?:[Zz]ugang|[Aa]cceso|[Aa]cc[èe]s|[Aa]ccesso|[Aa]cesso|[Tt]oegang|[Dd]ost[ęe]p|[Дд]оступ|[Aa]ccess|[Kk]ey|[Tt]oken|[Ss]chlüssel|[Cc]l[ée]|[Cc]lave|[Cc]have|[Cc]hiave|[Kk]lucz|[Кк]люч|[Тт]окен|[Ss]leutel|[Nn]yckel)\\p{L}{0,3}(?:[ \\t]{1,3}[\\p{L}'’-]{1,15}){0,4}?[ \\t]{0,2}[:：][ \\t]{1,3}["'\`]?${HEX}(?![\\w-])`,
  'dgu',
);
/** Words naming what a hex run is when it is no key. */
const NOT_A_KEY = /\b(?:commits?|sha\d{0,3}|hash(?:es)?|checksums?|digests?|fingerprints?|ids?|uuids?|guids?|builds?|revisions?|revs?|tags?|branch|gpg|pgp|ssh|color|colour|hex)\b/i;

function hexKey(value: string): boolean {
  const digits = value.replace(/-/g, '');
  if (digits.length < 14 || digits.length > 64) return false;
  if (!/\d/.test(digits) || !/[a-f]/i.test(digits)) return false;
  return !countedBody(digits);
}

function* find(text: string): Iterable<Range> {
  for (const m of text.matchAll(USE_FOR)) {
    const [start, end] = m.indices![1]!;
    const value = text.slice(start, end);
    const after = m[2]!;
    const around = text.slice(Math.max(0, start - 60), start) + ' ' + after;
    // a commit's full SHA-1 (40) or abbreviated one (up to 12) after "use" is a revision
    const digits = value.replace(/-/g, '').length;
    if (digits === 40 || !hexKey(value) || NOT_A_KEY.test(around)) continue;
    const context = keyContextOf(after);
    if (!(context.provider || context.keyWord || /\bAPI\b/.test(after))) continue;
    yield { start, end };
  }
  for (const m of text.matchAll(LABELLED)) {
    const [start, end] = m.indices![1]!;
    const value = text.slice(start, end);
    const label = text.slice(Math.max(0, m.index - 30), start);
    if (!hexKey(value) || NOT_A_KEY.test(label) || !/-/.test(value) && value.length < 20) continue;
    yield { start, end };
  }
}

export const hexKeyProseRules: RedactionRule[] = [
  {
    id: 'hex-key-prose',
    kind: 'api_key',
    level: 'secrets',
    priority: 72,
    description:
      'Round 17: a hex key of 14–64 digits in prose: "use <hex> for <service>" in several languages (a provider, key word or API after the preposition), or after an access/key/token label and a colon in dash-separated groups (`Stadia Maps-Zugang für das Staging: 36615562e4a405460-f0dd-…`); commits, hashes, ids and fingerprints stay',
    *find(text: string) {
      const found = [...find(text)];
      yield* found.sort((a, b) => a.start - b.start);
    },
  },
];
