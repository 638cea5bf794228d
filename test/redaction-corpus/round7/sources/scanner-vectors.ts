// Secret-scanner test inputs no earlier round read, typed here from the search tool's read_file with the repository,
// path and commit of each file: Trivy's secret-scanner test data (`aquasecurity/trivy`
// `pkg/fanal/secret/testdata/*.txt`, Apache-2.0). Earlier rounds read gitleaks, detect-secrets, Nosey Parker,
// Kingfisher, secretlint and scrubadub; Trivy's built-in rules derive partly from gitleaks' but these test files are
// Trivy's own. build.ts drops any value an earlier round's files already hold.
//
// Labels follow docs/redaction.md and round 6's README, not the scanner's verdict: the alphabet runs Trivy uses for
// several Azure formats (`ABCDEFGHIJ…abcdefghij…`, `abcdefghijklmnopqrstuvwxyz234567…`, `A1bC2dE3fH4i…`), Symfony's
// shipped default `ThisTokenIsNotSoSecretChangeIt` and the `eyE1x2a3MpLe` stand-ins are placeholders, so those lines
// are negatives. `plainSecret`/`gpgPassphrase` in Maven's settings.xml test are code-shaped words: left out as arguable.

export type Kind = 'api_key' | 'jwt' | 'password' | 'secret';
export interface Vector {
  text: string;
  expected: { kind: Kind; value: string }[];
  from: string;
}

const TRIVY = (file: string, commit: string) => `aquasecurity/trivy pkg/fanal/secret/testdata/${file} @ ${commit} (Apache-2.0)`;
const AZ = TRIVY('azure-secrets.txt', '5ccc40454ed56db9058dc29bb4574a2e5a6e57fc');
const ADF = TRIVY('azure-data-factory-registration-key.txt', '317abc00c6add105dc100d104e5bbfd459a38a61');
const PACKAGIST = TRIVY('private-packagist.txt', '9cea8e14a81ac1bd00654506c57ac6343718f15d');
const GRAFANA = TRIVY('grafana-env.txt', '1f2798dd2b27a3224805631863920f7e4a2fb9fc');

const key = (value: string) => ({ kind: 'api_key' as const, value });
const v = (text: string, expected: Vector['expected'], from: string): Vector => ({ text, expected, from });

const GRAFANA_KEY = 'eyJrIjoiT0tTcG1pUlY2RnVKZTFVaDFsNFZXdE9ZWmNrMkZYbkT0tTcG1pUlY2RnVKZTFVaDFsNFZXdE9ZWmNrMkZYbk';
const ADF_KEY = 'IR@40040abc-b2f2-8tyg-ab39-90a490zzzaae@adf-myapp-001@we@uUY/w9WdKTdAWWPDMrEEWdAEZIgeXlrO51GtVUR1/BE=';

/** Microsoft identity platform client secrets (`xxx8Q~…`), a Data Factory key, Private Packagist and Grafana tokens. */
export const TRIVY_VECTORS: Vector[] = [
  v('"value": "JpN8Q~Q~qX_ENrlfqR.7_2-OqNVKdRG71Vbupaf~"', [key('JpN8Q~Q~qX_ENrlfqR.7_2-OqNVKdRG71Vbupaf~')], AZ),
  v('client_secret = "DAk8Q~lxWSDI9-c2HN0RntRvPuNDTFqyy1c4DcHj"', [key('DAk8Q~lxWSDI9-c2HN0RntRvPuNDTFqyy1c4DcHj')], AZ),
  v('5fn8Q~LkUMySDmj6bst8fmW0L.JXvPYzihjefc_p', [key('5fn8Q~LkUMySDmj6bst8fmW0L.JXvPYzihjefc_p')], AZ),
  v('$env:ARM_CLIENT_SECRET="Nf-8Q~NH3ZDPWWwSSINInARCfCT4EaLpAk22Jc~8"', [key('Nf-8Q~NH3ZDPWWwSSINInARCfCT4EaLpAk22Jc~8')], AZ),
  v('$secret = "dKP8Q~LR6EL2-zDS784djhl1RQn0LMulFf-VpbMv"', [key('dKP8Q~LR6EL2-zDS784djhl1RQn0LMulFf-VpbMv')], AZ),
  v('"password": "M7t8Q~sf.CI-q.taOEFUEZS3G2IhWX3rvqgz_cyF"', [key('M7t8Q~sf.CI-q.taOEFUEZS3G2IhWX3rvqgz_cyF')], AZ),
  v(
    'az acr import \\\n  --name myregistry \\\n  --source sourceregistry.azurecr.io/sourcerrepo:tag \\\n  --image targetimage:tag \\\n  --username c23785b0-d426-4b93-b63f-6aa58eb27610 \\\n  --password WTf8Q~wgIeaP~LbkKH7edueENq2fmXxrCpBV8bMA',
    [key('WTf8Q~wgIeaP~LbkKH7edueENq2fmXxrCpBV8bMA')],
    AZ,
  ),
  v(`${ADF_KEY} and other stuff`, [key(ADF_KEY)], ADF),
  v('ORG_READ_TOKEN=packagist_ort_6675e11a686c692f3f2e3b6ce528c3d122d22d912ea69a20713cdf51714ba710ad74', [key('packagist_ort_6675e11a686c692f3f2e3b6ce528c3d122d22d912ea69a20713cdf51714ba710ad74')], PACKAGIST),
  v('ORG_WRITE_TOKEN=packagist_out_d63BD7be741c67ca810f924225b525fa5d20e6e1b316c8bfc0a1b33c68e4861bd5a4', [key('packagist_out_d63BD7be741c67ca810f924225b525fa5d20e6e1b316c8bfc0a1b33c68e4861bd5a4')], PACKAGIST),
  v('USER_TOKEN=packagist_uut_02f17e5917451dcdcc2995157e08cac2976a0373097b95d7021ba7a6844437973421', [key('packagist_uut_02f17e5917451dcdcc2995157e08cac2976a0373097b95d7021ba7a6844437973421')], PACKAGIST),
  v(`GRAFANA_TOKEN="${GRAFANA_KEY}"`, [key(GRAFANA_KEY)], GRAFANA),
];

/** Trivy's placeholder-shaped test values: negatives. */
export const TRIVY_NEGATIVES: Vector[] = [
  v('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzJQQJ99CEACYeBjFXJ3w3AAABACOGabcd', [], TRIVY('azure-ai-services-key.txt', '3dd8127328ce119164a07b40225fea1ec1d4e16a')),
  v('AZURE_DEVOPS_TOKEN=abcdefghijklmnopqrstuvwxyz234567abcdefghijklmnopqrst', [], TRIVY('azure-devops-pat.txt', '1a285f5c7409bc1fd38e0736b7c4dd8a06089e66')),
  v('myregistry.azurecr.io password: A1bC2dE3fH4iJ5kL6mN7oP8qR9sT0u/+', [], TRIVY('azure-container-registry-password.txt', '69dcd18eff5c810948738644d9a2df79a470f0e0')),
  v('AccountKey=ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/ABCDEFGHIJKLMNOPQRSTUV==', [], TRIVY('azure-storage-account-key.txt', '9cea8e14a81ac1bd00654506c57ac6343718f15d')),
  v('sv=2023-11-03&sr=b&sp=r&se=2024-01-01T00%3A00%3A00Z&spr=https&sig=ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopQ=', [], TRIVY('azure-sas-token.txt', '9cea8e14a81ac1bd00654506c57ac6343718f15d')),
  v('APP_SECRET=ThisTokenIsNotSoSecretChangeIt', [], TRIVY('symfony-secret.txt', 'd5ed79c4470ea743a64c38e378327a2367fbd58c')),
  v('data1:\n  .dockerconfigjson: eyE1x2a3MpLe\ndata2:\n  .dockercfg: ewE1x2a3MpLe', [], TRIVY('docker-secrets.txt', '9cea8e14a81ac1bd00654506c57ac6343718f15d')),
  v('secret="othervalue"\ncredentials: { user: "username" password: "123456789" }', [], TRIVY('secret.txt', 'b1fcc65fe6ce852c7f778f1eadd268d7c0a64f77')),
];
