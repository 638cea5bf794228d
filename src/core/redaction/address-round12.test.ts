// Round 12's address families: Chinese, Japanese and Korean addresses led by a city or ward and carried over their
// building, floor and room; the commas and the word for address of more scripts; Thai, Lao, Turkish and Vietnamese
// layouts; the town prose names after a street; addresses typed in lower case, Georgian, more PO boxes. Each positive
// failed on the rules before the round; each negative is a look-alike the rule must keep.
import { describe, expect, it } from 'vitest';
import { detect } from './detect';
import type { RedactionKind } from './types';

function found(text: string, kind: RedactionKind): string[] {
  return detect(text, { level: 'strict' })
    .filter((s) => s.kind === kind)
    .map((s) => text.slice(s.start, s.end));
}

describe('Chinese and Japanese addresses past their number', () => {
  it.each([
    ['a complex and tower after a space', '地址：广州市天河区天河路208号 天河城 中信广场A座3301', '广州市天河区天河路208号 天河城 中信广场A座3301'],
    ['a bracketed building note', '收件：成都市武侯区人民南路四段11号（科华大厦B座1203）', '成都市武侯区人民南路四段11号（科华大厦B座1203）'],
    ['a Japanese building name', '届け先：名古屋市中村区名駅4-7-1 ミッドランドスクエア', '名古屋市中村区名駅4-7-1 ミッドランドスクエア'],
    ['a dashed 号 number and rooms', '新地址 武汉市洪山区珞喻路129-3号光谷大厦12楼1205室', '武汉市洪山区珞喻路129-3号光谷大厦12楼1205室'],
  ])('%s', (_family, text, address) => {
    expect(found(text, 'postal_address')).toEqual([address]);
  });

  it.each([
    ['prose right after the number', '北京市海淀区中关村东路1号是我们公司', '北京市海淀区中关村东路1号'],
    ['directions in brackets', '杭州市西湖区文三路90号（地铁站步行5分钟）', '杭州市西湖区文三路90号'],
  ])('stops before %s', (_family, text, address) => {
    expect(found(text, 'postal_address')).toEqual([address]);
  });

  it.each([
    ['a province inside a road name', '面试：苏州工业园区中山东路88号', '苏州工业园区中山东路88号'],
    ['a province inside a village name', '揭阳市揭东县云南村9号', '揭阳市揭东县云南村9号'],
  ])('keeps the road when %s', (_family, text, address) => {
    expect(found(text, 'postal_address')).toEqual([address]);
  });
});

describe('Chinese and Japanese addresses led by a city or ward', () => {
  it.each([
    ['city, town, block numbers', '新しい住所は仙台市青葉区一番町2-5-1です', '仙台市青葉区一番町2-5-1'],
    ['ward, town, kanji block number', '渋谷区神南三ノ４ まで送ってください', '渋谷区神南三ノ４'],
    ['rural 大字 lot', '配送先：鶴岡市大字馬場町９', '鶴岡市大字馬場町９'],
    ['a bare lot number of three digits or more', 'お届け先 富士吉田市上吉田１２３４', '富士吉田市上吉田１２３４'],
    ['city, ward, chōme and building', '札幌市北区北7西2-8 札幌ビル', '札幌市北区北7西2-8 札幌ビル'],
    ['Chinese city, road with spaces', '请寄到 厦门市思明区 环岛南路 88号 鼓浪屿花园 3栋', '厦门市思明区 环岛南路 88号 鼓浪屿花园 3栋'],
  ])('%s', (_family, text, address) => {
    expect(found(text, 'postal_address')).toEqual([address]);
  });

  it.each([
    ['counts after a city word', '我去超市买了1-2斤苹果'],
    ['a population', '上海市人口2400万'],
    ['a year', '本市2023年的数据'],
    ['a score', '大阪市大会決勝3-1で勝った'],
    ['a short bare number', '横浜市中区で 12 人'],
    ['a city alone', '送り先 つくば市 '],
  ])('keeps %s', (_family, text) => {
    expect(found(text, 'postal_address')).toEqual([]);
  });
});

describe('Korean road addresses with the building after them', () => {
  it.each([
    ['short province name, building and floor', '서울 종로구 종로 1 교보빌딩 10층으로 보내 주세요', '서울 종로구 종로 1 교보빌딩 10층'],
    ['postcode in brackets, tower, floor', '보내주세요 (48058) 부산 해운대구 센텀중앙로 79 센텀사이언스파크 12층', '(48058) 부산 해운대구 센텀중앙로 79 센텀사이언스파크 12층'],
    ['building wing with a letter', '경기 성남시 분당구 판교역로 235 에이치스퀘어 N동 8층', '경기 성남시 분당구 판교역로 235 에이치스퀘어 N동 8층'],
  ])('%s', (_family, text, address) => {
    expect(found(text, 'postal_address')).toEqual([address]);
  });

  it('keeps a short province name before prose numbers', () => {
    expect(found('서울 사람 3명이 왔다', 'postal_address')).toEqual([]);
  });
});

describe('segments split by the commas of other scripts', () => {
  it.each([
    ['Urdu house and street numbers', 'مکان نمبر 9، گلی نمبر 14، گلبرگ ٹاؤن\nفیصل آباد 38000', 'مکان نمبر 9، گلی نمبر 14، گلبرگ ٹاؤن\nفیصل آباد 38000'],
    ['Ethiopic comma', 'የቤት ቁጥር 45፣ ቀበሌ 12፣ ባህር ዳር 6000', 'የቤት ቁጥር 45፣ ቀበሌ 12፣ ባህር ዳር 6000'],
  ])('%s', (_family, text, address) => {
    expect(found(text, 'postal_address')).toEqual([address]);
  });

  it('keeps an Arabic list of numbers', () => {
    expect(found('الأرقام: 12، 15، 18، 21', 'postal_address')).toEqual([]);
  });
});

describe('the word for address in more languages', () => {
  it.each([
    ['Persian', 'آدرس: اصفهان، خیابان چهارباغ، کوچه ۷، پلاک ۱۸', 'اصفهان، خیابان چهارباغ، کوچه ۷، پلاک ۱۸'], // round 15: with its town
    ['Urdu', 'پتہ: گلی 6، مکان نمبر 21، راولپنڈی', 'گلی 6، مکان نمبر 21، راولپنڈی'],
    ['Greek', 'Διεύθυνση: Πανεπιστημίου 30, Αθήνα', 'Πανεπιστημίου 30, Αθήνα'],
    ['Tamil', 'முகவரி: 12, காந்தி தெரு, மதுரை', 'காந்தி தெரு, மதுரை'],
  ])('%s', (_language, text, address) => {
    expect(found(text, 'postal_address')).toEqual([address]);
  });

  it('keeps the word for address before prose', () => {
    expect(found('آدرس ایمیل را فراموش کردم و 3 بار امتحان کردم', 'postal_address')).toEqual([]);
  });
});

describe('Thai and Lao addresses named by their marker words', () => {
  it.each([
    ['house number, village, road, subdistrict, district, postcode', 'ส่งของที่ 88/9 หมู่ 2 ถนนพหลโยธิน ตำบลคลองหนึ่ง อำเภอคลองหลวง 12120 ครับ', '88/9 หมู่ 2 ถนนพหลโยธิน ตำบลคลองหนึ่ง อำเภอคลองหลวง 12120'],
    ['abbreviated markers', 'บ้านเลขที่ 45 ม.7 ต.หนองหอย อ.เมือง จ.เชียงใหม่', 'บ้านเลขที่ 45 ม.7 ต.หนองหอย อ.เมือง จ.เชียงใหม่'],
    ['a lane with its number', 'Deliver: 12/3 ซอยลาดพร้าว 101 แขวงคลองจั่น เขตบางกะปิ กรุงเทพฯ 10240', '12/3 ซอยลาดพร้าว 101 แขวงคลองจั่น เขตบางกะปิ กรุงเทพฯ 10240'],
    ['Lao', 'ເຮືອນເລກທີ 25 ບ້ານສີຫອມ ເມືອງຈັນທະບູລີ ນະຄອນຫຼວງວຽງຈັນ', 'ເຮືອນເລກທີ 25 ບ້ານສີຫອມ ເມືອງຈັນທະບູລີ ນະຄອນຫຼວງວຽງຈັນ'],
  ])('%s', (_family, text, address) => {
    expect(found(text, 'postal_address')).toEqual([address]);
  });

  it.each([
    ['rooms and floors counted', 'ปี 2566 มี 3 ห้อง ชั้น 2'],
    ['one marker and no postcode', 'ยอดขาย 2 อำเภอ เพิ่มขึ้น'],
  ])('keeps %s', (_family, text) => {
    expect(found(text, 'postal_address')).toEqual([]);
  });
});

describe('Turkish addresses with labelled door numbers', () => {
  it.each([
    ['neighbourhood, street, door, flat, postcode, district/province', 'Teslimat: Moda Mah. Bahariye Cad. No: 12 D: 4, 34710 Kadıköy/İstanbul', 'Moda Mah. Bahariye Cad. No: 12 D: 4, 34710 Kadıköy/İstanbul'],
    ['boulevard, floor, district / province', 'Kargo adresi Cumhuriyet Blv. No:88/2 Kat:3 Konak / İZMİR', 'Cumhuriyet Blv. No:88/2 Kat:3 Konak / İZMİR'],
    ['written out, lane', 'Adres: Yıldız Mahallesi, Çırağan Sokak No: 5 Beşiktaş/İstanbul', 'Yıldız Mahallesi, Çırağan Sokak No: 5 Beşiktaş/İstanbul'],
  ])('%s', (_family, text, address) => {
    expect(found(text, 'postal_address')).toEqual([address]);
  });

  it.each([
    ['a citation with a street type and No: only', 'See Cad. No: 5 in the manual'],
    ['a flat label before a word', 'See Cad. No: 5 D: Example'],
  ])('keeps %s', (_family, text) => {
    expect(found(text, 'postal_address')).toEqual([]);
  });
});

describe('the town prose names after a street with a locative word', () => {
  it.each([
    ['English, two town words', 'Our office is at 1600 Amphitheatre Parkway in Mountain View, come by!', '1600 Amphitheatre Parkway in Mountain View'],
    ['German, postcode and town', 'Wir wohnen jetzt in der Lindenstraße 12 in 10969 Berlin.', 'Lindenstraße 12 in 10969 Berlin'],
    ['Italian', 'Abito in via Garibaldi 23 a Torino da marzo.', 'via Garibaldi 23 a Torino'],
    ['Dutch', 'Ik woon op de Prinsengracht 263 in Amsterdam.', 'Prinsengracht 263 in Amsterdam'],
  ])('%s', (_language, text, address) => {
    expect(found(text, 'postal_address')).toEqual([address]);
  });

  it.each([
    ['a month', 'Hauptstraße 5 in May was sold', 'Hauptstraße 5'],
    ['a German month', 'Wir ziehen in die Lindenstraße 12 im Januar', 'Lindenstraße 12'],
    ['a product name', 'Lindenstraße 12 in Python geschrieben', 'Lindenstraße 12'],
  ])('stops before %s', (_family, text, address) => {
    expect(found(text, 'postal_address')).toEqual([address]);
  });
});

describe('addresses typed in lower case after their introduction', () => {
  it.each([
    ['UK postcode', 'send it to: flat 2, 14 elm grove, bristol bs7 8pl, thanks', 'flat 2, 14 elm grove, bristol bs7 8pl'],
    ['US state and ZIP in one run', '"billing_address": "812 w belmont ave apt 3f chicago il 60657"', '812 w belmont ave apt 3f chicago il 60657'],
    ['Canadian postcode', 'Enviar para 77 king st w suite 400 toronto on m5k 1a2', '77 king st w suite 400 toronto on m5k 1a2'],
    ['Australian state and postcode', 'my address is unit 9/15 ocean st bondi nsw 2026, thanks', '9/15 ocean st bondi nsw 2026'],
  ])('%s', (_family, text, address) => {
    expect(found(text, 'postal_address')).toEqual([address]);
  });

  it.each([
    ['counts after a delivery phrase', 'ship to 2 warehouses: north 1 and south 2'],
    ['a line number', 'address: see line 12 of the config'],
    ['a lower-case line with no introduction', 'we sold 812 units in chicago il 60657 last year'],
  ])('keeps %s', (_family, text) => {
    expect(found(text, 'postal_address')).toEqual([]);
  });
});

describe('Georgian addresses, whose letters Unicode files as lower case', () => {
  it.each([
    ['avenue, number, town and postcode', 'მისამართი: ვაჟა-ფშაველას გამზ. 71, თბილისი 0186', 'ვაჟა-ფშაველას გამზ. 71, თბილისი 0186'],
    ['over lines, flat and postcode', 'Dirección:\nქუთაისი\nწერეთლის ქ. 5\nბ. 9\n4600', 'წერეთლის ქ. 5\nბ. 9\n4600'],
  ])('%s', (_family, text, address) => {
    expect(found(text, 'postal_address')).toEqual([address]);
  });

  it('keeps Georgian prose with numbers', () => {
    expect(found('გამარჯობა, 2 საათზე შევხვდეთ 15 წუთში', 'postal_address')).toEqual([]);
  });
});

describe('post-office boxes in more languages, and held mail', () => {
  it.each([
    ['Nigerian private mail bag', 'Deliveries go to P.M.B. 2217, Ibadan.', 'P.M.B. 2217, Ibadan'],
    ['Ukrainian box, town word and postcode', 'Адреса: а/с 77, м. Одеса, 65000', 'а/с 77, м. Одеса, 65000'],
    ['Canadian box and station', 'Correspondance : CP 4500, succ. Centre-ville, Québec', 'CP 4500, succ. Centre-ville, Québec'],
    ['English station', 'Our box is PO Box 81 STN Main, Ottawa', 'PO Box 81 STN Main, Ottawa'],
    ['held mail with its town', 'Please post it to:\nGeneral Delivery\nTaos NM 87571', 'General Delivery\nTaos NM 87571'],
    ['Japanese box', '郵送先：私書箱 45, Osaka', '私書箱 45, Osaka'],
  ])('%s', (_family, text, address) => {
    expect(found(text, 'postal_address')).toEqual([address]);
  });

  it.each([
    ['a bare CP before prose', 'CP 12 succ is a test'],
    ['held mail in prose', 'the general delivery of goods, 5 units'],
  ])('keeps %s', (_family, text) => {
    expect(found(text, 'postal_address')).toEqual([]);
  });
});

describe('Vietnamese addresses led by their administrative words', () => {
  it.each([
    ['number, street, ward, district, city', 'Gửi đến 45 Lê Lợi, Phường 4, Quận 3, TP. Hồ Chí Minh nhé', '45 Lê Lợi, Phường 4, Quận 3, TP. Hồ Chí Minh'],
    ['alley number first', 'Hẻm 51 Trần Hưng Đạo, Phường 6, Quận 5', 'Hẻm 51 Trần Hưng Đạo, Phường 6, Quận 5'],
    ['rural commune and district', 'Giao hàng: 27 Quốc Lộ 1A, Xã Tân Phú, Huyện Châu Thành', '27 Quốc Lộ 1A, Xã Tân Phú, Huyện Châu Thành'],
  ])('%s', (_family, text, address) => {
    expect(found(text, 'postal_address')).toEqual([address]);
  });

  it('keeps abbreviations alone (page and question numbers)', () => {
    expect(found('Chapter 3 Results, P. 4, Q. 5', 'postal_address')).toEqual([]);
  });
});
