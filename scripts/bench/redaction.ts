// Redaction speed on 5 MB hostile inputs (runs with no terminator, repeated key prefixes, separators every
// character, PEM headers without footers, …) and on a realistic chat-with-code mix, at the strict level: time per
// MB beside a target. Linear patterns keep every input in the same range; a quadratic one would take hours.
//   npx tsx scripts/bench/redaction.ts        (also run by `npm run bench`)
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { adversarialInputs } from '../../test/support/adversarial-inputs';
import { createRedactor } from '../../src/core/redaction';

export interface RedactionFigure {
  name: string;
  /** Wall-clock time per MB: what a person waits. */
  msPerMb: number;
  /** CPU time of this process per MB: the algorithm's cost, not inflated by other jobs on a shared machine. */
  cpuMsPerMb: number;
  spans: number;
}

/** Target per MB at the strict level on a shared 2-core machine. */
export const REDACTION_TARGET_MS_PER_MB = 3000;

/**
 * Hostile inputs for the round-3 and round-4 rules (address lines found from their end, passwords in CLI/SQL/call/prose
 * forms): anchors every few characters with nothing, or everything, to walk back over.
 */
function formInputs(size: number): { name: string; text: string }[] {
  const fill = (unit: string) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  return [
    { name: 'state + ZIP after every street', text: fill('12 Ab Cd Ef, TX 12345 ') },
    { name: 'state ends, no house number', text: fill('Ab Cd Ef Gh, TX. ') },
    { name: 'UK postcodes in capitals', text: fill('Ab Cd Road Ef SW1A 1AA ') },
    { name: 'password words', text: fill('password Ab1!x9 passwort ') },
    { name: 'unclosed connect calls', text: fill("getConnection(a, 'b', 'c' ") },
    { name: 'ACL lines without >', text: fill('ACL SETUSER a on b c d e f ') },
    { name: 'echo pipes', text: fill('echo "abc" | echo "abc" | ') },
    // round 4's rules: password words with words after them and no colon, credential pairs, statements, DSNs
    { name: 'password words, words, no colon', text: fill('Hasło do konta Ab cd ef ') },
    { name: 'credential pairs with nothing after', text: fill('login: admin / ') },
    { name: 'IDENTIFIED BY unclosed', text: fill("IDENTIFIED BY 'abc ") },
    { name: 'secret statements unclosed', text: fill('secret "abc ') },
    { name: 'net use without a password', text: fill('net use \\\\a\\b ') },
    { name: 'user:pass@ without tcp(', text: fill('ab:cd@ ') },
    { name: 'password inputs without value', text: fill('<input type="password" ') },
    { name: 'typed streets before town segments', text: fill('Ab Binnenweg 17, Cd Ef, ') },
    // round 5's random-token rule: a key-shaped run every 17 characters, given to names, after leak verbs, in calls
    { name: 'key-shaped runs, no newline', text: fill('aB3dE5gH7jK9mN1p ') },
    { name: 'key-shaped runs given to names', text: fill('x = aB3dE5gH7jK9mN1pQ ') },
    { name: 'unclosed client calls', text: fill('SomeClient("aB3dE5gH7jK9mN1pQ8') },
    // round 6: login/credential calls with quoted arguments and no close, auth calls holding key-shaped arguments,
    // password words with leaders, aligned names, escaped JSON and XML entries never closed, many @ in userinfo
    { name: 'unclosed credential calls', text: fill('login("a@b.c", "Xk9!p", "q\', ') },
    { name: 'key-shaped auth call arguments', text: fill("OAuth('aB3dE5gH7jK9mN1pQ8', ") },
    { name: 'password words with leaders', text: fill('Password ...... ---- | -> ') },
    { name: 'aligned secret names', text: fill('api_token                                 ') },
    { name: 'escaped JSON never closed', text: fill('\\"password\\": \\"abc ') },
    { name: 'XML entries never closed', text: fill('<entry key="db.password">abc ') },
    { name: 'many @ in userinfo', text: fill('s://u:p@a@b@c@d@e@') },
    // round 7: the randomness model next to provider names and key words of many languages, glued key-word heads
    { name: 'provider names before random runs', text: fill('clarifai ключ aB3dE5gH7jK9mN1pQ8 ') },
    { name: 'key words glued to random runs', text: fill('dd-apikey-aB3dE5gH7jK9mN1pQ8xZ ') },
    // round 8: password words of many languages with ten tokens after each, and ending every line (window across it)
    { name: 'password words, ten tokens after', text: fill('пароль ab cd ef Ab1!x9 gh ij kl mn op qr ') },
    { name: 'password words ending lines', text: fill('Password:\nab\n') },
    // round 6's rules: Cyrillic street anchors with parts before them, Canadian postcodes and provinces, card runs
    // retried from each group, IPv4-mapped IPv6, (0) trunks, RTL PO boxes, kanji block numbers, abroad prefixes
    { name: 'cyrillic streets, no house', text: fill('ул. Ленина пр. Мира г. Омск ') },
    { name: 'cyrillic parts before streets', text: fill('Омская обл, г. Омск, пгт Ааа, '.repeat(8) + 'ул. Ввв 5, ') },
    { name: 'canadian provinces, postcodes', text: fill('Ab Cd (Québec) H2L 2C4 Ontario ') },
    { name: 'card groups in a row', text: fill('4111 1111 1111 1112 ') },
    { name: 'ipv4-mapped ipv6', text: fill('::ffff:1.2.3.4:') },
    { name: 'trunk 0 in parentheses', text: fill('(0)1 (0)') },
    { name: 'rtl po boxes', text: fill('صندوق بريد ١٢٣ ') },
    { name: 'kanji block numbers', text: fill('豊洲 一丁目二丁目') },
    { name: 'dialled from abroad', text: fill('011 44 20 7946 0958 0011 ') },
    // round 7's country-data addresses: a region or country name after every street, lists of names, CJK regions
    { name: 'regions after streets', text: fill('12 Ab Road, Cd, Johor, ') },
    { name: 'postcodes before countries', text: fill('Ab 12, 8420000, Cd, Chile, ') },
    { name: 'lists of region names', text: fill('Delta,Johor,Perak,Kedah,') },
    { name: 'CJK regions after postcodes', text: fill('106\n台北市大安區\n') },
    // round 8's street lines and fleet cards: a type and a number every few words, long glued words, names walked
    // back over, English order after a place word, issuer groups after a card word
    { name: 'typed streets, every number', text: fill('Ab Cd ulica 12 Calea Ef 3 ') },
    { name: 'long words before numbers', text: fill('Abcdefghijklmnopqrstuvwxyzabcdeveien 1 ') },
    { name: 'capitalised runs and numbers', text: fill('Ab Cd Ef Gh Ij 1 ') },
    { name: 'english order after places', text: fill('at 12 Ab Cd Ef Gh Road ') },
    { name: 'fleet card groups named', text: fill('kart 7077 18529630 74186 ') },
    // round 9's secret families: password column headers over rows, tool names with no password flag, expect
    // prompts, basic-auth users and versioned API paths, names of secrets of their own
    { name: 'password column headers', text: fill('a,password,b\nc,d,e\n') },
    { name: 'tools without password flags', text: fill('ldapsearch -x -D a 7z x -y ipmitool -U b ') },
    { name: 'expect prompts without send', text: fill('expect "password:"\n') },
    { name: 'basic-auth users and API paths', text: fill('-u aB3dE5gH7jK9mN1pQ8xZ: https://api.x.io/v1/aB3dE5gH7jK9mN1pQ8xZ/ ') },
    { name: 'secret names of their own', text: fill('shared = seed: signing=pepper ') },
    // round 9: an address's introduction before every street-and-town pair (introduced-address walks its segments)
    { name: 'address words before segments', text: fill('address: Ab 12, Cd Ef, Gh, ') },
    /* round 10, secrets: password words after hyphen articles and written as compounds before password-shaped words;
       JWT-like parts joined by dots with no end, after percent-escapes; symbol-laden runs next to key words and one
       run with no space at all; the secrets-file layouts without their last field; query keys, constructor calls and
       API names before hex; base64 PEM heads that are no private key */
    { name: 'articles and compound password words', text: fill('il-password açarsöz palavra-passe Ab1-cd2 mèo.ab.12 ') },
    { name: 'JWT parts without an end', text: fill('eyJhbGciOiJub25lIn0.eyJhIjoxfQ.') },
    { name: 'percent-escapes before JWT heads', text: fill('%20ewogICJhbGciOiAi.x%3DeyAiYWxnIjog.') },
    { name: 'symbol runs near key words', text: fill('key: aB3#dE5$gH7!jK9% secret=k8#d2!x9z@q(m)4w ') },
    { name: 'one symbol run, no space', text: fill('k8#d2!x9z@q(m)4w_v7&n^p1r+t=') },
    { name: 'secrets-file layouts unfinished', text: fill('[a.b]:25 u:\n"u" * "p"\ncat auth.txt\nu\n<key>Password</key>\n') },
    { name: 'query keys and hex call arguments', text: fill('?appid=3e9b1d7a52c04f8e96a1b7d3c5e2f084&code=x Geo("3e9b1d7a52c04f8e96a1b7d3c5e2f084") A_API=') },
    { name: 'base64 PEM heads', text: fill('LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t') },
    { name: 'password list heads without items', text: fill('passwords:\n  x\npwds:\n') },
    { name: 'wallet loaders without a key', text: fill('Wallet("0x3ec7aaf28f77727761d5 privateKeyToAccount(\'') },
    /* round 10, personal data: country hints gathered per block (names, +CC numbers, ccTLDs) beside national numbers
       that the common regions refuse, full-width and other-script digits, extensions and comma-joined lists, compact
       mobiles in CJK text */
    { name: 'phones beside country hints', text: fill('Costa Rica +506 x@a.cr 8312-3456 Belize 622-1234, ') },
    { name: 'full-width phone groups', text: fill('＋８１　３－１２３４－５６７８，٠٥٠ ١٢٣ ٤٥٦٧ ') },
    { name: 'phone lists and extensions', text: fill('021-68812753,021-68808888x12 010-65980408-8001 ') },
    { name: 'compact numbers in CJK text', text: fill('电话13604779660或13604770960 ') },
    // street lines each followed by segments the continuation reads (units, postcodes of any country, caseless words)
    { name: 'address continuations', text: fill('רחוב הרצל 15, דירה 4, תל אביב 6578901, Apt 5, 101 Reykjavík\nถนนพระราม 1 แขวง เขต 10330 ') },
    /* round 11 secrets: BIP-39 words in runs too long to be a phrase, and runs of 30 (every window of every phrase
       length checksummed) cut by a full stop; service names of TruffleHog's detectors before random runs */
    { name: 'BIP-39 words, endless run', text: fill('abandon ability able about above absent absorb abstract absurd abuse access ') },
    { name: 'BIP-39 runs of thirty', text: fill('army van defense carry jealous true garbage claim echo media make zebra '.repeat(2) + 'void come effort suffer camp survey. ') },
    { name: 'service names before runs', text: fill('pdfshift ACCESS 9f71c52d839b5cd5 abyssale: l4k5fjid89ck2i3o ZEROBOUNCE=aB3dE5gH7jK9mN1pQ8 ') },
    // round 11 secrets: fill calls and name/value pairs never closed, AUTH and UCI lines with nothing after, inflected key words
    { name: 'fill calls without values', text: fill("page.fill('#password', cy.get('#pwd').type(send_keys('ab { target: { value: 'x ") },
    { name: 'name/value pairs unclosed', text: fill('{"key": "password", "value": "ab {"name": "X_TOKEN",\n value: ') },
    { name: 'AUTH and UCI lines unfinished', text: fill('h:6379> AUTH a b c d e\n\toption key \nInput Text    id=pass    a b\n') },
    { name: 'inflected key words', text: fill('hemmeligheten nøkkelen secretul aB3dE5gH7jK9mN1pQ8 ') },
    { name: 'account pairs and digit keys', text: fill('creds: a / Konto: b / x_key: 19254831688130507830761925 ') },
    { name: 'vendor prefixes without bodies', text: fill('xapp-1-A sgp_ oy2 s-s4t2ud- sbp_ csk- glptt- access-sandbox- dnkey- pat. sha256~ tkn.v1_ dp.st.dev. ') },
    { name: 'secure strings, switches only', text: fill('ConvertTo-SecureString -AsPlainText -Force -String -Force ') },
    { name: 'secret-store commands without values', text: fill('aws ssm put-parameter --type SecureString --value az keyvault secret set pulumi config set --secret a rclone config create a pass key token ') },
    /* round 11 personal data: IBANs read through any separators (country codes every few characters, each read up to
       its country's length through spaces, dots, dashes and line breaks, none valid) */
    { name: 'IBAN starts every few characters', text: fill('DE 89 3704.0044-0532\n0130 0 FR14–2004 1010 0505 0001 3M02 60 no93 ') },
    // address labels glued into compounds and country lines closing blocks of place lines, none of them an address
    { name: 'country lines and address labels', text: fill('Lieferadresse: Ab Cd\nEf Gh\nIj\nLibya\nRN2\nTonga\naddress_line1=Kl 5, Mn, Op, Qr, St, Uv\n') },
    // box words before numbers and towns, and postcode-and-town segments before street lines (read backwards)
    { name: 'PO boxes and postcode-first lines', text: fill('P.O. Box 1, Ab Cd Ef Gh, Casilla 2\n1052 Ab Cd, Váci utca 12, 1052 Budapest, ') },
    // Korean district and neighbourhood words with lot numbers, and neighbourhood words with none
    { name: 'Korean lot numbers', text: fill('서울 강남구 역삼동 823-24 2층 마포구 서교동 동동동 리 가 395 ') },
    // lower-case segments with numbers after introductions, street words and postcodes among them, read capitalised
    { name: 'lower-case typed addresses', text: fill('ship to: 12 rue ab, 75011 cd, 3 items ef, address: hauptstr. 5, 2506 between 9 and 5, ') },
    /* round 12 secrets: words of the other BIP-39 lists in endless runs (Han characters on both Chinese lists, kana with
       ideographic spaces, accented Latin written decomposed), and lower-case runs of 30 words after a seed word and a
       colon, each a candidate phrase of a list the engine does not ship that ends in no quote or line end */
    { name: 'BIP-39 Han and kana runs', text: fill('的 一 是 在 不 了 有 和 人 这 中 大 为 上 个 国 われる　りんご　あいさつ　' + 'ábaco abdomen '.normalize('NFD')) },
    { name: 'BIP-39 Han runs of thirty', text: fill('的 一 是 在 不 了 有 和 人 这 中 大 为 上 个 国 我 以 要 他 时 来 用 们 生 到 作 地 于 出。') },
    { name: 'unlisted seed-phrase candidates', text: fill('seed: ракета химия вывод роспись динамика должен оптимизм дефект терзать грудь факел атомный ракета химия вывод роспись динамика должен оптимизм дефект терзать грудь факел атомный ракета химия вывод роспись динамика должен оптимизм 1\n') },
    // short label lines each ending in a password-shaped value, and lines of label words whose value never ends the line
    { name: 'label lines with values', text: fill('Ab cd ef: Xy7!abCd\nGh ij — kl.mn.42 op\n') },
    { name: 'label lines never ending', text: fill('ab cd ef gh ij kl Xy7!abCd mn op qr st uv Wx8#efGh ') },
    // FTP prompts and networksetup lines never ending their value, WLAN key elements never closed
    { name: 'login prompts unfinished', text: fill('ftp> user a b c sftp> USER d C: PASS e f networksetup -setairportnetwork en0 x <keyMaterial>g ') },
    // credential pairs after arrows with nothing after, and words with numbers over numbers after password words
    { name: 'arrow pairs and slashed dates', text: fill('creds → a / Zugangsdaten — b / Passwort: Ab3/4 Cd5/ ') },
    /* round 12 personal data: city and ward words before numbers with long ideograph runs, building tails that never
       end on a building word, brackets never closed; Korean short province names and building words with no floor;
       lower-case two-letter words before IBAN-length digit runs; card-length runs between commas */
    { name: 'CJK city words and building tails', text: fill('长沙市芙蓉区八一路399号壹号座品西南东北中上下左右前后里外（未闭合的括号文字文字 多摩市落合1-15ー 大阪市大会決勝3-1 ') },
    { name: 'Korean provinces and buildings', text: fill('서울 강남구 테헤란로 152 강남파이낸스센터 센터 센터 경기 성남시 (06236) 부산 ') },
    // Thai and Lao marker words after numbers with no place among them, Turkish street types and `No:` with nothing
    // after, Arabic and Ethiopic commas between short numbered segments with no postcode
    { name: 'Thai markers, Turkish doors, other commas', text: fill('12 ห้อง ชั้น 3 อาคาร 5/6 ถนน Ab Cd Cad. No: 4 D: Ef Mah. 7، 8، ٩ ፣ 10፣ ') },
    // street lines followed by locative words and capitalised words that never end (`in Ab Cd Ef Gh …`)
    { name: 'street lines then "in Town"', text: fill('Lindenstraße 12 in 10969 Ab Cd Ef Gh Ij Kl a Torino à In In In Via Roma 3 в Ab ') },
    // address introductions before lower-case lines with numbers (each line read once, capitalised, by every address rule)
    { name: 'lower-case lines after introductions', text: fill('ship to: 12 ab cd ef il 60625 gh 3 ij, address: 4/27 kl rd mn nsw 2026 op\n') },
    // Georgian words and digits in long runs of lines, each block read again from its capitalised copy
    { name: 'Georgian lines with numbers', text: fill('თბილისი 12, რუსთაველის გამზ. 3\nბ. 4\n0108\nგამარჯობა 5 ') },
    // box words of round 12 with numbers and no town, bare CP before station words, held mail before lower-case words
    { name: 'box words, stations, held mail', text: fill('P.M.B. 1, а/с 2 CP 3 succ x CP 4, succ. Ab\nGeneral Delivery\nab 私書箱 5 ') },
    // words for e-mail before bare at and dot words that never reach a top-level domain
    { name: 'mail words before bare at/dot', text: fill('email: ab at cd dot ef at gh dot ij correo: a arroba b punto mail ') },
    // Vietnamese house numbers and capitalised names before administrative words that never come twice
    { name: 'Vietnamese numbers and ward words', text: fill('Số 12 Ngõ 3 Ab Cd Ef Gh Ij, Phường Kl, 45 Mn Op, P. 4, Q. 5, Quận ') },
    { name: 'lower-case IBAN codes and CSV cards', text: fill('at 64 5400 0003 0026 2624 no 05 1503 M.K 0730 / 0701 / 4111111111111112,09/29,0,4111111111111111, ') },
    // round 13, secrets: interface strings of words under password keys (each asked for password words of ~70
    // languages), templates and YAML tags never closed, typographic quotes never closed, public-key-shaped runs
    { name: 'UI strings under password keys', text: fill('"new_password": "Lag nytt ab cd ef gh", "pw": "Ab cd:", \'password\' => \'Das Passwort ist ab\',\n') },
    { name: 'templates and tags unclosed', text: fill("password: !Ab ${X:?a b $(Ab #{Ab <%= ab [parameters('a' password = \"{ab, ', pw(' pass: !vault x ") },
    { name: 'typographic quotes never closed', text: fill('Passwort lautet „Ab1!cd Passwort: «Xy7#ab password is „ab „cd ') },
    // symbol tokens holding brackets after key words, and key words of other scripts as names given values
    { name: 'bracketed symbol runs', text: fill('ključ: Z5y48!+1]fk[be!#VD^QA+b{Dgj!_[FrREW(bMHH=)4qXc]]]]{{{{ key a[b]{c}!d#e%f1234ghij ') },
    { name: 'script key names given values', text: fill('გასაღები: ab12 საიდუმლო=Xk3v ቁልፍ = "ab" բանալի_ab: 9c2f გასაღებიგასაღები ') },
    // secret-store references never closed and colon paths of names under secret words
    { name: 'store references unclosed', text: fill("password: '{{resolve:a:B:c @Microsoft.KeyVault( $__file{ %env( vault:a/b# [[ . $(cat secret=Ab:Cd:Ef:Gh token:aB:cD ") },
    // private-key frames whose bodies are words, never base64
    { name: 'PEM frames with word bodies', text: fill('-----BEGIN PRIVATE KEY-----ab cd ef gh ij kl mn op-----END PRIVATE KEY----- ') },
    { name: 'public-key-shaped runs', text: fill('xpub: xpub661MyMwAqRbcFtXgS5sYJABqqG9YLmC4Q1Rdap9gSE8NqtwybGhePY2gZ29ESFjqJoCu1Rupje8YtGqsefD265TMg7usUDFdp6W1EGMcet8xpub661 ') },
    // UUID-shaped runs of all 36 letters and digits, behind LaunchDarkly prefixes and not, some one character short
    { name: 'UUID shapes of 36 characters', text: fill('api-sjbuxa3m-vs4n-ykl8-8jpv-i09hdidciolp sdk-ab12cd3e-ab1c-ab1c-ab1c-ab1cd2ef3g token := "wz9450iu-iewm-jonx-eab8-0ibxwadddm8" mob-a-b-c-d ') },
    // password words of ~70 languages in both cases before the prose rule's words and separators, never a value
    { name: 'prose password words of 70 languages', text: fill('Parol ab cd ef gh: Құпия сөз — Cyfrinair is is pasvorto ---- Nenosiri ..... パスワード Heslo | ') },
    // round 13, postal: country codes glued to digits in comma lists and after places, bare BP and box words before
    // chains of towns that never reach a postcode, months after locatives, labels whose words never reach a colon
    { name: 'lettered postcodes, BP boxes, calendar words', text: fill('KN0107, Ab Cd MSR1350\nKY1-9000 BP. 12 Bis, Ab, Cd, Ef\nP O Box 3, Gh, Ij Via Roma 3 a Settembre Rechnungsanschrift ab cd ef gh ij ') },
    // street words before opening quotes never closed, comma-ended lines after a postcode, numbers before lower-case words
    { name: 'quoted street names, comma-ended lines', text: fill('ул. „Витоша ab cd « пр. «Ab » 5 190000, Ab,\nCd,\nEf,\n7 de la de la ') },
    // (second pass) Slavic prepositions inside town names: long chains of them between capitals, never closed by a street
    { name: 'slavic town prepositions', text: fill('adres: Ab nad Cd pod Ef u Gh pri Ij ob Kl nad Mn pod Op, ab u Cd nad ') },
    // (second pass) house number words before a street name with no type, repeated without end
    { name: 'house number words', text: fill('House No. 14, Ab Cd Ef Gh, Plot No 7, Ab Road Cd, Building # 3 ') },
    // round 14 postal: lower-case state codes before ZIPs with no line break (each run walks back over lower-case
    // words), capitalised towns before bare ZIPs and route numbers before state codes, repeated without end
    { name: 'lower-case state ZIPs, bare ZIPs, routes', text: fill('12 ab rd cd ny 12345 rr 1 box 2 ef il 23456 ').slice(0, size / 2) + fill('34 AB ST CD EFG 12345 Highway 10 W IA ').slice(0, size / 2) },
    // town and postcode first in table cells, words of vowel signs between letters, Burmese commas, no line break
    { name: 'table cells, town-first postcodes, Indic words', text: fill('| Ab 1234, Cd Ef 5, বাসা ১৪၊ রোড ৫ | 2048 | Gh 12345, Ij 7 | ') },
    // grid numbers of Hokkaido (条 and directions), route corners written by HTML, house words after hyphens
    { name: 'Hokkaido grids, route corners, house words', text: fill('札幌市北1条西2条南3条西4 Junction Route 9 &amp; 20 Ab, NY 12106 Ab, 52-үй, 050008 ') },
    // Khmer marker words after numbers with no postcode, no line break
    { name: 'Khmer markers', text: fill('ផ្ទះលេខ 15 ផ្លូវ 310 សង្កាត់បឹង 12 ខណ្ឌចំការ 3 ') },
    // round 14 secrets: stdin readers before here-strings and here-documents never closed, and the new provider
    // prefixes (A3-, API-, 22 A of padding, ten A inside, eyJrIjoi, spu-, pri_) before runs one part short
    { name: 'stdin readers, here-strings unclosed', text: fill('sudo -S a <<< "ab --stdin <<< \'x chpasswd <<< ab kinit <<EOF\nab\nEO --password-stdin <<- "E echo "a" | vncpasswd ') },
    { name: 'name/value items never given a value', text: fill('- key: DB_PASSWORD\n  value: #a - Name: AdminPassword\n Value: "a <setting name="SmtpPassword" a="b"> <value>a ') },
    { name: 'login verbs before pairs never finished', text: fill('log in with a / sign in as b melde dich mit c / connecte-toi avec d zaloguj się jako e войдите под f / ') },
    { name: 'client calls never closed', text: fill('a.RestClient("AC12", "Xk9vR2mQ7tLp4ZwB8n", Client.new(\'x\', algoliasearch(a, "b ') },
    { name: 'provider prefixes cut short', text: fill('A3-AB12CD-EF34GH-IJ5 API-AB12CD34EF AAAAAAAAAAAAAAAAAAAAAAAb1 ab12cd34ef5AAAAAAAAAA eyJrIjoiAb12 spu-ab12 pri_12ab AGE-SECRET-KEY-1QP glpat-Ab12Cd34Ef56Gh78Ij90Kl12Mn34.0 glrt-t1_a. ') },
    // (second pass) short quoted literals under password names, their quotes never closed
    { name: 'short quoted password literals', text: fill('password="ab pwd: \'a1 "passwd": "abcd DB_PASSWORD == \'x!\' pass = "12 ') },
    // (second pass) phone labels of many languages before compact +CC runs, each one digit short or long
    { name: 'labelled compact international numbers', text: fill('Tel. +26313 Puh. +3589012345678901 電話：+8101 هاتف: +2051234567890123 SĐT: +84 Móvil +5 ') },
    // (second pass) password labels before runs of words that never end their line, form lines between them
    { name: 'passphrase form lines', text: fill('Passphrase: abc def ghi jkl mno pqr stu vwx yza Mot de passe : abc def ghi\nSSID: a\nPasswort: abc Def ') },
    // round 15, secrets: TruffleHog's provider shapes each cut one part short, webhook URLs never finished
    { name: 'TruffleHog prefixes cut short', text: fill('apify_api_Ab1 nvapi-Ab1 rootly_ab12 ak_live_Ab1 ramp_sec_Ab1 rh-api-ab12-cd pk-lf-ab12 sub-c-ab12-cd 1000.ab12. VF.DM.ab12. BBFF-Ab1 pi_Ab1_secret_Ab 17|Ab1 2/1234567890123/12: FlyV1 fm2_Ab 3MVG9Ab. git&123456789012&Ab https://a.tines.com/webhook/ab https://hooks.zapier.com/hooks/catch/1/ https://a.webhook.office.com/webhookb2/ab@ ') },
    // credentials after // with no scheme and no host, nmcli secret properties with nothing after them
    { name: 'schemeless //user:pw, nmcli properties', text: fill('//ab:cd%ef //gh:ij@ mount //a:b nmcli con modify a wifi-sec.psk nmcli c m b 802-1x.password ') },
    // phone words of more languages and scripts before digit runs that never make a number
    { name: 'phone words of more languages', text: fill('Ph: 12.34 Mob: 1 Simu: 123-4 Llámame al 12 me liga no 1234 Gọi 12.3 ফোন ১২৩ ဖုန်း ၁၂ ') },
    // password words of other languages as config keys, never given a value (each is a name the assignment scan stops at)
    { name: 'localized password keys, no value', text: fill('db_losenord= mat_khau_x= kodeord_1 := slaptazodis_= PAROL_= sandi_= كلمة_المرور_= wagwoord=\n') },
    // contact labels before bare at and dot words that never reach a domain, bracketed at words of more languages
    { name: 'contact labels, at and dot words', text: fill('Kontakt: a at b dot c at d dot e [krøllalfa] f [nokta] контакт: g [равлик] h [крапка] ') },
    // round 15, Latin layouts: recipient labels, sign-offs and signature lines, quoted blocks and the word for address
    // after a blank line, each frame walking lines that never reach a town; landmark legs and cross streets never
    // finished; postcodes glued to towns, postal zones around BP and GPO lines, with no line ever closing them
    { name: 'recipient labels, sign-offs, quoted blocks', text: fill('Regards,\nAb Cd\nEf Road\n> Gh Street\n> Ij\n\naddress\nTo\nKl Avenue\nRemitente:\nMn Road\n--\n') },
    { name: 'landmark legs, cross streets unfinished', text: fill('De la rotonda Ab Cd Ef 2 c. al Del Gh 1/2 c. Calle 23 No. 358 e/ Ab De la Ab Cd 12 c. al sur, casa ') },
    { name: 'glued postcodes, postal zones', text: fill('Ab Cd 12\n1001-AB 06 BP 37 AB 06 GPO\n1000 AB 10 01 BP ') },
    // every line a table header naming an address column, rows of cells, vCard ADR lines and business labels
    // one line with no break: label words, address words and commas, and runs of spaces before short labels
    { name: 'frames on one long line', text: fill('address: Ab, Cd, Ef, Gh, > Ij, Remitente: Kl, Regards, ') },
    { name: 'spaces before short labels', text: fill(' '.repeat(4000) + 'to\n') },
    { name: 'address columns, vCard ADR, office labels', text: fill('id,address\n1,"Ab 12, Cd\n| a | Adresse |\n| b | Ef Road, Gh |\nADR;TYPE=WORK:;;Ab 3;Cd;;\noffice: Ab 4, Cd standort: ') },
    // round 15, scripts: part words of many scripts in comma runs that never name two kinds of part with a number
    // (lists of districts, streets with no number), glued Burmese words, label colons before digits, Latin between
    { name: 'named parts of many scripts', text: fill('ناحیه ۱، ناحیه ۲، کوچه الف، ab خیابان cd، کد پستی: ۱۲۳۴၊ ဗိုလ်ချုပ်လမ်း၊ ရပ်ကွက် ၍ ወረዳ 03፣ ወረዳ 04፣ שדרות,\nדירה, ') },
    // part words with numbers and no comma or line break for the whole input (every part too long to read)
    { name: 'part words with no break', text: fill('ወረዳ 1 پلاک ۲ လမ်းလမ်း ') },
    // places above a postcode that opens its line, then street-like lines after it with no end (each walks forward)
    { name: 'places, postcode, street lines after', text: fill('Ab\nCd\n720033 Ef\nGh Ij Street, 473\nKl Avenue 5\n') },
    // round 15, passwords second pass: Thai/Lao/Khmer password words glued to "is" with no value, and mysql lines of
    // `-u user -p` pairs with no break (each `-u` looks back for the mysql before it)
    { name: 'glued password words, mysql -u -p runs', text: fill('รหัสผ่านคือรหัสผ่านคือ ລະຫັດຜ່ານແມ່ນ ពាក្យសម្ងាត់គឺ mysql -u a -p b -u c -p d ') },
    // pair labels of Wi-Fi networks and accounts, each with a name and a slash but no value after it
    { name: 'network and account labels, slashes with no value', text: fill('WiFi: ab / WLAN: cd / 账号 ef / 계정: gh /  tài khoản: ij / ') },
    // round 15, second pass: street lines whose next segment runs on past a question mark, full stop, dash or
    // bracket, with a postcode and town before the cut or not (each segment is cut once, the address ends there)
    { name: 'sentence after the town', text: fill('Ab gata 5, 101 Cd? Ef gh. Ij vegur 7, 600 ab — Kl Road 8, 900 Mn (op) Qr ') },
    // round 18: config commands, password subcommands and arrows with their user but no value, process
    // substitutions and echoing password commands never closed (each tool name looks ahead a bounded way for its value)
    { name: 'tool password arguments with no value', text: fill('poetry config http-basic.a b composer config http-basic.c d mc alias set e f://g h bundle config i j: npm config set //k/:_password neo4j-admin set-initial-password smbpasswd -a l -> ') },
    { name: 'password files and commands, unclosed', text: fill('--password-file=<(echo a --vault-password-file <(printf \'%s\' b sshpass -f <(echo c -passin file:<(echo d PassCmd "echo e passwordeval \'echo f BORG_PASSCOMMAND="echo -n g\nPass ') },
    // round 18: login calls whose first argument is a first.last name, never closed
    { name: 'login calls with dotted users, unclosed', text: fill('login("a.b", "c login(\'d.e\', \'f ') },
    // round 19: quoted password options never closed, SQL rows under a password column never closed, PIN and door-code
    // words before runs of digits, and spaced passphrases that never end in a number
    { name: 'quoted password options and SQL rows, unclosed', text: fill('sshpass -p \'a b --passphrase "c d INSERT INTO t (u, password) VALUES (\'e\', \'f g\', ') },
    { name: 'PIN words and spaced words', text: fill('PIN 12 door code is 3 password: ab cd ef gh ij kl Türcode 4 ') },
    // round 18: towns before streets that never get a type word or a slashed number (each town, street words and
    // floor parts tried at every capital), with lines and commas between; floor, flat and plot parts between streets
    // and towns with no postcode; a phone column's header and rows of distinct numbers, and rows that never fit it
    { name: 'town first, streets never typed', text: fill('Ab Cd nad Ef, Gh Ij Kl Mn Op\nQr st uv 12. III. em. Wx 12/ ') },
    { name: 'floor, flat and plot parts', text: fill('Rua Ab das Cd, n.º 1, 2.º andar, scala A int. 5, Lot 3, Mz. B Lt. 7, Ef, ') },
    { name: 'phone column rows', text: phoneColumnRows(size) },
    { name: 'tab-separated cells', text: fill('12\tAb Cd\tEf Gh 5, 1234 Ij\tKl Mn 6\t7\n') },
    // round 19: typed geocoder queries (a street before its number, a glued type, numbered streets, a country after,
    // a sentence with a house number and a type word in it, each value read from several numbers), cities written in
    // hiragana and lots right after a city, Brazilian postcodes after a house number with no comma
    { name: 'typed queries, hiragana cities, CEPs', text: fill('ab strasse 11, cd\n"ef 12 gh st 3 ij 4 kl st 5, usa" mnstrasse 6 いわき市ab町cd2 龍ケ崎市3番 Rua Ab 1 12345-678 Cd\n') },
    // round 23: typed street lines and their towns after "send it to" phrases, bullets and dashes between parts, German
    // prepositions' streets, and lower-case Cyrillic type words (each a line the new readers look at), on one line
    { name: 'send phrases, town tails, lower-case cyrillic', text: fill('send the box to ab 12 cd, via ef 3 gh ij • 1234 - kl am mn 4 op ул. ab 5 пр. cd г. ef д. ') },
  ];
}

/** A CSV with a phone column and `size` characters of rows, each number distinct (no cache helps), every tenth row
 *  one cell short of the header. */
function phoneColumnRows(size: number): string {
  const rows = ['name,phone,city'];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const row = i % 10 === 9 ? `Ab ${i},${(20000000 + i * 7919) % 100000000}` : `Ab ${i},${String((20000000 + i * 7919) % 100000000).replace(/(\d{2})(\d{3})(\d{3})/, '$1 $2 $3')},Cd`;
    rows.push(row);
    length += row.length + 1;
  }
  return rows.join('\n').slice(0, size);
}

const allInputs = (size: number) => [...adversarialInputs(size), ...formInputs(size)];

function measure(size: number, name: string): RedactionFigure {
  const { text } = allInputs(size).find((i) => i.name === name)!;
  const cpu = process.cpuUsage();
  const started = performance.now();
  const { spans } = createRedactor({ level: 'strict' }).redact(text);
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const mb = text.length / 1024 / 1024;
  return { name, msPerMb: ms / mb, cpuMsPerMb: (used.user + used.system) / 1000 / mb, spans: spans.length };
}

/**
 * Each input is measured in a fresh process: run one after another in one process, the last dozen of ~80 inputs read
 * about twice what they read alone (round 9: `expect prompts without send` 2,804 ms/MB late in the run, 1,327 alone),
 * so an input's figure carried what the inputs before it left in the heap and the compiled code.
 */
function inFreshProcess(size: number, name: string): RedactionFigure {
  // The same loader flags this process runs with (tsx's), then this file with `--one`.
  const loader = process.execArgv.filter((a, i, all) => ['--require', '--import'].includes(a) || ['--require', '--import'].includes(all[i - 1]!));
  const out = execFileSync(process.execPath, [...loader, fileURLToPath(import.meta.url), '--one', String(size), name], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(out.trim().split('\n').pop()!) as RedactionFigure;
}

export function redactionBench(size = 5 * 1024 * 1024, only?: string): RedactionFigure[] {
  const figures: RedactionFigure[] = [];
  for (const { name } of allInputs(1)) {
    if (only && !name.includes(only)) continue;
    figures.push(inFreshProcess(size, name));
  }
  return figures;
}

if (process.argv[2] === '--one') {
  console.log(JSON.stringify(measure(Number(process.argv[3]), process.argv[4]!)));
  process.exit(0);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // `npx tsx scripts/bench/redaction.ts [MB] [name filter]`
  const size = Number(process.argv[2] ?? 5) * 1024 * 1024;
  const only = process.argv[3];
  for (const f of redactionBench(size, only)) {
    const ok = f.msPerMb <= REDACTION_TARGET_MS_PER_MB;
    console.log(
      `redaction ${f.name.padEnd(26)} ${f.msPerMb.toFixed(0).padStart(6)} ms/MB wall ${f.cpuMsPerMb.toFixed(0).padStart(6)} ms/MB cpu` +
        `   target <= ${REDACTION_TARGET_MS_PER_MB}   ${ok ? 'ok' : 'MISSED'}   (${f.spans} spans)`,
    );
  }
}
