// A post-office box is an address by itself: where streets have no numbers or mail is not delivered to the door
// (much of Africa, the Gulf, rural Americas), `P.O. Box 30123-00100, Nairobi` or `Casilla 123, Santiago` is the
// whole address, with no street or postcode line for the other rules to start from. Only the box words that name
// nothing else are used (not a bare `Box`, `BP`, `CP` or `PL`, which the block rules read only beside a postcode
// line); the number may carry the post office's code after a dash (Kenya), and the town after it is taken.
import type { Range, RedactionRule } from '../types';

const BOX_WORDS = [
  // round 13: the dots and spaces of `P.O. Box` in any combination (`P.O Box`, `P O Box`, `PO Box`)
  'p\\.? ?o\\.? ?box', 'p\\. ?o\\. ?b\\.', 'post office box', 'gpo box', 'locked bag', 'postfach', 'boîte postale', 'b\\. ?p\\.',
  'case postale', 'postbus', 'postboks', 'postbox', 'casella postale', 'apartado(?: de correos| postal)', 'casilla(?: de correos?)?',
  'caixa postal', 'cx\\. postal', 'skrytka pocztowa', 's\\. ?l\\. ?p\\.', 'а/я', 'абонентский ящик', 'п/я',
  // round 12: Nigeria's private mail bags, Ukrainian, Turkish, Hungarian, Greek, Czech, Romanian, Indonesian, Malay,
  // Vietnamese, Japanese, Korean and Chinese box words, and Canada's `CP 218, succ. …` (a bare CP only before its station)
  'p\\.? ?m\\.? ?b\\.?', 'private (?:mail )?bag', 'а/с', 'абонентська скринька', 'posta kutusu', 'postafiók', 'ταχυδρομική θυρίδα',
  'τ\\. ?θ\\.', 'poštovní přihrádka', 'căsuța poștală', 'kotak pos', 'peti surat', 'hộp thư', '私書箱', '사서함', '邮政信箱', '郵政信箱',
  'c\\.? ?p\\.?(?=[ \\t]*\\p{Nd}{1,6},?[ \\t]+(?:succ|stn|station)\\b)',
  // round 13: French Africa's bare `BP` (`BP. 2512`, `BP 17 Bis`, `BP-755`): upper case and only with its town after it
  'bp\\.?(?=[ \\t-]?\\p{Nd})',
].join('|');
/** Mail held at the post office for collection: no number, so the town (and postcode) after it must be there. */
const HELD_WORDS = ['general delivery', 'poste restante', 'lista de correos', 'posta restante', 'postlagernd', 'до востребования', 'gpo'].join('|');

/** A capitalised town of up to three words (`Dar es Salaam`, `Nairobi`), after a comma, a line break or a space. */
const TOWN = "\\p{Lu}[\\p{L}\\p{M}'’-]+(?: (?:\\p{Lu}[\\p{L}\\p{M}'’-]+|es|de|la|el|al|do|da|di)){0,3}";

const BOX = new RegExp(
  // round 15: French West Africa's postal zone before `BP` (`06 B.P. 37 ABIDJAN 06`, `01 BP 1234 Cotonou`)
  `(?<![\\p{L}\\p{Nd}])(?:(?:\\p{Nd}{2}[ \\t](?=b\\.? ?p))?(?:${BOX_WORDS})[ \\t]*(?:n[o°º]\\.?[ \\t]*|-)?\\p{Nd}{1,6}(?:-\\p{Nd}{3,5})?(?: bis\\b)?(?![\\p{Nd}/])` +
    `|(?:${HELD_WORDS})(?=[ \\t]*[,\\n]))`,
  'giu',
);
/** Case-sensitive, unlike the box words: the town must be capitalised. */
/** Canada's delivery station after the box (`CP 218, succ. Place-d'Armes`, `PO Box 5 STN A`). */
const STATION_AFTER = new RegExp(`^,?[ \\t]+(?:succ\\.?|succursale|SUCC\\.?|STN\\.?|Stn\\.?|Station)[ \\t]+(?:${TOWN}|[A-Z])(?![\\p{L}\\p{Nd}])`, 'u');
/**
 * The town (`м. Львів`, `г. Киев` with their town word, `101 Antananarivo` after its postcode), and a postcode after
 * it (`Marfa TX 79843`, `Montréal QC  H2Y 3G7`, `Port Moresby 111`).
 */
const TOWN_AFTER = new RegExp(
  `^(?:[ \\t]*[,\\n][ \\t]*|[ \\t]+(?=\\p{Lu}{3,}(?![\\p{Ll}])))(?:(?:м|г|с|смт)\\.[ \\t]?|\\p{Nd}{3,6}[ \\t])?${TOWN}(?![\\p{L}\\p{Nd}])` +
    // round 15: the town's postal zone after it (`ABIDJAN 06`, `MONROVIA 10`), closing its line or segment
    `(?:[ \\t]\\p{Nd}{2}(?=[ \\t]*(?:$|[\\n,.])))?` +
    `(?:,?[ \\t]{1,2}(?:[A-Z]{2}[ \\t]{1,2})?(?:[A-Z]\\d[A-Z] ?\\d[A-Z]\\d|\\p{Nd}{3,6}(?:-\\p{Nd}{4})?)(?![\\p{L}\\p{Nd}]))?`,
  'u',
);

export const poBoxRule: RedactionRule = {
  id: 'po-box',
  kind: 'postal_address',
  level: 'strict',
  // above the phone rule: the box number (`30123-00100`) is no phone number once a box word names it
  priority: 55,
  description: 'Post-office box in ~35 languages (P.O. Box, Postfach, Casilla, Caixa Postal, S.L.P., а/я, P.M.B., 私書箱…) with its number and the town after it; round 12: held mail (General Delivery, Poste restante) before its town',
  *find(text: string): Iterable<Range> {
    for (const m of text.matchAll(new RegExp(BOX.source, BOX.flags))) {
      let end = m.index + m[0].length;
      const station = STATION_AFTER.exec(text.slice(end, end + 60));
      // a bare `CP` is a box only with its station after it
      if (!station && /^c\.? ?p/i.test(m[0])) continue;
      const bareBp = /^(?:\p{Nd}{2}[ \t])?bp/iu.test(m[0]);
      // the General Post Office's held mail only in capitals (`GPO\n1000 MONROVIA`): `gpo` is an identifier too
      if (/^gpo$/i.test(m[0]) && m[0] !== 'GPO') continue;
      if (bareBp && !/^(?:\p{Nd}{2}[ \t])?BP/u.test(m[0])) continue;
      if (station) end += station[0].length;
      const town = TOWN_AFTER.exec(text.slice(end, end + 80));
      // held mail names no box, and a bare BP may be anything else: the town says where
      if (!town && (bareBp || !/\p{Nd}/u.test(m[0]))) continue;
      if (town) end += town[0].length;
      // round 13: a suburb before the town (`P.O Box 5053, Boroko, Port Moresby 111`): one or two more towns, taken
      // only when the last carries its postcode, so the sentence after a box (`…, Nairobi, Thanks`) stays out
      for (let more = 0, at = end; town && more < 2; more++) {
        const next = TOWN_AFTER.exec(text.slice(at, at + 80));
        if (!next) break;
        at += next[0].length;
        if (/\p{Nd}/u.test(next[0])) end = at;
      }
      yield { start: m.index, end };
    }
  },
};
