// API keys with a distinctive provider prefix. The prefix makes these near-certain, so they outrank every other
// rule; the only negatives are documentation placeholders (`sk-...your-key...`, AWS's AKIAIOSFODNN7EXAMPLE).
// Lengths are a little looser than the providers' exact ones: a key missing a character (truncated, mistyped)
// still leaks, and formats drift over time.
import { characterClasses, looksLikePlaceholder } from '../checks';
import type { RedactionRule } from '../types';
import { regexRule } from './regex-rule';

interface ProviderKey {
  id: string;
  description: string;
  /** Body of the pattern, without boundaries. */
  body: string;
  /** Characters that must not touch the key on either side. */
  edge?: string;
  /** Ask for letters and digits in the key (for prefixes short enough to start ordinary words). */
  mixed?: boolean;
}

const TOKEN_EDGE = 'A-Za-z0-9_-';

const PROVIDER_KEYS: ProviderKey[] = [
  { id: 'anthropic-api-key', description: 'Anthropic sk-ant-…', body: 'sk-ant-[A-Za-z0-9_-]{20,300}' },
  {
    id: 'openai-api-key',
    description: 'OpenAI sk-…, sk-proj-…, sk-svcacct-…, sk-admin-…',
    body: 'sk-(?!ant-)(?:proj-|svcacct-|admin-|None-)?[A-Za-z0-9_-]{20,300}',
    mixed: true,
  },
  {
    id: 'aws-access-key-id',
    description: 'AWS access key id (AKIA…, ASIA…, and the other IAM unique-id prefixes)',
    body: '(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AIPA|ANPA|ANVA|AROA|APKA|A3T[A-Z0-9])[A-Z0-9]{16}',
    edge: 'A-Za-z0-9',
  },
  { id: 'github-token', description: 'GitHub ghp_/gho_/ghu_/ghs_/ghr_ tokens', body: 'gh[pousr]_[A-Za-z0-9]{30,255}' },
  { id: 'github-fine-grained-pat', description: 'GitHub github_pat_…', body: 'github_pat_[A-Za-z0-9_]{22,255}' },
  { id: 'gitlab-token', description: 'GitLab glpat-/glptt-/gldt-/glrt- tokens', body: 'gl(?:pat|ptt|dt|rt|cbt|oas)-[A-Za-z0-9_-]{20,64}' },
  { id: 'google-api-key', description: 'Google API key AIza…', body: 'AIza[0-9A-Za-z_-]{30,40}' },
  { id: 'google-oauth-secret', description: 'Google OAuth client secret GOCSPX-…', body: 'GOCSPX-[A-Za-z0-9_-]{28}' },
  { id: 'google-oauth-token', description: 'Google OAuth access token ya29.…', body: 'ya29\\.[0-9A-Za-z_-]{20,400}' },
  { id: 'slack-token', description: 'Slack xoxb-/xoxp-/xoxa-/xoxr-/xoxs-/xoxe- tokens', body: 'xox[bpaerse]-[0-9A-Za-z-]{10,250}' },
  {
    id: 'slack-webhook',
    description: 'Slack incoming webhook URL',
    body: 'https://hooks\\.slack\\.com/services/T[A-Z0-9]{6,12}/B[A-Z0-9]{6,12}/[A-Za-z0-9]{20,32}',
  },
  {
    id: 'discord-webhook',
    description: 'Discord webhook URL',
    body: 'https://(?:ptb\\.|canary\\.)?discord(?:app)?\\.com/api/webhooks/\\d{17,20}/[A-Za-z0-9_-]{60,68}',
  },
  { id: 'stripe-secret-key', description: 'Stripe sk_live_/rk_live_/sk_test_/rk_test_', body: '(?:sk|rk)_(?:live|test)_[0-9A-Za-z]{16,250}' },
  { id: 'stripe-publishable-live-key', description: 'Stripe pk_live_ (identifies the account)', body: 'pk_live_[0-9A-Za-z]{16,250}' },
  { id: 'stripe-webhook-secret', description: 'Stripe whsec_…', body: 'whsec_[A-Za-z0-9]{32,64}' },
  { id: 'npm-token', description: 'npm npm_…', body: 'npm_[A-Za-z0-9]{30,40}' },
  { id: 'pypi-token', description: 'PyPI upload token', body: 'pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,300}' },
  { id: 'huggingface-token', description: 'Hugging Face hf_…', body: 'hf_[A-Za-z0-9]{30,40}', mixed: true },
  { id: 'sendgrid-api-key', description: 'SendGrid SG.….…', body: 'SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}' },
  { id: 'digitalocean-token', description: 'DigitalOcean dop_v1_/doo_v1_/dor_v1_', body: 'do[por]_v1_[a-f0-9]{64}' },
  { id: 'shopify-token', description: 'Shopify shpat_/shpca_/shppa_/shpss_', body: 'shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}' },
  { id: 'groq-api-key', description: 'Groq gsk_…', body: 'gsk_[A-Za-z0-9]{40,64}' },
  { id: 'xai-api-key', description: 'xAI xai-…', body: 'xai-[A-Za-z0-9]{70,90}' },
  { id: 'perplexity-api-key', description: 'Perplexity pplx-…', body: 'pplx-[A-Za-z0-9]{40,56}' },
  { id: 'replicate-token', description: 'Replicate r8_…', body: 'r8_[A-Za-z0-9]{32,40}' },
  { id: 'linear-api-key', description: 'Linear lin_api_…', body: 'lin_api_[A-Za-z0-9]{32,48}' },
  { id: 'notion-token', description: 'Notion secret_…/ntn_…', body: '(?:secret|ntn)_[A-Za-z0-9]{43,46}', mixed: true },
  { id: 'square-token', description: 'Square sq0atp-/sq0csp-', body: 'sq0(?:atp|csp)-[0-9A-Za-z_-]{22,43}' },
  { id: 'twilio-api-key', description: 'Twilio API key SID SK + 32 hex', body: 'SK[0-9a-f]{32}', edge: 'A-Za-z0-9' },
  { id: 'databricks-token', description: 'Databricks dapi…', body: 'dapi[a-f0-9]{32}(?:-\\d)?' },
  { id: 'postman-api-key', description: 'Postman PMAK-…', body: 'PMAK-[a-f0-9]{24}-[a-f0-9]{34}' },
  { id: 'atlassian-api-token', description: 'Atlassian ATATT3…', body: 'ATATT3[A-Za-z0-9_=-]{100,300}' },
  { id: 'telegram-bot-token', description: 'Telegram bot token 123456789:AA…', body: '\\d{8,10}:AA[0-9A-Za-z_-]{33}', edge: 'A-Za-z0-9_:-' },
  { id: 'azure-storage-key', description: 'Azure storage AccountKey=…', body: '(?<=AccountKey=)[A-Za-z0-9+/]{86}==' },
];

export const providerKeyRules: RedactionRule[] = PROVIDER_KEYS.map(({ id, description, body, edge = TOKEN_EDGE, mixed }) =>
  regexRule({
    id,
    kind: 'api_key',
    level: 'secrets',
    priority: 90,
    description,
    pattern: new RegExp(`(?<![${edge}])${body}(?![${edge}])`, 'g'),
    accept: (value) => !looksLikePlaceholder(value) && (!mixed || characterClasses(value) >= 2 && /\d/.test(value)),
  }),
);
