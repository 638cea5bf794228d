// Round 16: the trunk `(0)` of an international number, in the two forms the plain `+44 (0)20 …` reading misses.
// Web pages copied from one template write the area code inside the trunk's parentheses and close it twice
// (`+962 (0)6) 200 8153`, `+232 (0)22) 227210`): the stray `)` belongs to neither. And Italy, San Marino and the
// Vatican dial the 0 from abroad too (`+39 06 …`, `+378 0549 …`), so `+378 (0)549 886530` is valid only with its 0
// kept; writers used to the British form still put it in parentheses.

/** The number as dialled from abroad: the `(0)` dropped, and a `)` closing nothing after the area code with it. */
export function withoutTrunk(value: string): string {
  const stray = /\(0\)\s?(\d{1,5})\)/.exec(value);
  if (stray && value.slice(0, stray.index).split('(').length === value.slice(0, stray.index).split(')').length) {
    return value.slice(0, stray.index) + stray[1]! + value.slice(stray.index + stray[0].length);
  }
  return value.replace(/\(0\)\s?/, '');
}

/** The same number with its 0 kept (`+378 0549 886530`), for the plans that dial it from abroad; none without `(0)`. */
export function withTrunkKept(value: string): string[] {
  return /\(0\)/.test(value) ? [withoutTrunk(value.replace(/\(0\)\s?/, '0'))] : [];
}
