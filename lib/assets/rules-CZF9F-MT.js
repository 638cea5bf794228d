// Generated from src/cli/ by `npm run build:cli` (vite.config.ts, mode cli): do not edit. Committed so that
// echo-dataset runs from a plain `npm ci --omit=dev` install; src/cli/bundle-committed.test.ts fails when stale.
import { s as levelIncludes } from "../echo-dataset.mjs";
import { getCountries, parsePhoneNumberFromString } from "libphonenumber-js/max";
import metadata from "libphonenumber-js/metadata.max.json";
import creditCardType from "credit-card-type";
import { ValidationErrorsIBAN, getCountrySpecifications, validateIBAN } from "ibantools";
import { sha256 } from "@noble/hashes/sha2.js";
import { wordlist } from "@scure/bip39/wordlists/czech.js";
import { wordlist as wordlist$1 } from "@scure/bip39/wordlists/english.js";
import { wordlist as wordlist$2 } from "@scure/bip39/wordlists/french.js";
import { wordlist as wordlist$3 } from "@scure/bip39/wordlists/italian.js";
import { wordlist as wordlist$4 } from "@scure/bip39/wordlists/japanese.js";
import { wordlist as wordlist$5 } from "@scure/bip39/wordlists/korean.js";
import { wordlist as wordlist$6 } from "@scure/bip39/wordlists/portuguese.js";
import { wordlist as wordlist$7 } from "@scure/bip39/wordlists/simplified-chinese.js";
import { wordlist as wordlist$8 } from "@scure/bip39/wordlists/spanish.js";
import { wordlist as wordlist$9 } from "@scure/bip39/wordlists/traditional-chinese.js";
import { rules } from "@secretlint/secretlint-rule-preset-recommend";
// \0rolldown/runtime.js
var __defProp = Object.defineProperty;
var __exportAll = (all, no_symbols) => {
	let target = {};
	for (var name in all) __defProp(target, name, {
		get: all[name],
		enumerable: true
	});
	if (!no_symbols) __defProp(target, Symbol.toStringTag, { value: "Module" });
	return target;
};
// src/core/redaction/rules/address-words.ts
/** USPS Publication 28, Appendix C1 street suffixes not already above (each needs a postcode line, as all English suffixes do). */
var USPS_SUFFIXES = [
	"bluff",
	"bluffs",
	"bottom",
	"branch",
	"burg",
	"canyon",
	"cape",
	"center",
	"centre",
	"cliff",
	"cliffs",
	"common",
	"commons",
	"corner",
	"corners",
	"cove",
	"crest",
	"dale",
	"divide",
	"estates",
	"extension",
	"falls",
	"ferry",
	"flat",
	"flats",
	"forest",
	"forge",
	"fork",
	"forks",
	"gateway",
	"harbors",
	"hills",
	"isle",
	"knoll",
	"knolls",
	"lake",
	"lakes",
	"locks",
	"motorway",
	"oval",
	"overpass",
	"plain",
	"plains",
	"prairie",
	"rapids",
	"shoal",
	"shoals",
	"skyway",
	"spur",
	"stravenue",
	"stream",
	"throughway",
	"trace",
	"trafficway",
	"tunnel",
	"underpass",
	"viaduct",
	"ville",
	"brae",
	"wynd"
];
/** Street types written as their own word, before the name (rue de…, via…, calle…, ul.…) or after it (… Street). */
var STREET_TYPES = [
	"rue",
	"avenue",
	"av\\.",
	"ave",
	"boulevard",
	"bd",
	"bld",
	"chemin",
	"ch\\.",
	"allée",
	"allee",
	"impasse",
	"place",
	"pl\\.",
	"quai",
	"route",
	"rte",
	"passage",
	"cours",
	"voie",
	"square",
	"rond-point",
	"parvis",
	"galerie",
	"sentier",
	"chaussée",
	"faubourg",
	"esplanade",
	"promenade",
	"cité",
	"hameau",
	"lieu-dit",
	"montée",
	"résidence",
	"villa",
	"traverse",
	"ruelle",
	"carrefour",
	"drève",
	"clos",
	"via",
	"viale",
	"v\\.le",
	"piazza",
	"p\\.za",
	"piazzale",
	"corso",
	"c\\.so",
	"largo",
	"vicolo",
	"strada",
	"contrada",
	"borgo",
	"incrocio",
	"rotonda",
	"lungomare",
	"lungotevere",
	"salita",
	"vico",
	"calle",
	"campo",
	"fondamenta",
	"località",
	"loc\\.",
	"frazione",
	"traversa",
	"stretto",
	"canale",
	"piazzetta",
	"c/",
	"avenida",
	"avda\\.",
	"avd\\.",
	"paseo",
	"pº",
	"plaza",
	"pza\\.",
	"camino",
	"carretera",
	"ctra\\.",
	"ronda",
	"travesía",
	"glorieta",
	"quinta",
	"urbanización",
	"urb\\.",
	"pasaje",
	"rambla",
	"puerta",
	"callejón",
	"cuesta",
	"bajada",
	"alameda",
	"sector",
	"vía",
	"eje",
	"retorno",
	"privada",
	"cerrada",
	"circuito",
	"prolongación",
	"periférico",
	"andador",
	"colonia",
	"col\\.",
	"carrer",
	"avinguda",
	"passeig",
	"plaça",
	"rua",
	"r\\.",
	"travessa",
	"tv\\.",
	"praça",
	"pç\\.",
	"estrada",
	"rodovia",
	"beco",
	"escadas",
	"escadinhas",
	"calçada",
	"caminho",
	"largo",
	"ladeira",
	"viela",
	"jardim",
	"parque",
	"vila",
	"marginal",
	"conjunto",
	"ul\\.",
	"ulica",
	"al\\.",
	"aleja",
	"aleje",
	"plac",
	"os\\.",
	"osiedle",
	"skwer",
	"rondo",
	"bulwar",
	"náměstí",
	"nám\\.",
	"třída",
	"nábřeží",
	"námestie",
	"nábrežie",
	"trg",
	"put",
	"cesta",
	"utca",
	"u\\.",
	"út",
	"tér",
	"körút",
	"krt\\.",
	"sétány",
	"köz",
	"sor",
	"fasor",
	"főtér",
	"út",
	"útja",
	"főút",
	"rakpart",
	"dűlő",
	"lépcső",
	"liget",
	"strada",
	"str\\.",
	"bulevardul",
	"bd\\.",
	"calea",
	"șoseaua",
	"intrarea",
	"aleea",
	"piața",
	"splaiul",
	"iela",
	"gatve",
	"bulvāris",
	"laukums",
	"gāte",
	"prospekts",
	"dambis",
	"šoseja",
	"krastmala",
	"priv\\.",
	"extramuros",
	"οδός",
	"οδ\\.",
	"λεωφόρος",
	"λεωφ\\.",
	"πλατεία",
	"πλ\\.",
	"παρ\\.",
	"sokak",
	"sok\\.",
	"sokağı",
	"cadde",
	"caddesi",
	"cad\\.",
	"bulvar",
	"bulvarı",
	"mahalle",
	"mahallesi",
	"mah\\.",
	"meydanı",
	"ул\\.",
	"улица",
	"пр\\.",
	"пр-т",
	"просп\\.",
	"проспект",
	"пл\\.",
	"площадь",
	"пер\\.",
	"переулок",
	"бул\\.",
	"бульвар",
	"шоссе",
	"ш\\.",
	"наб\\.",
	"набережная",
	"проезд",
	"тупик",
	"аллея",
	"вулиця",
	"вул\\.",
	"площа",
	"провулок",
	"узвіз",
	"майдан",
	"jalan",
	"jln\\.",
	"jl\\.",
	"gang",
	"gg\\.",
	"đường",
	"phố",
	"ngõ",
	"hẻm",
	"street",
	"st\\.?",
	"avenue",
	"road",
	"rd",
	"boulevard",
	"blvd",
	"lane",
	"ln",
	"drive",
	"dr",
	"court",
	"ct",
	"way",
	"place",
	"terrace",
	"crescent",
	"close",
	"parkway",
	"pkwy",
	"highway",
	"hwy",
	"square",
	"circle",
	"trail",
	"plaza",
	"grove",
	"gardens",
	"mews",
	"row",
	"hill",
	"green",
	"walk",
	"park",
	"view",
	"rise",
	"wharf",
	"quay",
	"gate",
	"mall",
	"inlet",
	"mill",
	"wells",
	"streets",
	"junction",
	"loop",
	"alley",
	"path",
	"pike",
	"ridge",
	"heights",
	"bridge",
	"bypass",
	"causeway",
	"esplanade",
	"parade",
	"promenade",
	"crossing",
	"ford",
	"port",
	"point",
	"pass",
	"track",
	"vale",
	"village",
	"villas",
	"brook",
	"creek",
	"estate",
	"field",
	"fields",
	"glen",
	"harbor",
	"harbour",
	"haven",
	"hollow",
	"island",
	"landing",
	"lodge",
	"manor",
	"meadow",
	"meadows",
	"mount",
	"orchard",
	"pines",
	"ranch",
	"shore",
	"shores",
	"spring",
	"springs",
	"station",
	"summit",
	"union",
	"valley",
	"vista",
	"wood",
	"woods",
	"avenida",
	"expressway",
	"freeway",
	"turnpike",
	"route",
	...USPS_SUFFIXES,
	"straat",
	"laan",
	"weg",
	"plein",
	"gracht",
	"kade",
	"dreef",
	"singel",
	"dijk",
	"steenweg",
	"chaussee",
	"markt",
	"pad",
	"hof",
	"galerij",
	"straße",
	"strasse",
	"str\\.",
	"platz",
	"gasse",
	"allee",
	"ring",
	"damm",
	"ufer",
	"chaussee",
	"gata",
	"gatan",
	"vägen",
	"väg",
	"vej",
	"gade",
	"veien",
	"vegen",
	"gate",
	"gaten",
	"tie",
	"katu",
	"kuja",
	"polku",
	"torget",
	"torg",
	"stræde"
];
var ENGLISH_STREET_TYPES = [
	...USPS_SUFFIXES,
	"street",
	"st",
	"road",
	"rd",
	"lane",
	"ln",
	"drive",
	"dr",
	"court",
	"ct",
	"way",
	"place",
	"terrace",
	"crescent",
	"close",
	"parkway",
	"pkwy",
	"highway",
	"hwy",
	"square",
	"circle",
	"trail",
	"plaza",
	"grove",
	"gardens",
	"mews",
	"row",
	"hill",
	"green",
	"walk",
	"park",
	"view",
	"rise",
	"wharf",
	"quay",
	"gate",
	"mall",
	"inlet",
	"mill",
	"wells",
	"streets",
	"junction",
	"loop",
	"alley",
	"path",
	"pike",
	"ridge",
	"heights",
	"bridge",
	"bypass",
	"causeway",
	"parade",
	"crossing",
	"ford",
	"port",
	"point",
	"pass",
	"track",
	"vale",
	"village",
	"villas",
	"brook",
	"creek",
	"estate",
	"field",
	"fields",
	"glen",
	"harbor",
	"harbour",
	"haven",
	"hollow",
	"island",
	"landing",
	"lodge",
	"manor",
	"meadow",
	"meadows",
	"mount",
	"orchard",
	"pines",
	"ranch",
	"shore",
	"shores",
	"spring",
	"springs",
	"station",
	"summit",
	"union",
	"valley",
	"vista",
	"wood",
	"woods",
	"expressway",
	"freeway",
	"turnpike"
];
/** Endings fused onto the name: Hauptstraße, Kerkstraat, Storgatan, Jægervej, Mattilatie, Knoblauchweg. */
var FUSED_STREET_ENDINGS = [
	"straße",
	"strasse",
	"str\\.",
	"weg",
	"gasse",
	"allee",
	"platz",
	"ring",
	"damm",
	"ufer",
	"steig",
	"pfad",
	"chaussee",
	"markt",
	"berg",
	"hof",
	"graben",
	"wall",
	"kai",
	"park",
	"feld",
	"garten",
	"anger",
	"bach",
	"brücke",
	"tor",
	"zeile",
	"gürtel",
	"promenade",
	"stieg",
	"twiete",
	"kamp",
	"straat",
	"laan",
	"plein",
	"gracht",
	"kade",
	"dreef",
	"singel",
	"dijk",
	"steenweg",
	"plantsoen",
	"steeg",
	"hof",
	"pad",
	"burg",
	"wal",
	"veld",
	"gatan",
	"gata",
	"vägen",
	"väg",
	"gränd",
	"torget",
	"stigen",
	"backen",
	"allén",
	"vej",
	"gade",
	"stræde",
	"allé",
	"plads",
	"torv",
	"veien",
	"vegen",
	"gate",
	"gaten",
	"stien",
	"bakken",
	"tie",
	"katu",
	"kuja",
	"polku",
	"kaari",
	"rinne",
	"raitti",
	"tori",
	"väylä",
	"ranta",
	"utca",
	"körút",
	"sétány",
	"ská",
	"ova",
	"ní",
	"ná"
];
/**
* Small words inside street and town names (Rue de la Paix, Via dei Mille, Avenida da Liberdade, Laan van Meerdervoort);
* round 13: the West and South Slavic prepositions of towns named after their river or hill (Czech and Slovak
* `Ústí nad Labem`, `Rožmitál pod Třemšínem`, `Slavkov u Brna`, Polish `Kostrzyn nad Odrą`, Slovene `Šmarje pri
* Jelšah`, `Sveti Jurij ob Ščavnici`, Czech `Lysá nad Labem`).
*/
var NAME_PARTICLES = "de|del|della|delle|dei|degli|di|da|dal|do|dos|das|du|des|la|le|les|los|las|l'|d'|van|von|der|den|het|'t|y|e|i|am|an|auf|im|in|zum|zur|bei|sur|sous|aux|en|op|aan|ter|ten|och|og|on|upon|of|the|and|al|el|a|nad|pod|pri|při|ob|u";
/** Unit and floor words after a house number (Apt. 4, m. 12, Lgh. 1102, 2. tv, kv. 7, dz. 3, Bloc 91). */
var UNIT_WORDS = "apt\\.?|apartment|suite|ste\\.?|unit|flat|floor|fl\\.?|#|app\\.?|appartamento|apartamento|piso|puerta|esc\\.?|m\\.|lok\\.|lgh\\.?|leil\\.?|st\\.|tv|th|mf|sal|whg\\.?|top|stiege|stock|etage|bus|boîte|bte|kv\\.|кв\\.|dz\\.|bloc|bl\\.|sc\\.|et\\.|ap\\.|ajtó|em\\.?|casa|sala|bloco|lote|edificio|depto\\.?|int\\.|interior|ημ\\.|daire|kat|d\\.";
/** PO boxes in each language. */
var PO_BOX = "p\\.? ?o\\.? ?box|post office box|pmb|postfach|bp|boîte postale|b\\.p\\.|case postale|cp|c\\.p\\.|postbus|casella postale|apartado(?: de correos| postal)?|caixa postal|cx\\. postal|skrytka pocztowa|p\\. ?o\\. ?box|box|postboks|postbox|pl|gpo box|locked bag|а/я|абонентский ящик";
/** A month name beside a day number (`March 3`, `3 de marzo`, `3. März`): a date, not a street and house number. */
var MONTH_DAY = /(?:^|[^\p{L}])(?:jan(?:uary|uar|vier)?|feb(?:ruary|ruar)?|févr(?:ier)?|mar(?:ch|s|zo)?|märz|apr(?:il)?|avril|abril|may|mai|mayo|jun[ei]?|juin|junio|jul[iy]?|juillet|julio|aug(?:ust)?|août|agosto|sep(?:t|tember|tembre|tiembre)?|oct(?:ober|obre|ubre)?|okt(?:ober)?|nov(?:ember|embre|iembre)?|dec(?:ember)?|dez(?:ember)?|déc(?:embre)?|dic(?:iembre)?|enero|febrero|janvier)\.?(?: de)? \d{1,2}(?:st|nd|rd|th)?(?:$|[^\p{L}\d])|\d{1,2}\.? (?:de )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|januar|februar|märz|april|juni|juli|oktober|dezember)\p{L}{0,6}$/iu;
// src/core/redaction/rules/address-segments.ts
var WORD$5 = "[\\p{Lu}\\d][\\p{L}\\p{M}'’‘.\\-]{0,30}|\\p{Lu}\\.";
var PARTICLE = `(?:${NAME_PARTICLES})`;
var NAME$4 = `(?:[lLdD]['’‘])?(?:${WORD$5})(?:(?: ${PARTICLE})* (?:${WORD$5})|(?: ${PARTICLE})*-(?:${WORD$5})|(?: ${PARTICLE})* ?(?:[lLdD]['’‘])(?:${WORD$5})){0,6}`;
/**
* Case-insensitive letters without the `i` flag: under `iu`, `\\p{Lu}` matches lower-case letters too, and the
* capitalised-name patterns would swallow the sentence before a street.
*/
function anyCase(source) {
	return source.replace(/(?<!\\)(\p{Ll})/gu, (c) => c.toUpperCase() !== c ? `[${c}${c.toUpperCase()}]` : c);
}
/**
* A lower-case word before or after the name (rue, via, calle, ul., пл., dambis). The patterns take any such word,
* which is cheap; `streetStart` keeps it only when it is a street type. (An alternation of the 400 type words
* inside the patterns cost ~50 µs per segment.)
*/
var LOWER = "(?:\\p{Ll}[\\p{Ll}\\p{M}]{0,13}\\.?|c/)";
var TYPE_SET = new Set(STREET_TYPES.flatMap((t) => {
	const plain = t.replace(/\\\./g, ".");
	return plain.endsWith(".?") ? [plain.slice(0, -2), plain.slice(0, -1)] : [plain];
}));
var UNITS$1 = anyCase(UNIT_WORDS);
var HOUSE = "(?!\\d{2,4}-\\d{3,4}-\\d{4}(?!\\d))\\d{1,5}(?: ?[A-Za-z](?![\\p{L}])(?: \\d{1,4}(?![\\d.]))?)?(?:[/-]\\d{1,5}[A-Za-z]?){0,2}(?: (?:bis|ter|s/n\\.?))?|s/n\\.?";
var UNIT$3 = `(?:,? (?:${UNITS$1})\\.? ?[#№]?\\d{1,5}[A-Za-z]?(?:\\.? ?(?:${UNITS$1})?\\.? ?\\d{0,5})?){0,2}(?: \\d{1,3}\\.? ?(?:${UNITS$1}|[a-zæøå]{1,3}))?`;
/** Street at the end of a segment: number after the name, or before it. */
var EDGE = "(?<![\\p{L}\\p{M}\\d.-])(?<![\\p{L}\\p{M}\\d.-]['’])";
var STREET_LAST = new RegExp(`${EDGE}(?:${LOWER} )?(?:${PARTICLE} ){0,2}(?:${NAME$4})(?: ${LOWER}){0,2},? (?:${HOUSE})${UNIT$3}\\.?$`, "u");
var STREET_FIRST = new RegExp(`${EDGE}(?:${HOUSE}),? (?:${LOWER} )?(?:${PARTICLE} ){0,2}(?:${NAME$4})${UNIT$3}\\.?$`, "u");
/** A street name with no number, whose number is the next segment (Calle Mayor, 5; пл. Советская, 310). */
var STREET_NAME = new RegExp(`${EDGE}(?:${LOWER} (?:${PARTICLE} ){0,2}(?:${NAME$4})|(?:${NAME$4}) ${LOWER})\\.?$`, "u");
var HOUSE_ONLY = new RegExp(`^(?:${HOUSE})${UNIT$3}(?: [\\p{L}.]{1,12} ?\\d{1,4}){0,2}(?: - \\p{Lu}[\\p{L}\\p{M} ]{1,30})?$`, "u");
/** A capitalised name alone (Extramuros Gonzalo Casarez Carrillo), a street name only when a number follows. */
var NAME_ONLY = new RegExp(`${EDGE}(?:${NAME$4})$`, "u");
var PO_BOX_LINE = new RegExp(`(?<![\\p{L}\\d])(?:${PO_BOX})\\.? ?(?:no\\.? ?)?\\d{1,6}(?: \\d{2,3}){0,2}$`, "iu");
var POSTCODE = "\\d{5}(?:-\\d{3,4})?|\\d{4}(?: ?[A-Z]{2}(?![\\p{L}]))?|\\d{3} \\d{2}|\\d{2} \\d{3}|\\d{2}-\\d{3}|\\d{4}-\\d{3}|\\d{6}|\\d{3}-\\d{4}|[A-Z]\\d[A-Z] ?\\d[A-Z]\\d|[A-Z]{1,2}\\d[A-Z\\d]? \\d[A-Z]{2}|[A-Z]{2}-?\\d{4}";
var TOWN$2 = `(?:\\p{Lu}[\\p{L}\\p{M}'’.\\-]{1,30}|\\p{Lu}{2,30})(?:(?: ${PARTICLE})* (?:\\p{Lu}[\\p{L}\\p{M}'’.\\-]{0,30}|\\p{Ll}[\\p{L}\\p{M}\\-]{1,20}(?= \\())|-\\p{L}[\\p{L}\\p{M}]{0,30}){0,5}`;
var STATE$1 = "(?:\\(?\\p{Lu}{2,3}\\)?|\\(\\p{Lu}[\\p{L}\\p{M}. -]{1,30}\\)|\\p{Lu}\\p{L}{1,20}(?: \\p{Lu}\\p{L}{1,20})?)";
/** Postcode then town at the start of a segment: 75001 Paris, CH-8001 Zürich, 1012 AB Amsterdam, 00-950 Warszawa. */
var POSTCODE_TOWN = new RegExp(`^(?:[A-Z]{1,2}-)?(?:${POSTCODE})(?:(?: [-–])? |(?<!^(?:19|20)\\d\\d)-(?=\\p{Lu}))(?:${TOWN$2})(?: \\((?:${TOWN$2}|\\p{Lu}{2})\\)| (?:CEDEX|[Cc]edex)(?: \\d{1,2})?| \\d{1,2}(?=$))?`, "u");
/** Town then postcode at the end of a segment: Springfield, IL 62701; Toronto ON M5V 2T6; Sydney NSW 2000. */
var TOWN_POSTCODE$2 = new RegExp(`(?:${TOWN$2})(?: (?:${STATE$1}))?,? (?:${POSTCODE})(?=$|\\s+[\\p{Ll}—–-])`, "u");
/** `IL 62701` (prose may follow), or a bare postcode filling its segment (RU/UA/HU last lines). */
var STATE_POSTCODE = new RegExp(`^(?:(?:${STATE$1}) (?:${POSTCODE})(?=$|\\s+[\\p{Ll}—–-])|(?:${POSTCODE})(?=$|\\s+[—–]))`, "u");
/** A bare postcode before lower-case prose (`Stellenbosch, 2506 between 9 and 5`): only after a town segment. */
var BARE_POSTCODE_PROSE = new RegExp(`^(?:${POSTCODE})(?=\\s+\\p{Ll})`, "u");
var ENGLISH_TYPE = new RegExp(`^(?:${ENGLISH_STREET_TYPES.join("|")})\\.?$`, "i");
var TOWN_ONLY = new RegExp(`^(?:${TOWN$2})(?: - \\p{Lu}{2}| \\((?:${TOWN$2}|\\p{Lu}{2,3})\\))?$`, "u");
var FUSED$1 = new RegExp(`\\p{L}{2}-?(?:${FUSED_STREET_ENDINGS.join("|")})$`, "iu");
/** Type words written as a word of their own after the name that never end ordinary phrases: `Berliner Straße 111`,
*  `Eduard Sueß Gasse 9`, `Sars gate 2A` (lower-case Nordic `gate`/`vei`; capitalised `Gate` is English). */
var SEPARATE_TYPE = /^(?:stra(?:ße|sse)|str\.|gasse|allee|platz|chaussee|ufer|damm|gata|gatan|vägen|vej|gade|veien|vegen|katu|utca|iela|sokak|sokağı|caddesi|straat|laan|steeg|gracht|kade|plein|dreef)$|^(?:gate|gaten|vei|väg)$/;
var isTypeWord = (w) => TYPE_SET.has(w.toLowerCase());
var PARTICLE_SET = new Set(NAME_PARTICLES.split("|"));
var UNIT_SET = new RegExp(`^(?:${UNIT_WORDS})$`, "i");
var MAX_SEGMENT$3 = 200;
/** A segment that is only a floor, suite or flat: `6th Floor`, `Suite 500`, `Apt 3A`, `1 trappa upp`, `Bajo`. */
var UNIT_SEGMENT = /^(?:\d{1,3}(?:st|nd|rd|th|º|ª|\.)? ?(?:floor|fl\.?|etage|étage|stock|piso|piano|trappa upp|tv\.?|th\.?|mf\.?)|(?:floor|fl|suite|ste|apt|apartment|unit|flat|room|rm|bldg|building|piso|planta|bajo|étage|etage|stock|lgh\.?|whg\.?)\.? ?#?[\w-]{0,6})$/i;
var HOUSE_TAIL = /(?<=\s)\d{1,5}(?: ?(?:bis|ter|[a-zA-Z]))?$/;
var HOUSE_WORD = /(?<![\p{L}\p{Nd}])(?:house|building|bldg\.?|plot|h\.) ?(?:no\.?|number|#|№) ?\d{1,5}[A-Za-z]?$/iu;
/** The last ` 33000 Bordeaux` / ` 1012 AB Amsterdam` / ` 111 51 Stockholm` in a segment, after a word or a number. */
var POSTCODE_INSIDE = /(?<=[\p{L}\d.]) (?=(?:[A-Z]{1,2}-)?(?:\d{5}|\d{4}(?: [A-Z]{2})?|\d{3} \d{2}|\d{2}-\d{3}|\d{4}-\d{3}) \p{Lu}[\p{L}\p{M}-]+(?: \p{Lu}[\p{L}\p{M}-]+){0,3}[.!?]?$)/u;
var NUMBERED = /\d|s\/n/;
var CASED_UPPER = /\p{Lu}/u;
/** Cheap tests before the long patterns: a street has a number next to a capitalised word or a street type. */
var MAYBE_STREET = /\p{Lu}[\p{L}\p{M}]|\p{L}{2}[.,]? ?(?:\d|s\/n)/u;
var MAYBE_POSTCODE_FIRST = /^(?:[A-Z]{1,2}-)?\d{2}|^[A-Z]\d[A-Z]|^[A-Z]{1,2}\d/;
/** A postcode at the end of the segment or before lower-case prose (town + postcode lines). */
var MAYBE_POSTCODE_LAST = /(?:\d{3}|[A-Z]\d[A-Z] ?\d[A-Z]\d|\d[A-Z]{2})(?:$|\s+[\p{Ll}—–-])/u;
var MAYBE_PO_BOX = /box|b\.? ?p|postf|case|c\.? ?p|postbus|casella|apartado|caixa|cx\.|skrytka|postboks|(?:^|\s)pl\s|locked|а\/я|абонент|pmb/i;
/** Copyright notices name years and holders (`Copyright 2015, 2016 Simon Lydell`), never addresses. */
var COPYRIGHT = /copyright|\(c\)|©/i;
var TRAILING$1 = /[.!?]{1,2}$/;
/** The end of a JSON or code string holding the address (`"address": "…\nWisconsin"}`): not part of it. */
var CLOSING_QUOTE = /["'`][ \t]*[}\])]{0,2}[ \t]*[,;]?$/;
/** Prefix street types (rue, via, calle, ul.) and fused endings (…straße, …gatan) name a street on their own; an
*  English suffix type (… Way, … Place) ends ordinary phrases too, so it needs a postcode line. */
function isType(w) {
	return isTypeWord(w) || isTypeWord(w.replace(/\.$/, "")) || isTypeWord(`${w}.`);
}
function strength(value) {
	const words = value.replace(/,/g, " ").split(/\s+/).filter(notNumber);
	if (words.length === 0) return "none";
	const nonType = words.filter((w) => !isType(w));
	const fused = words.some((w) => FUSED$1.test(w.replace(/\.$/, ".")));
	if (nonType.length === 0 && !fused) return "none";
	if (fused || isType(words[0]) && !ENGLISH_TYPE.test(words[0])) return "strong";
	const lastWord = words[words.length - 1];
	if (words.length >= 2 && SEPARATE_TYPE.test(lastWord.toLowerCase()) && (/^\p{Lu}/u.test(lastWord) ? !/^(?:gate|gaten|vei|väg)$/i.test(lastWord) : true)) return "strong";
	return isType(words[words.length - 1]) ? "weak" : "none";
}
/**
* Where a matched street really starts: a leading lower-case word stays only if it is a street type (rue, via,
* ul.), otherwise it is prose (`lautet`) and is dropped. A lower-case word inside that is neither a name particle
* nor a type (`Ahorn lautet 5`) means this is no street: null.
*/
var notNumber = (w) => w !== "" && !/^\d/.test(w);
var LOWER_WORD = /(?:^|[ ,])\p{Ll}/u;
function streetStart(match) {
	if (!LOWER_WORD.test(match)) return 0;
	const words = match.split(" ");
	let skip = 0;
	const first = words[0];
	if (/^\p{Ll}/u.test(first) && !/^\d/.test(first) && !isTypeWord(first) && !isTypeWord(first.replace(/\.$/, "")) && first !== "c/") {
		skip = first.length + 1;
		words.shift();
	}
	if (isType((words.filter((w) => !/^\d/.test(w)).pop() ?? "").replace(/,$/, ""))) return skip;
	for (const w of words.slice(1)) {
		const bare = w.replace(/[,.]$/, "").replace(/^[ldLD]['’‘]/, "");
		if (/^\p{Ll}/u.test(bare) && bare.length > 3 && !PARTICLE_SET.has(bare) && !isTypeWord(bare) && !isTypeWord(w) && !UNIT_SET.test(bare)) return null;
	}
	return skip;
}
function classify$1(text, seg) {
	const raw = text.slice(seg.start, seg.end);
	const unquoted = raw.replace(CLOSING_QUOTE, "");
	if (unquoted.length < raw.length) seg.end = seg.start + unquoted.trimEnd().length;
	let value = unquoted.replace(TRAILING$1, "");
	if (/[)\]]$/.test(value) && (value.match(/[([]/g)?.length ?? 0) < (value.match(/[)\]]/g)?.length ?? 0)) value = value.slice(0, -1).replace(TRAILING$1, "");
	const end = seg.start + value.length;
	const tailStart = Math.max(seg.start, end - 120);
	const tail = text.slice(tailStart, end);
	if (/\d|s\/n/.test(value)) {
		const postal = MAYBE_POSTCODE_FIRST.test(value) ? POSTCODE_TOWN.exec(value) : null;
		if (postal) seg.postal = {
			from: seg.start,
			to: seg.start + postal[0].length
		};
		const statePostcode = seg.postal ? null : STATE_POSTCODE.exec(value);
		if (statePostcode) seg.postal = {
			from: seg.start,
			to: seg.start + statePostcode[0].length
		};
		const bareProse = seg.postal ? null : BARE_POSTCODE_PROSE.exec(value);
		if (bareProse) seg.postal = {
			from: seg.start,
			to: seg.start + bareProse[0].length,
			afterTownOnly: true
		};
		if (!seg.postal && value.length <= 80 && MAYBE_POSTCODE_LAST.test(value)) {
			const reverse = TOWN_POSTCODE$2.exec(value);
			if (reverse && !/^\d/.test(reverse[0]) && (reverse.index === 0 || /\s$/.test(value.slice(0, reverse.index)))) seg.postal = {
				from: seg.start + reverse.index,
				to: seg.start + reverse.index + reverse[0].length
			};
		}
		const box = MAYBE_PO_BOX.test(tail) ? PO_BOX_LINE.exec(tail) : null;
		if (box) seg.poBox = tailStart + box.index;
		if (value.length <= 24 && (HOUSE_ONLY.test(value) || /^(?:bloc|bl\.|blok|blk\.?)\s?\d{1,4}[A-Za-z]?$/i.test(value))) seg.house = true;
		const houseTail = HOUSE_TAIL.exec(value);
		if (houseTail) seg.houseTail = seg.start + houseTail.index;
		const houseWord = HOUSE_WORD.exec(value);
		if (houseWord) {
			seg.houseTail = seg.start + houseWord.index;
			seg.houseWord = true;
			return;
		}
		const street = MAYBE_STREET.test(tail) && !(MONTH_DAY.test(tail) && !tail.split(/[\s,]+/).some(isType)) && !COPYRIGHT.test(tail) ? STREET_LAST.exec(tail) ?? STREET_FIRST.exec(tail) : null;
		const kept = street && streetStart(street[0]);
		if (street && kept !== null && /\p{L}{2}/u.test(street[0].slice(kept))) seg.street = {
			from: tailStart + street.index + kept,
			strong: strength(street[0].slice(kept)) === "strong"
		};
		return;
	}
	if (!CASED_UPPER.test(value)) return;
	const name = STREET_NAME.exec(tail) ?? NAME_ONLY.exec(tail);
	const kept = name && streetStart(name[0]);
	if (name && kept !== null) {
		const kind = strength(name[0].slice(kept));
		seg.streetName = {
			from: tailStart + name.index + kept,
			strong: kind === "strong",
			typed: kind !== "none"
		};
	}
	if (value.length <= 60 && (TOWN_ONLY.test(value) || TOWN_ONLY.test(raw))) seg.town = true;
}
/** Segments of one paragraph-ish region: split at line breaks, commas and full-width commas. */
function* segments$1(text, from, to) {
	let start = from;
	let newline = true;
	let cut = true;
	for (let i = from; i <= to; i++) {
		const ch = i < to ? text[i] : "\n";
		if (ch !== "\n" && ch !== "," && ch !== "，" && ch !== ";") continue;
		let s = start;
		let e = i;
		while (s < e && /\s/.test(text[s])) s++;
		while (e > s && /\s/.test(text[e - 1])) e--;
		if (e - s > MAX_SEGMENT$3) s = e - MAX_SEGMENT$3;
		const piece = e - s > 12 ? text.slice(s, e) : "";
		const inner = piece && /\d{2}[ -]?\d/.test(piece) ? POSTCODE_INSIDE.exec(piece) : null;
		if (inner && (/\p{L}/u.test(text.slice(s, s + inner.index)) || /^\d{1,5}[A-Za-z]?$/.test(text.slice(s, s + inner.index)))) {
			yield {
				start: s,
				end: s + inner.index,
				newline,
				cut
			};
			yield {
				start: s + inner.index + 1,
				end: e,
				newline: false,
				cut: false
			};
		} else if (e > s) yield {
			start: s,
			end: e,
			newline,
			cut
		};
		const blank = ch === "\n" && /^\s*\n/.test(text.slice(i + 1, i + 40)) && (text.slice(start, i).trim() !== "" || true);
		newline = ch === "\n";
		cut = blank;
		start = i + 1;
	}
}
// src/core/redaction/rules/address-frames.ts
var FRAME_LABEL = new RegExp(`(?<![\\p{L}\\p{Nd}.-])(?:(?:${[
	"recipient",
	"sender",
	"consignee",
	"addressee",
	"destinatari[oa]",
	"remitente",
	"remetente",
	"destinat[aá]rio",
	"destinataire",
	"exp[ée]diteur",
	"mittente",
	"absender",
	"empf[aä]nger",
	"afzender",
	"ontvanger",
	"geadresseerde",
	"avs[aä]ndare",
	"mottagare",
	"afsender",
	"modtager",
	"avsender",
	"mottaker",
	"nadawca",
	"odbiorca",
	"odes[ií]latel",
	"p[řr][ií]jemce",
	"odosielate[lľ]",
	"pr[ií]jemca",
	"felad[oó]",
	"c[ií]mzett",
	"expeditor",
	"destinatar",
	"po[sš]iljatelj",
	"primatelj",
	"g[oö]nderen",
	"al[ıi]c[ıi]",
	"vastaanottaja",
	"l[aä]hett[aä]j[aä]",
	"sendandi",
	"viðtakandi",
	"saaja",
	"saatja",
	"siuntėjas",
	"gavėjas",
	"sūtītājs",
	"saņēmējs",
	"отправитель",
	"получатель",
	"відправник",
	"одержувач",
	"подател",
	"получател",
	"pengirim",
	"penerima",
	"mpandefa",
	"mpandray"
].join("|")})(?=[ \\t]*[:：\\r\\n])|(?:ship|bill|sold|deliver|mail)-to(?![\\p{L}\\p{Nd}])|^[ \\t]{0,20}(?:${[
	"to",
	"from",
	"an",
	"von",
	"à",
	"a",
	"de",
	"para",
	"aan",
	"van",
	"til",
	"fra",
	"till",
	"från",
	"do",
	"od",
	"pour",
	"für",
	"kime",
	"kimden"
].join("|")})(?=[ \\t]*[:：]?[ \\t]*\\r?\\n))`, "gimu");
var PLACE_LABEL = new RegExp(`(?<![\\p{L}\\p{Nd}.-])(?:(?:${[
	"office",
	"offices",
	"venue",
	"location",
	"premises",
	"headquarters",
	"hq",
	"branch",
	"warehouse",
	"pickup(?: point| location)?",
	"pick-up(?: point| location)?",
	"drop-off(?: point)?",
	"meeting point",
	"büro",
	"sitz",
	"standort",
	"filiale",
	"bureau",
	"siège",
	"locaux",
	"sede",
	"ufficio",
	"oficina",
	"sucursal",
	"escritório",
	"loja",
	"kantoor",
	"vestiging",
	"kontor",
	"kontoret",
	"biuro",
	"siedziba",
	"kancelář",
	"sídlo",
	"iroda",
	"toimisto",
	"umgezogen",
	"moved",
	"déménagé",
	"verhuisd",
	"flyttet",
	"flyttat"
].join("|")})(?=[ \\t]*(?:[:：—–]|is |ist |est |è |es |er |är )[ \\t]*)|${["(?:sende|send|skicke|skicka|sende|levere|leverer|lever|opsturen|sturen|versturen|verzenden|envoyer|envoyez|livrer|livrez|expédier)(?: [\\p{Ll}\\p{M}]{1,12}){0,2} (?:til|till|naar|à|au)"].join("|")})(?![\\p{L}\\p{Nd}])(?:[ \\t]*(?:[:：—–]|(?:is|ist|est|è|es|er|är)(?: (?:at|in|an|à|a|en|på|i))?))?[ \\t]*(?:\\r?\\n[ \\t]*)?(?![\\p{L}]{2,10}:\\/\\/)`, "giu");
/** A vCard's ADR property (RFC 6350): `ADR;TYPE=WORK:` and the empty box and extended fields before the street. */
var VCARD_ADR = /^(?:item\d{1,2}\.)?ADR(?:;[^:\n]{0,60})?:(?:[^;\n]{0,40};){0,2}/gimu;
/** A table column holding addresses by its header (`Adress`, `shipping_address`, `ship_to`), not an e-mail's or IP's. */
var ADDRESS_FIELD = /^(?:[\p{L}_ -]{0,20}[_ -])?(?:address(?:e|es)?|addr|adres(?:a|i|e|ă|se)?|adress|anschrift|direcci[oó]n|endere[cç]o|indirizzo|osoite|cím|naslov|adresas|адрес[ау]?|ship[_ -]?to|\p{Ll}{3,20}(?:adresse|adress|adres|anschrift|osoite))\d?$/iu;
var NOT_POSTAL_FIELD = /(?:^|[_ -])(?:e-?mail|ip|mac|web|url|wallet|host|server)(?:$|[_ -])/i;
var isAddressField = (field) => !NOT_POSTAL_FIELD.test(field) && ADDRESS_FIELD.test(field);
/**
* A table whose header names an address column (`| Kund | Adress |`, `customer_id,address`, `order_id;ship_to`):
* where each cell of that column starts in the rows under it (at most 50 rows, each at most 400 characters; the
* rows are not read again as headers, so each line is read once).
*/
function addressColumnCells(text) {
	const starts = [];
	const lines = /^[^\n]{3,400}$/gmu;
	let header;
	while ((header = lines.exec(text)) !== null) {
		const line = header[0];
		const sep = line.includes("|") ? "|" : line.includes("	") ? "	" : line.includes(";") ? ";" : line.includes(",") ? "," : "";
		if (sep === "") continue;
		const fields = line.split(sep).map((f) => f.trim().replace(/^["']|["']$/g, ""));
		if (fields.length < 2 || fields.length > 12 || !fields.every((f) => f.length <= 30)) continue;
		const column = fields.findIndex((f) => f !== "" && isAddressField(f));
		if (column === -1) continue;
		let at = header.index + line.length;
		for (let row = 0; row < 50 && at < text.length; row++) {
			const next = text.indexOf("\n", at + 1);
			const rowText = text.slice(at + 1, next === -1 ? text.length : next);
			if (rowText.length > 400 || !rowText.includes(sep)) break;
			at = next === -1 ? text.length : next;
			if (/^[\s|:-]+$/.test(rowText)) continue;
			let field = 0;
			let quoted = false;
			for (let i = 0; i <= rowText.length; i++) {
				if (field === column) {
					let start = i;
					while (start < rowText.length && /[ \t"']/.test(rowText[start])) start++;
					starts.push(at - rowText.length + start);
					break;
				}
				const ch = rowText[i];
				if (ch === "\"") quoted = !quoted;
				else if (ch === sep && !quoted) field++;
			}
		}
		lines.lastIndex = Math.max(lines.lastIndex, at);
	}
	return starts;
}
/**
* A sign-off closing a message, alone on its line with its comma (`Regards,`, `Best regards`, `Cordialement,`,
* `Mit freundlichen Grüßen`), or the `-- ` line that opens a signature: the lines after it are a name, a team and
* often the sender's address.
*/
var SIGN_OFF_WORDS = [
	"(?:best |kind |warm |warmest |many |with )?regards",
	"cheers",
	"thanks",
	"thank you",
	"many thanks",
	"sincerely(?: yours)?",
	"yours(?: sincerely| truly| faithfully)?",
	"best(?: wishes)?",
	"all the best",
	"cordialement",
	"bien (?:à vous|cordialement)",
	"salutations(?: distinguées)?",
	"amicalement",
	"mit freundlichen grüßen",
	"mit freundlichen grüssen",
	"freundliche grüße",
	"viele grüße",
	"beste grüße",
	"liebe grüße",
	"mfg",
	"gruß",
	"grüße",
	"saludos(?: cordiales)?",
	"un saludo",
	"atentamente",
	"cordialmente",
	"atenciosamente",
	"abraços",
	"obrigad[oa]",
	"gracias",
	"cordiali saluti",
	"distinti saluti",
	"saluti",
	"grazie",
	"met vriendelijke groet(?:en)?",
	"vriendelijke groet(?:en)?",
	"groeten",
	"mvg",
	"med vänliga hälsningar",
	"vänliga hälsningar",
	"hälsningar",
	"med venlig hilsen",
	"venlig hilsen",
	"med vennlig hilsen",
	"vennlig hilsen",
	"hilsen",
	"ystävällisin terveisin",
	"terveisin",
	"pozdrawiam(?: serdecznie)?",
	"z poważaniem",
	"s pozdravem",
	"s pozdravom",
	"üdvözlettel",
	"cu stimă",
	"cu respect",
	"srdačan pozdrav",
	"lp",
	"saygılarımla",
	"с уважением",
	"з повагою",
	"best,",
	"tschüss",
	"salut",
	"ciao"
];
var SIGN_OFF = new RegExp(`^(?:${SIGN_OFF_WORDS.join("|")})[ \\t]*[,!.]?$`, "iu");
var SIGN_OFF_LINE = new RegExp(`^[ \\t]*(?:(?:${SIGN_OFF_WORDS.join("|")})[ \\t]*[,!.]?|--[ \\t]?)[ \\t]*\\r?$`, "gimu");
/** A segment that is a sign-off (`Regards`, `Mit freundlichen Grüßen`): never a place of an address. */
function isSignOff(value) {
	return value.length <= 40 && SIGN_OFF.test(value.trim());
}
/**
* Where the signature lines after each sign-off start: the reading may begin at any of the next four lines (a name,
* a title, a team come first); the caller takes the first start holding an address.
*/
function signatureStarts(text) {
	const out = [];
	const re = new RegExp(SIGN_OFF_LINE.source, SIGN_OFF_LINE.flags);
	let m;
	while ((m = re.exec(text)) !== null) {
		const starts = [];
		let at = m.index + m[0].length;
		for (let i = 0; i < 4 && at < text.length && text[at] === "\n"; i++) {
			at++;
			if (/^[ \t]*\r?(?:\n|$)/.test(text.slice(at, at + 20))) break;
			starts.push(at);
			const next = text.indexOf("\n", at);
			if (next === -1 || next - at > 90) break;
			at = next;
		}
		if (starts.length > 0) out.push(starts);
		if (m[0].length === 0) re.lastIndex++;
	}
	return out;
}
/** A word for address standing alone (not `ship to`), which a question after the block may hold. */
var ADDRESS_NOUN = /^[^\s'’]+$/u;
/** …not an IP's, e-mail's or memory's address, nor an address book, bar or space. */
var NOT_POSTAL_BEFORE = /(?<!\p{L})(?:ip|e-?mail|mail|web|mac|url|server|host|memory|wallet|return|proxy|ipv[46]|bitcoin|ethereum)[ -]?$/iu;
var NOT_POSTAL_AFTER = /^[ -]?(?:book|bar|space|field|list|range|pool|family|resolution|translation|sanitizer|line|lookup|format|validation)/i;
/**
* A paragraph the next one points back to as an address (`> Bank Lane\n> Nassau\n\ncan you check this address?`,
* `Rue 12\nDakar\n\nIs this address right?`): `word`, a word for address at `at`, in the first 80 characters of its
* paragraph; the paragraph before (at most four lines, right before the blank line) is returned by its start.
*/
function paragraphPointedAt(text, at, word) {
	if (!ADDRESS_NOUN.test(word) || NOT_POSTAL_BEFORE.test(text.slice(Math.max(0, at - 10), at).trimEnd())) return null;
	if (NOT_POSTAL_AFTER.test(text.slice(at + word.length, at + word.length + 14))) return null;
	return paragraphBefore(text, at);
}
function paragraphBefore(text, addressWord) {
	const from = Math.max(0, addressWord - 82);
	const blank = [...text.slice(from, addressWord).matchAll(/\n[ \t>]*\r?\n/g)].at(-1);
	if (!blank || text.slice(from + blank.index + blank[0].length, addressWord).includes("\n")) return null;
	let start = from + blank.index;
	for (let lines = 0; lines < 5; lines++) {
		if (start === 0) return lines > 0 ? 0 : null;
		const lineStart = text.lastIndexOf("\n", start - 1) + 1;
		if (/^[ \t>]*\r?$/.test(text.slice(lineStart, start))) return lines > 0 ? start + 1 : null;
		start = lineStart === 0 ? 0 : lineStart - 1;
		if (lineStart === 0) return 0;
	}
	return null;
}
/** Quote marks of a reply (`> `, `>> `) before a line's text: skipped as indentation is. */
function quotePrefixEnd(text, from, to) {
	let at = from;
	const before = text.slice(Math.max(0, at - 20), at);
	if (!(at <= 20 ? /(?:^|\n)[ \t>]*$/ : /\n[ \t>]*$/).test(before)) return at;
	while (at < to && /[ \t>]/.test(text[at])) at++;
	return at;
}
/** The frames of a text: labels, business places, table cells, signatures, paragraphs the word for address points back to. */
function frameIntros(text, addressWords) {
	return [
		...[...text.matchAll(new RegExp(FRAME_LABEL.source, FRAME_LABEL.flags))].map((m) => ({
			index: m.index,
			intro: m[0],
			frame: true
		})),
		...[...text.matchAll(new RegExp(PLACE_LABEL.source, PLACE_LABEL.flags))].filter((m) => /[\p{Lu}\p{Nd}]/u.test(text[m.index + m[0].length] ?? "")).map((m) => ({
			index: m.index,
			intro: m[0],
			frame: true,
			starts: [m.index + m[0].length]
		})),
		...addressColumnCells(text).map((index) => ({
			index,
			intro: "",
			frame: true,
			starts: [index],
			cell: true
		})),
		...signatureStarts(text).map((starts) => ({
			index: starts[0],
			intro: "",
			frame: true,
			starts,
			signature: true
		})),
		...addressWords.flatMap((m) => {
			const start = paragraphPointedAt(text, m.index, m[0]);
			return start === null ? [] : [{
				index: start,
				intro: "",
				frame: true
			}];
		})
	];
}
// src/core/redaction/rules/address-table-cells.ts
/** Header cells of a postcode column, in the languages of the address words. */
var POSTCODE_FIELD = /(?:^|[_ -])(?:zip(?:[_ -]?code)?|post(?:al)?[_ -]?code|postcode|postleitzahl|plz|npa|code[_ -]?postal|cp|cap|cep|pin(?:[_ -]?code)?|postnummer|postnr|postinumero|irsz|ir[aá]ny[ií]t[oó]sz[aá]m|ps[čc]|kod(?:[_ -]?pocztowy)?|c[oó]digo[_ -]?postal|postcodes?|eircode|индекс|почтовый[_ -]индекс)$/iu;
var MAX_ROWS = 50;
var MAX_LINE$1 = 400;
function lineBounds(text, at) {
	const start = text.lastIndexOf("\n", at - 1) + 1;
	const next = text.indexOf("\n", at);
	return {
		start,
		end: next === -1 ? text.length : next
	};
}
/** The cells of a row split at `sep` outside double quotes, each with where it starts in the line. */
function cells$1(line, sep) {
	const out = [];
	let quoted = false;
	let start = 0;
	for (let i = 0; i <= line.length; i++) {
		const ch = line[i];
		if (ch === "\"") quoted = !quoted;
		else if (i === line.length || ch === sep && !quoted) {
			out.push({
				value: line.slice(start, i),
				start
			});
			start = i + 1;
		}
	}
	return out;
}
var clean = (cell) => cell.trim().replace(/^["']|["']$/g, "").trim();
/** A header cell is a label: letters first, no more than 30 characters, a digit only closing it (`address2`). */
var isLabel = (cell) => /^[\p{L}_#][\p{L}\p{M}_ .#/()-]{0,28}\p{Nd}?$/u.test(clean(cell));
/**
* The header cell over the cell holding `at`, when `at`'s line is a row of a delimited table with a header row
* above it holding as many cells; otherwise null.
*/
function headerCellOver(text, at) {
	const row = lineBounds(text, at);
	const rowText = text.slice(row.start, row.end);
	if (rowText.length > MAX_LINE$1) return null;
	const sep = rowText.includes("|") ? "|" : rowText.includes("	") ? "	" : rowText.includes(";") ? ";" : rowText.includes(",") ? "," : "";
	if (sep === "" || row.start === 0) return null;
	let top = row.start;
	for (let n = 0; n < MAX_ROWS && top > 0; n++) {
		const above = lineBounds(text, top - 1);
		const line = text.slice(above.start, above.end);
		if (line.length > MAX_LINE$1 || !line.includes(sep)) break;
		top = above.start;
	}
	if (top === row.start) return null;
	const header = cells$1(text.slice(top, lineBounds(text, top).end), sep);
	const rowCells = cells$1(rowText, sep);
	if (header.length < 2 || header.length !== rowCells.length || !header.every((c) => clean(c.value) === "" || isLabel(c.value))) return null;
	const offset = at - row.start;
	const column = rowCells.findIndex((c, i) => offset >= c.start && (i + 1 === rowCells.length || offset < rowCells[i + 1].start));
	return column === -1 ? null : clean(header[column].value);
}
/**
* True when the number at `start`..`end` fills its table cell alone under a header that names neither an address
* nor a postcode (`id`, `amount`, `qty`, `Kundennr`): a table's value, not a postcode.
*/
function isOtherColumnNumber(text, start, end) {
	let open = start;
	while (open > 0 && start - open < 3 && /[ \t"']/.test(text[open - 1])) open--;
	if (open > 0 && !/[\n,;|\t]/.test(text[open - 1])) return false;
	if (!/^[ \t"']{0,3}(?:$|[\r\n,;|\t])/.test(text.slice(end, end + 4))) return false;
	const header = headerCellOver(text, start);
	return header !== null && header !== "" && !isAddressField(header) && !POSTCODE_FIELD.test(header);
}
/**
* True when the word at `start`..`end` is a whole cell of a table's header row (`id,customer,address`, `| Kunde |
* Adresse |`): it names the column, whose cells the frames read (address-frames.ts); it introduces no address on
* the line after it, which is the first row's id and name.
*/
function isHeaderCellWord(text, start, end) {
	const line = lineBounds(text, start);
	const lineText = text.slice(line.start, line.end);
	if (lineText.length > MAX_LINE$1 || line.end >= text.length) return false;
	const sep = lineText.includes("|") ? "|" : lineText.includes("	") ? "	" : lineText.includes(";") ? ";" : lineText.includes(",") ? "," : "";
	if (sep === "") return false;
	const header = cells$1(lineText, sep);
	const own = header.find((c) => clean(c.value) !== "" && line.start + c.start <= start && end <= line.start + c.start + c.value.length);
	if (!own || clean(own.value).length > end - start + 12 || header.length < 2 || !header.every((c) => clean(c.value) === "" || isLabel(c.value))) return false;
	const next = lineBounds(text, line.end + 1);
	return cells$1(text.slice(next.start, next.end), sep).length === header.length;
}
// src/core/redaction/rules/address-blocks.ts
/** Address ranges in one region of text. */
function* blocksIn(text, from, to) {
	const segs = [...segments$1(text, from, to)];
	const numbered = segs.map((seg) => NUMBERED.test(text.slice(seg.start, seg.end)));
	let lastNumbered = -10;
	for (let i = 0; i < segs.length; i++) {
		if (numbered[i]) lastNumbered = i;
		if (numbered[i] || i - lastNumbered <= 3 || numbered[i + 1]) classify$1(text, segs[i]);
	}
	for (let i = 0; i < segs.length; i++) {
		const first = segs[i];
		let startAt;
		let strong = false;
		let last = i;
		const next = segs[i + 1];
		if (first.streetName && next?.house && !next.cut && !tableValue(text, next)) {
			startAt = first.streetName.from;
			strong = first.streetName.strong;
			last = i + 1;
		} else if (!first.street && first.poBox === void 0 && (first.house || first.houseTail !== void 0) && !tableValue(text, first) && next?.streetName && (next.streetName.strong || first.houseWord && next.streetName.typed) && !next.cut && !next.newline) {
			startAt = first.house ? first.start : first.houseTail;
			strong = true;
			last = i + 1;
		} else if (first.streetName?.strong && next?.postal && next.postal.from === next.start && !next.cut && !first.street) {
			startAt = first.streetName.from;
			strong = true;
		} else if (first.street) {
			startAt = first.street.from;
			strong = first.street.strong;
		} else if (first.poBox !== void 0) startAt = first.poBox;
		else continue;
		let end = segs[last].end;
		let postal = false;
		let townLines = 0;
		for (let j = last + 1; j < segs.length && j <= last + 4; j++) {
			const seg = segs[j];
			if (seg.cut) break;
			if (seg.postal && (seg.postal.from === seg.start || !seg.town) && (!seg.postal.afterTownOnly || j > last + 1)) {
				postal = true;
				end = seg.postal.to;
				const after = segs[j + 1];
				if (after?.town && !after.newline && !after.cut) end = after.end;
				break;
			}
			if (!seg.town && !UNIT_SEGMENT.test(text.slice(seg.start, seg.end))) break;
			if (seg.newline) townLines++;
		}
		const numberFirst = /^\d/.test(text.slice(startAt, startAt + 1));
		if (!postal && !strong && !(townLines >= 2 && numberFirst)) continue;
		if (!postal) {
			const run = segs.slice(last + 1, last + 3);
			const sameLineTowns = strong && run.length > 0 && run.every((seg) => seg.town && !seg.cut) && lineEndsAt(text, run[run.length - 1].end);
			const townLine = (k) => segs[k].town && !segs[k].cut && (segs[k].newline || sameLineTowns && k <= last + 2);
			for (let k = last + 1; k < segs.length && k <= last + 3 && townLine(k); k++) end = segs[k].end;
		}
		yield {
			start: startAt,
			end: Math.max(end, segs[last].end) === end ? end : segs[last].end
		};
		while (i + 1 < segs.length && segs[i + 1].start < end) i++;
	}
}
/** Round 16: a number filling a table cell under an `id` or `total` header (address-table-cells.ts) is no house number. */
function tableValue(text, seg) {
	const value = text.slice(seg.start, seg.end);
	const start = seg.start + value.search(/\S|$/);
	return /^\s*\p{Nd}+\s*$/u.test(value) && isOtherColumnNumber(text, start, start + value.trim().length);
}
/** Whether only sentence punctuation, a closing quote or bracket, or nothing stands between `at` and the line end. */
function lineEndsAt(text, at) {
	return /^[ \t.!?"'`)\];]{0,5}(?:\r?\n|$)/.test(text.slice(at, at + 7));
}
/** Address blocks anywhere in the text, one paragraph at a time so each segment list stays small. */
function* findAddressBlocks(text) {
	let from = 0;
	while (from < text.length) {
		let to = text.indexOf("\n\n", from);
		if (to === -1) to = text.length;
		while (to - from > 4096) {
			const cutAt = text.slice(from, from + 4096).lastIndexOf("\n");
			const stop = cutAt > 0 ? from + cutAt : from + 4096;
			if (NUMBERED.test(text.slice(from, stop))) yield* blocksIn(text, from, stop);
			from = stop + 1;
		}
		if (NUMBERED.test(text.slice(from, to))) yield* blocksIn(text, from, to);
		from = to + 2;
	}
}
// src/core/redaction/rules/address-countries-data.ts
var ADDRESS_COUNTRIES = {
	AC: [
		"ASCN 1ZZ",
		"",
		"A|C|Z",
		"",
		""
	],
	AD: [
		"AD[1-7]0\\d",
		"",
		"A|ZC",
		"Andorra la Vella~Canillo~Encamp~Escaldes-Engordany~La Massana~Ordino~Parròquia d'Andorra la Vella~Sant Julià de Lòria",
		"ca"
	],
	AE: [
		"",
		"",
		"A|S",
		"Abu Dhabi~Ajman~Dubai~Fujairah~Ras al Khaimah~Sharjah~Umm Al Quwain~أبو ظبي~إمارة الشارقةّ~إمارة دبيّ~إمارة رأس الخيمة~الشارقة~الفجيرة~ام القيوين~دبي~رأس الخيمة~عجمان",
		"ar"
	],
	AF: [
		"\\d{4}",
		"",
		"A|C|Z",
		"",
		""
	],
	AG: [
		"",
		"",
		"A|C",
		"",
		""
	],
	AI: [
		"(?:AI-)?2640",
		"",
		"A|C|Z",
		"",
		""
	],
	AL: [
		"\\d{4}",
		"",
		"A|Z|C",
		"",
		""
	],
	AM: [
		"(?:37)?\\d{4}",
		"",
		"A|Z|C|S",
		"Aragatsotn~Ararat~Armavir~Gegharkunik~Kotayk~Lori~Shirak~Syunik~Tavush~Vayots Dzor~Yerevan~Արագածոտն~Արարատ~Արմավիր~Գեղարքունիք~Երևան~Լոռի~Կոտայք~Շիրակ~Սյունիք~Վայոց ձոր~Տավուշ",
		"hy"
	],
	AO: [
		"",
		"",
		"A|C",
		"",
		""
	],
	AQ: [
		"",
		"",
		"A|C",
		"",
		""
	],
	AR: [
		"((?:[A-HJ-NP-Z])?\\d{4})([A-Z]{3})?",
		"",
		"A|ZC|S",
		"Buenos Aires~Catamarca~Chaco~Chubut~Ciudad Autónoma de Buenos Aires~Corrientes~Córdoba~Entre Ríos~Formosa~Jujuy~La Pampa~La Rioja~Mendoza~Misiones~Neuquén~Río Negro~Salta~San Juan~San Luis~Santa Cruz~Santa Fe~Santiago del Estero~Tierra del Fuego~Tucumán",
		"es"
	],
	AS: [
		"(96799)(?:[ \\-](\\d{4}))?",
		"",
		"A|CSZ",
		"",
		""
	],
	AT: [
		"\\d{4}",
		"",
		"A|ZC",
		"",
		""
	],
	AU: [
		"\\d{4}",
		"",
		"A|CSZ",
		"ACT~Australian Capital Territory~NSW~New South Wales~Northern Territory~QLD~Queensland~South Australia~TAS~Tasmania~VIC~Victoria~Western Australia",
		"en"
	],
	AW: [
		"",
		"",
		"A|C",
		"",
		""
	],
	AX: [
		"22\\d{3}",
		"AX-",
		"A|ZC",
		"",
		""
	],
	AZ: [
		"\\d{4}",
		"AZ ",
		"A|ZC",
		"",
		""
	],
	BA: [
		"\\d{5}",
		"",
		"A|ZC",
		"",
		""
	],
	BB: [
		"BB\\d{5}",
		"",
		"A|CSZ",
		"",
		""
	],
	BD: [
		"\\d{4}",
		"",
		"A|CZ",
		"",
		""
	],
	BE: [
		"\\d{4}",
		"",
		"A|ZC",
		"",
		""
	],
	BF: [
		"",
		"",
		"A|C",
		"",
		""
	],
	BG: [
		"\\d{4}",
		"",
		"A|ZC",
		"",
		""
	],
	BH: [
		"(?:\\d|1[0-2])\\d{2}",
		"",
		"A|CZ",
		"",
		""
	],
	BI: [
		"",
		"",
		"A|C",
		"",
		""
	],
	BJ: [
		"",
		"",
		"A|C",
		"",
		""
	],
	BL: [
		"9[78][01]\\d{2}",
		"",
		"A|ZC",
		"",
		""
	],
	BM: [
		"[A-Z]{2} ?[A-Z0-9]{2}",
		"",
		"A|CZ",
		"",
		""
	],
	BN: [
		"[A-Z]{2} ?\\d{4}",
		"",
		"A|CZ",
		"",
		""
	],
	BO: [
		"",
		"",
		"A|C",
		"",
		""
	],
	BQ: [
		"",
		"",
		"A|C",
		"",
		""
	],
	BR: [
		"\\d{5}-?\\d{3}",
		"",
		"A|D|CS|Z",
		"Acre~Alagoas~Amapá~Amazonas~Bahia~Ceará~Distrito Federal~Espírito Santo~Goiás~Maranhão~Mato Grosso~Mato Grosso do Sul~Minas Gerais~Paraná~Paraíba~Pará~Pernambuco~Piauí~Rio Grande do Norte~Rio Grande do Sul~Rio de Janeiro~Rondônia~Roraima~Santa Catarina~Sergipe~São Paulo~Tocantins",
		"pt"
	],
	BS: [
		"",
		"",
		"A|CS",
		"Abaco~Abaco Islands~Acklins~Andros~Andros Island~Berry Islands~Bimini~Cat Island~Crooked Island~Eleuthera~Exuma~Exuma and Cays~Grand Bahama~Harbour Island~Inagua~Long Island~Mayaguana~New Providence~Ragged Island~Rum Cay~San Salvador~Spanish Wells",
		"en"
	],
	BT: [
		"\\d{5}",
		"",
		"A|CZ",
		"",
		""
	],
	BV: [
		"",
		"",
		"A|C",
		"",
		""
	],
	BW: [
		"",
		"",
		"A|C",
		"",
		""
	],
	BY: [
		"\\d{6}",
		"",
		"S|ZC|A",
		"",
		""
	],
	BZ: [
		"",
		"",
		"A|C",
		"",
		""
	],
	CA: [
		"[ABCEGHJKLMNPRSTVXY]\\d[ABCEGHJ-NPRSTV-Z] ?\\d[ABCEGHJ-NPRSTV-Z]\\d",
		"",
		"A|CSZ",
		"Alberta~British Columbia~Manitoba~New Brunswick~Newfoundland and Labrador~Northwest Territories~Nova Scotia~Nunavut~Ontario~Prince Edward Island~Quebec~Saskatchewan~Yukon",
		"en~fr"
	],
	CC: [
		"6799",
		"",
		"A|CSZ",
		"",
		""
	],
	CD: [
		"",
		"",
		"A|C",
		"",
		""
	],
	CF: [
		"",
		"",
		"A|C",
		"",
		""
	],
	CG: [
		"",
		"",
		"A|C",
		"",
		""
	],
	CH: [
		"\\d{4}",
		"CH-",
		"A|ZC",
		"",
		""
	],
	CI: [
		"",
		"",
		"AC",
		"",
		""
	],
	CK: [
		"",
		"",
		"A|C",
		"",
		""
	],
	CL: [
		"\\d{7}",
		"",
		"A|ZC|S",
		"Antofagasta~Araucanía~Arica y Parinacota~Atacama~Aysén~Aysén del General Carlos Ibáñez del Campo~Biobío~Coquimbo~Libertador General Bernardo O'Higgins~Los Lagos~Los Ríos~Magallanes~Magallanes y de la Antártica Chilena~Maule~Metropolitana de Santiago~O'Higgins~Región Metropolitana~Tarapacá~Valparaíso",
		"es"
	],
	CM: [
		"",
		"",
		"A|C",
		"",
		""
	],
	CN: [
		"\\d{6}",
		"",
		"Z|SCD|A",
		"Anhui Sheng~Beijing Shi~Chongqing Shi~Fujian Sheng~Gansu Sheng~Guangdong Sheng~Guangxi Zhuangzuzizhiqu~Guizhou Sheng~Hainan Sheng~Hebei Sheng~Heilongjiang Sheng~Henan Sheng~Hong Kong~Hubei Sheng~Hunan Sheng~Jiangsu Sheng~Jiangxi Sheng~Jilin Sheng~Liaoning Sheng~Macau~Neimenggu Zizhiqu~Ningxia Huizuzizhiqu~Qinghai Sheng~Shaanxi Sheng~Shandong Sheng~Shanghai Shi~Shanxi Sheng~Sichuan Sheng~Taiwan~Tianjin Shi~Xinjiang Weiwuerzizhiqu~Xizang Zizhiqu~Yunnan Sheng~Zhejiang Sheng~上海市~云南省~内蒙古~内蒙古自治区~北京市~台湾~吉林省~四川省~天津市~宁夏~宁夏回族自治区~安徽省~山东省~山西省~广东省~广西~广西壮族自治区~新疆~新疆维吾尔自治区~江苏省~江西省~河北省~河南省~浙江省~海南省~湖北省~湖南省~澳门~甘肃省~福建省~西藏~西藏自治区~贵州省~辽宁省~重庆市~陕西省~青海省~香港~黑龙江省",
		"zh"
	],
	CO: [
		"\\d{6}",
		"",
		"A|CSZ",
		"",
		""
	],
	CR: [
		"\\d{4,5}|\\d{3}-\\d{4}",
		"",
		"A|SC|Z",
		"",
		""
	],
	CU: [
		"\\d{5}",
		"",
		"A|CS|Z",
		"Artemisa~Camagüey~Ciego de Ávila~Cienfuegos~Granma~Guantánamo~Holguín~Isla de la Juventud~La Habana~Las Tunas~Matanzas~Mayabeque~Pinar del Río~Sancti Spíritus~Santiago de Cuba~Villa Clara",
		"es"
	],
	CV: [
		"\\d{4}",
		"",
		"A|ZC|S",
		"Boa Vista~Brava~Fogo~Maio~Sal~Santiago~Santo Antão~São Nicolau~São Vicente",
		"pt"
	],
	CW: [
		"",
		"",
		"A|C",
		"",
		""
	],
	CX: [
		"6798",
		"",
		"A|CSZ",
		"",
		""
	],
	CY: [
		"\\d{4}",
		"",
		"A|ZC",
		"",
		""
	],
	CZ: [
		"\\d{3} ?\\d{2}",
		"",
		"A|ZC",
		"",
		""
	],
	DE: [
		"\\d{5}",
		"",
		"A|ZC",
		"",
		""
	],
	DJ: [
		"",
		"",
		"A|C",
		"",
		""
	],
	DK: [
		"\\d{4}",
		"",
		"A|ZC",
		"",
		""
	],
	DM: [
		"",
		"",
		"A|C",
		"",
		""
	],
	DO: [
		"\\d{5}",
		"",
		"A|ZC",
		"",
		""
	],
	DZ: [
		"\\d{5}",
		"",
		"A|ZC",
		"",
		""
	],
	EC: [
		"\\d{6}",
		"",
		"A|Z|C",
		"",
		""
	],
	EE: [
		"\\d{5}",
		"",
		"A|ZC",
		"",
		""
	],
	EG: [
		"\\d{5}",
		"",
		"A|C|S|Z",
		"Alexandria Governorate~Ash Sharqia Governorate~Aswan Governorate~Asyut Governorate~Beni Suef Governorate~Cairo Governorate~Dakahlia Governorate~Damietta Governorate~El Beheira Governorate~Faiyum Governorate~Gharbia Governorate~Giza Governorate~Ismailia Governorate~Kafr El Sheikh Governorate~Luxor Governorate~Matrouh Governorate~Menia Governorate~Menofia Governorate~New Valley Governorate~North Sinai Governorate~Port Said Governorate~Qalyubia Governorate~Qena Governorate~Red Sea Governorate~Sohag Governorate~South Sinai Governorate~Suez Governorate~أسوان~أسيوط~الأقصر~الإسكندرية~الإسماعيلية~البحر الأحمر~البحيرة~الجيزة~الدقهلية~السويس~الشرقية~الغربية~الفيوم~القاهرة~القليوبية~المنوفية~المنيا~الوادي الجديد~بني سويف~بورسعيد~جنوب سيناء~دمياط~سوهاج~شمال سيناء~قنا~كفر الشيخ~مطروح",
		"ar"
	],
	EH: [
		"\\d{5}",
		"",
		"A|ZC",
		"",
		""
	],
	ER: [
		"",
		"",
		"A|C",
		"",
		""
	],
	ES: [
		"\\d{5}",
		"",
		"A|ZCS",
		"Albacete~Alicante~Almería~Asturias~Badajoz~Barcelona~Burgos~Cantabria~Castellón~Ceuta~Ciudad Real~Cuenca~Cáceres~Cádiz~Córdoba~Girona~Granada~Guadalajara~Guipúzcoa~Huelva~Huesca~Islas Baleares~Jaén~La Coruña~La Rioja~Las Palmas~León~Lugo~Lérida~Madrid~Melilla~Murcia~Málaga~Navarra~Ourense~Palencia~Pontevedra~Salamanca~Santa Cruz de Tenerife~Segovia~Sevilla~Soria~Tarragona~Teruel~Toledo~Valencia~Valladolid~Vizcaya~Zamora~Zaragoza~Álava~Ávila",
		"es~ca~gl~eu"
	],
	ET: [
		"\\d{4}",
		"",
		"A|ZC",
		"",
		""
	],
	FI: [
		"\\d{5}",
		"FI-",
		"A|ZC",
		"",
		""
	],
	FJ: [
		"",
		"",
		"A|C",
		"",
		""
	],
	FK: [
		"FIQQ 1ZZ",
		"",
		"A|C|Z",
		"",
		""
	],
	FM: [
		"(9694[1-4])(?:[ \\-](\\d{4}))?",
		"",
		"A|CSZ",
		"",
		""
	],
	FO: [
		"\\d{3}",
		"FO",
		"A|ZC",
		"",
		""
	],
	FR: [
		"\\d{2} ?\\d{3}",
		"",
		"A|ZC",
		"",
		""
	],
	GA: [
		"",
		"",
		"A|C",
		"",
		""
	],
	GB: [
		"GIR ?0AA|(?:(?:AB|AL|B|BA|BB|BD|BF|BH|BL|BN|BR|BS|BT|BX|CA|CB|CF|CH|CM|CO|CR|CT|CV|CW|DA|DD|DE|DG|DH|DL|DN|DT|DY|E|EC|EH|EN|EX|FK|FY|G|GL|GY|GU|HA|HD|HG|HP|HR|HS|HU|HX|IG|IM|IP|IV|JE|KA|KT|KW|KY|L|LA|LD|LE|LL|LN|LS|LU|M|ME|MK|ML|N|NE|NG|NN|NP|NR|NW|OL|OX|PA|PE|PH|PL|PO|PR|RG|RH|RM|S|SA|SE|SG|SK|SL|SM|SN|SO|SP|SR|SS|ST|SW|SY|TA|TD|TF|TN|TQ|TR|TS|TW|UB|W|WA|WC|WD|WF|WN|WR|WS|WV|YO|ZE)(?:\\d[\\dA-Z]? ?\\d[ABD-HJLN-UW-Z]{2}))|BFPO ?\\d{1,4}",
		"",
		"A|C|Z",
		"",
		""
	],
	GD: [
		"",
		"",
		"A|C",
		"",
		""
	],
	GE: [
		"\\d{4}",
		"",
		"A|ZC",
		"",
		""
	],
	GF: [
		"9[78]3\\d{2}",
		"",
		"A|ZC",
		"",
		""
	],
	GG: [
		"GY\\d[\\dA-Z]? ?\\d[ABD-HJLN-UW-Z]{2}",
		"",
		"A|C|Z",
		"",
		""
	],
	GH: [
		"",
		"",
		"A|C",
		"",
		""
	],
	GI: [
		"GX11 1AA",
		"",
		"A|Z",
		"",
		""
	],
	GL: [
		"39\\d{2}",
		"",
		"A|ZC",
		"",
		""
	],
	GM: [
		"",
		"",
		"A|C",
		"",
		""
	],
	GN: [
		"\\d{3}",
		"",
		"ZAC",
		"",
		""
	],
	GP: [
		"9[78][01]\\d{2}",
		"",
		"A|ZC",
		"",
		""
	],
	GQ: [
		"",
		"",
		"A|C",
		"",
		""
	],
	GR: [
		"\\d{3} ?\\d{2}",
		"",
		"A|ZC",
		"",
		""
	],
	GS: [
		"SIQQ 1ZZ",
		"",
		"A|C|Z",
		"",
		""
	],
	GT: [
		"\\d{5}",
		"",
		"A|ZC",
		"",
		""
	],
	GU: [
		"(969(?:[12]\\d|3[12]))(?:[ \\-](\\d{4}))?",
		"",
		"A|CZ",
		"",
		""
	],
	GW: [
		"\\d{4}",
		"",
		"A|ZC",
		"",
		""
	],
	GY: [
		"",
		"",
		"A|C",
		"",
		""
	],
	HK: [
		"",
		"",
		"S|C|A",
		"Hong Kong Island~Kowloon~New Territories~九龍~新界~香港島",
		"zh-Hant~en"
	],
	HM: [
		"\\d{4}",
		"",
		"A|CSZ",
		"",
		""
	],
	HN: [
		"\\d{5}",
		"",
		"A|CS|Z",
		"",
		""
	],
	HR: [
		"\\d{5}",
		"HR-",
		"A|ZC",
		"",
		""
	],
	HT: [
		"\\d{4}",
		"HT",
		"A|ZC",
		"",
		""
	],
	HU: [
		"\\d{4}",
		"",
		"C|A|Z",
		"",
		""
	],
	ID: [
		"\\d{5}",
		"",
		"A|C|SZ",
		"Aceh~Bali~Banten~Bengkulu~DKI Jakarta~Daerah Istimewa Yogyakarta~Gorontalo~Jambi~Jawa Barat~Jawa Tengah~Jawa Timur~Kalimantan Barat~Kalimantan Selatan~Kalimantan Tengah~Kalimantan Timur~Kalimantan Utara~Kepulauan Bangka Belitung~Kepulauan Riau~Lampung~Maluku~Maluku Utara~Nusa Tenggara Barat~Nusa Tenggara Timur~Papua~Papua Barat~Riau~Sulawesi Barat~Sulawesi Selatan~Sulawesi Tengah~Sulawesi Tenggara~Sulawesi Utara~Sumatera Barat~Sumatera Selatan~Sumatera Utara",
		"id"
	],
	IE: [
		"[\\dA-Z]{3} ?[\\dA-Z]{4}",
		"",
		"A|D|C|SZ",
		"Co. Carlow~Co. Cavan~Co. Clare~Co. Cork~Co. Donegal~Co. Dublin~Co. Galway~Co. Kerry~Co. Kildare~Co. Kilkenny~Co. Laois~Co. Leitrim~Co. Limerick~Co. Longford~Co. Louth~Co. Mayo~Co. Meath~Co. Monaghan~Co. Offaly~Co. Roscommon~Co. Sligo~Co. Tipperary~Co. Waterford~Co. Westmeath~Co. Wexford~Co. Wicklow",
		"en"
	],
	IL: [
		"\\d{5}(?:\\d{2})?",
		"",
		"A|CZ",
		"",
		""
	],
	IM: [
		"IM\\d[\\dA-Z]? ?\\d[ABD-HJLN-UW-Z]{2}",
		"",
		"A|C|Z",
		"",
		""
	],
	IN: [
		"\\d{6}",
		"",
		"A|CZ|S",
		"Andaman & Nicobar~Andaman and Nicobar Islands~Andhra Pradesh~Arunachal Pradesh~Assam~Bihar~Chandigarh~Chhattisgarh~Dadra & Nagar Haveli~Dadra and Nagar Haveli~Daman & Diu~Daman and Diu~Delhi~Goa~Gujarat~Haryana~Himachal Pradesh~Jammu & Kashmir~Jammu and Kashmir~Jharkhand~Karnataka~Kerala~Lakshadweep~Madhya Pradesh~Maharashtra~Manipur~Meghalaya~Mizoram~Nagaland~Odisha~Puducherry~Punjab~Rajasthan~Sikkim~Tamil Nadu~Telangana~Tripura~Uttar Pradesh~Uttarakhand~West Bengal",
		"en~hi"
	],
	IO: [
		"BBND 1ZZ",
		"",
		"A|C|Z",
		"",
		""
	],
	IQ: [
		"\\d{5}",
		"",
		"A|CS|Z",
		"",
		""
	],
	IR: [
		"\\d{5}-?\\d{5}",
		"",
		"S|CD|A|Z",
		"Alborz Province~Ardabil Province~Bushehr Province~Chaharmahal and Bakhtiari Province~East Azerbaijan Province~Fars Province~Gilan Province~Golestan Province~Hamadan Province~Hormozgan Province~Ilam Province~Isfahan Province~Kerman Province~Kermanshah Province~Khuzestan Province~Kohgiluyeh and Boyer-Ahmad Province~Kurdistan Province~Lorestan Province~Markazi Province~Mazandaran Province~North Khorasan Province~Qazvin Province~Qom Province~Razavi Khorasan Province~Semnan Province~Sistan and Baluchestan Province~South Khorasan Province~Tehran Province~West Azerbaijan Province~Yazd Province~Zanjan Province~استان آذربایجان شرقی~استان آذربایجان غربی~استان اردبیل~استان اصفهان~استان البرز~استان ایلام~استان بوشهر~استان تهران~استان خراسان جنوبی~استان خراسان رضوی~استان خراسان شمالی~استان خوزستان~استان زنجان~استان سمنان~استان سیستان و بلوچستان~استان فارس~استان قزوین~استان قم~استان لرستان~استان مازندران~استان مرکزی~استان هرمزگان~استان همدان~استان چهارمحال و بختیاری~استان کردستان~استان کرمان~استان کرمانشاه~استان کهگیلویه و بویراحمد~استان گلستان~استان گیلان~استان یزد",
		"fa"
	],
	IS: [
		"\\d{3}",
		"",
		"A|ZC",
		"",
		""
	],
	IT: [
		"\\d{5}",
		"",
		"A|ZCS",
		"Agrigento~Alessandria~Ancona~Aosta~Arezzo~Ascoli Piceno~Asti~Avellino~Bari~Barletta-Andria-Trani~Belluno~Benevento~Bergamo~Biella~Bologna~Bolzano~Brescia~Brindisi~Cagliari~Caltanissetta~Campobasso~Carbonia-Iglesias~Caserta~Catania~Catanzaro~Chieti~Como~Cosenza~Cremona~Crotone~Cuneo~Enna~Fermo~Ferrara~Firenze~Foggia~Forlì-Cesena~Frosinone~Genova~Gorizia~Grosseto~Imperia~Isernia~L'Aquila~La Spezia~Latina~Lecce~Lecco~Livorno~Lodi~Lucca~Macerata~Mantova~Massa-Carrara~Matera~Medio Campidano~Messina~Milano~Modena~Monza e Brianza~Napoli~Novara~Nuoro~Ogliastra~Olbia-Tempio~Oristano~Padova~Palermo~Parma~Pavia~Perugia~Pesaro e Urbino~Pescara~Piacenza~Pisa~Pistoia~Pordenone~Potenza~Prato~Ragusa~Ravenna~Reggio Calabria~Reggio Emilia~Rieti~Rimini~Roma~Rovigo~Salerno~Sassari~Savona~Siena~Siracusa~Sondrio~Taranto~Teramo~Terni~Torino~Trapani~Trento~Treviso~Trieste~Udine~Varese~Venezia~Verbano-Cusio-Ossola~Vercelli~Verona~Vibo Valentia~Vicenza~Viterbo",
		"it"
	],
	JE: [
		"JE\\d[\\dA-Z]? ?\\d[ABD-HJLN-UW-Z]{2}",
		"",
		"A|C|Z",
		"",
		""
	],
	JM: [
		"",
		"",
		"A|C|S",
		"Clarendon~Hanover~Kingston~Manchester~Portland~St. Andrew~St. Ann~St. Catherine~St. Elizabeth~St. James~St. Mary~St. Thomas~Trelawny~Westmoreland",
		"en"
	],
	JO: [
		"\\d{5}",
		"",
		"A|CZ",
		"",
		""
	],
	JP: [
		"\\d{3}-?\\d{4}",
		"",
		"Z|S|A",
		"Aichi~Akita~Aomori~Chiba~Ehime~Fukui~Fukuoka~Fukushima~Gifu~Gunma~Hiroshima~Hokkaido~Hyogo~Ibaraki~Ishikawa~Iwate~Kagawa~Kagoshima~Kanagawa~Kochi~Kumamoto~Kyoto~Mie~Miyagi~Miyazaki~Nagano~Nagasaki~Nara~Niigata~Oita~Okayama~Okinawa~Osaka~Saga~Saitama~Shiga~Shimane~Shizuoka~Tochigi~Tokushima~Tokyo~Tottori~Toyama~Wakayama~Yamagata~Yamaguchi~Yamanashi~三重県~京都府~佐賀県~兵庫県~北海道~千葉県~和歌山県~埼玉県~大分県~大阪府~奈良県~宮城県~宮崎県~富山県~山口県~山形県~山梨県~岐阜県~岡山県~岩手県~島根県~広島県~徳島県~愛媛県~愛知県~新潟県~東京都~栃木県~沖縄県~滋賀県~熊本県~石川県~神奈川県~福井県~福岡県~福島県~秋田県~群馬県~茨城県~長崎県~長野県~青森県~静岡県~香川県~高知県~鳥取県~鹿児島県",
		"ja"
	],
	KE: [
		"\\d{5}",
		"",
		"A|C|Z",
		"",
		""
	],
	KG: [
		"\\d{6}",
		"",
		"A|ZC",
		"",
		""
	],
	KH: [
		"\\d{5}",
		"",
		"A|CZ",
		"",
		""
	],
	KI: [
		"",
		"",
		"A|S|C",
		"",
		""
	],
	KM: [
		"",
		"",
		"A|C",
		"",
		""
	],
	KN: [
		"",
		"",
		"A|CS",
		"Nevis~St. Kitts",
		"en"
	],
	KP: [
		"",
		"",
		"Z|S|C|A",
		"Chagang~Kangwon~North Hamgyong~North Hwanghae~North Pyongan~Pyongyang~Rason~Ryanggang~South Hamgyong~South Hwanghae~South Pyongan~강원도~라선 특별시~량강도~자강도~평안 남도~평안 북도~평양 직할시~함경 남도~함경 북도~황해남도~황해북도",
		"ko"
	],
	KR: [
		"\\d{5}",
		"",
		"SCD|A|Z",
		"Busan~Chungcheongbuk-do~Chungcheongnam-do~Daegu~Daejeon~Gangwon-do~Gwangju~Gyeonggi-do~Gyeongsangbuk-do~Gyeongsangnam-do~Incheon~Jeju-do~Jeollabuk-do~Jeollanam-do~Sejong~Seoul~Ulsan~강원~강원도~경기~경기도~경남~경북~경상남도~경상북도~광주~광주광역시~대구~대구광역시~대전~대전광역시~부산~부산광역시~서울~서울특별시~세종~세종특별자치시~울산~울산광역시~인천~인천광역시~전남~전라남도~전라북도~전북~제주~제주특별자치도~충남~충북~충청남도~충청북도",
		"ko"
	],
	KW: [
		"\\d{5}",
		"",
		"A|ZC",
		"",
		""
	],
	KY: [
		"KY\\d-\\d{4}",
		"",
		"A|SZ",
		"Cayman Brac~Grand Cayman~Little Cayman",
		"en"
	],
	KZ: [
		"\\d{6}",
		"",
		"Z|S|C|A",
		"",
		""
	],
	LA: [
		"\\d{5}",
		"",
		"A|ZC",
		"",
		""
	],
	LB: [
		"(?:\\d{4})(?: ?(?:\\d{4}))?",
		"",
		"A|CZ",
		"",
		""
	],
	LC: [
		"",
		"",
		"A|C",
		"",
		""
	],
	LI: [
		"948[5-9]|949[0-8]",
		"FL-",
		"A|ZC",
		"",
		""
	],
	LK: [
		"\\d{5}",
		"",
		"A|C|Z",
		"",
		""
	],
	LR: [
		"\\d{4}",
		"",
		"A|ZC",
		"",
		""
	],
	LS: [
		"\\d{3}",
		"",
		"A|CZ",
		"",
		""
	],
	LT: [
		"\\d{5}",
		"LT-",
		"A|ZC",
		"",
		""
	],
	LU: [
		"\\d{4}",
		"L-",
		"A|ZC",
		"",
		""
	],
	LV: [
		"LV-\\d{4}",
		"",
		"A|CZ",
		"",
		""
	],
	LY: [
		"",
		"",
		"A|C",
		"",
		""
	],
	MA: [
		"\\d{5}",
		"",
		"A|ZC",
		"",
		""
	],
	MC: [
		"980\\d{2}",
		"MC-",
		"A|ZC",
		"",
		""
	],
	MD: [
		"\\d{4}",
		"MD-",
		"A|ZC",
		"",
		""
	],
	ME: [
		"8\\d{4}",
		"",
		"A|ZC",
		"",
		""
	],
	MF: [
		"9[78][01]\\d{2}",
		"",
		"A|ZC",
		"",
		""
	],
	MG: [
		"\\d{3}",
		"",
		"A|ZC",
		"",
		""
	],
	MH: [
		"(969[67]\\d)(?:[ \\-](\\d{4}))?",
		"",
		"A|CSZ",
		"",
		""
	],
	MK: [
		"\\d{4}",
		"",
		"A|ZC",
		"",
		""
	],
	ML: [
		"",
		"",
		"A|C",
		"",
		""
	],
	MM: [
		"\\d{5}",
		"",
		"A|CZ",
		"",
		""
	],
	MN: [
		"\\d{5}",
		"",
		"A|C|SZ",
		"",
		""
	],
	MO: [
		"",
		"",
		"A",
		"",
		""
	],
	MP: [
		"(9695[012])(?:[ \\-](\\d{4}))?",
		"",
		"A|CSZ",
		"",
		""
	],
	MQ: [
		"9[78]2\\d{2}",
		"",
		"A|ZC",
		"",
		""
	],
	MR: [
		"",
		"",
		"A|C",
		"",
		""
	],
	MS: [
		"",
		"",
		"A|C",
		"",
		""
	],
	MT: [
		"[A-Z]{3} ?\\d{2,4}",
		"",
		"A|CZ",
		"",
		""
	],
	MU: [
		"\\d{3}(?:\\d{2}|[A-Z]{2}\\d{3})",
		"",
		"A|Z|C",
		"",
		""
	],
	MV: [
		"\\d{5}",
		"",
		"A|CZ",
		"",
		""
	],
	MW: [
		"",
		"",
		"A|C",
		"",
		""
	],
	MX: [
		"\\d{5}",
		"",
		"A|D|ZCS",
		"Ags.~Aguascalientes~B.C.S.~Baja California~Baja California Sur~CDMX~Camp.~Campeche~Chiapas~Chih.~Chihuahua~Chis.~Ciudad de México~Coah.~Coahuila de Zaragoza~Col.~Colima~Dgo.~Durango~Estado de México~Gro.~Gto.~Guanajuato~Guerrero~Hgo.~Hidalgo~Jal.~Jalisco~Mich.~Michoacán~Mor.~Morelos~Méx.~Nay.~Nayarit~Nuevo León~Oax.~Oaxaca~Pue.~Puebla~Qro.~Querétaro~Quintana Roo~S.L.P.~San Luis Potosí~Sin.~Sinaloa~Son.~Sonora~Tab.~Tabasco~Tamaulipas~Tamps.~Tlax.~Tlaxcala~Ver.~Veracruz~Yuc.~Yucatán~Zac.~Zacatecas",
		"es"
	],
	MY: [
		"\\d{5}",
		"",
		"A|D|ZC|S",
		"Johor~Kedah~Kelantan~Kuala Lumpur~Labuan~Melaka~Negeri Sembilan~Pahang~Perak~Perlis~Pulau Pinang~Putrajaya~Sabah~Sarawak~Selangor~Terengganu",
		"ms"
	],
	MZ: [
		"\\d{4}",
		"",
		"A|ZCS",
		"Cabo Delgado~Cidade de Maputo~Gaza~Inhambane~Manica~Maputo~Nampula~Niassa~Sofala~Tete~Zambezia",
		"pt"
	],
	NA: [
		"\\d{5}",
		"",
		"A|CZ",
		"",
		""
	],
	NC: [
		"988\\d{2}",
		"",
		"A|ZC",
		"",
		""
	],
	NE: [
		"\\d{4}",
		"",
		"A|ZC",
		"",
		""
	],
	NF: [
		"2899",
		"",
		"A|CSZ",
		"",
		""
	],
	NG: [
		"\\d{6}",
		"",
		"A|D|CZ|S",
		"Abia~Adamawa~Akwa Ibom~Anambra~Bauchi~Bayelsa~Benue~Borno~Cross River~Delta~Ebonyi~Edo~Ekiti~Enugu~Federal Capital Territory~Gombe~Imo~Jigawa~Kaduna~Kano~Katsina~Kebbi~Kogi~Kwara~Lagos~Nasarawa~Niger~Ogun State~Ondo~Osun~Oyo~Plateau~Rivers~Sokoto~Taraba~Yobe~Zamfara",
		"en"
	],
	NI: [
		"\\d{5}",
		"",
		"A|Z|CS",
		"Boaco~Carazo~Chinandega~Chontales~Estelí~Granada~Jinotega~León~Madriz~Managua~Masaya~Matagalpa~Nueva Segovia~Región Autónoma de la Costa Caribe Norte~Región Autónoma de la Costa Caribe Sur~Rivas~Río San Juan",
		"es"
	],
	NL: [
		"\\d{4} ?[A-Z]{2}",
		"",
		"A|ZC",
		"",
		""
	],
	NO: [
		"\\d{4}",
		"",
		"A|ZC",
		"",
		""
	],
	NP: [
		"\\d{5}",
		"",
		"A|CZ",
		"",
		""
	],
	NR: [
		"",
		"",
		"A|S",
		"Aiwo District~Anabar District~Anetan District~Anibare District~Baiti District~Boe District~Buada District~Denigomodu District~Ewa District~Ijuw District~Meneng District~Nibok District~Uaboe District~Yaren District",
		"en"
	],
	NU: [
		"",
		"",
		"A|C",
		"",
		""
	],
	NZ: [
		"\\d{4}",
		"",
		"A|D|CZ",
		"",
		""
	],
	OM: [
		"(?:PC )?\\d{3}",
		"",
		"A|Z|C",
		"",
		""
	],
	PA: [
		"",
		"",
		"A|C|S",
		"",
		""
	],
	PE: [
		"(?:LIMA \\d{1,2}|CALLAO 0?\\d)|[0-2]\\d{4}",
		"",
		"A|CZ|S",
		"Amazonas~Apurímac~Arequipa~Ayacucho~Cajamarca~Callao~Cuzco~Gobierno Regional de Lima~Huancavelica~Huánuco~Ica~Junín~La Libertad~Lambayeque~Loreto~Madre de Dios~Moquegua~Municipalidad Metropolitana de Lima~Pasco~Piura~Puno~San Martín~Tacna~Tumbes~Ucayali~Áncash",
		"es"
	],
	PF: [
		"987\\d{2}",
		"",
		"A|ZCS",
		"",
		""
	],
	PG: [
		"\\d{3}",
		"",
		"A|CZS",
		"",
		""
	],
	PH: [
		"\\d{4}",
		"",
		"A|DC|ZS",
		"Abra~Agusan del Norte~Agusan del Sur~Aklan~Albay~Antique~Apayao~Aurora~Basilan~Bataan~Batanes~Batangas~Benguet~Biliran~Bohol~Bukidnon~Bulacan~Cagayan~Camarines Norte~Camarines Sur~Camiguin~Capiz~Catanduanes~Cavite~Cebu~Compostela Valley~Cotabato~Davao Occidental~Davao Oriental~Davao del Norte~Davao del Sur~Dinagat Islands~Eastern Samar~Guimaras~Ifugao~Ilocos Norte~Ilocos Sur~Iloilo~Isabela~Kalinga~La Union~Laguna~Lanao del Norte~Lanao del Sur~Leyte~Maguindanao~Marinduque~Masbate~Metro Manila~Mindoro Occidental~Mindoro Oriental~Misamis Occidental~Misamis Oriental~Mountain Province~Negros Occidental~Negros Oriental~Northern Samar~Nueva Ecija~Nueva Vizcaya~Palawan~Pampanga~Pangasinan~Quezon Province~Quirino~Rizal~Romblon~Samar~Sarangani~Siquijor~Sorsogon~South Cotabato~Southern Leyte~Sultan Kudarat~Sulu~Surigao del Norte~Surigao del Sur~Tarlac~Tawi-Tawi~Zambales~Zamboanga Sibuguey~Zamboanga del Norte~Zamboanga del Sur",
		"en"
	],
	PK: [
		"\\d{5}",
		"",
		"A|CZ",
		"",
		""
	],
	PL: [
		"\\d{2}-\\d{3}",
		"",
		"A|ZC",
		"",
		""
	],
	PM: [
		"9[78]5\\d{2}",
		"",
		"A|ZC",
		"",
		""
	],
	PN: [
		"PCRN 1ZZ",
		"",
		"A|C|Z",
		"",
		""
	],
	PR: [
		"(00[679]\\d{2})(?:[ \\-](\\d{4}))?",
		"PR ",
		"A|CZ",
		"",
		""
	],
	PS: [
		"",
		"",
		"A|C",
		"",
		""
	],
	PT: [
		"\\d{4}-\\d{3}",
		"",
		"A|ZC",
		"",
		""
	],
	PW: [
		"(969(?:39|40))(?:[ \\-](\\d{4}))?",
		"",
		"A|CSZ",
		"",
		""
	],
	PY: [
		"\\d{4}",
		"",
		"A|ZC",
		"",
		""
	],
	QA: [
		"",
		"",
		"A|C",
		"",
		""
	],
	RE: [
		"9[78]4\\d{2}",
		"",
		"A|ZC",
		"",
		""
	],
	RO: [
		"\\d{6}",
		"",
		"A|ZC",
		"",
		""
	],
	RS: [
		"\\d{5,6}",
		"",
		"A|ZC",
		"",
		""
	],
	RU: [
		"\\d{6}",
		"",
		"A|C|S|Z",
		"Altay Republits~Altayskiy kray~Amurskaya oblast'~Arkhangelskaya oblast'~Astrakhanskaya oblast'~Bashkortostan Republits~Belgorodskaya oblast'~Bryanskaya oblast'~Buryatiya Republits~Chechenskaya Republits~Chelyabinskaya oblast'~Chukotskiy~Chuvashia~Dagestan Republits~Evreyskaya avtonomnaya oblast'~Ingushetiya Republits~Irkutskaya oblast'~Ivanovskaya oblast'~Kabardino-Balkarskaya Republits~Kaliningradskaya oblast'~Kaluzhskaya oblast'~Kamchatskiy kray~Karachaevo-Cherkesskaya Republits~Kareliya Republits~Kemerovskaya oblast'~Khabarovskiy kray~Khakasiya Republits~Khanty-Mansiyskiy avtonomnyy okrug~Kirovskaya oblast'~Komi Republits~Kostromskaya oblast'~Krasnodarskiy kray~Krasnoyarskiy kray~Kurganskaya oblast'~Kurskaya oblast'~Leningradskaya oblast'~Lipetskaya oblast'~Magadanskaya oblast'~Moskovskaya oblast'~Moskva~Murmanskaya oblast'~Nenetskiy~Nizhegorodskaya oblast'~Novgorodskaya oblast'~Novosibirskaya oblast'~Omskaya oblast'~Orenburgskaya oblast'~Orlovskaya oblast'~Penzenskaya oblast'~Permskiy kray~Primorskiy kray~Pskovskaya oblast'~Respublika Adygeya~Respublika Kalmykiya~Respublika Krym~Respublika Mariy El~Respublika Mordoviya~Respublika Severnaya Osetiya-Alaniya~Respublika Tatarstan~Respublika Udmurtiya~Rostovskaya oblast'~Ryazanskaya oblast'~Sakha (Yakutiya) Republits~Sakhalinskaya oblast'~Samarskaya oblast'~Sankt-Peterburg~Saratovskaya oblast'~Sevastopol'~Smolenskaya oblast'~Stavropolskiy kray~Sverdlovskaya oblast'~Tambovskaya oblast'~Tomskaya oblast'~Tulskaya oblast'~Tverskaya oblast'~Tyumenskaya oblast'~Tyva Republits~Ulyanovskaya oblast'~Vladimirskaya oblast'~Volgogradskaya oblast'~Vologodskaya oblast'~Voronezhskaya oblast'~Yamalo-Nenetskiy~Yaroslavskaya oblast'~Zabaykalskiy kray~Автономна Республіка Крим~Алтайский край~Амурская область~Архангельская область~Астраханская область~Белгородская область~Брянская область~Владимирская область~Волгоградская область~Вологодская область~Воронежская область~Еврейская автономная область~Забайкальский край~Ивановская область~Иркутская область~Кабардино-Балкарская Республика~Калининградская область~Калужская область~Камчатский край~Карачаево-Черкесская Республика~Кемеровская область~Кировская область~Костромская область~Краснодарский край~Красноярский край~Курганская область~Курская область~Ленинградская область~Липецкая область~Магаданская область~Москва~Московская область~Мурманская область~Ненецкий автономный округ~Нижегородская область~Новгородская область~Новосибирская область~Омская область~Оренбургская область~Орловская область~Пензенская область~Пермский край~Приморский край~Псковская область~Республика Адыгея~Республика Алтай~Республика Башкортостан~Республика Бурятия~Республика Дагестан~Республика Ингушетия~Республика Калмыкия~Республика Карелия~Республика Коми~Республика Крым~Республика Марий Эл~Республика Мордовия~Республика Саха (Якутия)~Республика Северная Осетия-Алания~Республика Татарстан~Республика Тыва~Республика Удмуртия~Республика Хакасия~Ростовская область~Рязанская область~Самарская область~Санкт-Петербург~Саратовская область~Сахалинская область~Свердловская область~Севастополь~Смоленская область~Ставропольский край~Тамбовская область~Тверская область~Томская область~Тульская область~Тюменская область~Ульяновская область~Хабаровский край~Ханты-Мансийский автономный округ~Челябинская область~Чеченская Республика~Чувашская Республика~Чукотский автономный округ~Ямало-Ненецкий автономный округ~Ярославская область",
		"ru"
	],
	RW: [
		"",
		"",
		"A|C",
		"",
		""
	],
	SA: [
		"\\d{5}",
		"",
		"A|CZ",
		"",
		""
	],
	SB: [
		"",
		"",
		"A|C",
		"",
		""
	],
	SC: [
		"",
		"",
		"A|C|S",
		"",
		""
	],
	SD: [
		"\\d{5}",
		"",
		"A|C|Z",
		"",
		""
	],
	SE: [
		"\\d{3} ?\\d{2}",
		"SE-",
		"A|ZC",
		"",
		""
	],
	SG: [
		"\\d{6}",
		"",
		"A|Z",
		"",
		""
	],
	SH: [
		"(?:ASCN|STHL) 1ZZ",
		"",
		"A|C|Z",
		"",
		""
	],
	SI: [
		"\\d{4}",
		"SI-",
		"A|ZC",
		"",
		""
	],
	SJ: [
		"\\d{4}",
		"",
		"A|ZC",
		"",
		""
	],
	SK: [
		"\\d{3} ?\\d{2}",
		"",
		"A|ZC",
		"",
		""
	],
	SL: [
		"",
		"",
		"A|C",
		"",
		""
	],
	SM: [
		"4789\\d",
		"",
		"A|ZC",
		"",
		""
	],
	SN: [
		"\\d{5}",
		"",
		"A|ZC",
		"",
		""
	],
	SO: [
		"[A-Z]{2} ?\\d{5}",
		"",
		"A|CSZ",
		"Awdal~Bakool~Banaadir~Bari~Bay~Galguduud~Gedo~Hiiraan~Jubbada Dhexe~Jubbada Hoose~Mudug~Nugaal~Sanaag~Shabeellaha Dhexe~Shabeellaha Hoose~Sool~Togdheer~Woqooyi Galbeed",
		"so"
	],
	SR: [
		"",
		"",
		"A|C|S",
		"Brokopondo~Commewijne~Coronie~Marowijne~Nickerie~Para~Paramaribo~Saramacca~Sipaliwini~Wanica",
		"nl"
	],
	SS: [
		"",
		"",
		"A|C",
		"",
		""
	],
	ST: [
		"",
		"",
		"A|C",
		"",
		""
	],
	SV: [
		"CP [1-3][1-7][0-2]\\d",
		"",
		"A|ZC|S",
		"Ahuachapan~Ahuachapán~Cabanas~Cabañas~Calatenango~Chalatenango~Cuscatlan~Cuscatlán~La Libertad~La Paz~La Union~La Unión~Morazan~Morazán~San Miguel~San Salvador~San Vicente~Santa Ana~Sonsonate~Usulutan~Usulután",
		"es"
	],
	SX: [
		"",
		"",
		"A|C",
		"",
		""
	],
	SY: [
		"",
		"",
		"A|C",
		"",
		""
	],
	SZ: [
		"[HLMS]\\d{3}",
		"",
		"A|C|Z",
		"",
		""
	],
	TA: [
		"TDCU 1ZZ",
		"",
		"A|C|Z",
		"",
		""
	],
	TC: [
		"TKCA 1ZZ",
		"",
		"A|C|Z",
		"",
		""
	],
	TD: [
		"",
		"",
		"A|C",
		"",
		""
	],
	TF: [
		"",
		"",
		"A|C",
		"",
		""
	],
	TG: [
		"",
		"",
		"A|C",
		"",
		""
	],
	TH: [
		"\\d{5}",
		"",
		"A|DC|SZ",
		"Amnat Charoen~Ang Thong~Bangkok~Bueng Kan~Buri Ram~Chachoengsao~Chai Nat~Chaiyaphum~Chanthaburi~Chiang Mai~Chiang Rai~Chon Buri~Chumpon~Kalasin~Kamphaeng Phet~Kanchanaburi~Khon Kaen~Krabi~Lampang~Lamphun~Loei~Lop Buri~Mae Hong Son~Maha Sarakham~Mukdahan~Nakhon Nayok~Nakhon Pathom~Nakhon Phanom~Nakhon Ratchasima~Nakhon Sawan~Nakhon Si Thammarat~Nan~Narathiwat~Nong Bua Lam Phu~Nong Khai~Nonthaburi~Pathum Thani~Pattani~Phang Nga~Phattalung~Phayao~Phetchabun~Phetchaburi~Phichit~Phitsanulok~Phra Nakhon Si Ayutthaya~Phrae~Phuket~Prachin Buri~Prachuap Khiri Khan~Ranong~Ratchaburi~Rayong~Roi Et~Sa Kaeo~Sakon Nakhon~Samut Prakan~Samut Sakhon~Samut Songkhram~Saraburi~Satun~Si Sa Ket~Sing Buri~Songkhla~Sukhothai~Suphanburi~Surat Thani~Surin~Tak~Trang~Trat~Ubon Ratchathani~Udon Thani~Uthai Thani~Uttaradit~Yala~Yasothon~กระบี่~กรุงเทพมหานคร~กาญจนบุรี~กาฬสินธุ์~กำแพงเพชร~ขอนแก่น~จังหวัด บึงกาฬ~จันทบุรี~ฉะเชิงเทรา~ชลบุรี~ชัยนาท~ชัยภูมิ~ชุมพร~ตรัง~ตราด~ตาก~นครนายก~นครปฐม~นครพนม~นครราชสีมา~นครศรีธรรมราช~นครสวรรค์~นนทบุรี~นราธิวาส~น่าน~บุรีรัมย์~ปทุมธานี~ประจวบคีรีขันธ์~ปราจีนบุรี~ปัตตานี~พระนครศรีอยุธยา~พะเยา~พังงา~พัทลุง~พิจิตร~พิษณุโลก~ภูเก็ต~มหาสารคาม~มุกดาหาร~ยะลา~ยโสธร~ระนอง~ระยอง~ราชบุรี~ร้อยเอ็ด~ลพบุรี~ลำปาง~ลำพูน~ศรีสะเกษ~สกลนคร~สงขลา~สตูล~สมุทรปราการ~สมุทรสงคราม~สมุทรสาคร~สระบุรี~สระแก้ว~สิงห์บุรี~สุพรรณบุรี~สุราษฎร์ธานี~สุรินทร์~สุโขทัย~หนองคาย~หนองบัวลำภู~อำนาจเจริญ~อุดรธานี~อุตรดิตถ์~อุทัยธานี~อุบลราชธานี~อ่างทอง~เชียงราย~เชียงใหม่~เพชรบุรี~เพชรบูรณ์~เลย~แพร่~แม่ฮ่องสอน",
		"th"
	],
	TJ: [
		"\\d{6}",
		"",
		"A|ZC",
		"",
		""
	],
	TK: [
		"",
		"",
		"A|C",
		"",
		""
	],
	TL: [
		"",
		"",
		"A|C",
		"",
		""
	],
	TM: [
		"\\d{6}",
		"",
		"A|ZC",
		"",
		""
	],
	TN: [
		"\\d{4}",
		"",
		"A|ZC",
		"",
		""
	],
	TO: [
		"",
		"",
		"A|C",
		"",
		""
	],
	TR: [
		"\\d{5}",
		"",
		"A|ZCS",
		"Adana~Adıyaman~Afyon~Aksaray~Amasya~Ankara~Antalya~Ardahan~Artvin~Aydın~Ağrı~Balıkesir~Bartın~Batman~Bayburt~Bilecik~Bingöl~Bitlis~Bolu~Burdur~Bursa~Denizli~Diyarbakır~Düzce~Edirne~Elazığ~Erzincan~Erzurum~Eskişehir~Gaziantep~Giresun~Gümüşhane~Hakkari~Hatay~Isparta~Iğdır~Kahramanmaraş~Karabük~Karaman~Kars~Kastamonu~Kayseri~Kilis~Kocaeli~Konya~Kütahya~Kırklareli~Kırıkkale~Kırşehir~Malatya~Manisa~Mardin~Mersin~Muğla~Muş~Nevşehir~Niğde~Ordu~Osmaniye~Rize~Sakarya~Samsun~Siirt~Sinop~Sivas~Tekirdağ~Tokat~Trabzon~Tunceli~Uşak~Van~Yalova~Yozgat~Zonguldak~Çanakkale~Çankırı~Çorum~İstanbul~İzmir~Şanlıurfa~Şırnak",
		"tr"
	],
	TT: [
		"",
		"",
		"A|C",
		"",
		""
	],
	TV: [
		"",
		"",
		"A|C|S",
		"Funafuti~Nanumanga~Nanumea~Niulakita~Niutao~Nui~Nukufetau~Nukulaelae~Vaitupu",
		"tyv"
	],
	TW: [
		"\\d{3}(?:\\d{2})?",
		"",
		"Z|SC|A",
		"Changhua County~Chiayi City~Chiayi County~Hsinchu City~Hsinchu County~Hualien County~Kaohsiung City~Keelung City~Kinmen County~Lienchiang County~Miaoli County~Nantou County~New Taipei City~Penghu County~Pingtung County~Taichung City~Tainan City~Taipei City~Taitung County~Taoyuan City~Yilan County~Yunlin County~南投縣~台中市~台北市~台南市~台東縣~嘉義市~嘉義縣~基隆市~宜蘭縣~屏東縣~彰化縣~新北市~新竹市~新竹縣~桃園市~澎湖縣~花蓮縣~苗栗縣~連江縣~金門縣~雲林縣~高雄市",
		"zh-Hant"
	],
	TZ: [
		"\\d{4,5}",
		"",
		"A|ZC",
		"",
		""
	],
	UA: [
		"\\d{5}",
		"",
		"A|C|S|Z",
		"Cherkas'ka oblast~Chernihivs'ka oblast~Chernivets'ka oblast~Crimea~Dnipropetrovsk oblast~Donetsk oblast~Ivano-Frankivs'ka oblast~Kharkiv oblast~Khersons'ka oblast~Khmel'nyts'ka oblast~Kiev oblast~Kirovohrads'ka oblast~Kyiv city~Luhans'ka oblast~Lviv oblast~Mykolaivs'ka oblast~Odessa oblast~Poltavs'ka oblast~Rivnens'ka oblast~Sevastopol' city~Sums'ka oblast~Ternopil's'ka oblast~Vinnyts'ka oblast~Volyns'ka oblast~Zakarpats'ka oblast~Zaporiz'ka oblast~Zhytomyrs'ka oblast~Івано-Франківська область~Автономна Республіка Крим~Волинська область~Вінницька область~Дніпропетровська область~Донецька область~Житомирська область~Закарпатська область~Запорізька область~Київ~Київська область~Кіровоградська область~Луганська область~Львівська область~Миколаївська область~Одеська область~Полтавська область~Рівненська область~Севастополь~Сумська область~Тернопільська область~Харківська область~Херсонська область~Хмельницька область~Черкаська область~Чернівецька область~Чернігівська область~місто Київ~місто Севастополь",
		"uk"
	],
	UG: [
		"",
		"",
		"A|C",
		"",
		""
	],
	UM: [
		"96898",
		"",
		"A|CSZ",
		"",
		""
	],
	US: [
		"(\\d{5})(?:[ \\-](\\d{4}))?",
		"",
		"A|CSZ",
		"Alabama~Alaska~American Samoa~Arizona~Arkansas~Armed Forces (AA)~Armed Forces (AE)~Armed Forces (AP)~California~Colorado~Connecticut~Delaware~District of Columbia~Florida~Georgia~Guam~Hawaii~Idaho~Illinois~Indiana~Iowa~Kansas~Kentucky~Louisiana~Maine~Marshall Islands~Maryland~Massachusetts~Michigan~Micronesia~Minnesota~Mississippi~Missouri~Montana~Nebraska~Nevada~New Hampshire~New Jersey~New Mexico~New York~North Carolina~North Dakota~Northern Mariana Islands~Ohio~Oklahoma~Oregon~Palau~Pennsylvania~Puerto Rico~Rhode Island~South Carolina~South Dakota~Tennessee~Texas~Utah~Vermont~Virgin Islands~Virginia~Washington~West Virginia~Wisconsin~Wyoming",
		"en"
	],
	UY: [
		"\\d{5}",
		"",
		"A|ZCS",
		"Artigas~Canelones~Cerro Largo~Colonia~Durazno~Flores~Florida~Lavalleja~Maldonado~Montevideo~Paysandú~Rivera~Rocha~Río Negro~Salto~San José~Soriano~Tacuarembó~Treinta y Tres",
		"es"
	],
	UZ: [
		"\\d{6}",
		"",
		"A|ZC|S",
		"",
		""
	],
	VA: [
		"00120",
		"",
		"A|ZC",
		"",
		""
	],
	VC: [
		"VC\\d{4}",
		"",
		"A|CZ",
		"",
		""
	],
	VE: [
		"\\d{4}",
		"",
		"A|CZS",
		"Amazonas~Anzoátegui~Apure~Aragua~Barinas~Bolívar~Carabobo~Cojedes~Delta Amacuro~Dependencias Federales~Distrito Federal~Falcón~Guárico~Lara~Miranda~Monagas~Mérida~Nueva Esparta~Portuguesa~Sucre~Trujillo~Táchira~Vargas~Yaracuy~Zulia",
		"es"
	],
	VG: [
		"VG\\d{4}",
		"",
		"A|C|Z",
		"",
		""
	],
	VI: [
		"(008(?:(?:[0-4]\\d)|(?:5[01])))(?:[ \\-](\\d{4}))?",
		"",
		"A|CSZ",
		"",
		""
	],
	VN: [
		"\\d{5}\\d?",
		"",
		"A|C|SZ",
		"An Giang~An Giang Province~Ba Ria-Vung Tau Province~Bac Giang Province~Bac Kan Province~Bac Lieu Province~Bac Ninh Province~Ben Tre Province~Binh Dinh Province~Binh Duong Province~Binh Phuoc Province~Binh Thuan Province~Bà Rịa–Vũng Tàu~Bình Dương~Bình Phước~Bình Thuận~Bình Định~Bạc Liêu~Bắc Giang~Bắc Kạn~Bắc Ninh~Bến Tre~Ca Mau Province~Can Tho City~Cao Bang Province~Cao Bằng~Cà Mau~Cần Thơ~Da Nang City~Dak Lak Province~Dak Nong Province~Dien Bien Province~Dong Nai Province~Dong Thap Province~Gia Lai~Gia Lai Province~Ha Giang Province~Ha Nam Province~Ha Tinh Province~Hai Duong Province~Haiphong City~Hanoi City~Hau Giang Province~Ho Chi Minh City~Hoa Binh Province~Hung Yen Province~Hà Giang~Hà Nam~Hà Nội~Hà Tĩnh~Hòa Bình~Hưng Yên~Hải Dương~Hải Phòng~Hậu Giang~Khanh Hoa Province~Khánh Hòa~Kien Giang Province~Kiên Giang~Kon Tum~Kon Tum Province~Lai Chau Province~Lai Châu~Lam Dong Province~Lang Song Province~Lao Cai Province~Long An~Long An Province~Lào Cai~Lâm Đồng~Lạng Sơn~Nam Dinh Province~Nam Định~Nghe An Province~Nghệ An~Ninh Binh Province~Ninh Bình~Ninh Thuan Province~Ninh Thuận~Phu Tho Province~Phu Yen Province~Phú Thọ~Phú Yên~Quang Binh Province~Quang Nam Province~Quang Ngai Province~Quang Ninh Province~Quang Tri Province~Quảng Bình~Quảng Nam~Quảng Ngãi~Quảng Ninh~Quảng Trị~Soc Trang Province~Son La Province~Sóc Trăng~Sơn La~Tay Ninh Province~Thai Binh Province~Thai Nguyen Province~Thanh Hoa Province~Thanh Hóa~Thua Thien-Hue Province~Thành phố Hồ Chí Minh~Thái Bình~Thái Nguyên~Thừa Thiên–Huế~Tien Giang Province~Tiền Giang~Tra Vinh Province~Trà Vinh~Tuyen Quang Province~Tuyên Quang~Tây Ninh~Vinh Long Province~Vinh Phuc Province~Vĩnh Long~Vĩnh Phúc~Yen Bai Province~Yên Bái~Điện Biên~Đà Nẵng~Đăk Nông~Đắk Lắk~Đồng Nai~Đồng Tháp",
		"vi"
	],
	VU: [
		"",
		"",
		"A|C",
		"",
		""
	],
	WF: [
		"986\\d{2}",
		"",
		"A|ZC",
		"",
		""
	],
	WS: [
		"",
		"",
		"A|C",
		"",
		""
	],
	XK: [
		"[1-7]\\d{4}",
		"",
		"A|ZC",
		"",
		""
	],
	YE: [
		"",
		"",
		"A|C",
		"",
		""
	],
	YT: [
		"976\\d{2}",
		"",
		"A|ZC",
		"",
		""
	],
	ZA: [
		"\\d{4}",
		"",
		"A|D|C|Z",
		"",
		""
	],
	ZM: [
		"\\d{5}",
		"",
		"A|ZC",
		"",
		""
	],
	ZW: [
		"",
		"",
		"A|C",
		"",
		""
	]
};
// src/core/redaction/rules/fold-text.ts
/** The value of a non-ASCII decimal digit: its distance from the zero of its run (Unicode lays digits out 0–9). */
function digitValue(cp) {
	let zero = cp;
	while (zero > cp - 9 && /\p{Nd}/u.test(String.fromCodePoint(zero - 1))) zero--;
	return cp - zero;
}
var FOLDABLE = /[\uFF01-\uFF5E\u3000\u2000-\u200A\u202F\u2010-\u2015\u2212\p{Nd}]/gu;
var folded = /* @__PURE__ */ new Map();
function foldChar(ch) {
	let out = folded.get(ch);
	if (out !== void 0) return out;
	const cp = ch.codePointAt(0);
	if (ch.length > 1 || cp < 128) out = ch;
	else if (cp >= 65281 && cp <= 65374) out = String.fromCharCode(cp - 65248);
	else if (cp === 12288 || cp >= 8192 && cp <= 8202 || cp === 8239) out = " ";
	else if (cp >= 8208 && cp <= 8213 || cp === 8722) out = "-";
	else out = String(digitValue(cp));
	folded.set(ch, out);
	return out;
}
/** `text` with the forms above folded to ASCII; same length, so every offset means the same character. */
function foldWidthAndDigits(text) {
	if (!/[^\0-\x7F]/.test(text)) return text;
	return text.replace(FOLDABLE, foldChar);
}
// src/core/redaction/rules/address-country-names.ts
var WIDELY_WRITTEN = [
	"en",
	"fr",
	"es",
	"de",
	"it",
	"pt",
	"nl",
	"ru",
	"uk",
	"pl",
	"tr",
	"ar",
	"fa",
	"he",
	"hi",
	"zh",
	"zh-Hant",
	"ja",
	"ko",
	"vi",
	"th",
	"id"
];
/** Names compare without case, dots, apostrophes or doubled spaces (`Co Kildare` = `Co. Kildare`). */
function normaliseName(name) {
	return name.normalize("NFC").toLowerCase().replace(/[.'’]/g, "").replace(/\s+/g, " ").trim();
}
/** Division type words that text often leaves out of a division's name (`استان تهران` → `تهران`, `Tehran Province`). */
var DIVISION_WORDS = /^(?:استان|provincia de|province of|región de|region)\s+|\s+(?:province|county|sheng|shi|region|prefecture|state)$/iu;
var built$1 = null;
function add(map, name, code, names) {
	const key = normaliseName(name);
	if (key.length < 2 || /^\d+$/.test(key)) return;
	const codes = map.get(key);
	if (!codes) map.set(key, [code]);
	else if (!codes.includes(code)) codes.push(code);
	const words = key.split(" ");
	names.firstWords.add(words[0]);
	names.lastWords.add(words[words.length - 1]);
}
function countryNames() {
	if (built$1) return built$1;
	const names = {
		countries: /* @__PURE__ */ new Map(),
		countryNames: /* @__PURE__ */ new Map(),
		regionNames: /* @__PURE__ */ new Map(),
		firstWords: /* @__PURE__ */ new Set(),
		lastWords: /* @__PURE__ */ new Set()
	};
	const displays = /* @__PURE__ */ new Map();
	const display = (lang) => {
		if (!displays.has(lang)) try {
			displays.set(lang, new Intl.DisplayNames([lang], {
				type: "region",
				fallback: "none"
			}));
		} catch {
			displays.set(lang, null);
		}
		return displays.get(lang) ?? null;
	};
	for (const [code, [zip, prefix, order, regions, languages]] of Object.entries(ADDRESS_COUNTRIES)) {
		const street = order.indexOf("A");
		const first = Math.min(...["S", "Z"].map((f) => order.includes(f) ? order.indexOf(f) : Infinity));
		names.countries.set(code, {
			code,
			postcode: zip ? new RegExp(`^(?:${prefix.replace(/[-]/g, "\\-")}|${code}-?)?(?:${zip})$`, "i") : null,
			majorFirst: first < street,
			cityState: !order.includes("C") && !order.includes("S")
		});
		for (const lang of /* @__PURE__ */ new Set([...WIDELY_WRITTEN, ...languages.split("~").filter((l) => l !== "")])) {
			const name = display(lang)?.of(code);
			if (name) add(names.countryNames, name, code, names);
		}
		for (const region of regions.split("~").filter((r) => r !== "")) {
			add(names.regionNames, region, code, names);
			const bare = region.replace(DIVISION_WORDS, "");
			if (bare !== region) add(names.regionNames, bare, code, names);
		}
	}
	built$1 = names;
	return names;
}
/** The digits of any script as ASCII (`۱۱۹۳۶` → `11936`), so a country's postcode pattern can test them. */
function asciiDigits(value) {
	if (!/[^ -~\s]/.test(value)) return value;
	return value.replace(/\p{Nd}/gu, (d) => {
		const cp = d.codePointAt(0);
		return cp < 128 ? d : String(digitValue(cp));
	});
}
// src/core/redaction/rules/address-continuation.ts
var SEPARATOR$2 = /^(?:[,،、，;]\s{0,2}|\s{0,2}\n\s{0,4})/u;
/** A street line in a caseless script (Thai, Lao, Khmer, Arabic…) may run on to its district and postcode after spaces. */
var CASELESS_LINE = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Inherited}\s]/u;
var SEGMENT_END = /[,،、，;\n]/;
var MAX_SEGMENT$2 = 60;
var CASELESS_WORD$1 = /^[^\p{Script=Latin}\p{Script=Common}\p{Script=Cyrillic}\p{Script=Greek}\s][^\s,،、，;]*$/u;
var TOWN_WORD$1 = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|[^\p{Script=Latin}\p{Script=Common}\s][^\s,،、，;]*|la|le|de|del|di|do|da|am|an|upon|sur|-)$/u;
var UNIT$2 = new RegExp(`^(?:(?:${UNIT_WORDS})\\.? ?#?\\d{1,4}[A-Za-z]?|[IVX]{1,4}\\.? ?(?:${UNIT_WORDS})\\.? ?\\d{1,4}\\.?|\\p{L}{2,12}\\.? \\d{1,4}[A-Za-z]?)$`, "iu");
var postcodes = null;
/** Every country's whole postcode pattern, with its prefix (`AD500`, `LT-01100`), as one alternation. */
function isPostcode(token) {
	const ascii = asciiDigits(token);
	if (!/\d{3}/.test(ascii)) return false;
	postcodes ??= new RegExp([...countryNames().countries.values()].flatMap((c) => c.postcode ? [c.postcode.source] : []).join("|"), "i");
	return postcodes.test(ascii);
}
function kindOf$2(segment) {
	const value = segment.trim().replace(/[.!?]$/, "");
	if (value === "" || value.length > MAX_SEGMENT$2) return null;
	const words = value.split(/\s+/);
	const code = words.findIndex((w, i) => isPostcode(w) || i + 1 < words.length && isPostcode(`${w} ${words[i + 1]}`));
	if (code !== -1 && words.length <= 6) {
		const joined = isPostcode(words[code]) ? 1 : 2;
		const rest = [...words.slice(0, code), ...words.slice(code + joined)];
		if (rest.length <= 4 && rest.every((w) => TOWN_WORD$1.test(w))) return "postal";
	}
	if (words.length <= 4 && UNIT$2.test(value) && !/^\p{Ll}{2,} \d{4}$/u.test(value)) return "unit";
	const names = countryNames();
	const name = normaliseName(value);
	if (words.length <= 4 && names.regionNames.has(name) && !names.countryNames.has(name)) return "place";
	if (words.length <= 3 && words.every((w) => CASELESS_WORD$1.test(w))) return "caseless";
	return null;
}
/**
* The segment's head when the sentence goes on after it on the same line: a question or exclamation mark, a full stop
* before a capital, a dash or an opening bracket (`101 Reykjavík? Jeg`, `10115 Tallinn. Ring`, `Baku — thanks`,
* `Quito (back door)`). Only a postcode with its town or a region is taken from it, and the address ends there.
*/
function sentenceGoesOn(segment) {
	const cut = /[?!](?=\s|$)|\.(?=\s+\p{Lu})|\s[—–-]\s|\s\(/u.exec(segment);
	return cut && cut.index > 0 ? segment.slice(0, cut.index).replace(/\s+$/, "") : null;
}
/** `range` (a street line) stretched over the address segments that follow it. */
function continueAddress(text, range) {
	let end = range.end;
	let at = range.end;
	const spaced = CASELESS_LINE.test(text.slice(range.start, range.end));
	for (let taken = 0; taken < 4; taken++) {
		const sep = SEPARATOR$2.exec(text.slice(at, at + 8)) ?? (spaced && text[at] === " " && text[at + 1] !== " " ? [" "] : null);
		if (!sep) break;
		const from = at + sep[0].length;
		const window = text.slice(from, from + MAX_SEGMENT$2 + 1);
		const caseless = sep[0] === " ";
		const stop = caseless ? window.search(/[\s,،、，;]/) : window.search(SEGMENT_END);
		const segment = stop === -1 ? window : window.slice(0, stop);
		let kind = caseless ? isPostcode(segment) ? "postal" : CASELESS_WORD$1.test(segment) ? "caseless" : null : kindOf$2(segment);
		if (kind === null && !caseless) {
			const head = sentenceGoesOn(segment);
			kind = head === null ? null : kindOf$2(head);
			if (kind !== "postal" && kind !== "place") break;
			at = from + head.length;
			end = at;
			break;
		}
		if (kind === null) break;
		at = from + segment.replace(/[\s.!?]+$/, "").length;
		if (kind !== "caseless") end = at;
	}
	end = inTownEnd(text, end);
	return end === range.end ? range : {
		start: range.start,
		end
	};
}
/**
* Prose names the town after the street with a locative word, not a comma (round 12): `Lindenstraße 12 in 10969
* Berlin`, `8 rue des Lilas à Lyon`, `via Garibaldi 23 a Torino`, `Długiej 7 w Gdańsku`, `Ленина 5 в Казани`. The
* postcode and up to three capitalised town words after such a word join the address; a month or weekday of ~50
* languages, a pronoun or a product name there (`… 12 in May`, `… 23 a Settembre`) is the sentence going on.
*/
var IN_TOWN = /* @__PURE__ */ new RegExp("^ (?:in|im|at|à|a|au|en|em|no|na|w|we|v|ve|в|во|i|u|di|ở|te|sa)[ \\u00a0](?:(?:[A-Z]{1,3}-)?\\d{4,6} )?(\\p{Lu}[\\p{L}\\p{M}'’-]{1,25}(?:(?: (?:de|del|do|da|am|an|sur|upon))? \\p{Lu}[\\p{L}\\p{M}'’-]{1,25}){0,2})(?=$|[\\s.,;:!?)])", "u");
/** Words after a locative that start the sentence going on, not a town: pronouns, articles, product names. */
var NOT_TOWN = /^(?:The|This|That|My|Our|Your|His|Her|Their|It|I|We|You|English|Python|Java|JavaScript|Excel|Chrome|Windows|Linux|Google|GitHub)(?: |$)/;
/** Languages whose month and weekday names the runtime's CLDR data gives (Intl.DateTimeFormat, browsers and Node). */
var CALENDAR_LOCALES = [
	"en",
	"de",
	"fr",
	"es",
	"it",
	"pt",
	"nl",
	"af",
	"da",
	"sv",
	"nb",
	"nn",
	"is",
	"fi",
	"et",
	"lv",
	"lt",
	"pl",
	"cs",
	"sk",
	"sl",
	"hr",
	"bs",
	"sr",
	"sr-Latn",
	"mk",
	"bg",
	"ru",
	"uk",
	"be",
	"ro",
	"hu",
	"sq",
	"el",
	"tr",
	"az",
	"kk",
	"uz",
	"ka",
	"hy",
	"ca",
	"gl",
	"eu",
	"ga",
	"cy",
	"mt",
	"id",
	"ms",
	"tl",
	"sw",
	"vi",
	"ha",
	"yo",
	"zu"
];
var calendarWords = null;
/**
* Month and weekday names in the languages above (`in May`, `a Settembre`, `em Março`, `im Oktober`), built on first
* use, not at load: background.js loads this module at every service-worker start (~30 ms in Node for 54 languages).
* A short name (`Mar`, `La` — Finnish for Saturday) stops the address only standing alone: `in Mar del Plata` and
* `in La Paz` are towns.
*/
function calendarWord(words) {
	if (!calendarWords) {
		calendarWords = {
			long: /* @__PURE__ */ new Set(),
			short: /* @__PURE__ */ new Set()
		};
		for (const locale of CALENDAR_LOCALES) for (const width of ["long", "short"]) {
			const into = calendarWords[width];
			const month = new Intl.DateTimeFormat(locale, {
				month: width,
				timeZone: "UTC"
			});
			const weekday = new Intl.DateTimeFormat(locale, {
				weekday: width,
				timeZone: "UTC"
			});
			for (let i = 0; i < 12; i++) {
				for (const p of month.formatToParts(new Date(Date.UTC(2024, i, 15)))) if (p.type === "month") into.add(calendarKey(p.value));
				if (i < 7) {
					for (const p of weekday.formatToParts(new Date(Date.UTC(2024, 0, 1 + i)))) if (p.type === "weekday") into.add(calendarKey(p.value));
				}
			}
		}
	}
	const first = calendarKey(words[0]);
	return calendarWords.long.has(first) || words.length === 1 && calendarWords.short.has(first);
}
var calendarKey = (word) => word.toLocaleLowerCase().replace(/\.$/, "");
function inTownEnd(text, end) {
	const m = IN_TOWN.exec(text.slice(end, end + 80));
	if (!m || NOT_TOWN.test(m[1]) || calendarWord(m[1].split(" "))) return end;
	return end + m[0].length;
}
/** `range` (a street line) stretched back over a postcode-and-town segment written before it (`1052 Budapest, …`). */
function precedeAddress(text, range) {
	const before = /(?:[,،、，;][ \t]{0,2}|[ \t]{0,2}\n[ \t]{0,4})$/u.exec(text.slice(Math.max(0, range.start - 8), range.start));
	if (!before) return range;
	const segEnd = range.start - before[0].length;
	const window = text.slice(Math.max(0, segEnd - MAX_SEGMENT$2), segEnd);
	const segment = window.slice(Math.max(window.lastIndexOf("\n"), window.search(/[,،、，;][^,،、，;]*$/)) + 1);
	const words = [...segment.matchAll(/\S+/g)];
	for (let i = Math.max(0, words.length - 4); i < words.length - 1; i++) {
		const tail = segment.slice(words[i].index);
		if (isPostcode(words[i][0]) && kindOf$2(tail) === "postal") return {
			start: segEnd - tail.length,
			end: range.end
		};
	}
	return range;
}
// src/core/redaction/rules/address-lines.ts
var US_STATE_CODES = "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI MP AA AE AP";
var STATE_NAMES = "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming";
/** Canadian provinces and territories: their codes, and their names in English and French. */
var CA_PROVINCES = "AB BC MB NB NL NS NT NU ON PE QC SK YT";
var CA_PROVINCE_NAMES = "Alberta|British Columbia|Colombie-Britannique|Manitoba|New Brunswick|Nouveau-Brunswick|Newfoundland and Labrador|Terre-Neuve-et-Labrador|Nova Scotia|Nouvelle-Écosse|Northwest Territories|Territoires du Nord-Ouest|Nunavut|Ontario|Prince Edward Island|Île-du-Prince-Édouard|Quebec|Québec|Saskatchewan|Yukon";
/** The older abbreviations of US states (AP style, still on letters and signs): `Mich.`, `Calif.`, `MICH.49423`. */
var AP_STATES = "Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ill|Ind|Kan|Kans|Md|Mass|Mich|Minn|Miss|Mont|Neb|Nebr|Nev|Okla|Ore|Oreg|Penn|Penna|Tenn|Tex|Wash|Wis|Wisc|Wyo";
var AP_STATE = `(?:${AP_STATES}|${AP_STATES.toUpperCase()})\\.`;
var STATE = `(?:${US_STATE_CODES.replace(/ /g, "|")}|${CA_PROVINCES.replace(/ /g, "|")})`;
/** Canada Post's postcode: no D, F, I, O, Q, U; no W or Z first. */
var CA_POSTCODE = "[ABCEGHJ-NPRSTVXY]\\d[ABCEGHJ-NPRSTV-Z][ \\t]?\\d[ABCEGHJ-NPRSTV-Z]\\d";
var UK_AREA = "AB|AL|B|BA|BB|BD|BH|BL|BN|BR|BS|BT|CA|CB|CF|CH|CM|CO|CR|CT|CV|CW|DA|DD|DE|DG|DH|DL|DN|DT|DY|E|EC|EH|EN|EX|FK|FY|G|GL|GU|GY|HA|HD|HG|HP|HR|HS|HU|HX|IG|IM|IP|IV|JE|KA|KT|KW|KY|L|LA|LD|LE|LL|LN|LS|LU|M|ME|MK|ML|N|NE|NG|NN|NP|NR|NW|OL|OX|PA|PE|PH|PL|PO|PR|RG|RH|RM|S|SA|SE|SG|SK|SL|SM|SN|SO|SP|SR|SS|ST|SW|SY|TA|TD|TF|TN|TQ|TR|TS|TW|UB|W|WA|WC|WD|WF|WN|WR|WS|WV|YO|ZE";
/** Words that number a US road (`Highway 10`, `County Road 42`, `US 401`, `FM 1960`), before its number. */
var ROUTE_WORDS = "Highway|HIGHWAY|Hwy|HWY|Route|ROUTE|Rte|RTE|County Road|COUNTY ROAD|County Rd|Interstate|INTERSTATE|US|U\\.S\\.|SR|CR|FM|RM|SH|Pike|PIKE";
var ROUTE_WORD = new RegExp(`^(?:${ROUTE_WORDS})$`);
/** Ends of address lines. Group 1 set: a UK postcode (the line may hold no house number). */
var ANCHOR = new RegExp([
	`(?<![\\w])${STATE}\\.?,?[ \\t]{1,3}\\d{5}(?:-\\d{4})?(?![\\w-])`,
	`(?<![\\w])(?:${STATE_NAMES}),?[ \\t]{1,3}\\d{5}(?:-\\d{4})?(?![\\w-])`,
	`(?<![\\w])${AP_STATE},?[ \\t]{0,3}\\d{5}(?:-\\d{4})?(?![\\w-])`,
	`(?<=[\\p{L}.)][ \\t,]{1,3})${CA_POSTCODE}(?:,?[ \\t](?:${CA_PROVINCE_NAMES}))?(?![\\w-])`,
	`(?<=\\p{Lu}[\\p{L}'’-]{1,30}[ \\t])\\((?:${CA_PROVINCE_NAMES})\\)(?![ \\t]*(?:[\\w-]))`,
	`(?<![\\w])(?:NSW|VIC|QLD|SA|TAS|ACT|NT|WA)[ \\t]{1,3}\\d{4}(?![\\w-])`,
	`,[ \\t]{0,2}${STATE}\\.?(?=[ \\t]*(?:$|[\\n.;!?)<"'\`]|,[ \\t]|[ \\t]\\p{Ll}))`,
	`,[ \\t]{0,2}(?:${STATE_NAMES}|${CA_PROVINCE_NAMES})(?=[ \\t]*(?:$|[\\n.;!?)<"—–]|,[ \\t]|[ \\t]\\p{Ll}))`,
	`(?<=\\p{Lu}\\p{L}{1,30}[ \\t])${STATE}(?=[ \\t]*(?:$|\\n|["'\`][ \\t]*[)}\\],;]?[ \\t]*(?:$|\\n)))`,
	`(?<![A-Za-z0-9])((?:${UK_AREA})\\d[A-Z\\d]? \\d[ABD-HJLNP-UW-Z]{2})(?![A-Za-z0-9])`,
	`(?<=(?:-(?:KU|SHI|CHO|ku|shi|cho|Ku|Shi|Cho|fu|ken|to)|TOKYO|Tokyo|OSAKA|Osaka|KYOTO|Kyoto)[ \\t,]{1,3})\\d{3}-\\d{4}(?![\\w-])`,
	`(?<=(?:${ROUTE_WORDS}|${STATE})[ \\t-]\\d{1,4}[A-Z]?(?:[ \\t](?:[NSEW]|N[EW]|S[EW]))?[ \\t])(?<route>${STATE})(?=[ \\t]*(?:$|\\n|["'\`|][ \\t]*[)}\\],;|]?[ \\t]*(?:$|\\n)))`,
	`(?<=\\p{Lu}[\\p{L}'’.-]{1,30}[ \\t])(?<zip>\\d{5}(?:-\\d{4})?)(?=[ \\t]*(?:$|[\\n|"'\`;)—–(]|,[ \\t]|\\.(?:\\s|$)))`
].join("|"), "gu");
var TYPES$3 = new Set([...STREET_TYPES, ...ENGLISH_STREET_TYPES].map((t) => t.replace(/\\/g, "").replace(/\.\?$/, "").toLowerCase()));
var UNITS = new RegExp(`^(?:${UNIT_WORDS}|no|nr|box|p\\.?o\\.?|of|de|del|la|le|les|du|des|d'|l'|di|da|dos|das|van|von|der|the|and|n°|c\\.p\\.?|bureau|local|porte|étage|case|postale|casier|oficina|despacho|büro|ufficio|interno|lobby|room|rm)\\.?$`, "i");
/** A word an address line is made of. */
function addressy(token) {
	const t = token.replace(/,$/, "");
	if (t === "") return true;
	if (/^&(?:amp;|#38;)?$/.test(t)) return true;
	if (/[:<>"'()[\]{}=;]/.test(t)) return false;
	if (/^[#№]?\d[\p{L}\d/.-]{0,12}$/u.test(t)) return true;
	if (/^\p{Lu}{1,2}-?\d{1,5}$/u.test(t)) return true;
	if (/^\p{Lu}[\p{L}\p{M}'’.-]{0,30}$/u.test(t)) return true;
	const bare = t.replace(/\.$/, "").toLowerCase();
	return TYPES$3.has(bare) || UNITS.test(t) || /^[nsew]{1,2}\.?$/i.test(t) || /^[a-z]$/.test(t);
}
var houseNumber = (t) => /^\d[\p{L}\d/-]{0,12},?$/u.test(t);
/**
* USPS box and route words (Publication 28, 2.3): a box (`Drawer`, `Lockbox`, `Caller`), a rural or highway
* contract route (`RR 3 Box 273`, `HC 1 Box 5`) and the military's (`PSC 1234 Box 56`, `CMR 410`).
*/
var US_BOX_WORDS = [
	"box",
	"drawer",
	"lockbox",
	"caller",
	"rr",
	"rfd",
	"hc",
	"psc",
	"cmr"
];
var poBoxAt = (tokens, i) => /^p\.?\s?o\.?$/i.test(tokens[i]) && /^box$/i.test(tokens[i + 1] ?? "") || /^(?:RR|R\.R\.|RFD|HC|PSC|CMR|Rr|Hc|Psc|Cmr|Drawer|Lockbox|DRAWER|LOCKBOX)$/.test(tokens[i]) && /^(?:#|#?\d{1,6}|[A-Z]{1,3})$/.test(tokens[i + 1] ?? "") && /\d/.test(tokens.slice(i + 1, i + 3).join(""));
function* findAddressLines(text) {
	const re = new RegExp(ANCHOR.source, ANCHOR.flags);
	let floor = 0;
	let match;
	while ((match = re.exec(text)) !== null) {
		const anchorStart = match.index + (match[0].startsWith(",") ? 1 : 0);
		const bareState = /^[A-Z]{2}$/.test(match[0]);
		const anchorEnd = match.index + match[0].length;
		const lineStart = lineStartWithin(text, Math.max(floor, anchorStart - 200), anchorStart);
		const floorBefore = floor;
		floor = anchorEnd;
		const typed = match.groups?.zip !== void 0;
		const route = match.groups?.route !== void 0;
		let start = startOf(text, lineStart, anchorStart, match[1] !== void 0, false, route ? 3 : bareState ? 4 : 2, typed, typed || route);
		let lineAt = lineStart;
		for (let back = 0; start === null && back < 3 && lineAt > floorBefore && text[lineAt - 1] === "\n"; back++) {
			if (startOf(text, lineAt, back === 0 ? anchorStart : lineAt, false, true) === null && back === 0) break;
			const prevStart = lineStartWithin(text, Math.max(floorBefore, lineAt - 121), lineAt - 1);
			start = startOf(text, prevStart, lineAt - 1, false);
			if (start === null && startOf(text, prevStart, lineAt - 1, false, true) === null) break;
			lineAt = prevStart;
		}
		if (start !== null) yield {
			start,
			end: anchorEnd
		};
	}
}
/** The start of the line holding `at`, looking back no further than `from`. */
function lineStartWithin(text, from, at) {
	const cut = text.slice(from, at).lastIndexOf("\n");
	return cut === -1 ? from : from + cut + 1;
}
/** The end of the line holding `at` (its line break, or `to`), looking no further than `to`. */
function lineEndWithin(text, at, to) {
	const cut = text.slice(at, to).indexOf("\n");
	return cut === -1 ? to : at + cut;
}
/** Where the address ending at `anchorStart` begins on its line: its house number or PO box, or null. */
function startOf(text, lineStart, anchorStart, uk, wholeLine = false, minWords = 2, typed = false, opens = false) {
	const line = text.slice(lineStart, anchorStart);
	const tokens = [];
	const tokenRe = /[^\s<>"'`(){}[\]：，、。；]+/g;
	let m;
	while ((m = tokenRe.exec(line)) !== null) tokens.push({
		t: m[0],
		at: lineStart + m.index
	});
	let first = tokens.length;
	while (first > 0 && addressy(tokens[first - 1].t)) first--;
	if (wholeLine) return first === 0 ? lineStart : null;
	const words = tokens.slice(first).map((x) => x.t);
	for (let i = 0; i < words.length; i++) {
		if (!(houseNumber(words[i]) || poBoxAt(words, i)) || words.length - i < minWords || !words.slice(i + 1).some((w) => /\p{L}{2}/u.test(w))) continue;
		if (opens && i > 0) return null;
		if (typed && !poBoxAt(words, i) && !words.slice(i + 1, -1).some((w) => TYPES$3.has(w.replace(/[,.]+$/, "").toLowerCase()))) continue;
		let at = i;
		if (at > 0 && ROUTE_WORD.test(words[at - 1])) {
			at--;
			while (at > 0 && i - at < 3 && /^\p{Lu}[\p{L}.]*$/u.test(words[at - 1])) at--;
		}
		return tokens[first + at].at;
	}
	if (uk) {
		const typed = words.findIndex((w) => TYPES$3.has(w.replace(/[,.]$/g, "").toLowerCase()) && /^\p{Lu}/u.test(w));
		if (typed > 0) {
			let i = typed;
			while (i > 0 && !words[i - 1].endsWith(",")) i--;
			return tokens[first + i].at;
		}
	}
	return null;
}
var addressLineRule = {
	id: "address-line",
	kind: "postal_address",
	level: "strict",
	priority: 41,
	description: "Address found from its end — US state (code, name or old abbreviation) + ZIP or `, ST`, Canadian postcode or `(Province)`, UK postcode, Japanese postcode after romanised place words; round 14: a town + ZIP with no state after a typed street, a numbered road before the state — back to its house number, PO box or route and box words",
	find: findAddressLines
};
// src/core/redaction/rules/regex-rule.ts
function regexRule(spec) {
	const { pattern, group, accept } = spec;
	if (!pattern.global) throw new Error(`rule ${spec.id}: pattern must be global`);
	if (group !== void 0 && !pattern.hasIndices) throw new Error(`rule ${spec.id}: group needs the d flag`);
	return {
		id: spec.id,
		kind: spec.kind,
		level: spec.level,
		priority: spec.priority ?? 50,
		description: spec.description,
		*find(text) {
			const re = new RegExp(pattern.source, pattern.flags);
			let match;
			while ((match = re.exec(text)) !== null) {
				if (match[0].length === 0) {
					re.lastIndex++;
					continue;
				}
				let start = match.index;
				let end = start + match[0].length;
				if (group !== void 0) {
					const indices = match.indices?.[group];
					if (!indices) continue;
					[start, end] = indices;
				}
				if (accept && !accept(text.slice(start, end), match, text)) continue;
				yield {
					start,
					end
				};
			}
		}
	};
}
/** The `size` characters before `index`, lower-cased, for context words like "version" or "order". */
function before(text, index, size) {
	return text.slice(Math.max(0, index - size), index).toLowerCase();
}
// src/core/redaction/rules/address-latam.ts
var STREET$3 = "(?:(?:Avenida|Av\\.?|Ak|Ac)\\s?)?(?:Calle|Cl\\.?|Cll\\.?|Clle\\.?|Carrera|Cra\\.?|Cr\\.?|Kr\\.?|Kra\\.?|Transversal|Tv\\.?|Trans\\.?|Diagonal|Dg\\.?|Diag\\.?|Circular|Circunvalar)";
var NUMBER$2 = "\\d{1,3}\\s?[A-Z]?(?:\\s?[Bb]is)?(?:\\s?[A-Z])?";
var colombianStreetAddress = regexRule({
	id: "co-street-address",
	kind: "postal_address",
	level: "strict",
	priority: 42,
	description: "Colombian nomenclature: Calle/Carrera/Transversal/Diagonal + number + #/No. + cross street-metres, then its locality words",
	pattern: new RegExp(`(?<![\\p{L}\\d])${STREET$3}\\s?${NUMBER$2}\\s?(?:#|No\\.?|N[°º]\\.?|Nro\\.?)\\s?${NUMBER$2}\\s?-\\s?\\d{1,3}(?:\\s?[A-Z](?![\\p{L}]))?(?:,?(?: (?:\\p{Lu}[\\p{L}\\p{M}.]{1,20}|DC|D\\.C\\.)){1,4})?`, "gu")
});
var WORD$4 = "\\p{Lu}[\\p{L}\\p{M}.'’-]{0,24}";
var NAME$3 = `${WORD$4}(?: (?:${WORD$4}|de|del|la|las|los|el|y|\\d{1,3})){0,5}`;
/** The landmark: its lower-case kind first (`rotonda`, `antiguo cine`, `los semáforos de`) then its name. */
var LANDMARK = `(?:(?:\\p{Ll}[\\p{Ll}\\p{M}]{2,15}|de|del|la|el|los|las) ){0,3}${NAME$3}`;
var LEG = "(?:\\d{1,3}(?:[.,]\\d)?(?: ?1/2)?|1/2|½) ?(?:c\\.|cdas?\\.|cuadras?|varas|vrs\\.|v\\.|m|mts\\.?|metros) (?:(?:al|hacia el|hacia al|para el) )?(?:sur|norte|este|oeste|oriente|poniente|arriba|abajo|lago|montaña)";
var LOCALITY = `(?:,? ?\\n?[ \\t]{0,4}(?:(?:casa|casa no\\.?|casa n[º°]|apto\\.?|apartamento|edificio|local|#) ?[\\p{L}\\p{Nd}-]{1,14}(?![\\p{L}\\p{Nd}])|${NAME$3}))`;
var landmarkAddress = regexRule({
	id: "landmark-address",
	kind: "postal_address",
	level: "strict",
	priority: 42,
	description: "Round 15: a Central American address from a landmark, in blocks, varas or metres to a direction (`De la rotonda Rubén Darío 2 c. al sur, casa 14, Managua`, `Del Banco Nacional 200 m al norte`), then its house and town",
	pattern: new RegExp(`(?<![\\p{L}\\p{Nd}])(?:De(?:l| la| los| las| el)?|Donde fue(?: el| la)?|Frente a(?:l| la)?|Contiguo a(?:l| la)?) ${LANDMARK} ${LEG}(?:,? (?:y )?${LEG}){0,3}${LOCALITY}{0,3}`, "gu")
});
var CROSSED_STREET = "(?:Calle|C\\.|Avenida|Ave?\\.|Av|Carretera|Calzada|Paseo|Prolongación|Callejón)";
var CROSS = "(?:e/|entre|x|esq\\.|esquina(?: a| con)?)";
var CROSS_NAME = "(?:calles? )?(?:\\d{1,3}[A-Z]?|\\p{Lu}[\\p{L}\\p{M}]{0,20})";
var crossStreetAddress = regexRule({
	id: "cross-street-address",
	kind: "postal_address",
	level: "strict",
	priority: 42,
	description: "Round 15: a Cuban or Yucatán street and number with its cross streets (`Calle 23 No. 358 e/ J y K, Vedado`, `Calle 60 No. 491-A x 57 y 59`), then its locality",
	pattern: new RegExp(`(?<![\\p{L}\\p{Nd}])${CROSSED_STREET} (?:\\d{1,3}[A-Za-z]{0,3}|${WORD$4}(?: ${WORD$4}){0,3}) (?:No\\.?|N[º°]\\.?|#) ?\\d{1,5}(?:-?[A-Z])? ${CROSS} ${CROSS_NAME}(?: (?:y|e) ${CROSS_NAME})?(?:, ${NAME$3}){0,3}`, "gu")
});
// src/core/redaction/rules/address-thai.ts
var MARKERS = [
	"เลขที่",
	"หมู่ที่",
	"หมู่บ้าน",
	"หมู่",
	"ม\\.",
	"ซอย",
	"ซ\\.",
	"ถนน",
	"ถ\\.",
	"แขวง",
	"ตำบล",
	"ต\\.",
	"เขต",
	"อำเภอ",
	"อ\\.",
	"จังหวัด",
	"จ\\.",
	"อาคาร",
	"ชั้น",
	"ห้อง",
	"กรุงเทพมหานคร",
	"กรุงเทพฯ",
	"ບ້ານ",
	"ຖະໜົນ",
	"ຖະຫນົນ",
	"ຮ່ອມ",
	"ໜ່ວຍ",
	"ເມືອງ",
	"ແຂວງ",
	"ນະຄອນຫຼວງ"
].join("|");
/**
* Khmer (round 14), in Cambodia Post's order: street, village, commune or sangkat, district or khan, province or the
* capital, then a six-digit postcode. The marker is glued to its name (`សង្កាត់ជ័យជំនះ`) or followed by a number
* (`ផ្លូវ 178`); a marker standing alone after a number is a counted noun (`25 ខេត្ត និង 4 ក្រុង`, 25 provinces).
*/
var KHMER_MARKERS = [
	"ផ្លូវ",
	"ភូមិ",
	"ឃុំ",
	"សង្កាត់",
	"ស្រុក",
	"ខណ្ឌ",
	"ក្រុង",
	"ខេត្ត",
	"រាជធានី"
].join("|");
/** A marked part, and the number some carry after a space (`ซอยสุขุมวิท 21`). */
var PART$3 = `(?:(?:${MARKERS})[ .]?[\\p{Script=Thai}\\p{Script=Lao}\\p{Nd}]{0,30}(?: \\p{Nd}{1,4}(?!\\p{Nd}))?|(?:${KHMER_MARKERS})(?:[\\p{Script=Khmer}\\p{Nd}]{1,30}| \\p{Nd}{1,4}(?!\\p{Nd})))`;
var THAI_LAO = new RegExp(`(?<![\\p{Nd}/])(?:(?:บ้านเลขที่|เลขที่|ເຮືອນເລກທີ|ເລກທີ|ផ្ទះលេខ) ?)?\\p{Nd}{1,5}(?:/\\p{Nd}{1,5})?(?<parts>(?:[ \\t]{1,3}${PART$3}){1,8})(?<postcode>[ \\t]{1,3}\\p{Nd}{5,6}(?!\\p{Nd}))?`, "gu");
var PLACE_PART = new RegExp(`^(?!อาคาร|ชั้น|ห้อง)(?:${MARKERS}|${KHMER_MARKERS})`, "u");
function* findThaiLao(text) {
	const re = new RegExp(THAI_LAO.source, THAI_LAO.flags);
	let match;
	while ((match = re.exec(text)) !== null) {
		if (match.groups.parts.trim().split(/[ \t]+(?=\S)/u).filter((p) => PLACE_PART.test(p)).length + (match.groups.postcode ? 1 : 0) < 2) continue;
		yield {
			start: match.index,
			end: match.index + match[0].length
		};
	}
}
var thaiLaoAddress = {
	id: "th-lo-address",
	kind: "postal_address",
	level: "strict",
	priority: 42,
	description: "Round 12: Thai or Lao address — a house number then parts named by their marker words (หมู่, ซอย, ถนน, แขวง/ตำบล, เขต/อำเภอ, จังหวัด; ບ້ານ, ຖະໜົນ, ເມືອງ, ແຂວງ; round 14, Khmer: ផ្លូវ, ភូមិ, ឃុំ/សង្កាត់, ស្រុក/ខណ្ឌ, ខេត្ត/រាជធានី), two or more, or one and the postcode",
	find: findThaiLao
};
// src/core/redaction/rules/address-turkish.ts
var NAME$2 = "\\p{Lu}[\\p{L}\\p{M}'’.\\-]{0,25}";
var NAMES$1 = `${NAME$2}(?: (?:${NAME$2}|\\d{1,4}\\.?)){0,3}`;
var NEIGHBOURHOOD = `${NAMES$1} (?:Mah\\.|Mh\\.|Mahallesi|Mahalle)`;
var STREET$2 = `${NAMES$1} (?:Cad\\.|Cd\\.|Caddesi|Sok\\.|Sk\\.|Sokak|Sokağı|Blv\\.|Bul\\.|Bulvarı)`;
var DOOR = "No ?: ?\\d{1,5}(?:[/-]\\d{1,4}|[A-Z])?";
var UNIT$1 = "(?:,? (?:Kat|K|D|Daire|Blok) ?: ?[\\dA-Z]{1,4}(?![\\p{L}\\p{Nd}]))";
var PLACE$2 = `(?:,? (?:\\d{5} )?${NAME$2}(?: ?/ ?${NAME$2})?)`;
var turkishAddress = regexRule({
	id: "tr-address",
	kind: "postal_address",
	level: "strict",
	priority: 42,
	description: "Round 12: Turkish address — neighbourhood (Mah.), street by its type (Cad., Sok., Blv.) and `No:` door number, then floor/flat, postcode and district/province",
	pattern: new RegExp(`(?<![\\p{L}\\p{M}])(?:${NEIGHBOURHOOD},? )?${STREET$2},? ${DOOR}${UNIT$1}{0,3}${PLACE$2}?`, "gu"),
	accept: (value) => MORE.test(value)
});
var MORE = new RegExp(`(?:Mah\\.|Mh\\.|Mahallesi|Mahalle)|${UNIT$1}|\\d{5} |\\p{L} ?/ ?\\p{Lu}`, "u");
// src/core/redaction/rules/address-vietnamese.ts
/** A capitalised name of up to five words; a highway's number counts as one (`Quốc Lộ 1A`). */
var NAME$1 = "\\p{Lu}[\\p{L}\\p{M}]{0,15}(?: (?:\\p{Lu}[\\p{L}\\p{M}]{0,15}|\\d{1,3}[A-Z]?(?![\\p{L}\\p{Nd}]))){0,4}";
var LANE = "(?:Số|số|Hẻm|hẻm|Ngõ|ngõ|Ngách|ngách|Kiệt|kiệt)";
var STREET$1 = `(?:${LANE} ?)?\\d{1,5}[A-Z]?(?:/\\d{1,4}){0,2}(?: ${LANE} \\d{1,4}){0,2} (?:(?:Đường|đường|Phố|phố) )?${NAME$1}`;
var ADMIN_WORD = "Phường|Quận|Huyện|Xã|Thị xã|Thị trấn|Thành phố|Tỉnh";
var ADMIN = `(?:${ADMIN_WORD}|P\\.|Q\\.|TX\\.|TT\\.|TP\\.|Tp\\.) ?(?:\\d{1,2}(?!\\d)|${NAME$1})`;
var vietnameseAddress = regexRule({
	id: "vn-address",
	kind: "postal_address",
	level: "strict",
	priority: 42,
	description: "Round 12: Vietnamese address — house number and street (Số, Hẻm, Ngõ), then two or more administrative parts led by Phường, Quận, Huyện, Xã, Thành phố/TP., Tỉnh",
	pattern: new RegExp(`(?<![\\p{L}\\p{Nd}/])${STREET$1}(?:, ?${ADMIN}){2,5}`, "gu"),
	accept: (value) => new RegExp(`, ?(?:${ADMIN_WORD}) `, "u").test(value)
});
// src/core/redaction/rules/address-country-lines.ts
var MAX_LINES_BEFORE = 6;
/** A line that may be a country's name: one to four words, nothing that names no country. */
var COUNTRY_LINE = /^[ \t]*([^\s\d:;,.!?(){}[\]<>"=#*|/\\][^\n\d:;,!?(){}[\]<>"=#*|/\\]{1,40})[ \t]*$/gmu;
/** Where each block closed by a country line starts (lines before it, at most six; none when the country line is first). */
function blocksBeforeCountryLines(text) {
	const starts = [];
	const names = countryNames();
	const re = new RegExp(COUNTRY_LINE.source, COUNTRY_LINE.flags);
	let m;
	while ((m = re.exec(text)) !== null) {
		const name = normaliseName(m[1]);
		if (name.split(" ").length > 4 || !names.countryNames.has(name)) continue;
		let start = m.index;
		for (let lines = 0; lines < MAX_LINES_BEFORE && start > 0; lines++) {
			const lineStart = text.lastIndexOf("\n", start - 2) + 1;
			const line = text.slice(lineStart, start - 1);
			if (line.trim() === "" || /[:：][ \t]*$/.test(line)) break;
			start = lineStart;
		}
		if (start < m.index) starts.push(start);
	}
	return starts;
}
// src/core/redaction/rules/address-postcode-words.ts
var ADMIN_WORDS = new Set("district dist region province prefecture county state territory ward borough parish municipality city town village area sector block colony nagar layout extension road street lane cross main phase stage oblast krai okrug raion область обл округ район р-н край город г пос посёлок поселок село деревня д с мкр микрорайон республика респ область. обл. г. пос. д. с. мкр. gu gun si shi ku cho machi mura ken fu to do dong eup myeon ri provincia departamento estado distrito municipio comune provincie région département kreis bezirk landkreis gemeinde colonia col delegación alcaldía barrio localidad partido cantón parroquia corregimiento comuna amphoe tambon khet khwaeng quận huyện phường xã tỉnh thành phố de del la las los el da do das dos di du des le les von der van den y e i and of the upon on sur am an im".split(" "));
/** Street markers beyond the street-type word lists: romanised Korean/Japanese, CJK, Thai, Arabic, Persian, Hebrew, Indic. */
var STREET_MARKER = /^(?:\p{L}{2,}-(?:ro|gil|daero|ro\d{0,3}beon-gil|dong|dori|dōri|chōme|chome|machi|cho|chō)|chome|chōme|chō-me|No\.?\p{Nd}{1,5}.*)$|[路街道巷弄号號]|丁目|番地|通り|[로길]$|^(?:ถนน|ซอย|ถ\.|ซ\.|شارع|ش\.|طريق|خیابان|کوچه|بلوار|میدان|רחוב|רח'|שדרות|मार्ग|रोड|स्ट्रीट|नगर|सड़क)/iu;
var TYPES$2 = new Set([...STREET_TYPES, ...ENGLISH_STREET_TYPES].map((t) => t.replace(/\\/g, "").replace(/\.\?$/, "").replace(/\?$/, "").toLowerCase()));
var FUSED = new RegExp(`\\p{L}{3}(?:${FUSED_STREET_ENDINGS.filter((e) => e.length >= 3).join("|")})$`, "iu");
/** A word that names a street by itself: a street type, a fused type ending, or a street marker of any script. */
function isStreetWord(word) {
	const w = word.replace(/[,;]$/, "");
	const bare = w.replace(/\.$/, "").toLowerCase();
	return TYPES$2.has(bare) || TYPES$2.has(`${bare}.`) || FUSED.test(w) || STREET_MARKER.test(w);
}
/** Words that make a number in the same segment something other than a house number or postcode. */
var NOT_ADDRESS_NUMBER_WORDS = new Set("version ver v build release chapter page pages step steps item items figure fig table section part order invoice ticket issue pr commit line lines total score year years days hours minutes min sec seconds percent pts points rev revision copyright edition since until from vol volume std rfc iso".split(" "));
/** A number with a unit after it (`281 MB`, `16px`, `3 times`): a quantity, not a house number. */
var QUANTITY = /\p{Nd} ?(?:[kKMGT]i?B|bytes|ms|px|pt|rem|fps|[kMG]?Hz|kg|mg|km|mi|lbs?|USD|EUR|GBP|x|times|users|rows|requests|items|files)(?![\p{L}])/u;
// src/core/redaction/rules/address-postcode-segments.ts
/** Characters that never stand in an address segment: code, markup, key-value pairs, money. */
var CODE = /[=:{}<>[\]"`|\\@*_$%€£+~^;©]|\w\(|\(c\)/i;
var MAX_SEGMENT$1 = 90;
/** Commas of other scripts split segments too: Arabic `،` (Arabic, Persian, Urdu), Ethiopic `፣` (round 12), Burmese `၊` (round 14). */
var COMMAS = /* @__PURE__ */ new Set([
	",",
	"，",
	"、",
	"،",
	"፣",
	"၊"
]);
var BREAKS = /* @__PURE__ */ new Set([
	"\n",
	...COMMAS,
	"\"",
	"`",
	"“",
	"”",
	"«",
	"»",
	"「",
	"」"
]);
/**
* Round 13: typographic quotes around a street's name after its type word (`ул. „Витоша“ 64`, `пр. «Мира» 5`,
* `Str. „Mihai Eminescu” 3`) are inside the segment, not the quotes of a JSON string or a citation around it.
*/
var NAMED_QUOTE = /([\p{L}\p{M}-]+\.?) ([„«“][^„«“”»\n,"]{1,30}[“”»])(?= ?\p{Nd})/gu;
function namedQuote(text, i) {
	const from = Math.max(0, i - 50);
	for (const m of text.slice(from, i + 34).matchAll(NAMED_QUOTE)) {
		const open = from + m.index + m[1].length + 1;
		if ((open === i || open + m[2].length - 1 === i) && isStreetWord(m[1])) return true;
	}
	return false;
}
function isBreak(text, i) {
	const ch = text[i];
	if (BREAKS.has(ch)) return !("“”«»".includes(ch) && namedQuote(text, i));
	if (ch === "|") return /\s/.test(text[i - 1] ?? " ") && /\s/.test(text[i + 1] ?? " ");
	return ch === "'" && !(/\p{L}/u.test(text[i - 1] ?? "") && /\p{L}/u.test(text[i + 1] ?? ""));
}
function kindOfBreak(text, i) {
	const ch = text[i];
	if (ch === void 0) return "hard";
	if (ch === "\n") return /\n[ \t]*$/.test(text.slice(Math.max(0, i - 20), i)) ? "hard" : "line";
	return COMMAS.has(ch) ? "comma" : "hard";
}
/** The segment ending at `end` (exclusive), looking back at most MAX_SEGMENT characters and never before `floor`. */
function segmentBefore(text, end, floor) {
	let i = end - 1;
	const stop = Math.max(floor, end - MAX_SEGMENT$1);
	while (i >= stop && !isBreak(text, i)) i--;
	if (i < stop && i >= floor && stop > floor) return null;
	return {
		start: i + 1,
		end,
		before: i < floor ? "hard" : kindOfBreak(text, i)
	};
}
function segmentAfter(text, start, limit) {
	let i = start;
	const stop = Math.min(limit, start + MAX_SEGMENT$1);
	while (i < stop && !isBreak(text, i)) i++;
	if (i >= stop && stop < limit) return null;
	return {
		start,
		end: i,
		before: "comma"
	};
}
function trimmed(text, seg) {
	let { start, end } = seg;
	while (start < end && /\s/.test(text[start])) start++;
	while (end > start && /[\s.!?]/.test(text[end - 1])) end--;
	while (start < end && /[-*>•·]/.test(text[start]) && /\s/.test(text[start + 1] ?? "")) start += 2;
	return {
		value: text.slice(start, end),
		start,
		end
	};
}
var NUMBER$1 = /(?<![\p{L}\p{Nd}]|\p{Nd}\.)(?:[#№]|[Nn][°ºo]\.? ?)?\p{Nd}{1,5}(?:[\p{L}]{0,2}|[/-]\p{Nd}{1,5}[\p{L}]?){0,3}(?![\p{Nd}]|\.\p{Nd})/u;
/** Where a sentence or label ends inside a segment: `: `, `? `, or a full stop after a word (not `ул. `, `No. `). */
var SENTENCE_END = /[:：](?=\s)|(?<=\p{Ll}{3}|\p{Lu}\p{Ll}{3})[.?!](?=\s+\p{Lu})|[?!](?=\s)/gu;
var PARTICLES$2 = new Set(NAME_PARTICLES.split("|"));
/** A lower-case word that is neither a street word nor a particle: the segment starts with prose. */
var prose = (value) => value.split(/\s+/).some((w) => /^\p{Ll}/u.test(w) && !isStreetWord(w) && !PARTICLES$2.has(w));
var YEAR$1 = /(?<![\p{Nd}])(?:19|20)\d\d(?![\p{Nd}])/gu;
/** A word of two letters or more; round 14: the vowel signs of Indic and South-East Asian scripts (marks) may stand
* between its letters (`বাড়ি`, `রোড`, `ផ្ទះ`: no two letters stood side by side, so `বাড়ি ২৩` read as a bare number). */
var WORDISH = /(?<![\p{Nd}\p{L}\p{M}])\p{L}\p{M}*\p{L}|[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** Walks from neighbouring postcodes cross the same segments: each distinct segment is classified once per text. */
var memo$2 = /* @__PURE__ */ new Map();
/** A new text: the segments of the last one are forgotten. */
function forgetSegments() {
	memo$2 = /* @__PURE__ */ new Map();
}
function classify(value) {
	let kind = memo$2.get(value);
	if (kind === void 0) {
		if (memo$2.size > 5e3) memo$2 = /* @__PURE__ */ new Map();
		kind = classifyOnce(value);
		memo$2.set(value, kind);
	}
	return kind;
}
function classifyOnce(value) {
	if (value === "" || value.length > 70 || CODE.test(value)) return null;
	const words = value.replace(/[()]/g, " ").split(/\s+/).filter((w) => w !== "");
	if (words.length > 7) return null;
	const lower = words.filter((w) => /^\p{Ll}/u.test(w) && !ADMIN_WORDS.has(w.toLowerCase().replace(/\.$/, "")) && !isStreetWord(w));
	const typed = words.some((w) => isStreetWord(w));
	if (MONTH_DAY.test(value) && !typed || QUANTITY.test(value) || !typed && words.some((w) => NOT_ADDRESS_NUMBER_WORDS.has(w.toLowerCase().replace(/[.,]$/, "")))) return null;
	const numbered = NUMBER$1.test(value.replace(YEAR$1, ""));
	if (numbered && /\d{1,2}[:.]\d{2}\b|\d{4}-\d{2}-\d{2}/.test(value)) return null;
	if (lower.length > (numbered ? 1 : 2) || lower.length > 0 && lower.length === words.length && words.length > 2) return null;
	if (numbered && WORDISH.test(value)) return "street";
	if (typed) return "street";
	if (numbered) return words.length <= 3 ? "number" : null;
	return /\p{L}/u.test(value) ? "place" : null;
}
/** The address-looking end of a longer segment (`hey, can you check this? ул. Победы`): its street, or null. */
function streetTail(text, seg) {
	const { value, start } = trimmed(text, seg);
	let sentence = -1;
	for (const m of value.matchAll(SENTENCE_END)) sentence = m.index;
	const tokens = [...value.slice(sentence + 1).matchAll(/\S+/g)];
	let first = tokens.length;
	while (first > 0) {
		const t = tokens[first - 1][0];
		if (CODE.test(t) || /^\p{Ll}/u.test(t) && !isStreetWord(t) && !PARTICLES$2.has(t)) break;
		first--;
	}
	while (first < tokens.length && PARTICLES$2.has(tokens[first][0])) first++;
	if (first === tokens.length) return null;
	const at = start + sentence + 1 + tokens[first].index;
	const kind = classify(text.slice(at, trimmed(text, seg).end));
	return kind === null ? null : {
		at,
		kind
	};
}
// src/core/redaction/rules/address-introduced.ts
/**
* What introduces an address: the word for address in the languages of the street-type dictionaries, a delivery or
* dwelling phrase (`ship to`, `Lieferung an`, `live at`, `moved to`, `va fatta a`), or a street field's name before
* its `:` or `=` (a street type alone opens lists of street names too).
*/
var INTRO = new RegExp([
	"address(?:e|es)?\\d?",
	"addr\\d?",
	"adres(?:a|i|e|ă)?",
	"adresse",
	"anschrift",
	"direcci[oó]n",
	"endere[cç]o",
	"indirizzo",
	"osoite",
	"adressi",
	"aadress",
	"heimilisfang",
	"cím",
	"naslov",
	"adresas",
	"адрес[ау]?",
	"адреса",
	"адресу",
	"العنوان",
	"عنوان",
	"כתובת",
	"địa chỉ",
	"alamat",
	"住所",
	"地址",
	"주소",
	"배송지",
	"送り先",
	"آدرس",
	"نشانی",
	"پتہ",
	"पता",
	"ठेगाना",
	"ঠিকানা",
	"முகவரி",
	"చిరునామా",
	"ವಿಳಾಸ",
	"સરનામું",
	"ਪਤਾ",
	"ලිපිනය",
	"მისამართი",
	"Հասցե",
	"አድራሻ",
	"διεύθυνση",
	"adresi",
	"ünvan",
	"manzil",
	"мекенжай",
	"хаяг",
	"anwani",
	"tirahan",
	"(?:street|straße|strasse|calle|rua|ulica)(?=[\"']?[ 	]*[:=])",
	"ship(?:ping)?(?: it)? to",
	"deliver(?:y|ed)?(?: it)? to",
	"send (?:it |this |the \\p{L}+ )?to",
	"mail (?:it )?to",
	"lieferung an",
	"bitte an",
	"schicken an",
	"va fatta a",
	"spedire a",
	"enviar a",
	"envío a",
	"(?:mande|envie|enviar|entregar) (?:para|em)",
	"entrega(?: en| a)?",
	"live at",
	"living at",
	"moved to",
	"located at",
	"office is at",
	"visit us at",
	"find us at",
	"wohne in",
	"j'habite"
].join("|").replace(/^/, "(?<![\\p{L}\\p{Nd}.])(?:") + ")(?![\\p{L}\\p{Nd}(])", "giu");
/**
* The address word closing a compound label (`Lieferadresse:`, `Rechnungsanschrift:`, `Leveringsadres:`,
* `Postadress:`): German, Dutch and Nordic glue the kind of address before it. Only lower case after lower case and
* before a colon, so an identifier (`emailAddress = …`) is no introduction; round 13: up to four lower-case words
* may stand before the colon (`Rechnungsanschrift bitte ändern auf:`), and the Finnish, Estonian and Icelandic
* words, glued the same way (`Toimitusosoite:`, `Kohaletoimetamisaadress:`, `Afhendingarheimilisfang:`); not an
* e-mail's, IP's or web address's (`sähköpostiosoite:`, `E-Mail-Adresse:`, `IP-osoite:`).
*/
var COMPOUND_WORD = "(?<=\\p{Ll}{3})(?<!(?:mail|e-?posti?|sähköposti|ip|web|nett?|netz|verkko|internet|url|mac|server|wallet)-?)(?:adresse|adress|adres|anschrift|address|osoite|aadress|heimilisfang)";
var COMPOUND_INTRO = new RegExp(`${COMPOUND_WORD}(?=(?:[ \\t]+\\p{Ll}{1,12}){0,4}[ \\t]*:)`, "gu");
/** Round 15: the compound label with no colon, alone on its line or before the address (`Bezorgadres\n`, `Postiosoite Hämeenkatu 5`). */
var COMPOUND_BARE = new RegExp(`${COMPOUND_WORD}(?=[ \\t]*\\r?\\n|[ \\t]+[\\p{Lu}\\p{Nd}])`, "gu");
/** Introductions that name no place (`send it to`, `mail to`): what follows may be a person, so places alone are not enough. */
var WEAK_INTRO = /^(?:send|mail)\b/i;
/** After the introduction: the rest of its label (`de entrega:`, ` mea:`, `_line1=`, `=`, `": "`), up to the first address word. */
var LABEL_TAIL = /^(?:[ \t]*(?:\p{Ll}[\p{Ll}\p{M}]{0,11}(?![\p{L}\p{M}]|\.[ \t]?\p{Nd})|[_.][\p{L}\p{Nd}]{1,12}|[:=：\-–—"'“«>(|]+))*[ \t]*(?:\r?\n[ \t]*){0,3}(?:```[\w-]{0,12}[ \t]*\r?\n[ \t]*)?/u;
var SEGMENT_BREAK = /[\n,，、،፣;"“”«»|]/;
var PARTICLES$1 = new Set(NAME_PARTICLES.split("|"));
var CASELESS_WORD = new RegExp(`^[${[
	"Arabic",
	"Hebrew",
	"Thai",
	"Lao",
	"Myanmar",
	"Georgian",
	"Sinhala",
	"Malayalam",
	"Devanagari",
	"Bengali",
	"Ethiopic",
	"Han",
	"Hangul",
	"Tamil",
	"Telugu",
	"Kannada",
	"Gujarati",
	"Gurmukhi"
].map((script) => `\\p{Script=${script}}`).join("")}]`, "u");
var LOWER_AFTER_SPACE = / (?:\p{Ll}|[—–-])/u;
/** Where prose starts after the address in its segment (`… 676 schicken`, `… Baghdad bitte`, `… 93 in May`), or -1. */
function proseAt(value) {
	const note = value.search(/ \(\p{Ll}/u);
	if (note > 0) return note;
	if (!LOWER_AFTER_SPACE.test(value)) return -1;
	let at = 0;
	let numbered = false;
	let numberFirst = false;
	const words = value.split(" ");
	const lowerWord = (word) => /^(?:\p{Ll}[^.]*$|[—–-]$)/u.test(word);
	let lowerTail = words.length;
	while (lowerTail > 0 && lowerWord(words[lowerTail - 1])) lowerTail--;
	for (const [i, word] of words.entries()) {
		const prose = (numbered || i >= lowerTail || numberFirst && !NAME_LINKS.test(word)) && !isStreetWord(word);
		if (at > 0 && lowerWord(word) && prose) return at - 1;
		if (i === 0 && words.length > 1 && (/^\p{Lu}/u.test(words[1]) || isStreetWord(words[1])) && /\p{Nd}/u.test(word)) numberFirst = true;
		else numbered ||= /\p{Nd}/u.test(word);
		at += word.length + 1;
	}
	return -1;
}
/** The linking words inside Romance street names (`Estrada de Dom Maria II`, `Rua das Flores`). */
var NAME_LINKS = /^(?:de|del|della|delle|dei|degli|di|da|dal|do|dos|das|du|des|la|le|les|los|las|[ld]['’].*|y|e)$/;
/** A house number as a word of its own (`39A`, `213-1`, `53/27`, `5a`), not an ordinal (`10th`) or a part of a code. */
var HOUSE_NUMBER = /(?<![\p{L}\p{Nd}./])\p{Nd}{1,5}\p{L}?(?:[-/]\p{Nd}{1,4}\p{L}?)?(?![\p{L}\p{Nd}/])/u;
function isPlaceWord(word) {
	if (PARTICLES$1.has(word) || /^\p{Lu}/u.test(word) || CASELESS_WORD.test(word)) return true;
	return /^[\p{Lu}\p{Lt}]/u.test(word.replace(/^[ldLD]['’]/, ""));
}
/**
* A segment typed in lower case throughout, holding a digit and a street word or a postcode, with each word's first
* letter capitalised (one UTF-16 unit for one, so offsets hold); anything else unchanged, so lower-case prose stays prose.
*/
function typedLower(value) {
	if (/\p{Lu}/u.test(value) || !/\p{Nd}/u.test(value) || !/\p{Ll}/u.test(value)) return value;
	const words = value.split(/\s+/);
	if (!(words.length <= 4 && words.some((w, i) => isPostcode(w) || i + 1 < words.length && isPostcode(`${w} ${words[i + 1]}`))) && !words.some(isStreetWord)) return value;
	return value.replace(/(?<![\p{L}\p{M}'’])[a-zà-ÿ]/gu, (ch) => ch.toUpperCase().length === 1 ? ch.toUpperCase() : ch);
}
/** Each distinct segment is read once per text, however many introductions walk over it. */
var memo$1 = /* @__PURE__ */ new Map();
function partOf(value) {
	let part = memo$1.get(value);
	if (part === void 0) {
		if (memo$1.size > 5e3) memo$1 = /* @__PURE__ */ new Map();
		part = readPart$2(value);
		memo$1.set(value, part);
	}
	return part;
}
function readPart$2(value) {
	if (value === "" || value.length > 60) return null;
	const words = value.split(/\s+/);
	if (words.length > 6) return null;
	if (/^\p{Lu}{1,3}\d{1,3}$/u.test(value)) return "street";
	if (!/\p{Nd}/u.test(value) && countryNames().countryNames.has(normaliseName(value))) return "country";
	if (isSignOff(value)) return null;
	const kind = classify(value);
	if (kind === "street") return /\p{Nd}/u.test(value) || words.length > 1 && words.some(isStreetWord) ? "street" : null;
	if (kind === "number") return /\p{L}/u.test(value) ? "street" : "number";
	if (/\p{Nd}/u.test(value) || !words.every(isPlaceWord) || !words.some((w) => !PARTICLES$1.has(w))) return null;
	if (words.some(isStreetWord) && (words.length > 1 || CASELESS_WORD.test(value))) return "street";
	return "place";
}
/** The segments after `from`: at most 7, on at most 6 lines (or one), a blank line or prose ending them. */
function segmentsAfter(text, from, oneLine = false) {
	const out = [];
	let start = from;
	let lines = 0;
	while (out.length < 7 && start < text.length) {
		const window = text.slice(start, start + 81);
		const rel = window.search(SEGMENT_BREAK);
		const end = start + (rel === -1 ? window.length : rel);
		let from = start;
		let to = end;
		while (from < to && /\s/.test(text[from])) from++;
		from = quotePrefixEnd(text, from, to);
		while (to > from && /[\s.!?'’]/.test(text[to - 1])) to--;
		const value = typedLower(text.slice(from, to));
		const prose = proseAt(value);
		const cut = prose > 0;
		if (cut) to = from + prose;
		const part = partOf(value.slice(0, to - from));
		if (cut && part === "number") break;
		if (part === null) {
			out.prose = out.length > 0 && /^\p{Ll}/u.test(text.slice(from, to)) && /\S\s+\S/.test(text.slice(from, end));
			break;
		}
		const numbered = HOUSE_NUMBER.test(text.slice(from, to));
		const written = part === "street" && value.split(/\s+/).some(isStreetWord);
		out.push({
			from,
			to,
			part,
			numbered,
			written
		});
		if (cut || end >= text.length || !SEGMENT_BREAK.test(text[end]) || /["“”«»|]/.test(text[end])) break;
		if (text[end] === "\n" && (oneLine || ++lines > 5 || /^[ \t]*\r?\n/.test(text.slice(end + 1, end + 40)))) break;
		start = end + 1;
		const lineEnd = /^[,，،፣][ \t]*\n/.test(text.slice(end, end + 12)) ? /^[ \t]*\n/.exec(text.slice(start, start + 11)) : null;
		if (lineEnd) {
			if (++lines > 5 || /^[ \t]*\r?\n/.test(text.slice(start + lineEnd[0].length, start + lineEnd[0].length + 40))) break;
			start += lineEnd[0].length;
		}
	}
	return out;
}
/**
* Places only, no street the rules know (`Shara Muhammad Soukny, Tripoli`; `Capital Hotel\nArasafi\nTripoli\nLibya`):
* after an introduction that names a place, two or more place segments before the country or the end are the
* address; of three or more the first is the recipient or venue and is left out.
*/
function placesIn(segs) {
	let last = 0;
	while (last < segs.length && (segs[last].part === "place" || segs[last].part === "number")) last++;
	if (last < 2 || segs.prose || last < segs.length && segs[last].part !== "country") return null;
	if (segs.slice(0, last).every((s) => s.part === "number")) return null;
	return {
		start: segs[last >= 3 ? 1 : 0].from,
		end: segs[last - 1].to
	};
}
/** The address among the segments: from its street to its last place or number, or null. */
function addressIn(segs, strong) {
	if (segs.length >= 7) return null;
	const street = segs.findIndex((s) => s.part === "street");
	if (street === -1) return strong === "label" || strong === "place" ? placesIn(segs) : null;
	if (strong === "signature" && !segs[street].written) return null;
	if (strong === "frame" && !segs[street].written && !(segs[street].numbered && segs[street + 1]?.part === "place")) return null;
	let last = street;
	if (!segs.prose) while (last + 1 < segs.length && segs[last + 1].part !== "country") last++;
	let first = street;
	if (last === street && street >= 1 && segs[street - 1].part === "place" && (street === 1 || segs[street - 2].part !== "place")) first--;
	const parts = segs.slice(first, last + 1);
	const alone = strong === "label" && parts.length === 1 && segs.length === 1 && !segs.prose && parts[0].numbered;
	if (parts.length < 2 && !alone && !(parts.length === 1 && segs[last + 1]?.part === "country")) return null;
	return {
		start: segs[first].from,
		end: segs[last].to
	};
}
function* findIntroducedAddresses(text) {
	memo$1 = /* @__PURE__ */ new Map();
	const words = [...text.matchAll(new RegExp(INTRO.source, INTRO.flags)), ...text.matchAll(COMPOUND_INTRO)].filter((m) => !isHeaderCellWord(text, m.index, m.index + m[0].length));
	const intros = [
		...words.map((m) => ({
			index: m.index,
			intro: m[0]
		})),
		...blocksBeforeCountryLines(text).map((index) => ({
			index,
			intro: ""
		})),
		...[...text.matchAll(new RegExp(VCARD_ADR.source, VCARD_ADR.flags))].map((m) => ({
			index: m.index,
			intro: m[0]
		})),
		...[...text.matchAll(COMPOUND_BARE)].map((m) => ({
			index: m.index,
			intro: m[0],
			frame: true
		})),
		...frameIntros(text, words)
	];
	intros.sort((a, b) => a.index - b.index);
	let floor = 0;
	for (const m of intros) {
		const afterIntro = m.index + m.intro.length;
		if (afterIntro < floor) continue;
		const tail = m.starts ? null : LABEL_TAIL.exec(text.slice(afterIntro, afterIntro + 60));
		const start = afterIntro + (tail ? tail[0].length : 0);
		const label = tail?.[0] ?? "";
		const strength = m.signature ? "signature" : m.frame ? "frame" : m.intro === "" || WEAK_INTRO.test(m.intro) ? m.intro === "" || /[:：\n]/.test(label) ? "place" : "weak" : (label.match(/\p{L}+/gu) ?? []).length <= 1 && /^\p{L}|^\p{Nd}/u.test(text.slice(start, start + 1)) ? "label" : "place";
		for (const from of m.starts ?? [start]) {
			const found = addressIn(segmentsAfter(text, from, m.cell === true && !/["']/.test(text[from - 1] ?? "")), strength);
			if (found) {
				yield found;
				floor = found.end;
				break;
			}
		}
	}
}
var introducedAddressRule = {
	id: "introduced-address",
	kind: "postal_address",
	level: "strict",
	priority: 41,
	description: "An address the text introduces (address words of many languages, `ship to`, `Lieferung an`, `moved to`, a street field) written as street and locality segments with no known postcode, house number or type (`Szewska 6, Kraków`, `Praha, Nad Panenskou 164/4`, `Rue Mahatma Gandhi, Beirut`)",
	find: findIntroducedAddresses
};
// src/core/redaction/rules/address-street-types-data.ts
/** Street and thoroughfare types written as a word of their own, every language, lower case. */
var STREET_TYPE_WORDS = [
	"abbey",
	"abby",
	"acc",
	"acc.so",
	"acces",
	"acceso",
	"access",
	"accesso",
	"accs",
	"accso",
	"acesso",
	"ach",
	"acres",
	"acrs",
	"aikste",
	"aikštė",
	"aircead",
	"aircèad",
	"airse",
	"aitreabhan",
	"akligatvis",
	"alam",
	"alameda",
	"ale",
	"alea",
	"alee",
	"aleea",
	"alej",
	"aleja",
	"alez",
	"aleziou",
	"alezioù",
	"alieja",
	"all",
	"alle",
	"allee",
	"alleen",
	"allees",
	"alley",
	"alleya",
	"alleyway",
	"alls",
	"allwy",
	"ally",
	"allyway",
	"allè",
	"allèen",
	"allé",
	"allée",
	"allées",
	"alque",
	"alqueria",
	"alquería",
	"alt",
	"alto",
	"alue",
	"alun-alun",
	"alunalun",
	"alwy",
	"aly",
	"alz",
	"alzaia",
	"alėja",
	"ambl",
	"amble",
	"ancg",
	"anchorage",
	"and",
	"andad",
	"andador",
	"androna",
	"ang",
	"ang.",
	"angolo",
	"angosta",
	"angta",
	"anlaeg",
	"anlæg",
	"annex",
	"anse",
	"anx",
	"apartments",
	"apch",
	"apdro",
	"apeadero",
	"app",
	"appartments",
	"appr",
	"approach",
	"apts",
	"arc",
	"arcade",
	"arco",
	"ard",
	"arda",
	"ardan",
	"ardán",
	"arok",
	"art",
	"arterial",
	"artery",
	"artl",
	"arts",
	"arty",
	"ascaill",
	"audostradale",
	"auk",
	"aukio",
	"aut",
	"aut.ale",
	"aut.da",
	"aut.de",
	"aut.sle",
	"autale",
	"autda",
	"autde",
	"auto",
	"autobahn",
	"autobidea",
	"autoestr",
	"autoestrada",
	"autop",
	"autopista",
	"autoroute",
	"autostrada",
	"autostrade",
	"autov",
	"autovia",
	"autovía",
	"autsle",
	"ava",
	"avd",
	"avda",
	"ave",
	"aven",
	"avenguda",
	"avenida",
	"avenija",
	"avens",
	"avenu",
	"avenue",
	"avenues",
	"avenus",
	"aves",
	"avgda",
	"avinguda",
	"avn",
	"avns",
	"avnu",
	"avnue",
	"avnues",
	"avnus",
	"avs",
	"awang",
	"awg",
	"azinhaga",
	"b-dul",
	"b.dul",
	"b.go",
	"baan",
	"bach",
	"back",
	"bad",
	"baech",
	"bahnhof",
	"bairro",
	"baixada",
	"bajada",
	"bakke",
	"bakken",
	"bali",
	"baluardo",
	"banchina",
	"banda",
	"banell",
	"banen",
	"bank",
	"barda",
	"baro",
	"barra",
	"barraid",
	"barranco",
	"barranquillo",
	"barriada",
	"barriere",
	"barrieres",
	"barriêre",
	"barriêres",
	"barð",
	"basin",
	"basn",
	"bay",
	"bayoo",
	"bayou",
	"bazaar",
	"bazar",
	"bazi",
	"bch",
	"bcle",
	"bco",
	"bda",
	"bde",
	"bdge",
	"bdo",
	"bdul",
	"bdwy",
	"bdy",
	"beach",
	"bealach",
	"beco",
	"beech",
	"belt",
	"beltway",
	"bend",
	"ber",
	"berg",
	"berge",
	"berges",
	"berget",
	"bers",
	"bga",
	"bgo",
	"bgt",
	"bhf",
	"bide",
	"bidea",
	"bidexka",
	"biv",
	"bivio",
	"bjada",
	"blck",
	"bld",
	"blev",
	"blf",
	"blfs",
	"blk",
	"block",
	"blt",
	"bluf",
	"bluff",
	"bluffs",
	"blv",
	"blvd",
	"blvde",
	"blvrd",
	"bna",
	"bnd",
	"bnk",
	"boardwalk",
	"boczna",
	"bogha",
	"bois",
	"boithrin",
	"borg",
	"borgata",
	"borgen",
	"borgir",
	"borgo",
	"bot",
	"bothar",
	"bottm",
	"bottms",
	"bottom",
	"bottoms",
	"boucle",
	"boul",
	"boulavard",
	"boulevard",
	"boulevarde",
	"boulevarden",
	"boulouard",
	"boulv",
	"boundary",
	"bowl",
	"bps",
	"bqllo",
	"br.lla",
	"br.lle",
	"brace",
	"brae",
	"braigh",
	"brana",
	"branc",
	"branch",
	"braut",
	"brazal",
	"brce",
	"brch",
	"brdg",
	"brdway",
	"bre",
	"break",
	"bres",
	"bretella",
	"bretelle",
	"brg",
	"brgs",
	"bri",
	"bridge",
	"brigata",
	"brk",
	"brks",
	"brlla",
	"brlle",
	"brnch",
	"bro",
	"broadway",
	"brook",
	"brooks",
	"brow",
	"bruach",
	"brucke",
	"bruecke",
	"bruthach",
	"brw",
	"brzal",
	"brº",
	"bràigh",
	"brána",
	"brí",
	"brücke",
	"bsn",
	"bte",
	"btm",
	"btms",
	"btte",
	"bttm",
	"bttms",
	"buehl",
	"buen",
	"buhl",
	"bukt",
	"bul",
	"bulabhard",
	"bulatan",
	"bulbhard",
	"bulev",
	"bulevar",
	"bulevard",
	"bulevardi",
	"bulevardu",
	"bulevardul",
	"bulv",
	"bulvar",
	"bulvari",
	"bulvaris",
	"bulvarı",
	"bulvāris",
	"bulwar",
	"burg",
	"burgs",
	"burrow",
	"burw",
	"but",
	"butte",
	"bvd",
	"bway",
	"bwk",
	"bwlk",
	"bwy",
	"byen",
	"byggo",
	"byggð",
	"byp",
	"bypa",
	"bypass",
	"byps",
	"byu",
	"byway",
	"bywy",
	"bóithrín",
	"bóthar",
	"búlbhard",
	"bühl",
	"c.da",
	"c.h.",
	"c.hgwy",
	"c.hi",
	"c.hw",
	"c.hway",
	"c.hwy",
	"c.ile",
	"c.le",
	"c.m.",
	"c.n.",
	"c.na",
	"c.po",
	"c.r.",
	"c.rd",
	"c.rt",
	"c.rte",
	"c.so",
	"c.te",
	"c.usa",
	"c.v.",
	"cabhsair",
	"caclcadinha",
	"cad",
	"cadde",
	"caddesi",
	"cadha",
	"cae",
	"cae'r",
	"cai",
	"caigeann",
	"cal",
	"calafort",
	"calata",
	"calcada",
	"cale",
	"calea",
	"call",
	"calle",
	"callej",
	"calleja",
	"callejon",
	"callejuela",
	"callejón",
	"callizo",
	"calz",
	"calzada",
	"calçada",
	"calçadinha",
	"cam",
	"cami",
	"camin",
	"caminho",
	"caminito",
	"camino",
	"camiño",
	"camno",
	"camp",
	"campagne",
	"campg",
	"campiello",
	"camping",
	"campo",
	"camí",
	"camín",
	"canale",
	"cant",
	"cantera",
	"canton",
	"cantone",
	"cantr",
	"cantón",
	"canyon",
	"caolbhealach",
	"caolraid",
	"cape",
	"car",
	"caravan",
	"care",
	"cares",
	"carf",
	"carr",
	"carra",
	"carre",
	"carreau",
	"carref",
	"carrefour",
	"carrer",
	"carrera",
	"carrero",
	"carreró",
	"carretera",
	"carreterin",
	"carreterín",
	"carretil",
	"carriera",
	"carriere",
	"carrieres",
	"carril",
	"carrièra",
	"carrière",
	"carrières",
	"carro",
	"carru",
	"carré",
	"cas",
	"casale",
	"cascina",
	"cat",
	"cau",
	"caus",
	"cause",
	"causeway",
	"causewy",
	"cav",
	"cavalc.a",
	"cavalca",
	"cavalcavia",
	"cavee",
	"cavée",
	"ccnh",
	"cct",
	"ccvcn",
	"cda",
	"cds",
	"ceann-rathaid",
	"ceannrathaid",
	"ceapach",
	"cearcall",
	"cearn",
	"cearnag",
	"cearnog",
	"cearnóg",
	"ceathru",
	"ceathrú",
	"ceide",
	"ceimeanna",
	"cels",
	"cen",
	"center",
	"centers",
	"centre",
	"centreway",
	"cer",
	"cercl",
	"cercle",
	"cerrada",
	"cerunan",
	"cesta",
	"cetr",
	"ceum",
	"cevreyolu",
	"ceàrn",
	"ceàrnag",
	"ceļš",
	"cft",
	"cgne",
	"chalet",
	"champ",
	"changkat",
	"chas",
	"chase",
	"chateau",
	"chaussee",
	"chaussees",
	"chaussée",
	"chaussées",
	"che",
	"chee",
	"chees",
	"chem",
	"chemin",
	"cheminement",
	"chemins",
	"ches",
	"chev",
	"chiusa",
	"chl",
	"chodnick",
	"chodnik",
	"chs",
	"chss",
	"chsv",
	"cht",
	"chv",
	"château",
	"cidhe",
	"cilgant",
	"cint",
	"cinturo",
	"cinturon",
	"cinturó",
	"cinturón",
	"cir",
	"circ",
	"circel",
	"circle",
	"circles",
	"circlet",
	"circonv.e",
	"circonvallazione",
	"circonve",
	"circt",
	"circuit",
	"circuito",
	"circular",
	"circunvalacion",
	"circunvalación",
	"circunvalar",
	"circus",
	"cirs",
	"cirt",
	"cirv",
	"cite",
	"cites",
	"cité",
	"cités",
	"cixilmaz",
	"cjla",
	"cjon",
	"cjón",
	"ckt",
	"claim",
	"clde",
	"cle",
	"clf",
	"clfs",
	"cliff",
	"cliffs",
	"cll",
	"cllja",
	"cllon",
	"cllzo",
	"cllón",
	"clm",
	"clnde",
	"clobhsa",
	"cloi",
	"cloitre",
	"clos",
	"close",
	"cloître",
	"clr",
	"cls",
	"clse",
	"clstr",
	"clt",
	"cluain",
	"cluster",
	"clós",
	"cmmn",
	"cmmns",
	"cmn",
	"cmno",
	"cmns",
	"cmo",
	"cmt",
	"cna",
	"cnc",
	"cncd",
	"cncrd",
	"cnctr",
	"cnl",
	"cno",
	"cnoc",
	"cnocan",
	"cnocán",
	"cnr",
	"cnrs",
	"cnt",
	"cntn",
	"cntr",
	"cnwy",
	"cnyn",
	"co.hgwy",
	"co.hi",
	"co.hw",
	"co.hway",
	"co.hwy",
	"co.r",
	"co.rd",
	"co.rt",
	"co.rte",
	"coedlan",
	"coill",
	"coillte",
	"col",
	"colonnade",
	"colunra",
	"colúnra",
	"com",
	"comm",
	"common",
	"commons",
	"comms",
	"con",
	"conc",
	"concession",
	"concord",
	"concourse",
	"concs",
	"concse",
	"connection",
	"connector",
	"conr",
	"contour",
	"contr.a",
	"contra",
	"contra'",
	"contrada",
	"contrà",
	"copse",
	"cor",
	"corner",
	"corners",
	"corniche",
	"corniches",
	"corran",
	"corredor",
	"corrán",
	"cors",
	"corseo",
	"corso",
	"corte",
	"cortile",
	"cortina",
	"cosan",
	"costa",
	"costanilla",
	"costera",
	"cosán",
	"cote",
	"coteau",
	"cour",
	"cours",
	"course",
	"court",
	"courts",
	"courtyard",
	"cov",
	"cove",
	"cowy",
	"cpe",
	"cpl",
	"cpo",
	"cps",
	"cra",
	"craobhraid",
	"crc",
	"crcs",
	"crct",
	"crd",
	"crecent",
	"creek",
	"cres",
	"crescent",
	"crest",
	"crf",
	"crief",
	"crk",
	"crn",
	"crns",
	"cro",
	"crocevia",
	"croft",
	"crois",
	"croit",
	"crosaire",
	"cross",
	"crossing",
	"crossroad",
	"crossroads",
	"crossway",
	"crrdo",
	"crril",
	"crs",
	"crse",
	"crsg",
	"crss",
	"crst",
	"crt",
	"crtil",
	"crts",
	"cruiseway",
	"crv",
	"crve",
	"crwy",
	"cró",
	"csac",
	"cseo",
	"csg",
	"cso",
	"cst",
	"cstan",
	"csway",
	"cswy",
	"cta",
	"cte",
	"ctg",
	"ctile",
	"ctn",
	"cto",
	"ctr",
	"ctra",
	"ctrin",
	"ctrs",
	"cts",
	"cttg",
	"cty.hgwy",
	"cty.hi",
	"cty.hw",
	"cty.hway",
	"cty.hwy",
	"cty.r",
	"cty.rd",
	"cty.rt",
	"cty.rte",
	"ctyd",
	"cuairt-rathad",
	"cuairtrathad",
	"cuesta",
	"cuirt",
	"cul",
	"cul-de-sac",
	"culdesac",
	"cumairin",
	"cumairín",
	"cup",
	"cupa",
	"curv",
	"curve",
	"cusa",
	"cusac",
	"custa",
	"cutt",
	"cutting",
	"cuwy",
	"cvan",
	"cve",
	"cvn",
	"cway",
	"cwrt",
	"cxn",
	"cyd",
	"cyn",
	"czada",
	"céide",
	"céimeanna",
	"côte",
	"côteau",
	"cùirt",
	"cúirt",
	"daan",
	"dal",
	"dalaman",
	"dalan",
	"dale",
	"dalen",
	"damm",
	"dammen",
	"dar",
	"daroha",
	"dataran",
	"dawret",
	"dayang",
	"deg",
	"degre",
	"degres",
	"degré",
	"degrés",
	"degs",
	"dell",
	"denai",
	"dene",
	"descente",
	"descentes",
	"deviation",
	"devn",
	"diag",
	"diagonal",
	"diamont",
	"dig",
	"digs",
	"digue",
	"digues",
	"dijk",
	"dimein",
	"diméin",
	"dip",
	"direito",
	"dis",
	"discesa",
	"disem",
	"diseminado",
	"distributor",
	"div",
	"divers",
	"diversion",
	"divide",
	"dle",
	"dlm",
	"dns",
	"doire",
	"dor",
	"doroga",
	"doroha",
	"dossering",
	"down",
	"downs",
	"drec",
	"drecera",
	"drive",
	"driveway",
	"droga",
	"droichead",
	"drov",
	"drove",
	"drumul",
	"drv",
	"drvored",
	"drvwy",
	"drwy",
	"dsg",
	"dsgs",
	"dstr",
	"dto",
	"dtr",
	"duga",
	"dugai",
	"dugaí",
	"dulo",
	"dumhcha",
	"duong",
	"dve",
	"dvor",
	"dvwy",
	"dwarsstraat",
	"dwarsweg",
	"dway",
	"dwns",
	"dwstr",
	"dwwg",
	"dwy",
	"dyg",
	"dűlő",
	"eachlann",
	"earann",
	"easement",
	"eastat",
	"eastát",
	"ecl",
	"ecls",
	"ecluse",
	"ecluses",
	"edg",
	"edge",
	"eix",
	"elb",
	"elbow",
	"elm",
	"enc",
	"enclave",
	"enclos",
	"encosta",
	"end",
	"enparantza",
	"ent",
	"entr",
	"entrada",
	"entrance",
	"env",
	"err",
	"errepidea",
	"eslda",
	"esmt",
	"esp",
	"espa",
	"espace",
	"espalda",
	"espl",
	"esplanaadi",
	"esplanade",
	"esplanades",
	"esplanadi",
	"esps",
	"esq",
	"esquerdo",
	"est",
	"estate",
	"estates",
	"estda",
	"estr",
	"estrada",
	"ests",
	"etorb",
	"etorbidea",
	"etrezek",
	"exit",
	"exp",
	"expla",
	"explanada",
	"expressway",
	"expway",
	"expwy",
	"expy",
	"ext",
	"exten",
	"extension",
	"extensions",
	"extensión",
	"extn",
	"extramuros",
	"extrm",
	"exts",
	"exwy",
	"f.ca",
	"f.rata",
	"f.ta",
	"faiche",
	"fairway",
	"fall",
	"falls",
	"fare",
	"farm",
	"farms",
	"fasor",
	"fawy",
	"fca",
	"fdc",
	"fdo",
	"fds",
	"feirm",
	"fell",
	"fern",
	"ferrata",
	"ferry",
	"ffordd",
	"field",
	"fields",
	"fireline",
	"firetrack",
	"firetrail",
	"fit",
	"fitr",
	"flat",
	"flate",
	"flaten",
	"flats",
	"fld",
	"flds",
	"fline",
	"flne",
	"fls",
	"flt",
	"flts",
	"fmtn",
	"fnd",
	"follow",
	"folw",
	"fon",
	"fondamenta",
	"fondo",
	"footway",
	"for",
	"forc.la",
	"forca",
	"forcella",
	"forcla",
	"ford",
	"foreshore",
	"form",
	"formation",
	"foro",
	"forsthaus",
	"fos",
	"foss",
	"fosse",
	"fosses",
	"fothair",
	"foyer",
	"foyr",
	"fraoch",
	"frata",
	"fraz",
	"fraz.e",
	"fraz.i",
	"fraze",
	"frazi",
	"frazione",
	"frazioni",
	"frd",
	"freeway",
	"frei",
	"frente",
	"frith-rathad",
	"frm",
	"frms",
	"frnt",
	"front",
	"frontage",
	"frtg",
	"frwy",
	"fry",
	"frz",
	"fshr",
	"fta",
	"ftrk",
	"ftwy",
	"fundacul",
	"fundatura",
	"fundătura",
	"furlong",
	"fway",
	"fwy",
	"g.na",
	"g.ne",
	"gaass",
	"gabhal",
	"gade",
	"gairdini",
	"gairdíní",
	"gal",
	"gale",
	"galeria",
	"galerie",
	"galeries",
	"galería",
	"gall.a",
	"gall.e",
	"galla",
	"galle",
	"galleria",
	"gallerie",
	"gals",
	"gang",
	"gangen",
	"gap",
	"gard",
	"garda",
	"garden",
	"gardenn",
	"gardens",
	"garenne",
	"garn",
	"garradh",
	"gass",
	"gasse",
	"gata",
	"gatan",
	"gate",
	"gaten",
	"gates",
	"gateway",
	"gatve",
	"gatvė",
	"gbd",
	"gch",
	"gdbd",
	"gdch",
	"gden",
	"gdens",
	"gdn",
	"gdns",
	"gdr",
	"gdsen",
	"gdsens",
	"geata",
	"genna",
	"genne",
	"gerddi",
	"geroi",
	"gerði",
	"get",
	"glade",
	"glch",
	"gld",
	"glde",
	"gleann",
	"gleannan",
	"gleanntan",
	"gleanntán",
	"gleannán",
	"gleib",
	"glen",
	"gln",
	"glorieta",
	"gly",
	"gléib",
	"gna",
	"gne",
	"goirtin",
	"goirtín",
	"gort",
	"gourhent",
	"gra",
	"graben",
	"gracht",
	"gradini",
	"graend",
	"graig",
	"grainnseach",
	"grainseach",
	"grand'rue",
	"grandrue",
	"grange",
	"grbd",
	"grch",
	"grd",
	"grdbd",
	"grdch",
	"grdn",
	"grdns",
	"grdr",
	"grds",
	"green",
	"greenway",
	"gren",
	"grend",
	"grenda",
	"gri",
	"grille",
	"grim",
	"grimpette",
	"grn",
	"grnd",
	"grnds",
	"gro",
	"grosse",
	"grosser",
	"grosses",
	"ground",
	"grounds",
	"grove",
	"große",
	"großes",
	"großser",
	"grs",
	"grund",
	"grv",
	"grve",
	"grwy",
	"gráig",
	"gráinseach",
	"gränd",
	"grænsen",
	"gta",
	"gte",
	"gtes",
	"gtway",
	"gtwy",
	"gulch",
	"gully",
	"gwaremm",
	"gway",
	"gwenod",
	"gwenodenn",
	"gwenojenn",
	"gwy",
	"gàrradh",
	"gàss",
	"gård",
	"gården",
	"hacienda",
	"hage",
	"hagen",
	"hager",
	"hagi",
	"hai·sutorito",
	"hai·sutorīto",
	"haj",
	"haji",
	"halaman",
	"hals",
	"ham",
	"hameau",
	"hanger",
	"harbor",
	"harbors",
	"harbour",
	"haugane",
	"haugen",
	"have",
	"haven",
	"havn",
	"hbr",
	"hbrs",
	"hch",
	"hchs",
	"hda",
	"hds",
	"head",
	"heads",
	"heath",
	"heights",
	"heiligen",
	"hent",
	"hent-bras",
	"hent-dall",
	"hent-don",
	"hent-tro",
	"hentbras",
	"hentdall",
	"hentdon",
	"hentou",
	"hentoù",
	"henttro",
	"heol",
	"heth",
	"hghlds",
	"hghts",
	"hglds",
	"hgths",
	"hgts",
	"hgwy",
	"hi.rd",
	"hieghts",
	"highlands",
	"highroad",
	"highway",
	"hilir",
	"hill",
	"hills",
	"hils",
	"hird",
	"hiribidea",
	"hjalli",
	"hlds",
	"hlio",
	"hllw",
	"hlm",
	"hlr",
	"hls",
	"hlíð",
	"hngr",
	"hof",
	"hoj",
	"hojen",
	"hollow",
	"holm",
	"holmen",
	"holt",
	"holw",
	"hoofdstraat",
	"hoofstraat",
	"hradska",
	"hrbr",
	"hrd",
	"hschs",
	"hth",
	"hts",
	"hub",
	"huset",
	"hvn",
	"hway",
	"hwy",
	"hwye",
	"hywy",
	"háls",
	"høgda",
	"høgde",
	"høj",
	"højen",
	"iadh-rathad",
	"iadhrathad",
	"ibilbidea",
	"ids",
	"iela",
	"imp",
	"impase",
	"impasse",
	"impasses",
	"imps",
	"inlet",
	"inlt",
	"int",
	"intchg",
	"interchange",
	"interrato",
	"intersection",
	"interstate",
	"intg",
	"intn",
	"intr",
	"intrarea",
	"intsctn",
	"iothlainn",
	"isl",
	"island",
	"islands",
	"isld",
	"islds",
	"isle",
	"iss",
	"jalan",
	"jalur",
	"jct",
	"jctn",
	"jcts",
	"jembatan",
	"jetee",
	"jetees",
	"jetée",
	"jetées",
	"jl.",
	"jln",
	"jnc",
	"jnct",
	"jte",
	"jtes",
	"jtn",
	"junct",
	"junction",
	"junctions",
	"kaari",
	"kade",
	"kae",
	"kaer",
	"kalcavaja",
	"kale",
	"kalea",
	"kalye",
	"kaminda",
	"kamp",
	"kampong",
	"kampung",
	"karrika",
	"katu",
	"kaya",
	"kaĺcavaja",
	"kecid",
	"ker",
	"kerig",
	"kert",
	"key",
	"keys",
	"keçid",
	"klanac",
	"kloz",
	"knl",
	"knls",
	"knob",
	"knol",
	"knoll",
	"knolls",
	"kol'tsevaya",
	"koltsevaya",
	"kopec",
	"koprusu",
	"korond",
	"korridorea",
	"korut",
	"korzo",
	"koz",
	"kra",
	"kraenten",
	"kri",
	"krnd",
	"kroas-hent",
	"kroashent",
	"kroashent-tro",
	"kroashenttro",
	"kroasnent-tro",
	"kroasnenttro",
	"kroazhent-tro",
	"kroazhenttro",
	"krt",
	"krysset",
	"krænten",
	"kuce",
	"kucesi",
	"kuja",
	"kys",
	"kær",
	"kêr",
	"kêrig",
	"köprüsü",
	"körönd",
	"körút",
	"köz",
	"küçə",
	"küçəsi",
	"l.go",
	"l/raya",
	"laan",
	"ladder",
	"ladera",
	"laderas",
	"ladr",
	"laengen",
	"lagn",
	"lagon",
	"lagoon",
	"laluan",
	"laman",
	"lana",
	"land",
	"landa",
	"lande",
	"landet",
	"landing",
	"landng",
	"lane",
	"laneway",
	"lang",
	"lange",
	"langgak",
	"lansangan",
	"lapangan",
	"larghetto",
	"largo",
	"lbh",
	"lbr",
	"ldera",
	"lderas",
	"ldg",
	"leane",
	"lebuh",
	"lebuhraya",
	"lees",
	"lejto",
	"lejtő",
	"lengkok",
	"leof",
	"leoforos",
	"leofóros",
	"lepcso",
	"leve",
	"levee",
	"levée",
	"lgd",
	"lge",
	"lgk",
	"lgn",
	"lgo",
	"lgt",
	"lgv",
	"lia",
	"liden",
	"lie",
	"liget",
	"light",
	"limits",
	"lin",
	"line",
	"lingkaran",
	"liniia",
	"linija",
	"liniya",
	"link",
	"lintang",
	"linya",
	"lit",
	"litl",
	"littl",
	"little",
	"lkk",
	"lkr",
	"lkt",
	"llanura",
	"llg",
	"llnra",
	"llwyn",
	"llys",
	"lmn",
	"lmts",
	"lndg",
	"lnk",
	"lno",
	"lnwy",
	"loaf",
	"loane",
	"loc",
	"loc.ta",
	"localita",
	"località",
	"locta",
	"lodennaoueg",
	"logge",
	"loinn",
	"lon",
	"lookout",
	"loop",
	"loops",
	"lorong",
	"lot",
	"lps",
	"lre",
	"lrg",
	"lrong",
	"ltg",
	"ltl",
	"lttl",
	"lug",
	"lugar",
	"luh",
	"lun",
	"lund",
	"lunden",
	"lundur",
	"lungadige",
	"lungargine",
	"lungarno",
	"lungo",
	"lungolago",
	"lungomare",
	"lungotevere",
	"lve",
	"lynn",
	"lynne",
	"lána",
	"længen",
	"lépcső",
	"lôn",
	"maantee",
	"maes",
	"magistrala",
	"mailh",
	"mairdiog",
	"mairdíog",
	"malec",
	"malecon",
	"malecón",
	"mall",
	"malla",
	"manor",
	"marclann",
	"marg",
	"margadh",
	"marglann",
	"mark",
	"marka",
	"marken",
	"market",
	"mawatha",
	"maze",
	"mdn",
	"mdr",
	"mdw",
	"mdws",
	"mead",
	"meadhraid",
	"meadow",
	"meadows",
	"meal",
	"meander",
	"measlann",
	"medan",
	"melur",
	"met",
	"metro",
	"meull",
	"mew",
	"mews",
	"meydanı",
	"mezo",
	"mező",
	"mile",
	"mill",
	"mills",
	"mirador",
	"mlo",
	"mls",
	"mndr",
	"mnr",
	"mnt",
	"moinear",
	"mointean",
	"molo",
	"monte",
	"montee",
	"montees",
	"montée",
	"montées",
	"moor",
	"most",
	"motorway",
	"mount",
	"mrdor",
	"mte",
	"mtes",
	"mtwy",
	"muelle",
	"muli",
	"mullain",
	"mulláin",
	"mway",
	"mws",
	"mwy",
	"mét",
	"métro",
	"móinteán",
	"móinéar",
	"mólo",
	"múli",
	"nab",
	"naberezhna",
	"naberezhnaya",
	"nabiarežnaja",
	"nabr",
	"nabrezi",
	"nabrezie",
	"nadvorie",
	"nagar",
	"nam",
	"namesti",
	"namestie",
	"nbr",
	"neaves",
	"nes",
	"ngõ",
	"nmbr",
	"nook",
	"nte",
	"num",
	"number",
	"nvs",
	"nábr",
	"nábrežie",
	"nábř",
	"nábřeží",
	"nám",
	"námestie",
	"náměstí",
	"oaks",
	"obere",
	"oberer",
	"oberes",
	"obilaznica",
	"obwodnica",
	"odhos",
	"odos",
	"odós",
	"oilean",
	"oileán",
	"opas",
	"ostai",
	"otlk",
	"otlt",
	"otoyolu",
	"out",
	"outlet",
	"outlook",
	"oval",
	"overbridge",
	"overlook",
	"overpass",
	"ovlk",
	"ovrb",
	"p-ta",
	"p-ţa",
	"p.i.",
	"p.le",
	"p.n.",
	"p.r.",
	"p.ta",
	"p.te",
	"p.za",
	"p.zza",
	"pad",
	"paddock",
	"padk",
	"pae",
	"pairc",
	"pairead",
	"pairèad",
	"paku",
	"palms",
	"pant",
	"pantano",
	"para",
	"parada",
	"parade",
	"paraid",
	"paraje",
	"parc",
	"parcs",
	"pard",
	"pargi",
	"park",
	"parken",
	"parkland",
	"parklands",
	"parkway",
	"parkways",
	"parkwy",
	"parq",
	"parque",
	"part",
	"parti",
	"particular",
	"partida",
	"parvis",
	"paráid",
	"pas",
	"pasadizo",
	"pasaiste",
	"pasaje",
	"pasealekua",
	"paseo",
	"paseu",
	"pasg",
	"pasillo",
	"paso",
	"pass",
	"passadis",
	"passadís",
	"passage",
	"passagen",
	"passaggio",
	"passatge",
	"passe",
	"passeggiata",
	"passeig",
	"passerelle",
	"passerelles",
	"passes",
	"pasáiste",
	"paséu",
	"pat",
	"path",
	"pathway",
	"patio",
	"pbdo",
	"pbla",
	"pblo",
	"pca",
	"pckt",
	"pct",
	"pcta",
	"pctª",
	"pda",
	"pde",
	"pdis",
	"pdís",
	"peat",
	"peatonal",
	"penger",
	"pengiran",
	"peninsula",
	"per",
	"pereulok",
	"peri",
	"perif",
	"periferico",
	"peripherique",
	"persiaran",
	"pfad",
	"pgind",
	"pgr",
	"pgres",
	"phwy",
	"piata",
	"piaz",
	"piazza",
	"piazzale",
	"piazzetta",
	"piaţa",
	"piață",
	"pier",
	"pike",
	"pim",
	"pine",
	"pines",
	"piont",
	"pjazza",
	"pke",
	"pkld",
	"pklds",
	"pko",
	"pkt",
	"pkw",
	"pkway",
	"pkwy",
	"pkwys",
	"pky",
	"pla",
	"plac",
	"placa",
	"place",
	"placis",
	"plads",
	"plag",
	"plage",
	"plages",
	"plags",
	"plain",
	"plaine",
	"plains",
	"plan",
	"plantsoen",
	"plas",
	"plasenn",
	"plasog",
	"plass",
	"plassen",
	"plat",
	"plateau",
	"plateaux",
	"plateia",
	"plateía",
	"plats",
	"platsen",
	"platx",
	"platz",
	"platå",
	"plaza",
	"plazoleta",
	"plazuela",
	"plaça",
	"plc",
	"plci",
	"ple",
	"plein",
	"plentas",
	"ples",
	"plg",
	"plms",
	"pln",
	"plns",
	"plnts",
	"plosca",
	"ploshcha",
	"ploshchad",
	"ploshtad",
	"plošča",
	"pls",
	"plt",
	"plta",
	"pltx",
	"plz",
	"plza",
	"plzla",
	"plzta",
	"plás",
	"plásóg",
	"plç",
	"pne",
	"pnes",
	"pns",
	"pnt",
	"pnte",
	"pnto",
	"poblado",
	"pocket",
	"point",
	"pointe",
	"pokt",
	"pol.ind",
	"pol.res",
	"pole",
	"polku",
	"pona",
	"pond",
	"pont",
	"ponte",
	"pontile",
	"ponto",
	"ponts",
	"porq",
	"porqs",
	"port",
	"porta",
	"portal",
	"porth",
	"portici",
	"portico",
	"portique",
	"portiques",
	"portq",
	"portqs",
	"ports",
	"pot",
	"pour",
	"pourtour",
	"pqe",
	"pque",
	"praca",
	"praceta",
	"pracina",
	"praciña",
	"prairie",
	"praje",
	"prajezd",
	"prarie",
	"prasp",
	"praspiekt",
	"praza",
	"prazuela",
	"praça",
	"prc",
	"prcs",
	"prd",
	"prde",
	"pre",
	"presqu'ile",
	"presquile",
	"presquîle",
	"presqu’île",
	"presso",
	"pricna",
	"prilaz",
	"priors",
	"private",
	"prk",
	"prkt",
	"prkw",
	"prkway",
	"prkwy",
	"prm",
	"pro",
	"proj",
	"projectada",
	"prol",
	"prolng",
	"prolongacion",
	"prolongación",
	"prolongamento",
	"prolungamento",
	"prom",
	"promanad",
	"promanaid",
	"promanàd",
	"promanáid",
	"promenada",
	"promenade",
	"prosp",
	"prospekt",
	"prospektas",
	"prospekti",
	"prospekts",
	"provinciale",
	"provulok",
	"proyezd",
	"proyizd",
	"prq",
	"prql",
	"prrs",
	"prt",
	"prts",
	"prv",
	"przla",
	"psaje",
	"pseo",
	"psg",
	"psge",
	"psj",
	"psla",
	"psllo",
	"psmar",
	"psn",
	"pso",
	"psrn",
	"pss",
	"pst",
	"pta",
	"ptal",
	"ptas",
	"ptda",
	"pte",
	"ptge",
	"pth",
	"pthway",
	"pthwy",
	"ptl",
	"pto",
	"ptr",
	"ptway",
	"ptwy",
	"puebla",
	"pueblo",
	"puente",
	"puiestee",
	"puistikko",
	"puisto",
	"puistotie",
	"pur",
	"pursuit",
	"put",
	"pvt",
	"pway",
	"pwy",
	"pza",
	"pzo",
	"pzt",
	"pzta",
	"pzza",
	"pàirc",
	"páirc",
	"pça",
	"péri",
	"périphérique",
	"póna",
	"příčná",
	"pţa",
	"qdgl",
	"qdrt",
	"qta",
	"qua",
	"quad",
	"quadrangle",
	"quadrant",
	"quai",
	"quartiere",
	"quay",
	"quays",
	"quelle",
	"quinta",
	"quy",
	"quys",
	"qys",
	"r.n.",
	"rac",
	"racc",
	"raccourci",
	"radharc",
	"radial",
	"radl",
	"rae",
	"raid",
	"raidillon",
	"raitti",
	"rakpart",
	"rambla",
	"ramble",
	"ramp",
	"rampa",
	"rampe",
	"rampla",
	"ran",
	"ranae",
	"ranch",
	"rang",
	"range",
	"ranta",
	"raod",
	"raods",
	"raon",
	"rapat",
	"rapid",
	"rapids",
	"rathad",
	"raudtee",
	"raudteejaam",
	"rbla",
	"rcda",
	"rch",
	"rcnda",
	"rcon",
	"rda",
	"rdg",
	"rdge",
	"rdgs",
	"rdgwy",
	"rdpt",
	"rds",
	"rdsd",
	"rdt",
	"rdtj",
	"rdvia",
	"rdw",
	"rdwy",
	"rdy",
	"reach",
	"reef",
	"reg",
	"regione",
	"rem",
	"remp",
	"rempart",
	"reper",
	"res",
	"reserve",
	"residence",
	"residences",
	"resrv",
	"ress",
	"rest",
	"resv",
	"ret",
	"retorno",
	"retreat",
	"return",
	"rgwy",
	"rhes",
	"rhodfa",
	"rhodfa'r",
	"rhodfar",
	"ride",
	"ridge",
	"ridges",
	"ridgeway",
	"rightofway",
	"rii",
	"rin",
	"rincon",
	"rinconada",
	"rincón",
	"ring",
	"rinne",
	"rio",
	"ripa",
	"rise",
	"rit",
	"riv",
	"riva",
	"riverway",
	"riviera",
	"rks",
	"rle",
	"rles",
	"rmbl",
	"rmp",
	"rmpe",
	"rnch",
	"rncn",
	"rncon",
	"rnd",
	"rnde",
	"rng",
	"rnge",
	"roa",
	"road",
	"roads",
	"roadside",
	"roadway",
	"rocade",
	"rocd",
	"rocks",
	"rod",
	"rodoanel",
	"rodovia",
	"rofw",
	"ronda",
	"ronde",
	"rondo",
	"rondpoint",
	"roqt",
	"roquet",
	"rosan",
	"roschoill",
	"rosebowl",
	"rosán",
	"rot",
	"rotabile",
	"rotary",
	"rotonda",
	"rotonde",
	"rotunda",
	"round",
	"roundabout",
	"route",
	"routes",
	"row",
	"rowy",
	"rpa",
	"rpart",
	"rpd",
	"rpds",
	"rpe",
	"rpla",
	"rpt",
	"rsbl",
	"rserv",
	"rserve",
	"rsrv",
	"rsrve",
	"rst",
	"rta",
	"rtb",
	"rtd",
	"rtda",
	"rtde",
	"rte",
	"rtes",
	"rtn",
	"rtnd",
	"rtnde",
	"rts",
	"rtt",
	"rty",
	"rua",
	"ruas",
	"rue",
	"ruela",
	"ruelle",
	"ruelles",
	"rues",
	"ruiou",
	"ruioù",
	"run",
	"rundwanderweg",
	"ruta",
	"rva",
	"rvia",
	"rvra",
	"rvwy",
	"rww",
	"rynek",
	"rúa",
	"rúas",
	"s.c.",
	"s.da",
	"s.h.",
	"s.hgwy",
	"s.hi",
	"s.highway",
	"s.hw",
	"s.hway",
	"s.hwy",
	"s.p.",
	"s.prov",
	"s.r.",
	"s.rd",
	"s.road",
	"s.route",
	"s.rt",
	"s.rte",
	"s.s.",
	"s.v.",
	"sacca",
	"sahe",
	"sahə",
	"sal",
	"salita",
	"salizada",
	"sasa",
	"sasejnaja",
	"sbida",
	"sbwy",
	"sca",
	"scabhat",
	"scair",
	"scaireanna",
	"scala",
	"scale",
	"scali",
	"scalinata",
	"scc",
	"sce",
	"sci",
	"scl",
	"sda",
	"sdg",
	"sdl",
	"sdla",
	"sdlg",
	"sdng",
	"sdr",
	"sdrucciolo",
	"seach-rathad",
	"seachrathad",
	"sealladh",
	"seamlas",
	"sect",
	"sector",
	"sedra",
	"sedro",
	"sel",
	"sen",
	"send",
	"sendeiro",
	"sendera",
	"sendero",
	"sendi",
	"sens",
	"sent",
	"sente",
	"sentes",
	"sentier",
	"sentiers",
	"sents",
	"serviceway",
	"ses",
	"sestiere",
	"setaliste",
	"setany",
	"sgaoil-rathad",
	"sgaoilrathad",
	"sgwar",
	"sgwâr",
	"shl",
	"shls",
	"shnt",
	"shoal",
	"shoals",
	"shor",
	"shore",
	"shores",
	"shors",
	"shose",
	"shosse",
	"shosseynaya",
	"shr",
	"shrs",
	"shun",
	"shunt",
	"shwy",
	"siden",
	"siding",
	"siedlung",
	"simpang",
	"simpangan",
	"sineadh",
	"singel",
	"sisiran",
	"sitio",
	"sjø",
	"sjøen",
	"skersgatvis",
	"skg",
	"skog",
	"skogen",
	"skwar",
	"skwy",
	"skyway",
	"slighe",
	"slip",
	"slk",
	"sloot",
	"slope",
	"slp",
	"slpe",
	"smt",
	"snaidhm-rathaid",
	"snaidhmrathaid",
	"snd",
	"sngai",
	"sngl",
	"snu",
	"soi",
	"sok",
	"sokagi",
	"sokak",
	"sokağı",
	"solok",
	"sor",
	"sort",
	"sortida",
	"sos",
	"sose",
	"soseaua",
	"sosesi",
	"sottopassaggio",
	"sound",
	"spa",
	"space",
	"spadaria",
	"spalto",
	"spc",
	"spd",
	"spg",
	"spgs",
	"spl",
	"splaiul",
	"spn",
	"spns",
	"spr",
	"spring",
	"springs",
	"sprn",
	"sprng",
	"sprngs",
	"sps",
	"spur",
	"sqaq",
	"sqr",
	"sqs",
	"square",
	"squares",
	"sraid",
	"sraidbhaile",
	"srd",
	"sreath",
	"srt",
	"srte",
	"sràid",
	"sráid",
	"sráidbhaile",
	"ssr",
	"st.h",
	"st.hgwy",
	"st.hi",
	"st.highway",
	"st.hw",
	"st.hway",
	"st.hwy",
	"st.rd",
	"st.road",
	"st.route",
	"st.rt",
	"st.rte",
	"st.wy",
	"sta",
	"stad",
	"stairean",
	"stairs",
	"stairway",
	"statehighway",
	"staterd",
	"stateroad",
	"stateroute",
	"statert",
	"staz",
	"stazione",
	"stc",
	"std",
	"steenweg",
	"steg",
	"steps",
	"stg",
	"sti",
	"stiege",
	"stien",
	"stig",
	"stigen",
	"stl",
	"sto",
	"stortorget",
	"stp",
	"stps",
	"str",
	"str-la",
	"str.a",
	"str.prov",
	"str.r",
	"str.reg",
	"str.s",
	"str.st",
	"str.ta",
	"str.te",
	"str.ti",
	"str.to",
	"str.vic",
	"str.way",
	"stra",
	"straat",
	"strad",
	"strada",
	"stradale",
	"stradela",
	"stradello",
	"stradetta",
	"stradone",
	"straed",
	"straede",
	"straedou",
	"straedoù",
	"straeti",
	"strand",
	"stranda",
	"stranden",
	"strands",
	"strasse",
	"strav",
	"stravenue",
	"straße",
	"strd",
	"strds",
	"stre",
	"streat",
	"stredet",
	"stree",
	"street",
	"streets",
	"stretta",
	"strette",
	"stretti",
	"stretto",
	"strip",
	"strnd",
	"strnds",
	"strooss",
	"stross",
	"strp",
	"strs",
	"strt",
	"strta",
	"strte",
	"strti",
	"strto",
	"strwy",
	"stryd",
	"strydoedd",
	"stryt",
	"stræde",
	"stræti",
	"sts",
	"stt",
	"stuagh",
	"stuara",
	"stube",
	"stwg",
	"stwy",
	"suba",
	"subdiv",
	"subdivision",
	"subida",
	"subway",
	"sugarut",
	"sugárút",
	"summit",
	"sumt",
	"sund",
	"sungai",
	"sup",
	"superstrada",
	"supportico",
	"svc",
	"svcwy",
	"sve",
	"svingen",
	"svinget",
	"svrd",
	"svwy",
	"swy",
	"sxy",
	"szosa",
	"sétány",
	"síneadh",
	"t.h.",
	"t.hgwy",
	"t.hi",
	"t.hw",
	"t.hway",
	"t.hwy",
	"t.r.",
	"t.rd",
	"t.rt",
	"t.rte",
	"taival",
	"taman",
	"tanav",
	"tangen",
	"tangenziale",
	"taobh",
	"tarn",
	"tce",
	"tee",
	"teigur",
	"tepian",
	"ter",
	"terace",
	"terasa",
	"tere",
	"terowongan",
	"terr",
	"terrac",
	"terrace",
	"terrain",
	"terrasse",
	"terrasses",
	"terte",
	"tertes",
	"thanon",
	"thfr",
	"thick",
	"thicket",
	"thnn",
	"thor",
	"thoroughfare",
	"thoroughway",
	"thro",
	"throughfare",
	"throughway",
	"thru",
	"thruway",
	"thwy",
	"tie",
	"tingkat",
	"tkt",
	"tkwy",
	"tline",
	"tlwy",
	"tmn",
	"tmwy",
	"tnu",
	"toften",
	"tollway",
	"top",
	"tor",
	"torg",
	"tori",
	"torv",
	"tower",
	"towers",
	"townline",
	"tpk",
	"tpke",
	"tpl",
	"tpn",
	"tpr",
	"tra",
	"trace",
	"track",
	"trafficway",
	"trail",
	"trailer",
	"trak",
	"tram",
	"tramway",
	"trans",
	"transito",
	"transv",
	"transversal",
	"tras",
	"trasera",
	"trat",
	"trav",
	"traversa",
	"traverse",
	"travesia",
	"travessa",
	"travessera",
	"travessia",
	"travesía",
	"trať",
	"trc",
	"trce",
	"trd",
	"trees",
	"trejqet",
	"trfy",
	"trg",
	"tri",
	"trian",
	"triangle",
	"trida",
	"triq",
	"trk",
	"trktrl",
	"trl",
	"trlr",
	"trn",
	"trnabt",
	"trok",
	"trpl",
	"trs",
	"trt",
	"trts",
	"trunkway",
	"trv",
	"trva",
	"trval",
	"trvrs",
	"trvs",
	"trvsal",
	"trvsia",
	"trvsía",
	"trwy",
	"trxk",
	"trá",
	"tránsito",
	"tshp.h",
	"tshp.hgwy",
	"tshp.hi",
	"tshp.hw",
	"tshp.hway",
	"tshp.hwy",
	"tshp.r",
	"tshp.rd",
	"tshp.rt",
	"tshp.rte",
	"tsse",
	"tsses",
	"tun",
	"tunel",
	"tunl",
	"tunnel",
	"tup",
	"tupik",
	"tupyk",
	"turn",
	"turnabout",
	"turnpike",
	"tvc",
	"tvl",
	"twp.h",
	"twp.hgwy",
	"twp.hi",
	"twp.hw",
	"twp.hway",
	"twp.hwy",
	"twp.r",
	"twp.rd",
	"twp.rt",
	"twp.rte",
	"twpr",
	"twr",
	"twrs",
	"twy",
	"tänav",
	"tér",
	"tún",
	"třída",
	"t̄hnn",
	"ubhchruth",
	"uchd",
	"ufer",
	"ulica",
	"ulice",
	"ulicka",
	"ulitsa",
	"ulička",
	"ullord",
	"underpass",
	"union",
	"unions",
	"uns",
	"untere",
	"unterer",
	"unteres",
	"upas",
	"upass",
	"ups",
	"urb",
	"urbanizacao",
	"utca",
	"utja",
	"uzuk",
	"v.c.",
	"v.le",
	"v.lo",
	"v.p.",
	"v.s.",
	"vaeg",
	"vaegen",
	"vaenge",
	"vaeylae",
	"vag",
	"vagen",
	"val",
	"vale",
	"vallee",
	"valley",
	"valleys",
	"vallon",
	"valée",
	"vangen",
	"vangur",
	"var",
	"varco",
	"varden",
	"varf",
	"varful",
	"vch",
	"vche",
	"vcl",
	"vcm",
	"vcn",
	"vcp",
	"vct",
	"vcto",
	"vcv",
	"vdct",
	"vdto",
	"veg",
	"vegen",
	"vegi",
	"vegur",
	"vei",
	"veien",
	"vej",
	"vellir",
	"ven",
	"venelle",
	"venelles",
	"vennel",
	"vens",
	"ver",
	"vereda",
	"verl",
	"verlengde",
	"via",
	"viad",
	"viadct",
	"viaduct",
	"viaducto",
	"viaduto",
	"viale",
	"vic",
	"vico",
	"vicoletto",
	"vicolo",
	"viela",
	"view",
	"views",
	"vik",
	"vika",
	"vil",
	"vila",
	"villa",
	"village",
	"villaggio",
	"villas",
	"virful",
	"vis",
	"vist",
	"vista",
	"viuzzo",
	"vjal",
	"vla",
	"vlae",
	"vlas",
	"vle",
	"vlge",
	"vliet",
	"vlly",
	"vllys",
	"vlo",
	"vlp",
	"vlt",
	"vly",
	"vlys",
	"vlä",
	"vnu",
	"voc",
	"vocabolo",
	"voi",
	"voie",
	"voies",
	"vois",
	"voll",
	"vollen",
	"volta",
	"vpr",
	"vpv",
	"vreda",
	"vroute",
	"vrt",
	"vrte",
	"vst",
	"vsta",
	"vta",
	"vte",
	"vue",
	"vul",
	"vulica",
	"vulytsya",
	"vvc",
	"vve",
	"vws",
	"vzo",
	"vârful",
	"väg",
	"vägen",
	"väylä",
	"våg",
	"vågen",
	"vænge",
	"vía",
	"vîrful",
	"w.",
	"wade",
	"waeg",
	"waej",
	"wag",
	"waj",
	"walk",
	"walkway",
	"waters",
	"way",
	"ways",
	"wee",
	"weg",
	"well",
	"wells",
	"wharf",
	"whf",
	"whrf",
	"wiese",
	"wkwy",
	"wky",
	"wlk",
	"wlkwy",
	"wls",
	"wtrs",
	"wyn",
	"wynd",
	"wys",
	"wäg",
	"wäj",
	"x-ing",
	"x-rd",
	"x-road",
	"x-way",
	"x-wy",
	"xett",
	"xing",
	"xiyabanı",
	"xrd",
	"xrds",
	"xroad",
	"xway",
	"xwy",
	"xətt",
	"yard",
	"yol",
	"yolu",
	"yrd",
	"z.i.",
	"zaulek",
	"zav",
	"zavulak",
	"zeharbidea",
	"zehb",
	"zin",
	"zona",
	"zum",
	"zumardia",
	"àilean",
	"áirse",
	"árok",
	"åsen",
	"çevreyolu",
	"çıxılmaz",
	"éch",
	"échangeur",
	"écl",
	"écls",
	"écluse",
	"écluses",
	"óstaí",
	"øya",
	"úllord",
	"útja",
	"üzük",
	"đường",
	"şose",
	"şosesi",
	"šaša",
	"šašejnaja",
	"šetalište",
	"șos",
	"șoseaua",
	"λεωφ",
	"λεωφορος",
	"λεωφόρος",
	"οδός",
	"πλ",
	"πλατεία",
	"πλατεια",
	"ал",
	"алея",
	"аллея",
	"бул",
	"булевар",
	"булевард",
	"бульв",
	"бульвар",
	"вул",
	"вулиця",
	"вуліца",
	"дар",
	"дарога",
	"дор",
	"дорога",
	"зав",
	"завулак",
	"кальцавая",
	"кольцевая",
	"лин",
	"линия",
	"лін",
	"лінія",
	"магистрала",
	"наб",
	"набережна",
	"набережная",
	"набярэжная",
	"обилазница",
	"пер",
	"переулок",
	"пл",
	"плошча",
	"площа",
	"площад",
	"площадь",
	"пр",
	"праезд",
	"прасп",
	"праспект",
	"прилаз",
	"пров",
	"провулок",
	"проезд",
	"просп",
	"проспект",
	"проїзд",
	"пут",
	"трг",
	"туп",
	"тупик",
	"тупік",
	"ул",
	"улица",
	"шаша",
	"шашэйная",
	"шосе",
	"шоссе",
	"шоссейная",
	"כביש",
	"כיכר",
	"סמטת",
	"צומת",
	"רחוב",
	"שדרות",
	"آزادراه",
	"السيار",
	"الشارع",
	"الطريق",
	"بزرگراه",
	"بلوار",
	"جادة",
	"جاده",
	"حارة",
	"خیابان",
	"روڈ",
	"ساحة",
	"سڑک",
	"شارع",
	"شاہراہ",
	"طريق",
	"لین",
	"ميدان",
	"نهج",
	"کوچه",
	"کوی",
	"گلی",
	"ซอย",
	"ซอยเทศบาล",
	"ตรอก",
	"ถนน",
	"ทางด่วน",
	"ไฮเวย์",
	"ბულვარი",
	"გამზ",
	"გამზირი",
	"გზატკეცილი",
	"მოედანი",
	"ქუჩა",
	"ქუჩაზე",
	"ქუჩის",
	"ქუცა",
	"შეს",
	"შესახვევი",
	"ჩიხი",
	"ხეივანი",
	"ხიდი",
	"クルドサック",
	"ストリート",
	"バイパス",
	"バイパス道路",
	"ブールバール",
	"メロディーロード",
	"メーンストリート",
	"ローマ街道",
	"一般府道",
	"一般県道",
	"一般社団法人",
	"一般財団法人",
	"一般道道",
	"一般都道",
	"主要地方道",
	"乡道",
	"公園道路",
	"公道",
	"县道",
	"国道",
	"大街",
	"大通り",
	"大道",
	"大院",
	"州間高速道路",
	"巷",
	"弄",
	"有料道路",
	"村道",
	"段",
	"環状道路",
	"省道",
	"私道",
	"経路",
	"胡同",
	"自動車道",
	"街",
	"街路",
	"街道",
	"表通り",
	"路",
	"路地",
	"通り",
	"通り道",
	"通路",
	"道",
	"道路",
	"都市高速道路",
	"高速道路",
	"가",
	"길",
	"로"
];
/** Every English one: capitalised after a name (`Jurassic Park 3`) they are titles more often than streets. */
var ENGLISH_STREET_TYPE_WORDS = [
	"abbey",
	"abby",
	"acc",
	"access",
	"accs",
	"acres",
	"acrs",
	"alee",
	"alley",
	"alleyway",
	"allwy",
	"ally",
	"allyway",
	"alwy",
	"aly",
	"ambl",
	"amble",
	"ancg",
	"anchorage",
	"annex",
	"anx",
	"apartments",
	"apch",
	"app",
	"appartments",
	"appr",
	"approach",
	"apts",
	"arc",
	"arcade",
	"art",
	"arterial",
	"artery",
	"artl",
	"arty",
	"aut",
	"autoroute",
	"ave",
	"aven",
	"avens",
	"avenu",
	"avenue",
	"avenues",
	"avenus",
	"aves",
	"avn",
	"avns",
	"avnu",
	"avnue",
	"avnues",
	"avnus",
	"avs",
	"back",
	"baech",
	"bank",
	"basin",
	"basn",
	"bay",
	"bayoo",
	"bayou",
	"bch",
	"bde",
	"bdge",
	"bdwy",
	"bdy",
	"beach",
	"beech",
	"belt",
	"beltway",
	"bend",
	"blck",
	"blf",
	"blfs",
	"blk",
	"block",
	"blt",
	"bluf",
	"bluff",
	"bluffs",
	"blv",
	"blvd",
	"blvde",
	"blvrd",
	"bnd",
	"bnk",
	"boardwalk",
	"bot",
	"bottm",
	"bottms",
	"bottom",
	"bottoms",
	"boul",
	"boulavard",
	"boulevard",
	"boulevarde",
	"boulv",
	"boundary",
	"bowl",
	"bps",
	"brace",
	"brae",
	"branch",
	"brce",
	"brch",
	"brdg",
	"brdway",
	"break",
	"brg",
	"brgs",
	"bri",
	"bridge",
	"brk",
	"brks",
	"brnch",
	"broadway",
	"brook",
	"brooks",
	"brow",
	"brw",
	"bsn",
	"bte",
	"btm",
	"btms",
	"btte",
	"bttm",
	"bttms",
	"burg",
	"burgs",
	"burrow",
	"burw",
	"butte",
	"bvd",
	"bway",
	"bwk",
	"bwlk",
	"bwy",
	"byp",
	"bypa",
	"bypass",
	"byps",
	"byu",
	"byway",
	"bywy",
	"c.h.",
	"c.hgwy",
	"c.hi",
	"c.hw",
	"c.hway",
	"c.hwy",
	"c.r.",
	"c.rd",
	"c.rt",
	"c.rte",
	"camp",
	"canyon",
	"cape",
	"caravan",
	"caus",
	"cause",
	"causeway",
	"causewy",
	"cct",
	"cds",
	"cen",
	"center",
	"centers",
	"centre",
	"centreway",
	"cetr",
	"cft",
	"chas",
	"chase",
	"cir",
	"circ",
	"circel",
	"circle",
	"circles",
	"circlet",
	"circt",
	"circuit",
	"circus",
	"cirs",
	"cirt",
	"claim",
	"clde",
	"clf",
	"clfs",
	"cliff",
	"cliffs",
	"clm",
	"clnde",
	"close",
	"clr",
	"cls",
	"clse",
	"clstr",
	"clt",
	"cluster",
	"cmmn",
	"cmmns",
	"cmn",
	"cmns",
	"cnc",
	"cncd",
	"cncrd",
	"cnctr",
	"cnr",
	"cnrs",
	"cntn",
	"cntr",
	"cnwy",
	"cnyn",
	"co.hgwy",
	"co.hi",
	"co.hw",
	"co.hway",
	"co.hwy",
	"co.r",
	"co.rd",
	"co.rt",
	"co.rte",
	"colonnade",
	"com",
	"comm",
	"common",
	"commons",
	"comms",
	"con",
	"conc",
	"concession",
	"concord",
	"concourse",
	"concs",
	"concse",
	"connection",
	"connector",
	"conr",
	"copse",
	"cor",
	"corner",
	"corners",
	"cors",
	"corseo",
	"corso",
	"course",
	"court",
	"courts",
	"courtyard",
	"cov",
	"cove",
	"cowy",
	"cpe",
	"cps",
	"crc",
	"crcs",
	"crct",
	"crd",
	"crecent",
	"creek",
	"cres",
	"crescent",
	"crest",
	"crf",
	"crief",
	"crk",
	"crn",
	"crns",
	"croft",
	"cross",
	"crossing",
	"crossroad",
	"crossroads",
	"crossway",
	"crs",
	"crse",
	"crsg",
	"crss",
	"crst",
	"crt",
	"crts",
	"cruiseway",
	"crv",
	"crve",
	"crwy",
	"csac",
	"cseo",
	"csg",
	"cso",
	"cst",
	"csway",
	"cswy",
	"ctg",
	"ctr",
	"ctrs",
	"cts",
	"cttg",
	"cty.hgwy",
	"cty.hi",
	"cty.hw",
	"cty.hway",
	"cty.hwy",
	"cty.r",
	"cty.rd",
	"cty.rt",
	"cty.rte",
	"ctyd",
	"cul",
	"cul-de-sac",
	"culdesac",
	"curv",
	"curve",
	"cusac",
	"cutt",
	"cutting",
	"cuwy",
	"cvan",
	"cve",
	"cvn",
	"cway",
	"cxn",
	"cyd",
	"cyn",
	"dale",
	"dell",
	"dene",
	"deviation",
	"devn",
	"dip",
	"distributor",
	"div",
	"divers",
	"diversion",
	"divide",
	"dle",
	"dns",
	"down",
	"downs",
	"drive",
	"driveway",
	"drov",
	"drove",
	"drv",
	"drvwy",
	"drwy",
	"dstr",
	"dve",
	"dvwy",
	"dway",
	"dwns",
	"dwy",
	"easement",
	"edg",
	"edge",
	"elb",
	"elbow",
	"elm",
	"end",
	"ent",
	"entr",
	"entrance",
	"esmt",
	"esp",
	"espl",
	"esplanade",
	"est",
	"estate",
	"estates",
	"ests",
	"exit",
	"exp",
	"expressway",
	"expway",
	"expwy",
	"expy",
	"ext",
	"exten",
	"extension",
	"extensions",
	"extn",
	"exts",
	"exwy",
	"fairway",
	"fall",
	"falls",
	"fare",
	"farm",
	"farms",
	"fawy",
	"fds",
	"fern",
	"ferry",
	"field",
	"fields",
	"fireline",
	"firetrack",
	"firetrail",
	"fit",
	"fitr",
	"flat",
	"flats",
	"fld",
	"flds",
	"fline",
	"flne",
	"fls",
	"flt",
	"flts",
	"fmtn",
	"follow",
	"folw",
	"footway",
	"ford",
	"foreshore",
	"form",
	"formation",
	"frd",
	"freeway",
	"frm",
	"frms",
	"frnt",
	"front",
	"frontage",
	"frtg",
	"frwy",
	"fry",
	"fshr",
	"ftrk",
	"ftwy",
	"furlong",
	"fway",
	"fwy",
	"gap",
	"garden",
	"gardens",
	"gate",
	"gates",
	"gateway",
	"gbd",
	"gdbd",
	"gdn",
	"gdns",
	"glade",
	"glch",
	"gld",
	"glde",
	"glen",
	"gln",
	"gly",
	"gra",
	"grange",
	"grbd",
	"grd",
	"grdbd",
	"grdn",
	"grdns",
	"grds",
	"green",
	"greenway",
	"gren",
	"grn",
	"grnd",
	"grnds",
	"gro",
	"ground",
	"grounds",
	"grove",
	"grv",
	"grve",
	"grwy",
	"gte",
	"gtes",
	"gtway",
	"gtwy",
	"gulch",
	"gully",
	"gway",
	"gwy",
	"hanger",
	"harbor",
	"harbors",
	"harbour",
	"haven",
	"havn",
	"hbr",
	"hbrs",
	"hds",
	"head",
	"heads",
	"heath",
	"heights",
	"heth",
	"hghlds",
	"hghts",
	"hglds",
	"hgths",
	"hgts",
	"hgwy",
	"hi.rd",
	"hieghts",
	"highlands",
	"highroad",
	"highway",
	"hill",
	"hills",
	"hils",
	"hird",
	"hlds",
	"hllw",
	"hls",
	"hngr",
	"hollow",
	"holw",
	"hrbr",
	"hrd",
	"hth",
	"hts",
	"hub",
	"hvn",
	"hway",
	"hwy",
	"hwye",
	"hywy",
	"ids",
	"imp",
	"impasse",
	"inlet",
	"inlt",
	"intchg",
	"interchange",
	"intersection",
	"interstate",
	"intg",
	"intn",
	"intsctn",
	"isl",
	"island",
	"islands",
	"isld",
	"islds",
	"isle",
	"iss",
	"jct",
	"jctn",
	"jcts",
	"jnc",
	"jnct",
	"jtn",
	"junct",
	"junction",
	"junctions",
	"key",
	"keys",
	"knl",
	"knls",
	"knob",
	"knol",
	"knoll",
	"knolls",
	"kys",
	"ladder",
	"ladr",
	"lagn",
	"lagon",
	"lagoon",
	"land",
	"landing",
	"landng",
	"lane",
	"laneway",
	"ldg",
	"lees",
	"lgn",
	"lgt",
	"light",
	"limits",
	"line",
	"link",
	"lit",
	"litl",
	"littl",
	"little",
	"lkt",
	"lmts",
	"lndg",
	"lnk",
	"lnwy",
	"loaf",
	"lookout",
	"loop",
	"loops",
	"lot",
	"lps",
	"ltl",
	"lttl",
	"lynn",
	"lynne",
	"mall",
	"manor",
	"market",
	"maze",
	"mdr",
	"mdw",
	"mdws",
	"mead",
	"meadow",
	"meadows",
	"meander",
	"mew",
	"mews",
	"mile",
	"mill",
	"mills",
	"mls",
	"mndr",
	"mnr",
	"moor",
	"motorway",
	"mount",
	"mtwy",
	"mway",
	"mws",
	"mwy",
	"nbr",
	"neaves",
	"nmbr",
	"nook",
	"num",
	"number",
	"nvs",
	"oaks",
	"opas",
	"otlk",
	"otlt",
	"out",
	"outlet",
	"outlook",
	"oval",
	"overbridge",
	"overlook",
	"overpass",
	"ovlk",
	"ovrb",
	"paddock",
	"padk",
	"paku",
	"palms",
	"parade",
	"pard",
	"park",
	"parkland",
	"parklands",
	"parkway",
	"parkways",
	"parkwy",
	"part",
	"pasg",
	"pass",
	"passage",
	"path",
	"pathway",
	"pckt",
	"pde",
	"peninsula",
	"phwy",
	"piaz",
	"piazza",
	"pier",
	"pike",
	"pine",
	"pines",
	"piont",
	"pke",
	"pkld",
	"pklds",
	"pkt",
	"pkw",
	"pkway",
	"pkwy",
	"pkwys",
	"pky",
	"pla",
	"plac",
	"place",
	"plain",
	"plains",
	"plat",
	"plateau",
	"plaza",
	"plc",
	"plms",
	"pln",
	"plns",
	"pls",
	"plt",
	"plz",
	"plza",
	"pne",
	"pnes",
	"pns",
	"pnt",
	"pnte",
	"pocket",
	"point",
	"pointe",
	"pokt",
	"pond",
	"port",
	"ports",
	"prairie",
	"prarie",
	"prd",
	"prde",
	"priors",
	"private",
	"prk",
	"prkw",
	"prkway",
	"prkwy",
	"prm",
	"prom",
	"promenade",
	"prrs",
	"prt",
	"prts",
	"psge",
	"psla",
	"pte",
	"pth",
	"pthway",
	"pthwy",
	"ptway",
	"ptwy",
	"pur",
	"pursuit",
	"pvt",
	"pway",
	"pwy",
	"pzza",
	"qdgl",
	"qdrt",
	"quad",
	"quadrangle",
	"quadrant",
	"quay",
	"quays",
	"quy",
	"quys",
	"qys",
	"radial",
	"radl",
	"ramble",
	"ramp",
	"ran",
	"ranae",
	"ranch",
	"rang",
	"range",
	"raod",
	"raods",
	"rapid",
	"rapids",
	"rch",
	"rdg",
	"rdge",
	"rdgs",
	"rdgwy",
	"rds",
	"rdsd",
	"rdw",
	"rdwy",
	"rdy",
	"reach",
	"reef",
	"res",
	"reserve",
	"resrv",
	"rest",
	"resv",
	"retreat",
	"return",
	"rgwy",
	"ride",
	"ridge",
	"ridges",
	"ridgeway",
	"rightofway",
	"ring",
	"rise",
	"riverway",
	"riviera",
	"rks",
	"rmbl",
	"rmp",
	"rnch",
	"rnd",
	"rnde",
	"rng",
	"rnge",
	"roa",
	"road",
	"roads",
	"roadside",
	"roadway",
	"rocks",
	"rofw",
	"ronde",
	"rosebowl",
	"rotary",
	"round",
	"roundabout",
	"route",
	"row",
	"rowy",
	"rpd",
	"rpds",
	"rsbl",
	"rserv",
	"rserve",
	"rsrv",
	"rsrve",
	"rst",
	"rte",
	"rtn",
	"rtt",
	"rty",
	"run",
	"rvra",
	"rvwy",
	"s.h.",
	"s.hgwy",
	"s.hi",
	"s.highway",
	"s.hw",
	"s.hway",
	"s.hwy",
	"s.r.",
	"s.rd",
	"s.road",
	"s.route",
	"s.rt",
	"s.rte",
	"sbwy",
	"sdg",
	"sdng",
	"serviceway",
	"shl",
	"shls",
	"shnt",
	"shoal",
	"shoals",
	"shor",
	"shore",
	"shores",
	"shors",
	"shr",
	"shrs",
	"shun",
	"shunt",
	"shwy",
	"siding",
	"skwy",
	"skyway",
	"slip",
	"slope",
	"slp",
	"slpe",
	"smt",
	"snd",
	"sound",
	"space",
	"spc",
	"spg",
	"spgs",
	"spns",
	"spr",
	"spring",
	"springs",
	"sprn",
	"sprng",
	"sprngs",
	"spur",
	"sqr",
	"sqs",
	"square",
	"squares",
	"srd",
	"srt",
	"srte",
	"st.h",
	"st.hgwy",
	"st.hi",
	"st.highway",
	"st.hw",
	"st.hway",
	"st.hwy",
	"st.rd",
	"st.road",
	"st.route",
	"st.rt",
	"st.rte",
	"st.wy",
	"stairs",
	"stairway",
	"statehighway",
	"staterd",
	"stateroad",
	"stateroute",
	"statert",
	"steps",
	"stps",
	"str",
	"str.way",
	"stra",
	"strand",
	"strands",
	"strav",
	"stravenue",
	"strd",
	"strds",
	"stre",
	"stree",
	"street",
	"streets",
	"strip",
	"strnd",
	"strnds",
	"strp",
	"strs",
	"strt",
	"strte",
	"strwy",
	"sts",
	"stwy",
	"subdiv",
	"subdivision",
	"subway",
	"summit",
	"sumt",
	"svcwy",
	"svrd",
	"svwy",
	"swy",
	"t.h.",
	"t.hgwy",
	"t.hi",
	"t.hw",
	"t.hway",
	"t.hwy",
	"t.r.",
	"t.rd",
	"t.rt",
	"t.rte",
	"tarn",
	"tce",
	"ter",
	"terace",
	"terr",
	"terrac",
	"terrace",
	"terrasse",
	"thfr",
	"thick",
	"thicket",
	"thor",
	"thoroughfare",
	"thoroughway",
	"thro",
	"throughfare",
	"throughway",
	"thru",
	"thruway",
	"thwy",
	"tkwy",
	"tline",
	"tlwy",
	"tmwy",
	"tollway",
	"top",
	"tor",
	"tower",
	"towers",
	"townline",
	"tpk",
	"tpke",
	"trace",
	"track",
	"trafficway",
	"trail",
	"trailer",
	"trak",
	"tram",
	"tramway",
	"trc",
	"trce",
	"trd",
	"trees",
	"trfy",
	"tri",
	"triangle",
	"trk",
	"trktrl",
	"trl",
	"trlr",
	"trn",
	"trnabt",
	"trs",
	"trt",
	"trunkway",
	"trwy",
	"tshp.h",
	"tshp.hgwy",
	"tshp.hi",
	"tshp.hw",
	"tshp.hway",
	"tshp.hwy",
	"tshp.r",
	"tshp.rd",
	"tshp.rt",
	"tshp.rte",
	"tsse",
	"tun",
	"tunl",
	"tunnel",
	"turn",
	"turnabout",
	"turnpike",
	"twp.h",
	"twp.hgwy",
	"twp.hi",
	"twp.hw",
	"twp.hway",
	"twp.hwy",
	"twp.r",
	"twp.rd",
	"twp.rt",
	"twp.rte",
	"twpr",
	"twr",
	"twrs",
	"twy",
	"underpass",
	"union",
	"unions",
	"uns",
	"upas",
	"upass",
	"ups",
	"vale",
	"valley",
	"valleys",
	"vdct",
	"vennel",
	"via",
	"viad",
	"viadct",
	"viaduct",
	"view",
	"views",
	"villa",
	"village",
	"villas",
	"vis",
	"vista",
	"vla",
	"vlas",
	"vlge",
	"vlly",
	"vllys",
	"vly",
	"vlys",
	"vst",
	"vsta",
	"vue",
	"vws",
	"wade",
	"walk",
	"walkway",
	"waters",
	"way",
	"ways",
	"well",
	"wells",
	"wharf",
	"whf",
	"whrf",
	"wkwy",
	"wky",
	"wlk",
	"wlkwy",
	"wls",
	"wtrs",
	"wyn",
	"wynd",
	"wys",
	"x-ing",
	"x-rd",
	"x-road",
	"x-way",
	"x-wy",
	"xing",
	"xrd",
	"xrds",
	"xroad",
	"xway",
	"xwy",
	"yard",
	"yrd"
];
/** The English ones no other language lists: they also end ordinary phrases (`3 Step Way`, `Jurassic Park 3`). */
var ENGLISH_ONLY_STREET_TYPE_WORDS = [
	"abbey",
	"abby",
	"acc",
	"access",
	"accs",
	"acres",
	"acrs",
	"alee",
	"alley",
	"alleyway",
	"allwy",
	"ally",
	"allyway",
	"alwy",
	"aly",
	"ambl",
	"amble",
	"ancg",
	"anchorage",
	"annex",
	"anx",
	"apartments",
	"apch",
	"app",
	"appartments",
	"appr",
	"approach",
	"apts",
	"arterial",
	"artery",
	"artl",
	"arty",
	"back",
	"baech",
	"bank",
	"basin",
	"basn",
	"bay",
	"bayoo",
	"bayou",
	"bdge",
	"bdwy",
	"bdy",
	"beach",
	"beech",
	"belt",
	"beltway",
	"bend",
	"blck",
	"blf",
	"blfs",
	"blk",
	"block",
	"blt",
	"bluf",
	"bluff",
	"bluffs",
	"bnd",
	"bnk",
	"boardwalk",
	"bot",
	"bottm",
	"bottms",
	"bottom",
	"bottoms",
	"boundary",
	"bowl",
	"bps",
	"brace",
	"brae",
	"branch",
	"brce",
	"brch",
	"brdg",
	"brdway",
	"break",
	"brg",
	"brgs",
	"bridge",
	"brk",
	"brks",
	"brnch",
	"broadway",
	"brook",
	"brooks",
	"brow",
	"brw",
	"bsn",
	"bte",
	"btm",
	"btms",
	"btte",
	"bttm",
	"bttms",
	"burg",
	"burgs",
	"burrow",
	"burw",
	"bway",
	"bwk",
	"bwlk",
	"bwy",
	"byp",
	"bypa",
	"bypass",
	"byps",
	"byu",
	"byway",
	"bywy",
	"c.hgwy",
	"c.hi",
	"c.hw",
	"c.hway",
	"c.hwy",
	"c.r.",
	"c.rd",
	"c.rt",
	"c.rte",
	"canyon",
	"cape",
	"caravan",
	"caus",
	"cause",
	"causeway",
	"causewy",
	"cct",
	"cds",
	"cen",
	"center",
	"centers",
	"centre",
	"centreway",
	"cetr",
	"cft",
	"chas",
	"chase",
	"cir",
	"circ",
	"circel",
	"circle",
	"circles",
	"circlet",
	"circt",
	"circuit",
	"circus",
	"cirs",
	"cirt",
	"claim",
	"clde",
	"clf",
	"clfs",
	"cliff",
	"cliffs",
	"clm",
	"clnde",
	"close",
	"clr",
	"cls",
	"clse",
	"clstr",
	"cluster",
	"cmmn",
	"cmmns",
	"cmn",
	"cmns",
	"cnc",
	"cncd",
	"cncrd",
	"cnctr",
	"cnr",
	"cnrs",
	"cntn",
	"cntr",
	"cnwy",
	"cnyn",
	"co.hgwy",
	"co.hi",
	"co.hw",
	"co.hway",
	"co.hwy",
	"co.r",
	"co.rd",
	"co.rt",
	"co.rte",
	"colonnade",
	"com",
	"comm",
	"common",
	"commons",
	"comms",
	"conc",
	"concession",
	"concord",
	"concourse",
	"concs",
	"concse",
	"connection",
	"connector",
	"conr",
	"copse",
	"corner",
	"corners",
	"corseo",
	"course",
	"court",
	"courts",
	"courtyard",
	"cov",
	"cove",
	"cowy",
	"cpe",
	"cps",
	"crc",
	"crcs",
	"crct",
	"crd",
	"crecent",
	"creek",
	"cres",
	"crescent",
	"crest",
	"crf",
	"crief",
	"crk",
	"crns",
	"croft",
	"cross",
	"crossing",
	"crossroad",
	"crossroads",
	"crossway",
	"crse",
	"crsg",
	"crss",
	"crst",
	"crt",
	"crts",
	"cruiseway",
	"crve",
	"crwy",
	"csac",
	"cseo",
	"csg",
	"cst",
	"csway",
	"cswy",
	"ctg",
	"ctrs",
	"cts",
	"cttg",
	"cty.hgwy",
	"cty.hi",
	"cty.hw",
	"cty.hway",
	"cty.hwy",
	"cty.r",
	"cty.rd",
	"cty.rt",
	"cty.rte",
	"ctyd",
	"cul",
	"cul-de-sac",
	"culdesac",
	"curv",
	"curve",
	"cusac",
	"cutt",
	"cutting",
	"cuwy",
	"cvan",
	"cve",
	"cvn",
	"cway",
	"cxn",
	"cyd",
	"cyn",
	"dale",
	"dell",
	"dene",
	"deviation",
	"devn",
	"dip",
	"distributor",
	"div",
	"divers",
	"diversion",
	"divide",
	"dle",
	"dns",
	"down",
	"downs",
	"drive",
	"driveway",
	"drov",
	"drove",
	"drv",
	"drvwy",
	"drwy",
	"dstr",
	"dve",
	"dvwy",
	"dway",
	"dwns",
	"dwy",
	"easement",
	"edg",
	"edge",
	"elb",
	"elbow",
	"elm",
	"end",
	"ent",
	"entrance",
	"esmt",
	"espl",
	"est",
	"estate",
	"estates",
	"ests",
	"exit",
	"exp",
	"expressway",
	"expway",
	"expwy",
	"expy",
	"exten",
	"extensions",
	"extn",
	"exts",
	"exwy",
	"fairway",
	"fall",
	"falls",
	"fare",
	"farm",
	"farms",
	"fawy",
	"fds",
	"fern",
	"ferry",
	"field",
	"fields",
	"fireline",
	"firetrack",
	"firetrail",
	"fit",
	"fitr",
	"flats",
	"fld",
	"flds",
	"fline",
	"flne",
	"fls",
	"flt",
	"flts",
	"fmtn",
	"follow",
	"folw",
	"footway",
	"ford",
	"foreshore",
	"form",
	"formation",
	"frd",
	"freeway",
	"frm",
	"frms",
	"frnt",
	"front",
	"frontage",
	"frtg",
	"frwy",
	"fry",
	"fshr",
	"ftrk",
	"ftwy",
	"furlong",
	"fway",
	"fwy",
	"gap",
	"gardens",
	"gates",
	"gateway",
	"gdn",
	"gdns",
	"glade",
	"glch",
	"gld",
	"glde",
	"glen",
	"gln",
	"gly",
	"gra",
	"grange",
	"grdn",
	"grdns",
	"grds",
	"green",
	"greenway",
	"gren",
	"grn",
	"grnd",
	"grnds",
	"gro",
	"ground",
	"grounds",
	"grove",
	"grv",
	"grve",
	"grwy",
	"gte",
	"gtes",
	"gtway",
	"gtwy",
	"gulch",
	"gully",
	"gway",
	"gwy",
	"hanger",
	"harbor",
	"harbors",
	"harbour",
	"hbr",
	"hbrs",
	"hds",
	"head",
	"heads",
	"heath",
	"heights",
	"heth",
	"hghlds",
	"hghts",
	"hglds",
	"hgths",
	"hgts",
	"hgwy",
	"hi.rd",
	"hieghts",
	"highlands",
	"highroad",
	"highway",
	"hill",
	"hills",
	"hils",
	"hird",
	"hlds",
	"hllw",
	"hls",
	"hngr",
	"hollow",
	"holw",
	"hrbr",
	"hrd",
	"hth",
	"hts",
	"hub",
	"hvn",
	"hway",
	"hwy",
	"hwye",
	"hywy",
	"ids",
	"inlet",
	"inlt",
	"intchg",
	"interchange",
	"intersection",
	"interstate",
	"intg",
	"intn",
	"intsctn",
	"isl",
	"island",
	"islands",
	"isld",
	"islds",
	"isle",
	"iss",
	"jct",
	"jctn",
	"jcts",
	"jnc",
	"jnct",
	"jtn",
	"junct",
	"junction",
	"junctions",
	"key",
	"keys",
	"knl",
	"knls",
	"knob",
	"knol",
	"knoll",
	"knolls",
	"kys",
	"ladder",
	"ladr",
	"lagn",
	"lagon",
	"lagoon",
	"landing",
	"landng",
	"lane",
	"laneway",
	"ldg",
	"lees",
	"lgn",
	"light",
	"limits",
	"line",
	"link",
	"lit",
	"litl",
	"littl",
	"little",
	"lkt",
	"lmts",
	"lndg",
	"lnk",
	"lnwy",
	"loaf",
	"lookout",
	"loop",
	"loops",
	"lot",
	"lps",
	"ltl",
	"lttl",
	"lynn",
	"lynne",
	"mall",
	"manor",
	"market",
	"maze",
	"mdr",
	"mdw",
	"mdws",
	"mead",
	"meadow",
	"meadows",
	"meander",
	"mew",
	"mews",
	"mile",
	"mill",
	"mills",
	"mls",
	"mndr",
	"mnr",
	"moor",
	"motorway",
	"mount",
	"mtwy",
	"mway",
	"mws",
	"mwy",
	"nbr",
	"neaves",
	"nmbr",
	"nook",
	"num",
	"number",
	"nvs",
	"oaks",
	"opas",
	"otlk",
	"otlt",
	"out",
	"outlet",
	"outlook",
	"oval",
	"overbridge",
	"overlook",
	"overpass",
	"ovlk",
	"ovrb",
	"paddock",
	"padk",
	"paku",
	"palms",
	"parade",
	"pard",
	"parkland",
	"parklands",
	"parkway",
	"parkways",
	"parkwy",
	"pasg",
	"path",
	"pathway",
	"pckt",
	"pde",
	"peninsula",
	"phwy",
	"piaz",
	"pier",
	"pike",
	"pine",
	"pines",
	"piont",
	"pke",
	"pkld",
	"pklds",
	"pkt",
	"pkw",
	"pkway",
	"pkwy",
	"pkwys",
	"pky",
	"pla",
	"plain",
	"plains",
	"plms",
	"plns",
	"pls",
	"plz",
	"pne",
	"pnes",
	"pns",
	"pnt",
	"pocket",
	"point",
	"pokt",
	"pond",
	"port",
	"ports",
	"prairie",
	"prarie",
	"prd",
	"prde",
	"priors",
	"private",
	"prk",
	"prkw",
	"prkway",
	"prkwy",
	"prm",
	"prrs",
	"prts",
	"psge",
	"psla",
	"pth",
	"pthway",
	"pthwy",
	"ptway",
	"ptwy",
	"pur",
	"pursuit",
	"pvt",
	"pway",
	"pwy",
	"qdgl",
	"qdrt",
	"quad",
	"quadrangle",
	"quadrant",
	"quay",
	"quays",
	"quy",
	"quys",
	"qys",
	"radial",
	"radl",
	"ramble",
	"ramp",
	"ran",
	"ranae",
	"ranch",
	"range",
	"raod",
	"raods",
	"rapid",
	"rapids",
	"rch",
	"rdg",
	"rdge",
	"rdgs",
	"rdgwy",
	"rds",
	"rdsd",
	"rdw",
	"rdwy",
	"rdy",
	"reach",
	"reef",
	"reserve",
	"resrv",
	"rest",
	"resv",
	"retreat",
	"return",
	"rgwy",
	"ride",
	"ridge",
	"ridges",
	"ridgeway",
	"rightofway",
	"ring",
	"rise",
	"riverway",
	"rks",
	"rmbl",
	"rnch",
	"rnd",
	"rng",
	"rnge",
	"roa",
	"road",
	"roads",
	"roadside",
	"roadway",
	"rocks",
	"rofw",
	"rosebowl",
	"rotary",
	"round",
	"roundabout",
	"row",
	"rowy",
	"rpd",
	"rpds",
	"rsbl",
	"rserv",
	"rserve",
	"rsrv",
	"rsrve",
	"rst",
	"rtn",
	"rtt",
	"rty",
	"run",
	"rvra",
	"rvwy",
	"s.h.",
	"s.hgwy",
	"s.hi",
	"s.highway",
	"s.hw",
	"s.hway",
	"s.hwy",
	"s.rd",
	"s.road",
	"s.route",
	"s.rt",
	"s.rte",
	"sbwy",
	"sdg",
	"sdng",
	"serviceway",
	"shl",
	"shls",
	"shnt",
	"shoal",
	"shoals",
	"shor",
	"shore",
	"shores",
	"shors",
	"shr",
	"shrs",
	"shun",
	"shunt",
	"shwy",
	"siding",
	"skwy",
	"skyway",
	"slip",
	"slope",
	"slp",
	"slpe",
	"smt",
	"snd",
	"sound",
	"space",
	"spc",
	"spgs",
	"spns",
	"spring",
	"springs",
	"sprn",
	"sprng",
	"sprngs",
	"spur",
	"sqr",
	"sqs",
	"squares",
	"srd",
	"srt",
	"srte",
	"st.h",
	"st.hgwy",
	"st.hi",
	"st.highway",
	"st.hw",
	"st.hway",
	"st.hwy",
	"st.rd",
	"st.road",
	"st.route",
	"st.rt",
	"st.rte",
	"st.wy",
	"stairs",
	"stairway",
	"statehighway",
	"staterd",
	"stateroad",
	"stateroute",
	"statert",
	"steps",
	"stps",
	"str.way",
	"strands",
	"strav",
	"stravenue",
	"strd",
	"strds",
	"stre",
	"stree",
	"street",
	"streets",
	"strip",
	"strnd",
	"strnds",
	"strp",
	"strs",
	"strt",
	"strwy",
	"stwy",
	"subdiv",
	"subdivision",
	"subway",
	"summit",
	"sumt",
	"svcwy",
	"svrd",
	"svwy",
	"swy",
	"t.h.",
	"t.hgwy",
	"t.hi",
	"t.hw",
	"t.hway",
	"t.hwy",
	"t.r.",
	"t.rd",
	"t.rt",
	"t.rte",
	"tarn",
	"tce",
	"terace",
	"terrac",
	"terrace",
	"thfr",
	"thick",
	"thicket",
	"thor",
	"thoroughfare",
	"thoroughway",
	"thro",
	"throughfare",
	"throughway",
	"thru",
	"thruway",
	"thwy",
	"tkwy",
	"tline",
	"tlwy",
	"tmwy",
	"tollway",
	"top",
	"tor",
	"tower",
	"towers",
	"townline",
	"tpk",
	"tpke",
	"trace",
	"track",
	"trafficway",
	"trail",
	"trailer",
	"trak",
	"tram",
	"tramway",
	"trc",
	"trce",
	"trd",
	"trees",
	"trfy",
	"tri",
	"triangle",
	"trk",
	"trktrl",
	"trl",
	"trlr",
	"trnabt",
	"trs",
	"trunkway",
	"trwy",
	"tshp.h",
	"tshp.hgwy",
	"tshp.hi",
	"tshp.hw",
	"tshp.hway",
	"tshp.hwy",
	"tshp.r",
	"tshp.rd",
	"tshp.rt",
	"tshp.rte",
	"tunl",
	"tunnel",
	"turn",
	"turnabout",
	"turnpike",
	"twp.h",
	"twp.hgwy",
	"twp.hi",
	"twp.hw",
	"twp.hway",
	"twp.hwy",
	"twp.r",
	"twp.rd",
	"twp.rt",
	"twp.rte",
	"twpr",
	"twr",
	"twrs",
	"twy",
	"underpass",
	"union",
	"unions",
	"uns",
	"upas",
	"upass",
	"ups",
	"vale",
	"valley",
	"valleys",
	"vdct",
	"vennel",
	"viad",
	"viadct",
	"viaduct",
	"view",
	"views",
	"village",
	"villas",
	"vis",
	"vlas",
	"vlge",
	"vlly",
	"vllys",
	"vly",
	"vlys",
	"vue",
	"vws",
	"wade",
	"walk",
	"walkway",
	"waters",
	"way",
	"ways",
	"well",
	"wells",
	"wharf",
	"whf",
	"whrf",
	"wkwy",
	"wky",
	"wlk",
	"wlkwy",
	"wls",
	"wtrs",
	"wyn",
	"wynd",
	"wys",
	"x-ing",
	"x-rd",
	"x-road",
	"x-way",
	"x-wy",
	"xing",
	"xrd",
	"xrds",
	"xroad",
	"xway",
	"xwy",
	"yard",
	"yrd"
];
/** Shorter synonyms of a type (`bdul`, `and` for `androna`): types when capitalised or dotted, not as a lower-case word. */
var STREET_TYPE_ABBREVIATIONS = [
	"abby",
	"acc",
	"acc.so",
	"acces",
	"accs",
	"accso",
	"ach",
	"acrs",
	"alam",
	"ale",
	"alea",
	"alee",
	"all",
	"alls",
	"allwy",
	"ally",
	"allyway",
	"alque",
	"alt",
	"alunalun",
	"alwy",
	"aly",
	"alz",
	"ambl",
	"ancg",
	"and",
	"andad",
	"ang",
	"ang.",
	"angta",
	"anx",
	"apch",
	"apdro",
	"app",
	"appr",
	"apts",
	"arc",
	"art",
	"artl",
	"arts",
	"arty",
	"auk",
	"aut",
	"aut.ale",
	"aut.da",
	"aut.de",
	"aut.sle",
	"autale",
	"autda",
	"autde",
	"auto",
	"autoestr",
	"autop",
	"autov",
	"autsle",
	"ava",
	"avd",
	"avda",
	"ave",
	"aven",
	"avens",
	"avenu",
	"avenus",
	"aves",
	"avgda",
	"avn",
	"avns",
	"avnu",
	"avnue",
	"avnues",
	"avnus",
	"avs",
	"awg",
	"b-dul",
	"b.dul",
	"b.go",
	"barda",
	"basn",
	"bazar",
	"bch",
	"bcle",
	"bco",
	"bda",
	"bde",
	"bdge",
	"bdo",
	"bdul",
	"bdwy",
	"bdy",
	"ber",
	"bers",
	"bga",
	"bgo",
	"bgt",
	"bhf",
	"biv",
	"bjada",
	"blck",
	"bld",
	"blev",
	"blf",
	"blfs",
	"blk",
	"blt",
	"bluf",
	"blv",
	"blvd",
	"blvde",
	"blvrd",
	"bna",
	"bnd",
	"bnk",
	"bot",
	"bottm",
	"bottms",
	"boul",
	"boulv",
	"bps",
	"bqllo",
	"br.lla",
	"br.lle",
	"branc",
	"brce",
	"brch",
	"brdg",
	"brdway",
	"bre",
	"bres",
	"brg",
	"brgs",
	"bri",
	"brk",
	"brks",
	"brlla",
	"brlle",
	"brnch",
	"bro",
	"brw",
	"brzal",
	"brº",
	"bsn",
	"bte",
	"btm",
	"btms",
	"btte",
	"bttm",
	"bttms",
	"bul",
	"bulev",
	"bulevardu",
	"bulv",
	"burw",
	"but",
	"bvd",
	"bway",
	"bwk",
	"bwlk",
	"bwy",
	"byp",
	"bypa",
	"byps",
	"byu",
	"bywy",
	"c.da",
	"c.h.",
	"c.hgwy",
	"c.hi",
	"c.hw",
	"c.hway",
	"c.hwy",
	"c.ile",
	"c.le",
	"c.m.",
	"c.n.",
	"c.na",
	"c.po",
	"c.r.",
	"c.rd",
	"c.rt",
	"c.rte",
	"c.so",
	"c.te",
	"c.usa",
	"c.v.",
	"cad",
	"cal",
	"call",
	"callej",
	"calz",
	"cam",
	"camno",
	"campg",
	"cant",
	"cantr",
	"car",
	"care",
	"cares",
	"carf",
	"carr",
	"carra",
	"carref",
	"carro",
	"carru",
	"cas",
	"cat",
	"cau",
	"caus",
	"cause",
	"causewy",
	"cav",
	"cavalc.a",
	"cavalca",
	"ccnh",
	"cct",
	"ccvcn",
	"cda",
	"cds",
	"ceannrathaid",
	"cen",
	"cer",
	"cercl",
	"cetr",
	"cevreyolu",
	"cft",
	"cgne",
	"chas",
	"che",
	"chee",
	"chees",
	"chem",
	"ches",
	"chev",
	"chl",
	"chs",
	"chss",
	"chsv",
	"cht",
	"chv",
	"cint",
	"cir",
	"circ",
	"circonv.e",
	"circonve",
	"circt",
	"cirs",
	"cirt",
	"cirv",
	"cjla",
	"cjon",
	"cjón",
	"ckt",
	"clde",
	"cle",
	"clf",
	"clfs",
	"cll",
	"cllja",
	"cllon",
	"cllzo",
	"cllón",
	"clm",
	"clnde",
	"cloi",
	"clr",
	"cls",
	"clse",
	"clstr",
	"clt",
	"cmmn",
	"cmmns",
	"cmn",
	"cmno",
	"cmns",
	"cmo",
	"cmt",
	"cna",
	"cnc",
	"cncd",
	"cncrd",
	"cnctr",
	"cnl",
	"cno",
	"cnr",
	"cnrs",
	"cnt",
	"cntn",
	"cntr",
	"cnwy",
	"cnyn",
	"co.hgwy",
	"co.hi",
	"co.hw",
	"co.hway",
	"co.hwy",
	"co.r",
	"co.rd",
	"co.rt",
	"co.rte",
	"com",
	"comm",
	"comms",
	"con",
	"conc",
	"concs",
	"concse",
	"conr",
	"contr.a",
	"contra",
	"cor",
	"cors",
	"cov",
	"cowy",
	"cpe",
	"cpl",
	"cpo",
	"cps",
	"cra",
	"crc",
	"crcs",
	"crct",
	"crd",
	"crecent",
	"cres",
	"crf",
	"crk",
	"crn",
	"crns",
	"cro",
	"crrdo",
	"crril",
	"crs",
	"crse",
	"crsg",
	"crss",
	"crst",
	"crt",
	"crtil",
	"crts",
	"crv",
	"crve",
	"crwy",
	"cró",
	"csac",
	"cseo",
	"csg",
	"cso",
	"cst",
	"cstan",
	"csway",
	"cswy",
	"cta",
	"cte",
	"ctg",
	"ctile",
	"ctn",
	"cto",
	"ctr",
	"ctra",
	"ctrin",
	"ctrs",
	"cts",
	"cttg",
	"cty.hgwy",
	"cty.hi",
	"cty.hw",
	"cty.hway",
	"cty.hwy",
	"cty.r",
	"cty.rd",
	"cty.rt",
	"cty.rte",
	"ctyd",
	"cuairtrathad",
	"culdesac",
	"cup",
	"curv",
	"cusa",
	"cusac",
	"custa",
	"cutt",
	"cuwy",
	"cvan",
	"cve",
	"cvn",
	"cway",
	"cxn",
	"cyd",
	"cyn",
	"czada",
	"dar",
	"deg",
	"degs",
	"devn",
	"diag",
	"dig",
	"digs",
	"dis",
	"disem",
	"div",
	"divers",
	"dle",
	"dlm",
	"dns",
	"dor",
	"drec",
	"drov",
	"drv",
	"drvwy",
	"drwy",
	"dsg",
	"dsgs",
	"dstr",
	"dto",
	"dtr",
	"dve",
	"dvwy",
	"dway",
	"dwns",
	"dwstr",
	"dwwg",
	"dwy",
	"dyg",
	"ecl",
	"ecls",
	"edg",
	"elb",
	"enc",
	"ent",
	"entr",
	"env",
	"err",
	"eslda",
	"esmt",
	"esp",
	"espa",
	"espl",
	"esps",
	"esq",
	"est",
	"estda",
	"estr",
	"ests",
	"etorb",
	"exp",
	"expla",
	"expway",
	"expwy",
	"expy",
	"ext",
	"exten",
	"extn",
	"extrm",
	"exts",
	"exwy",
	"f.ca",
	"f.rata",
	"f.ta",
	"fawy",
	"fca",
	"fdc",
	"fdo",
	"fds",
	"fit",
	"fitr",
	"fld",
	"flds",
	"fline",
	"flne",
	"fls",
	"flt",
	"flts",
	"fmtn",
	"fnd",
	"folw",
	"fon",
	"for",
	"forc.la",
	"forcla",
	"form",
	"fos",
	"foss",
	"foyr",
	"frata",
	"fraz",
	"fraz.e",
	"fraz.i",
	"fraze",
	"frazi",
	"frd",
	"frm",
	"frms",
	"frnt",
	"frtg",
	"frwy",
	"fry",
	"frz",
	"fshr",
	"fta",
	"ftrk",
	"ftwy",
	"fway",
	"fwy",
	"g.na",
	"g.ne",
	"gal",
	"gale",
	"gall.a",
	"gall.e",
	"galla",
	"galle",
	"gals",
	"garn",
	"gbd",
	"gch",
	"gdbd",
	"gdch",
	"gden",
	"gdens",
	"gdn",
	"gdns",
	"gdr",
	"gdsen",
	"gdsens",
	"glch",
	"gld",
	"glde",
	"gln",
	"gly",
	"gna",
	"gne",
	"gra",
	"grandrue",
	"grbd",
	"grch",
	"grd",
	"grdbd",
	"grdch",
	"grdn",
	"grdns",
	"grdr",
	"grds",
	"gren",
	"gri",
	"grim",
	"grn",
	"grnd",
	"grnds",
	"gro",
	"grs",
	"grv",
	"grve",
	"grwy",
	"gta",
	"gte",
	"gtes",
	"gtway",
	"gtwy",
	"gway",
	"gwy",
	"ham",
	"hbr",
	"hbrs",
	"hch",
	"hchs",
	"hda",
	"hds",
	"hentbras",
	"hentdall",
	"hentdon",
	"henttro",
	"heth",
	"hghlds",
	"hghts",
	"hglds",
	"hgths",
	"hgts",
	"hgwy",
	"hi.rd",
	"hils",
	"hird",
	"hlds",
	"hllw",
	"hlm",
	"hlr",
	"hls",
	"hngr",
	"holw",
	"hrbr",
	"hrd",
	"hschs",
	"hth",
	"hts",
	"hvn",
	"hway",
	"hwy",
	"hwye",
	"hywy",
	"iadhrathad",
	"ids",
	"imp",
	"imps",
	"inlt",
	"int",
	"intchg",
	"intg",
	"intn",
	"intr",
	"intsctn",
	"isl",
	"isld",
	"islds",
	"iss",
	"jct",
	"jctn",
	"jcts",
	"jl.",
	"jln",
	"jnc",
	"jnct",
	"jte",
	"jtes",
	"jtn",
	"junct",
	"knl",
	"knls",
	"knol",
	"koltsevaya",
	"kra",
	"kri",
	"krnd",
	"kroashent",
	"kroashenttro",
	"kroasnenttro",
	"kroazhenttro",
	"krt",
	"kys",
	"l.go",
	"l/raya",
	"ladr",
	"lagn",
	"lagon",
	"landng",
	"lbh",
	"lbr",
	"ldera",
	"lderas",
	"ldg",
	"leof",
	"leve",
	"lgd",
	"lge",
	"lgk",
	"lgn",
	"lgo",
	"lgt",
	"lgv",
	"lin",
	"lit",
	"litl",
	"littl",
	"lkk",
	"lkr",
	"lkt",
	"llg",
	"llnra",
	"lmn",
	"lmts",
	"lndg",
	"lnk",
	"lno",
	"lnwy",
	"loc",
	"loc.ta",
	"locta",
	"lps",
	"lre",
	"lrg",
	"lrong",
	"ltg",
	"ltl",
	"lttl",
	"lug",
	"luh",
	"lun",
	"lve",
	"lynn",
	"malec",
	"mdn",
	"mdr",
	"mdw",
	"mdws",
	"met",
	"meull",
	"mlo",
	"mls",
	"mndr",
	"mnr",
	"mnt",
	"mrdor",
	"mte",
	"mtes",
	"mtwy",
	"mway",
	"mws",
	"mwy",
	"mét",
	"nab",
	"nabr",
	"nam",
	"nbr",
	"nmbr",
	"nte",
	"num",
	"nvs",
	"nábr",
	"nábř",
	"nám",
	"opas",
	"otlk",
	"otlt",
	"out",
	"ovlk",
	"ovrb",
	"p-ta",
	"p-ţa",
	"p.i.",
	"p.le",
	"p.n.",
	"p.r.",
	"p.ta",
	"p.te",
	"p.za",
	"p.zza",
	"padk",
	"pae",
	"pant",
	"pard",
	"parkland",
	"parkwy",
	"parq",
	"parti",
	"pasg",
	"pat",
	"pbdo",
	"pbla",
	"pblo",
	"pca",
	"pckt",
	"pct",
	"pcta",
	"pctª",
	"pda",
	"pde",
	"pdis",
	"pdís",
	"peat",
	"per",
	"peri",
	"perif",
	"pgind",
	"pgr",
	"pgres",
	"phwy",
	"piaz",
	"pim",
	"pke",
	"pkld",
	"pklds",
	"pko",
	"pkt",
	"pkw",
	"pkway",
	"pkwy",
	"pkwys",
	"pky",
	"pla",
	"plag",
	"plags",
	"plat",
	"platx",
	"plc",
	"plci",
	"ple",
	"ples",
	"plg",
	"plms",
	"pln",
	"plns",
	"plnts",
	"pls",
	"plt",
	"plta",
	"pltx",
	"plz",
	"plza",
	"plzla",
	"plzta",
	"plç",
	"pne",
	"pnes",
	"pns",
	"pnt",
	"pnte",
	"pnto",
	"pokt",
	"pol.ind",
	"pol.res",
	"porq",
	"porqs",
	"portq",
	"portqs",
	"pour",
	"pqe",
	"pque",
	"praje",
	"prasp",
	"prc",
	"prcs",
	"prd",
	"prde",
	"pre",
	"presquile",
	"presquîle",
	"prk",
	"prkt",
	"prkw",
	"prkway",
	"prkwy",
	"prm",
	"pro",
	"proj",
	"prol",
	"prolng",
	"prom",
	"prosp",
	"prq",
	"prql",
	"prrs",
	"prt",
	"prts",
	"prv",
	"przla",
	"psaje",
	"pseo",
	"psg",
	"psge",
	"psj",
	"psla",
	"psllo",
	"psmar",
	"psn",
	"pso",
	"psrn",
	"pss",
	"pst",
	"pta",
	"ptal",
	"ptas",
	"ptda",
	"pte",
	"ptge",
	"pth",
	"pthway",
	"pthwy",
	"ptl",
	"pto",
	"ptr",
	"ptway",
	"ptwy",
	"pur",
	"pvt",
	"pway",
	"pwy",
	"pza",
	"pzo",
	"pzt",
	"pzta",
	"pzza",
	"pça",
	"péri",
	"pţa",
	"qdgl",
	"qdrt",
	"qta",
	"qua",
	"quy",
	"quys",
	"qys",
	"r.n.",
	"rac",
	"racc",
	"radl",
	"raid",
	"ran",
	"rbla",
	"rcda",
	"rch",
	"rcnda",
	"rcon",
	"rda",
	"rdg",
	"rdge",
	"rdgs",
	"rdgwy",
	"rdpt",
	"rds",
	"rdsd",
	"rdt",
	"rdtj",
	"rdvia",
	"rdw",
	"rdwy",
	"rdy",
	"reg",
	"rem",
	"remp",
	"res",
	"resrv",
	"ress",
	"resv",
	"ret",
	"rgwy",
	"rhodfar",
	"rightofway",
	"rin",
	"rit",
	"riv",
	"rks",
	"rle",
	"rles",
	"rmbl",
	"rmp",
	"rmpe",
	"rnch",
	"rncn",
	"rncon",
	"rnd",
	"rnde",
	"rng",
	"rnge",
	"roa",
	"rocd",
	"rod",
	"rofw",
	"rondpoint",
	"roqt",
	"rot",
	"rowy",
	"rpa",
	"rpart",
	"rpd",
	"rpds",
	"rpe",
	"rpla",
	"rpt",
	"rsbl",
	"rserv",
	"rserve",
	"rsrv",
	"rsrve",
	"rst",
	"rta",
	"rtb",
	"rtd",
	"rtda",
	"rtde",
	"rte",
	"rtes",
	"rtn",
	"rtnd",
	"rtnde",
	"rts",
	"rtt",
	"rty",
	"rva",
	"rvia",
	"rvra",
	"rvwy",
	"rww",
	"s.c.",
	"s.da",
	"s.h.",
	"s.hgwy",
	"s.hi",
	"s.highway",
	"s.hw",
	"s.hway",
	"s.hwy",
	"s.p.",
	"s.prov",
	"s.r.",
	"s.rd",
	"s.road",
	"s.route",
	"s.rt",
	"s.rte",
	"s.s.",
	"s.v.",
	"sal",
	"sbida",
	"sbwy",
	"sca",
	"scc",
	"sce",
	"sci",
	"scl",
	"sda",
	"sdg",
	"sdl",
	"sdla",
	"sdlg",
	"sdng",
	"sdr",
	"seachrathad",
	"sect",
	"sedra",
	"sedro",
	"sen",
	"send",
	"sens",
	"sent",
	"sents",
	"ses",
	"sgaoilrathad",
	"shl",
	"shls",
	"shnt",
	"shor",
	"shors",
	"shr",
	"shrs",
	"shun",
	"shwy",
	"skg",
	"skog",
	"skwy",
	"slk",
	"slp",
	"slpe",
	"smt",
	"snaidhmrathaid",
	"snd",
	"sngai",
	"sngl",
	"snu",
	"sok",
	"sort",
	"sos",
	"spa",
	"spc",
	"spd",
	"spg",
	"spgs",
	"spl",
	"spn",
	"spns",
	"spr",
	"sprn",
	"sprng",
	"sprngs",
	"sps",
	"sqr",
	"sqs",
	"srd",
	"srt",
	"srte",
	"ssr",
	"st.h",
	"st.hgwy",
	"st.hi",
	"st.highway",
	"st.hw",
	"st.hway",
	"st.hwy",
	"st.rd",
	"st.road",
	"st.route",
	"st.rt",
	"st.rte",
	"st.wy",
	"sta",
	"statehighway",
	"staterd",
	"stateroad",
	"stateroute",
	"statert",
	"staz",
	"stc",
	"std",
	"stg",
	"stl",
	"sto",
	"stp",
	"stps",
	"str",
	"str-la",
	"str.a",
	"str.prov",
	"str.r",
	"str.reg",
	"str.s",
	"str.st",
	"str.ta",
	"str.te",
	"str.ti",
	"str.to",
	"str.vic",
	"str.way",
	"stra",
	"strav",
	"strd",
	"strds",
	"stre",
	"stree",
	"strnd",
	"strnds",
	"strp",
	"strs",
	"strt",
	"strta",
	"strte",
	"strti",
	"strto",
	"strwy",
	"sts",
	"stt",
	"stwg",
	"stwy",
	"subdiv",
	"sumt",
	"sup",
	"svc",
	"svcwy",
	"sve",
	"svrd",
	"svwy",
	"swy",
	"t.h.",
	"t.hgwy",
	"t.hi",
	"t.hw",
	"t.hway",
	"t.hwy",
	"t.r.",
	"t.rd",
	"t.rt",
	"t.rte",
	"tce",
	"ter",
	"terace",
	"terr",
	"terrac",
	"thfr",
	"thick",
	"thnn",
	"thor",
	"thro",
	"throughfare",
	"thru",
	"thruway",
	"thwy",
	"tkt",
	"tkwy",
	"tline",
	"tlwy",
	"tmn",
	"tmwy",
	"tnu",
	"tpk",
	"tpke",
	"tpl",
	"tpn",
	"tpr",
	"tra",
	"trak",
	"trans",
	"transv",
	"tras",
	"trav",
	"trc",
	"trce",
	"trd",
	"trfy",
	"tri",
	"trk",
	"trktrl",
	"trl",
	"trlr",
	"trn",
	"trnabt",
	"trpl",
	"trs",
	"trt",
	"trts",
	"trv",
	"trva",
	"trval",
	"trvrs",
	"trvs",
	"trvsal",
	"trvsia",
	"trvsía",
	"trwy",
	"tshp.h",
	"tshp.hgwy",
	"tshp.hi",
	"tshp.hw",
	"tshp.hway",
	"tshp.hwy",
	"tshp.r",
	"tshp.rd",
	"tshp.rt",
	"tshp.rte",
	"tsse",
	"tsses",
	"tun",
	"tunl",
	"tup",
	"tvc",
	"tvl",
	"twp.h",
	"twp.hgwy",
	"twp.hi",
	"twp.hw",
	"twp.hway",
	"twp.hwy",
	"twp.r",
	"twp.rd",
	"twp.rt",
	"twp.rte",
	"twpr",
	"twr",
	"twrs",
	"twy",
	"t̄hnn",
	"uns",
	"upas",
	"upass",
	"ups",
	"urb",
	"v.c.",
	"v.le",
	"v.lo",
	"v.p.",
	"v.s.",
	"val",
	"var",
	"varf",
	"vch",
	"vche",
	"vcl",
	"vcm",
	"vcn",
	"vcp",
	"vct",
	"vcto",
	"vcv",
	"vdct",
	"vdto",
	"ven",
	"vens",
	"ver",
	"verl",
	"viad",
	"viadct",
	"vic",
	"vil",
	"vis",
	"vist",
	"vla",
	"vlae",
	"vlas",
	"vle",
	"vlge",
	"vlly",
	"vllys",
	"vlo",
	"vlp",
	"vlt",
	"vly",
	"vlys",
	"vlä",
	"vnu",
	"voc",
	"voi",
	"vois",
	"vpr",
	"vpv",
	"vreda",
	"vroute",
	"vrt",
	"vrte",
	"vst",
	"vsta",
	"vta",
	"vte",
	"vul",
	"vvc",
	"vve",
	"vws",
	"vzo",
	"w.",
	"whf",
	"whrf",
	"wkwy",
	"wky",
	"wlk",
	"wlkwy",
	"wls",
	"wtrs",
	"wyn",
	"wys",
	"x-ing",
	"x-rd",
	"x-road",
	"x-way",
	"x-wy",
	"xing",
	"xrd",
	"xrds",
	"xroad",
	"xway",
	"xwy",
	"yrd",
	"z.i.",
	"zav",
	"zehb",
	"zin",
	"zum",
	"çevreyolu",
	"éch",
	"écl",
	"écls",
	"șos",
	"λεωφ",
	"πλ",
	"ал",
	"бул",
	"бульв",
	"вул",
	"дар",
	"дор",
	"зав",
	"лин",
	"лін",
	"наб",
	"пер",
	"пл",
	"пр",
	"прасп",
	"пров",
	"просп",
	"туп",
	"ул",
	"გამზ",
	"შეს"
];
/** Abbreviations of one or two letters (`g`, `tv`, `ul`): street types only when written with a dot. */
var SHORT_STREET_TYPE_ABBREVIATIONS = [
	"a",
	"ac",
	"ak",
	"al",
	"ap",
	"au",
	"av",
	"az",
	"b",
	"bc",
	"bd",
	"bf",
	"bg",
	"bk",
	"bl",
	"bo",
	"br",
	"bv",
	"by",
	"bº",
	"c",
	"ca",
	"cc",
	"cd",
	"ce",
	"ch",
	"ci",
	"cj",
	"cl",
	"cm",
	"cn",
	"cq",
	"cr",
	"cs",
	"ct",
	"cv",
	"cé",
	"dg",
	"dk",
	"dn",
	"dr",
	"dv",
	"em",
	"en",
	"er",
	"fd",
	"fh",
	"fl",
	"fr",
	"ft",
	"fw",
	"fy",
	"g",
	"ga",
	"gg",
	"gl",
	"gn",
	"gp",
	"gr",
	"gt",
	"gv",
	"h",
	"hd",
	"hi",
	"hj",
	"hl",
	"ht",
	"hw",
	"i",
	"ic",
	"id",
	"ih",
	"ip",
	"is",
	"j",
	"jl",
	"k",
	"kd",
	"kg",
	"kj",
	"kr",
	"ky",
	"l",
	"la",
	"lf",
	"lg",
	"lk",
	"ln",
	"lp",
	"lt",
	"md",
	"mi",
	"ml",
	"mr",
	"mt",
	"mw",
	"nk",
	"ob",
	"p",
	"pc",
	"pg",
	"pi",
	"pk",
	"pl",
	"pn",
	"po",
	"pq",
	"pr",
	"ps",
	"pt",
	"pz",
	"pº",
	"pç",
	"qd",
	"ql",
	"qt",
	"qu",
	"qy",
	"r",
	"ra",
	"rd",
	"ri",
	"rn",
	"ro",
	"rr",
	"rs",
	"rt",
	"ru",
	"rw",
	"s",
	"sg",
	"sh",
	"sk",
	"sp",
	"sq",
	"sr",
	"ss",
	"st",
	"sv",
	"t",
	"th",
	"tl",
	"tn",
	"tr",
	"tv",
	"tř",
	"u",
	"ul",
	"un",
	"ut",
	"v",
	"va",
	"vc",
	"vd",
	"ve",
	"vf",
	"vl",
	"vn",
	"vp",
	"vs",
	"vw",
	"vy",
	"w",
	"wg",
	"wk",
	"wl",
	"ws",
	"wy",
	"yd",
	"zn",
	"út",
	"đl"
];
/** Types glued to the end of the name in Germanic and Finnic languages (`Storgata`, `Bermbeekstraat`). */
var GLUED_STREET_TYPES = [
	"alle",
	"allee",
	"alleen",
	"allè",
	"allèen",
	"allé",
	"alue",
	"anlaeg",
	"anlæg",
	"auk",
	"aukio",
	"autobahn",
	"baan",
	"bach",
	"bad",
	"bahnhof",
	"bakke",
	"bakken",
	"banen",
	"baro",
	"barð",
	"berg",
	"berget",
	"bhf",
	"blvd",
	"borg",
	"borgen",
	"borgir",
	"boulevard",
	"boulevarden",
	"braut",
	"brg",
	"brucke",
	"bruecke",
	"brücke",
	"buehl",
	"buen",
	"buhl",
	"bukt",
	"bulevard",
	"bulevardi",
	"burg",
	"burgermeister",
	"byen",
	"byggo",
	"byggð",
	"bühl",
	"chaussee",
	"daal",
	"dal",
	"dalen",
	"damm",
	"dammen",
	"dijk",
	"dorf",
	"dossering",
	"dreef",
	"dwarsstraat",
	"dwarsweg",
	"dwstr",
	"dwwg",
	"esplanadi",
	"fell",
	"flat",
	"flate",
	"flaten",
	"forsthaus",
	"gaard",
	"gaass",
	"gade",
	"gangen",
	"gard",
	"garda",
	"garden",
	"gass",
	"gasse",
	"gata",
	"gatan",
	"gate",
	"gaten",
	"gebouw",
	"geroi",
	"gerði",
	"get",
	"graben",
	"gracht",
	"graend",
	"graenden",
	"grend",
	"grenda",
	"grosse",
	"grosser",
	"grosses",
	"große",
	"großes",
	"großser",
	"grund",
	"gränd",
	"gränden",
	"grænsen",
	"gàss",
	"gård",
	"gården",
	"hage",
	"hagen",
	"hager",
	"hagi",
	"hals",
	"haugane",
	"haugen",
	"have",
	"haven",
	"havn",
	"heiligen",
	"hjalli",
	"hlio",
	"hlíð",
	"hof",
	"hoj",
	"hojen",
	"holm",
	"holmen",
	"holt",
	"hoofdstraat",
	"hoofstraat",
	"huset",
	"háls",
	"høgda",
	"høgde",
	"høj",
	"højen",
	"kaari",
	"kade",
	"kaer",
	"kamp",
	"kanal",
	"katu",
	"kogel",
	"kraenten",
	"kreuz",
	"kri",
	"krysset",
	"krænten",
	"kuja",
	"kær",
	"laan",
	"laengen",
	"land",
	"landa",
	"lande",
	"landet",
	"lang",
	"lange",
	"leane",
	"lia",
	"liden",
	"lie",
	"loane",
	"lund",
	"lunden",
	"lundur",
	"længen",
	"mark",
	"marka",
	"marken",
	"markt",
	"melur",
	"muli",
	"múli",
	"nes",
	"obere",
	"oberer",
	"oberes",
	"pad",
	"park",
	"parken",
	"passagen",
	"penger",
	"pfad",
	"pgr",
	"pko",
	"plads",
	"plain",
	"plan",
	"plantsoen",
	"plass",
	"plassen",
	"plats",
	"platsen",
	"platz",
	"platå",
	"plein",
	"pln",
	"plnts",
	"polku",
	"puistikko",
	"puisto",
	"puistotie",
	"quelle",
	"raitti",
	"ranta",
	"rinne",
	"rundwanderweg",
	"rww",
	"sdlg",
	"sel",
	"sendi",
	"siden",
	"siedlung",
	"singel",
	"sjø",
	"sjøen",
	"skog",
	"skogen",
	"sloot",
	"sngl",
	"stad",
	"steenweg",
	"steg",
	"stg",
	"sti",
	"stiege",
	"stien",
	"stig",
	"stigen",
	"stortorget",
	"str",
	"straat",
	"straede",
	"straeti",
	"strand",
	"stranda",
	"stranden",
	"strasse",
	"straße",
	"stredet",
	"strooss",
	"stross",
	"stræde",
	"stræti",
	"stwg",
	"sund",
	"svingen",
	"svinget",
	"taival",
	"tangen",
	"teigur",
	"terrasse",
	"tie",
	"toften",
	"torg",
	"tori",
	"torv",
	"tun",
	"tvl",
	"tún",
	"ufer",
	"universitaet",
	"universitat",
	"universität",
	"untere",
	"unterer",
	"unteres",
	"vaeg",
	"vaegen",
	"vaenge",
	"vaeylae",
	"vag",
	"vagen",
	"vangen",
	"vangur",
	"varden",
	"veg",
	"vegen",
	"vegi",
	"vegur",
	"vei",
	"veien",
	"vej",
	"vellir",
	"verl",
	"verlengde",
	"vik",
	"vika",
	"vlae",
	"vliet",
	"vlt",
	"vlä",
	"voll",
	"vollen",
	"väg",
	"vägen",
	"väylä",
	"våg",
	"vågen",
	"vænge",
	"waeg",
	"waej",
	"wag",
	"waj",
	"wee",
	"weg",
	"wiese",
	"wäg",
	"wäj",
	"åsen",
	"øya"
];
// src/core/redaction/rules/address-lower-case.ts
var MAX_LINE = 160;
/** The label's end: separators, and a copula or a lower-case label word before a colon (`is`, `de entrega:`). */
var LABEL_END = /^[ \t]*(?:[:=：\-–—"'“«>(]+[ \t]*)*(?:(?:is|es|ist|est|è|é|är|er|on|jest|je)[ \t]+|(?:\p{Ll}{1,12}[ \t]+){0,2}\p{Ll}{1,12}[ \t]*[:：][ \t]*)?/u;
/**
* The line as a person would capitalise it, up to the end of the comma segment holding its last number (`…, leeds ls6
* 2ab, please` keeps `please`, which would read as a town); the same length as `line` (a letter whose capital is
* longer is kept).
*/
function capitalised(line) {
	const tokens = line.split(/(\s+)/);
	let last = -1;
	tokens.forEach((token, i) => {
		if (/\d/.test(token)) last = i;
	});
	let stop = last;
	while (stop !== -1 && stop + 2 < tokens.length && !/[,;，]$/.test(tokens[stop])) stop += 2;
	return tokens.map((token, i) => {
		if (/^\s*$/.test(token) || i > stop) return token;
		const prev = tokens[i - 2] ?? "";
		const next = tokens[i + 2] ?? "";
		const letters = token.replace(/[^\p{L}]/gu, "");
		const changed = /\p{L}/u.test(token) && /\d/.test(token) && token.replace(/[.,;]$/, "").length <= 4 || /^\p{Ll}{2,3}[.,;]?$/u.test(token) && (/^\d/.test(next) || /^\d{4,5}[.,;]?$/.test(prev) || /^\p{L}{1,3}\d/u.test(next)) ? token.toUpperCase() : token.charAt(0).toUpperCase() + token.slice(1);
		return changed.length === token.length && letters !== "" ? changed : token;
	}).join("");
}
/**
* Round 14: a US line typed in lower case with no introduction before it (`3245 latta rd # 16988
* rochester ny 14616`, `rr # 3 box 273 sullivan il 61951` in a CSV cell or a JSON string, after a label in any
* language). Its end is what marks it: a state code in lower case right before a ZIP (`ny 14616`,
* `sc 29730-3316`). The run read is the lower-case text before that ZIP, back to the last word holding a capital,
* a quote, a colon or markup (the label or the field's name), at most one line of MAX_LINE characters; the
* capital-reading rules then decide on its capitalised copy, with the two numbers a lower-case address needs.
*/
var LOWER_STATE_ZIP = new RegExp(`(?<![\\p{L}\\p{Nd}])(?:${US_STATE_CODES.toLowerCase().replace(/ /g, "|")})\\.?,?[ \\t]{1,3}\\d{5}(?:-\\d{4})?(?![\\p{L}\\p{Nd}-])`, "gu");
/** A character no lower-case address holds: it ends the run at the word it stands in. */
var NOT_LOWER_ADDRESS = /[^\p{Ll}\p{M}\p{Nd}\s#№°.,/&-]/u;
/** Street types in English (libpostal's, with the two-letter USPS ones: `st`, `rd`) and the USPS box and route words. */
var US_LINE_WORDS = /* @__PURE__ */ new Set([
	...ENGLISH_STREET_TYPE_WORDS,
	...ENGLISH_STREET_TYPES,
	...US_BOX_WORDS
]);
/** Words after which a number is a unit's, a box's or an account's (`# 502`, `apt 3`, `lockbox no 774193`, `client code 28502`). */
var UNIT_BEFORE = /* @__PURE__ */ new Set([
	"#",
	"no",
	"apt",
	"ste",
	"suite",
	"unit",
	"lot",
	"box",
	"lockbox",
	"code",
	"rm",
	"room",
	"fl",
	"floor",
	"bldg",
	"spc",
	"trlr",
	"dept"
]);
/**
* Without an introduction nothing but the ZIP says address, so the span must read as a US line (Publication 28's
* order): a box or route word, or a house number, a name and a street type among the next five words; after the type
* a number only as a unit's (`# 502`, `apt 3`); a town word before the state. Prose with a type word in it
* (`build 42 of the main branch in 12345`, `5 miles on the trail in 95 degrees, ok 12345`, `la 5 rue est fermée, ca
* 12345`) has no town there, a bare number after the type, or no name before it.
*/
function usLine(value) {
	const words = value.toLowerCase().split(/[\s,]+/).map((w) => w.replace(/\.$/, "")).filter((w) => w !== "");
	if (US_BOX_WORDS.includes(words[0])) return true;
	const type = words.findIndex((w, i) => i >= 2 && i <= 5 && US_LINE_WORDS.has(w));
	const state = words.length - 2;
	if (!/^\d/.test(words[0]) || type === -1 || type >= state - 1 || !/^\p{L}+$/u.test(words[state - 1])) return false;
	return words.slice(type + 1, state).every((w, i, rest) => !/\d/.test(w) || /^#/.test(w) || UNIT_BEFORE.has(rest[i - 1] ?? words[type]));
}
function* lowerCaseStateRuns(text) {
	const re = new RegExp(LOWER_STATE_ZIP.source, LOWER_STATE_ZIP.flags);
	let floor = 0;
	let match;
	while ((match = re.exec(text)) !== null) {
		const end = match.index + match[0].length;
		let start = lineStartWithin(text, Math.max(floor, end - MAX_LINE), match.index);
		floor = end;
		const before = text.slice(start, match.index);
		let cut = before.length;
		while (cut > 0 && !NOT_LOWER_ADDRESS.test(before[cut - 1])) cut--;
		if (cut > 0 && /\p{L}/u.test(before[cut - 1])) while (cut < before.length && !/\s/.test(before[cut - 1])) cut++;
		while (cut < before.length && /\s/.test(before[cut])) cut++;
		start += cut;
		if (/\d/.test(text.slice(start, match.index))) yield {
			start,
			end
		};
	}
}
/** The rules that need capitals in Latin-script addresses; the caseless-script and CJK rules would find nothing new. */
var READS_CAPITALS$1 = /* @__PURE__ */ new Set([
	"address-block",
	"address-line",
	"address-postcode-block",
	"address-country-data",
	"po-box",
	"street-line",
	"us-street-address",
	"uk-postcode",
	"de-street-address"
]);
/**
* Georgian is written in Mkhedruli, whose letters Unicode files as lower case (Mtavruli capitals are for headings),
* so every Georgian word read as prose to the address rules (`თბილისი, რუსთაველის გამზ. 12, ბ. 4, 0108`). A block
* of up to five lines holding Georgian words and a digit is read from a copy whose Georgian words start with their
* Mtavruli capital, by the rules that read segments (the word for address may stand in the block).
*/
var GEORGIAN_WORD_START = /(?<![\p{L}\p{M}])\p{Script=Georgian}/gu;
function* georgianBlocks(text) {
	const re = /\p{Script=Georgian}/gu;
	let floor = 0;
	let match;
	while ((match = re.exec(text)) !== null) {
		if (match.index < floor) continue;
		const start = lineStartWithin(text, Math.max(floor, match.index - MAX_LINE), match.index);
		const limit = Math.min(text.length, start + 320);
		let end = match.index;
		for (let lines = 0; lines < 5 && end < text.length && end - start < 320; lines++) {
			const lineEnd = lineEndWithin(text, end + 1, limit);
			const line = text.slice(end === match.index ? start : end + 1, lineEnd);
			if (lines > 0 && !/\p{Script=Georgian}|^[\s\d.,-]{1,12}$/u.test(line)) break;
			end = lineEnd;
		}
		end = Math.min(end, start + 320);
		floor = end;
		re.lastIndex = end;
		if (/\d/.test(text.slice(start, end))) yield {
			start,
			end
		};
	}
}
/**
* The rules that read an address's segments in any script (the postcode walk and the introduced segments); the
* street-line rules found nothing more on the Georgian samples and would read every Georgian line twice.
*/
var READS_GEORGIAN = /* @__PURE__ */ new Set(["address-postcode-block", "introduced-address"]);
function lowerCaseAddressRule(rules) {
	return {
		id: "lower-case-address",
		kind: "postal_address",
		level: "strict",
		priority: 40,
		description: "Round 12: an address typed in lower case after its introduction (round 14: or a US line ending in a lower-case state and ZIP), read by the other address rules from a copy capitalised as a person would write it (`leeds ls6 2ab`, `chicago il 60625`)",
		*find(text) {
			function* readCapitalised(line, start) {
				const copy = capitalised(line);
				for (const rule of rules()) {
					if (!READS_CAPITALS$1.has(rule.id)) continue;
					for (const range of rule.find(copy)) {
						if ((copy.slice(range.start, range.end).match(/\p{Nd}+/gu)?.length ?? 0) < 2) continue;
						yield {
							start: start + range.start,
							end: start + range.end
						};
					}
				}
			}
			const re = new RegExp(INTRO.source, INTRO.flags);
			let floor = 0;
			let match;
			while ((match = re.exec(text)) !== null) {
				const afterIntro = match.index + match[0].length;
				if (afterIntro < floor) continue;
				const start = afterIntro + (LABEL_END.exec(text.slice(afterIntro, afterIntro + 40))?.[0].length ?? 0);
				const lineEnd = text.indexOf("\n", start);
				const end = Math.min(lineEnd === -1 ? text.length : lineEnd, start + MAX_LINE);
				floor = end;
				const line = text.slice(start, end);
				if (/\p{Lu}/u.test(line) || !/\d/.test(line) || !/^\p{Ll}|^\d/u.test(line)) continue;
				yield* readCapitalised(line, start);
			}
			for (const run of lowerCaseStateRuns(text)) for (const range of readCapitalised(text.slice(run.start, run.end), run.start)) if (range.start === run.start && usLine(text.slice(range.start, range.end))) yield range;
			for (const block of georgianBlocks(text)) {
				const capital = (c) => c.toUpperCase().length === 1 ? c.toUpperCase() : c;
				const copy = text.slice(block.start, block.end).replace(GEORGIAN_WORD_START, capital);
				for (const rule of rules()) {
					if (!READS_GEORGIAN.has(rule.id)) continue;
					for (const range of rule.find(copy)) yield {
						start: block.start + range.start,
						end: block.start + range.end
					};
				}
			}
		}
	};
}
// src/core/redaction/rules/address-countries.ts
var BREAK$1 = /[\n,，、،;；"“”«»「」`]/;
var MAX_SEGMENT = 90;
var CASELESS_START = /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
/** A postcode-like token at the start or end of a segment: digits of any script, capitals, one space or dash. */
var HEAD_CODE = /^(?:〒 ?)?((?:[\p{Lu}]{1,6}[ -]?)?[\p{Nd}][\p{Nd}\p{Lu}-]{1,10}(?: [\p{Nd}\p{Lu}]{2,4})?)/u;
var TAIL_CODE = /(?:^|\s)((?:[\p{Lu}]{1,6}[ -]?)?[\p{Nd}][\p{Nd}\p{Lu}-]{1,10}(?: [\p{Nd}\p{Lu}]{2,4})?)$/u;
function segments(text) {
	const out = [];
	const breaks = new RegExp(BREAK$1.source + "|'", "g");
	let start = 0;
	let before = "hard";
	for (;;) {
		const m = breaks.exec(text);
		if (m && m[0] === "'" && /\p{L}/u.test(text[m.index - 1] ?? "") && /\p{L}/u.test(text[m.index + 1] ?? "")) continue;
		const i = m ? m.index : text.length;
		if (i - start <= MAX_SEGMENT) {
			let from = start;
			let to = i;
			while (from < to && /\s/.test(text[from])) from++;
			while (to > from && /[\s.!?]/.test(text[to - 1])) to--;
			while (from < to && /[-*>•·]/.test(text[from]) && /\s/.test(text[from + 1] ?? "")) from += 2;
			out.push({
				start,
				end: i,
				before,
				from,
				to,
				value: text.slice(from, to)
			});
		} else out.push({
			start,
			end: i,
			before,
			from: start,
			to: i,
			value: ""
		});
		if (!m) break;
		const ch = m[0];
		before = ch === "\n" ? /\n[ \t]*$/.test(text.slice(Math.max(0, i - 20), i)) ? "hard" : "line" : /[,，、،]/.test(ch) ? "comma" : "hard";
		start = i + 1;
	}
	return out;
}
/** Whether the segment holds a postcode (at its start or end, or as all of it) of one of the countries `codes`. */
function postcodeOf(seg, codes, names) {
	const key = codes.join();
	if (seg.postcode?.codes === key) return seg.postcode.found;
	let found = false;
	if (/\p{Nd}/u.test(seg.value)) {
		const tokens = /* @__PURE__ */ new Set();
		for (const re of [HEAD_CODE, TAIL_CODE]) {
			const m = re.exec(seg.value);
			if (m) tokens.add(asciiDigits(m[1]));
		}
		if (seg.value.length <= 14) tokens.add(asciiDigits(seg.value));
		for (const token of tokens) if (/\d/.test(token) && !/^(?:19|20)\d\d$/.test(token) && codes.some((code) => names.countries.get(code)?.postcode?.test(token))) found = true;
	}
	seg.postcode = {
		codes: key,
		found
	};
	return found;
}
/** The name a segment ends with (`Laoag City Ilocos Norte`, `Guangdong 510620`) or starts with (`Ireland — …`). */
function lookup(seg, map, names, at) {
	if (!seg.words) {
		const words = normaliseName(seg.value).split(" ");
		if (words.length > 1 && /\d/.test(words[words.length - 1])) words.pop();
		else if (words.length > 1 && /\d/.test(words[0])) words.shift();
		seg.words = words;
	}
	const words = seg.words;
	if (at !== "start") {
		if (!names.lastWords.has(words[words.length - 1])) return null;
		for (let n = Math.min(4, words.length); n >= 1; n--) {
			if (!names.firstWords.has(words[words.length - n]) || at === "whole" && n !== words.length) continue;
			const codes = map.get(words.slice(words.length - n).join(" "));
			if (codes) return codes;
		}
		return null;
	}
	if (!names.firstWords.has(words[0])) return null;
	for (let n = Math.min(4, words.length); n >= 1; n--) {
		const codes = map.get(words.slice(0, n).join(" "));
		if (codes) return codes;
	}
	return null;
}
/** A division name at the start of a caseless-script segment (`台北市大安區`, `東京都中央区`), its postcode cut off. */
function caselessRegion(rest, names) {
	for (let n = Math.min(8, rest.length); n >= 2; n--) {
		const codes = names.regionNames.get(rest.slice(0, n));
		if (codes) return codes;
	}
	return null;
}
function kindOf$1(text, seg) {
	if (seg.kind) return seg.kind;
	let kind = classify(seg.value);
	let at = seg.from;
	if (kind === "street" && prose(seg.value)) at = streetTail(text, seg)?.at ?? seg.from;
	else if (kind === null && seg.value !== "") {
		const tail = streetTail(text, seg);
		if (tail) ({kind, at} = tail);
	}
	seg.kind = {
		kind,
		at
	};
	return seg.kind;
}
/** Where the address ending at segment `last` starts, walking back over its segments, or null. `named` is the
* segment holding the region's name (it names a place, it is no street: `St. Andrew`, `กำแพงเพชร 1`), if any. */
function walkBack$1(text, segs, last, codes, names, named) {
	const walked = {
		kinds: [],
		starts: []
	};
	let postcode = false;
	let typed = false;
	let stopped = false;
	for (let i = last; i >= 0 && i > last - 9; i--) {
		const seg = segs[i];
		if (seg.value === "" && seg.end - seg.start < 3 && seg.before !== "hard") continue;
		const own = postcodeOf(seg, codes, names);
		if (own) postcode = true;
		seg.named ??= lookup(seg, names.regionNames, names, "whole") !== null || lookup(seg, names.countryNames, names, "whole") !== null;
		const { kind, at } = named && i === last || seg.named ? {
			kind: "place",
			at: seg.from
		} : own && classify(seg.value) === null ? {
			kind: "number",
			at: seg.from
		} : kindOf$1(text, seg);
		if (kind === null) {
			stopped = true;
			break;
		}
		walked.kinds.unshift(kind);
		walked.starts.unshift(at);
		if (kind === "street" && seg.value.split(/\s+/).some(isStreetWord)) typed = true;
		if (at !== seg.from || seg.before === "hard" || i === 0) {
			stopped = true;
			break;
		}
	}
	if (!stopped) return null;
	const street = walked.kinds.indexOf("street");
	const places = walked.kinds.filter((k) => k === "place").length;
	const cityState = codes.some((c) => names.countries.get(c)?.cityState);
	if (street !== -1 && (postcode || typed || named && walked.kinds.length >= 3 || cityState && walked.kinds.length >= 1)) {
		let first = street;
		if (first >= 1 && walked.kinds[first - 1] === "number") first--;
		if (first >= 1 && walked.kinds[first] === "number" && walked.kinds[first - 1] === "place") first--;
		return walked.starts[first];
	}
	if (postcode && places >= 2) return walked.starts[walked.kinds.indexOf("place")];
	return null;
}
/** A name followed by more names or places (`Iran,Irak,Irska`, `Delta,Dieppe,Digby`) is an item of a list. */
function listGoesOn(segs, i, names) {
	let places = 0;
	for (let j = i + 1; j <= i + 2 && j < segs.length; j++) {
		const seg = segs[j];
		if (seg.before === "hard" || seg.value === "") return false;
		if (lookup(seg, names.countryNames, names, "whole")) return j === i + 1 && lookup(segs[i], names.countryNames, names, "whole") !== null;
		if (classify(seg.value) === null) return false;
		places++;
	}
	return places === 2;
}
/** Region first (`106\n台北市大安區\nSec. 3 Hsin-yi Rd.`): the end of the street after it, or null. */
function walkForward$1(text, segs, first) {
	let end = null;
	let street = false;
	for (let i = first + 1; i < segs.length && i <= first + 6; i++) {
		const seg = segs[i];
		if (seg.before === "hard") break;
		if (seg.value === "" && seg.end - seg.start < 3) continue;
		const kind = classify(seg.value);
		if (kind === null) break;
		if (kind === "street") street = true;
		if (kind !== "place") end = seg.to;
	}
	return street ? end : null;
}
function* findCountryAddresses(text) {
	if (!/\p{L}/u.test(text)) return;
	const names = countryNames();
	const segs = segments(text);
	for (let i = 0; i < segs.length; i++) {
		const seg = segs[i];
		if (seg.value === "" || seg.value.length > 60) continue;
		const country = lookup(seg, names.countryNames, names, "start");
		const region = country ? null : lookup(seg, names.regionNames, names, "end");
		if ((country || region) && listGoesOn(segs, i, names)) continue;
		if (country && i > 0 && segs[i - 1].value !== "" && seg.before !== "hard") {
			const start = walkBack$1(text, segs, i - 1, country, names, false);
			if (start !== null) yield {
				start,
				end: segs[i - 1].to
			};
		}
		if (region) {
			const start = walkBack$1(text, segs, i, region, names, true);
			if (start !== null) yield {
				start,
				end: seg.to
			};
		}
		if (seg.caseless === void 0) {
			const rest = seg.value.replace(/^(?:〒 ?)?[\p{Nd}-]{3,10}[ \u3000]?/u, "");
			seg.caseless = CASELESS_START.test(rest) ? rest : null;
		}
		const firstRegion = (seg.caseless === null ? null : caselessRegion(seg.caseless, names)) ?? region;
		if (firstRegion && firstRegion.some((c) => names.countries.get(c)?.majorFirst)) {
			const end = walkForward$1(text, segs, i);
			if (end === null) continue;
			const before = i > 0 && seg.before !== "hard" ? segs[i - 1] : null;
			yield {
				start: before && postcodeOf(before, firstRegion, names) ? before.from : seg.from,
				end
			};
		}
	}
}
var countryAddressRule = {
	id: "address-country-data",
	kind: "postal_address",
	level: "strict",
	priority: 41,
	description: "Any country (Google's i18n address metadata): segments ending at a region or the country's name, or starting at a postcode and region where the country writes its region first, holding a street or the country's own postcode",
	find: findCountryAddresses
};
// src/core/redaction/rules/address-cyrillic.ts
var UP$1 = "[А-ЯЁЇІЄҐЎЈЂЋЉЊЏ]";
var LO$1 = "[а-яёїієґўјђћљњџ]";
/** A capitalised name word, or a number-word (`9-я`, `1-й`, `50 лет`). */
var NAME = `(?:${UP$1}${LO$1}{0,25}(?:-${UP$1}?${LO$1}{1,20})?|\\d{1,3}-?(?:${LO$1}{1,3}))`;
/** A name of up to four words, lower-case ones only as the small words inside names (`Народного Ополчения`, `50 лет Октября`). */
var NAMES = `(?:${UP$1}\\. ?)?${NAME}(?: (?:${NAME}|(?:лет|им\\.|имени|де|ла)))?(?: ${NAME}){0,2}`;
var STREET = `(?:(?:ул\\.|улица|ул|пр-т|пр-кт|просп\\.|проспект|пр\\.|пер\\.|переулок|наб\\.|набережная|б-р|бул\\.|бульвар|ш\\.|шоссе|пл\\.|площадь|пр-д|проезд|туп\\.|тупик|мкр\\.|микрорайон|кв-л|квартал|аллея|линия|вул\\.|вулиця|пров\\.|провулок|просп|бульв\\.|майдан|узвіз|вуліца|бул|жк|ж\\.к\\.|кв\\.|улица|ул\\.|булевард|трг|сквер|тракт) ?${NAMES}|${NAMES} (?:ул\\.|улица|пер\\.|переулок|пр\\.|пр-т|проспект|просп\\.|наб\\.|набережная|ш\\.|шоссе|б-р|бульвар|проезд|пр-д|пл\\.|площадь|туп\\.|тупик|вул\\.|вулиця|провулок|пров\\.|просп\\.|бульв\\.|алея|аллея|тракт))`;
var ADDRESS = new RegExp(`(?<![\\p{L}\\p{N}])${STREET}${`(?:,? ?(?:(?:д\\.|дом|буд\\.|будинок|№|бр\\.) ?)?${`\\d{1,4}(?: ?(?:${LO$1}|${UP$1})(?![\\p{L}.]))?(?:[/-]\\d{1,4}${LO$1}?)?(?: ?(?:к\\.|корп\\.|корпус|стр\\.|строение|к) ?\\d{1,3})?`})(?:,? ?(?:кв\\.|квартира|офис|оф\\.|пом\\.|помещение|комн\\.|ап\\.|ет\\.|вх\\.|под\\.|подъезд|эт\\.|этаж|бл\\.) ?\\d{1,4}){0,3}`}(?![\\p{L}\\p{N}])(?:,? \\d{6}(?![\\p{N}])(?:,? (?:г\\. ?)?[\\p{Lu}][\\p{L}.-]{1,25}(?: [\\p{Lu}][\\p{L}.-]{1,25})?)?)?`, "gu");
/** Parts before the street, right to left: postcode, country, region, district, settlement. */
var PART$2 = `(?:\\d{6}|РФ|Россия|Российская Федерация|Україна|Украина|Беларусь|Казахстан|България|Србија|${NAME}(?: ${NAME})? (?:обл\\.?|область|край|р-н|район|АО|авт\\. ?окр\\.?|округ|респ\\.)|(?:Республика|респ\\.|Респ\\.) ${NAME}(?: ${NAME})?|${UP$1}{2,5}|(?:г\\.|гор\\.|город|пгт\\.?|п\\.г\\.т\\.|поселок городского типа|посёлок городского типа|пос\\.|п\\.|посёлок|поселок|с\\.|село|дер\\.|деревня|ст-ца|станица|м\\.|смт\\.?|мiсто|місто|гр\\.|град|р-н|район) ?${NAME}(?:[- ]${NAME})?|${NAME}(?: ${NAME})? (?:р-н|район))`;
var PARTS_BEFORE = new RegExp(`(?:${PART$2}(?:,\\s?|\\s))+$`, "u");
function* findCyrillicAddresses(text) {
	const re = new RegExp(ADDRESS.source, ADDRESS.flags);
	let floor = 0;
	let match;
	while ((match = re.exec(text)) !== null) {
		const from = Math.max(floor, match.index - 200);
		const back = PARTS_BEFORE.exec(text.slice(from, match.index));
		let start = back ? from + back.index : match.index;
		while (start < match.index && /[\p{L}\p{N}]/u.test(text[start - 1] ?? "")) start = match.index;
		const end = match.index + match[0].replace(/[,\s]+$/, "").length;
		if (!/(?:д\.|дом|буд\.|будинок|№)\s?\d/u.test(match[0]) && /^\s+[а-яёїієґў]{2}/u.test(text.slice(end, end + 4))) continue;
		floor = end;
		yield {
			start,
			end
		};
	}
}
var cyrillicAddressRule = {
	id: "address-cyrillic",
	kind: "postal_address",
	level: "strict",
	priority: 42,
	description: "Cyrillic-script address: a street marked by its type (ул., пр-т, пер., наб., вул., бул.…, before or after the name) and a house number (д./дом/буд., letter, /, корп., кв./офис), with the postcode, region, district and settlement before it",
	find: findCyrillicAddresses
};
// src/core/redaction/rules/address-cjk-city.ts
/** What may stand in a building tail: ideographs, kana, Latin letters, digits, a hyphen or dot, a space before more. */
var TAIL_CHAR = /[\p{Script=Han}\p{Script=Katakana}ー々ヶA-Za-z0-9０-９Ａ-Ｚａ-ｚ\-－.·・#＃]/u;
/** Words of a sentence, not of a building: the tail stops before them (`…1号是我们公司`, `…1-15 まで送って`). */
var PROSE_CHAR = /[的是在和与與及或我你他她们們了吗嗎呢吧请請到给給从從向]/u;
/**
* A building tail ends on a building, floor or room word, a number, a unit letter or a katakana name (`…スクエア`,
* never Japanese prose, which is written in hiragana): never on Chinese prose.
*/
var TAIL_END = /[楼樓层層室座栋棟幢厦廈心场場园園城苑院馆館店寓区區厅廳号號階館\p{Script=Katakana}ーFf0-9０-９A-Za-zＡ-Ｚ]/u;
var MAX_TAIL = 40;
var DISTANCE = /[0-9０-９]\s?(?:分钟|分鐘|分|小时|小時|秒|公里|千米|米|km|m\b|min)/u;
/**
* Where the building tail after a street number ends: over tail characters, single spaces between them and one
* bracketed note (`（首都体育馆院内）`, `(B座629)`) to the last character a building, floor or room ends on; `end`
* itself when nothing fits. Looks at most 40 characters ahead.
*/
function buildingTailEnd(text, end) {
	const limit = Math.min(text.length, end + MAX_TAIL);
	let best = end;
	let i = end;
	while (i < limit) {
		const ch = text[i];
		if (ch === "（" || ch === "(") {
			const close = text.slice(i + 1, limit).search(ch === "（" ? /[）]/ : /[)]/);
			if (close < 1) break;
			const inside = text.slice(i + 1, i + 1 + close);
			if (/[，,。；;：:！!？?\n]/.test(inside) || DISTANCE.test(inside)) break;
			i += close + 2;
			best = i;
			continue;
		}
		if (ch === " " || ch === "　") {
			const next = text[i + 1];
			if (next === void 0 || !TAIL_CHAR.test(next) || PROSE_CHAR.test(next)) break;
			i++;
			continue;
		}
		if (!TAIL_CHAR.test(ch) || PROSE_CHAR.test(ch)) break;
		i++;
		if (TAIL_END.test(ch)) best = i;
	}
	return best;
}
/** A CJK address range carried over its building tail. */
function withBuildingTail(text, range) {
	return {
		start: range.start,
		end: buildingTailEnd(text, range.end)
	};
}
var DIGIT = "[0-9０-９]";
var KANJI_DIGIT = "[一二三四五六七八九十]";
/**
* A city or ward with its level word (市, 区/區, Japanese 町/村 after a 郡), up to two more wards or towns, the town or
* road, then the number: block numbers (`4-1-1`, `北3西1-7`, `二ノ８`, `1丁目2番3号`; round 14: the grids of Hokkaido's
* towns, a 条 and a direction between the numbers, `北1条西4丁目2-2`, `西2条南9丁目`), a 号 number, or a bare number of
* three or more digits (a lot number, `薄倉２３６４`); `大字` (Japanese rural lots) takes any number. Starts where a run of
* ideographs starts, so the prose glued before a city (`公司地址是北京市…`) never becomes one.
*/
var CITY_LED = new RegExp(`(?<![\\p{Script=Han}\\p{Script=Katakana}ヶケ々])[\\p{Script=Han}ヶケ]{1,5}(?:市|区|區|郡)(?:[\\p{Script=Han}ヶケ]{1,5}(?:区|區|町|村|县|縣)){0,2}(?<town>(?:[\\p{Script=Han}\\p{Script=Katakana}ヶケ々ー]|[ \\u3000](?=[\\p{Script=Han}\\p{Script=Katakana}0-9０-９])){1,16}?)(?<number>(?:${DIGIT}{1,5}|${KANJI_DIGIT}{1,3})(?:(?:[-－‐−ノの]|丁目|番地?|号|號|(?:条|條)(?:通)?[東西南北]?|[東西南北])(?:${DIGIT}{1,5}|${KANJI_DIGIT}{1,3})){0,4}(?: ?(?:番地?|号|號))?)(?![0-9０-９年月日时時分秒万萬千百亿億元円个個件人次名位岁歳%％度倍回期届斤里米吨公克])`, "gu");
/**
* Block numbers with a marker (丁目, 番, 号, 条, 西…) or three groups are addresses; two groups need a group of two
* digits or more (`落合1-15`), since `大会決勝3-1` is a score.
*/
function plausibleNumber(town, number) {
	if (/[ノの丁番号號条條東西南北]/u.test(number)) return true;
	const groups = number.split(/[-－‐−]/u);
	if (groups.length >= 3 || groups.length === 2 && groups.some((g) => g.length >= 2)) return true;
	if (/大?字$|^大?字/u.test(town)) return true;
	return (number.match(/[0-9０-９]/g)?.length ?? 0) >= 3;
}
function* findCityLed(text) {
	const re = new RegExp(CITY_LED.source, CITY_LED.flags);
	let match;
	while ((match = re.exec(text)) !== null) {
		const { town, number } = match.groups;
		if (!plausibleNumber(town, number)) continue;
		const range = withBuildingTail(text, {
			start: match.index,
			end: match.index + match[0].length
		});
		yield range;
		re.lastIndex = range.end;
	}
}
var cjkCityAddress = {
	id: "cjk-city-address",
	kind: "postal_address",
	level: "strict",
	priority: 42,
	description: "Round 12: Chinese or Japanese address led by its city or ward (市/区/郡, then wards and towns), its block, lot or 号 number and the building, floor and room after it",
	find: findCityLed
};
// src/core/redaction/rules/address-cjk.ts
var CN_PROVINCES = "北京|天津|上海|重庆|重慶|河北|山西|辽宁|遼寧|吉林|黑龙江|黑龍江|江苏|江蘇|浙江|安徽|福建|江西|山东|山東|河南|湖北|湖南|广东|廣東|海南|四川|贵州|貴州|云南|雲南|陕西|陝西|甘肃|甘肅|青海|台湾|臺灣|台灣|内蒙古|內蒙古|广西|廣西|西藏|宁夏|寧夏|新疆|香港|澳门|澳門";
var TW_CITIES = "台北|臺北|新北|桃園|台中|臺中|台南|臺南|高雄|基隆|新竹|嘉義|苗栗|彰化|南投|雲林|屏東|宜蘭|花蓮|台東|臺東|澎湖|金門|連江";
var JP_PREFECTURES = "北海道|青森県|岩手県|宮城県|秋田県|山形県|福島県|茨城県|栃木県|群馬県|埼玉県|千葉県|東京都|神奈川県|新潟県|富山県|石川県|福井県|山梨県|長野県|岐阜県|静岡県|愛知県|三重県|滋賀県|京都府|大阪府|兵庫県|奈良県|和歌山県|鳥取県|島根県|岡山県|広島県|山口県|徳島県|香川県|愛媛県|高知県|福岡県|佐賀県|長崎県|熊本県|大分県|宮崎県|鹿児島県|沖縄県";
var IDEO = "\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー々ヶ";
var SEP = "[，,、 \\u3000]?";
/** The division by name, with its level word if written (省, 市, 自治区, 特别行政区, 縣). */
var TOP = `(?:(?:${CN_PROVINCES}|${TW_CITIES})(?:省|市|縣|县|自治区|自治區|壮族自治区|回族自治区|维吾尔自治区|特别行政区|特別行政區)?|${JP_PREFECTURES})`;
/** Building, floor, room after the number: ，5号楼，8号室 / 盘古大观 A 座 23层 / 3F. */
var UNIT = `(?:${SEP}[${IDEO}A-Za-z ]{0,10}?\\p{Nd}{1,5}(?:号楼|號樓|楼|樓|层|層|室|号室|號室|座|单元|單元|階|F)){0,3}`;
var TOP_RE = new RegExp(TOP, "gu");
var NUMBER_AND_UNIT = new RegExp(` ?\\p{Nd}{1,5}(?:(?:丁目|番地|番|号|號|条|條|[-－ー])[東西南北东]?\\p{Nd}{0,5}){0,4}(?:号|號|番地?|丁目)?${UNIT}`, "uy");
var HAS_PLACE = /[市区區县縣町村郡]|[路街道巷弄通]|[号號番丁目条條]/;
/**
* Found in steps rather than by one pattern: the division names by a plain alternation, then what follows in a
* window of 40 characters, so a long run of Han characters costs no more than its length times a constant.
*/
function* findCjkAdministrative(text) {
	const re = new RegExp(TOP_RE.source, TOP_RE.flags);
	let match;
	while ((match = re.exec(text)) !== null) {
		const from = match.index + match[0].length;
		const window = text.slice(from, from + 40);
		const digit = window.search(/\p{Nd}/u);
		if (digit < 0) continue;
		const between = window.slice(0, digit);
		if (!/^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々ヶ，,、 \u3000A-Za-z]*$/u.test(between)) continue;
		if (!HAS_PLACE.test(between) && !/^ ?\p{Nd}{1,5}[号號番丁]/u.test(window.slice(digit - (between.endsWith(" ") ? 1 : 0)))) continue;
		NUMBER_AND_UNIT.lastIndex = from + digit;
		const tail = NUMBER_AND_UNIT.exec(text);
		if (!tail) continue;
		const end = buildingTailEnd(text, tail.index + tail[0].length);
		yield {
			start: match.index,
			end
		};
		re.lastIndex = end;
	}
}
var cjkAdministrativeAddress = {
	id: "cjk-admin-address",
	kind: "postal_address",
	level: "strict",
	priority: 42,
	description: "Chinese, Taiwanese or Japanese address from a named province/prefecture through districts to the street number, building, floor and room",
	find: findCjkAdministrative
};
/** Romanised Japanese: block numbers, town, an optional chōme, and a ward/city/prefecture word (-ku, -shi, -ken…). */
var ROMAJI_PART = "(?:[A-Z][A-Za-zōūŌŪ']{1,25}(?:-(?:ku|shi|ken|fu|to|cho|chō|machi|gun|mura|ward))?|\\d{1,2}[ -]?[Cc]h[oō]me)";
var japaneseRomanisedAddress = regexRule({
	id: "jp-romanised-address",
	kind: "postal_address",
	level: "strict",
	priority: 42,
	description: "Romanised Japanese address: block numbers (1-9-1, 135) then town, chōme and a -ku/-shi/-ken/-fu/-cho word",
	pattern: new RegExp(`(?<![\\w-])\\d{1,5}(?:-\\d{1,5}){0,2},? (?:${ROMAJI_PART},? ){0,4}${ROMAJI_PART}`, "g"),
	accept: (value) => /-(?:ku|shi|ken|fu|cho|chō|machi|gun|mura)\b|[Cc]h[oō]me/.test(value) && /[A-Za-z]{3}/.test(value)
});
/**
* A division's name inside a road's or village's name (`中山东路`, `云南村`, `北京路`) names no division: followed by a
* road or settlement word it is not where the address starts (round 12).
*/
var DIVISION = new RegExp(`${TOP}(?![路街道巷弄村镇鎮乡鄉庄莊屯桥橋])`, "u");
/** A Chinese address found by its road (`请寄到广东省…路208号`) starts at its named division when it holds one. */
function startAtDivision(text, range) {
	const at = DIVISION.exec(text.slice(range.start, range.end))?.index ?? 0;
	return {
		start: range.start + at,
		end: range.end
	};
}
// src/core/redaction/rules/address-postcode-shapes.ts
var D = "\\p{Nd}";
/** Postcode shapes of the world (UPU): ZIP, PLZ, CEP 5-3, PIN, 4-digit, PT 4-3, NL, SE/CZ, PL, JP/KR, CA, UK, Eircode, AR CPA. */
var SHAPES = [
	`${D}{5}(?:-${D}{3,4})?`,
	`${D}{6}`,
	`${D}{4}(?:-${D}{3}| ?[A-Z]{2}(?![\\p{L}]))?`,
	`${D}{3} ${D}{2}`,
	`${D}{2}-${D}{3}`,
	`${D}{3}-${D}{3,4}`,
	`[A-Z]${D}[A-Z] ?${D}[A-Z]${D}`,
	`[A-Z]{1,2}${D}[A-Z${D}]? ${D}[A-Z]{2}`,
	`(?:[AC-FHKNPRTV-Y]${D}{2}|D6W) [0-9AC-FHKNPRTV-Y]{4}`,
	`[A-Z]${D}{4}[A-Z]{3}`,
	...lettered()
].join("|");
/**
* Round 13: postcodes that open with letters, from Google's address data rather than typed: every pattern the data
* gives that starts with capitals (`KY\d-\d{4}`, `FIQQ 1ZZ`, `(?:ASCN|STHL) 1ZZ`, `VG\d{4}`, `AD[1-7]0\d`), and the
* way small countries and territories write theirs, the country's two-letter code (or a three-letter code starting
* with it) glued or dashed to the digits (`KN0107`, `AZ1014`, `BB3910`, `MSR1350`, `AI-2640`) — a form newer than
* some of the data's patterns.
*/
function lettered() {
	const codes = Object.keys(ADDRESS_COUNTRIES).join("|");
	return [...Object.values(ADDRESS_COUNTRIES).map(([pattern]) => pattern).filter((p) => /^(?:[A-Z]{2}|\(\?:[A-Z]{2}[^)]*\)(?!\?))/.test(p) && !/\((?!\?)/.test(p) && p.length <= 40), `(?:${codes})[A-Z]?(?:${D}{4,5}|${D}-${D}{4})`];
}
var PREFIX = "(?:[A-Z]{1,3}-|〒 ?|(?:C\\.? ?P\\.?|CEP|PIN(?: ?[Cc]ode)?|Pin(?: ?[Cc]ode)?|[Ii]ndex|[Ии]ндекс|T\\.?K\\.?|Τ\\.?Κ\\.?|邮编|郵遞區號|우편번호)[:.]? ?)";
var CANDIDATE$2 = new RegExp(`(?<![\\p{L}\\p{Nd}-])${PREFIX}?(?:${SHAPES})(?![\\p{Nd}A-Za-z]|-\\p{Nd})`, "gu");
/** A word that is not lower case: capitalised, upper case, or of a caseless script (Han, Hangul, Devanagari…). */
var TOWN_WORD = "(?!\\p{Ll})\\p{L}[\\p{L}\\p{M}'’.\\-]{0,30}";
var TOWN$1 = `${TOWN_WORD}(?: (?:${TOWN_WORD}|\\p{Ll}[\\p{L}\\p{M}'’.\\-]{0,20}(?= ${TOWN_WORD}))){0,4}`;
/** What may follow a postcode segment on its line: nothing, sentence punctuation, or lower-case prose. */
var AFTER = "(?=[ \\t]*(?:[.!?)\\]]{0,2}[ \\t]*$|[\\s(—–-]|\\s+\\p{Ll}))";
var POSTCODE_FIRST = new RegExp(`^${PREFIX}?(?:${SHAPES})(?:[ \\u3000]?(?=[^\\p{Script=Latin}\\p{Script=Cyrillic}\\p{Script=Greek}\\s\\p{Nd}\\p{P}])[\\p{L}\\p{M}]{1,20}| (?:[-–] )?(?:${TOWN$1})(?: \\((?:${TOWN$1})\\)| (?:CEDEX|[Cc]edex)(?: ${D}{1,2})?)?)?${AFTER}`, "u");
var POSTCODE_LAST = new RegExp(`^(?:${TOWN$1}),?(?: [-–])? (?:\\(?[A-Z]{2,3}\\)? )?${PREFIX}?(?:${SHAPES})${AFTER}`, "u");
// src/core/redaction/rules/address-postcode-forward.ts
/**
* After a town and its postcode, a street as an address writes it: a name and its type before the number — a type
* the dictionaries know (`ул. Мясницкая, д. 26`), or in a cased script they lack, the one lower-case word after a
* capitalised name (`Աբովյան փողոց 8`). One word and a number (`Chrome 12345, Update 5`, `Seattle 98101, Seahawks 24`,
* `Flight 1234, Gate 12`) is a list of labelled numbers.
*/
function writtenStreet(value) {
	const words = (/^(.*?)\s*\p{Nd}/u.exec(value)?.[1] ?? value).split(/\s+/).filter((w) => /\p{L}/u.test(w));
	if (words.length < 2) return false;
	const lower = words.filter((w) => /^\p{Ll}/u.test(w));
	return words.some((w) => isStreetWord(w)) ? !prose(value) : /^\p{Lu}/u.test(value) && lower.length === 1;
}
/** Postcode first (`〒108-8282\n東京都港区港南2-16-1`, `190000, Москва, ул. …`): the end of the segments after it. */
function walkForward(text, postal, streetWritten = false) {
	let end = null;
	let sawStreet = false;
	let at = postal.end;
	while (at < text.length && /[ \t]/.test(text[at])) at++;
	for (let n = 0; n < 6 && at < text.length; n++) {
		if (!isBreak(text, at) || kindOfBreak(text, at) === "hard") break;
		const lineEnd = COMMAS.has(text[at]) ? /^[ \t]*\n(?![ \t]*\n)/.exec(text.slice(at + 1, at + 12)) : null;
		const next = segmentAfter(text, at + 1 + (lineEnd ? lineEnd[0].length : 0), text.length);
		if (!next) break;
		const { value, start: segStart, end: segEnd } = trimmed(text, next);
		const kind = classify(value);
		if (kind === null) break;
		const own = POSTCODE_LAST.exec(value);
		if (kind === "street") sawStreet ||= !streetWritten || writtenStreet(value);
		if (own && kind !== "place") {
			end = segStart + own[0].replace(/[\s.]+$/, "").length;
			break;
		}
		if (kind !== "place") end = segEnd;
		at = next.end;
	}
	return sawStreet ? end : null;
}
// src/core/redaction/rules/address-postcode-blocks.ts
function* findPostcodeBlocks(text) {
	const re = new RegExp(CANDIDATE$2.source, CANDIDATE$2.flags);
	forgetSegments();
	let floor = 0;
	const letters = /\p{L}\p{M}*\p{L}/gu;
	let nextLetters = -1;
	let match;
	while ((match = re.exec(text)) !== null) {
		if (match.index < floor) continue;
		const from = Math.max(0, match.index - 400);
		if (nextLetters < from && nextLetters !== Infinity) {
			letters.lastIndex = from;
			nextLetters = letters.exec(text)?.index ?? Infinity;
		}
		if (nextLetters > match.index + 200) continue;
		const own = segmentBefore(text, match.index, floor);
		if (!own) continue;
		let lineStart = trimmed(text, {
			...own,
			end: match.index + match[0].length
		}).start;
		if (/[:：]\s*$/.exec(text.slice(lineStart, match.index))) lineStart = match.index;
		const rest = segmentAfter(text, match.index, text.length);
		if (!rest) continue;
		const segText = text.slice(lineStart, rest.end);
		const m = (lineStart === match.index ? POSTCODE_FIRST : POSTCODE_LAST).exec(segText);
		if (!m || m[0].split(/\s+/).some((w) => NOT_ADDRESS_NUMBER_WORDS.has(w.toLowerCase()))) continue;
		const bare = /^\s*\S+\s*$/.test(m[0]);
		if (bare && isOtherColumnNumber(text, match.index, match.index + match[0].length)) continue;
		if (bare && own.before !== "line" && /^\p{Nd}{4}$/u.test(match[0])) continue;
		if (bare && /^[A-Z]{2,3}\p{Nd}+(?:-\p{Nd}+)?$/u.test(match[0])) continue;
		if (bare && own.before !== "hard" && own.start > 0) {
			const prev = segmentBefore(text, own.start - 1, floor);
			if (prev && /^[\p{Nd}\s.-]+$/u.test(trimmed(text, prev).value)) continue;
		}
		const postal = {
			start: own.start,
			end: lineStart + m[0].replace(/[\s.]+$/, "").length,
			before: own.before
		};
		const back = walkBack(text, postal, floor, /^(?:19|20)\d\d$/.test(match[0]));
		if (back !== null) {
			floor = (!back.street && lineStart === match.index ? walkForward(text, postal) : null) ?? postal.end;
			yield {
				start: back.start,
				end: floor
			};
			continue;
		}
		if (/^(?:19|20)\d\d$/.test(match[0])) continue;
		const townFirst = lineStart !== match.index;
		if (townFirst && (own.before !== "hard" || /\p{Ll}/u.test(text.slice(lineStart, match.index).replace(/(?<=\p{L})\p{Ll}+/gu, "")))) continue;
		const forward = walkForward(text, postal, townFirst);
		if (forward !== null) {
			floor = forward;
			yield {
				start: townFirst ? trimmed(text, own).start : lineStart,
				end: forward
			};
		}
	}
}
/** The start of the address whose postcode segment is `postal`, walking back over its segments; or null. */
function walkBack(text, postal, floor, needStreet) {
	let street = null;
	let places = 0;
	let earliestPlace = postal.start;
	let at = postal;
	let segStartAfter = -1;
	for (let n = 0; n < 8 && at.before !== "hard"; n++) {
		const comma = at.before === "line" ? /[,，،፣][ \t]*$/.exec(text.slice(Math.max(floor, at.start - 10), at.start - 1)) : null;
		const prev = segmentBefore(text, at.start - 1 - (comma ? comma[0].length : 0), floor);
		if (!prev) break;
		const { value, start } = trimmed(text, prev);
		if (isHeaderCellWord(text, start, start + value.length)) break;
		const kind = classify(value);
		if (kind === null) {
			const tail = streetTail(text, prev);
			if (tail !== null && (tail.kind === "street" || tail.kind === "number" && street !== null)) street = tail.at;
			else if (tail?.kind === "place" && street === null) {
				places++;
				earliestPlace = tail.at;
			}
			break;
		}
		if (kind === "street") street = prose(value) ? streetTail(text, prev)?.at ?? start : start;
		else if (kind === "number" && street !== null && street === segStartAfter) street = start;
		else if (kind === "place" && street !== null && street === segStartAfter && /^\p{Nd}{1,4}(?:\p{L}|-\p{L}{1,5})?$/u.test(text.slice(street, at.end).split(/[,，、،፣\n]/)[0].trim())) street = start;
		else if (kind === "place" && street === null) {
			places++;
			earliestPlace = start;
		}
		segStartAfter = start;
		at = prev;
	}
	if (street !== null) return {
		start: street,
		street: true
	};
	if (needStreet) return null;
	const distinctive = /\p{L}.*\p{Nd}|\p{Nd}.*\p{L}/su.test(text.slice(postal.start, postal.end)) && /\p{Nd}[- ]\p{Nd}|[A-Z]\p{Nd}|\p{Nd}[A-Z]/u.test(text.slice(postal.start, postal.end));
	return places >= 2 || places === 1 && distinctive ? {
		start: earliestPlace,
		street: false
	} : null;
}
var postcodeBlockRule = {
	id: "address-postcode-block",
	kind: "postal_address",
	level: "strict",
	priority: 41,
	description: "Any script: a postcode segment (world postcode shapes, any digits) with a run of short place-like segments before or after it holding a numbered or typed street",
	find: findPostcodeBlocks
};
// src/core/redaction/rules/address-street-words.ts
var WORD_CHARS = /[\p{L}\p{M}.'’-]/u;
function lower(word) {
	return word.toLowerCase();
}
/** Words of the line before `end`, nearest first, at most `max`, separated by single spaces; punctuation stops them. */
function wordsBefore(text, end, max) {
	const words = [];
	let i = end;
	while (words.length < max) {
		if (text[i - 1] !== " " && text[i - 1] !== "	") break;
		const j = i - 1;
		let start = j;
		while (start > 0 && WORD_CHARS.test(text[start - 1]) && j - start < 40) start--;
		if (start === j) break;
		words.push({
			text: text.slice(start, j),
			start,
			end: j
		});
		i = start;
	}
	return words;
}
/** Words of the line after `from`, in order, at most `max`, separated by single spaces. */
function wordsAfter(text, from, max) {
	const words = [];
	let i = from;
	while (words.length < max) {
		if (text[i] !== " ") break;
		const start = i + 1;
		let end = start;
		while (end < text.length && WORD_CHARS.test(text[end]) && end - start < 40) end++;
		if (end === start) break;
		words.push({
			text: text.slice(start, end),
			start,
			end
		});
		i = end;
	}
	return words;
}
// src/core/redaction/rules/address-street-caseless.ts
var TYPES$1 = new Set(STREET_TYPE_WORDS);
var CASELESS = /^[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Thai}\p{Script=Georgian}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Ethiopic}]/u;
/** Thai writes the type glued before the name; the types are libpostal's Thai ones. */
var THAI_OPENING = new RegExp(`^(?:${STREET_TYPE_WORDS.filter((t) => /^\p{Script=Thai}+$/u.test(t)).sort((a, b) => b.length - a.length).join("|")})\\p{Script=Thai}{2,}$`, "u");
/**
* A type then one to three words then the number (`שדרות רוטשילד 16`, `شارع الاستقلال ٢٥`), or one word the type opens
* without a space (Thai `ถนนสุขุมวิท 21`, `ซอยอารีย์ 5`): where the street starts, or null.
*/
function caselessStart(words) {
	let names = 0;
	for (const w of words) {
		if (!CASELESS.test(w.text)) return null;
		if (TYPES$1.has(lower(w.text)) && names > 0) return w.start;
		if (names === 0 && THAI_OPENING.test(w.text)) return w.start;
		if (++names > 3) return null;
	}
	return null;
}
/**
* Number first (`٢ شارع الاستقلال`, `12 רחוב הרצל`): the type right after the number, then one to three name words.
* The first word is read alone: most numbers in caseless text (`صندوق بريد ١٢٣ …`) have no type after them.
*/
function caselessNumberFirstEnd(text, numberEnd) {
	const [first] = wordsAfter(text, numberEnd, 1);
	if (!first || !TYPES$1.has(lower(first.text))) return null;
	const words = wordsAfter(text, numberEnd, 4);
	if (!words[1] || !CASELESS.test(words[1].text)) return null;
	let end = words[1].end;
	for (const w of words.slice(2, 4)) if (CASELESS.test(w.text)) end = w.end;
	return end;
}
/**
* Korean road-name lines: a road word ending in 로/길 (대로, 번길) and the building number (`세종대로 110`, `테헤란로 152`,
* `연무장5길 7`), the number closing the line or the clause — `로` is also a particle (`버스로 10 정거장`).
*/
var KOREAN_ROAD = /(?<![가-힣\d])[가-힣]{1,12}\d{0,3}(?:대로|로|길)(?: ?\d{1,4}(?:번길|가길))? \d{1,5}(?:-\d{1,4})?(?=$|[\s,.;)\]"'](?![가-힣]))/gu;
var KOREAN_PARTICLE = /(?:으로|에로|부로|로서|로써)(?: |$)/u;
function* findKoreanRoads(text) {
	if (!/[가-힣]/u.test(text)) return;
	for (const m of text.matchAll(KOREAN_ROAD)) {
		const road = m[0].slice(0, m[0].search(/ \d/u) + 1);
		if (KOREAN_PARTICLE.test(road) || [...road.trim()].length < 3) continue;
		yield {
			start: m.index,
			end: m.index + m[0].length
		};
	}
}
// src/core/redaction/rules/address-street-lines.ts
var TYPES = new Set(STREET_TYPE_WORDS);
var ENGLISH_ONLY = new Set(ENGLISH_ONLY_STREET_TYPE_WORDS);
var ENGLISH = new Set(ENGLISH_STREET_TYPE_WORDS);
var SHORT = new Set(SHORT_STREET_TYPE_ABBREVIATIONS);
var GLUED$1 = new Set(GLUED_STREET_TYPES);
var ABBREVIATIONS = new Set(STREET_TYPE_ABBREVIATIONS);
var PARTICLES = new Set(NAME_PARTICLES.split("|"));
/**
* Glued endings that also end the names of towns, countries and ordinary words (`Hamburg 3`, `Deutschland 2`,
* `Stockholm 1`, `Mannheim`): a settlement name followed by a number is not a street.
*/
var SETTLEMENT_ENDINGS = /* @__PURE__ */ new Set([
	"land",
	"lang",
	"lange",
	"dorf",
	"burg",
	"berg",
	"borg",
	"borgen",
	"holm",
	"holmen",
	"stad",
	"nes",
	"sel",
	"byen",
	"dal",
	"dalen",
	"sund",
	"vik",
	"vika",
	"havn",
	"haven",
	"have",
	"plan",
	"lie",
	"lia",
	"get",
	"tun",
	"fell",
	"holt",
	"grund",
	"strand",
	"stranda",
	"stranden",
	"lund",
	"lunden",
	"hals",
	"kanal",
	"universität",
	"universitat",
	"universitaet",
	"gebouw",
	"quelle",
	"kreuz",
	"bad",
	"bach",
	"wiese",
	"siedlung",
	"mark",
	"marka",
	"marken",
	"park",
	"parken",
	"gard",
	"garda",
	"garden",
	"gaard",
	"gård",
	"gården",
	"plain",
	"flat",
	"hof",
	"bahnhof",
	"forsthaus",
	"huset",
	"voll",
	"vollen",
	"dijk",
	"daal",
	"ufer",
	"kamp",
	"sloot",
	"vliet",
	"haugen",
	"åsen",
	"øya",
	"sjø",
	"sjøen",
	"skog",
	"skogen",
	"sti",
	"lundur",
	"vellir",
	"hagi",
	"hage",
	"hagen",
	"hager",
	"teigur",
	"melur",
	"muli",
	"múli",
	"dammen",
	"bakke",
	"bakken",
	"berget",
	"tangen",
	"siden",
	"liden",
	"penger",
	"landa",
	"lande",
	"landet",
	"hoj",
	"høj",
	"kær",
	"kaer",
	"holmen",
	"stad",
	"grosse",
	"große",
	"obere",
	"untere"
]);
/** Prepositions of place and address labels' tails after which an English-order line is an address (`moved to 26 …`). */
var PLACE_WORDS = /* @__PURE__ */ new Set([
	"at",
	"to",
	"on",
	"in",
	"into",
	"from",
	"a",
	"à",
	"al",
	"an",
	"nach",
	"zu",
	"zur",
	"zum",
	"na",
	"w",
	"we",
	"do",
	"v",
	"ve",
	"u",
	"в",
	"на",
	"до",
	"по",
	"på",
	"i",
	"til",
	"till",
	"tot",
	"naar",
	"aan",
	"op",
	"em",
	"no",
	"para",
	"en",
	"au",
	"chez",
	"je",
	"is",
	"es",
	"ist",
	"est",
	"é",
	"è",
	"ke",
	"di",
	"ở",
	"tại",
	"at:",
	"address",
	"adres",
	"adresse",
	"adresa",
	"addr"
]);
var NUMBER = /^(\p{Nd}{1,5})(?:[A-Za-z](?![\p{L}\p{Nd}])|(?:[-/]\p{Nd}{1,4}[A-Za-z]?|-[IVX]{1,3}|-[A-Z])(?![\p{L}\p{Nd}]))?/u;
/** A unit or box after the house number, joined to it (`23/bus 1`, `32 box 20`, `15 - boite 01`, `27 C`). */
var NUMBER_TAIL = /^(?:\/(?:bus|box|bte) ?\d{1,4}| (?:- )?(?:bus|box|boîte|boite|bte) \d{1,4}| [A-Z](?![\p{L}\p{Nd}.'’-]))/u;
/** What may follow a house number: the line ending, a comma or a word — not a decimal, time, unit, ratio or range. */
var AFTER_NUMBER = /^(?:$|[\s,;)\]}"'”’»]|\.(?![\p{L}\p{Nd}]))/u;
/** Units and counted nouns after a number, in the languages of the street types (`7 лет`, `5 Minuten`, `20 años`). */
var LETTER_OR_DOT = /[\p{L}\p{M}.]/u;
/** The last letter of the word before the number is of a caseless script: only the caseless finder can use it. */
var CASELESS_END = new RegExp(CASELESS.source.replace("^", ""), "u");
var QUANTITY_WORD = /* @__PURE__ */ new RegExp("^\\s(?:%|px|em|rem|ms|s|sec|min|h|hrs?|kg|g|km|m|cm|mm|mb|gb|kb|tb|x|times|pcs|items?|tests?|steps?|years?|days?|hours?|minutes?|people|persons?|euros?|dollars?|jahre?n?|tage?n?|stunden?|minuten?|leute|personen|ans|jours|heures|personnes|años|días|horas|personas|anni|giorni|ore|persone|anos|dias|pessoas|jaar|dagen|uur|mensen|år|dager|dage|timer|lat|dni|godzin|osób|let|dní|hodin|lidí|лет|год|года|дней|дня|часов|часа|минут|человек|раз|км|кг|шт|руб|рублей|рокі?в|днів|годин|осіб)(?![\\p{L}])", "iu");
/**
* A street type written as its own word (`ulica`, `Calea`, `g.`, `Tv.`), and whether only English lists it. An
* abbreviation counts when dotted or capitalised (`Bdul`, `Av.`): in lower case it is a word too (`and`, `art`).
*/
function typeOf(word) {
	const w = lower(word);
	const dotted = w.endsWith(".");
	const bare = dotted ? w.slice(0, -1) : w;
	if (TYPES.has(w) || dotted && TYPES.has(bare)) {
		if (ABBREVIATIONS.has(bare) && !dotted && !/^\p{Lu}/u.test(word)) return null;
		return ENGLISH_ONLY.has(bare) ? "english" : "type";
	}
	if (dotted && SHORT.has(bare)) return "short";
	return null;
}
/** A capitalised name word with a type glued to its end (`Skredderplassen`, `Bermbeekstraat`, `Aletta Jacobs-erf`). */
function isGlued(word) {
	if (!/^\p{Lu}/u.test(word)) return false;
	const w = lower(word);
	for (let cut = 3; cut <= w.length - 3; cut++) {
		const ending = w.slice(cut);
		if (GLUED$1.has(ending)) return !SETTLEMENT_ENDINGS.has(ending) && /\p{L}/u.test(w[cut - 1] ?? "");
	}
	return false;
}
function isName(word) {
	return /^(?:\p{Lu}|[OD]['’]\p{Lu})/u.test(word) && !/\.\p{L}/u.test(word) && word.length <= 30;
}
/** Name words then a type before the number (`Šarhova ulica`, `Liepų g.`), or a glued type (`Gamle Drammensvei`). */
function suffixStart(words, text, numberEnd) {
	const [last, ...rest] = words;
	if (!last) return null;
	const kind = typeOf(last.text);
	let names = 0;
	let start = last.start;
	if (kind === "type" || kind === "short") {
		if (/^\p{Lu}/u.test(last.text) && ENGLISH.has(lower(last.text).replace(/\.$/, ""))) return null;
		for (const w of rest) {
			if (!isName(w.text) || w.text.length < 2 || typeOf(w.text) === "english" || names === 3) break;
			names++;
			start = w.start;
		}
		if (names === 0) return null;
		if (names === 1 && /^\p{Ll}/u.test(last.text) && sentenceStart(text, start)) {
			if (text.slice(start, last.start).trim().length < 4 || !/^\s*(?:$|[\n,;"'”)])/.test(text.slice(numberEnd, numberEnd + 3))) return null;
		}
		return start;
	}
	if (!isGlued(last.text)) return null;
	for (const w of rest) {
		if (!isName(w.text) || typeOf(w.text) !== null || names === 2) break;
		names++;
		start = w.start;
	}
	return start;
}
/** A type then name words before the number (`Calea Victoriei`, `Rue de la Senne`, `C. Staneta Žagarja`). */
function prefixStart(words) {
	let names = 0;
	for (let k = 0; k < words.length; k++) {
		const w = words[k];
		const kind = typeOf(w.text);
		if (kind !== null && names > 0 && k > 0) {
			if (kind === "english" || kind === "short" && /^\p{Ll}/u.test(w.text)) return null;
			const upper = (t) => /^\p{Lu}[\p{Lu}\d.'’-]+$/u.test(t);
			if (words.slice(0, k).some((n) => /\p{Lu}{2}\p{Ll}/u.test(n.text) || upper(n.text) && !upper(w.text))) return null;
			if (kind === "short" && lower(w.text).length === 2 && names < 2) return null;
			return w.start;
		}
		if (isName(w.text) && kind === null) names++;
		else if (!(PARTICLES.has(lower(w.text)) && names > 0)) return null;
	}
	return null;
}
/** Number-first lines: `12 rue des Lilas`, `٢ شارع الاستقلال`, or English order after an address's place. */
function numberFirstEnd(text, numberStart, numberEnd) {
	if (text[numberEnd] !== " " || !LETTER_OR_DOT.test(text[numberEnd + 1] ?? "")) return null;
	if (CASELESS.test(text[numberEnd + 1])) return caselessNumberFirstEnd(text, numberEnd);
	const place = placeBefore(text, numberStart);
	if (place === null) return null;
	const words = wordsAfter(text, numberEnd, 5);
	let names = 0;
	let end = null;
	for (const w of words) {
		const bare = w.text.replace(/[.]$/, "");
		const kind = typeOf(bare);
		if (kind !== null && names > 0 && isName(w.text)) {
			end = w.start + bare.length + (w.text.endsWith(".") && kind !== "type" ? 1 : 0);
			continue;
		}
		if (!isName(w.text)) break;
		if (end !== null) return null;
		names++;
	}
	if (end !== null && place === "start" && !/^\s*(?:$|[\n,;"'”)])/.test(text.slice(end, end + 3))) return null;
	return end;
}
function sentenceStart(text, at) {
	return /(?:^|[.!?…]\s+|\n\s*)$/u.test(text.slice(Math.max(0, at - 4), at));
}
/** The number stands where an address stands: after a label, a quote, a line start, or a preposition of place. */
function placeBefore(text, at) {
	let i = at;
	while (i > 0 && (text[i - 1] === " " || text[i - 1] === "	")) i--;
	if (i === 0 || text[i - 1] === "\n") return "start";
	if (/[:=("'“‘«>,]/.test(text[i - 1])) return "label";
	const word = /[\p{L}]{1,8}$/u.exec(text.slice(Math.max(0, i - 10), i))?.[0];
	return word !== void 0 && PLACE_WORDS.has(lower(word)) ? "label" : null;
}
function* findStreetLines(text) {
	const numbers = /(?<![\p{L}\p{N}\p{M}_.,:/#$€£+@-])\p{Nd}{1,5}/gu;
	let m;
	let last = -1;
	while ((m = numbers.exec(text)) !== null) {
		const at = m.index;
		const number = NUMBER.exec(text.slice(at, at + 16));
		if (!number || /^0/.test(number[1]) && number[1].length > 1 && !/[-/]/.test(number[0])) continue;
		let end = at + number[0].length;
		const tail = NUMBER_TAIL.exec(text.slice(end, end + 12));
		if (tail) end += tail[0].length;
		const rest = text.slice(end, end + 12);
		if (!AFTER_NUMBER.test(rest) || QUANTITY_WORD.test(rest)) continue;
		if (/^(?:19|20)\d\d$/.test(number[0]) || /^\d{1,2}[:.]\d/.test(text.slice(at, at + 5))) continue;
		const leftWord = (text[at - 1] === " " || text[at - 1] === "	") && LETTER_OR_DOT.test(text[at - 2] ?? "");
		let start = null;
		if (leftWord && CASELESS_END.test(text[at - 2])) start = caselessStart(wordsBefore(text, at, 4));
		else if (leftWord) {
			const before = wordsBefore(text, at, 6);
			start = suffixStart(before, text, end) ?? prefixStart(before);
		}
		if (start !== null && start >= last && !/[\\/_@#$.]/.test(text[start - 1] ?? "")) {
			yield {
				start,
				end
			};
			last = end;
			continue;
		}
		const after = numberFirstEnd(text, at, at + number[0].length);
		if (after !== null && at >= last) {
			yield {
				start: at,
				end: after
			};
			last = after;
			numbers.lastIndex = after;
		}
	}
}
function* findAll(text) {
	for (const line of findStreetLines(text)) yield precedeAddress(text, continueAddress(text, line));
	yield* findKoreanRoads(text);
}
var streetLineRule = {
	id: "street-line",
	kind: "postal_address",
	level: "strict",
	priority: 41,
	description: "A street line with no town or postcode: a street type of any of libpostal's 60 languages before the name, after it or glued to it (`Šarhova ulica 77`, `Calea Victoriei 54`, `Skredderplassen 20`, `٢ شارع الاستقلال`) and a house number; English-order lines (`26 Pine Hill Rise`) after an address's place",
	find: findAll
};
// src/core/redaction/rules/address-po-box.ts
var BOX_WORDS = [
	"p\\.? ?o\\.? ?box",
	"p\\. ?o\\. ?b\\.",
	"post office box",
	"gpo box",
	"locked bag",
	"postfach",
	"boîte postale",
	"b\\. ?p\\.",
	"case postale",
	"postbus",
	"postboks",
	"postbox",
	"casella postale",
	"apartado(?: de correos| postal)",
	"casilla(?: de correos?)?",
	"caixa postal",
	"cx\\. postal",
	"skrytka pocztowa",
	"s\\. ?l\\. ?p\\.",
	"а/я",
	"абонентский ящик",
	"п/я",
	"p\\.? ?m\\.? ?b\\.?",
	"private (?:mail )?bag",
	"а/с",
	"абонентська скринька",
	"posta kutusu",
	"postafiók",
	"ταχυδρομική θυρίδα",
	"τ\\. ?θ\\.",
	"poštovní přihrádka",
	"căsuța poștală",
	"kotak pos",
	"peti surat",
	"hộp thư",
	"私書箱",
	"사서함",
	"邮政信箱",
	"郵政信箱",
	"c\\.? ?p\\.?(?=[ \\t]*\\p{Nd}{1,6},?[ \\t]+(?:succ|stn|station)\\b)",
	"bp\\.?(?=[ \\t-]?\\p{Nd})"
].join("|");
/** Mail held at the post office for collection: no number, so the town (and postcode) after it must be there. */
var HELD_WORDS = [
	"general delivery",
	"poste restante",
	"lista de correos",
	"posta restante",
	"postlagernd",
	"до востребования",
	"gpo"
].join("|");
/** A capitalised town of up to three words (`Dar es Salaam`, `Nairobi`), after a comma, a line break or a space. */
var TOWN = "\\p{Lu}[\\p{L}\\p{M}'’-]+(?: (?:\\p{Lu}[\\p{L}\\p{M}'’-]+|es|de|la|el|al|do|da|di)){0,3}";
var BOX = new RegExp(`(?<![\\p{L}\\p{Nd}])(?:(?:\\p{Nd}{2}[ \\t](?=b\\.? ?p))?(?:${BOX_WORDS})[ \\t]*(?:n[o°º]\\.?[ \\t]*|-)?\\p{Nd}{1,6}(?:-\\p{Nd}{3,5})?(?: bis\\b)?(?![\\p{Nd}/])|(?:${HELD_WORDS})(?=[ \\t]*[,\\n]))`, "giu");
/** Case-sensitive, unlike the box words: the town must be capitalised. */
/** Canada's delivery station after the box (`CP 218, succ. Place-d'Armes`, `PO Box 5 STN A`). */
var STATION_AFTER = new RegExp(`^,?[ \\t]+(?:succ\\.?|succursale|SUCC\\.?|STN\\.?|Stn\\.?|Station)[ \\t]+(?:${TOWN}|[A-Z])(?![\\p{L}\\p{Nd}])`, "u");
/**
* The town (`м. Львів`, `г. Киев` with their town word, `101 Antananarivo` after its postcode), and a postcode after
* it (`Marfa TX 79843`, `Montréal QC  H2Y 3G7`, `Port Moresby 111`).
*/
var TOWN_AFTER = new RegExp(`^(?:[ \\t]*[,\\n][ \\t]*|[ \\t]+(?=\\p{Lu}{3,}(?![\\p{Ll}])))(?:(?:м|г|с|смт)\\.[ \\t]?|\\p{Nd}{3,6}[ \\t])?${TOWN}(?![\\p{L}\\p{Nd}])(?:[ \\t]\\p{Nd}{2}(?=[ \\t]*(?:$|[\\n,.])))?(?:,?[ \\t]{1,2}(?:[A-Z]{2}[ \\t]{1,2})?(?:[A-Z]\\d[A-Z] ?\\d[A-Z]\\d|\\p{Nd}{3,6}(?:-\\p{Nd}{4})?)(?![\\p{L}\\p{Nd}]))?`, "u");
var poBoxRule = {
	id: "po-box",
	kind: "postal_address",
	level: "strict",
	priority: 55,
	description: "Post-office box in ~35 languages (P.O. Box, Postfach, Casilla, Caixa Postal, S.L.P., а/я, P.M.B., 私書箱…) with its number and the town after it; round 12: held mail (General Delivery, Poste restante) before its town",
	*find(text) {
		for (const m of text.matchAll(new RegExp(BOX.source, BOX.flags))) {
			let end = m.index + m[0].length;
			const station = STATION_AFTER.exec(text.slice(end, end + 60));
			if (!station && /^c\.? ?p/i.test(m[0])) continue;
			const bareBp = /^(?:\p{Nd}{2}[ \t])?bp/iu.test(m[0]);
			if (/^gpo$/i.test(m[0]) && m[0] !== "GPO") continue;
			if (bareBp && !/^(?:\p{Nd}{2}[ \t])?BP/u.test(m[0])) continue;
			if (station) end += station[0].length;
			const town = TOWN_AFTER.exec(text.slice(end, end + 80));
			if (!town && (bareBp || !/\p{Nd}/u.test(m[0]))) continue;
			if (town) end += town[0].length;
			for (let more = 0, at = end; town && more < 2; more++) {
				const next = TOWN_AFTER.exec(text.slice(at, at + 80));
				if (!next) break;
				at += next[0].length;
				if (/\p{Nd}/u.test(next[0])) end = at;
			}
			yield {
				start: m.index,
				end
			};
		}
	}
};
// src/core/redaction/rules/address-script-words.ts
var SCRIPT_PART_WORDS = {
	house: [
		"پلاک",
		"خانه",
		"منزل",
		"واحد",
		"طبقه",
		"ساختمان",
		"مجتمع",
		"مکان",
		"مکان نمبر",
		"گھر",
		"فلیٹ",
		"پلاٹ",
		"ہاؤس",
		"ماڵی",
		"مبنى",
		"بناية",
		"عمارة",
		"شقة",
		"فيلا",
		"الطابق",
		"طابق",
		"المبنى",
		"العمارة",
		"البناية",
		"الشقة",
		"דירה",
		"קומה",
		"כניסה",
		"בניין",
		"የቤት ቁጥር",
		"ቤት ቁጥር",
		"ህንጻ",
		"ሕንጻ",
		"ፎቅ",
		"အမှတ်",
		"တိုက်",
		"အခန်း",
		"मकान नं.",
		"मकान नंबर",
		"म.नं.",
		"फ्लैट",
		"घर नं.",
		"বাড়ি",
		"বাসা",
		"হোল্ডিং",
		"ফ্ল্যাট",
		"ਮਕਾਨ ਨੰ.",
		"મકાન નં.",
		"ફ્લેટ",
		"બ્લોક",
		"கதவு எண்",
		"ఇంటి నం.",
		"ఇంటి నెం.",
		"ಮನೆ ಸಂಖ್ಯೆ",
		"ಮನೆ",
		"വീട്ടു നമ്പർ",
		"വീട്",
		"අංක",
		"เลขที่",
		"บ้านเลขที่",
		"ເຮືອນເລກທີ",
		"ເລກທີ",
		"ផ្ទះលេខ",
		"үй",
		"пәтер",
		"батир",
		"уй",
		"хонадон",
		"хонаи",
		"байр",
		"тоот",
		"ბინა",
		"კორპუსი",
		"სართული",
		"ბნ.",
		"բնակարան",
		"բն.",
		"շենք",
		"տուն"
	],
	street: [
		"خیابان",
		"کوچه",
		"بن‌بست",
		"بلوار",
		"میدان",
		"جاده",
		"سرک",
		"گذر",
		"کوی",
		"سړک",
		"کوڅه",
		"گلی",
		"روڈ",
		"سڑک",
		"شاہراہ",
		"چوک",
		"شارع",
		"الشارع",
		"طريق",
		"الطريق",
		"جادة",
		"زقاق",
		"ساحة",
		"نهج",
		"درب",
		"حارة",
		"רחוב",
		"רח'",
		"שדרות",
		"שד'",
		"דרך",
		"סמטת",
		"כיכר",
		"መንገድ",
		"ጎዳና",
		"လမ်း",
		"मार्ग",
		"रोड",
		"गली",
		"सड़क",
		"रस्ता",
		"गल्ली",
		"রাস্তা",
		"شەقام",
		"کۆڵان",
		"রোড",
		"সড়ক",
		"লেন",
		"ਗਲੀ",
		"ਰੋਡ",
		"માર્ગ",
		"રોડ",
		"શેરી",
		"தெரு",
		"சாலை",
		"வீதி",
		"వీధి",
		"రోడ్డు",
		"రోడ్",
		"ರಸ್ತೆ",
		"ಅಡ್ಡರಸ್ತೆ",
		"റോഡ്",
		"പാത",
		"පාර",
		"මාවත",
		"වීදිය",
		"පටුමග",
		"ซอย",
		"ถนน",
		"ຖະໜົນ",
		"ຖະຫນົນ",
		"ຮ່ອມ",
		"ផ្លូវ",
		"көшесі",
		"даңғылы",
		"көчөсү",
		"проспекти",
		"кўчаси",
		"кӯчаи",
		"гудамж",
		"өргөн чөлөө",
		"ქუჩა",
		"გამზირი",
		"გამზ.",
		"შესახვევი",
		"ჩიხი",
		"ქ.",
		"փողոց",
		"պողոտա",
		"նրբանցք",
		"փ.",
		"պող."
	],
	area: [
		"ناحیه",
		"منطقه",
		"محله",
		"شهرک",
		"استان",
		"شهرستان",
		"ولایت",
		"ولسوالی",
		"ولسوالۍ",
		"محلہ",
		"سیکٹر",
		"بلاک",
		"فیز",
		"ٹاؤن",
		"کالونی",
		"ضلع",
		"تحصیل",
		"حي",
		"محلة",
		"منطقة",
		"محافظة",
		"ولاية",
		"ناحية",
		"قضاء",
		"مجمع",
		"قطعة",
		"بلوك",
		"שכונת",
		"שכונה",
		"ክፍለ ከተማ",
		"ወረዳ",
		"ቀበሌ",
		"ሰፈር",
		"ዞን",
		"မြို့နယ်",
		"ရပ်ကွက်",
		"တိုင်းဒေသကြီး",
		"ပြည်နယ်",
		"ကျေးရွာ",
		"वडा",
		"वडा नं.",
		"महानगरपालिका",
		"उपमहानगरपालिका",
		"नगरपालिका",
		"गाउँपालिका",
		"टोल",
		"जिल्ला",
		"जिल्हा",
		"پارێزگای",
		"گەڕەکی",
		"सेक्टर",
		"नगर",
		"कॉलोनी",
		"मोहल्ला",
		"जिला",
		"ज़िला",
		"वार्ड",
		"ब्लॉक",
		"तहसील",
		"गांव",
		"ग्राम",
		"ব্লক",
		"সেক্টর",
		"থানা",
		"জেলা",
		"উপজেলা",
		"গ্রাম",
		"ডাকঘর",
		"ਸੈਕਟਰ",
		"ਨਗਰ",
		"ਜ਼ਿਲ੍ਹਾ",
		"ਪਿੰਡ",
		"સોસાયટી",
		"નગર",
		"જિલ્લો",
		"நகர்",
		"மாவட்டம்",
		"నగర్",
		"కాలనీ",
		"జిల్లా",
		"మండలం",
		"ಬಡಾವಣೆ",
		"ನಗರ",
		"ಜಿಲ್ಲೆ",
		"നഗർ",
		"ജില്ല",
		"දිස්ත්‍රික්කය",
		"หมู่",
		"ตำบล",
		"แขวง",
		"อำเภอ",
		"เขต",
		"จังหวัด",
		"ບ້ານ",
		"ເມືອງ",
		"ແຂວງ",
		"ໜ່ວຍ",
		"ភូមិ",
		"ឃុំ",
		"សង្កាត់",
		"ស្រុក",
		"ខណ្ឌ",
		"ខេត្ត",
		"រាជធានី",
		"ауданы",
		"району",
		"тумани",
		"ноҳияи",
		"қ.",
		"ш.",
		"дүүрэг",
		"хороо",
		"сум",
		"аймаг",
		"хотхон",
		"რაიონი",
		"მიკრორაიონი",
		"მ/რ",
		"թաղամաս",
		"մարզ"
	],
	postcode: [
		"کد پستی",
		"کدپستی",
		"پوسٹل کوڈ",
		"پوسٹ کوڈ",
		"الرمز البريدي",
		"رمز بريدي",
		"الرمز البريدى",
		"מיקוד",
		"ፖ.ሳ.ቁ",
		"ፖ.ሣ.ቁ",
		"የፖስታ ሳጥን ቁጥር",
		"စာတိုက်",
		"पिन",
		"पिनकोड",
		"पिन कोड",
		"পোস্ট কোড",
		"পোস্টকোড",
		"ਪਿੰਨ",
		"પિન",
		"பின்கோடு",
		"அஞ்சல் குறியீடு",
		"పిన్",
		"ಪಿನ್",
		"പിൻ",
		"තැපැල් කේතය",
		"საფოსტო ინდექსი",
		"փոստային ինդեքս"
	]
};
// src/core/redaction/rules/address-script-parts.ts
var escape$1 = (w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
var CLASS_OF$1 = /* @__PURE__ */ new Map();
for (const [cls, words] of Object.entries(SCRIPT_PART_WORDS)) for (const w of words) CLASS_OF$1.set(w, cls);
/** Burmese, Thai, Lao and Khmer write no space between words: part words are glued to the name (`ဗိုလ်ချုပ်လမ်း`, `ຖະໜົນລ້ານຊ້າງ`). */
var GLUED = /^[\p{Script=Myanmar}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}]/u;
var byLength$1 = (words) => words.sort((a, b) => b.length - a.length).map(escape$1).join("|");
var ALL_WORDS = [...CLASS_OF$1.keys()];
var GLUED_WORDS = ALL_WORDS.filter((w) => GLUED.test(w));
/** Abbreviations end in a full stop or geresh (`ქ.`, `רח'`): no letter test after them. */
var CLIPPED_WORDS = ALL_WORDS.filter((w) => !GLUED.test(w) && /[.']$/.test(w));
var SPACED_WORDS = ALL_WORDS.filter((w) => !GLUED.test(w) && !/[.']$/.test(w));
/** One letter test before and after each group, not one per word: the scan tries this at every character. */
var PART_WORD$1 = new RegExp(`(?<![\\p{L}\\p{M}])(?:(?:${byLength$1(SPACED_WORDS)})(?![\\p{L}\\p{M}\\u200c])|(?:${byLength$1(CLIPPED_WORDS)}))|(?:${byLength$1(GLUED_WORDS)})`, "gu");
var HAS_PART_WORD = new RegExp(PART_WORD$1.source, "u");
var POSTCODE_LABEL = new RegExp(`(?:${SCRIPT_PART_WORDS.postcode.map(escape$1).join("|")})[ \\t]*$`, "u");
var MAX_PART = 60;
/** Commas of any script: Arabic `،`, Ethiopic `፣`, Burmese `၊`, CJK `，` and `、`. */
var SOFT = /* @__PURE__ */ new Set([
	",",
	"،",
	"፣",
	"၊",
	"，",
	"、"
]);
/** Sentence ends and quotes of any script; Armenian `՝` closes a label (`Հասցե՝`, address:) more often than a part. */
var HARD$1 = /* @__PURE__ */ new Set([
	"՝",
	"?",
	"!",
	"؟",
	"।",
	"॥",
	"።",
	"။",
	";",
	"؛",
	"\"",
	"«",
	"»",
	"(",
	")",
	"[",
	"]",
	"{",
	"}",
	"<",
	">",
	"|",
	"`",
	"“",
	"”"
]);
/** Characters no address part holds: code, markup, money, e-mail. */
var FOREIGN = /[=@*_$%€£+~^©\\]/;
function breakAt(text, i) {
	const ch = text[i];
	if (SOFT.has(ch)) return "soft";
	if (ch === "\n") return /^[ \t]*(?:\n|$)/.test(text.slice(i + 1, i + 20)) || /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, i - 20), i)) ? "hard" : "soft";
	if (HARD$1.has(ch)) return "hard";
	if (ch === ":" || ch === "：") return /^[ \t]*\p{Nd}/u.test(text.slice(i + 1, i + 6)) && POSTCODE_LABEL.test(text.slice(Math.max(0, i - 30), i)) ? null : "hard";
	return null;
}
/** The part holding `i`: back and forward to a break, at most MAX_PART characters each way (a cut is a hard end). */
function partAround(text, i) {
	let s = i;
	let before = "hard";
	while (s > 0 && i - s < MAX_PART) {
		const b = breakAt(text, s - 1);
		if (b !== null) {
			before = b;
			break;
		}
		s--;
	}
	let e = i;
	let after = "hard";
	while (e < text.length && e - i < MAX_PART) {
		const b = breakAt(text, e);
		if (b !== null) {
			after = b;
			break;
		}
		e++;
	}
	return {
		start: s,
		end: e,
		before,
		after
	};
}
var NUMBER_ALONE$1 = /^\p{Nd}{1,5}(?:[/-]\p{Nd}{1,5})?\p{L}?$/u;
/** A town and its postcode, or the postcode alone (`عمّان 11941`, `ရန်ကုန် 11181`, `6423931`). */
var TOWN_POSTCODE$1 = /^(?:[\p{L}\p{M}\u200c'’.-]+ ){0,3}\p{Nd}{4,7}$|^\p{Nd}{4,7}(?: [\p{L}\p{M}\u200c'’.-]+){1,3}$/u;
var PLACE_WORD = /^[\p{L}\p{M}\u200c'’.-]{1,30}$/u;
/** Walks from neighbouring part words cross the same parts: each distinct part is read once per text. */
var memo = /* @__PURE__ */ new Map();
function readPart$1(value) {
	let r = memo.get(value);
	if (r === void 0) {
		if (memo.size > 5e3) memo = /* @__PURE__ */ new Map();
		r = readOnce(value);
		memo.set(value, r);
	}
	return r;
}
function readOnce(value) {
	if (value === "" || value.length > MAX_PART || FOREIGN.test(value) || /\p{Script=Latin}/u.test(value)) return null;
	const words = value.split(/\s+/);
	if (words.length > 6) return null;
	const classes = /* @__PURE__ */ new Set();
	let numbered = false;
	for (const m of value.matchAll(PART_WORD$1)) {
		const cls = CLASS_OF$1.get(m[0]);
		classes.add(cls);
		const number = /\p{Nd}/u.test(value.slice(m.index + m[0].length)) || /^\S*\p{Nd}\S*\s*$/u.test(value.slice(0, m.index));
		if (cls !== "postcode" && number) numbered = true;
	}
	const digits = /\p{Nd}/u.test(value);
	if (classes.size > 0 && (digits || !classes.has("postcode") || classes.size > 1)) return {
		classes,
		numbered,
		kind: "named"
	};
	if (NUMBER_ALONE$1.test(value)) return {
		classes,
		numbered: true,
		kind: "number"
	};
	if (TOWN_POSTCODE$1.test(value)) return {
		classes: /* @__PURE__ */ new Set(["postcode"]),
		numbered: false,
		kind: "postcode"
	};
	if (!digits && words.length <= 3 && words.every((w) => PLACE_WORD.test(w))) return {
		classes,
		numbered: false,
		kind: "place"
	};
	return null;
}
/** The part's text without the spaces and full stops around it. */
function trim(text, start, end) {
	while (start < end && /\s/.test(text[start])) start++;
	while (end > start && /[\s.]/.test(text[end - 1])) end--;
	return {
		start,
		end,
		value: text.slice(start, end)
	};
}
/** Words that no address part holds: Latin letters (a sentence or label around the address) or code. */
var outside = (token) => /\p{Script=Latin}/u.test(token) || FOREIGN.test(token);
/**
* The end of a part that opens with a sentence or a label in another script (`Kan du sende pakken til شارع …`,
* `We moved! New office: …`): its words after the last one in Latin letters or code, from the part word (and the
* name before a district word: `ቦሌ ክፍለ ከተማ`), or the last two words when it names nothing (a town).
*/
function tail(text, part) {
	const t = trim(text, part.start, part.end);
	const tokens = [...t.value.matchAll(/\S+/g)];
	let first = tokens.length;
	while (first > 0 && !outside(tokens[first - 1][0])) first--;
	if (first === tokens.length) return null;
	const marked = tokens.slice(first).findIndex((m) => HAS_PART_WORD.test(m[0]));
	const from = marked >= 0 ? first + Math.max(0, marked - 1) : Math.max(first, tokens.length - 2);
	const start = t.start + tokens[from].index;
	const read = readPart$1(trim(text, start, t.end).value);
	return read === null ? null : {
		start,
		end: t.end,
		read
	};
}
/** The start of a part that a sentence in another script closes (`… חיפה 3303115 please`): its words before it. */
function head(text, part) {
	const t = trim(text, part.start, part.end);
	const tokens = [...t.value.matchAll(/\S+/g)];
	let last = 0;
	while (last < tokens.length && !outside(tokens[last][0])) last++;
	if (last === 0 || last === tokens.length) return null;
	const end = t.start + tokens[last - 1].index + tokens[last - 1][0].length;
	const read = readPart$1(text.slice(t.start, end));
	return read === null ? null : {
		start: t.start,
		end,
		read
	};
}
/** The parts next to `part` on one side while each reads as a part of an address: at most eight. */
function walk(text, part, dir) {
	const out = [];
	let at = part;
	for (let n = 0; n < 8; n++) {
		if ((dir < 0 ? at.before : at.after) !== "soft") break;
		let edge = dir < 0 ? at.start - 2 : at.end + 1;
		while (edge >= 0 && edge < text.length && /[ \t]/.test(text[edge])) edge += dir;
		if (edge < 0 || edge >= text.length) break;
		const again = breakAt(text, edge);
		if (again === "hard") break;
		if (again === "soft") edge += dir;
		if (edge < 0 || edge >= text.length) break;
		const next = partAround(text, edge);
		const t = trim(text, next.start, next.end);
		const r = readPart$1(t.value);
		if (r === null) {
			const edge = dir < 0 ? tail(text, next) : head(text, next);
			if (edge !== null) out.push(edge);
			break;
		}
		out.push({
			start: t.start,
			end: t.end,
			read: r
		});
		at = next;
	}
	return dir < 0 ? out.reverse() : out;
}
function accepted$2(parts) {
	const classes = /* @__PURE__ */ new Set();
	let numbered = false;
	parts.forEach((p, i) => {
		for (const c of p.read.classes) classes.add(c);
		if (p.read.kind === "named" && p.read.numbered) numbered = true;
		const beside = [parts[i - 1], parts[i + 1]].some((q) => q?.read.classes.has("street") || q?.read.classes.has("house"));
		if (p.read.kind === "number" && beside) numbered = true;
	});
	const named = parts.filter((p) => p.read.kind === "named").length;
	return classes.size >= 2 && (numbered || named >= 3 && classes.has("street"));
}
/** Town names at the run's ends: at most two, the rest is a list of places. */
function trimPlaces$1(parts) {
	let first = 0;
	while (first < parts.length && parts[first].read.kind === "place") first++;
	let last = parts.length;
	while (last > first && parts[last - 1].read.kind === "place") last--;
	return parts.slice(Math.max(0, first - 2), Math.min(parts.length, last + 2));
}
function* findScriptParts(text) {
	const re = new RegExp(PART_WORD$1.source, PART_WORD$1.flags);
	memo = /* @__PURE__ */ new Map();
	let floor = 0;
	let match;
	while ((match = re.exec(text)) !== null) {
		if (match.index < floor) continue;
		const own = partAround(text, match.index);
		const t = trim(text, own.start, own.end);
		let first = null;
		const r = readPart$1(t.value);
		if (r !== null) first = {
			start: t.start,
			end: t.end,
			read: r
		};
		else {
			const end = tail(text, own);
			if (end !== null && end.start <= match.index) first = end;
		}
		if (first === null) {
			floor = own.end;
			continue;
		}
		const before = r === null ? [] : walk(text, own, -1);
		const after = walk(text, own, 1);
		const parts = trimPlaces$1([
			...before,
			first,
			...after
		]);
		floor = Math.max(floor, parts[parts.length - 1]?.end ?? own.end);
		re.lastIndex = Math.max(re.lastIndex, floor);
		if (parts.length > 0 && accepted$2(parts)) yield {
			start: parts[0].start,
			end: parts[parts.length - 1].end
		};
	}
}
var scriptPartsAddressRule = {
	id: "script-parts-address",
	kind: "postal_address",
	level: "strict",
	priority: 42,
	description: "Round 15: an address of a script without capitals written as named parts (Arabic, Persian, Urdu, Pashto, Hebrew, Ethiopic, Burmese, Indic, Sinhala, Georgian, Armenian: house, street, district and postcode words) — two different kinds of part, one with a number, in a run of short comma- or line-separated parts",
	find: findScriptParts
};
// src/core/redaction/rules/address.ts
var usStreet = regexRule({
	id: "us-street-address",
	kind: "postal_address",
	level: "strict",
	priority: 40,
	description: "House number (also hyphenated: 92-10, 98-025, 8-9) + capitalised street name + suffix (St, Ave, Rd…), optional unit, city, state and ZIP (or a ZIP alone)",
	pattern: new RegExp(`(?<![\\w.-])\\d{1,6}(?:-\\d{1,4})?[A-Z]?(?: (?:[NSEW]\\.?|North|South|East|West))?(?: (?:[A-Z][a-z]{1,20}|\\d{1,3}(?:st|nd|rd|th))){1,4} (?:(Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Terrace|Parkway|Pkwy|Highway|Hwy|Expressway|Expy|Freeway|Fwy)|(Drive|Dr|Court|Ct|Way|Place|Pl|Circle|Cir|Square|Sq|Trail|Plaza|Close|Crescent|Gardens|Grove|Row|Mews|Loop|Alley|Path|Pike))\\b\\.?(?: (?:N|S|E|W|NE|NW|SE|SW)\\b)?(?:,? (?:Apt|Apartment|Suite|Ste|Unit|Floor|Fl|#)\\.? ?#?[A-Za-z0-9-]{1,6})?(, [A-Z][a-z]{1,20}(?: [A-Z][a-z]{1,20}){0,2}(?:,? [A-Z]{2}(?: \\d{5}(?:-\\d{4})?)?(?![A-Za-z0-9]))?|,? [A-Z]{2} \\d{5}(?:-\\d{4})?|,? \\d{5}(?:-\\d{4})?(?![\\w-])|(?: [A-Z][a-z]{1,20}){1,4} \\d{5}(?:-\\d{4})?(?![\\w-]))?`, "g"),
	accept: (_value, match) => match[1] !== void 0 || match[3] !== void 0 && !/^,? \d{5}$/.test(match[3])
});
var UK_AREAS = new Set("AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E EC EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE".split(" "));
var ukPostcode = regexRule({
	id: "uk-postcode",
	kind: "postal_address",
	level: "strict",
	priority: 40,
	description: "UK postcode (SW1A 1AA) whose area letters are a real postcode area",
	pattern: /(?<![A-Za-z0-9])([A-Z]{1,2})\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2}(?![A-Za-z0-9])/g,
	accept: (_value, match) => UK_AREAS.has(match[1] ?? "")
});
var germanStreet = regexRule({
	id: "de-street-address",
	kind: "postal_address",
	level: "strict",
	priority: 40,
	description: "German street (…straße/str./weg/allee/platz/gasse/ring/damm) + number + 5-digit PLZ + town",
	pattern: /* @__PURE__ */ new RegExp("(?<![A-Za-zÄÖÜäöüß])(?:[A-ZÄÖÜ][a-zäöüß]{1,30}[ -])?[A-ZÄÖÜ]?[a-zäöüß]{0,30}(?:[Ss]tra(?:ße|sse)|[Ss]tr\\.|[Ww]eg|[Aa]llee|[Pp]latz|[Gg]asse|[Rr]ing|[Dd]amm|[Uu]fer) ?\\d{1,4} ?[a-z]?,? {1,3}\\d{5} [A-ZÄÖÜ][a-zäöüß]{1,30}(?: (?:am|an der|im) [A-ZÄÖÜ][a-zäöüß]{1,20})?", "g")
});
var addressBlock = {
	id: "address-block",
	kind: "postal_address",
	level: "strict",
	priority: 42,
	description: "Street line (number before or after the name, street types of 20+ languages) or PO box followed by a postcode line, on one line or several; or a street named by its type word alone",
	*find(text) {
		for (const block of findAddressBlocks(text)) yield precedeAddress(text, continueAddress(text, block));
	}
};
var HAN = "\\p{Script=Han}";
var KANA = "\\p{Script=Hiragana}\\p{Script=Katakana}";
/** Block numbers in ASCII, full-width or kanji digits (`1丁目`, `１丁目`, `一丁目`). */
var JP_NUMBER = "(?:[0-9０-９]{1,4}|[一二三四五六七八九十]{1,3})";
var japanese = regexRule({
	id: "jp-address",
	kind: "postal_address",
	level: "strict",
	priority: 42,
	description: "Japanese address: 〒 postcode and what follows on its line, or 丁目/番地/番/号 block numbers (ASCII, full-width or kanji digits)",
	pattern: new RegExp(`〒 ?\\d{3}-\\d{4}[ \\u3000]?[^\\s、。,，]{1,60}|(?<![\\d-])\\d{3}-\\d{4}[ \\u3000]?(?=[${HAN}]{1,3}(?:都|道|府|県))[^\\s、。,，]{1,60}|(?<![${HAN}${KANA}\\d])[${HAN}${KANA}ー]{1,20}[ \\u3000]?(?:${JP_NUMBER})丁目[ \\u3000]?${JP_NUMBER}(?:番地?|[-－‐])${JP_NUMBER}号?(?:[ \\u3000]?[^\\s、。]{0,20}?\\d{1,5}号室)?`, "gu")
});
var chineseByRoad = regexRule({
	id: "zh-address",
	kind: "postal_address",
	level: "strict",
	priority: 42,
	description: "Chinese address: a road (路/街/道/巷/弄/胡同/大道/段) or a province/city/district (省/市/县/区) then a 号/號 number (spaces around numbers as Taiwan writes them), optional postcode",
	pattern: new RegExp(`(?:\\d{3,6} )?(?:[${HAN}]{1,10}(?:市|县|縣|区|區) ?\\d{3,6} )?(?:[${HAN}]{2,30}(?:路|街|道|巷|弄|胡同|大道|段)[${HAN}\\d]{0,10}? ?|(?:[${HAN}]{1,10}(?:省|自治区|特别行政区))?[${HAN}]{1,10}(?:市|县|縣|区|區)[${HAN}]{1,20}?)\\d{1,5}(?:-\\d{1,5})? ?(?:号|號)(?:[ ]?[^\\s，。,]{0,10}?\\d{1,5} ?(?:室|号|號|楼|樓))?(?:[，,] ?(?:邮编|郵遞區號)[:： ]?\\d{5,6})?`, "gu")
});
var chinese = {
	...chineseByRoad,
	*find(text) {
		const marks = /[号號]/g;
		let mark;
		let windowEnd = -1;
		while ((mark = marks.exec(text)) !== null) {
			if (mark.index < windowEnd) continue;
			const from = Math.max(0, windowEnd, mark.index - 90);
			let to = Math.min(text.length, mark.index + 60);
			let next;
			while ((next = marks.exec(text)) !== null && next.index < to + 90) to = Math.min(text.length, next.index + 60);
			marks.lastIndex = next ? next.index : text.length;
			windowEnd = to;
			const slice = text.slice(from, to);
			for (const range of chineseByRoad.find(slice)) yield withBuildingTail(text, startAtDivision(text, {
				start: from + range.start,
				end: from + range.end
			}));
			if (!next) break;
		}
	}
};
var korean = regexRule({
	id: "ko-address",
	kind: "postal_address",
	level: "strict",
	priority: 42,
	description: "Korean address: city/district words and a 로/길 road with its building number, or (round 11) a 동/리/가 neighbourhood with its lot number (지번: `연희동 129-1`, `산 12`), then (round 12) the building, floor and flat, a province by its short name (`서울`), a (postcode) before, optional 우편번호",
	pattern: new RegExp(`(?<![가-힣\\d(])(?:\\(\\d{5}\\) ?)?(?:(?:[가-힣]{2,10}(?:특별시|광역시|특별자치시|특별자치도|도|시)|서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충북|충남|전북|전남|경북|경남|제주) )?(?:[가-힣]{1,10}(?:구|군|시|읍|면) ){0,2}(?:\\d{1,5} [가-힣\\d]{1,12}(?:로|길)|[가-힣\\d]{1,12}(?:로|길)(?: ?\\d{1,5}(?:번길|번안길|가길))? ?\\d{1,5}(?:-\\d{1,5})?|[가-힣]{1,10}\\d{0,2}(?:동|리|가) (?:산 ?)?\\d{1,5}(?:-\\d{1,5})?(?:번지)?)(?:,? [가-힣A-Za-z\\d]{1,20}(?:빌딩|타워|센터|아파트|오피스텔|플라자|프라자|빌라|맨션|스퀘어|하우스|상가|회관|파크|타운|시티|캐슬|팰리스|레지던스))?(?:,? (?:지하 ?)?\\d{1,3}층| [A-Za-z\\d]{1,4}동(?: ?\\d{1,4}호)?| \\d{1,4}호){0,3}(?: ?\\(우편번호 ?\\d{5}\\))?`, "gu"),
	accept: (value) => /(?:시|도|구|군) /.test(value) || /우편번호/.test(value)
});
var RTL = "[\\p{Script=Arabic}\\p{Script=Hebrew}]";
var addressRules = [
	usStreet,
	ukPostcode,
	germanStreet,
	addressBlock,
	addressLineRule,
	postcodeBlockRule,
	japanese,
	chinese,
	korean,
	cjkAdministrativeAddress,
	cjkCityAddress,
	japaneseRomanisedAddress,
	colombianStreetAddress,
	cyrillicAddressRule,
	regexRule({
		id: "rtl-po-box",
		kind: "postal_address",
		level: "strict",
		priority: 42,
		description: "PO box in Arabic, Persian or Hebrew script (ص.ب / صندوق بريد / صندوق پستی / ת.ד / תא דואר) with its number in any digits, and the town after it",
		pattern: new RegExp(`(?<!\\p{L})(?:ص ?\\. ?ب\\.?|(?:مكتب )?(?:ال)?بريد صندوق|صندوق (?:ال)?بريد(?: ${RTL}{2,12})?|صندوق پستی|תא דואר|ת\\. ?ד\\.?)[ :]{0,3}\\p{Nd}{1,7}(?!\\p{Nd})(?:[ \\t]*[,،]?[ \\t]*\\n?[ \\t]*${RTL}{2,20}(?: ${RTL}{2,20})?(?=[ \\t]*(?:$|[\\n,،.])))?`, "gmu")
	}),
	countryAddressRule,
	streetLineRule,
	thaiLaoAddress,
	turkishAddress,
	vietnameseAddress,
	lowerCaseAddressRule(() => addressRules),
	introducedAddressRule,
	poBoxRule,
	scriptPartsAddressRule
];
// src/core/redaction/checks.ts
function digitsOf(value) {
	return value.replace(/\D/g, "");
}
function luhnValid(digits) {
	if (!/^\d+$/.test(digits)) return false;
	let sum = 0;
	let double = false;
	for (let i = digits.length - 1; i >= 0; i--) {
		let d = digits.charCodeAt(i) - 48;
		if (double) {
			d *= 2;
			if (d > 9) d -= 9;
		}
		sum += d;
		double = !double;
	}
	return sum % 10 === 0;
}
/** One count per UTF-16 unit, reused by every call (each call leaves it zeroed). */
var unitCounts = /* @__PURE__ */ new Int32Array(65536);
/**
* Shannon entropy in bits per character (per code point). The one implementation for every rule: the randomness
* model (rules/token-randomness.ts) calls it for each token it measures, so it counts into a reused typed array in
* one pass instead of building a Map of strings; text outside the BMP (emoji, rare CJK) takes the code-point path.
*/
function shannonEntropy(value) {
	const n = value.length;
	if (n === 0) return 0;
	for (let i = 0; i < n; i++) {
		const c = value.charCodeAt(i);
		if (c >= 55296 && c <= 57343) return codePointEntropy(value, i);
		unitCounts[c]++;
	}
	let bits = 0;
	for (let i = 0; i < n; i++) {
		const c = value.charCodeAt(i);
		const count = unitCounts[c];
		if (count === 0) continue;
		bits -= count / n * Math.log2(count / n);
		unitCounts[c] = 0;
	}
	return bits;
}
/** Surrogate pairs are one character: counted by code point in a Map (`counted` units are cleared first). */
function codePointEntropy(value, counted) {
	for (let i = 0; i < counted; i++) unitCounts[value.charCodeAt(i)] = 0;
	const counts = /* @__PURE__ */ new Map();
	let length = 0;
	for (const ch of value) {
		const cp = ch.codePointAt(0);
		counts.set(cp, (counts.get(cp) ?? 0) + 1);
		length++;
	}
	let bits = 0;
	for (const count of counts.values()) bits -= count / length * Math.log2(count / length);
	return bits;
}
function characterClasses(value) {
	return (/[a-z]/.test(value) ? 1 : 0) + (/[A-Z]/.test(value) ? 1 : 0) + (/\d/.test(value) ? 1 : 0);
}
var PLACEHOLDER_WORDS = /(?:example|sample|dummy|placeholder|(?:^|[_-])fake|mock[_-]?(?:api|secret|token|key|pass)|your[_-]?(?:api|secret|token|key|pass|own|actual|real|app|client|access|private|account|password|[a-z]+[_-]?key)|(?:^|[^a-z])your(?:[^a-z]|$)|(?:^|[^a-z])my[_-]?(?:api|secret|token|key)|^my[_-]?pass(?:word|wd|phrase)|redacted|changeme|change[_-]me|replace[_-]?me|replace[_-](?:with|this)|(?:enter|put)[_-]your|insert[_-]|xxxx|\.\.\.|…)/i;
/** Whole-value templates: `<token>`, `${VAR}`, `{{ secret }}`, `%(pw)s`, `$VAR`, `[KEY]`; round 13, the other template
*  languages config and CI files are written in: GitHub Actions `${{ secrets.X }}`, named format fields `{password}`
*  (Python, .NET, Serilog), `$(Password)` (Azure Pipelines, Make), `#{Password}` (Ruby, Octopus), `<%= pw %>` (ERB,
*  EJS), `__PASSWORD__` / `@@PASSWORD@@` / `#{PASSWORD}#` (token-replacement tasks), ARM `[parameters('pw')]`; and
*  references a secret store resolves at deploy or run time — CloudFormation `{{resolve:secretsmanager:…}}`, Azure
*  App Service `@Microsoft.KeyVault(…)`, Grafana `$__file{…}`, Symfony
*  `%env(X)%`, bank-vaults `vault:secret/…#key`, Nomad `[[ .x ]]`, a command's output `$(cat /run/secrets/x)`.
*  Round 16: `$$NAME` (Compose and Make escape `$` by doubling it: the variable still names the value) and a format
*  field written with spaces inside its braces (`{ password }`). */
var TEMPLATE = /^(?:<[^<>]{1,80}>|\$\{[^{}]{1,80}\}|\{\{[^{}]{1,80}\}\}|%\(?\w{1,40}\)?s?%?|\$\$?[A-Za-z_]\w{0,60}|\[[A-Za-z _-]{1,60}\]|\$\{\{[^{}]{1,80}\}\}|\{ ?[A-Za-z_][\w.:-]{0,60} ?\}|\$\([A-Za-z_][\w.]{0,60}\)|#\{[^{}]{1,80}\}#?|<%[=-]?[^%]{1,80}%>|__[A-Za-z][\w]{1,60}__|@@[A-Za-z][\w]{1,60}@@|\[(?:parameters|variables|concat|reference|listKeys|format)\([^\n]{0,200}\)\]|\{\{resolve:[^{}]{1,200}\}\}|@Microsoft\.KeyVault\([^()]{1,300}\)|\$__\w{1,10}\{[^{}]{1,200}\}|%env\([^()]{1,80}\)%|vault:[\w/.-]{1,200}(?:#[\w.-]{1,60})?|\[\[[^[\]]{1,80}\]\]|\$\([^()]{1,200}\)|@@\{?\w{1,60}\}?@@)$/;
/**
* Documentation placeholders (`sk-your-key-here`, `AKIAIOSFODNN7EXAMPLE`, `${DB_PASSWORD}`, `****`) are not
* secrets; redacting them would only make tutorials in the training data unreadable.
*/
function looksLikePlaceholder(value) {
	if (PLACEHOLDER_WORDS.test(value) || TEMPLATE.test(value.trim())) return true;
	if (/^(.)\1+$/.test(value)) return true;
	if (/(.)\1{9}/.test(value)) return true;
	if (/^[*xX•.#_-]+$/.test(value)) return true;
	if (/^<[A-Za-z_]/.test(value)) return true;
	return false;
}
/** Letters mostly in alphabet order (three steps in four or more), as a hand typing `abcd…` writes them. */
function lettersAscend(value) {
	const letters = value.toLowerCase().replace(/[^a-z]/g, "");
	let up = 0;
	for (let i = 1; i < letters.length; i++) if (letters.charCodeAt(i) >= letters.charCodeAt(i - 1)) up++;
	return letters.length < 2 || up >= (letters.length - 1) * .75;
}
/**
* Typed-in stand-ins for a value with no prefix to vouch for it: counting runs (`12345678-ABCD-…`, `abcdefgh`) and
* a group repeated (`ABCD-ABCD`, `1234-1234`). Not applied to provider-prefixed keys, whose prefix is evidence enough.
*/
function looksTypedIn(value) {
	if (/([A-Za-z0-9]{4,8})[-_.]\1(?![A-Za-z0-9])|a1b2c3|A1B2C3|1a2b3c|1A2B3C|d4c3b2a1|D4C3B2A1/.test(value)) return true;
	const uuidShape = /(?:^|[^A-Za-z0-9])([0-9A-Za-z]{8}-[0-9A-Za-z]{4}-[0-9A-Za-z]{4}-[0-9A-Za-z]{4}-[0-9A-Za-z]{12})(?![A-Za-z0-9])/.exec(value);
	if (uuidShape && /[g-zG-Z]/.test(uuidShape[1]) && lettersAscend(uuidShape[1])) return true;
	const run = /0123456\d*|1234567\d*|2345678\d*|abcdefgh[i-z]*|ABCDEFGH[I-Z]*/.exec(value);
	if (!run) return false;
	const rest = value.replace(run[0], "");
	return !(rest.length >= 20 && characterClasses(rest) === 3 && shannonEntropy(rest) >= 4 && !looksTypedIn(rest));
}
// src/core/redaction/rules/token-bigrams.ts
var BIGRAM_LOG2 = [
	[
		-811,
		-552,
		-440,
		-376,
		-806,
		-757,
		-550,
		-681,
		-563,
		-736,
		-598,
		-373,
		-437,
		-274,
		-848,
		-562,
		-995,
		-314,
		-448,
		-365,
		-571,
		-608,
		-770,
		-794,
		-541,
		-705,
		-262
	],
	[
		-278,
		-691,
		-817,
		-754,
		-205,
		-1123,
		-733,
		-788,
		-368,
		-547,
		-792,
		-377,
		-964,
		-838,
		-281,
		-978,
		-1131,
		-399,
		-634,
		-864,
		-333,
		-1043,
		-992,
		-1178,
		-609,
		-1043,
		-398
	],
	[
		-294,
		-1014,
		-669,
		-868,
		-282,
		-1004,
		-1156,
		-288,
		-412,
		-1029,
		-383,
		-455,
		-972,
		-844,
		-275,
		-983,
		-993,
		-487,
		-517,
		-400,
		-501,
		-987,
		-1077,
		-1144,
		-736,
		-738,
		-361
	],
	[
		-344,
		-663,
		-878,
		-528,
		-225,
		-861,
		-820,
		-784,
		-333,
		-785,
		-882,
		-636,
		-868,
		-767,
		-260,
		-947,
		-1235,
		-498,
		-480,
		-718,
		-488,
		-804,
		-814,
		-1070,
		-673,
		-774,
		-214
	],
	[
		-420,
		-662,
		-512,
		-508,
		-629,
		-729,
		-631,
		-799,
		-638,
		-821,
		-679,
		-418,
		-502,
		-275,
		-732,
		-683,
		-835,
		-251,
		-434,
		-479,
		-731,
		-453,
		-688,
		-538,
		-658,
		-772,
		-228
	],
	[
		-263,
		-1004,
		-995,
		-981,
		-271,
		-302,
		-917,
		-986,
		-300,
		-904,
		-951,
		-451,
		-931,
		-697,
		-291,
		-1073,
		-1158,
		-365,
		-538,
		-637,
		-476,
		-811,
		-1044,
		-1144,
		-823,
		-1081,
		-364
	],
	[
		-336,
		-611,
		-1025,
		-814,
		-258,
		-757,
		-654,
		-516,
		-421,
		-1041,
		-785,
		-452,
		-733,
		-544,
		-411,
		-500,
		-1141,
		-407,
		-619,
		-611,
		-448,
		-830,
		-906,
		-1150,
		-539,
		-1033,
		-180
	],
	[
		-227,
		-910,
		-949,
		-887,
		-275,
		-949,
		-963,
		-940,
		-294,
		-918,
		-821,
		-591,
		-573,
		-636,
		-313,
		-980,
		-1042,
		-515,
		-760,
		-416,
		-427,
		-867,
		-770,
		-1108,
		-680,
		-1016,
		-250
	],
	[
		-436,
		-654,
		-395,
		-434,
		-429,
		-646,
		-513,
		-827,
		-892,
		-714,
		-533,
		-438,
		-496,
		-226,
		-365,
		-616,
		-845,
		-501,
		-325,
		-405,
		-738,
		-596,
		-1018,
		-738,
		-841,
		-605,
		-386
	],
	[
		-187,
		-864,
		-684,
		-653,
		-210,
		-788,
		-869,
		-821,
		-411,
		-897,
		-599,
		-703,
		-747,
		-595,
		-309,
		-741,
		-1017,
		-828,
		-472,
		-620,
		-355,
		-777,
		-864,
		-1017,
		-910,
		-769,
		-366
	],
	[
		-218,
		-913,
		-892,
		-891,
		-241,
		-766,
		-871,
		-621,
		-376,
		-1041,
		-704,
		-562,
		-813,
		-652,
		-283,
		-962,
		-1146,
		-484,
		-574,
		-623,
		-442,
		-816,
		-792,
		-1194,
		-596,
		-1080,
		-258
	],
	[
		-292,
		-657,
		-793,
		-606,
		-242,
		-753,
		-739,
		-837,
		-267,
		-828,
		-730,
		-380,
		-719,
		-765,
		-346,
		-756,
		-1139,
		-966,
		-599,
		-593,
		-450,
		-730,
		-973,
		-1226,
		-370,
		-954,
		-298
	],
	[
		-218,
		-326,
		-862,
		-927,
		-219,
		-913,
		-995,
		-1021,
		-344,
		-1062,
		-891,
		-534,
		-588,
		-824,
		-366,
		-452,
		-995,
		-825,
		-652,
		-926,
		-520,
		-1069,
		-1081,
		-1131,
		-713,
		-1023,
		-292
	],
	[
		-369,
		-857,
		-526,
		-382,
		-341,
		-769,
		-358,
		-694,
		-417,
		-825,
		-659,
		-455,
		-936,
		-606,
		-472,
		-869,
		-1149,
		-903,
		-423,
		-276,
		-417,
		-791,
		-963,
		-1233,
		-545,
		-824,
		-253
	],
	[
		-610,
		-555,
		-526,
		-486,
		-731,
		-588,
		-624,
		-732,
		-509,
		-803,
		-638,
		-385,
		-453,
		-228,
		-506,
		-458,
		-1062,
		-301,
		-475,
		-482,
		-463,
		-406,
		-592,
		-922,
		-810,
		-712,
		-334
	],
	[
		-295,
		-896,
		-915,
		-875,
		-228,
		-808,
		-1031,
		-524,
		-419,
		-1091,
		-843,
		-448,
		-933,
		-865,
		-323,
		-557,
		-1197,
		-316,
		-687,
		-325,
		-388,
		-968,
		-1091,
		-1131,
		-690,
		-1124,
		-350
	],
	[
		-484,
		-831,
		-781,
		-799,
		-819,
		-819,
		-857,
		-843,
		-572,
		-857,
		-857,
		-731,
		-819,
		-819,
		-554,
		-831,
		-819,
		-731,
		-781,
		-765,
		-41,
		-743,
		-831,
		-857,
		-831,
		-857,
		-347
	],
	[
		-301,
		-695,
		-593,
		-577,
		-253,
		-554,
		-545,
		-847,
		-316,
		-984,
		-636,
		-659,
		-557,
		-592,
		-369,
		-802,
		-1009,
		-491,
		-509,
		-477,
		-536,
		-742,
		-866,
		-1211,
		-628,
		-807,
		-227
	],
	[
		-408,
		-832,
		-498,
		-911,
		-340,
		-756,
		-974,
		-521,
		-397,
		-1039,
		-444,
		-626,
		-730,
		-727,
		-439,
		-545,
		-963,
		-718,
		-449,
		-219,
		-536,
		-578,
		-798,
		-1203,
		-664,
		-555,
		-219
	],
	[
		-356,
		-1032,
		-693,
		-1064,
		-245,
		-957,
		-1013,
		-420,
		-307,
		-1052,
		-870,
		-716,
		-647,
		-843,
		-393,
		-819,
		-1206,
		-336,
		-634,
		-549,
		-519,
		-883,
		-930,
		-1246,
		-460,
		-836,
		-202
	],
	[
		-517,
		-519,
		-497,
		-510,
		-392,
		-464,
		-597,
		-703,
		-493,
		-802,
		-613,
		-351,
		-302,
		-331,
		-693,
		-556,
		-1094,
		-315,
		-367,
		-434,
		-884,
		-728,
		-838,
		-818,
		-690,
		-677,
		-350
	],
	[
		-199,
		-1043,
		-805,
		-991,
		-159,
		-1143,
		-482,
		-1091,
		-291,
		-1018,
		-816,
		-709,
		-1104,
		-746,
		-317,
		-1162,
		-1143,
		-654,
		-581,
		-988,
		-719,
		-1118,
		-1e3,
		-1197,
		-718,
		-1073,
		-390
	],
	[
		-260,
		-816,
		-832,
		-872,
		-237,
		-856,
		-849,
		-541,
		-277,
		-935,
		-736,
		-716,
		-956,
		-491,
		-359,
		-790,
		-1049,
		-503,
		-547,
		-825,
		-651,
		-972,
		-972,
		-1022,
		-612,
		-1e3,
		-210
	],
	[
		-530,
		-909,
		-605,
		-959,
		-474,
		-886,
		-972,
		-842,
		-478,
		-972,
		-959,
		-872,
		-565,
		-886,
		-618,
		-513,
		-927,
		-872,
		-818,
		-122,
		-620,
		-901,
		-937,
		-893,
		-727,
		-937,
		-154
	],
	[
		-424,
		-698,
		-653,
		-697,
		-456,
		-839,
		-793,
		-821,
		-629,
		-933,
		-736,
		-569,
		-587,
		-513,
		-443,
		-316,
		-1173,
		-677,
		-516,
		-616,
		-675,
		-842,
		-966,
		-1073,
		-1066,
		-874,
		-85
	],
	[
		-241,
		-664,
		-732,
		-576,
		-222,
		-879,
		-799,
		-759,
		-295,
		-879,
		-569,
		-603,
		-684,
		-542,
		-357,
		-848,
		-997,
		-759,
		-533,
		-523,
		-472,
		-698,
		-720,
		-1029,
		-560,
		-578,
		-311
	],
	[
		-389,
		-419,
		-414,
		-442,
		-403,
		-506,
		-513,
		-511,
		-469,
		-627,
		-502,
		-416,
		-420,
		-424,
		-487,
		-431,
		-783,
		-414,
		-344,
		-415,
		-599,
		-472,
		-585,
		-896,
		-788,
		-691,
		-1842
	]
];
// src/core/redaction/rules/token-randomness.ts
function alphabetOf(body) {
	if (/^[0-9a-f]+$/.test(body) || /^[0-9A-F]+$/.test(body)) return {
		alphabet: "hex",
		size: 16
	};
	if (/^[0-9a-fA-F]+$/.test(body) && /\d/.test(body)) return {
		alphabet: "hex",
		size: 16
	};
	if (/^[a-z2-7]+$/.test(body) || /^[A-Z2-7]+$/.test(body)) return /\d/.test(body) ? {
		alphabet: "base32",
		size: 32
	} : {
		alphabet: "lower",
		size: 26
	};
	if (/^[a-z0-9]+$/.test(body) || /^[A-Z0-9]+$/.test(body)) return /\d/.test(body) ? {
		alphabet: "base36",
		size: 36
	} : {
		alphabet: "lower",
		size: 26
	};
	if (/^[A-Za-z]+$/.test(body)) return {
		alphabet: "letters",
		size: 52
	};
	if (/^[A-Za-z0-9]+$/.test(body)) return {
		alphabet: "base62",
		size: 62
	};
	if (/^[A-Za-z0-9+/]+$/.test(body) || /^[A-Za-z0-9_-]+$/.test(body)) return {
		alphabet: "base64",
		size: 64
	};
	return {
		alphabet: "other",
		size: 70
	};
}
var expectedCache = /* @__PURE__ */ new Map();
/** E[plug-in entropy] of n uniform draws from k symbols: k · Σc P(Binomial(n, 1/k) = c) · −(c/n)·log2(c/n). */
function expectedEntropy(k, n) {
	const key = k * 4096 + n;
	const cached = expectedCache.get(key);
	if (cached !== void 0) return cached;
	const p = 1 / k;
	let prob = Math.pow(1 - p, n);
	let sum = 0;
	for (let c = 0; c < n; c++) {
		prob *= (n - c) / (c + 1) * (p / (1 - p));
		const f = (c + 1) / n;
		sum -= prob * f * Math.log2(f);
	}
	const value = k * sum;
	if (expectedCache.size > 8192) expectedCache.clear();
	expectedCache.set(key, value);
	return value;
}
/** log2(1/27): the bigram log-probability under uniformly random letters (26 letters and the word boundary). */
var UNIFORM = Math.log2(1 / 27) * 100;
/** Mean log-likelihood ratio per transition (bits) above which a piece reads as a word. Calibrated in the unit test:
*  95% of the identifier parts of TypeScript's own source score above 0, and 9% of random 6-letter runs do. */
var WORD_LLR = 0;
/** Mean bits per transition by which the bigram model prefers "word" over "random letters" for this piece. */
function wordScore(piece) {
	let prev = 26;
	let sum = 0;
	for (let i = 0; i < piece.length; i++) {
		const c = piece.charCodeAt(i) - 97;
		if (c < 0 || c > 25) return -Infinity;
		sum += BIGRAM_LOG2[prev][c] - UNIFORM;
		prev = c;
	}
	sum += BIGRAM_LOG2[prev][26] - UNIFORM;
	return sum / (piece.length + 1) / 100;
}
/** Share of the letters in word-like pieces: the token is cut at non-letters and at camelCase humps. */
function wordiness(body, minPiece = 3) {
	let letters = 0;
	let wordy = 0;
	const pieces = body.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/([A-Z])([A-Z][a-z])/g, "$1 $2").split(/[^A-Za-z]+/);
	for (const piece of pieces) {
		if (piece === "") continue;
		letters += piece.length;
		if (piece.length >= minPiece && wordScore(piece.toLowerCase()) >= WORD_LLR) wordy += piece.length;
	}
	return letters === 0 ? 0 : wordy / letters;
}
function classOf(code) {
	if (code >= 97 && code <= 122) return 0;
	if (code >= 65 && code <= 90) return 1;
	if (code >= 48 && code <= 57) return 2;
	return 3;
}
/** Chance that two neighbours differ in class, for a uniform draw from the alphabet. */
function classChangeChance(body, alphabet) {
	switch (alphabet) {
		case "hex": return 1 - (6 / 16) ** 2 - (10 / 16) ** 2;
		case "base32": return 1 - (26 / 32) ** 2 - (6 / 32) ** 2;
		case "base36": return 1 - (26 / 36) ** 2 - (10 / 36) ** 2;
		case "letters": return .5;
		case "base62": return 1 - 2 * (26 / 62) ** 2 - (10 / 62) ** 2;
		case "base64":
		case "other": return 1 - 2 * (26 / 64) ** 2 - (10 / 64) ** 2 - (2 / 64) ** 2;
		default: return body.length > 0 ? 0 : 0;
	}
}
/** The rules ask about the same token several times in a row (placed? keyed? glued?): measure it once. */
var lastValue = "";
var lastMeasure = null;
function measureRandomness(value) {
	if (value === lastValue && lastMeasure) return lastMeasure;
	lastMeasure = measure(value);
	lastValue = value;
	return lastMeasure;
}
function measure(value) {
	const body = value.replace(/=+$/, "");
	const { alphabet, size } = alphabetOf(body);
	const n = body.length;
	const folded = alphabet === "hex" ? body.toLowerCase() : body;
	const expected = expectedEntropy(size, n);
	let changes = 0;
	let step1 = 0;
	let step2 = 0;
	for (let i = 1; i < n; i++) {
		const a = folded.charCodeAt(i - 1);
		const b = folded.charCodeAt(i);
		if (classOf(a) !== classOf(b)) changes++;
		if (Math.abs(b - a) === 1 && classOf(a) === classOf(b)) step1++;
		if (i >= 2 && Math.abs(b - folded.charCodeAt(i - 2)) === 1) step2++;
	}
	const trigrams = /* @__PURE__ */ new Set();
	for (let i = 2; i < n; i++) trigrams.add(folded.charCodeAt(i - 2) * 4294967296 + folded.charCodeAt(i - 1) * 65536 + folded.charCodeAt(i));
	const chance = classChangeChance(body, alphabet);
	return {
		alphabet,
		size,
		length: n,
		entropyRatio: expected > 0 ? shannonEntropy(folded) / expected : 0,
		wordy: wordiness(body, alphabet === "hex" ? 5 : 3),
		classMix: chance > 0 && n > 1 ? changes / (n - 1) / chance : 1,
		counting: n > 2 ? Math.max(step1 / (n - 1), step2 / (n - 2)) : 0,
		repeated: n > 2 ? 1 - trigrams.size / (n - 2) : 0,
		bits: n * Math.log2(size)
	};
}
var MIN_LENGTH = {
	keyed: 16,
	placed: 20,
	bare: 32
};
var MIN_ENTROPY_RATIO = {
	keyed: .85,
	placed: .88,
	bare: .9
};
var MAX_WORDY = {
	keyed: .45,
	placed: .4,
	bare: .35
};
/** Chance that a neighbour (or the character two back) is one step up or down in the same class, for a uniform draw. */
function countingChance(alphabet) {
	const digits = .18;
	const letters = 50 / 676;
	switch (alphabet) {
		case "hex": return (10 / 16) ** 2 * digits + (6 / 16) ** 2 * (10 / 36);
		case "base32":
		case "base36": return (10 / 36) ** 2 * digits + (26 / 36) ** 2 * letters;
		case "lower": return letters;
		case "letters": return .5 * letters;
		default: return (10 / 62) ** 2 * digits + 2 * (26 / 62) ** 2 * letters;
	}
}
/** Typed in, not drawn, beyond doubt: letters and digits counted in turn all along (`B1C2D3…`) or a group repeated
*  (`abcdef123456abcdef123456`). Used where a secret name vouches for the value, so only the extreme cases. */
function looksCountedOrRepeated(value) {
	const r = measureRandomness(value);
	return r.length >= 12 && (r.counting > .9 || r.repeated > .4);
}
function looksMachineRandom(value, evidence) {
	const r = measureRandomness(value);
	if (value.length < MIN_LENGTH[evidence] || r.length > 4096) return false;
	const body = value.replace(/=+$/, "");
	const upper = body.replace(/[^A-Z]/g, "").length;
	const lower = body.replace(/[^a-z]/g, "").length;
	const digits = body.replace(/[^0-9]/g, "").length;
	if (body.length - upper - lower - digits > body.length * .12) return false;
	if (/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/.test(body) && r.wordy > .3) return false;
	if (/\.[a-z]{1,5}$/.test(body)) return false;
	if (evidence !== "keyed") {
		if (r.alphabet !== "base62" && r.alphabet !== "base64" && r.alphabet !== "other") return false;
		if (upper < 2 || lower < 2 || digits < 2) return false;
	} else if (r.alphabet === "lower" || r.alphabet === "letters") {
		if (r.length < 24 || r.wordy > .2) return false;
	}
	if (r.alphabet === "other" && evidence !== "keyed") return false;
	if (r.entropyRatio < MIN_ENTROPY_RATIO[evidence]) return false;
	if (r.wordy > MAX_WORDY[evidence]) return false;
	if (r.classMix < .5) return false;
	const chance = countingChance(r.alphabet);
	const steps = r.length - 1;
	if (r.counting * steps > steps * chance + 4 * Math.sqrt(steps * chance * (1 - chance)) + 1 || r.repeated > .15) return false;
	return r.bits >= (evidence === "keyed" ? 64 : 100);
}
// src/core/redaction/rules/jwt.ts
var SEG = "[A-Za-z0-9_-]";
/** A line break after a dot, with the indentation or backslash of a wrapped line. */
var BREAK = "(?:\\\\?\\r?\\n[ \\t]{0,16})?";
/** A JOSE header opens with `{"` (`eyJ`), `{ "` (`eyAi`), or a line break after the brace (`ewo…`, `ew0K`). */
var HEADER = `(?:eyJ|eyAi|ewo|ew0K)${SEG}{8,4000}`;
var PART$1 = `${SEG}{0,16000}`;
var CANDIDATE$1 = new RegExp(`(?:(?<!${SEG})|(?<=%[0-9A-Fa-f]{2}))${HEADER}\\.${BREAK}${PART$1}(?:\\.${BREAK}${PART$1}(?:\\.${BREAK}${PART$1}\\.${BREAK}${PART$1})?)?(?!${SEG})`, "g");
function decode(part) {
	const b64 = part.replace(/-/g, "+").replace(/_/g, "/");
	if (b64.length % 4 === 1) return null;
	try {
		return atob(b64 + "=".repeat((4 - b64.length % 4) % 4));
	} catch {
		return null;
	}
}
/** The header's claims as text, when it is a JSON object naming an algorithm, a type or an encryption. */
function joseHeader(part) {
	const json = decode(part.length > 600 ? part.slice(0, 600).replace(/.{0,3}$/, "") : part);
	if (!json || !/^\s*\{\s*"/.test(json)) return null;
	return /"(?:alg|typ|enc|kid|cty)"\s*:/.test(json) ? json : null;
}
function isJson(part) {
	const text = decode(part.length > 64 ? part.slice(0, 64) : part);
	return text !== null && /^\s*\{\s*"/.test(text);
}
function accepted$1(parts) {
	const [header, payload] = parts;
	if (parts.length === 3 && header.startsWith("eyJ") && payload.startsWith("eyJ") && parts[2].length >= 16) return true;
	const json = joseHeader(header);
	if (!json) return false;
	if (parts.length === 5) {
		const [, , iv, ciphertext, tag] = parts;
		return /"enc"\s*:/.test(json) && iv.length >= 11 && ciphertext.length >= 2 && tag.length >= 16;
	}
	if (parts.length === 4) return false;
	const signature = parts[2] ?? "";
	return payload.length >= 8 && isJson(payload) && (signature.length >= 16 || signature === "");
}
function* find$10(text) {
	const re = new RegExp(CANDIDATE$1.source, "g");
	let match;
	while ((match = re.exec(text)) !== null) {
		const value = match[0];
		if (!accepted$1(value.split(".").map((part) => part.replace(/^\\?\r?\n[ \t]*/, "")))) continue;
		yield {
			start: match.index,
			end: match.index + value.length
		};
	}
}
var jwtRule = {
	id: "jwt",
	kind: "jwt",
	level: "secrets",
	priority: 85,
	description: "JSON Web Token: a JOSE header then base64url parts — signed (header.claims.signature), unsigned (alg none, no or an empty signature), JWE (five parts), headers written with spaces or line breaks, wrapped after a dot, after a percent-escape",
	find: (text) => [...find$10(text)]
};
// src/core/redaction/rules/secrets.ts
var PEM_BEGIN = /-----BEGIN (?:[A-Z0-9]{1,20} ){0,4}PRIVATE KEY(?: BLOCK)?-----/g;
var PEM_BODY_LINE = /^[A-Za-z0-9+/=:,\- ]*$/;
var PEM_MAX = 65536;
/**
* The whole block, header to footer. An unterminated block (a truncated paste) runs to the last key material:
* whole base64 lines, then the base64 start of the first line that is not.
*/
var pemPrivateKey = {
	id: "pem-private-key",
	kind: "private_key",
	level: "secrets",
	priority: 95,
	description: "PEM/OpenSSH/PGP private key block, BEGIN to END line",
	*find(text) {
		const re = new RegExp(PEM_BEGIN.source, "g");
		let match;
		let footer = -2;
		while ((match = re.exec(text)) !== null) {
			const start = match.index;
			if (footer !== -1 && footer < re.lastIndex) footer = text.indexOf("-----END ", re.lastIndex);
			if (footer !== -1 && footer - start < PEM_MAX) {
				const body = text.slice(re.lastIndex, footer);
				if (!/[A-Za-z0-9+/=]{16}/.test(body) && /\p{L}+ \p{L}+ \p{L}+/u.test(body)) continue;
				const close = text.indexOf("-----", footer + 9);
				const end = close === -1 ? footer + 9 : close + 5;
				re.lastIndex = end;
				yield {
					start,
					end
				};
				continue;
			}
			const headerEnd = re.lastIndex;
			let end = headerEnd;
			while (end < text.length && end - start < PEM_MAX) {
				const lineStart = text[end] === "\n" ? end + 1 : end;
				let lineEnd = text.indexOf("\n", lineStart);
				if (lineEnd === -1) lineEnd = text.length;
				const line = text.slice(lineStart, lineEnd).replace(/\r$/, "");
				if (line.trim() === "") break;
				if (!PEM_BODY_LINE.test(line)) {
					const run = /^[A-Za-z0-9+/=]{16,}/.exec(line);
					if (run) end = lineStart + run[0].length;
					break;
				}
				end = lineEnd;
			}
			re.lastIndex = end;
			if (end - headerEnd >= 16) yield {
				start,
				end
			};
		}
	}
};
/** Round 10: a PEM private key encoded once more as base64 (`LS0tLS1CRUdJTi…`): kubeconfig `client-key-data`,
*  Kubernetes Secret `data:` values, Helm values, CI variables. The head is decoded to check that the block is a
*  private key (a base64 certificate, `…CERTIFICATE-----`, is public). */
var pemBase64PrivateKey = regexRule({
	id: "pem-base64-private-key",
	kind: "private_key",
	level: "secrets",
	priority: 95,
	description: "A PEM private key block encoded as base64 (kubeconfig client-key-data, Kubernetes Secret data)",
	pattern: /(?<![A-Za-z0-9+/])LS0tLS1CRUdJTi[A-Za-z0-9+/]{40,65536}={0,2}(?![A-Za-z0-9+/=])/g,
	accept: (value) => {
		try {
			return /^-----BEGIN (?:[A-Z0-9]{1,20} ){0,4}PRIVATE KEY(?: BLOCK)?-----/.test(atob(value.slice(0, 80)));
		} catch {
			return false;
		}
	}
});
/** Round 10: a wallet's private key handed to the call that loads it (`new ethers.Wallet("0x…")`,
*  `privateKeyToAccount('0x…')`, `Account.from_key(…)`, `Keypair.fromSecretKey`): 64 hex digits there are the key, while
*  the same shape elsewhere is a transaction or block hash, which is public. */
var walletPrivateKey = regexRule({
	id: "wallet-private-key",
	kind: "private_key",
	level: "secrets",
	priority: 90,
	description: "A 64-hex-digit private key passed to a wallet or account loader (ethers/web3/viem `Wallet`, `privateKeyToAccount`, `from_key`, `fromPrivateKey`)",
	pattern: /(?<![\w$])(?:Wallet|Signer|privateKeyToAccount|fromPrivateKey|from_key|privateKeyToAddress|PrivateKey|fromSecretKey)[ \t]{0,4}\([ \t]{0,4}["'`]((?:0x)?[0-9a-fA-F]{64})["'`]/dg,
	group: 1,
	accept: (value) => /[a-fA-F]/.test(value) && /\d/.test(value) && !/(.)\1{7}/.test(value)
});
var curlUserPassword = regexRule({
	id: "cli-user-password",
	kind: "password",
	level: "secrets",
	priority: 80,
	description: "Password in curl/wget-style -u user:password / --user user:password (each part quoted or not, user may be empty)",
	pattern: /(?<![\w-])(?:-u|--user|--proxy-user)(?:[ \t]{1,3}|=)["']?\{?[^\s:"'<>{}]{0,64}\}?["']?:["']?\{?([^\s"'{}<>]{1,128})/dg,
	group: 1,
	accept: (value) => !looksLikePlaceholder(value) && !/^\$/.test(value) && !NOT_A_PASSWORD.has(value.toLowerCase())
});
var NOT_A_PASSWORD = /* @__PURE__ */ new Set([
	"password",
	"passwd",
	"pass",
	"pwd",
	"secret",
	"token",
	"apikey",
	"api_key",
	"api-key",
	"apitoken",
	"api_token",
	"key",
	"pat",
	"user",
	"username",
	"changeit",
	"null",
	"root",
	"admin",
	"guest",
	"test",
	"postgres",
	"mysql",
	"mongodb",
	"redis",
	"rabbitmq",
	"sa",
	"oracle",
	"true",
	"false",
	"none"
]);
/**
* A value a password form can hold: four characters or more, no placeholder or template (`$PASS`, `%PW%`, `${pw}`,
* `{pw}`), no option (`-x`), not a password word itself; round 13: no YAML tag (`password: !vault |`, `!secret`,
* `!Ref`: a word of letters after `!`), no brand glued to a number before it (`1Password`, `7Zip`).
*/
var plausiblePassword = (value) => value.length >= 4 && !looksLikePlaceholder(value) && !/^[$%-]/.test(value) && !/^\$?\{/.test(value) && !NOT_A_PASSWORD.has(value.toLowerCase()) && !/^!(?:[a-z][a-z_]*|[A-Z][a-z]+(?:[A-Z][a-z]+)*)$|^\d\p{Lu}\p{Ll}{2,}$/u.test(value);
/** `.pgpass` lines (hostname:port:database:username:password, PostgreSQL docs 34.16): the last field. */
var pgpassPassword = regexRule({
	id: "pgpass-password",
	kind: "password",
	level: "secrets",
	priority: 80,
	description: "Password field of a .pgpass line host:port:database:user:password",
	pattern: /(?<=^|\n)[ \t]{0,8}[A-Za-z0-9.*_-]{1,253}:(?:\d{1,5}|\*):[^:\s"'{};,]{1,63}:[^:\s"'{};,]{1,63}:([^\s]{1,256})(?=[ \t]*(?:\r?\n|$))/dg,
	group: 1,
	accept: (value, match) => !looksLikePlaceholder(value) && !NOT_A_PASSWORD.has(value.toLowerCase()) && !/^[ \t]*[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{0,4}){3,7}(?::\d{1,3}(?:\.\d{1,3}){3})?$/.test(match[0].replace(/^\n/, ""))
});
/** `.netrc` / `_netrc` entries: `machine host login user password secret` (GNU inetutils manual, ftp). */
var netrcPassword = regexRule({
	id: "netrc-password",
	kind: "password",
	level: "secrets",
	priority: 80,
	description: "Password of a .netrc entry: machine host login user password secret",
	pattern: /(?<![\w-])(?:machine[ \t]+\S{1,253}|default)(?:[ \t]+(?:login|account|port)[ \t]+\S{1,128}){0,3}[ \t]+password[ \t]+(\S{1,256})/dg,
	group: 1,
	accept: (value) => !looksLikePlaceholder(value) && !NOT_A_PASSWORD.has(value.toLowerCase())
});
/**
* Account tools that take the password as a positional argument: `rabbitmqctl add_user NAME PASS`,
* `htpasswd -b[c] FILE NAME PASS`, `net user NAME PASS`, `echo 'NAME:PASS' | chpasswd`.
*/
var accountToolPassword = regexRule({
	id: "account-tool-password",
	kind: "password",
	level: "secrets",
	priority: 80,
	description: "Password argument of rabbitmqctl add_user/change_password, htpasswd -b, mosquitto_passwd -b, net user, chpasswd input",
	pattern: /(?<![\w-])(?:rabbitmqctl[ \t]+(?:add_user|change_password)[ \t]+\S{1,64}[ \t]+|(?:htpasswd|mosquitto_passwd)(?:[ \t]+-[a-zA-Z]{1,4}){0,4}[ \t]+-[a-zA-Z]{0,3}b[a-zA-Z]{0,3}(?:[ \t]+-[a-zA-Z]{1,4}){0,4}[ \t]+\S{1,256}[ \t]+\S{1,64}[ \t]+|net[ \t]+user[ \t]+\S{1,64}[ \t]+|echo[ \t]+["']?[\w.-]{1,64}:)["']?([^\s"'|]{1,128})/dg,
	group: 1,
	accept: (value, match, text) => !looksLikePlaceholder(value) && !/^[*/$-]/.test(value) && !NOT_A_PASSWORD.has(value.toLowerCase()) && (!match[0].startsWith("echo") || /\|[ \t]*(?:sudo[ \t]+)?chpasswd/.test(text.slice(match.index, match.index + match[0].length + 40)))
});
/**
* Passwords on command lines: `sshpass -p X`, `mysql -pX` / `-p X` (mysql, mariadb, mysqldump…), `redis-cli -a X`,
* `smbclient -U user%X`, `htpasswd -b file user X`.
*/
var cliPassword = regexRule({
	id: "cli-password-flag",
	kind: "password",
	level: "secrets",
	priority: 80,
	description: "Password given to sshpass -p, mysql/mariadb -p, redis-cli -a, sqlcmd/bcp -P, smbclient -U user%pass",
	pattern: /(?<![\w-])(?:sshpass[ \t]{1,4}-p[ \t]{0,4}|(?:mysql\w{0,10}|mariadb\w{0,10})[ \t][^\n|;&]{0,120}?(?<=[ \t])-p|redis-cli[ \t][^\n|;&]{0,120}?(?<=[ \t])-a[ \t]{1,4}|(?:sqlcmd|bcp|osql|isql)[ \t][^\n|;&]{0,120}?(?<=[ \t])-P[ \t]{0,4}|smbclient[ \t][^\n|;&]{0,120}?-U[ \t]{0,4}[^\s%]{1,64}%)["'`]?([^\s"'`]{1,128})/dg,
	group: 1,
	accept: (value) => !looksLikePlaceholder(value) && !/^\$/.test(value) && !NOT_A_PASSWORD.has(value.toLowerCase())
});
var connectionStringPassword = regexRule({
	id: "connection-string-password",
	kind: "password",
	level: "secrets",
	priority: 80,
	description: "Password in scheme://user:password@host or //user:password@host (only the password is redacted; an unencoded @ in it runs to the last @)",
	pattern: /(?:(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]{1,20}:\/\/[^\s:/@?#"'<>]{0,128}|(?<=^|[\s"'=(])\/\/[^\s:/@?#"'<>]{1,128}):([^\s@/"'<>]{1,256}(?:@[^\s@/"'<>?#=&]{1,128}){0,3})@[A-Za-z0-9.[_-]/dg,
	group: 1,
	accept: (value, match, text) => !looksLikePlaceholder(value) && !NOT_A_PASSWORD.has(value.toLowerCase()) && !/^[A-Z][A-Z_]+$/.test(value) && value.toLowerCase() !== (/\/\/([^:/@]*):/.exec(match[0])?.[1] ?? "").toLowerCase() && !/^\$\w+$/.test(value) && (!/^(?:[\w-]+\.)*example\.(?:com|org|net)\b/i.test(text.slice(match.index + match[0].length - 1, match.index + match[0].length + 80)) || value.length >= 10 && characterClasses(value) === 3 || looksMachineRandom(value, "keyed"))
});
var bearerToken = regexRule({
	id: "bearer-token",
	kind: "secret",
	level: "secrets",
	priority: 60,
	description: "Token after \"Bearer \" (Authorization headers, curl -H)",
	pattern: /(?<![A-Za-z0-9])[Bb]earer[ \t]{1,3}([A-Za-z0-9._~+/-]{16,4096}={0,2})(?![A-Za-z0-9._~+/=-])/dg,
	group: 1,
	accept: (value) => !looksLikePlaceholder(value) && /\d/.test(value) && shannonEntropy(value) >= 3
});
function decodesToCredentials(value) {
	try {
		return /^[^:\s]{1,200}:[^\s]{1,200}$/.test(atob(value));
	} catch {
		return false;
	}
}
var secretRules = [
	pemPrivateKey,
	pemBase64PrivateKey,
	walletPrivateKey,
	jwtRule,
	connectionStringPassword,
	curlUserPassword,
	pgpassPassword,
	netrcPassword,
	cliPassword,
	accountToolPassword,
	bearerToken,
	regexRule({
		id: "basic-auth",
		kind: "password",
		level: "secrets",
		priority: 60,
		description: "base64(user:password) after \"Basic \" in Authorization headers",
		pattern: /(?<![A-Za-z0-9])Basic[ \t]{1,3}([A-Za-z0-9+/]{8,1024}={0,2})(?![A-Za-z0-9+/=])/dg,
		group: 1,
		accept: (value) => decodesToCredentials(value)
	})
];
// src/core/redaction/rules/assignment-values.ts
var MAX_QUOTED = 8192;
var MAX_UNQUOTED = 1024;
/** Random the way issued tokens are: 32+ hex digits mixing letters and digits, or a long run mixing cases and digits. */
function strongToken(value) {
	if (looksTypedIn(value) || looksLikePlaceholder(value) || looksCountedOrRepeated(value)) return false;
	if (/^(?:[a-f0-9]{32,}|[A-F0-9]{32,})$/.test(value)) return /\d/.test(value) && /[a-fA-F]/.test(value) && !/(.)\1{3}/.test(value);
	const digits = (value.match(/\d/g) ?? []).length;
	if (/^(?:[a-z0-9]{32,}|[A-Z0-9]{32,})$/.test(value)) return digits >= 4 && shannonEntropy(value) >= 4;
	return value.length >= 20 && /^[\w+/=.~-]+$/.test(value) && characterClasses(value) === 3 && digits >= 2 && shannonEntropy(value) >= 3.5;
}
var CODE_WORDS = /* @__PURE__ */ new Set([
	"string",
	"str",
	"number",
	"int",
	"boolean",
	"bool",
	"required",
	"optional",
	"undefined",
	"none",
	"null",
	"nil",
	"true",
	"false",
	"text",
	"varchar",
	"secret",
	"password",
	"token",
	"hidden",
	"bytes",
	"any",
	"object",
	"char",
	"function",
	"void",
	"new",
	"this",
	"self",
	"await",
	"return",
	"const",
	"let",
	"var",
	"private",
	"public",
	"protected",
	"static",
	"readonly",
	"final",
	"default",
	"infinity",
	"-infinity",
	"nan"
]);
var NAMES_A_SECRET = /token|secret|passw|session|apikey|api_key|credential|auth/i;
/** How code names things: camelCase, PascalCase, snake_case, CONSTANT_CASE, lower. `EHuaHWOAng` is none of them. */
function identifierLike(value) {
	return /^_*(?:[a-z]+(?:[A-Z][a-z0-9]+)*|[A-Z]{2,5}(?:[A-Z][a-z0-9]+)+|[A-Z]?[A-Z][a-z]+(?:[A-Z][a-z0-9]+)*|[a-z]+(?:_[a-z0-9]+)*|[A-Z]+(?:_[A-Z0-9]+)*|[A-Z][a-z]+(?:_[A-Z]?[a-z]+)*)_*$/.test(value);
}
/** Code or configuration that refers to a secret rather than holding it. */
function looksLikeReference(value, quoted, next, shell = false) {
	if (!quoted && (next === "(" || next === "[" || next === ".")) return true;
	if (CODE_WORDS.has(value.toLowerCase())) return true;
	if (/^[A-Z][A-Z0-9_]+$/.test(value) && value.includes("_")) return true;
	if (/^[A-Za-z_$#][\w$#]*(?:\??\.[A-Za-z_$#][\w$#]*)+(?:\(\))?!?;?$/.test(value) && !value.split(".").some((part) => part.length >= 12 && characterClasses(part) === 3 && (part.match(/\d/g) ?? []).length >= 2 && !/[a-z]{5,}/.test(part))) return !(shell && /\d/.test(value) && !PATH_WORDS.test(value.split(".")[0]));
	if (/\$\{[ \t]*[\w.$]{1,80}(?:[ \t]*[|:?-][^{}]{0,40})?[ \t]*\}|\{\{[ \t]*[\w.$|" ()-]{1,80}\}\}/.test(value)) return true;
	if (/^[a-z][a-z0-9+.-]{1,20}:\/\//i.test(value) && !/:[^/@\s]+@/.test(value)) return true;
	if (/^(?:arn|urn):[\w-]{1,40}:/i.test(value)) return true;
	if (/^[A-Za-z_][\w-]{0,60}(?::[A-Za-z_][\w-]{0,60}){1,6}$/.test(value) && value.split(":").every((part) => identifierLike(part.replace(/-/g, "_"))) && (/:.*:/.test(value) || /[a-z][A-Z]/.test(value))) return true;
	if (/^0x[0-9a-fA-F]{1,16}$/.test(value)) return true;
	if (/^[A-Z][a-z]{1,12}(?:[A-Z][a-z]{0,6})?-[A-Z][A-Za-z]{2,40}$/.test(value)) return true;
	if (/^@[A-Za-z_][\w.-]*$/.test(value) && identifierLike(value.slice(1).replace(/[.-]/g, "_"))) return true;
	if (/^[#.][A-Za-z]+(?:[-_][A-Za-z]+)*$/.test(value)) return true;
	if (/^(?:\.{1,2}|~)?\/(?:[\w.-]{1,40}\/)*[\w.-]{0,40}$/.test(value) && !/[+=]/.test(value)) return true;
	if (/^\$\{?[A-Za-z_]\w*\}?$/.test(value) || /^%\w+%$/.test(value) || /^\$\d+$/.test(value)) return true;
	if (/^\$\{[A-Za-z_]\w*:?[?+]/.test(value)) return true;
	if (!quoted && /^[A-Za-z_]+$/.test(value) && identifierLike(value)) return true;
	if (!quoted && /^[A-Za-z_$][\w$]*$/.test(value) && (/^\$|\$\w/.test(value) || NAMES_A_SECRET.test(value))) return true;
	if (/^[A-Za-z_]+$/.test(value) && NAMES_A_SECRET.test(value) && /[a-z][A-Z]|_|^[A-Z][a-z]/.test(value)) return true;
	if (/^[a-z]+(?:[A-Z][a-z]+)+$/.test(value) && !quoted) return true;
	return false;
}
/** Parts of a dotted name path in code and configuration (`config.db.password`, `self.user.value`), never of a
*  passphrase of three dictionary words (`printer.inspection.tomb`). */
var PATH_WORDS = /^(?:env|environ|config|conf|cfg|configuration|settings|setting|options|opts|params|props|properties|args|argv|request|req|res|response|form|data|user|users|app|application|ctx|context|state|store|values?|vars?|secrets?|credentials?|creds|auth|db|database|process|self|this|super|module|exports|window|global|session|cookie|cookies|spring|datasource|keys?|tokens?|pass\w*|pwd|get|set|input|body|payload|model|prototype|default|defaults|local|remote|prod|production|dev|test|staging|item|items|result|results|obj|object|json|yaml|http|https|api|client|server|service|services|account|accounts|connection|conn|mail|smtp|ldap|redis|mysql|postgres|oracle|mongo)$/i;
/** `printer.inspection.tomb`: three or more lowercase words joined by dots, none of them a word of code or config. */
function dottedPassphrase(value) {
	if (!/^[a-z]{3,}(?:\.[a-z]{3,}){2,5}$/.test(value)) return false;
	return !value.split(".").some((part) => PATH_WORDS.test(part));
}
/** `sk-ant-oat01-tooShort`, `xoxb-notARealToken`: a vendor-style prefix followed by words, a stand-in for a key. */
function prefixedWords(value) {
	const body = value.replace(/^(?:[a-z]{1,8}\d{0,2}[-_]){1,4}/, "");
	return body !== value && body.length > 0 && /^[A-Za-z]+$/.test(body) && identifierLike(body);
}
/** A message, not a secret: three or more words, nearly all of letters (`"Unerwartetes Token. {0} wurde erwartet."`). */
function sentence(value) {
	const parts = value.split(/\s+/).filter(Boolean);
	if (parts.length < 3 && !(parts.length === 2 && /\p{L}[.!?…:]$/u.test(value))) return false;
	return parts.filter((part) => /^[\p{Ps}\p{Pi}"'„«]*\p{L}[\p{L}'’-]*[\p{P}]*$/u.test(part) || /^\{\d\}/.test(part)).length >= parts.length * .6;
}
/** Text given to a secret-named key, in any script: mostly ideographs, kana, hangul or Thai (a message of a
*  localisation table: no key is written in them), one word in natural case, or words of letters only joined by
*  spaces or a list separator
*  (`"key": "Andhra Pradesh"`, `"sub_keys": "Alabama~Alaska~Arizona"`), no digit anywhere. */
function wordsOrText(value) {
	const letters = value.match(/\p{L}/gu)?.length ?? 0;
	const unspaced = value.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/gu)?.length ?? 0;
	if (letters > 0 && unspaced >= letters * .5 && unspaced >= 4) return true;
	if (/\d/.test(value)) return false;
	if (value.split(/['’-]/).every((part) => /^\p{Lu}?\p{Ll}*$/u.test(part) && part !== "") && /\p{Ll}{2}/u.test(value)) return true;
	const pieces = value.split(/[ \t~|,;·]+/).filter(Boolean);
	return pieces.length >= 2 && /[ \t~|]/.test(value) && pieces.every((piece) => /^\p{L}[\p{L}'’.()-]*$/u.test(piece));
}
/** Round 14: words a short quoted literal under a password name holds when it is no password — stand-ins a
*  programmer types (`foo`, `fake`, `blah`), and settings of how a password is kept or asked for (`md5`, `scram`,
*  `plain`, `auto`, `ask`). Chosen passwords of four or five characters (`blerg`, `abc1`, `qwer`) are none of these.
*  The metasyntactic words themselves, with a digit or not (`foo`, `fake2`), are STAND_IN_NAMES. */
var SHORT_STAND_INS = /* @__PURE__ */ new Set([
	"quux",
	"stub",
	"demo",
	"blah",
	"todo",
	"tbd",
	"fixme",
	"xxx",
	"nil",
	"empty",
	"blank",
	"unset",
	"auto",
	"ask",
	"prompt",
	"plain",
	"clear",
	"hash",
	"hashed",
	"md5",
	"sha1",
	"sha256",
	"scram",
	"crypt",
	"bcrypt",
	"mask",
	"masked",
	"hide",
	"show",
	"hidden",
	"file",
	"env",
	"stdin",
	"text",
	"input",
	"login",
	"value",
	"field",
	"dev",
	"prod",
	"local"
]);
/** Round 14: a literal of four or five characters in real quotes under a password name (`password="blerg"`, `db_pass
*  = 'hunt'`, `"pwd": "abc1"`): typed into a password field, it is the password however short, when no space, stand-in,
*  setting word or password word (NOT_A_PASSWORD) explains it. */
var STAND_IN_NAMES = /^(?:foo|bar|baz|qux|fake|mock)\d?$/;
function shortQuotedPassword(value) {
	const lower = value.toLowerCase();
	return value.length >= 4 && /^\S+$/.test(value) && !SHORT_STAND_INS.has(lower) && !STAND_IN_NAMES.test(lower) && !countingRun(lower);
}
/** `1234`, `12345`, `123!`, `abcd`, `4321`: keys pressed in a row, with a symbol at most after them — the stand-in
*  scanners' own examples type for a password (Bandit's `passphrase='1234'`, checkov's `"123!"`), not a choice. */
function countingRun(value) {
	const run = value.replace(/[^a-z0-9]$/, "");
	if (run.length < 3 || !/^(?:[0-9]+|[a-z]+)$/.test(run)) return false;
	const step = run.charCodeAt(1) - run.charCodeAt(0);
	if (step !== 1 && step !== -1) return false;
	for (let i = 2; i < run.length; i++) if (run.charCodeAt(i) - run.charCodeAt(i - 1) !== step) return false;
	return true;
}
function acceptable(kind, value, quoted, next, shell = false, inQuotes = false) {
	const symbolsOnly = kind === "password" && quoted && value.length >= 5 && /^[!-/:-@[-`{-~]+$/.test(value) && new Set(value).size >= 3;
	if (value.length < 4 || !/[A-Za-z0-9]/.test(value) && !symbolsOnly) return false;
	if (kind === "password" && dottedPassphrase(value) && !/[([.]/.test(next)) return !looksLikePlaceholder(value);
	if (looksLikePlaceholder(value) || looksLikeReference(value, quoted, next, shell)) return false;
	if (value.startsWith("/*") || value.startsWith("//")) return false;
	if (kind === "password" && /^(?:[~^]|[<>]=?)[ \t]?v?\d+(?:\.(?:\d+|x|\*)){1,3}(?:-[\w.]+)?$/.test(value)) return false;
	if (kind === "password") return (value.length >= 6 || inQuotes && shortQuotedPassword(value)) && !NOT_A_PASSWORD.has(value.toLowerCase()) && !(sentence(value) && value.split(/\s+/).length >= 5);
	if (value.length < 8 || prefixedWords(value) || looksTypedIn(value) || looksCountedOrRepeated(value)) return false;
	if (/^\d{20,64}$/.test(value) && shannonEntropy(value) >= 2.9) return true;
	if (sentence(value) || wordsOrText(value)) return false;
	if (/\\u[0-9a-fA-F]{4}/.test(value) && /^[A-Za-z]+$/.test(value.replace(/\\u[0-9a-fA-F]{4}/g, "e"))) return false;
	if (/^[a-f0-9]{16,}$|^[A-F0-9]{16,}$/.test(value) && /\d/.test(value) && /[a-fA-F]/.test(value) && !/(.)\1{3}/.test(value)) return true;
	if (/^_*[A-Za-z]+(?:[_-][A-Za-z]+)*_*$/.test(value) && (value.includes("_") || value.includes("-") || identifierLike(value))) return false;
	const entropy = shannonEntropy(value);
	if (characterClasses(value) >= 2 && entropy >= Math.min(3, Math.log2(value.length) * .75)) return true;
	return quoted && entropy >= 3 && !/^[a-z]+(?: [a-z]+){0,2}$/i.test(value) && /\d|[^\w\s]|\s/.test(value);
}
/** `"application:" + appKey`, `'password = '.$p[…]`: a quoted piece of a string built in code, not a value. */
function concatenated(text, value) {
	if (!value.quoted) return false;
	if (/^[ \t]*(?:[,+&]|\.\.?)[ \t]*[\w$.]{0,40}[([]?[ \t]*$/.test(text.slice(value.start, value.end))) return true;
	const after = text.slice(value.end + 1, value.end + 8);
	const before = text.slice(Math.max(0, value.start - 8), value.start - 1);
	return /^[ \t]*(?:\+[ \t]*[\w$("'`]|\.\.[ \t]*[\w$"']|\.[ \t]*[$"']|\.[ \t]+\w|&[ \t]+[\w$"])/.test(after) || /[\w$)][ \t]*(?:\+|\.\.?)[ \t]*$/.test(before);
}
/** The value starting at `i` (after operator and spaces): quoted up to its closing quote, else up to a terminator. */
function readValue(text, i, budget, wholeToken = false, query = false) {
	let at = i;
	if (text[at] === "@" && text[at + 1] === "\"") at++;
	const tag = /^!!?[A-Za-z]{1,10}[ \t]{1,4}/.exec(text.slice(at, at + 16));
	if (tag && text[at + 1] !== "!") return null;
	if (tag) at += tag[0].length;
	if (/^![A-Za-z][\w.-]{10,40}[ \t]+\S/.test(text.slice(at, at + 48))) return null;
	if (text[at] === "\\" && (text[at + 1] === "\"" || text[at + 1] === "'")) {
		const window = text.slice(at + 2, Math.min(text.length, at + 2 + MAX_QUOTED));
		const found = window.indexOf("\\" + text[at + 1]);
		const close = found === -1 ? -1 : at + 2 + found;
		if (close === -1 || window.slice(0, found).includes("\n")) return null;
		budget.left -= close - at;
		return close > at + 2 ? {
			start: at + 2,
			end: close,
			quoted: true
		} : null;
	}
	const q = text[at];
	if (q === "\"" || q === "'" || q === "`") {
		const triple = text.startsWith(q.repeat(3), at);
		const open = at + (triple ? 3 : 1);
		const limit = Math.min(text.length, open + (budget.left > 0 ? MAX_QUOTED : 256));
		let j = open;
		while (j < limit && text[j] !== q && text[j] !== "\n") {
			if (text[j] === "\\") j++;
			j++;
		}
		budget.left -= j - open;
		if (j >= limit || text[j] !== q) return null;
		return {
			start: open,
			end: j,
			quoted: true
		};
	}
	const limit = Math.min(text.length, at + (budget.left > 0 ? MAX_UNQUOTED : 128));
	let j = at;
	const stop = query ? /[\s"'`,;<>(){}[\]&#]/ : /[\s"'`,;<>(){}[\]]/;
	while (j < limit && !stop.test(text[j])) j++;
	if (wholeToken && !query && j + 1 < limit && !/[\s([]/.test(text[j]) && !/[\s]/.test(text[j + 1])) while (j < limit && !/\s/.test(text[j])) j++;
	budget.left -= j - at;
	if (!/[,;&]/.test(text[j] ?? "")) while (j > at && /[.:]/.test(text[j - 1])) j--;
	if (/^[„“«‚‘‹「『]/.test(text[at]) && /[“”»‘’›」』]$/.test(text[j - 1] ?? "")) return j - 1 > at + 1 ? {
		start: at + 1,
		end: j - 1,
		quoted: true
	} : null;
	return j > at ? {
		start: at,
		end: j,
		quoted: false
	} : null;
}
/** `Authorization: Token abc…`: the credentials after an alphabetic scheme word, or the whole value. */
function authCredentials(text, value) {
	const scheme = /^([A-Za-z][A-Za-z0-9-]{1,30}) +(?=\S)/.exec(text.slice(value.start, Math.min(value.end + 200, value.start + 40)));
	if (!scheme) return value;
	const start = value.start + scheme[0].length;
	let end = start;
	const limit = Math.min(text.length, start + MAX_QUOTED);
	while (end < limit && !/[\s"'`]/.test(text[end])) end++;
	return end > start ? {
		start,
		end,
		quoted: value.quoted
	} : value;
}
// src/core/redaction/rules/password-equals-value.ts
/** A name as code and config write them: `length`, `min_len`, `sslMode`, `PORT`, `Server`, `Initial_Catalog`. A
*  digit inside a word (`B1scu1t`) or a run of three (`VU19171`) is no name's. Leading `_` is the rest of a name glued
*  to the password word (`PASSWORD_MIN_LENGTH=12`). */
var CONFIG_NAME = /^[_$]*(?:[a-z][a-z\d]*(?:[_.-][a-z\d]+)*|[A-Z][A-Z\d]*(?:_[A-Z\d]+)*|[A-Za-z][a-z\d]*(?:[A-Z][a-z\d]*)*)$/;
/** A value as config writes it: a number (with a unit), a flag word, a lower-case word or host, an UPPER constant, a
*  capitalised word, or an identifier of letters only (`SpecialBill_PROD`, `MyApp.Web`). */
var CONFIG_VALUE = /^(?:\d+(?:\.\d+)*[a-z%]{0,3}|[a-z\d]+(?:[_.:/-][a-z\d]+)*|[A-Z\d]+(?:_[A-Z\d]+)*|[A-Z][a-z]+|[A-Za-z_]+(?:\.[A-Za-z_]+)*)$/;
/** `A=B` with one `=`, two sides of two characters or more. */
var ONE_EQUALS = /^([^=\s]{2,40})=([^=\s]{2,40})$/u;
/**
* True when a token shaped `name=value` is no setting but a chosen password: one `=` only, no list separator (a
* connection string's `Catalog=X;Data` is settings), and either side unlike the setting's (a name with digits inside
* a word or a run of them, a value mixing cases with digits or holding a symbol).
*/
function chosenEqualsValue(value) {
	const m = ONE_EQUALS.exec(value);
	if (!m || /[;&,|]/.test(value)) return false;
	const [, name, setting] = m;
	if (/^(?:pass|pwd|pw|secret|token|key|user|login|auth)/i.test(name)) return false;
	if (CONFIG_NAME.test(name) && !/\d{3}|\p{L}\d+\p{L}/u.test(name) && CONFIG_VALUE.test(setting)) return false;
	return /[\p{L}\p{N}]{2}/u.test(name) && /[\p{L}\p{N}]/u.test(setting);
}
// src/core/redaction/rules/password-shape.ts
var TLD = /\.(?:com|org|net|io|dev|app|co|uk|de|fr|ru|cn|jp|local|lan|internal|corp|edu|gov|info|biz|me|us|eu|ai|cloud|home|intra)$/i;
/** Letters (any script), digits and symbols of a token. */
function counts(value) {
	let letters = 0;
	let upper = 0;
	let lower = 0;
	let digits = 0;
	let symbols = 0;
	let strongSymbols = 0;
	for (const ch of value) {
		const code = ch.charCodeAt(0);
		if (code < 128) {
			if (code >= 65 && code <= 90) {
				letters++;
				upper++;
			} else if (code >= 97 && code <= 122) {
				letters++;
				lower++;
			} else if (code >= 48 && code <= 57) digits++;
			else {
				symbols++;
				if (code !== 46 && code !== 95 && code !== 45) strongSymbols++;
			}
			continue;
		}
		if (/\p{L}/u.test(ch)) {
			letters++;
			if (/\p{Lu}/u.test(ch)) upper++;
			else if (/\p{Ll}/u.test(ch)) lower++;
		} else if (/\p{N}/u.test(ch)) digits++;
		else {
			symbols++;
			if (!/[._-]/.test(ch)) strongSymbols++;
		}
	}
	return {
		letters,
		upper,
		lower,
		digits,
		symbols,
		strongSymbols
	};
}
/** `correct-horse-battery`, `kastanje.słonecznik.kirsche.17`: three or more words joined by one separator (not `_`,
*  which joins the words of identifiers). */
function passphraseToken(value) {
	const m = /^\p{L}{2,}(?:([-.+_])\p{L}{2,})((?:\1\p{L}{2,}){0,6})(\1?\d{1,4})?[!?#$%&*@^]{0,2}$/u.exec(value);
	if (!m) return false;
	if (m[2] === "" && !m[3]) return false;
	if (m[1] === "_" && !value.split("_").every((part) => /^\p{Lu}/u.test(part) || /^\d/.test(part))) return false;
	if (TLD.test(value) && !/\d$/.test(value)) return false;
	return !value.split(/[-.+]/).some((part) => PATH_WORDS.test(part) || /^(?:pass\w*|secrets?|tokens?|keys?|www|com|org|net|json|yaml|txt)$/i.test(part));
}
/** Round 17: two to seven words of two letters or more joined by separators, maybe a number and a symbol after them,
*  where the separators are not all the same and one is `!`, `*`, `#`, `&`, `%`, `^`, `~` or `?` (not `+`, which tags
*  e-mail addresses, nor `.`/`-`/`_`, which join the words of names). Bounded: at most seven words of 32 letters. */
var MIXED_JOIN = /^\p{L}{2,32}(?:[-.+*!#&%^~?_]\p{L}{2,32}){1,6}(?:[-.+*!#&%^~?_]?\d{1,4})?[!?#$%&*@^]{0,2}$/u;
function mixedJoinedWords(value) {
	if (!MIXED_JOIN.test(value)) return false;
	const joins = value.replace(/[!?#$%&*@^]{1,2}$/, "").match(/[-.+*!#&%^~?_](?=[\p{L}\d])/gu) ?? [];
	return new Set(joins).size >= 2 && joins.some((j) => /[*!#&%^~?]/.test(j));
}
/** `length=12`, `user=admin`: a name given a value, not a value; one holding `=` more than once after a short head is
*  no assignment (`GP=tfRCRS=bs45`). */
function assignmentToken(value) {
	return /^[\p{L}\p{N}_-]{2,}=[^=]/u.test(value) && (/^[\p{L}\p{N}_-]{3,}=/u.test(value) || !/=.*=/.test(value));
}
/** Letters of the token in word-like pieces (Latin script only; other scripts count as words). */
function lettersReadAsWord(value, share = 1) {
	const pieces = value.split(/[^\p{L}]+/u).filter((p) => p.length >= 3);
	if (pieces.length === 0) return false;
	return pieces.filter((p) => !/^[a-z]+$/i.test(p) || wordScore(p.toLowerCase()) >= 0).length >= pieces.length * share;
}
/**
* `next`: the first token after a password word and its separator (`Пароль — Café33`), where a word with a number
* counts too; `after`: a later token of its sentence; `before`: a token before one (`X is the password`), where only
* a shape beyond doubt counts (three classes, or letters, digits and a symbol, or machine-random).
*/
function passwordTokenShape(value, place) {
	if (value.length < 6 || value.length > 64) return false;
	if (value.length < 20 && /^(?:[a-z]+|[A-Z]+)$/.test(value)) return false;
	if (looksLikePlaceholder(value) || NOT_A_PASSWORD.has(value.toLowerCase())) return false;
	if (/^[$%&@#<\\/~-]|:\/\/|\\|^\p{L}[\p{L}\p{N}._-]*@[\p{L}\p{N}-]+\./u.test(value)) return false;
	if (/^!\p{L}+$/u.test(value)) return false;
	if (assignmentToken(value) && !(place !== "before" && chosenEqualsValue(value)) || /[(){}[\]]/.test(value)) return false;
	if (/^(?:pass(?:word|wort|wd)?|pwd)[\d_-]/i.test(value) && !/\d{3}/.test(value)) return false;
	if (/^pin[_-]/i.test(value)) return false;
	if (/^v?\d+(?:[.,:/-]\d+)+\p{L}{0,3}$/u.test(value)) return false;
	if (/^\d+(?:[.,]\d+)?\p{L}{1,3}$/u.test(value) || /^\p{L}{1,3}\d{1,5}$/u.test(value) && !(place === "next" && /^\p{Lu}\p{Ll}{2}\d{3,5}$/u.test(value))) return false;
	if (/^[A-Z]{1,6}[-#]?\d{1,4}[a-z]{0,2}$|^[A-Za-z][a-z]{1,10}\d$/.test(value)) return false;
	if (/\.[a-z]{2,4}$/.test(value) && /^[\p{L}\p{N}_-]+\.[a-z]{2,4}$/u.test(value)) return false;
	if (TLD.test(value) && /^[a-z0-9.-]+$/.test(value) && !/\d$/.test(value)) return false;
	if (/^\d[\d\s.,/-]*$/.test(value)) return false;
	if (/::|^[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}$/i.test(value)) return false;
	if (/.["`]|^[\p{L}\p{N}_-]+(?:\/[\p{L}\p{N}_-]+)+$/u.test(value) && !/^\p{L}{3,}\d{1,4}\/\d{1,4}$/u.test(value)) return false;
	if (/^\p{L}+[!?¡¿]+$|^\p{L}+['’]\p{L}+$/u.test(value)) return false;
	if (passphraseToken(value)) return true;
	const c = counts(value);
	if (c.letters < 2) return false;
	if (mixedJoinedWords(value)) return true;
	if (value.split(/[^\p{L}]+/u).filter((p) => p.length >= 2).length >= 3 && lettersReadAsWord(value, .75)) return false;
	if (looksMachineRandom(value, "keyed")) return true;
	const classes = (c.upper > 0 ? 1 : 0) + (c.lower > 0 ? 1 : 0) + (c.digits > 0 ? 1 : 0) + (c.symbols > 0 ? 1 : 0);
	if (/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/.test(value) && c.digits === 0) return false;
	if (place === "before") return c.upper > 0 && c.lower > 0 && c.digits > 0 && value.length >= 8 || c.strongSymbols > 0 && c.digits > 0;
	if (classes < 2 || c.digits === 0 && c.symbols === 0) return false;
	if (/^\p{L}{4,}\d{2,4}\p{L}{4,}$/u.test(value) && !/^base\d|(?:en|de)cod/i.test(value)) return true;
	if (place !== "next" && c.symbols === 0 && c.digits <= 2 && lettersReadAsWord(value)) return false;
	if (c.strongSymbols > 0) return true;
	if (c.digits >= 3) return true;
	if (c.upper > 0 && c.lower > 0 && c.digits >= 2) return true;
	return c.digits > 0 && !lettersReadAsWord(value) && value.length >= 8;
}
// src/core/redaction/rules/password-context.ts
/** Password words written in Latin script, matched at a word start with a short inflection after them. */
var LATIN_WORDS = [
	"password",
	"passwort",
	"kennwort",
	"passphrase",
	"passcode",
	"passwd",
	"pwd",
	"pw",
	"mots? de passe",
	"contrase[ñn]a",
	"contrasenya",
	"contrasinal",
	"senha",
	"clave",
	"wachtwoord",
	"wagwoord",
	"l[öo]senord",
	"passord",
	"adgangskode",
	"kodeord",
	"salasana",
	"tunnussana",
	"has[łl]o",
	"heslo",
	"jelsz[óo]",
	"jelszav",
	"parol[aăe]",
	"parool",
	"salas[õo]na",
	"[şs]ifre",
	"[šs]ifra",
	"lozink",
	"geslo",
	"slapta[žz]od",
	"lykilor[ðd]",
	"kata (?:sandi|laluan)",
	"katalaluan",
	"katasandi",
	"m[ậa]t kh[ẩa]u",
	"nenosiri",
	"neno la siri",
	"pasahitz",
	"pasvort",
	"cyfrinair",
	"fjal[ëe]kalim",
	"passwuert",
	"lösen",
	"kodikos",
	"[şs][iî]fr[əe]",
	"parol",
	"i?phasiwedi",
	"phasewete",
	"pasiwedhi",
	"paswedi",
	"kalmar (?:sirri|wucewa)",
	"a[sṣ][ií]n[aà]",
	"okwuntughe",
	"furaha sirta",
	"erayga sirta",
	"ijambo ry['’]ibanga",
	"tenimiafina",
	"pasfhocal",
	"focal faire",
	"facal[ -]faire",
	"ger-tremen",
	"loyniorð",
	"kupuhipa",
	"modpas",
	"kontrasenyas?",
	"tembung sandh?i",
	"kecap sandi",
	"a[çc]ar s[öo]z",
	"maxfiy so[ʻ'’`]?z",
	"q[uü]piya s[öo]z",
	"pasvorto",
	"senhal",
	"passwurd",
	"wachtwurd",
	"salasõn",
	"parulla",
	"pswd?",
	"pword",
	"pass(?=[ \\t]{0,2}[:：][ \\t])",
	"contra(?=[ \\t]{0,2}[:：][ \\t])",
	"zaporka",
	"palavra passe",
	"hes[łl]o",
	"nywila",
	"pakasqa simi",
	"ñe['’]?[ẽe]ñemi",
	"[ʻ'’]?[ōo]lelo h[ūu]n[āa]",
	"mawu achinsinsi",
	"lefoko la sephiri",
	"jecha darbii",
	"ijambobanga",
	"upu fa['’]?ataga",
	"lea fakapulipuli",
	"pled clav",
	"peraule cl[aâ]f",
	"contrasigno",
	"beassans[áa]tni",
	"igama lokugqitha",
	"p/w",
	"(?:wi-?fi|wlan|wpa2?|network|netzwerk|r[ée]seau|rede|red|sieci|mạng)[ -]?(?:key|schl[üu]e?ssel|cl[ée]|clave|chave|klucz|kulcs|avain|nyckel|n[øo]kkel|sleutel)",
	"(?:key|cl[ée]|clave|chave|chiave|klucz|sleutel)[ -](?:(?:du|de|do|da|del|della|van|het)[ -])?(?:la[ -])?(?:wi-?fi|wlan|wpa2?|r[ée]seau|rede|red|sieci)",
	"pass(?=[ \\t]{1,3}(?:wi-?fi|wlan|wifi)\\b)",
	"baatu j[àa]ll",
	"kecap konci",
	"[ʻ'’]?upu fa[ʻ'’]?alilolilo",
	"lo lus zais",
	"tesser(?:a|ae)",
	"verbum (?:tesserae|arcanum|secretum)",
	"parol+a d['’]ordine",
	"pasword",
	"passwrd",
	"psswd?",
	"passw(?=[ \\t]{0,2}[:：])"
];
/** Round 17: the words for a PIN and an access code, which people give the same way as a password ("the pin for the
*  vault is X", `PIN-Code: X`, `code d'accès : X`, `kod dostępu X`, `пин-код X`). `pin` alone only as a whole word
*  (`pinned`, `pinch`, `pint` are other words); shapes still decide, so digits alone (`PIN 4921`, a door code) and
*  versions (`pin it to 1.2.3`) stay. Kept out of `endsWithPasswordWord`: a PIN label does not make a phrase of words
*  a passphrase. Sources: the PIN and access-code strings of the Android, GNOME and KDE message catalogues
*  (`PIN-Code`, `code PIN`, `código PIN`, `codice PIN`, `kod PIN`, `PIN kodu`, `PIN-koodi`, `PIN-kód`, `пин-код`,
*  `Zugangscode`, `code d'accès`, `código de acceso`, `kod dostępu`, `toegangscode`, `adgangskode`). */
var PIN_WORDS = [
	"pin(?:[ -]?(?:code|kode|kod|k[óo]d|koodi|kodu|nummer|number|numero|n[úu]mero|numer|nr)|(?![\\p{L}\\p{N}_-]))",
	"code[ -]pin",
	"c[óo]digo[ -]pin",
	"codice[ -]pin",
	"kod[ -]pin",
	"numer[ -]pin",
	"num[ée]ro[ -]pin",
	"access code",
	"code d['’]acc[èe]s",
	"c[óo]digo de acc?esso?",
	"codice di accesso",
	"zugangscode",
	"toegangscode",
	"kod dost[ęe]pu",
	"p[řr][íi]stupov[ýy] k[óo]d",
	"hozz[áa]f[ée]r[ée]si k[óo]d",
	"p[äa][äa]sykoodi",
	"[åa]tkomstkod",
	"tilgangskode"
];
/** Round 17: the same words in scripts matched anywhere (only whole compounds: `пин` alone is inside `пингвин`). */
var PIN_SCRIPT_WORDS = [
	"пин-код",
	"пинкод",
	"ПИН-код",
	"код доступа",
	"код за достъп",
	"PIN码",
	"PIN碼",
	"PIN番号",
	"PIN 번호",
	"PIN코드",
	"κωδικός PIN"
];
/** Password words of other scripts, matched anywhere (no spaces around words in Thai, Lao, Khmer, Burmese, CJK). */
var SCRIPT_WORDS = [
	"парол",
	"лозинк",
	"шифр",
	"гасл",
	"құпия сөз",
	"нууц үг",
	"κωδικ",
	"συνθηματικ",
	"סיסמ",
	"كلمة المرور",
	"كلمة السر",
	"كلمة مرور",
	"رمز عبور",
	"رمز المرور",
	"گذرواژه",
	"کلمه عبور",
	"پاس ورڈ",
	"پاسورڈ",
	"पासवर्ड",
	"कूटशब्द",
	"पासवर्ड",
	"পাসওয়ার্ড",
	"পাসওয়ার্ড",
	"ਪਾਸਵਰਡ",
	"પાસવર્ડ",
	"கடவுச்சொல்",
	"పాస్‌వర్డ్",
	"పాస్వర్డ్",
	"ಪಾಸ್‌ವರ್ಡ್",
	"ಪಾಸ್ವರ್ಡ್",
	"പാസ്‌വേഡ്",
	"പാസ്വേഡ്",
	"รหัสผ่าน",
	"ລະຫັດຜ່ານ",
	"ពាក្យសម្ងាត់",
	"စကားဝှက်",
	"პაროლ",
	"գաղտնաբառ",
	"የይለፍ ቃል",
	"密码",
	"密碼",
	"口令",
	"パスワード",
	"暗証番号",
	"비밀번호",
	"암호",
	"የይለፍ ቃ",
	"መሕለፊ ቃል",
	"මුරපද",
	"මුරපදය",
	"கடவுச்சொ",
	"பாஸ்வேர்ட்",
	"సంకేతపద",
	"ಗುಪ್ತಪದ",
	"രഹസ്യവാക്ക്",
	"संकेतशब्द",
	"गुप्तशब्द",
	"ପାସୱାର୍ଡ",
	"ପାସ୍‌ୱାର୍ଡ",
	"পাছৱৰ্ড",
	"پټنوم",
	"پاسورډ",
	"وشەی نهێنی",
	"تێپەڕەوشە",
	"پاسورڊ",
	"الرقم السري",
	"رمز الدخول",
	"كلمة سر",
	"گذرواژه",
	"رمز ورود",
	"פּאַראָל",
	"פאראל",
	"קוד גישה",
	"сырсөз",
	"серсүз",
	"серһүҙ",
	"құпиясөз",
	"гузарвожа",
	"рамз",
	"พาสเวิร์ด",
	"ລະຫັດ",
	"លេខសម្ងាត់",
	"လျှို့ဝှက်နံပါတ်",
	"གསང་ཚིག",
	"პაროლი",
	"საიდუმლო კოდ",
	"գաղտնագիր",
	"パスコード",
	"암호",
	"패스워드",
	"비번",
	"通行码",
	"通關密語",
	"暗号",
	"ভেদশব্দ",
	"গোপন শব্দ",
	"پارول",
	"پسورد",
	"پاسورد",
	"باسورد",
	"الباسورد",
	"كلمه المرور",
	"كلمه السر",
	"كلمة مرور",
	"ޕާސްވޯޑް",
	"ይለፍ ቃ"
];
/** Round 13: the same words for the prose rules (password-forms.ts), which match case-sensitively: the lower-case and
*  title-case spelling of each word of a cased script (`parol`, `Parol`, `Құпия сөз`; never `PaROL`). */
var PASSWORD_WORDS_CASED = [...LATIN_WORDS, ...SCRIPT_WORDS].map((word) => /^\p{Ll}/u.test(word) ? `[${word[0].toUpperCase()}${word[0]}]${word.slice(1)}` : word).join("|");
/** A space inside a Latin entry may be written as nothing or a hyphen (`açarsöz`, `palavra-passe`, `motdepasse`). */
var LATIN_PATTERN = LATIN_WORDS.map((word) => word.replace(/ (?![^[]*\])/g, "[ \\-]?")).join("|");
var wordPattern = (latin, script) => new RegExp(`(?:(?<![\\p{L}\\p{N}_$@./\\\\-])|(?<=(?:^|[\\s"'(])(?:il|l|al|el|ul|an|ar|as|at|ad|az|ash)-))(?:${latin})(?!less)\\p{L}{0,4}(?![\\p{L}\\p{N}])|${script.join("|")}`, "giu");
/** Round 17: with the PIN and access-code words; the label test below keeps the password words alone. */
var WORD_RE = wordPattern(`${LATIN_PATTERN}|${PIN_WORDS.map((word) => word.replace(/ (?![^[]*\])/g, "[ \\-]?")).join("|")}`, [...SCRIPT_WORDS, ...PIN_SCRIPT_WORDS]);
var PASSWORD_WORD_RE = wordPattern(LATIN_PATTERN, SCRIPT_WORDS);
/** A password word of any of those languages in `value` (`Lagre passord`, `Mot de passe oublié ?`, `Neues Passwort`). */
var WORD_TEST = new RegExp(WORD_RE.source, "iu");
var holdsPasswordWord = (value) => WORD_TEST.test(value);
var ENDING_WORD = new RegExp(`(?:${PASSWORD_WORD_RE.source})\\p{L}{0,4}$`, "iu");
/** Round 14: a label that ends in a password word (`Passphrase`, `Wi-Fi password`, `Mot de passe`), not one that
*  names something about it (`Password hint`, `Passwort vergessen`). */
var endsWithPasswordWord = (label) => ENDING_WORD.test(label);
/** Right after the word, code punctuation makes it a name: `password)`, `password,`, `password.length`, `"password":`. */
var NAME_AFTER = /^(?:[()[\]{};"'`=&|+*/<>]|[,?!](?=\S)|\.[\p{L}_$]|-[\p{L}])/u;
/** Tokens that end the window: code (brackets, statements, operators) and sentence ends. */
var CODE_TOKEN = /[(){};[\]]|^(?:==|!=|&&|\|\||\+|\?|=>|<|>)$/;
var LEADING = /^(?:["'`“”«»‘’„‚‹›([<「『【]|\*\*)+/;
var TRAILING = /(?:["'`“”«»‘’„‚‹›)\]>」』】,;:.?。、，]|\*\*)+$/;
/** Separators of notes and tables that carry nothing: `:`, `-`, `—`, `->`, `|`, dotted leaders. */
var SEPARATOR_ONLY = /^(?:[:：=|│→⇒>—–?？-]|->|=>|[.…·_-]{2,})+$/;
/** Whitespace-separated tokens of `text` from `from` to `to`, with quotes, brackets and sentence punctuation cut off. */
function tokens(text, from, to, limit) {
	const out = [];
	const re = /[^\s\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\u3000-\u303f\uff01-\uff0f\uff1a-\uff20]+/gu;
	const window = text.slice(from, to);
	let m;
	while (out.length < limit && (m = re.exec(window)) !== null) {
		const raw = m[0];
		const lead = LEADING.exec(raw)?.[0].length ?? 0;
		const trail = TRAILING.exec(raw.slice(lead))?.[0].length ?? 0;
		const start = from + m.index + lead;
		const end = from + m.index + raw.length - trail;
		out.push({
			start,
			end,
			last: /[.?!。]["'”»)]*$/.test(raw) && /^\p{L}+$/u.test(text.slice(start, end)),
			code: CODE_TOKEN.test(raw.slice(lead, raw.length - trail)),
			name: /[:=]$/.test(raw)
		});
	}
	return out;
}
/** The end of the window after the word: the line, or the next line when the word ends its own (`Password:` ⏎ `X`). */
function windowAfter(text, from) {
	const found = text.slice(from, from + 200).indexOf("\n");
	const lineEnd = found === -1 ? Math.min(text.length, from + 200) : from + found;
	const rest = text.slice(from, lineEnd).trim().replace(/["'`*]/g, "");
	if ((rest === "" || SEPARATOR_ONLY.test(rest)) && lineEnd < text.length && text[lineEnd] === "\n") {
		const next = text.slice(lineEnd + 1, lineEnd + 200).indexOf("\n");
		return next === -1 ? Math.min(text.length, lineEnd + 200) : lineEnd + 1 + next;
	}
	return lineEnd;
}
/** Tokens read after the word. Round 17: 14, not 10 — a correction runs longer than a statement ("the pin for the
*  shared vault is not 1234 anymore, it is X", "ist nicht mehr 1234, jetzt ist es X"); the window still ends with the
*  line (200 characters at most) and at code or a sentence end. */
var AFTER_TOKENS = 14;
function* find$9(text) {
	const re = new RegExp(WORD_RE.source, WORD_RE.flags);
	let match;
	let done = 0;
	while ((match = re.exec(text)) !== null) {
		const wordEnd = match.index + match[0].length;
		if (NAME_AFTER.test(text.slice(wordEnd, wordEnd + 2))) continue;
		const afterFrom = Math.max(wordEnd, done);
		const after = tokens(text, afterFrom, windowAfter(text, wordEnd), AFTER_TOKENS);
		let first = afterFrom === wordEnd;
		for (const token of after) {
			if (token.code) break;
			const value = text.slice(token.start, token.end);
			if (SEPARATOR_ONLY.test(value) || value === "") continue;
			const place = first ? "next" : "after";
			first = false;
			if (/^[:：](?:\s|$)/.test(text.slice(token.end, token.end + 2))) continue;
			if (token.start >= done && passwordTokenShape(value, place)) {
				done = token.end;
				yield {
					start: token.start,
					end: token.end
				};
			}
			if (token.last) break;
		}
		const from = Math.max(0, match.index - 120);
		const before = tokens(text, Math.max(from + text.slice(from, match.index).lastIndexOf("\n") + 1, match.index - 60), match.index, 12).slice(-5);
		for (let i = before.length - 1; i >= 0; i--) {
			const token = before[i];
			if (token.code || token.name || token.last && i < before.length - 1) break;
			if (token.end > match.index || token.start < done) continue;
			if (passwordTokenShape(text.slice(token.start, token.end), "before")) yield {
				start: token.start,
				end: token.end
			};
		}
	}
}
var passwordContextRules = [{
	id: "password-nearby",
	kind: "password",
	level: "secrets",
	priority: 78,
	description: "A password-shaped token (not a word, mixes classes, a passphrase or machine-random) among the fourteen tokens after a password word of ~70 languages (round 17: or a PIN or access-code word) in the same sentence (across a line break after `Password:`), or one of the five before it (\"X is the password\")",
	find: (text) => [...find$9(text)]
}];
// src/core/redaction/rules/ui-strings.ts
/** Words of letters only (any script, `'`, `’`, `-` inside), one space apart, with a sentence's end or a label's colon. */
var WORDS = /^\p{L}[\p{L}\p{M}'’-]*(?: \p{L}[\p{L}\p{M}'’-]*){0,7}[ \u00a0]?[.:!?…]?$/u;
/** A value that is interface text about a password, not one: words naming the password itself (`Lagre passord`,
*  `Contraseña incorrecta`), a label ending in a colon (`Engangskode:`), or a phrase in sentence case — a capital
*  first and none after (`Send engangskode`, `Ugyldig engangskode`); a passphrase is written in one case (`open
*  sesame`, `correct horse battery staple`) or glued. No digit or symbol of a chosen password may be in it. */
function passwordUiText(value) {
	if (!WORDS.test(value)) return false;
	if (/:$/.test(value) || holdsPasswordWord(value)) return true;
	const words = value.replace(/[ \u00a0]?[.:!?…]$/, "").split(" ");
	return words.length >= 2 && /^\p{Lu}/u.test(words[0]) && !/\p{Lu}/u.test(words.slice(1).join(" ")) && !/\p{Lu}/u.test(words[0].slice(1));
}
// src/core/redaction/rules/key-providers-data.ts
var DETECTOR_PROVIDERS = `
abuseipdb abyssale accuweather adafruitio adobeio adzuna aeroworkflow airbrake airship airvisual aiven alconost
alegra aletheiaapi alienvault allsports amadeus ambee anypoint apacta api2cart apideck apiflash apifonica apify
apilayer apimatic apimetrics apitemplate appcues appfollow appointedd appsynergy apptivo artsy atera
atlassiandatacenter autodesk autoklose avaza aviationstack axonaut aylien ayrshare azureapimanagement
azureappconfig azurebatch azurecontainerregistry azurecosmosdb azuredevops azuredirectmanagement azureentra
azurefunction azureopenai azuresas azuresearch azurestorage bannerbear baremetrics beebole besnappy besttime
betterstack billomat bitbar bitcoinaverage bitly bitmex blazemeter blitapp blocknative blogger bombbomb boostnote
borgbase braintreepayments braintrust brandfetch browserstack browshot buddyns budibase bugherd bulksms buttercms
calendarific calorieninja campayn cannyio capsulecrm captaindata carboninterface cashboard caspio censys
centralstationcrm cexio chartmogul chatfule checio checklyhq checkvist clickhelp clicksendsms cliengo clientary
clinchpad clockify clockworksms closecrm cloudconvert cloudelements cloudimage cloudmersive cloudplan cloudsmith
cloverly clustdoc codacy codeclimate codemagic codequiry coinapi coinlayer coinlib commercejs companyhub confluent
conversiontools convertapi convertkit convier countrylayer craftmypdf crowdin cryptocompare currencycloud
currencyfreaks currencylayer currencyscoop currentsapi customerguru customerio d7network dailyco dareboost databox
datagov deepai demio detectify detectlanguage dfuse diffbot diggernaut disqus dnscheck docparser documo dotdigital
dovico dronahq droneci duffel duply dwolla dynalist dyspatch eagleeyenetworks easyinsight ecostruxureit edamam
edenai eightxeight elasticemail enablex endorlabs ethplorer everhour exchangerateapi exchangeratesapi exportsdk
extractorapi faceplusplus fastforex feedier fetchrss fibery fileio finage financialmodelingprep finnhub fixerio
flatio fleetbase flexport flickr flightapi flightlabs flightstats flowflu formbucket formcraft formio formsite
frameio freshbooks fulcrum fxmarket gcpapplicationdefaultcredentials geckoboard gengo geoapify geocodify geocodio
geoipifi getemail getemails getgeoapi getgist getresponse getsandbox githubapp gitter glassnode gocanvas gocardless
godaddy goodday googlegemini graphcms graphhopper groovehq gtmetrix guardianapi gyazo happyscribe hashicorpvault
hashicorpvaultauth hasura helpcrunch hereapi hiveage holidayapi html2pdf hybiscus hypertrack ibmcloud iconfinder
iexapis iexcloud imagekit imagga insightly instabot instamojo interseller intra42 intrinio invoiceocean ip2location
ipapi ipgeolocation ipinfodb ipquality jupiterone kanbantool karmacrm keenio kickbox klaviyo klipfolio knapsackpro
kontent kucoin kylas langfuse languagelayer larksuite leadfeeder lemlist lendflow lessannoyingcrm lexigram
linearapi linemessaging linenotify linkpreview liveagent livestorm loadmill locationiq loginradius logzio lokalise
loyverse lunchmoney madkudu magicbell mailboxlayer mailerlite mailjetbasicauth mailjetsms mailmodo mailsac
marketstack mattermost mavenlink maxmindlicense meaningcloud mediastack meistertask meraki mesibo metaapi metrilo
microsoftteams mindmeister mixmax mockaroo monkeylearn moonclerk moosend mrticktock myfreshworks myintervals
nasdaqdatalink nethunt netsuite neutrinoapi newrelicinsights newrelicpersonal newscatcher nftport ngrok nicereply
nimble nozbeteams numverify nutritionix nvapi nylas oanda octopusdeploy omnisend onedesk onepagecrm onesignal
onfleet oopspam openaiadmin opencagedata openrouter openuv overloop owlbot packagecloud pagarme pandascore
paperform paralleldots parsehub parseur partnerstack pastebin paydirtapp paymoapp paymongo pdflayer pdfshift
peopledatalabs pepipost pganalyzeread photoroom pinata pipedream pivotaltracker pixabay planetscaledb
planviewleankit planyo podio pollsapi poloniex portainer positionstack postageapp postbacks powrbot prefect prodpad
prospectcrm protocolsio proxycrawl pubnub purestake pushbullet pusherchannel qualaroo qubole railwayapp reachmail
reallysimplesystems rebrandly rechargepayments redhatpyxis rentman repairshopr replyio requestfinance
restpackhtmltopdfapi restpackscreenshotapi revampcrm ringcentral ritekit robinhoodcrypto rocketreach rootly
route4me rownd runrunit saladcloud salesblink salescookie salesflare salesforcerefresh salesmate satismeter
saucelabs scalr scrapeowl scraperapi scraperbox scrapestack scrapfly scrapingant scrapingbee screenshotapi
screenshotlayer scrutinizerci securitytrails selectpdf sendbird sentryorg serphouse serpstack sheety sherpadesk
shipday shippo shotstack shutterstock signable signalwire signaturit signupgenius sigopt simfin simplesat
simplynoted simvoly sinchmessage siteleaf skrappio skybiometry smartsheets smartystreets smooch snipcart
solarwindsobservability sourcegraph sourcegraphcody spectralops speechtextai splunkobservability spoonacular
sportsmonk squareapp sslmate statuscake statuspal stitchdata stockdata storecove stormboard stormglass storychief
strava stripepaymentintent stripo sugester supernotesapi surveyanyplace surveybot surveysparrow survicate swiftype
tailscale tallyfy tatumio taxjar teamgate teamworkcrm teamworkdesk teamworkspaces technicalanalysisapi teletype
telnyx terraformcloud testingbot textmagic theoddsapi thinkific thousandeyes tickettailor tiingo timecamp
timezoneapi tmetric todoist toggltrack tokeet tomorrowio tradier travelpayouts travisci trufflehogenterprise
twelvedata twitterconsumer tyntec typetalk ubidots uclassify unifyid unplugg upcdatabase uplead uptimerobot upwave
urlscan userflow userstack vagrantcloud vatlayer vbout verimail veriphone versioneye viewneo visualcrossing
voiceflow voicegain voodoosms vouchery vpnapi walkscore weatherbit weatherstack web3storage webexbot webscraper
webscraping websitepulse weightsandbiases wepay whoxy wistia worksnaps workstack worldcoinindex worldweather wrike
yandex youneedabudget yousign zendeskapi zenkitapi zenrows zenscrape zenserp zeplin zerobounce zerotier zipapi
zipbooks zipcodeapi zipcodebase zohocrm zonkafeedback zulipchat
`;
// src/core/redaction/rules/key-context.ts
/** Services whose keys people paste: clouds, AI APIs, payments, messaging, CI/CD, observability, SaaS. Names that are
*  everyday words (Square, Box, Linear, Vault, Checkout, Render, Segment…) are left out: `git checkout <sha>` is no key. */
var PROVIDERS = `
aws amazon azure gcp google firebase gcloud alibaba aliyun tencent baidu huawei oracle oci ibm hetzner linode akamai
vultr digitalocean scaleway cloudflare fastly heroku netlify vercel flyio supabase planetscale neon mongodb redis
upstash cockroach fauna couchbase elasticsearch algolia meilisearch typesense pinecone weaviate qdrant openai
anthropic claude cohere mistral huggingface replicate groq perplexity xai deepseek gemini vertex fireworks anyscale
stability midjourney elevenlabs assemblyai deepgram langchain langsmith llamaindex ollama jina clarifai runpod github
gitlab bitbucket gitea atlassian jira confluence trello asana clickup notion airtable basecamp slack discord telegram
webex twilio vonage nexmo plivo messagebird sinch sendgrid mailgun mailchimp mandrill postmark sparkpost sendinblue
brevo mailjet resend mailersend stripe paypal braintree adyen klarna razorpay paystack flutterwave mollie plaid
transferwise coinbase binance kraken bitfinex bitstamp alpaca shopify woocommerce bigcommerce magento etsy ebay
amazonpay gumroad paddle lemonsqueezy chargebee recurly datadog dd newrelic sentry bugsnag rollbar honeycomb grafana
prometheus splunk sumologic loggly papertrail logdna mezmo dynatrace appdynamics pagerduty opsgenie statuspage
launchdarkly optimizely mixpanel amplitude posthog hotjar fullstory intercom zendesk freshdesk helpscout hubspot
salesforce pipedrive zoho marketo okta auth0 onelogin keycloak cognito stytch jumpcloud twitter facebook instagram
whatsapp linkedin tiktok snapchat pinterest reddit youtube spotify twitch vimeo dropbox onedrive sharepoint gdrive
mapbox tomtom openweather weatherapi ipinfo ipstack abstractapi rapidapi newsapi yelp foursquare unsplash pexels giphy
imgur cloudinary imgix uploadcare filestack contentful strapi prismic storyblok wordpress docker dockerhub npm npmjs
pypi rubygems nuget packagist artifactory jfrog sonar sonarqube sonarcloud snyk circleci travis jenkins buildkite
teamcity codecov coveralls terraform hashicorp pulumi doppler infisical onepassword 1password lastpass bitwarden
mapquest nasa shodan virustotal clearbit fullcontact zapier ifttt airbyte fivetran snowflake databricks bigquery
redshift looker tableau metabase retool webflow wix squarespace figma canva miro calendly docusign hellosign pandadoc
typeform jotform surveymonkey qualtrics eventbrite ticketmaster doordash instacart yodlee finicity
alchemy infura quicknode moralis etherscan ankr chainstack openweathermap
quiknode blastapi getblock nodereal drpc llamarpc pokt tatum bscscan polygonscan arbiscan helius
qiniu upyun dingtalk feishu larksuite wechat weixin wecom alipay volcengine bytedance jdcloud ucloud ksyun kingsoft
yandex sber sberbank kakao naver paytm phonepe mercadopago mercadolibre rakuten
`.split(/\s+/).filter(Boolean);
/** Key words, Latin script, matched as whole name parts (lower case, accents kept and folded). */
var KEY_WORDS = `
key keys apikey apikeys api_key token tokens secret secrets password passwords passwd pwd pass passphrase passcode
credential credentials creds cred auth bearer pat sas signature sig hmac pepper salt privatekey
schlussel schluessel geheim geheimnis passwort kennwort zugangsschlussel cle clef clave llave contrasena secreto chave
senha segredo chiave segreto sleutel wachtwoord geheime klucz haslo sekret nyckel losenord nogle nokkel adgangskode
passord avain salasana kulcs jelszo anahtar sifre parola kunci sandi rahasia khoa matkhau lozinka geslo kljuc heslo
klic tajne tajny parool votme atslega slaptazodis raktas
kluc kluca kluce klic klice klicem tajny tajna tajne titkos titok salainen salaisuus salajane voti slepena slepenais
slaptas hemlig hemmelig hemmelighet leyndarmal lykill eochair allwedd gako clau celes celesi acar gizli ufunguo siri susi
lihim sirri cheie secreta secretul secretkey kulci schlussels jeton geheimschlussel zugangstoken apitoken
appid appkey accesskey authkey licensekey subscriptionkey clientsecret
`.split(/\s+/).filter(Boolean);
/** Key words of scripts written without spaces or with their own letters, matched inside the text. */
var SCRIPT_KEY_WORDS = [
	"токен",
	"секрет",
	"пароль",
	"кључ",
	"лозинка",
	"κλειδί",
	"κωδικός",
	"מפתח",
	"סיסמה",
	"סוד",
	"مفتاح",
	"رمز",
	"كلمة المرور",
	"توكن",
	"سر",
	"کلید",
	"گذرواژه",
	"पासवर्ड",
	"कुंजी",
	"टोकन",
	"কী",
	"пасворд",
	"密钥",
	"秘钥",
	"金鑰",
	"令牌",
	"密码",
	"密碼",
	"口令",
	"鍵",
	"キー",
	"トークン",
	"パスワード",
	"シークレット",
	"키",
	"토큰",
	"비밀번호",
	"암호",
	"시크릿",
	"รหัสผ่าน",
	"กุญแจ",
	"โทเค็น",
	"คีย์",
	"ลับ",
	"გასაღებ",
	"საიდუმლო",
	"բանալի",
	"գաղտնի",
	"ቁልፍ",
	"ምስጢር",
	"சாவி",
	"விசை",
	"চাবি",
	"গোপন",
	"गुप्त",
	"кілт",
	"калит",
	"ачкыч",
	"таємн",
	"тайн",
	"секретн",
	"ключ",
	"סודי",
	"سرّي",
	"السري",
	"چابی",
	"កូនសោ",
	"သော့",
	"秘密",
	"金钥",
	"機密",
	"비밀",
	"シークレットキー",
	"阿里云",
	"腾讯云",
	"百度云",
	"华为云",
	"京东云",
	"七牛",
	"又拍云",
	"企业微信",
	"微信",
	"钉钉",
	"飞书",
	"支付宝",
	"火山引擎",
	"Яндекс",
	"ВКонтакте",
	"Сбер",
	"カカオ",
	"楽天",
	"카카오",
	"네이버"
];
/** Round 11: with the services of TruffleHog's detectors (key-providers-data.ts), matched as whole name parts only. */
var PROVIDER_SET = /* @__PURE__ */ new Set([...PROVIDERS, ...DETECTOR_PROVIDERS.split(/\s+/).filter(Boolean)]);
var KEY_WORD_SET = new Set(KEY_WORDS);
var SCRIPT_RE = new RegExp(SCRIPT_KEY_WORDS.join("|"));
/** Words that say a hex run or id next to a key word is something public (`GPG key 3AA5C343…`, `key id`). */
var PUBLIC_WORDS = /* @__PURE__ */ new Set([
	"public",
	"pub",
	"fingerprint",
	"gpg",
	"pgp",
	"checksum",
	"hash",
	"sha",
	"sha1",
	"sha256",
	"sha512",
	"md5",
	"digest",
	"commit",
	"id",
	"ids",
	"uuid",
	"guid",
	"integrity",
	"nonce",
	"ssh",
	"rsa",
	"ed25519",
	"version",
	"cache",
	"idempotency",
	"primary",
	"foreign",
	"sort",
	"partition",
	"object",
	"map",
	"hot"
]);
/** `getAPIKey_v2` → get, api, key, v, 2: one pass by hand (regexes here were a third of the rule's time on long lines). */
function asciiParts(text) {
	const words = [];
	let word = "";
	let kind = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		const k = c >= 97 && c <= 122 ? 1 : c >= 65 && c <= 90 ? 2 : c >= 48 && c <= 57 ? 3 : 0;
		if (k === 0) {
			if (word) words.push(word);
			word = "";
		} else if (word && k === 3 !== (kind === 3)) {
			words.push(word);
			word = String.fromCharCode(k === 2 ? c + 32 : c);
		} else if (k === 2 && kind === 1) {
			words.push(word);
			word = String.fromCharCode(c + 32);
		} else if (k === 1 && kind === 2 && word.length > 1) {
			words.push(word.slice(0, -1));
			word = word.slice(-1) + String.fromCharCode(c);
		} else word += String.fromCharCode(k === 2 ? c + 32 : c);
		kind = k;
	}
	if (word) words.push(word);
	return words;
}
function parts(text) {
	if (!/[\u0080-\uffff]/.test(text)) return asciiParts(text);
	return text.replace(/([\p{Ll}\d])(\p{Lu})/gu, "$1 $2").replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, "$1 $2").toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/ß/g, "ss").replace(/ł/g, "l").replace(/ø/g, "o").replace(/æ/g, "ae").split(/[^a-z0-9]+/);
}
/** A provider's name with a word glued after it (`algoliasearch`, `openweathermap`, `stripejs`): names of six letters
*  or more only, so short ones (`aws`, `npm`, `dd`) never start an ordinary word. */
var LONG_PROVIDERS = PROVIDERS.filter((p) => p.length >= 6 && /^[a-z]+$/.test(p));
function providerPrefix(word) {
	if (word.length < 8 || word.length > 24) return false;
	for (const p of LONG_PROVIDERS) if (word.startsWith(p) && word.length - p.length <= 10) return true;
	return false;
}
/** Round 11: a key word with a definite or case ending (Norwegian `hemmeligheten`, `nøkkelen`, Swedish `nyckeln`,
*  Romanian `cheia`, `secretul`, Danish `nøglen`, Icelandic `lykillinn`): the stem must be a key word of five letters
*  or more, so `keyt` or `pass…` never count. */
var KEY_ENDINGS = [
	"en",
	"et",
	"ene",
	"n",
	"a",
	"ul",
	"inn",
	"in",
	"i",
	"ia",
	"s"
];
function inflectedKeyWord(word) {
	if (word.length < 6) return false;
	for (const ending of KEY_ENDINGS) if (word.endsWith(ending) && word.length - ending.length >= 5 && KEY_WORD_SET.has(word.slice(0, -ending.length))) return true;
	return false;
}
/** The key words and provider names in a short piece of text before (or around) a token. */
function keyContextOf(text) {
	const words = parts(text);
	let keyWord = /[\u0080-\uffff]/.test(text) && SCRIPT_RE.test(text);
	let provider = false;
	let publicWord = false;
	for (let i = 0; i < words.length; i++) {
		const w = words[i];
		if (KEY_WORD_SET.has(w) || inflectedKeyWord(w)) keyWord = true;
		if (PROVIDER_SET.has(w) || i > 0 && PROVIDER_SET.has(words[i - 1] + w) || providerPrefix(w)) provider = true;
		if (PUBLIC_WORDS.has(w)) publicWord = true;
	}
	return {
		keyWord,
		provider,
		publicWord
	};
}
PROVIDER_SET.size, KEY_WORD_SET.size + SCRIPT_KEY_WORDS.length;
/** A comment after the token on its line that names it (`Client(sid, "…")  # twilio auth token`). */
function commentNamesKey(text, end) {
	const after = /^["'`]?[ \t]*[),;]{0,3}[ \t]*(?:#|\/\/|--|\/\*)([^\n]{1,80})/.exec(text.slice(end, end + 100));
	if (!after) return false;
	const found = keyContextOf(after[1]);
	return (found.keyWord || found.provider) && !found.publicWord;
}
/** A key word or provider name before the token on its line (at most 60 characters back), or on the line before
*  when the token stands alone at the start of its line (`clarifai` then the key on the next line). A word that
*  names something public there (fingerprint, hash, id, commit…) turns it off, except `access key id`. */
function keyedAround(text, start, before) {
	let context = before.slice(-60);
	if (/^[ \t]*["'`]?$/.test(before)) {
		const lineStart = start - before.length;
		const prev = text.slice(Math.max(0, lineStart - 121), Math.max(0, lineStart - 1));
		context = prev.slice(prev.lastIndexOf("\n") + 1) + " " + before;
	}
	if (!/[\p{L}]/u.test(context)) return false;
	const found = keyContextOf(context.replace(/access[_ -]?key[_ -]?id/gi, "access key"));
	return (found.keyWord || found.provider) && !found.publicWord;
}
// src/core/redaction/rules/token-shapes.ts
/** Random the way keys are, by the randomness model (token-randomness.ts): upper, lower and digits mixed, entropy
*  near a uniform draw's, no word-like pieces, no counting or repeated groups; 20+ characters where values stand,
*  32+ anywhere. Code member paths and constants (`BigUint64Array.BYTES_PER_ELEMENT`) are turned away first. */
function keyLike(value, minLength) {
	if (value.length < minLength) return false;
	if (/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/.test(value) || /[A-Z]{2,}_[A-Z]{2,}/.test(value)) return false;
	return looksMachineRandom(value, minLength >= 32 ? "bare" : "placed");
}
/** Base64 of plain text (`UGF0aWVuY2UgaXMgdGhlIGtleSB0byBzdWNjZXNz`) is encoding, not a key — unless the text is a
*  credential itself (`admin:password`, a JSON `auth` block). */
function encodesPlainText(value) {
	if (!/^[A-Za-z0-9+/]{16,}={0,2}$/.test(value)) return false;
	let decoded;
	const body = value.replace(/=+$/, "");
	if (body.length % 4 === 1) return false;
	try {
		decoded = atob(body + "=".repeat((4 - body.length % 4) % 4));
	} catch {
		return false;
	}
	let printable = 0;
	for (let i = 0; i < decoded.length; i++) {
		const c = decoded.charCodeAt(i);
		if (c >= 32 && c < 127) printable++;
	}
	if (printable < decoded.length * .95 || !/^[\x20-\x7e]*[A-Za-z]{3}/.test(decoded)) return false;
	return !/^[^:\s{}"]{1,64}:\S+$|["']?(?:auths?|pass(?:word)?|token|secret|api_?key)["']?[ \t]*[:=]/i.test(decoded);
}
var HEX$1 = /^(?:[a-f0-9]{32,}|[A-F0-9]{32,})$/;
var UUID$1 = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
/** Hex and UUIDs drawn at random: not counting or repeated groups (`abcdef123456…`, the RFC's `123e4567-e89b-…`). */
var hexOrUuid = (v) => (HEX$1.test(v) && /\d/.test(v) && /[a-fA-F]/.test(v) || UUID$1.test(v)) && looksMachineRandom(v.replace(/-/g, ""), "keyed");
/** `NRAA-4780f48c…`, `PMAK-…`: a vendor's capitals, a separator, and a random or hex body. */
function capsPrefixed(value) {
	const m = /^[A-Z][A-Z0-9]{1,7}[-_]([A-Za-z0-9_-]{20,})$/.exec(value);
	if (!m || /^(?:SHA|MD|CRC|UUID|GUID|ID|REF|COMMIT|BUILD|V|VER|HASH|TX|BLOCK|ISBN|DOI)/.test(value)) return false;
	const body = m[1];
	return /^[a-f0-9]{24,}$|^[A-F0-9]{24,}$/.test(body) && /\d/.test(body) && /[a-fA-F]/.test(body) && !/(.)\1{3}/.test(body) || keyLike(body, 20);
}
/** Round 9: a token whose own capitals say it is secret — `AGE-SECRET-KEY-1…`, `ACME-PRIVATE-TOKEN-…`: a prefix of
*  capital segments, one of them a secret word, and a machine-random body. */
function selfNamed(value) {
	const m = /^((?:[A-Z][A-Z0-9]{0,9}[-_]){1,4})([A-Za-z0-9]{20,})$/.exec(value);
	if (!m || !/(?:^|[-_])(?:SECRET|PRIVATE|PRIV|KEY|APIKEY|TOKEN|PAT|SK|AUTH)[-_]/.test(m[1])) return false;
	return looksMachineRandom(m[2], "keyed");
}
/** The random tail of `dd-apikey-<hex>`, `datadog-secrettoken-<hex>`: its offset when the head names a key. */
function gluedTail(value) {
	const m = /^((?:[A-Za-z][A-Za-z0-9]{0,20}[-_.]){1,5})([A-Za-z0-9+/]{16,}={0,2})$/.exec(value);
	if (!m || !looksMachineRandom(m[2], "keyed")) return null;
	const context = keyContextOf(m[1]);
	return (context.keyWord || context.provider) && !context.publicWord ? m[1].length : null;
}
/** Round 13: public keys with a shape of their own, which watch-only wallets and explorers are given on purpose:
*  BIP-32 extended public keys and their SLIP-132 forms (`xpub…`, `ypub…`, `zpub…`, `tpub…`, `Ypub…`: Base58Check,
*  111 characters), Nostr `npub1…` and age `age1…` recipients (bech32). Their private forms (`xprv`, `nsec1`,
*  `AGE-SECRET-KEY-1`) stay secrets. */
var publicKeyShaped = (value) => /^(?:[xyztuvYZUV]pub[1-9A-HJ-NP-Za-km-z]{100,112}|npub1[02-9ac-hj-np-z]{58}|age1[02-9ac-hj-np-z]{58})$/.test(value);
// src/core/redaction/rules/assignments.ts
/** Password words of the languages people write config and chat in, besides English. */
var FOREIGN_PASSWORD = "passwort|kennwort|contrase(?:ñ|n)a|senha|mot de passe|wachtwoord|lösenord|passord|adgangskode|salasana|has[łl]o|heslo|parola|jelszó|пароль|パスワード|密码|密碼|비밀번호|[şs]ifre|κωδικός";
/** Password words written as identifiers (`mot_de_passe`, `haslo`), and ones only whole segments may be (`mdp`).
*  Round 15: the words of password-context.ts's languages as config keys spell them — diacritics dropped, spaces
*  as `_` (`losenord`, `mat_khau`, `slaptazodis`, `كلمة_المرور`); none shorter than five letters. */
var FOREIGN_PASSWORD_IDENT = "mot_?de_?passe|motdepasse|contrasenya|lozinka|geslo|parool|jelszo|salasona|kata_?sandi|passkey|passcode|losenord|kodeord|wagwoord|mat_?khau|slaptazod|lykilord|tunnussana|kata_?laluan|nenosiri|zaporka|cyfrinair|fjalekalim|pasahitz|contrasinal|كلمة_(?:المرور|السر)|رمز_(?:عبور|المرور)|کلمه_عبور";
/** Round 15: short ones, only as a whole segment of a name (like `mdp`): `parol`, Indonesian `sandi`, `sifra`. */
var SHORT_PASSWORD_IDENT = "parol|sandi|sifra";
/** Secret and key words of other languages. Short ones (`cle`, `chave`, `klucz`) count only as a whole segment of the
*  name (see kindOfName), so `article` or `vehicle` never do. */
var FOREIGN_SECRET = `geheim|secreto|secreta|segredo|segreto|sekret|секрет|jeton|токен|トークン|シークレット|秘密鍵|令牌|密钥|秘钥|토큰|시크릿|비밀키|gizli|bearer|${SCRIPT_KEY_WORDS.filter((word) => [...word].length >= 3 && !/[\s]/.test(word) && /^[^\p{Script=Latin}]+$/u.test(word)).join("|")}`;
var FOREIGN_KEY = "cl[eé]|clave|llave|chave|chiave|sleutel|klucz|kulcs|nyckel|nøgle|nøkkel|avain|anahtar|schl(?:ü|ue)ssel|ключ|鍵|キー|키";
/** Round 9: words that name a secret of its own in software settings — a shared or signing secret, an encryption
*  key, a seed, a pepper, an OTP or JWT secret, an app certificate (`local shared = "…"`, `[cookies] signing = …`,
*  `AGORA_APP_CERTIFICATE=…`, `ENCRYPTION=…`). They name ordinary things too (`shared = true`, `seed = 42`), so a
*  value counts only when it is random the way generated secrets are (see ownSecretValue). */
var OWN_SECRET_WORDS = "shared|signing|encrypt(?:ion)?|cipher|hmac|seed|pepper|t?otp|jwt|certificate|enc_?key|master_?key|rootpw|bindpw";
var OWN_SECRET_NAME = /(?:^|_)(?:shared|signing|sign|encrypt|encryption|cipher|hmac|seed|pepper|otp|totp|jwt|certificate|cert|enc|master)(?:_\d+|\d+)?$|(?:^|_)(?:shared|signing|encryption|hmac|jwt|cipher|seed|pepper)_/;
var SECRET_WORD = new RegExp(`${FOREIGN_PASSWORD}|${FOREIGN_PASSWORD_IDENT}|mdp|${SHORT_PASSWORD_IDENT}|${FOREIGN_SECRET}|${FOREIGN_KEY}|passw(?:or)?d|passwd|passphrase|pwd|pw|pass|psk|secret|token|auth|credential|creds?|api_?key|apikey|key|session|cookie|salt|signature|sig|crumb|[cx]srf|pat|login|licen[cs]e|${OWN_SECRET_WORDS}`, "gi");
var FOREIGN_PASSWORD_NAME = new RegExp(`${FOREIGN_PASSWORD}|${FOREIGN_PASSWORD_IDENT}|(?:^|_)(?:mdp|${SHORT_PASSWORD_IDENT})(?:_|$)`, "i");
var FOREIGN_SECRET_NAME = new RegExp(`${FOREIGN_SECRET}|(?:^|_)(?:${FOREIGN_KEY})(?:_|$)`, "i");
var NAME_CHAR = /[\p{L}\p{N}_.-]/u;
var MAX_NAME = 80;
/** Names that hold a secret word but name no secret (database keys, UI keys, counters, flags). */
var NOT_SECRET_NAME$1 = /^(?:.*_)?(?:primary|foreign|public|pub|hot|sort|partition|cache|idempotency|unique|composite|bucket|index|idx|schema|sequence|natural|row|object|map|dict|hash|lookup|route|react|list|item|i18n|translation|keyboard|shortcut|ssh_public|alt|ctrl|control|meta|shift|option|cmd|command)_key$|(?:^|_)key_(?:alias|board|code|frame|id|length|mesh|name|pair|press(?:ed)?|ring|selector|size|stone|storetype|word|up|down|left|right|type|path|file|format|usage|id)(?:_|$)|(?:^|_)(?:token|secret|password|auth|key|session|cookie)_(?:type|endpoint|url|uri|file|length|count|limit|name|size|policy|reset|expir\w*|ttl|timeout|header|method|mode|provider|scheme|domain|field|input|label|hint|prompt|placeholder|required|hash|hashed|regex|pattern|min|max|id|index|usage|budget)(?:_|$)|^(?:max|min|num|total|input|output|prompt|completion|cached|reasoning)_tokens?$|(?:^|_)(?:recv|send|refresh|search|fetch|import|export|list|edit|sign|delete|locate)_keys?$|author(?!i[sz]ation)|authority|authenticat\w*|authoriz(?:e|ed)_|^is_|^has_|^use_|^enable|^show_|^need|_enabled$|_required$|_present$|^public_token$|^sessions?_?(?:id|count|length)$|^cookie_?(?:name|path|domain|policy|consent|banner|jar|secure|httponly|samesite)$|^salt_?(?:rounds|length)$|^monkey|^turkey|^donkey|^whiskey|^hockey|^jockey/;
function normalisedName(name) {
	return name.replace(/^[@$-]+/, "").replace(/([a-z0-9])([A-Z])/g, "$1_$2").replace(/([A-Z])([A-Z][a-z])/g, "$1_$2").toLowerCase().replace(/[-.]/g, "_");
}
/** Names repeat (every `password`, `api_key` in a file): classify each distinct name once per text scan. */
var nameKinds = /* @__PURE__ */ new Map();
function kindOfRawName(raw) {
	let kind = nameKinds.get(raw);
	if (kind === void 0) {
		if (nameKinds.size > 4096) nameKinds.clear();
		kind = kindOfName(normalisedName(raw));
		nameKinds.set(raw, kind);
	}
	return kind;
}
function kindOfName(norm) {
	if (NOT_SECRET_NAME$1.test(norm)) return null;
	if (/(?:^|_)(?:passw(?:or)?d|passwd|passphrase|pwd|pw|pass|psk)(?:_|$|\d)/.test(norm) || /password|passwd/.test(norm) || FOREIGN_PASSWORD_NAME.test(norm)) return "password";
	if (/^[a-z]{2,12}(?:pass|pwd|pw)$/.test(norm) && !/(?:by|com|sur|over|under|tres|multi|first|second|single|one|two|render)pass$/.test(norm)) return "password";
	if (/secret|token|credential|creds?(?:_|$)|api_?key|apikey|auth|session_?(?:key|token|secret)|cookie|salt|signature|sas|(?:^|_)sig(?:_|$)/.test(norm)) return "secret";
	if (FOREIGN_SECRET_NAME.test(norm)) return "secret";
	if (/(?:^|_)key(?:_\d+)?$/.test(norm) || /(?:^|_)keys?$/.test(norm)) return "secret";
	if (/(?:^|_)(?:crumb|[cx]srf|pat|login|licen[cs]e|sig)(?:_|\d|$)|[a-z]{3}key$/.test(norm)) return "weak";
	if (OWN_SECRET_NAME.test(norm)) return "own";
	return null;
}
var OPERATOR = /^[ \t]{0,40}(?:(\??::?=|\?=|\.=|\+=|=>|===?|!==?|<-|\?\?|\|\||:|=|(?:or|is|was|ist|lautet|est|c'est|es|é|è|är|er|jest|je)(?=[ \t]))|(,)|(\())[ \t]{0,40}/;
/** Prose with a few words between the name and the verb: "the password of the router is …", "Le mot de passe du
*  routeur est …", "La contraseña del correo es …", "Das WLAN-Passwort für Gäste lautet …". */
var PROSE = /^(?:[ \t]+[\p{Ll}\p{Lu}][\p{L}'-]{0,15}){1,3}[ \t]+(?:is|was|ist|lautet|est|es|é|è|är|er|jest|je)[ \t]*:?[ \t]+(?=\S)/u;
function* findAssigned(text) {
	const re = new RegExp(SECRET_WORD.source, "gi");
	const budget = { left: text.length * 4 + 65536 };
	let match;
	while ((match = re.exec(text)) !== null) {
		let s = match.index;
		const floor = Math.max(0, s - MAX_NAME);
		while (s > floor && NAME_CHAR.test(text[s - 1])) s--;
		let e = match.index + match[0].length;
		const ceil = Math.min(text.length, e + MAX_NAME);
		while (e < ceil && NAME_CHAR.test(text[e])) e++;
		re.lastIndex = e;
		if (text[s - 1] === "$" || text[s - 1] === "@") s--;
		const rawName = text.slice(s, e).replace(/[.-]+$/, "");
		const nameKind = kindOfRawName(rawName);
		if (!nameKind) continue;
		const found = valueFor(text, s, s + rawName.length, rawName, budget);
		if (!found) continue;
		const value = rawName.toLowerCase().includes("authorization") ? authCredentials(text, found) : found;
		if (value.quoted && /^\\?["'][ \t]{1,3}value=/.test(text.slice(value.end, value.end + 14))) continue;
		const next = text[value.end] === "." && /^\.(?:\s|$)/.test(text.slice(value.end, value.end + 2)) ? "" : text[value.end] ?? "";
		const v = text.slice(value.start, value.end).trim();
		if (!value.quoted && next === "(") continue;
		const inner = /^(["'])(.*)\1$/.exec(v);
		if (inner && (looksLikePlaceholder(inner[2]) || /^\$\{?[A-Za-z_]\w*\}?$/.test(inner[2]))) continue;
		if (concatenated(text, value)) continue;
		if (!/cookie/i.test(rawName) && /(?:^|[\s;&])[A-Za-z][\w.-]{1,40}=[^\s;&=]+[\s;&]+[A-Za-z][\w.-]{1,40}=/.test(v)) continue;
		const kind = nameKind === "weak" || nameKind === "own" ? "secret" : nameKind;
		if (!(nameKind === "weak" ? strongToken(v) : nameKind === "own" ? ownSecretValue(v, rawName) : acceptable(kind, v, value.quoted || value.literal === true, next, value.shell, shortLiteralPlace(text, value, rawName)) || headerSecret(text, s + rawName.length, rawName, v)) || kind === "password" && passwordUiText(v) || publicKeyShaped(v)) continue;
		yield {
			start: value.start,
			end: value.end,
			kind
		};
		re.lastIndex = Math.max(re.lastIndex, value.end);
	}
}
/** Round 14 (second pass): where a password of four or five characters is taken — in straight quotes (a backticked
*  word after a comma is a name in prose: `` `password`, `salt` ``), under a name that is no `pw` glued to other letters
*  (`"expw": "expy"` in an abbreviation table). */
function shortLiteralPlace(text, value, name) {
	return value.quoted && (text[value.start - 1] === "\"" || text[value.start - 1] === "'") && !/^[a-z]{2,12}pw$/.test(normalisedName(name));
}
/** A value given to a name of its own secret (OWN_SECRET_NAME): random the way generated secrets are, and no longer
*  than a key (a certificate or public blob under such a name runs to hundreds of characters). */
function ownSecretValue(v, name) {
	if (/cert/i.test(name) && /^MI[A-Za-z]/.test(v)) return false;
	return v.length <= 128 && (strongToken(v) || v.length >= 16 && looksMachineRandom(v, "keyed"));
}
/** An HTTP header naming a secret (`X-Naver-Client-Secret: OzSxrQdyZj`): a header value is no identifier of code, so
*  a short run of mixed-case letters counts when its letters read as no word. */
function headerSecret(text, nameEnd, name, v) {
	if (!/^(?:X-)?[A-Za-z][a-z0-9]*(?:-[A-Za-z][a-z0-9]*)+$/.test(name) || !/^[ \t]*:/.test(text.slice(nameEnd, nameEnd + 4))) return false;
	if (!/^[A-Za-z0-9]{8,64}$/.test(v) || !/[A-Z]/.test(v) || !/[a-z]/.test(v) || looksLikePlaceholder(v)) return false;
	return wordScore(v.toLowerCase()) < -1.5;
}
function valueFor(text, s, e, name, budget) {
	const before = text[s - 1];
	let at = e;
	const quote = before === "\"" || before === "'" || before === "`" ? before : null;
	const escaped = quote !== null && text[s - 2] === "\\" && text[at] === "\\" && text[at + 1] === quote;
	if (escaped) at++;
	const closed = quote !== null && text[at] === quote;
	if (closed) at++;
	const inString = quote !== null && !closed;
	if (text[at] === "]" || quote && text[at] === ")") at++;
	if (text[at] === "[" && text[at + 1] === "]") at += 2;
	if (before === "<" && text[at] === ">") {
		let start = at + 1;
		const inner = text.slice(start, Math.min(text.length, start + MAX_QUOTED)).indexOf("</");
		if (inner === -1) return null;
		let end = start + inner;
		while (start < end && /\s/.test(text[start])) start++;
		while (end > start && /\s/.test(text[end - 1])) end--;
		return end > start && !/[<>]/.test(text.slice(start, end)) ? {
			start,
			end,
			quoted: true
		} : null;
	}
	if (closed) {
		const pair = /^[ \t]{1,3}value=(["'])/.exec(text.slice(at, at + 16));
		if (pair) return readValue(text, at + pair[0].length - 1, budget);
		if (text[at] === ">" && /(?:key|name)=$/.test(text.slice(Math.max(0, s - 6), s - 1))) {
			const inner = text.slice(at + 1, Math.min(text.length, at + 1024)).indexOf("</");
			const close = inner === -1 ? -1 : at + 1 + inner;
			if (close > at + 1 && !/[<>\n]/.test(text.slice(at + 1, close))) return {
				start: at + 1,
				end: close,
				quoted: true
			};
		}
		const block = /^[ \t]*\{[ \t]*\r?\n(?:[ \t]*(?:description|type|sensitive|nullable)[ \t]*=[^\n]{0,200}\r?\n){0,4}[ \t]*default[ \t]*=[ \t]*(?=["'])/.exec(text.slice(at, at + 1200));
		if (block) return readValue(text, at + block[0].length, budget);
		const serialised = /^;s:\d{1,5}:(?=\\?["'])/.exec(text.slice(at, at + 12));
		if (serialised) return readValue(text, at + serialised[0].length, budget);
	}
	const tail = text.slice(at, at + 96);
	const typed = /^(?:[ \t]{0,4}:[ \t]{0,4}|[ \t]{1,4})(?:&(?:'static[ \t]+)?)?[A-Za-z_][\w.]{0,30}(?:<[\w ,.]{0,30}>|\[\]|\(\d{1,4}\))?\??[ \t]{0,4}=(?![=>~])[ \t]{0,4}(?=@?["'`])/.exec(tail);
	if (typed && !quote) return readValue(text, at + typed[0].length, budget);
	const op = OPERATOR.exec(tail);
	if (op) {
		if (inString && text[at + op[0].length] === quote) return null;
		if (escaped && text[at + op[0].length] !== "\\") return null;
		if (op[2] && !quote) return null;
		if (op[2] && /^["'][a-z]{1,8}["']/.test(text.slice(at + op[0].length, at + op[0].length + 10))) return null;
		if (op[3] && quote) return null;
		if (op[2] && /^(["'])[^"'\n]{1,80}\1[ \t]{0,4}:(?!:)/.test(text.slice(at + op[0].length, at + op[0].length + 90))) return null;
		const lineLevel = op[1] === "=" && /(?:^|\n)[ \t]*$|(?:^|[\n \t])(?:export|set|ENV|-e|--env)[ \t]+$/.test(text.slice(Math.max(0, s - 16), s)) || op[1] === ":" && /(?:^|[ \t])\/$/.test(text.slice(Math.max(0, s - 2), s));
		const query = op[1] === "=" && (before === "?" || before === "&");
		const block = op[1] === ":" ? /^[|>][-+]?[ \t]*\r?\n[ \t]{1,16}(?=\S)/.exec(text.slice(at + op[0].length, at + op[0].length + 40)) : null;
		if (block) {
			const value = readValue(text, at + op[0].length + block[0].length, budget, true);
			if (value) value.literal = true;
			return value;
		}
		const item = op[1] === ":" ? /^[ \t]*\r?\n[ \t]{0,16}-[ \t]{1,4}(?=\S)/.exec(text.slice(at + op[0].length, at + op[0].length + 40)) : null;
		if (item) return readValue(text, at + op[0].length + item[0].length, budget);
		const braced = op[1] === "=" && (inString || /;[ \t]*$/.test(text.slice(Math.max(0, s - 8), s))) ? /^\{([^{}\n]{1,256})\}(?=;|"|'|$)/.exec(text.slice(at + op[0].length, at + op[0].length + 260)) : null;
		if (braced) return {
			start: at + op[0].length + 1,
			end: at + op[0].length + 1 + braced[1].length,
			quoted: true
		};
		const value = readValue(text, at + op[0].length, budget, lineLevel, query);
		if (value && lineLevel) value.literal = true;
		if (value && lineLevel && op[0] === "=") value.shell = true;
		if (value && !value.quoted && op[1] === "=" && text[value.end] === ";") {
			if (inString || /;[ \t]*$/.test(text.slice(Math.max(0, s - 8), s))) value.literal = true;
			else if (name.startsWith("$") && !/^(?:shift|pop|undef|null|true|false)$/i.test(text.slice(value.start, value.end))) value.literal = true;
		}
		if (op[3] && value && !value.quoted) return null;
		if (op[2] && value && !value.quoted) return null;
		if (op[3] && value && /\s/.test(text.slice(value.start, value.end))) return null;
		if ((op[1] === "??" || op[1] === "||" || op[1] === "or") && value && !value.quoted) return null;
		if (op[1] === ":" && value && !value.quoted && name.startsWith("http")) return null;
		return value;
	}
	if ((name.startsWith("--") || /^-[A-Za-z]{2}/.test(name) && /(?:^|[ \t])$/.test(text.slice(Math.max(0, s - 1), s))) && /^[ \t]/.test(tail)) {
		const value = readValue(text, at + 1, budget);
		if (value) value.literal = true;
		return value;
	}
	if (/^[ \t]/.test(tail) && /(?:^|[\n;|&][ \t]*|[ \t])set[ \t]+-[a-zA-Z]{1,4}[ \t]+$/.test(text.slice(Math.max(0, s - 24), s))) {
		const value = readValue(text, at + /^[ \t]+/.exec(tail)[0].length, budget, true);
		if (value) value.literal = true;
		return value;
	}
	const statement = quote ? null : /^[ \t]{1,4}(?=["'])/.exec(tail);
	if (statement) {
		const value = readValue(text, at + statement[0].length, budget);
		if (value?.quoted && /^["'][ \t]*;/.test(text.slice(value.end, value.end + 8))) return value;
	}
	const arg = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(name) ? /^[ \t]{1,4}(?:--?(?:body|value|data|b)[ \t=]{1,4})?(?=["'])/.exec(tail) : null;
	if (arg) {
		const value = readValue(text, at + arg[0].length, budget);
		return value?.quoted ? value : null;
	}
	const prose = PROSE.exec(text.slice(at, at + 80));
	if (prose) {
		const value = readValue(text, at + prose[0].length, budget);
		return value && !value.quoted ? value : null;
	}
	const back = /(["'`])([^"'`\n]{4,512})\1[ \t]{0,4}(?:===?|!==?)[ \t]{0,4}$/.exec(text.slice(Math.max(0, s - 600), s));
	if (back) {
		const end = s - (back[0].length - back[1].length - back[2].length);
		return {
			start: end - back[2].length,
			end,
			quoted: true
		};
	}
	return null;
}
/** Both rules read the same scan; keep the last text's result so it runs once per text. */
var last = null;
function assignedIn(text) {
	if (last?.text !== text) last = {
		text,
		spans: [...findAssigned(text)]
	};
	return last.spans;
}
var assignmentRules = ["password", "secret"].map((kind) => ({
	id: kind === "password" ? "password-assignment" : "secret-assignment",
	kind,
	level: "secrets",
	priority: 40,
	description: kind === "password" ? "Value given to a name holding a password word (password, passwd, pwd, pass, passphrase…) in any assignment, comparison, call, XML, flag or header form" : "Random-looking value given to a name holding a secret word anywhere (secret, token, auth, credential, api_key, *_key, session, cookie, salt, signature…), in any assignment, comparison, call, XML, flag or header form",
	*find(text) {
		for (const span of assignedIn(text)) if (span.kind === kind) yield {
			start: span.start,
			end: span.end
		};
	}
}));
// src/core/redaction/rules/email-tlds.ts
var TLDS = /* @__PURE__ */ new Set([.../* @__PURE__ */ JSON.parse("[\"aaa\",\"aarp\",\"abb\",\"abbott\",\"abbvie\",\"abc\",\"able\",\"abogado\",\"abudhabi\",\"ac\",\"academy\",\"accenture\",\"accountant\",\"accountants\",\"aco\",\"actor\",\"ad\",\"ads\",\"adult\",\"ae\",\"aeg\",\"aero\",\"aetna\",\"af\",\"afl\",\"africa\",\"ag\",\"agakhan\",\"agency\",\"ai\",\"aig\",\"airbus\",\"airforce\",\"airtel\",\"akdn\",\"al\",\"alibaba\",\"alipay\",\"allfinanz\",\"allstate\",\"ally\",\"alsace\",\"alstom\",\"am\",\"amazon\",\"americanexpress\",\"americanfamily\",\"amex\",\"amfam\",\"amica\",\"amsterdam\",\"analytics\",\"android\",\"anquan\",\"anz\",\"ao\",\"aol\",\"apartments\",\"app\",\"apple\",\"aq\",\"aquarelle\",\"ar\",\"arab\",\"aramco\",\"archi\",\"army\",\"arpa\",\"art\",\"arte\",\"as\",\"asda\",\"asia\",\"associates\",\"at\",\"athleta\",\"attorney\",\"au\",\"auction\",\"audi\",\"audible\",\"audio\",\"auspost\",\"author\",\"auto\",\"autos\",\"aw\",\"aws\",\"ax\",\"axa\",\"az\",\"azure\",\"ba\",\"baby\",\"baidu\",\"banamex\",\"band\",\"bank\",\"bar\",\"barcelona\",\"barclaycard\",\"barclays\",\"barefoot\",\"bargains\",\"baseball\",\"basketball\",\"bauhaus\",\"bayern\",\"bb\",\"bbc\",\"bbt\",\"bbva\",\"bcg\",\"bcn\",\"bd\",\"be\",\"beats\",\"beauty\",\"beer\",\"berlin\",\"best\",\"bestbuy\",\"bet\",\"bf\",\"bg\",\"bh\",\"bharti\",\"bi\",\"bible\",\"bid\",\"bike\",\"bing\",\"bingo\",\"bio\",\"biz\",\"bj\",\"black\",\"blackfriday\",\"blockbuster\",\"blog\",\"bloomberg\",\"blue\",\"bm\",\"bms\",\"bmw\",\"bn\",\"bnpparibas\",\"bo\",\"boats\",\"boehringer\",\"bofa\",\"bom\",\"bond\",\"boo\",\"book\",\"booking\",\"bosch\",\"bostik\",\"boston\",\"bot\",\"boutique\",\"box\",\"br\",\"bradesco\",\"bridgestone\",\"broadway\",\"broker\",\"brother\",\"brussels\",\"bs\",\"bt\",\"build\",\"builders\",\"business\",\"buy\",\"buzz\",\"bv\",\"bw\",\"by\",\"bz\",\"bzh\",\"ca\",\"cab\",\"cafe\",\"cal\",\"call\",\"calvinklein\",\"cam\",\"camera\",\"camp\",\"canon\",\"capetown\",\"capital\",\"capitalone\",\"car\",\"caravan\",\"cards\",\"care\",\"career\",\"careers\",\"cars\",\"casa\",\"case\",\"cash\",\"casino\",\"cat\",\"catering\",\"catholic\",\"cba\",\"cbn\",\"cbre\",\"cc\",\"cd\",\"center\",\"ceo\",\"cern\",\"cf\",\"cfa\",\"cfd\",\"cg\",\"ch\",\"chanel\",\"channel\",\"charity\",\"chase\",\"chat\",\"cheap\",\"chintai\",\"christmas\",\"chrome\",\"church\",\"ci\",\"cipriani\",\"circle\",\"cisco\",\"citadel\",\"citi\",\"citic\",\"city\",\"ck\",\"cl\",\"claims\",\"cleaning\",\"click\",\"clinic\",\"clinique\",\"clothing\",\"cloud\",\"club\",\"clubmed\",\"cm\",\"cn\",\"co\",\"coach\",\"codes\",\"coffee\",\"college\",\"cologne\",\"com\",\"commbank\",\"community\",\"company\",\"compare\",\"computer\",\"comsec\",\"condos\",\"construction\",\"consulting\",\"contact\",\"contractors\",\"cooking\",\"cool\",\"coop\",\"corsica\",\"country\",\"coupon\",\"coupons\",\"courses\",\"cpa\",\"cr\",\"credit\",\"creditcard\",\"creditunion\",\"cricket\",\"crown\",\"crs\",\"cruise\",\"cruises\",\"cu\",\"cuisinella\",\"cv\",\"cw\",\"cx\",\"cy\",\"cymru\",\"cyou\",\"cz\",\"dad\",\"dance\",\"data\",\"date\",\"dating\",\"datsun\",\"day\",\"dclk\",\"dds\",\"de\",\"deal\",\"dealer\",\"deals\",\"degree\",\"delivery\",\"dell\",\"deloitte\",\"delta\",\"democrat\",\"dental\",\"dentist\",\"desi\",\"design\",\"dev\",\"dhl\",\"diamonds\",\"diet\",\"digital\",\"direct\",\"directory\",\"discount\",\"discover\",\"dish\",\"diy\",\"dj\",\"dk\",\"dm\",\"dnp\",\"do\",\"docs\",\"doctor\",\"dog\",\"domains\",\"dot\",\"download\",\"drive\",\"dtv\",\"dubai\",\"dupont\",\"durban\",\"dvag\",\"dvr\",\"dz\",\"earth\",\"eat\",\"ec\",\"eco\",\"edeka\",\"edu\",\"education\",\"ee\",\"eg\",\"email\",\"emerck\",\"energy\",\"engineer\",\"engineering\",\"enterprises\",\"epson\",\"equipment\",\"er\",\"ericsson\",\"erni\",\"es\",\"esq\",\"estate\",\"et\",\"eu\",\"eurovision\",\"eus\",\"events\",\"exchange\",\"expert\",\"exposed\",\"express\",\"extraspace\",\"fage\",\"fail\",\"fairwinds\",\"faith\",\"family\",\"fan\",\"fans\",\"farm\",\"farmers\",\"fashion\",\"fast\",\"fedex\",\"feedback\",\"ferrari\",\"ferrero\",\"fi\",\"fidelity\",\"fido\",\"film\",\"final\",\"finance\",\"financial\",\"fire\",\"firestone\",\"firmdale\",\"fish\",\"fishing\",\"fit\",\"fitness\",\"fj\",\"fk\",\"flickr\",\"flights\",\"flir\",\"florist\",\"flowers\",\"fly\",\"fm\",\"fo\",\"foo\",\"food\",\"football\",\"ford\",\"forex\",\"forsale\",\"forum\",\"foundation\",\"fox\",\"fr\",\"free\",\"fresenius\",\"frl\",\"frogans\",\"frontier\",\"ftr\",\"fujitsu\",\"fun\",\"fund\",\"furniture\",\"futbol\",\"fyi\",\"ga\",\"gal\",\"gallery\",\"gallo\",\"gallup\",\"game\",\"games\",\"gap\",\"garden\",\"gay\",\"gb\",\"gbiz\",\"gd\",\"gdn\",\"ge\",\"gea\",\"gent\",\"genting\",\"george\",\"gf\",\"gg\",\"ggee\",\"gh\",\"gi\",\"gift\",\"gifts\",\"gives\",\"giving\",\"gl\",\"glass\",\"gle\",\"global\",\"globo\",\"gm\",\"gmail\",\"gmbh\",\"gmo\",\"gmx\",\"gn\",\"godaddy\",\"gold\",\"goldpoint\",\"golf\",\"goo\",\"goodyear\",\"goog\",\"google\",\"gop\",\"got\",\"gov\",\"gp\",\"gq\",\"gr\",\"grainger\",\"graphics\",\"gratis\",\"green\",\"gripe\",\"grocery\",\"group\",\"gs\",\"gt\",\"gu\",\"gucci\",\"guge\",\"guide\",\"guitars\",\"guru\",\"gw\",\"gy\",\"hair\",\"hamburg\",\"hangout\",\"haus\",\"hbo\",\"hdfc\",\"hdfcbank\",\"health\",\"healthcare\",\"help\",\"helsinki\",\"here\",\"hermes\",\"hiphop\",\"hisamitsu\",\"hitachi\",\"hiv\",\"hk\",\"hkt\",\"hm\",\"hn\",\"hockey\",\"holdings\",\"holiday\",\"homedepot\",\"homegoods\",\"homes\",\"homesense\",\"honda\",\"horse\",\"hospital\",\"host\",\"hosting\",\"hot\",\"hotels\",\"hotmail\",\"house\",\"how\",\"hr\",\"hsbc\",\"ht\",\"hu\",\"hughes\",\"hyatt\",\"hyundai\",\"ibm\",\"icbc\",\"ice\",\"icu\",\"id\",\"ie\",\"ieee\",\"ifm\",\"ikano\",\"il\",\"im\",\"imamat\",\"imdb\",\"immo\",\"immobilien\",\"in\",\"inc\",\"industries\",\"infiniti\",\"info\",\"ing\",\"ink\",\"institute\",\"insurance\",\"insure\",\"int\",\"international\",\"intuit\",\"investments\",\"io\",\"ipiranga\",\"iq\",\"ir\",\"irish\",\"is\",\"ismaili\",\"ist\",\"istanbul\",\"it\",\"itau\",\"itv\",\"jaguar\",\"java\",\"jcb\",\"je\",\"jeep\",\"jetzt\",\"jewelry\",\"jio\",\"jll\",\"jm\",\"jmp\",\"jnj\",\"jo\",\"jobs\",\"joburg\",\"jot\",\"joy\",\"jp\",\"jpmorgan\",\"jprs\",\"juegos\",\"juniper\",\"kaufen\",\"kddi\",\"ke\",\"kerryhotels\",\"kerryproperties\",\"kfh\",\"kg\",\"kh\",\"ki\",\"kia\",\"kids\",\"kim\",\"kindle\",\"kitchen\",\"kiwi\",\"km\",\"kn\",\"koeln\",\"komatsu\",\"kosher\",\"kp\",\"kpmg\",\"kpn\",\"kr\",\"krd\",\"kred\",\"kuokgroup\",\"kw\",\"ky\",\"kyoto\",\"kz\",\"la\",\"lacaixa\",\"lamborghini\",\"lamer\",\"land\",\"landrover\",\"lanxess\",\"lasalle\",\"lat\",\"latino\",\"latrobe\",\"law\",\"lawyer\",\"lb\",\"lc\",\"lds\",\"lease\",\"leclerc\",\"lefrak\",\"legal\",\"lego\",\"lexus\",\"lgbt\",\"li\",\"lidl\",\"life\",\"lifeinsurance\",\"lifestyle\",\"lighting\",\"like\",\"lilly\",\"limited\",\"limo\",\"lincoln\",\"link\",\"live\",\"living\",\"lk\",\"llc\",\"llp\",\"loan\",\"loans\",\"locker\",\"locus\",\"lol\",\"london\",\"lotte\",\"lotto\",\"love\",\"lpl\",\"lplfinancial\",\"lr\",\"ls\",\"lt\",\"ltd\",\"ltda\",\"lu\",\"lundbeck\",\"luxe\",\"luxury\",\"lv\",\"ly\",\"ma\",\"madrid\",\"maif\",\"maison\",\"makeup\",\"man\",\"management\",\"mango\",\"map\",\"market\",\"marketing\",\"markets\",\"marriott\",\"marshalls\",\"mattel\",\"mba\",\"mc\",\"mckinsey\",\"md\",\"me\",\"med\",\"media\",\"meet\",\"melbourne\",\"meme\",\"memorial\",\"men\",\"menu\",\"merckmsd\",\"mg\",\"mh\",\"miami\",\"microsoft\",\"mil\",\"mini\",\"mint\",\"mit\",\"mitsubishi\",\"mk\",\"ml\",\"mlb\",\"mls\",\"mm\",\"mma\",\"mn\",\"mo\",\"mobi\",\"mobile\",\"moda\",\"moe\",\"moi\",\"mom\",\"monash\",\"money\",\"monster\",\"mormon\",\"mortgage\",\"moscow\",\"moto\",\"motorcycles\",\"mov\",\"movie\",\"mp\",\"mq\",\"mr\",\"ms\",\"msd\",\"mt\",\"mtn\",\"mtr\",\"mu\",\"museum\",\"music\",\"mv\",\"mw\",\"mx\",\"my\",\"mz\",\"na\",\"nab\",\"nagoya\",\"name\",\"navy\",\"nba\",\"nc\",\"ne\",\"nec\",\"net\",\"netbank\",\"netflix\",\"network\",\"neustar\",\"new\",\"news\",\"next\",\"nextdirect\",\"nexus\",\"nf\",\"nfl\",\"ng\",\"ngo\",\"nhk\",\"ni\",\"nico\",\"nike\",\"nikon\",\"ninja\",\"nissan\",\"nissay\",\"nl\",\"no\",\"nokia\",\"norton\",\"now\",\"nowruz\",\"nowtv\",\"np\",\"nr\",\"nra\",\"nrw\",\"ntt\",\"nu\",\"nyc\",\"nz\",\"obi\",\"observer\",\"office\",\"okinawa\",\"olayan\",\"olayangroup\",\"ollo\",\"om\",\"omega\",\"one\",\"ong\",\"onl\",\"online\",\"ooo\",\"open\",\"oracle\",\"orange\",\"org\",\"organic\",\"origins\",\"osaka\",\"otsuka\",\"ott\",\"ovh\",\"pa\",\"page\",\"panasonic\",\"paris\",\"pars\",\"partners\",\"parts\",\"party\",\"pay\",\"pccw\",\"pe\",\"pet\",\"pf\",\"pfizer\",\"pg\",\"ph\",\"pharmacy\",\"phd\",\"philips\",\"phone\",\"photo\",\"photography\",\"photos\",\"physio\",\"pics\",\"pictet\",\"pictures\",\"pid\",\"pin\",\"ping\",\"pink\",\"pioneer\",\"pizza\",\"pk\",\"pl\",\"place\",\"play\",\"playstation\",\"plumbing\",\"plus\",\"pm\",\"pn\",\"pnc\",\"pohl\",\"poker\",\"politie\",\"porn\",\"post\",\"pr\",\"praxi\",\"press\",\"prime\",\"pro\",\"prod\",\"productions\",\"prof\",\"progressive\",\"promo\",\"properties\",\"property\",\"protection\",\"pru\",\"prudential\",\"ps\",\"pt\",\"pub\",\"pw\",\"pwc\",\"py\",\"qa\",\"qpon\",\"quebec\",\"quest\",\"racing\",\"radio\",\"re\",\"read\",\"realestate\",\"realtor\",\"realty\",\"recipes\",\"red\",\"redumbrella\",\"rehab\",\"reise\",\"reisen\",\"reit\",\"reliance\",\"ren\",\"rent\",\"rentals\",\"repair\",\"report\",\"republican\",\"rest\",\"restaurant\",\"review\",\"reviews\",\"rexroth\",\"rich\",\"richardli\",\"ricoh\",\"ril\",\"rio\",\"rip\",\"ro\",\"rocks\",\"rodeo\",\"rogers\",\"room\",\"rs\",\"rsvp\",\"ru\",\"rugby\",\"ruhr\",\"run\",\"rw\",\"rwe\",\"ryukyu\",\"sa\",\"saarland\",\"safe\",\"safety\",\"sakura\",\"sale\",\"salon\",\"samsclub\",\"samsung\",\"sandvik\",\"sandvikcoromant\",\"sanofi\",\"sap\",\"sarl\",\"sas\",\"save\",\"saxo\",\"sb\",\"sbi\",\"sbs\",\"sc\",\"scb\",\"schaeffler\",\"schmidt\",\"scholarships\",\"school\",\"schule\",\"schwarz\",\"science\",\"scot\",\"sd\",\"se\",\"search\",\"seat\",\"secure\",\"security\",\"seek\",\"select\",\"sener\",\"services\",\"seven\",\"sew\",\"sex\",\"sexy\",\"sfr\",\"sg\",\"sh\",\"shangrila\",\"sharp\",\"shell\",\"shia\",\"shiksha\",\"shoes\",\"shop\",\"shopping\",\"shouji\",\"show\",\"si\",\"silk\",\"sina\",\"singles\",\"site\",\"sj\",\"sk\",\"ski\",\"skin\",\"sky\",\"skype\",\"sl\",\"sling\",\"sm\",\"smart\",\"smile\",\"sn\",\"sncf\",\"so\",\"soccer\",\"social\",\"softbank\",\"software\",\"sohu\",\"solar\",\"solutions\",\"song\",\"sony\",\"soy\",\"spa\",\"space\",\"sport\",\"spot\",\"sr\",\"srl\",\"ss\",\"st\",\"stada\",\"staples\",\"star\",\"statebank\",\"statefarm\",\"stc\",\"stcgroup\",\"stockholm\",\"storage\",\"store\",\"stream\",\"studio\",\"study\",\"style\",\"su\",\"sucks\",\"supplies\",\"supply\",\"support\",\"surf\",\"surgery\",\"suzuki\",\"sv\",\"swatch\",\"swiss\",\"sx\",\"sy\",\"sydney\",\"systems\",\"sz\",\"tab\",\"taipei\",\"talk\",\"taobao\",\"target\",\"tatamotors\",\"tatar\",\"tattoo\",\"tax\",\"taxi\",\"tc\",\"tci\",\"td\",\"tdk\",\"team\",\"tech\",\"technology\",\"tel\",\"temasek\",\"tennis\",\"teva\",\"tf\",\"tg\",\"th\",\"thd\",\"theater\",\"theatre\",\"tiaa\",\"tickets\",\"tienda\",\"tips\",\"tires\",\"tirol\",\"tj\",\"tjmaxx\",\"tjx\",\"tk\",\"tkmaxx\",\"tl\",\"tm\",\"tmall\",\"tn\",\"to\",\"today\",\"tokyo\",\"tools\",\"top\",\"toray\",\"toshiba\",\"total\",\"tours\",\"town\",\"toyota\",\"toys\",\"tr\",\"trade\",\"trading\",\"training\",\"travel\",\"travelers\",\"travelersinsurance\",\"trust\",\"trv\",\"tt\",\"tube\",\"tui\",\"tunes\",\"tushu\",\"tv\",\"tvs\",\"tw\",\"tz\",\"ua\",\"ubank\",\"ubs\",\"ug\",\"uk\",\"unicom\",\"university\",\"uno\",\"uol\",\"ups\",\"us\",\"uy\",\"uz\",\"va\",\"vacations\",\"vana\",\"vanguard\",\"vc\",\"ve\",\"vegas\",\"ventures\",\"verisign\",\"vermögensberater\",\"vermögensberatung\",\"versicherung\",\"vet\",\"vg\",\"vi\",\"viajes\",\"video\",\"vig\",\"viking\",\"villas\",\"vin\",\"vip\",\"virgin\",\"visa\",\"vision\",\"viva\",\"vivo\",\"vlaanderen\",\"vn\",\"vodka\",\"volvo\",\"vote\",\"voting\",\"voto\",\"voyage\",\"vu\",\"wales\",\"walmart\",\"walter\",\"wang\",\"wanggou\",\"watch\",\"watches\",\"weather\",\"weatherchannel\",\"webcam\",\"weber\",\"website\",\"wed\",\"wedding\",\"weibo\",\"weir\",\"wf\",\"whoswho\",\"wien\",\"wiki\",\"williamhill\",\"win\",\"windows\",\"wine\",\"winners\",\"wme\",\"wolterskluwer\",\"woodside\",\"work\",\"works\",\"world\",\"wow\",\"ws\",\"wtc\",\"wtf\",\"xbox\",\"xerox\",\"xihuan\",\"xin\",\"xxx\",\"xyz\",\"yachts\",\"yahoo\",\"yamaxun\",\"yandex\",\"ye\",\"yodobashi\",\"yoga\",\"yokohama\",\"you\",\"youtube\",\"yt\",\"yun\",\"za\",\"zappos\",\"zara\",\"zero\",\"zip\",\"zm\",\"zone\",\"zuerich\",\"zw\",\"ελ\",\"ευ\",\"бг\",\"бел\",\"дети\",\"ею\",\"католик\",\"ком\",\"мкд\",\"мон\",\"москва\",\"онлайн\",\"орг\",\"рус\",\"рф\",\"сайт\",\"срб\",\"укр\",\"қаз\",\"հայ\",\"ישראל\",\"קום\",\"ابوظبي\",\"ارامكو\",\"الاردن\",\"البحرين\",\"الجزائر\",\"السعودية\",\"العليان\",\"المغرب\",\"امارات\",\"ایران\",\"بارت\",\"بازار\",\"بيتك\",\"بھارت\",\"تونس\",\"سودان\",\"سورية\",\"شبكة\",\"عراق\",\"عرب\",\"عمان\",\"فلسطين\",\"قطر\",\"كاثوليك\",\"كوم\",\"مصر\",\"مليسيا\",\"موريتانيا\",\"موقع\",\"همراه\",\"پاکستان\",\"ڀارت\",\"कॉम\",\"नेट\",\"भारत\",\"भारतम्\",\"भारोत\",\"संगठन\",\"বাংলা\",\"ভারত\",\"ভাৰত\",\"ਭਾਰਤ\",\"ભારત\",\"ଭାରତ\",\"இந்தியா\",\"இலங்கை\",\"சிங்கப்பூர்\",\"భారత్\",\"ಭಾರತ\",\"ഭാരതം\",\"ලංකා\",\"คอม\",\"ไทย\",\"ລາວ\",\"გე\",\"みんな\",\"アマゾン\",\"クラウド\",\"グーグル\",\"コム\",\"ストア\",\"セール\",\"ファッション\",\"ポイント\",\"世界\",\"中信\",\"中国\",\"中國\",\"中文网\",\"亚马逊\",\"企业\",\"佛山\",\"信息\",\"健康\",\"八卦\",\"公司\",\"公益\",\"台湾\",\"台灣\",\"商城\",\"商店\",\"商标\",\"嘉里\",\"嘉里大酒店\",\"在线\",\"大拿\",\"天主教\",\"娱乐\",\"家電\",\"广东\",\"微博\",\"慈善\",\"我爱你\",\"手机\",\"招聘\",\"政务\",\"政府\",\"新加坡\",\"新闻\",\"时尚\",\"書籍\",\"机构\",\"淡马锡\",\"游戏\",\"澳門\",\"点看\",\"移动\",\"组织机构\",\"网址\",\"网店\",\"网站\",\"网络\",\"联通\",\"谷歌\",\"购物\",\"通販\",\"集团\",\"電訊盈科\",\"飞利浦\",\"食品\",\"餐厅\",\"香格里拉\",\"香港\",\"닷넷\",\"닷컴\",\"삼성\",\"한국\"]"), "local"]);
/** `tld` (any case, ASCII, punycode `xn--…` or Unicode) is a top-level domain. */
function isTld(tld) {
	const lower = tld.toLowerCase();
	return TLDS.has(lower) || /^xn--[a-z0-9-]{2,59}$/.test(lower);
}
// src/core/redaction/rules/email-forms.ts
var RESERVED_DOMAIN$1 = /(?:^|\.)(?:example\.(?:com|net|org)|example|test|invalid|xn--kgbechtv|xn--zckzah|例え|テスト|испытание|пример)$/iu;
/**
* A top-level domain of the root zone (`рф`, `中国`, `day`), or a name in one non-Latin script (IDN TLDs are added
* faster than any list follows); `jpまで` is a TLD run into the sentence after it.
*/
var tldOk = (tld) => isTld(tld) || /^[\p{L}\p{M}]{2,12}$/u.test(tld) && !/\p{Script=Latin}/u.test(tld);
var LOCAL_CHAR = "\\p{L}\\p{M}\\p{Nd}";
var ATEXT = "!#$%&'*+/=?^_`{|}~.-";
var LABEL = `[${LOCAL_CHAR}](?:[${LOCAL_CHAR}_-]{0,61}[${LOCAL_CHAR}])?`;
function domainOk(domain) {
	const d = domain.toLowerCase().replace(/[．。]/g, ".");
	if (RESERVED_DOMAIN$1.test(d)) return false;
	return tldOk(d.slice(d.lastIndexOf(".") + 1));
}
var internationalEmail = regexRule({
	id: "email-international",
	kind: "email",
	level: "standard",
	priority: 59,
	description: "E-mail address with non-ASCII letters (RFC 6531 local part, IDN domain), RFC 5322 specials or a quoted local part",
	pattern: new RegExp(`(?<![${LOCAL_CHAR}._%+\\-])(?:"[^"\\n\\\\]{1,64}"|[${LOCAL_CHAR}](?:[${LOCAL_CHAR}${ATEXT.replace(/[-\\^\]/]/g, "\\$&")}]{0,63}))[@＠](?:${LABEL}[.．]){1,8}[${LOCAL_CHAR}]{2,24}(?![${LOCAL_CHAR}-]|[.．][${LOCAL_CHAR}])`, "gu"),
	accept: (value) => {
		const at = Math.max(value.lastIndexOf("@"), value.lastIndexOf("＠"));
		const local = value.slice(0, at);
		const domain = value.slice(at + 1);
		if (/^[A-Za-z0-9._%+-]+$/.test(local) && /^[A-Za-z0-9.-]+$/.test(domain) && value[at] === "@") return false;
		if (/[?&=]/.test(local) && !local.startsWith("\"")) return false;
		if (/[.．]$/.test(local) || local.startsWith(".") || /\.\./.test(local.replace(/^".*"$/, ""))) return false;
		return domainOk(domain);
	}
});
/** The at and the dot written in brackets, in several languages. */
var AT_WORDS = "at|ät|arroba|chez|arobase|chiocciola|apenstaartje|собака|собачка|эт|kukac|malpa|małpa|snabel-a|zavináč|アット|アットマーク|krøllalfa|παπάκι|שטרודל|равлик|골뱅이|艾特";
var DOT_WORDS = "dot|punkt|punto|point|punt|точка|pont|kropka|tečka|piste|ドット|nokta|bodka|крапка|τελεία|נקודה|점|点";
var OPEN$1 = "[\\[(<{]";
var CLOSE$1 = "[\\])>}]";
var PART = `[${LOCAL_CHAR}](?:[${LOCAL_CHAR}_+-]|\\.(?=[${LOCAL_CHAR}])){0,63}`;
/** `AT`, `DOT` between spaces, written in capitals so they stand out from the words around them. */
var BARE$1 = (words) => `(?<= )(?:${words})(?= )`;
var capitalsOnly = (word) => word === word.toUpperCase() && word !== word.toLowerCase();
/** The word for e-mail in ~25 languages (round 15: or for contact), then a colon, dash or `is`/`an`/`à`/`a`
*  (`E-Mail an`, `mon courriel est`). */
var MAIL_WORDS = "e-?mail|mail|mejl|correo(?: electrónico)?|courriel|posta elettronica|e-?posta|sähköposti|poczta|e-?pošta|epost|почта|е-?мейл|メール|邮箱|郵箱|邮件|電郵|이메일|메일|ईमेल|البريد(?: الإلكتروني)?|ایمیل|אימייל|ইমেইল|อีเมล|email-?adres(?:se)?|contact|kontakt|contacto|contato|contatto|iletişim|контакт(?:ы)?|連絡先|联系方式";
var MAIL_LABEL = new RegExp(`(?:${MAIL_WORDS})(?:(?:[ \t]+\\p{L}{1,6})?[ \t]*[:：=–—-][ \t]*|[ \t]+(?:is|ist|est|es|é|è|an|à|a|to|at)[ \t]+|[ \t]+)$`, "iu");
var obfuscatedEmail = regexRule({
	id: "email-obfuscated",
	kind: "email",
	level: "standard",
	priority: 59,
	description: "E-mail address with the at and the dot written in brackets (`[at]`, `(arroba)`, `{chez}`, `[собака]`, `(dot)`, `[.]`), in several languages",
	pattern: new RegExp(`(?<![${LOCAL_CHAR}._+-])${PART} ?(?:${OPEN$1} ?(?:${AT_WORDS}|@) ?${CLOSE$1}|@|${BARE$1(AT_WORDS)}) ?(?:${PART} ?(?:${OPEN$1} ?(?:${DOT_WORDS}|\\.) ?${CLOSE$1}|\\.|${BARE$1(DOT_WORDS)}) ?){1,6}[${LOCAL_CHAR}]{2,24}(?![${LOCAL_CHAR}])`, "giu"),
	accept: (value, match, text) => {
		const bare = [...value.matchAll(new RegExp(BARE$1(`${AT_WORDS}|${DOT_WORDS}`), "giu"))].map((m) => m[0]);
		const labelled = MAIL_LABEL.test(text.slice(Math.max(0, match.index - 30), match.index));
		if (!labelled && !bare.every(capitalsOnly)) return false;
		if (!labelled && bare.length > 0 && value.replace(new RegExp(BARE$1(`${AT_WORDS}|${DOT_WORDS}`), "giu"), "") === value.toUpperCase().replace(new RegExp(BARE$1(`${AT_WORDS}|${DOT_WORDS}`), "giu"), "")) return false;
		if (bare.length === 0 && !new RegExp(`${OPEN$1} ?(?:${AT_WORDS}|${DOT_WORDS}|@|\\.) ?${CLOSE$1}`, "iu").test(value)) return false;
		const dot = ` ?(?:${OPEN$1} ?(?:${DOT_WORDS}|\\.) ?${CLOSE$1}|${BARE$1(DOT_WORDS)}) ?`;
		const parts = value.split(new RegExp(` ?(?:${OPEN$1} ?(?:${DOT_WORDS}|\\.) ?${CLOSE$1}|\\.|${BARE$1(DOT_WORDS)}) ?`, "iu"));
		const tld = parts[parts.length - 1];
		if (!tldOk(tld)) return false;
		return domainOk((value.split(new RegExp(` ?(?:${OPEN$1} ?(?:${AT_WORDS}|@) ?${CLOSE$1}|@|${BARE$1(AT_WORDS)}) ?`, "iu"))[1] ?? "").replace(new RegExp(dot, "giu"), "."));
	}
});
/**
* Runs `rule` only in windows around its anchors (an `@`, a bracketed at word): a pattern that may start at any
* letter would otherwise try every word of the text. A match must start where the whole text allows it to start.
*/
function around(rule, anchor, back, reach) {
	const startChar = new RegExp(`[${LOCAL_CHAR}._%+"-]`, "u");
	return {
		...rule,
		*find(text) {
			const re = new RegExp(anchor.source, anchor.flags.includes("g") ? anchor.flags : `${anchor.flags}g`);
			let done = 0;
			let m = re.exec(text);
			while (m !== null) {
				const from = Math.max(done, m.index - back);
				let to = Math.min(text.length, m.index + reach);
				while ((m = re.exec(text)) !== null && m.index < to) to = Math.min(text.length, m.index + reach);
				for (const r of rule.find(text.slice(from, to))) {
					const start = from + r.start;
					if (start > 0 && start === from && startChar.test(text[start - 1])) continue;
					yield {
						start,
						end: from + r.end
					};
				}
				done = to;
			}
		}
	};
}
/** The at sign encoded for a URL or for HTML. */
var ENCODED_AT = "(?:%40|&#0*64;|&#[xX]0*40;|&commat;)";
var encodedEmail = regexRule({
	id: "email-encoded",
	kind: "email",
	level: "standard",
	priority: 59,
	description: "E-mail address whose at sign is encoded for a URL or HTML (`mailto:jan%40firma.de`, `jan&#64;firma.de`)",
	pattern: new RegExp(`(?<![${LOCAL_CHAR}._%+-])[${LOCAL_CHAR}](?:[${LOCAL_CHAR}._+-]|%2[bB]){0,63}${ENCODED_AT}(?:${LABEL}\\.){1,8}[${LOCAL_CHAR}]{2,24}(?![${LOCAL_CHAR}-]|\\.[${LOCAL_CHAR}])`, "gu"),
	accept: (value) => domainOk(value.replace(new RegExp(`^.*${ENCODED_AT}`), ""))
});
/** Bracketed at and dot words in any case, and the capital bare ones (`AT`, `DOT`) without the case flag. */
var caseless = (words) => words.replace(/\p{L}/gu, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`);
var OBFUSCATION_ANCHOR = new RegExp(`${OPEN$1} ?(?:${caseless(AT_WORDS)}|${caseless(DOT_WORDS)}|@|\\.) ?${CLOSE$1}| (?:${AT_WORDS.toUpperCase()}) |(?:${caseless(MAIL_WORDS)})[ \t]*[:：=–—-]?[ \t]`, "u");
var emailFormRules = [
	around(internationalEmail, /[@＠]/, 70, 300),
	around(obfuscatedEmail, OBFUSCATION_ANCHOR, 200, 300),
	around(encodedEmail, new RegExp(ENCODED_AT), 70, 300)
];
// src/core/redaction/rules/phone-regions.ts
/** Regions tried first for a number written without a country code: where most chat users' numbers come from. */
var PREFERRED = [
	"US",
	"GB",
	"DE",
	"FR",
	"IN",
	"ES",
	"IT",
	"NL",
	"BR",
	"MX",
	"CA",
	"AU",
	"JP",
	"CN",
	"KR",
	"PL",
	"PT",
	"BE",
	"CH",
	"AT",
	"SE",
	"NO",
	"DK",
	"FI",
	"IE",
	"NZ",
	"AR",
	"CO",
	"CL",
	"RU",
	"UA",
	"TR",
	"ZA",
	"NG",
	"EG",
	"SA",
	"AE",
	"IL",
	"ID",
	"PH",
	"VN",
	"TH",
	"MY",
	"SG",
	"PK",
	"BD",
	"KE",
	"GR",
	"CZ",
	"RO",
	"HU"
];
var ALL_REGIONS = getCountries();
var KNOWN = new Set(ALL_REGIONS);
/**
* One region per international call prefix of the metadata (`011` NANP, `010` Japan, `0011` Australia, `8~10`…): a
* number dialled from abroad (`010 91 1860 345 1234`) is parsed by a region that dials out with its prefix.
*/
var IDD_REGIONS = (() => {
	const seen = /* @__PURE__ */ new Map();
	for (const [region, plan] of Object.entries(metadata.countries)) {
		const idd = plan[1];
		if (typeof idd === "string" && idd !== "" && !seen.has(idd)) seen.set(idd, region);
	}
	return [...seen].map(([idd, region]) => [new RegExp(`^(?:${idd})`), region]);
})();
/** Countries whose numbers a text in this script most likely holds; round 15: read on the text as written, so digits of
*  a script's own (`٠٧٩…`, `۰۹۱۲…`) name its regions after they are folded to ASCII for parsing. */
var SCRIPT_REGIONS = [
	[/\p{Script=Cyrillic}/u, [
		"RU",
		"UA",
		"BY",
		"KZ",
		"BG",
		"RS",
		"MK",
		"KG",
		"MN"
	]],
	[/\p{Script=Arabic}/u, [
		"SA",
		"AE",
		"EG",
		"MA",
		"DZ",
		"TN",
		"IQ",
		"JO",
		"KW",
		"QA",
		"OM",
		"BH",
		"LB",
		"IR",
		"AF",
		"PK",
		"SY",
		"YE",
		"SD",
		"PS",
		"LY"
	]],
	[/\p{Script=Hebrew}/u, ["IL"]],
	[/\p{Script=Greek}/u, ["GR", "CY"]],
	[/\p{Script=Thai}/u, ["TH"]],
	[/\p{Script=Hangul}/u, ["KR"]],
	[/[\p{Script=Hiragana}\p{Script=Katakana}]/u, ["JP"]],
	[/\p{Script=Han}/u, [
		"CN",
		"TW",
		"HK",
		"MO",
		"SG",
		"JP"
	]],
	[/[\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Tamil}\p{Script=Telugu}]/u, [
		"IN",
		"NP",
		"BD",
		"LK"
	]],
	[/\p{Script=Armenian}/u, ["AM"]],
	[/\p{Script=Georgian}/u, ["GE"]],
	[/\p{Script=Myanmar}/u, ["MM"]],
	[/\p{Script=Khmer}/u, ["KH"]],
	[/\p{Script=Lao}/u, ["LA"]],
	[/\p{Script=Ethiopic}/u, ["ET", "ER"]],
	[/\p{Script=Sinhala}/u, ["LK"]]
];
var CALLING_CODES = metadata.country_calling_codes;
/** `+254 …`, `(+49)`, `0044 …`: the country code of a number written in international form. */
var INTERNATIONAL = /(?<![\w+])(?:\+|00)[ (]?(\d)(\d)?(\d)?/g;
/** A country-code TLD inside a URL or an e-mail address (`@firma.pl`, `https://shop.ke/`, `www.x.co.za`). */
var CC_TLD = /(?:@|\/\/|www\.)[\p{L}\p{N}.-]{1,80}\.([a-z]{2})(?![\p{L}\p{N}-])/giu;
var WORD$3 = /[\p{L}\p{M}'’.-]{2,40}/gu;
var BLOCK = 256;
/** The regions a block names (a `+CC`, a ccTLD, a country's name), then those its scripts suggest. */
function hintsOf(text, written) {
	const found = /* @__PURE__ */ new Set();
	for (const m of text.matchAll(INTERNATIONAL)) for (const code of [
		m[1],
		m[1] + (m[2] ?? ""),
		m[1] + (m[2] ?? "") + (m[3] ?? "")
	]) {
		const regions = CALLING_CODES[code];
		if (regions) {
			for (const r of regions) found.add(r);
			break;
		}
	}
	for (const m of text.matchAll(CC_TLD)) {
		const tld = m[1].toUpperCase();
		const region = tld === "UK" ? "GB" : tld;
		if (KNOWN.has(region)) found.add(region);
	}
	const names = countryNames();
	const words = text.match(WORD$3) ?? [];
	for (let i = 0; i < words.length; i++) {
		if (!names.firstWords.has(normaliseName(words[i]))) continue;
		for (let j = Math.min(words.length, i + 4); j > i; j--) for (const code of names.countryNames.get(normaliseName(words.slice(i, j).join(" "))) ?? []) if (KNOWN.has(code)) found.add(code);
	}
	const byScript = SCRIPT_REGIONS.filter(([re]) => re.test(written)).flatMap(([, regions]) => regions);
	return [[...found], byScript];
}
/** One instance per text: it memoises its blocks. */
function regionHints(text, written = text) {
	const blocks = /* @__PURE__ */ new Map();
	const block = (b) => {
		let hints = blocks.get(b);
		if (hints === void 0) {
			const [from, to] = [b * BLOCK, (b + 1) * BLOCK + 24];
			hints = b < 0 || from >= text.length ? [[], []] : hintsOf(text.slice(from, to), written.slice(from, to));
			blocks.set(b, hints);
		}
		return hints;
	};
	const unions = /* @__PURE__ */ new Map();
	const near = (index) => {
		const b = Math.floor(index / BLOCK);
		let union = unions.get(b);
		if (union === void 0) {
			const named = [.../* @__PURE__ */ new Set([
				...block(b - 1)[0],
				...block(b)[0],
				...block(b + 1)[0]
			])];
			const script = [.../* @__PURE__ */ new Set([
				...block(b - 1)[1],
				...block(b)[1],
				...block(b + 1)[1]
			])];
			union = [
				[.../* @__PURE__ */ new Set([...named, ...script])],
				named,
				script,
				`${named.join("")}/${script.join("")}`
			];
			unions.set(b, union);
		}
		return union;
	};
	return {
		all: (index) => near(index)[0],
		named: (index) => near(index)[1],
		script: (index) => near(index)[2],
		key: (index) => near(index)[3]
	};
}
// src/core/redaction/rules/phone-identifiers.ts
/** Labels of things that are numbered, lower case (the context phones.ts reads is lower-cased). */
var LABELS = [
	"bestell(?:ung)?s?(?:nummer|nr\\.?)",
	"auftrags?(?:nummer|nr\\.?)?",
	"rechnungs(?:nummer|nr\\.?)",
	"kunden(?:nummer|nr\\.?)",
	"lieferschein(?:nummer|nr\\.?)?",
	"sendungs(?:nummer|nr\\.?)",
	"ordernummer",
	"factuurnummer",
	"klantnummer",
	"ordine",
	"zamówienia",
	"zamówienie",
	"zamowienie",
	"faktury",
	"objednávky",
	"заказа?",
	"счёта",
	"счета",
	"накладной",
	"sipariş(?: no)?",
	"fatura(?: no)?",
	"đơn hàng",
	"mã đơn",
	"pesanan",
	"طلب",
	"الطلب",
	"فاتورة",
	"سفارش",
	"הזמנה",
	"חשבונית",
	"注文番号",
	"注文",
	"受注番号",
	"請求書番号",
	"伝票番号",
	"订单号",
	"订单编号",
	"订单",
	"訂單編號",
	"訂單",
	"发票号",
	"運單號",
	"运单号",
	"주문번호",
	"주문",
	"송장번호",
	"gtin",
	"ean(?:-13|-8)?",
	"upc",
	"imei\\d?",
	"imsi",
	"iccid",
	"meid",
	"mac",
	"s/n",
	"seriennummer",
	"número de serie",
	"numéro de série",
	"серийный номер",
	"シリアル番号",
	"序列号",
	"시리얼",
	"vat(?: reg(?:istration)?)?",
	"ust\\.?-?id(?:nr)?\\.?",
	"ust\\.?-?identifikationsnummer",
	"steuer(?:nummer|-?nr\\.?|-?id)",
	"tva(?: intracom(?:munautaire)?)?",
	"siret",
	"siren",
	"p\\.? ?iva",
	"partita iva",
	"codice fiscale",
	"nif",
	"cif",
	"nie",
	"nip",
	"regon",
	"krs",
	"ičo",
	"dič",
	"ико",
	"инн",
	"огрн",
	"кпп",
	"cnpj",
	"cpf",
	"cuit",
	"rut",
	"rfc",
	"gstin",
	"gst",
	"pan",
	"abn",
	"acn",
	"ein",
	"tin",
	"tax id",
	"btw(?:-nummer)?",
	"kvk",
	"org\\.? ?nr\\.?",
	"vergi no",
	"税号",
	"統一編號",
	"法人番号",
	"사업자등록번호",
	"mst",
	"npwp",
	"<buffer",
	"bytes?",
	"hex(?:dump)?",
	"rt",
	"rw"
];
/** Words that name the number after the label (`VAT number`, `Order-Nr.`, `номер заказа` reads the other way). */
var NUMBER_WORD = "(?:number|no\\.?|nr\\.?|num\\.?|nummer|numéro|número|numer|номер|id|code|番号|编号|号|번호)";
var LABELLED_ID = new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${NUMBER_WORD}[\\s:#.=-]{0,3})?(?:${LABELS.join("|")})(?:[\\s:#.=-]{0,3}${NUMBER_WORD}){0,2}[\\s:#.：=-]{0,3}(?:(?!tel|fax|ph|mob|gsm)[a-z]{2,3}[\\s-]?)?$`, "u");
/** An account or IBAN-like code grouped in fours, its first group mixing letters and digits (`gb2l abby `). */
var ACCOUNT_TAIL = /(?:^|[\s:"'=])(?=[a-z0-9]{0,3}\d)(?=[a-z0-9]{0,3}[a-z])[a-z0-9]{4}(?: [a-z0-9]{4}){1,4} $/;
/** True when the (lower-cased) text right before a phone-shaped number labels it as an identifier. */
function identifierBefore(context) {
	return LABELLED_ID.test(context) || ACCOUNT_TAIL.test(context);
}
// src/core/redaction/rules/phone-trunk-forms.ts
/** The number as dialled from abroad: the `(0)` dropped, and a `)` closing nothing after the area code with it. */
function withoutTrunk(value) {
	const stray = /\(0\)\s?(\d{1,5})\)/.exec(value);
	if (stray && value.slice(0, stray.index).split("(").length === value.slice(0, stray.index).split(")").length) return value.slice(0, stray.index) + stray[1] + value.slice(stray.index + stray[0].length);
	return value.replace(/\(0\)\s?/, "");
}
/** The same number with its 0 kept (`+378 0549 886530`), for the plans that dial it from abroad; none without `(0)`. */
function withTrunkKept(value) {
	return /\(0\)/.test(value) ? [withoutTrunk(value.replace(/\(0\)\s?/, "0"))] : [];
}
// src/core/redaction/rules/phones.ts
var CANDIDATE = /(?:(?<![\w+.,/\\-])|(?<=(?<![\d.]),)(?=[+(0])|(?<=\d,)(?=[+(]|0\d{1,4}[ -]\d))(?:\(\+\d{1,4}\) ?|\+{1,2})?(?:\(0\) ?)?\(?\d{1,15}\)?(?:\(0\) ?\d{1,12})?(?:(?:[ \u00A0.\-/]{1,2}|\)[ ]?)(?:\(0\) ?)?\(?\d{1,12}\)?){0,7}(?!(?!x\d)\w|[./-]\d|,\d{1,3}(?![\d-]))/g;
function validFromAbroad(digits) {
	for (const [idd, region] of IDD_REGIONS) {
		if (!idd.test(digits)) continue;
		if (parsePhoneNumberFromString(digits, region)?.isValid()) return true;
	}
	return false;
}
/** A counting run written compact (`0123456789`, `9876543210`: a digit alphabet in code); grouped, it is dialled. */
function placeholderNumber(digits) {
	let up = true;
	let down = true;
	for (let i = 1; i < digits.length; i++) {
		const step = (digits.charCodeAt(i) - digits.charCodeAt(i - 1) + 10) % 10;
		up &&= step === 1;
		down &&= step === 9;
	}
	return up || down;
}
var PHONE_WORDS = /(?:phone|(?<![a-z])(?:tel|cell|call|ring|text)|mobile|mobil|fax|sms|whatsapp|signal|contact|reach|number|appel|ruf|anruf|llam|chiam|ligue|ligar|bel |zadzwo|num(?:ber|ero|éro)|n[uú]mero|nummer|telefon|tél|handy|cellulare|celular|móvil|movil|portable|hotline|helpdesk|help desk|gsm|puhelin|tlf|telp|điện thoại|sđt|đt|τηλ|κινητ|телефон|тел\.|моб|звон|хотлайн|هاتف|جوال|موبايل|اتصل|تلفن|تماس|טלפון|נייד|फ़ोन|फोन|मोबाइल|दूरभाष|โทร|電話|携帯|手机|手機|电话|联系|전화|연락|휴대폰|핸드폰|☎|📞|📱|i\u0307?letişim|ulaş|contato|contacto|kontakt|msisdn|nomor|numer|номер|číslo|broj|नंबर|संपर्क|問い合わせ|連絡|ll[aá]m|me liga|(?<![a-z])(?:(?:ph|mob)[.:]|simu(?![a-z]))|tawag|hubungi|gọi|liên hệ|ফোন|தொலைபேசி|දුරකථන|ទូរស័ព្ទ|ໂທ|ဖုန်း|утас|ტელ|հեռ|ስልክ|فون|شماره)/i;
/** Words that label the number right before it as a phone (`Tel.: 22123`): enough for the short plans of small countries. */
var PHONE_LABEL = /(?:phone|tel|mobile|fax|call(?: us| me)?(?: at| on)?|hotline|helpdesk|whatsapp|telefon[eo]?|(?:telefon|ruf)nummer|teléfono|tél|handy|gsm|puh(?:elin)?|m[oó]vil|celular|cellulare|mobil|tlf|telp|điện thoại|sđt|κινητό|τηλ|телефон|тел|моб|هاتف|جوال|موبايل|تلفن|טלפון|נייד|携帯|手機|휴대폰|핸드폰|📱|फ़ोन|फोन|โทร|電話番号|電話|电话|手机|전화|☎|📞|(?<![a-z])(?:ph|mob|simu)|ll[aá]m[ae](?:me)?(?: al)?|ligue(?: para)?|appel(?:ez|le)(?:-moi)?(?: au| le)?|gọi(?: cho)?(?: số)?|ফোন|ទូរស័ព្ទ|ဖုန်း|утас|ტელ|ስልክ|فون|شماره)[.:：\s]{0,4}$/i;
var NOT_PHONE_WORDS = /(?:^|[^a-z])(?:order|invoice|ref|reference|ticket|tracking|case|account|acct|isbn|issn|serial|sku|part|id|po|nr\.|no\.|#|version|ver|v|build|release|iban|bic|swift|card|kunden|rechnung|bestell|factura|pedido|commande|facture|ssn|zip|postcode|plz|cp|cap|population|total|amount|price|count)(?:[\s:#.=-]{1,3}(?:number|no\.?|nr\.?|num|nummer|numéro|número|is|was|ist|es|est)){0,3}[\s:#.=-]{0,3}$/;
/** Years a date in chat text has: 1000–2999 (a leading 0 or 8 is a trunk prefix, `0810`, `8800`). */
var YEAR_LIKE = /^[12]\d{3}$/;
function looksLikeDateTimeOrVersion(written, nearWord) {
	const value = written.replace(/^\((.*)\)$/, "$1");
	if (/^(?:19|20)\d\d[-–/](?:19|20)\d\d$/.test(value)) return true;
	const ymd = /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?!\d)/.exec(value);
	if (ymd && YEAR_LIKE.test(ymd[1]) && +ymd[2] >= 1 && +ymd[2] <= 12) return true;
	const dmy = /^(\d{1,2})[-./](\d{1,2})[-./](?:\d{2}|\d{4})$/.exec(value);
	if (dmy && (+dmy[1] <= 31 && +dmy[2] <= 12 || +dmy[1] <= 12 && +dmy[2] <= 31)) return true;
	const hms = /^(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?$/.exec(value);
	if (hms && +hms[1] <= 24 && +hms[2] <= 59 && +(hms[3] ?? 0) <= 59) return true;
	if (/^\d+(?:\.\d+)+$/.test(value) && value.split(".").some((g) => g.length === 1) && !(nearWord && (/^0\./.test(value) || /^\d\./.test(value) && digitCount(value) >= 8))) return true;
	return false;
}
/**
* Postcodes (12345-678, 1234-567, 123-4567, 12345-6789), card groupings (4-6-5, 4-4-4-4) and spans of clock times
* (0930-1730) written like phone numbers; `8312-3456` (4-4, Costa Rica, Estonia, Hong Kong) is no postcode.
*/
function looksLikePostcodeOrCard(value) {
	if (/^(?:\d{5}-\d{3,4}|\d{4}-\d{3}|\d{3}-\d{3,4})$/.test(value)) return true;
	if (/^(?:[01]\d|2[0-3])[0-5]\d-(?:[01]\d|2[0-3])[0-5]\d$/.test(value)) return true;
	const groups = value.split(/[ -]/).map((g) => g.length).join("-");
	return /^(?:4-6-5|4-6-4|4-4-4-4(?:-\d)?)$/.test(groups);
}
/**
* Separators that read like a phone: one kind (two if one is a parenthesis or a slash), no single-digit runs unless
* a phone word says the number is dialled (`8.71234.5.04.45`).
*/
function phoneShaped(value, nearWord) {
	const open = value.split("(").length - 1;
	if (open !== value.split(")").length - 1 || open > 1) return false;
	const seps = new Set(value.replace(/[\d()+]/g, "").replace(/\u00A0/g, " ").split(""));
	seps.delete(" ");
	if (seps.size > 1 && !(seps.size === 2 && seps.has("/"))) return false;
	const groups = value.split(/[^\d]+/).filter((g) => g !== "");
	if (groups.length > 2 && groups.filter((g) => g.length === 1).length > 1 && !nearWord) return false;
	return true;
}
function digitCount(value) {
	let n = 0;
	for (let i = 0; i < value.length; i++) {
		const c = value.charCodeAt(i);
		if (c >= 48 && c <= 57) n++;
	}
	return n;
}
function validIn(value, regions, mobileOnly = false) {
	for (const region of regions) {
		const parsed = parsePhoneNumberFromString(value, region);
		if (parsed?.isValid() && (!mobileOnly || /MOBILE/.test(parsed.getType() ?? ""))) return true;
	}
	return false;
}
/** Every-country lookups are ~8 ms each; past this many distinct candidates per text only PREFERRED is tried. */
var ALL_COUNTRY_BUDGET = 200;
function validNumber(plain, shape, budget) {
	const { nearWord, separated, trunk, international } = shape;
	const digits = digitCount(plain);
	const bare = plain.replace(/[^\d]/g, "");
	if (digits > 15) return /^[08]/.test(bare) && separated && validFromAbroad(bare);
	if (international) {
		const normalised = plain.replace(/^\(\+(\d{1,4})\) ?/, "+$1 ").replace(/^(?:\+\+|00)/, "+");
		const parsed = parsePhoneNumberFromString(normalised);
		if (parsed !== void 0 && (parsed.isValid() || (separated || shape.labelled) && parsed.isPossible())) return true;
		return separated && bare.startsWith("00") && validFromAbroad(bare);
	}
	if (!separated && !trunk && !nearWord) return digits >= 9 && validIn(plain, shape.inScript(), true);
	if (validIn(plain, PREFERRED) || validIn(plain, shape.hinted())) return true;
	if ((nearWord || digits >= 8 && (trunk || plain.startsWith("(") || plain.split(/[^\d]+/).filter(Boolean).length >= 3)) && budget.all < ALL_COUNTRY_BUDGET) {
		budget.all++;
		if (validIn(plain, ALL_REGIONS)) return true;
	}
	return /^[08]/.test(bare) && digits >= 10 && separated && validFromAbroad(bare);
}
/** `010-65980408-8001`: a last dashed group of up to 5 digits after a valid number is its extension. */
var EXTENSION = /^(.*\d)-(\d{1,5})$/;
function findPhones(original) {
	const text = foldWidthAndDigits(original);
	const out = [];
	const cache = /* @__PURE__ */ new Map();
	const budget = { all: 0 };
	const hints = regionHints(text, original);
	const re = new RegExp(CANDIDATE.source, CANDIDATE.flags);
	let match;
	while ((match = re.exec(text)) !== null) {
		let value = match[0];
		let start = match.index;
		value = value.replace(/[ \u00A0.\-/]+$/, "");
		const lead = /^[ \u00A0.\-/]+/.exec(value);
		if (lead) {
			start += lead[0].length;
			value = value.slice(lead[0].length);
		}
		if (value.startsWith("(") === false && value.endsWith(")")) value = value.slice(0, -1);
		const glued = /^([1-9]\d{4,5}) (\d+[-.]\d+(?:[-.]\d+)*)$/.exec(value);
		if (glued && digitCount(glued[2]) >= 10) {
			start += glued[1].length + 1;
			value = glued[2];
		}
		const international = /^(?:\+|00|\(\+)/.test(value);
		const plain = international ? withoutTrunk(value) : value.replace(/^\(0\)\s?/, "0");
		const digits = digitCount(plain);
		const labelled = digits >= 5 && digits < 7 && PHONE_LABEL.test(before(text, start, 24));
		if (digits < 6 && !labelled || digits > 19 && !/^\d{9,15} \d{9,15}$/.test(plain)) continue;
		const context = before(text, start, 32);
		const nearWord = PHONE_WORDS.test(context);
		const dialled = nearWord && digits >= 8;
		if (!international && !dialled && /(?:^|[^\d])\d[^\d]+\d(?:[^\d]|$)/.test(plain)) {
			if (plain.split(/[^\d]+/).filter((g) => g.length === 1).length > 1) continue;
		}
		const named = () => {
			const key = `${plain}|named|${hints.key(start)}`;
			let ok = cache.get(key);
			if (ok === void 0) cache.set(key, ok = validIn(plain, hints.named(start)));
			return ok;
		};
		if (/^\d{1,4}\.\d{1,8}$/.test(plain) && !nearWord && !/^0\d/.test(plain) && !named()) continue;
		if (plain.includes("/") && (plain.split("/").length > 2 || plain.includes(".") || !/^\(?0|^\d{2,4}\/\d{2,4}[ -]\d{2,4}(?:[ -]\d{2,4})?$/.test(plain)) && !nearWord) continue;
		if (/(?<!\d)[12]\d{3}-(?:0?[1-9]|1[0-2])(?:[-/]\d{2})?(?!\d)/.test(plain) && !international) continue;
		if (/^\d{4,}([-/.])\d{1,2}\1\d{1,2}$/.test(plain)) continue;
		if (looksLikeDateTimeOrVersion(plain, nearWord) || !phoneShaped(plain, dialled)) continue;
		if (NOT_PHONE_WORDS.test(context) || identifierBefore(context)) continue;
		if (!nearWord && /^(?:[1-9]\d{0,2}|0)(?:\.\d{1,3}){3}$/.test(plain)) continue;
		if (digits < 7 && !nearWord) continue;
		if (!nearWord && looksLikePostcodeOrCard(plain) && !named()) continue;
		const ownSeparators = plain.replace(/[\d()+]/g, "");
		if (!(ownSeparators !== "" && !ownSeparators.includes(context.slice(-1))) && /(?:(?:^|\D)\d{1,6}[ -]|(?:^|[\s:"'=])[a-z]{2}\d{2}(?: [a-z0-9]{4}){0,4} )$/.test(context)) continue;
		const bare = plain.replace(/[^\d]/g, "");
		if (bare === plain && placeholderNumber(bare)) continue;
		const separated = /[ \u00A0.\-/()]/.test(plain);
		const trunk = /^\(?0[1-9]/.test(plain);
		const besideScript = /[^\p{Script=Latin}\p{Script=Common}\s][\s:：]{0,2}$/u.test(before(text, start, 3));
		const inScript = () => besideScript ? hints.script(start) : [];
		const afterLabel = international && PHONE_LABEL.test(before(text, start, 24));
		const hinted = () => international ? [] : hints.all(start);
		const shape = {
			nearWord,
			labelled: afterLabel,
			separated,
			trunk,
			international,
			hinted,
			inScript
		};
		const check = (candidate) => {
			const key = `${candidate}|${separated}|${nearWord}|${afterLabel}|${besideScript}|${hints.key(start)}`;
			let ok = cache.get(key);
			if (ok === void 0) cache.set(key, ok = validNumber(candidate, shape, budget));
			return ok;
		};
		if (check(plain) || international && withTrunkKept(value).some(check)) {
			out.push({
				start,
				end: start + value.length
			});
			continue;
		}
		const ext = (trunk || international) && !looksLikePostcodeOrCard(plain) ? EXTENSION.exec(plain) : null;
		if (ext && digitCount(ext[1]) >= 8 && check(ext[1])) {
			out.push({
				start,
				end: start + value.length - ext[2].length - 1
			});
			continue;
		}
		const pair = /^(\d{9,15}) (\d{9,15})$/.exec(value);
		if (pair && check(pair[1]) && check(pair[2])) out.push({
			start,
			end: start + pair[1].length
		}, {
			start: start + pair[1].length + 1,
			end: start + value.length
		});
	}
	return out;
}
/** A phone word in the 32 characters before `index` (the IP rule defers to it: `Tel. 87.12.34.56`). */
function phoneWordBefore(text, index) {
	return PHONE_WORDS.test(before(text, index, 32));
}
var phoneRule = {
	id: "phone",
	kind: "phone",
	level: "standard",
	priority: 50,
	description: "Phone number valid in a country's numbering plan (libphonenumber metadata): international (+/00) or national, written with phone-like grouping, a trunk 0, parentheses or a phone word nearby",
	find: findPhones
};
// src/core/redaction/rules/contact.ts
/**
* RFC 2606/6761 documentation names: `example.com/.net/.org` (and their subdomains), `.example`, `.test`, `.invalid`.
* No mail is ever delivered there and AI answers are full of them (`user@example.com` in code), so they are kept.
* Not kept: `.local` and `.localhost` (RFC 6762/6761 reserve them too, but real machines send from them — git's
* default author `john@Johns-MacBook-Pro.local`, cron's `root@host.localhost` — and the names are people's) and
* look-alikes (`example.co.uk`, `examp1e.com`, `example.com.au` are ordinary domains).
*/
var RESERVED_DOMAIN = /(?:^|\.)(?:example\.(?:com|net|org)|example|test|invalid)$/;
var contactRules = [
	regexRule({
		id: "email",
		kind: "email",
		level: "standard",
		priority: 60,
		description: "E-mail address ending in a TLD of the root zone; reserved example domains are kept",
		pattern: /(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,8}[A-Za-z]{2,24}(?![A-Za-z0-9-]|\.[A-Za-z0-9])/g,
		accept: (value, match, text) => {
			const domain = value.slice(value.indexOf("@") + 1).toLowerCase();
			const tld = domain.slice(domain.lastIndexOf(".") + 1);
			if (RESERVED_DOMAIN.test(domain)) return false;
			if (!isTld(tld)) return false;
			if (value.toLowerCase().startsWith("git@") && text[match.index + value.length] === ":") return false;
			if (/:\/\/[^\s/@]{0,80}:$/.test(before(text, match.index, 90))) return false;
			if (/(?:^|[^a-z])(?:ssh|scp|sftp|rsync|mosh)\s(?:[^\n@]{0,60}\s)?$/.test(before(text, match.index, 80))) return false;
			return true;
		}
	}),
	...emailFormRules,
	phoneRule
];
// src/core/redaction/rules/credential-calls.ts
/** The end of a callee's name and its opening parenthesis; group 1 is set for calls that only connect or bind. */
var CALLEE = /(?:[Ll]og_?[Ii]n|[Ll]og_?[Oo]n|[Ss]ign_?[Ii]n|[Aa]uth[A-Za-z]{0,24}|[Cc]redentials?|[Bb]asic|(connect[A-Za-z]{0,12}|Connect[A-Za-z]{0,12}|[Bb]ind|DirectoryEntry|SSHClient|Session))[ \t]{0,4}(?:=[ \t]{0,4})?\(/g;
var MAX_ARGS = 320;
var isSpace = (c) => c === " " || c === "	" || c === "\n" || c === "\r";
/** The top-level arguments of the call opened at `open` (bounded; none if the call does not close in reach). */
function argumentsAt(text, open) {
	const args = [];
	const limit = Math.min(text.length, open + MAX_ARGS);
	let depth = 0;
	let argStart = open + 1;
	let literal = null;
	let other = false;
	/** Where the argument's first non-space character is (-1: none yet), so no argument is sliced to look at it. */
	let content = -1;
	const push = (end) => {
		const quoted = literal !== null && !other;
		if (quoted) args.push({
			start: literal.start,
			end: literal.end,
			quoted
		});
		else if (content !== -1) args.push({
			start: argStart,
			end,
			quoted: false
		});
		literal = null;
		other = false;
		content = -1;
	};
	for (let i = open + 1; i < limit; i++) {
		const c = text[i];
		if (content === -1 && c !== "\"" && c !== "'" && !isSpace(c) && c !== "," && c !== ")") content = i;
		if (c === "\"" || c === "'") {
			let close = i + 1;
			while (close < limit && text[close] !== c && text[close] !== "\n") close++;
			if (close >= limit || text[close] !== c) return null;
			const fresh = content === -1 || content === i - 1 && /[@rbuRBU]/.test(text[content]);
			if (depth === 0 && literal === null && fresh) literal = {
				start: i + 1,
				end: close
			};
			else if (depth === 0) other = true;
			if (content === -1) content = i;
			i = close;
			continue;
		}
		if (c === "(" || c === "[" || c === "{") depth++;
		else if (c === ")" || c === "]" || c === "}") {
			if (depth === 0) {
				push(i);
				return args;
			}
			depth--;
		} else if (c === "," && depth === 0) {
			push(i);
			argStart = i + 1;
		} else if (depth === 0 && literal !== null && !isSpace(c)) {
			const method = /^\.[A-Za-z]\w{0,20}\(\)/.exec(text.slice(i, i + 24));
			if (method) i += method[0].length - 1;
			else other = true;
		} else if (depth === 0 && literal === null && c === "=") other = true;
	}
	return null;
}
/** A user name: one token, not a URL, path or host (`LDAP://…`, `localhost`, `db.corp.net`, `10.0.0.5`). */
function userLike(value) {
	if (value.length === 0 || value.length > 100 || /\s/.test(value) || /:\/\/|^\\\\|^\//.test(value)) return false;
	if (/^localhost$|^\d{1,3}(?:\.\d{1,3}){3}$/i.test(value)) return false;
	return value.includes("@") || !/^[\w-]+(?:\.[\w-]+)+$/.test(value);
}
var unicodeClasses$1 = (value) => (/\p{Ll}/u.test(value) ? 1 : 0) + (/\p{Lu}/u.test(value) ? 1 : 0) + (/\p{N}/u.test(value) ? 1 : 0);
var shaped = (value) => unicodeClasses$1(value) >= 2 && /[\d\W_]/.test(value);
function passwordValue(value, user, onlyConnects) {
	if (value.length < 4 || value.length > 128 || /\s/.test(value) || value === user) return false;
	if (looksLikePlaceholder(value) || NOT_A_PASSWORD.has(value.toLowerCase()) || /^[$%{]/.test(value)) return false;
	if (onlyConnects || /^[A-Za-z]+$/.test(value)) {
		if (shaped(value)) return true;
		return !onlyConnects && value.length >= 8 && /^(?:[a-z]+|[A-Z]+)$/.test(value);
	}
	return true;
}
function* find$8(text) {
	for (const match of text.matchAll(CALLEE)) {
		const args = argumentsAt(text, match.index + match[0].length - 1);
		if (!args) continue;
		for (let i = 0; i + 1 < args.length; i++) {
			const user = args[i];
			const pass = args[i + 1];
			if (!user.quoted || !pass.quoted) continue;
			const userValue = text.slice(user.start, user.end);
			if (!userLike(userValue)) continue;
			if (passwordValue(text.slice(pass.start, pass.end), userValue, match[1] !== void 0)) yield {
				start: pass.start,
				end: pass.end
			};
			break;
		}
	}
}
/** Round 14: API clients built from an account and a key (`twilio.rest.Client(sid, token)`, `plivo.RestClient(id, key)`,
*  `algoliasearch(appId, key)`, `SendGridAPIClient(key)`, Ruby's `Client.new(…)`): a callee whose name ends in Client,
*  Api or Sdk, or Algolia's. A first argument followed by more is the account (`AC…`, an application id), which
*  identifies and is kept; any later one, or an only one, that is machine-random is the key. Hex keys are the ones only
*  this context finds (alone, 32 hex digits read as a hash). */
var CLIENT_CALLEE = /(?<![\w$])(?:new[ \t]{1,4})?(?:[\w$]{1,40}\.){0,4}(?:[\w$]{0,40}(?:[Cc]lient|Api|API|Sdk|SDK)|algoliasearch)(?:\.new)?[ \t]{0,4}\(/g;
function* findClientKeys(text) {
	for (const match of text.matchAll(CLIENT_CALLEE)) {
		const args = argumentsAt(text, match.index + match[0].length - 1);
		if (!args) continue;
		for (let i = args.length === 1 ? 0 : 1; i < args.length; i++) {
			const arg = args[i];
			const value = text.slice(arg.start, arg.end);
			if (!arg.quoted || value.length < 16 || value.length > 256 || looksLikePlaceholder(value)) continue;
			if (looksMachineRandom(value, "keyed")) yield {
				start: arg.start,
				end: arg.end
			};
		}
	}
}
var credentialCallRules = [{
	id: "client-key-argument",
	kind: "api_key",
	level: "secrets",
	priority: 75,
	description: "Round 14: a machine-random quoted argument of an API client constructor (a callee ending in Client, Api or Sdk: `Client(sid, \"…\")`, `RestClient(id, \"…\")`, `algoliasearch(app, \"…\")`), after the account argument",
	find: (text) => [...findClientKeys(text)]
}, {
	id: "credential-call-password",
	kind: "password",
	level: "secrets",
	priority: 75,
	description: "The quoted argument after a quoted user name in a call that logs in or builds credentials (`NetworkCredential(\"u\", \"pw\")`, `.login(\"u\", \"pw\")`, `HTTPBasicAuth`, `auth=(\"u\", \"pw\")`, `DirectoryEntry(path, \"u\", \"pw\")`); for connect/bind calls only a password-shaped value",
	find: (text) => [...find$8(text)]
}];
// src/core/redaction/rules/iban.ts
var LENGTHS$1 = new Map(Object.entries(getCountrySpecifications()).flatMap(([code, spec]) => spec.chars ? [[code, spec.chars]] : []));
/**
* Between two characters of one IBAN: spaces (no-break, thin; the wide forms are folded), dots, dashes, slashes
* (`FR 76 / 1213 / …`, a French RIB key after `/`), tabs, one line break.
*/
var SEPARATOR$1 = /[ \t\u00a0.\-/\r\n]/;
var isAlnum = (ch) => ch >= "0" && ch <= "9" || ch >= "A" && ch <= "Z" || ch >= "a" && ch <= "z";
/** A line break and the next line's indent, or a table's column gap, still join two groups; a longer gap does not. */
var MAX_SEPARATOR_RUN = 8;
/**
* A country code and its check digits, glued or apart, in any case (`at 64 5400 …`, `Ba 39 …`, `rs 35…`, a dot inside
* the code `M.K 07…`): the reading that follows must still give the country's exact length, its BBAN format and the
* mod-97 check digits, which words before numbers (`at 12 3456`) do not (round 12; round 11 wanted capitals). `no`
* apart from its digits is the word for number, not Norway.
*/
var START = /(?<![A-Za-z0-9.])([A-Za-z])\.?([A-Za-z])[ \t\u00a0.-]{0,2}(\d{2})/g;
/**
* Country length, BBAN format and the mod-97 check digits must hold. A failed *national* check digit (BE, FR, ES,
* PL…) is still an account number someone typed, maybe with a typo, so it is redacted too.
*/
function plausibleIban(electronic) {
	const { errorCodes } = validateIBAN(electronic, { allowQRIBAN: true });
	return errorCodes.every((code) => code === ValidationErrorsIBAN.WrongAccountBankBranchChecksum);
}
/**
* Reads `wanted` letters and digits from `from`, skipping separator runs of at most eight characters holding at
* most one line break; returns the compact characters and where the last one ends, or null when the text stops
* first or runs on glued past the country's length (a longer code is no IBAN of that country).
*/
function readBban(text, from, wanted) {
	let chars = "";
	let i = from;
	let separators = 0;
	let breaks = 0;
	while (chars.length < wanted && i < text.length) {
		const ch = text[i];
		if (isAlnum(ch)) {
			chars += ch;
			separators = 0;
			breaks = 0;
		} else if (SEPARATOR$1.test(ch)) {
			if (++separators > MAX_SEPARATOR_RUN) return null;
			if (ch === "\n" && ++breaks > 1) return null;
		} else return null;
		i++;
	}
	if (chars.length < wanted) return null;
	if (i < text.length && isAlnum(text[i])) return null;
	return {
		chars,
		end: i
	};
}
function findIbans(original) {
	const text = foldWidthAndDigits(original);
	const out = [];
	const re = new RegExp(START.source, "g");
	let match;
	while ((match = re.exec(text)) !== null) {
		const written = match[1] + match[2];
		if (written !== "NO" && written.toUpperCase() === "NO" && match[0].length > 4) continue;
		const country = written.toUpperCase();
		const length = LENGTHS$1.get(country);
		if (length === void 0) continue;
		const bban = readBban(text, match.index + match[0].length, length - 4);
		if (!bban || !/\d/.test(bban.chars)) continue;
		if (!plausibleIban(country + match[3] + bban.chars.toUpperCase())) continue;
		out.push({
			start: match.index,
			end: bban.end
		});
		re.lastIndex = bban.end;
	}
	return out;
}
var ibanRule = {
	id: "iban",
	kind: "iban",
	level: "standard",
	priority: 70,
	description: "IBAN (ibantools: registry and non-registry countries, lengths, BBAN format, mod 97) read through any separators people type between groups — spaces, dots, dashes, a line break — in any case",
	find: findIbans
};
// src/core/redaction/rules/financial.ts
var CARD_WORDS = /(?:card|carte|tarjeta|kart|cartão|cartao|carta|kaart|kort|visa|master ?card|amex|american express|maestro|unionpay|union pay|jcb|diners|discover|mir|rupay|elo|hipercard|routex|fleet|\bcc\b|\bpan\b|карт|κάρτ|thẻ|บัตร|بطاق|کارت|כרטיס|カード|卡|카드)/i;
/**
* Lengths issued for this number's issuer range: braintree's maintained table (`credit-card-type`: Visa, Mastercard,
* Amex, Diners, Discover, JCB, UnionPay, Maestro, Mir, Elo, Hiper, Hipercard, Troy, Verve, Naranja), and our own
* for the schemes it lacks (UATP, RuPay, BC Card, UnionPay 81, older 13-digit Visa, JCB 15, Diners 15–18; round 12:
* the national networks UzCard, Humo, Napas and GPN).
*/
function issuerLengths(d) {
	const iin = d.slice(0, 8);
	let lengths = iinLengths.get(iin);
	if (lengths === void 0) {
		const all = new Set(otherIssuerLengths(d));
		for (const type of creditCardType(iin)) for (const length of type.lengths) all.add(length);
		lengths = [...all];
		if (iinLengths.size > 5e3) iinLengths.clear();
		iinLengths.set(iin, lengths);
	}
	return lengths;
}
var iinLengths = /* @__PURE__ */ new Map();
/** Issuer ranges credit-card-type does not list; a 15-digit number starting with 4 is an IMEI, not a Visa. */
function otherIssuerLengths(d) {
	const n2 = Number(d.slice(0, 2));
	const n4 = Number(d.slice(0, 4));
	const n6 = Number(d.slice(0, 6));
	if (d.startsWith("1946")) return [
		16,
		18,
		19
	];
	if (d[0] === "1") return [15];
	if (d[0] === "4") return [
		13,
		16,
		19
	];
	if (n2 === 34 || n2 === 37) return [15];
	if (n4 >= 3e3 && n4 <= 3059 || n4 === 3095 || n2 === 36 || n2 === 38 || n2 === 39) return [
		14,
		15,
		16,
		17,
		18,
		19
	];
	if (n4 >= 3528 && n4 <= 3589) return [
		15,
		16,
		17,
		18,
		19
	];
	if (n4 >= 2200 && n4 <= 2204) return [
		16,
		17,
		18,
		19
	];
	if (n6 >= 222100 && n6 <= 272099) return [16];
	if (n2 >= 51 && n2 <= 55) return [16];
	if (d[0] === "5" || d[0] === "6") return [
		12,
		13,
		14,
		15,
		16,
		17,
		18,
		19
	];
	if (n2 >= 81 && n2 <= 82) return [
		16,
		17,
		18,
		19
	];
	if (n2 === 94) return [16];
	if (n4 === 9792) return [16];
	if (n4 === 8600 || n4 === 9860) return [16];
	if (n4 === 9704) return [16, 19];
	if (d[0] === "7") return [
		16,
		17,
		18,
		19
	];
	return [];
}
/** Paying words before a compact number (`Paid with 36227206271667`): it is the card paid with. */
var PAYMENT_WORDS = /(?:paid|pay|payment|charged?|checkout|billing|refund|bezahlt|zahlung|payé|paiement|pagado|pago|pagamento|pagato)\b/i;
/** Digits grouped the way cards are printed: in fours (last group shorter), Amex/Diners 4-6-5 / 4-6-4, or not at all. */
function cardGrouping(value) {
	const separators = new Set(value.replace(/\d/g, ""));
	if (separators.size === 0) return true;
	if (separators.size > 1) return false;
	const groups = value.split(/[ -]/).map((g) => g.length);
	if (groups.length === 3 && groups[0] === 4 && groups[1] === 6 && (groups[2] === 4 || groups[2] === 5)) return true;
	return groups.slice(0, -1).every((g) => g === 4) && groups[groups.length - 1] >= 1 && groups[groups.length - 1] <= 4 || groups.length === 5 && groups.slice(0, 4).every((g) => g === 4) && groups[4] <= 3;
}
/**
* Fleet and local cards are printed in their issuer's own groups (`7050 15605297 00114`, `70501 501021600 378`): any
* two to five groups of three to nine digits count when the text names a card (Luhn and the issuer range still hold).
*/
function issuerGrouping(value) {
	const groups = value.split(/[ -]/);
	return new Set(value.replace(/\d/g, "")).size === 1 && groups.length >= 2 && groups.length <= 5 && groups.every((g) => g.length >= 3 && g.length <= 9);
}
function acceptCard(value, at, text) {
	const digits = digitsOf(value);
	if (digits.length < 12 || digits.length > 19) return false;
	if (/^(\d)\1+$/.test(digits)) return false;
	const named = CARD_WORDS.test(before(text, at, 40));
	if (!cardGrouping(value) && !(named && issuerGrouping(value) && luhnValid(digits))) return false;
	if (!issuerLengths(digits).includes(digits.length)) return false;
	if (!/[ -]/.test(value) && digits.length < 15 && !named && !PAYMENT_WORDS.test(before(text, at, 40))) return false;
	return luhnValid(digits);
}
/**
* A part of a run with a four-digit group joined by the same separator right before or after it is the middle of
* one longer grouped number (an IBAN's digits, an account number), not a card standing beside something else.
*/
var CONTINUES = {
	" ": [/(?:^|[^\d-])\d{4} $/, /^ \d{4}(?:$|[^\d-])/],
	"-": [/(?:^|[^\d ])\d{4}-$/, /^-\d{4}(?:$|[^\d ])/]
};
function continuesGroups(text, start, end) {
	const sep = /[ -]/.exec(text.slice(start, end))?.[0];
	if (sep === void 0) return false;
	const [before, after] = CONTINUES[sep];
	return before.test(text.slice(Math.max(0, start - 6), start)) || after.test(text.slice(end, end + 6));
}
/**
* A run of digit groups: one card, or several side by side (`4012888888881881 4012-8888-8888-1881`). Bounded. A card
* is a field of a delimited row too (`4111…,09/29,J SMITH`, `J SMITH,4111…`): a comma before it counts when no digit
* stands before the comma (`0,4532…` is a decimal), one after it unless exactly two digits end the number there
* (`…,45 €` is an amount; `,09/29` and `,123,` are the next fields).
*/
var CARD_RUN = /(?<![\dA-Za-z.-])(?<!\d,)[1-9][\d -]{10,22}\d(?!\d|[.-]\d|,\d{2}(?![\d/.-]))/g;
/**
* Each candidate run is tried whole, then from each of its group starts with each group end, longest first: a
* rejected run (two cards in a row, a card after an order number) must not hide the card inside it. The run is at
* most 24 characters, so a start position is looked at a bounded number of times.
*/
function* findCards(text) {
	const re = new RegExp(CARD_RUN.source, "g");
	let match;
	while ((match = re.exec(text)) !== null) {
		const run = match[0];
		const at = match.index;
		if (!continuesGroups(text, at, at + run.length) && acceptCard(run, at, text)) {
			yield {
				start: at,
				end: at + run.length
			};
			continue;
		}
		if (!/[ -][1-9]\d{3}/.test(run)) continue;
		const starts = [0];
		const ends = [];
		for (const sep of run.matchAll(/[ -]+/g)) {
			ends.push(sep.index);
			const next = sep.index + sep[0].length;
			if (/^[1-9]\d{3}/.test(run.slice(next, next + 4))) starts.push(next);
		}
		ends.push(run.length);
		let found = null;
		for (const s of starts) {
			for (let e = ends.length - 1; e >= 0 && !found; e--) {
				const end = ends[e];
				if (end - s < 12) break;
				if (s === 0 && end === run.length || continuesGroups(text, at + s, at + end)) continue;
				if (acceptCard(run.slice(s, end), at + s, text)) found = {
					start: at + s,
					end: at + end
				};
			}
			if (found) break;
		}
		if (found) {
			yield found;
			re.lastIndex = found.end;
		} else if (starts.length > 1) re.lastIndex = at + starts[1];
	}
}
var financialRules = [{
	id: "payment-card",
	kind: "payment_card",
	level: "standard",
	priority: 70,
	description: "Card number: issuer range (Visa, Mastercard, Amex, Discover, JCB, Diners, UnionPay, Maestro 12–19, Mir, RuPay, UATP…) with its lengths, card grouping, Luhn valid (UnionPay also without); several in a row each found",
	find: findCards
}, ibanRule];
// src/core/redaction/rules/network.ts
var OCTET = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
var VERSION_CONTEXT = /(?:(?:^|[^a-z])(?:version|ver\.?|release|build|firmware|section|chapter|clause|step|v)|§|==|>=|<=|~=|\^|~)\s{0,2}[:=(]?\s{0,2}["']?$/;
/** `AssemblyVersion("…")`, `minSdkVersion`, `APP_VERSION=`, `file_version:` (case kept, so `conversion` is no version). */
var CAMEL_VERSION = /(?:[a-z]Version|_[Vv]ersion|_VERSION)[\s:=("']{0,4}$/;
/** A product token (`Chrome/120.0.0.0`, `Edg/120.0.2210.91`) is a version; an object identifier after `OID`/`urn:oid:` is no address. */
var PRODUCT_OR_OID = /(?:^|[\s(;,"'])[A-Za-z][\w.-]{0,40}\/$|(?:^|[^a-z])(?:oid|urn:oid:)[\s:="']{0,3}$/;
/**
* The text calls the quad an IP (`IP`, `IPv4`, `IP-Adresse`, `IP-адрес`, `adresse IP`); `host:` or `DNS` beside an
* example resolver (`4.4.4.4`, `1.2.3.4` in docs) is not enough.
*/
var IP_WORDS = /(?:^|[^\p{L}])(?:ip|ipv4|ip-adress\p{L}*|ip-адрес\p{L}*)(?![\p{L}])/iu;
/**
* An all-single-digit quad (4.2.1.3) is a section or version far more often, unless something says it is an address:
* a CIDR suffix (`1.1.1.2/25`), an IP word beside it (`8.8.8.8 is the ip address`, `DNS: 9.9.9.9`), or an access-log
* line it opens (`1.2.3.4 - - [29/Nov/2026…`).
*/
function singleDigitQuadIsAddress(text, start, end) {
	if (/^\/(?:[12]?\d|3[0-2])(?!\d)/.test(text.slice(end, end + 4))) return true;
	if (/^ - \S{1,40} \[/.test(text.slice(end, end + 48))) return true;
	return IP_WORDS.test(text.slice(Math.max(0, start - 30), start)) || IP_WORDS.test(text.slice(end, end + 30));
}
function keptIpv4(value, text, start) {
	const [a, b, c, d] = value.split(".").map(Number);
	if (a === 127 || a === 0 || a === 255) return true;
	if ([
		a,
		b,
		c,
		d
	].every((n) => n !== void 0 && n < 10)) return text === void 0 || start === void 0 || !singleDigitQuadIsAddress(text, start, start + value.length);
	if (c === 0 && d === 0) return true;
	if (a === 192 && b === 0 && c === 2) return true;
	if (a === 198 && b === 51 && c === 100) return true;
	if (a === 203 && b === 0 && c === 113) return true;
	return false;
}
var ipv4 = regexRule({
	id: "ipv4",
	kind: "ip_address",
	level: "strict",
	priority: 55,
	description: "IPv4 dotted quad (each octet 0–255), not loopback/netmask/documentation ranges, not after \"version\"",
	pattern: new RegExp(`(?<![\\w.-])${OCTET}(?:\\.${OCTET}){3}(?![\\w]|\\.\\d)`, "g"),
	accept: (value, match, text) => !keptIpv4(value, text, match.index) && !(value.endsWith(".0") && /^\/\d/.test(text.slice(match.index + value.length, match.index + value.length + 2))) && !VERSION_CONTEXT.test(before(text, match.index, 24)) && !PRODUCT_OR_OID.test(before(text, match.index, 48)) && !CAMEL_VERSION.test(text.slice(Math.max(0, match.index - 24), match.index)) && (!phoneWordBefore(text, match.index) || /['"([]\s*$/.test(before(text, match.index, 3)) || /^\/(?:[12]?\d|3[0-2])(?!\d)/.test(text.slice(match.index + value.length, match.index + value.length + 4)) && !value.endsWith(".0"))
});
function validIpv6(written) {
	const quad = new RegExp(`^(.*:)(${OCTET}(?:\\.${OCTET}){3})$`).exec(written);
	const value = quad ? `${quad[1]}0:0` : written;
	if (quad && keptIpv4(quad[2])) return false;
	const halves = value.split("::");
	if (halves.length > 2) return false;
	const groups = halves.flatMap((h) => h === "" ? [] : h.split(":"));
	if (groups.some((g) => !/^[0-9a-fA-F]{1,4}$/.test(g))) return false;
	if (halves.length === 1 ? groups.length !== 8 : groups.length > 7 || groups.length < 2) return false;
	if (!/\d/.test(value)) return false;
	if (!quad && groups.slice(0, -1).every((g) => /^0+$/.test(g)) && /^0*[01]$/.test(groups[groups.length - 1] ?? "")) return false;
	if (halves[0] !== "" && parseInt(groups[0] ?? "", 16) === 8193 && parseInt(groups[1] ?? "", 16) === 3512) return false;
	if (halves.length === 2 && halves[0] === "" && groups.length === 1) return false;
	return true;
}
var IPV6_CANDIDATE = new RegExp(`(?<![\\w:.])(?:[0-9A-Fa-f]{1,4}:{1,2}|::)(?:[0-9A-Fa-f]{1,4}:{1,2}){0,8}(?:${OCTET}(?:\\.${OCTET}){3}|[0-9A-Fa-f]{0,5})(?![\\w:]|\\.\\w)`, "g");
/** A zone id after a link-local address (`fe80::1%eth0`, `%25en0` in a URL): part of the written address. */
var ZONE = /^%(?:25)?[\w.-]{1,16}/;
var networkRules = [ipv4, {
	id: "ipv6",
	kind: "ip_address",
	level: "strict",
	priority: 55,
	description: "IPv6, full or ::-compressed, IPv4-mapped/embedded (::ffff:1.2.3.4), with a zone id, in brackets with a :port, or with a :port after a full address; not ::1 or 2001:db8::/32",
	*find(text) {
		const re = new RegExp(IPV6_CANDIDATE.source, "g");
		let match;
		while ((match = re.exec(text)) !== null) {
			const value = match[0];
			if (validIpv6(value)) {
				const zone = ZONE.exec(text.slice(match.index + value.length, match.index + value.length + 20));
				yield {
					start: match.index,
					end: match.index + value.length + (zone ? zone[0].length : 0)
				};
			} else {
				const port = /^((?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}):\d{1,5}$/.exec(value);
				if (port && validIpv6(port[1])) yield {
					start: match.index,
					end: match.index + port[1].length
				};
			}
		}
	}
}];
// src/core/redaction/rules/password-fields.ts
/** A password word as it appears in selectors, labels and setting names, in camelCase, snake_case or kebab-case. */
var PASSWORD_NAME = /PASS(?:WORD|WD|PHRASE|CODE)?(?![A-Z])|[Pp]ass(?:word|wd|phrase|code)?(?![a-z])|PWD|[Pp]wd|[Pp]asswort|[Kk]ennwort|[Cc]ontrase[ñn]a|[Ss]enha|[Mm]ot[ _-]?de[ _-]?passe|[Ww]achtwoord|[Hh]as[łl]o|[Hh]eslo|[Pp]arol[aeia]?(?![a-z])|[Ll][öo]senord|[Pp]assord|[Ss]alasana|[Jj]elsz[óo]|[ŞşSs]ifre|[Пп]ароль|密码|密碼|パスワード|비밀번호/;
/** Values a test types that are keys, not text (`{enter}`, `${pw}`, `Keys.RETURN`). */
var NOT_TYPED = /^(?:\{|\$\{|\{\{|%\()/;
/** Methods that type or set a field's value; an optional first string argument is the field's selector. */
var FILL = /(?<![\w$])(?:fill|type|sendKeys|send_keys|setValue|addValue|pressSequentially|fill_in|input_text|fillField|typeText|fillIn)[ \t]{0,2}\(?[ \t]{0,2}(?:(["'`])([^"'`\n]{1,120})\1[ \t]{0,2},[ \t]{0,4}(?:with:[ \t]{0,4})?)?(["'`])([^"'`\n]{1,128})\3/dg;
/** `{ target: { value: '…' } }` (Testing Library, React events) */
var TARGET_VALUE = /(?<![\w$])target[ \t]{0,2}:[ \t]{0,2}\{[ \t]{0,2}value[ \t]{0,2}:[ \t]{0,2}(["'`])([^"'`\n]{1,128})\1/dg;
/** Robot Framework: `Input Password    locator    value`, `Input Text    id=password    value` (cells: 2+ spaces or a tab). */
var ROBOT = /(?<=^|\n)[ \t]{0,8}Input[ \t](Password|Text)(?:[ \t]{2,8}|\t)([^\s][^\t\n]{0,120}?)(?:[ \t]{2,8}|\t)([^\s][^\t\n]{0,127}?)[ \t]*(?=\r?\n|$)/dg;
/** The statement before `at`: back to a line break or `;`, at most 200 characters. */
function statementBefore(text, at) {
	const head = text.slice(Math.max(0, at - 200), at);
	return head.slice(Math.max(head.lastIndexOf("\n"), head.lastIndexOf(";")) + 1);
}
var typedPassword = (value) => plausiblePassword(value) && !NOT_TYPED.test(value);
/** Cypress and Testing Library type `{enter}`, `{tab}` after the text: a key press, not part of the password. */
var typedText = (text, start, end) => {
	const brace = text.indexOf("{", start);
	return brace !== -1 && brace < end && brace > start ? brace : end;
};
function* fills(text) {
	for (const re of [new RegExp(FILL.source, FILL.flags), new RegExp(TARGET_VALUE.source, TARGET_VALUE.flags)]) {
		let match;
		while ((match = re.exec(text)) !== null) {
			const group = re.source === FILL.source ? 4 : 2;
			const [start, full] = match.indices[group];
			const end = typedText(text, start, full);
			const selector = re.source === FILL.source ? match[2] : void 0;
			if ((selector !== void 0 ? PASSWORD_NAME.test(selector) : PASSWORD_NAME.test(statementBefore(text, match.index))) && typedPassword(text.slice(start, end))) yield {
				start,
				end
			};
		}
	}
	const robot = new RegExp(ROBOT.source, ROBOT.flags);
	let match;
	while ((match = robot.exec(text)) !== null) {
		const [start, end] = match.indices[3];
		if ((match[1] === "Password" || PASSWORD_NAME.test(match[2])) && typedPassword(text.slice(start, end))) yield {
			start,
			end
		};
	}
}
/** `"key": "password", "value": "…"`, `name = "auth.password"` then `value = "…"`, across up to two lines. */
var NAME_VALUE = /(?<![\w$])["']?(?:key|name|Key|Name|ParameterKey|parameterKey|parameter_key|variable|field)["']?[ \t]{0,4}[:=][ \t]{0,4}["']([^"'\n]{1,80})["'][ \t]{0,4}[,;]?[ \t]{0,4}(?:\r?\n[ \t]{0,40}){0,2}["']?(?:value|Value|ParameterValue|parameterValue|parameter_value)["']?[ \t]{0,4}[:=][ \t]{0,4}(["'])([^"'\n]{1,128})\2/dg;
/** The AWS CLI's shorthand: `ParameterKey=DbPassword,ParameterValue=…`. */
var PARAMETER_SHORTHAND = /(?<![\w$])ParameterKey=([^,\s"']{1,80}),ParameterValue=([^,\s"']{1,128})/dg;
function* nameValues(text, kind) {
	for (const source of [NAME_VALUE, PARAMETER_SHORTHAND]) {
		const re = new RegExp(source.source, source.flags);
		const valueGroup = source === NAME_VALUE ? 3 : 2;
		let match;
		while ((match = re.exec(text)) !== null) {
			const name = match[1];
			const [start, end] = match.indices[valueGroup];
			const value = text.slice(start, end);
			if (PASSWORD_NAME.test(name)) {
				if (kind === "password" && typedPassword(value)) yield {
					start,
					end
				};
				continue;
			}
			const context = keyContextOf(name);
			if (kind === "secret" && context.keyWord && !context.publicWord && looksMachineRandom(value, "keyed")) yield {
				start,
				end
			};
		}
	}
}
/** OpenWrt UCI: the Wi-Fi key and password options of `config wifi-iface` and friends. */
var UCI = /(?<=^|\n)[ \t]{0,8}option[ \t]{1,4}(?:key|sae_password|wpa_passphrase|auth_secret|priv_key_pwd|password)[ \t]{1,4}(["']?)([^\s"']{1,128})\1[ \t]*(?=\r?\n|$)/dg;
function* uciOptions(text) {
	const re = new RegExp(UCI.source, UCI.flags);
	let match;
	while ((match = re.exec(text)) !== null) {
		const [start, end] = match.indices[2];
		if (plausiblePassword(text.slice(start, end))) yield {
			start,
			end
		};
	}
}
var passwordFieldRules = [
	{
		id: "filled-password-field",
		kind: "password",
		level: "secrets",
		priority: 80,
		description: "Round 11: the value test automation types into a field its selector or label names a password (Selenium send_keys, Playwright fill/type, Cypress type, WebdriverIO setValue, Capybara fill_in, Testing Library target value, Robot Framework Input Password)",
		find: (text) => [...fills(text)]
	},
	{
		id: "name-value-password",
		kind: "password",
		level: "secrets",
		priority: 80,
		description: "Round 11: the value of a name/value pair whose name holds a password word (`{\"key\": \"password\", \"value\": …}`, `{\"name\": \"DB_PASSWORD\", \"value\": …}`, Helm set blocks, CloudFormation ParameterKey/ParameterValue)",
		find: (text) => [...nameValues(text, "password")]
	},
	{
		id: "name-value-secret",
		kind: "secret",
		level: "secrets",
		priority: 78,
		description: "Round 11: a machine-random value of a name/value pair whose name holds a key word (`{\"name\": \"STRIPE_TOKEN\", \"value\": …}`)",
		find: (text) => [...nameValues(text, "secret")]
	},
	{
		id: "uci-wifi-key",
		kind: "password",
		level: "secrets",
		priority: 80,
		description: "Round 11: OpenWrt UCI options holding a Wi-Fi key or password (`option key '…'`, `option sae_password '…'`)",
		find: (text) => [...uciOptions(text)]
	}
];
// src/core/redaction/rules/password-tools.ts
/** Tools and the flag that takes their password (the value follows after spaces, or glued for 7-Zip and RAR). */
var TOOL_FLAG = "(?:ldap(?:search|modify|add|delete|modrdn|compare|whoami|passwd|exop|url)[^\\n|;&]{0,200}?(?<=[ \\t])-w|(?:zip|zipcloak|unzip|funzip|ipmitool|cqlsh|rdesktop|smbpasswd|vncviewer|mosquitto_(?:pub|sub|passwd)|pg_basebackup|sqsh|isql|tsql|bsqldb|nxc|crackmapexec|netexec|evil-winrm|hydra)\\b[^\\n|;&]{0,200}?(?<=[ \\t])(?:-P|-p|--password)|openssl[ \\t]{1,4}(?:enc|aes-\\d+-\\w+|des3|bf|rc4|chacha20)\\b[^\\n|;&]{0,200}?(?<=[ \\t])-k|schtasks\\b[^\\n|;&]{0,200}?(?<=[ \\t])\\/RP|nmcli\\b[^\\n|;&]{0,200}?(?<=[ \\t])(?:(?:wifi-sec|802-11-wireless-security)\\.(?:psk|wep-key[0-3]|leap-password)|802-1x\\.(?:password|private-key-password|pin)|(?:gsm|cdma|pppoe)\\.password))[ \\t]{1,4}";
/** Round 10: the layouts of secrets files; each yields the password field (one rule id, `secrets-file-password`). */
var SECRETS_FILES = [
	/(?<=^|\n)[ \t]{0,8}(?:\[[^\]\s]{1,253}\](?::\d{1,5})?|[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}:\d{1,5})[ \t]{1,8}[^\s:]{1,128}:([^\s]{1,128})(?=[ \t]*(?:\r?\n|$))/dg,
	/(?<=^|\n)[ \t]{0,8}"?[^\s"#]{1,64}"?[ \t]{1,8}\*[ \t]{1,8}"?([^\s"]{1,128})"?(?=[ \t]{1,8}(?:\*|""|[\d.]{7,15}))/dg,
	/(?:(?<![\w-])cat[ \t]{1,4}[^\n]{0,100}?(?:auth|pass|cred|login|secret)[^\s/]{0,40}\.(?:txt|conf|cfg|creds)|auth-user-pass(?:[ \t]{1,4}\S{1,100})?)[ \t]*\r?\n[ \t]*[^\s]{1,64}[ \t]*\r?\n[ \t]*([^\s]{4,128})(?=[ \t]*(?:\r?\n|$))/dg,
	/<(?:\w{0,40}(?:[Pp]assword|PASSWORD|[Pp]asswd|[Pp]assphrase)\w{0,40}|\w{1,40}[ \t\r\n][^<>]{0,200}?(?<=[ \t\r\n])(?:name|key|Name|Key)=["'][\w.-]{0,40}(?:[Pp]assword|PASSWORD|[Pp]asswd|[Pp]assphrase)["'])(?:[ \t\r\n][^<>]{0,200})?>[ \t\r\n]{0,200}<(?:Value|value|string)>([^<>\n]{1,256})<\//dg,
	/<key>[^<\n]{0,40}(?:[Pp]assword|PASSWORD|[Pp]asswd|[Pp]assphrase)[^<\n]{0,40}<\/key>[ \t\r\n]{0,200}<string>([^<>\n]{1,256})<\/string>/dg,
	/<(?:[Kk]eyMaterial|[Pp]reSharedKey|[Pp]sk|PSK|[Pp]assPhrase|[Pp]assphrase)>[ \t]{0,8}([^<>\s]{1,256})[ \t]{0,8}<\//dg
].map((pattern, i) => regexRule({
	id: `secrets-file-${i}`,
	kind: "password",
	level: "secrets",
	description: "",
	pattern,
	group: 1,
	accept: plausiblePassword
}));
var passwordToolRules = [
	regexRule({
		id: "tool-password-flag",
		kind: "password",
		level: "secrets",
		priority: 80,
		description: "The password option of tools whose flag is a letter of their own: `ldapsearch -w`, `zip -P`, `ipmitool -P`, `cqlsh -p`, `rdesktop -p`, `openssl enc -k`, `schtasks /RP`, glued `7z -pX` / `unrar -pX`, `xfreerdp /p:X`, `lftp -u user,X`, `wpa_passphrase SSID X`, (round 12) `networksetup -setairportnetwork dev SSID X`, (round 15) `nmcli … wifi-sec.psk X`",
		pattern: new RegExp(`(?<![\\w-])(?:${TOOL_FLAG}|(?:7z|7za|7zr|7zz|rar|unrar)\\b[^\\n|;&]{0,200}?(?<=[ \\t])-p(?=[^\\s-])|(?:xfreerdp|wlfreerdp|sdl-freerdp)\\b[^\\n|;&]{0,200}?(?<=[ \\t])[/-]p:|lftp\\b[^\\n|;&]{0,200}?(?<=[ \\t])-u[ \\t]{1,4}["']?[^\\s,"']{1,64},|(?:wpa_passphrase|networksetup[ \\t]{1,4}-setairportnetwork[ \\t]{1,4}[^\\s]{1,32})[ \\t]{1,4}(?:"[^"\\n]{1,64}"|'[^'\\n]{1,64}'|[^\\s"']{1,64})[ \\t]{1,4})(["']?)([^\\s"']{1,128})\\1`, "dg"),
		group: 2,
		accept: (v) => plausiblePassword(v) && !/^-/.test(v)
	}),
	regexRule({
		id: "ipsec-secret",
		kind: "secret",
		level: "secrets",
		priority: 80,
		description: "strongSwan/Libreswan ipsec.secrets: the quoted secret after `PSK`, `XAUTH`, `EAP`, `NTLM` or `PIN` (`: PSK \"…\"`, `user : EAP \"…\"`)",
		pattern: /(?<=(?:^|\n)[^\n]{0,200}?:[ \t]{0,4})(?:PSK|XAUTH|EAP|NTLM|PIN)[ \t]{1,4}(["'])([^"'\n]{1,256})\1/dg,
		group: 2,
		accept: plausiblePassword
	}),
	regexRule({
		id: "wifi-qr-password",
		kind: "password",
		level: "secrets",
		priority: 80,
		description: "The `P:` field of a Wi-Fi QR code (`WIFI:T:WPA;S:name;P:…;;`, ZXing's format; `\\;` escapes kept inside)",
		pattern: /WIFI:[^\n]{0,120}?(?<=[:;])P:((?:\\[;,:\\"]|[^;\n\\]){1,128});/dg,
		group: 1,
		accept: plausiblePassword
	}),
	regexRule({
		id: "expect-send-password",
		kind: "password",
		level: "secrets",
		priority: 80,
		description: "An `expect` script answering a password or passphrase prompt: `expect \"Password:\"` then `send \"…\\r\"`",
		pattern: /expect[ \t]{1,4}(?:-[a-z]{1,3}[ \t]{1,4})?["'{][^\n]{0,40}?(?:assword|asswort|assphrase|PASSWORD|PIN)[^\n]{0,40}\r?\n[ \t]{0,12}send[ \t]{1,4}(?:--[ \t]{1,4})?["'{]((?:\\[^rn]|[^"'}\\\n]){1,128})(?:\\r|\\n)?["'}]/dg,
		group: 1,
		accept: plausiblePassword
	}),
	{
		id: "secrets-file-password",
		kind: "password",
		level: "secrets",
		priority: 80,
		description: "Round 10: secrets files of a fixed layout — Postfix `sasl_passwd` (`[relay]:587 user:pw`), PPP `chap-secrets`/`pap-secrets` (`\"user\" * \"pw\" *`), a two-line credentials file shown with `cat` or named by `auth-user-pass` (OpenVPN: the user, then the password), a password element holding `<Value>` (unattend.xml), a property list `<key>Password</key><string>…</string>`",
		*find(text) {
			yield* SECRETS_FILES.flatMap((layout) => [...layout.find(text)]).sort((a, b) => a.start - b.start);
		}
	},
	{
		id: "password-list-items",
		kind: "password",
		level: "secrets",
		priority: 76,
		description: "Round 10: every item of a YAML list under a key naming passwords (`hardcoded_passwords:` then `- \"…\"` lines); the assignment scanner reads only the first",
		find: (text) => [...findListItems(text)]
	},
	{
		id: "password-column",
		kind: "password",
		level: "secrets",
		priority: 76,
		description: "The cells of a table column headed by a password word (`password`, `login_password`, `Passwort`, `contraseña`, `пароль`…): CSV exports of password managers and browsers, Markdown, tab- and semicolon-separated tables",
		find: (text) => [...findColumns(text)]
	}
];
/** A header cell naming a password column, in the languages of the password words elsewhere. */
var PASSWORD_CELL = /^(?:[\p{L}]+[ _.-])?(?:pass(?:word|wd|phrase|code)?|pwd|pw|psw|passwort|kennwort|mot de passe|mdp|contrase[ñn]a|contrasenya|senha|clave|wachtwoord|l[öo]senord|passord|adgangskode|salasana|has[łl]o|heslo|jelsz[óo]|parol[aăe]?|parool|[şs]ifre|lozinka|geslo|пароль|лозинка|κωδικός|סיסמה|كلمة المرور|رمز عبور|パスワード|密码|密碼|비밀번호|รหัสผ่าน|mật khẩu|kata sandi)$/iu;
/** Header cells: labels (letters, digits, spaces, `_`, `.`, `-`, `/`), never code. */
var LABEL_CELL = /^[\p{L}][\p{L}\p{N} _./-]{0,40}$/u;
var DELIMITERS = [
	",",
	";",
	"	",
	"|"
];
/** Cells of one line split at `delimiter`, CSV quotes honoured; each with its offsets (quotes and spaces trimmed). */
function cells(line, at, delimiter) {
	const out = [];
	let i = 0;
	if (delimiter === "|") {
		const trimmed = line.replace(/^[ \t]*\|/, "");
		i = line.length - trimmed.length;
		line = line.replace(/\|[ \t]*$/, "");
	}
	while (i <= line.length) {
		let start = i;
		let end;
		if (line[i] === "\"" && delimiter !== "|") {
			const close = line.indexOf("\"", i + 1);
			if (close === -1) return [];
			start = i + 1;
			end = close;
			i = close + 1;
			while (i < line.length && line[i] !== delimiter) i++;
		} else {
			const next = line.indexOf(delimiter, i);
			end = next === -1 ? line.length : next;
			i = end;
		}
		while (start < end && /[ \t]/.test(line[start])) start++;
		while (end > start && /[ \t]/.test(line[end - 1])) end--;
		out.push({
			start: at + start,
			end: at + end
		});
		i++;
	}
	return out;
}
function* findColumns(text) {
	const re = /pass|pwd|pw|psw|mdp|contrase|senha|clave|wachtw|l[öo]senord|adgangskode|salasana|has[łl]o|heslo|jelsz|parol|[şs]ifre|lozinka|geslo|пароль|лозинка|κωδικός|סיסמה|كلمة المرور|رمز عبور|パスワード|密码|密碼|비밀번호|รหัสผ่าน|mật khẩu|kata sandi|kennwort/giu;
	let match;
	while ((match = re.exec(text)) !== null) {
		const back = text.slice(Math.max(0, match.index - 401), match.index);
		const lineStart = match.index - back.length + back.lastIndexOf("\n") + 1;
		const ahead = text.indexOf("\n", match.index);
		const lineEnd = ahead === -1 ? text.length : ahead;
		re.lastIndex = lineEnd;
		if (lineStart === match.index - back.length && lineStart > 0 || lineEnd - lineStart > 400) continue;
		const header = text.slice(lineStart, lineEnd).replace(/\r$/, "");
		const delimiter = DELIMITERS.find((d) => header.includes(d));
		if (!delimiter) continue;
		const heads = cells(header, lineStart, delimiter);
		const names = heads.map((c) => text.slice(c.start, c.end).replace(/^["']|["']$/g, ""));
		if (names.length < 2 || !names.every((n) => n === "" || LABEL_CELL.test(n))) continue;
		const column = names.findIndex((n) => PASSWORD_CELL.test(n));
		if (column === -1 || names.filter((n) => n !== "").length < 2) continue;
		let at = lineEnd + 1;
		for (let row = 0; row < 500 && at < text.length; row++) {
			let end = text.indexOf("\n", at);
			if (end === -1) end = text.length;
			if (end - at > 2e3) break;
			const line = text.slice(at, end).replace(/\r$/, "");
			if (delimiter === "|" && /^[ \t]*\|?[ \t:|-]+$/.test(line) && line.includes("-")) {
				at = end + 1;
				continue;
			}
			const row_ = cells(line, at, delimiter);
			if (line.trim() === "" || Math.abs(row_.length - heads.length) > 1 || row_.length <= column) break;
			const cell = row_[column];
			const value = text.slice(cell.start, cell.end);
			if (plausiblePassword(value) && !/\s/.test(value) && value.length <= 128) yield cell;
			at = end + 1;
		}
		re.lastIndex = Math.max(re.lastIndex, at);
	}
}
/** A YAML key that ends in a password word (`password_rules:` names something else), its list on the lines below
*  (`- item`, as deep or deeper than the key). */
var LIST_HEAD = /(?<=^|\n)([ \t]{0,16})[\w.-]{0,40}(?:passw(?:or)?ds?|passwd|pwds?|passphrases?):[ \t]*\r?\n/gi;
function* findListItems(text) {
	const re = new RegExp(LIST_HEAD.source, "gi");
	let match;
	while ((match = re.exec(text)) !== null) {
		let at = match.index + match[0].length;
		for (let row = 0; row < 200 && at < text.length; row++) {
			let end = text.indexOf("\n", at);
			if (end === -1) end = text.length;
			if (end - at > 300) break;
			const item = /^([ \t]{0,24})-[ \t]{1,4}(["']?)([^\s"'#][^"'\n]{0,126}?)\2[ \t]*\r?$/.exec(text.slice(at, end));
			if (!item || item[1].length < match[1].length) break;
			const value = item[3];
			if (plausiblePassword(value) && !/\s/.test(value)) {
				const start = at + item[1].length + item[0].slice(item[1].length).indexOf(value);
				yield {
					start,
					end: start + value.length
				};
			}
			at = end + 1;
		}
		re.lastIndex = Math.max(re.lastIndex, at);
	}
}
// src/core/redaction/rules/password-stdin.ts
/** Programs and flags that read a password or secret from stdin; `chpasswd` reads `user:password` lines. */
var READER = "(?:--password-stdin|--pass(?:word)?-stdin|(?<=[ \\t])-S(?![\\w-])|--stdin|(?:docker|podman)[ \\t]+secret[ \\t]+create[ \\t][^\\n|]{0,80}[ \\t]-(?=[ \\t]|$)|(?:gh|wrangler|flyctl|fly)[ \\t]+secrets?[ \\t]+(?:set|put|import)|vncpasswd[ \\t]{1,4}-f|smbpasswd\\b[^\\n|]{0,80}?[ \\t]-[a-zA-Z]{0,3}s(?![\\w-])|htpasswd\\b[^\\n|]{0,80}?[ \\t]-[a-zA-Z]{0,3}i(?![\\w-])|(?<![\\w-])kinit\\b|(?<![\\w-])chpasswd\\b|--passphrase-fd[ \\t=]{1,4}0(?![\\w-])|-pass(?:in|out)?[ \\t]{1,4}stdin\\b|--key-file[ \\t=]{1,4}-(?![\\w-])|(?<![\\w-])vault[ \\t]+login\\b[^\\n|]{0,80}?[ \\t]-(?=[ \\t]|$))";
/** `echo "…" | reader`, `printf '%s\n' "…" | reader`: the quoted text, then the reader within the piped command. */
var PIPED = new RegExp(`(?<![\\w-])(?:echo|printf)[ \\t]{1,4}(?:-[neE][ \\t]{1,4})?(?:(["'])%s(?:\\\\n)?\\1[ \\t]{1,4})?(["'])([^"'\\n]{1,128})\\2[ \\t]{0,4}\\|[ \\t]{0,4}(?=[^\\n|]{0,120}?${READER})`, "dg");
/** `reader … <<< "…"` / `<<< …`, and `reader … <<EOF` ⏎ one line ⏎ `EOF`. */
var FED = new RegExp(`${READER}[^\\n|;&<>]{0,120}?(?:<<<[ \\t]{0,4}(?:"([^"\\n]{1,128})"|'([^'\\n]{1,128})'|([^\\s"'|;&<>()]{1,128}))|<<-?[ \\t]{0,2}(["']?)([A-Za-z_]\\w{0,19})\\4[^\\n]{0,80}\\r?\\n[ \\t]{0,12}([^\\n]{1,128}?)[ \\t]*\\r?\\n[ \\t]{0,12}\\5(?![\\w]))`, "dg");
function* find$7(text) {
	for (const [re, groups] of [[PIPED, [3]], [FED, [
		1,
		2,
		3,
		6
	]]]) for (const match of text.matchAll(re)) {
		const group = groups.find((g) => match[g] !== void 0);
		if (group === void 0) continue;
		const end = match.indices[group][1];
		let start = match.indices[group][0];
		if (/chpasswd/.test(match[0]) || /\|[ \t]{0,4}(?:sudo[ \t]+)?chpasswd/.test(text.slice(end, end + 40))) {
			const colon = text.slice(start, end).indexOf(":");
			if (colon <= 0) continue;
			start += colon + 1;
		}
		const value = text.slice(start, end);
		if (plausiblePassword(value) && !/^["'$`]|^\(|\$\(|^<</.test(value)) yield {
			start,
			end
		};
	}
}
var passwordStdinRules = [{
	id: "stdin-password",
	kind: "password",
	level: "secrets",
	priority: 80,
	description: "Password or secret fed to a program that reads it from stdin (docker login --password-stdin, sudo -S, passwd --stdin, vncpasswd -f, smbpasswd -s, htpasswd -i, chpasswd, kinit, gpg --passphrase-fd 0, openssl -passin stdin, cryptsetup --key-file -, docker secret create NAME -, gh/wrangler/fly secret set): piped from echo/printf, by here-string (`<<< \"…\"`) or by a one-line here-document",
	find: (text) => [...find$7(text)].sort((a, b) => a.start - b.start)
}];
// src/core/redaction/rules/password-forms.ts
var plausible = (value) => !/^[ \t]*(?:\.|\+|&)[ \t]*[$\w(]/.test(value) && plausiblePassword(value);
/** A bare word after "password" in prose is a password only if it does not read as a word: it mixes classes. */
var CODE_LIKE = /^[A-Za-z_$][\w$]*(?:\??\.[A-Za-z_$][\w$]*)+(?:\(\))?;?$|[()[\]{}]|^\w+\.(?:length|value|trim|hash)\b|^[A-Z][a-z]+-[A-Z][A-Za-z]+$/;
/** Lower case, upper case and digits of any script (`Мишка2024` mixes classes as much as `Mishka2024`). */
var unicodeClasses = (value) => (/\p{Ll}/u.test(value) ? 1 : 0) + (/\p{Lu}/u.test(value) ? 1 : 0) + (/\p{N}/u.test(value) ? 1 : 0);
var passwordShaped = (value) => plausible(value) && value.length >= 6 && unicodeClasses(value) >= 2 && /[\d\W_]/.test(value) && !CODE_LIKE.test(value) && !assignmentToken(value);
/** Round 17: a directive's value holding `=` or `:` is a password when its two sides are no setting's name and value
*  (password-equals-value.ts: `D4nub3=304`, not `length=12` or `file:/etc/x`), or base64 padding ends it (`xj.59eVXhQw2XX==`). */
function directiveValueWithEquals(value) {
	if (/:/.test(value)) return false;
	const padded = /^([^=]{4,})={1,2}$/.exec(value);
	if (padded) return passwordShaped(padded[1]) || looksMachineRandom(padded[1], "keyed");
	return chosenEqualsValue(value);
}
/** Password words of 40 languages (nouns; a short suffix such as -et, -en, -a, -ă is allowed after them). */
var PASSWORD_WORDS = [
	"[Pp]ass(?:word|phrase|code)",
	"PASSWORD",
	"[Pp]asswort",
	"[Kk]ennwort",
	"mot de passe",
	"[Cc]ontrase(?:ñ|n)a",
	"[Cc]ontrasenya",
	"[Cc]lave",
	"[Ss]enha",
	"[Ww]achtwoord",
	"[Ll]ösenord",
	"[Pp]assord",
	"[Aa]dgangskode",
	"[Ss]alasana",
	"[Hh]as[łl]o",
	"[Hh]eslo",
	"[Jj]elsz[óo]",
	"[Pp]arol[aăe]",
	"[Pp]arool",
	"[Ss]alasõna",
	"[Pp]asswd",
	"[Pp]w",
	"PW",
	"[Şş]ifre",
	"[Ss]ifre",
	"[Пп]арол[ьаи]",
	"[Κκ]ωδικός(?: πρόσβασης)?",
	"[Kk]ata (?:sandi|laluan)",
	"[Mm]ật khẩu",
	"รหัสผ่าน",
	"كلمة (?:المرور|السر)",
	"ה?סיסמ[הא]",
	"पासवर्ड",
	"رمز عبور",
	"[Ll]ozinka",
	"[Gg]eslo",
	"[Ss]laptažodis",
	"[Ll]ykilorð",
	"[Pp]arole",
	"[Mm]dp",
	PASSWORD_WORDS_CASED
].join("|");
/** What stands between a password word and its value in tables, lists and notes: a colon, a dash, a run of dots or
*  dashes (`Password ....... X`, `password ---- X`), a pipe or an arrow (`| Password | X |`, `root password -> X`). */
var SEPARATOR = "[:：]|[—–-](?=[ \\t])|[.…·_-]{2,40}|[|│→⇒]|->";
/** "is" in those languages. */
var VERBS = "is|es|est|c'est|c’est|ist|lautet|è|é|er|är|on|jest|je|to|era|είναι|là|adalah|ialah|это|הוא|היא|هي|هو|است|hai|है|on|olur|este|yra|ir|er";
/** `correct-horse-battery`, `slide.scratch.recovery`: three or more words joined by a separator. */
var passphraseShaped = (value) => plausible(value) && /^\p{L}{2,}(?:[-._]\p{L}{2,}){2,}\d{0,4}$/u.test(value) && !value.split(/[-._]/).some((part) => /^(?:pass\w*|secrets?|tokens?|keys?|env|config|settings|process|self|this)$/i.test(part));
/** Round 14: the name line of a name/value list item (`- name:`, CloudFormation `- Name:`, `- key:`, Azure
*  Pipelines `- variable:`), then the value line under it; the value's first character is no quote or `#`, later
*  ones may be `#` (a YAML comment needs a space before it). The pattern's group 1 is the quote, 2 the value. */
var NAME_LINE = "(?<![\\w])(?:[Nn]ame|NAME|[Kk]ey|[Vv]ariable):[ \\t]{0,4}";
var VALUE_LINE = "[ \\t]*\\r?\\n[ \\t]{0,12}(?:[Vv]alue|VALUE):[ \\t]{0,4}([\"']?)";
/** Round 14: "log in with NAME / PASSWORD" — a login verb and its preposition in the languages of the labels above
*  (`sign in as`, `melde dich mit`, `connecte-toi avec`, `entra con`, `inicia sesión con`, `entre com`, `log in met`,
*  `zaloguj się jako`, `войди под`, `giriş yap`): a credential pair as people write it in chat. */
var LOGIN_VERBS = "(?:[Ll]og(?:ged|ging)?[ -]?[Ii]n|[Ss]ign(?:ed|ing)?[ -]?[Ii]n)[ \\t]{1,3}(?:with|as|using|met|als)|(?:[Mm]elde?[ \\t]{1,3}(?:dich|sich|mich)|[Aa]nmelden|[Ee]inloggen|[Ll]ogge?[ \\t]{1,3}(?:dich|mich)(?:[ \\t]{1,3}ein)?)[ \\t]{1,3}(?:mit|als)|(?:[Cc]onnecte[sz]?-(?:toi|vous)|[Ss]e connecter|[Ii]dentifie[sz]?-(?:toi|vous))[ \\t]{1,3}(?:avec|en tant que)|(?:[Ee]ntra|[Aa]ccedi|[Ii]nici[ae] sesión|[Ee]ntre|[Ff]aça login|[Ll]ogue|[Ii]ngresa|[Ee]ntrar)[ \\t]{1,3}(?:con|com|como)|[Zz]aloguj[ \\t]{1,3}się[ \\t]{1,3}(?:jako|na)|(?:[Вв]ойди(?:те)?|[Зз]аходи(?:те)?)[ \\t]{1,3}(?:под|как|с)|[Gg]iriş[ \\t]{1,3}yap";
/** After a login verb the user is a login as typed (`jtanaka`, `ops@corp.com`), not a service's name (`Google / GitHub2`,
*  `SSO / SAML2.0`), and the password is shaped beyond a name with a number (or holds a symbol: `Gl4cier#Fjord`). */
var LOGIN_VERB_USER = new RegExp(`^(?:${LOGIN_VERBS})[ \\t]{0,2}(?:[:=→—–]|->|=>)?[ \\t]{1,3}([^\\s,/]{1,64})`, "u");
var loginVerbPair = (value, match) => {
	const user = LOGIN_VERB_USER.exec(match[0])?.[1];
	return user === void 0 || /^[\p{Ll}\d]/u.test(user) && (passwordTokenShape(value, "after") || /[^\p{L}\p{N}._-]/u.test(value));
};
/** Round 15: more labels of a `NAME / PASSWORD` pair — a Wi-Fi network and its key (`WiFi: CasaRossi / X`, `WLAN:`,
*  `réseau :`, `rede:`), and "account" or "access" in more languages (`Zugang`, `acceso`, `accesso`, `acesso`, Turkish
*  `hesap`, Indonesian `akun`, Vietnamese `tài khoản`, Czech `účet`, `アカウント`, `账号`, `帳號`, `계정`, `아이디`). */
var PAIR_LABELS_R15 = "[Ww]i-?[Ff]i|WIFI|WLAN|[Ww]lan|[Rr][ée]seau|[Rr]ede|[Zz]ugang|[Aa]cceso|[Aa]ccesso|[Aa]cesso|[Hh]esap|[Aa]kun|[Tt]ài khoản|[Úú]čet|アカウント|账号|帳號|帐号|계정|아이디";
/** After a network, no key: a second network name — the band or guest variant of the first (`CasaRossi / CasaRossi-5G`,
*  `Guest-Net2`) — or the standard and security the network runs (`802.11ax`, `WPA2-Enterprise`, `WPA3-SAE`). */
var BAND_SUFFIX = /[-_ .]?(?:5G(?:Hz)?|2[.,]4G(?:Hz)?|6G(?:Hz)?|EXT|[Gg]uest)$|^[Gg]uest\b|^(?:802\.11\w{0,3}|WPA\d?(?:[-_ ]\w{1,12})?|WEP\d{0,3})$/;
var rule = (id, description, pattern, accept = plausible, group = 1) => regexRule({
	id,
	kind: "password",
	level: "secrets",
	priority: 80,
	description,
	pattern,
	group,
	accept: (v, m) => accept(v, m)
});
var passwordFormRules = [
	rule("cli-password-option", "Password given to a CLI option (keytool -storepass/-keypass, openssl -passin/-passout pass:, --passphrase, --pass, -u user -p pass, docker/podman/helm/oc login … -p pass); round 15: not after mysql/mariadb, whose `-p` alone asks for the password and the word after it is the database (`mysql -u root -p shop`)", /(?<![\w-])(?:-{1,2}(?:storepass|keypass|srcstorepass|deststorepass|srckeypass|destkeypass|storepassword|keystorepassword|passphrase|passwd|pass|pwd|pw)(?![\w-])[ \t=]{1,4}|-pass(?:in|out)[ \t]{1,4}pass:|(?<!(?:mysql\w{0,10}|mariadb\w{0,10})[ \t][^\n|;&]{0,120})-u[ \t]{1,4}[^\s-][^\s]{0,63}[ \t]{1,4}-p[ \t]{1,4}|(?:docker|podman|buildah|nerdctl|skopeo|oc|helm(?:[ \t]+registry)?)[ \t]+login[ \t][^\n|;&]{0,120}?(?<=[ \t])-p[ \t]{1,4})["']?([^\s"'`]{1,128})/dg),
	rule("sql-password", "SQL PASSWORD 'x' (CREATE/ALTER ROLE, CREATE LOGIN … WITH PASSWORD = 'x') and IDENTIFIED BY 'x' (MySQL, MariaDB, Oracle)", /(?<![\w])(?:[Pp][Aa][Ss][Ss][Ww][Oo][Rr][Dd][ \t]{1,4}(?:=[ \t]{0,4})?|(?:IDENTIFIED|identified)[ \t]{1,4}(?:BY|by)[ \t]{1,4}(?:(?:PASSWORD|password)[ \t]{1,4})?)(['"])([^'"\n]{1,128})\1/dg, plausible, 2),
	rule("config-directive-password", "A password given to a configuration directive without an operator: redis `requirepass X` / `masterauth X`, keepalived `auth_pass X`, msmtp/fetchmail `password X` on its own line, slapd/nslcd `rootpw X` / `bindpw X`", /^[ \t]{0,12}(?:requirepass|masterauth|[A-Za-z_]{0,20}(?:_pass|_passwd|_password|passwd|password|passphrase)|[A-Za-z]{2,12}(?:pw|PW))[ \t]{1,8}("?)([^\s"=:][^\s"]{3,127})\1[ \t]*\r?$/dgm, (v) => plausible(v) && !/^[~./\\]/.test(v) && (/[=:]/.test(v) ? directiveValueWithEquals(v) : passwordShaped(v) || passphraseShaped(v) || v.length >= 10 && !/^\p{Ll}+[.,;:!?]?$/u.test(v)), 2),
	rule("net-use-password", "The password argument of Windows `net use [drive] \\\\host\\share password /user:name` or `… /user:name password`", /(?<![\w-])net[ \t]{1,4}use[ \t]{1,4}(?:[A-Za-z]:[ \t]{1,4})?\\\\[^\s]{1,200}[ \t]{1,4}(?:\/user:[^\s]{1,100}[ \t]{1,4})?(?!\/)([^\s*"]{1,128})/dg),
	rule("go-dsn-password", "Password in a Go MySQL DSN `user:password@tcp(host)/db` (go-sql-driver/mysql)", /(?<![\w.:/-])[\w.-]{1,64}:([^\s@/"']{1,128})@(?:tcp|unix|udp|tcp6)\(/dg),
	rule("html-password-input", "value of an `<input type=\"password\" … value=\"x\">` element", /<input\b[^<>]{0,200}?type=["']?password["']?[^<>]{0,200}?\bvalue=(["'])([^"'\n]{1,128})\1/dgi, plausible, 2),
	rule("credential-pair", "A password after a user name in a credential pair written out: \"login: admin / X\", \"user jdoe, pass X\", \"Benutzer: max / X\"; round 11: \"creds: admin / X\", \"Konto: max / X\", \"compte : jdupont / X\"; round 12: an arrow or dash after the label (\"creds → admin / X\")", new RegExp(`(?<![\\p{L}_-])(?:[Ll]ogin|LOGIN|[Ll]ogon|[Uu]ser(?:name)?|USER(?:NAME)?|[Cc]redentials?|[Cc]reds?|CREDS|[Aa]ccount|[Cc]uenta|[Cc]ompte|[Kk]onto|[Cc]onta|[Bb]enutzer(?:name)?|[Zz]ugangsdaten|[Aa]nmeldedaten|[Ii]dentifiants|[Cc]redenciai?les|[Cc]redenciais|[Ii]nloggegevens|[Dd]ane logowania|[Dd]ati di accesso|[Уу]чётные данные|[Уу]четные данные|[Uu]suario|[Uu]tilisateur|[Uu]tente|[Gg]ebruiker(?:snaam)?|[Uu]żytkownik|[Лл]огин|[Пп]ользователь|${PAIR_LABELS_R15}|${LOGIN_VERBS})[ \\t]{0,2}(?:[:=→—–]|->|=>)?[ \\t]{1,3}[^\\s,/]{1,64}[ \\t]{0,2}(?:\\/|,?[ \\t]{0,2}(?:[Pp]ass(?:word|wort)?|[Pp]w|[Pp]wd|[Pp]sw|[Mm]dp|[Ss]enha|[Cc]lave|[Cc]ontra|[Hh]asło|[Пп]ароль|[Şş]ifre|[Pp]arol[aei]?)[ \\t]{0,2}[:=]?)[ \\t]{1,3}([^\\s"'\`<>]{3,127}[^\\s"'\`<>.,;:)])`, "dgu"), (v, m) => (passwordShaped(v) || passphraseShaped(v)) && loginVerbPair(v, m) && !BAND_SUFFIX.test(v)),
	rule("redis-acl-password", "Redis ACL password `>secret` (ACL SETUSER, aclfile user lines)", /(?<![\w])(?:ACL[ \t]{1,4}SETUSER|^user)[ \t]{1,4}[^\s]{1,64}[ \t][^\n]{0,80}?(?<=[ \t])>([^\s]{1,128})/dgm),
	rule("positional-password-argument", "The password argument of well-known connect calls: DriverManager.getConnection(url, user, pw), new PDO(dsn, user, pw), mysqli_connect/new mysqli(host, user, pw), ftp_login(conn, user, pw), ldap_bind(conn, dn, pw); round 11: new Sequelize(db, user, pw), pymysql/MySQLdb/pymssql.connect(host, user, pw), ftplib.FTP(host, user, pw)", /(?<![\w.])(?:DriverManager\.getConnection|getConnection|PDO|mysqli_connect|mysqli|mysql_connect|mysql_pconnect|ftp_login|ldap_bind|imap_open|odbc_connect|Sequelize|pymysql\.connect|MySQLdb\.connect|pymssql\.connect|ftplib\.FTP(?:_TLS)?|FTP_TLS)[ \t]{0,2}\([^()\n]{0,200}?,[ \t]{0,4}(['"])[^'"\n]{1,64}\1[ \t]{0,4},[ \t]{0,4}(['"])([^'"\n]{1,128})\2[ \t]{0,4}[,)]/dg, plausible, 3),
	rule("powershell-securestring", "ConvertTo-SecureString \"x\" -AsPlainText, switches before or after the string", /(?<![\w-])ConvertTo-SecureString[ \t]{1,4}(?:-(?:String|AsPlainText|Force)[ \t]{1,4}){0,3}(["'])([^"'\n]{1,128})\1/dg, plausible, 2),
	rule("oracle-login", "Oracle tools user/password@db (sqlplus, sqlldr, exp/imp, expdp/impdp, rman target) and JDBC thin/OCI URLs", /(?:(?<![\w-])(?:sqlplus|sqlldr|exp|imp|expdp|impdp|rman[ \t]{1,4}target)[ \t]{1,4}(?:-[sSlL][ \t]{1,4})?|jdbc:oracle:(?:thin|oci8?):)[A-Za-z_][\w$#]{0,29}\/([^\s@/"']{1,128})(?=@|\s|$)/dg),
	rule("env-list-password", "Name/value lists: Kubernetes/Compose `- name: DB_PASSWORD` then `value: …`; round 14: CloudFormation `- Name:`/`Value:`, `- key:` and Azure Pipelines `- variable:` items, a `#` inside the value (only ` #` opens a YAML comment)", new RegExp(`${NAME_LINE}["']?[\\w.-]{0,40}(?:PASSWORD|PASSWD|_PASS|PWD|[Pp]assword|[Pp]asswd|_pass|pwd)["']?${VALUE_LINE}([^\\s"'#][^\\s"']{0,255})\\1`, "dg"), plausible, 2),
	regexRule({
		id: "env-list-secret",
		kind: "secret",
		level: "secrets",
		priority: 75,
		description: "Name/value lists (Kubernetes/Compose, CloudFormation, `- key:`, `- variable:`): `- name: X_API_KEY` / `X_TOKEN` / `X_SECRET` then `value: …` (random-looking)",
		pattern: new RegExp(`${NAME_LINE}["']?[\\w.-]{0,40}(?:KEY|TOKEN|SECRET|AUTH|CREDENTIALS?|[Kk]ey|[Tt]oken|[Ss]ecret|auth)["']?${VALUE_LINE}([^\\s"'#][^\\s"']{7,511})\\1`, "dg"),
		group: 2,
		accept: (v) => plausible(v) && characterClasses(v) >= 2 && shannonEntropy(v) >= 3 && !/^[A-Za-z]+(?:[_-][A-Za-z]+)*$/.test(v)
	}),
	regexRule({
		id: "prose-secret",
		kind: "secret",
		level: "secrets",
		priority: 70,
		description: "A random-looking token after a key/token/secret word of any of several languages in prose, notes and tables (\"why is this key rejected? DKQcfG0f…\", \"ma clé d'API : …\", \"| API token | … |\", \"APIキーは…です\")",
		pattern: /* @__PURE__ */ new RegExp("(?:(?<![\\p{L}\\d_-])(?:[Kk]ey|KEY|[Tt]oken|TOKEN|[Ss]ecret|SECRET|[Cc]redentials?|[Cc]l[eé]|[Cc]lave|[Cc]have|[Cc]hiave|[Ss]chlüssel|[Ss]leutel|[Kk]lucz|[Кк]люч|[Тт]окен|[Jj]eton)\\p{L}{0,2}(?:[ \\t]{1,3}[\\p{L}'’-]{1,12}){0,3}?|密钥|秘钥|令牌|キー|トークン|키|토큰|시크릿)(?:[ \\t]{1,3}(?:is|was|ist|lautet|est|es|é|è|rejected|expired|revoked|invalid)(?=[ \\t]))?(?:[?:!.,]{0,2}[ \\t]{1,3}|[ \\t]{0,40}(?:[:：]|[.…·_-]{2,40}|[|│→⇒]|->)[ \\t]{0,40}|[ \\t]{0,2}(?:は|が|是|为|為|는|은)[ \\t]{0,2})[\"'`]?([A-Za-z0-9+/_=-]{16,200})(?![\\w+/=-])", "dgu"),
		group: 1,
		accept: (v, match) => plausible(v) && !publicKeyShaped(v) && looksMachineRandom(v, "keyed") && (!/^[0-9a-fA-F]+$/.test(v) || v.length >= 32) && !keyContextOf(match[0].slice(0, -v.length)).publicWord
	}),
	rule("prose-password", "A password-shaped word or passphrase after a password word of any of 40 languages: \"password X\", \"the password for the router is X\", \"Hasło do konta: X\", \"Пароль — X\", \"Enter password for bob: X\"", new RegExp(`(?<![\\p{L}_$@.-])(?:${PASSWORD_WORDS})\\p{L}{0,3}(?:(?:[ \\t]{1,3}[\\p{L}\\d'’._-]{1,20}){1,5}?[ \\t]{0,2}(?:${SEPARATOR}|(?<=[ \\t])(?:${VERBS})(?=[ \\t]))[ \\t]{1,40}(?:\\p{Ll}{2,12}[ \\t]{1,3})?|(?:[ \\t]{1,3}(?:del|de|do|da|du|des|di|della|van|von|na|za|dla|för|til|per|for|für|of|the|to|от|для|к|на|wifi|wi-fi|WiFi|Wi-Fi|WLAN|router|wlan)){0,3}[ \\t]{1,3}(?:(?:${VERBS}|:)[ \\t]{1,3}(?:\\p{Ll}{2,12}[ \\t]{1,3})?)?|[ \\t]{0,40}(?:${SEPARATOR})[ \\t]{0,40}|\\t[ \\t]{0,40}|[ \\t]{3,40})["'\`“«„]?([^\\s"'\`<>=:|,;][^\\s"'\`<>]{2,62}[^\\s"'\`<>.,;:)|»”“‘’」』›‹])`, "dgu"), (v) => passwordShaped(v) || passphraseShaped(v) || passwordTokenShape(v, "next")),
	rule("credential-lines", "A password line right under a user line (`username: root` then `password: X`, `login admin` then `password X`): a credential pair, so a plain word there is the password", new RegExp(`(?<=^|\\n)[ \\t]{0,8}(?:[Uu]ser(?:name)?|USER(?:NAME)?|[Ll]ogin|LOGIN|[Bb]enutzer(?:name)?|[Uu]tilisateur|[Uu]suario|[Uu]tente|[Gg]ebruiker|[Uu]żytkownik|[Пп]ользователь|[Лл]огин|[Kk]ullanıcı(?: adı)?)[ \\t]{0,4}[:=：]?[ \\t]{0,4}[^\\s:=]{1,64}[ \\t]*\\r?\\n[ \\t]{0,8}(?:${PASSWORD_WORDS})[ \\t]{0,4}(?:[:=：][ \\t]{0,4}|[ \\t]{1,4})["'\`]?([^\\s"'\`]{3,128})(?=["'\`]?[ \\t]*(?:\\r?\\n|$))`, "dgu"), (v) => plausible(v) && !/^[$%{<]/.test(v) && !/[;,]$/.test(v) && !/^(?:null|none|nil|true|false|required|optional|hidden|string|number|boolean|str|int|bool|text|any)\??$/i.test(v)),
	rule("cjk-prose-password", "Japanese, Chinese and Korean \"the password is …\" (パスワードは…です, 密码是…, 비밀번호는 …); round 15: Thai, Lao, Khmer and Burmese (รหัสผ่านคือ …)", /(?:パスワード|暗証番号|密码|密碼|口令|비밀번호|암호|รหัสผ่าน|ລະຫັດຜ່ານ|ពាក្យសម្ងាត់|စကားဝှက်)[ \t]{0,2}(?:は|が|是|为|為|는|은|คือ|ແມ່ນ|គឺ|က|:|：)[ \t]{0,2}([^\s\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\u3000-\u303f\uff01-\uff0f\uff1a-\uff20]{4,64})/dgu),
	rule("protocol-login-password", "The password of a mail or file protocol login typed out: IMAP `a001 LOGIN user pw` (RFC 3501), POP3/FTP `PASS pw` on its own line (RFC 1939, RFC 959), optionally after `C:`; (round 12) an FTP client prompt's `user NAME pw`. A path or file name after `PASS` is a test runner's line (`PASS src/app.test.js`)", /(?<=^|\n)[ \t]{0,8}(?:[CS]:[ \t]{0,4})?(?:[A-Za-z]{0,4}\d{1,6}[ \t]{1,4}LOGIN[ \t]{1,4}"?[^\s"]{1,128}"?[ \t]{1,4}|PASS[ \t]{1,4}|(?:s?ftp|lftp[^>\n]{0,40})>[ \t]{0,4}(?:user|USER)[ \t]{1,4}[^\s]{1,64}[ \t]{1,4})("?)([^\s"]{1,128})\1[ \t]*(?=\r?\n|$)/dg, (value) => plausible(value) && !/[/\\]|\.[a-z]{1,4}$/.test(value), 2),
	rule("redis-auth-password", "Round 11: the password of a Redis `AUTH [user] pw` typed at redis-cli or its prompt (`cache01:6379> AUTH pw`); SASL mechanism names (`AUTH PLAIN`) are no password", /(?<=^|\n)[ \t]{0,8}(?:[\w.-]{1,64}:\d{2,5}(?:\[\d{1,2}\])?>[ \t]{0,2}|redis-cli[^\n]{0,120}?[ \t])?AUTH[ \t]{1,4}(?:[^\s"']{1,64}[ \t]{1,4})?(["']?)([^\s"']{1,128})\1[ \t]*(?=\r?\n|$)/dg, (value) => plausible(value) && !/^(?:PLAIN|LOGIN|CRAM-MD5|DIGEST-MD5|XOAUTH2?|OAUTHBEARER|GSSAPI|EXTERNAL|NTLM|SCRAM-SHA-\d+)$/.test(value), 2),
	...passwordToolRules,
	...passwordStdinRules
];
// src/core/redaction/rules/provider-keys-trufflehog.ts
var group = (c) => `${c}{8}-${c}{4}-${c}{4}-${c}{4}-${c}{12}`;
var UUID = group("[0-9a-fA-F]");
var TRUFFLEHOG_PROVIDER_KEYS = [
	{
		id: "apify-token",
		description: "Apify apify_api_…",
		body: "apify_api_[A-Za-z0-9-]{36}",
		mixed: true
	},
	{
		id: "artifactory-reference-token",
		description: "JFrog Artifactory reference token cmVmdGtu… (base64 of \"reftkn\")",
		body: "cmVmdGtu[A-Za-z0-9]{56}",
		fixed: /^cmVmdGtu/
	},
	{
		id: "bitbucket-datacenter-token",
		description: "Bitbucket Data Center HTTP access token BBDC-…",
		body: "BBDC-[A-Za-z0-9+/@_-]{40,50}",
		mixed: true
	},
	{
		id: "azure-apim-git-password",
		description: "Azure API Management Git password git&<12 digits>&…==",
		body: "git&\\d{12}&[A-Za-z0-9/+]{86}==",
		edge: "A-Za-z0-9_&-"
	},
	{
		id: "checkout-secret-key",
		description: "Checkout.com secret key sk_/sk_test_ + UUID",
		body: `sk_(?:test_|sbox_)?${UUID}`
	},
	{
		id: "close-api-key",
		description: "Close CRM api_ + 45",
		body: "api_[A-Za-z0-9.]{45}",
		mixed: true
	},
	{
		id: "convertapi-secret",
		description: "ConvertAPI secret_ + 16",
		body: "secret_[A-Za-z0-9]{16}",
		mixed: true
	},
	{
		id: "courier-key",
		description: "Courier pk_<env>_<28>",
		body: "pk_(?:prod|test|dev|[A-Za-z0-9]{1,12})_[A-Za-z0-9]{28}",
		mixed: true
	},
	{
		id: "dfuse-key",
		description: "dfuse web_ + 32",
		body: "web_[a-z0-9]{32}",
		mixed: true
	},
	{
		id: "ecostruxure-it-key",
		description: "EcoStruxure IT AK1…",
		body: "AK1[A-Za-z0-9/]{50,55}",
		mixed: true
	},
	{
		id: "endorlabs-key",
		description: "Endor Labs endr+…",
		body: "endr\\+[A-Za-z0-9-]{16}",
		mixed: true
	},
	{
		id: "finage-key",
		description: "Finage API_KEY + 32 capitals and digits",
		body: "API_KEY[A-Z0-9]{32}",
		mixed: true
	},
	{
		id: "fleetbase-key",
		description: "Fleetbase flb_live_…",
		body: "flb_(?:live|test)_[A-Za-z0-9]{20}",
		mixed: true
	},
	{
		id: "flexport-key",
		description: "Flexport shltm_…",
		body: "shltm_[A-Za-z0-9_-]{40}",
		mixed: true
	},
	{
		id: "flyio-macaroon",
		description: "Fly.io macaroon token FlyV1 fm<n>_…",
		body: "FlyV1 fm\\d{1,3}_[A-Za-z0-9+/=,_-]{100,1000}"
	},
	{
		id: "grafana-service-account-token",
		description: "Grafana service account token glsa_…",
		body: "glsa_[A-Za-z0-9_]{41}",
		mixed: true
	},
	{
		id: "iex-cloud-key",
		description: "IEX Cloud sk_ + 32",
		body: "sk_[a-z0-9]{32}",
		mixed: true
	},
	{
		id: "langfuse-key",
		description: "Langfuse pk-lf-/sk-lf- + UUID",
		body: `[ps]k-lf-${UUID}`
	},
	{
		id: "bannerbear-key",
		description: "Bannerbear bb_pr_/bb_ma_ + 30 hex",
		body: "bb_(?:pr|ma)_[a-f0-9]{30}",
		mixed: true
	},
	{
		id: "docker-org-token",
		description: "Docker Hub organisation access token dckr_oat_…",
		body: "dckr_oat_[A-Za-z0-9_-]{32}",
		mixed: true
	},
	{
		id: "figma-token",
		description: "Figma tokens figd_/figu_/figo_/figr_… and figp_…",
		body: "fig(?:[duorh]|u[rh]|o[rh])_[A-Za-z0-9_-]{40}|figp_[A-Za-z0-9_=-]{40,54}",
		mixed: true
	},
	{
		id: "lob-key",
		description: "Lob live_/test_ + 35 hex",
		body: "(?:live|test)_[a-f0-9]{35}",
		mixed: true
	},
	{
		id: "locationiq-token",
		description: "LocationIQ pk. + 32",
		body: "pk\\.[A-Za-z0-9-]{32}",
		mixed: true,
		edge: "A-Za-z0-9_.-"
	},
	{
		id: "klaviyo-key",
		description: "Klaviyo private key pk_ + 34 hex",
		body: "pk_(?:[A-Za-z0-9]{6}_)?[a-f0-9]{34}",
		mixed: true
	},
	{
		id: "checkio-key",
		description: "Chec (Commerce.js) pk_ + 45",
		body: "pk_[a-z0-9]{45}",
		mixed: true
	},
	{
		id: "nightfall-key",
		description: "Nightfall NF-…",
		body: "NF-[A-Za-z0-9]{32}",
		mixed: true
	},
	{
		id: "nvidia-api-key",
		description: "NVIDIA nvapi-…",
		body: "nvapi-[A-Za-z0-9_-]{64}",
		mixed: true
	},
	{
		id: "pagarme-key",
		description: "Pagar.me ak_live_/ak_test_…",
		body: "ak_(?:live|test)_[A-Za-z0-9]{30}",
		mixed: true
	},
	{
		id: "portainer-token",
		description: "Portainer access token ptr_…",
		body: "ptr_[A-Za-z0-9/_+=-]{20,60}",
		mixed: true
	},
	{
		id: "pubnub-key",
		description: "PubNub publish/subscribe keys pub-c-/sub-c- + UUID",
		body: `(?:pub|sub)-c-${group("[0-9a-z]")}`,
		mixed: true
	},
	{
		id: "ramp-key",
		description: "Ramp ramp_id_/ramp_sec_…",
		body: "ramp_(?:id_[A-Za-z0-9]{40}|sec_[A-Za-z0-9]{48})",
		mixed: true
	},
	{
		id: "robinhood-crypto-key",
		description: "Robinhood Crypto rh-api- + UUID",
		body: `rh-api-${UUID}`,
		mixed: true
	},
	{
		id: "rootly-key",
		description: "Rootly rootly_ + 64 hex",
		body: "rootly_[a-f0-9]{64}"
	},
	{
		id: "saladcloud-key",
		description: "SaladCloud salad_cloud_<id>_…",
		body: "salad_cloud_[A-Za-z0-9]{1,7}_[A-Za-z0-9]{7,235}",
		mixed: true
	},
	{
		id: "salesblink-key",
		description: "SalesBlink key- + 64",
		body: "key-[A-Za-z0-9]{64}",
		mixed: true
	},
	{
		id: "salesforce-consumer-key",
		description: "Salesforce connected-app consumer key 3MVG9… and refresh token 5AEP861…",
		body: "(?:3MVG9|5A[Ee][Pp]861)[A-Za-z0-9._+/=]{80,251}",
		edge: "A-Za-z0-9_.+/=-"
	},
	{
		id: "sendgrid-key-loose",
		description: "SendGrid SG.<22>.<43> with the lengths and dashes secretlint's rule does not take",
		body: "SG\\.[\\w-]{20,24}\\.[\\w-]{39,50}",
		mixed: true
	},
	{
		id: "smooch-key",
		description: "Smooch (Sunshine Conversations) act_ + 24",
		body: "act_[a-z0-9]{24}",
		mixed: true
	},
	{
		id: "square-access-token",
		description: "Square access token EAAA…",
		body: "EAAA[A-Za-z0-9_+=-]{60}",
		mixed: true
	},
	{
		id: "stripe-client-secret",
		description: "Stripe payment intent client secret pi_…_secret_…",
		body: "pi_[A-Za-z0-9]{24}_secret_[A-Za-z0-9]{25}"
	},
	{
		id: "telnyx-key",
		description: "Telnyx KEY + 55",
		body: "KEY[A-Za-z0-9_-]{55}",
		mixed: true
	},
	{
		id: "tickettailor-key",
		description: "Ticket Tailor sk_<4>_<6>_<32 hex>",
		body: "sk_\\d{4}_\\d{6}_[a-f0-9]{32}"
	},
	{
		id: "ubidots-token",
		description: "Ubidots BBFF-…",
		body: "BBFF-[A-Za-z0-9]{30}",
		mixed: true
	},
	{
		id: "voiceflow-key",
		description: "Voiceflow VF.[DM.|WS.]<24 hex>.<16>",
		body: "VF\\.(?:DM\\.|WS\\.)?[a-fA-F0-9]{24}\\.[A-Za-z0-9]{16}"
	},
	{
		id: "zoho-token",
		description: "Zoho OAuth tokens 1000.<32 hex>.<32 hex>",
		body: "1000\\.[a-f0-9]{32}\\.[a-f0-9]{32}",
		edge: "A-Za-z0-9_.-"
	},
	{
		id: "tableau-pat",
		description: "Tableau personal access token secret <22>==:<32>",
		body: "[A-Za-z0-9+/]{22}==:[A-Za-z0-9]{32}",
		mixed: true,
		edge: "A-Za-z0-9_+/=:-"
	},
	{
		id: "asana-pat",
		description: "Asana personal access token 1/<id>:<32> and 2/<id>/<id>:<32>",
		body: "[12]/\\d{13,20}(?:/\\d{13,20})?:[A-Za-z0-9]{32}",
		mixed: true,
		edge: "A-Za-z0-9_/:-"
	},
	{
		id: "laravel-sanctum-token",
		description: "Laravel Sanctum personal access token <id>|<40> (Convier and other Laravel APIs)",
		body: "\\d{1,10}\\|[A-Za-z0-9]{40}",
		mixed: true,
		edge: "A-Za-z0-9_|-"
	},
	{
		id: "newrelic-other-key",
		description: "New Relic browser NRBR- keys and mobile app tokens …-NRMA",
		body: "NRBR-[a-f0-9]{19}|(?:AA[a-f0-9]{40}|eu01xx[a-f0-9]{36})-NRMA",
		mixed: true
	},
	{
		id: "zapier-webhook",
		description: "Zapier catch hook URL",
		body: "https://hooks\\.zapier\\.com/hooks/catch/[A-Za-z0-9/]{10,40}",
		edge: "A-Za-z0-9_/-"
	},
	{
		id: "tines-webhook",
		description: "Tines webhook URL",
		body: "https://[A-Za-z0-9-]+\\.tines\\.com/webhook/[a-z0-9]{32}/[a-z0-9]{32}"
	},
	{
		id: "teams-webhook",
		description: "Microsoft Teams incoming webhook URL",
		body: "https://[A-Za-z0-9-]+\\.webhook\\.office\\.com/webhookb2/[A-Za-z0-9-]{36}@[A-Za-z0-9-]{36}/IncomingWebhook/[A-Za-z0-9]{32}/[A-Za-z0-9-]{36}(?:/[A-Za-z0-9_-]{20,60})?"
	}
];
// src/core/redaction/rules/provider-keys-round17.ts
var ROUND17_PROVIDER_KEYS = [
	{
		id: "trello-token",
		description: "Trello API token ATTA + 64–72 hex",
		body: "ATTA[A-Fa-f0-9]{64,72}",
		mixed: true
	},
	{
		id: "scrapfly-key",
		description: "Scrapfly scp-live-/scp-test- + 32 hex",
		body: "scp-(?:live|test)-[a-f0-9]{32}",
		mixed: true
	},
	{
		id: "photoroom-key",
		description: "Photoroom sk_pr_<name>_ + 40 hex",
		body: "(?:sandbox_)?sk_pr_[A-Za-z0-9]{1,32}_[a-f0-9]{40}",
		mixed: true
	},
	{
		id: "onepassword-service-account-token",
		description: "1Password service account token ops_eyJ…",
		body: "ops_eyJ[A-Za-z0-9+/]{250,2000}={0,3}",
		encoded: true
	},
	{
		id: "deno-deploy-token",
		description: "Deno Deploy ddp_/ddw_ + 36",
		body: "dd[pw]_[A-Za-z0-9]{36}",
		mixed: true
	}
];
// src/core/redaction/rules/provider-keys.ts
var TOKEN_EDGE = "A-Za-z0-9_-";
var PROVIDER_KEYS = [
	{
		id: "openai-api-key",
		description: "OpenAI sk-…, sk-proj-…, sk-svcacct-…, sk-admin-…",
		body: "sk-(?!ant-)(?:proj-|svcacct-|admin-|None-)?[A-Za-z0-9_-]{20,300}",
		mixed: true
	},
	{
		id: "google-api-key",
		description: "Google API key AIza…",
		body: "AIza[0-9A-Za-z_-]{30,40}"
	},
	{
		id: "google-oauth-secret",
		description: "Google OAuth client secret GOCSPX-…",
		body: "GOCSPX-[A-Za-z0-9_-]{28}"
	},
	{
		id: "google-oauth-token",
		description: "Google OAuth access token ya29.…",
		body: "ya29\\.[0-9A-Za-z_-]{20,400}"
	},
	{
		id: "slack-token",
		description: "Slack xoxa-/xoxr-/xoxs-/xoxe- tokens (xoxb-/xoxp- are secretlint:slack)",
		body: "(?:xoxe\\.)?xox[aerse]-[0-9A-Za-z-]{10,250}"
	},
	{
		id: "discord-webhook",
		description: "Discord webhook URL",
		body: "https://(?:ptb\\.|canary\\.)?discord(?:app)?\\.com/api/webhooks/\\d{17,20}/[A-Za-z0-9_-]{60,68}"
	},
	{
		id: "stripe-publishable-live-key",
		description: "Stripe pk_live_ (identifies the account)",
		body: "pk_live_[0-9A-Za-z]{16,250}"
	},
	{
		id: "stripe-webhook-secret",
		description: "Stripe whsec_…",
		body: "whsec_[A-Za-z0-9]{32,64}"
	},
	{
		id: "pypi-token",
		description: "PyPI upload token",
		body: "pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,300}"
	},
	{
		id: "huggingface-token",
		description: "Hugging Face hf_…",
		body: "hf_[A-Za-z0-9]{30,40}",
		mixed: true
	},
	{
		id: "digitalocean-token",
		description: "DigitalOcean dop_v1_/doo_v1_/dor_v1_",
		body: "do[por]_v1_[a-f0-9]{64}"
	},
	{
		id: "xai-api-key",
		description: "xAI xai-…",
		body: "xai-[A-Za-z0-9]{70,90}"
	},
	{
		id: "perplexity-api-key",
		description: "Perplexity pplx-…",
		body: "pplx-[A-Za-z0-9]{40,56}"
	},
	{
		id: "replicate-token",
		description: "Replicate r8_…",
		body: "r8_[A-Za-z0-9]{32,40}"
	},
	{
		id: "notion-token",
		description: "Notion secret_…/ntn_…",
		body: "(?:secret|ntn)_[A-Za-z0-9]{43,46}",
		mixed: true
	},
	{
		id: "square-token",
		description: "Square sq0atp-/sq0csp- (round 15: sandbox sq0idb-/sq0csb- too)",
		body: "(?:sandbox-)?sq0(?:atp|csp|idb|csb)-[0-9A-Za-z_-]{22,43}"
	},
	{
		id: "twilio-api-key",
		description: "Twilio API key SID SK + 32 hex",
		body: "SK[0-9a-f]{32}",
		edge: "A-Za-z0-9"
	},
	{
		id: "postman-api-key",
		description: "Postman PMAK-…",
		body: "PMAK-[A-Za-z0-9-]{59}",
		mixed: true
	},
	{
		id: "atlassian-api-token",
		description: "Atlassian ATATT3…",
		body: "ATATT3[A-Za-z0-9_=-]{100,300}"
	},
	{
		id: "telegram-bot-token",
		description: "Telegram bot token 123456789:AA…",
		body: "\\d{8,10}:AA[0-9A-Za-z_-]{33}",
		edge: "A-Za-z0-9_:-"
	},
	{
		id: "discord-bot-token",
		description: "Discord bot token: base64 user id . timestamp . HMAC",
		body: "[MNO][A-Za-z0-9_-]{23,27}\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{27,40}",
		mixed: true
	},
	{
		id: "terraform-cloud-token",
		description: "HashiCorp Terraform Cloud/Enterprise token <id>.atlasv1.<secret>",
		body: "[A-Za-z0-9]{14}\\.atlasv1\\.[A-Za-z0-9_=-]{60,70}"
	},
	{
		id: "airtable-pat",
		description: "Airtable personal access token pat<14>.<64 hex>",
		body: "pat[A-Za-z0-9]{14}\\.[a-f0-9]{64}"
	},
	{
		id: "mailgun-api-key",
		description: "Mailgun key-… (32 hex)",
		body: "key-[a-f0-9]{32}"
	},
	{
		id: "mailchimp-api-key",
		description: "Mailchimp <32 hex>-us<dc>",
		body: "[a-f0-9]{32}-us\\d{1,2}"
	},
	{
		id: "sentry-token",
		description: "Sentry sntrys_/sntryu_ tokens",
		body: "(?:sntrys_eyJ[A-Za-z0-9_=-]{40,300}|sntryu_[a-f0-9]{64})"
	},
	{
		id: "doppler-token",
		description: "Doppler dp.pt./dp.st./dp.ct./dp.sa. tokens, service tokens with their config",
		body: "dp\\.(?:pt|st|ct|sa|scim|audit)\\.(?:[a-z0-9_-]{2,35}\\.)?[A-Za-z0-9]{40,44}"
	},
	{
		id: "pulumi-token",
		description: "Pulumi pul-… (40 hex)",
		body: "pul-[a-z0-9]{40}",
		mixed: true
	},
	{
		id: "flyio-token",
		description: "Fly.io fo1_…",
		body: "fo1_[A-Za-z0-9_-]{39,45}"
	},
	{
		id: "planetscale-token",
		description: "PlanetScale pscale_tkn_/pscale_pw_/pscale_oauth_",
		body: "pscale_(?:tkn|pw|oauth)_[A-Za-z0-9_.-]{32,64}"
	},
	{
		id: "mapbox-secret-token",
		description: "Mapbox secret token sk.eyJ…",
		body: "sk\\.eyJ[A-Za-z0-9_-]{20,300}\\.[A-Za-z0-9_-]{20,30}"
	},
	{
		id: "dropbox-token",
		description: "Dropbox short-lived token sl.…",
		body: "sl\\.(?:u\\.)?[A-Za-z0-9_-]{130,1400}",
		mixed: true
	},
	{
		id: "shippo-token",
		description: "Shippo shippo_live_/shippo_test_",
		body: "shippo_(?:live|test)_[a-f0-9]{40}"
	},
	{
		id: "brevo-key",
		description: "Brevo (Sendinblue) xkeysib-/xsmtpsib-",
		body: "x(?:keysib|smtpsib)-[A-Za-z0-9_-]{81}",
		mixed: true
	},
	{
		id: "heroku-token",
		description: "Heroku HRKU-…",
		body: "HRKU-[A-Za-z0-9_-]{58,64}"
	},
	{
		id: "dynatrace-token",
		description: "Dynatrace dt0c01.…",
		body: "dt0[a-z]\\d{2}\\.[A-Z0-9]{24}\\.[A-Z0-9]{64}"
	},
	{
		id: "adafruit-key",
		description: "Adafruit IO aio_…",
		body: "aio_[A-Za-z0-9]{28}",
		mixed: true
	},
	{
		id: "rubygems-key",
		description: "RubyGems rubygems_… (48 hex)",
		body: "rubygems_[a-f0-9]{48}"
	},
	{
		id: "sonarqube-token",
		description: "SonarQube squ_/sqp_/sqa_ (40 hex)",
		body: "sq[upa]_[a-f0-9]{40}"
	},
	{
		id: "jfrog-key",
		description: "JFrog API key AKCp…",
		body: "AKCp[A-Za-z0-9]{64,73}"
	},
	{
		id: "bitbucket-app-password",
		description: "Bitbucket app password ATBB…",
		body: "ATBB[A-Za-z0-9_=.-]{28,40}",
		mixed: true
	},
	{
		id: "buildkite-token",
		description: "Buildkite bkua_ (40 hex)",
		body: "bkua_[a-f0-9]{40}"
	},
	{
		id: "circleci-token",
		description: "CircleCI CCIPAT_/CCIPRJ_",
		body: "CCIP(?:AT|RJ)_[A-Za-z0-9]{20,24}_[a-fA-F0-9]{40}"
	},
	{
		id: "hubspot-token",
		description: "HubSpot private app token pat-na1-/pat-eu1-…",
		body: "pat-(?:na|eu|ap)\\d-[A-Za-z0-9]{8}-(?:[A-Za-z0-9]{4}-){3}[A-Za-z0-9]{12}",
		mixed: true
	},
	{
		id: "clickup-token",
		description: "ClickUp pk_<user id>_<32>",
		body: "pk_\\d{6,10}_[A-Z0-9]{32}"
	},
	{
		id: "netlify-token",
		description: "Netlify nfp_…",
		body: "nfp_[A-Za-z0-9]{36,40}",
		mixed: true
	},
	{
		id: "render-key",
		description: "Render rnd_…",
		body: "rnd_[A-Za-z0-9]{26,34}",
		mixed: true
	},
	{
		id: "neon-key",
		description: "Neon napi_…",
		body: "napi_[a-z0-9]{60,70}",
		mixed: true
	},
	{
		id: "resend-key",
		description: "Resend re_…_…",
		body: "re_[A-Za-z0-9]{8}_[A-Za-z0-9]{24}",
		mixed: true
	},
	{
		id: "pinecone-key",
		description: "Pinecone pcsk_…",
		body: "pcsk_[A-Za-z0-9]{4,8}_[A-Za-z0-9]{50,70}"
	},
	{
		id: "tavily-key",
		description: "Tavily tvly-…",
		body: "tvly-(?:dev-|prod-)?[A-Za-z0-9]{30,34}",
		mixed: true
	},
	{
		id: "firecrawl-key",
		description: "Firecrawl fc-… (32 hex)",
		body: "fc-[a-f0-9]{32}"
	},
	{
		id: "e2b-key",
		description: "E2B e2b_… (40 hex)",
		body: "e2b_[a-f0-9]{40}"
	},
	{
		id: "fireworks-key",
		description: "Fireworks AI fw_…",
		body: "fw_[A-Za-z0-9]{20,28}",
		mixed: true
	},
	{
		id: "contentful-token",
		description: "Contentful CFPAT-…",
		body: "CFPAT-[A-Za-z0-9_-]{43}"
	},
	{
		id: "prefect-key",
		description: "Prefect pnu_…",
		body: "pnu_[A-Za-z0-9]{36}",
		mixed: true
	},
	{
		id: "readme-key",
		description: "ReadMe rdme_…",
		body: "rdme_[a-z0-9]{70}",
		mixed: true
	},
	{
		id: "typeform-token",
		description: "Typeform tfp_…",
		body: "tfp_[A-Za-z0-9_-]{40,64}",
		mixed: true
	},
	{
		id: "flutterwave-key",
		description: "Flutterwave FLWSECK-/FLWSECK_TEST-",
		body: "FLW(?:SECK|PUBK)(?:_TEST)?-[a-z0-9]{32}-X",
		mixed: true
	},
	{
		id: "easypost-key",
		description: "EasyPost EZAK/EZTK…",
		body: "EZ[AT]K[A-Za-z0-9]{54}"
	},
	{
		id: "duffel-token",
		description: "Duffel duffel_live_/duffel_test_",
		body: "duffel_(?:live|test)_[A-Za-z0-9_-]{43}"
	},
	{
		id: "frameio-token",
		description: "Frame.io fio-u-…",
		body: "fio-u-[A-Za-z0-9_=-]{64}"
	},
	{
		id: "alibaba-access-key-id",
		description: "Alibaba Cloud access key id LTAI…",
		body: "LTAI[A-Za-z0-9]{12,21}",
		mixed: true
	},
	{
		id: "razorpay-key",
		description: "Razorpay rzp_live_/rzp_test_",
		body: "rzp_(?:live|test)_[A-Za-z0-9]{14}",
		mixed: true
	},
	{
		id: "mercadopago-token",
		description: "Mercado Pago APP_USR-… access token",
		body: "APP_USR-\\d{16}-\\d{6}-[a-f0-9]{32}-\\d{6,10}"
	},
	{
		id: "posthog-personal-key",
		description: "PostHog personal API key phx_…",
		body: "phx_[A-Za-z0-9]{40,50}",
		mixed: true
	},
	{
		id: "langsmith-key",
		description: "LangSmith lsv2_pt_/lsv2_sk_",
		body: "lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}"
	},
	{
		id: "elevenlabs-key",
		description: "ElevenLabs sk_ + 48 hex",
		body: "sk_[a-f0-9]{48}"
	},
	{
		id: "paystack-key",
		description: "Paystack sk_live_/sk_test_ + 40 hex",
		body: "sk_[a-z]{1,8}_[A-Za-z0-9]{40}",
		mixed: true
	},
	{
		id: "azure-storage-connection-string",
		description: "Azure Storage connection string holding an AccountKey (account name and key are one credential)",
		body: "(?:(?<==)DefaultEndpointsProtocol=https?;|(?<![A-Za-z0-9_;=-])(?:DefaultEndpointsProtocol=https?;)?)AccountName=[A-Za-z0-9]{3,24};AccountKey=[A-Za-z0-9+/]{86}==(?:;EndpointSuffix=[A-Za-z0-9.]{1,64})?",
		edge: "A-Za-z0-9_;-"
	},
	{
		id: "azure-storage-key",
		description: "Azure storage AccountKey=…",
		body: "(?<=AccountKey=)[A-Za-z0-9+/]{86}=="
	},
	{
		id: "newrelic-key",
		description: "New Relic NRAK-/NRAA-/NRII-/NRIQ-/NRRA-/NRJS- keys and ingest license keys (…NRAL)",
		body: "(?:NR(?:AK|AA|II|IQ|RA|JS|SP)-[A-Za-z0-9_-]{19,48}|(?:eu01xx)?[a-fA-F0-9]{30,36}NRAL)",
		mixed: true
	},
	{
		id: "salesforce-access-token",
		description: "Salesforce access/session token 00D…!…",
		body: "00D[A-Za-z0-9]{12,15}![A-Za-z0-9_.]{80,120}",
		edge: "A-Za-z0-9_.!"
	},
	{
		id: "anthropic-key",
		description: "Anthropic keys secretlint does not know: sk-ant-admin01-, OAuth sk-ant-oat01-/sk-ant-ort01-, sk-ant-sid01- (its rule knows sk-ant-api03/04-)",
		body: "sk-ant-(?!api0)[a-z]{2,6}\\d{2}-[A-Za-z0-9_-]{80,200}"
	},
	{
		id: "django-insecure-key",
		description: "Django's generated SECRET_KEY django-insecure-… (startproject since Django 3.2)",
		body: "django-insecure-[a-z0-9!@#$%^&*(=+)_-]{20,80}",
		edge: "A-Za-z0-9!@#$%^&*(=+)_-"
	},
	{
		id: "azure-devops-pat",
		description: "Azure DevOps personal access token: 84 characters with AZDO at positions 76–79",
		body: "[A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4}"
	},
	{
		id: "azure-ad-client-secret",
		description: "Azure AD / Entra ID client secret xxx8Q~… (three characters, a digit, Q~, 31–34 more)",
		body: "[A-Za-z0-9_~.]{3}\\dQ~[A-Za-z0-9_~.-]{31,34}",
		edge: "A-Za-z0-9_~.-"
	},
	{
		id: "slack-app-token",
		description: "Slack app-level token xapp-1-…",
		body: "xapp-\\d-[A-Z0-9]{9,12}-\\d{10,14}-[a-f0-9]{64}"
	},
	{
		id: "sourcegraph-token",
		description: "Sourcegraph sgp_… access tokens and slk_… keys",
		body: "sgp_(?:[a-fA-F0-9]{16}|local)_[a-fA-F0-9]{40}|slk_[a-f0-9]{64}"
	},
	{
		id: "nuget-api-key",
		description: "NuGet API key oy2… (46 lower-case letters and digits)",
		body: "oy2[a-z0-9]{43}",
		mixed: true
	},
	{
		id: "intra42-secret",
		description: "42 Intra client secret s-s4t2ud-/s-s4t2af-…",
		body: "s-s4t2(?:ud|af)-[a-f0-9]{64}"
	},
	{
		id: "supabase-key",
		description: "Supabase sbp_… access tokens and sb_secret_… keys",
		body: "sbp_[a-z0-9]{40}|sb_secret_[A-Za-z0-9_-]{31,40}",
		mixed: true
	},
	{
		id: "cerebras-key",
		description: "Cerebras csk-…",
		body: "csk-[a-z0-9]{48}",
		mixed: true
	},
	{
		id: "gitlab-other-token",
		description: "GitLab trigger, OAuth, SCIM, CI job, incoming mail, feed, agent, deploy and runner tokens",
		body: "gl(?:ptt|oas|soat|cbt|imt|ffct|agent|dt|rt|ft)-[A-Za-z0-9_-]{20,64}",
		mixed: true
	},
	{
		id: "plaid-access-token",
		description: "Plaid access-sandbox-/development-/production- tokens",
		body: "access-(?:sandbox|development|production)-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}"
	},
	{
		id: "defined-networking-key",
		description: "Defined Networking dnkey-…",
		body: "dnkey-[A-Za-z0-9=_-]{26}-[A-Za-z0-9=_-]{52}"
	},
	{
		id: "harness-token",
		description: "Harness personal and service account tokens pat./sat.…",
		body: "(?:pat|sat)\\.[A-Za-z0-9_-]{22}\\.[a-f0-9]{24}\\.[A-Za-z0-9]{20}"
	},
	{
		id: "openshift-token",
		description: "OpenShift user token sha256~…",
		body: "sha256~[A-Za-z0-9_-]{43}",
		mixed: true
	},
	{
		id: "teamwork-token",
		description: "Teamwork tkn.v1_…",
		body: "tkn\\.v1_[A-Za-z0-9+/]{40,120}={0,2}",
		mixed: true
	},
	{
		id: "launchdarkly-key",
		description: "LaunchDarkly api-/sdk-/mob- + UUID",
		body: "(?:api|sdk|mob)-[a-z0-9]{8}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{12}",
		mixed: true
	},
	{
		id: "onepassword-secret-key",
		description: "1Password account secret key A3-XXXXXX-…",
		body: "A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}",
		mixed: true
	},
	{
		id: "aws-other-key-id",
		description: "AWS key ids beside AKIA/ASIA (secretlint): A3T…, ABIA (STS bearer), ACCA (context credentials)",
		body: "(?:A3T[A-Z0-9]|ABIA|ACCA)[A-Z2-7]{16}",
		mixed: true
	},
	{
		id: "aws-bedrock-key",
		description: "Amazon Bedrock API keys ABSK… and short-lived bedrock-api-key-…",
		body: "ABSK[A-Za-z0-9+/]{109,269}={0,2}|bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/%=_-]{20,2000}",
		fixed: /^bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t/
	},
	{
		id: "cloudflare-origin-ca-key",
		description: "Cloudflare Origin CA key v1.0-<24 hex>-<146 hex>",
		body: "v1\\.0-[a-f0-9]{24}-[a-f0-9]{146}"
	},
	{
		id: "huggingface-org-token",
		description: "Hugging Face organisation token api_org_…",
		body: "api_org_[A-Za-z]{34}",
		mixed: true
	},
	{
		id: "octopus-deploy-key",
		description: "Octopus Deploy API-…",
		body: "API-[A-Z0-9]{26}",
		mixed: true
	},
	{
		id: "adobe-client-secret",
		description: "Adobe client secret p8e-…",
		body: "p8e-[A-Za-z0-9]{32}",
		mixed: true
	},
	{
		id: "maxmind-license-key",
		description: "MaxMind license key …_mmk",
		body: "[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk",
		mixed: true
	},
	{
		id: "settlemint-token",
		description: "SettleMint sm_pat_/sm_aat_/sm_sat_ tokens",
		body: "sm_(?:pat|aat|sat)_[A-Za-z0-9]{16}",
		mixed: true
	},
	{
		id: "age-secret-key",
		description: "age secret key AGE-SECRET-KEY-1…",
		body: "AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}",
		fixed: /^AGE-SECRET-KEY-1/
	},
	{
		id: "twitter-bearer-token",
		description: "X/Twitter app bearer token: 22 A then up to 100 characters",
		body: "A{22}[A-Za-z0-9%]{80,100}",
		fixed: /^A{22}/
	},
	{
		id: "dropbox-long-lived-token",
		description: "Dropbox long-lived token: 11 characters, ten A, 43 more",
		body: "[a-z0-9]{11}AAAAAAAAAA[A-Za-z0-9_=-]{43}",
		fixed: /AAAAAAAAAA/
	},
	{
		id: "grafana-legacy-api-key",
		description: "Grafana legacy API key eyJrIjoi… (base64 of `{\"k\":\"…\",\"n\":\"…\",\"id\":…}`)",
		body: "eyJrIjoi[A-Za-z0-9]{70,400}={0,3}",
		encoded: true
	},
	{
		id: "spectral-token",
		description: "Spectral (Check Point) spu-/spk- tokens",
		body: "sp[uk]-[a-f0-9]{32}",
		mixed: true
	},
	{
		id: "gitlab-routable-token",
		description: "GitLab routable personal and runner tokens glpat-/glrt-t1_….01…",
		body: "(?:glpat-|glrt-t\\d_)[0-9A-Za-z_-]{27,300}\\.[0-9a-z]{2}\\.?[0-9a-z]{7}",
		mixed: true
	},
	{
		id: "besttime-key",
		description: "BestTime private key pri_ + 32 hex (pub_ is the public one)",
		body: "pri_[a-f0-9]{32}",
		mixed: true
	}
];
/** A key body made of letters only is still random when no naming style explains it (`XWxNjdTAGdEMOu`, not `TestKey`). */
function randomBody(value) {
	if (characterClasses(value) < 2) return false;
	if (/\d/.test(value)) return true;
	const body = value.replace(/^[a-z]+[_-](?:[a-z]+[_-])?/, "");
	return !/^(?:[A-Z][a-z]{2,}|[a-z]{3,})(?:[A-Z][a-z]{2,})*$/.test(body);
}
/** A prefix followed by counting or a repeated group (`bkua_1234567890abcdef1234567890abcdef…`, `pk_1234567_ABCDEFGH…`)
*  is a stand-in written in a key's shape; a drawn key steps up or down far less often (token-randomness.ts). */
function countedBody(value) {
	const r = measureRandomness(value);
	return r.counting > .6 || r.repeated > .3;
}
var providerKeyRules = [
	...PROVIDER_KEYS,
	...TRUFFLEHOG_PROVIDER_KEYS,
	...ROUND17_PROVIDER_KEYS
].map(({ id, description, body, edge = TOKEN_EDGE, mixed, fixed, encoded }) => regexRule({
	id,
	kind: "api_key",
	level: "secrets",
	priority: 90,
	description,
	pattern: new RegExp(`(?<![${edge}])${body}(?![${edge}])`, "g"),
	accept: (value) => {
		const drawn = fixed ? value.replace(fixed, "") : value;
		return (id === "azure-devops-pat" ? looksMachineRandom(value.slice(0, 52), "keyed") : !looksLikePlaceholder(drawn)) && (!mixed || randomBody(value)) && (encoded || !countedBody(drawn));
	}
}));
// src/core/redaction/rules/token-urls.ts
/** The host of the URL that `before` ends inside names a key issuer (`api.openweathermap.org`, `…alchemy.com`). */
function providerHost(before) {
	const url = /([A-Za-z][A-Za-z0-9+.-]{1,20}):\/\/([^/\s?#]{1,200})[^\s]*$/.exec(before);
	if (!url) return false;
	return keyContextOf(url[2].replace(/^[^@]*@/, "").replace(/:\d+$/, "")).provider;
}
/** Hosts of pages people link to (documents, consoles, repositories), whose random path segments are document ids. */
/** Hosts of code, packages and assets, whose hex and random path segments are commits, blobs and asset hashes. */
var CODE_HOST = /(?:^|\.)(?:github|gitlab|bitbucket|googleapis|gstatic|cloudfront|jsdelivr|unpkg|cdnjs|npmjs|docker)\./i;
var PAGE_HOST = /^(?:www|docs|drive|sheets|slides|forms|sites|support|developers?|console|portal|dashboard|app|mail|calendar|maps|photos|play|groups|colab|gist|raw|github|gitlab|web|help|learn|blog|status)\./i;
/** The last path segment of a URL run (`//eth-mainnet.g.alchemy.com/v2/<key>`) whose host names a key issuer and is
*  no page host, when it is random beyond hex (commit SHAs are hex). */
function* providerUrlKeys(run, at) {
	const host = /^\/\/([^/]{1,200})\//.exec(run);
	if (!host || PAGE_HOST.test(host[1]) || !keyContextOf(host[1].replace(/^[^@]*@/, "")).provider) return;
	const segment = run.slice(run.lastIndexOf("/") + 1);
	if (segment.length >= 16 && !/^[0-9a-fA-F-]+$/.test(segment) && !looksTypedIn(segment) && !looksLikePlaceholder(segment) && looksMachineRandom(segment, "keyed")) {
		yield {
			start: at + run.length - segment.length,
			end: at + run.length
		};
		return;
	}
	const first = CODE_HOST.test(host[1]) ? null : /^\/\/[^/]{1,200}\/([0-9a-fA-F]{32,128})(?=\/|$)/.exec(run);
	if (first && hexOrUuid(first[1])) {
		const start = at + first[0].length - first[1].length;
		yield {
			start,
			end: start + first[1].length
		};
	}
}
/** Round 10: query parameters that carry a key without a key word in their name — gitleaks' generic keywords
*  (`api`, `access`, `client`, `auth`) as whole names, app ids and keys (`appid`, `app_id`, `app_key`: Open Exchange
*  Rates, OpenWeather, Adzuna), Azure Functions' and OAuth's `code`, signed URLs' `sig`/`signature`, `k`. */
var KEY_PARAM = /^(?:app_?id|appid|app_?key|appkey|api|apikey|access|client|auth|code|sig|signature|k|subscription[-_]?key|license(?:_?key)?)$/i;
/** Round 9: `https://<key>@api.host/…`, `https://<key>:@host`, `https://<key>:x@host`: a machine-random user of a
*  URL's userinfo is a key (a password there is found by the connection-string rule). */
function userinfoKey(text, runStart, runEnd) {
	const next = text[runEnd];
	if (next !== "@" && next !== ":") return null;
	const tail = text.slice(runEnd, runEnd + 130);
	if (!/^(?:@|:[^\s/@]{0,100}@)[A-Za-z0-9.-]+\.[A-Za-z]{2,}/.test(tail)) return null;
	const user = text.slice(runStart + 2, runEnd);
	if (user.length < 16 || looksLikePlaceholder(user) || looksTypedIn(user) || !looksMachineRandom(user, "keyed")) return null;
	return {
		start: runStart + 2,
		end: runEnd
	};
}
/** Round 9: a key as the segment after an API version on an API host of any provider, named or not
*  (`https://mainnet.infura.io/v3/<key>`, `https://api.acme.dev/v2/<key>/forecast`): the host is an API's (`api.`,
*  `api-`, a chain or network name) or the path holds `/api/`, the segment follows `/v1/`…`/v9/` and is machine-random
*  (hex from 32 digits). Page and repository hosts are left out (document ids, commit SHAs). */
function* versionedApiKeys(run, at) {
	const host = /^\/\/([^/@]{1,200})\//.exec(run);
	if (!host || PAGE_HOST.test(host[1]) || CODE_HOST.test(host[1])) return;
	if (!(/^(?:api|rpc|mainnet|testnet|[a-z0-9-]*-(?:api|rpc|mainnet))[.-]/i.test(host[1]) || /\/api\//i.test(run))) return;
	const re = /\/v\d{1,2}\/([A-Za-z0-9_-]{16,128})(?=\/|$)|^\/\/[^/]{1,200}\/([A-Za-z0-9_-]{32,128})(?=\/|$)/g;
	let m;
	while ((m = re.exec(run)) !== null) {
		const segment = m[1] ?? m[2];
		if (m[2] !== void 0 && !/^(?:api|rpc)[.-]/i.test(host[1])) continue;
		if (/^[0-9a-fA-F-]+$/.test(segment) ? !hexOrUuid(segment) : !looksMachineRandom(segment, "keyed") || looksTypedIn(segment) || looksLikePlaceholder(segment)) continue;
		const start = at + m.index + m[0].length - segment.length;
		yield {
			start,
			end: start + segment.length
		};
	}
}
/** A query value given to a key-named parameter (`key`, `api_key`, `access_token`, `appid` of a provider's host). */
function queryKey(text, runStart, name, value) {
	if (value.length < 16 || looksLikePlaceholder(value) || looksTypedIn(value) || !looksMachineRandom(value, "keyed")) return false;
	if (KEY_PARAM.test(name)) return true;
	const named = keyContextOf(name);
	if (named.publicWord) return false;
	const head = text.slice(Math.max(0, runStart - 300), runStart);
	const before = head.slice(head.lastIndexOf("\n") + 1);
	return named.keyWord || providerHost(before) && /^client_?id$/i.test(name);
}
// src/core/redaction/rules/random-tokens.ts
var RUN = /[A-Za-z0-9+/_~.=-]{16,}/g;
var MAX_RUN$1 = 1024;
/** Names that say the value is something other than a secret. */
var NOT_SECRET_NAME = /(?:^|[_.-])(?:ids?|sids?|uuid|guid|hash(?:es)?|checksum|shasum|sha\d*|md5|digest|integrity|etag|fingerprint|thumbprint|commit|revision|rev|ref|sha|version|mappings?|sources?(?:content)?|names|src|srcset|href|url|uri|path|file(?:name)?|dir|image|img|icon|avatar|logo|font|d|points|class(?:name)?|style|title|label|slug|text|message|description|content|public_?key|pub_?key|cert(?:ificate)?|ca|nonce|request_?id|trace_?id|span_?id|correlation_?id|hash_?id|object_?id|build|tag|sku|isbn|locale|lang|color|colour|format|pattern|regex|selector|xpath|query|mime|type|secure)\d*$/i;
/** `userId`, `paymentID`, `fileHash`: the camelCase ending of such a name — case-sensitive, so a name that merely ends in
*  those letters (`SENDGRID`, `PLAID`, `ANDROID`) is not read as an id (round 11). */
var NOT_SECRET_CAMEL = /(?:[a-z]Id|[a-z]ID|[a-z]Sid|[a-z]SID|Ids|Hash|Url|Uri|Path|Sha|Digest)\d*$/;
/** Object ids of APIs people paste into chats (OpenAI, Anthropic, Stripe): identifiers, not credentials. */
var ID_PREFIX = /^(?:pk_test|chatcmpl|cmpl|msg|msgbatch|toolu|srvtoolu|req|call|run|thread|asst|file|batch|step|resp|evt|cus|ch|pi|pm|py|sub|in|ii|il|prod|price|acct|txn|src|seti|si|po|tr|re|ba|card|cs_test|cs_live|ft|ftjob|org|proj|user|vs|modr|img|conv|chatcmpl-tool|fp|ses|sched|cm|mdl|ws|wf)[-_]/;
/** Where digests and encoded blobs begin: they are random and public. */
var DIGEST_BEFORE = /(?:sha\d{1,3}|md5|h\d)[-:]$|base64,$|nonce-$|integrity[=:"' ]{1,4}$/i;
/** PEM blocks (certificates, public keys; private keys are their own rule), as ranges, found once per text. */
function pemBlocks(text) {
	const blocks = [];
	let at = text.indexOf("-----BEGIN ");
	while (at !== -1) {
		const end = text.indexOf("-----END ", at + 11);
		if (end === -1) {
			blocks.push({
				start: at,
				end: text.length
			});
			break;
		}
		blocks.push({
			start: at,
			end: end + 9
		});
		at = text.indexOf("-----BEGIN ", end + 9);
	}
	return blocks;
}
var LEAK_VERB = /(?:committed|commited|pushed|leaked|exposed|pasted|posted|shared|published|uploaded|checked in|hard-?coded|hardcoded|rotated|revoked|regenerated|is my|are my|mein(?:en)? |ma clé|mi clave|my (?:\w+ ){0,2}(?:is|was)|using|use|set)(?:[ \t]+(?:it|this|that|the|a|an|my|our|in|to|into|as))?[ \t:]{1,3}["'`]?$/i;
/** For hex and UUIDs (commit SHAs, ids) only verbs that mean a leak, never "use" or "committed" alone. */
var LEAK_ONLY = /(?:accidentally[ \t]+(?:committed|commited|pushed|shared|posted|published|uploaded|pasted)|leaked|exposed|pasted|posted|published|hard-?coded|hardcoded)(?:[ \t]+(?:it|this|that|the|a|an|my|our|in|to|into|as))?[ \t:]{1,3}["'`]?$/i;
var CLIENT_CALL = /(?:[A-Z][A-Za-z0-9]*(?:Client|Api|API|Sdk|SDK|Service|Auth|Connection|Session)|(?:create|init|make|new)_?[Cc]lient|new[ \t]+[A-Z][\w.]*)[ \t]*\([ \t]*["'`]$/;
/** Round 10: the first argument of any class constructor or factory in PascalCase (`Geocoder("…")`,
*  `OpenCageGeocode('…')`), for hex of 32 to 40 digits (an API key's lengths; 64 is a SHA-256): unless its name
*  says the argument is an id, hash, colour or test case. */
var CONSTRUCTOR_CALL = /(?:^|[^\w.$])(?!(?:Test\w*|\w*(?:Id|ID|Uuid|UUID|Guid|GUID|Hash|Sha|SHA|Digest|Hex|Color|Colour|Address|Checksum|Commit|Version|Case)[ \t]*\())[A-Z][a-z][A-Za-z0-9]{1,40}[ \t]*\([ \t]*["'`]$/;
/** Round 10: a name whose last part is `api` (`STEAM_WEB_API=`, `weatherApi:`) given hex: the key of that API. */
var API_NAME = /(?:^|[^A-Za-z])(?:[A-Za-z0-9]+[_.-])*(?:api|API)["'`]?[ \t]*(?:=|:=|:|=>)[ \t]*["'`]?$|[a-z0-9]Api["'`]?[ \t]*(?:=|:=|:|=>)[ \t]*["'`]?$/;
/** A later quoted argument of a client, auth or credentials call, across lines:
*  `OAuth('…',\n      '…')`, `new TwitterClient(\n  "…", "…")`. */
var CALL_ARGUMENT = /(?:[A-Z][A-Za-z0-9]*(?:Client|Api|API|Sdk|SDK|Service|Auth|Connection|Session|Credentials?)|OAuth\w{0,10}|[Aa]uth|[Cc]redentials?)[ \t]*\([ \t\r\n]*(?:(?:"[^"\n]{0,300}"|'[^'\n]{0,300}'|[A-Za-z_$][\w$.]{0,60})[ \t]*,[ \t\r\n]*){1,6}["'`]$/;
var inCallArguments = (text, start) => CALL_ARGUMENT.test(text.slice(Math.max(0, start - 600), start));
/** The path segment before a token that says what it is: `/webhook/…`, `/hooks/123/…`, `/token/…`, `/api-key/…`. */
var URL_SECRET_PATH = /\/(?:webhooks?|hooks?|tokens?|keys?|secrets?|auth|apikeys?|api[_-]keys?|access[_-]tokens?|signing[_-]keys?)\/(?:\d{1,20}\/)?(?=[A-Za-z0-9_-]{16})/i;
var URL_SECRET_SEGMENT = /\/(?:webhooks?|hooks?|tokens?|keys?|secrets?|auth|apikeys?|api[_-]keys?|access[_-]tokens?|signing[_-]keys?)\/(?:\d{1,20}\/)?$/i;
/** "… is my API key", "… was our token": the value named right after it. */
var NAMED_AFTER = /^["'`]?[ \t]{1,3}(?:is|was|are|=)[ \t]{1,3}(?:my|our|the|his|her|their|your)[ \t]{1,3}(?:[\w-]{1,20}[ \t]{1,3}){0,3}(?:keys?|tokens?|secrets?|passwords?|credentials?|pat)\b/i;
var namedAfter = (text, end) => NAMED_AFTER.test(text.slice(end, end + 90));
/** Round 9: the user of HTTP basic auth is the key for many APIs (Toggl, Freshdesk, Harvest, Mailgun's `api:`
*  inverted): `curl -u <key>:X`, `--user <key>:`, `-u <key>:api_token`. */
var BASIC_USER_BEFORE = /(?:^|[\s"'])(?:-u|--user|-U|--proxy-user)(?:[ \t]{1,3}|=)["']?$/;
/** Round 9: `API: <key>`, `API key - <key>`: a label naming the API before a value. */
var API_LABEL = /(?:^|[\s(|])API[ \t]{0,2}(?:[:=：]|-{1,2}|—|→)[ \t]{0,3}["'`]?$/;
/** `name = "`, `"name": "`, `name: `, `NAME=`, `name := "`, `name => '`, `<name>`: the name the value is given to. */
var ASSIGNED = /(?:^|[\s{,;(])["'`]?([A-Za-z_$][\w$.-]{0,60})["'`]?\]?[ \t]*(?:=|:=|=>|:|->)[ \t]*["'`]?$|<([A-Za-z][\w:.-]{0,60})(?:[ \t][^<>]{0,120})?>[ \t]*$/;
function* find$6(text) {
	let blocks = null;
	let blockAt = 0;
	const re = new RegExp(RUN.source, "g");
	let match;
	while ((match = re.exec(text)) !== null) {
		let start = match.index;
		let end = start + match[0].length;
		if (end - start > MAX_RUN$1) continue;
		let cut = match[0].length - 1;
		while (cut > 0 && match[0][cut] === "=") cut--;
		const lastEquals = match[0].lastIndexOf("=", cut);
		if (lastEquals !== -1) start += lastEquals + 1;
		if (match[0].startsWith("//") && text[match.index - 1] === ":") {
			const user = userinfoKey(text, match.index, end);
			if (user) {
				yield user;
				continue;
			}
			yield* providerUrlKeys(match[0], match.index);
			yield* versionedApiKeys(match[0], match.index);
			if (!URL_SECRET_PATH.test(match[0])) continue;
		}
		const segment = URL_SECRET_PATH.exec(text.slice(start, end));
		if (segment) {
			start += segment.index + segment[0].length;
			const slash = text.indexOf("/", start);
			if (slash !== -1 && slash < end) end = slash;
		}
		while (end > start && /[.~_-]/.test(text[end - 1]) && !/=/.test(text[end - 1])) end--;
		while (start < end && /[./=~-]/.test(text[start])) start++;
		if (text[start] === "+" && (start === 0 || text[start - 1] === "\n") && /^\+[A-Za-z]/.test(text.slice(start, start + 2))) start++;
		const value = text.slice(start, end);
		if (value.length < 16) continue;
		const prev = text[match.index - 1] ?? "";
		if ((prev === "?" || prev === "&") && lastEquals > 0) {
			if (queryKey(text, match.index, match[0].slice(0, lastEquals), value)) yield {
				start,
				end
			};
			continue;
		}
		if (/[@\\#?&%]/.test(prev)) continue;
		const windowStart = Math.max(0, start - 100);
		const head = text.slice(windowStart, start);
		const before = head.slice(head.lastIndexOf("\n") + 1);
		const inUrl = /:\/\/\S*$/.test(before);
		if (DIGEST_BEFORE.test(before)) continue;
		if (inUrl && !URL_SECRET_SEGMENT.test(before)) {
			if (providerHost(before) && !PAGE_HOST.test(/:\/\/([^/\s]*)[^\s]*$/.exec(before)?.[1] ?? "") && !/^[0-9a-fA-F-]+$/.test(value) && looksMachineRandom(value, "keyed") && !looksTypedIn(value)) yield {
				start,
				end
			};
			continue;
		}
		if (value.startsWith("AAAA") || ID_PREFIX.test(value) || /^(?:sha\d{1,3}|md5)-/.test(value) || publicKeyShaped(value)) continue;
		if (/\}\.$/.test(before)) continue;
		if (looksLikePlaceholder(value) || looksTypedIn(value) || encodesPlainText(value)) continue;
		if (/^123e4567-e89b-12d3-a456-/i.test(value)) continue;
		const strong = keyLike(value, 20) || capsPrefixed(value) || selfNamed(value);
		const hexLike = !strong && hexOrUuid(value);
		const glued = hexLike ? null : gluedTail(value);
		if (!strong && !hexLike && !glued && !looksMachineRandom(value, "keyed")) continue;
		blocks ??= pemBlocks(text);
		while (blockAt < blocks.length && blocks[blockAt].end <= start) blockAt++;
		if (blockAt < blocks.length && blocks[blockAt].start <= start) continue;
		if (glued) {
			yield {
				start: start + glued,
				end
			};
			continue;
		}
		if ((BASIC_USER_BEFORE.test(before) && text[end] === ":" || API_LABEL.test(before)) && (strong || hexLike || looksMachineRandom(value, "keyed"))) {
			yield {
				start,
				end
			};
			continue;
		}
		const assigned = ASSIGNED.exec(before);
		const name = assigned ? assigned[1] ?? assigned[2] ?? "" : "";
		const bareName = name.replace(/[-.]+$/, "");
		if (assigned && (NOT_SECRET_NAME.test(bareName) || NOT_SECRET_CAMEL.test(bareName)) && !/access[_-]?key[_-]?id$|^app_?id$/i.test(name)) continue;
		const quoted = /["'`]$/.test(before) && text[end] === before[before.length - 1];
		const placed = assigned || quoted || inUrl || CLIENT_CALL.test(before) || LEAK_VERB.test(before);
		if (strong && (placed || inCallArguments(text, start) || namedAfter(text, end))) {
			yield {
				start,
				end
			};
			continue;
		}
		if (keyLike(value, 32) || capsPrefixed(value)) {
			yield {
				start,
				end
			};
			continue;
		}
		if (keyedAround(text, start, before) || commentNamesKey(text, end)) {
			yield {
				start,
				end
			};
			continue;
		}
		if (!hexLike) continue;
		const calledOrNamed = (CONSTRUCTOR_CALL.test(before) || API_NAME.test(before)) && value.length <= 40;
		if (CLIENT_CALL.test(before) || calledOrNamed || LEAK_ONLY.test(before)) yield {
			start,
			end
		};
		else if (inCallArguments(text, start) || namedAfter(text, end)) yield {
			start,
			end
		};
	}
}
var randomTokenRules = [{
	id: "random-token",
	kind: "secret",
	level: "secrets",
	priority: 45,
	description: "A key-shaped random token (upper, lower and digits mixed throughout) given to any name, passed to a client constructor, named in prose about leaking it, or 32+ characters anywhere; hex and UUIDs only as a client argument or after a leak verb; never digests, ids, URLs, PEM bodies or public keys",
	find: (text) => [...find$6(text)]
}];
// src/core/redaction/rules/secret-stores.ts
var SSM = /(?<![\w-])aws[ \t]{1,4}ssm[ \t]{1,4}put-parameter(?![\w-])([^\n]{0,400})/g;
var KEY_VAULT = /(?<![\w-])az[ \t]{1,4}keyvault[ \t]{1,4}secret[ \t]{1,4}set(?![\w-])([^\n]{0,400})/g;
/** `--value X`, `--value=X`, `--value "X"` inside the rest of the command's line. */
var VALUE_FLAG = /(?<=[ \t])--value(?:[ \t]{1,4}|=)(["']?)([^\s"']{1,256})\1/d;
var PULUMI = /(?<![\w-])pulumi[ \t]{1,4}config[ \t]{1,4}set[ \t]{1,4}(?:--secret[ \t]{1,4}(?:--path[ \t]{1,4})?[^\s"'-][^\s]{0,100}[ \t]{1,4}(["']?)([^\s"']{1,256})\1|(?:--path[ \t]{1,4})?[^\s"'-][^\s]{0,100}[ \t]{1,4}(["']?)([^\s"']{1,256})\3[ \t]{1,4}--secret(?![\w-]))/dg;
var RCLONE = /(?<![\w-])rclone[ \t]{1,4}config[ \t]{1,4}(?:create|update)(?![\w-])([^\n]{0,600})/g;
/** rclone's option names that hold a password or a secret (its backends' documented options). */
var RCLONE_PAIR = /(?<=[ \t])(pass|password|password2|secret_access_key|client_secret|account_key|key|token|api_key|app_key|bearer_token|access_token|sas_url|session_token|auth_token)[ \t]{1,4}(["']?)([^\s"']{1,256})\2/dg;
function valueAfterFlag(text, re, needs) {
	const found = [];
	const scan = new RegExp(re.source, re.flags);
	let match;
	while ((match = scan.exec(text)) !== null) {
		const rest = match[1];
		if (needs && !needs.test(rest)) continue;
		const flag = VALUE_FLAG.exec(rest);
		if (!flag) continue;
		const [from, to] = flag.indices[2];
		const offset = match.index + match[0].length - rest.length;
		if (plausiblePassword(rest.slice(from, to))) found.push({
			start: offset + from,
			end: offset + to
		});
	}
	return found;
}
function* pulumiSecrets(text) {
	const re = new RegExp(PULUMI.source, PULUMI.flags);
	let match;
	while ((match = re.exec(text)) !== null) {
		const [start, end] = match.indices[2] ?? match.indices[4];
		if (plausiblePassword(text.slice(start, end))) yield {
			start,
			end
		};
	}
}
function* rclonePairs(text, kind) {
	const re = new RegExp(RCLONE.source, RCLONE.flags);
	let match;
	while ((match = re.exec(text)) !== null) {
		const rest = match[1];
		const offset = match.index + match[0].length - rest.length;
		const pairs = new RegExp(RCLONE_PAIR.source, RCLONE_PAIR.flags);
		let pair;
		while ((pair = pairs.exec(rest)) !== null) {
			if (/^pass/.test(pair[1]) !== (kind === "password")) continue;
			const [from, to] = pair.indices[3];
			if (plausiblePassword(rest.slice(from, to))) yield {
				start: offset + from,
				end: offset + to
			};
		}
	}
}
var secretStoreRules = [{
	id: "secret-store-value",
	kind: "secret",
	level: "secrets",
	priority: 78,
	description: "Round 11: the value a command stores as a secret — `aws ssm put-parameter … --type SecureString --value X`, `az keyvault secret set … --value X`, `pulumi config set --secret NAME X`, rclone `config create|update` secret options",
	find: (text) => [
		...valueAfterFlag(text, SSM, /SecureString/),
		...valueAfterFlag(text, KEY_VAULT),
		...pulumiSecrets(text),
		...rclonePairs(text, "secret")
	]
}, {
	id: "rclone-password",
	kind: "password",
	level: "secrets",
	priority: 80,
	description: "Round 11: rclone `config create|update` password options (`pass X`, `password X`)",
	find: (text) => [...rclonePairs(text, "password")]
}];
// src/core/redaction/rules/seed-wordlists.ts
var RAW = [
	["english", wordlist$1],
	["spanish", wordlist$8],
	["french", wordlist$2],
	["italian", wordlist$3],
	["portuguese", wordlist$6],
	["czech", wordlist],
	["japanese", wordlist$4],
	["korean", wordlist$5],
	["chinese_simplified", wordlist$7],
	["chinese_traditional", wordlist$9]
];
var built = null;
/** The lists indexed by word, built on first use: ~10 ms of normalising and 20,000 map entries that the background
*  would otherwise pay at every service-worker start, whether or not anything is redacted while it lives. */
function seedIndex() {
	if (built) return built;
	const lists = RAW.map(([name, words]) => ({
		name,
		index: new Map(words.map((w, i) => [w.normalize("NFC"), i]))
	}));
	const mask = /* @__PURE__ */ new Map();
	lists.forEach((list, bit) => {
		for (const word of list.index.keys()) mask.set(word, (mask.get(word) ?? 0) | 1 << bit);
	});
	return built = {
		lists,
		mask
	};
}
// src/core/redaction/rules/seed-phrases.ts
var LENGTHS = [
	24,
	21,
	18,
	15,
	12
];
var MAX_RUN = 30;
/** List words by chance before or after a phrase in its run, on each side. */
var STRAY = 2;
/** What may stand between two words of a phrase: spaces (Japanese phrases use the ideographic one), one blank line,
*  commas, quotes, a bullet or a list number. */
var GAP = /^["'`]?[ \t\u3000]*[,、]?[ \t\u3000]*(?:\r?\n[ \t\u3000]*){0,2}(?:[-*•|][ \t]*|\(?\d{1,2}[.):]?[ \t]*|\d{1,2}[ \t]*[-–:][ \t]*)?["'`]?$/;
/** Words that call a run of words a seed or recovery phrase, in many languages (before it on its line or the line
*  above). The checksum alone decides when none is there. */
var SEED_CONTEXT = /seed|mnemoni|recovery|backup|phrase|wallet|metamask|ledger|trezor|bip-?39|semilla|frase|semente|graine|r[ée]cup[ée]ration|wiederherstell|wörter|woorden|herstel|ziarn|odzyskiw|recupero|\bseme\b|tohum|kurtarma|cümle|сид|мнемон|фраз|восстановл|відновл|助记词|助記詞|种子|種子|恢复|ニーモニック|シード|復元|시드|니모닉|복구|کلمات بازیابی|عبارة|بذرة|ביטוי|גיבוי|เมล็ด|กู้คืน|cụm từ|khôi phục|benih|pemulihan/i;
/** Words that name a phrase as a wallet's key outright (not `phrase`, `backup` or `wallet` alone, which name many
*  a sentence): what a phrase of a list this engine does not hold must follow. */
var STRONG_SEED_CONTEXT = /seed|mnemoni|recovery|r[ée]cup[ée]ra|wiederherstell|herstel|odzyskiw|recupero|tohum|kurtarma|сид|мнемон|восстановл|відновл|助记词|助記詞|种子|種子|恢复|ニーモニック|シード|復元|시드|니모닉|복구|بازیابی|بذرة|กู้คืน|khôi phục|pemulihan/i;
/** A phrase of a word list this engine does not ship (wallets' Russian and Turkish lists, any other): 12 to 24
*  lower-case words of 3 to 9 letters (and the combining marks of NFD text), one space apart, standing alone as a
*  value (after a colon, `=`, `->`, a quote or at a line start, up to a quote or the line's end). A sentence starts
*  with a capital or holds a short word (`a`, `и`, `ve`, `le`); a list's words are nouns and adjectives of three
*  letters or more. */
var UNLISTED_RUN = /(?<=^|[:=>"'`\n])[ \t]*((?:\p{Ll}[\p{Ll}\p{M}]{2,11}[ \t\u3000]){11,23}\p{Ll}[\p{Ll}\p{M}]{2,11})[ \t]*(?=["'`<\r\n]|$)/gu;
function* unlisted(text) {
	for (const m of text.matchAll(UNLISTED_RUN)) {
		const start = m.index + m[0].indexOf(m[1]);
		const count = m[1].split(/[ \t\u3000]/).length;
		if (!LENGTHS.includes(count)) continue;
		const head = text.slice(Math.max(0, start - 200), start).split("\n");
		if (STRONG_SEED_CONTEXT.test(head.slice(-2).join("\n"))) yield {
			start,
			end: start + m[1].length
		};
	}
}
var MARK = /[\p{M}\u1100-\u11ff]/u;
/** The common gap, one space, without GAP's slice. */
var SPACE = /[ \t\n\u3000,"'`]/;
/** A word as a person writes a phrase (all lower case, capitalised at a sentence start, or all upper case) → the
*  word in NFC lower case and the lists holding it, or null. */
function listWord(raw) {
	const nfc = MARK.test(raw) ? raw.normalize("NFC") : raw;
	const lower = nfc.toLowerCase();
	const mask = seedIndex().mask.get(lower);
	if (!mask) return null;
	if (nfc === lower || nfc === nfc.toUpperCase() || nfc === nfc[0] + lower.slice(1)) return {
		word: lower,
		mask
	};
	return null;
}
function seedContext(text, start) {
	const lines = text.slice(Math.max(0, start - 200), start).split("\n");
	return SEED_CONTEXT.test(lines.slice(-3).join("\n"));
}
/** BIP-39's checksum: the words' 11-bit indices are the entropy followed by the first bits of its SHA-256 (one bit per
*  three words), the same test as `validateMnemonic`. */
function checksumHolds(words, index = seedIndex().lists[0].index) {
	const bits = words.length * 11;
	const checksumBits = bits / 33;
	const entropy = new Uint8Array((bits - checksumBits) / 8 | 0);
	let acc = 0;
	let held = 0;
	let at = 0;
	for (const w of words) {
		acc = acc << 11 | index.get(w.word);
		held += 11;
		while (held >= 8 && at < entropy.length) {
			held -= 8;
			entropy[at++] = acc >>> held & 255;
		}
		acc &= (1 << held) - 1;
	}
	return sha256(entropy)[0] >>> 8 - checksumBits === acc;
}
/** The checksum holds with the indices of one of the lists in `mask`. Lists that give the words the same indices
*  (most characters of the two Chinese lists) are checked once. */
function checksumInSome(window, mask) {
	let tried = null;
	const { lists } = seedIndex();
	for (let bit = 0; bit < lists.length; bit++) {
		if (!(mask & 1 << bit)) continue;
		const index = lists[bit].index;
		const indices = window.map((w) => index.get(w.word));
		if (tried && indices.every((n, k) => n === tried[k])) continue;
		tried = indices;
		if (checksumHolds(window, index)) return true;
	}
	return false;
}
/** The words are numbered 1, 2, 3… in their gaps (`1. abandon 2. ability`, `01) … 02) …`). */
function numbered(text, words) {
	let expected = 2;
	for (let i = 1; i < words.length; i++) {
		const n = /(\d{1,2})/.exec(text.slice(words[i - 1].end, words[i].start));
		if (!n || Number(n[1]) !== expected) return false;
		expected++;
	}
	return true;
}
/** The longest window of a BIP-39 length in a run of words of the lists in `mask` that is a phrase. */
function phraseIn(text, words, mask) {
	if (words.length < 12 || words.length > MAX_RUN) return null;
	const named = seedContext(text, words[0].start) || numbered(text, words);
	for (const length of LENGTHS) {
		const last = words.length - length;
		for (let i = Math.max(0, last - STRAY); i <= Math.min(STRAY, last); i++) {
			const window = words.slice(i, i + length);
			if (!named && new Set(window.map((w) => w.word)).size < length - 1) continue;
			if (checksumInSome(window, mask)) return {
				start: window[0].start,
				end: window[length - 1].end
			};
		}
	}
	if (named && LENGTHS.includes(words.length)) return {
		start: words[0].start,
		end: words[words.length - 1].end
	};
	return null;
}
function* find$5(text) {
	const re = /[\p{L}\p{M}]+/gu;
	let run = [];
	let runMask = 0;
	let tooLong = false;
	let lastEnd = -1;
	let match;
	const close = function* () {
		if (!tooLong) {
			const found = phraseIn(text, run, runMask);
			if (found) yield found;
		}
		run = [];
		tooLong = false;
	};
	while ((match = re.exec(text)) !== null) {
		const start = match.index;
		const end = start + match[0].length;
		const listed = listWord(match[0]);
		const joined = lastEnd >= 0 && (start - lastEnd === 1 ? SPACE.test(text[lastEnd]) : start - lastEnd <= 16 && GAP.test(text.slice(lastEnd, start)));
		if (!listed || !joined || !(runMask & listed.mask)) yield* close();
		lastEnd = listed ? end : -1;
		if (!listed || tooLong) continue;
		runMask = run.length ? runMask & listed.mask : listed.mask;
		run.push({
			start,
			end,
			word: listed.word
		});
		if (run.length > MAX_RUN) tooLong = true;
	}
	yield* close();
}
var seedPhraseRules = [{
	id: "seed-phrase",
	kind: "secret",
	level: "secrets",
	priority: 47,
	description: "Round 11: a wallet seed phrase — 12, 15, 18, 21 or 24 words of one BIP-39 list (@scure/bip39; English, and since round 12 the nine other official languages) in a row, checksum-valid, or called a seed/recovery phrase in some language, or numbered",
	find: (text) => [...find$5(text)]
}, {
	id: "seed-phrase-unlisted",
	kind: "secret",
	level: "secrets",
	priority: 47,
	description: "Round 12: a seed phrase of a list the engine does not ship (wallets' Russian or Turkish lists): exactly 12, 15, 18, 21 or 24 lower-case words of 3–9 letters standing alone as a value, on the line of or the line after a word that names a seed/mnemonic/recovery phrase",
	find: (text) => [...unlisted(text)]
}];
// src/core/redaction/rules/labelled-values.ts
var WORD$2 = "[\\p{L}\\p{M}][\\p{L}\\p{M}'’-]{0,30}";
/** Line start (not indented: an indented line is code or a config block), label words, an optional colon, dash or
*  arrow, the value, up to three words, an optional full stop, line end. */
var LABELLED_LINE = new RegExp(`(?<=^|\\n)(?:${WORD$2}[ \\t]{1,3}){0,5}${WORD$2}[ \\t]*(?:[:：→—–]|->|-)?[ \\t]{1,3}([^\\s]{6,64})(?:[ \\t]{1,3}${WORD$2}){0,3}[ \\t]*[.。]?[ \\t]*(?=\\r?\\n|$)`, "gu");
/** What a person chooses as a password and an identifier never looks like: both cases of letters mixed with digits or
*  a symbol (IBANs, tracking numbers, hashes, commits and build ids are in one case), or words joined with a number
*  (`aroha.kiboko.33`). Quoted strings, `a:b`, `x=y` and e-mail addresses are code or addresses; counting runs and
*  repeated groups are typed-in stand-ins. */
function chosenShape(value) {
	if (/^["'`]|[:=]|@[\p{L}\p{N}-]+\.\p{L}{2,}/u.test(value) || looksTypedIn(value)) return false;
	if (/^eyJ/.test(value)) return false;
	if (/^\p{L}\p{Ll}+(?:\p{Lu}\p{Ll}+){2,}\d*$/u.test(value)) return false;
	const mixedCase = /\p{Lu}/u.test(value) && /\p{Ll}/u.test(value) && /\p{Ll}\p{Lu}|\p{L}\d|\d\p{L}|[^\p{L}\p{N}._'’-]/u.test(value);
	const passphrase = /^\p{L}{2,}(?:[-._]\p{L}{2,})+[-._]?\d{1,4}$/u.test(value);
	if (!mixedCase && !passphrase) return false;
	return passwordTokenShape(value, "before") && passwordTokenShape(value, "after");
}
/** A label that makes the value something else: one word glued with a hyphen (`my-password`, a name), or a word that
*  calls it public (`hash`, `commit`, `fingerprint`: key-context.ts's list). */
function labelSaysOtherwise(label) {
	const words = label.toLowerCase().split(/[\s:：→—–>-]+/u).filter(Boolean);
	if (/^[^\s]+-[^\s]+[ \t]*$/u.test(label.trim()) && !/\s/.test(label.trim())) return true;
	return words.some((w) => PUBLIC_WORDS.has(w));
}
function* find$4(text) {
	for (const m of text.matchAll(LABELLED_LINE)) {
		if (labelSaysOtherwise(m[0].slice(0, m[0].indexOf(m[1])).replace(/[ \t:：→—–>-]+$/u, ""))) continue;
		if (m[1].endsWith(";")) continue;
		const lead = /^[„“«‚‘‹「『]*/u.exec(m[1])[0].length;
		const value = m[1].slice(lead).replace(/[.,。)]+$/, "").replace(/[“”»‘’›」』]+$/u, "");
		if (!chosenShape(value)) continue;
		const start = m.index + m[0].indexOf(m[1]) + lead;
		yield {
			start,
			end: start + value.length
		};
	}
}
var labelledValueRules = [{
	id: "labelled-value-line",
	kind: "password",
	level: "secrets",
	priority: 74,
	description: "Round 12: a password-shaped value (strict shape: three classes, symbol and digits, machine-random or a passphrase; no word with a number) ending a line that a label of one to six words of any language introduces, with at most three words after it",
	find: (text) => [...find$4(text)]
}];
// src/core/redaction/rules/passphrase-lines.ts
/** Not indented more than a list's, a label, a colon, the phrase, the line's end. */
var LINE = new RegExp(`(?<=^|\\n)[ \\t]{0,4}([\\p{L}][\\p{L}\\p{M}'’-]{0,30}(?:[ \\t][\\p{L}][\\p{L}\\p{M}'’-]{0,30}){0,3})[ \\t]{0,2}[:：][ \\t]{1,3}([\\p{L}\\p{M}]{3,14}(?: [\\p{L}\\p{M}]{3,14}){2,7})[ \\t]*(?=\\r?\\n|$)`, "gu");
/** The longest line beside the value read as another line of its form. */
var MAX_NEIGHBOUR = 200;
/** Another line of a form: a short label, a colon, a value. */
var FORM_LINE = /^[ \t]{0,4}[\p{L}][\p{L}\p{M}\p{N} .'’/()-]{0,40}[:：][ \t]*\S/u;
function phraseOfWords(value) {
	const words = value.split(" ");
	if (words.filter((word) => [...word].length === 3).length > 1) return false;
	if (!words.every((word) => /^(?:\p{Ll}+|\p{Lu}\p{Ll}*|\p{Lu}+)$/u.test(word))) return false;
	return !passwordUiText(value) && !endsWithPasswordWord(value);
}
/** The lines before and after the one spanning `lineStart`..`end`, each when it is at most 200 characters long. */
function neighbours(text, lineStart, end) {
	const out = [];
	if (lineStart > 0) {
		const prevEnd = lineStart - 1;
		const prevStart = lineStartWithin(text, Math.max(0, prevEnd - MAX_NEIGHBOUR - 1), prevEnd);
		if (prevEnd - prevStart <= MAX_NEIGHBOUR) out.push(text.slice(prevStart, prevEnd));
	}
	if (text[end] === "\n" || text.startsWith("\r\n", end)) {
		const nextStart = text.indexOf("\n", end) + 1;
		const stop = lineEndWithin(text, nextStart, Math.min(text.length, nextStart + MAX_NEIGHBOUR + 1));
		if (stop - nextStart <= MAX_NEIGHBOUR) out.push(text.slice(nextStart, stop));
	}
	return out;
}
function* find$3(text) {
	if (!text.includes(":") && !text.includes("：")) return;
	for (const match of text.matchAll(LINE)) {
		const label = match[1];
		const value = match[2];
		if (!endsWithPasswordWord(label) || !phraseOfWords(value)) continue;
		const start = match.index + match[0].indexOf(value, match[0].indexOf(label) + label.length);
		const end = start + value.length;
		if (!neighbours(text, match.index, end).some((line) => FORM_LINE.test(line.replace(/\r$/, "")))) continue;
		yield {
			start,
			end
		};
	}
}
var passphraseLineRules = [{
	id: "passphrase-form-line",
	kind: "password",
	level: "secrets",
	priority: 74,
	description: "Round 14: a passphrase of three to eight spaced words of letters (no word under three letters, one of three at most) after a label ending in a password word and a colon, on a line of a key/value form (a `Label: value` line beside it)",
	find: (text) => [...find$3(text)]
}];
// src/core/redaction/rules/secretlint.ts
/** Options that widen a rule to what chat text holds: AWS access key ids on their own, not only secret keys. */
var OPTIONS = { aws: { enableIDScanRule: true } };
var SKIPPED = /* @__PURE__ */ new Set(["filter-comments"]);
var shortId = (id) => id.replace("@secretlint/secretlint-rule-", "");
function kindOf(id) {
	if (id === "privatekey") return "private_key";
	if (id === "basicauth" || id === "database-connection-string") return "password";
	return "api_key";
}
var sink = [];
function contextFor() {
	return {
		sharedOptions: {},
		createTranslator: () => (_messageId, data = {}) => ({
			message: _messageId,
			data
		}),
		report: (d) => sink.push({
			range: d.range,
			data: d.message?.data ?? {}
		}),
		ignore: () => void 0
	};
}
/** Where the secret really is: the reported range if it holds the named value, else that value near the range. */
function locate(text, report) {
	const [start, end] = report.range;
	const values = Object.values(report.data).filter((v) => typeof v === "string" && v.length >= 8);
	const slice = text.slice(start, end);
	for (const value of values) {
		if (slice.includes(value)) return {
			start: start + slice.indexOf(value),
			end: start + slice.indexOf(value) + value.length
		};
		const near = text.indexOf(value, Math.max(0, start - 256));
		if (near !== -1 && near <= end + 256) return {
			start: Math.min(start, near),
			end: Math.max(end, near + value.length)
		};
	}
	return {
		start,
		end
	};
}
/**
* A connection string is reported whole; redact only its password (the user name, host and database stay,
* as with the `connection-string-password` rule). Without a recognisable password the whole string goes.
*/
function narrowConnectionString(text, range) {
	const value = text.slice(range.start, range.end);
	const userinfo = /^[A-Za-z][\w+.-]*:\/\/[^:/@\s]*:([^@\s]+)@/.exec(value);
	if (userinfo) {
		const at = range.start + userinfo[0].length - 1 - userinfo[1].length;
		return {
			start: at,
			end: at + userinfo[1].length
		};
	}
	const param = /(?:password|pwd)=([^;&\s]+)/i.exec(value);
	if (param) {
		const at = range.start + param.index + param[0].length - param[1].length;
		return {
			start: at,
			end: at + param[1].length
		};
	}
	return range;
}
var compiled = rules.map((creator) => ({
	id: shortId(creator.meta.id),
	creator
})).filter(({ id }) => !SKIPPED.has(id)).map(({ id, creator }) => ({
	id,
	handler: creator.create(contextFor(), OPTIONS[id] ?? {})
}));
function* findWith(id, handler, text) {
	sink = [];
	handler.file?.({
		content: text,
		filePath: "/chat.txt",
		ext: ".txt",
		contentType: "text"
	});
	const reports = sink;
	sink = [];
	for (const report of reports) {
		let range = locate(text, report);
		if (id === "database-connection-string") range = narrowConnectionString(text, range);
		if (range.end <= range.start || looksLikePlaceholder(text.slice(range.start, range.end))) continue;
		yield range;
	}
}
compiled.map(({ id }) => id);
var secretlintRules = compiled.map(({ id, handler }) => ({
	id: `secretlint:${id}`,
	kind: kindOf(id),
	level: "secrets",
	priority: id === "privatekey" ? 94 : 88,
	description: `secretlint recommended preset: ${id}`,
	find: (text) => [...findWith(id, handler, text)]
}));
// src/core/redaction/rules/symbol-secrets.ts
/** A token that starts after whitespace, a quote or the line start (one start per run: linear on a megabyte with no
*  space), up to a quote, bracket or backslash; `NAME=` or `name:` glued before it is cut off in code. */
var TOKEN = /(?<![^\s"'`])[^\s"'`<>[\]{}\\][^\s"'`<>\\]{15,159}(?![^\s"'`<>\\])/g;
var STRONG_SYMBOL = /[!#$%&*^@()+=~?|[\]{}]/g;
/** Letters, digits and two or more symbols, drawn rather than written: entropy near a random draw's, few word pieces. */
function symbolRandom(value) {
	if (value.length < 16 || value.length > 128 || /^[A-Za-z0-9+/_-]+={0,2}$/.test(value)) return false;
	const symbols = value.match(STRONG_SYMBOL)?.length ?? 0;
	const letters = value.match(/[A-Za-z]/g)?.length ?? 0;
	const digits = value.match(/\d/g)?.length ?? 0;
	if (symbols < 2 || letters < 8 || digits < 2 || letters + digits + symbols + (value.match(/[-_.]/g)?.length ?? 0) !== value.length) return false;
	if (symbols > value.length * .35 || /:\/\/|\.\.|&&|\|\||==|=>|\$\(|\$\{/.test(value)) return false;
	if (/[\])}]\.|\(\)|\[\]|\{\}|=[[{(]|\w\[\w{1,12}\]/.test(value)) return false;
	if (looksLikePlaceholder(value)) return false;
	if (shannonEntropy(value) < Math.min(4.2, Math.log2(value.length) * .92)) return false;
	let wordy = 0;
	for (const piece of value.split(/[^A-Za-z]+/)) if (piece.length >= 4 && wordScore(piece.toLowerCase()) >= 0) wordy += piece.length;
	return wordy <= letters * .3;
}
function* find$2(text) {
	const re = new RegExp(TOKEN.source, "g");
	let match;
	while ((match = re.exec(text)) !== null) {
		let start = match.index;
		let raw = match[0];
		const named = /^[A-Za-z_][\w.-]{0,60}(?:=|:=?)(?=.)/.exec(raw);
		if (named) {
			start += named[0].length;
			raw = raw.slice(named[0].length);
		}
		const value = raw.replace(/[.,;:]+$/, "");
		if (!symbolRandom(value)) continue;
		const lineStart = Math.max(0, match.index - 100);
		const head = text.slice(lineStart, start);
		const before = head.slice(head.lastIndexOf("\n") + 1);
		const context = keyContextOf(named ? named[0] : "");
		if (context.keyWord && !context.publicWord || keyedAround(text, start, before)) yield {
			start,
			end: start + value.length
		};
	}
}
var symbolSecretRules = [{
	id: "symbol-secret",
	kind: "secret",
	level: "secrets",
	priority: 46,
	description: "Round 10: a generated secret holding punctuation (letters, digits and two or more symbols, high entropy, no word pieces: Django secret keys, generator output) next to a key or secret word of ~40 languages or given to a secret-named key",
	find: (text) => [...find$2(text)]
}];
// src/core/redaction/rules/address-typed-lines.ts
var TYPE_WORDS = /* @__PURE__ */ new Set([...STREET_TYPE_WORDS, ...SHORT_STREET_TYPE_ABBREVIATIONS.filter((w) => w.length >= 2)]);
/** Single-letter abbreviations only the French and Portuguese write before a name (`r general buat`, `r. augusta`). */
var ONE_LETTER_TYPES = /* @__PURE__ */ new Set(["r"]);
/** The rules that read capitals in Latin-script lines (as in address-lower-case.ts). */
var READS_CAPITALS = /* @__PURE__ */ new Set([
	"address-block",
	"address-line",
	"address-postcode-block",
	"street-line",
	"us-street-address",
	"introduced-address"
]);
/**
* Values: a quoted string, an element's text, a line, or the rest of a line after a label's colon, each cut at a
* spaced dash or a bracket (what follows is a note). Only characters an address line holds.
*/
var VALUE = /(?:(?<=["“>])|(?<=[\p{L}\p{M}][:：][ \t]{1,3})|^[ \t]*)([\p{Ll}\p{Nd}][\p{Ll}\p{Lu}\p{M}\p{Nd} \t,.#/'’°º-]{4,119}?)(?=[ \t]*(?:["”<]|[ \t][—–-][ \t]|\(|[.!?]?[ \t]*$))/gmu;
var WORD$1 = /[\p{L}\p{M}]+\.?/gu;
/** Whether the value holds a lower-case street type word with a name word on one side of it. */
function hasTypedStreet(value) {
	const words = value.split(/[\s,]+/).filter((w) => w !== "");
	return words.some((w, i) => {
		const bare = w.replace(/\.$/, "");
		if (!/^\p{Ll}/u.test(bare) || !(TYPE_WORDS.has(bare) || ONE_LETTER_TYPES.has(bare) && /^\p{L}{3}/u.test(words[i + 1] ?? ""))) return false;
		const name = (v) => v !== void 0 && /^\p{L}{3}/u.test(v) && !TYPE_WORDS.has(v.toLowerCase());
		return name(words[i - 1]) || name(words[i + 1]);
	});
}
/** The value as a person would write it: each word's first letter in capitals, a closing region code (`bc`, `ma`) too. */
function titleCased(value) {
	const last = [...value.matchAll(WORD$1)].pop();
	return value.replace(/[\p{L}\p{M}\p{Nd}]+/gu, (token, at) => {
		if (/\p{Nd}/u.test(token) && /\p{L}/u.test(token) && token.length <= 4) return token.toUpperCase();
		const up = token.charAt(0).toUpperCase() + token.slice(1);
		if (at === last?.index && /^\p{Ll}{2}$/u.test(token) && /\p{L}{3}[ \t,]+$/u.test(value.slice(0, at))) return token.toUpperCase();
		return up.length === token.length ? up : token;
	});
}
function typedStreetLineRule(rules) {
	return {
		id: "typed-street-line",
		kind: "postal_address",
		level: "strict",
		priority: 40,
		description: "Round 16: a street line typed in lower case with its type word (`12 main st, boston ma`, `3 av camille guerin, 44000 Nantes`, `14 rue pelisson villeurbanne`) as a whole JSON string, quoted cell, element text, line or labelled value, read by the other address rules from a capitalised copy",
		*find(text) {
			const re = new RegExp(VALUE.source, VALUE.flags);
			let match;
			while ((match = re.exec(text)) !== null) {
				const value = match[1].replace(/[\s,.]+$/, "");
				const start = match.index + match[0].indexOf(match[1]);
				if (!/\p{Nd}/u.test(value) || !/(?:^|\s)\p{Ll}{2}/u.test(value) || !hasTypedStreet(value)) continue;
				const copy = titleCased(value);
				const numbers = value.match(/\p{Nd}+/gu)?.length ?? 0;
				const [head = "", second = ""] = value.split(/[\s,]+/, 2);
				const first = head.replace(/\.$/, "");
				if (!(/^\p{Nd}/u.test(first) || (TYPE_WORDS.has(first) || ONE_LETTER_TYPES.has(first)) && /^\p{L}/u.test(second))) continue;
				const opensStreet = value.split(/\s+/).length <= 8;
				let best = null;
				for (const rule of rules()) {
					if (!READS_CAPITALS.has(rule.id)) continue;
					for (const range of rule.find(copy)) {
						const span = copy.slice(range.start, range.end);
						if (!(opensStreet && range.start === 0 && range.end >= value.length - 1 && span.split(/\s+/).length >= 3) && (range.start !== 0 || numbers < 2 || (span.match(/\p{Nd}+/gu)?.length ?? 0) < 2)) continue;
						if (!best || range.end - range.start > best.end - best.start) best = range;
					}
				}
				if (best) yield {
					start: start + best.start,
					end: start + best.end
				};
			}
		}
	};
}
// src/core/redaction/rules/address-latin-layouts.ts
var latinLayoutRules = [
	landmarkAddress,
	crossStreetAddress,
	typedStreetLineRule(() => addressRules)
];
// src/core/redaction/rules/xml-named-values.ts
var NAME_ATTR = String.raw`(?:name|Name|key|Key|id|property|param)`;
/** `value="X"` before `name="N"` in one start tag. */
var VALUE_FIRST = new RegExp(String.raw`<[\w:.-]{1,40}[ \t][^<>]{0,200}?\b(?:value|Value)[ \t]{0,2}=[ \t]{0,2}(["'])([^"'\n]{1,128})\1[^<>]{0,200}?\b${NAME_ATTR}[ \t]{0,2}=[ \t]{0,2}["']([^"'\n<>]{1,80})["']`, "dg");
/** `<name>N</name>` then `<value>X</value>`; `<key>N</key>` then `<string>X</string>` (a property list). */
var NAME_THEN_VALUE = /<(name|key)>[ \t]{0,8}([^<\n]{1,120}?)[ \t]{0,8}<\/\1>\s{0,80}<(?:value|string|data)>([^<\n]{1,200})<\/(?:value|string|data)>/dg;
/** `<tag … name="N" …>X</tag>`: the element's text, named by its start tag. */
var NAMED_ELEMENT = new RegExp(String.raw`<[ \t]?([\w:.-]{1,40})[ \t][^<>]{0,200}?\b${NAME_ATTR}[ \t]{0,2}=[ \t]{0,2}["']([^"'\n<>]{1,80})["'][^<>]{0,120}>([^<\n]{1,200}?)<\/[ \t]?\1[ \t]?>`, "dg");
/** `<N>X</N>` whose text holds `>`: the element's own end tag ends it. */
var ELEMENT_WITH_GT = /<([\w:.-]{1,60})>([^<\n]{0,100}>[^<\n]{0,100})<\/\1>/dg;
function* namedValues(text, wanted) {
	const layouts = [
		[
			VALUE_FIRST,
			3,
			2
		],
		[
			NAME_THEN_VALUE,
			2,
			3
		],
		[
			NAMED_ELEMENT,
			2,
			3
		],
		[
			ELEMENT_WITH_GT,
			1,
			2
		]
	];
	for (const [pattern, nameGroup, valueGroup] of layouts) {
		const re = new RegExp(pattern.source, pattern.flags);
		let match;
		while ((match = re.exec(text)) !== null) {
			if (kindOfRawName(match[nameGroup].trim()) !== wanted) continue;
			const [start, end] = match.indices[valueGroup];
			const value = text.slice(start, end);
			const trimmed = value.trim();
			if (!acceptable(wanted, trimmed, true, "")) continue;
			const lead = value.indexOf(trimmed);
			yield {
				start: start + lead,
				end: start + lead + trimmed.length
			};
		}
	}
}
var xmlNamedValueRules = [{
	id: "xml-named-password",
	kind: "password",
	level: "secrets",
	priority: 80,
	description: "Round 16: an XML value a password name points to from elsewhere — `value=` before `name=`/`key=`, `<name>…</name><value>…</value>` (Hadoop), `<key>…</key><string>…</string>` (property lists), an element named by a `name` attribute",
	find: (text) => [...namedValues(text, "password")]
}, {
	id: "xml-named-secret",
	kind: "secret",
	level: "secrets",
	priority: 78,
	description: "Round 16: the same XML layouts with a key or secret name, when the value is random (`fs.s3a.secret.key`, `<key>APIToken</key>`)",
	find: (text) => [...namedValues(text, "secret")]
}];
// src/core/redaction/rules/bracketed-values.ts
/** A name (`db_password`, `API.KEY`, `dict['secret']`), `=`, `:` or `:=`, then a bare token holding a bracket. */
var BARE = /(?<![\p{L}\p{N}_.$-])([\p{L}\p{N}_.$-]{2,60})(?:\[["']([\p{L}\p{N}_.-]{2,60})["']\])?[ \t]{0,4}(?::=|=|:)[ \t]{0,4}(?![ \t"'`])([^\s"'`<]{6,65})(?=[\s"'`]|$)/dgu;
/** Names of a secret of their own (not `key`, `keys`, `signature`, `cookie`, which name much else in code). */
var SECRET_NAME = /secret|api_?key|apikey|access_?key|private_?key|token|credential|geheim|secreto|segreto|секрет|ключ_?api|jeton|токен/i;
var OPEN = "([{";
var CLOSE = ")]}";
/** Brackets that close in the order they opened (code's brackets always do). */
function balanced(value) {
	const stack = [];
	for (const ch of value) if (OPEN.includes(ch)) stack.push(CLOSE[OPEN.indexOf(ch)]);
	else if (CLOSE.includes(ch) && stack.pop() !== ch) return false;
	return stack.length === 0;
}
/** Code and templates after a name: calls and indexes on a name of letters, blocks and lists, wrapped words. */
function codeShaped(value) {
	if (/[,;:=]|&&|\|\||=>/.test(value)) return true;
	if (/^[\w$.]+[([].*[)\]]$/.test(value)) return true;
	if (/\(\)|\)\{|\}\{|[)\]}]{2}\p{L}{3}|\.[A-Za-z_$][\w$]*\(|^[([{]?[a-z_$][\w$]*[A-Z][\w$]*[([]/u.test(value)) return true;
	if (!balanced(value) && balanced(value.replace(/^[([{]+|[)\]}]+$/g, ""))) return true;
	if (!balanced(value) && /\)[\]}]|\][)}]|\}[)\]]|\([[{]|\[[({]|\{[([]/.test(value)) return true;
	if (/^[a-z_$][A-Za-z_$.]*[([]|^[A-Za-z_$]+\.[A-Za-z_$.]*[([]/.test(value)) return true;
	if (/[([{][,;]?$/.test(value)) return true;
	if (/^[$%#@&*!]|^\{\{[^{}]*\}\}$|^\{[\w.:\s-]*\}$/.test(value)) return true;
	const inner = /^[([{](.*)[)\]}][,;]?$/.exec(value)?.[1];
	if (inner !== void 0 && (inner.length < 6 || /^[\p{L}_\s-]+$|^[\d.,\s-]+$/u.test(inner))) return true;
	return /^[\w.-]+\([^()]*\)[;,.]?$|^[\w.$-]+\[[^[\]]*\][;,.]?$/.test(value) && balanced(value) && !/\d/.test(value.split(/[([]/)[0]);
}
/** Letters and digits, and cases or a symbol besides the brackets: a chosen or generated value. */
function valueShaped(value) {
	const rest = value.replace(/[()[\]{}]/g, "");
	if (!/\p{L}/u.test(rest) || !/\d/.test(rest)) return !balanced(value) && /\p{L}/u.test(rest) && rest.length >= 8 && /[^\p{L}\p{N}]/u.test(rest);
	return /\p{Lu}/u.test(rest) && /\p{Ll}/u.test(rest) || /[^\p{L}\p{N}]/u.test(rest) || !balanced(value);
}
function* find$1(text, wanted) {
	const re = new RegExp(BARE.source, BARE.flags);
	let match;
	while ((match = re.exec(text)) !== null) {
		const [start, rawEnd] = match.indices[3];
		re.lastIndex = start;
		const value = text.slice(start, rawEnd).replace(/[,;]$/, "");
		if (!/[()[\]{}]/.test(value)) continue;
		const name = match[2] ?? match[1];
		if (kindOfRawName(name) !== wanted) continue;
		if (wanted === "secret" && !SECRET_NAME.test(name)) continue;
		if (codeShaped(value) || looksLikePlaceholder(value) || !valueShaped(value)) continue;
		if (!acceptable(wanted, value, true, "")) continue;
		yield {
			start,
			end: start + value.length
		};
	}
}
var bracketedValueRules = [{
	id: "bracketed-password",
	kind: "password",
	level: "secrets",
	priority: 79,
	description: "Round 16: a bare password holding brackets after its name (`db_password=[Kx9!mQ2#]`, `PASSWORD=Rk4(mZ8)q`), when it is shaped as no code or template is",
	find: (text) => [...find$1(text, "password")]
}, {
	id: "bracketed-secret",
	kind: "secret",
	level: "secrets",
	priority: 77,
	description: "Round 16: a bare key or secret holding brackets after its name (`apikey: h}o)p${e]…`), when it is random and shaped as no code is",
	find: (text) => [...find$1(text, "secret")]
}];
// src/core/redaction/rules/password-copies.ts
/** `scheme://user:PASSWORD@` and `Password=PASSWORD;` / `Pwd=…;` of ADO, ODBC and JDBC strings. */
var REVEALED = [/\b[a-z][a-z0-9+.-]{1,20}:\/\/[^\s:@/]{1,64}:([^\s@/]{6,64})@/gi, /(?:^|[;"'\s])(?:password|pwd)[ \t]{0,2}=[ \t]{0,2}([^;"'\s()[\]{}#$%][^;"'\s()[\]{}#]{5,63});/gi];
var MAX_VALUES = 32;
function* copies(text) {
	const values = /* @__PURE__ */ new Set();
	for (const pattern of REVEALED) {
		const re = new RegExp(pattern.source, pattern.flags);
		let match;
		while ((match = re.exec(text)) !== null && values.size < MAX_VALUES) {
			const value = match[1];
			if (/[%$]/.test(value[0]) || !/\d|[^\w]/.test(value) || !acceptable("password", value, true, "")) continue;
			values.add(value);
		}
	}
	for (const value of values) for (let at = text.indexOf(value); at !== -1; at = text.indexOf(value, at + value.length)) {
		if (/[\p{L}\p{N}_]/u.test(text[at - 1] ?? "") || /[\p{L}\p{N}_]/u.test(text[at + value.length] ?? "")) continue;
		yield {
			start: at,
			end: at + value.length
		};
	}
}
var passwordCopyRules = [{
	id: "password-copy",
	kind: "password",
	level: "secrets",
	priority: 76,
	description: "Round 16: every other place in the text where a password a connection string revealed (`scheme://user:pw@`, `Password=pw;`) appears again",
	find: (text) => [...copies(text)]
}];
// src/core/redaction/rules/credential-files.ts
/** A value someone chose: a password shape, a passphrase, or mixed classes with a symbol (`koala=biscuit+44`). */
var chosen = (value) => plausiblePassword(value) && (passwordTokenShape(value, "next") || passphraseToken(value) || /[\p{L}]/u.test(value) && /\d/.test(value) && /[^\p{L}\p{N}]/u.test(value) && value.length >= 6);
var DEVICE_USER = /* @__PURE__ */ new RegExp("(?<=^|\\n)[ \\t]{0,12}(?:user[ \\t]{1,4}[^\\s]{1,64}[ \\t]{1,4}insecure-password|username[ \\t]{1,4}[^\\s]{1,64}(?:[ \\t]{1,4}privilege[ \\t]{1,4}\\d{1,2})?[ \\t]{1,4}(?:password|secret)(?:[ \\t]{1,4}[07](?=[ \\t]))?|enable[ \\t]{1,4}(?:password|secret)(?:[ \\t]{1,4}level[ \\t]{1,4}\\d{1,2})?(?:[ \\t]{1,4}[07](?=[ \\t]))?|set[ \\t]{1,4}system[ \\t]{1,4}login[ \\t]{1,4}user[ \\t]{1,4}[^\\s]{1,64}[ \\t]{1,4}authentication[ \\t]{1,4}plaintext-password|set[ \\t]{1,4}system[ \\t]{1,4}(?:root-authentication|login[ \\t]{1,4}user[ \\t]{1,4}[^\\s]{1,64}[ \\t]{1,4}authentication)[ \\t]{1,4}plain-text-password-value|set[ \\t]{1,4}(?:password|passwd|psksecret))[ \\t]{1,4}([\"']?)([^\\s\"']{1,128})\\1(?=[ \\t]|\\r?\\n|$)", "dg");
/** PgBouncer `"user" "password"` (more quoted fields may follow), Pgpool-II `user:TEXTpassword`, each a whole line. */
var POOLER_LIST = /(?<=^|\n)[ \t]{0,8}(?:"[\w.@+-]{1,64}"[ \t]{1,8}"([^"\s]{1,128})"(?:[ \t]{1,8}"[^"\n]{0,128}"){0,2}|[\w.@+-]{1,64}:TEXT([^\s]{1,128}))[ \t]*(?=\r?\n|$)/dg;
/** A line of a file shown in a config or chat: maybe a comment or quote mark before it. */
var SHOWN = "[ \\t]{0,8}(?:#|;|\\/\\/|>)?[ \\t]{0,4}";
var TWO_LINE_FILES = [
	new RegExp(`(?<![\\w-])auth-user-pass(?:[ \\t]{1,4}[^\\s]{1,100})?[ \\t]*\\r?\\n(?:${SHOWN}[^\\s:]{1,100}:[ \\t]*\\r?\\n)?${SHOWN}[^\\s#;]{1,64}[ \\t]*\\r?\\n${SHOWN}([^\\s]{4,128})(?=[ \\t]*(?:\\r?\\n|$))`, "dg"),
	/<auth-user-pass>[ \t]*\r?\n[ \t]{0,8}[^\s<]{1,64}[ \t]*\r?\n[ \t]{0,8}([^\s<]{1,128})[ \t]*\r?\n[ \t]{0,8}<\/auth-user-pass>/dg,
	/(?<![\w-])(?:printf|echo[ \t]{1,4}-e)[ \t]{1,4}(["'])[^\s"'\\]{1,64}\\n([^\s"'\\]{1,128})(?:\\n)?\1[ \t]{0,4}(?:>|\|[ \t]{0,4}(?:sudo[ \t]{1,4})?tee)/dg
];
/** Not a directive of the config the file name came from (`persist-key`, `nobind`), nor an element or a hash. */
var twoLineValue = (value) => plausiblePassword(value) && !/^[a-z]+(?:-[a-z]+)*$/.test(value) && !/^[<{]/.test(value);
var credentialFileRules = [
	regexRule({
		id: "device-user-password",
		kind: "password",
		level: "secrets",
		priority: 80,
		description: "Round 17: a password on a user line of a device or proxy config: HAProxy `user NAME insecure-password X`, Cisco `username NAME [privilege N] password|secret [0|7] X`, `enable secret X`, VyOS `… authentication plaintext-password X`, Junos `plain-text-password-value X`, FortiOS `set passwd X`",
		pattern: DEVICE_USER,
		group: 2,
		accept: (v) => v !== "ENC" && !/^\$\d\$/.test(v) && chosen(v)
	}),
	{
		id: "pooler-userlist-password",
		kind: "password",
		level: "secrets",
		priority: 80,
		description: "Round 17: the password of a connection pooler's user list: PgBouncer `\"user\" \"password\"` lines (userlist.txt), Pgpool-II `user:TEXTpassword`; `md5…` and `SCRAM-SHA-256$…` hashes stay",
		*find(text) {
			for (const m of text.matchAll(POOLER_LIST)) {
				const at = m.indices?.[1] ?? m.indices?.[2];
				if (!at) continue;
				const value = text.slice(at[0], at[1]);
				if (/^md5[0-9a-f]{32}$|^SCRAM-SHA-256\$/.test(value) || !chosen(value)) continue;
				yield {
					start: at[0],
					end: at[1]
				};
			}
		}
	},
	{
		id: "two-line-credentials-file",
		kind: "password",
		level: "secrets",
		priority: 80,
		description: "Round 17: the password line of a two-line credentials file: OpenVPN `auth-user-pass FILE` with the file shown after it (in comments, under its name), the inline `<auth-user-pass>` block, `printf 'user\\npw' > file`",
		*find(text) {
			const found = [];
			for (const pattern of TWO_LINE_FILES) for (const m of text.matchAll(pattern)) {
				const at = m.indices[m.length - 1];
				if (twoLineValue(text.slice(at[0], at[1]))) found.push({
					start: at[0],
					end: at[1]
				});
			}
			yield* found.sort((a, b) => a.start - b.start);
		}
	}
];
// src/core/redaction/rules/hex-key-prose.ts
var HEX = "([0-9a-f]{4,64}(?:-[0-9a-f]{2,64}){0,5}|[0-9A-F]{4,64}(?:-[0-9A-F]{2,64}){0,5})";
var USE_FOR = new RegExp(`(?<![\\p{L}\\d_-])(?:[Uu]se|[Tt]ry|[Nn]utze|[Nn]imm|[Vv]erwende|[Uu]tilise[sz]?|[Pp]rends|[Uu]sa|[Uu]se|[Uu]sar|[Gg]ebruik|[Uu]żyj|[Ии]спользуй(?:те)?)[ \\t]{1,3}["'\`]?${HEX}["'\`]?[ \\t]{1,3}(?:for|für|pour|para|per|voor|dla|для)[ \\t]{1,3}([^\\n]{1,40})`, "dgu");
var LABELLED = new RegExp(`(?<![\\p{L}\\d_])(?:[Zz]ugang|[Aa]cceso|[Aa]cc[èe]s|[Aa]ccesso|[Aa]cesso|[Tt]oegang|[Dd]ost[ęe]p|[Дд]оступ|[Aa]ccess|[Kk]ey|[Tt]oken|[Ss]chlüssel|[Cc]l[ée]|[Cc]lave|[Cc]have|[Cc]hiave|[Kk]lucz|[Кк]люч|[Тт]окен|[Ss]leutel|[Nn]yckel)\\p{L}{0,3}(?:[ \\t]{1,3}[\\p{L}'’-]{1,15}){0,4}?[ \\t]{0,2}[:：][ \\t]{1,3}["'\`]?${HEX}(?![\\w-])`, "dgu");
/** Words naming what a hex run is when it is no key. */
var NOT_A_KEY = /\b(?:commits?|sha\d{0,3}|hash(?:es)?|checksums?|digests?|fingerprints?|ids?|uuids?|guids?|builds?|revisions?|revs?|tags?|branch|gpg|pgp|ssh|color|colour|hex)\b/i;
function hexKey(value) {
	const digits = value.replace(/-/g, "");
	if (digits.length < 14 || digits.length > 64) return false;
	if (!/\d/.test(digits) || !/[a-f]/i.test(digits)) return false;
	const r = measureRandomness(digits);
	return r.counting <= .6 && r.repeated <= .3;
}
function* find(text) {
	for (const m of text.matchAll(USE_FOR)) {
		const [start, end] = m.indices[1];
		const value = text.slice(start, end);
		const after = m[2];
		const around = text.slice(Math.max(0, start - 60), start) + " " + after;
		if (value.replace(/-/g, "").length === 40 || !hexKey(value) || NOT_A_KEY.test(around)) continue;
		const context = keyContextOf(after);
		if (!(context.provider || context.keyWord || /\bAPI\b/.test(after))) continue;
		yield {
			start,
			end
		};
	}
	for (const m of text.matchAll(LABELLED)) {
		const [start, end] = m.indices[1];
		const value = text.slice(start, end);
		const label = text.slice(Math.max(0, m.index - 30), start);
		if (!hexKey(value) || NOT_A_KEY.test(label) || !/-/.test(value) && value.length < 20) continue;
		yield {
			start,
			end
		};
	}
}
var hexKeyProseRules = [{
	id: "hex-key-prose",
	kind: "api_key",
	level: "secrets",
	priority: 72,
	description: "Round 17: a hex key of 14–64 digits in prose: \"use <hex> for <service>\" in several languages (a provider, key word or API after the preposition), or after an access/key/token label and a colon in dash-separated groups (`Stadia Maps-Zugang für das Staging: 36615562e4a405460-f0dd-…`); commits, hashes, ids and fingerprints stay",
	*find(text) {
		yield* [...find(text)].sort((a, b) => a.start - b.start);
	}
}];
// src/core/redaction/rules/address-cyrillic-runs.ts
var UP = "[А-ЯЁЇІЄҐЎЈЂЋЉЊЏҚҒҮҰӨҺ]";
var LO = "[а-яёїієґўјђћљњџқғүұөһә]";
var WORD = `${UP}${LO}{1,24}(?:-${UP}?${LO}{1,20})?`;
/** The lower-case words of a region's name (`Гомельская область`, `Алтайский край`, `Львівська область`). */
var REGION = "(?:область|обл\\.|край|район|р-н|округ|автономный округ|республика|облыс|облысы|вилояти|аймаг)";
var PLACE$1 = `(?:${WORD}|${REGION})`;
/** Countries of the Cyrillic script, as their own post writes them on the last line. */
var COUNTRY = /(?:Российская Федерация|Россия|РФ|Україна|Украина|Беларусь|Республика Беларусь|Казахстан|Республика Казахстан|Кыргызстан|Кыргызская Республика|Узбекистан|Таджикистан|Тоҷикистон|Монголия|Монгол Улс|България|Србија|Црна Гора|Северна Македонија|Македонија|Босна и Херцеговина|Молдова|Армения|Азербайджан|Грузия|Абхазия|Приднестровье)$/u;
var cyrillicRunAddress = regexRule({
	id: "address-cyrillic-run",
	kind: "postal_address",
	level: "strict",
	priority: 41,
	description: "Round 16: a Cyrillic address in the international order without commas or street type: name and house number, then town, region and country words, then the postcode (after a country name, or six digits)",
	pattern: new RegExp(`(?<![\\p{L}\\p{N}])(${WORD}(?: ${WORD}){0,2}) \\d{1,4}(?:${LO}|/\\d{1,4})?((?:,? ${PLACE$1}){2,6}),? (\\d{4,6})(?![\\p{N}])`, "gu"),
	accept: (_value, match) => {
		const places = (match[2] ?? "").replace(/,/g, "").trim();
		if (/^(?:19|20)\d\d$/.test(match[3])) return false;
		return COUNTRY.test(places) || match[3].length === 6 && new RegExp(`(?:^| )${REGION}(?: |$)`, "u").test(places);
	}
});
// src/core/redaction/rules/address-romanised-words.ts
var ROMANISED_PART_WORDS = {
	house: [
		"dom",
		"d.",
		"kv.",
		"kvartira",
		"korpus",
		"korp.",
		"stroenie",
		"str.",
		"budynok",
		"bud.",
		"uy",
		"xonadon",
		"pater",
		"üy",
		"bayr",
		"toot",
		"shenq",
		"sh.",
		"bnakaran",
		"bn.",
		"bina",
		"korpusi",
		"ev.",
		"pelak",
		"plak",
		"vahed",
		"manzil",
		"bayt",
		"imarat",
		"shaqqa",
		"dira",
		"makaan",
		"h.no.",
		"h. no.",
		"h no",
		"house no.",
		"flat no.",
		"plot no.",
		"door no.",
		"d.no.",
		"d. no.",
		"khasra no.",
		"makan no.",
		"ghar no.",
		"ban lek thi",
		"lek thi",
		"ban lek",
		"phteah lek",
		"building",
		"bldg.",
		"bldg",
		"villa",
		"house",
		"flat",
		"plot",
		"unit"
	],
	street: [
		"ulitsa",
		"ul.",
		"prospekt",
		"pr-t",
		"prosp.",
		"pereulok",
		"per.",
		"shosse",
		"bulvar",
		"naberezhnaya",
		"nab.",
		"proezd",
		"vulytsia",
		"vul.",
		"ko‘chasi",
		"ko'chasi",
		"ko`chasi",
		"kochasi",
		"ko‘cha",
		"ko'cha",
		"shoh ko‘chasi",
		"koshesi",
		"koshasy",
		"dangyly",
		"dañğyly",
		"kuchasi",
		"kuchai",
		"kuchaga",
		"köchösü",
		"gudamj",
		"örgön chölöö",
		"poghots",
		"poghota",
		"p.",
		"nrbants",
		"kucha",
		"k.",
		"gamziri",
		"gamz.",
		"shesakhvevi",
		"chikhi",
		"küçəsi",
		"küç.",
		"prospekti",
		"pr.",
		"khiaban",
		"khiyaban",
		"khiaban-e",
		"kucheh",
		"kuche",
		"bolvar",
		"meydan",
		"jadeh",
		"shari",
		"shari'",
		"sharia",
		"sharia'",
		"shareh",
		"shara",
		"tariq",
		"zuqaq",
		"rehov",
		"rechov",
		"reh'",
		"sderot",
		"derech",
		"derekh",
		"simtat",
		"kikar",
		"marg",
		"gali",
		"sadak",
		"chowk",
		"salai",
		"veedhi",
		"rasta",
		"thanon",
		"thnon",
		"soi",
		"trok",
		"phlauv",
		"vithi",
		"lam",
		"dajie",
		"hutong",
		"dori",
		"dōri",
		"chome",
		"chōme",
		"street",
		"road",
		"way"
	],
	area: [
		"tumani",
		"tuman",
		"tumanı",
		"shahar",
		"shahri",
		"sh.",
		"viloyati",
		"viloyat",
		"mahallasi",
		"mahalla",
		"massivi",
		"mavze",
		"g.",
		"gorod",
		"pos.",
		"selo",
		"rayon",
		"r-n",
		"raion",
		"oblast",
		"obl.",
		"oblasti",
		"mikrorayon",
		"mkr.",
		"audany",
		"audani",
		"oblysy",
		"aimag",
		"düüreg",
		"duureg",
		"khoroo",
		"raioni",
		"mikroraioni",
		"marz",
		"thaghamas",
		"rayonu",
		"qəsəbəsi",
		"mantaqe",
		"nahiyeh",
		"shahrak",
		"mahalleh",
		"hay",
		"hayy",
		"mintaqa",
		"muhafazat",
		"shchunat",
		"shkhunat",
		"nagar",
		"colony",
		"mohalla",
		"tehsil",
		"taluk",
		"taluka",
		"zila",
		"jila",
		"thana",
		"upazila",
		"ward no.",
		"vihar",
		"puram",
		"pettai",
		"khet",
		"khwaeng",
		"amphoe",
		"amphur",
		"tambon",
		"changwat",
		"moo",
		"mu",
		"muang",
		"meuang",
		"khan",
		"sangkat",
		"khum",
		"phum",
		"qu",
		"xian",
		"zhen",
		"zone",
		"block",
		"blk",
		"sector",
		"district"
	],
	postcode: [
		"pin",
		"pin code",
		"pincode",
		"pin:",
		"indeks",
		"pochtovyy indeks",
		"mikud",
		"kod posti",
		"code posti",
		"rakam bareedi",
		"zip"
	]
};
/**
* Words that stand after a hyphen glued to the name (`Teheran-ro`, `Gangnam-gu`, `Yeoksam-dong`, `Minato-ku`,
* `107B-uy`): Korean and Japanese romanisation hyphenate the part word, Uzbek the house word after its number.
*/
var HYPHENATED_PART_WORDS = [
	"ro",
	"gil",
	"daero",
	"gu",
	"dong",
	"si",
	"eup",
	"myeon",
	"ri",
	"ku",
	"shi",
	"cho",
	"machi",
	"uy",
	"chome"
];
/** Words of the Gulf states' numbered systems and English ones: a part only as the word and its number (`Zone 45`). */
var NUMBERED_ONLY_WORDS = /* @__PURE__ */ new Set([
	"building",
	"bldg.",
	"bldg",
	"villa",
	"house",
	"flat",
	"plot",
	"unit",
	"street",
	"road",
	"way",
	"zone",
	"block",
	"blk",
	"sector",
	"district"
]);
// src/core/redaction/rules/address-romanised-parts.ts
var escape = (w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
var CLASS_OF = /* @__PURE__ */ new Map();
for (const [cls, words] of Object.entries(ROMANISED_PART_WORDS)) for (const w of words) if (!CLASS_OF.has(w)) CLASS_OF.set(w, cls);
var HYPHENATED = new Map(HYPHENATED_PART_WORDS.map((w) => [w, [
	"ro",
	"gil",
	"daero"
].includes(w) ? "street" : w === "uy" || w === "chome" ? "house" : "area"]));
var byLength = (words) => words.sort((a, b) => b.length - a.length).map(escape).join("|");
var LETTER = "[\\p{L}\\p{M}'‘’`]";
/** Words ending in a full stop need no letter test after them; hyphenated ones follow a letter or digit and `-`. */
var PART_WORD = new RegExp(`(?<!${LETTER})(${byLength([...CLASS_OF.keys()])})(?!${LETTER})|(?<=[\\p{L}\\p{N}]-)(${byLength([...HYPHENATED.keys()])})(?!${LETTER})`, "giu");
/** A line holding a part word at all: most lines hold none and are skipped after one test. */
var ANY_WORD = new RegExp(PART_WORD.source, "iu");
/** `Hyderabad - 500064`, `Dhaka-1207`, `Kathmandu – 44600`: a town, a dash, a postcode (not a year). */
var DASHED_PIN = /^[\p{L}][\p{L}\p{M} .'’-]{1,30}?\s?[-–]\s?(?:[1-9]\d{5}|\d{4,5})$/u;
var YEAR = /(?:^|\D)(?:19|20)\d\d$/;
var NUMBER_ALONE = /^\d{1,5}[A-Za-z]?(?:[/-]\d{1,5}[A-Za-z]?)*$/;
/** A town and its postcode either way round (`Doha 23`, `Tashkent 100084`, `0002 YEREVAN`), or a 6-digit code alone (`050008`). */
var TOWN_POSTCODE = /^\d{6}$|^(?:[\p{L}\p{M}'’.-]+ ){1,3}\d{4,7}$|^\d{4,7}(?: [\p{L}\p{M}'’.-]+){1,3}$/u;
var PLACE = /^(?:[\p{L}\p{M}'‘’.-]{2,24}(?: |$)){1,3}$/u;
/** Characters that end a run: quotes, brackets, labels, code. */
var HARD = /[":“”|()[\]{}<>=@*_$%€£+~^\\;]/;
function readPart(value) {
	if (value === "" || value.length > 60 || HARD.test(value)) return null;
	const classes = /* @__PURE__ */ new Set();
	let numbered = false;
	for (const m of value.matchAll(PART_WORD)) {
		const word = (m[1] ?? m[2]).toLowerCase();
		const cls = m[1] !== void 0 ? CLASS_OF.get(word) : HYPHENATED.get(word);
		if (cls === void 0) continue;
		if (m[1] !== void 0 && NUMBERED_ONLY_WORDS.has(word) && !/^\p{L}+\.? \d{1,5}[A-Za-z]?$/u.test(value)) continue;
		if (m[1] !== void 0 && word.replace(/\W/g, "").length <= 3 && !/\./.test(word) && !/\d/.test(value) && !/^\p{Lu}/u.test(m[0])) continue;
		classes.add(cls);
		if (cls !== "postcode" && /\d/.test(value)) numbered = true;
	}
	if (classes.size > 0) return {
		kind: "named",
		classes,
		numbered
	};
	if (DASHED_PIN.test(value) && !YEAR.test(value)) return {
		kind: "pin",
		classes: /* @__PURE__ */ new Set(["postcode"]),
		numbered: false
	};
	if (NUMBER_ALONE.test(value)) return {
		kind: "number",
		classes,
		numbered: true
	};
	if (TOWN_POSTCODE.test(value) && !YEAR.test(value)) return {
		kind: "postcode",
		classes: /* @__PURE__ */ new Set(["postcode"]),
		numbered: false
	};
	if (PLACE.test(value) && value.split(" ").length <= 3) return {
		kind: "place",
		classes,
		numbered: false
	};
	return null;
}
function accepted(parts) {
	const classes = /* @__PURE__ */ new Set();
	let numbered = false;
	parts.forEach((p, i) => {
		if (p.read.kind !== "postcode" || i === parts.length - 1) for (const c of p.read.classes) classes.add(c);
		if (p.read.numbered && p.read.kind === "named") numbered = true;
		const beside = [parts[i - 1], parts[i + 1]].some((q) => q?.read.classes.has("street") || q?.read.classes.has("house"));
		if (p.read.kind === "number" && beside) numbered = true;
	});
	const named = parts.filter((p) => p.read.kind === "named").length;
	if (classes.size >= 2 && named >= 1 && (numbered || named >= 3 && classes.has("street"))) return true;
	return parts[parts.length - 1]?.read.kind === "pin" && parts.length >= 3;
}
/** A word that may stand in an address part at its edge: a name (capital), a number, a part word, a dash. */
var PART_TOKEN = (token) => /^[\p{Lu}\p{N}–-]/u.test(token) || ANY_WORD.test(token);
/**
* The part's text without the spaces and full stops around it. A part at a run's edge is cut at a label or quote,
* and loses the words of the sentence around the address (`Deliver to Building 2115`, `Manama please`): lower-case
* words that are no part word, unless the part holds nothing else (`uppuguda`).
*/
function trimPart(line, start, end, edge) {
	let s = start;
	let e = end;
	if (edge === "left") {
		for (let i = e - 1; i >= s; i--) if (HARD.test(line[i])) {
			s = i + 1;
			break;
		}
	} else if (edge === "right") {
		for (let i = s; i < e; i++) if (HARD.test(line[i])) {
			e = i;
			break;
		}
	}
	const tokens = [...line.slice(s, e).matchAll(/\S+/g)];
	if (edge === "left" && tokens.length > 1) {
		let first = tokens.length;
		while (first > 0 && PART_TOKEN(tokens[first - 1][0])) first--;
		if (first === tokens.length) return null;
		s += tokens[first].index;
	} else if (edge === "right" && tokens.length > 1) {
		let last = 0;
		while (last < tokens.length && PART_TOKEN(tokens[last][0])) last++;
		if (last === 0) return null;
		e = s + tokens[last - 1].index + tokens[last - 1][0].length;
	}
	while (s < e && /\s/.test(line[s])) s++;
	while (e > s && /[\s,]/.test(line[e - 1])) e--;
	if (e > s && line[e - 1] === "." && !/(?:^|[\s-])\p{L}{1,4}\.$/u.test(line.slice(s, e))) e--;
	const read = readPart(line.slice(s, e));
	return read === null ? null : {
		start: s,
		end: e,
		read
	};
}
/** Town names at a run's ends: at most two; the rest of a list of places is no address. */
function trimPlaces(parts) {
	let first = 0;
	while (first < parts.length && parts[first].read.kind === "place") first++;
	let last = parts.length;
	while (last > first && parts[last - 1].read.kind === "place") last--;
	if (first === parts.length) return parts.length >= 3 ? parts : [];
	return parts.slice(Math.max(0, first - 2), Math.min(parts.length, last + 2));
}
function* runsOfLine(line, offset) {
	const bounds = [];
	let from = 0;
	for (let i = 0; i <= line.length; i++) if (i === line.length || line[i] === "," || line[i] === "،") {
		bounds.push([from, i]);
		from = i + 1;
	}
	let i = 0;
	while (i < bounds.length) {
		const run = [];
		let j = i;
		for (; j < bounds.length; j++) {
			const part = trimPart(line, bounds[j][0], bounds[j][1], run.length === 0 ? "left" : null);
			if (part === null) {
				const tail = run.length > 0 ? trimPart(line, bounds[j][0], bounds[j][1], "right") : null;
				if (tail !== null) run.push(tail);
				break;
			}
			run.push(part);
		}
		const lastBounds = bounds[Math.min(j, bounds.length - 1)];
		if (run.length > 1 && j === bounds.length) {
			const cut = trimPart(line, lastBounds[0], lastBounds[1], "right");
			if (cut === null) run.pop();
			else run[run.length - 1] = cut;
		}
		const parts = trimPlaces(run);
		if (parts.length >= 2 && accepted(parts)) yield {
			start: offset + parts[0].start,
			end: offset + parts[parts.length - 1].end
		};
		i = Math.max(j, i + 1);
	}
}
function* findRomanisedParts(text) {
	let offset = 0;
	for (const line of text.split("\n")) {
		if (ANY_WORD.test(line) || /[-–]\s?\d{4,6}\b/.test(line)) yield* runsOfLine(line, offset);
		offset += line.length + 1;
	}
}
// src/core/redaction/rules/address-script-layouts.ts
var scriptLayoutRules = [{
	id: "romanised-parts-address",
	kind: "postal_address",
	level: "strict",
	priority: 42,
	description: "Round 16: the romanised address of a country of another script written as named parts (Uzbek tumani/ko‘chasi/uy, Russian ul./d./kv., Korean -gu/-ro, Hebrew sderot/rehov, Gulf Building/Street/Zone numbers, Indian H.No./nagar and Town - PIN): two kinds of part, one numbered, in a run of comma-separated parts",
	find: findRomanisedParts
}, cyrillicRunAddress];
// src/core/redaction/rules/index.ts
var rules_exports = /* @__PURE__ */ __exportAll({ describeRedaction: () => describeRedaction });
var REDACTION_RULES = [
	...providerKeyRules,
	...secretRules,
	...secretlintRules,
	...assignmentRules,
	...passwordFormRules,
	...passwordContextRules,
	...passwordFieldRules,
	...credentialCallRules,
	...randomTokenRules,
	...symbolSecretRules,
	...seedPhraseRules,
	...labelledValueRules,
	...passphraseLineRules,
	...xmlNamedValueRules,
	...bracketedValueRules,
	...passwordCopyRules,
	...credentialFileRules,
	...hexKeyProseRules,
	...secretStoreRules,
	...contactRules,
	...financialRules,
	...networkRules,
	...addressRules,
	...latinLayoutRules,
	...scriptLayoutRules
];
var duplicate = REDACTION_RULES.find((rule, i) => REDACTION_RULES.findIndex((r) => r.id === rule.id) !== i);
if (duplicate) throw new Error(`duplicate redaction rule id ${duplicate.id}`);
function rulesFor(level, disabledRules = []) {
	const disabled = new Set(disabledRules);
	return REDACTION_RULES.filter((rule) => levelIncludes(level, rule.level) && !disabled.has(rule.id));
}
/** What an export manifest records: the rules version and the ids that ran at this level. */
function describeRedaction(level, disabledRules = []) {
	return {
		rulesVersion: 18,
		level,
		rules: rulesFor(level, disabledRules).map((rule) => rule.id)
	};
}
export { rules_exports as n, rulesFor as t };
