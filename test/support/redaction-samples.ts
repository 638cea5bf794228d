// One value of each kind the standard redaction level promises to replace, invented in each format's documented
// shape (an e-mail address, a London number from Ofcom's range reserved for drama, a Luhn-valid Visa-range number,
// a GB IBAN with a valid checksum, AWS access key id and GitHub token layouts, an RFC 7519 JWT, a PKCS#8 PEM block
// with made-up key material), none anyone's real data: for the unit and e2e tests that hold the
// UI's redaction promise to what the export does. The e2e prompt holds the six the issue names; the canned
// fixture model repeats a prompt of up to 200 characters in its answer, so the answer holds them too.
import type { RedactionKind } from '../../src/core/redaction/types';

const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');

export const PROMISED = {
  email: 'jane.doe@mailbox.co.uk',
  phone: '020 7946 0958',
  card: '4539 1488 0343 6467',
  iban: 'GB33 BUKB 2020 1555 5555 55',
  awsKeyId: 'AKIAZ7QK3NB2XHTR4M6P',
  githubToken: 'ghp_R8x2Lq9vT4mN7cW1pZ6kJ3hY5sD0fG8aB2eQ',
} as const;

/** The e2e prompt: all six values, under 200 characters, none of the words that make the fixture model write code. */
export const PROMISED_PROMPT =
  `Please check: ${PROMISED.email}, call ${PROMISED.phone}, card ${PROMISED.card}, IBAN ${PROMISED.iban}, ` +
  `AWS ${PROMISED.awsKeyId}, GitHub ${PROMISED.githubToken}`;

/** The ways an exported file could spell a value: as is, inside a JSON string (escaped), digits run together. */
export function spellings(value: string): string[] {
  const forms = [value, JSON.stringify(value).slice(1, -1)];
  if (!value.includes('\n')) forms.push(value.replace(/\s+/g, ''));
  return [...new Set(forms)];
}

/** Whether an exported file's text holds the value in any of its spellings. */
export const holds = (text: string, value: string): boolean => spellings(value).some((s) => text.includes(s));

/** A text holding one value of every kind of the standard level, with the kind each value is. */
export function everyStandardKind(): { text: string; values: { kind: RedactionKind; value: string }[] } {
  const signature = 'Qm9zc2FfdGVzdF9zaWduYXR1cmVfdmFsdWVfMTIzNDU2Nzg5MA';
  const jwt = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ sub: '8f3a91c2', name: 'Jo', iat: 1764000000 })}.${signature}`;
  const pemBody = [
    'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7Vq3xZl9mYk2R',
    'p8Tn4Hc0sWb6JqLk1XyZ3aDfGhJkLmNoPqRsTuVwXyZaBcDeFgHiJkLmNoPqRsTu',
  ];
  const pem = ['-----BEGIN PRIVATE KEY-----', ...pemBody, '-----END PRIVATE KEY-----'].join('\n');
  const values: { kind: RedactionKind; value: string }[] = [
    { kind: 'email', value: PROMISED.email },
    { kind: 'phone', value: PROMISED.phone },
    { kind: 'payment_card', value: PROMISED.card },
    { kind: 'iban', value: PROMISED.iban },
    { kind: 'api_key', value: PROMISED.awsKeyId },
    { kind: 'api_key', value: PROMISED.githubToken },
    { kind: 'password', value: 'Tr0ub4dor-Horse-9' },
    { kind: 'secret', value: '9fK2mQ7xV4pL8sT1wZ6cR3nB5hJ0dG' },
    { kind: 'jwt', value: jwt },
    { kind: 'private_key', value: pem },
  ];
  const text = [
    `Mail ${PROMISED.email} or call ${PROMISED.phone}.`,
    `Card ${PROMISED.card}, IBAN ${PROMISED.iban}.`,
    `AWS ${PROMISED.awsKeyId} and GitHub ${PROMISED.githubToken}`,
    'DB_PASSWORD=Tr0ub4dor-Horse-9',
    'Authorization: Bearer 9fK2mQ7xV4pL8sT1wZ6cR3nB5hJ0dG',
    `token ${jwt}`,
    pem,
  ].join('\n');
  return { text, values };
}
