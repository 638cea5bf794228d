// Round 15's second pass on passwords (docs/redaction.md, "Round 15, second pass"): a fresh battery of passwords in
// prose of ~30 languages, chat follow-ups, user/password tables, Wi-Fi share texts and CLI flags found two families
// the rules missed — "the password is X" in the scripts of South-East Asia that glue "is" to the word, and mysql's
// bare `-p` (a prompt) read as `-p PASSWORD`. Every positive here is missed by the rules at 63f4a62.
import { describe, expect, it } from 'vitest';
import { detect } from './detect';

const passwords = (text: string): string[] =>
  detect(text, { level: 'secrets' })
    .filter((s) => s.kind === 'password')
    .map((s) => text.slice(s.start, s.end));

describe('"the password is X" in Thai, Lao and Khmer, where "is" is glued to the word', () => {
  it.each([
    ['Thai', 'รหัสผ่านคือ Chao9Praya', 'Chao9Praya'],
    ['Thai, no space on either side', 'รหัสผ่านคือChao9Prayaครับ', 'Chao9Praya'],
    ['Thai, a space before "is"', 'รหัสผ่าน คือ Sukhothai8 นะ', 'Sukhothai8'],
    ['Lao', 'ລະຫັດຜ່ານແມ່ນ Vientiane9x', 'Vientiane9x'],
    ['Khmer', 'ពាក្យសម្ងាត់គឺ Mekong7Angkor', 'Mekong7Angkor'],
  ])('%s', (_name, text, password) => {
    expect(passwords(text)).toEqual([password]);
  });

  it.each([
    ['masked', 'รหัสผ่านคือ ********'],
    ['a placeholder', 'รหัสผ่านคือ <password>'],
    ['a policy sentence', 'รหัสผ่านต้องมีอย่างน้อย 8 ตัวอักษร'],
    ['"forgot your password?"', 'ลืมรหัสผ่าน? ตั้งรหัสผ่านใหม่ที่นี่'],
    ['Lao "reset the password"', 'ປ່ຽນລະຫັດຜ່ານໃໝ່'],
  ])('keeps %s', (_name, text) => {
    expect(passwords(text)).toEqual([]);
  });
});

describe("mysql's bare -p asks for the password: the word after it is the database", () => {
  it.each([
    ['mysql', 'mysql -u root -p shop'],
    ['mysqldump', 'mysqldump -u backup -p inventory > dump.sql'],
    ['mariadb', 'mariadb -h db01 -u app -p billing'],
    ['mysqladmin', 'mysqladmin -u root -p status'],
  ])('%s', (_name, text) => {
    expect(passwords(text)).toEqual([]);
  });

  it.each([
    ['mysql -pX', 'mysql -u root -pS3cret-Tide shop', 'S3cret-Tide'],
    ['mysql --password=X', 'mysql -u root --password=Snowmelt42x shop', 'Snowmelt42x'],
    ['docker login -u user -p X', 'docker login -u jdoe -p Snowmelt42x registry.example.com', 'Snowmelt42x'],
    ['another tool -u user -p X', 'ftpsync -u deploy -p Kestrel-Arbor71 /srv', 'Kestrel-Arbor71'],
  ])('still finds %s', (_name, text, password) => {
    expect(passwords(text)).toEqual([password]);
  });
});

describe('a NAME / PASSWORD pair after a Wi-Fi network or an account label of more languages', () => {
  it.each([
    ['a Wi-Fi network and its key', 'WiFi: CasaRossi / Gnocchi2024!', 'Gnocchi2024!'],
    ['German WLAN', 'WLAN: FritzBox7590 / Knödel.Brezn.44', 'Knödel.Brezn.44'],
    ['French réseau', 'réseau : Livebox-12AB / Crepe.Suzette.9', 'Crepe.Suzette.9'],
    ['German Zugang', 'Zugang: ops / Falcon9Heavy', 'Falcon9Heavy'],
    ['Vietnamese tài khoản', 'tài khoản: nguyenvan / Phobo#2291', 'Phobo#2291'],
    ['Turkish hesap', 'hesap: deniz / Kartal.1903', 'Kartal.1903'],
    ['Indonesian akun', 'akun: budi.s / Rendang_4471', 'Rendang_4471'],
    ['Korean 계정', '계정: jdoe / Zebra!441', 'Zebra!441'],
    ['Chinese 账号', '账号 jdoe / Zebra!441', 'Zebra!441'],
  ])('%s', (_name, text, password) => {
    expect(passwords(text)).toEqual([password]);
  });

  it.each([
    ['the 5 GHz twin of the network', 'WiFi: CasaRossi / CasaRossi-5G'],
    ['a guest network', 'WiFi: HomeNet / Guest-Net2'],
    ['bands', 'Wi-Fi: 2.4 / 5 GHz'],
    ['standards', 'WLAN: 802.11ac / 802.11ax'],
    ['the security mode', 'WiFi: Eduroam / WPA2-Enterprise'],
    ['on or off', 'Wi-Fi: on / off'],
    ['a masked key', 'akun: budi / ********'],
    ['places', 'Zugang: Tor 3 / Halle B2'],
    ['days', 'acceso: lunes / viernes'],
  ])('keeps %s', (_name, text) => {
    expect(passwords(text)).toEqual([]);
  });
});
