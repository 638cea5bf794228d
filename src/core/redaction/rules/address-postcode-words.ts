// Words the postcode-anchored address finder (address-postcode-blocks.ts) reads segments by: administrative
// division words written in lower case inside place names (`Сенной округ`, `Tianhe District`, `Gangnam-gu`,
// `Борский р-н`), street markers of scripts and romanisations the street-type lists do not cover (Korean `-ro`,
// `-gil`, Japanese `chome`, `-dori`, Chinese 路/街/号, Korean 로/길, Thai ถนน/ซอย, Arabic شارع, Persian خیابان, Hebrew רחוב), and words that
// put a number in a segment without making it an address (months, versions, orders). From national address
// conventions (UPU "Postal addressing systems").
import { ENGLISH_STREET_TYPES, FUSED_STREET_ENDINGS, STREET_TYPES } from './address-words';

export const ADMIN_WORDS = new Set(
  (
    'district dist region province prefecture county state territory ward borough parish municipality city town village ' +
    'area sector block colony nagar layout extension road street lane cross main phase stage ' +
    'oblast krai okrug raion область обл округ район р-н край город г пос посёлок поселок село деревня д с мкр микрорайон ' +
    'республика респ область. обл. г. пос. д. с. мкр. ' +
    'gu gun si shi ku cho machi mura ken fu to do dong eup myeon ri ' +
    'provincia departamento estado distrito municipio comune provincie région département kreis bezirk landkreis gemeinde ' +
    'colonia col delegación alcaldía barrio localidad partido cantón parroquia corregimiento comuna ' +
    'amphoe tambon khet khwaeng quận huyện phường xã tỉnh thành phố ' +
    'de del la las los el da do das dos di du des le les von der van den y e i and of the upon on sur am an im'
  ).split(' '),
);

/** Street markers beyond the street-type word lists: romanised Korean/Japanese, CJK, Thai, Arabic, Persian, Hebrew, Indic. */
const STREET_MARKER =
  /^(?:\p{L}{2,}-(?:ro|gil|daero|ro\d{0,3}beon-gil|dong|dori|dōri|chōme|chome|machi|cho|chō)|chome|chōme|chō-me|No\.?\p{Nd}{1,5}.*)$|[路街道巷弄号號]|丁目|番地|通り|[로길]$|^(?:ถนน|ซอย|ถ\.|ซ\.|شارع|ش\.|طريق|خیابان|کوچه|بلوار|میدان|רחוב|רח'|שדרות|मार्ग|रोड|स्ट्रीट|नगर|सड़क)/iu;

const TYPES = new Set(
  [...STREET_TYPES, ...ENGLISH_STREET_TYPES].map((t) => t.replace(/\\/g, '').replace(/\.\?$/, '').replace(/\?$/, '').toLowerCase()),
);
const FUSED = new RegExp(`\\p{L}{3}(?:${FUSED_STREET_ENDINGS.filter((e) => e.length >= 3).join('|')})$`, 'iu');

/** A word that names a street by itself: a street type, a fused type ending, or a street marker of any script. */
export function isStreetWord(word: string): boolean {
  const w = word.replace(/[,;]$/, '');
  const bare = w.replace(/\.$/, '').toLowerCase();
  return TYPES.has(bare) || TYPES.has(`${bare}.`) || FUSED.test(w) || STREET_MARKER.test(w);
}

/** Words that make a number in the same segment something other than a house number or postcode. */
export const NOT_ADDRESS_NUMBER_WORDS = new Set(
  (
    'version ver v build release chapter page pages step steps item items figure fig table section part order invoice ticket issue ' +
    'pr commit line lines total score year years days hours minutes min sec seconds percent pts points rev revision copyright edition since until from vol volume std rfc iso'
  ).split(' '),
);

/** A number with a unit after it (`281 MB`, `16px`, `3 times`): a quantity, not a house number. */
export const QUANTITY = /\p{Nd} ?(?:[kKMGT]i?B|bytes|ms|px|pt|rem|fps|[kMG]?Hz|kg|mg|km|mi|lbs?|USD|EUR|GBP|x|times|users|rows|requests|items|files)(?![\p{L}])/u;
