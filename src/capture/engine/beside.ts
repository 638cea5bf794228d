// Artifact cards a page draws beside the answer's element rather than inside it (a research report card between
// the prompt and the answer's short text, a document card after it): outside every turn, so a turn's own scope
// never sees them. They belong to the answer of the exchange they sit in. Which answer is told by structure first
// (the nearest container of the card that holds a turn holds exactly one answer: the entry it was drawn in), else
// by document order (after the exchange's prompt, before the next prompt: the answer nearest before the card,
// else the first after it). Side panels at the page's edge are not for this scope: they sit after every turn, so
// order would give them to the last answer; adapters find those from a card in the turn (kit `panelNamed`).
import { outermost } from '../sites/kit-parts';

/** Whether a turn shows an answer or a prompt (null: neither, e.g. a placeholder). */
type RoleOf = (turn: Element) => 'user' | 'assistant' | null;

/** The cards matching `selector`, outside every turn, that belong to the answer shown in `answer`. */
export function cardsBeside(answer: Element, selector: string, turnSelector: string, roleOf: RoleOf): Element[] {
  const root = answer.ownerDocument.documentElement;
  const cards = outermost(root, selector).filter((card) => !card.closest(turnSelector) && !card.querySelector(turnSelector));
  if (!cards.length) return [];
  const turns = [...root.querySelectorAll(turnSelector)];
  const roles = new Map<Element, 'user' | 'assistant' | null>();
  const role = (t: Element) => {
    if (!roles.has(t)) roles.set(t, roleOf(t));
    return roles.get(t)!;
  };
  return cards.filter((card) => answerOf(card, turns, role) === answer);
}

function answerOf(card: Element, turns: Element[], role: RoleOf): Element | null {
  for (let at = card.parentElement; at; at = at.parentElement) {
    const inside = turns.filter((t) => at.contains(t));
    if (!inside.length) continue;
    const answers = inside.filter((t) => role(t) === 'assistant');
    if (answers.length === 1) return answers[0]!;
    break;
  }
  const before: Element[] = [];
  const after: Element[] = [];
  for (const t of turns) (t.compareDocumentPosition(card) & Node.DOCUMENT_POSITION_FOLLOWING ? before : after).push(t);
  for (let i = before.length - 1; i >= 0 && role(before[i]!) !== 'user'; i--) if (role(before[i]!) === 'assistant') return before[i]!;
  for (const t of after) {
    if (role(t) === 'user') return null;
    if (role(t) === 'assistant') return t;
  }
  return null;
}
