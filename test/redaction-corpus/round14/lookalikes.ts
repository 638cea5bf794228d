// Round 14's invented look-alikes: texts shaped like a kind that are not one — ids, digests, secret-store references
// and placeholders, masked values, password rules in several languages, documentation addresses, other number kinds,
// address-like text that is no address. Written for this round; the card- and IBAN-shaped runs are checked by build.ts
// to fail their checksums.

export const LUHN_FAILS = ['4532 7718 2290 4416', '5310-4471-0923-8815', '3782 822463 10006'];
export const IBAN_FAILS = ['DE44 5001 0517 5407 3249 32', 'NL91 ABNA 0417 1643 01'];

export const LOOKALIKES: string[] = [
  'Upgraded postgres from 15.8 to 16.4; pg_upgrade took 4m12s on the replica.',
  'sha512-Q2w8vK1zT5mR0pX7aJ3cN6yH9bF4eL2uD8sG1kW5oV3iA7tM0rE6nC9qZ4xY2jU== (lockfile integrity)',
  'image: ghcr.io/acme/api@sha256:7d4c1b9e2f6a8c3d5e0f1a2b4c6d8e0f2a4b6c8d0e2f4a6b8c0d2e4f6a8b0c2d',
  'trace_id=4bf92f3577b34da6a3ce929d0e0e4736 parent_id=00f067aa0ba902b7',
  'X-Request-Id: 6f1c2d3e-9a8b-4c7d-b6e5-f4a3b2c1d0e9',
  'password: "{{ vault_mysql_password }}"',
  'DB_PASSWORD=${DB_PASSWORD:?must be set}',
  'secretKeyRef:\n  name: app-secrets\n  key: stripe-api-key',
  'aws_secret_access_key = <paste from the console, do not commit>',
  'api_key: ENC[AES256_GCM,data:...,iv:...,tag:...,type:str]  # sops-encrypted',
  'The token is stored in 1Password under "Deploy / Fly.io"; ask Sam for access.',
  'Passwort zurückgesetzt. Du bekommst gleich eine E-Mail mit einem Link.',
  'Le mot de passe doit contenir au moins 12 caractères dont un chiffre.',
  'A senha precisa ter no mínimo 8 caracteres, uma letra maiúscula e um número.',
  'パスワードは8文字以上で、英字と数字を組み合わせてください。',
  '비밀번호는 영문, 숫자, 특수문자를 포함해 10자 이상이어야 합니다.',
  'كلمة المرور يجب أن تحتوي على 8 أحرف على الأقل.',
  'Heslo musí mít alespoň 10 znaků.',
  'password=******** (masked in the log)',
  'Use test@example.net and 198.51.100.23 in the docs, never a real customer.',
  'Gateway and DNS come from DHCP; run `ip route` and `resolvectl status` on the box to see them.',
  'Ubuntu 24.04.1 LTS, kernel 6.8.0-45-generic',
  'Order 4417-2290-8815 was refunded on 2026-11-03.',
  'Invoice INV-2026-000431, due 2026-12-15, amount 1,204.50 EUR',
  'Flight LH 2034, seat 14C, booking ref QX7PLM',
  'Room 1204, Building 7 — the meeting moved to 3 pm.',
  'Section 14, Article 3 of the lease covers repairs.',
  'He lives somewhere near the main square, I never got the exact address.',
  'Street: ________  City: ________  Postcode: ________',
  'Adresse : [à compléter]',
  '{"address": null, "phone": null, "email": null}',
  'Phone format: +CC NNN NNN NNNN (no spaces in the API).',
  'IBAN format for Germany: DE + 2 check digits + 18 digits (22 characters).',
  'Card number must be 13 to 19 digits and pass the Luhn check.',
  'ssh-keygen -t ed25519 -C "laptop"  # then paste the .pub file, never the private one',
  '-----BEGIN CERTIFICATE REQUEST----- (omitted, 1,1 KB)',
  'Commit 3f2a9c1 "fix: rotate leaked key" — the key itself was already revoked and removed.',
  'GTIN 4006381333931 on the label',
  'Coordinates 59.3293, 18.0686 (Stockholm centre)',
];
