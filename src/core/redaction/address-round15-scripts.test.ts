// Round 15's address families of non-Latin and mixed scripts (dev only; each positive fails on the rules at the
// round's start, 001e37f — missed, or cut short of its town, district or postcode — and is not a dev case: other
// countries, towns and streets than dev's; each negative is prose of the same script with numbers, dates, prices or
// order numbers the rules must keep).
import { describe, expect, it } from 'vitest';
import { detect } from './detect';

function addresses(text: string): string[] {
  return detect(text, { level: 'strict' })
    .filter((s) => s.kind === 'postal_address')
    .map((s) => text.slice(s.start, s.end));
}

describe('addresses written as named parts in scripts without capitals: two kinds of part, one numbered', () => {
  it.each([
    ['Persian, with the postcode on its own labelled line', 'Ship to: شیراز، بلوار زند، کوچه ۱۴، پلاک ۷\nکد پستی: ۷۱۳۴۸۵۴۶۱۳', 'شیراز، بلوار زند، کوچه ۱۴، پلاک ۷\nکد پستی: ۷۱۳۴۸۵۴۶۱۳'],
    ['Dari, district and road before the lane and house', 'آدرس: هرات، ناحیه ششم، سرک بانک خون، کوچه ۷، خانه ۴۵', 'هرات، ناحیه ششم، سرک بانک خون، کوچه ۷، خانه ۴۵'],
    ['Pashto, with no introduction', 'کابل، ولسوالی پغمان، کوڅه ۵', 'کابل، ولسوالی پغمان، کوڅه ۵'],
    ['Arabic, the district before the road and building', 'العنوان الوطني: حي العليا، طريق الملك فهد، مبنى 2345، الرياض 12214', 'حي العليا، طريق الملك فهد، مبنى 2345، الرياض 12214'],
    ['Hebrew, street, flat and town with its postcode', "כתובת למשלוח: רח' ויצמן 12, דירה 5, כפר סבא 4428164", "רח' ויצמן 12, דירה 5, כפר סבא 4428164"],
    ['Hebrew inside an English sentence', 'Send it to רחוב הרצל 15, חיפה 3303115 please', 'רחוב הרצל 15, חיפה 3303115'],
    ['Tigrinya, town, kebele and house number', 'የመላኪያ አድራሻ: መቐለ፣ ቀበሌ 14፣ ቤት ቁጥር 220', 'መቐለ፣ ቀበሌ 14፣ ቤት ቁጥር 220'],
    ['Georgian, the town before the street', 'Adresa: ბათუმი, რუსთაველის ქუჩა 12, ბინა 3', 'ბათუმი, რუსთაველის ქუჩა 12, ბინა 3'],
    ['Armenian, after a label closed by its own comma', 'Ուղարկեք՝ Տիգրան Մեծի պողոտա 45, բն. 3, Վանաձոր 2001', 'Տիգրան Մեծի պողոտա 45, բն. 3, Վանաձոր 2001'],
    ['Nepali, municipality and ward before the street and house', 'ठेगाना: काठमाडौं महानगरपालिका, वडा नं. ४, ठमेल मार्ग, घर नं. १२', 'काठमाडौं महानगरपालिका, वडा नं. ४, ठमेल मार्ग, घर नं. १२'],
    ['Marathi, the house number alone before its road', 'पत्ता: १२, शिवाजी रस्ता, सदाशिव पेठ, पुणे ४११०३०', '१२, शिवाजी रस्ता, सदाशिव पेठ, पुणे ४११०३०'],
    ['Kurdish (Sorani), neighbourhood, street and house', 'ناونیشان: هەولێر، گەڕەکی ئازادی، شەقام ٦٠ مەتری، ماڵی ٢٤', 'هەولێر، گەڕەکی ئازادی، شەقام ٦٠ مەتری، ماڵی ٢٤'],
    ['Lao, with commas and no house number', 'ບ້ານ ໂພນໄຊ, ຖະໜົນ ລ້ານຊ້າງ, ເມືອງ ຈັນທະບູລີ, ນະຄອນຫຼວງວຽງຈັນ', 'ບ້ານ ໂພນໄຊ, ຖະໜົນ ລ້ານຊ້າງ, ເມືອງ ຈັນທະບູລີ, ນະຄອນຫຼວງວຽງຈັນ'],
  ])('%s', (_family, text, address) => {
    expect(addresses(text)).toEqual([address]);
  });

  it('takes a Persian postcode inside the address for part of it, not for a phone number', () => {
    const text = 'Ship to: شیراز، بلوار زند، کوچه ۱۴، پلاک ۷\nکد پستی: ۷۱۳۴۸۵۴۶۱۳';
    expect(detect(text, { level: 'strict' }).map((s) => s.kind)).toEqual(['postal_address']);
  });

  it.each([
    ['Persian prose with a year, houses and a percentage', 'در سال ۱۴۰۲، ۱۵ خانه در این محله فروخته شد و قیمت‌ها ۲۰ درصد بالا رفت.'],
    ['a Persian order with its amount and date', 'سفارش شماره ۱۲۳۴۵، مبلغ ۲۵۰٬۰۰۰ تومان، تاریخ ۱۴۰۲/۰۵/۱۲'],
    ['an Arabic flat for sale: price, floor, area (one kind of part)', 'سعر الشقة 250000 دينار، الطابق الثالث، مساحة 120 متر'],
    ['an Arabic sentence naming a street and a distance', 'يقع المبنى في شارع الملك فهد، على بعد 5 كم من المطار'],
    ['a list of districts', 'ناحیه ۱، ناحیه ۲، ناحیه ۳، ناحیه ۴'],
    ['a list of numbered streets', 'شارع 1، شارع 2، شارع 3'],
    ['an Arabic order number, date and amount', 'رقم الطلب 48213، تم الشحن في 12/05/2024، المبلغ 350 ريال'],
    ['a Hebrew flat price and floor', 'מחיר הדירה 2,500,000 ש"ח, קומה 3 מתוך 8'],
    ['an Amharic year, a count and a price', 'በ2016 ዓ.ም.፣ 25 ተማሪዎች ተመርቀዋል፣ ዋጋው 300 ብር ነው'],
    ['a Hindi sentence counting towns and roads', 'इस साल 5 नगर निगमों में चुनाव हुए, 12 सड़कें बनीं'],
    ['a Hindi order number, price and date', 'आदेश संख्या 45821, कीमत ₹1,299, डिलीवरी 12 मार्च 2024'],
    ['a Marathi district and a count of roads repaired in a year', 'पुणे जिल्हा, 2024 मध्ये 12 रस्ता दुरुस्ती'],
    ['a Nepali count of municipalities and wards', 'यस वर्ष ५ नगरपालिका र १२ वडामा चुनाव भयो, ३ टोलमा बिजुली छैन'],
    ['a Georgian date and a count', '2024 წლის 15 მაისს, თბილისში 300 ადამიანი შეიკრიბა'],
    ['a Russian order with a date and a sum', 'В 2023 году, 15 марта, заказ № 45821 на сумму 1200 руб.'],
    ['a Kazakh sentence with a count of houses', 'Биыл ауылда 25 үй салынды, 3 көше жөнделді'],
    ['a Thai price, count and date', 'ราคา 1,250 บาท, สั่งซื้อ 3 ชิ้น, วันที่ 12/05/2567'],
    ['street words in a JSON list of an address library', '{"streets": ["خیابان", "کوچه", "بلوار"], "house": "پلاک {{number}}"}'],
  ])('keeps %s', (_family, text) => {
    expect(addresses(text)).toEqual([]);
  });
});

describe('Cyrillic of Central Asia and Mongolia: part words the Russian lists lack', () => {
  it.each([
    ['Kazakh avenue, then the town and postcode', 'Мекенжайым: Абай даңғылы 52, Алматы 050008', 'Абай даңғылы 52, Алматы 050008'],
    ['Kazakh postcode and town first, then street and flat', 'Ship to: 050000 Алматы қ., Төле би көшесі 101, 12-пәтер', '050000 Алматы қ., Төле би көшесі 101, 12-пәтер'],
    ['Kyrgyz town, avenue and a bare postcode', 'Бишкек, Манас проспекти 40, 720001', 'Бишкек, Манас проспекти 40, 720001'],
    ['Mongolian district, khoroo and avenue', 'Ship to: Улаанбаатар, Сүхбаатар дүүрэг, 1-р хороо, Энхтайваны өргөн чөлөө 11, 14200', 'Улаанбаатар, Сүхбаатар дүүрэг, 1-р хороо, Энхтайваны өргөн чөлөө 11, 14200'],
  ])('%s', (_family, text, address) => {
    expect(addresses(text)).toEqual([address]);
  });
});

describe('places before a postcode that opens its line, and the street on the line after (Latin and Cyrillic mixed)', () => {
  it.each([
    ['Mongolia', 'Recipient:\nMongolia\nUlaanbaatar\n14200 Улаанбаатар\nPeace Avenue, 17', 'Mongolia\nUlaanbaatar\n14200 Улаанбаатар\nPeace Avenue, 17'],
    ['Uzbekistan', 'Deliver to:\nUzbekistan\nTashkent\n100017 Тошкент\nAmir Temur Street, 108', 'Uzbekistan\nTashkent\n100017 Тошкент\nAmir Temur Street, 108'],
  ])('%s', (_family, text, address) => {
    expect(addresses(text)).toEqual([address]);
  });

  it('keeps the line after a postcode block when it is no street', () => {
    expect(addresses('Recipient:\nMongolia\nUlaanbaatar\n14200 Улаанбаатар\nThanks, 17 people signed')).toEqual(['Mongolia\nUlaanbaatar\n14200 Улаанбаатар']);
  });
});
