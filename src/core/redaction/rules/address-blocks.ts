// Postal addresses as blocks: text is cut into segments at line breaks and commas, each segment is classified
// (street line, PO box, postcode + town, town + postcode, bare postcode, town), and an address is a street or PO
// box followed within three segments by a postcode line — the way addresses are written from Lisbon to Helsinki
// to Toronto, number before or after the street name, on one line with commas or on several lines. A street whose
// type word is unmistakable (`rue`, `via`, `calle`, `ul.`, `…straße`, `…straat`, `…gatan`, `… Street`) counts on
// its own; a number-first street line followed by two town lines (Irish style, no postcode) counts too.
// Segments are classified in address-segments.ts; every regex runs on one segment of at most a few hundred
// characters, so the scan is linear in the text.
import type { Range } from '../types';
import { classify, isUnitSegment, NUMBERED, segments, type Segment } from './address-segments';
import { isOtherColumnNumber } from './address-table-cells';

/** Address ranges in one region of text. */
function* blocksIn(text: string, from: number, to: number): Iterable<Range> {
  const segs = [...segments(text, from, to)];
  // Only segments near a number can be part of an address: a street line, house number or postcode has digits,
  // and a town or street-name segment sits at most three segments from one.
  const numbered = segs.map((seg) => NUMBERED.test(text.slice(seg.start, seg.end)));
  let lastNumbered = -10;
  for (let i = 0; i < segs.length; i++) {
    if (numbered[i]) lastNumbered = i;
    if (numbered[i] || i - lastNumbered <= 3 || numbered[i + 1]) classifyOnce(text, segs[i]!);
  }
  for (let i = 0; i < segs.length; i++) {
    const first = segs[i]!;
    let startAt: number;
    let strong = false;
    let last = i;
    const next = segs[i + 1];
    if (first.streetName && next?.house && !next.cut && !tableValue(text, next)) {
      startAt = first.streetName.from;
      strong = first.streetName.strong;
      last = i + 1;
    } else if (
      !first.street &&
      first.poBox === undefined &&
      (first.house || first.houseTail !== undefined) &&
      !tableValue(text, first) &&
      next?.streetName &&
      (next.streetName.strong || (first.houseWord && next.streetName.typed)) &&
      !next.cut &&
      !next.newline
    ) {
      // 7, avenue Jean Jaurès: the number, a comma, then the street (round 13: any street after `House No. 14`)
      startAt = first.house ? first.start : first.houseTail!;
      strong = true;
      last = i + 1;
    } else if (first.streetName?.strong && next?.postal && next.postal.from === next.start && !next.cut && !first.street) {
      // Jalan Chan Sow Lin, 55200 Kuala Lumpur: a street named by its type word, no number, then the postcode line
      startAt = first.streetName.from;
      strong = true;
    } else if (first.street) {
      startAt = first.street.from;
      strong = first.street.strong;
    } else if (first.poBox !== undefined) startAt = first.poBox;
    else continue;
    let end = segs[last]!.end;
    let postal = false;
    let townLines = 0;
    for (let j = last + 1; j < segs.length && j <= last + 4; j++) {
      const seg = segs[j]!;
      if (seg.cut) break;
      if (seg.postal && (seg.postal.from === seg.start || !seg.town) && (!seg.postal.afterTownOnly || j > last + 1)) {
        postal = true;
        end = seg.postal.to;
        const after = segs[j + 1];
        // 80645 Ciudad Madero, Chihuahua: a state after the postcode line, on the same line
        if (after?.town && !after.newline && !after.cut) end = after.end;
        break;
      }
      if (!seg.town && !isUnitSegment(text.slice(seg.start, seg.end))) break; // `6th Floor`, `Suite 500`, `Bajo` between
      if (seg.newline) townLines++;
    }
    const numberFirst = /^\d/.test(text.slice(startAt, startAt + 1));
    // round 19: the two town parts on one line of their own, suburb and city (`12 Glasgow Street\nKelburn, Wellington
    // City`, New Zealand's and Australia's layout, also Ireland's `Rathmines, Dublin 6`)
    const townPair = !postal && numberFirst && townLines === 1 && townPairLine(text, segs, last);
    if (!postal && !strong && !(townLines >= 2 && numberFirst) && !townPair) continue;
    if (!postal) {
      // a street alone, or a multi-line block without a postcode: the street line and its town lines
      // (or, for a street with an unmistakable type, the town segments after it on its own line: `Nieuwe Binnenweg
      // 17-19, Oude Westen, Rotterdam`, when they run to the end of the line)
      // (round 18: a floor or flat part may stand before the town: `Rua Rainha Ginga, n.º 29, 5.º andar, Luanda`)
      const unit = (seg: Segment) => !seg.newline && isUnitSegment(text.slice(seg.start, seg.end));
      const run = segs.slice(last + 1, last + 3);
      const sameLineTowns =
        strong &&
        run.some((seg) => seg.town) &&
        run.every((seg) => (seg.town || unit(seg)) && !seg.cut) &&
        lineEndsAt(text, run[run.length - 1]!.end);
      const townLine = (k: number) =>
        (segs[k]!.town || (sameLineTowns && unit(segs[k]!))) &&
        !segs[k]!.cut &&
        (segs[k]!.newline || ((sameLineTowns || townPair) && k <= last + 2));
      for (let k = last + 1; k < segs.length && k <= last + 3 && townLine(k); k++) end = segs[k]!.end;
    }
    yield { start: startAt, end: Math.max(end, segs[last]!.end) === end ? end : segs[last]!.end };
    while (i + 1 < segs.length && segs[i + 1]!.start < end) i++;
  }
}

/**
 * Round 22 (speed): what `classify` finds in a segment depends on the segment's text alone (every pattern reads the
 * slice, never the text around it), so a text that repeats segments (a table's town and country columns, a log's
 * lines, a form pasted many times) classifies each distinct one once. Kept with offsets from the segment's start;
 * at most CLASSIFIED_KEPT of them (segments are at most 200 characters), then the memo starts over; and it is emptied
 * when a text's reading ends.
 */
const classified = new Map<string, Segment>();
const CLASSIFIED_KEPT = 2048;

function classifyOnce(text: string, seg: Segment): void {
  const raw = text.slice(seg.start, seg.end);
  let found = classified.get(raw);
  if (found === undefined) {
    found = { start: 0, end: raw.length, newline: false, cut: false };
    classify(raw, found);
    if (classified.size >= CLASSIFIED_KEPT) classified.clear();
    classified.set(raw, found);
  }
  const at = seg.start;
  seg.end = at + found.end;
  if (found.street) seg.street = { ...found.street, from: at + found.street.from };
  if (found.streetName) seg.streetName = { ...found.streetName, from: at + found.streetName.from };
  if (found.house !== undefined) seg.house = found.house;
  if (found.houseTail !== undefined) seg.houseTail = at + found.houseTail;
  if (found.houseWord !== undefined) seg.houseWord = found.houseWord;
  if (found.poBox !== undefined) seg.poBox = at + found.poBox;
  if (found.postal) seg.postal = { ...found.postal, from: at + found.postal.from, to: at + found.postal.to };
  if (found.town !== undefined) seg.town = found.town;
}

/** The line after the street holds two town segments and nothing else: `Kelburn, Wellington City`. */
function townPairLine(text: string, segs: readonly Segment[], last: number): boolean {
  const [a, b, c] = [segs[last + 1], segs[last + 2], segs[last + 3]];
  if (!a?.newline || !a.town || a.cut || !b?.town || b.newline || b.cut) return false;
  return (c === undefined || c.newline || c.cut) && lineEndsAt(text, b.end);
}

/** Round 16: a number filling a table cell under an `id` or `total` header (address-table-cells.ts) is no house number. */
function tableValue(text: string, seg: Segment): boolean {
  const value = text.slice(seg.start, seg.end);
  const start = seg.start + value.search(/\S|$/);
  return /^\s*\p{Nd}+\s*$/u.test(value) && isOtherColumnNumber(text, start, start + value.trim().length);
}

/** Whether only sentence punctuation, a closing quote or bracket, or nothing stands between `at` and the line end. */
function lineEndsAt(text: string, at: number): boolean {
  return /^[ \t.!?"'`)\];]{0,5}(?:\r?\n|$)/.test(text.slice(at, at + 7));
}

/** Address blocks anywhere in the text, one paragraph at a time so each segment list stays small. */
export function* findAddressBlocks(text: string): Iterable<Range> {
  try {
    yield* blocksOfText(text);
  } finally {
    // the memo's keys are slices of this text: kept, they would keep the whole text alive after it is redacted
    classified.clear();
  }
}

function* blocksOfText(text: string): Iterable<Range> {
  let from = 0;
  while (from < text.length) {
    let to = text.indexOf('\n\n', from);
    if (to === -1) to = text.length;
    // Long paragraphs are cut into 4 KB windows at a line break; an address spans a few lines at most.
    while (to - from > 4096) {
      // lastIndexOf on the window only: on the whole text it would scan back to the start when there is no line break
      const cutAt = text.slice(from, from + 4096).lastIndexOf('\n');
      const stop = cutAt > 0 ? from + cutAt : from + 4096;
      if (NUMBERED.test(text.slice(from, stop))) yield* blocksIn(text, from, stop);
      from = stop + 1;
    }
    if (NUMBERED.test(text.slice(from, to))) yield* blocksIn(text, from, to);
    from = to + 2;
  }
}
