// Round 16: digit groups that a label names as something other than a phone. Order numbers (`Bestellnummer
// 4711-2026-0099`, `注文番号: 2026-1129-0042`), product and device codes (GTIN, EAN, IMEI), tax and company ids (`VAT
// number ATU 57129406`, `USt-IdNr.: DE 284 913 706`, INN, NIP, GSTIN), byte dumps (`<Buffer 74 65 73 74>`) and the
// neighbourhood units of Indonesian addresses (`RT 03 RW 05`) are grouped like phone numbers and many are valid in
// some country's plan, so the digits alone cannot tell. phones.ts's NOT_PHONE_WORDS knows the English and a few
// European labels written as separate words; these are the labels of more languages, the compounds that glue the
// number word on (`Bestellnummer`, `Auftragsnr.`), and the country prefix a tax id carries before its digits (`DE`,
// `ATU`, `FR`). Also the tail of an account code grouped in fours (`GB2L ABBY 0901 2857 2017 07`), which the
// IBAN check in phones.ts misses when the code is malformed.

/** Labels of things that are numbered, lower case (the context phones.ts reads is lower-cased). */
const LABELS = [
  // orders, invoices and shipments, as compounds and in more languages
  'bestell(?:ung)?s?(?:nummer|nr\\.?)', 'auftrags?(?:nummer|nr\\.?)?', 'rechnungs(?:nummer|nr\\.?)', 'kunden(?:nummer|nr\\.?)',
  'lieferschein(?:nummer|nr\\.?)?', 'sendungs(?:nummer|nr\\.?)', 'ordernummer', 'factuurnummer', 'klantnummer', 'ordine', 'zamówienia',
  'zamówienie', 'zamowienie', 'faktury', 'objednávky', 'заказа?', 'счёта', 'счета', 'накладной', 'sipariş(?: no)?', 'fatura(?: no)?',
  'đơn hàng', 'mã đơn', 'pesanan', 'طلب', 'الطلب', 'فاتورة', 'سفارش', 'הזמנה', 'חשבונית',
  '注文番号', '注文', '受注番号', '請求書番号', '伝票番号', '订单号', '订单编号', '订单', '訂單編號', '訂單', '发票号', '運單號', '运单号', '주문번호', '주문', '송장번호',
  // product, device and parcel codes
  'gtin', 'ean(?:-13|-8)?', 'upc', 'imei\\d?', 'imsi', 'iccid', 'meid', 'mac', 's/n', 'seriennummer', 'número de serie', 'numéro de série',
  'серийный номер', 'シリアル番号', '序列号', '시리얼',
  // tax and company identifiers
  'vat(?: reg(?:istration)?)?', 'ust\\.?-?id(?:nr)?\\.?', 'ust\\.?-?identifikationsnummer', 'steuer(?:nummer|-?nr\\.?|-?id)', 'tva(?: intracom(?:munautaire)?)?',
  'siret', 'siren', 'p\\.? ?iva', 'partita iva', 'codice fiscale', 'nif', 'cif', 'nie', 'nip', 'regon', 'krs', 'ičo', 'dič', 'ико', 'инн', 'огрн', 'кпп',
  'cnpj', 'cpf', 'cuit', 'rut', 'rfc', 'gstin', 'gst', 'pan', 'abn', 'acn', 'ein', 'tin', 'tax id', 'btw(?:-nummer)?', 'kvk', 'org\\.? ?nr\\.?',
  'vergi no', '税号', '統一編號', '法人番号', '사업자등록번호', 'mst', 'npwp',
  // byte dumps in logs and REPLs
  '<buffer', 'bytes?', 'hex(?:dump)?',
  // Indonesian neighbourhood units of an address: `RT 03 RW 05`
  'rt', 'rw',
];

/** Words that name the number after the label (`VAT number`, `Order-Nr.`, `номер заказа` reads the other way). */
const NUMBER_WORD = '(?:number|no\\.?|nr\\.?|num\\.?|nummer|numéro|número|numer|номер|id|code|番号|编号|号|번호)';

/** The 2- or 3-letter country prefix of a tax id (`DE`, `ATU`), never a phone abbreviation (`tel`, `ph`). */
const COUNTRY_PREFIX = '(?:(?!tel|fax|ph|mob|gsm)[a-z]{2,3}[\\s-]?)?';

const LABELLED_ID = new RegExp(
  `(?:^|[^\\p{L}\\p{N}])(?:${NUMBER_WORD}[\\s:#.=-]{0,3})?(?:${LABELS.join('|')})(?:[\\s:#.=-]{0,3}${NUMBER_WORD}){0,2}[\\s:#.：=-]{0,3}${COUNTRY_PREFIX}$`,
  'u',
);

/** An account or IBAN-like code grouped in fours, its first group mixing letters and digits (`gb2l abby `). */
const ACCOUNT_TAIL = /(?:^|[\s:"'=])(?=[a-z0-9]{0,3}\d)(?=[a-z0-9]{0,3}[a-z])[a-z0-9]{4}(?: [a-z0-9]{4}){1,4} $/;

/** True when the (lower-cased) text right before a phone-shaped number labels it as an identifier. */
export function identifierBefore(context: string): boolean {
  return LABELLED_ID.test(context) || ACCOUNT_TAIL.test(context);
}
