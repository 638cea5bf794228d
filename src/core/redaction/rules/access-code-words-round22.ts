// Round 22: round 21's access-code family (access-code-words.ts: the word for a code, then what it opens) widened to
// the languages and scripts it did not reach — Greek, Romanian, the Croatian/Serbian/Bosnian/Slovene `šifra`,
// Indonesian and Malay, Tagalog, Albanian, the Baltic languages and Hungarian that put the object first, and the
// scripts matched anywhere (Hebrew, Arabic, Persian, Urdu, Hindi, Thai, Chinese, Japanese, Korean, Ukrainian,
// Bulgarian, Serbian Cyrillic). Regex sources, matched case-insensitively.
//
// Where the words were found (apps' own interface strings and notes in the public code index, looked up for this
// round): Greek `Κωδικός πόρτας` (a booking form's `"doorCode": "Κωδικός πόρτας"`, a real-estate note `κωδικός πόρτας
// 1234`); Croatian `šifra za vrata` (a guest manual's `hr: "Vaša osobna šifra za vrata je: 1234 #"` beside `Türcode`);
// Romanian `Cod interfon` (a delivery form's `intercom: "Cod interfon"`, notes `ex: Cod interfon 45#`) and `codul ușii`
// (a phrasebook's `['codul ușii', 'the door code']`); Indonesian `kode pintu` (a rental's `wifi, kode pintu, akses`)
// and `kode brankas`; Hebrew `קוד לדלת` (a shop app's `"doorCode": "קוד לדלת"`) and `קוד הכספת` (a trip app's notes
// `קוד הכספת 4417`); Arabic `رمز الباب` (a guest app's `title: isAr ? "رمز الباب" : "Door code"`) and `رمز البوابة`
// (a form's `Gate Code` label, whose Farsi is `کد دروازه` and Urdu `گیٹ کوڈ`). The rest — the other inflections, the
// Baltic and Hungarian genitive forms, Albanian, Tagalog, Hindi, Thai, Chinese, Korean, Japanese, Ukrainian, Bulgarian
// and Serbian Cyrillic — are written from memory. Words that also name an identifier more than a lock (Indonesian
// `gedung`, `rumah`: "kode gedung" is a building's id) were left out; Arabic `بوابة` is a web portal too, but a
// portal's token is no bare run of four to twelve digits, which is all a door-code word lets through (pinDigits).

/** What a code opens, in the languages above (with the inflections the code word puts them in). */
export const ACCESS_OBJECTS_ROUND22 = [
  // Greek: the door, the front door, the garden gate, the entrance, the safe, the alarm, the intercom, the lock, the building
  '(?:εξ(?:ώ|ω))?π(?:ό|ο)ρτα[ςσ]?', 'καγκελ(?:ό|ο)πορτα[ςσ]?', 'εισ(?:ό|ο)δου', 'χρηματοκιβωτ(?:ί|ι)ου', 'συναγερμο(?:ύ|υ)', 'θυροτηλεφ(?:ώ|ω)νου',
  'κλειδαρι(?:ά|α)[ςσ]', 'πολυκατοικ(?:ί|ι)α[ςσ]', 'κτιρ(?:ί|ι)ου', 'γκαρ(?:ά|α)ζ', 'ντουλαπιο(?:ύ|υ)',
  // Romanian
  'interfon(?:ul|ului)?', 'u(?:ș|ş|s)(?:ă|a)', 'u(?:ș|ş|s)a', 'poart(?:ă|a)', 'seif(?:ul|ului)?', 'alarm(?:ă|a)', 'lac(?:ă|a)t(?:ul|ului)?', 'intr(?:ă|a)rii', 'intrare', 'blocului',
  // Croatian, Serbian, Bosnian, Slovene, Czech, Slovak
  'sef(?:a|u|om)?', 'vrat(?:a|ima)', 'ulaz(?:a|u)?', 'kapij(?:a|e|u)', 'interfon(?:a|u)', 'portafon(?:a|u)?', 'gara(?:ž|z)(?:a|e|u)', 'ormari(?:ć|c)(?:a|u)?', 'lokot(?:a|u)?',
  'zgrad(?:a|e|u)', 'vhod(?:a|u)?', 'dver(?:í|i)', 'trezor(?:a|u)?', 'alarm(?:u|a)',
  // Indonesian, Malay, Tagalog
  'pintu', 'gerbang', 'pagar', 'brankas', 'peti\\s?besi', 'loker', 'gembok', 'garasi', 'pinto', 'pintuan', 'kandado',
  // Albanian
  'der(?:ës|a)', 'port(?:ës|es)', 'kasafort(?:ës|es)',
  // more of the Romance and Germanic ones: lockers, key boxes, letterboxes, the lobby
  'interfone', 'fechadura', 'cacifo', 'taquilla', 'casillero', 'portaria', 'bo(?:î|i)te\\s?(?:à|a)\\s?cl(?:é|e)s?', 'casier', 'spind', 'schlie(?:ß|ss)fach', 'tiefgarage',
  'zahlenschloss', 'armadietto', 'portineria', 'kluisje', 'cijferslot', 'szafki', 'skrytki', 'klatki', 'locker', 'mailbox', 'lobby',
];

/** The word for the code, of the languages above: Serbo-Croatian `šifra` (also "password" there, so the object must
 *  follow), Greek `κωδικός` and `συνδυασμός`, Albanian `kodi`, and "combination" of a lock. */
export const ACCESS_CODE_WORDS_ROUND22 = [
  '(?:š|s)ifr(?:a|u|e|om)', 'κωδικ(?:ό|ο)[ςσ]?', 'κωδικο(?:ύ|υ)', 'συνδυασμ(?:ό|ο)[ςσ]?', 'kodi', 'kombinacij(?:a|u|e)', 'kombinace', 'kombinasi', 'combinaison', 'combina(?:ç|c)(?:ã|a)o',
].join('|');

/** Languages that name the object first, in its genitive, then the code: Lithuanian `durų kodas`, Latvian `durvju
 *  kods`, Estonian `ukse kood`, Hungarian `a kapu kódja`, and more Turkish objects (`dolabın şifresi`). */
export const ACCESS_CODE_PHRASES_ROUND22 = [
  '(?:dur(?:ų|u)|vart(?:ų|u)|seifo|domofono|signalizacijos|spintel(?:ė|e)s)\\s?kod(?:as|ą|a)',
  '(?:durvju|v(?:ā|a)rtu|seifa|domofona|signaliz(?:ā|a)cijas)\\s?kod(?:s|u|a)',
  '(?:ukse|v(?:ä|a)rava|seifi|fonoluku|alarmi)\\s?kood(?:i)?',
  '(?:kapu|ajt(?:ó|o)|sz(?:é|e)f|riaszt(?:ó|o)|kaputelefon|kapunyit(?:ó|o))\\s?k(?:ó|o)dja',
  '(?:dolab|apartman|otopark)(?:ı|i|u|ü)n\\s(?:(?:ş|s)ifresi|kodu)',
];

/** The same family in scripts matched anywhere (no word boundary: Hebrew glues `ה`, `ל`, `ב` to the noun, Chinese and
 *  Thai have no spaces). An Arabic object may take its owner after it (`رمز باب العمارة`, the building's door). */
export const DOOR_CODE_SCRIPT_WORDS_ROUND22 = [
  // Hebrew: `הקוד לדלת`, `קוד הכספת`, `קוד של השער`
  'ה?קוד\\s{1,2}(?:של\\s{1,2})?[לב]?ה?(?:דלת|שער|כספת|אינטרקום|בניין|אזעקה|לוקר|כניסה|חניה|מנעול)',
  // Arabic: `رمز الباب`, `كود البوابة`, `الرقم السري للخزنة`
  '(?:ال)?(?:رمز|كود|رقم\\s{1,2}سري|الرقم\\s{1,2}السري)\\s{1,2}(?:ل|لل|ال)?(?:باب|بوابة|خزنة|خزينة|إنترفون|انترفون|قفل|إنذار|انذار|عمارة|مبنى|شقة|كراج|جراج|خزانة)(?:\\s{1,2}ال\\p{L}{2,12})?',
  // Persian and Urdu: `کد دروازه`, `رمز درب`, `گیٹ کوڈ`
  '(?:کد|رمز)\\s{1,2}(?:درب|دروازه|گاوصندوق|آیفون|پارکینگ|قفل)', '(?:گیٹ|دروازے|دروازہ|لاکر)\\s{1,2}(?:کا\\s{1,2})?کوڈ',
  // Hindi, Thai
  '(?:दरवाज़े|दरवाजे|गेट|तिजोरी|लॉकर)\\s{1,2}(?:का\\s{1,2})?(?:कोड|पिन)', 'รหัส(?:เข้า)?(?:ประตู|ตู้เซฟ|ล็อกเกอร์|คีย์การ์ด)',
  // Chinese, Japanese, Korean
  '(?:门禁|大门|门锁|房门|保险箱|保险柜|门|門禁|大門|門鎖|保險箱|保險櫃)的?(?:密码|密碼|码|碼)',
  '(?:オートロック|玄関|ドア|金庫|キーボックス|ロッカー)の?(?:暗証番号|番号|パスコード)',
  '(?:공동\\s?)?현관(?:문)?\\s?(?:비밀번호|비번)', '(?:도어락|금고|사물함)\\s?(?:비밀번호|비번)',
  // Ukrainian, Bulgarian, Serbian Cyrillic, and more Russian objects
  "[Кк]од\\s{1,2}(?:від\\s{1,2})?(?:домофону|дверей|сейфа|воріт|хвіртки|під['’]їзду)",
  '[Кк]од(?:ът)?\\s{1,2}(?:на|за)\\s{1,2}(?:входа|вратата|сейфа|домофона|портала)',
  '[Шш]ифр(?:а|у)\\s{1,2}(?:за|од)\\s{1,2}(?:сеф|врата|улаз|капију|интерфон)',
  '[Кк]од\\s{1,2}(?:от\\s{1,2})?(?:подъезда|замка|ячейки|шкафчика)',
];
