// Round 11's families of secrets and passwords (docs/redaction.md, "Secrets: round 11"): each case written for this
// test, in more than one language, tool or format, with the look-alikes each family must keep. Every positive here
// fails on round 10's rules (version 11).
import { describe, expect, it } from 'vitest';
import { entropyToMnemonic, validateMnemonic } from '@scure/bip39';
import { wordlist } from '@scure/bip39/wordlists/english.js';
import { detect } from './detect';
import { checksumHolds } from './rules/seed-phrases';

const SECRET = new Set(['password', 'secret', 'api_key', 'private_key', 'jwt']);
function secrets(text: string): string[] {
  return detect(text, { level: 'secrets' })
    .filter((s) => SECRET.has(s.kind))
    .map((s) => text.slice(s.start, s.end));
}

// Checksum-valid phrases (made with @scure/bip39 from fixed entropy; the 24 words are a Trezor test vector) and one
// typed with a wrong last word (checksum fails)
const TWELVE = 'arctic live gadget display excess mandate sniff autumn people disorder affair horn';
const TWENTY_FOUR =
  'void come effort suffer camp survey warrior heavy shoot primary clutch crush open amazing screen patrol group space point ten exist slush involve unfold';
const NO_CHECKSUM = 'army van defense carry jealous true garbage claim echo media make zebra';

describe('wallet seed phrases (BIP-39)', () => {
  it.each([
    ['a checksum-valid phrase with no word around it', `${TWELVE}`, TWELVE],
    ['24 words inside a sentence', `is this safe to paste? ${TWENTY_FOUR} thanks`, TWENTY_FOUR],
    ['upper case', `Seed: ${TWELVE.toUpperCase()}`, TWELVE.toUpperCase()],
    ['one word a line', `${TWELVE.split(' ').join('\n')}`, TWELVE.split(' ').join('\n')],
    ['a JSON array of words', `["${TWELVE.split(' ').join('", "')}"]`, TWELVE.split(' ').join('", "')],
    ['named in Spanish, checksum wrong', `mi frase semilla: ${NO_CHECKSUM}`, NO_CHECKSUM],
    ['named in Chinese, checksum wrong', `助记词：${NO_CHECKSUM}`, NO_CHECKSUM],
    ['named in Russian, checksum wrong', `сид-фраза кошелька: ${NO_CHECKSUM}`, NO_CHECKSUM],
  ])('%s', (_, text, value) => {
    expect(secrets(text)).toContain(value);
  });

  it('takes a numbered list whole', () => {
    const words = NO_CHECKSUM.split(' ');
    const text = words.map((w, i) => `${i + 1}. ${w}`).join('\n');
    expect(secrets(text)).toEqual([text.slice(3)]);
  });

  it('keeps sentences, short runs, word lists and unnamed phrases with a wrong checksum', () => {
    expect(secrets('We can all make time, only you can add more action to this year.')).toEqual([]);
    expect(secrets('army van defense carry jealous true garbage claim echo media make')).toEqual([]);
    expect(secrets(NO_CHECKSUM)).toEqual([]);
    expect(secrets('shell help shell spawn help shell help spawn shell help spawn help')).toEqual([]);
    // the start of the English list pasted as a list is no phrase
    const list = 'abandon ability able about above absent absorb abstract absurd abuse access accident account accuse achieve acid acoustic acquire across act action actor actress actual adapt add addict address adjust admit adult';
    expect(secrets(list)).toEqual([]);
    // a sentence's punctuation breaks a run
    // a test vector that repeats its words counts only where the text names it
    expect(secrets('legal winner thank year wave sausage worth useful legal winner thank yellow')).toEqual([]);
    expect(secrets('Mnemonic: legal winner thank year wave sausage worth useful legal winner thank yellow')).toHaveLength(1);
    expect(secrets('legal. winner. thank. year. wave. sausage. worth. useful. legal. winner. thank. yellow.')).toEqual([]);
  });
});

describe('the BIP-39 checksum', () => {
  it("agrees with @scure/bip39's validateMnemonic on phrases of every length, valid and with one word changed", () => {
    for (let n = 0; n < 200; n++) {
      const bytes = 16 + 4 * (n % 5);
      const entropy = new Uint8Array(bytes).map((_, i) => (i * 73 + n * 31 + 7) & 255);
      const words = entropyToMnemonic(entropy, wordlist).split(' ');
      if (n % 2) words[n % words.length] = wordlist[(wordlist.indexOf(words[n % words.length]!) + 1 + n) % 2048]!;
      const asWords = words.map((word) => ({ start: 0, end: 0, word }));
      expect(checksumHolds(asWords)).toBe(validateMnemonic(words.join(' '), wordlist));
    }
  });
});

describe('keys whose only context is their service', () => {
  const mixed = 'q9k2vHJZ4BTG6A8l2mNK3v9JH7tN1j';
  const lower = 'l4k5fjid89ck2i3ou8bzm8fpw3akfj';
  const hex = '9f71c52d839b5cd527645e42b5134f8b';
  it.each([
    ['name and kind of key, as scanners write it', `pdfshift ACCESS ${hex}`, hex],
    ['name and kind of key, base36', `scrapeowl ACCESS ${lower}`, lower],
    ['a YAML key named after the service', `abyssale: ${lower}`, lower],
    ['a JSON key named after the service', `{"aviationstack": "${hex}"}`, hex],
    ['a table row', `| Currencylayer | ${lower} |`, lower],
    ['German prose', `der Zugang für Geoapify lautet ${lower}`, lower],
    ['French prose', `la clé de Mailerlite est ${hex}`, hex],
    ['an env var named after a service that ends in "id"', `SENDGRID=${mixed}`, mixed],
    ['an env var named after a service, no secret word', `ZEROBOUNCE=${lower}`, lower],
  ])('%s', (_, text, value) => {
    expect(secrets(text)).toContain(value);
  });

  it('keeps ids, hashes and names that are no service', () => {
    expect(secrets(`commit ${hex}`)).toEqual([]);
    expect(secrets(`userId: ${lower}`)).toEqual([]);
    expect(secrets(`const twilioAccountSid = 'AC712594f590c0d8ace55c04858f7398f9'`)).toEqual([]);
    expect(secrets(`ANDROID_BUILD=${hex}`)).toEqual([]);
    expect(secrets(`courier ${lower}`)).toEqual([]);
  });
});
