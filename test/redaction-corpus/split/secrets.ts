// Secret values for the split corpus, invented by a seeded generator in each provider's publicly documented shape
// (the document is named on each format). Nothing here is a real credential: bodies are random characters of the
// documented alphabet and length. Private keys are generated fresh by node:crypto (fake, but real PEM structure).
import { generateKeyPairSync } from 'node:crypto';
import type { Faker } from '@faker-js/faker';

export const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const UPPER_NUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
export const HEX = '0123456789abcdef';
export const B64 = ALNUM + '+/';
export const B64URL = ALNUM + '-_';

export interface SecretFormat {
  /** Stratum name (provider). */
  id: string;
  /** The environment variable or key name people give it. */
  name: string;
  /** Where the shape is documented. */
  doc: string;
  make(f: Faker): string;
}

const s = (f: Faker, alphabet: string, n: number) => f.string.fromCharacters(alphabet, n);

export const PROVIDER_KEYS: SecretFormat[] = [
  { id: 'github-classic', name: 'GITHUB_TOKEN', doc: "GitHub blog, 'Behind GitHub's new authentication token formats' (2021)", make: (f) => `gh${f.helpers.arrayElement(['p', 'o', 'u', 's', 'r'])}_${s(f, ALNUM, 36)}` },
  { id: 'github-fine-grained', name: 'GH_PAT', doc: 'GitHub Docs, Managing your personal access tokens (fine-grained)', make: (f) => `github_pat_${s(f, UPPER_NUM, 22)}_${s(f, ALNUM, 59)}` },
  { id: 'aws-access-key-id', name: 'AWS_ACCESS_KEY_ID', doc: 'AWS IAM User Guide, IAM identifiers (unique ID prefixes)', make: (f) => `${f.helpers.arrayElement(['AKIA', 'ASIA'])}${s(f, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}` },
  { id: 'aws-secret-access-key', name: 'AWS_SECRET_ACCESS_KEY', doc: 'AWS CLI User Guide, Configuration and credential file settings', make: (f) => s(f, B64, 40) },
  { id: 'slack-bot', name: 'SLACK_BOT_TOKEN', doc: 'Slack API docs, Token types', make: (f) => `xoxb-${s(f, '0123456789', 12)}-${s(f, '0123456789', 13)}-${s(f, ALNUM, 24)}` },
  { id: 'slack-user', name: 'SLACK_USER_TOKEN', doc: 'Slack API docs, Token types', make: (f) => `xoxp-${s(f, '0123456789', 12)}-${s(f, '0123456789', 12)}-${s(f, '0123456789', 13)}-${s(f, HEX, 32)}` },
  { id: 'slack-webhook', name: 'SLACK_WEBHOOK_URL', doc: 'Slack API docs, Sending messages using incoming webhooks', make: (f) => `https://hooks.slack.com/services/T${s(f, UPPER_NUM, 10)}/B${s(f, UPPER_NUM, 10)}/${s(f, ALNUM, 24)}` },
  { id: 'stripe-secret', name: 'STRIPE_SECRET_KEY', doc: 'Stripe docs, API keys', make: (f) => `${f.helpers.arrayElement(['sk_live_', 'rk_live_', 'sk_test_'])}${s(f, ALNUM, f.number.int({ min: 24, max: 99 }))}` },
  { id: 'stripe-webhook', name: 'STRIPE_WEBHOOK_SECRET', doc: 'Stripe docs, Check the webhook signatures', make: (f) => `whsec_${s(f, ALNUM, 32)}` },
  { id: 'openai', name: 'OPENAI_API_KEY', doc: 'OpenAI API reference, Authentication (sk-proj- project keys)', make: (f) => `sk-proj-${s(f, B64URL, 64)}T3BlbkFJ${s(f, B64URL, 64)}` },
  { id: 'openai-legacy', name: 'OPENAI_API_KEY', doc: 'OpenAI API reference, Authentication (legacy user keys)', make: (f) => `sk-${s(f, ALNUM, 20)}T3BlbkFJ${s(f, ALNUM, 20)}` },
  { id: 'anthropic', name: 'ANTHROPIC_API_KEY', doc: 'Anthropic API docs, Getting started (x-api-key: sk-ant-api03-…)', make: (f) => `sk-ant-api03-${s(f, B64URL, 93)}AA` },
  { id: 'google-api-key', name: 'GOOGLE_API_KEY', doc: 'Google Cloud docs, Manage API keys (AIza…, 39 characters)', make: (f) => `AIza${s(f, B64URL, 35)}` },
  { id: 'google-oauth-secret', name: 'GOOGLE_CLIENT_SECRET', doc: 'Google Identity docs, OAuth client secrets (GOCSPX- prefix)', make: (f) => `GOCSPX-${s(f, B64URL, 28)}` },
  { id: 'npm', name: 'NPM_TOKEN', doc: 'GitHub changelog 2021-09-23, npm access tokens now have an identifiable prefix', make: (f) => `npm_${s(f, ALNUM, 36)}` },
  { id: 'pypi', name: 'PYPI_API_TOKEN', doc: 'PyPI help, API tokens (pypi- prefix, macaroon)', make: (f) => `pypi-AgEIcHlwaS5vcmc${s(f, B64URL, f.number.int({ min: 60, max: 160 }))}` },
  { id: 'huggingface', name: 'HF_TOKEN', doc: 'Hugging Face docs, User access tokens (hf_…)', make: (f) => `hf_${s(f, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 34)}` },
  { id: 'gitlab', name: 'GITLAB_TOKEN', doc: 'GitLab docs, Token prefixes (glpat-)', make: (f) => `glpat-${s(f, B64URL, 20)}` },
  { id: 'sendgrid', name: 'SENDGRID_API_KEY', doc: 'Twilio SendGrid docs, API keys (SG.<22>.<43>)', make: (f) => `SG.${s(f, B64URL, 22)}.${s(f, B64URL, 43)}` },
  { id: 'twilio-api-key', name: 'TWILIO_API_KEY', doc: 'Twilio docs, API keys (SK + 32 hex SID)', make: (f) => `SK${s(f, HEX, 32)}` },
  { id: 'digitalocean', name: 'DIGITALOCEAN_TOKEN', doc: 'DigitalOcean docs, personal access tokens (dop_v1_)', make: (f) => `dop_v1_${s(f, HEX, 64)}` },
  { id: 'shopify', name: 'SHOPIFY_ACCESS_TOKEN', doc: 'Shopify dev docs, access tokens (shpat_)', make: (f) => `shpat_${s(f, HEX, 32)}` },
  { id: 'mailchimp', name: 'MAILCHIMP_API_KEY', doc: 'Mailchimp Marketing API, Quick start (key-dc)', make: (f) => `${s(f, HEX, 32)}-us${f.number.int({ min: 1, max: 21 })}` },
  { id: 'azure-storage', name: 'AZURE_STORAGE_CONNECTION_STRING', doc: 'Azure Storage docs, Configure a connection string (AccountKey)', make: (f) => `DefaultEndpointsProtocol=https;AccountName=${f.string.alpha({ length: 10, casing: 'lower' })};AccountKey=${s(f, B64, 86)}==;EndpointSuffix=core.windows.net` },
  { id: 'azure-openai', name: 'AZURE_OPENAI_API_KEY', doc: 'Azure OpenAI docs, Quickstart (32 hex key)', make: (f) => s(f, HEX, 32) },
  { id: 'databricks', name: 'DATABRICKS_TOKEN', doc: 'Databricks docs, personal access tokens (dapi)', make: (f) => `dapi${s(f, HEX, 32)}` },
  { id: 'postman', name: 'POSTMAN_API_KEY', doc: 'Postman docs, Postman API keys (PMAK-)', make: (f) => `PMAK-${s(f, HEX, 24)}-${s(f, HEX, 34)}` },
  { id: 'telegram', name: 'TELEGRAM_BOT_TOKEN', doc: 'Telegram Bot API docs, Authorizing your bot', make: (f) => `${f.number.int({ min: 100000000, max: 9999999999 })}:AA${s(f, B64URL, 33)}` },
  { id: 'discord-bot', name: 'DISCORD_TOKEN', doc: 'Discord developer docs, Reference: Authentication (bot token)', make: (f) => `${Buffer.from(String(f.number.int({ min: 1e17, max: 9e17 }))).toString('base64').replace(/=+$/, '')}.${s(f, B64URL, 6)}.${s(f, B64URL, 38)}` },
  { id: 'groq', name: 'GROQ_API_KEY', doc: 'GroqCloud docs, API keys (gsk_)', make: (f) => `gsk_${s(f, ALNUM, 52)}` },
  { id: 'xai', name: 'XAI_API_KEY', doc: 'xAI docs, API keys (xai-)', make: (f) => `xai-${s(f, ALNUM, 80)}` },
  { id: 'openrouter', name: 'OPENROUTER_API_KEY', doc: 'OpenRouter docs, Authentication (sk-or-v1-)', make: (f) => `sk-or-v1-${s(f, HEX, 64)}` },
  { id: 'deepseek', name: 'DEEPSEEK_API_KEY', doc: 'DeepSeek API docs, first API call (sk- + 32 hex)', make: (f) => `sk-${s(f, HEX, 32)}` },
  { id: 'linear', name: 'LINEAR_API_KEY', doc: 'Linear developer docs, personal API keys (lin_api_)', make: (f) => `lin_api_${s(f, ALNUM, 40)}` },
  { id: 'notion', name: 'NOTION_TOKEN', doc: 'Notion developers, Authorization (ntn_ internal integration tokens)', make: (f) => `ntn_${s(f, ALNUM, 46)}` },
  { id: 'docker-hub', name: 'DOCKERHUB_TOKEN', doc: 'Docker docs, personal access tokens (dckr_pat_)', make: (f) => `dckr_pat_${s(f, B64URL, 27)}` },
  { id: 'terraform-cloud', name: 'TFE_TOKEN', doc: 'HashiCorp docs, API tokens (<id>.atlasv1.<secret>)', make: (f) => `${s(f, ALNUM, 14)}.atlasv1.${s(f, ALNUM, 67)}` },
  { id: 'new-relic', name: 'NEW_RELIC_API_KEY', doc: 'New Relic docs, API keys (NRAK-)', make: (f) => `NRAK-${s(f, UPPER_NUM, 27)}` },
  { id: 'grafana', name: 'GRAFANA_TOKEN', doc: 'Grafana docs, service account tokens (glsa_)', make: (f) => `glsa_${s(f, ALNUM, 32)}_${s(f, HEX, 8)}` },
  { id: 'langsmith', name: 'LANGSMITH_API_KEY', doc: 'LangSmith docs, API keys (lsv2_pt_)', make: (f) => `lsv2_pt_${s(f, HEX, 32)}_${s(f, HEX, 10)}` },
  { id: 'airtable', name: 'AIRTABLE_TOKEN', doc: 'Airtable docs, personal access tokens (pat<14>.<64 hex>)', make: (f) => `pat${s(f, ALNUM, 14)}.${s(f, HEX, 64)}` },
  { id: 'supabase', name: 'SUPABASE_ACCESS_TOKEN', doc: 'Supabase docs, access tokens (sbp_)', make: (f) => `sbp_${s(f, HEX, 40)}` },
  { id: 'age', name: 'SOPS_AGE_KEY', doc: 'age specification (AGE-SECRET-KEY-1, Bech32)', make: (f) => `AGE-SECRET-KEY-1${s(f, 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58)}` },
  { id: 'mistral', name: 'MISTRAL_API_KEY', doc: 'Mistral AI docs, quickstart (32 alphanumerics)', make: (f) => s(f, ALNUM, 32) },
  { id: 'cloudflare', name: 'CLOUDFLARE_API_TOKEN', doc: 'Cloudflare docs, Create API token (40 characters)', make: (f) => s(f, B64URL, 40) },
  { id: 'datadog', name: 'DD_API_KEY', doc: 'Datadog docs, API and application keys (32 hex)', make: (f) => s(f, HEX, 32) },
];

/** Generic secrets: only the name they are assigned to says what they are. */
export const GENERIC_SECRETS: SecretFormat[] = [
  { id: 'django-secret-key', name: 'SECRET_KEY', doc: 'Django docs, settings SECRET_KEY (50 random characters)', make: (f) => s(f, 'abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)', 50) },
  { id: 'jwt-secret', name: 'JWT_SECRET', doc: 'RFC 7518 3.2 (HMAC key, at least 256 bits)', make: (f) => s(f, B64, 44) },
  { id: 'session-secret', name: 'SESSION_SECRET', doc: 'express-session docs, secret option', make: (f) => s(f, HEX, 64) },
  { id: 'client-secret', name: 'client_secret', doc: 'RFC 6749 2.3.1 (client password)', make: (f) => s(f, B64URL, f.number.int({ min: 24, max: 48 })) },
  { id: 'webhook-secret', name: 'WEBHOOK_SECRET', doc: 'GitHub Docs, Validating webhook deliveries', make: (f) => s(f, HEX, 40) },
  { id: 'encryption-key', name: 'ENCRYPTION_KEY', doc: 'Laravel docs, APP_KEY (base64:…)', make: (f) => `base64:${s(f, B64, 43)}=` },
  { id: 'auth-token', name: 'TWILIO_AUTH_TOKEN', doc: 'Twilio docs, Auth tokens (32 hex)', make: (f) => s(f, HEX, 32) },
  { id: 'api-secret', name: 'api_secret', doc: 'OAuth 1.0a consumer secret (RFC 5849)', make: (f) => s(f, ALNUM, 50) },
  { id: 'signing-key', name: 'SIGNING_KEY', doc: 'Mailgun docs, webhook signing key', make: (f) => s(f, HEX, 32) },
  { id: 'uuid-key', name: 'HEROKU_API_KEY', doc: 'Heroku Dev Center, API authorization (UUID-shaped key)', make: (f) => f.string.uuid() },
];

/** Passwords people write: random manager output, word+digits+symbol, passphrases. */
export function password(f: Faker): string {
  switch (f.number.int({ min: 0, max: 3 })) {
    case 0:
      return s(f, ALNUM + '!*+-_.~', f.number.int({ min: 10, max: 24 }));
    case 1:
      return `${f.word.noun({ length: { min: 4, max: 9 } }).replace(/^./, (c) => c.toUpperCase())}${f.number.int({ min: 1, max: 2025 })}${f.helpers.arrayElement(['!', '#', '$', '?', '*', ''])}`;
    case 2:
      return `${f.word.adjective({ length: { min: 3, max: 7 } })}-${f.word.noun({ length: { min: 3, max: 7 } })}-${f.word.verb({ length: { min: 3, max: 7 } })}-${f.number.int({ min: 1, max: 99 })}`;
    default:
      return s(f, ALNUM, f.number.int({ min: 8, max: 16 }));
  }
}

function b64url(value: string): string {
  return Buffer.from(value).toString('base64url');
}

/** A JWT with a random HMAC-sized or RSA-sized signature (RFC 7519 compact form). */
export function jwt(f: Faker): string {
  const alg = f.helpers.arrayElement(['HS256', 'RS256', 'ES256']);
  const header = b64url(JSON.stringify(f.datatype.boolean() ? { alg, typ: 'JWT' } : { typ: 'JWT', alg, kid: s(f, HEX, 16) }));
  const payload = b64url(
    JSON.stringify({
      sub: f.string.uuid(),
      name: f.person.fullName(),
      iat: f.number.int({ min: 1.6e9, max: 1.75e9 }),
      exp: f.number.int({ min: 1.75e9, max: 1.8e9 }),
    }),
  );
  const sig = s(f, B64URL, alg === 'HS256' ? 43 : alg === 'ES256' ? 86 : 342);
  return `${header}.${payload}.${sig}`;
}

/** A freshly generated private key in one of the PEM encodings node:crypto writes. */
export function privateKey(f: Faker): string {
  const which = f.number.int({ min: 0, max: 4 });
  if (which === 0) return generateKeyPairSync('rsa', { modulusLength: 1024, privateKeyEncoding: { type: 'pkcs1', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } }).privateKey.trim();
  if (which === 1) return generateKeyPairSync('rsa', { modulusLength: 1024, privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } }).privateKey.trim();
  if (which === 2) return generateKeyPairSync('ec', { namedCurve: 'P-256', privateKeyEncoding: { type: 'sec1', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } }).privateKey.trim();
  if (which === 3) return generateKeyPairSync('ed25519', { privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } }).privateKey.trim();
  return generateKeyPairSync('rsa', { modulusLength: 1024, privateKeyEncoding: { type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'x' }, publicKeyEncoding: { type: 'spki', format: 'pem' } }).privateKey.trim();
}
