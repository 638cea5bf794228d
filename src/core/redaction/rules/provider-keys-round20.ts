// Round 20: provider key shapes read from gitleaks' maintained rules (gitleaks/gitleaks@b58d3f1,
// `cmd/generate/config/rules/*.go`, which generate `config/gitleaks.toml`), where our tables had no rule or a narrower
// one. Read by provider-keys.ts like its other tables; every body is bounded.
import type { ProviderKey } from './provider-key';

export const ROUND20_PROVIDER_KEYS: ProviderKey[] = [
  // `gitlab.go` `gitlab-rrt`: a runner registration token, `GR1348941` and 20 of [\w-] (GitLab's legacy runner
  // registration, still printed by older instances)
  { id: 'gitlab-runner-registration-token', description: 'GitLab runner registration token GR1348941 + 20', body: 'GR1348941[A-Za-z0-9_-]{20}', fixed: /^GR1348941/ },
  // `sendgrid.go` `sendgrid-api-token`: `SG.` and 66 of [a-z0-9=_\-.] case-insensitively — so dashes and dots may
  // stand anywhere; secretlint's rule and `sendgrid-key-loose` ask for parts of 22 and 43. Scanner test vectors
  // (leaktk/patterns) write parts of other lengths (`SG.<28>.<32>` with dashes), so the two dotted parts are read
  // from 16 to 50 each as well as the 66 gitleaks reads
  { id: 'sendgrid-key-gitleaks', description: 'SendGrid SG. + 66 of [A-Za-z0-9=_.-] (gitleaks), or two dotted parts of 16–50 with dashes', body: 'SG\\.(?:[A-Za-z0-9=_.-]{66}|[A-Za-z0-9_-]{16,50}\\.[A-Za-z0-9_-]{16,50})', mixed: true, fixed: /^SG\./ },
  // `sourcegraph.go` `sourcegraph-access-token`: `sgp_` and 40 hex without the instance part (the old token format;
  // provider-keys.ts reads `sgp_<16 hex or local>_<40 hex>`). The rule's third form, 40 hex alone, is any SHA-1.
  { id: 'sourcegraph-token-legacy', description: 'Sourcegraph sgp_ + 40 hex (tokens without the instance id)', body: 'sgp_[a-fA-F0-9]{40}' },
  // `authress.go` `authress-service-client-access-key`: `sc_`/`ext_`/`scauth_`/`authress_`, an account, a region,
  // `acc_` or `acc-`, a key id and the secret, dotted
  { id: 'authress-access-key', description: 'Authress service client access key sc_/ext_/scauth_/authress_ <account>.<region>.acc_<id>.<secret>', body: '(?:sc|ext|scauth|authress)_[A-Za-z0-9]{5,30}\\.[A-Za-z0-9]{4,6}\\.acc[_-][A-Za-z0-9-]{10,32}\\.[A-Za-z0-9+/_=-]{30,120}', edge: 'A-Za-z0-9+/_=-', mixed: true },
  // `facebook.go` `facebook-access-token`: an app access token, the app id (15–16 digits), `|` (or `%7C` in a URL)
  // and the app secret or token
  { id: 'facebook-app-token', description: 'Facebook app access token <15–16 digit app id>|<27–40>', body: '\\d{15,16}(?:\\||%7[Cc])[0-9A-Za-z_-]{27,40}', edge: 'A-Za-z0-9_|-', mixed: true, fixed: /^\d{15,16}(?:\||%7[Cc])/ },
];
