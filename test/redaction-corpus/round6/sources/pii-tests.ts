// PII test values of validator libraries no earlier round read, typed here from the search tool's read_file with the
// repository, path and commit of each file. build.ts re-checks every value (Luhn for cards, ibantools for IBANs,
// google-libphonenumber for phones) and drops values an earlier round's files already hold.
// - validator.js (MIT): `test/validators/isCreditCard.test.js`, `isEmail.test.js`, `isIP.test.js`,
//   `isMobilePhone.test.js` (mobile numbers of ~60 locales as the contributors of each locale wrote them: compact
//   national, with trunk prefix, `+`, bare country code, `00`, brackets and dashes), `isIBAN.test.js`.
// - arhs/iban.js (MIT) `test/iban.test.ts`; arturmkrtchyan/iban4j (Apache-2.0) `InvalidIbanValidationTest.java` and
//   `IbanUtilCountryRulesTest.java`.

const VJ = (file: string, commit: string) => `validatorjs/validator.js test/validators/${file} @ ${commit} (MIT)`;
export const CARD_FILE = VJ('isCreditCard.test.js', 'c8ba3245fed94264e181e1ea53f3939532b08ae4');
export const EMAIL_FILE = VJ('isEmail.test.js', '4a6d5f2b0a034a0b85a3ec3e99fc3f31712f1a5e');
export const IP_FILE = VJ('isIP.test.js', '1c0bbaca6ecf512cbec03f34bc31e14b5925992b');
export const PHONE_FILE = VJ('isMobilePhone.test.js', '4a6d5f2b0a034a0b85a3ec3e99fc3f31712f1a5e');
const VJ_IBAN = VJ('isIBAN.test.js', '10ffc869b744358ad337b9f5fe7be9864a1e1fbc');
const IBANJS = 'arhs/iban.js test/iban.test.ts @ c3380f2d561829197336b634688a6ff716632504 (MIT)';
const IBAN4J_INVALID = 'arturmkrtchyan/iban4j src/test/java/org/iban4j/InvalidIbanValidationTest.java @ 1b7c2ae90736b9b31f34052bf7cf8649cf5eb86d (Apache-2.0)';
const SCHWIFTY = 'mdomke/schwifty tests/test_iban.py @ 08630657cb0bfd5537cd2aceb91fde552f2fd770 (MIT)';
const IBAN4J_RULES = 'arturmkrtchyan/iban4j src/test/java/org/iban4j/IbanUtilCountryRulesTest.java @ c8043c3686aead320b220f2953aec3fc0dfa8ab7 (Apache-2.0)';

/** isCreditCard's valid list, with the issuer the test's per-provider lists put it under. */
export const CARDS: { value: string; brand: string }[] = [
  { value: '375556917985515', brand: 'American Express' },
  { value: '36050234196908', brand: 'Diners Club (14 digits)' },
  { value: '4716461583322103', brand: 'Visa' },
  { value: '4716-2210-5188-5662', brand: 'Visa, dashed' },
  { value: '4929 7226 5379 7141', brand: 'Visa, spaced' },
  { value: '5398228707871527', brand: 'Mastercard' },
  { value: '6283875070985593', brand: 'UnionPay' },
  { value: '6263892624162870', brand: 'UnionPay' },
  { value: '6234917882863855', brand: 'UnionPay' },
  { value: '6234698580215388', brand: 'UnionPay' },
  { value: '6226050967750613', brand: 'UnionPay' },
  { value: '6246281879460688', brand: 'UnionPay' },
  { value: '2222155765072228', brand: 'Mastercard 2-series' },
  { value: '2225855203075256', brand: 'Mastercard 2-series' },
  { value: '2720428011723762', brand: 'Mastercard 2-series' },
  { value: '2718760626256570', brand: 'Mastercard 2-series' },
  { value: '6765780016990268', brand: 'UnionPay (67 range)' },
  { value: '4716989580001715211', brand: 'Visa, 19 digits' },
  { value: '8171999927660000', brand: 'UnionPay (81 range)' },
  { value: '8171999900000000021', brand: 'UnionPay (81 range), 19 digits' },
  { value: '6011111111111117', brand: 'Discover' },
  { value: '6011000990139424', brand: 'Discover' },
  { value: '3530111333300000', brand: 'JCB' },
  { value: '3566002020360505', brand: 'JCB' },
];
/** isCreditCard's invalid list: numbers that fail Luhn (build.ts keeps only those). */
export const BAD_CARDS = ['5398228707871528', '2718760626256571', '4716989580001715213', '2721465526338453', '2220175103860763'];

/** isEmail's valid addresses (plain and with display names) outside the documentation domains. */
export const EMAILS: { text: string; value: string }[] = [
  { text: 'foo@bar.com', value: 'foo@bar.com' },
  { text: 'x@x.au', value: 'x@x.au' },
  { text: 'foo@bar.com.au', value: 'foo@bar.com.au' },
  { text: 'foo+bar@bar.com', value: 'foo+bar@bar.com' },
  { text: 'hans.m端ller@test.com', value: 'hans.m端ller@test.com' },
  { text: 'hans@m端ller.com', value: 'hans@m端ller.com' },
  { text: 'test|123@m端ller.com', value: 'test|123@m端ller.com' },
  { text: 'test123+ext@gmail.com', value: 'test123+ext@gmail.com' },
  { text: 'some.name.midd.leNa.me.and.locality+extension@GoogleMail.com', value: 'some.name.midd.leNa.me.and.locality+extension@GoogleMail.com' },
  { text: 'test@1337.com', value: 'test@1337.com' },
  { text: 'test.1@gmail.com', value: 'test.1@gmail.com' },
  { text: 'foobar@my_sarisari_store.typepad.com', value: 'foobar@my_sarisari_store.typepad.com' },
  { text: 'Some Name <foo@bar.com.au>', value: 'foo@bar.com.au' },
  { text: "'Foo Bar, Esq'<foo@bar.com>", value: 'foo@bar.com' },
  { text: 'Some Middle Name <some.name.midd.leNa.me+extension@GoogleMail.com>', value: 'some.name.midd.leNa.me+extension@GoogleMail.com' },
  { text: 'Name<some.name.midd.leNa.me+extension@GoogleMail.com>', value: 'some.name.midd.leNa.me+extension@GoogleMail.com' },
  { text: 'Name🍓With🍑Emoji🚴♀️🏆<test@aftership.com>', value: 'test@aftership.com' },
  { text: '🍇🍗🍑<only_emoji@aftership.com>', value: 'only_emoji@aftership.com' },
  { text: '"<displayNameInBrackets>"<jh@gmail.com>', value: 'jh@gmail.com' },
  { text: '"name;" <jh@gmail.com>', value: 'jh@gmail.com' },
  { text: 'email@foo.gmail.com', value: 'email@foo.gmail.com' },
  { text: 'emil@gmail.com', value: 'emil@gmail.com' },
];
/** Documentation-domain addresses (kept by the doc) and strings the test calls invalid that no reviewer would redact. */
export const EMAIL_NEGATIVES = [
  '"foobar"@example.com',
  '"  foo  m端ller "@example.com',
  'Deleted-user-id-19430-Team-5051deleted-user-id-19430-team-5051XXXXXX@example.com',
  'invalidemail@',
  '@invalid.com',
  'z@co.c',
];

/** isIP's valid addresses that are public (labelled) and the special or invalid ones (negatives). */
export const IPS = ['1.2.3.4', '2001:41d0:2:a141::1', '1111:1:1:1:1:1:1:1'];
export const IP_NEGATIVES = [
  '127.0.0.1',
  '0.0.0.0',
  '255.255.255.255',
  '::1',
  '2001:db8:0000:1:1:1:1:1',
  '2001:db8:3:4::192.0.2.33',
  '::ffff:127.0.0.1',
  '256.0.0.0',
  '0.0.0.256',
  '0200.200.200.200',
  '::banana',
  '0.256.0.256',
  '255.256.255.256',
];

/** isMobilePhone's valid numbers per locale (region = the locale's country), a few per locale. */
export const PHONES: { region: string; values: string[] }[] = [
  { region: 'AM', values: ['055123456', '+37477123456'] },
  { region: 'AE', values: ['0585215778', '+971502674453'] },
  { region: 'BH', values: ['35078110', '+97366331055'] },
  { region: 'EG', values: ['01090124576', '+201004513789'] },
  { region: 'JO', values: ['0796477263', '+962777866254'] },
  { region: 'KW', values: ['+96550000220'] },
  { region: 'LB', values: ['81978468', '+96171234568'] },
  { region: 'LY', values: ['0923330000'] },
  { region: 'MA', values: ['0690851123', '00212522714782'] },
  { region: 'BT', values: ['77324646', '+97517374354'] },
  { region: 'OM', values: ['93112211', '+96891212121'] },
  { region: 'PS', values: ['0598273583'] },
  { region: 'SY', values: ['0944549710', '+963944549710'] },
  { region: 'SA', values: ['0556578654', '+966556578654'] },
  { region: 'SD', values: ['0993212345'] },
  { region: 'TN', values: ['+21623456789'] },
  { region: 'BG', values: ['0897123123', '+359897123456'] },
  { region: 'BD', values: ['01717112029', '+8801794626846'] },
  { region: 'BA', values: ['0641234567', '0038761123456'] },
  { region: 'DE', values: ['015123456789', '01701234567'] },
  { region: 'AT', values: ['06761234567', '+436761234567'] },
  { region: 'HU', values: ['06301234567', '+36201234567'] },
  { region: 'MZ', values: ['849229754', '+258829229754'] },
  { region: 'BR', values: ['+55 (11) 91431-4567', '(22) 99956-7894', '55 (17) 96332-2155', '(11) 94123-4567', '+55 12 996551215'] },
  { region: 'CN', values: ['13838389438', '+8613487234567', '008618812341234'] },
  { region: 'TW', values: ['0987123456', '+886-987123456'] },
  { region: 'BS', values: ['(242) 123 1234', '+1-242-123-1234'] },
  { region: 'ZA', values: ['0821231234', '+27821231234'] },
  { region: 'AU', values: ['0417123456', '+61411222333'] },
  { region: 'BO', values: ['79783890', '+59175553635'] },
  { region: 'GH', values: ['0242345671', '+233592349493'] },
  { region: 'HK', values: ['9123 4567', '+852 9123 4567', '9123-4567'] },
  { region: 'MO', values: ['6123 4567', '+853 6123 4567'] },
  { region: 'IE', values: ['0871234567', '+353871234567'] },
  { region: 'KE', values: ['0733346543', '+254728590432'] },
  { region: 'CF', values: ['72234650'] },
  { region: 'PH', values: ['09194877624', '+639275149120'] },
  { region: 'UG', values: ['0773346543'] },
  { region: 'RW', values: ['0780459022'] },
  { region: 'TZ', values: ['0673346543'] },
  { region: 'MW', values: ['0882541896'] },
  { region: 'PE', values: ['974980472', '+51968267382'] },
  { region: 'FR', values: ['0612457898', '+33712457898'] },
  { region: 'BF', values: ['+22665903092'] },
  { region: 'CD', values: ['0813346543', '+243818590432'] },
  { region: 'PF', values: ['87123456'] },
  { region: 'GE', values: ['+995500011111', '500011119'] },
  { region: 'GR', values: ['6944848966', '+306944848966'] },
  { region: 'CY', values: ['96546247', '+35799837145'] },
  { region: 'CZ', values: ['+420 123 456 789', '123 456 789'] },
];
/** isMobilePhone's invalid numbers written with a country code (build.ts keeps those libphonenumber rejects too). */
export const PHONE_NEGATIVES = ['+37403498855', '+9639626626262', '+963332210972', '+973350781101', '+96540000000', '+2588792519754', '+852-912345678'];

export interface SourcedIban {
  value: string;
  from: string;
}
export const IBANS: SourcedIban[] = [
  { value: 'BE68539007547034', from: IBANJS },
  { value: 'BE68 5390 0754 7034', from: `${IBANJS} (print format in the same test)` },
  { value: 'NL86INGB0002445588', from: IBANJS },
  { value: 'MD75EX0900002374642125EU', from: IBANJS },
  { value: 'LC55HEMM000100010012001200023015', from: IBANJS },
  { value: 'EG800002000156789012345180002', from: IBANJS },
  { value: 'CI93CI0080111301134291200589', from: IBANJS },
  { value: 'IR576406610070915600106898', from: VJ_IBAN },
  { value: 'AT611904300234573201', from: IBAN4J_RULES },
  { value: 'GB82WEST12345698765432', from: IBAN4J_RULES },
  // schwifty: IBANs its tests generate from bank and account codes, the IBANs of its BIC look-up test, every third of
  // its valid list (most are registry examples an earlier round holds: build.ts drops those) and its "experimental"
  // countries (kept where ibantools validates them).
  ...['BE66050000012343', 'BE45050012345689', 'BE54050000017797', 'DE61512308002622196545', 'DE37206905000009027378', 'GB66NWBK00000031926819', 'IT18T0538703601000000198036', 'IT40Z0538703601000000198072', 'IT94I0306940101100100003599', 'IT12D3918913896CHTEE9UATVVO', 'IT69U86388857793VVRNLLMMN9N', 'DE42430609677000534100'].map((value) => ({ value, from: `${SCHWIFTY} (test_generate_iban / test_iban_properties_de)` })),
  ...['AT483200000012345864', 'AT930100000000123145', 'BA393385804800211234', 'BE71096123456769', 'BG18RZBB91550123456789', 'CH5604835012345678009', 'CR23015108410026012345', 'CY21002001950000357001234567', 'CZ5508000000001234567899', 'EE471000001020145685', 'ES7921000813610123456789', 'FI1410093000123458', 'FR7630006000011234567890189', 'GB33BUKB20201555555555', 'GR9608100010000001234567890', 'HR1723600001101234565', 'IE64IRCE92050112345678', 'KZ244350000012344567', 'LT601010012345678901', 'LU120010001234567891', 'LV97HABA0012345678910', 'NL02ABNA0123456789', 'NO8330001234567', 'PL50860000020000000000093122', 'PT50002700000001234567833', 'RO66BACX0000001234567890', 'RS35105008123123123173', 'SE7280000810340009783242', 'SI56192001234567892', 'SK8975000000000012345671', 'SI72000001234567892'].map((value) => ({ value, from: `${SCHWIFTY} (test_bic_from_iban)` })),
  ...['AL47 2121 1009 0000 0002 3569 8741', 'BH67 BMAG 0000 1299 1234 56', 'BR18 0000 0000 1414 5512 3924 100C 2', 'HR12 1001 0051 8630 0016 0', 'DK50 0040 0440 1162 43', 'DO28 BAGR 0000 0001 2124 5361 1324', 'GE29 NB00 0000 0101 9049 17', 'GT82 TRAJ 0102 0000 0012 1002 9690', 'IL62 0108 0000 0009 9999 999', 'KW81 CBKU 0000 0000 0000 1234 5601 01', 'LI21 0881 0000 2324 013A A', 'MT84 MALT 0110 0001 2345 MTLC AST0 01S', 'MC58 1122 2000 0101 2345 6789 030', 'PK36 SCBL 0000 0011 2345 6702', 'QA58 DOHB 0000 1234 5678 90AB CDEF G', 'ST68 0001 0001 0051 8453 1011 2', 'SC18 SSCB 1101 0000 0000 0000 1497 USD', 'TL38 0080 0123 4567 8910 157', 'UA21 3996 2200 0002 6007 2335 6600 1', 'BY13 NBRB 3600 9000 0000 2Z00 AB00', 'IQ98 NBIQ 8501 2345 6789 012'].map((value) => ({ value, from: `${SCHWIFTY} (valid list, grouped as the test writes it)` })),
  ...['DZ58 0002 1000 0111 3000 0005 70', 'AO06 0044 0000 6729 5030 1010 2', 'BJ66 BJ06 1010 0100 1443 9000 0769', 'CM21 1000 2000 3002 7797 6315 008', 'CV64 0005 0000 0020 1082 1514 4', 'GA21 4002 1010 0320 0189 0020 126', 'HN54 PISA 0000 0000 0000 0012 3124', 'IR71 0570 0299 7160 1460 6410 01', 'MG46 0000 5030 0712 8942 1016 045', 'MA64 0115 1900 0001 2050 0053 4921', 'MZ59 0003 0108 0016 3671 0237 1', 'TG53 TG00 9060 4310 3465 0040 0070'].map((value) => ({ value, from: `${SCHWIFTY} (experimental list, grouped as the test writes it)` })),
];
/** Invalid check digits, letters in digit fields, unknown countries and truncations, as the tests reject them. */
export const IBAN_NEGATIVES: SourcedIban[] = [
  { value: 'BE68539007547035', from: IBANJS },
  { value: 'ZZ68539007547034', from: IBANJS },
  { value: 'IR545049154806779008008299', from: VJ_IBAN },
  { value: 'IR5750491548067790080082', from: VJ_IBAN },
  { value: 'AT621904300234573201', from: IBAN4J_INVALID },
  { value: 'AT611C04300234573201', from: IBAN4J_INVALID },
  { value: 'DE8937040044053201300A', from: IBAN4J_INVALID },
  { value: 'JJ611904300234573201', from: IBAN4J_INVALID },
  { value: 'AT61190430023457320', from: IBAN4J_INVALID },
  ...['DE89 3704 0044 0532 0130', 'XX89 3704 0044 0532 0130 00', 'DE99 3704 0044 0532 0130 00', 'DEAA 3704 0044 0532 0130 00', 'GB2L ABBY 0901 2857 2017 07', 'DE89 AA04 0044 0532 0130 00', 'GB12 BARC 2020 1530 093A 59', 'GB01 BARC 2071 4583 6083 87', 'GB00 HLFX 1101 6111 4553 65', 'GB94 BARC 2020 1530 0934 59'].map((value) => ({ value, from: `${SCHWIFTY} (invalid list)` })),
];
