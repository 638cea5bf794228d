// Round 17: provider key shapes neither our tables, secretlint's preset nor the TruffleHog-derived table held. Round 17
// wrote them from memory; round 18 checked each against a maintained source and corrected the entries to it (the
// source is named above each). Read by provider-keys.ts like its other tables; every body is bounded.
import type { ProviderKey } from './provider-key';

export const ROUND17_PROVIDER_KEYS: ProviderKey[] = [
  // Trello API tokens since 2023: `ATTA`, 64 lower-case hex and 8 upper-case hex (76 characters). No scanner ships
  // the shape (gitleaks `trello-access-token` and TruffleHog `trelloapikey` read a keyword and 32/64 characters);
  // the format is the one healthchecks/healthchecks#1094 (merged 2024-12) and nextcloud/deck#4520 / #4998 (2023)
  // changed their validation for. Round 17 allowed 64–72 hex; a token has 72.
  { id: 'trello-token', description: 'Trello API token ATTA + 72 hex', body: 'ATTA[A-Fa-f0-9]{72}', mixed: true },
  // Scrapfly API keys `scp-live-`/`scp-test-` + 32 of [a-z0-9] (trufflesecurity/trufflehog@11acae7
  // pkg/detectors/scrapfly/scrapfly.go; round 17 had hex only)
  { id: 'scrapfly-key', description: 'Scrapfly scp-live-/scp-test- + 32', body: 'scp-(?:live|test)-[a-z0-9]{32}', mixed: true },
  // Photoroom API keys `sk_pr_<name>_<40 hex>`, sandbox `sandbox_sk_pr_…` (trufflesecurity/trufflehog@426c5c4
  // pkg/detectors/photoroom/photoroom.go: a name of 1–64, hex of either case; round 17 had 1–32 and lower case). The
  // name is the one its owner gave the key (`default`, `mykey`), so only the hex is tested for a placeholder
  { id: 'photoroom-key', description: 'Photoroom sk_pr_<name>_ + 40 hex', body: '(?:sandbox_)?sk_pr_[A-Za-z0-9]{1,64}_[a-fA-F0-9]{40}', mixed: true, fixed: /^(?:sandbox_)?sk_pr_[A-Za-z0-9]{1,64}_/ },
  // 1Password service account tokens: `ops_eyJ` then 250+ base64 (gitleaks/gitleaks@02788fb
  // cmd/generate/config/rules/1password.go `1password-service-account-token`, as round 17 had it; bounded here).
  // Round 21: CredSweeper's `1Password Account Token` (Samsung/CredSweeper@1ed2ca5 credsweeper/rules/config.yaml)
  // reads the URL-safe alphabet, `ops_eyJ[0-9A-Za-z_-]{168,8000}`, as its own test sample is written: both alphabets,
  // from 168, up to 8000
  { id: 'onepassword-service-account-token', description: '1Password service account token ops_eyJ… (base64 or base64url)', body: 'ops_eyJ[A-Za-z0-9+/_-]{168,8000}={0,3}', encoded: true },
  // Deno Deploy personal `ddp_` and organisation `ddo_` tokens + 36 (google/osv-scalibr@67b5b6b
  // veles/secrets/denopat/detector.go; Doppler's Deno Deploy guide names the same two prefixes). Round 17's `ddw_`
  // is in no source and was dropped; gitleaks has no Deno rule.
  { id: 'deno-deploy-token', description: 'Deno Deploy ddp_/ddo_ + 36', body: 'dd[po]_[A-Za-z0-9]{36}', mixed: true },
];
