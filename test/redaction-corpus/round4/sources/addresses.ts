// Addresses written from OpenStreetMap data by the maintainers of OpenCageData/address-formatting (MIT,
// LICENSE.txt), read with the search tool's read_file from `testcases/countries/<cc>.yaml` (the `expected` block of
// each test case; the commit of each file is given) and typed here. Round 4's untouched split takes its addresses
// from here; no earlier round used this repository. Only cases with a house number or a postcode are kept (a bare
// road and town is not an address a person would redact). `lines` is the labelled value (street to postcode/town);
// `before` (venue) and `after` (region, country) are kept in the text but are not part of the value.
//
// Dev addresses come from a different source: iLib-js/iLib `js/test/address/legacy/testaddress_AT.js`
// (Apache-2.0, commit 77cd26f3ea60ac1f9061b624136b1aa3409b79e8), a country round 3 did not read.

export interface SourcedAddress {
  cc: string;
  lines: string[];
  before?: string;
  after?: string[];
  from: string;
}

const AF = (cc: string, commit: string) => `OpenCageData/address-formatting testcases/countries/${cc.toLowerCase()}.yaml @ ${commit} (MIT)`;

export const ADDRESS_FORMATTING: SourcedAddress[] = [
  { cc: 'DE', lines: ['Gontardstraße 7', '10178 Berlin'], after: ['Germany'], from: AF('de', '0b66dfa8c859a89ded46427954f7b6472a57a906') },
  { cc: 'DE', before: 'Fabisch', lines: ['Rosenthaler Straße 1', '10119 Berlin'], after: ['Germany'], from: AF('de', '0b66dfa8c859a89ded46427954f7b6472a57a906') },
  { cc: 'DE', before: 'Landstuhl', lines: ['Bahnstraße', '66849 Landstuhl'], after: ['Germany'], from: AF('de', '0b66dfa8c859a89ded46427954f7b6472a57a906') },
  { cc: 'GB', before: 'Lokku Ltd', lines: ['82 Clerkenwell Road', 'London', 'EC1M 5RF'], after: ['United Kingdom'], from: AF('gb', '075bd0e3037ae9d7af4d7af6aa6c7d02900a52dc') },
  { cc: 'GB', before: 'University of Westminster', lines: ['115 New Cavendish Street', 'London', 'W1T 5DU'], after: ['United Kingdom'], from: AF('gb', '075bd0e3037ae9d7af4d7af6aa6c7d02900a52dc') },
  { cc: 'GB', before: 'Willoughby House, Barbican', lines: ['Moor Lane', 'London', 'EC2Y 9DP'], after: ['United Kingdom'], from: AF('gb', '075bd0e3037ae9d7af4d7af6aa6c7d02900a52dc') },
  { cc: 'GB', lines: ['121 Abbotsford Drive', 'Nottingham', 'NG3 1NB'], after: ['United Kingdom'], from: AF('gb', '075bd0e3037ae9d7af4d7af6aa6c7d02900a52dc') },
  { cc: 'GB', lines: ['64 Melbourne Road', 'London', 'E10'], after: ['United Kingdom'], from: AF('gb', '075bd0e3037ae9d7af4d7af6aa6c7d02900a52dc') },
  { cc: 'GB', before: 'Orchard House', lines: ['West Wells Road', 'Ossett', 'WF5 8PG'], after: ['United Kingdom'], from: AF('gb', '075bd0e3037ae9d7af4d7af6aa6c7d02900a52dc') },
  { cc: 'FR', lines: ['17 Rue du Médecin-Colonel Calbairac', '31000 Toulouse'], after: ['France'], from: AF('fr', '0b66dfa8c859a89ded46427954f7b6472a57a906') },
  { cc: 'FR', lines: ['53 Rue du Lieutenant Becker', '97300 Cayenne'], after: ['France'], from: AF('fr', '0b66dfa8c859a89ded46427954f7b6472a57a906') },
  { cc: 'BR', lines: ['Rua Rio de Janiero', 'Belo Horizonte - MG', '30170-011'], after: ['Brazil'], from: AF('br', '0b66dfa8c859a89ded46427954f7b6472a57a906') },
  { cc: 'US', lines: ['301 Hamilton Avenue', 'Palo Alto, CA 94303'], after: ['United States of America'], from: AF('us', '05b233f36d830ac368d26568abba063b6bfdf9e6') },
  { cc: 'US', lines: ['175 Varick Street', 'New York City, NY 10014'], after: ['United States of America'], from: AF('us', '05b233f36d830ac368d26568abba063b6bfdf9e6') },
  { cc: 'US', before: 'Enid M Baa Library and Archives', lines: ['Dronningens Gade', 'Charlotte Amalie, VI 00803'], after: ['United States of America'], from: AF('us', '05b233f36d830ac368d26568abba063b6bfdf9e6') },
  { cc: 'NL', lines: ['Herengracht 573', '1017 CD Amsterdam'], after: ['The Netherlands'], from: AF('nl', '0b66dfa8c859a89ded46427954f7b6472a57a906') },
  { cc: 'CW', lines: ['Jan Erasmusstraat 14', 'Willemstad'], after: ['Curaçao'], from: AF('nl', '0b66dfa8c859a89ded46427954f7b6472a57a906') },
  { cc: 'AW', before: 'Parliament of Aruba', lines: ['L.G. Smith Boulevard LSB 70', 'Oranjestad'], after: ['Aruba'], from: AF('nl', '0b66dfa8c859a89ded46427954f7b6472a57a906') },
  { cc: 'ES', before: 'Biblioteca Xavier Benguerel', lines: ['Avinguda del Bogatell, 17', '08005 Barcelona'], after: ['Spain'], from: AF('es', '0b66dfa8c859a89ded46427954f7b6472a57a906') },
  { cc: 'IT', lines: ['Via Pisacane, 13', '76121 Barletta BT'], after: ['Italy'], from: AF('it', '0b66dfa8c859a89ded46427954f7b6472a57a906') },
  { cc: 'CA', before: 'Brampton Centennial Secondary School', lines: ['251 McMurchy Avenue South', 'Brampton ON L6Y 1Z4'], after: ['Canada'], from: AF('ca', '09862025d3c47f563ca708150d4baea53ace91e5') },
  { cc: 'AU', before: "Melbourne Magistrates' Court", lines: ['223 William Street', 'Melbourne VIC 3000'], after: ['Australia'], from: AF('au', '0b66dfa8c859a89ded46427954f7b6472a57a906') },
  { cc: 'AT', lines: ['Stauffenstraße 5', '5020 Salzburg'], after: ['Austria'], from: AF('at', '0b66dfa8c859a89ded46427954f7b6472a57a906') },
  { cc: 'CN', before: '万向大厦', lines: ['99号 West Lujiazui Road', 'Lijuazul', 'Pudong New District', 'Shanghai', 'China 200120'], from: AF('cn', '4385ca59f1382b922dc15f82df838d4fd5470c8d') },
  { cc: 'JP', before: '食辛房', lines: ['舟入通り', 'Naka Ward', 'Hiroshima, Chugoku Region 730-0846'], after: ['Japan'], from: AF('jp', '78658721c951914ba08b09aec99f65f34abcf3c9') },
  { cc: 'CH', lines: ['Häringstrasse 2', '8001 Zurich'], after: ['Switzerland'], from: AF('ch', '9f125e571a64d8d26be508d8ee6be703b4169f7a') },
  { cc: 'BE', before: 'Meat & Eat', lines: ['Vrijheidstraat 63', '2000 Antwerp'], after: ['Belgium'], from: AF('be', '0b66dfa8c859a89ded46427954f7b6472a57a906') },
  { cc: 'IE', lines: ['8-9 Mainguard Street', 'Claddagh', 'Galway'], after: ['Ireland'], from: AF('ie', '07efec01ae5b2d4ef0ebc13cb75c1e045c7d9033') },
  { cc: 'IE', before: 'The National Archives', lines: ['Bishop Street', 'Wood Quay A ED', 'Dublin', 'D02 TD99'], after: ['Ireland'], from: AF('ie', '07efec01ae5b2d4ef0ebc13cb75c1e045c7d9033') },
  { cc: 'IE', before: 'G', lines: ['Ballygoran Road', 'Maynooth ED', 'County Kildare', 'W23 P466'], after: ['Ireland'], from: AF('ie', '07efec01ae5b2d4ef0ebc13cb75c1e045c7d9033') },
  { cc: 'NZ', lines: ['53 Pirie Street', 'Mount Victoria', 'Wellington 6011'], after: ['New Zealand'], from: AF('nz', '0b66dfa8c859a89ded46427954f7b6472a57a906') },
  { cc: 'ZA', lines: ['3 Upper Alma Road', 'Rosebank', 'Cape Town', '7700'], after: ['RSA'], from: AF('za', '0b66dfa8c859a89ded46427954f7b6472a57a906') },
  { cc: 'MX', before: 'Wallace Whisky Bar', lines: ['Avenida Tamaulipas 45', 'Cuauhtémoc', '06100 Mexico City, Federal District'], after: ['Mexico'], from: AF('mx', '0b66dfa8c859a89ded46427954f7b6472a57a906') },
  { cc: 'AR', before: 'CAI', lines: ['Cerrito 1250', 'Retiro', 'C1010AAZ Buenos Aires'], after: ['Argentina'], from: AF('ar', '0b66dfa8c859a89ded46427954f7b6472a57a906') },
  { cc: 'CL', lines: ['Avenida Ricardo Lyon 920', '7500000 Providencia'], after: ['Chile'], from: AF('cl', '0b66dfa8c859a89ded46427954f7b6472a57a906') },
  { cc: 'CZ', lines: ['Resslova 343/10', '301 00 Plzeň'], after: ['Czech Republic'], from: AF('cz', '0b66dfa8c859a89ded46427954f7b6472a57a906') },
  { cc: 'PL', lines: ['Adama Asnyka 1, 59-700 Bolesławiec'], after: ['Poland'], from: AF('pl', '0615499153486c43762b00692082a0a923e7d3a8') },
  { cc: 'PL', lines: ['Mostowa, 33-106 Tarnów'], after: ['Poland'], from: AF('pl', '0615499153486c43762b00692082a0a923e7d3a8') },
  { cc: 'RU', before: 'Efes Istambul', lines: ['Гороховая улица 23', 'Сенной округ', 'Санкт-Петербург', 'Российская Федерация', '190000'], from: AF('ru', '0b66dfa8c859a89ded46427954f7b6472a57a906') },
  { cc: 'KR', before: 'Haeundae Grand Hotel', lines: ['Seocho-daero 74-gil', '서초2동 (Seocho2-dong), Seoul, 135-934'], after: ['South Korea'], from: AF('kr', '5a9fe3a05c833c594a2f19c3bfd5da54353935c5') },
  { cc: 'IN', before: 'Anand Bhavan (vegetarian)', lines: ['uppuguda', 'Charminar', 'Hyderabad - 500064'], after: ['Telangana', 'India'], from: AF('in', '0b66dfa8c859a89ded46427954f7b6472a57a906') },
  { cc: 'SE', before: 'Poseidon', lines: ['Storgatan 33', '411 34 Gothenburg'], after: ['Sweden'], from: AF('se', '0b66dfa8c859a89ded46427954f7b6472a57a906') },
  { cc: 'SE', before: 'Restaurang Thai House', lines: ['Kanalvägen 7', '194 61 Upplands Väsby'], after: ['Sweden'], from: AF('se', '0b66dfa8c859a89ded46427954f7b6472a57a906') },
  { cc: 'NO', lines: ['Åkebergveien 28', '0650 Oslo'], after: ['Norway'], from: AF('no', '0b66dfa8c859a89ded46427954f7b6472a57a906') },
  { cc: 'DK', lines: ['Baggårde 17A', '5970 Ærøskøbing'], after: ['Denmark'], from: AF('dk', '0b66dfa8c859a89ded46427954f7b6472a57a906') },
  { cc: 'FI', before: 'Ravintola Central', lines: ['Pietarinkatu 15', '00140 Helsinki'], after: ['Finland'], from: AF('fi', '0b66dfa8c859a89ded46427954f7b6472a57a906') },
  { cc: 'PT', lines: ['Avenida Conselheiro Barjona de Freitas 11, 1500-203 Lisbon'], after: ['Portugal'], from: AF('pt', '034cc92622a76bb9b1d10e68840596274c4be2d1') },
  { cc: 'HU', lines: ['Budapest', 'Dezső utca 11', '1111'], after: ['Hungary'], from: AF('hu', '0b66dfa8c859a89ded46427954f7b6472a57a906') },
  { cc: 'GR', before: 'National Bank of Greece', lines: ['Skoufa street 11', '10673 Municipality of Athens'], after: ['Greece'], from: AF('gr', '0b66dfa8c859a89ded46427954f7b6472a57a906') },
  { cc: 'TR', before: 'Swissotel Bosphorus', lines: ['Bayıldım Caddesi 2', '34357 Beşiktaş'], after: ['Turkey'], from: AF('tr', '0b66dfa8c859a89ded46427954f7b6472a57a906') },
  { cc: 'RO', lines: ['Strada Ploiești 6', '400157 Cluj-Napoca'], after: ['Romania'], from: AF('ro', '0b66dfa8c859a89ded46427954f7b6472a57a906') },
  { cc: 'SG', lines: ['76 Shenton Way'], after: ['Singapore'], from: AF('sg', '0b66dfa8c859a89ded46427954f7b6472a57a906') },
  { cc: 'UA', before: 'Утка Bar', lines: ['Protasiv Yar Street, 2д', 'Solomianskyi district', 'Kyiv', '03038'], after: ['Ukraine'], from: AF('ua', '0b66dfa8c859a89ded46427954f7b6472a57a906') },
  { cc: 'CO', lines: ['Avenida de los Cerros (Circunvalar) 33', 'Chapinero', '110231 Bogota'], after: ['Colombia'], from: AF('co', '0b66dfa8c859a89ded46427954f7b6472a57a906') },
  { cc: 'SK', lines: ['Panenská 666/20', '811 03 Bratislava I'], after: ['Slovakia'], from: AF('sk', '0b66dfa8c859a89ded46427954f7b6472a57a906') },
  { cc: 'EE', lines: ['Kasvu 15', '10613 Tallinn'], after: ['Estonia'], from: AF('ee', '0b66dfa8c859a89ded46427954f7b6472a57a906') },
  { cc: 'LU', before: 'Comed', lines: ["13 Route d'Esch", '2016 Luxembourg'], after: ['Luxemburg'], from: AF('lu', 'd306e167a4ab0e736d5882cde90e086cc12bb18a') },
  { cc: 'TW', before: '新北市立圖書館板橋四維分館', lines: ['168 陽明街', '新北板橋土城多語言', '新北市板橋區 220'], after: ['中華民國'], from: AF('tw', '2d026428f20539cef2be3f153c414278222fcd86') },
];

const ILIB_AT = 'iLib-js/iLib js/test/address/legacy/testaddress_AT.js @ 77cd26f3ea60ac1f9061b624136b1aa3409b79e8 (Apache-2.0)';

/** Dev: the parser inputs of iLib's Austrian tests, as written there (one line, several lines, no delimiters). */
export const ILIB_DEV: SourcedAddress[] = [
  { cc: 'AT', before: 'R. Fellner,', lines: ['Pazmaniteng 24-9, A-1020 Wien'], after: ['Österreich'], from: ILIB_AT },
  { cc: 'AT', before: 'Wolfgang Schüssel', lines: ['Liebiggasse 5', '1010 Wien'], after: ['Österreich'], from: ILIB_AT },
  { cc: 'AT', before: 'Wolfgang Schüssel', lines: ['Liebiggasse 5 1010 Wien'], after: ['Österreich'], from: ILIB_AT },
  { cc: 'AT', before: 'Wolfgang Schüssel,', lines: ['Liebiggasse 5, 1010 Wien'], after: ['Austria'], from: ILIB_AT },
];
