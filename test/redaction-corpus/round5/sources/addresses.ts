// Addresses as the authors of address parsers wrote them in their tests, read with the search tool's read_file and
// typed here with the repository, path and commit of each file. None of these files was read by an earlier round
// (rounds 3 and 4 read iLib's DE, FR, IT, ES, NL, JP, KR, CN, IN, PL, RU, PT, MX and AT files, libpostal, OpenCage's
// address-formatting; here: other iLib countries, pyap, natasha, geolonia).
//
// `text` is the address as the test wrote it; `value` is the labelled part (docs/redaction.md: house number or PO box
// to the postcode/town line; recipient names, venue names and a trailing country stay outside). City-first layouts
// (Russia, Japan, Taiwan) are labelled from the region or town to the house number: every part of them locates the
// person. Where the source has no postcode the street and town are the value.

export interface SourcedAddress {
  cc: string;
  text: string;
  value: string;
  from: string;
}

const PYAP = (file: string, commit: string) => `vladimarius/pyap tests/${file} @ ${commit} (MIT)`;
const PYAP_CA = PYAP('test_parser_ca.py', 'fb8461aa7852bd46770e6b4e2749b07072486eee');
const PYAP_GB = PYAP('test_parser_gb.py', '03942114298062617d86c6d7682d9f5e43814332');
const PYAP_US = PYAP('test_parser_us.py', '03c9bd58772b28931ec58cf58ab2bbe0c3120f75');
const NATASHA = 'natasha/natasha natasha/tests/test_addr.py @ 0c793515eff0190967b6ce2b1dd596923ac7375c and test_address.py @ 14c24ac170e6044ac9757e9e62bc6be0dc8e7e82 (MIT)';
const ILIB = (cc: string, commit: string) => `iLib-js/iLib js/test/address/legacy/testaddress_${cc}.js @ ${commit} (Apache-2.0)`;
const ILIB_MONO = (cc: string, commit: string) => `iLib-js/ilib-mono packages/ilib-address/test/address_${cc}.test.js @ ${commit} (Apache-2.0)`;
const GEOLONIA = 'geolonia/normalize-japanese-addresses test/main/main.test.ts @ 030c7824d4b94698dfbdf33c47e4dd8977bb8efe (MIT)';

/** Whole text is the value. */
const whole = (cc: string, text: string, from: string): SourcedAddress => ({ cc, text, value: text, from });
/** The value is the text without a trailing country. */
const upTo = (cc: string, text: string, value: string, from: string): SourcedAddress => ({ cc, text, value, from });

export const ADDRESSES: SourcedAddress[] = [
  // Canada (pyap test_full_address_positive), English and French layouts
  whole('CA', '15979 Bow Bottom Trail SE, Calgary, AB T2J 6T5', PYAP_CA),
  whole('CA', '1730 McPherson Crt. Unit 35, Pickering, ON', PYAP_CA),
  whole('CA', '20 Fleeceline Road, Toronto, Ontario M8V 2K3', PYAP_CA),
  whole('CA', '7034 Gilliespie Lane, Mississauga, ON L5W1E8', PYAP_CA),
  upTo('CA', '12991 Keele Street King City, Ontario L7B 1G2 CANADA', '12991 Keele Street King City, Ontario L7B 1G2', PYAP_CA),
  whole('CA', '718 - 8th Avenue SW Calgary, AB T2P 1H3', PYAP_CA),
  whole('CA', '67 Lougheed Rd Unit B Barrie, Ontario L4N 8G1', PYAP_CA),
  whole('CA', '202-121 14th Street NW Calgary, AB T2N 1Z6', PYAP_CA),
  whole('CA', '108 - 1550 Hartley Avenue Coquitlam, B.C. V3K 7A1', PYAP_CA),
  upTo('CA', '1555 Walkley Road Unit 3, Ottawa, ON, K1V 6P4 Canada', '1555 Walkley Road Unit 3, Ottawa, ON, K1V 6P4', PYAP_CA),
  whole('CA', '104-18663 52 AVE SURREY, BC V3S 8E5', PYAP_CA),
  upTo('CA', '14952 121a Ave NW, Edmonton, AB T5V 1A3, Canada', '14952 121a Ave NW, Edmonton, AB T5V 1A3', PYAP_CA),
  whole('CA', '13009 239b St. Maple Ridge, BC V4R 0A5', PYAP_CA),
  upTo('CA', '40, Rue Ruskin, Ottawa (Ontario) K1Y 4W7 Canada', '40, Rue Ruskin, Ottawa (Ontario) K1Y 4W7', PYAP_CA),
  whole('CA', '405, rue Sainte-Catherine Est Montréal (Québec) H2L 2C4', PYAP_CA),
  upTo('CA', '5800, rue Saint-Denis, bureau 1105 Montréal (Québec) H2S 3L5 Canada', '5800, rue Saint-Denis, bureau 1105 Montréal (Québec) H2S 3L5', PYAP_CA),
  whole('CA', '3744, rue Jean-Brillant Bureau 490 Montréal (Québec)', PYAP_CA),
  whole('CA', '133 Ilsley Avenue, Unit A Dartmouth (Nova Scotia) B3B 1S9', PYAP_CA),
  whole('CA', '400 Main Street, Bureau 2080 Saint John (New Brunswick) E2K 4N5', PYAP_CA),
  whole('CA', '16, Place du Commerce Île des Soeurs Verdun (Québec) H3E 2A5', PYAP_CA),
  whole('CA', '4260, Still Creek Drive Burnaby (Colombie-Britannique) V5C 6C6', PYAP_CA),
  whole('CA', '283, boulevard Alexandre-Taché Gatineau (Québec) Canada J9A 1L8', PYAP_CA),
  whole('CA', '1401, 18e rue Québec (Québec) G1J 1Z4', PYAP_CA),
  whole('CA', '205, avenue de la Cathédrale Case postale 710 Rimouski (Québec) G5L 7C7', PYAP_CA),
  whole('CA', '3351, boul. des Forges C.P. 500, Trois-Rivières (Québec) Canada, G9A 5H7', PYAP_CA),
  upTo('CA', '3264 Mainway Burlington L7M 1A7 Ontario, Canada', '3264 Mainway Burlington L7M 1A7 Ontario', PYAP_CA),

  // United Kingdom (pyap test_full_address)
  upTo('GB', '11-59 High Road\nEast Finchley London\nN2 8AW, UK', '11-59 High Road\nEast Finchley London\nN2 8AW', PYAP_GB),
  whole('GB', '88 White parkway, Stanleyton, L2 3DB', PYAP_GB),
  upTo('GB', 'Studio 96D, Graham roads, Westtown, L1A 3GP, Great Britain', 'Studio 96D, Graham roads, Westtown, L1A 3GP', PYAP_GB),
  whole('GB', '01 Brett mall, Lake Donna, W02 3JQ', PYAP_GB),
  upTo('GB', 'Flat 05, Byrne shores, Howardshire, GL6 8EA, UK', 'Flat 05, Byrne shores, Howardshire, GL6 8EA', PYAP_GB),
  whole('GB', '12 Henry route, Clementsborough, W2 5DQ', PYAP_GB),
  upTo('GB', '195 Jill hollow, Harryside, TF6 4YD, England', '195 Jill hollow, Harryside, TF6 4YD', PYAP_GB),
  whole('GB', 'SHEPPEY WAY, SITTINGBOURNE, ME9 8RZ', PYAP_GB),
  whole('GB', '185-187 OXFORD STREET, WESTMINSTER, W1D 2JU', PYAP_GB),
  whole('GB', '32 London Bridge St, London SE1 9SG', PYAP_GB),
  whole('GB', "Marlborough Rd, St. James's, London SW1A 1BQ", PYAP_GB),
  upTo('GB', 'Guildhall, Gresham Street, London, EC2V 7HH', 'Gresham Street, London, EC2V 7HH', PYAP_GB),
  upTo('GB', 'The Corn Exchange, Corn St, Bristol BS1 1JQ', 'Corn St, Bristol BS1 1JQ', PYAP_GB),
  whole('GB', 'No. 22 The Light, The Headrow, Leeds LS1 8TL', PYAP_GB),
  whole('GB', '55 Glenfada Park, Londonderry BT48 9DR', PYAP_GB),
  whole('GB', 'Studio 53, Harrison cove, Smithbury, G88 4US', PYAP_GB),

  // United States (pyap test_full_address)
  whole('US', '16444 N 91ST ST BLDG H, SCOTTSDALE, AZ 85260', PYAP_US),
  whole('US', '235 PEACHTREE ST NE 900, ATLANTA, GA 30303', PYAP_US),
  whole('US', '600 HIGHWAY 32 EAST, WATER VALLEY, MS 38965', PYAP_US),
  whole('US', '12401 Research Blvd, Building II, Austin TX 78759', PYAP_US),
  whole('US', '0 OLD MILL RD, Maynard, MA 01754', PYAP_US),
  whole('US', '103 Morgan Lane, Suite 102 Plainsboro, NJ 08536', PYAP_US),
  whole('US', '3409 16th St Metairie, LA 70002', PYAP_US),
  whole('US', '1720 HARDING HWY NEWFIELD, NJ', PYAP_US),
  whole('US', '1450 E. Chestnut Avenue, Vineland NJ', PYAP_US),
  whole('US', '50 Harry S Truman Parkway Annapolis, MD 21401', PYAP_US),
  whole('US', '420 Crompton Street Charlotte , North Carolina 28273', PYAP_US),
  whole('US', '1806 Dominion Way Ste B Colorado Spgs, CO 80918-8409', PYAP_US),
  whole('US', '2675 Antler Drive Carson City, NV 89701-1451', PYAP_US),
  whole('US', '800 Sixth Ave #31A New York, NY 10001', PYAP_US),
  whole('US', '3131 Smokey Point Drive, Suite 14 A Arlington, WA 98223', PYAP_US),
  whole('US', '3505 188th Street SW Lynnwood, WA 98037', PYAP_US),
  whole('US', '586 W. 207 St. New York, NY 10034', PYAP_US),
  whole('US', '68116 HEM 908 B WEST 12th St. Austin, TX 78703', PYAP_US),
  upTo('US', '7000 Peachtree Dunwoody Rd NE Bldg 7, Miami, FL, USA', '7000 Peachtree Dunwoody Rd NE Bldg 7, Miami, FL', PYAP_US),
  whole('US', '98-025 Hekaha St Ste 221A, Cityville, Arizona', PYAP_US),
  upTo('US', '225 E. John Carpenter Freeway, Suite 1500 Irving, Texas 75062 U.S.A.', '225 E. John Carpenter Freeway, Suite 1500 Irving, Texas 75062', PYAP_US),
  whole('US', '128 Sunset Drive Bldg. 2.5 Suite 400, Austin Tx - 78755', PYAP_US),
  whole('US', 'POST OFFICE BOX 123, Austin TX 78755', PYAP_US),
  whole('US', '1 MEGA CENTER, MegaCity, MICH.49423-9576', PYAP_US),
  whole('US', '1300 E MOUNT GARFIELD ROAD, NORTON SHORES 49441', PYAP_US),
  whole('US', '225 E. John Carpenter Freeway,\nSuite 1500 Irving, Texas 75062', 'vladimarius/pyap README.rst (MIT), the usage example'),

  // Russia (natasha address extractor tests)
  upTo('RU', 'Россия, Вологодская обл. г. Череповец, пр.Победы 93 б', 'Вологодская обл. г. Череповец, пр.Победы 93 б', NATASHA),
  whole('RU', '692909, РФ, Приморский край, г. Находка, ул. Добролюбова, 18', NATASHA),
  whole('RU', 'д. Федоровка, ул. Дружбы, 13', NATASHA),
  upTo('RU', 'Россия, 129110, г.Москва, Олимпийский проспект, 22', '129110, г.Москва, Олимпийский проспект, 22', NATASHA),
  whole('RU', '197342 г. Санкт-Петербург, Красногвардейский пер., д. 15', NATASHA),
  whole('RU', 'Республика Карелия,г.Петрозаводск,ул.Маршала Мерецкова, д.8 Б,офис 4', NATASHA),
  whole('RU', '628000, ХМАО-Югра, г.Ханты-Мансийск, ул. Ледовая , д.19', NATASHA),
  whole('RU', 'ХМАО г.Нижневартовск пер.Ягельный 17', NATASHA),
  whole('RU', 'Белгородская обл, пгт Борисовка,ул. Рудого д.160', NATASHA),
  whole('RU', 'Самарская область, п.г.т. Алексеевка, ул. Ульяновская д. 21', NATASHA),
  whole('RU', 'Мурманская обл поселок городского типа Молочный, ул.Гальченко д.11', NATASHA),
  whole('RU', 'ул. Народного Ополчения д. 9к.3', NATASHA),
  whole('RU', 'ул. Б. Пироговская, д.37/430', NATASHA),

  // Ukraine, Argentina, Colombia, Egypt, UAE, Taiwan, Vietnam (iLib files no earlier round read)
  upTo('UA', 'Володимир Свідерський\nВУЛ ДУБІНІНА Володя 5\n\nКИЇВ\n\n03127\nУКРАЇНА', 'ВУЛ ДУБІНІНА Володя 5\n\nКИЇВ\n\n03127', ILIB('UA', '0e45a141d4f9c000bfd391ae44d338598ac371ef')),
  upTo('UA', 'Володимир Свідерський , ВУЛ ДУБІНІНА Володя 5 , КИЇВ , 03127 , УКРАЇНА', 'ВУЛ ДУБІНІНА Володя 5 , КИЇВ , 03127', ILIB('UA', '0e45a141d4f9c000bfd391ae44d338598ac371ef')),
  upTo('AR', 'Luis Escala Piedras 623\nPiso 2, depto 4\nC1070AAM Capital Federa\nARGENTINA', 'Piedras 623\nPiso 2, depto 4\nC1070AAM Capital Federa', ILIB('AR', '3f211bdd52c1b76accd5dfd08a79dd3c9d39e0c7')),
  upTo('AR', 'Juana Aguirre, Piedras No 623, Piso2 Dto.4, C1070AAM Capital Federal, ARGENTINA', 'Piedras No 623, Piso2 Dto.4, C1070AAM Capital Federal', ILIB('AR', '3f211bdd52c1b76accd5dfd08a79dd3c9d39e0c7')),
  upTo('AR', 'At. Sr. Hiro Gordo-Globo\nSumo Informática S.A.\nCalle 39 No 1540\nB1000TBU San Sebastian\nARGENTINA', 'Calle 39 No 1540\nB1000TBU San Sebastian', ILIB('AR', '3f211bdd52c1b76accd5dfd08a79dd3c9d39e0c7')),
  upTo('CO', 'SEÑOR, Gabriel Garcia Marquez, SOCIEDAD DE ESCRITORES COLOMBIANOS, Av. 15 no 80–13 oficina 702, ARACATACA–MAGDALENA, COLOMBIA', 'Av. 15 no 80–13 oficina 702, ARACATACA–MAGDALENA', ILIB('CO', '3f211bdd52c1b76accd5dfd08a79dd3c9d39e0c7')),
  upTo('EG', 'السيد محمد احمد محمود ٣٠\nشارع احمد عرابى\nآل المهندسين\nالجيزة\n١٢٤١١\nمصر', '٣٠\nشارع احمد عرابى\nآل المهندسين\nالجيزة\n١٢٤١١', ILIB('EG', '77cd26f3ea60ac1f9061b624136b1aa3409b79e8')),
  upTo('EG', 'السيد محمد احمد محمود ٣٠ , شارع احمد عرابى , آل المهندسين , الجيزة , ١٢٤١١ , مصر', '٣٠ , شارع احمد عرابى , آل المهندسين , الجيزة , ١٢٤١١', ILIB('EG', '77cd26f3ea60ac1f9061b624136b1aa3409b79e8')),
  upTo('AE', 'تاج قصر الفندق صندوق البريد بالبوسطة ٤٢٢١١\nدبي\nالإمارات العربية المتحدة', 'صندوق البريد بالبوسطة ٤٢٢١١\nدبي', ILIB('AE', '77cd26f3ea60ac1f9061b624136b1aa3409b79e8')),
  upTo('AE', 'فندق تاج بالاس مكتب بريد صندوق ٤٢٢١١\nدبي\nUnited Arab Emirates', 'مكتب بريد صندوق ٤٢٢١١\nدبي', ILIB('AE', '77cd26f3ea60ac1f9061b624136b1aa3409b79e8')),
  upTo('TW', 'Level 73, Taipei 101 Tower\n7 Xinyi Road, Sec. 5\nTaipei, 110\nTaiwan', '7 Xinyi Road, Sec. 5\nTaipei, 110', ILIB('TW', '0e45a141d4f9c000bfd391ae44d338598ac371ef')),
  whole('TW', '3F, No.7\nShong-Ren Rd.\nTaipei City 11045', ILIB('TW', '0e45a141d4f9c000bfd391ae44d338598ac371ef')),
  upTo('TW', '3F, 499, Jung-Ming S. Road, West District, Taichung, 403, Taiwan, R.O.C.', '3F, 499, Jung-Ming S. Road, West District, Taichung, 403', ILIB('TW', '0e45a141d4f9c000bfd391ae44d338598ac371ef')),
  upTo('TW', '中華民國高雄市苓雅區802四維三路6號18樓A', '高雄市苓雅區802四維三路6號18樓A', ILIB('TW', '0e45a141d4f9c000bfd391ae44d338598ac371ef')),
  upTo('TW', '中華民國台灣省台北市南港區經貿二路66號10樓', '台灣省台北市南港區經貿二路66號10樓', ILIB('TW', '0e45a141d4f9c000bfd391ae44d338598ac371ef')),
  whole('TW', '高雄市苓雅區 802 四維三路 6 號 26 樓', ILIB('TW', '0e45a141d4f9c000bfd391ae44d338598ac371ef')),
  upTo('VN', 'No.123/45, đường Nguyễn Thị Minh Khai, Phường 5, Quận 3, Ho Chi Minh City, 705612\nViệt Nam', 'No.123/45, đường Nguyễn Thị Minh Khai, Phường 5, Quận 3, Ho Chi Minh City, 705612', ILIB('VN', '0e45a141d4f9c000bfd391ae44d338598ac371ef')),
  upTo('VN', 'No.123/45\nđường Nguyễn Thị Minh Khai\nPhường 5\nQuận 3\nHo Chi Minh City\n705612\nViệt Nam', 'No.123/45\nđường Nguyễn Thị Minh Khai\nPhường 5\nQuận 3\nHo Chi Minh City\n705612', ILIB('VN', '0e45a141d4f9c000bfd391ae44d338598ac371ef')),

  // Israel, Indonesia, Hungary (city first), South Africa (iLib legacy tests)
  upTo('IL', 'Yisrael Yisraeli\nHaDoar 1\nJerusalem 12345\nIsrael', 'HaDoar 1\nJerusalem 12345', ILIB('IL', '3f211bdd52c1b76accd5dfd08a79dd3c9d39e0c7')),
  upTo('IL', 'R.O.Y. International , PO Box 13056, TEL-AVIV ISL-61130, Israel', 'PO Box 13056, TEL-AVIV ISL-61130', ILIB('IL', '3f211bdd52c1b76accd5dfd08a79dd3c9d39e0c7')),
  upTo('ID', 'Gedung Balaikota DKI Jakarta\nJalan Medan Merdeka Selatan No. xx\nJakarta Selatan 10110\nINDONESIA', 'Jalan Medan Merdeka Selatan No. xx\nJakarta Selatan 10110', ILIB('ID', '0e45a141d4f9c000bfd391ae44d338598ac371ef')),
  upTo('HU', 'Budapest, Honvéd utca 13-15, 1055, HUNGARY', 'Budapest, Honvéd utca 13-15, 1055', ILIB('HU', '3f211bdd52c1b76accd5dfd08a79dd3c9d39e0c7')),
  upTo('HU', 'Győr, Arató utca 7 fsz. 2, 9028, HUNGARY', 'Győr, Arató utca 7 fsz. 2, 9028', ILIB('HU', '3f211bdd52c1b76accd5dfd08a79dd3c9d39e0c7')),
  upTo('HU', 'Budapest\nHonvéd utca 13-15\n1055\nHUNGARY', 'Budapest\nHonvéd utca 13-15\n1055', ILIB('HU', '3f211bdd52c1b76accd5dfd08a79dd3c9d39e0c7')),
  upTo('ZA', 'Customer Services 497 Jacob Mare Street\nPretoria 0001\nSouth Africa', '497 Jacob Mare Street\nPretoria 0001', ILIB('ZA', '3f211bdd52c1b76accd5dfd08a79dd3c9d39e0c7')),
  upTo('ZA', 'Mr. J. Public 1234 Church Street Colloyn\nPRETORIA\nSOUTH AFRICA', '1234 Church Street Colloyn\nPRETORIA', ILIB('ZA', '3f211bdd52c1b76accd5dfd08a79dd3c9d39e0c7')),

  // Thailand, Greece, Brazil (ilib-address tests in the ilib-mono repository)
  upTo('TH', '49 ซอยร่วมฤดี, ถนนเพลินจิต, ลุมพินี\nเขตปทุมวัน กรุงเทพฯ 10330\nประเทศไทย', '49 ซอยร่วมฤดี, ถนนเพลินจิต, ลุมพินี\nเขตปทุมวัน กรุงเทพฯ 10330', ILIB_MONO('TH', '722012dec4b7154723a4edf6f5e8661363c33038')),
  whole('TH', '112/119 มณียา สมบูรณ์ ผลงานชิ้นเอก ไทรม้า\nอำเภอเมือง นนทบุรี 11000', ILIB_MONO('TH', '722012dec4b7154723a4edf6f5e8661363c33038')),
  upTo('TH', '112/119,มณียา สมบูรณ์ ผลงานชิ้นเอก,ไทรม้า\nเขตปทุมวัน,กรุงเทพฯ,11000,ประเทศไทย', '112/119,มณียา สมบูรณ์ ผลงานชิ้นเอก,ไทรม้า\nเขตปทุมวัน,กรุงเทพฯ,11000', ILIB_MONO('TH', '722012dec4b7154723a4edf6f5e8661363c33038')),
  upTo('GR', '18, Heracleous St., Kifissia, 145 64 Athens,GREECE', '18, Heracleous St., Kifissia, 145 64 Athens', ILIB_MONO('GR', '43fd354eef376e7ed2a8280bb48a48d6c1d8a595')),
  upTo('BR', 'Carlos Rossi,Avenida João Jorge, 112, ap. 31 Vila Industrial,Campinas - SP,13035-680,BRAZIL', 'Avenida João Jorge, 112, ap. 31 Vila Industrial,Campinas - SP,13035-680', ILIB_MONO('BR', '722012dec4b7154723a4edf6f5e8661363c33038')),
  upTo('BR', 'Carlos Rossi\nAvenida João Jorge, 112, ap. 31\nVila Industrial\nCampinas - SP\n13035-680\nBRAZIL', 'Avenida João Jorge, 112, ap. 31\nVila Industrial\nCampinas - SP\n13035-680', ILIB_MONO('BR', '722012dec4b7154723a4edf6f5e8661363c33038')),
  upTo('BR', 'Rua Visconde de Porto Seguro 1238, Sao Paulo - SP,BRAZIL', 'Rua Visconde de Porto Seguro 1238, Sao Paulo - SP', ILIB_MONO('BR', '722012dec4b7154723a4edf6f5e8661363c33038')),
  upTo('BR', 'SOCIEDADE BRASILEIRA DE FÍSICA,Caixa Postal 66328,São Paulo - SP,BRAZIL,05315-970', 'Caixa Postal 66328,São Paulo - SP,BRAZIL,05315-970', ILIB_MONO('BR', '722012dec4b7154723a4edf6f5e8661363c33038')),
  upTo('BR', 'Lívia Amaral, Av. Paulista, 1098, 1º andar, apto. 101, Bela Vista, São Paulo - SP, Brasil, 01310-000', 'Av. Paulista, 1098, 1º andar, apto. 101, Bela Vista, São Paulo - SP, Brasil, 01310-000', ILIB_MONO('BR', '722012dec4b7154723a4edf6f5e8661363c33038')),
  whole('BR', 'Rua Afonso Canargo, 805, Santana, Guarapuava - PR, 85070-200', ILIB_MONO('BR', '722012dec4b7154723a4edf6f5e8661363c33038')),
  whole('BR', 'Boulevard das Flores 255,    SALVADOR - BA, BRAZIL, 40301-110', ILIB_MONO('BR', '722012dec4b7154723a4edf6f5e8661363c33038')),

  // Japan (geolonia normalizer tests): prefecture to block number, with a building name where the test has one
  whole('JP', '神奈川県横浜市港北区大豆戸町１７番地１１', GEOLONIA),
  whole('JP', '東京都江東区豊洲1丁目2-27', GEOLONIA),
  whole('JP', '東京都 江東区 豊洲 1-2-27', GEOLONIA),
  whole('JP', '東京都江東区豊洲 １ー２ー２７', GEOLONIA),
  whole('JP', '江東区豊洲 一丁目2-27', GEOLONIA),
  whole('JP', '東京都町田市木曽東四丁目１４ーイ２２ ジオロニアマンション', GEOLONIA),
  whole('JP', '石川県七尾市藤橋町亥45番地1', GEOLONIA),
  whole('JP', '石川県七尾市藤橋町 亥 45-1', GEOLONIA),
  whole('JP', '茨城県つくば市筑穂１丁目１０−４', GEOLONIA),
  whole('JP', '栃木県宇都宮市一番町3-17', GEOLONIA),
  whole('JP', '栃木県宇都宮市一条三丁目17', GEOLONIA),
];

/** Lines the same tests use as "not an address" (product descriptions beginning with a number). */
export const ADDRESS_NEGATIVES: { text: string; from: string }[] = [
  '85 STEEL REGULAR SHAFT - NE',
  '3 STRUCTURE WITH PE',
  '2013 Courtesy of DONNA LUPI, PR',
  '7901 SILVER CONDUCTIVE HOLE FILL MA',
  '4060 AUTOMATIC STRAPPING MACHINE KZB-II STRAPPING MA',
  '500 AUTO BLISTER PACKING SEALING MA',
  '23 ELECTRICAL COLOURED-TAPE PR',
  '1900 TRANSISTOR ELECTROMAGNETIC INDUCTION AL',
  '3131 DR. MATTHEW WI',
  'ONE FOR ANY DIRECT, INDIRECT, IN',
  '2 TRACTOR HEAD Actros MP',
  '00 Straight Fit Jean, USA',
].map((text) => ({ text, from: PYAP_US }));
