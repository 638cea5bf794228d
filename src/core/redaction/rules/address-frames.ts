// Round 15: the frames messages put around an address block that no word for address introduces. Address
// formatters (OpenCage's address-formatting templates, Google's libaddressinput) write a street with no house number
// where the country has none (`Queens Road\nGaborone`, `Rue 415\nBamako`), and people paste such blocks under a
// recipient or sender label (`To`, `Remitente:`, `Empfänger:`), in a signature after a sign-off or the `-- ` line,
// quoted with `> ` in a reply, or with the question about them in the next paragraph (`… can you check this
// address?`). These frames are introductions of their own; address-introduced.ts reads what follows them as it
// reads an introduced address, but only a block holding a street counts (a name and a team are places too).
// Sign-off lines are never places: `Regards,\nFacilities team` is not a town and its district.
import { allMatches, releaseScanner, takeScanner } from './regex-scan';
import { separatorOf } from './table-cells';

/**
 * A recipient or sender label alone on its line or before a colon (`To`, `Remitente:`, `Destinataire :`,
 * `Empfänger:`), in the languages of the address words, and the hyphenated form labels of invoices (`Ship-to`,
 * `Bill-to`, `Deliver-to`). A short word (`To`, `An`, `À`, `Para`) counts only alone on its line or before a colon
 * that ends it, as a letter or a form writes it.
 */
const LABEL_WORDS = [
  'recipient', 'sender', 'consignee', 'addressee', 'destinatari[oa]', 'remitente', 'remetente', 'destinat[aá]rio', 'destinataire', 'exp[ée]diteur',
  'mittente', 'absender', 'empf[aä]nger', 'afzender', 'ontvanger', 'geadresseerde', 'avs[aä]ndare', 'mottagare', 'afsender', 'modtager',
  'avsender', 'mottaker', 'nadawca', 'odbiorca', 'odes[ií]latel', 'p[řr][ií]jemce', 'odosielate[lľ]', 'pr[ií]jemca', 'felad[oó]', 'c[ií]mzett',
  'expeditor', 'destinatar', 'po[sš]iljatelj', 'primatelj', 'g[oö]nderen', 'al[ıi]c[ıi]', 'vastaanottaja', 'l[aä]hett[aä]j[aä]', 'sendandi',
  'viðtakandi', 'saaja', 'saatja', 'siuntėjas', 'gavėjas', 'sūtītājs', 'saņēmējs', 'отправитель', 'получатель', 'відправник', 'одержувач',
  'подател', 'получател', 'pengirim', 'penerima', 'mpandefa', 'mpandray',
];
const SHORT_LABELS = ['to', 'from', 'an', 'von', 'à', 'a', 'de', 'para', 'aan', 'van', 'til', 'fra', 'till', 'från', 'do', 'od', 'pour', 'für', 'kime', 'kimden'];
const FRAME_LABEL = new RegExp(
  `(?<![\\p{L}\\p{Nd}.-])(?:(?:${LABEL_WORDS.join('|')})(?=[ \\t]*[:：\\r\\n])|(?:ship|bill|sold|deliver|mail)-to(?![\\p{L}\\p{Nd}])|` +
    `^[ \\t]{0,20}(?:${SHORT_LABELS.join('|')})(?=[ \\t]*[:：]?[ \\t]*\\r?\\n))`,
  'gimu',
);

/**
 * Words that place what follows without naming an address: a send verb and its preposition in the Nordic, Dutch and
 * French ways (`sende pakken til`, `skicka till`, `opsturen naar`, `envoyer le colis à`), where a business is (`office`,
 * `venue`, `Standort`, `siège`, `sede`) before a colon, a dash or `is`, and a move (`umgezogen:`, `moved:`). The match
 * runs to where the address must start; the caller checks that a capital or a digit stands there (the pattern is
 * case-insensitive, so it cannot).
 */
const PLACE_WORDS = [
  'office', 'offices', 'venue', 'location', 'premises', 'headquarters', 'hq', 'branch', 'warehouse', 'pickup(?: point| location)?',
  'pick-up(?: point| location)?', 'drop-off(?: point)?', 'meeting point', 'büro', 'sitz', 'standort', 'filiale',
  'bureau', 'siège', 'locaux', 'sede', 'ufficio', 'oficina', 'sucursal', 'escritório', 'loja', 'kantoor', 'vestiging', 'kontor',
  'kontoret', 'biuro', 'siedziba', 'kancelář', 'sídlo', 'iroda', 'toimisto', 'umgezogen', 'moved', 'déménagé', 'verhuisd', 'flyttet', 'flyttat',
];
const SEND_TO = [
  '(?:sende|send|skicke|skicka|sende|levere|leverer|lever|opsturen|sturen|versturen|verzenden|envoyer|envoyez|livrer|livrez|expédier)' +
    '(?: [\\p{Ll}\\p{M}]{1,12}){0,2} (?:til|till|naar|à|au)',
];
const PLACE_LABEL = new RegExp(
  `(?<![\\p{L}\\p{Nd}.-])(?:(?:${PLACE_WORDS.join('|')})(?=[ \\t]*(?:[:：—–]|is |ist |est |è |es |er |är )[ \\t]*)|${SEND_TO.join('|')})(?![\\p{L}\\p{Nd}])` +
    // the address right after the label (`office is at`, `Standort:`), never after more words (`office is closed on…`) nor a URL
    '(?:[ \\t]*(?:[:：—–]|(?:is|ist|est|è|es|er|är)(?: (?:at|in|an|à|a|en|på|i))?))?[ \\t]*(?:\\r?\\n[ \\t]*)?(?![\\p{L}]{2,10}:\\/\\/)',
  'giu',
);

/** A vCard's ADR property (RFC 6350): `ADR;TYPE=WORK:` and the empty box and extended fields before the street. */
export const VCARD_ADR = /^(?:item\d{1,2}\.)?ADR(?:;[^:\n]{0,60})?:(?:[^;\n]{0,40};){0,2}/gimu;

/** A table column holding addresses by its header (`Adress`, `shipping_address`, `ship_to`), not an e-mail's or IP's. */
const ADDRESS_FIELD =
  /^(?:[\p{L}_ -]{0,20}[_ -])?(?:address(?:e|es)?|addr|adres(?:a|i|e|ă|se)?|adress|anschrift|direcci[oó]n|endere[cç]o|indirizzo|osoite|cím|naslov|adresas|адрес[ау]?|ship[_ -]?to|\p{Ll}{3,20}(?:adresse|adress|adres|anschrift|osoite))\d?$/iu;
const NOT_POSTAL_FIELD = /(?:^|[_ -])(?:e-?mail|ip|mac|web|url|wallet|host|server)(?:$|[_ -])/i;
export const isAddressField = (field: string) => !NOT_POSTAL_FIELD.test(field) && ADDRESS_FIELD.test(field);

/**
 * A table whose header names an address column (`| Kund | Adress |`, `customer_id,address`, `order_id;ship_to`):
 * where each cell of that column starts in the rows under it (at most 50 rows, each at most 400 characters; the
 * rows are not read again as headers, so each line is read once).
 */
function addressColumnCells(text: string): number[] {
  const starts: number[] = [];
  const lines = /^[^\n]{3,400}$/gmu;
  let header: RegExpExecArray | null;
  while ((header = lines.exec(text)) !== null) {
    const line = header[0];
    const sep = separatorOf(line);
    if (sep === '') continue;
    const fields = line.split(sep).map((f) => f.trim().replace(/^["']|["']$/g, ''));
    if (fields.length < 2 || fields.length > 12 || !fields.every((f) => f.length <= 30)) continue;
    const column = fields.findIndex((f) => f !== '' && isAddressField(f));
    if (column === -1) continue;
    let at = header.index + line.length;
    for (let row = 0; row < 50 && at < text.length; row++) {
      const next = text.indexOf('\n', at + 1);
      const rowText = text.slice(at + 1, next === -1 ? text.length : next);
      if (rowText.length > 400 || !rowText.includes(sep)) break;
      at = next === -1 ? text.length : next;
      if (/^[\s|:-]+$/.test(rowText)) continue; // a Markdown table's rule line
      let field = 0;
      let quoted = false;
      for (let i = 0; i <= rowText.length; i++) {
        if (field === column) {
          let start = i;
          while (start < rowText.length && /[ \t"']/.test(rowText[start]!)) start++;
          starts.push(at - rowText.length + start);
          break;
        }
        const ch = rowText[i];
        if (ch === '"') quoted = !quoted;
        else if (ch === sep && !quoted) field++;
      }
    }
    // the rows read are no header of their own: each line is read once
    lines.lastIndex = Math.max(lines.lastIndex, at);
  }
  return starts;
}

/**
 * A sign-off closing a message, alone on its line with its comma (`Regards,`, `Best regards`, `Cordialement,`,
 * `Mit freundlichen Grüßen`), or the `-- ` line that opens a signature: the lines after it are a name, a team and
 * often the sender's address.
 */
const SIGN_OFF_WORDS = [
  '(?:best |kind |warm |warmest |many |with )?regards', 'cheers', 'thanks', 'thank you', 'many thanks', 'sincerely(?: yours)?', 'yours(?: sincerely| truly| faithfully)?',
  'best(?: wishes)?', 'all the best', 'cordialement', 'bien (?:à vous|cordialement)', 'salutations(?: distinguées)?', 'amicalement',
  'mit freundlichen grüßen', 'mit freundlichen grüssen', 'freundliche grüße', 'viele grüße', 'beste grüße', 'liebe grüße', 'mfg', 'gruß', 'grüße',
  'saludos(?: cordiales)?', 'un saludo', 'atentamente', 'cordialmente', 'atenciosamente', 'abraços', 'obrigad[oa]', 'gracias',
  'cordiali saluti', 'distinti saluti', 'saluti', 'grazie', 'met vriendelijke groet(?:en)?', 'vriendelijke groet(?:en)?', 'groeten', 'mvg',
  'med vänliga hälsningar', 'vänliga hälsningar', 'hälsningar', 'med venlig hilsen', 'venlig hilsen', 'med vennlig hilsen', 'vennlig hilsen',
  'hilsen', 'ystävällisin terveisin', 'terveisin', 'pozdrawiam(?: serdecznie)?', 'z poważaniem', 's pozdravem', 's pozdravom', 'üdvözlettel',
  'cu stimă', 'cu respect', 'srdačan pozdrav', 'lp', 'saygılarımla', 'с уважением', 'з повагою', 'best,', 'tschüss', 'salut', 'ciao',
];
const SIGN_OFF = new RegExp(`^(?:${SIGN_OFF_WORDS.join('|')})[ \\t]*[,!.]?$`, 'iu');
const SIGN_OFF_LINE = new RegExp(`^[ \\t]*(?:(?:${SIGN_OFF_WORDS.join('|')})[ \\t]*[,!.]?|--[ \\t]?)[ \\t]*\\r?$`, 'gimu');

/** A segment that is a sign-off (`Regards`, `Mit freundlichen Grüßen`): never a place of an address. */
export function isSignOff(value: string): boolean {
  return value.length <= 40 && SIGN_OFF.test(value.trim());
}

/**
 * Where the signature lines after each sign-off start: the reading may begin at any of the next four lines (a name,
 * a title, a team come first); the caller takes the first start holding an address.
 */
function signatureStarts(text: string): number[][] {
  const out: number[][] = [];
  const re = takeScanner(SIGN_OFF_LINE);
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const starts: number[] = [];
    let at = m.index + m[0].length;
    for (let i = 0; i < 4 && at < text.length && text[at] === '\n'; i++) {
      at++;
      if (/^[ \t]*\r?(?:\n|$)/.test(text.slice(at, at + 20))) break;
      starts.push(at);
      const next = text.indexOf('\n', at);
      if (next === -1 || next - at > 90) break;
      at = next;
    }
    if (starts.length > 0) out.push(starts);
    if (m[0].length === 0) re.lastIndex++;
  }
  releaseScanner(SIGN_OFF_LINE, re);
  return out;
}

/** A word for address standing alone (not `ship to`), which a question after the block may hold. */
const ADDRESS_NOUN = /^[^\s'’]+$/u;
/** …not an IP's, e-mail's or memory's address, nor an address book, bar or space. */
const NOT_POSTAL_BEFORE = /(?<!\p{L})(?:ip|e-?mail|mail|web|mac|url|server|host|memory|wallet|return|proxy|ipv[46]|bitcoin|ethereum)[ -]?$/iu;
const NOT_POSTAL_AFTER = /^[ -]?(?:book|bar|space|field|list|range|pool|family|resolution|translation|sanitizer|line|lookup|format|validation)/i;

/**
 * A paragraph the next one points back to as an address (`> Bank Lane\n> Nassau\n\ncan you check this address?`,
 * `Rue 12\nDakar\n\nIs this address right?`): `word`, a word for address at `at`, in the first 80 characters of its
 * paragraph; the paragraph before (at most four lines, right before the blank line) is returned by its start.
 */
function paragraphPointedAt(text: string, at: number, word: string): number | null {
  if (!ADDRESS_NOUN.test(word) || NOT_POSTAL_BEFORE.test(text.slice(Math.max(0, at - 10), at).trimEnd())) return null;
  if (NOT_POSTAL_AFTER.test(text.slice(at + word.length, at + word.length + 14))) return null;
  return paragraphBefore(text, at);
}

function paragraphBefore(text: string, addressWord: number): number | null {
  const from = Math.max(0, addressWord - 82);
  const blanks = [...text.slice(from, addressWord).matchAll(/\n[ \t>]*\r?\n/g)];
  const blank = blanks.at(-1);
  if (!blank || text.slice(from + blank.index + blank[0].length, addressWord).includes('\n')) return null;
  const end = from + blank.index;
  let start = end;
  for (let lines = 0; lines < 5; lines++) {
    if (start === 0) return lines > 0 ? 0 : null;
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    if (/^[ \t>]*\r?$/.test(text.slice(lineStart, start))) return lines > 0 ? start + 1 : null;
    start = lineStart === 0 ? 0 : lineStart - 1;
    if (lineStart === 0) return 0;
  }
  return null;
}

/** Quote marks of a reply (`> `, `>> `) before a line's text: skipped as indentation is. */
export function quotePrefixEnd(text: string, from: number, to: number): number {
  let at = from;
  // only the 20 characters before are read, so a long line costs nothing per segment
  const before = text.slice(Math.max(0, at - 20), at);
  if (!(at <= 20 ? /(?:^|\n)[ \t>]*$/ : /\n[ \t>]*$/).test(before)) return at;
  while (at < to && /[ \t>]/.test(text[at]!)) at++;
  return at;
}

/**
 * Where an introduction leaves off: `intro` is its text from `index` (the label tail is read after it), or `starts`
 * lists where the address may begin; `frame` asks for a street, `signature` for a typed one, `cell` ends at the line.
 */
export interface Intro {
  index: number;
  intro: string;
  frame?: boolean;
  starts?: number[];
  signature?: boolean;
  cell?: boolean;
}

/** The frames of a text: labels, business places, table cells, signatures, paragraphs the word for address points back to. */
export function frameIntros(text: string, addressWords: RegExpMatchArray[]): Intro[] {
  return [
    ...allMatches(text, FRAME_LABEL).map((m) => ({ index: m.index, intro: m[0], frame: true })),
    ...allMatches(text, PLACE_LABEL)
      .filter((m) => /[\p{Lu}\p{Nd}]/u.test(text[m.index + m[0].length] ?? ''))
      .map((m) => ({ index: m.index, intro: m[0], frame: true, starts: [m.index + m[0].length] })),
    ...addressColumnCells(text).map((index) => ({ index, intro: '', frame: true, starts: [index], cell: true })),
    ...signatureStarts(text).map((starts) => ({ index: starts[0]!, intro: '', frame: true, starts, signature: true })),
    ...addressWords.flatMap((m) => {
      const start = paragraphPointedAt(text, m.index!, m[0]);
      return start === null ? [] : [{ index: start, intro: '', frame: true }];
    }),
  ];
}
