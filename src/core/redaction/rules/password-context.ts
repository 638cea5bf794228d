// Passwords in prose and notes in any language, found by one model instead of one grammar per language: a password
// word of ~70 languages (in any inflection: `паролата`, `passwordnya`, `contraseñas`; glued to the next word in
// scripts without spaces: `รหัสผ่านคือ`), then the tokens near it — up to fourteen after it (round 17; ten before)
// in the same sentence (across the line break when the word ends its line: `password:` then the value below), or five before it on its line
// (`X is the password`, `X ist das Passwort`) — and each token judged by its shape alone (password-shape.ts: not a
// word of any language, mixes classes, a passphrase, or machine-random). No verb, particle or word order of any
// language is needed: "ang password ko ay X", "kata laluan saya X", "nenosiri ni X", "la contrasenya és X" and
// "پاس ورڈ X ہے" are the same case. Code is kept out by the place: a password word glued to code punctuation
// (`password)`, `password.length`, `"password":`) is a name, and the window stops at brackets and statements.
import type { Range, RedactionRule } from '../types';
import { passwordTokenShape } from './password-shape';
import { ACCESS_CODE_PHRASES } from './access-code-words';
import { DOOR_CODE_SCRIPT_WORDS_ROUND22 } from './access-code-words-round22';

/** Password words written in Latin script, matched at a word start with a short inflection after them. */
const LATIN_WORDS = [
  'password', 'passwort', 'kennwort', 'passphrase', 'passcode', 'passwd', 'pwd', 'pw', 'mots? de passe', 'contrase[ñn]a', 'contrasenya',
  'contrasinal', 'senha', 'clave', 'wachtwoord', 'wagwoord', 'l[öo]senord', 'passord', 'adgangskode', 'kodeord', 'salasana',
  'tunnussana', 'has[łl]o', 'heslo', 'jelsz[óo]', 'jelszav', 'parol[aăe]', 'parool', 'salas[õo]na', '[şs]ifre', '[šs]ifra', 'lozink',
  'geslo', 'slapta[žz]od', 'lykilor[ðd]', 'kata (?:sandi|laluan)', 'katalaluan', 'katasandi', 'm[ậa]t kh[ẩa]u', 'nenosiri', 'neno la siri',
  'pasahitz', 'pasvort', 'cyfrinair', 'fjal[ëe]kalim', 'passwuert', 'lösen', 'kodikos',
  // round 9: languages of Africa, the Caucasus and Central Asia, the Celtic and Pacific ones, and loan spellings
  '[şs][iî]fr[əe]', 'parol', 'i?phasiwedi', 'phasewete', 'pasiwedhi', 'paswedi', 'kalmar (?:sirri|wucewa)', 'a[sṣ][ií]n[aà]',
  'okwuntughe', 'furaha sirta', 'erayga sirta', 'ijambo ry[\'’]ibanga', 'tenimiafina', 'pasfhocal', 'focal faire',
  'facal[ -]faire', 'ger-tremen', 'loyniorð', 'kupuhipa', 'modpas', 'kontrasenyas?', 'tembung sandh?i', 'kecap sandi', 'a[çc]ar s[öo]z',
  'maxfiy so[ʻ\'’`]?z', 'q[uü]piya s[öo]z', 'pasvorto', 'senhal', 'passwurd', 'wachtwurd', 'salasõn', 'parulla', 'pswd?', 'pword',
  'pass(?=[ \\t]{0,2}[:：][ \\t])', 'contra(?=[ \\t]{0,2}[:：][ \\t])',
  // round 10: Croatian, European Portuguese, Upper Sorbian, Swahili, Quechua, Guarani, Hawaiian,
  // Chichewa, Setswana, Oromo, Kirundi, Samoan, Tongan, Romansh, Friulian, Interlingua, Northern Sami, and `p/w`
  'zaporka', 'palavra passe', 'hes[łl]o', 'nywila', 'pakasqa simi', 'ñe[\'’]?[ẽe]ñemi', '[ʻ\'’]?[ōo]lelo h[ūu]n[āa]',
  'mawu achinsinsi', 'lefoko la sephiri', 'jecha darbii', 'ijambobanga', 'upu fa[\'’]?ataga', 'lea fakapulipuli', 'pled clav',
  'peraule cl[aâ]f', 'contrasigno', 'beassans[áa]tni', 'igama lokugqitha', 'p/w',
  // round 20: Yoruba `Ọrọ igbaniwọle` (apps' Yoruba strings: `password: "Ọrọ igbaniwọle"`), Igbo `Okwu Mbata` (a shop
  // app's Igbo strings: `password: "Okwu Mbata"`), Zulu `igama lokungena` (Mozilla Firefox's Zulu localisation:
  // `pk11-bad-password = Igama lokungena elifakiwe bekungelona.`, and its master-password strings)
  '[ọo]r[ọo] igbaniw[ọo]le', 'okwu mbata', 'igama lokungena',
  // the key of a Wi-Fi network is its password, in either word order (`clé WiFi`, `WLAN-Schlüssel`, `network key`,
  // `klucz sieci`), and `pass` before the network's name (`pass wifi nhà mình là …`)
  '(?:wi-?fi|wlan|wpa2?|network|netzwerk|r[ée]seau|rede|red|sieci|mạng)[ -]?(?:key|schl[üu]e?ssel|cl[ée]|clave|chave|klucz|kulcs|avain|nyckel|n[øo]kkel|sleutel)',
  '(?:key|cl[ée]|clave|chave|chiave|klucz|sleutel)[ -](?:(?:du|de|do|da|del|della|van|het)[ -])?(?:la[ -])?(?:wi-?fi|wlan|wpa2?|r[ée]seau|rede|red|sieci)',
  'pass(?=[ \\t]{1,3}(?:wi-?fi|wlan|wifi)\\b)',
  // round 11: Wolof, Sundanese, Samoan, Hmong, Latin, Corsican and Italian watchwords, one-s and vowel-less spellings
  'baatu j[àa]ll', 'kecap konci', '[ʻ\'’]?upu fa[ʻ\'’]?alilolilo', 'lo lus zais', 'tesser(?:a|ae)', 'verbum (?:tesserae|arcanum|secretum)',
  'parol+a d[\'’]ordine', 'pasword', 'passwrd', 'psswd?', 'passw(?=[ \\t]{0,2}[:：])',
  // round 21: the misspellings' family (`paswd`, `paswrd`), the plural with its umlaut (`Passwörter`), the Czech
  // plural and cases (`hesla`, `heslem`), and Bavarian, as uptime-kuma's `src/lang/bar.json` writes it
  // (louislam/uptime-kuma@6398a95: `"Password": "Dei G'heimnis"`, `"New Password": "Neis Passwoat"`,
  // `"Current Password": "Aktuells Passwoat"`); Urdu `خفیہ لفظ` is below (its `ur.json`: `"Current Password"`)
  'paswr?d', 'passw(?:ö|oe)rt', 'hesl[aeo]', 'passwoat', 'g[\'’]?heimnis',
  // round 23: the words of authelia's password forms (authelia/authelia@2357203, `internal/server/locales/*/portal.json`)
  // that none of the above read: Tahitian `Pōtehi` ("Pōtehi hau", new password), and Sundanese `Sandi` ("Sandi anyar")
  // as a label before a colon only (`sandi` alone is also a code or a cipher, and a given name)
  'p[ōo]tehi', 'sandi(?=(?:[ \\t]{1,2}anyar)?[ \\t]{0,2}[:：][ \\t])',
  // round 22: `pass` later in a sentence that named a network (`wifi for the offsite: network "X", pass Y`, `WLAN Gäste
  // pass Y`), or `key`/`code` after a comma, semicolon or slash there (`réseau Box-42 ; code Y`): a chat's credential
  // pair with the word cut short or the network's key named plainly; the token's shape still decides (`pass the ball`
  // stays). The network word is a whole word (not the `red` of `ignored`); Spanish `red` is left out (English `red`)
  '(?:pass|key|code)(?<=(?<![\\p{L}\\p{N}])(?:wi-?fi|wlan|ssid|network|netzwerk|r[ée]seau|rede|sieć|mạng)(?![\\p{L}\\p{N}])[^\\n.!?]{0,80}(?:[,;/|][ \\t]{0,3}(?:pass|key|code)|[ \\t]pass))(?=[ \\t])',
];
/** Round 17: the words for a PIN and an access code, which people give the same way as a password ("the pin for the
 *  vault is X", `PIN-Code: X`, `code d'accès : X`, `kod dostępu X`, `пин-код X`). `pin` alone only as a whole word
 *  (`pinned`, `pinch`, `pint` are other words); shapes still decide, so versions (`pin it to 1.2.3`) stay; round 19:
 *  digits alone are the PIN when they follow the word or its "is" (`PIN 4921`, see pinDigits). Kept out of
 *  `endsWithPasswordWord`: a PIN label does not make a phrase of words a passphrase. Round 17 wrote the list from
 *  memory; round 18 checked it against Android's lock-screen catalogue
 *  (aosp-mirror/platform_frameworks_base, `packages/SystemUI/res-keyguard/values-{de,fr,pl,ru,fi,tr,ja,ko,zh-rCN}/
 *  strings.xml`, `kg_password_wrong_pin_code` and friends): `PIN-Code` (de), `code PIN` and `code d'accès` (fr), `kod
 *  PIN` (pl), `PIN-koodi` (fi), `PIN kodu` (tr) are there as written. Russian, Chinese, Japanese and Korean write the
 *  Latin `PIN` before their word: with a space (`PIN 码`, `PIN コード`, `PIN 코드`) `PIN` is a whole word and was read
 *  already; Russian's hyphen (`PIN-код`) made it none, so `pin-код` in Latin letters is added. `PIN番号` and `PIN 번호`
 *  are not in that catalogue but in apps' own ja/ko message strings. The access-code words (`Zugangscode`, `código de
 *  acceso`, `codice di accesso`, `kod dostępu`, `toegangscode`, `přístupový kód`, `hozzáférési kód`, `pääsykoodi`,
 *  `åtkomstkod`, `tilgangskode`, `код доступа`, `код за достъп`) are in no maintained catalogue that was found; each
 *  is the label of a secret-code field (often `type="password"`) in many public apps' own interface strings, and
 *  `Zugangscode` is ResourceSpace's German for "access key": kept on that evidence. */
const PIN_WORDS = [
  'pin(?:[ -]?(?:code|kode|kod|k[óo]d|koodi|kodu|nummer|number|numero|n[úu]mero|numer|nr)|(?![\\p{L}\\p{N}_-]))',
  'code[ -]pin', 'c[óo]digo[ -]pin', 'codice[ -]pin', 'kod[ -]pin', 'numer[ -]pin', 'num[ée]ro[ -]pin', 'access code',
  'code d[\'’]acc[èe]s', 'c[óo]digo de acc?esso?', 'codice di accesso', 'zugangscode', 'toegangscode', 'kod dost[ęe]pu',
  'p[řr][íi]stupov[ýy] k[óo]d', 'hozz[áa]f[ée]r[ée]si k[óo]d', 'p[äa][äa]sykoodi', '[åa]tkomstkod', 'tilgangskode',
];
/** Round 19: the code that opens a door, gate or safe (where each word was found: the comment under the list). */
const DOOR_CODE_WORDS = [
  '(?:entrance[ -]|front[ -])?(?:door|gate)[ -]?code', '(?:haus)?t(?:ü|ue)rcode', 'digicode', 'code de la porte', 'c[óo]digo de la puerta',
  'c[óo]digo do port[ãa]o', 'c[óo]digo do cofre', 'codice del portone', 'portkod', 'd[øo]rkode', 'deurcode', 'kod do domofonu',
  // round 20: the gate's, the intercom's and the safe's code (where each was found: the comment under the list)
  'code (?:du |de l[\'’])?(?:portail|portillon|interphone|immeuble|coffre(?:-fort)?)', 'digicode du portail', 'tresorcode',
  'codice della cassaforte', 'ovikoodi',
  // round 21: the family, not one phrase per language (access-code-words.ts)
  ...ACCESS_CODE_PHRASES,
];
// Round 19: the entry-code words were looked up, not written from memory: a courier app's quick-reply phrasebook in
// the public code index gives "The entrance door code is:" in ten languages (`Portkoden är:`,
// `Der Haustürcode lautet:`, `Le code de la porte d'entrée est :`, `El código de la puerta principal es:`, `Il codice
// del portone è:`, `Код от входной двери:`); the others label a field or a note of apps' own interface strings —
// `Código do portão` and `gate_code` (rental and delivery apps), `Dørkode {code}` (a booking app's Norwegian
// strings), `Digicode` (a French listing form), `Deurcode ${doorCode}`, `Kod do domofonu` (Polish checkout forms),
// `Код домофона` (Russian delivery forms), `código do cofre` (a rental's key-safe note). `alarm code` was left out:
// machines report alarm codes (`The active alarm code is 414`). Finnish `ovikoodi` (the phrasebook's) was left out too:
// dev writes it after Finnish address lines as a delivery detail (`Postiosoite {address}, ovikoodi 2231`, round 14's
// wording), labelled as no secret, where a code redacted as a password joins the address span it touches.
// Round 20: the project's rule is that PINs and access codes are passwords, so round 14's wording was relabelled (its
// items in dev now carry the code as a password) and `ovikoodi` added: a Finnish checkout form labels its door-code
// field `finland_door: "Ovikoodi"`, and delivery notes write `Ovikoodi 1234, jätä paketti ovelle.` The other round 20
// words: `Le code du portail est 4521` (a messaging app's test reply) and `le digicode du portail est 4892` (a rental
// host's message), `code de l'interphone` / `code de l'immeuble` / `code du coffre` written from memory beside them;
// `Tresorcode` and `codice della cassaforte` (a game's translation table, with `код от сейфа`), and Russian `Код от
// сейфа` as a spreadsheet column of key-safe codes; `калитки` (wicket gate) and `ворот` (gate) from memory.
/** Round 17: the same words in scripts matched anywhere (only whole compounds: `пин` alone is inside `пингвин`);
 *  round 18: and `PIN-код` with a Latin `PIN`, as Android's Russian catalogue writes it. */
const PIN_SCRIPT_WORDS = [
  'пин-код', 'пинкод', 'ПИН-код', 'pin[ -]?код', 'код доступа', 'код за достъп', 'PIN码', 'PIN碼', 'PIN番号', 'PIN 번호', 'PIN코드', 'κωδικός PIN',
];
const DOOR_CODE_SCRIPT_WORDS = [
  // round 19: the intercom's and the entrance door's code (`код домофона`, `код от домофона`, `Код от входной двери`)
  '[Кк]од (?:от )?(?:домофона|(?:входной )?двери)',
  // round 20: the safe's and the gate's code (`Код от сейфа 74608`, `код калитки`)
  '[Кк]од (?:от )?(?:сейфа|калитки|ворот)',
  // round 22: Hebrew, Arabic, Persian, Urdu, Hindi, Thai, CJK, Ukrainian, Bulgarian, Serbian (access-code-words-round22.ts)
  ...DOOR_CODE_SCRIPT_WORDS_ROUND22,
];

/** Password words of other scripts, matched anywhere (no spaces around words in Thai, Lao, Khmer, Burmese, CJK). */
const SCRIPT_WORDS = [
  'парол', 'лозинк', 'шифр', 'гасл', 'құпия сөз', 'нууц үг', 'κωδικ', 'συνθηματικ', 'סיסמ', 'كلمة المرور', 'كلمة السر', 'كلمة مرور',
  'رمز عبور', 'رمز المرور', 'گذرواژه', 'کلمه عبور', 'پاس ورڈ', 'پاسورڈ', 'पासवर्ड', 'कूटशब्द', 'पासवर्ड', 'পাসওয়ার্ড', 'পাসওয়ার্ড',
  'ਪਾਸਵਰਡ', 'પાસવર્ડ', 'கடவுச்சொல்', 'పాస్‌వర్డ్', 'పాస్వర్డ్', 'ಪಾಸ್‌ವರ್ಡ್', 'ಪಾಸ್ವರ್ಡ್', 'പാസ്‌വേഡ്', 'പാസ്വേഡ്', 'รหัสผ่าน', 'ລະຫັດຜ່ານ',
  'ពាក្យសម្ងាត់', 'စကားဝှက်', 'პაროლ', 'գաղտնաբառ', 'የይለፍ ቃል', '密码', '密碼', '口令', 'パスワード', '暗証番号', '비밀번호', '암호',
  // round 9: the inflected or other spellings of those scripts, and scripts that had none
  'የይለፍ ቃ', 'መሕለፊ ቃል', 'මුරපද', 'මුරපදය', 'கடவுச்சொ', 'பாஸ்வேர்ட்', 'సంకేతపద', 'ಗುಪ್ತಪದ', 'രഹസ്യവാക്ക്', 'संकेतशब्द', 'गुप्तशब्द',
  'ପାସୱାର୍ଡ', 'ପାସ୍‌ୱାର୍ଡ', 'পাছৱৰ্ড', 'پټنوم', 'پاسورډ', 'وشەی نهێنی', 'تێپەڕەوشە', 'پاسورڊ', 'الرقم السري', 'رمز الدخول', 'كلمة سر',
  'گذرواژه', 'رمز ورود', 'פּאַראָל', 'פאראל', 'קוד גישה', 'сырсөз', 'серсүз', 'серһүҙ', 'құпиясөз', 'гузарвожа', 'рамз',
  'พาสเวิร์ด', 'ລະຫັດ', 'លេខសម្ងាត់', 'လျှို့ဝှက်နံပါတ်', 'གསང་ཚིག', 'პაროლი', 'საიდუმლო კოდ', 'գաղտնագիր',
  'パスコード', '암호', '패스워드', '비번', '通行码', '通關密語', '暗号', 'ভেদশব্দ', 'গোপন শব্দ',
  // round 10: Uyghur, Persian and Arabic loanwords and the spelling with ه for ة, Dhivehi
  'پارول', 'پسورد', 'پاسورد', 'باسورد', 'الباسورد', 'كلمه المرور', 'كلمه السر', 'كلمة مرور', 'ޕާސްވޯޑް',
  // round 11: the Tigrinya and Amharic word without its prefix (`ናይ ይለፍ ቃለይ`)
  'ይለፍ ቃ',
  // round 21: Urdu "secret word" (uptime-kuma's `ur.json`, `"Current Password": "موجودہ خفیہ لفظ"`)
  'خفیہ لفظ',
];

/** Round 13: the same words for the prose rules (password-forms.ts), which match case-sensitively: the lower-case and
 *  title-case spelling of each word of a cased script (`parol`, `Parol`, `Құпия сөз`; never `PaROL`). */
export const PASSWORD_WORDS_CASED = [...LATIN_WORDS, ...SCRIPT_WORDS]
  .map((word) => (/^\p{Ll}/u.test(word) ? `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}` : word))
  .join('|');

/** A space inside a Latin entry may be written as nothing or a hyphen (`açarsöz`, `palavra-passe`, `motdepasse`). */
const LATIN_PATTERN = LATIN_WORDS.map((word) => word.replace(/ (?![^[]*\])/g, '[ \\-]?')).join('|');

// Not glued to a name (`my-password`, `user.password`), but after an article joined by a hyphen (Maltese
// `il-password`, Arabic-style `al-`, `l-`).
const wordPattern = (latin: string, script: readonly string[]) =>
  new RegExp(
    `(?:(?<![\\p{L}\\p{N}_$@./\\\\-])|(?<=(?:^|[\\s"'(])(?:il|l|al|el|ul|an|ar|as|at|ad|az|ash)-))(?:${latin})(?!less)\\p{L}{0,4}(?![\\p{L}\\p{N}])|${script.join('|')}`,
    'giu',
  );
/** Latin words as one alternation, a space in a word (outside a character class) also matching a hyphen or nothing. */
const spaced = (words: readonly string[]) => words.map((word) => word.replace(/ (?![^[]*\])/g, '[ \\-]?')).join('|');
const DOOR_PATTERN = spaced(DOOR_CODE_WORDS);
const PIN_ONLY_PATTERN = spaced(PIN_WORDS);
const PIN_PATTERN = `${PIN_ONLY_PATTERN}|${DOOR_PATTERN}`;
/** Round 20: an entry-code note after an address (`…, ovikoodi 2231`, `…, digicode 4B21`) is no part of the address:
 *  address-access-codes.ts ends an address span before it, so the code, a password, does not swallow the address. */
export const DOOR_CODE_WORD = new RegExp(
  `(?<![\\p{L}\\p{N}_-])(?:${DOOR_PATTERN})(?![\\p{L}\\p{N}])|${DOOR_CODE_SCRIPT_WORDS.join('|')}`,
  'iu',
);
/** Round 17: with the PIN and access-code words; the label test below keeps the password words alone. Round 22: the
 *  access-code phrases first, so one that starts with a password word (Croatian `šifra za sef`, Greek `κωδικός της
 *  πόρτας`) is read whole, as a code's label, rather than as the password word alone. */
const WORD_RE = wordPattern(`${DOOR_PATTERN}|${LATIN_PATTERN}|${PIN_ONLY_PATTERN}`, [...DOOR_CODE_SCRIPT_WORDS, ...SCRIPT_WORDS, ...PIN_SCRIPT_WORDS]);
const PASSWORD_WORD_RE = wordPattern(LATIN_PATTERN, SCRIPT_WORDS);

/** A password word of any of those languages in `value` (`Lagre passord`, `Mot de passe oublié ?`, `Neues Passwort`).
 *  Round 18: the password words alone, as before round 17. Its caller (`passwordUiText`) reads a value holding one as
 *  interface text, so with the PIN words a passphrase under a password key that holds `pin` (`password: "tulip pin
 *  harbor violin"`) was kept; interface text about a PIN (`Enter your PIN`) is sentence case and kept without it. */
const WORD_TEST = new RegExp(PASSWORD_WORD_RE.source, 'iu');
/** Round 19: the matched word is a PIN or access-code word, or a password word for a code of digits: iOS's
 *  `passcode` (six digits by default), Japanese `暗証番号` and `パスコード`. */
const PIN_WORD_TEST = new RegExp(`^(?:${PIN_PATTERN}|${[...PIN_SCRIPT_WORDS, ...DOOR_CODE_SCRIPT_WORDS].join('|')}|passcode|パスコード|暗証番号)`, 'iu');
/** "is" and the separators of notes, in the languages of the PIN words, before a PIN given later in its sentence
 *  (`BitLocker PIN for the laptop is 83511748`, `el PIN de la tarjeta SIM es 470215`, `PIN-код карты — 4417`). */
// round 22: and the copulas of the scripts round 22's access-code words added (Hebrew `הוא`/`היא`, Arabic `هو`/`هي`,
// Persian `است`, Hindi `है`, Thai `คือ`, Ukrainian `є`, Serbian and Bulgarian `је`/`е`, Indonesian `yaitu`, Tagalog `ay`)
const PIN_VERB = /^(?:is|was|es|era|est|ist|lautet|war|è|é|era|er|är|on|jest|je|to|ir|olur|это|был|была|είναι|là|adalah|ialah|este|wynosi|bedraagt|הוא|היא|هو|هي|است|है|คือ|є|је|е|yaitu|ay|[:：=—–-]|->|→)$/iu;
/** Round 19: digits alone are a PIN after a PIN word: four to twelve of them, no run of one digit or a count
 *  (`0000`, `1234`, `987654` are stand-ins) or a round number (`pin 1000`). */
function pinDigits(value: string): boolean {
  // a door code may end or start with the keypad's `#` or `*` (`5829#`)
  value = value.replace(/^[#*]|[#*]$/g, '');
  if (!/^\d{4,12}$/.test(value) || /^(\d)\1+$|^[1-9]0{2,}$/.test(value)) return false;
  let up = true;
  let down = true;
  for (let i = 1; i < value.length; i++) {
    const step = value.charCodeAt(i) - value.charCodeAt(i - 1);
    if (step !== 1) up = false;
    if (step !== -1) down = false;
  }
  return !up && !down;
}
export const holdsPasswordWord = (value: string): boolean => WORD_TEST.test(value);
const ENDING_WORD = new RegExp(`(?:${PASSWORD_WORD_RE.source})\\p{L}{0,4}$`, 'iu');
/** Round 14: a label that ends in a password word (`Passphrase`, `Wi-Fi password`, `Mot de passe`), not one that
 *  names something about it (`Password hint`, `Passwort vergessen`). */
export const endsWithPasswordWord = (label: string): boolean => ENDING_WORD.test(label);

/** Right after the word, code punctuation makes it a name: `password)`, `password,`, `password.length`, `"password":`. */
const NAME_AFTER = /^(?:[()[\]{};"'`=&|+*/<>]|[,?!](?=\S)|\.[\p{L}_$]|-[\p{L}])/u;
/** Tokens that end the window: code (brackets, statements, operators) and sentence ends. */
const CODE_TOKEN = /[(){};[\]]|^(?:==|!=|&&|\|\||\+|\?|=>|<|>)$/;
// round 21: and an assignment glued to the word (`PASWD:=X`, `pwd=X`): the operator is no part of the value
const LEADING = /^(?:["'`“”«»‘’„‚‹›([<「『【]|\*\*|:?=+(?=\S))+/;
const TRAILING = /(?:["'`“”«»‘’„‚‹›)\]>」』】,;:.?。、，]|\*\*)+$/;
/** Separators of notes and tables that carry nothing: `:`, `-`, `—`, `->`, `|`, dotted leaders. */
const SEPARATOR_ONLY = /^(?:[:：=|│→⇒>—–?？-]|->|=>|[.…·_-]{2,})+$/;

interface Token {
  start: number;
  end: number;
  /** The raw token ended a sentence (`word.`), so the window stops after it. */
  last: boolean;
  code: boolean;
  name: boolean;
}

/** Whitespace-separated tokens of `text` from `from` to `to`, with quotes, brackets and sentence punctuation cut off. */
function tokens(text: string, from: number, to: number, limit: number): Token[] {
  const out: Token[] = [];
  // scripts written without spaces end a token too: `パスワードはbj8ivvdlsu7t0です` holds the value between kana
  const re = /[^\s\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\u3000-\u303f\uff01-\uff0f\uff1a-\uff20]+/gu;
  // a bounded slice: a token running past the window (a megabyte with no space) is cut there, never scanned whole
  const window = text.slice(from, to);
  let m: RegExpExecArray | null;
  while (out.length < limit && (m = re.exec(window)) !== null) {
    const raw = m[0];
    const lead = LEADING.exec(raw)?.[0].length ?? 0;
    // round 23: two stops after a letter or digit (`Nebula77..`) end no sentence (one does, three are an ellipsis): kept
    const trail = /[\p{L}\p{N}]\.\.$/u.test(raw) && !/\.\.\.$/.test(raw) ? 0 : (TRAILING.exec(raw.slice(lead))?.[0].length ?? 0);
    const start = from + m.index + lead;
    const end = from + m.index + raw.length - trail;
    out.push({ start, end, last: /[.?!。]["'”»)]*$/.test(raw) && /^\p{L}+$/u.test(text.slice(start, end)), code: CODE_TOKEN.test(raw.slice(lead, raw.length - trail)), name: /[:=]$/.test(raw) });
  }
  return out;
}

/** The end of the window after the word: the line, or the next line when the word ends its own (`Password:` ⏎ `X`). */
function windowAfter(text: string, from: number): number {
  const found = text.slice(from, from + 200).indexOf('\n');
  const lineEnd = found === -1 ? Math.min(text.length, from + 200) : from + found;
  const rest = text.slice(from, lineEnd).trim().replace(/["'`*]/g, '');
  if ((rest === '' || SEPARATOR_ONLY.test(rest)) && lineEnd < text.length && text[lineEnd] === '\n') {
    const next = text.slice(lineEnd + 1, lineEnd + 200).indexOf('\n');
    return next === -1 ? Math.min(text.length, lineEnd + 200) : lineEnd + 1 + next;
  }
  return lineEnd;
}

/** Tokens read after the word. Round 17: 14, not 10 — a correction runs longer than a statement ("the pin for the
 *  shared vault is not 1234 anymore, it is X", "ist nicht mehr 1234, jetzt ist es X"); the window still ends with the
 *  line (200 characters at most) and at code or a sentence end. */
const AFTER_TOKENS = 14;

function* find(text: string): Iterable<Range> {
  const re = new RegExp(WORD_RE.source, WORD_RE.flags);
  let match: RegExpExecArray | null;
  let done = 0; // spans are yielded in order; a token already taken is not taken twice
  while ((match = re.exec(text)) !== null) {
    const wordEnd = match.index + match[0].length;
    if (NAME_AFTER.test(text.slice(wordEnd, wordEnd + 2))) continue;
    // after: up to fourteen tokens of the same sentence
    // Tokens before `done` were in an earlier word's window, which took them or passed them (a code token or a
    // sentence end there would have stopped it before `done`): read on from there, so words close together (a list of
    // accounts, a table) do not tokenise the same text again and again.
    const afterFrom = Math.max(wordEnd, done);
    const after = tokens(text, afterFrom, windowAfter(text, wordEnd), AFTER_TOKENS);
    let first = afterFrom === wordEnd;
    const pinWord = PIN_WORD_TEST.test(match[0]);
    const doorWord = pinWord && DOOR_CODE_WORD.test(match[0]);
    let wordsBetween = 0;
    let previous = '';
    for (const token of after) {
      if (token.code) break;
      const value = text.slice(token.start, token.end);
      if (SEPARATOR_ONLY.test(value) || value === '') {
        previous = value;
        continue;
      }
      const place = first ? 'next' : 'after';
      first = false;
      // round 19: a PIN is digits alone, right after its word or after "is" or a separator later in the sentence
      // round 21: not a number that labels a message after its colon (`Alarm code 2045: spindle overheat`)
      // round 22: or, after an access-code word, where a word or two (the place) stand between and the digits end the
      // line (`קוד הכספת בדירה 7731`, `door code back gate 58213`): the note's value, not a unit number or a year
      const placeThenDigits = doorWord && wordsBetween <= 2 && /^[ \t.!]*(?:\r?\n|$)/.test(text.slice(token.end, token.end + 40)) && !/^(?:19|20)\d\d$/.test(value);
      const pinHere = pinWord && token.start >= done && pinDigits(value) && (place === 'next' || PIN_VERB.test(previous) || placeThenDigits || /[:：]$/.test(text.slice(token.start - 2, token.start).trim())) && !/^[:：][ \t]*\p{L}/u.test(text.slice(token.end, token.end + 4));
      if (/^\p{L}+$/u.test(value)) wordsBetween++;
      else wordsBetween = 3;
      previous = value;
      if (pinHere) {
        done = token.end;
        yield { start: token.start, end: token.end };
        continue;
      }
      // a token that ends in a colon labels what follows (`password for rochelle.spinka22: …`): the user, not the value
      if (/^[:：](?:\s|$)/.test(text.slice(token.end, token.end + 2))) continue;
      if (token.start >= done && passwordTokenShape(value, place)) {
        done = token.end;
        yield { start: token.start, end: token.end };
      }
      if (token.last) break;
    }
    // before: up to five tokens on the same line, in the same sentence, shaped beyond doubt
    // (the line start is looked for within the 120 characters only: an unbounded lastIndexOf would be quadratic)
    const from = Math.max(0, match.index - 120);
    const before = tokens(text, Math.max(from + text.slice(from, match.index).lastIndexOf('\n') + 1, match.index - 60), match.index, 12).slice(-5);
    for (let i = before.length - 1; i >= 0; i--) {
      const token = before[i]!;
      // a token given a value (`"name":`, `key=`) is a name, and what comes before it another statement
      if (token.code || token.name || (token.last && i < before.length - 1)) break;
      if (token.end > match.index || token.start < done) continue;
      if (passwordTokenShape(text.slice(token.start, token.end), 'before')) yield { start: token.start, end: token.end };
    }
  }
}

export const passwordContextRules: RedactionRule[] = [
  {
    id: 'password-nearby',
    kind: 'password',
    level: 'secrets',
    priority: 78,
    description:
      'A password-shaped token (not a word, mixes classes, a passphrase or machine-random) among the fourteen tokens after a password word of ~70 languages (round 17: or a PIN or access-code word) in the same sentence (across a line break after `Password:`), or one of the five before it ("X is the password")',
    find: (text: string) => [...find(text)],
  },
];
