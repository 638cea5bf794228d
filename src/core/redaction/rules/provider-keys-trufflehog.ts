// Round 15: key shapes from TruffleHog's detectors (trufflesecurity/trufflehog, pkg/detectors at 3ab759f) whose keys
// stood alone unfound here and in secretlint. Found by generating keys from every detector's own pattern and reading
// them in prose and code against these rules (docs/redaction.md, "Round 15: secrets"); each line is the provider's
// format as its detector states it (a prefix, an alphabet, a length), written here as data for provider-keys.ts — no
// code or pattern text is taken from TruffleHog (AGPL). Prefixes short or common enough to open an identifier
// (`api_`, `web_`, `KEY`, `pk.`) ask for a random body (`mixed`), like the round 3 entries.
import type { ProviderKey } from './provider-key';

// the detectors' UUID-like parts: hex in either case, or lower-case letters and digits (PubNub)
const group = (c: string) => `${c}{8}-${c}{4}-${c}{4}-${c}{4}-${c}{12}`;
const UUID = group('[0-9a-fA-F]');

export const TRUFFLEHOG_PROVIDER_KEYS: ProviderKey[] = [
  { id: 'apify-token', description: 'Apify apify_api_…', body: 'apify_api_[A-Za-z0-9-]{36}', mixed: true },
  { id: 'artifactory-reference-token', description: 'JFrog Artifactory reference token cmVmdGtu… (base64 of "reftkn")', body: 'cmVmdGtu[A-Za-z0-9]{56}', fixed: /^cmVmdGtu/ },
  { id: 'bitbucket-datacenter-token', description: 'Bitbucket Data Center HTTP access token BBDC-…', body: 'BBDC-[A-Za-z0-9+/@_-]{40,50}', mixed: true },
  { id: 'azure-apim-git-password', description: 'Azure API Management Git password git&<12 digits>&…==', body: 'git&\\d{12}&[A-Za-z0-9/+]{86}==', edge: 'A-Za-z0-9_&-' },
  { id: 'checkout-secret-key', description: 'Checkout.com secret key sk_/sk_test_ + UUID', body: `sk_(?:test_|sbox_)?${UUID}` },
  { id: 'close-api-key', description: 'Close CRM api_ + 45', body: 'api_[A-Za-z0-9.]{45}', mixed: true },
  { id: 'convertapi-secret', description: 'ConvertAPI secret_ + 16', body: 'secret_[A-Za-z0-9]{16}', mixed: true },
  { id: 'courier-key', description: 'Courier pk_<env>_<28>', body: 'pk_(?:prod|test|dev|[A-Za-z0-9]{1,12})_[A-Za-z0-9]{28}', mixed: true },
  { id: 'dfuse-key', description: 'dfuse web_ + 32', body: 'web_[a-z0-9]{32}', mixed: true },
  { id: 'ecostruxure-it-key', description: 'EcoStruxure IT AK1…', body: 'AK1[A-Za-z0-9/]{50,55}', mixed: true },
  { id: 'endorlabs-key', description: 'Endor Labs endr+…', body: 'endr\\+[A-Za-z0-9-]{16}', mixed: true },
  { id: 'finage-key', description: 'Finage API_KEY + 32 capitals and digits', body: 'API_KEY[A-Z0-9]{32}', mixed: true },
  { id: 'fleetbase-key', description: 'Fleetbase flb_live_…', body: 'flb_(?:live|test)_[A-Za-z0-9]{20}', mixed: true },
  { id: 'flexport-key', description: 'Flexport shltm_…', body: 'shltm_[A-Za-z0-9_-]{40}', mixed: true },
  { id: 'flyio-macaroon', description: 'Fly.io macaroon token FlyV1 fm<n>_…', body: 'FlyV1 fm\\d{1,3}_[A-Za-z0-9+/=,_-]{100,1000}' },
  { id: 'grafana-service-account-token', description: 'Grafana service account token glsa_…', body: 'glsa_[A-Za-z0-9_]{41}', mixed: true },
  { id: 'iex-cloud-key', description: 'IEX Cloud sk_ + 32', body: 'sk_[a-z0-9]{32}', mixed: true },
  { id: 'langfuse-key', description: 'Langfuse pk-lf-/sk-lf- + UUID', body: `[ps]k-lf-${UUID}` },
  { id: 'bannerbear-key', description: 'Bannerbear bb_pr_/bb_ma_ + 30 hex', body: 'bb_(?:pr|ma)_[a-f0-9]{30}', mixed: true },
  { id: 'docker-org-token', description: 'Docker Hub organisation access token dckr_oat_…', body: 'dckr_oat_[A-Za-z0-9_-]{32}', mixed: true },
  { id: 'figma-token', description: 'Figma tokens figd_/figu_/figo_/figr_… and figp_…', body: 'fig(?:[duorh]|u[rh]|o[rh])_[A-Za-z0-9_-]{40}|figp_[A-Za-z0-9_=-]{40,54}', mixed: true },
  { id: 'lob-key', description: 'Lob live_/test_ + 35 hex', body: '(?:live|test)_[a-f0-9]{35}', mixed: true },
  { id: 'locationiq-token', description: 'LocationIQ pk. + 32', body: 'pk\\.[A-Za-z0-9-]{32}', mixed: true, edge: 'A-Za-z0-9_.-' },
  { id: 'klaviyo-key', description: 'Klaviyo private key pk_ + 34 hex', body: 'pk_(?:[A-Za-z0-9]{6}_)?[a-f0-9]{34}', mixed: true },
  { id: 'checkio-key', description: 'Chec (Commerce.js) pk_ + 45', body: 'pk_[a-z0-9]{45}', mixed: true },
  { id: 'nightfall-key', description: 'Nightfall NF-…', body: 'NF-[A-Za-z0-9]{32}', mixed: true },
  { id: 'nvidia-api-key', description: 'NVIDIA nvapi-…', body: 'nvapi-[A-Za-z0-9_-]{64}', mixed: true },
  { id: 'pagarme-key', description: 'Pagar.me ak_live_/ak_test_…', body: 'ak_(?:live|test)_[A-Za-z0-9]{30}', mixed: true },
  { id: 'portainer-token', description: 'Portainer access token ptr_…', body: 'ptr_[A-Za-z0-9/_+=-]{20,60}', mixed: true },
  { id: 'pubnub-key', description: 'PubNub publish/subscribe keys pub-c-/sub-c- + UUID', body: `(?:pub|sub)-c-${group('[0-9a-z]')}`, mixed: true },
  { id: 'ramp-key', description: 'Ramp ramp_id_/ramp_sec_…', body: 'ramp_(?:id_[A-Za-z0-9]{40}|sec_[A-Za-z0-9]{48})', mixed: true },
  { id: 'robinhood-crypto-key', description: 'Robinhood Crypto rh-api- + UUID', body: `rh-api-${UUID}`, mixed: true },
  { id: 'rootly-key', description: 'Rootly rootly_ + 64 hex', body: 'rootly_[a-f0-9]{64}' },
  { id: 'saladcloud-key', description: 'SaladCloud salad_cloud_<id>_…', body: 'salad_cloud_[A-Za-z0-9]{1,7}_[A-Za-z0-9]{7,235}', mixed: true },
  { id: 'salesblink-key', description: 'SalesBlink key- + 64', body: 'key-[A-Za-z0-9]{64}', mixed: true },
  { id: 'salesforce-consumer-key', description: 'Salesforce connected-app consumer key 3MVG9… and refresh token 5AEP861…', body: '(?:3MVG9|5A[Ee][Pp]861)[A-Za-z0-9._+/=]{80,251}', edge: 'A-Za-z0-9_.+/=-' },
  { id: 'sendgrid-key-loose', description: 'SendGrid SG.<22>.<43> with the lengths and dashes secretlint\'s rule does not take', body: 'SG\\.[\\w-]{20,24}\\.[\\w-]{39,50}', mixed: true },
  { id: 'smooch-key', description: 'Smooch (Sunshine Conversations) act_ + 24', body: 'act_[a-z0-9]{24}', mixed: true },
  { id: 'square-access-token', description: 'Square access token EAAA…', body: 'EAAA[A-Za-z0-9_+=-]{60}', mixed: true },
  { id: 'stripe-client-secret', description: 'Stripe payment intent client secret pi_…_secret_…', body: 'pi_[A-Za-z0-9]{24}_secret_[A-Za-z0-9]{25}' },
  { id: 'telnyx-key', description: 'Telnyx KEY + 55', body: 'KEY[A-Za-z0-9_-]{55}', mixed: true },
  { id: 'tickettailor-key', description: 'Ticket Tailor sk_<4>_<6>_<32 hex>', body: 'sk_\\d{4}_\\d{6}_[a-f0-9]{32}' },
  { id: 'ubidots-token', description: 'Ubidots BBFF-…', body: 'BBFF-[A-Za-z0-9]{30}', mixed: true },
  { id: 'voiceflow-key', description: 'Voiceflow VF.[DM.|WS.]<24 hex>.<16>', body: 'VF\\.(?:DM\\.|WS\\.)?[a-fA-F0-9]{24}\\.[A-Za-z0-9]{16}' },
  { id: 'zoho-token', description: 'Zoho OAuth tokens 1000.<32 hex>.<32 hex>', body: '1000\\.[a-f0-9]{32}\\.[a-f0-9]{32}', edge: 'A-Za-z0-9_.-' },
  { id: 'tableau-pat', description: 'Tableau personal access token secret <22>==:<32>', body: '[A-Za-z0-9+/]{22}==:[A-Za-z0-9]{32}', mixed: true, edge: 'A-Za-z0-9_+/=:-' },
  { id: 'asana-pat', description: 'Asana personal access token 1/<id>:<32> and 2/<id>/<id>:<32>', body: '[12]/\\d{13,20}(?:/\\d{13,20})?:[A-Za-z0-9]{32}', mixed: true, edge: 'A-Za-z0-9_/:-' },
  { id: 'laravel-sanctum-token', description: 'Laravel Sanctum personal access token <id>|<40> (Convier and other Laravel APIs)', body: '\\d{1,10}\\|[A-Za-z0-9]{40}', mixed: true, edge: 'A-Za-z0-9_|-' },
  { id: 'newrelic-other-key', description: 'New Relic browser NRBR- keys and mobile app tokens …-NRMA', body: 'NRBR-[a-f0-9]{19}|(?:AA[a-f0-9]{40}|eu01xx[a-f0-9]{36})-NRMA', mixed: true },
  // webhook URLs whose path is the credential: anyone holding one can post into the channel or workflow
  { id: 'zapier-webhook', description: 'Zapier catch hook URL', body: 'https://hooks\\.zapier\\.com/hooks/catch/[A-Za-z0-9/]{10,40}', edge: 'A-Za-z0-9_/-' },
  { id: 'tines-webhook', description: 'Tines webhook URL', body: 'https://[A-Za-z0-9-]+\\.tines\\.com/webhook/[a-z0-9]{32}/[a-z0-9]{32}' },
  {
    id: 'teams-webhook',
    description: 'Microsoft Teams incoming webhook URL',
    body: 'https://[A-Za-z0-9-]+\\.webhook\\.office\\.com/webhookb2/[A-Za-z0-9-]{36}@[A-Za-z0-9-]{36}/IncomingWebhook/[A-Za-z0-9]{32}/[A-Za-z0-9-]{36}(?:/[A-Za-z0-9_-]{20,60})?',
  },
];
