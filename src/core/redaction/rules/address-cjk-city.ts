// Chinese and Japanese addresses past their street number, and those led by a city or ward instead of a province or
// prefecture (round 12). Written in one run of characters, an address goes on after its 号 or block number with the
// complex, building, floor and room (`…路1号 清华科技园科技大厦C座21层`, `…601号三堡东方大厦（…B座629）`,
// `多摩市落合1-15多摩センタートーセイビル`); a span that stopped at the number left most of it readable. And most
// addresses people type start at their city (`秋田市山王4-1-1`, `札幌市中央区北3西1-7`, `龍ケ崎市薄倉２３６４`,
// `长沙市芙蓉区八一路399-19号`), which the named-division rule (address-cjk.ts) never sees. Every quantifier is bounded.
import type { Range, RedactionRule } from '../types';

/** What may stand in a building tail: ideographs, kana, Latin letters, digits, a hyphen or dot, a space before more. */
const TAIL_CHAR = /[\p{Script=Han}\p{Script=Katakana}ー々ヶA-Za-z0-9０-９Ａ-Ｚａ-ｚ\-－.·・#＃]/u;
/** Words of a sentence, not of a building: the tail stops before them (`…1号是我们公司`, `…1-15 まで送って`). */
const PROSE_CHAR = /[的是在和与與及或我你他她们們了吗嗎呢吧请請到给給从從向]/u;
/**
 * A building tail ends on a building, floor or room word, a number, a unit letter or a katakana name (`…スクエア`,
 * never Japanese prose, which is written in hiragana): never on Chinese prose.
 */
const TAIL_END = /[楼樓层層室座栋棟幢厦廈心场場园園城苑院馆館店寓区區厅廳号號階館\p{Script=Katakana}ーFf0-9０-９A-Za-zＡ-Ｚ]/u;
const MAX_TAIL = 40;
const DISTANCE = /[0-9０-９]\s?(?:分钟|分鐘|分|小时|小時|秒|公里|千米|米|km|m\b|min)/u;

/**
 * Where the building tail after a street number ends: over tail characters, single spaces between them and one
 * bracketed note (`（首都体育馆院内）`, `(B座629)`) to the last character a building, floor or room ends on; `end`
 * itself when nothing fits. Looks at most 40 characters ahead.
 */
export function buildingTailEnd(text: string, end: number): number {
  const limit = Math.min(text.length, end + MAX_TAIL);
  let best = end;
  let i = end;
  while (i < limit) {
    const ch = text[i]!;
    if (ch === '（' || ch === '(') {
      const close = text.slice(i + 1, limit).search(ch === '（' ? /[）]/ : /[)]/);
      if (close < 1) break;
      const inside = text.slice(i + 1, i + 1 + close);
      // a sentence, or directions and distances (`（地铁站出口步行5分钟）`), are no part of the address
      if (/[，,。；;：:！!？?\n]/.test(inside) || DISTANCE.test(inside)) break;
      i += close + 2;
      best = i;
      continue;
    }
    if (ch === ' ' || ch === '\u3000') {
      const next = text[i + 1];
      if (next === undefined || !TAIL_CHAR.test(next) || PROSE_CHAR.test(next)) break;
      i++;
      continue;
    }
    if (!TAIL_CHAR.test(ch) || PROSE_CHAR.test(ch)) break;
    i++;
    if (TAIL_END.test(ch)) best = i;
  }
  return best;
}

/** A CJK address range carried over its building tail. */
export function withBuildingTail(text: string, range: Range): Range {
  return { start: range.start, end: buildingTailEnd(text, range.end) };
}

const DIGIT = '[0-9０-９]';
const KANJI_DIGIT = '[一二三四五六七八九十]';
/**
 * A city or ward with its level word (市, 区/區, Japanese 町/村 after a 郡), up to two more wards or towns, the town or
 * road, then the number: block numbers (`4-1-1`, `北3西1-7`, `二ノ８`, `1丁目2番3号`; round 14: the grids of Hokkaido's
 * towns, a 条 and a direction between the numbers, `北1条西4丁目2-2`, `西2条南9丁目`), a 号 number, or a bare number of
 * three or more digits (a lot number, `薄倉２３６４`); `大字` (Japanese rural lots) takes any number. Starts where a run of
 * ideographs starts, so the prose glued before a city (`公司地址是北京市…`) never becomes one.
 */
// Round 19 (Japan's address base registry, abr-geocoder): a city written in hiragana (`いわき市`, `さいたま市`, `つくば市`,
// not after other hiragana, which is prose), the number right after the city (`龍ケ崎市3928番地`, with its 番地 or 号), a
// town's bracketed old name (`字裏ノ（南栄町）８`), Iwate's `地割` between the numbers (`飯岡新田４地割１００１`) and a
// lettered block (`上町Ｃ‐３`).
const CITY_LED = new RegExp(
  `(?:(?<![\\p{Script=Han}\\p{Script=Katakana}ヶケ々])[\\p{Script=Han}ヶケ]{1,5}|(?<![\\p{Script=Han}\\p{Script=Katakana}\\p{Script=Hiragana}ヶケ々])\\p{Script=Hiragana}{2,6}\\p{Script=Han}{0,3})(?:市|区|區|郡)` +
    `(?:[\\p{Script=Han}ヶケ]{1,5}(?:区|區|町|村|县|縣)){0,2}` +
    `(?<town>(?:[\\p{Script=Han}\\p{Script=Katakana}ヶケ々ー]|（[\\p{Script=Han}\\p{Script=Katakana}ヶケ々ー]{1,8}）|[ \\u3000](?=[\\p{Script=Han}\\p{Script=Katakana}0-9０-９])){0,16}?)` +
    `(?<number>(?:[A-ZＡ-Ｚ][-－‐−])?(?:${DIGIT}{1,5}|${KANJI_DIGIT}{1,3})(?:(?:[-－‐−ノの]|丁目|番地?|号|號|地割|(?:条|條)(?:通)?[東西南北]?|[東西南北])(?:${DIGIT}{1,5}|${KANJI_DIGIT}{1,3})){0,4}(?: ?(?:番地?|号|號))?)` +
    `(?![0-9０-９年月日时時分秒万萬千百亿億元円个個件人次名位岁歳%％度倍回期届斤里米吨公克])`,
  'gu',
);

/**
 * Block numbers with a marker (丁目, 番, 号, 条, 西…) or three groups are addresses; two groups need a group of two
 * digits or more (`落合1-15`), since `大会決勝3-1` is a score.
 */
function plausibleNumber(lead: string, town: string, number: string): boolean {
  // a number right after the city or ward is a lot when 番地 says so (`龍ケ崎市3928番地`): `上海市2号线` is a metro line
  if (town === '' && /[市区區郡]$/u.test(lead)) return /番地?$/u.test(number);
  if (/[ノの丁番号號条條東西南北]|地割|^[A-ZＡ-Ｚ]/u.test(number)) return true;
  const groups = number.split(/[-－‐−]/u);
  if (groups.length >= 3 || (groups.length === 2 && groups.some((g) => g.length >= 2))) return true;
  if (/大?字$|^大?字/u.test(town) || /[市区區郡町村]大?字/u.test(lead)) return true;
  // a lot in a town's named part (`山玉町脇川2`): the town word, then the part's name, then its number
  if (/[町村]\p{Script=Han}{1,4}$/u.test(lead)) return true;
  return (number.match(/[0-9０-９]/g)?.length ?? 0) >= 3;
}

function* findCityLed(text: string): Iterable<Range> {
  const re = new RegExp(CITY_LED.source, CITY_LED.flags);
  let match: RegExpExecArray | null;
  while ((match = re.exec(text)) !== null) {
    const { town, number } = match.groups!;
    if (!plausibleNumber(match[0].slice(0, match[0].length - number!.length), town!, number!)) continue;
    const range = withBuildingTail(text, { start: match.index, end: match.index + match[0].length });
    yield range;
    re.lastIndex = range.end;
  }
}

export const cjkCityAddress: RedactionRule = {
  id: 'cjk-city-address',
  kind: 'postal_address',
  level: 'strict',
  priority: 42,
  description:
    'Round 12: Chinese or Japanese address led by its city or ward (市/区/郡, then wards and towns), its block, lot or 号 number and the building, floor and room after it',
  find: findCityLed,
};
