// What makes the text around a token say "this is a key": a key word of any of ~40 languages (`key`, `token`,
// `Schlüssel`, `clé`, `ключ`, `密钥`, `キー`…) or the name of a service that issues keys (~250 providers, and since round 11
// the 590 services of TruffleHog's detectors in key-providers-data.ts, in any case or
// convention: `asana`, `CLARIFAI_`, `TwitterApi`, `new-relic`). Used by the random-token rule to lower the bar of its
// randomness model (token-randomness.ts) next to such words. Words are matched as whole parts of names (camelCase humps,
// `_`, `-`, `.` and spaces cut them), so `monkey`, `tokenizer` or `authors` never count; scripts without spaces
// (CJK) are matched as substrings. The two places where such words are looked for (before a token on its line, or a
// comment after it) are here too, for every rule that asks.
import { DETECTOR_PROVIDERS } from './key-providers-data';
import { TITUS_PROVIDERS } from './key-providers-titus';

/** Services whose keys people paste: clouds, AI APIs, payments, messaging, CI/CD, observability, SaaS. Names that are
 *  everyday words (Square, Box, Linear, Vault, Checkout, Render, Segment…) are left out: `git checkout <sha>` is no key. */
const PROVIDERS = `
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
`
  .split(/\s+/)
  .filter(Boolean);

/** Key words, Latin script, matched as whole name parts (lower case, accents kept and folded). */
const KEY_WORDS = `
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
`
  .split(/\s+/)
  .filter(Boolean);

/** Key words of scripts written without spaces or with their own letters, matched inside the text. */
export const SCRIPT_KEY_WORDS = [
  'токен', 'секрет', 'пароль', 'кључ', 'лозинка', 'κλειδί', 'κωδικός', 'מפתח', 'סיסמה', 'סוד', 'مفتاح', 'رمز',
  'كلمة المرور', 'توكن', 'سر', 'کلید', 'گذرواژه', 'पासवर्ड', 'कुंजी', 'टोकन', 'কী', 'пасворд', '密钥', '秘钥', '金鑰',
  '令牌', '密码', '密碼', '口令', '鍵', 'キー', 'トークン', 'パスワード', 'シークレット', '키', '토큰', '비밀번호', '암호', '시크릿',
  'รหัสผ่าน', 'กุญแจ', 'โทเค็น',
  // round 9
  'คีย์', 'ลับ', 'გასაღებ', 'საიდუმლო', 'բանալի', 'գաղտնի', 'ቁልፍ', 'ምስጢር', 'சாவி', 'விசை', 'চাবি', 'গোপন',
  'गुप्त', 'кілт', 'калит', 'ачкыч', 'таємн', 'тайн', 'секретн', 'ключ', 'סודי', 'سرّي', 'السري', 'چابی',
  'កូនសោ', 'သော့', '秘密', '金钥', '機密', '비밀', 'シークレットキー',
  // round 11: services named in their own script (Chinese, Russian, Japanese and Korean clouds, payment and chat
  // platforms), which stand for a key's context as a provider's name does in Latin script
  '阿里云', '腾讯云', '百度云', '华为云', '京东云', '七牛', '又拍云', '企业微信', '微信', '钉钉', '飞书', '支付宝', '火山引擎',
  'Яндекс', 'ВКонтакте', 'Сбер', 'カカオ', '楽天', '카카오', '네이버',
];

/** Round 11: with the services of TruffleHog's detectors (key-providers-data.ts), matched as whole name parts only. */
// round 22: with the services of titus's rules (key-providers-titus.ts)
const PROVIDER_SET = new Set([...PROVIDERS, ...DETECTOR_PROVIDERS.split(/\s+/).filter(Boolean), ...TITUS_PROVIDERS.split(/\s+/).filter(Boolean)]);
const KEY_WORD_SET = new Set(KEY_WORDS);
const SCRIPT_RE = new RegExp(SCRIPT_KEY_WORDS.join('|'));

/** Words that say a hex run or id next to a key word is something public (`GPG key 3AA5C343…`, `key id`). */
export const PUBLIC_WORDS = new Set(['public', 'pub', 'fingerprint', 'gpg', 'pgp', 'checksum', 'hash', 'sha', 'sha1', 'sha256', 'sha512', 'md5', 'digest', 'commit', 'id', 'ids', 'uuid', 'guid', 'integrity', 'nonce', 'ssh', 'rsa', 'ed25519', 'version', 'cache', 'idempotency', 'primary', 'foreign', 'sort', 'partition', 'object', 'map', 'hot']);

/** `getAPIKey_v2` → get, api, key, v, 2: one pass by hand (regexes here were a third of the rule's time on long lines). */
function asciiParts(text: string): string[] {
  const words: string[] = [];
  let word = '';
  let kind = 0; // 0 none, 1 lower, 2 upper, 3 digit
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const k = c >= 97 && c <= 122 ? 1 : c >= 65 && c <= 90 ? 2 : c >= 48 && c <= 57 ? 3 : 0;
    if (k === 0) {
      if (word) words.push(word);
      word = '';
    } else if (word && (k === 3) !== (kind === 3)) {
      words.push(word);
      word = String.fromCharCode(k === 2 ? c + 32 : c);
    } else if (k === 2 && kind === 1) {
      words.push(word); // camel hump
      word = String.fromCharCode(c + 32);
    } else if (k === 1 && kind === 2 && word.length > 1) {
      // `HTTPServer`: the last capital starts the next word
      words.push(word.slice(0, -1));
      word = word.slice(-1) + String.fromCharCode(c);
    } else word += String.fromCharCode(k === 2 ? c + 32 : c);
    kind = k;
  }
  if (word) words.push(word);
  return words;
}

function parts(text: string): string[] {
  // ASCII text (nearly all code) takes the cheap path: Unicode-aware regexes and normalize cost several times more
  if (!/[\u0080-\uffff]/.test(text)) return asciiParts(text);
  // accents folded (`clé` → `cle`, `Schlüssel` → `schlussel`)
  return text
    .replace(/([\p{Ll}\d])(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/ł/g, 'l')
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .split(/[^a-z0-9]+/);
}

/** A provider's name with a word glued after it (`algoliasearch`, `openweathermap`, `stripejs`): names of six letters
 *  or more only, so short ones (`aws`, `npm`, `dd`) never start an ordinary word. */
const LONG_PROVIDERS = PROVIDERS.filter((p) => p.length >= 6 && /^[a-z]+$/.test(p));
function providerPrefix(word: string): boolean {
  if (word.length < 8 || word.length > 24) return false;
  for (const p of LONG_PROVIDERS) if (word.startsWith(p) && word.length - p.length <= 10) return true;
  return false;
}

/** Round 11: a key word with a definite or case ending (Norwegian `hemmeligheten`, `nøkkelen`, Swedish `nyckeln`,
 *  Romanian `cheia`, `secretul`, Danish `nøglen`, Icelandic `lykillinn`): the stem must be a key word of five letters
 *  or more, so `keyt` or `pass…` never count. */
const KEY_ENDINGS = ['en', 'et', 'ene', 'n', 'a', 'ul', 'inn', 'in', 'i', 'ia', 's'];
function inflectedKeyWord(word: string): boolean {
  if (word.length < 6) return false;
  for (const ending of KEY_ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= 5 && KEY_WORD_SET.has(word.slice(0, -ending.length))) return true;
  }
  return false;
}

export interface KeyContext {
  keyWord: boolean;
  provider: boolean;
  /** A word that names something public next to the token (fingerprint, hash, id…). */
  publicWord: boolean;
}

/** The key words and provider names in a short piece of text before (or around) a token. */
export function keyContextOf(text: string): KeyContext {
  const words = parts(text);
  let keyWord = /[\u0080-\uffff]/.test(text) && SCRIPT_RE.test(text);
  let provider = false;
  let publicWord = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (KEY_WORD_SET.has(w) || inflectedKeyWord(w)) keyWord = true;
    if (PROVIDER_SET.has(w) || (i > 0 && PROVIDER_SET.has(words[i - 1]! + w)) || providerPrefix(w)) provider = true;
    if (PUBLIC_WORDS.has(w)) publicWord = true;
  }
  // `access key`, `private key`: both words are in the set already; `api` alone names no key
  return { keyWord, provider, publicWord };
}

/** How many providers and key words are known (for the docs and tests). */
export const KEY_CONTEXT_SIZES = { providers: PROVIDER_SET.size, keyWords: KEY_WORD_SET.size + SCRIPT_KEY_WORDS.length };

/** A comment after the token on its line that names it (`Client(sid, "…")  # twilio auth token`). */
export function commentNamesKey(text: string, end: number): boolean {
  const after = /^["'`]?[ \t]*[),;]{0,3}[ \t]*(?:#|\/\/|--|\/\*)([^\n]{1,80})/.exec(text.slice(end, end + 100));
  if (!after) return false;
  const found = keyContextOf(after[1]!);
  return (found.keyWord || found.provider) && !found.publicWord;
}

/** A key word or provider name before the token on its line (at most 60 characters back), or on the line before
 *  when the token stands alone at the start of its line (`clarifai` then the key on the next line). A word that
 *  names something public there (fingerprint, hash, id, commit…) turns it off, except `access key id`. */
export function keyedAround(text: string, start: number, before: string): boolean {
  let context = before.slice(-60);
  if (/^[ \t]*["'`]?$/.test(before)) {
    const lineStart = start - before.length;
    const prev = text.slice(Math.max(0, lineStart - 121), Math.max(0, lineStart - 1));
    context = prev.slice(prev.lastIndexOf('\n') + 1) + ' ' + before;
  }
  if (!/[\p{L}]/u.test(context)) return false;
  const found = keyContextOf(context.replace(/access[_ -]?key[_ -]?id/gi, 'access key'));
  return (found.keyWord || found.provider) && !found.publicWord;
}
