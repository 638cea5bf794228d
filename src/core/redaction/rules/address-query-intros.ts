// Round 22: a route or place search typed as a query (`directions to grindstuveien 33 1349 rykkinn`, `cómo llegar a
// calle …`, `wie komme ich zur …`, `hotels near …`) introduces an address as `address:` does, and such queries are
// typed in lower case. Read only by the lower-case rule (address-lower-case.ts), which still needs a capitalised copy
// the other address rules accept. The phrases are written from memory by the round-22 helper (no catalogue of
// navigation phrases was found in the time): English, Spanish, German, French, Italian, Dutch, Portuguese, Polish,
// Russian, Swedish, Turkish.
export const QUERY_INTRO = new RegExp(
  [
    'directions (?:to|for)', 'how (?:do i |to |can i )?get to', 'route to', 'navigate to', 'how far is', 'distance to',
    '(?:hotels?|restaurants?|parking|cafes?|pharmacy|atm) near',
    'c[oó]mo llegar (?:a|al|hasta)', 'ruta (?:a|al|hacia)', 'cerca de',
    'wie komme ich (?:zur|zum|nach|zu)', 'route nach', 'anfahrt(?: zu[rm]?)?', 'in der nähe von',
    'itinéraire (?:vers|pour|jusqu\'à)', 'comment aller (?:à|au)', 'près de',
    'come arrivare (?:a|in|al)', 'indicazioni (?:per|stradali per)', 'vicino a',
    'hoe kom ik (?:bij|naar|in)', 'route naar', 'in de buurt van',
    'como chegar (?:a|ao|à|em|no|na)', 'rota para', 'perto de',
    'jak dojechać (?:do|na)', 'jak dojść (?:do|na)', 'w pobliżu',
    'как добраться (?:до|на)', 'маршрут до', 'рядом с',
    'vägbeskrivning till', 'hitta till', 'yol tarifi',
    // round 23: "send it to" in a chat, with up to three words for what is sent (`pls ship the spare charger to`,
    // `Stuur de factuur naar`, `Wyślij to na`, `Zásilku prosím doručte na`, `Lähetä paketti osoitteeseen`), written
    // from memory like the phrases above; one verb list and one preposition list (a scan of many alternatives, each
    // with its own words in between, cost five times the phrases above on prose)
    '(?:ship|send|deliver|post|bring|stuur|bezorg(?:en)?|schick(?:e|en|t)?|wyślij|doručte|pošlete|skicka|envoye[zr]?|env[ií]a(?:lo|la)?|manda(?:lo|la)?|spedisci(?:lo|la)?|envie|kirim|peleka) (?:\\p{L}+ ){0,3}(?:to|naar|op|bij|an|nach|na|do|till|til|à|au|a|para|ke|kwa|hadi)',
    'osoitteeseen', 'adresine', 'címre',
  ].join('|').replace(/^/, '(?<![\\p{L}\\p{Nd}])(?:') + ')(?![\\p{L}\\p{Nd}])',
  'giu',
);
