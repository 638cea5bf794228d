// API keys with a distinctive provider prefix that secretlint's recommended preset (secretlint.ts) has no rule
// for, or whose forms it misses (OpenAI keys without the T3BlbkFJ marker, letters-only Hugging Face tokens, Stripe
// pk_live_/whsec_, Slack xoxa-/xoxr-/xoxs-/xoxe-, Notion): each was checked by switching it off against the
// corpus and against bare tokens in prose. The prefix makes these near-certain, so they outrank other rules; the
// only negatives are documentation placeholders (`sk-...your-key...`).
// Lengths are a little looser than the providers' exact ones: a key missing a character (truncated, mistyped)
// still leaks, and formats drift over time.
import { characterClasses, looksLikePlaceholder } from '../checks';
import type { RedactionRule } from '../types';
import { regexRule } from './regex-rule';
import type { ProviderKey } from './provider-key';
import { TRUFFLEHOG_PROVIDER_KEYS } from './provider-keys-trufflehog';
import { ROUND17_PROVIDER_KEYS } from './provider-keys-round17';
import { ROUND20_PROVIDER_KEYS } from './provider-keys-round20';
import { ROUND21_PROVIDER_KEYS } from './provider-keys-round21';
import { ROUND22_PROVIDER_KEYS } from './provider-keys-round22';
import { countedBody, looksMachineRandom } from './token-randomness';

const TOKEN_EDGE = 'A-Za-z0-9_-';

const PROVIDER_KEYS: ProviderKey[] = [
  {
    id: 'openai-api-key',
    description: 'OpenAI sk-…, sk-proj-…, sk-svcacct-…, sk-admin-…',
    body: 'sk-(?!ant-)(?:proj-|svcacct-|admin-|None-)?[A-Za-z0-9_-]{20,300}',
    mixed: true,
  },
  { id: 'google-api-key', description: 'Google API key AIza…', body: 'AIza[0-9A-Za-z_-]{30,40}' },
  { id: 'google-oauth-secret', description: 'Google OAuth client secret GOCSPX-…', body: 'GOCSPX-[A-Za-z0-9_-]{28}' },
  { id: 'google-oauth-token', description: 'Google OAuth access token ya29.…', body: 'ya29\\.[0-9A-Za-z_-]{20,400}' },
  // secretlint's slack rule knows xoxb-/xoxp-; app-level, refresh, legacy workspace and rotated tokens are ours
  { id: 'slack-token', description: 'Slack xoxa-/xoxr-/xoxs-/xoxe- tokens (xoxb-/xoxp- are secretlint:slack)', body: '(?:xoxe\\.)?xox[aerse]-[0-9A-Za-z-]{10,250}' },
  {
    id: 'discord-webhook',
    description: 'Discord webhook URL',
    body: 'https://(?:ptb\\.|canary\\.)?discord(?:app)?\\.com/api/webhooks/\\d{17,20}/[A-Za-z0-9_-]{60,68}',
  },
  { id: 'stripe-publishable-live-key', description: 'Stripe pk_live_ (identifies the account)', body: 'pk_live_[0-9A-Za-z]{16,250}' },
  { id: 'stripe-webhook-secret', description: 'Stripe whsec_…', body: 'whsec_[A-Za-z0-9]{32,64}' },
  { id: 'pypi-token', description: 'PyPI upload token', body: 'pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,300}' },
  { id: 'huggingface-token', description: 'Hugging Face hf_…', body: 'hf_[A-Za-z0-9]{30,40}', mixed: true },
  { id: 'digitalocean-token', description: 'DigitalOcean dop_v1_/doo_v1_/dor_v1_', body: 'do[por]_v1_[a-f0-9]{64}' },
  { id: 'xai-api-key', description: 'xAI xai-…', body: 'xai-[A-Za-z0-9]{70,90}' },
  { id: 'perplexity-api-key', description: 'Perplexity pplx-…', body: 'pplx-[A-Za-z0-9]{40,56}' },
  { id: 'replicate-token', description: 'Replicate r8_…', body: 'r8_[A-Za-z0-9]{32,40}' },
  { id: 'notion-token', description: 'Notion secret_…/ntn_…', body: '(?:secret|ntn)_[A-Za-z0-9]{43,46}', mixed: true },
  // round 19: every `sq0xxx-` prefix, as truffleHog's regexes.json (`square_oauth_secret`) and ripsecrets read them
  // (`sq0[a-z]{3}-[0-9A-Za-z\-_]{22,43}`, unbounded on the right there); a longer run is taken whole, never cut at 43
  { id: 'square-token', description: 'Square sq0atp-/sq0csp- (round 15: sandbox sq0idb-/sq0csb- too; round 19: any sq0xxx- prefix)', body: '(?:sandbox-)?sq0[a-z]{3}-[0-9A-Za-z_-]{22,64}' },
  { id: 'twilio-api-key', description: 'Twilio API key SID SK + 32 hex', body: 'SK[0-9a-f]{32}', edge: 'A-Za-z0-9' },
  { id: 'postman-api-key', description: 'Postman PMAK-…', body: 'PMAK-[A-Za-z0-9-]{59}', mixed: true },
  { id: 'atlassian-api-token', description: 'Atlassian ATATT3…', body: 'ATATT3[A-Za-z0-9_=-]{100,300}' },
  { id: 'telegram-bot-token', description: 'Telegram bot token 123456789:AA…', body: '\\d{8,10}:AA[0-9A-Za-z_-]{33}', edge: 'A-Za-z0-9_:-' },
  {
    id: 'discord-bot-token',
    description: 'Discord bot token: base64 user id . timestamp . HMAC',
    body: '[MNO][A-Za-z0-9_-]{23,27}\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{27,40}',
    mixed: true,
  },
  { id: 'terraform-cloud-token', description: 'HashiCorp Terraform Cloud/Enterprise token <id>.atlasv1.<secret>', body: '[A-Za-z0-9]{14}\\.atlasv1\\.[A-Za-z0-9_=-]{60,70}' },
  { id: 'airtable-pat', description: 'Airtable personal access token pat<14>.<64 hex>', body: 'pat[A-Za-z0-9]{14}\\.[a-f0-9]{64}' },
  // Round 3: providers secretlint's preset has no rule for (shapes from each provider's docs / gitleaks' rules)
  { id: 'mailgun-api-key', description: 'Mailgun key-… (32 hex)', body: 'key-[a-f0-9]{32}' },
  { id: 'mailchimp-api-key', description: 'Mailchimp <32 hex>-us<dc>', body: '[a-f0-9]{32}-us\\d{1,2}' },
  { id: 'sentry-token', description: 'Sentry sntrys_/sntryu_ tokens', body: '(?:sntrys_eyJ[A-Za-z0-9_=-]{40,300}|sntryu_[a-f0-9]{64})' },
  // round 11: a service token names its config between prefix and body (`dp.st.dev.…`, `dp.st.prd_eu.…`)
  { id: 'doppler-token', description: 'Doppler dp.pt./dp.st./dp.ct./dp.sa. tokens, service tokens with their config', body: 'dp\\.(?:pt|st|ct|sa|scim|audit)\\.(?:[a-z0-9_-]{2,35}\\.)?[A-Za-z0-9]{40,44}' },
  { id: 'pulumi-token', description: 'Pulumi pul-… (40 hex)', body: 'pul-[a-z0-9]{40}', mixed: true },
  { id: 'flyio-token', description: 'Fly.io fo1_…', body: 'fo1_[A-Za-z0-9_-]{39,45}' },
  // round 20: `=` in the body too, as gitleaks' `planetscale.go` reads it
  { id: 'planetscale-token', description: 'PlanetScale pscale_tkn_/pscale_pw_/pscale_oauth_', body: 'pscale_(?:tkn|pw|oauth)_[A-Za-z0-9_.=-]{32,64}', edge: 'A-Za-z0-9_=-' },
  { id: 'mapbox-secret-token', description: 'Mapbox secret token sk.eyJ…', body: 'sk\\.eyJ[A-Za-z0-9_-]{20,300}\\.[A-Za-z0-9_-]{20,30}' },
  { id: 'dropbox-token', description: 'Dropbox short-lived token sl.…', body: 'sl\\.(?:u\\.)?[A-Za-z0-9_-]{130,1400}', mixed: true },
  { id: 'shippo-token', description: 'Shippo shippo_live_/shippo_test_', body: 'shippo_(?:live|test)_[a-f0-9]{40}' },
  { id: 'brevo-key', description: 'Brevo (Sendinblue) xkeysib-/xsmtpsib-', body: 'x(?:keysib|smtpsib)-[A-Za-z0-9_-]{81}', mixed: true },
  { id: 'heroku-token', description: 'Heroku HRKU-…', body: 'HRKU-[A-Za-z0-9_-]{58,64}' },
  { id: 'dynatrace-token', description: 'Dynatrace dt0c01.…', body: 'dt0[a-z]\\d{2}\\.[A-Z0-9]{24}\\.[A-Z0-9]{64}' },
  { id: 'adafruit-key', description: 'Adafruit IO aio_…', body: 'aio_[A-Za-z0-9]{28}', mixed: true },
  { id: 'rubygems-key', description: 'RubyGems rubygems_… (48 hex)', body: 'rubygems_[a-f0-9]{48}' },
  { id: 'sonarqube-token', description: 'SonarQube squ_/sqp_/sqa_ (40 hex)', body: 'sq[upa]_[a-f0-9]{40}' },
  { id: 'jfrog-key', description: 'JFrog API key AKCp…', body: 'AKCp[A-Za-z0-9]{64,73}' },
  { id: 'bitbucket-app-password', description: 'Bitbucket app password ATBB…', body: 'ATBB[A-Za-z0-9_=.-]{28,40}', mixed: true },
  { id: 'buildkite-token', description: 'Buildkite bkua_ (40 hex)', body: 'bkua_[a-f0-9]{40}' },
  { id: 'circleci-token', description: 'CircleCI CCIPAT_/CCIPRJ_', body: 'CCIP(?:AT|RJ)_[A-Za-z0-9]{20,24}_[a-fA-F0-9]{40}' },
  { id: 'hubspot-token', description: 'HubSpot private app token pat-na1-/pat-eu1-…', body: 'pat-(?:na|eu|ap)\\d-[A-Za-z0-9]{8}-(?:[A-Za-z0-9]{4}-){3}[A-Za-z0-9]{12}', mixed: true },
  { id: 'clickup-token', description: 'ClickUp pk_<user id>_<32>', body: 'pk_\\d{6,10}_[A-Z0-9]{32}' },
  { id: 'netlify-token', description: 'Netlify nfp_…', body: 'nfp_[A-Za-z0-9]{36,40}', mixed: true },
  { id: 'render-key', description: 'Render rnd_…', body: 'rnd_[A-Za-z0-9]{26,34}', mixed: true },
  { id: 'neon-key', description: 'Neon napi_…', body: 'napi_[a-z0-9]{60,70}', mixed: true },
  { id: 'resend-key', description: 'Resend re_…_…', body: 're_[A-Za-z0-9]{8}_[A-Za-z0-9]{24}', mixed: true },
  { id: 'pinecone-key', description: 'Pinecone pcsk_…', body: 'pcsk_[A-Za-z0-9]{4,8}_[A-Za-z0-9]{50,70}' },
  { id: 'tavily-key', description: 'Tavily tvly-…', body: 'tvly-(?:dev-|prod-)?[A-Za-z0-9]{30,34}', mixed: true },
  { id: 'firecrawl-key', description: 'Firecrawl fc-… (32 hex)', body: 'fc-[a-f0-9]{32}' },
  { id: 'e2b-key', description: 'E2B e2b_… (40 hex)', body: 'e2b_[a-f0-9]{40}' },
  { id: 'fireworks-key', description: 'Fireworks AI fw_…', body: 'fw_[A-Za-z0-9]{20,28}', mixed: true },
  { id: 'contentful-token', description: 'Contentful CFPAT-…', body: 'CFPAT-[A-Za-z0-9_-]{43}' },
  { id: 'prefect-key', description: 'Prefect pnu_…', body: 'pnu_[A-Za-z0-9]{36}', mixed: true },
  { id: 'readme-key', description: 'ReadMe rdme_…', body: 'rdme_[a-z0-9]{70}', mixed: true },
  { id: 'typeform-token', description: 'Typeform tfp_…', body: 'tfp_[A-Za-z0-9_-]{40,64}', mixed: true },
  { id: 'flutterwave-key', description: 'Flutterwave FLWSECK-/FLWSECK_TEST-', body: 'FLW(?:SECK|PUBK)(?:_TEST)?-[a-z0-9]{32}-X', mixed: true },
  { id: 'easypost-key', description: 'EasyPost EZAK/EZTK…', body: 'EZ[AT]K[A-Za-z0-9]{54}' },
  // round 20: `=` in the body too, as gitleaks' `duffel.go` reads it
  { id: 'duffel-token', description: 'Duffel duffel_live_/duffel_test_', body: 'duffel_(?:live|test)_[A-Za-z0-9_=-]{43}', edge: 'A-Za-z0-9_=-' },
  { id: 'frameio-token', description: 'Frame.io fio-u-…', body: 'fio-u-[A-Za-z0-9_=-]{64}' },
  { id: 'alibaba-access-key-id', description: 'Alibaba Cloud access key id LTAI…', body: 'LTAI[A-Za-z0-9]{12,21}', mixed: true },
  { id: 'razorpay-key', description: 'Razorpay rzp_live_/rzp_test_', body: 'rzp_(?:live|test)_[A-Za-z0-9]{14}', mixed: true },
  { id: 'mercadopago-token', description: 'Mercado Pago APP_USR-… access token', body: 'APP_USR-\\d{16}-\\d{6}-[a-f0-9]{32}-\\d{6,10}' },
  { id: 'posthog-personal-key', description: 'PostHog personal API key phx_…', body: 'phx_[A-Za-z0-9]{40,50}', mixed: true },
  { id: 'langsmith-key', description: 'LangSmith lsv2_pt_/lsv2_sk_', body: 'lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}' },
  { id: 'elevenlabs-key', description: 'ElevenLabs sk_ + 48 hex', body: 'sk_[a-f0-9]{48}' },
  { id: 'paystack-key', description: 'Paystack sk_live_/sk_test_ + 40 hex', body: 'sk_[a-z]{1,8}_[A-Za-z0-9]{40}', mixed: true },
  {
    id: 'azure-storage-connection-string',
    description: 'Azure Storage connection string holding an AccountKey (account name and key are one credential)',
    // the whole string also when it is the unquoted value of `NAME=…` (the `=` before it is no part of a longer token)
    body: '(?:(?<==)DefaultEndpointsProtocol=https?;|(?<![A-Za-z0-9_;=-])(?:DefaultEndpointsProtocol=https?;)?)AccountName=[A-Za-z0-9]{3,24};AccountKey=[A-Za-z0-9+/]{86}==(?:;EndpointSuffix=[A-Za-z0-9.]{1,64})?',
    edge: 'A-Za-z0-9_;-',
  },
  { id: 'azure-storage-key', description: 'Azure storage AccountKey=…', body: '(?<=AccountKey=)[A-Za-z0-9+/]{86}==' },
  // Round 6
  {
    id: 'newrelic-key',
    description: 'New Relic NRAK-/NRAA-/NRII-/NRIQ-/NRRA-/NRJS- keys and ingest license keys (…NRAL)',
    body: '(?:NR(?:AK|AA|II|IQ|RA|JS|SP)-[A-Za-z0-9_-]{19,48}|(?:eu01xx)?[a-fA-F0-9]{30,36}NRAL)',
    mixed: true,
  },
  {
    // an org id (00D + 12–15), `!`, then the session token
    id: 'salesforce-access-token',
    description: 'Salesforce access/session token 00D…!…',
    body: '00D[A-Za-z0-9]{12,15}![A-Za-z0-9_.]{80,120}',
    edge: 'A-Za-z0-9_.!',
  },
  // Round 5: families whose shape alone names them, wherever they stand (no key name needed)
  {
    id: 'anthropic-key',
    description: 'Anthropic keys secretlint does not know: sk-ant-admin01-, OAuth sk-ant-oat01-/sk-ant-ort01-, sk-ant-sid01- (its rule knows sk-ant-api03/04-)',
    body: 'sk-ant-(?!api0)[a-z]{2,6}\\d{2}-[A-Za-z0-9_-]{80,200}',
  },
  {
    // `django-admin startproject` writes SECRET_KEY = 'django-insecure-' + 50 characters of this alphabet
    id: 'django-insecure-key',
    description: "Django's generated SECRET_KEY django-insecure-… (startproject since Django 3.2)",
    body: 'django-insecure-[a-z0-9!@#$%^&*(=+)_-]{20,80}',
    edge: 'A-Za-z0-9!@#$%^&*(=+)_-',
  },
  {
    // Azure DevOps PATs since 2024: 52 random characters, then fields of Microsoft's own (they hold a run of `A`s, which
    // the placeholder test would take for a stand-in) with the `AZDO` signature at positions 76–79 of 84
    id: 'azure-devops-pat',
    description: 'Azure DevOps personal access token: 84 characters with AZDO at positions 76–79',
    body: '[A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4}',
  },
  {
    // Microsoft identity platform client secrets: three characters, a digit, `Q~`, then 31–34 (Microsoft's format
    // since 2021; gitleaks' azure-ad-client-secret rule uses the same shape)
    id: 'azure-ad-client-secret',
    description: 'Azure AD / Entra ID client secret xxx8Q~… (three characters, a digit, Q~, 31–34 more)',
    body: '[A-Za-z0-9_~.]{3}\\dQ~[A-Za-z0-9_~.-]{31,34}',
    edge: 'A-Za-z0-9_~.-',
  },
  // round 11: lower-case vendor prefixes of gitleaks' and TruffleHog's rules that no rule here or in secretlint knew
  { id: 'slack-app-token', description: 'Slack app-level token xapp-1-…', body: 'xapp-\\d-[A-Z0-9]{9,12}-\\d{10,14}-[a-f0-9]{64}' },
  { id: 'sourcegraph-token', description: 'Sourcegraph sgp_… access tokens and slk_… keys', body: 'sgp_(?:[a-fA-F0-9]{16}|local)_[a-fA-F0-9]{40}|slk_[a-f0-9]{64}' },
  { id: 'nuget-api-key', description: 'NuGet API key oy2… (46 lower-case letters and digits)', body: 'oy2[a-z0-9]{43}', mixed: true },
  { id: 'intra42-secret', description: '42 Intra client secret s-s4t2ud-/s-s4t2af-…', body: 's-s4t2(?:ud|af)-[a-f0-9]{64}' },
  { id: 'supabase-key', description: 'Supabase sbp_… access tokens and sb_secret_… keys', body: 'sbp_[a-z0-9]{40}|sb_secret_[A-Za-z0-9_-]{31,40}', mixed: true },
  { id: 'cerebras-key', description: 'Cerebras csk-…', body: 'csk-[a-z0-9]{48}', mixed: true },
  { id: 'gitlab-other-token', description: 'GitLab trigger, OAuth, SCIM, CI job, incoming mail, feed, agent, deploy and runner tokens', body: 'gl(?:ptt|oas|soat|cbt|imt|ffct|agent|dt|rt|ft)-[A-Za-z0-9_-]{20,64}', mixed: true },
  { id: 'plaid-access-token', description: 'Plaid access-sandbox-/development-/production- tokens', body: 'access-(?:sandbox|development|production)-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}' },
  { id: 'defined-networking-key', description: 'Defined Networking dnkey-…', body: 'dnkey-[A-Za-z0-9=_-]{26}-[A-Za-z0-9=_-]{52}' },
  // round 20: the middle part is 24 of [A-Za-z0-9], as gitleaks' `harness.go` reads it (round 11 had hex)
  { id: 'harness-token', description: 'Harness personal and service account tokens pat./sat.…', body: '(?:pat|sat)\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9]{24}\\.[A-Za-z0-9]{20}' },
  { id: 'openshift-token', description: 'OpenShift user token sha256~…', body: 'sha256~[A-Za-z0-9_-]{43}', mixed: true },
  { id: 'teamwork-token', description: 'Teamwork tkn.v1_…', body: 'tkn\\.v1_[A-Za-z0-9+/]{40,120}={0,2}', mixed: true },  // round 13: LaunchDarkly's keys are a UUID behind api- (access tokens), sdk- (server SDK keys) or mob- (mobile keys)
  { id: 'launchdarkly-key', description: 'LaunchDarkly api-/sdk-/mob- + UUID', body: '(?:api|sdk|mob)-[a-z0-9]{8}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{12}', mixed: true },
  // round 14: the rules of gitleaks' maintained set (config/gitleaks.toml, commit b58d3f1) whose keys neither this
  // list nor secretlint found standing alone, checked by generating keys from each rule's own pattern; and two
  // TruffleHog detectors' prefixes (Spectral, BestTime). Shapes as the rules give them.
  { id: 'onepassword-secret-key', description: '1Password account secret key A3-XXXXXX-…', body: 'A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}', mixed: true },
  { id: 'aws-other-key-id', description: 'AWS key ids beside AKIA/ASIA (secretlint): A3T…, ABIA (STS bearer), ACCA (context credentials)', body: '(?:A3T[A-Z0-9]|ABIA|ACCA)[A-Z2-7]{16}', mixed: true },
  { id: 'aws-bedrock-key', description: 'Amazon Bedrock API keys ABSK… and short-lived bedrock-api-key-…', body: 'ABSK[A-Za-z0-9+/]{109,269}={0,2}|bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/%=_-]{20,2000}', fixed: /^bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t/ },
  { id: 'cloudflare-origin-ca-key', description: 'Cloudflare Origin CA key v1.0-<24 hex>-<146 hex>', body: 'v1\\.0-[a-f0-9]{24}-[a-f0-9]{146}' },
  { id: 'huggingface-org-token', description: 'Hugging Face organisation token api_org_…', body: 'api_org_[A-Za-z]{34}', mixed: true },
  { id: 'octopus-deploy-key', description: 'Octopus Deploy API-…', body: 'API-[A-Z0-9]{26}', mixed: true },
  { id: 'adobe-client-secret', description: 'Adobe client secret p8e-…', body: 'p8e-[A-Za-z0-9]{32}', mixed: true },
  { id: 'maxmind-license-key', description: 'MaxMind license key …_mmk', body: '[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk', mixed: true },
  { id: 'settlemint-token', description: 'SettleMint sm_pat_/sm_aat_/sm_sat_ tokens', body: 'sm_(?:pat|aat|sat)_[A-Za-z0-9]{16}', mixed: true },
  { id: 'age-secret-key', description: 'age secret key AGE-SECRET-KEY-1…', body: 'AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}', fixed: /^AGE-SECRET-KEY-1/ },
  { id: 'twitter-bearer-token', description: 'X/Twitter app bearer token: 22 A then up to 100 characters', body: 'A{22}[A-Za-z0-9%]{80,100}', fixed: /^A{22}/ },
  { id: 'dropbox-long-lived-token', description: 'Dropbox long-lived token: 11 characters, ten A, 43 more', body: '[a-z0-9]{11}AAAAAAAAAA[A-Za-z0-9_=-]{43}', fixed: /AAAAAAAAAA/ },
  { id: 'grafana-legacy-api-key', description: 'Grafana legacy API key eyJrIjoi… (base64 of `{"k":"…","n":"…","id":…}`)', body: 'eyJrIjoi[A-Za-z0-9]{70,400}={0,3}', encoded: true },
  { id: 'spectral-token', description: 'Spectral (Check Point) spu-/spk- tokens', body: 'sp[uk]-[a-f0-9]{32}', mixed: true },
  // GitLab's routable tokens carry a dot, a two-character version and a check after the random part, where secretlint
  // and the rule above stop (`glpat-….01abcdefg`): the whole token, so no piece of it is left in the text
  { id: 'gitlab-routable-token', description: 'GitLab routable personal and runner tokens glpat-/glrt-t1_….01…', body: '(?:glpat-|glrt-t\\d_)[0-9A-Za-z_-]{27,300}\\.[0-9a-z]{2}\\.?[0-9a-z]{7}', mixed: true },
  { id: 'besttime-key', description: 'BestTime private key pri_ + 32 hex (pub_ is the public one)', body: 'pri_[a-f0-9]{32}', mixed: true },
];

/** A key body made of letters only is still random when no naming style explains it (`XWxNjdTAGdEMOu`, not `TestKey`). */
function randomBody(value: string): boolean {
  if (characterClasses(value) < 2) return false;
  if (/\d/.test(value)) return true;
  const body = value.replace(/^[a-z]+[_-](?:[a-z]+[_-])?/, '');
  // camel humps of three letters or more (`TestKeyValue`) read as words; random letters break that within a few
  return !/^(?:[A-Z][a-z]{2,}|[a-z]{3,})(?:[A-Z][a-z]{2,})*$/.test(body);
}

const KEYS = [
  ...PROVIDER_KEYS,
  ...TRUFFLEHOG_PROVIDER_KEYS,
  ...ROUND17_PROVIDER_KEYS,
  ...ROUND20_PROVIDER_KEYS,
  ...ROUND21_PROVIDER_KEYS,
  ...ROUND22_PROVIDER_KEYS,
];

export const providerKeyRules: RedactionRule[] = KEYS.map(({ id, description, body, edge = TOKEN_EDGE, mixed, fixed, encoded }) =>
  regexRule({
    id,
    kind: 'api_key',
    level: 'secrets',
    priority: 90,
    description,
    pattern: new RegExp(`(?<![${edge}])${body}(?![${edge}])`, 'g'),
    accept: (value) => {
      const drawn = fixed ? value.replace(fixed, '') : value;
      return (
        (id === 'azure-devops-pat' ? looksMachineRandom(value.slice(0, 52), 'keyed') : !looksLikePlaceholder(drawn)) &&
        (!mixed || randomBody(value)) &&
        (encoded || !countedBody(drawn))
      );
    },
  }),
);
