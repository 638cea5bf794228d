// Round 22: a secret stored encrypted under a key derived from a person's password can be attacked offline — the
// ciphertext is all a cracker needs to test guesses (John the Ripper's `ansible2john`, hashcat mode 16900) — so it
// goes like the password itself: Ansible Vault blocks, `$ANSIBLE_VAULT;1.1;AES256` (or `1.2;AES256;<vault id>`) then
// lines of hex (Ansible's "Vault" docs, the file format; written from those docs, not read from a scanner's rule).
// Ciphertexts under a random or public key are public by design and stay, as since round 6: Travis CI and AppVeyor
// `secure: "<base64>"` (RSA to the repository's key; `random-tokens.test.ts`, and two in the real-file sample) and
// SOPS `ENC[AES256_GCM,…]` values (a random data key held by a KMS).
import type { RedactionRule } from '../types';
import { regexRule } from './regex-rule';

export const encryptedValueRules: RedactionRule[] = [
  regexRule({
    id: 'ansible-vault-block',
    kind: 'secret',
    level: 'secrets',
    priority: 85,
    description: 'Ansible Vault block: $ANSIBLE_VAULT;1.x;AES256 header, then lines of hex (a password-derived key: crackable offline)',
    pattern: /\$ANSIBLE_VAULT;1\.[0-9];AES256(?:;[A-Za-z0-9_-]{1,64})?(?:[ \t]*\r?\n[ \t]{0,40}[0-9a-f]{20,80}){1,400}/g,
  }),
];
