// Secret-scanner test inputs no earlier round read, typed here from the search tool's read_file with the repository,
// path and commit of each file: ripsecrets' test files (`sirwart/ripsecrets` `test/…`, MIT) and Talisman's file-content
// detector tests (`thoughtworks/talisman` `detector/filecontent/filecontent_detector_test.go`, MIT). Earlier rounds
// read gitleaks, detect-secrets, Nosey Parker, Kingfisher, secretlint, scrubadub and Trivy. build.ts drops any value an
// earlier round's files already hold.
//
// Labels follow docs/redaction.md and round 7's README, not the scanner's verdict: ripsecrets' `test/none` lines are
// its negatives, and so are the `xxxx…` stand-ins (Twilio, npm), the alphabet run of its Square line and the
// `USERNAME:PASSWORD` URL; the AWS documentation key `…EXAMPLEKEY` and Talisman's low-entropy base64 are negatives.

export type Kind = 'api_key' | 'jwt' | 'password' | 'secret' | 'private_key';
export interface Vector {
  text: string;
  expected: { kind: Kind; value: string }[];
  from: string;
}

const RIP = (file: string, commit: string) => `sirwart/ripsecrets test/${file} @ ${commit} (MIT)`;
const RANDOM = RIP('one_per_line/random', '26409a2384c0b4d171f7165f0354872a1826ea2e');
const AZURE = RIP('one_per_line/azure', '638ceab0ade0b687ba9e8d46172a1cf57b4aae27');
const AGE = RIP('one_per_line/age', '4cc18ed9cbfdd89dedad0bf88da62a524284507e');
const INTRA = RIP('one_per_line/intra42', '967a71b23596102c0589bbedb97c82123e9dc826');
const MAVEN = RIP('one_per_line/maven', '92417dd115db267fd4962af9e25fa6650506c6fb');
const GCP = RIP('one_per_line/gcp', '638ceab0ade0b687ba9e8d46172a1cf57b4aae27');
const NPM = RIP('one_per_line/npm', '623d42e8ba5a6ca6409e0fe929b4cf57d83dc23b');
const MAILCHIMP = RIP('one_per_line/mailchimp', '638ceab0ade0b687ba9e8d46172a1cf57b4aae27');
const AWS_JSON = RIP('one_per_file/aws_json', '552bd04b501cbf1465fc5647a0f720744e385780');
const NONE = RIP('none', '1c4d191969e02b419b4d47bf10d1b37dbb65cb63');
const TWILIO = RIP('one_per_line/twilio', '638ceab0ade0b687ba9e8d46172a1cf57b4aae27');
const SQUARE = RIP('one_per_line/square', '638ceab0ade0b687ba9e8d46172a1cf57b4aae27');
const URL_FILE = RIP('one_per_line/url', 'ac2aeb05a067877c675191b6c3760e8b0df783de');
const TALISMAN = 'thoughtworks/talisman detector/filecontent/filecontent_detector_test.go @ 00c2f26feaefc1e69c71072c71276db5af34d876 (MIT)';

const api = (value: string) => ({ kind: 'api_key' as const, value });
const secret = (value: string) => ({ kind: 'secret' as const, value });
const password = (value: string) => ({ kind: 'password' as const, value });
const v = (text: string, expected: Vector['expected'], from: string): Vector => ({ text, expected, from });

const RANDOM_KEY = '2Tm6cdsRVBTL9hRCmR6MRDTpMLFS4I';

/** Keys with and without a vendor prefix, as the tests write them (the assignment forms of `random` included). */
export const SCANNER_VECTORS: Vector[] = [
  v('APP_KEY = "iftkeq2y4qj0nbt"', [secret('iftkeq2y4qj0nbt')], RANDOM),
  v(`clientSecretKey := "${RANDOM_KEY}"`, [secret(RANDOM_KEY)], RANDOM),
  v(`"key": "${RANDOM_KEY}"`, [secret(RANDOM_KEY)], RANDOM),
  v(`['dict_key'] = "${RANDOM_KEY}"`, [secret(RANDOM_KEY)], RANDOM),
  v('AccountKey=lJzRc1YdHaAA2KCNJJ1tkYwF/+mKK6Ygw0NGe170Xu592euJv2wYUtBlV8z+qnlcNQSnIYVTkLWntUO1F8j8rQ==', [api('lJzRc1YdHaAA2KCNJJ1tkYwF/+mKK6Ygw0NGe170Xu592euJv2wYUtBlV8z+qnlcNQSnIYVTkLWntUO1F8j8rQ==')], AZURE),
  v('client_secret = GN.7Q~4AkLZBNEbz4Jxlm~O5G6SsyFxYg6zNR', [api('GN.7Q~4AkLZBNEbz4Jxlm~O5G6SsyFxYg6zNR')], AZURE),
  v('api_key = 2N87Q~4m2Bkq.tjC7pDkGksXPutGkChIGNqYc', [api('2N87Q~4m2Bkq.tjC7pDkGksXPutGkChIGNqYc')], AZURE),
  v('AGE-SECRET-KEY-1Y5JDPF0K03KJV5ZPVMGESWF8JQZR8AU7ZWPMRQMM2D9Y8G0QRNZSZVU0ZN', [secret('AGE-SECRET-KEY-1Y5JDPF0K03KJV5ZPVMGESWF8JQZR8AU7ZWPMRQMM2D9Y8G0QRNZSZVU0ZN')], AGE),
  v('AGE-SECRET-KEY-13JCDF682MCF4V7LPYVCE85VTSNC60TPX5ZYSSNK599PGTFX9L3TQVW5JTH', [secret('AGE-SECRET-KEY-13JCDF682MCF4V7LPYVCE85VTSNC60TPX5ZYSSNK599PGTFX9L3TQVW5JTH')], AGE),
  v('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', [api('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')], INTRA),
  v('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', [api('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')], INTRA),
  v('<password>jjGY0Zn8kPrX2aP3PmHpcqKtJBNT4N0Ta1AOUQcxSKkzgwAL9D6zJRqx9bUCcJCH</password>', [password('jjGY0Zn8kPrX2aP3PmHpcqKtJBNT4N0Ta1AOUQcxSKkzgwAL9D6zJRqx9bUCcJCH')], MAVEN),
  v('<master>{vki9JTFmEYlTlCZixjz0jr5QxEXlZfWga65QZhsA9yV0uRfo2iNyfgZDnWpuYqNi\\}</master>', [password('{vki9JTFmEYlTlCZixjz0jr5QxEXlZfWga65QZhsA9yV0uRfo2iNyfgZDnWpuYqNi\\}')], MAVEN),
  v('key=AIzaSyCw8XmxlGXVRySZxKiuZhFCALuXbLqqHBI', [api('AIzaSyCw8XmxlGXVRySZxKiuZhFCALuXbLqqHBI')], GCP),
  v('AIzaSyBYvIR5fRdK_ZUw4baMjUanLRTA7iopW-I', [api('AIzaSyBYvIR5fRdK_ZUw4baMjUanLRTA7iopW-I')], GCP),
  v('AIzaSyBsk5f14YtkTQr-hIbMjMOMSXIV2KdZlrU', [api('AIzaSyBsk5f14YtkTQr-hIbMjMOMSXIV2KdZlrU')], GCP),
  v('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', [api('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')], NPM),
  v('343ea45721923ed956e2b38c31db76aa-us30', [api('343ea45721923ed956e2b38c31db76aa-us30')], MAILCHIMP),
  v('HTTP/1.1 200 OK\nServer: Werkzeug/3.1.3 Python/3.11.9\nContent-Type: application/json\n\n{\n  "data": {\n    "aws_access_key": "AKIAN95B87AWHT6U0699",\n    "region": "us-west-2",\n    "user": "testuser"\n  },\n  "status": "success"\n}', [api('AKIAN95B87AWHT6U0699')], AWS_JSON),
];

/** The scanners' own negatives and stand-ins. */
export const SCANNER_NEGATIVES: Vector[] = [
  v('secret = "asdfasdfasdfasdfasdfasdfasdfasdfasdfasdfasdfasdf"', [], NONE),
  v('-----BEGIN PRIVATE KEY-----this is not a private key-----END PRIVATE KEY-----', [], NONE),
  v('CLIENT_SECRET = settings.GITHUB_API_SECRET\nACCESS_TOKEN_URL = ASANA_TOKEN_EXCHANGE_URL', [], NONE),
  v('return keyJob.start() # can look like a JWT due to containing eyJ', [], NONE),
  v('WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON)', [], NONE),
  v('project_key = PROJECT_NAME_ALIAS', [], NONE),
  v('postgresql://user:user@no_connection/no_db', [], NONE),
  v('ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nSKxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', [], TWILIO),
  v('//registry.npmjs.org/:_authToken=xxxxxxxxxxxxxxxxxxxx', [], NPM),
  v('sq0csp-ABCDEFGHIJK_LMNOPQRSTUVWXYZ-0123456789\\\\abcd', [], SQUARE),
  v('mysql://USERNAME:PASSWORD@example.com', [], URL_FILE),
  v('YWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWEK', [], TALISMAN),
  v('TestBase64DetectorShouldNotDetectLongMethodNamesEvenWithRidiculousHighEntropyWordsMightExist', [], TALISMAN),
  v('String accessKey="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";', [], `${TALISMAN}; the AWS documentation example key`),
];
