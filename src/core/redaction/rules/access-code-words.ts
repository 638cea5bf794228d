// Round 21: the code that opens a door, a gate, an alarm, a safe or the Wi-Fi, as a family — the word for the code and
// the thing it opens, in either order or as one compound, in the languages below — instead of one phrase per language
// (round 19's and 20's `DOOR_CODE_WORDS` in password-context.ts, which spreads these in). Regex sources, matched
// case-insensitively at a word start by password-context.ts's word pattern.
import { ACCESS_CODE_PHRASES_ROUND22, ACCESS_CODE_WORDS_ROUND22, ACCESS_OBJECTS_ROUND22 } from './access-code-words-round22';
/** Round 21: what an access code opens, in the languages the code words below are written in: doors, gates, the
 *  building's entrance and intercom, alarms, safes and key boxes, garages, locks and the Wi-Fi. Real sentences of the
 *  public code index give some of them as people write them — a Spanish notes bot's "apunta: código del portal 4582",
 *  an Italian notes app's tests "Il codice del cancello è 4521" and "Codice del cancello 4512", a rental app's
 *  placeholder "Il codice del cancello, il vicino che apre…"; the rest (and every inflection) are written from
 *  memory. Kept to nouns that name a thing with a lock: no word for a page, a portal of the web or a form. */
const ACCESS_OBJECTS = [
  // English, German, Dutch, Scandinavian
  'door', 'front\\s?door', 'gate', 'garage', 'alarm', 'safe', 'lock\\s?box', 'key\\s?(?:box|safe)', 'keysafe', 'intercom', 'padlock', 'building', 'entrance',
  'haust(?:ü|ue)r', 't(?:ü|ue)r', 'tor', 'gartentor', 'alarmanlage', 'tresor', 'schl(?:ü|ue)sselkasten', 'schl(?:ü|ue)sseltresor', 'eingang', 'haus(?:eingang)?', 'wlan', 'wi-?fi',
  'deur', 'voordeur', 'poort', 'hek', 'kluis', 'sleutelkastje', 'd(?:ö|ø|o)rr?', 'grind', 'larm', 'kassask(?:å|a)p',
  // Romance
  'puerta', 'portal', 'port(?:ó|o)n', 'verja', 'reja', 'alarma', 'caja\\s?fuerte', 'garaje', 'candado', 'edificio', 'porta', 'port(?:ã|a)o', 'alarme',
  'cofre', 'garagem', 'cadeado', 'pr(?:é|e)dio', 'portone', 'cancello', 'allarme', 'cassaforte', 'lucchetto', 'citofono', 'porte', 'portail',
  'coffre(?:-fort)?', 'cadenas', 'interphone', 'immeuble', 'u(?:ș|ş|s)ii', 'por(?:ț|ţ|t)ii', 'alarmei', 'seifului',
  // Slavic, Vietnamese
  'drzwi', 'bramy', 'furtki', 'alarmu', 'sejfu', 'gara(?:ż|z)u', 'domofonu', 'k(?:ł|l)(?:ó|o)dki', 'dve(?:ř|r)(?:í|i)', 'br(?:á|a)ny', 'trezoru',
  'c(?:ử|u)a', 'c(?:ổ|o)ng', 'k(?:é|e)t(?:\\s?s(?:ắ|a)t)?', 'kh(?:ó|o)a', 'b(?:á|a)o\\s?(?:độ|do)ng',
  ...ACCESS_OBJECTS_ROUND22,
].join('|');
/** Round 21: the word for the code, of the languages above (`Code`, `código`, `codice`, `kod`, `codul`, `mã`), before
 *  its object with up to three short words between (`Code für die Haustür`, `código del portal`, `codul ușii`, `mã cửa`,
 *  `combinación de la caja fuerte`); or after it as languages with a genitive suffix write it (Turkish `Kasanın
 *  şifresi`, `kapı kodu`, Finnish `portin koodi`); or glued into one compound (`Alarmcode`, `Garagentorcode`, `larmkod`,
 *  `kapukód`). A PIN word then reads the digits after it (pinDigits), as `door code` did. */
const ACCESS_CODE_WORD = `(?:code|kode|koden|kod|koodi|kood|k(?:ó|o)d|codul|cod|codice|c(?:ó|o)digo|m(?:ã|a)|combinaci(?:ó|o)n|combinazione|combination|kombination|pin|${ACCESS_CODE_WORDS_ROUND22})`;
export const ACCESS_CODE_PHRASES = [
  `${ACCESS_CODE_WORD}(?:\\s{1,2}[\\p{L}'’]{1,6}){0,3}\\s{1,2}(?:${ACCESS_OBJECTS})`,
  // Turkish and Finnish: the object (with its genitive ending) first, then the code or password word with its
  // possessive ending (`kasanın şifresi`, `kapının kodu`, `alarmın şifresi`, `portin koodi`, `hälytyskoodi`)
  '(?:kap(?:ı|i)|kasa|alarm|garaj|kilit|bina|site|kap(?:ı|i)c(?:ı|i)|wifi|modem)(?:n?(?:ı|i|u|ü)n)?\\s{1,2}(?:(?:ş|s)ifre|kod)(?:si|su|u|i)?',
  // round 23: and Finnish genitives of more objects — the alarm's (`hälytyksen koodi`, `hälyttimen koodi`), the
  // lock's, the key cabinet's, the letterbox's, the house's (written from memory)
  '(?:oven|portin|h(?:ä|a)lytys|h(?:ä|a)lytyksen|(?:murto)?h(?:ä|a)lyttimen|kassakaapin|avainkaapin|avainlaatikon|lukon|postilaatikon|autotallin|rapun|talon|porttikongin)\\s?koodi',
  // compounds: the object glued to the code word (`Alarmcode`, `Torcode`, `Garagencode`, `larmkod`, `kapukód`); the
  // English `alarm code` written apart stays out, as round 19 decided (machines report alarm codes: `the active alarm
  // code is 4140`), and a number a colon and words follow is such a code too (`Alarmcode 2045: Spindel`, below)
  '(?:alarm|garagen?(?:tor)?|gartentor|tor|t(?:ü|ue)r|poort|hek|kluis|larm|port|grind|d(?:ø|o)r|kapu|ajt(?:ó|o)|riaszt(?:ó|o)|sejf|trezor)-?(?:code|kode|kod|k(?:ó|o)d|koodi)',
  ...ACCESS_CODE_PHRASES_ROUND22,
];
