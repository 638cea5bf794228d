// Invented addresses for round 11, in the habits no source of this round covers: addresses with no street line (PO
// boxes, private bags, rural routes and delivery points, poste restante, village-and-lot addresses), Japanese block
// addresses (丁目・番・号, romanised block-first), Korean road-name and lot-number addresses, and addresses told in
// prose. Each `v` is the labelled value; `around`, when given, is the sentence it is written in (else a round
// wording is used). Written by the builder from each country's published conventions; no real person's address.

export interface InventedAddress {
  cc: string;
  v: string;
  around?: string;
}

export const INVENTED_ADDRESSES: InventedAddress[] = [
  // No street line: PO boxes, private bags, rural delivery.
  { cc: 'AU', v: 'PO Box 412, Alice Springs NT 0871' },
  { cc: 'AU', v: 'RMB 1830\nYarck VIC 3719' },
  { cc: 'NZ', v: 'RD 2\nWaipukurau 4282' },
  { cc: 'NZ', v: 'Private Bag 3015, Hamilton 3240' },
  { cc: 'CA', v: 'RR 3, Site 12, Comp 7\nBarrhead AB  T7N 1N4' },
  { cc: 'CA', v: 'CP 218, succ. Place-d\'Armes\nMontréal QC  H2Y 3G7' },
  { cc: 'US', v: 'HC 64 Box 1170\nCastle Valley, UT 84532' },
  { cc: 'US', v: 'PO Box 77, Bethel, AK 99559' },
  { cc: 'US', v: 'General Delivery\nMarfa TX 79843' },
  { cc: 'ZA', v: 'Private Bag X9031\nPietermaritzburg\n3200' },
  { cc: 'BW', v: 'P.O. Box 40317, Gaborone' },
  { cc: 'NG', v: 'P.M.B. 1144, Benin City, Edo State' },
  { cc: 'UG', v: 'P.O. Box 7062, Kampala' },
  { cc: 'FJ', v: 'GPO Box 1289, Suva' },
  { cc: 'DE', v: 'Postfach 10 12 47\n70011 Stuttgart' },
  { cc: 'NL', v: 'Postbus 2154, 5600 CD Eindhoven' },
  { cc: 'SE', v: 'Box 5310\n102 47 Stockholm' },
  { cc: 'FR', v: 'BP 45, 97300 Cayenne' },
  { cc: 'FR', v: 'Lieu-dit Les Granges\n24250 Domme' },
  { cc: 'IT', v: 'Casella Postale 119, 50123 Firenze FI' },
  { cc: 'ES', v: 'Apartado de Correos 3042\n29080 Málaga' },
  { cc: 'PT', v: 'Apartado 1078, 8001-906 Faro' },
  { cc: 'IE', v: 'Cnoc na Sí, Baile an Sceilg, Co. Chiarraí V23 XK82' },
  { cc: 'IS', v: 'Pósthólf 8041, 128 Reykjavík' },
  { cc: 'IN', v: 'Post Bag No. 16, Panaji, Goa 403001' },
  { cc: 'PH', v: 'Purok 4, Barangay San Isidro\nTalisay, Batangas 4220' },
  { cc: 'ID', v: 'Dusun Krajan RT 02/RW 05, Desa Sumberejo, Kec. Batu, Kota Batu 65314' },
  { cc: 'BR', v: 'Caixa Postal 2281\nCEP 69005-970 Manaus - AM' },
  { cc: 'MX', v: 'Apartado Postal 57, C.P. 68000 Oaxaca, Oax.' },
  { cc: 'RU', v: 'а/я 118, Новосибирск, 630099' },
  { cc: 'UA', v: 'а/с 512, м. Львів, 79000' },
  { cc: 'TR', v: 'PK 44, 35210 Konak/İzmir' },
  // Japanese block addresses: kanji with 〒, full-width digits, romanised block-first.
  { cc: 'JP', v: '〒060-0042 札幌市中央区大通西十三丁目4番地' },
  { cc: 'JP', v: '〒812-0011\n福岡県福岡市博多区博多駅前２丁目１９−２４ 博多大博センタービル５階' },
  { cc: 'JP', v: '3-7-1 Nishi-Shinjuku, Shinjuku-ku, Tokyo 163-1030' },
  { cc: 'JP', v: '大阪市北区梅田3丁目1番3号', around: '来週から{v}のオフィスに出社します' },
  // Korean road-name and lot-number addresses.
  { cc: 'KR', v: '서울특별시 마포구 월드컵북로 396, 11층 (상암동)' },
  { cc: 'KR', v: '부산광역시 해운대구 우동 1408-5번지 센텀빌 302호' },
  { cc: 'KR', v: '(06236) 서울 강남구 테헤란로 152 강남파이낸스센터 23층' },
  // Chinese and Taiwanese lines other than the sourced ones.
  { cc: 'TW', v: '106台北市大安區忠孝東路四段216巷27弄8號3樓' },
  { cc: 'HK', v: '香港九龍旺角彌敦道 688 號 旺角中心一期 15 樓 1502 室' },
  // Addresses told in prose, without a block.
  { cc: 'GB', v: 'Flat 2, 19 Marlborough Road, Oxford OX1 4LW', around: "I've moved — I'm now at Flat 2, 19 Marlborough Road, Oxford OX1 4LW, so send the spare keys there." },
  { cc: 'US', v: '2210 W Lawrence Ave, Unit 3, Chicago IL 60625', around: 'we are on the 3rd floor of 2210 W Lawrence Ave, Unit 3, Chicago IL 60625 — ring twice' },
  { cc: 'DE', v: 'Hinterhof, Seitenflügel links, Görlitzer Str. 41, 10997 Berlin', around: 'Das Paket bitte zu Hinterhof, Seitenflügel links, Görlitzer Str. 41, 10997 Berlin bringen, nicht an die Vorderhaus-Adresse.' },
  { cc: 'FR', v: '3 impasse des Tilleuls, 44300 Nantes', around: "on habite au 3 impasse des Tilleuls, 44300 Nantes depuis mars" },
  { cc: 'BR', v: 'Rua Augusta, 1508 - Consolação, São Paulo - SP, 01304-001', around: 'Pode entregar na Rua Augusta, 1508 - Consolação, São Paulo - SP, 01304-001, deixa com o porteiro' },
  { cc: 'KE', v: 'House No. 14, Riara Ridge Road, off Ngong Road, Nairobi', around: 'Our office is House No. 14, Riara Ridge Road, off Ngong Road, Nairobi — the gate with the blue sign.' },
  { cc: 'EG', v: '٢٤ شارع قصر النيل، وسط البلد، القاهرة ١١٥١١', around: 'العنوان الجديد: ٢٤ شارع قصر النيل، وسط البلد، القاهرة ١١٥١١' },
  // Typed in a hurry: lower case, no commas.
  { cc: 'NL', v: 'postbus 1077 3000 bb rotterdam' },
  { cc: 'AU', v: 'unit 4/27 beach rd bondi nsw 2026' },
  { cc: 'CA', v: '1203-55 bloor st w toronto on m4w 1a5' },
];
