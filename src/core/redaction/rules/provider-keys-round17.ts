// Round 17: provider key shapes neither our tables, secretlint's preset nor the TruffleHog-derived table held, written
// from memory of the providers' documented key formats (a prefix, an alphabet, a length) and of gitleaks' public rule
// list (`config/gitleaks.toml`, MIT); not looked up when written, so each is still to be checked against its source.
// Read by provider-keys.ts like its other tables; every body is bounded.
import type { ProviderKey } from './provider-key';

export const ROUND17_PROVIDER_KEYS: ProviderKey[] = [
  // Trello's API tokens since 2023 open with `ATTA` and run to 64 hex digits and an 8-digit check (Atlassian docs)
  { id: 'trello-token', description: 'Trello API token ATTA + 64–72 hex', body: 'ATTA[A-Fa-f0-9]{64,72}', mixed: true },
  // Scrapfly API keys (`scp-live-…`, `scp-test-…`, scrapfly.io docs "Authentication")
  { id: 'scrapfly-key', description: 'Scrapfly scp-live-/scp-test- + 32 hex', body: 'scp-(?:live|test)-[a-f0-9]{32}', mixed: true },
  // Photoroom API keys (`sk_pr_<key name>_<40 hex>`, and sandbox `sandbox_sk_pr_…`, Photoroom API docs)
  { id: 'photoroom-key', description: 'Photoroom sk_pr_<name>_ + 40 hex', body: '(?:sandbox_)?sk_pr_[A-Za-z0-9]{1,32}_[a-f0-9]{40}', mixed: true },
  // 1Password service account tokens: `ops_` then base64 JSON (1Password developer docs; gitleaks
  // `1password-service-account-token`)
  { id: 'onepassword-service-account-token', description: '1Password service account token ops_eyJ…', body: 'ops_eyJ[A-Za-z0-9+/]{250,2000}={0,3}', encoded: true },
  // Deno Deploy personal and organisation tokens (`ddp_`, `ddw_` + 36, gitleaks `deno-deploy-token`)
  { id: 'deno-deploy-token', description: 'Deno Deploy ddp_/ddw_ + 36', body: 'dd[pw]_[A-Za-z0-9]{36}', mixed: true },
];
