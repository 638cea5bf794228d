// Where a turn sits among the others: the one before it, whether only new messages follow it, which turn shows a
// message. Read from the page around the turn (its siblings first, the common layout), so that what each costs
// does not grow with the conversation; document order is the fallback for nested layouts.

/** The turn before this one: siblings first (cheap, the common layout), document order for nested layouts. */
export function previousTurn(turn: Element, selector: string, doc: Document): Element | undefined {
  for (let s = turn.previousElementSibling, i = 0; s && i < 20; s = s.previousElementSibling, i++) if (s.matches(selector)) return s;
  let prev: Element | undefined;
  for (const t of doc.querySelectorAll(selector)) {
    if (t === turn) break;
    prev = t;
  }
  return prev;
}

/**
 * Only messages not seen before follow this turn (`known`: the turn shows a message seen before; a just-sent prompt
 * may already be followed by its answer's placeholder). A row a virtualised list mounts above known messages is
 * not new. Sibling walk first; for nested layouts, every turn after it in document order (`turnsAfter`: it reads
 * only what follows the turn, not the conversation before it).
 */
export function isNewestTurn(turn: Element, selector: string, known: (turn: Element) => boolean): boolean {
  let sawSibling = false;
  for (let s = turn.nextElementSibling, i = 0; s && i < 50; s = s.nextElementSibling, i++) {
    if (!s.matches(selector)) continue;
    sawSibling = true;
    if (known(s)) return false;
  }
  if (sawSibling || !turn.parentElement) return true;
  return turnsAfter(turn, selector).every((t) => !known(t));
}

/**
 * The elements matching `selector` after `el` in document order (those inside it, then those beside it and beside
 * each of its ancestors): what `querySelectorAll` on the document lists after it, without walking what comes before.
 */
export function turnsAfter(el: Element, selector: string): Element[] {
  const found = [...el.querySelectorAll(selector)];
  for (let at: Element | null = el; at; at = at.parentElement) {
    for (let s = at.nextElementSibling; s; s = s.nextElementSibling) {
      if (s.matches(selector)) found.push(s);
      found.push(...s.querySelectorAll(selector));
    }
  }
  return found;
}

/** The turn showing `messageId` now (`slots`: what each turn showed when last read). Only at a user action or a
 * page exit: it lists every turn. */
export function turnShowing(doc: Document, selector: string, slots: WeakMap<Element, string>, messageId: string): Element | null {
  for (const turn of doc.querySelectorAll(selector)) if (slots.get(turn) === messageId) return turn;
  return null;
}
