// Round 22: provider key shapes read from praetorian-inc/titus's rules (praetorian-inc/titus@369d8dc,
// `pkg/rule/rules/*.yml`; titus carries NoseyParker's `np.*` and Kingfisher's `kingfisher.*` rules), each checked against a
// second catalogue where one has the provider (gitleaks/gitleaks@b58d3f1 `config/gitleaks.toml`,
// trufflesecurity/trufflehog@3ab759f `pkg/detectors/`, Samsung/CredSweeper@1ed2ca5 `credsweeper/rules/config.yaml`).
// These are context-free shapes: they hold wherever the key is pasted, with or without a name beside it. Read by
// provider-keys.ts like its other tables; every body is bounded.
import type { ProviderKey } from './provider-key';

export const ROUND22_PROVIDER_KEYS: ProviderKey[] = [
  // titus `kingfisher.riot.2` (`RGAPI-[a-z0-9_-]{36}`, case-insensitive): Riot Games' development and production keys,
  // `RGAPI-` and a UUID-like body (developer.riotgames.com); gitleaks, TruffleHog and CredSweeper have no Riot rule
  { id: 'riot-games-key', description: 'Riot Games API key RGAPI-<36>', body: 'RGAPI-[A-Za-z0-9_-]{36}', fixed: /^RGAPI-/ },
  // titus `kingfisher.zhipu.1`: Zhipu (BigModel / GLM) keys, 32 hex, a dot, 16 of [A-Za-z0-9] (case-insensitive there);
  // the same `<id>.<secret>` layout as Kubernetes' tokens below but with a 32-hex id; gitleaks, TruffleHog and
  // CredSweeper have no Zhipu rule
  { id: 'zhipu-api-key', description: 'Zhipu (BigModel) API key <32 hex>.<16>', body: '[0-9a-fA-F]{32}\\.[A-Za-z0-9]{16}', edge: 'A-Za-z0-9_.-', mixed: true },
  // titus `np.kubernetes.1` and `np.kubernetes.2`, as Kubernetes defines them (k8s.io/cluster-bootstrap
  // `token/api` `BootstrapTokenPattern` `^([a-z0-9]{6})\.([a-z0-9]{16})$`): a bootstrap token is a token id and a token
  // secret joined by a dot (`kubeadm join --token …`, `BOOTSTRAP_TOKEN=`, `bootstrap-token-<id>` secrets). titus asks for a
  // `token`/`bootstrap` word just before; here the shape stands alone but both parts must mix letters and digits
  // (host names, `file.name` pairs and member paths do not), and a dot on either side (a longer dotted name) turns it away
  { id: 'kubernetes-bootstrap-token', description: 'Kubernetes bootstrap token <6>.<16> of [a-z0-9]', body: '(?<!\\.)(?=[a-z]{0,5}\\d)(?=\\d{0,5}[a-z])[a-z0-9]{6}\\.(?=[a-z]{0,15}\\d)(?=\\d{0,15}[a-z])[a-z0-9]{16}(?!\\.[A-Za-z0-9])', mixed: true },
  // titus `np.wakatime.2` (`waka_[a-z0-9]{36,}`, case-insensitive); WakaTime's own keys are `waka_` and a UUID, dashes
  // kept, which is taken too; gitleaks, TruffleHog and CredSweeper have no WakaTime rule
  { id: 'wakatime-key', description: 'WakaTime API key waka_<uuid> or waka_<36+ of [a-z0-9]>', body: 'waka_(?:[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}|[A-Za-z0-9]{36,64})', fixed: /^waka_/ },
];
