// PII test values of libraries no earlier round read, typed here from the search tool's read_file with the repository,
// path and commit of each file. build.ts re-checks every value (google-libphonenumber for phones, Luhn for cards,
// ibantools for IBANs) and drops values an earlier round's files already hold.
// - Microsoft Recognizers-Text (MIT): `Specs/Sequence/English/PhoneNumberModel.json` (phone numbers of the US, Brazil,
//   the UK, Germany, the Netherlands, Romania, France/Morocco as its authors wrote them: brackets round the area
//   code, `(0)` trunk digits, `00`/`0044 0…` prefixes, slashes and `- ` separators), the one-item phone specs of its
//   German/French/Italian/Japanese models, `EmailModel.json`, `IpAddressModel.json`.
// - JoshData/python-email-validator (Unlicense; CC0-1.0 before 2.0) `tests/test_syntax.py`: internationalised
//   addresses (Chinese, Devanagari, Cyrillic, Greek local parts and domains) and its invalid ones.
// - activemerchant/active_merchant (MIT) `test/unit/credit_card_methods_test.rb`: cards of issuers no round used
//   (Dankort, Sodexo, Passcard, Anda, Tarjeta-D, Creditel, VR, Naranja, Routex 19 digits, BP Plus fuel cards in their
//   5-9-3 and 4-8-5 groupings). Numbers that are a BIN followed by zeros are not used (placeholders).
// - jschaedl/iban-validation (MIT) `tests/ValidatorDataProviderTrait.php`: valid IBANs of 76 countries and its
//   invalid ones (most valid ones are the SWIFT registry's examples, which split/ already holds: build.ts drops those).

const RT = (path: string, commit: string) => `microsoft/Recognizers-Text ${path} @ ${commit} (MIT)`;
export const RT_PHONE_FILE = RT('Specs/Sequence/English/PhoneNumberModel.json', '05358ca23cc8be61befdd68ed66b77928181573d');
export const RT_PHONE_DE_FILE = RT('Specs/Sequence/German/PhoneNumberModel.json', '4559c8a87ad4eb74d1ee8d7ba1c7f9e714649a19');
export const RT_EMAIL_FILE = RT('Specs/Sequence/English/EmailModel.json', '02d5a86aedffc627c7339218435c7b8e16461e35');
export const RT_IP_FILE = RT('Specs/Sequence/English/IpAddressModel.json', '165526f550c456e450be7a92a131d396df0134ed');
export const PEV_FILE = 'JoshData/python-email-validator tests/test_syntax.py @ 03cdade6dacc8b1a213661d41213cd683922b3dd (Unlicense)';
export const AM_FILE = 'activemerchant/active_merchant test/unit/credit_card_methods_test.rb @ 00401aff83d522e401fca8af23febdcf6cdd9100 (MIT)';
export const IBAN_FILE = 'jschaedl/iban-validation tests/ValidatorDataProviderTrait.php @ 23ac2136f6b5aa4ed11bd69d0654f5373b3bd27a (MIT)';

/** Recognizers-Text's phone texts with the country their layout belongs to (the spec names none; libphonenumber checks). */
export const PHONES: { region: string; values: string[] }[] = [
  { region: 'US', values: ['1 (877) 609-2233', '+1 541-754-3010', '(541) 754-3010', '+1-541-754-3010', '1-541-754-3010'] },
  { region: 'BR', values: ['(21) 996205563', '(21)99713-3601', '(71)3019-9811', '( 19 ) 38294427', '(19) 35831647', '21 995556144'] },
  { region: 'GB', values: ['+44 (0)7123 129683', '0044 07456934723', '07453 372 351', '07877 954 457', '07893 564893', '07098 785467', '0161-158-5587', '+44 161 123 4567', '00 44 161 1234567', '+447700 900 397'] },
  { region: 'DE', values: ['+49 176/ 12345678', '+49176 12345678', '00 49 176 12345678', '0049 171 1234567', '0176 12 34 56 78', '0176 123 456 78', '0176/ 12345678', '+49 1741234567'] },
  { region: 'FR', values: ['0610245896', '0630548564', '0535484541'] },
  { region: 'MA', values: ['0528254856', '05 28 44 44 44'] },
  { region: 'NL', values: ['010 - 123 45 67', '010 1234 567', '+31 (20) 5001234', '+31(0) 10123 4567', '003110 1234567', '+31111-123456', '0031111-123456', '+31 (0)6 12345678', '(+31)12-3456789'] },
  { region: 'RO', values: ['+40213 564 864', '0213-564-864', '0213564864', '0720512346', '+40750512346', '0313564864'] },
];

export const EMAILS: { text: string; value: string; from: string }[] = [
  { text: 'v-abc@microsoft.com', value: 'v-abc@microsoft.com', from: RT_EMAIL_FILE },
  { text: 'a_b.c@163.com', value: 'a_b.c@163.com', from: RT_EMAIL_FILE },
  { text: '123456789@tx.com', value: '123456789@tx.com', from: RT_EMAIL_FILE },
  { text: 'Alice_1@outlook.com', value: 'Alice_1@outlook.com', from: RT_EMAIL_FILE },
  { text: 'Bob@try1989.com', value: 'Bob@try1989.com', from: RT_EMAIL_FILE },
  { text: 'Hello, @Carol, please write to me at Dave@abc.com for more information on task #A1', value: 'Dave@abc.com', from: RT_EMAIL_FILE },
  { text: 'd.j@server1.proseware.com is a valid email address', value: 'd.j@server1.proseware.com', from: RT_EMAIL_FILE },
  { text: 'user.name+tag@lero.com is a valid email address', value: 'user.name+tag@lero.com', from: RT_EMAIL_FILE },
  { text: 'Periods at the end of addresses can be ambiguous. Contact webmaster@contoso.com.', value: 'webmaster@contoso.com', from: RT_EMAIL_FILE },
  { text: 'my.name@base.Contoso.com  is a valid email address', value: 'my.name@base.Contoso.com', from: RT_EMAIL_FILE },
  { text: 'Is mytestUser1234@CRM99.on.misfit.com a valid email address?', value: 'mytestUser1234@CRM99.on.misfit.com', from: RT_EMAIL_FILE },
  { text: 'Abc.123@test-example.com', value: 'Abc.123@test-example.com', from: PEV_FILE },
  { text: 'jeff@臺網中心.tw', value: 'jeff@臺網中心.tw', from: PEV_FILE },
  { text: '伊昭傑@郵件.商務', value: '伊昭傑@郵件.商務', from: PEV_FILE },
  { text: 'राम@मोहन.ईन्फो', value: 'राम@मोहन.ईन्फो', from: PEV_FILE },
  { text: 'юзер@екзампл.ком', value: 'юзер@екзампл.ком', from: PEV_FILE },
  { text: 'θσερ@εχαμπλε.ψομ', value: 'θσερ@εχαμπλε.ψομ', from: PEV_FILE },
  { text: '葉士豪@臺網中心.tw', value: '葉士豪@臺網中心.tw', from: PEV_FILE },
  { text: '葉士豪@臺網中心.台灣', value: '葉士豪@臺網中心.台灣', from: PEV_FILE },
  { text: 'jeff葉@臺網中心.tw', value: 'jeff葉@臺網中心.tw', from: PEV_FILE },
  { text: 'ιωάννης@εεττ.gr', value: 'ιωάννης@εεττ.gr', from: PEV_FILE },
];

/** Invalid in the test (or a documentation domain): negatives. */
export const EMAIL_NEGATIVES: { text: string; from: string }[] = [
  { text: 'Alice@abc is invalid', from: RT_EMAIL_FILE },
  { text: 'Bob@abc.c is invalid', from: RT_EMAIL_FILE },
  { text: 'Hi, @Eve, you can find my CV at https://frank.website.com/CV/#cite_2', from: RT_EMAIL_FILE },
  { text: 'my@twodots..com', from: PEV_FILE },
  { text: 'me@x!', from: PEV_FILE },
  { text: 'white space@test', from: PEV_FILE },
  { text: '@example.com', from: PEV_FILE },
  { text: 'bad"quotes"@example.com', from: PEV_FILE },
  { text: '"quoted with space"@example.com', from: PEV_FILE },
  { text: 'me@-leadingdash', from: PEV_FILE },
];

/** Recognizers-Text IP texts: `value` is the labelled part (a CIDR suffix stays outside). */
export const IPS: { text: string; value: string }[] = [
  { text: 'My PC IP address is 1.1.1.1', value: '1.1.1.1' },
  { text: 'My PC IP address is 1.1.1.2/25', value: '1.1.1.2' },
  { text: '8.8.8.8 is the ip address', value: '8.8.8.8' },
  { text: '8.8.8.1/24 is the ip address', value: '8.8.8.1' },
  { text: 'My PC IPv6 address is ABEF:452::FE10', value: 'ABEF:452::FE10' },
  { text: 'My PC IPv6 address is 123:45::ADC:6', value: '123:45::ADC:6' },
  { text: 'My PC IPv6 address is FEDC:BA98:7654:3210:FEDC:BA98:7654:3210', value: 'FEDC:BA98:7654:3210:FEDC:BA98:7654:3210' },
];
/** Unspecified, broadcast, loopback or invalid in the spec: negatives. */
export const IP_NEGATIVES: string[] = [
  'My PC IP address is 0.0.0.0',
  'My PC IP address is 255.255.255.255',
  'My PC IP address is not 256.1.1.1',
  'wrong IP address 1111.1.1.1',
  'wrong IP address 1.1000.1.1',
  'wrong IP address 1.1.1.256',
  'My PC IPv6 address is ::',
  'My PC IPv6 address is ::1',
  'My PC IPv6 address is 0000:0000:0000:0000:0000:0000:0000:0000',
  'wrong IPV6 address FE06::1::2',
  'wrong IPV6 address 12::44:f:45::1',
  'wrong IPV6 address JKLN:ssej::1',
];

export const CARDS: { value: string; brand: string }[] = [
  { value: '5019717010103742', brand: 'Dankort' },
  { value: '6060694495764400', brand: 'Sodexo' },
  { value: '6280260025383009', brand: 'Passcard' },
  { value: '6280260025383280', brand: 'Passcard' },
  { value: '6280260025383298', brand: 'Passcard' },
  { value: '6280260025383306', brand: 'Passcard' },
  { value: '6280260025383314', brand: 'Passcard' },
  { value: '6031998427187914', brand: 'Anda' },
  { value: '6018282227431033', brand: 'Tarjeta-D' },
  { value: '6019330047539016', brand: 'Creditel' },
  { value: '6370364495764400', brand: 'VR' },
  { value: '5895627823453005', brand: 'Naranja' },
  { value: '5895626746595650', brand: 'Naranja' },
  { value: '6250941006528599', brand: 'UnionPay' },
  { value: '8171999927660000', brand: 'UnionPay 81' },
  { value: '7006789224703725591', brand: 'Routex (19 digits)' },
  { value: '70501 501021600 378', brand: 'BP Plus, grouped 5-9-3 as the test writes it' },
  { value: '7050 15605297 00114', brand: 'BP Plus, grouped 4-8-5' },
  { value: '7050 15546992 00062', brand: 'BP Plus, grouped 4-8-5' },
  { value: '7050 16150146 00110', brand: 'BP Plus, grouped 4-8-5' },
  { value: '7050 16364764 00070', brand: 'BP Plus, grouped 4-8-5' },
  { value: '5058645584812145', brand: 'Sodexo (no Luhn in the test)' },
];
/** Luhn-invalid in the test: negatives. */
export const BAD_CARDS: string[] = ['70502 111111111 111', '7050 16364764 00071', '7050 16364764 00072', '6280260025380991', '6374830000000111', '5058665584812110'];

export const IBANS: string[] = [
  'AD1200012030200359100100', 'AE070331234567890123456', 'AL47212110090000000235698741', 'AT611904300234573201',
  'AZ21NABZ00000000137010001944', 'BA391290079401028494', 'BE68539007547034', 'BG80BNBG96611020345678',
  'BH67BMAG00001299123456', 'BR1800360305000010009795493C1', 'BY13NBRB3600900000002Z00AB00', 'CH9300762011623852957',
  'CR05015202001026284066', 'CY17002001280000001200527600', 'CZ6508000000192000145399', 'DE89370400440532013000',
  'DK5000400440116243', 'DO28BAGR00000001212453611324', 'EE382200221020145685', 'EG380019000500000000263180002',
  'ES9121000418450200051332', 'FI2112345600000785', 'FO6264600001631634', 'FR1420041010050500013M02606',
  'GB29NWBK60161331926819', 'GE29NB0000000101904917', 'GI75NWBK000000007099453', 'GL8964710001000206',
  'GR1601101250000000012300695', 'GT82TRAJ01020000001210029690', 'HR1210010051863000160', 'HU42117730161111101800000000',
  'IE29AIBK93115212345678', 'IL620108000000099999999', 'IQ98NBIQ850123456789012', 'IS140159260076545510730339',
  'IT60X0542811101000000123456', 'JO94CBJO0010000000000131000302', 'KW81CBKU0000000000001234560101', 'KZ86125KZT5004100100',
  'LB62099900000001001901229114', 'LC55HEMM000100010012001200023015', 'LI21088100002324013AA', 'LT121000011101001000',
  'LU280019400644750000', 'LV80BANK0000435195001', 'LY83002048000020100120361', 'MC5811222000010123456789030',
  'MD24AG000225100013104168', 'ME25505000012345678951', 'MK07250120000058984', 'MR1300020001010000123456753',
  'MT84MALT011000012345MTLCAST001S', 'MU17BOMM0101101030300200000MUR', 'NL91ABNA0417164300', 'NO9386011117947',
  'PK36SCBL0000001123456702', 'PL61109010140000071219812874', 'PS92PALS000000000400123456702', 'PT50000201231234567890154',
  'QA58DOHB00001234567890ABCDEFG', 'RO49AAAA1B31007593840000', 'RS35260005601001611379', 'SA0380000000608010167519',
  'SC18SSCB11010000000000001497USD', 'SE4550000000058398257466', 'SI56263300012039086', 'SK3112000000198742637541',
  'SM86U0322509800000000270100', 'SV62CENR00000000000000700025', 'TL380080012345678910157', 'TN5910006035183598478831',
  'TR330006100519786457841326', 'UA213223130000026007233566001', 'VA59001123000012345678', 'VG96VPVG0000012345678901',
  'XK051212012345678906',
];
export const IBAN_NEGATIVES: string[] = [
  'AD1200012030200359100120', 'AT611904300234573221', 'BA39129007940028494', 'BE685390047034', 'VG611904300234573201',
  'ST68000200010192194210112', 'TR33AB06100519786457841326',
];
