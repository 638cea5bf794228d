// PII test values of spec and test files no earlier round read, typed here from the search tool's read_file with the
// repository, path and commit of each file. build.ts re-checks every value (google-libphonenumber for phones, Luhn
// for cards, ibantools for IBANs) and drops values an earlier round's files already hold.
// - Microsoft Recognizers-Text (MIT) `Specs/Sequence/Chinese/PhoneNumberModel.json` (rounds 7-8 read the English,
//   Swedish, Turkish, Hindi, Portuguese and one-item specs; much of the Chinese spec copies the English one, so the
//   dedup drops those) — its Chinese sentences: mobile numbers run together (`13604779660或13604770960`), Beijing and
//   Shanghai numbers with area code and extension, and its non-phone lines as negatives; and
//   `Specs/Sequence/Chinese/IpAddressModel.json` (IPv4, upper-case and compressed IPv6 in Chinese sentences; its
//   invalid, unspecified and broadcast ones as negatives).
// - google/libphonenumber (Apache-2.0) `PhoneNumberMatcherTest.java`: the numbers its find-in-text tests use (New
//   Zealand, Argentina with the `15` mobile token, Mexico with `01`/`044`, Italy, the US dialled from Singapore and
//   Poland through their IDD codes, `++1`, a full-width number, extensions after `x`/`ext`/`#` left outside the value)
//   and its two sentences with a ZIP code next to the number; the test runs on its own test metadata, so build.ts keeps
//   only those google-libphonenumber 3.2.47's real metadata calls valid.
// - Simplify/ibantools (MIT or MPL-2.0) `test/ibantools_test.js`: the IBANs its `isValidIBAN()` tests accept (many
//   are SWIFT registry examples earlier rounds hold and are dropped) and the ones it rejects, as negatives. IBANs
//   made of `1234` runs (`AO44123412341234123412341`) are left out as placeholders.
// - inacho/php-credit-card-validator (MIT) `tests/Test.php`: its valid numbers per brand (Visa Electron, Maestro,
//   Forbrugsforeningen, Dankort, Diners, UnionPay 19 digits, Elo, Amex Corporate) and its Luhn-failing number; its Visa
//   Electron `4917300800000000` (a BIN followed by zeros) is left out, as round 8 did with such numbers.

const RT = (path: string, commit: string) => `microsoft/Recognizers-Text ${path} @ ${commit} (MIT)`;
export const RT_ZH = RT('Specs/Sequence/Chinese/PhoneNumberModel.json', '1e8c7a8fa18d50d6dab31ec8d3de5da167f149e0');
export const RT_ZH_IP = RT('Specs/Sequence/Chinese/IpAddressModel.json', '65c699b9c1d9277b94db4ff1824c8c874149a2f2');

/** The spec's input sentence (`text`), the numbers it labels and the country their layout belongs to. */
export interface SpecPhone {
  region: string;
  text: string;
  values: string[];
  from: string;
}
const zh = (region: string, text: string, ...values: string[]): SpecPhone => ({ region, text, values, from: RT_ZH });
export const LPN_MATCHER =
  'google/libphonenumber java/libphonenumber/test/com/google/i18n/phonenumbers/PhoneNumberMatcherTest.java @ 030071b3a9312b9a32d8363fe112d7309f2f2603 (Apache-2.0)';
/** A number the matcher test finds (region: the one the test parses with), in its own sentence where it has one. */
const lpn = (region: string, text: string, ...values: string[]): SpecPhone => ({ region, text, values, from: LPN_MATCHER });

export const PHONES: SpecPhone[] = [
  zh('CN', '宝爵台球会所：13604779660 13604770960', '13604779660', '13604770960'),
  zh('CN', '宝爵台球会所：13604779660或13604770960', '13604779660', '13604770960'),
  zh('CN', '联系电话:010-65980408-8001', '010-65980408'),
  zh('CN', '邮政编码是200120传真是021-68804868联系电话021-68812753,021-68808888', '021-68804868', '021-68812753', '021-68808888'),
  zh('US', '我的电话号是1 (877) 609-2233.', '1 (877) 609-2233'),
  zh('US', '我的电话号是+1 541-754-3010.', '+1 541-754-3010'),
  zh('US', '我的电话号是(541) 754-3010.', '(541) 754-3010'),
  zh('US', '我的电话号是1-541-754-3010.', '1-541-754-3010'),
  zh('US', '我的电话号是269-541-4584x068.', '269-541-4584'),
  zh('US', '我的电话号是837.824.1482 ext 63888.', '837.824.1482'),
  zh('BR', '我的电话号是(71)3019-9811.', '(71)3019-9811'),
  zh('BR', '我的电话号是(21) 996205563.', '(21) 996205563'),
  zh('BR', '我的电话号是+55 11 12345-6789\n谢谢。', '+55 11 12345-6789'),
  zh('GB', '我的电话号是+44(0)113 496 0009.', '+44(0)113 496 0009'),
  zh('GB', '我的电话号是+44 (0) 113-496-0009.', '+44 (0) 113-496-0009'),
  zh('GB', '我的电话号是(0131) 496 0537.', '(0131) 496 0537'),
  zh('GB', '我的电话号是07453 372 351.', '07453 372 351'),
  zh('GB', '我的电话号是07877 954 457.', '07877 954 457'),
  zh('DE', '我的电话号是+49(0)1560 77474.', '+49(0)1560 77474'),
  zh('DE', '我的电话号是+49 (0) 1357 528320.', '+49 (0) 1357 528320'),
  zh('DE', '我的电话号是0176 123 456 78.', '0176 123 456 78'),
  zh('DE', '我的电话号是(03336) 24056.', '(03336) 24056'),
  zh('FR', '我的电话号是+33 (0)4 64 04 62 70.', '+33 (0)4 64 04 62 70'),
  zh('FR', '我的电话号是+33 4 44 09 59 45.', '+33 4 44 09 59 45'),
  zh('ES', '我的电话号是+34 554 94 87 12.', '+34 554 94 87 12'),
  zh('NL', '我的电话号是+31(0)14-5008352.', '+31(0)14-5008352'),
  zh('NL', '我的电话号是(+31) (12)-3456789.', '(+31) (12)-3456789'),
  zh('DK', '我的电话号是 +45 12 34 56 78.', '+45 12 34 56 78'),
  lpn('NZ', 'Call 033316005  or 032316005!', '033316005', '032316005'),
  lpn('US', 'My address is CA 34215 - 415-666-7777 is my number.', '415-666-7777'),
  lpn('US', 'My number is (415) 666 7777. 34215 is my zip-code.', '(415) 666 7777'),
  lpn('NZ', '03-331 6005', '03-331 6005'),
  lpn('NZ', '0064 3 331 6005', '0064 3 331 6005'),
  lpn('NZ', '64(0)64123456', '64(0)64123456'),
  lpn('SG', '0011-650-333-6000', '0011-650-333-6000'),
  lpn('PL', '++1 (650) 333-6000', '++1 (650) 333-6000'),
  lpn('SG', '＋1　(650)　333－6000', '＋1　(650)　333－6000'),
  lpn('IT', '+39 02-36618 300', '+39 02-36618 300'),
  lpn('IT', '312 345 678', '312 345 678'),
  lpn('AR', '+54 9 343 555 1212', '+54 9 343 555 1212'),
  lpn('AR', '0343 15 555 1212', '0343 15 555 1212'),
  lpn('AR', '03715 15 65 4320', '03715 15 65 4320'),
  lpn('AR', '011 3797 0000', '011 3797 0000'),
  lpn('AR', '+54 3715 65 4321', '+54 3715 65 4321'),
  lpn('MX', '+52 (449)978-0001', '+52 (449)978-0001'),
  lpn('MX', '01 (449)978-0001', '01 (449)978-0001'),
  lpn('MX', '+52 1 33 1234-5678', '+52 1 33 1234-5678'),
  lpn('MX', '044 (33) 1234-5678', '044 (33) 1234-5678'),
  lpn('GB', '+44 2034567890 x456', '+44 2034567890'),
  lpn('US', '(800) 901-3355 , ext 7246433', '(800) 901-3355'),
  lpn('NZ', '03 3316005 #3456', '03 3316005'),
];

/** The spec's lines that hold no phone number. */
export const PHONE_NEGATIVES: { text: string; from: string }[] = [
  { text: '00 10 00 31 46 D9 E9 11不像是电话号，他是十六进制的.', from: RT_ZH },
  { text: '#20020211895不是电话号, since it starts with #.', from: RT_ZH },
  { text: '三月 1 14377:00 不是个电话号', from: RT_ZH },
  { text: '200.38294427 不是个电话号.', from: RT_ZH },
  { text: '这些看起来都不像电话号：1 506 64，37 41 4，38 5145，20 15 11，58 2105，19 32 2，25 32 2，15 3  20，10 41 20，8196 12', from: RT_ZH },
  { text: '91a-677-0060 不是电话号。', from: RT_ZH },
  { text: '9a1-677-0060和a91-677-0060都不是电话号', from: RT_ZH },
];

/** The IP spec's sentences: the address it labels, or none. */
export const SPEC_IPS: { text: string; value?: string }[] = [
  { text: '我电脑IP是1.1.1.1', value: '1.1.1.1' },
  { text: '我电脑IP是1.1.1.2/25', value: '1.1.1.2' },
  { text: '8.8.8.8是IP地址', value: '8.8.8.8' },
  { text: '8.8.8.1/24是IP地址', value: '8.8.8.1' },
  { text: '我电脑的V6地址是ABEF:452::FE10', value: 'ABEF:452::FE10' },
  { text: '我电脑的V6地址是123:45::ADC:6', value: '123:45::ADC:6' },
  { text: '我电脑的V6地址是FEDC:BA98:7654:3210:FEDC:BA98:7654:3210', value: 'FEDC:BA98:7654:3210:FEDC:BA98:7654:3210' },
  { text: '我电脑IP是0.0.0.0' },
  { text: '我电脑IP是255.255.255.255' },
  { text: '我电脑IP不是256.1.1.1' },
  { text: '错误的IP例子1.1.1000.1' },
  { text: '我电脑的V6地址是::1' },
  { text: '火车到站10:00' },
  { text: '错误的IPV6地址FE06::1::2' },
  { text: '错误的IPV6地址JKLN:ssej::1' },
];

export const IBAN_FILE = 'Simplify/ibantools test/ibantools_test.js @ 0216e141439d32497c81647028b9b9d441e0b46c (MIT or MPL-2.0)';
/** IBANs the test accepts, with the country its test names. */
export const IBANS: [string, string][] = [
  ['NL', 'NL50PSTB0000054322'],
  ['ES', 'ES4901825500610201630983'],
  ['GT', 'GT82TRAJ01020000001210029690'],
  ['HR', 'HR1210010051863000160'],
  ['IQ', 'IQ98NBIQ850123456789012'],
  ['PS', 'PS92PALS000000000400123456702'],
  ['RS', 'RS35260005601001611379'],
  ['GL', 'GL8964710001000206'],
  ['UA', 'UA213996220000026007233566001'],
  ['VA', 'VA59001123000012345678'],
  ['EG', 'EG380019000500000000263180002'],
  ['DZ', 'DZ580002100001113000000570'],
  ['BF', 'BF42BF0840101300463574000390'],
  ['BI', 'BI4210000100010000332045181'],
  ['CV', 'CV64000300008885500810176'],
  ['KM', 'KM4600005000010010904400137'],
  ['TD', 'TD8960002000010271091600153'],
  ['CG', 'CG3930011000101013451300019'],
  ['GA', 'GA2140021010032001890020126'],
  ['HN', 'HN54PISA00000000000000123124'],
  ['MA', 'MA64011519000001205000534921'],
  ['NI', 'NI92BAMC000000000000000003123123'],
  ['NE', 'NE58NE0380100100130305000268'],
  ['TG', 'TG53TG0090604310346500400070'],
  ['CF', 'CF4220001000010120069700160'],
  ['DJ', 'DJ2110002010010409943020008'],
  ['GQ', 'GQ7050002001003715228190196'],
  ['GW', 'GW04GW1430010181800637601'],
  ['SC', 'SC52BAHL01031234567890123456USD'],
  ['LY', 'LY83002048000020100120361'],
  ['SN', 'SN08SN0100152000048500003035'],
  ['BA', 'BA391990440001200279'],
  ['MK', 'MK07500120050057453'],
  ['ME', 'ME25907000000005800138'],
  ['PT', 'PT50000405010020500101441'],
  ['SI', 'SI56051008000032875'],
  ['EE', 'EE443300338400100007'],
  ['EE', 'EE975500000550008329'],
  ['FI', 'FI5542345670000081'],
  ['FI', 'FI5888345670005487'],
  ['FR', 'FR22200410100505QZABCMGEF65'],
  ['MC', 'MC1112739000700011111000H79'],
  ['HU', 'HU51100320000122013950000249'],
  ['HU', 'HU43100320000122032850002447'],
];
/** IBANs the test rejects. */
export const IBAN_NEGATIVES = [
  'NL91ABNA0517164300',
  'ES8350210036679521296135',
  'RS36260005601001611379',
  'TL380080012345688910157',
  'GL89647100010002067',
  'GB2LABBY09012857201707',
  'GB00HLFX11016111455365',
  'CZ6508000000182000145399',
  'SI94BARC102',
];

export const CARDS_FILE = 'inacho/php-credit-card-validator tests/Test.php @ 0a5039b0cc5f3eb2df98f2f0ca6e2584eff0afb4 (MIT)';
export const CARDS: { brand: string; value: string }[] = [
  { brand: 'Maestro (16 digits)', value: '6759649826438453' },
  { brand: 'Maestro (19 digits)', value: '6799990100000000019' },
  { brand: 'Forbrugsforeningen', value: '6007220000000004' },
  { brand: 'Dankort', value: '5019717010103742' },
  { brand: 'Visa (13 digits)', value: '4222222222222' },
  { brand: 'Mastercard 2-series', value: '2221000002222221' },
  { brand: 'American Express', value: '371449635398431' },
  { brand: 'American Express Corporate', value: '378734493671000' },
  { brand: 'Diners Club', value: '30569309025904' },
  { brand: 'Diners Club', value: '38520000023237' },
  { brand: 'Diners Club', value: '36148900647913' },
  { brand: 'Discover', value: '6011000990139424' },
  { brand: 'UnionPay (19 digits)', value: '6271136264806203568' },
  { brand: 'UnionPay (19 digits)', value: '6236265930072952775' },
  { brand: 'UnionPay (19 digits)', value: '6204679475679144515' },
  { brand: 'UnionPay (19 digits)', value: '6216657720782466507' },
  { brand: 'JCB', value: '3530111333300000' },
  { brand: 'JCB', value: '3566002020360505' },
  { brand: 'Elo', value: '6363693465728293' },
];
/** The test's Luhn-failing number. */
export const BAD_CARDS = ['4242424242424241'];
