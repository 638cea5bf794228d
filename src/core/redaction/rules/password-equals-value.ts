// Round 16: a password that holds `=` (`Cluj=Tartu8`, `koala=biscuit+44`, `VU19171=tirana`) after a password word.
// The shape test turns `name=value` tokens away (`length=12`, `user=admin`, `Server=db01`), since a setting written
// near a password word is common in notes and config; but a setting pairs a name as code writes names with a value
// as config writes values. A token whose two sides are not that pair is a value someone chose, whatever the
// language of the sentence around it ("Paroli: Orinoco=Pumpkin_7", "Geslo za Wi-Fi: limpopo=juniper+44").

/** A name as code and config write them: `length`, `min_len`, `sslMode`, `PORT`, `Server`, `Initial_Catalog`. A
 *  digit inside a word (`B1scu1t`) or a run of three (`VU19171`) is no name's. Leading `_` is the rest of a name glued
 *  to the password word (`PASSWORD_MIN_LENGTH=12`). */
const CONFIG_NAME = /^[_$]*(?:[a-z][a-z\d]*(?:[_.-][a-z\d]+)*|[A-Z][A-Z\d]*(?:_[A-Z\d]+)*|[A-Za-z][a-z\d]*(?:[A-Z][a-z\d]*)*)$/;

/** A value as config writes it: a number (with a unit), a flag word, a lower-case word or host, an UPPER constant, a
 *  capitalised word, or an identifier of letters only (`SpecialBill_PROD`, `MyApp.Web`). */
const CONFIG_VALUE = /^(?:\d+(?:\.\d+)*[a-z%]{0,3}|[a-z\d]+(?:[_.:/-][a-z\d]+)*|[A-Z\d]+(?:_[A-Z\d]+)*|[A-Z][a-z]+|[A-Za-z_]+(?:\.[A-Za-z_]+)*)$/;

/** `A=B` with one `=`, two sides of two characters or more. */
const ONE_EQUALS = /^([^=\s]{2,40})=([^=\s]{2,40})$/u;

/**
 * True when a token shaped `name=value` is no setting but a chosen password: one `=` only, no list separator (a
 * connection string's `Catalog=X;Data` is settings), and either side unlike the setting's (a name with digits inside
 * a word or a run of them, a value mixing cases with digits or holding a symbol).
 */
export function chosenEqualsValue(value: string): boolean {
  const m = ONE_EQUALS.exec(value);
  if (!m || /[;&,|]/.test(value)) return false;
  const [, name, setting] = m as unknown as [string, string, string];
  // a secret's own name (`pass=Secret99`, `pwd=…`): the assignment rules take the value after it
  if (/^(?:pass|pwd|pw|secret|token|key|user|login|auth)/i.test(name)) return false;
  const nameLike = CONFIG_NAME.test(name) && !/\d{3}|\p{L}\d+\p{L}/u.test(name);
  if (nameLike && CONFIG_VALUE.test(setting)) return false;
  // both sides must carry letters or digits: `==`, `a=-`, `x=*` are operators and masks
  return /[\p{L}\p{N}]{2}/u.test(name) && /[\p{L}\p{N}]/u.test(setting);
}
