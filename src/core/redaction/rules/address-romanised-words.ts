// The words that name the parts of an address in the romanised (Latin-letter) forms of the addresses of countries
// whose own script is not Latin, for address-romanised-parts.ts: what couriers, forms and CSV exports write when the
// keyboard or the database takes Latin letters only. Each is the transliteration the national post or the
// country's own Latin alphabet uses (UPU "Postal addressing systems", Graham Rhind's Global Sourcebook, BGN/PCGN
// romanisation tables): Uzbek `Toshkent sh., Yunusobod tumani, Amir Temur ko‘chasi, 107B-uy`, Russian `ul. Lenina,
// d. 5, kv. 12`, Kazakh `Abay dangyly 52`, Armenian `Mashtots poghota 12, bn. 4`, Georgian `Rustaveli gamziri 12`,
// Hebrew `Sderot Rothschild 22`, Arabic `Shari' al-Nil 12`, Persian `Khiaban-e Vali Asr, Kucheh 3, Pelak 12`,
// Indian `H.No. 12-3-45, Gandhi Nagar`, Thai `Soi 11, Thanon Sukhumvit, Khet Watthana`, Korean `Teheran-ro 152`,
// Chinese pinyin `Chaoyang Qu`. English words stand here only where a country's official romanised system uses them
// (the numbered `Building 18, Street 820, Zone 45` of Qatar, Bahrain, Kuwait and Oman); the rule asks for two kinds
// of part and a number, so no single word makes an address.
import type { PartClass } from './address-script-words';

export const ROMANISED_PART_WORDS: Record<PartClass, readonly string[]> = {
  house: [
    // Russian, Ukrainian, Belarusian; Uzbek, Kazakh, Kyrgyz, Tajik, Mongolian
    'dom', 'd.', 'kv.', 'kvartira', 'korpus', 'korp.', 'stroenie', 'str.', 'budynok', 'bud.', 'uy', 'xonadon', 'pater', 'üy', 'bayr', 'toot',
    // Armenian, Georgian, Azerbaijani
    'shenq', 'sh.', 'bnakaran', 'bn.', 'bina', 'korpusi', 'ev.',
    // Persian, Arabic, Urdu, Hebrew
    'pelak', 'plak', 'vahed', 'manzil', 'bayt', 'imarat', 'shaqqa', 'dira', 'makaan',
    // South Asian forms
    'h.no.', 'h. no.', 'h no', 'house no.', 'flat no.', 'plot no.', 'door no.', 'd.no.', 'd. no.', 'khasra no.', 'makan no.', 'ghar no.',
    // Thai, Lao, Khmer
    'ban lek thi', 'lek thi', 'ban lek', 'phteah lek',
    // the numbered building of the Gulf states' official systems
    'building', 'bldg.', 'bldg', 'villa', 'house', 'flat', 'plot', 'unit',
  ],
  street: [
    'ulitsa', 'ul.', 'prospekt', 'pr-t', 'prosp.', 'pereulok', 'per.', 'shosse', 'bulvar', 'naberezhnaya', 'nab.', 'proezd', 'vulytsia', 'vul.',
    'ko‘chasi', "ko'chasi", 'ko`chasi', 'kochasi', 'ko‘cha', "ko'cha", 'shoh ko‘chasi', 'koshesi', 'koshasy', 'dangyly', 'dañğyly', 'kuchasi', 'kuchai',
    'kuchaga', 'köchösü', 'gudamj', 'örgön chölöö',
    'poghots', 'poghota', 'p.', 'nrbants', 'kucha', 'k.', 'gamziri', 'gamz.', 'shesakhvevi', 'chikhi', 'küçəsi', 'küç.', 'prospekti', 'pr.',
    'khiaban', 'khiyaban', 'khiaban-e', 'kucheh', 'kuche', 'bolvar', 'meydan', 'jadeh', 'shari', "shari'", 'sharia', "sharia'", 'shareh', 'shara',
    'tariq', 'zuqaq', 'rehov', 'rechov', "reh'", 'sderot', 'derech', 'derekh', 'simtat', 'kikar', 'marg', 'gali', 'sadak', 'chowk', 'salai', 'veedhi',
    'rasta', 'thanon', 'thnon', 'soi', 'trok', 'phlauv', 'vithi', 'lam', 'dajie', 'hutong', 'dori', 'dōri', 'chome', 'chōme',
    'street', 'road', 'way',
  ],
  area: [
    'tumani', 'tuman', 'tumanı', 'shahar', 'shahri', 'sh.', 'viloyati', 'viloyat', 'mahallasi', 'mahalla', 'massivi', 'mavze',
    'g.', 'gorod', 'pos.', 'selo', 'rayon', 'r-n', 'raion', 'oblast', 'obl.', 'oblasti', 'mikrorayon', 'mkr.', 'audany', 'audani', 'oblysy', 'aimag', 'düüreg', 'duureg', 'khoroo',
    'raioni', 'mikroraioni', 'marz', 'thaghamas', 'rayonu', 'qəsəbəsi',
    'mantaqe', 'nahiyeh', 'shahrak', 'mahalleh', 'hay', 'hayy', 'mintaqa', 'muhafazat', 'shchunat', 'shkhunat',
    'nagar', 'colony', 'mohalla', 'tehsil', 'taluk', 'taluka', 'zila', 'jila', 'thana', 'upazila', 'ward no.', 'vihar', 'puram', 'pettai',
    'khet', 'khwaeng', 'amphoe', 'amphur', 'tambon', 'changwat', 'moo', 'mu', 'muang', 'meuang', 'khan', 'sangkat', 'khum', 'phum',
    'qu', 'xian', 'zhen',
    'zone', 'block', 'blk', 'sector', 'district',
  ],
  postcode: ['pin', 'pin code', 'pincode', 'pin:', 'indeks', 'pochtovyy indeks', 'mikud', 'kod posti', 'code posti', 'rakam bareedi', 'zip'],
};

/**
 * Words that stand after a hyphen glued to the name (`Teheran-ro`, `Gangnam-gu`, `Yeoksam-dong`, `Minato-ku`,
 * `107B-uy`): Korean and Japanese romanisation hyphenate the part word, Uzbek the house word after its number.
 */
export const HYPHENATED_PART_WORDS: readonly string[] = ['ro', 'gil', 'daero', 'gu', 'dong', 'si', 'eup', 'myeon', 'ri', 'ku', 'shi', 'cho', 'machi', 'uy', 'chome'];

/** Words of the Gulf states' numbered systems and English ones: a part only as the word and its number (`Zone 45`). */
export const NUMBERED_ONLY_WORDS: ReadonlySet<string> = new Set([
  'building', 'bldg.', 'bldg', 'villa', 'house', 'flat', 'plot', 'unit', 'street', 'road', 'way', 'zone', 'block', 'blk', 'sector', 'district',
]);
