// Provider keys of providers round 2's corpus did not have, invented in each provider's documented shape (random
// characters; the shape's source is named on each format: the provider's docs or the gitleaks rule that encodes
// it, github.com/gitleaks/gitleaks cmd/generate/config/rules/, MIT). Also generic secrets under key names round 2
// did not use. Nothing here is a real credential.
import type { Faker } from '@faker-js/faker';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const LOWER_NUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
const UPPER_NUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const HEX = '0123456789abcdef';
const B64URL = ALNUM + '-_';
const B64 = ALNUM + '+/';

export interface KeyFormat {
  id: string;
  /** Variable name the provider's docs use. */
  name: string;
  doc: string;
  make: (f: Faker) => string;
}

const r = (f: Faker, chars: string, n: number) => f.string.fromCharacters(chars, n);
const uuid = (f: Faker) => f.string.uuid();
const gl = (rule: string) => `gitleaks rule ${rule}`;

export const KEY_FORMATS: KeyFormat[] = [
  { id: 'mailgun', name: 'MAILGUN_API_KEY', doc: gl('mailgun-private-api-token'), make: (f) => `key-${r(f, HEX, 32)}` },
  { id: 'sentry-org', name: 'SENTRY_AUTH_TOKEN', doc: 'Sentry docs "Auth Tokens" (sntrys_ org tokens)', make: (f) => `sntrys_eyJpYXQiOjE3${r(f, ALNUM, 60)}_${r(f, ALNUM, 43)}` },
  { id: 'sentry-user', name: 'SENTRY_AUTH_TOKEN', doc: 'Sentry docs "Auth Tokens" (sntryu_ user tokens)', make: (f) => `sntryu_${r(f, HEX, 64)}` },
  { id: 'doppler', name: 'DOPPLER_TOKEN', doc: gl('doppler-api-token'), make: (f) => `dp.pt.${r(f, ALNUM, 43)}` },
  { id: 'pulumi', name: 'PULUMI_ACCESS_TOKEN', doc: gl('pulumi-api-token'), make: (f) => `pul-${r(f, HEX, 40)}` },
  { id: 'flyio', name: 'FLY_API_TOKEN', doc: gl('flyio-access-token'), make: (f) => `fo1_${r(f, B64URL, 43)}` },
  { id: 'planetscale', name: 'PLANETSCALE_SERVICE_TOKEN', doc: gl('planetscale-api-token'), make: (f) => `pscale_tkn_${r(f, B64URL, 43)}` },
  { id: 'planetscale-pw', name: 'DATABASE_PASSWORD', doc: gl('planetscale-password'), make: (f) => `pscale_pw_${r(f, B64URL, 43)}` },
  { id: 'mapbox', name: 'MAPBOX_SECRET_TOKEN', doc: gl('mapbox-api-token'), make: (f) => `sk.eyJ1Ijoi${r(f, ALNUM, 30)}.${r(f, B64URL, 22)}` },
  { id: 'dropbox', name: 'DROPBOX_ACCESS_TOKEN', doc: gl('dropbox-short-lived-api-token'), make: (f) => `sl.${r(f, B64URL, 135)}` },
  { id: 'shippo', name: 'SHIPPO_API_TOKEN', doc: gl('shippo-api-token'), make: (f) => `shippo_live_${r(f, HEX, 40)}` },
  { id: 'brevo', name: 'BREVO_API_KEY', doc: gl('sendinblue-api-token'), make: (f) => `xkeysib-${r(f, HEX, 64)}-${r(f, ALNUM, 16)}` },
  { id: 'heroku', name: 'HEROKU_API_KEY', doc: gl('heroku-api-key-v2'), make: (f) => `HRKU-AA${r(f, B64URL, 58)}` },
  { id: 'dynatrace', name: 'DT_API_TOKEN', doc: gl('dynatrace-api-token'), make: (f) => `dt0c01.${r(f, UPPER_NUM, 24)}.${r(f, UPPER_NUM, 64)}` },
  { id: 'adafruit', name: 'ADAFRUIT_IO_KEY', doc: gl('adafruit-api-key'), make: (f) => `aio_${r(f, ALNUM, 28)}` },
  { id: 'rubygems', name: 'GEM_HOST_API_KEY', doc: gl('rubygems-api-token'), make: (f) => `rubygems_${r(f, HEX, 48)}` },
  { id: 'sonarqube', name: 'SONAR_TOKEN', doc: 'SonarQube docs "Managing your tokens" (squ_/sqp_/sqa_)', make: (f) => `${f.helpers.arrayElement(['squ', 'sqp', 'sqa'])}_${r(f, HEX, 40)}` },
  { id: 'jfrog', name: 'JFROG_API_KEY', doc: gl('jfrog-api-key'), make: (f) => `AKCp${r(f, ALNUM, 69)}` },
  { id: 'bitbucket', name: 'BITBUCKET_APP_PASSWORD', doc: 'Atlassian docs "App passwords" (ATBB prefix)', make: (f) => `ATBB${r(f, ALNUM, 32)}` },
  { id: 'buildkite', name: 'BUILDKITE_API_TOKEN', doc: 'Buildkite docs "API access tokens" (bkua_)', make: (f) => `bkua_${r(f, HEX, 40)}` },
  { id: 'circleci', name: 'CIRCLECI_TOKEN', doc: 'CircleCI docs "Managing API tokens" (CCIPAT_)', make: (f) => `CCIPAT_${r(f, ALNUM, 22)}_${r(f, HEX, 40)}` },
  { id: 'hubspot', name: 'HUBSPOT_ACCESS_TOKEN', doc: 'HubSpot docs "Private apps" (pat-na1-…)', make: (f) => `pat-${f.helpers.arrayElement(['na1', 'eu1'])}-${uuid(f)}` },
  { id: 'clickup', name: 'CLICKUP_API_TOKEN', doc: gl('clickup-personal-api-token'), make: (f) => `pk_${f.string.numeric(8)}_${r(f, UPPER_NUM, 32)}` },
  { id: 'netlify', name: 'NETLIFY_AUTH_TOKEN', doc: 'Netlify docs "Personal access tokens" (nfp_)', make: (f) => `nfp_${r(f, ALNUM, 36)}` },
  { id: 'render', name: 'RENDER_API_KEY', doc: 'Render docs "API keys" (rnd_)', make: (f) => `rnd_${r(f, ALNUM, 28)}` },
  { id: 'neon', name: 'NEON_API_KEY', doc: 'Neon docs "Manage API keys" (napi_)', make: (f) => `napi_${r(f, LOWER_NUM, 64)}` },
  { id: 'resend', name: 'RESEND_API_KEY', doc: 'Resend docs "API keys" (re_)', make: (f) => `re_${r(f, ALNUM, 8)}_${r(f, ALNUM, 24)}` },
  { id: 'pinecone', name: 'PINECONE_API_KEY', doc: 'Pinecone docs "Authentication" (pcsk_)', make: (f) => `pcsk_${r(f, ALNUM, 5)}_${r(f, ALNUM, 60)}` },
  { id: 'tavily', name: 'TAVILY_API_KEY', doc: 'Tavily docs "Quickstart" (tvly-)', make: (f) => `tvly-${f.helpers.arrayElement(['', 'dev-', 'prod-'])}${r(f, ALNUM, 32)}` },
  { id: 'firecrawl', name: 'FIRECRAWL_API_KEY', doc: 'Firecrawl docs "Authentication" (fc-)', make: (f) => `fc-${r(f, HEX, 32)}` },
  { id: 'e2b', name: 'E2B_API_KEY', doc: 'E2B docs "API key" (e2b_)', make: (f) => `e2b_${r(f, HEX, 40)}` },
  { id: 'fireworks', name: 'FIREWORKS_API_KEY', doc: 'Fireworks AI docs "API keys" (fw_)', make: (f) => `fw_${r(f, ALNUM, 24)}` },
  { id: 'contentful', name: 'CONTENTFUL_MANAGEMENT_TOKEN', doc: gl('contentful-delivery-api-token') + ' / Contentful docs (CFPAT-)', make: (f) => `CFPAT-${r(f, B64URL, 43)}` },
  { id: 'prefect', name: 'PREFECT_API_KEY', doc: gl('prefect-api-token'), make: (f) => `pnu_${r(f, ALNUM, 36)}` },
  { id: 'readme', name: 'README_API_KEY', doc: gl('readme-api-token'), make: (f) => `rdme_${r(f, LOWER_NUM, 70)}` },
  { id: 'typeform', name: 'TYPEFORM_TOKEN', doc: gl('typeform-api-token'), make: (f) => `tfp_${r(f, B64URL, 44)}_${r(f, ALNUM, 14)}` },
  { id: 'flutterwave', name: 'FLW_SECRET_KEY', doc: gl('flutterwave-secret-key'), make: (f) => `FLWSECK_TEST-${r(f, HEX, 32)}-X` },
  { id: 'easypost', name: 'EASYPOST_API_KEY', doc: gl('easypost-api-token'), make: (f) => `EZAK${r(f, ALNUM, 54)}` },
  { id: 'duffel', name: 'DUFFEL_ACCESS_TOKEN', doc: gl('duffel-api-token'), make: (f) => `duffel_live_${r(f, B64URL, 43)}` },
  { id: 'frameio', name: 'FRAMEIO_TOKEN', doc: gl('frameio-api-token'), make: (f) => `fio-u-${r(f, B64URL, 64)}` },
  { id: 'alibaba', name: 'ALIBABA_CLOUD_ACCESS_KEY_ID', doc: gl('alibaba-access-key-id'), make: (f) => `LTAI${r(f, ALNUM, 20)}` },
  { id: 'razorpay', name: 'RAZORPAY_KEY_SECRET', doc: 'Razorpay docs "API keys" (rzp_live_ key id)', make: (f) => `rzp_live_${r(f, ALNUM, 14)}` },
  { id: 'paystack', name: 'PAYSTACK_SECRET_KEY', doc: 'Paystack docs "API keys" (sk_live_ + 40 hex)', make: (f) => `sk_live_${r(f, HEX, 40)}` },
  { id: 'mercadopago', name: 'MP_ACCESS_TOKEN', doc: 'Mercado Pago docs "Credentials" (APP_USR-…)', make: (f) => `APP_USR-${f.string.numeric(16)}-${f.string.numeric(6)}-${r(f, HEX, 32)}-${f.string.numeric(9)}` },
  { id: 'posthog', name: 'POSTHOG_PERSONAL_API_KEY', doc: 'PostHog docs "Personal API keys" (phx_)', make: (f) => `phx_${r(f, ALNUM, 47)}` },
  { id: 'openrouter', name: 'OPENROUTER_API_KEY', doc: 'OpenRouter docs "Authentication" (sk-or-v1-)', make: (f) => `sk-or-v1-${r(f, HEX, 64)}` },
  { id: 'elevenlabs', name: 'ELEVENLABS_API_KEY', doc: 'ElevenLabs docs "Authentication" (sk_ + 48 hex)', make: (f) => `sk_${r(f, HEX, 48)}` },
  { id: 'langsmith-svc', name: 'LANGSMITH_API_KEY', doc: 'LangSmith docs "Create an API key" (lsv2_sk_)', make: (f) => `lsv2_sk_${r(f, HEX, 32)}_${r(f, HEX, 10)}` },
  { id: 'cohere', name: 'COHERE_API_KEY', doc: 'Cohere dashboard API keys (40 alphanumerics, no prefix)', make: (f) => r(f, ALNUM, 40) },
  { id: 'algolia', name: 'ALGOLIA_ADMIN_KEY', doc: gl('algolia-api-key') + ' (32 hex, no prefix)', make: (f) => r(f, HEX, 32) },
  { id: 'twilio-auth', name: 'TWILIO_AUTH_TOKEN', doc: gl('twilio-api-key') + ' / Twilio docs (auth token: 32 hex, no prefix)', make: (f) => r(f, HEX, 32) },
  { id: 'wandb', name: 'WANDB_API_KEY', doc: 'Weights & Biases docs (40 hex, no prefix)', make: (f) => r(f, HEX, 40) },
  { id: 'scaleway', name: 'SCW_SECRET_KEY', doc: 'Scaleway docs "API keys" (UUID secret key)', make: (f) => uuid(f) },
  { id: 'linode', name: 'LINODE_TOKEN', doc: 'Linode docs "Personal access tokens" (64 hex)', make: (f) => r(f, HEX, 64) },
  { id: 'upstash', name: 'UPSTASH_REDIS_REST_TOKEN', doc: 'Upstash docs "REST API" (base64 token)', make: (f) => `A${r(f, B64, 59)}=` },
];

export const GENERIC_FORMATS: KeyFormat[] = [
  { id: 'nextauth', name: 'NEXTAUTH_SECRET', doc: 'NextAuth.js docs (openssl rand -base64 32)', make: (f) => `${r(f, B64, 43)}=` },
  { id: 'laravel-app-key', name: 'APP_KEY', doc: 'Laravel docs "Configuration" (base64: + 32 bytes)', make: (f) => `base64:${r(f, B64, 43)}=` },
  { id: 'rails-secret-key-base', name: 'SECRET_KEY_BASE', doc: 'Rails guides "Security" (128 hex)', make: (f) => r(f, HEX, 128) },
  { id: 'cookie-secret', name: 'COOKIE_SECRET', doc: 'Express cookie-parser docs (random string)', make: (f) => r(f, ALNUM, 32) },
  { id: 'hmac-key', name: 'HMAC_KEY', doc: 'random 32-byte hex key', make: (f) => r(f, HEX, 64) },
  { id: 'webhook-signing', name: 'WEBHOOK_SIGNING_SECRET', doc: 'random signing secret', make: (f) => r(f, B64URL, 40) },
  { id: 'access-token', name: 'ACCESS_TOKEN', doc: 'opaque OAuth access token (RFC 6749)', make: (f) => r(f, B64URL, 48) },
  { id: 'refresh-token', name: 'refresh_token', doc: 'opaque OAuth refresh token (RFC 6749)', make: (f) => r(f, B64URL, 64) },
  { id: 'x-api-key', name: 'X-Api-Key', doc: 'API key header (no provider)', make: (f) => r(f, ALNUM, 36) },
  { id: 'encryption-key', name: 'ENCRYPTION_KEY', doc: 'AES-256 key, base64', make: (f) => `${r(f, B64, 43)}=` },
  { id: 'private-token', name: 'PRIVATE-TOKEN', doc: 'GitLab-style header name with an opaque token', make: (f) => r(f, B64URL, 20) },
];

/** Passwords in many styles: what people actually choose, not only random strings. */
export function humanPassword(f: Faker): string {
  const word = () => f.helpers.arrayElement(['sunshine', 'Dragon', 'monkey', 'Football', 'tigre', 'Sommer', 'rosebud', 'Kangaroo', 'maple', 'Orchid', 'pingouin', 'Bananas', 'nebula', 'Falcon']);
  const style = f.number.int({ min: 0, max: 5 });
  if (style === 0) return `${word()}${f.number.int({ min: 1, max: 2025 })}${f.helpers.arrayElement(['!', '#', '?', '$', ''])}`;
  if (style === 1) return `${word()}-${word().toLowerCase()}-${word().toLowerCase()}`;
  if (style === 2) return r(f, ALNUM + '!@#%^&*', f.number.int({ min: 10, max: 24 }));
  if (style === 3) return `${f.helpers.arrayElement(['Winter', 'Spring', 'Autumn', 'Summer'])}${f.number.int({ min: 2019, max: 2026 })}${f.helpers.arrayElement(['!', '.', '#'])}`;
  if (style === 4) return `${word()}_${f.string.numeric(4)}`;
  return r(f, LOWER_NUM, f.number.int({ min: 8, max: 14 }));
}
