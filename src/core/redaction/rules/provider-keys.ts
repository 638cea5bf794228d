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
  { id: 'square-token', description: 'Square sq0atp-/sq0csp-', body: 'sq0(?:atp|csp)-[0-9A-Za-z_-]{22,43}' },
  { id: 'twilio-api-key', description: 'Twilio API key SID SK + 32 hex', body: 'SK[0-9a-f]{32}', edge: 'A-Za-z0-9' },
  { id: 'postman-api-key', description: 'Postman PMAK-…', body: 'PMAK-[a-f0-9]{24}-[a-f0-9]{34}' },
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
  {
    id: 'azure-storage-connection-string',
    description: 'Azure Storage connection string holding an AccountKey (account name and key are one credential)',
    body: '(?:DefaultEndpointsProtocol=https?;)?AccountName=[A-Za-z0-9]{3,24};AccountKey=[A-Za-z0-9+/]{86}==(?:;EndpointSuffix=[A-Za-z0-9.]{1,64})?',
    edge: 'A-Za-z0-9_;=-',
  },
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
