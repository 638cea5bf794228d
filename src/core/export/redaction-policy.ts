// What an export redacts when nobody chose otherwise, and the one wording every page uses to say so. The
// onboarding, options and popup texts, the dataset card and the README's privacy paragraph are built from this
// module (the README is tested against it), and redaction-policy.test.ts checks each level's kinds against the rules
// the engine really runs at that level, so no page can promise a protection the export does not apply. Light on
// purpose (types only, no detector code): pages import it at first paint.
import { KIND_LABEL, REDACTION_LEVELS, type RedactionKind, type RedactionLevel } from '../redaction/types';

/** Personal exports (no study) redact at this level unless the person turns redaction off. */
export const DEFAULT_REDACTION_LEVEL: RedactionLevel = 'standard';

/** What the person can pick as their default in Options: a level, or no redaction at all. */
export const REDACTION_CHOICES = ['off', ...REDACTION_LEVELS] as const;
export type RedactionChoice = (typeof REDACTION_CHOICES)[number];

/** Who set the level an export used: nobody (the default), the person (Options or the popup switch), their study. */
export const REDACTION_CHOOSERS = ['default', 'person', 'study'] as const;
export type RedactionChooser = (typeof REDACTION_CHOOSERS)[number];

export interface ExportRedaction {
  level: RedactionChoice;
  disabledRules?: string[];
  chosenBy: RedactionChooser;
}

const SECRETS: readonly RedactionKind[] = ['api_key', 'private_key', 'jwt', 'password', 'secret'];
const STANDARD: readonly RedactionKind[] = [...SECRETS, 'email', 'phone', 'payment_card', 'iban'];

/** The kinds each level replaces (levels nest). The unit test holds this to the engine's `rulesFor(level)`. */
export const LEVEL_KINDS: Record<RedactionLevel, readonly RedactionKind[]> = {
  secrets: SECRETS,
  standard: STANDARD,
  strict: [...STANDARD, 'ip_address', 'postal_address'],
};

const PERSONAL_WORDS: Partial<Record<RedactionKind, string>> = {
  email: 'e-mail addresses',
  phone: 'phone numbers',
  payment_card: 'payment card numbers',
  iban: 'IBANs',
  ip_address: 'IP addresses',
  postal_address: 'postal addresses',
};

/** Every secret kind is one of these words (api_key, private_key; jwt and secret are tokens; password). */
const SECRET_WORDS = 'secrets (API keys, private keys, access tokens and passwords)';

/** Plain words for one kind, for a list of detected spans. */
export const KIND_NAME: Record<RedactionKind, string> = {
  api_key: 'API key',
  private_key: 'private key',
  jwt: 'access token (JWT)',
  password: 'password',
  secret: 'secret or token',
  email: 'e-mail address',
  phone: 'phone number',
  payment_card: 'payment card number',
  iban: 'IBAN',
  ip_address: 'IP address',
  postal_address: 'postal address',
};

export const isSecretKind = (kind: RedactionKind): boolean => SECRETS.includes(kind);

function listWords(words: readonly string[]): string {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]!}`;
}

/** "e-mail addresses, phone numbers, payment card numbers, IBANs and secrets (API keys, …)" for a level. */
export function levelKindsText(level: RedactionLevel): string {
  const personal = LEVEL_KINDS[level].flatMap((k) => PERSONAL_WORDS[k] ?? []);
  return listWords([...personal, SECRET_WORDS]);
}

/** One line per choice, for the options page's select and the popup. */
export function choiceText(choice: RedactionChoice): string {
  if (choice === 'off') return 'Off: exports hold everything as captured';
  const name = choice === 'secrets' ? 'Secrets only' : choice === 'standard' ? 'Standard' : 'Strict';
  return `${name}${choice === DEFAULT_REDACTION_LEVEL ? ' (default)' : ''}: ${levelKindsText(choice)}`;
}

/** An example of the placeholders an export writes, e.g. `<EMAIL_1>`. */
export const EXAMPLE_TOKEN = `<${KIND_LABEL.email}_1>`;

/**
 * The promise, as the onboarding page, the options page and the README make it (README is tested against it,
 * whitespace aside). Every clause is something the export does: the e2e redaction tests hold it to that.
 */
export const REDACTION_PROMISE =
  `Unless you switch it off, every export replaces the ${levelKindsText(DEFAULT_REDACTION_LEVEL)} that its rules find ` +
  `with placeholders such as ${EXAMPLE_TOKEN}. The rules can miss some and never look for names: the review page ` +
  `shows everything they found in a conversation, and there you can keep any of it or mark more text to redact. ` +
  `The popup switches redaction off for one export, Options for every export; inside a research study the study ` +
  `sets the level and you cannot lower it.`;

interface RedactionSettings {
  exportRedaction?: RedactionChoice;
  study?: { redaction: { level: RedactionLevel; disabledRules?: readonly string[] } };
}

/** The person's default (Options), or the product's. */
export function defaultChoice(settings: RedactionSettings): RedactionChoice {
  return settings.exportRedaction ?? DEFAULT_REDACTION_LEVEL;
}

/** The level the popup switch turns on: the person's own level, or the default when their default is off. */
export function levelWhenOn(settings: RedactionSettings): RedactionLevel {
  const choice = defaultChoice(settings);
  return choice === 'off' ? DEFAULT_REDACTION_LEVEL : choice;
}

/**
 * What one export redacts. `switchedOn`: the popup's switch for this export (undefined: as in Options). Inside a
 * study the study's level applies whatever the switch says: a participant cannot lower it.
 */
export function exportRedaction(settings: RedactionSettings, switchedOn?: boolean): ExportRedaction {
  const study = settings.study?.redaction;
  if (study) return { level: study.level, ...(study.disabledRules ? { disabledRules: [...study.disabledRules] } : {}), chosenBy: 'study' };
  const choice = defaultChoice(settings);
  if (switchedOn === false) return { level: 'off', chosenBy: 'person' };
  const level = switchedOn === true ? levelWhenOn(settings) : choice;
  return { level, chosenBy: level === DEFAULT_REDACTION_LEVEL && choice === level ? 'default' : 'person' };
}

const CHOSEN_BY: Record<RedactionChooser, string> = {
  default: 'the default',
  person: 'chosen by the person who exported',
  study: 'set by the study',
};

interface RecordLike {
  level: string;
  rulesVersion?: string | number;
  rules?: readonly string[];
  chosenBy?: RedactionChooser;
}

/** The dataset card's line about redaction. */
export function redactionFact(r: RecordLike): string {
  const by = r.chosenBy ? CHOSEN_BY[r.chosenBy] : '';
  if (r.level === 'off') return `off (${by || 'no rules ran'}): texts are as captured, apart from spans the person marked in review`;
  const level = REDACTION_LEVELS.find((l) => l === r.level);
  const kinds = level ? `: ${levelKindsText(level)} replaced with typed placeholders` : '';
  return `${r.level} (rules version ${String(r.rulesVersion ?? '?')}, ${r.rules?.length ?? 0} rules${by ? `, ${by}` : ''})${kinds}`;
}
