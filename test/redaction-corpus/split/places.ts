// Personal data of many countries for the split corpus. Addresses are invented by @faker-js/faker's locale data
// (street names, street types, building numbers, postcodes and towns of each locale) and laid out in each country's
// national format as the UPU's "Postal addressing systems in member countries" describes it. Phones are
// libphonenumber-js's example numbers (Google's libphonenumber metadata) written in national and international
// form. IBANs are faker's per-country IBANs plus the example IBANs printed in the SWIFT IBAN Registry; cards are
// payment providers' published test numbers plus faker's per-issuer numbers. Everything is invented or published
// as an example: no real person's data.
import { allFakers, type Faker } from '@faker-js/faker';
import examples from 'libphonenumber-js/mobile/examples';
import { parsePhoneNumber, type CountryCode } from 'libphonenumber-js/max';

export interface Country {
  cc: string;
  locale: string;
  lang: string;
  /** The address block as the country writes it; `\n` between lines. */
  format: (a: AddressParts) => string;
  /** Post-office box line in the country's words. */
  poBox?: (n: string) => string;
}

export interface AddressParts {
  street: string;
  streetFull: string;
  zip: string;
  city: string;
  state: string;
  stateAbbr: string;
}

const lines = (...parts: string[]) => parts.filter(Boolean).join('\n');

export const COUNTRIES: Country[] = [
  { cc: 'DE', locale: 'de', lang: 'de', format: (a) => lines(a.street, `${a.zip} ${a.city}`), poBox: (n) => `Postfach ${n}` },
  { cc: 'AT', locale: 'de_AT', lang: 'de', format: (a) => lines(a.street, `${a.zip} ${a.city}`), poBox: (n) => `Postfach ${n}` },
  { cc: 'CH', locale: 'de_CH', lang: 'de', format: (a) => lines(a.street, `CH-${a.zip} ${a.city}`), poBox: (n) => `Postfach ${n}` },
  { cc: 'FR', locale: 'fr', lang: 'fr', format: (a) => lines(a.street.toLowerCase().startsWith('0') ? a.street : a.street, `${a.zip} ${a.city.toUpperCase()}`), poBox: (n) => `BP ${n}` },
  { cc: 'BE-fr', locale: 'fr_BE', lang: 'fr', format: (a) => lines(a.street, `${a.zip} ${a.city}`), poBox: (n) => `Boîte postale ${n}` },
  { cc: 'BE-nl', locale: 'nl_BE', lang: 'nl', format: (a) => lines(a.street, `${a.zip} ${a.city}`), poBox: (n) => `Postbus ${n}` },
  { cc: 'CH-fr', locale: 'fr_CH', lang: 'fr', format: (a) => lines(a.street, `${a.zip} ${a.city}`), poBox: (n) => `Case postale ${n}` },
  { cc: 'LU', locale: 'fr_LU', lang: 'fr', format: (a) => lines(a.street, `L-${a.zip} ${a.city}`), poBox: (n) => `BP ${n}` },
  { cc: 'NL', locale: 'nl', lang: 'nl', format: (a) => lines(a.street, `${a.zip} ${a.city}`), poBox: (n) => `Postbus ${n}` },
  { cc: 'IT', locale: 'it', lang: 'it', format: (a) => lines(a.street, `${a.zip} ${a.city} (${a.stateAbbr})`), poBox: (n) => `Casella Postale ${n}` },
  { cc: 'ES', locale: 'es', lang: 'es', format: (a) => lines(a.street, `${a.zip} ${a.city}`), poBox: (n) => `Apartado de Correos ${n}` },
  { cc: 'PT', locale: 'pt_PT', lang: 'pt', format: (a) => lines(a.street, `${a.zip} ${a.city}`), poBox: (n) => `Apartado ${n}` },
  { cc: 'PL', locale: 'pl', lang: 'pl', format: (a) => lines(`ul. ${a.street.replace(/^(?:ul\.|al\.|pl\.|park|aleja|ulica|plac|os\.)\s*/i, '')}`, `${a.zip} ${a.city}`), poBox: (n) => `Skrytka pocztowa ${n}` },
  { cc: 'CZ', locale: 'cs_CZ', lang: 'cs', format: (a) => lines(a.street, `${a.zip} ${a.city}`), poBox: (n) => `P. O. Box ${n}` },
  { cc: 'SK', locale: 'sk', lang: 'sk', format: (a) => lines(a.street, `${a.zip} ${a.city}`) },
  { cc: 'SE', locale: 'sv', lang: 'sv', format: (a) => lines(a.street, `${a.zip.replace(/^(\d{3})(\d{2})$/, '$1 $2')} ${a.city}`), poBox: (n) => `Box ${n}` },
  { cc: 'NO', locale: 'nb_NO', lang: 'nb', format: (a) => lines(a.street, `${a.zip} ${a.city}`), poBox: (n) => `Postboks ${n}` },
  { cc: 'DK', locale: 'da', lang: 'da', format: (a) => lines(a.street, `${a.zip} ${a.city}`), poBox: (n) => `Postboks ${n}` },
  { cc: 'FI', locale: 'fi', lang: 'fi', format: (a) => lines(a.street, `${a.zip} ${a.city}`), poBox: (n) => `PL ${n}` },
  { cc: 'HU', locale: 'hu', lang: 'hu', format: (a) => lines(a.city, a.street, a.zip) },
  { cc: 'RO', locale: 'ro', lang: 'ro', format: (a) => lines(a.street, `${a.zip} ${a.city}`) },
  { cc: 'GR', locale: 'el', lang: 'el', format: (a) => lines(a.street, `${a.zip} ${a.city}`) },
  { cc: 'TR', locale: 'tr', lang: 'tr', format: (a) => lines(a.street, `${a.zip} ${a.city}`) },
  { cc: 'RU', locale: 'ru', lang: 'ru', format: (a) => lines(a.street, a.city, a.zip) },
  { cc: 'UA', locale: 'uk', lang: 'uk', format: (a) => lines(a.street, a.city, a.zip) },
  { cc: 'HR', locale: 'hr', lang: 'hr', format: (a) => lines(a.street, `${a.zip} ${a.city}`) },
  { cc: 'LV', locale: 'lv', lang: 'lv', format: (a) => lines(a.street, `${a.city}, ${a.zip}`) },
  { cc: 'US', locale: 'en_US', lang: 'en', format: (a) => lines(a.streetFull, `${a.city}, ${a.stateAbbr} ${a.zip}`), poBox: (n) => `P.O. Box ${n}` },
  { cc: 'GB', locale: 'en_GB', lang: 'en', format: (a) => lines(a.street, a.city, a.zip), poBox: (n) => `PO Box ${n}` },
  { cc: 'IE', locale: 'en_IE', lang: 'en', format: (a) => lines(a.street, a.city, a.state) },
  { cc: 'CA', locale: 'en_CA', lang: 'en', format: (a) => lines(a.streetFull, `${a.city} ${a.stateAbbr} ${a.zip}`), poBox: (n) => `PO Box ${n}` },
  { cc: 'CA-fr', locale: 'fr_CA', lang: 'fr', format: (a) => lines(a.street, `${a.city} (${a.stateAbbr}) ${a.zip}`), poBox: (n) => `C.P. ${n}` },
  { cc: 'AU', locale: 'en_AU', lang: 'en', format: (a) => lines(a.street, `${a.city} ${a.stateAbbr} ${a.zip}`), poBox: (n) => `PO Box ${n}` },
  { cc: 'IN', locale: 'en_IN', lang: 'en', format: (a) => lines(a.street, `${a.city} ${a.zip.replace(/\s/g, '')}`) },
  { cc: 'ZA', locale: 'en_ZA', lang: 'en', format: (a) => lines(a.street, a.city, a.zip) },
  { cc: 'MX', locale: 'es_MX', lang: 'es', format: (a) => lines(a.street, `${a.zip} ${a.city}, ${a.state}`), poBox: (n) => `Apartado Postal ${n}` },
  { cc: 'BR', locale: 'pt_BR', lang: 'pt', format: (a) => lines(a.street, `${a.city} - ${a.stateAbbr}`, a.zip), poBox: (n) => `Caixa Postal ${n}` },
  { cc: 'JP', locale: 'ja', lang: 'ja', format: (a) => `〒${a.zip} ${a.state}${a.city}${a.street}` },
  { cc: 'CN', locale: 'zh_CN', lang: 'zh', format: (a) => `${a.state}${a.city}${a.street}，邮编 ${a.zip}` },
  { cc: 'TW', locale: 'zh_TW', lang: 'zh', format: (a) => `${a.zip} ${a.city}${a.street}` },
  { cc: 'KR', locale: 'ko', lang: 'ko', format: (a) => `${a.state} ${a.city} ${a.street} (우편번호 ${a.zip})` },
  { cc: 'ID', locale: 'id_ID', lang: 'id', format: (a) => lines(a.street, `${a.city} ${a.zip}`) },
  { cc: 'VN', locale: 'vi', lang: 'vi', format: (a) => lines(a.street, `${a.city} ${a.zip}`) },
];

const tryOr = (fn: () => string, fallback: string) => {
  try {
    return fn();
  } catch {
    return fallback;
  }
};

export function fakerFor(locale: string): Faker {
  const f = (allFakers as Record<string, Faker>)[locale];
  if (!f) throw new Error(`faker has no locale ${locale}`);
  return f;
}

export function addressParts(f: Faker): AddressParts {
  const state = tryOr(() => f.location.state(), '');
  return {
    street: f.location.streetAddress(false),
    streetFull: f.location.streetAddress(f.datatype.boolean({ probability: 0.3 })),
    zip: f.location.zipCode(),
    city: f.location.city(),
    state,
    stateAbbr: tryOr(() => f.location.state({ abbreviated: true }), state),
  };
}

/** An address block (sometimes on one line with commas, sometimes a PO box) for one country. */
export function address(country: Country, f: Faker): string {
  const parts = addressParts(f);
  let block = country.format(parts);
  if (country.poBox && f.datatype.boolean({ probability: 0.12 })) {
    const [first, ...rest] = block.split('\n');
    block = [country.poBox(String(f.number.int({ min: 10, max: 99999 }))), ...(rest.length ? rest : [first!])].join('\n');
  }
  return f.datatype.boolean({ probability: 0.4 }) ? block.replace(/\n/g, ', ') : block;
}

/** libphonenumber-js's example mobile number of each region, in a national or international written form. */
export function examplePhones(): { cc: string; forms: string[] }[] {
  return Object.entries(examples as Record<string, string>).map(([cc, national]) => {
    const number = parsePhoneNumber(national, cc as CountryCode);
    const intl = number.formatInternational();
    return {
      cc,
      forms: [number.formatNational(), intl, intl.replace(/ /g, '-'), number.number, `00${intl.slice(1)}`],
    };
  });
}
