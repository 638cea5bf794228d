// Postal addresses: address blocks of the Latin, Greek and Cyrillic scripts (address-blocks.ts: street or PO
// box + postcode line, in any order of number and name, one line or several), Japanese, Chinese and Korean
// addresses by their own markers (〒 postcodes, 丁目/番地/号, 路/街 + 号, 로/길 + number), a US-style street line and a
// UK postcode with a real postcode area. Free-form addresses ("the blue house behind the church") are out of reach.
import type { RedactionRule } from '../types';
import { findAddressBlocks } from './address-blocks';
import { continueAddress, precedeAddress } from './address-continuation';
import { addressLineRule } from './address-lines';
import { colombianStreetAddress } from './address-latam';
import { thaiLaoAddress } from './address-thai';
import { turkishAddress } from './address-turkish';
import { vietnameseAddress } from './address-vietnamese';
import { lowerCaseAddressRule } from './address-lower-case';
import { countryAddressRule } from './address-countries';
import { cyrillicAddressRule } from './address-cyrillic';
import { cjkAdministrativeAddress, japaneseRomanisedAddress, startAtDivision } from './address-cjk';
import { cjkCityAddress, withBuildingTail } from './address-cjk-city';
import { postcodeBlockRule } from './address-postcode-blocks';
import { regexRule } from './regex-rule';
import { streetLineRule } from './address-street-lines';
import { introducedAddressRule } from './address-introduced';
import { poBoxRule } from './address-po-box';
import { scriptPartsAddressRule } from './address-script-parts';
import { ukNationLines } from './address-uk-nations';

const STRONG_SUFFIX = 'Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Terrace|Parkway|Pkwy|Highway|Hwy|Expressway|Expy|Freeway|Fwy';
const WEAK_SUFFIX =
  'Drive|Dr|Court|Ct|Way|Place|Pl|Circle|Cir|Square|Sq|Trail|Plaza|Close|Crescent|Gardens|Grove|Row|Mews|Loop|Alley|Path|Pike';

// Weak suffixes ("2 Hard Drive", "3 Step Way") also end ordinary phrases, so they need a city or ZIP after them.
const usStreet = regexRule({
  id: 'us-street-address',
  kind: 'postal_address',
  level: 'strict',
  priority: 40,
  description: 'House number (also hyphenated: 92-10, 98-025, 8-9) + capitalised street name + suffix (St, Ave, Rd…), optional unit, city, state and ZIP (or a ZIP alone)',
  pattern: new RegExp(
    '(?<![\\w.-])\\d{1,6}(?:-\\d{1,4})?[A-Z]?(?: (?:[NSEW]\\.?|North|South|East|West))?' +
      '(?: (?:[A-Z][a-z]{1,20}|\\d{1,3}(?:st|nd|rd|th))){1,4}' +
      ` (?:(${STRONG_SUFFIX})|(${WEAK_SUFFIX}))\\b\\.?(?: (?:N|S|E|W|NE|NW|SE|SW)\\b)?` +
      '(?:,? (?:Apt|Apartment|Suite|Ste|Unit|Floor|Fl|#)\\.? ?#?[A-Za-z0-9-]{1,6})?' +
      '(, [A-Z][a-z]{1,20}(?: [A-Z][a-z]{1,20}){0,2}(?:,? [A-Z]{2}(?: \\d{5}(?:-\\d{4})?)?(?![A-Za-z0-9]))?|,? [A-Z]{2} \\d{5}(?:-\\d{4})?|,? \\d{5}(?:-\\d{4})?(?![\\w-])|(?: [A-Z][a-z]{1,20}){1,4} \\d{5}(?:-\\d{4})?(?![\\w-]))?',
    'g',
  ),
  // a bare 5-digit number after a weak suffix (`3 Step Way 12345 times`) is no ZIP; a ZIP+4 is
  accept: (_value, match) => match[1] !== undefined || (match[3] !== undefined && !/^,? \d{5}$/.test(match[3])),
});

const UK_AREAS = new Set(
  ('AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E EC EH EN EX FK FY ' +
    'G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP ' +
    'NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB ' +
    'W WA WC WD WF WN WR WS WV YO ZE')
    .split(' '),
);

const ukWholePostcode = regexRule({
  id: 'uk-postcode',
  kind: 'postal_address',
  level: 'strict',
  priority: 40,
  description: 'UK postcode (SW1A 1AA) whose area letters are a real postcode area',
  pattern: /(?<![A-Za-z0-9])([A-Z]{1,2})\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2}(?![A-Za-z0-9])/g,
  accept: (_value, match) => UK_AREAS.has(match[1] ?? ''),
});

// round 20: also a geocoder's line closed by the nation and a postcode, whole or partial (address-uk-nations.ts)
const ukPostcode: RedactionRule = {
  ...ukWholePostcode,
  description: 'UK postcode (SW1A 1AA) whose area letters are a real postcode area; a house, town and nation before a whole or partial postcode (`…, London, England, E6 6`)',
  *find(text) {
    yield* ukWholePostcode.find(text);
    yield* ukNationLines(text, UK_AREAS);
  },
};

const germanStreet = regexRule({
  id: 'de-street-address',
  kind: 'postal_address',
  level: 'strict',
  priority: 40,
  description: 'German street (…straße/str./weg/allee/platz/gasse/ring/damm) + number + 5-digit PLZ + town',
  pattern: new RegExp(
    '(?<![A-Za-zÄÖÜäöüß])(?:[A-ZÄÖÜ][a-zäöüß]{1,30}[ -])?[A-ZÄÖÜ]?[a-zäöüß]{0,30}' +
      '(?:[Ss]tra(?:ße|sse)|[Ss]tr\\.|[Ww]eg|[Aa]llee|[Pp]latz|[Gg]asse|[Rr]ing|[Dd]amm|[Uu]fer)' +
      ' ?\\d{1,4} ?[a-z]?,? {1,3}\\d{5} [A-ZÄÖÜ][a-zäöüß]{1,30}(?: (?:am|an der|im) [A-ZÄÖÜ][a-zäöüß]{1,20})?',
    'g',
  ),
});

const addressBlock: RedactionRule = {
  id: 'address-block',
  kind: 'postal_address',
  level: 'strict',
  priority: 42,
  description: 'Street line (number before or after the name, street types of 20+ languages) or PO box followed by a postcode line, on one line or several; or a street named by its type word alone',
  *find(text: string) {
    for (const block of findAddressBlocks(text)) yield precedeAddress(text, continueAddress(text, block));
  },
};

const HAN = '\\p{Script=Han}';
const KANA = '\\p{Script=Hiragana}\\p{Script=Katakana}';

/** Block numbers in ASCII, full-width or kanji digits (`1丁目`, `１丁目`, `一丁目`). */
const JP_NUMBER = '(?:[0-9０-９]{1,4}|[一二三四五六七八九十]{1,3})';

const japanese = regexRule({
  id: 'jp-address',
  kind: 'postal_address',
  level: 'strict',
  priority: 42,
  description: 'Japanese address: 〒 postcode and what follows on its line, or 丁目/番地/番/号 block numbers (ASCII, full-width or kanji digits)',
  pattern: new RegExp(
    `〒 ?\\d{3}-\\d{4}[ \\u3000]?[^\\s、。,，]{1,60}|(?<![\\d-])\\d{3}-\\d{4}[ \\u3000]?(?=[${HAN}]{1,3}(?:都|道|府|県))[^\\s、。,，]{1,60}|(?<![${HAN}${KANA}\\d])[${HAN}${KANA}ー]{1,20}[ \\u3000]?(?:${JP_NUMBER})丁目[ \\u3000]?${JP_NUMBER}(?:番地?|[-－‐])${JP_NUMBER}号?(?:[ \\u3000]?[^\\s、。]{0,20}?\\d{1,5}号室)?`,
    'gu',
  ),
});

const chineseByRoad = regexRule({
  id: 'zh-address',
  kind: 'postal_address',
  level: 'strict',
  priority: 42,
  description: 'Chinese address: a road (路/街/道/巷/弄/胡同/大道/段) or a province/city/district (省/市/县/区) then a 号/號 number (spaces around numbers as Taiwan writes them), optional postcode',
  pattern: new RegExp(
    `(?:\\d{3,6} )?(?:[${HAN}]{1,10}(?:市|县|縣|区|區) ?\\d{3,6} )?(?:[${HAN}]{2,30}(?:路|街|道|巷|弄|胡同|大道|段)[${HAN}\\d]{0,10}? ?|(?:[${HAN}]{1,10}(?:省|自治区|特别行政区))?[${HAN}]{1,10}(?:市|县|縣|区|區)[${HAN}]{1,20}?)\\d{1,5}(?:-\\d{1,5})? ?(?:号|號)(?:[ ]?[^\\s，。,]{0,10}?\\d{1,5} ?(?:室|号|號|楼|樓))?(?:[，,] ?(?:邮编|郵遞區號)[:： ]?\\d{5,6})?`,
    'gu',
  ),
});

const chinese: RedactionRule = {
  ...chineseByRoad,
  // run only around a 号/號 (every match holds one): a long run of Han text without one costs a scan, not the
  // pattern's bounded backtracking at each of its characters
  *find(text) {
    const marks = /[号號]/g;
    let mark: RegExpExecArray | null;
    let windowEnd = -1;
    while ((mark = marks.exec(text)) !== null) {
      if (mark.index < windowEnd) continue;
      const from = Math.max(0, windowEnd, mark.index - 90);
      let to = Math.min(text.length, mark.index + 60);
      // stretch the window over the next marks close by, so a match is never cut in two
      let next: RegExpExecArray | null;
      while ((next = marks.exec(text)) !== null && next.index < to + 90) to = Math.min(text.length, next.index + 60);
      marks.lastIndex = next ? next.index : text.length;
      windowEnd = to;
      const slice = text.slice(from, to);
      for (const range of chineseByRoad.find(slice)) {
        yield withBuildingTail(text, startAtDivision(text, { start: from + range.start, end: from + range.end }));
      }
      if (!next) break;
    }
  },
};

/** The 17 top-level divisions by the short names people write without 특별시/도 (`서울 강남구`, `경기 성남시`; round 12). */
const KO_PROVINCES = '서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충북|충남|전북|전남|경북|경남|제주';

const korean = regexRule({
  id: 'ko-address',
  kind: 'postal_address',
  level: 'strict',
  priority: 42,
  description: 'Korean address: city/district words and a 로/길 road with its building number, or (round 11) a 동/리/가 neighbourhood with its lot number (지번: `연희동 129-1`, `산 12`), then (round 12) the building, floor and flat, a province by its short name (`서울`), a (postcode) before, optional 우편번호',
  pattern: new RegExp(
    `(?<![가-힣\\d(])(?:\\(\\d{5}\\) ?)?(?:(?:[가-힣]{2,10}(?:특별시|광역시|특별자치시|특별자치도|도|시)|${KO_PROVINCES}) )?(?:[가-힣]{1,10}(?:구|군|시|읍|면) ){0,2}` +
      `(?:\\d{1,5} [가-힣\\d]{1,12}(?:로|길)|[가-힣\\d]{1,12}(?:로|길)(?: ?\\d{1,5}(?:번길|번안길|가길))? ?\\d{1,5}(?:-\\d{1,5})?|[가-힣]{1,10}\\d{0,2}(?:동|리|가) (?:산 ?)?\\d{1,5}(?:-\\d{1,5})?(?:번지)?)` +
      `(?:,? [가-힣A-Za-z\\d]{1,20}(?:빌딩|타워|센터|아파트|오피스텔|플라자|프라자|빌라|맨션|스퀘어|하우스|상가|회관|파크|타운|시티|캐슬|팰리스|레지던스))?(?:,? (?:지하 ?)?\\d{1,3}층| [A-Za-z\\d]{1,4}동(?: ?\\d{1,4}호)?| \\d{1,4}호){0,3}(?: ?\\(우편번호 ?\\d{5}\\))?`,
    'gu',
  ),
  accept: (value) => /(?:시|도|구|군) /.test(value) || /우편번호/.test(value),
});

const RTL = '[\\p{Script=Arabic}\\p{Script=Hebrew}]';
/** PO boxes in Arabic, Persian and Hebrew (`ص.ب. 1234`, `صندوق البريد ٤٢٢١١`, `صندوق پستی`, `ת.ד. 5`), any digits, and the
 * town after them. */
const rtlPoBox = regexRule({
  id: 'rtl-po-box',
  kind: 'postal_address',
  level: 'strict',
  priority: 42,
  description: 'PO box in Arabic, Persian or Hebrew script (ص.ب / صندوق بريد / صندوق پستی / ת.ד / תא דואר) with its number in any digits, and the town after it',
  pattern: new RegExp(
    `(?<!\\p{L})(?:ص ?\\. ?ب\\.?|(?:مكتب )?(?:ال)?بريد صندوق|صندوق (?:ال)?بريد(?: ${RTL}{2,12})?|صندوق پستی|תא דואר|ת\\. ?ד\\.?)[ :]{0,3}\\p{Nd}{1,7}(?!\\p{Nd})` +
      `(?:[ \\t]*[,،]?[ \\t]*\\n?[ \\t]*${RTL}{2,20}(?: ${RTL}{2,20})?(?=[ \\t]*(?:$|[\\n,،.])))?`,
    'gmu',
  ),
});

export const addressRules: RedactionRule[] = [
  usStreet, ukPostcode, germanStreet, addressBlock, addressLineRule, postcodeBlockRule, japanese, chinese, korean,
  cjkAdministrativeAddress, cjkCityAddress, japaneseRomanisedAddress, colombianStreetAddress, cyrillicAddressRule, rtlPoBox,
  countryAddressRule, streetLineRule, thaiLaoAddress, turkishAddress, vietnameseAddress,
  lowerCaseAddressRule(() => addressRules), introducedAddressRule, poBoxRule,
  // round 15, scripts
  scriptPartsAddressRule,
];
