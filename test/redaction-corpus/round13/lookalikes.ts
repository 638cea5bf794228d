// Round 13's invented look-alikes: texts shaped like a kind that are not one — versions, digests, ids, templates and
// secret-store references, masked or placeholder values, documentation addresses, other number kinds, prose about
// secrets in several languages. Written for this round; the card- and IBAN-shaped runs are checked by build.ts to fail
// their checksums.

export const LUHN_FAILS = ['4000 1234 5678 9011', '5425-2334-3010-9904', '6011 0009 9013 9425'];
export const IBAN_FAILS = ['FR76 3000 6000 0112 3456 7890 188', 'GB00 NWBK 6016 1331 9268 19'];

export const LOOKALIKES: string[] = [
  'Bumped node from 20.18.1 to 22.12.0 and pnpm to 9.15.4; the lockfile is regenerated.',
  '<script src="/vendor/bootstrap.bundle.min.js" integrity="sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC" crossorigin="anonymous"></script>',
  'Digest: sha256:2f8e3a0c4f0b1d9a6e7c5b4a39281706f5e4d3c2b1a09f8e7d6c5b4a39281706',
  'request_id=01JDZ7K4M2Q8W5T3N6R9V0XBCE span_id=3f9a6c1e0b7d4a28',
  'ETag: W/"5e9b-18c3f2a9d40"',
  'commit 9c1f0e7a3b5d2c4e6f8a0b1c3d5e7f9a1b3c4d5e (HEAD -> main)',
  'env:\n  PGPASSWORD: ${{ secrets.PG_READONLY_PASSWORD }}',
  'DATABASE_URL=postgres://${PGUSER}:${PGPASSWORD}@${PGHOST}:5432/app',
  'api_key: !vault |\n  secret/data/payments#stripe_key',
  'token = os.environ["GITLAB_TOKEN"]  # set in CI variables, never here',
  'MYSQL_PASSWORD_FILE=/run/secrets/mysql_password',
  'Passwort: ************ (gespeichert im Schlüsselbund)',
  'Your new password must have at least 12 characters, one digit and one symbol.',
  'La contraseña debe tener entre 8 y 64 caracteres y no puede contener tu nombre.',
  '密码长度至少 8 位，需包含大小写字母和数字。',
  'Пароль должен содержать не менее 10 символов.',
  'Şifrenizi kimseyle paylaşmayın; destek ekibimiz şifrenizi asla sormaz.',
  'Wpisz hasło, które otrzymałeś SMS-em (6 cyfr).',
  'Set OPENAI_API_KEY in your shell before running the script (it starts with sk-).',
  'Contact: jane.doe@example.com or support@example.org (documentation addresses)',
  'Reach the test server at 192.0.2.44 or 2001:db8::17 (documentation ranges).',
  'Listening on 127.0.0.1:8080 and [::1]:8080',
  'netmask 255.255.255.0 broadcast 0.0.0.0',
  'Tracking number 1Z 999 AA1 01 2345 6784 — not yet scanned',
  'ISBN 978-3-16-148410-0, 2nd edition',
  'Order #2024-118-55302 shipped in 2 parcels',
  'Build 26100.2605 (Windows 11 24H2)',
  'MAC 3C:22:FB:7A:10:9E on eth0',
  'VAT ID DE 123 456 789 (invoice footer format)',
  'BIC COBADEFFXXX — no account number given',
  'Postcode 10115 is in Berlin-Mitte.',
  'Street: ______________  No.: ____  Postcode/Town: ______________',
  '{{ address.street }} {{ address.number }}, {{ address.zip }} {{ address.city }}',
  'IBAN format for Germany: DE + 2 check digits + 8-digit bank code + 10-digit account number (22 characters).',
  'The card number field accepts 12–19 digits; spaces are ignored.',
  'Phone format: +<country code> <number>, e.g. +CC NNN NNN NNN',
  'uuid: 8f14e45f-ceea-467f-a0e6-1c1c8b1b6a2b',
  'fingerprint SHA256:nThbg6kXUpJWGl7E1IGOCspRomTxdCARLviKw6E5SY8',
  'eyJ… (truncated, the token is in the vault)',
  '-----BEGIN CERTIFICATE REQUEST----- … (CSR omitted for brevity)',
  'version: "3.9"\nservices:\n  db:\n    image: postgres:17.2-alpine\n    ports: ["5432:5432"]',
];
