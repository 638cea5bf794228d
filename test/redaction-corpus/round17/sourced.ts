// Round 17's sourced strata: the addresses of alexreisner/geocoder's test fixtures (MIT; recorded geocoding-service
// responses), e-mail lines of the man pages Debian installs (sources/man-emails.json), microsoft/DevSkim's rule
// snippets (MIT; sources/devskim.json, negatives) and windows of the Python packages Debian installs under
// /usr/lib/python3/dist-packages (negatives). No earlier round read any of them.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Collector } from '../kit/collector';
import { RISKY } from '../kit/package-windows';
import type { Random } from '../kit/random';
import { blockIn, fill, pick } from '../kit/template';
import { pushOnce } from '../round13/sourced';
import * as W from './wordings';

export { pushOnce };
const here = new URL('.', import.meta.url).pathname;
export const WRITTEN = 'written for round 17';
export const json = <T>(name: string): T => JSON.parse(readFileSync(join(here, 'sources', name), 'utf8')) as T;
export const blockText = (i: number, block: string) => blockIn(W.ADDRESS_BLOCK, i, block);

const GEOCODER = 'alexreisner/geocoder @ 8143fce18205 (snapshot), test/fixtures';
/**
 * The fixtures' address strings that hold a house number or street number: `line` as the fixture writes it (its JSON
 * key and value), `v` the labelled span (house number to postcode/town/region; a venue's name and the country
 * outside). Town-only strings (`Reading RG30 4RT, UK`, `Chicago, Illinois 60647`) and bare street lines with no town
 * (`4 Penn Plz`, `510 Main St`) are not taken.
 */
export const GEOCODER_ADDRESSES: { file: string; line: string; v: string }[] = [
  { file: 'melissa_street_oakland_city_hall', line: '"FormattedAddress": "1 Frank H Ogawa Plz Fl 3;Oakland, CA 94612-1932"', v: '1 Frank H Ogawa Plz Fl 3;Oakland, CA 94612-1932' },
  { file: 'geoportail_lu_boulevard_royal', line: '"address": "2 Boulevard Royal,2449 Luxembourg"', v: '2 Boulevard Royal,2449 Luxembourg' },
  { file: 'geoportail_lu_reverse', line: '"address": "39 Boulevard Prince Henri,1724 Luxembourg"', v: '39 Boulevard Prince Henri,1724 Luxembourg' },
  { file: 'latlon_6000_universal_blvd', line: '"address": "6000 Universal Blvd, Orlando, FL 32819"', v: '6000 Universal Blvd, Orlando, FL 32819' },
  { file: 'tencent_reverse', line: '"address":"上海市浦东新区世纪大道1号"', v: '上海市浦东新区世纪大道1号' },
  { file: 'baidu_reverse', line: '"formatted_address":"上海市闸北区天潼路619号"', v: '上海市闸北区天潼路619号' },
  { file: 'nominatim_cologne_cathedral_cologne_germany', line: '"display_name": "Cologne Cathedral, 4, Domkloster, Kunibertsviertel, Altstadt-Nord, Innenstadt, Cologne, Cologne Government Region, North Rhine-Westphalia, 50667, Germany"', v: '4, Domkloster, Kunibertsviertel, Altstadt-Nord, Innenstadt, Cologne, Cologne Government Region, North Rhine-Westphalia, 50667' },
  { file: 'opencagedata_madison_square_garden', line: '"formatted" : "46, West 31st Street, Koreatown, New York County, 10011, New York City, New York, United States of America, Madison Square Garden"', v: '46, West 31st Street, Koreatown, New York County, 10011, New York City, New York' },
  { file: 'geoapify_reverse', line: '"formatted": "4 Pennsylvania Plaza, New York, NY 10001, United States of America"', v: '4 Pennsylvania Plaza, New York, NY 10001' },
  { file: 'google_places_details_no_types', line: '"formatted_address" : "Graniczna 6, Gdynia, Poland"', v: 'Graniczna 6, Gdynia' },
  { file: 'google_places_details_no_reviews', line: '"formatted_address" : "Oranienstraße 25, 10999 Berlin, Germany"', v: 'Oranienstraße 25, 10999 Berlin' },
  { file: 'google_madison_square_garden', line: '"formatted_address": "4 Penn Plaza, New York, NY 10001, USA"', v: '4 Penn Plaza, New York, NY 10001' },
  { file: 'bing_reverse', line: '"formattedAddress":"291 Rue Somerset E, Ottawa, ON, K1N"', v: '291 Rue Somerset E, Ottawa, ON, K1N' },
  { file: 'geocodio_reverse', line: '"formatted_address":"100 Queen St W, Toronto, ON M5G"', v: '100 Queen St W, Toronto, ON M5G' },
  { file: 'geocodio_reverse', line: '"formatted_address":"20 Albert St, Toronto, ON M5G"', v: '20 Albert St, Toronto, ON M5G' },
  { file: 'geocodio_reverse', line: '"formatted_address":"483 Bay St, Toronto, ON M5G"', v: '483 Bay St, Toronto, ON M5G' },
  { file: 'geocodio_reverse', line: '"formatted_address":"50 Queen St W, Toronto, ON M5G"', v: '50 Queen St W, Toronto, ON M5G' },
  { file: 'geocodio_1101_pennsylvania_ave', line: '"formatted_address":"1101 15th St NW, Washington, DC 20005"', v: '1101 15th St NW, Washington, DC 20005' },
  { file: 'geocodio_1101_pennsylvania_ave', line: '"formatted_address":"1101 Pennsylvania Ave NW, Washington, DC 20004"', v: '1101 Pennsylvania Ave NW, Washington, DC 20004' },
  { file: 'geocodio_1101_pennsylvania_ave', line: '"formatted_address":"1101 Pennsylvania Ave SE, Washington, DC 20003"', v: '1101 Pennsylvania Ave SE, Washington, DC 20003' },
  { file: 'azure_reverse', line: '"freeformAddress": "Jalan Mohammad Husni Thamrin 10, Kecamatan Jakarta, DKI Jakarta 10230"', v: 'Jalan Mohammad Husni Thamrin 10, Kecamatan Jakarta, DKI Jakarta 10230' },
  { file: 'ban_data_gouv_fr_rue_yves_toudic', line: '"label": "13 Rue Yves Toudic 75010 Paris"', v: '13 Rue Yves Toudic 75010 Paris' },
  { file: 'ban_data_gouv_fr_reverse', line: '"label": "4 Rue du Lieutenant Alain le Coz 94550 Chevilly-Larue"', v: '4 Rue du Lieutenant Alain le Coz 94550 Chevilly-Larue' },
  { file: 'pelias_madison_square_garden', line: '"label": "2200 Madison Square, Anderson, IN"', v: '2200 Madison Square, Anderson, IN' },
  { file: 'pelias_madison_square_garden', line: '"label": "2300 Madison Square, Philadelphia, PA"', v: '2300 Madison Square, Philadelphia, PA' },
  { file: 'pelias_madison_square_garden', line: '"label": "2419 Madison Square, Philadelphia, PA"', v: '2419 Madison Square, Philadelphia, PA' },
  { file: 'here_madison_square_garden', line: '"label": "Madison Square Garden, 4 Penn Plz, New York, NY 10001, United States"', v: '4 Penn Plz, New York, NY 10001' },
  { file: 'mapbox_madison_square_garden', line: '"place_name": "Madison Square Garden, 4 Penn Plz, New York, New York 10119, United States"', v: '4 Penn Plz, New York, New York 10119' },
  { file: 'geoportail_lu_reverse', line: '"name": "39,Boulevard Prince Henri 1724 Luxembourg"', v: '39,Boulevard Prince Henri 1724 Luxembourg' },
];

/** Half as the fixture's line (its JSON key and value), half the address in this round's wordings. */
export function geocoderAddresses(c: Collector): void {
  GEOCODER_ADDRESSES.forEach((a, i) => {
    const note = `${GEOCODER}/${a.file} (MIT)`;
    if (i % 2 === 0) pushOnce(c, 'postal_address:geocoder', a.line, [{ kind: 'postal_address', value: a.v }], `${note}: the fixture's line as written; labelled from the house number to the postcode/town/region, venue and country outside`, { sourced: true });
    else pushOnce(c, 'postal_address:geocoder', fill(pick(W.ADDRESS_LINE, i), { v: a.v }), [{ kind: 'postal_address', value: a.v }], `${note}: the address (venue and country left out) in a wording ${WRITTEN}`, { sourced: true });
  });
}

interface ManLine { file: string; pkg: string; licence: string; line: string; emails: string[] }
/** Packages whose man pages hold documentation stand-ins rather than people's or lists' addresses. */
const STAND_INS = /^(google-cloud-cli|openssl|git-man|gpg-wks-client)$/;

/**
 * One item per distinct e-mail set of the man pages' author, bug-report and history lines, at most two a package,
 * drawn with the seed: two in three as the page's line (groff escapes decoded), the rest the first address in a wording.
 */
export function manEmails(c: Collector, r: Random, count: number): void {
  const lines = json<{ lines: ManLine[] }>('man-emails.json').lines.filter((l) => !STAND_INS.test(l.pkg) && !/^O "/.test(l.line) && !/\.(service|timer)\b/.test(l.line));
  const perPkg = new Map<string, number>();
  const done = new Set<string>();
  let k = 0;
  for (const l of r.shuffle(lines)) {
    if (k >= count) break;
    const key = [...l.emails].sort().join(' ');
    if (done.has(key) || (perPkg.get(l.pkg) ?? 0) >= 2) continue;
    const note = `${l.file} (Debian package ${l.pkg}, licence ${l.licence} as /usr/share/doc/${l.pkg}/copyright names first)`;
    const ok = k % 3 !== 2
      ? pushOnce(c, 'email:manpage', l.line, l.emails.map((value) => ({ kind: 'email' as const, value })), `${note}: the page's line, groff escapes decoded; every address labelled, names not`, { sourced: true })
      : pushOnce(c, 'email:manpage', fill(pick(W.EMAIL_LINE, k), { v: l.emails[0]!, page: l.file.split('/').pop()!.replace(/\.gz$/, '') }), [{ kind: 'email', value: l.emails[0]! }], `${note}: the line's first address in a wording ${WRITTEN}`, { sourced: true });
    if (!ok) continue;
    done.add(key);
    perPkg.set(l.pkg, (perPkg.get(l.pkg) ?? 0) + 1);
    k++;
  }
}

/** DevSkim's rule snippets (code a security linter is tested on) that the kit's risk filter lets through. */
export function devskimNegatives(c: Collector, r: Random, count: number): void {
  const d = json<{ commit: string; snippets: { file: string; rule: string; which: string; text: string }[] }>('devskim.json');
  const seen = new Set<string>();
  const ok = d.snippets.filter((s) => s.text.trim().length >= 25 && !/secrets\.json|localhost/.test(s.file) && !RISKY.some((re) => re.test(s.text)) && !/[a-f0-9]{24,}/i.test(s.text));
  let n = 0;
  for (const s of r.shuffle(ok)) {
    if (n >= count || seen.has(s.text)) continue;
    seen.add(s.text);
    if (c.push('negative:devskim', s.text, [], `microsoft/DevSkim @ ${d.commit.slice(0, 12)} (snapshot) ${s.file}, rule ${s.rule} ${s.which} example (MIT)`)) n++;
  }
}

/** Python packages under /usr/lib/python3/dist-packages with the licence their Debian copyright file names. */
const PY_PACKAGES: Record<string, string> = {
  yaml: 'MIT (python3-yaml)', jwt: 'MIT (python3-jwt)', six: 'MIT (python3-six)', distro: 'Apache-2.0 (python3-distro)',
  pyparsing: 'MIT (python3-pyparsing)', toml: 'MIT (python3-toml)', blinker: 'MIT (python3-blinker)', oauthlib: 'BSD-3-Clause (python3-oauthlib)',
  httplib2: 'MIT (python3-httplib2)', pygments: 'BSD-2-Clause (python3-pygments)', cryptography: 'Apache-2.0 or BSD-3-Clause (python3-cryptography)',
  argcomplete: 'Apache-2.0 (python3-argcomplete)', wheel: 'MIT (python3-wheel)', yq: 'Apache-2.0 (yq)', crcmod: 'MIT (python3-crcmod)',
};

/** Windows of 12 lines of those packages' modules, one per file, packages in turn, risky and licence windows skipped. */
export function distPackageWindows(c: Collector, r: Random, count: number): void {
  const root = '/usr/lib/python3/dist-packages';
  const byPkg = Object.keys(PY_PACKAGES).map((pkg) => {
    const files: string[] = [];
    const walk = (d: string) => {
      if (!existsSync(d)) return;
      for (const e of readdirSync(d).sort()) {
        const p = join(d, e);
        if (e === '__pycache__' || e === 'tests' || e === 'test') continue;
        if (statSync(p).isDirectory()) walk(p);
        else if (e.endsWith('.py') && statSync(p).size > 1500) files.push(p);
      }
    };
    walk(join(root, pkg));
    return { pkg, files };
  }).filter((p) => p.files.length);
  const used = new Set<string>();
  let n = 0;
  for (let tries = 0; n < count && tries < 20_000; tries++) {
    const { pkg, files } = byPkg[tries % byPkg.length]!;
    const file = r.pick(files);
    if (used.has(file)) continue;
    const all = readFileSync(file, 'utf8').split('\n');
    if (all.length < 12) continue;
    const from = r.int(0, all.length - 11);
    const text = all.slice(from, from + 12).join('\n');
    if (text.length > 2500 || text.trim().length < 160 || /copyright|licen[cs]e|\(c\)|author/i.test(text) || RISKY.some((re) => re.test(text))) continue;
    used.add(file);
    if (c.push('negative:dist-packages', text, [], `${file} lines ${from + 1}-${from + 12} (real module Debian installs on this machine, ${PY_PACKAGES[pkg]})`)) n++;
  }
}
