// Round 21: provider key shapes read from CredSweeper's maintained rules (Samsung/CredSweeper@1ed2ca5,
// `credsweeper/rules/config.yaml`), each checked against a second catalogue where one has the provider (gitleaks/gitleaks@
// b58d3f1 `config/gitleaks.toml`, trufflesecurity/trufflehog@3ab759f `pkg/detectors/`); the source is named above
// each entry. Read by provider-keys.ts like its other tables; every body is bounded.
import type { ProviderKey } from './provider-key';

export const ROUND21_PROVIDER_KEYS: ProviderKey[] = [
  // CredSweeper `Akamai Credentials`: `akab-` and two parts of 16 of [0-9a-z] (EdgeGrid client tokens and secrets;
  // gitleaks and TruffleHog have no Akamai rule)
  { id: 'akamai-edgegrid-token', description: 'Akamai EdgeGrid credential akab-<16>-<16>', body: 'akab-[0-9a-z]{16}-[0-9a-z]{16}', mixed: true },
  // CredSweeper `Azure Storage Account Key`: Microsoft's identifiable keys, 52 drawn characters, the `JQQJ9` signature
  // and a version letter (9, D or H), 26 more (a run of `A`s among them is the format's) and 4 of padding; only the
  // drawn part is measured
  { id: 'azure-identifiable-key', description: 'Azure identifiable key: 52 + JQQJ9[9DH] + 26 (+4)', body: '[0-9A-Za-z]{52}JQQJ9[9DH][0-9A-Za-z]{26}(?:[0-9A-Za-z=]{4})?', edge: 'A-Za-z0-9_+/=-', fixed: /JQQJ9[9DH].*$/ },
  // CredSweeper `Bitbucket Repository Access Token` (`ATCTT3xFfGN0…` then `=` or `%3D` and an 8-hex check) and
  // TruffleHog's atlassian v2 detector (`ATCTT3xFfG[A-Za-z0-9+/=_-]+=[A-Za-z0-9]{8}`): Atlassian's access tokens
  { id: 'atlassian-access-token', description: 'Atlassian/Bitbucket access token ATCTT3xFfG… =<8 hex>', body: 'ATCTT3xFfG[A-Za-z0-9_+/=-]{80,800}(?:=|%3[dD])[A-Fa-f0-9]{8}', edge: 'A-Za-z0-9_+/=-', fixed: /^ATCTT3xFfG/ },
  // CredSweeper `Docker Swarm Token` and `Docker Swarm Key`: the join token and the unlock key `docker swarm` prints
  { id: 'docker-swarm-token', description: 'Docker Swarm join token SWMTKN-1-<50>-<25> and unlock key SWMKEY-1-<43>', body: 'SWMTKN-1-[0-9a-z]{50}-[0-9a-z]{25}|SWMKEY-1-[0-9A-Za-z+/]{43}', fixed: /^SWM(?:TKN|KEY)-1-/ },
  // CredSweeper `Heroku Credentials`: `HRKU-` and a UUID (the other form, 60 of [\w-], is provider-keys.ts' heroku-token;
  // gitleaks' `heroku-api-key-v2` reads `HRKU-AA` + 58)
  { id: 'heroku-uuid-token', description: 'Heroku HRKU- + UUID', body: 'HRKU-[0-9A-Fa-f]{8}(?:-[0-9A-Fa-f]{4}){3}-[0-9A-Fa-f]{12}', fixed: /^HRKU-/ },
  // CredSweeper `MailGun API Key` and TruffleHog's mailgun detector (`Hex MailGun Token`): 32 hex, 8 hex, 8 hex
  // (gitleaks' `mailgun-signing-key` reads it after the word `mailgun` only)
  { id: 'mailgun-hex-key', description: 'Mailgun key <32 hex>-<8 hex>-<8 hex>', body: '[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}', edge: 'A-Za-z0-9_-', mixed: true },
];
