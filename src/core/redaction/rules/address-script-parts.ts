// Round 15: addresses written as named parts in scripts without capital letters, with or without a postcode (Iran
// `تهران، خیابان ولیعصر، کوچه دهم، پلاک ۲۳، واحد ۴` and its `کد پستی: …` line, Afghanistan `کابل، ناحیه چهارم،
// سرک …، کوچه ۳، خانه ۱۲`, Jordan `شارع … 217، عمّان 11941`, Ethiopia `ቦሌ ክፍለ ከተማ፣ ወረዳ 03፣ የቤት ቁጥር 1245፣ አዲስ
// አበባ`, Myanmar `အမှတ် ၁၂၄၊ …လမ်း၊ …မြို့နယ်၊ ရန်ကုန်`, India `मकान नं. 12, …मार्ग, …नगर`). The capital-reading
// rules see no name in them and the postcode rules no postcode, but each part is named by its own word
// (address-script-words.ts). A run of short comma- or line-separated parts (any script's comma: `،`, `፣`, `၊`) is
// an address when its part words name two different things — a house and a street, a street and a district, a
// street and a town with its postcode — and one of them carries a number: a list (`ناحیه ۱، ناحیه ۲`) names one
// thing, prose names none in short parts. Town names standing as parts of their own (`تهران`, `አዲስ አበባ`) are kept
// at either end. Each part word walks at most eight parts of at most 60 characters either side, and a run, kept or
// not, is never walked again, so the scan is linear.
import type { Range, RedactionRule } from '../types';
import { SCRIPT_PART_WORDS, type PartClass } from './address-script-words';

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const CLASS_OF = new Map<string, PartClass>();
for (const [cls, words] of Object.entries(SCRIPT_PART_WORDS) as [PartClass, readonly string[]][]) {
  for (const w of words) CLASS_OF.set(w, cls);
}
/** Burmese, Thai, Lao and Khmer write no space between words: part words are glued to the name (`ဗိုလ်ချုပ်လမ်း`, `ຖະໜົນລ້ານຊ້າງ`). */
const GLUED = /^[\p{Script=Myanmar}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}]/u;
const byLength = (words: string[]) => words.sort((a, b) => b.length - a.length).map(escape).join('|');
const ALL_WORDS = [...CLASS_OF.keys()];
const GLUED_WORDS = ALL_WORDS.filter((w) => GLUED.test(w));
/** Abbreviations end in a full stop or geresh (`ქ.`, `רח'`): no letter test after them. */
const CLIPPED_WORDS = ALL_WORDS.filter((w) => !GLUED.test(w) && /[.']$/.test(w));
const SPACED_WORDS = ALL_WORDS.filter((w) => !GLUED.test(w) && !/[.']$/.test(w));
/** One letter test before and after each group, not one per word: the scan tries this at every character. */
const PART_WORD = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:(?:${byLength(SPACED_WORDS)})(?![\\p{L}\\p{M}\\u200c])|(?:${byLength(CLIPPED_WORDS)}))|(?:${byLength(GLUED_WORDS)})`,
  'gu',
);
const HAS_PART_WORD = new RegExp(PART_WORD.source, 'u');
const POSTCODE_LABEL = new RegExp(`(?:${SCRIPT_PART_WORDS.postcode.map(escape).join('|')})[ \\t]*$`, 'u');

const MAX_PART = 60;
/** Commas of any script: Arabic `،`, Ethiopic `፣`, Burmese `၊`, CJK `，` and `、`. */
const SOFT = new Set([',', '،', '፣', '၊', '，', '、']);
/** Sentence ends and quotes of any script; Armenian `՝` closes a label (`Հասցե՝`, address:) more often than a part. */
const HARD = new Set(['՝', '?', '!', '؟', '।', '॥', '።', '။', ';', '؛', '"', '«', '»', '(', ')', '[', ']', '{', '}', '<', '>', '|', '`', '“', '”']);
/** Characters no address part holds: code, markup, money, e-mail. */
const FOREIGN = /[=@*_$%€£+~^©\\]/;

type Break = 'soft' | 'hard' | null;
function breakAt(text: string, i: number): Break {
  const ch = text[i]!;
  if (SOFT.has(ch)) return 'soft';
  if (ch === '\n') return /^[ \t]*(?:\n|$)/.test(text.slice(i + 1, i + 20)) || /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, i - 20), i)) ? 'hard' : 'soft';
  if (HARD.has(ch)) return 'hard';
  // `کد پستی: ۱۵۹۴۸۳۴۶۱۱` keeps its label; `العنوان: کابل` ends at the label
  if (ch === ':' || ch === '：') return /^[ \t]*\p{Nd}/u.test(text.slice(i + 1, i + 6)) && POSTCODE_LABEL.test(text.slice(Math.max(0, i - 30), i)) ? null : 'hard';
  return null;
}

interface Part {
  start: number;
  end: number;
  /** The break before and after it. */
  before: Break;
  after: Break;
}

/** The part holding `i`: back and forward to a break, at most MAX_PART characters each way (a cut is a hard end). */
function partAround(text: string, i: number): Part {
  let s = i;
  let before: Break = 'hard';
  while (s > 0 && i - s < MAX_PART) {
    const b = breakAt(text, s - 1);
    if (b !== null) {
      before = b;
      break;
    }
    s--;
  }
  let e = i;
  let after: Break = 'hard';
  while (e < text.length && e - i < MAX_PART) {
    const b = breakAt(text, e);
    if (b !== null) {
      after = b;
      break;
    }
    e++;
  }
  return { start: s, end: e, before, after };
}

interface Read {
  classes: Set<PartClass>;
  /** A part word with a number in its part (`پلاک ۲۳`, `ወረዳ 03`), or a house number standing alone. */
  numbered: boolean;
  kind: 'named' | 'number' | 'postcode' | 'place';
}

const NUMBER_ALONE = /^\p{Nd}{1,5}(?:[/-]\p{Nd}{1,5})?\p{L}?$/u;
/** A town and its postcode, or the postcode alone (`عمّان 11941`, `ရန်ကုန် 11181`, `6423931`). */
const TOWN_POSTCODE = /^(?:[\p{L}\p{M}\u200c'’.-]+ ){0,3}\p{Nd}{4,7}$|^\p{Nd}{4,7}(?: [\p{L}\p{M}\u200c'’.-]+){1,3}$/u;
const PLACE_WORD = /^[\p{L}\p{M}\u200c'’.-]{1,30}$/u;

/** Walks from neighbouring part words cross the same parts: each distinct part is read once per text. */
let memo = new Map<string, Read | null>();
function readPart(value: string): Read | null {
  let r = memo.get(value);
  if (r === undefined) {
    if (memo.size > 5000) memo = new Map();
    r = readOnce(value);
    memo.set(value, r);
  }
  return r;
}

function readOnce(value: string): Read | null {
  if (value === '' || value.length > MAX_PART || FOREIGN.test(value) || /\p{Script=Latin}/u.test(value)) return null;
  const words = value.split(/\s+/);
  if (words.length > 6) return null;
  const classes = new Set<PartClass>();
  let numbered = false;
  for (const m of value.matchAll(PART_WORD)) {
    const cls = CLASS_OF.get(m[0])!;
    classes.add(cls);
    // the number after its word (`پلاک ۲۳`, `ወረዳ 03`), or opening the part right before it (`١٥ شارع …`, `၃၅ လမ်း`,
    // `1-р хороо`, `12-пәтер`); a number further before the word counts it (`2024 मध्ये 12 रस्ता`, twelve roads)
    const number = /\p{Nd}/u.test(value.slice(m.index + m[0].length)) || /^\S*\p{Nd}\S*\s*$/u.test(value.slice(0, m.index));
    if (cls !== 'postcode' && number) numbered = true;
  }
  const digits = /\p{Nd}/u.test(value);
  if (classes.size > 0 && (digits || !classes.has('postcode') || classes.size > 1)) return { classes, numbered, kind: 'named' };
  if (NUMBER_ALONE.test(value)) return { classes, numbered: true, kind: 'number' };
  if (TOWN_POSTCODE.test(value)) return { classes: new Set(['postcode']), numbered: false, kind: 'postcode' };
  if (!digits && words.length <= 3 && words.every((w) => PLACE_WORD.test(w))) return { classes, numbered: false, kind: 'place' };
  return null;
}

/** The part's text without the spaces and full stops around it. */
function trim(text: string, start: number, end: number): { start: number; end: number; value: string } {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s.]/.test(text[end - 1]!)) end--;
  return { start, end, value: text.slice(start, end) };
}

interface Found {
  start: number;
  end: number;
  read: Read;
}

/** Words that no address part holds: Latin letters (a sentence or label around the address) or code. */
const outside = (token: string) => /\p{Script=Latin}/u.test(token) || FOREIGN.test(token);

/**
 * The end of a part that opens with a sentence or a label in another script (`Kan du sende pakken til شارع …`,
 * `We moved! New office: …`): its words after the last one in Latin letters or code, from the part word (and the
 * name before a district word: `ቦሌ ክፍለ ከተማ`), or the last two words when it names nothing (a town).
 */
function tail(text: string, part: Part): Found | null {
  const t = trim(text, part.start, part.end);
  const tokens = [...t.value.matchAll(/\S+/g)];
  let first = tokens.length;
  while (first > 0 && !outside(tokens[first - 1]![0])) first--;
  if (first === tokens.length) return null;
  const marked = tokens.slice(first).findIndex((m) => HAS_PART_WORD.test(m[0]));
  const from = marked >= 0 ? first + Math.max(0, marked - 1) : Math.max(first, tokens.length - 2);
  const start = t.start + tokens[from]!.index;
  const read = readPart(trim(text, start, t.end).value);
  return read === null ? null : { start, end: t.end, read };
}

/** The start of a part that a sentence in another script closes (`… חיפה 3303115 please`): its words before it. */
function head(text: string, part: Part): Found | null {
  const t = trim(text, part.start, part.end);
  const tokens = [...t.value.matchAll(/\S+/g)];
  let last = 0;
  while (last < tokens.length && !outside(tokens[last]![0])) last++;
  if (last === 0 || last === tokens.length) return null;
  const end = t.start + tokens[last - 1]!.index + tokens[last - 1]![0].length;
  const read = readPart(text.slice(t.start, end));
  return read === null ? null : { start: t.start, end, read };
}

/** The parts next to `part` on one side while each reads as a part of an address: at most eight. */
function walk(text: string, part: Part, dir: -1 | 1): Found[] {
  const out: Found[] = [];
  let at = part;
  for (let n = 0; n < 8; n++) {
    if ((dir < 0 ? at.before : at.after) !== 'soft') break;
    // a comma closing a line (`…، پلاک ۲۳،\nکد پستی: …`) is one break with the line's
    let edge = dir < 0 ? at.start - 2 : at.end + 1;
    while (edge >= 0 && edge < text.length && /[ \t]/.test(text[edge]!)) edge += dir;
    if (edge < 0 || edge >= text.length) break;
    const again = breakAt(text, edge);
    if (again === 'hard') break;
    if (again === 'soft') edge += dir;
    if (edge < 0 || edge >= text.length) break;
    const next = partAround(text, edge);
    const t = trim(text, next.start, next.end);
    const r = readPart(t.value);
    if (r === null) {
      const edge = dir < 0 ? tail(text, next) : head(text, next);
      if (edge !== null) out.push(edge);
      break;
    }
    out.push({ start: t.start, end: t.end, read: r });
    at = next;
  }
  return dir < 0 ? out.reverse() : out;
}

function accepted(parts: Found[]): boolean {
  const classes = new Set<PartClass>();
  let numbered = false;
  parts.forEach((p, i) => {
    for (const c of p.read.classes) classes.add(c);
    if (p.read.kind === 'named' && p.read.numbered) numbered = true;
    // a house number standing alone beside its street (`12، شارع النيل`)
    const beside = [parts[i - 1], parts[i + 1]].some((q) => q?.read.classes.has('street') || q?.read.classes.has('house'));
    if (p.read.kind === 'number' && beside) numbered = true;
  });
  // no house number (Lao and Burmese addresses often have none): three named parts, one a street
  const named = parts.filter((p) => p.read.kind === 'named').length;
  return classes.size >= 2 && (numbered || (named >= 3 && classes.has('street')));
}

/** Town names at the run's ends: at most two, the rest is a list of places. */
function trimPlaces(parts: Found[]): Found[] {
  let first = 0;
  while (first < parts.length && parts[first]!.read.kind === 'place') first++;
  let last = parts.length;
  while (last > first && parts[last - 1]!.read.kind === 'place') last--;
  return parts.slice(Math.max(0, first - 2), Math.min(parts.length, last + 2));
}

function* findScriptParts(text: string): Iterable<Range> {
  const re = new RegExp(PART_WORD.source, PART_WORD.flags);
  memo = new Map();
  let floor = 0;
  let match: RegExpExecArray | null;
  while ((match = re.exec(text)) !== null) {
    if (match.index < floor) continue;
    const own = partAround(text, match.index);
    const t = trim(text, own.start, own.end);
    let first: Found | null = null;
    const r = readPart(t.value);
    if (r !== null) first = { start: t.start, end: t.end, read: r };
    else {
      const end = tail(text, own);
      if (end !== null && end.start <= match.index) first = end;
    }
    if (first === null) {
      // the part words after it in the same part read the same part, cut shorter on the left: none would start one
      floor = own.end;
      continue;
    }
    const before = r === null ? [] : walk(text, own, -1);
    const after = walk(text, own, 1);
    const parts = trimPlaces([...before, first, ...after]);
    floor = Math.max(floor, parts[parts.length - 1]?.end ?? own.end);
    re.lastIndex = Math.max(re.lastIndex, floor);
    if (parts.length > 0 && accepted(parts)) yield { start: parts[0]!.start, end: parts[parts.length - 1]!.end };
  }
}

export const scriptPartsAddressRule: RedactionRule = {
  id: 'script-parts-address',
  kind: 'postal_address',
  level: 'strict',
  priority: 42,
  description:
    'Round 15: an address of a script without capitals written as named parts (Arabic, Persian, Urdu, Pashto, Hebrew, Ethiopic, Burmese, Indic, Sinhala, Georgian, Armenian: house, street, district and postcode words) — two different kinds of part, one with a number, in a run of short comma- or line-separated parts',
  find: findScriptParts,
};
