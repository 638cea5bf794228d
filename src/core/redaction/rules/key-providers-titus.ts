// Round 22: names of services whose keys praetorian-inc/titus has rules for (praetorian-inc/titus@369d8dc, the file
// names of `pkg/rule/rules/*.yml`; only the names are taken, no pattern), those not already among key-context.ts's own
// providers or TruffleHog's (key-providers-data.ts). Left out: everyday and generic technical words that are no
// key issuer on their own (age, apollo, clay, curl, cursor, cypress, django, generic, gradle, guardian, harness,
// http, jdbc, jwt, lark, line, linear, lob, monday, mongo, mysql, netrc, odbc, pem, postgres, postman, react, readme,
// riot, runway, sauce, scale, segment, square, uri…). Names with a digit (`ai21`) are kept however short: no word
// has one. A key's only context is often its service's name (`ai21 = <uuid>`, `tavily: <key>`).
export const TITUS_PROVIDERS = `
ai21 adobe appcenter authress baseten beamer blynk branchio cerebras ciscomeraki clickhouse clojars cloudsight coderabbit
coze deviantart easypost eraserio exaai firecrawl friendli gitalk infracost iterable kagi klingai kubernetes maxmind
mergify nvidia nytimes pendo rabbitmq retellai scalingo stackhawk tavily thingsboard togetherai truenas vastai
voyageai wakatime wpengine zhipu zuplo
`;
