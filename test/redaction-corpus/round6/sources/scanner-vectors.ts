// Secret-scanner test vectors no earlier round read, typed here from the search tool's read_file with the repository,
// path and commit of each file:
// - MongoDB's Kingfisher rule files (`data/rules/<provider>.yml`, `examples:` and `negative_examples:`; Apache-2.0).
//   Its azure.yml and generic.yml examples are Nosey Parker's (round 5 read those), so they are not used here; build.ts
//   also drops any value that occurs in an earlier round's files.
// - secretlint's rule snapshots (`packages/@secretlint/.../test/snapshots/*/input.txt`; MIT): database connection
//   strings and basic-auth URLs with literal passwords, and the false-positive file of the basic-auth rule.
// - scrubadub's credential test (`tests/test_credentials.py`; Apache-2.0).
// Labels follow docs/redaction.md and round 5's README, not the scanner's verdict: counting runs and alphabet
// sequences (`abcdef1234567890…`, `a1b2c3d4…`, `A1B2C3…`, `1234567890123456`, the `123e4567-e89b-12d3-…` UUID of
// textbooks, `YOUR_VERY_LONG_…`) are placeholders, so those "examples" are negatives; identifiers that are not
// secrets (an Algolia app id, OAuth client ids, a Bitbucket client id) are left out as arguable, as is a password with a
// space (`m42p! o@2wd`) and a repeated-block value whose end a reviewer could not tell.

export type Kind = 'api_key' | 'jwt' | 'password' | 'secret' | 'ip_address';
export interface Vector {
  text: string;
  expected: { kind: Kind; value: string }[];
  from: string;
}

const KF = (file: string) => `mongodb/kingfisher data/rules/${file} @ 339780329b871a5bbba39f9ef949eecab474c846 (Apache-2.0)`;
const SL = (path: string, commit: string) => `secretlint/secretlint packages/@secretlint/${path} @ ${commit} (MIT)`;
const SL_DB = SL('secretlint-rule-database-connection-string/test/snapshots/ng.secret/input.txt', '571e930a962e35af43eb2d006d26eb59d813104f');
const SL_DB_MORE = SL('secretlint-rule-database-connection-string/test/snapshots/additional.cases/input.txt', '571e930a962e35af43eb2d006d26eb59d813104f');
const SL_BASIC = SL('secretlint-rule-preset-canary/test/snapshots/secretlint-rule-basicauth/ng.real-credentials/input.txt', '64b9d4ee45394ecaf18604437fed025a02ea7448');
const SL_BASIC_FP = SL('secretlint-rule-preset-recommend/test/snapshots/secretlint-rule-basicauth/ok.false-positives-prevented/input.txt', 'd5cd9bd3247677873436343056232c61639a15ac');
const SCRUB = 'LeapBeyond/scrubadub tests/test_credentials.py @ 1d812e7351a1d536c5ffb8f635fccc5418aa47d9 (Apache-2.0)';

const key = (value: string) => ({ kind: 'api_key' as const, value });
const pw = (value: string) => ({ kind: 'password' as const, value });
const v = (text: string, expected: Vector['expected'], from: string): Vector => ({ text, expected, from });

const AWS_SESSION_JWT =
  'eyJhbGciOiJIUzUxMi53InR5cCI6IkpXVCJ9.eyJhY2Nlc3NLZXkiOiJJMDhCQ1gySkpWNDVFRDFET0M5SiIsImFjciI6Ij53LCJhdWQiOiJhY2NvdW50IiwiYXV0aF90aW1lIjowLCJhenAiOiJtaW5pbyIsImVtYWlsIjoiYWlkYW4uY29wZUBnbWFpbC5jb20iLCJlbWFpbF92ZXJpZmllZCI6ZmFsc2UsImV4cCI6MTU4MDUwMDIzOCwiZmFtaWx5X25hbWUiOiJDb3BlIiwiZ2l2ZW5fbmFtZSI6IkFpZGFuIENvcGUiLCJpYXQiOjE1ODA0OTk5MzgsImlzcyI6Imh0dHBzOi8vYXV0aHN0Zy5wb3BkYXRhLmJjLmNhL2F1dGgvcmVhbG1zL3NhbXBsZSIsImp0aSI6IjU5ZTM5ODAxLWQxMmUtNDVhYS04NmQzLWVhMmNmZDU0NmE2MiIsIm1pbmlvX3BvbGljeSI6ImRhdGFzZXRfMV9ybyIsIm5hbWUiOiJBaWRhbiBDb3BlIENvcGUiLCJuYmYiOjAsInByZWZlcnJlZF91c2VybmFtZSI6ImFjb3BlLTk5LXQwNSIsInJlYWxtX2FjY2VzcyI6eyJyb2xlcyI6WyJvZmZsaW5lX2FjY2VzcyIsInVtYV9hdXRob3JpemF0aW9uIl19LCJyZXNvdXJjZV9hY2Nlc3MiOnsiYWNjb3VudCI6eyJyb2xlcyI6WyJtYW5hZ2UtYWNjb3VudCIsIm1hbmFnZS1hY2NvdW50LWxpbmtzIiwidmlldy1wcm9maWxlIl19fSwic2NvcGUiOiJwcm9maWxlIGVtYWlsIiwic2Vzc2lvbl9zdGF0ZSI6IjcxYjczZWJjLThlMzMtNGMyMi04NmE2LWI0MzhhNDM4ZmI2MiIsInN1YiI6IjVkOTBlOTgzLTA1NDItNDYyYS1hZWIwLWYxZWVmNjcwYzdlNSIsInR5cCI6IkJlYXJlciJ9.J-a9PORJToz7MUrnPQlOywcqtVMNkXy53Gedp_V4PW-Gbf1_BAMjwuw_X7fKRd6hkNfEn43CKKju7muzi_d1Ig';
const CF_CA_KEY =
  'v1.0-e26de050e02ddeaeef6de8d5ee267df5e78f68666ddd0ee76f22d26a0d20756f-eda77de60e8e76077e162727656787de2005d25e2f6e502e2d067657ed65722eade065275001a0f6f6e521e5e1fd76a6e8d7e2d6da8a2ee01e66e061e22570e2-07f2ede0aed78e82e8d2e620aaef8656d81e762266d7d226a205de7e18e2256a';

/** Provider tokens, mostly without a vendor prefix: only the provider's name near them says what they are. */
export const KINGFISHER: Vector[] = [
  v('algolia_api_key = "ij1mut5oe606wlrf5z4u8u31264z3gag"', [key('ij1mut5oe606wlrf5z4u8u31264z3gag')], KF('algolia.yml')),
  v('LTAI8x2NiGqfyJGx7eLDhp12', [key('LTAI8x2NiGqfyJGx7eLDhp12')], KF('alibaba.yml')),
  v('LTAI5GqyJGhp12ad31L5hpix', [key('LTAI5GqyJGhp12ad31L5hpix')], KF('alibaba.yml')),
  v('alibaba_secret = 7jkWdTjKLnSlGddwPR5gBn65PHcZG6', [key('7jkWdTjKLnSlGddwPR5gBn65PHcZG6')], KF('alibaba.yml')),
  v('alibaba-token = aJHKLnSlGddwPR5g7jkWdTBn65PHc5', [key('aJHKLnSlGddwPR5g7jkWdTBn65PHc5')], KF('alibaba.yml')),
  v('Atlassian_key = "DjayBenyJrtpvydFCzAphcqc"', [key('DjayBenyJrtpvydFCzAphcqc')], KF('atlassian.yml')),
  v("auth0_client_secret: 'v7qhPJv1fDRoUwBjktpWgS8LPVr-hXWOI8tFnRtWrU3jNYZf1hW3hfJjA8rEER9D'", [key('v7qhPJv1fDRoUwBjktpWgS8LPVr-hXWOI8tFnRtWrU3jNYZf1hW3hfJjA8rEER9D')], KF('auth0.yml')),
  v('bitbucket_key=HedmnK9h6KD_eh9KK8FlI9ahUc8WfaNZ4gulbrtN2ouV', [key('HedmnK9h6KD_eh9KK8FlI9ahUc8WfaNZ4gulbrtN2ouV')], KF('bitbucket.yml')),
  v(`X-Auth-User-Service-Key = ${CF_CA_KEY}`, [key(CF_CA_KEY)], KF('cloudflare.yml')),
  v(`cloudflare_service_key: "${CF_CA_KEY}"`, [key(CF_CA_KEY)], KF('cloudflare.yml')),
  v('azure devops pat = FBdFol081crwkIHWJH2yiqDDyrFjVSi7HWl22hN2hTYfsB8NlGDpJQQJ77BAACAAAAAAAAAAAAASAZDOBucT', [key('FBdFol081crwkIHWJH2yiqDDyrFjVSi7HWl22hN2hTYfsB8NlGDpJQQJ77BAACAAAAAAAAAAAAASAZDOBucT')], KF('azuredevops.yml')),
  v('CircleCI_PAT = "CCIPAT_lZyPAuThWn2G908ssDT0g33e_t7qh0r5hrvsqzmuraqzduq6qco5onxgrtcn7y2z4"', [key('CCIPAT_lZyPAuThWn2G908ssDT0g33e_t7qh0r5hrvsqzmuraqzduq6qco5onxgrtcn7y2z4')], KF('circleci.yml')),
  v('export CIRCLECI_TOKEN=CCIPAT_lZyPAuThWn2G908ssDT0g33e_t7qh0r5hrvsqzmuraqzduq6qco5onxgrtcn7y2z4', [key('CCIPAT_lZyPAuThWn2G908ssDT0g33e_t7qh0r5hrvsqzmuraqzduq6qco5onxgrtcn7y2z4')], KF('circleci.yml')),
  v("circleci_project_secret = 'Ca61263Bf9A4DcEECd00EdAAacb4eaEe74e8682f'", [key('Ca61263Bf9A4DcEECd00EdAAacb4eaEe74e8682f')], KF('circleci.yml')),
  v("asana :'20c2F0d03201af478ca1aBE9515A1A4FEfb'", [key('20c2F0d03201af478ca1aBE9515A1A4FEfb')], KF('asana.yml')),
  v('asana_pat = 1/1248440223456784:d3d7e52e5c4a5d4c9bc424d2d882324d', [key('1/1248440223456784:d3d7e52e5c4a5d4c9bc424d2d882324d')], KF('asana.yml')),
  v('asana token = 0/d6f1e29e5b4b4d8c9bb419b2d882154d', [key('0/d6f1e29e5b4b4d8c9bb419b2d882154d')], KF('asana.yml')),
  v('clarifai SECRET dkHL49dId5skLfBjsf342RJkdskdpD54', [key('dkHL49dId5skLfBjsf342RJkdskdpD54')], KF('clarifai.yml')),
  v('clarifai access key dkHL49dId5skLfBjsf342RJkdskdpD54', [key('dkHL49dId5skLfBjsf342RJkdskdpD54')], KF('clarifai.yml')),
  v('dd-apikey-dd52c29224affe29d163c6bf99e5c34f', [key('dd52c29224affe29d163c6bf99e5c34f')], KF('datadog.yml')),
  v('datadog-secrettoken-0024a29224affe29d173c0bf99e5a89d', [key('0024a29224affe29d173c0bf99e5a89d')], KF('datadog.yml')),
  v('dd_secret_key-3c0c3965368a6b10f7640dbda46abfdca981c2d3', [key('3c0c3965368a6b10f7640dbda46abfdca981c2d3')], KF('datadog.yml')),
  v('datadog_token = BzHpkcs7LujMb3Q1vLRRjbpBNxxYV0ousumYoKJS', [key('BzHpkcs7LujMb3Q1vLRRjbpBNxxYV0ousumYoKJS')], KF('datadog.yml')),
  v('key-mailgun_token= key-ad13dfc23adf55fa404a91e76d96f472', [key('key-ad13dfc23adf55fa404a91e76d96f472')], KF('mailgun.yml')),
  v('  HEROKU_API_KEY: c55dbac4-e0e8-4a06-b892-75cac2387ce5', [key('c55dbac4-e0e8-4a06-b892-75cac2387ce5')], KF('heroku.yml')),
  v('Fastly token: fgsb3ef237afd6c1b9d91f81cdba64f3', [key('fgsb3ef237afd6c1b9d91f81cdba64f3')], KF('fastly.yml')),
  v('ASIAOZW6VBVAZFJHJLQA', [key('ASIAOZW6VBVAZFJHJLQA')], KF('aws.yml')),
  v('foo.backup.archive.aws.secretkey=sBmHlDFrNcsz35N+LRjwlUxF8/wypT4tiJCQ0wP4', [key('sBmHlDFrNcsz35N+LRjwlUxF8/wypT4tiJCQ0wP4')], KF('aws.yml')),
  v('"awsSecretKey":"3lyTWqHMt5UySny2drdPYheRTEzrNux8Cn5JWFHL"', [key('3lyTWqHMt5UySny2drdPYheRTEzrNux8Cn5JWFHL')], KF('aws.yml')),
  v(
    '"Whiteboard" : {\n  "type" : "aws-s3",\n  "config" : {\n    "accessKeyId" : "AKIAIVOURJN3SXRRLZFQ",\n    "region" : "us-east-1",\n    "secretAccessKey" : "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"\n  },',
    [key('AKIAIVOURJN3SXRRLZFQ'), key('3lyTWqHMt5UySny2drdPYheRTEzrNux8Cn5JWFHL')],
    KF('aws.yml'),
  ),
  v(
    `export AWS_ACCESS_KEY_ID="I08BCX2ACV45ED1DOC9J"\nexport AWS_SECRET_ACCESS_KEY="0qk+o7XctJMmG6ydO8537c9+TofLJU1K0PiVBXSg"\nexport AWS_SESSION_TOKEN="${AWS_SESSION_JWT}"`,
    [key('I08BCX2ACV45ED1DOC9J'), key('0qk+o7XctJMmG6ydO8537c9+TofLJU1K0PiVBXSg'), { kind: 'jwt', value: AWS_SESSION_JWT }],
    KF('aws.yml'),
  ),
  v('airtable_pat = patXfsZBLOgxbJqSi.fd6210cfb2e0b2049bd8e7fa0e69f26a3a704412af6fcbd93a097c42507fc893', [key('patXfsZBLOgxbJqSi.fd6210cfb2e0b2049bd8e7fa0e69f26a3a704412af6fcbd93a097c42507fc893')], KF('airtable.yml')),
  v('#define IO_KEY       "aio_NrZCb67VvzSaM7fr3nMXrfZ1uMPH"', [key('aio_NrZCb67VvzSaM7fr3nMXrfZ1uMPH')], KF('adafruitio.yml')),
  v('ADAFRUIT_IO_KEY = "aio_NrZCb67VvzSaM7fr3nMXrfZ1uMPH"', [key('aio_NrZCb67VvzSaM7fr3nMXrfZ1uMPH')], KF('adafruitio.yml')),
  v(
    'export HOMEBREW_ARTIFACTORY_API_TOKEN=AKCp8igrDNFerC357m4422e4tmu7xB983QLPxJhKFcSMfoux2RFvp8rc4jC8t9ncdmYCMFD8W\nexport HOMEBREW_ARTIFACTORY_API_USER=kashorn',
    [key('AKCp8igrDNFerC357m4422e4tmu7xB983QLPxJhKFcSMfoux2RFvp8rc4jC8t9ncdmYCMFD8W')],
    KF('artifactory.yml'),
  ),
  v(
    'jfrog rt dl --url=http://localhost:8071/artifactory --apikey=AKCp2WXX7SDvcsmny528sSDnaB3zACkNQoRcD8D1WmxhMV9gk6Wp8mVWC8bh38kJQbXagUT8Z generic-local/hello.txt',
    [key('AKCp2WXX7SDvcsmny528sSDnaB3zACkNQoRcD8D1WmxhMV9gk6Wp8mVWC8bh38kJQbXagUT8Z')],
    KF('artifactory.yml'),
  ),
];

/** The scanners' own examples that are placeholders under docs/redaction.md, and their negative examples. */
export const KINGFISHER_NEGATIVES: Vector[] = [
  v('azure_openai_key=1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d', [], KF('azureopenai.yml')),
  v('azure_openai_secret=abcdef0123456789abcdef0123456789', [], KF('azureopenai.yml')),
  v("\"ATLASSIAN_API_TOKEN:'abcdef1234567890abcdef12'\"", [], KF('atlassian.yml')),
  v("auth0ClientSecret = 'YOUR_VERY_LONG_AND_SECURE_CLIENT_SECRET_GOES_HERE_12345678900000'", [], KF('auth0.yml')),
  v("AUTH0_CLIENT_SECRET='abcdef1234567890abcdef1234567890abcdef1234567890abcdef1234567890'", [], KF('auth0.yml')),
  v('bitbucket.client.ID=abcdefghij1234567890klmnopqrst', [], KF('bitbucket.yml')),
  v('cloudflareAPIKey = A1B2C3D4E5F6G7H8I9J0K1L2M3N4O5P6Q7R8S9T0', [], KF('cloudflare.yml')),
  v("CLOUDFLARE_API_TOKEN: 'a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6q7r8s9t0'\ncloudflare_key=\"B1C2D3E4F5G6H7I8J9K0L1M2N3O4P5Q6R7S8T9U0V1\"", [], KF('cloudflare.yml')),
  v('https://dev.azure.com/micksmix515/_usersSettings/tokens', [], KF('azuredevops.yml')),
  v('bugsnag secret 123e4567-e89b-12d3-a456-426614174000', [], KF('bugsnag.yml')),
  v('bugsnag private-key 123e4567-e89b-12d3-a456-426614174abc', [], KF('bugsnag.yml')),
  v('CIRCLECI_API_TOKEN: a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6a1b2', [], KF('circleci.yml')),
  v('ASANA_API_TOKEN: 1234567890123456', [], KF('asana.yml')),
  v('ASANA_PAT = 1234567890abcdef1234567890abcdef12', [], KF('asana.yml')),
  v('mailgun_api_key=abcdef123456abcdef123456abcdef123456abcdef123456abcdef123456abcdef123456', [], KF('mailgun.yml')),
  v('curl https://kolkrabbi.heroku.com/apps/98fc74a8-ff56-4a21-85f6-7a1fcac895c9/github/push \\', [], KF('heroku.yml')),
  v('launchdarkly-secret-123e4567-e89b-4a3c-a456-abcdef123456', [], KF('launchdarkly.yml')),
  v('launchdarkly-private-abcdef12-3456-4d78-abcd-123456abcdef', [], KF('launchdarkly.yml')),
  v('example.v1.XYZ123_ABC.abcdef123456', [], KF('airtable.yml')),
  v('boxSECRET 1234567890abcdef1234567890abcdef', [], KF('box.yml')),
  v('boxTOKEN abcdefghijklmnopqrstuvwxYZ123456', [], KF('box.yml')),
  v('boxKEY 0123456789abcdefABCDEF1234567890', [], KF('box.yml')),
  v('pk_1234567_ABCDEFGHJKLMN1234567890OPQRS1234', [], KF('clickup.yml')),
  v('bkua_1234567890abcdef1234567890abcdef12345678', [], KF('buildkite.yml')),
  v('bkua_z1x2c3v4b5n6m7q8w9e0r1t2y3u4i5o6p7l8k9j0', [], KF('buildkite.yml')),
];

/** Connection strings and basic-auth URLs with literal passwords (the password alone is labelled). */
export const SECRETLINT: Vector[] = [
  v('const MONGO_URI = "mongodb://realuser:s3cr3tP4ss@db1.example.net:27017/production";', [pw('s3cr3tP4ss')], SL_DB),
  v('const MONGO_SRV = "mongodb+srv://appuser:myR3alP@ssw0rd@cluster0.mongodb.net/mydb?retryWrites=true";', [pw('myR3alP@ssw0rd')], SL_DB),
  v('const MYSQL_URI = "mysql://dbuser:compl3xPwd@mysql.server.com:3306/database";', [pw('compl3xPwd')], SL_DB),
  v('const MYSQL_JDBC = "jdbc:mysql://admin:str0ngP4ss@db.company.com:3306/app_db";', [pw('str0ngP4ss')], SL_DB),
  v('const PG_URI = "postgresql://pguser:secur3Pass@postgres.example.com:5432/production_db";', [pw('secur3Pass')], SL_DB),
  v('const POSTGRES_URI = "postgres://api_user:myC0mpl3xPwd@db.internal.com:5432/api_db";', [pw('myC0mpl3xPwd')], SL_DB),
  v('CONECTION_URI="mongodb://root:m42ploz2wd@google.com:5434/thegift"', [pw('m42ploz2wd')], SL_DB_MORE),
  v('mongodb+srv://testuser:hub24aoeu@gg-is-awesome-xm273.mongodb.net/test?retryWrites=true&w=majority', [pw('hub24aoeu')], SL_DB_MORE),
  v('mysql --user=doadmin --password=strongp@55! --host=db-mysql-ams3-23775-do-user-7772205-0.a.db.ondigitalocean.com', [pw('strongp@55!')], SL_DB_MORE),
  v('PG_USERNAME=root. PG_PASSWORD=m42ploz2wd', [pw('m42ploz2wd')], SL_DB_MORE),
  v('PGPASSWORD=strongp@ss psql -hdb-postgresql-ams3-58486-do-user-7772205-0.b.db.ondigitalocean.com -Udoadmin -p 25060', [pw('strongp@ss')], SL_DB_MORE),
  v("create_engine('postgresql://postgres:m42ploz2wd@google.com:5432/mydb')", [pw('m42ploz2wd')], SL_DB_MORE),
  v('const PROD_API = "https://apiuser:r3alP4ssw0rd@api.production.com/v2";', [pw('r3alP4ssw0rd')], SL_BASIC),
  v('const SERVICE_URL = "https://svcaccount:myC0mpl3xP@ss@service.internal.com";', [pw('myC0mpl3xP@ss')], SL_BASIC),
  v('const SECURE_FTP = "ftps://deployment:s3cur3K3y2024@files.company.com/uploads";', [pw('s3cur3K3y2024')], SL_BASIC),
  v('const DB_BACKUP = "https://backup-user:BackupK3y987@backup.example.com";', [pw('BackupK3y987')], SL_BASIC),
  v('const MONITORING = "https://monitor:m0n1t0r!ng@metrics.company.com/api";', [pw('m0n1t0r!ng')], SL_BASIC),
  v('username:root\npassword:crickets', [pw('crickets')], SCRUB),
  v('username root\npassword crickets', [pw('crickets')], SCRUB),
];

/** Templates and placeholders the scanners' tests say must not be reported (doc: placeholders are kept). */
export const SECRETLINT_NEGATIVES: Vector[] = [
  v('const API_URL = "https://${username}:${password}@api.example.com/v1";', [], SL_BASIC_FP),
  v('const CONFIG_URL = "https://{{user}}:{{pass}}@config.example.com";', [], SL_BASIC_FP),
  v('const TEMPLATE_URL = "https://{USER}:{PASS}@template.example.com";', [], SL_BASIC_FP),
  v('const TEMPLATE_URL2 = "https://username:password@example.com/api";', [], SL_BASIC_FP),
  v('const GUIDE_URL = "https://username:mypassword@test.com/endpoint";', [], SL_BASIC_FP),
  v('const LOCAL_URL = "https://dbuser:password@127.0.0.1:3000/";', [], SL_BASIC_FP),
  v('const DOC_URL = "https://YOUR_USERNAME:YOUR_PASSWORD@api.service.com";', [], SL_BASIC_FP),
  v('const GUIDE_URL2 = "https://username:REPLACE_WITH_PASSWORD@example.org";', [], SL_BASIC_FP),
  v('const REPETITIVE_URL = "https://user:1111@service.com/api";', [], SL_BASIC_FP),
  v('const SIMPLE_URL = "https://testuser:xxxx@demo.com";', [], SL_BASIC_FP),
  v('jdbc:mysql://sandy:secret@[myhost1:1111,myhost2:2222]/db', [], SL_DB_MORE),
  v('jdbc:mysql://[(host=myhost1,port=1111,user=sandy,password=secret),(host=myhost2,port=2222,user=finn,password=secret)]/db', [], SL_DB_MORE),
  v('Server=myServerAddress;Database=myDataBase;Uid=myUsername;Pwd=myPassword;', [], SL_DB_MORE),
  v('Host=your_host; Port=5432; Database=your_database; Username=your_username; Password=your_password;', [], SL_DB_MORE),
];
