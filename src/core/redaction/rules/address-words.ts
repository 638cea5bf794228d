// Words of postal addresses in the languages the redactor covers, typed from national address conventions (UPU
// "Postal addressing systems"): street types (as separate words, and as the fused endings German, Dutch and
// Nordic names carry), the small words inside street and town names, unit words, PO box words, and postcode
// shapes. Kept as regex sources so address.ts can build linear patterns from them.

/** USPS Publication 28, Appendix C1 street suffixes not already above (each needs a postcode line, as all English suffixes do). */
const USPS_SUFFIXES = [
  'bluff', 'bluffs', 'bottom', 'branch', 'burg', 'canyon', 'cape', 'center', 'centre', 'cliff', 'cliffs', 'common', 'commons', 'corner',
  'corners', 'cove', 'crest', 'dale', 'divide', 'estates', 'extension', 'falls', 'ferry', 'flat', 'flats', 'forest', 'forge', 'fork', 'forks',
  'gateway', 'harbors', 'hills', 'isle', 'knoll', 'knolls', 'lake', 'lakes', 'locks', 'motorway', 'oval', 'overpass', 'plain', 'plains', 'prairie',
  'rapids', 'shoal', 'shoals', 'skyway', 'spur', 'stravenue', 'stream', 'throughway', 'trace', 'trafficway', 'tunnel', 'underpass', 'viaduct',
  'ville', 'brae', 'wynd',
];

/** Street types written as their own word, before the name (rue de…, via…, calle…, ul.…) or after it (… Street). */
export const STREET_TYPES = [
  // French
  'rue', 'avenue', 'av\\.', 'ave', 'boulevard', 'bd', 'bld', 'chemin', 'ch\\.', 'allée', 'allee', 'impasse', 'place', 'pl\\.', 'quai', 'route',
  'rte', 'passage', 'cours', 'voie', 'square', 'rond-point', 'parvis', 'galerie', 'sentier', 'chaussée', 'faubourg', 'esplanade', 'promenade',
  'cité', 'hameau', 'lieu-dit', 'montée', 'résidence', 'villa', 'traverse', 'ruelle', 'carrefour', 'drève', 'clos',
  // Italian
  'via', 'viale', 'v\\.le', 'piazza', 'p\\.za', 'piazzale', 'corso', 'c\\.so', 'largo', 'vicolo', 'strada', 'contrada', 'borgo', 'incrocio',
  'rotonda', 'lungomare', 'lungotevere', 'salita', 'vico', 'calle', 'campo', 'fondamenta', 'località', 'loc\\.', 'frazione', 'traversa', 'stretto',
  'canale', 'piazzetta',
  // Spanish, Catalan
  'c/', 'avenida', 'avda\\.', 'avd\\.', 'paseo', 'pº', 'plaza', 'pza\\.', 'camino', 'carretera', 'ctra\\.', 'ronda', 'travesía', 'glorieta',
  'quinta', 'urbanización', 'urb\\.', 'pasaje', 'rambla', 'puerta', 'callejón', 'cuesta', 'bajada', 'alameda', 'sector', 'vía', 'eje',
  'retorno', 'privada', 'cerrada', 'circuito', 'prolongación', 'periférico', 'andador', 'colonia', 'col\\.', 'carrer', 'avinguda', 'passeig',
  'plaça',
  // Portuguese
  'rua', 'r\\.', 'travessa', 'tv\\.', 'praça', 'pç\\.', 'estrada', 'rodovia', 'beco', 'escadas', 'escadinhas', 'calçada', 'caminho', 'largo',
  'ladeira', 'viela', 'jardim', 'parque', 'vila', 'marginal', 'conjunto',
  // Polish, Czech, Slovak, Croatian, Hungarian, Romanian, Latvian
  'ul\\.', 'ulica', 'al\\.', 'aleja', 'aleje', 'plac', 'os\\.', 'osiedle', 'skwer', 'rondo', 'bulwar', 'náměstí', 'nám\\.', 'třída', 'nábřeží',
  'námestie', 'nábrežie', 'trg', 'put', 'cesta', 'utca', 'u\\.', 'út', 'tér', 'körút', 'krt\\.', 'sétány', 'köz', 'sor', 'fasor', 'főtér',
  'út', 'útja', 'főút', 'rakpart', 'dűlő', 'lépcső', 'liget', 'strada', 'str\\.', 'bulevardul', 'bd\\.', 'calea', 'șoseaua', 'intrarea', 'aleea', 'piața', 'splaiul', 'iela', 'gatve', 'bulvāris',
  'laukums', 'gāte', 'prospekts', 'dambis', 'šoseja', 'krastmala', 'priv\\.', 'extramuros',
  // Greek, Turkish
  'οδός', 'οδ\\.', 'λεωφόρος', 'λεωφ\\.', 'πλατεία', 'πλ\\.', 'παρ\\.', 'sokak', 'sok\\.', 'sokağı', 'cadde', 'caddesi', 'cad\\.', 'bulvar',
  'bulvarı', 'mahalle', 'mahallesi', 'mah\\.', 'meydanı',
  // Russian, Ukrainian
  'ул\\.', 'улица', 'пр\\.', 'пр-т', 'просп\\.', 'проспект', 'пл\\.', 'площадь', 'пер\\.', 'переулок', 'бул\\.', 'бульвар', 'шоссе', 'ш\\.',
  'наб\\.', 'набережная', 'проезд', 'тупик', 'аллея', 'вулиця', 'вул\\.', 'площа', 'провулок', 'узвіз', 'майдан',
  // Indonesian, Vietnamese
  'jalan', 'jln\\.', 'jl\\.', 'gang', 'gg\\.', 'đường', 'phố', 'ngõ', 'hẻm',
  // English (also listed in ENGLISH_STREET_TYPES: they end ordinary phrases, so they need a postcode line)
  'street', 'st\\.?', 'avenue', 'road', 'rd', 'boulevard', 'blvd', 'lane', 'ln', 'drive', 'dr', 'court', 'ct', 'way', 'place', 'terrace',
  'crescent', 'close', 'parkway', 'pkwy', 'highway', 'hwy', 'square', 'circle', 'trail', 'plaza', 'grove', 'gardens', 'mews', 'row', 'hill',
  'green', 'walk', 'park', 'view', 'rise', 'wharf', 'quay', 'gate', 'mall', 'inlet', 'mill', 'wells', 'streets', 'junction', 'loop', 'alley',
  'path', 'pike', 'ridge', 'heights', 'bridge', 'bypass', 'causeway', 'esplanade', 'parade', 'promenade', 'crossing', 'ford', 'port', 'point',
  'pass', 'track', 'vale', 'village', 'villas', 'brook', 'creek', 'estate', 'field', 'fields', 'glen', 'harbor', 'harbour', 'haven', 'hollow',
  'island', 'landing', 'lodge', 'manor', 'meadow', 'meadows', 'mount', 'orchard', 'pines', 'ranch', 'shore', 'shores', 'spring', 'springs',
  'station', 'summit', 'union', 'valley', 'vista', 'wood', 'woods', 'avenida', 'expressway', 'freeway', 'turnpike', 'route', ...USPS_SUFFIXES,
  // Dutch, German, Nordic as separate words
  'straat', 'laan', 'weg', 'plein', 'gracht', 'kade', 'dreef', 'singel', 'dijk', 'steenweg', 'chaussee', 'markt', 'pad', 'hof', 'galerij',
  'straße', 'strasse', 'str\\.', 'platz', 'gasse', 'allee', 'ring', 'damm', 'ufer', 'chaussee', 'gata', 'gatan', 'vägen', 'väg', 'vej', 'gade',
  'veien', 'vegen', 'gate', 'gaten', 'tie', 'katu', 'kuja', 'polku', 'torget', 'torg', 'stræde',
];

export const ENGLISH_STREET_TYPES = [
  ...USPS_SUFFIXES,
  'street', 'st', 'road', 'rd', 'lane', 'ln', 'drive', 'dr', 'court', 'ct', 'way', 'place', 'terrace', 'crescent', 'close', 'parkway', 'pkwy',
  'highway', 'hwy', 'square', 'circle', 'trail', 'plaza', 'grove', 'gardens', 'mews', 'row', 'hill', 'green', 'walk', 'park', 'view', 'rise',
  'wharf', 'quay', 'gate', 'mall', 'inlet', 'mill', 'wells', 'streets', 'junction', 'loop', 'alley', 'path', 'pike', 'ridge', 'heights',
  'bridge', 'bypass', 'causeway', 'parade', 'crossing', 'ford', 'port', 'point', 'pass', 'track', 'vale', 'village', 'villas', 'brook',
  'creek', 'estate', 'field', 'fields', 'glen', 'harbor', 'harbour', 'haven', 'hollow', 'island', 'landing', 'lodge', 'manor', 'meadow',
  'meadows', 'mount', 'orchard', 'pines', 'ranch', 'shore', 'shores', 'spring', 'springs', 'station', 'summit', 'union', 'valley', 'vista',
  'wood', 'woods', 'expressway', 'freeway', 'turnpike',
];

/** Endings fused onto the name: Hauptstraße, Kerkstraat, Storgatan, Jægervej, Mattilatie, Knoblauchweg. */
export const FUSED_STREET_ENDINGS = [
  'straße', 'strasse', 'str\\.', 'weg', 'gasse', 'allee', 'platz', 'ring', 'damm', 'ufer', 'steig', 'pfad', 'chaussee', 'markt', 'berg', 'hof',
  'graben', 'wall', 'kai', 'park', 'feld', 'garten', 'anger', 'bach', 'brücke', 'tor', 'zeile', 'gürtel', 'promenade', 'stieg', 'twiete', 'kamp',
  'straat', 'laan', 'plein', 'gracht', 'kade', 'dreef', 'singel', 'dijk', 'steenweg', 'plantsoen', 'steeg', 'hof', 'pad', 'burg', 'wal', 'veld',
  'gatan', 'gata', 'vägen', 'väg', 'gränd', 'torget', 'stigen', 'backen', 'allén', 'vej', 'gade', 'stræde', 'allé', 'plads', 'torv', 'veien',
  'vegen', 'gate', 'gaten', 'stien', 'bakken', 'tie', 'katu', 'kuja', 'polku', 'kaari', 'rinne', 'raitti', 'tori', 'väylä', 'ranta', 'utca',
  'körút', 'sétány', 'ská', 'ova', 'ní', 'ná',
];

/**
 * Small words inside street and town names (Rue de la Paix, Via dei Mille, Avenida da Liberdade, Laan van Meerdervoort);
 * round 13: the West and South Slavic prepositions of towns named after their river or hill (Czech and Slovak
 * `Ústí nad Labem`, `Rožmitál pod Třemšínem`, `Slavkov u Brna`, Polish `Kostrzyn nad Odrą`, Slovene `Šmarje pri
 * Jelšah`, `Sveti Jurij ob Ščavnici`, Czech `Lysá nad Labem`).
 */
export const NAME_PARTICLES =
  "de|del|della|delle|dei|degli|di|da|dal|do|dos|das|du|des|la|le|les|los|las|l'|d'|van|von|der|den|het|'t|y|e|i|am|an|auf|im|in|zum|zur|bei|sur|sous|aux|en|op|aan|ter|ten|och|og|on|upon|of|the|and|al|el|a|nad|pod|pri|při|ob|u";

/** Unit and floor words after a house number (Apt. 4, m. 12, Lgh. 1102, 2. tv, kv. 7, dz. 3, Bloc 91). */
export const UNIT_WORDS =
  'apt\\.?|apartment|suite|ste\\.?|unit|flat|floor|fl\\.?|#|app\\.?|appartamento|apartamento|piso|puerta|esc\\.?|m\\.|lok\\.|lgh\\.?|leil\\.?|st\\.|tv|th|mf|sal|whg\\.?|top|stiege|stock|etage|bus|boîte|bte|kv\\.|кв\\.|dz\\.|bloc|bl\\.|sc\\.|et\\.|ap\\.|ajtó|em\\.?|casa|sala|bloco|lote|edificio|depto\\.?|int\\.|interior|ημ\\.|daire|kat|d\\.';

/** PO boxes in each language. */
export const PO_BOX =
  "p\\.? ?o\\.? ?box|post office box|pmb|postfach|bp|boîte postale|b\\.p\\.|case postale|cp|c\\.p\\.|postbus|casella postale|apartado(?: de correos| postal)?|caixa postal|cx\\. postal|skrytka pocztowa|p\\. ?o\\. ?box|box|postboks|postbox|pl|gpo box|locked bag|а/я|абонентский ящик";

/** A month name beside a day number (`March 3`, `3 de marzo`, `3. März`): a date, not a street and house number. */
export const MONTH_DAY =
  /(?:^|[^\p{L}])(?:jan(?:uary|uar|vier)?|feb(?:ruary|ruar)?|févr(?:ier)?|mar(?:ch|s|zo)?|märz|apr(?:il)?|avril|abril|may|mai|mayo|jun[ei]?|juin|junio|jul[iy]?|juillet|julio|aug(?:ust)?|août|agosto|sep(?:t|tember|tembre|tiembre)?|oct(?:ober|obre|ubre)?|okt(?:ober)?|nov(?:ember|embre|iembre)?|dec(?:ember)?|dez(?:ember)?|déc(?:embre)?|dic(?:iembre)?|enero|febrero|janvier)\.?(?: de)? \d{1,2}(?:st|nd|rd|th)?(?:$|[^\p{L}\d])|\d{1,2}\.? (?:de )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|januar|februar|märz|april|juni|juli|oktober|dezember)\p{L}{0,6}$/iu;
