// Addresses as the authors of address libraries wrote them in their tests, read with the search tool's read_file and
// typed here with the repository, path and commit of each file. None of these files was read by an earlier round
// (rounds 3-5 read iLib's legacy tests of DE, FR, IT, ES, NL, JP, KR, CN, IN, PL, RU, PT, MX, AT, UA, AR, CO, EG, AE,
// TW, VN, IL, ID, HU, ZA, ilib-mono's TH, GR and BR, libpostal, OpenCage's address-formatting, pyap, natasha, geolonia;
// here: 26 other ilib-mono countries, commerceguys/addressing's formatter tests, scrubadub's address detector test).
//
// `text` is the address as the test wrote it (whitespace-mangling variants left out); `value` is the labelled part
// (docs/redaction.md and round 5's README: house number, PO box or street to the postcode/town line, with unit,
// floor and the region after the town; recipient names, company and venue names before the street and a trailing
// country stay outside). Where the source has no postcode the street and town are the value.

export interface SourcedAddress {
  cc: string;
  text: string;
  value: string;
  from: string;
}

const MONO = (cc: string, commit: string) => `iLib-js/ilib-mono packages/ilib-address/test/address_${cc}.test.js @ ${commit} (Apache-2.0)`;
const M722 = '722012dec4b7154723a4edf6f5e8661363c33038';
const M43F = '43fd354eef376e7ed2a8280bb48a48d6c1d8a595';
const M4F9 = '4f9ed08eab3946539f0c097ed5e2b2ca08cc48d4';
const CG_DEFAULT = 'commerceguys/addressing tests/Formatter/DefaultFormatterTest.php @ 020cef3d6781a2dd304c9b1158328600dc7d1588 (MIT)';
const CG_LABEL = 'commerceguys/addressing tests/Formatter/PostalLabelFormatterTest.php @ 020cef3d6781a2dd304c9b1158328600dc7d1588 (MIT)';
const SCRUBADUB = 'LeapBeyond/scrubadub tests/test_detector_address.py @ 0c9b0ed72f7952ae1605dd6682cd95a629847668 (Apache-2.0)';

const a = (cc: string, text: string, value: string, from: string): SourcedAddress => ({ cc, text, value, from });

export const ADDRESSES: SourcedAddress[] = [
  // Switzerland (German, Italian, French wordings of the same test address)
  a('CH', 'Herr Hans Katze Tastentanzenstrasse 5/16\n1234 Zürich\nSWITZERLAND', 'Tastentanzenstrasse 5/16\n1234 Zürich', MONO('CH', M722)),
  a('CH', 'Mr. Hans gatto Tastentanz Via 5/16\n1234 Zurich\nSVIZZERA', 'Tastentanz Via 5/16\n1234 Zurich', MONO('CH', M722)),
  a('CH', 'M. Hans chat Tastentanz rue 5/16\n1234 Zurich\nSUISSE', 'Tastentanz rue 5/16\n1234 Zurich', MONO('CH', M722)),
  a('CH', 'Herr Hans Katze , Tastentanzenstrasse , 5/16 , 1234 , Zuerich , SWITZERLAND', 'Tastentanzenstrasse , 5/16 , 1234 , Zuerich', MONO('CH', M722)),
  // Armenia (Latin and Armenian script)
  a('AM', 'Armen Simonyan, Saryan str 22 apt 25, 0002, YEREVAN, ARMENIA', 'Saryan str 22 apt 25, 0002, YEREVAN', MONO('AM', M722)),
  a('AM', 'Armen Simonyan\nSaryan str 22 apt 25\n0002 YEREVAN\nARMENIA', 'Saryan str 22 apt 25\n0002 YEREVAN', MONO('AM', M722)),
  a('AM', 'Armen Simonyan P. 15 Sh. 1 0002 YEREVAN ARMENIA', 'P. 15 Sh. 1 0002 YEREVAN', MONO('AM', M722)),
  a('AM', 'Արմեն Սիմոնյանը , Սարյան փող 22 , բն 25 , 0002 ԵՐԵՎԱՆ , ՀԱՅԱՍՏԱՆ', 'Սարյան փող 22 , բն 25 , 0002 ԵՐԵՎԱՆ', MONO('AM', M722)),
  a('AM', 'Արմեն Սիմոնյանը, Սարյան փող 22, բն 25\n0002 ԵՐԵՎԱՆ\nՀԱՅԱՍՏԱՆ', 'Սարյան փող 22, բն 25\n0002 ԵՐԵՎԱՆ', MONO('AM', M722)),
  // Belarus (Cyrillic, surname before the lane)
  a('BY', 'Адамович 4-й пер. ЧЕРНЫШЕВСКОГО 8\n211388, Орша\nBelarus', '4-й пер. ЧЕРНЫШЕВСКОГО 8\n211388, Орша', MONO('BY', M43F)),
  a('BY', 'Адамович 4-й пер. , ЧЕРНЫШЕВСКОГО 8 , Орша , 211388 , Belarus', '4-й пер. , ЧЕРНЫШЕВСКОГО 8 , Орша , 211388', MONO('BY', M43F)),
  a('BY', 'Адамович 4-й пер. ЧЕРНЫШЕВСКОГО 8\nОрша\n211388', '4-й пер. ЧЕРНЫШЕВСКОГО 8\nОрша\n211388', MONO('BY', M43F)),
  // Czech Republic
  a('CZ', 'Prujezdna 320/62, 100 00 PRAHA 10, česká republika', 'Prujezdna 320/62, 100 00 PRAHA 10', MONO('CZ', M43F)),
  a('CZ', 'Jaromir Jagr\nPrujezdna 320/62\n100 00 Praha 10\nčeská republika', 'Prujezdna 320/62\n100 00 Praha 10', MONO('CZ', M43F)),
  a('CZ', 'Tyršova 1000, 592 31 Nové Město na Moravě 1000, Česká republika', 'Tyršova 1000, 592 31 Nové Město na Moravě 1000', MONO('CZ', M43F)),
  a('CZ', 'Kostel svatého Šimona a Judy, Dušní\n110 00 Praha 1\nČeská republika', 'Dušní\n110 00 Praha 1', MONO('CZ', M43F)),
  // Ireland (Eircode-less: street and town, Dublin districts, counties, Irish language)
  a('IE', 'Gordon House\nBarrow Street\nDublin 4\nIreland', 'Barrow Street\nDublin 4', MONO('IE', M722)),
  a('IE', 'Metro Park\nCloughfern Avenue\nNewtownabbey\nCo. Antrim\nIreland', 'Cloughfern Avenue\nNewtownabbey\nCo. Antrim', MONO('IE', M722)),
  a('IE', 'Liffey Park Technology Campus\nBarnhall Road\nLeixlip\nCo Kildare', 'Barnhall Road\nLeixlip\nCo Kildare', MONO('IE', M722)),
  a('IE', 'Swords Business Campus, Balheary Road, Swords, County: Dublin, Ireland', 'Balheary Road, Swords, County: Dublin', MONO('IE', M722)),
  a('IE', 'Teach Ceilteach, Sráid Doire, Cill Iníon Léinín, Tamhlacht, Contae Átha Cliath, Éire', 'Sráid Doire, Cill Iníon Léinín, Tamhlacht, Contae Átha Cliath', MONO('IE', M722)),
  // Malaysia
  a('MY', '11 Jalan Budi 1\nTaman Budiman\n42700 BANTING\nSELANGOR\nMalaysia', '11 Jalan Budi 1\nTaman Budiman\n42700 BANTING\nSELANGOR', MONO('MY', M4F9)),
  a('MY', 'Capital Shipping Bhd, Lot 323, 1st Floor, Bintang Commercial Centre,29 Jalan Sekilau,JOHOR BAHRU,Johor,Malaysia', 'Lot 323, 1st Floor, Bintang Commercial Centre,29 Jalan Sekilau,JOHOR BAHRU,Johor', MONO('MY', M4F9)),
  a('MY', '11 Jalan Budi 1 Taman Budiman 42700 BANTING SELANGOR Malaysia', '11 Jalan Budi 1 Taman Budiman 42700 BANTING SELANGOR', MONO('MY', M4F9)),
  // Philippines
  a('PH', 'Juan dela Cruz Rm 107, 1901 Airport Road Cabungaan\n2900 Laoag City Ilocos Norte\nPhilippines', 'Rm 107, 1901 Airport Road Cabungaan\n2900 Laoag City Ilocos Norte', MONO('PH', M722)),
  a('PH', 'Juan dela Cruz Rm 107\n1901 Airport Road\nCabungaan\n2900 Laoag City Ilocos Norte\nPhilippines', 'Rm 107\n1901 Airport Road\nCabungaan\n2900 Laoag City Ilocos Norte', MONO('PH', M722)),
  // Kenya (PO box)
  a('KE', 'Paul Makeba P.O. Box 3120\nNAKURU\n20100\nKENYA', 'P.O. Box 3120\nNAKURU\n20100', MONO('KE', M722)),
  a('KE', 'Paul Makeba , P.O. Box 3120 , NAKURU , 20100 , KENYA', 'P.O. Box 3120 , NAKURU , 20100', MONO('KE', M722)),
  // Sri Lanka
  a('LK', 'Marvan Sangakkara 25/1, Cyril Jansz Mawatha\nPANADURA 12500\nSri Lanka', '25/1, Cyril Jansz Mawatha\nPANADURA 12500', MONO('LK', M722)),
  a('LK', 'Marvan Sangakkara 25/1 Cyril Jansz Mawatha\nPANADURA 12500 Sri Lanka', '25/1 Cyril Jansz Mawatha\nPANADURA 12500', MONO('LK', M722)),
  // Pakistan
  a('PK', 'Mr. Nasratullah Khan House No 17-B Street No 30 Sector F-7/1\nISLAMABAD 44000\nPAKISTAN', 'House No 17-B Street No 30 Sector F-7/1\nISLAMABAD 44000', MONO('PK', M722)),
  a('PK', 'Mr. Nasratullah Khan , House No 17-B , Street No 30 , Sector F-7/1 , ISLAMABAD , 44000 , PAKISTAN', 'House No 17-B , Street No 30 , Sector F-7/1 , ISLAMABAD , 44000', MONO('PK', M722)),
  // Hong Kong (no postcodes; Latin and Chinese)
  a('HK', 'Tower 1, Times Square\n1 Matheson Street\nRoom 1706\nCauseway Bay, Hong Kong', '1 Matheson Street\nRoom 1706\nCauseway Bay', MONO('HK', M722)),
  a('HK', 'Room 1301-1302, 13/F, Block A, Sea View Estate,\n2 Watson Road, Hong Kong\nHong Kong', 'Room 1301-1302, 13/F, Block A, Sea View Estate,\n2 Watson Road, Hong Kong', MONO('HK', M722)),
  a('HK', 'Room 1403-5, 14/F, Chinachem Exchange Square, 1 Hoi Wan Street, Quarry Bay, Hong Kong', 'Room 1403-5, 14/F, Chinachem Exchange Square, 1 Hoi Wan Street, Quarry Bay', MONO('HK', M722)),
  a('HK', '中國香港特別行政區太古城英皇道1111號太古城中心1期19字樓', '太古城英皇道1111號太古城中心1期19字樓', MONO('HK', M722)),
  a('HK', '太古城英皇道1111號太古城中心1期19字樓', '太古城英皇道1111號太古城中心1期19字樓', MONO('HK', M722)),
  // Georgia (Russian)
  a('GE', 'Г-н Лали Хай Улица Казбеги 19\nТБИЛИСИ 0100\nГРУЗИЯ', 'Улица Казбеги 19\nТБИЛИСИ 0100', MONO('GE', M722)),
  a('GE', 'Г-н Лали Хай , Улица Казбеги 19 , ТБИЛИСИ , 0100 , ГРУЗИЯ', 'Улица Казбеги 19 , ТБИЛИСИ , 0100', MONO('GE', M722)),
  // Kuwait (Arabic, Eastern Arabic digits)
  a('KW', 'حمد عبد الله حسن\n آل الصباح ١٠٠٨٤\n١٥٥٤٥ الكويت\n\nالكويت', 'آل الصباح ١٠٠٨٤\n١٥٥٤٥ الكويت', MONO('KW', M722)),
  a('KW', 'حمد عبد الله حسن آل الصباح ١٠٠٨٤\n١٥٥٤٥ الجهرا', 'آل الصباح ١٠٠٨٤\n١٥٥٤٥ الجهرا', MONO('KW', M722)),
  // Iran (Persian, Persian digits)
  a('IR', 'خانم فاطمه, شماره طبقه, فرهنگ, تهران, ۱۱۹۳۶۵۴۴۷۱, ایران', 'شماره طبقه, فرهنگ, تهران, ۱۱۹۳۶۵۴۴۷۱', MONO('IR', M722)),
  a('IR', 'خانم فاطمه\nشماره  طبقه\nفرهنگ, تهران ۱۱۹۳۶۵۴۴۷۱\nایران', 'شماره  طبقه\nفرهنگ, تهران ۱۱۹۳۶۵۴۴۷۱', MONO('IR', M722)),
  // Morocco (Arabic; the test's only variant with a street)
  a('MA', 'السيد. محمد إبراهيم بلدية خريبكة  ٢ شارع الاستقلال٢٥٠٠٥  خريبكة   المغرب', '٢ شارع الاستقلال٢٥٠٠٥  خريبكة', MONO('MA', M722)),
  // Nigeria
  a('NG', 'Mr. Ben Tal 1234 Bauchu Road, Yelwa\nJOS 930283\nPLATEAU\nNIGERIA', '1234 Bauchu Road, Yelwa\nJOS 930283\nPLATEAU', MONO('NG', M722)),
  a('NG', 'Mr. Ben Tal\n1234 Bauchu Road\nYelwa\nJOS 930283\nPLATEAU\nNIGERIA', '1234 Bauchu Road\nYelwa\nJOS 930283\nPLATEAU', MONO('NG', M722)),
  // Denmark
  a('DK', 'Hr. Niels Henriksen, Kastanievej 15, DK-8660 SKANDERBORG, DENMARK', 'Kastanievej 15, DK-8660 SKANDERBORG', MONO('DK', M43F)),
  a('DK', 'Hr. Niels Henriksen\nKastanievej 15\nDK-8660 SKANDERBORG\nDENMARK', 'Kastanievej 15\nDK-8660 SKANDERBORG', MONO('DK', M43F)),
  a('DK', 'Botanisk Centralbibliotek, Sølvgade 83, opg. S, DK-1307 København K, DENMARK', 'Sølvgade 83, opg. S, DK-1307 København K', MONO('DK', M43F)),
  // Chile
  a('CL', 'Av. Bellavista N° 185, Dep. 609, 8420000, Recoleta, Chile', 'Av. Bellavista N° 185, Dep. 609, 8420000, Recoleta', MONO('CL', M722)),
  a('CL', 'Av. Bellavista N° 185\nDep. 609\n8420000\nRecoleta\nChile', 'Av. Bellavista N° 185\nDep. 609\n8420000\nRecoleta', MONO('CL', M722)),
  a('CL', 'Señorita Patricia Vivas, Moneda 1155, 8340457, SANTIAGO, CHILE', 'Moneda 1155, 8340457, SANTIAGO', MONO('CL', M722)),
  // Finland (Finnish and Swedish locales)
  a('FI', 'Eduskunta\nMatti Mallikainen\nMannerheimintie 30 as 5\nFI-00102 Eduskunta\nFinland', 'Mannerheimintie 30 as 5\nFI-00102 Eduskunta', MONO('FI', M722)),
  a('FI', 'Saga Matkat OY, Saga Tours Ltd, Albertinkatu 36 B, 00180 HELSINKI, Finland', 'Albertinkatu 36 B, 00180 HELSINKI', MONO('FI', M722)),
  a('FI', 'Työpajankatu 13,FI-00580 Helsinki, Finland', 'Työpajankatu 13,FI-00580 Helsinki', MONO('FI', M722)),
  a('FI', 'Kalevankatu 12, 1st floor, FI-60100 Seinäjoki,Finland', 'Kalevankatu 12, 1st floor, FI-60100 Seinäjoki', MONO('FI', M722)),
  a('FI', 'Ms. Aulikki Laasko Vesakkotic 1399 HELSINKI Finland', 'Vesakkotic 1399 HELSINKI', MONO('FI', M722)),
  // Australia
  a('AU', 'Level 5, 48 Pirrama Road,\nPyrmont, NSW 2009\nAustralia', 'Level 5, 48 Pirrama Road,\nPyrmont, NSW 2009', MONO('AU', M722)),
  a('AU', 'Canberra Nara Centre,\n1 Constitution Ave\nCanberra City, Australia', '1 Constitution Ave\nCanberra City', MONO('AU', M722)),
  a('AU', 'Trevarrick Rd\nSevenhill SA 5453', 'Trevarrick Rd\nSevenhill SA 5453', MONO('AU', M722)),
  a('AU', 'Dept of Treasury\nLangton Crs\nParkes\nACT 2600\nAustralia', 'Langton Crs\nParkes\nACT 2600', MONO('AU', M722)),
  a('AU', '630 Beaufort St, Mt Lawley, WA 6050, Australia', '630 Beaufort St, Mt Lawley, WA 6050', MONO('AU', M722)),
  a('AU', 'Shp1/ Wanneroo Rd\nLandsdale WA 6065\nAustralia', 'Shp1/ Wanneroo Rd\nLandsdale WA 6065', MONO('AU', M722)),
  // New Zealand
  a('NZ', 'PO Box 10362\nWellington 6143\nNew Zealand', 'PO Box 10362\nWellington 6143', MONO('NZ', M722)),
  a('NZ', '23 Kate Sheppard Place,\nThorndon\nWellington\nNew Zealand', '23 Kate Sheppard Place,\nThorndon\nWellington', MONO('NZ', M722)),
  a('NZ', '45a Clevedon-Takanini Rd\nArdmore\nAuckland 2582', '45a Clevedon-Takanini Rd\nArdmore\nAuckland 2582', MONO('NZ', M722)),
  a('NZ', 'Level 6\nTower Centre\n45 Queen Street\nAuckland\n1010\nNew Zealand', '45 Queen Street\nAuckland\n1010', MONO('NZ', M722)),
  a('NZ', '70 Falsgrave St, Waltham, Christchurch 8011, New Zealand', '70 Falsgrave St, Waltham, Christchurch 8011', MONO('NZ', M722)),
  // Lithuania
  a('LT', 'Adelei Mickienei Plento g. 17-2 Ariogala\n60249 Raseiniu r.sav\nLITHUANIA', 'Plento g. 17-2 Ariogala\n60249 Raseiniu r.sav', MONO('LT', M722)),
  a('LT', 'Adelei Mickienei , Plento g. , 17-2 Ariogala , 60249 , Raseiniu r.sav , LITHUANIA', 'Plento g. , 17-2 Ariogala , 60249 , Raseiniu r.sav', MONO('LT', M722)),
  // North Macedonia (Cyrillic)
  a('MK', 'Сања Јанчевски ГРАДСКИ ПАЗАР 5\n6000 ОХРИД\nМАКЕДОНИЈА', 'ГРАДСКИ ПАЗАР 5\n6000 ОХРИД', MONO('MK', M722)),
  a('MK', 'Сања Јанчевски , ГРАДСКИ , ПАЗАР 5 , 6000 , ОХРИД , МАКЕДОНИЈА', 'ГРАДСКИ , ПАЗАР 5 , 6000 , ОХРИД', MONO('MK', M722)),
  // Peru (number after the street, district postcode)
  a('PE', 'Catalina Huanca 110 San Isidro\nLima 27\nPERU', 'Catalina Huanca 110 San Isidro\nLima 27', MONO('PE', M722)),
  a('PE', 'Catalina Huanca , 110 San Isidro , Lima 27 , PERU', 'Catalina Huanca , 110 San Isidro , Lima 27', MONO('PE', M722)),
  // Bulgaria (Latin and Cyrillic)
  a('BG', 'Georg Popandov, Kukush Str. 2, fl.6, 1309 SOFIA, BULGARIA', 'Kukush Str. 2, fl.6, 1309 SOFIA', MONO('BG', M4F9)),
  a('BG', 'Джордж Попандов, Ул. Кукуш. 2, ет.6, 1309 СОФИЯ, БЪЛГАРИЯ', 'Ул. Кукуш. 2, ет.6, 1309 СОФИЯ', MONO('BG', M4F9)),
  a('BG', 'Georg Popandov\nKukush Str. 2, fl.6\n1309 SOFIA\nBULGARIA', 'Kukush Str. 2, fl.6\n1309 SOFIA', MONO('BG', M4F9)),
  // commerceguys/addressing formatter output (Andorra, El Salvador, Taiwan major-to-minor, US)
  a('AD', "C. Prat de la Creu, 62-64\nAD500 Parròquia d'Andorra la Vella\nAndorra", "C. Prat de la Creu, 62-64\nAD500 Parròquia d'Andorra la Vella", CG_DEFAULT),
  a('SV', 'Some Street 12\nCP 2101-Ahuachapán\nAhuachapán\nEl Salvador', 'Some Street 12\nCP 2101-Ahuachapán\nAhuachapán', CG_DEFAULT),
  a('TW', '台灣\n106\n台北市大安區\nSec. 3 Hsin-yi Rd.\nGiant Bike Store\nMr. Liu', '106\n台北市大安區\nSec. 3 Hsin-yi Rd.', CG_DEFAULT),
  a('US', '1098 Alta Ave\nMountain View, 94043\nUnited States', '1098 Alta Ave\nMountain View, 94043', CG_DEFAULT),
  a('US', '1098 Alta Ave\nCA 94043\nUnited States', '1098 Alta Ave\nCA 94043', CG_DEFAULT),
  a('US', '1098 Alta Ave\nMT VIEW, CA 94043\nÉTATS-UNIS - UNITED STATES', '1098 Alta Ave\nMT VIEW, CA 94043', CG_LABEL),
  // scrubadub's UK address detector test (the test wraps each in a sentence)
  a('GB', 'this is a 59 High Road, East Finchley London, N2 8AW test string', '59 High Road, East Finchley London, N2 8AW', SCRUBADUB),
  a('GB', 'this is a 25 Fenchurch Avenue, London EC3M 5AD test string', '25 Fenchurch Avenue, London EC3M 5AD', SCRUBADUB),
  a('GB', 'this is a 12 Street Road, London N1P 2FZ test string', '12 Street Road, London N1P 2FZ', SCRUBADUB),
  a('GB', 'this is a 99 New London Road,\nChelmsford, CM2 0PP test string', '99 New London Road,\nChelmsford, CM2 0PP', SCRUBADUB),
];
