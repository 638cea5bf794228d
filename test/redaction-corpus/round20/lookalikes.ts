// Round 20's invented negatives: placeholders, secret references, version strings, hashes, ids, masked values, format
// descriptions, password rules and address words with no address. Written for this round; earlier rounds' look-alikes
// are dev.
export const LOOKALIKES: string[] = [
  // Versions, hashes, ids
  'go: downloading github.com/codingsince1985/geo-golang v1.8.5',
  'go.sum: golang.org/x/text v0.21.0 h1:4VH2QXg9ZfPY0cNtTSlb3XrRRLqNq7dbv2pYylwT7Cg=',
  '[INFO] Downloaded from central: https://repo.maven.apache.org/maven2/com/google/maps/google-maps-services/2.2.0/google-maps-services-2.2.0.jar (312 kB at 1.4 MB/s)',
  'Merge pull request #1187 from dependabot/npm_and_yarn/axios-1.7.9 (commit 3e91b0c7d25a4f8e)',
  'uptime-kuma | 2026-12-02T10:11:45+01:00 [MONITOR] INFO: Monitor #42 \'api health\': Successful Response: 131 ms | Interval: 60 seconds | Type: http',
  'GET /api/v2/tenants/7d0c4a1e-58f2-4b9e-a3c6-1f2e8d9b0a47/invoices?page=3 200 41ms',
  'Image: ghcr.io/acme/geocoder:2.14.1@sha256:0c8e2f4a6b1d9e37c5a0f28b4d6e1c93a7f5b2d8e0c4a6f1b3d9e7c2a5f08b64',
  'Android 15 (build AP4A.250105.002), security patch 2025-01-05',
  'nginx/1.27.3 built with OpenSSL 3.0.15 3 Sep 2024',
  'git describe: v3.4.0-17-g5b2e9f1',
  // Placeholders, references, prompts
  'SLACK_WEBHOOK: ${SLACK_WEBHOOK_URL}',
  'export DB_PASSWORD="$(aws secretsmanager get-secret-value --secret-id prod/db --query SecretString --output text)"',
  "define('DB_PASSWORD', getenv('WORDPRESS_DB_PASSWORD'));",
  'password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256',
  'spring.datasource.password=${DB_PASS:}',
  '"password": "********"',
  'Enter passphrase for key \'/home/ana/.ssh/id_ed25519\':',
  'Password: (hidden, type it and press Enter)',
  'api_key = "YOUR_API_KEY_HERE"',
  'GOOGLE_MAPS_API_KEY=<your key from the cloud console>',
  'token: xoxb-your-token',
  // Rules, notices, masked values
  'Das Passwort muss mindestens 12 Zeichen, eine Zahl und ein Sonderzeichen enthalten.',
  'La contraseña no puede contener tu nombre de usuario.',
  'Пароль должен содержать не менее 8 символов.',
  'パスワードは8文字以上で入力してください',
  '비밀번호를 잊으셨나요? 이메일로 재설정 링크를 보내드립니다.',
  'Şifreniz 90 günde bir değiştirilmelidir.',
  'Card ending in 4417, expires 09/28',
  'IBAN: DE** **** **** **** **42 89',
  'Phone: +49 *** *** **17',
  'Key ID: AKIA****************',
  'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA… (truncated) ana@laptop',
  // Address words with no address
  'Address line 2 (optional): apartment, suite, unit, building, floor',
  'Postleitzahl: 5 Ziffern, z. B. wie auf dem Briefkasten',
  'Le code postal doit contenir 5 chiffres',
  'Pickup at the north entrance, gate C, level 2 of the car park',
  'Take exit 14 and follow the signs for 3 km',
  'Platform 9, coach 12, seat 44',
  'Room 2.031 in building B',
  'See chapter 12, section 4.3, page 221',
  'Adresse : à compléter',
  '住所：（未入力）',
];

/** Card-shaped runs that fail Luhn and IBAN-shaped strings that fail their check digits (build.ts checks both). */
export const LUHN_FAILS = ['4539 1488 0343 6468', '5425 2334 3010 9904', '3714 496353 98432'];
export const IBAN_FAILS = ['GB29 NWBK 6016 1331 9268 18', 'FR14 2004 1010 0505 0001 3M02 607', 'ES91 2100 0418 4502 0005 1333'];
