// Chinese, Japanese and Korean addresses written without a postcode, found by their administrative chain: a
// province, municipality or prefecture by name (the list is short and fixed: 34 Chinese province-level divisions in
// simplified and traditional writing, Taiwan's cities and counties, Japan's 47 prefectures), then cities, wards and
// districts, then the street or town and its number (号/號, 番地, 丁目, 2-16-1), with the building, floor and room
// after it. Starting at a named division keeps the prose before it out (`我住在北京市…` starts at 北京市). Also the
// romanised Japanese form (`1-9-1 Marunouchi, Chiyoda-ku, Tokyo`, `135, Higashifunahashi 2 Chome, Hirakata-shi`).
// Korean addresses keep their own rule in address.ts. Every quantifier is bounded, so each match is linear.
import type { Range, RedactionRule } from '../types';
import { buildingTailEnd } from './address-cjk-city';
import { regexRule } from './regex-rule';

const CN_PROVINCES =
  '北京|天津|上海|重庆|重慶|河北|山西|辽宁|遼寧|吉林|黑龙江|黑龍江|江苏|江蘇|浙江|安徽|福建|江西|山东|山東|河南|湖北|湖南|广东|廣東|海南|四川|贵州|貴州|云南|雲南|陕西|陝西|甘肃|甘肅|青海|台湾|臺灣|台灣|内蒙古|內蒙古|广西|廣西|西藏|宁夏|寧夏|新疆|香港|澳门|澳門';
const TW_CITIES = '台北|臺北|新北|桃園|台中|臺中|台南|臺南|高雄|基隆|新竹|嘉義|苗栗|彰化|南投|雲林|屏東|宜蘭|花蓮|台東|臺東|澎湖|金門|連江';
const JP_PREFECTURES =
  '北海道|青森県|岩手県|宮城県|秋田県|山形県|福島県|茨城県|栃木県|群馬県|埼玉県|千葉県|東京都|神奈川県|新潟県|富山県|石川県|福井県|山梨県|長野県|岐阜県|静岡県|愛知県|三重県|滋賀県|京都府|大阪府|兵庫県|奈良県|和歌山県|鳥取県|島根県|岡山県|広島県|山口県|徳島県|香川県|愛媛県|高知県|福岡県|佐賀県|長崎県|熊本県|大分県|宮崎県|鹿児島県|沖縄県';

const IDEO = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー々ヶ';
const SEP = '[，,、 \\u3000]?';
/** The division by name, with its level word if written (省, 市, 自治区, 特别行政区, 縣). */
const TOP = `(?:(?:${CN_PROVINCES}|${TW_CITIES})(?:省|市|縣|县|自治区|自治區|壮族自治区|回族自治区|维吾尔自治区|特别行政区|特別行政區)?|${JP_PREFECTURES})`;
/** Building, floor, room after the number: ，5号楼，8号室 / 盘古大观 A 座 23层 / 3F. */
const UNIT = `(?:${SEP}[${IDEO}A-Za-z ]{0,10}?\\p{Nd}{1,5}(?:号楼|號樓|楼|樓|层|層|室|号室|號室|座|单元|單元|階|F)){0,3}`;

const TOP_RE = new RegExp(TOP, 'gu');
const NUMBER_AND_UNIT = new RegExp(` ?\\p{Nd}{1,5}(?:(?:丁目|番地|番|号|號|条|條|[-－ー])[東西南北东]?\\p{Nd}{0,5}){0,4}(?:号|號|番地?|丁目)?${UNIT}`, 'uy');
const HAS_PLACE = /[市区區县縣町村郡]|[路街道巷弄通]|[号號番丁目条條]/;

/**
 * Found in steps rather than by one pattern: the division names by a plain alternation, then what follows in a
 * window of 40 characters, so a long run of Han characters costs no more than its length times a constant.
 */
function* findCjkAdministrative(text: string): Iterable<Range> {
  const re = new RegExp(TOP_RE.source, TOP_RE.flags);
  let match: RegExpExecArray | null;
  while ((match = re.exec(text)) !== null) {
    const from = match.index + match[0].length;
    const window = text.slice(from, from + 40);
    const digit = window.search(/\p{Nd}/u);
    if (digit < 0) continue;
    const between = window.slice(0, digit);
    // a Latin letter names a block or zone inside the chain (`新硅谷B区`, round 12)
    // round 19: a town's old name in brackets (`京都府福知山市字裏ノ（南栄町）８`)
    if (!/^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々ヶ，,、 \u3000A-Za-z（）]*$/u.test(between)) continue;
    if (!HAS_PLACE.test(between) && !/^ ?\p{Nd}{1,5}[号號番丁]/u.test(window.slice(digit - (between.endsWith(' ') ? 1 : 0)))) continue;
    NUMBER_AND_UNIT.lastIndex = from + digit;
    const tail = NUMBER_AND_UNIT.exec(text);
    if (!tail) continue;
    const end = buildingTailEnd(text, tail.index + tail[0].length);
    yield { start: match.index, end };
    re.lastIndex = end;
  }
}

export const cjkAdministrativeAddress: RedactionRule = {
  id: 'cjk-admin-address',
  kind: 'postal_address',
  level: 'strict',
  priority: 42,
  description: 'Chinese, Taiwanese or Japanese address from a named province/prefecture through districts to the street number, building, floor and room',
  find: findCjkAdministrative,
};

/** Romanised Japanese: block numbers, town, an optional chōme, and a ward/city/prefecture word (-ku, -shi, -ken…). */
const ROMAJI_PART = "(?:[A-Z][A-Za-zōūŌŪ']{1,25}(?:-(?:ku|shi|ken|fu|to|cho|chō|machi|gun|mura|ward))?|\\d{1,2}[ -]?[Cc]h[oō]me)";
export const japaneseRomanisedAddress = regexRule({
  id: 'jp-romanised-address',
  kind: 'postal_address',
  level: 'strict',
  priority: 42,
  description: 'Romanised Japanese address: block numbers (1-9-1, 135) then town, chōme and a -ku/-shi/-ken/-fu/-cho word',
  pattern: new RegExp(`(?<![\\w-])\\d{1,5}(?:-\\d{1,5}){0,2},? (?:${ROMAJI_PART},? ){0,4}${ROMAJI_PART}`, 'g'),
  accept: (value) => /-(?:ku|shi|ken|fu|cho|chō|machi|gun|mura)\b|[Cc]h[oō]me/.test(value) && /[A-Za-z]{3}/.test(value),
});

/**
 * A division's name inside a road's or village's name (`中山东路`, `云南村`, `北京路`) names no division: followed by a
 * road or settlement word it is not where the address starts (round 12).
 */
const DIVISION = new RegExp(`${TOP}(?![路街道巷弄村镇鎮乡鄉庄莊屯桥橋])`, 'u');
/** A Chinese address found by its road (`请寄到广东省…路208号`) starts at its named division when it holds one. */
export function startAtDivision(text: string, range: Range): Range {
  const at = DIVISION.exec(text.slice(range.start, range.end))?.index ?? 0;
  return { start: range.start + at, end: range.end };
}
