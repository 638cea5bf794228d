// Round 12's API keys: values generated (seeded) in each provider's documented shape — prefix, length, alphabet —
// placed in the files and calls people paste (SDK constructors of several languages, .env, .npmrc, CI env, curl
// headers, Terraform providers) and in prose of several languages. No public source of this round held enough
// provider keys no earlier round had; the values are generated, the shapes follow the providers' documentation.
import type { Collector } from '../kit/collector';
import type { Random } from '../kit/random';
import { fill, pick } from '../kit/template';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';
const URLSAFE = `${ALNUM}-_`;
const WRITTEN = 'written for round 12';

/** Provider, env name, and a generator of its key shape. */
const SHAPES: [string, string, (r: Random) => string][] = [
  ['OpenAI', 'OPENAI_API_KEY', (r) => `sk-proj-${r.fromAlphabet(URLSAFE, 74)}T3BlbkFJ${r.fromAlphabet(URLSAFE, 74)}`],
  ['Anthropic', 'ANTHROPIC_API_KEY', (r) => `sk-ant-api03-${r.fromAlphabet(URLSAFE, 93)}AA`],
  ['GitHub', 'GH_TOKEN', (r) => `ghp_${r.fromAlphabet(ALNUM, 36)}`],
  ['GitHub fine-grained', 'GITHUB_TOKEN', (r) => `github_pat_11${r.fromAlphabet(ALNUM.slice(0, 26) + '0123456789', 20)}_${r.fromAlphabet(ALNUM, 59)}`],
  ['GitLab', 'GITLAB_TOKEN', (r) => `glpat-${r.fromAlphabet(URLSAFE, 20)}`],
  ['Slack', 'SLACK_BOT_TOKEN', (r) => `xoxb-${r.int(1e11, 9e11)}-${r.int(1e12, 9e12)}-${r.fromAlphabet(ALNUM, 24)}`],
  ['Stripe', 'STRIPE_SECRET_KEY', (r) => `sk_live_51${r.fromAlphabet(ALNUM, 97)}`],
  ['Stripe restricted', 'STRIPE_RESTRICTED_KEY', (r) => `rk_live_51${r.fromAlphabet(ALNUM, 97)}`],
  ['SendGrid', 'SENDGRID_API_KEY', (r) => `SG.${r.fromAlphabet(URLSAFE, 22)}.${r.fromAlphabet(URLSAFE, 43)}`],
  ['npm', 'NPM_TOKEN', (r) => `npm_${r.fromAlphabet(ALNUM, 36)}`],
  ['Hugging Face', 'HF_TOKEN', (r) => `hf_${r.fromAlphabet(ALNUM, 34)}`],
  ['Groq', 'GROQ_API_KEY', (r) => `gsk_${r.fromAlphabet(ALNUM, 52)}`],
  ['Replicate', 'REPLICATE_API_TOKEN', (r) => `r8_${r.fromAlphabet(ALNUM, 37)}`],
  ['Shopify', 'SHOPIFY_ACCESS_TOKEN', (r) => `shpat_${r.fromAlphabet(HEX, 32)}`],
  ['DigitalOcean', 'DIGITALOCEAN_TOKEN', (r) => `dop_v1_${r.fromAlphabet(HEX, 64)}`],
  ['Linear', 'LINEAR_API_KEY', (r) => `lin_api_${r.fromAlphabet(ALNUM, 40)}`],
  ['Figma', 'FIGMA_TOKEN', (r) => `figd_${r.fromAlphabet(URLSAFE, 40)}`],
  ['Postman', 'POSTMAN_API_KEY', (r) => `PMAK-${r.fromAlphabet(HEX, 24)}-${r.fromAlphabet(HEX, 34)}`],
  ['Google', 'GOOGLE_API_KEY', (r) => `AIza${r.fromAlphabet(URLSAFE, 35)}`],
  ['Telegram', 'TELEGRAM_BOT_TOKEN', (r) => `${r.int(1e9, 8e9)}:AA${r.fromAlphabet(URLSAFE, 33)}`],
  ['Databricks', 'DATABRICKS_TOKEN', (r) => `dapi${r.fromAlphabet(HEX, 32)}`],
  ['Grafana', 'GRAFANA_SA_TOKEN', (r) => `glsa_${r.fromAlphabet(ALNUM, 32)}_${r.fromAlphabet(HEX, 8)}`],
  ['Tailscale', 'TS_AUTHKEY', (r) => `tskey-auth-${r.fromAlphabet(ALNUM, 17)}-${r.fromAlphabet(ALNUM, 33)}`],
  ['New Relic', 'NEW_RELIC_API_KEY', (r) => `NRAK-${r.fromAlphabet('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 27)}`],
  ['Supabase', 'SUPABASE_ACCESS_TOKEN', (r) => `sbp_${r.fromAlphabet(HEX, 40)}`],
  ['Perplexity', 'PPLX_API_KEY', (r) => `pplx-${r.fromAlphabet(ALNUM, 48)}`],
  ['xAI', 'XAI_API_KEY', (r) => `xai-${r.fromAlphabet(ALNUM, 80)}`],
  ['OpenRouter', 'OPENROUTER_API_KEY', (r) => `sk-or-v1-${r.fromAlphabet(HEX, 64)}`],
  ['Pinecone', 'PINECONE_API_KEY', (r) => `pcsk_${r.fromAlphabet(ALNUM, 5)}_${r.fromAlphabet(ALNUM, 63)}`],
  ['LangSmith', 'LANGSMITH_API_KEY', (r) => `lsv2_pt_${r.fromAlphabet(HEX, 32)}_${r.fromAlphabet(HEX, 10)}`],
  ['Brevo', 'BREVO_API_KEY', (r) => `xkeysib-${r.fromAlphabet(HEX, 64)}-${r.fromAlphabet(ALNUM, 16)}`],
  ['Netlify', 'NETLIFY_AUTH_TOKEN', (r) => `nfp_${r.fromAlphabet(ALNUM, 36)}`],
  ['Mistral', 'MISTRAL_API_KEY', (r) => r.fromAlphabet(ALNUM, 32)],
  ['Cohere', 'CO_API_KEY', (r) => r.fromAlphabet(ALNUM, 40)],
  ['Algolia', 'ALGOLIA_ADMIN_KEY', (r) => r.fromAlphabet(HEX, 32)],
  ['Trello', 'TRELLO_TOKEN', (r) => `ATTA${r.fromAlphabet(HEX, 64)}${r.fromAlphabet('0123456789ABCDEF', 8)}`],
];

const FORMS = [
  '{env}={v}',
  'export {env}="{v}"',
  '    env:\n      {env}: {v}',
  'client = {ctor}(api_key="{v}")',
  'const client = new {ctor}({ apiKey: "{v}" });',
  'curl -s https://api.example.net/v1/me -H "Authorization: Bearer {v}"',
  'provider "{lower}" {\n  token = "{v}"\n}',
  '{provider} key → {v}',
  'Hier ist mein {provider}-Schlüssel: {v}',
  'Ключ {provider}: {v}',
  '我的 {provider} 密钥是 {v}，为什么一直 401？',
  '{provider} の API キー: {v}',
  'Chave da API do {provider}: {v}',
  '{provider} API anahtarım {v} ama çalışmıyor',
  '//registry.npmjs.org/:_authToken={v}',
  'docker run -e {env}={v} app:latest',
];

export function apiKeys(c: Collector, r: Random, count: number): void {
  for (let i = 0; i < count; i++) {
    const [provider, env, make] = pick(SHAPES, i);
    const v = make(r);
    // The .npmrc line only with npm's token, so no key sits in another provider's file.
    let form = pick(FORMS, i * 5 + Math.floor(i / SHAPES.length));
    if (form.startsWith('//registry') && provider !== 'npm') form = FORMS[0]!;
    const ctor = provider.split(' ')[0]!.replace(/[^A-Za-z]/g, '');
    const text = fill(form, { v, env, provider, ctor, lower: ctor.toLowerCase() });
    c.push('api_key:generated', text, [{ kind: 'api_key', value: v }], `generated (seeded) in ${provider}'s documented key shape; form ${WRITTEN}`);
  }
}
