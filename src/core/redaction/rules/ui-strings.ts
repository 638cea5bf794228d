// Round 13: the strings of a user interface, given to password-named keys in localisation tables and form
// definitions (`"create_password": "Lag nytt passord"`, `"one_time_password": "Engangskode:"`, `new_password: Neues
// Passwort`, `"passwordNotEqual": "Passordene er ikke like"`). Such a key names the screen or message, and its value is
// text a person reads, in any language — the shape of a label or message, not of a chosen password. Kept apart from
// the assignment scanner (assignments.ts), which asks this file once per candidate value.
import { holdsPasswordWord } from './password-context';

/** Words of letters only (any script, `'`, `’`, `-` inside), one space apart, with a sentence's end or a label's colon. */
const WORDS = /^\p{L}[\p{L}\p{M}'’-]*(?: \p{L}[\p{L}\p{M}'’-]*){0,7}[ \u00a0]?[.:!?…]?$/u;

/** A value that is interface text about a password, not one: words naming the password itself (`Lagre passord`,
 *  `Contraseña incorrecta`), a label ending in a colon (`Engangskode:`), or a phrase in sentence case — a capital
 *  first and none after (`Send engangskode`, `Ugyldig engangskode`); a passphrase is written in one case (`open
 *  sesame`, `correct horse battery staple`) or glued. No digit or symbol of a chosen password may be in it. */
export function passwordUiText(value: string): boolean {
  if (!WORDS.test(value)) return false;
  if (/:$/.test(value) || holdsPasswordWord(value)) return true;
  const words = value.replace(/[ \u00a0]?[.:!?…]$/, '').split(' ');
  return words.length >= 2 && /^\p{Lu}/u.test(words[0]!) && !/\p{Lu}/u.test(words.slice(1).join(' ')) && !/\p{Lu}/u.test(words[0]!.slice(1));
}
