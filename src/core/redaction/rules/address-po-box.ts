// A post-office box is an address by itself: where streets have no numbers or mail is not delivered to the door
// (much of Africa, the Gulf, rural Americas), `P.O. Box 30123-00100, Nairobi` or `Casilla 123, Santiago` is the
// whole address, with no street or postcode line for the other rules to start from. Only the box words that name
// nothing else are used (not a bare `Box`, `BP`, `CP` or `PL`, which the block rules read only beside a postcode
// line); the number may carry the post office's code after a dash (Kenya), and the town after it is taken.
import type { Range, RedactionRule } from '../types';

const BOX_WORDS = [
  'p\\. ?o\\. ?box', 'po ?box', 'p\\. ?o\\. ?b\\.', 'post office box', 'gpo box', 'locked bag', 'postfach', 'boîte postale', 'b\\. ?p\\.',
  'case postale', 'postbus', 'postboks', 'postbox', 'casella postale', 'apartado(?: de correos| postal)', 'casilla(?: de correos?)?',
  'caixa postal', 'cx\\. postal', 'skrytka pocztowa', 's\\. ?l\\. ?p\\.', 'а/я', 'абонентский ящик', 'п/я',
].join('|');

/** A capitalised town of up to three words (`Dar es Salaam`, `Nairobi`), after a comma, a line break or a space. */
const TOWN = "\\p{Lu}[\\p{L}\\p{M}'’-]+(?: (?:\\p{Lu}[\\p{L}\\p{M}'’-]+|es|de|la|el|al|do|da|di)){0,3}";

const BOX = new RegExp(`(?<![\\p{L}\\p{Nd}])(?:${BOX_WORDS})[ \\t]*(?:n[o°º]\\.?[ \\t]*)?\\p{Nd}{1,6}(?:-\\p{Nd}{3,5})?(?![\\p{Nd}])`, 'giu');
/** Case-sensitive, unlike the box words: the town must be capitalised. */
const TOWN_AFTER = new RegExp(`^[ \\t]*[,\\n][ \\t]*${TOWN}(?![\\p{L}\\p{Nd}])`, 'u');

export const poBoxRule: RedactionRule = {
  id: 'po-box',
  kind: 'postal_address',
  level: 'strict',
  // above the phone rule: the box number (`30123-00100`) is no phone number once a box word names it
  priority: 55,
  description: 'Post-office box in ~20 languages (P.O. Box, Postfach, Casilla, Caixa Postal, S.L.P., а/я…) with its number and the town after it',
  *find(text: string): Iterable<Range> {
    for (const m of text.matchAll(new RegExp(BOX.source, BOX.flags))) {
      const end = m.index + m[0].length;
      const town = TOWN_AFTER.exec(text.slice(end, end + 80));
      yield { start: m.index, end: end + (town ? town[0].length : 0) };
    }
  },
};
