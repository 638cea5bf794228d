// Secret-scanner rule examples of praetorian-inc/noseyparker (Apache-2.0), read with the search tool's read_file from
// `crates/noseyparker/data/default/builtin/rules/<file>.yml` (commit per file below) and typed here: each rule's
// `examples` and `negative_examples` are real snippets (many from public repositories). No earlier round used this
// repository. Labels follow docs/redaction.md, not the scanner's verdict: a scanner "negative" that still holds a
// literal secret (an unquoted `password = super$ecret`, Twitter OAuth arguments) is labelled, and a scanner "example"
// that is a placeholder under the doc (`Password=secret`, `myPassword`, `XXXX`, `…EXAMPLE…`, `aaaa…`) is a negative.
// Examples whose label a reviewer could argue either way (`password = "123"`, the default `admin`) are left out.
// Private IPs in these lines are labelled (`strict` redacts private ranges); loopback and example.com are not.

export type Kind = 'api_key' | 'private_key' | 'jwt' | 'password' | 'secret' | 'email' | 'ip_address' | 'phone' | 'postal_address';
export interface Vector {
  text: string;
  expected: { kind: Kind; value: string }[];
  from: string;
}

const NP = (file: string, commit: string) => `praetorian-inc/noseyparker crates/noseyparker/data/default/builtin/rules/${file} @ ${commit} (Apache-2.0)`;
const GENERIC = NP('generic.yml', '01d5871fed266f529f03eef7a754aeee1854461b');
const AZURE = NP('azure.yml', '0be4c4c3fe587f72145c132e7b275094f1468463');
const HTTP = NP('http.yml', '1aebec909d2215720aa553105bce03b1e15275ed');
const ODBC = NP('odbc.yml', '259838562bd552a76b592e980d8547ed00699497');
const PG = NP('postgres.yml', '259838562bd552a76b592e980d8547ed00699497');
const MONGO = NP('mongo.yml', '83750401318a09c3656a89e559751f913ef8d049');
const PHPMAILER = NP('phpmailer.yml', '259838562bd552a76b592e980d8547ed00699497');
const PSEXEC = NP('psexec.yml', '3d82f8f64422069548cf1fe87ccead927d0f4004');
const DJANGO = NP('django.yml', '259838562bd552a76b592e980d8547ed00699497');
const NETRC = NP('netrc.yml', '841be7191f3d10d473a1cd90a0e0707885616e0d');
const JENKINS = NP('jenkins.yml', '0cafe22ae33da1a6a76bc0a473108967a8ee5c64');
const TWILIO = NP('twilio.yml', '663a67f2decc3e411389a8f84d40ce5294be4a29');
const OKTA = NP('okta.yml', 'ca4ef4d2a4771f69e64daf7fbb4f8fafdd18f19d');
const NEWRELIC = NP('newrelic.yml', '663a67f2decc3e411389a8f84d40ce5294be4a29');
const SONAR = NP('sonarqube.yml', 'ca4ef4d2a4771f69e64daf7fbb4f8fafdd18f19d');
const SALESFORCE = NP('salesforce.yml', '663a67f2decc3e411389a8f84d40ce5294be4a29');
const FACEBOOK = NP('facebook.yml', '663a67f2decc3e411389a8f84d40ce5294be4a29');
const TWITTER = NP('twitter.yml', '663a67f2decc3e411389a8f84d40ce5294be4a29');
const MAILCHIMP = NP('mailchimp.yml', '663a67f2decc3e411389a8f84d40ce5294be4a29');
const JWT = NP('jwt.yml', '651e93678f41dd2b47742b2fa783bb490cdec510');

const pw = (value: string) => ({ kind: 'password' as const, value });
const key = (value: string) => ({ kind: 'api_key' as const, value });
const sec = (value: string) => ({ kind: 'secret' as const, value });
const ip = (value: string) => ({ kind: 'ip_address' as const, value });
const jwt = (value: string) => ({ kind: 'jwt' as const, value });
const email = (value: string) => ({ kind: 'email' as const, value });
const neg = (text: string, from: string): Vector => ({ text, expected: [], from });

export const NOSEY_PARKER: Vector[] = [
  // generic.yml
  { text: '    private static String CLIENT_SECRET = "6fb1cff7690db9ac066cadbbde8e3c078efdabcf";', expected: [sec('6fb1cff7690db9ac066cadbbde8e3c078efdabcf')], from: GENERIC },
  { text: "    client_credential='5pX8Q~MmTI8OMBJFVqMlFR4DE3Spz6Qm.xO.Gbf-'", expected: [sec('5pX8Q~MmTI8OMBJFVqMlFR4DE3Spz6Qm.xO.Gbf-')], from: GENERIC },
  { text: "    secret_access_key = 'abcdefg12346+FJQCK'", expected: [sec('abcdefg12346+FJQCK')], from: GENERIC },
  { text: '    Ldap password               ----   H7IKC85R#@4$', expected: [pw('H7IKC85R#@4$')], from: GENERIC },
  { text: 'API_KEY = "951bc382db9abad29c68634761dd6e19"', expected: [key('951bc382db9abad29c68634761dd6e19')], from: GENERIC },
  { text: "buildConfigField 'String' , 'API_KEY' , '\"951bc382db9cfee29c68634761dd6e19\"'\tAPI_KEY\t", expected: [key('951bc382db9cfee29c68634761dd6e19')], from: GENERIC },
  neg('name="ws_plugin__s2member_amazon_s3_comp_files_access_key" id="ws-plugin--s2member-amazon-s3-comp-files-access-key"', GENERIC),
  {
    text: "credential = UsernamePasswordCredential(\n    client_id='da34859b-2ae4-48c3-bfe0-1b28b7cf2eed',\n    username='donjuandemarco',\n    password='1qay@WXS????',\n    tenant_id='bc877b20-f135-4c13-a266-8ed26b8f0f4b')",
    expected: [pw('1qay@WXS????')],
    from: GENERIC,
  },
  { text: "hostname = '10.11.12.13'\nusername = 'donjuandemarco@example.com'\npassword = '`123QWERasdf'", expected: [ip('10.11.12.13'), pw('`123QWERasdf')], from: GENERIC },
  { text: "hostname = '10.11.12.13'\nUSERNAME = 'donjuandemarco@example.com'\n# some comment\n# some other comment\nPASS = '`123QWERasdf'", expected: [ip('10.11.12.13'), pw('`123QWERasdf')], from: GENERIC },
  { text: "user = 'abuser'  # some comment\npassword = 'abuser123456'  # some other comment", expected: [pw('abuser123456')], from: GENERIC },
  { text: "user = 'Aladdin'\npassword = 'open sesame'", expected: [pw('open sesame')], from: GENERIC },
  neg('USERNAME=donjuan\nPASSWORD=$($(dirname $0)/../bin/get-django-setting LOCAL_DATABASE_PASSWORD)', GENERIC),
  neg(":authn_dbd_params => 'host=db_host port=3306 user=apache password=###### dbname=apache_auth',", GENERIC),
  neg('#if DEBUG\n          string backend_host = "amazon-subdomain-for-database.string.us-east-1.rds.amazonaws.com";\n          string backend_user = "root";\n          string backend_pass = "XXXXXXXXXXXXX";\n          string backend_db = "database_db";\n          string backend_port = "1234";', GENERIC),
  { text: 'user = Aladdin\npassword = open_sesame', expected: [pw('open_sesame')], from: GENERIC },
  { text: 'user = Aladdin\n// some comment\n// some other comment\npassword = open_sesame', expected: [pw('open_sesame')], from: GENERIC },
  { text: 'password = "super$ecret"', expected: [pw('super$ecret')], from: GENERIC },
  { text: 'password="super$ecret"', expected: [pw('super$ecret')], from: GENERIC },
  { text: 'my_password: "super$ecret"', expected: [pw('super$ecret')], from: GENERIC },
  { text: '"password": "super$ecret",', expected: [pw('super$ecret')], from: GENERIC },
  { text: 'my_password := "super$ecret"', expected: [pw('super$ecret')], from: GENERIC },
  { text: 'password   =>   "super$ecret"', expected: [pw('super$ecret')], from: GENERIC },
  { text: 'password = super$ecret', expected: [pw('super$ecret')], from: `${GENERIC}; a scanner negative that is still a literal password` },
  { text: "password = 'super$ecret'", expected: [pw('super$ecret')], from: `${GENERIC}; a scanner negative that is still a literal password` },
  neg('String usernamePassword = "application:" + appKey + ":" + appSecret;', GENERIC),
  {
    text: '"ApplicationServicesConnection" : {\n    "ServiceAddress" : "https://services-dev.examples.com",\n    "AdminPassword" : "thisismypassword"\n}',
    expected: [pw('thisismypassword')],
    from: GENERIC,
  },
  { text: 'private const string DevFolkoosComPfxPassword = "thisismypassword";', expected: [pw('thisismypassword')], from: GENERIC },
  neg('"password": "YOURPASSWROD"', GENERIC),
  {
    text: "  create_random_name('sfrp-cli-cert2', 24),\n              'cluster_name': self.create_random_name('sfrp-cli-', 24),\n              'vm_password': \"Pass123!@#\",\n              'policy_path': os.path.join(TEST_DIR, 'policy.json')\n          })",
    expected: [pw('Pass123!@#')],
    from: GENERIC,
  },
  neg('sb.append("MasterUserPassword: " + getMasterUserPassword() + ",");', GENERIC),
  neg('export PGPASSWORD="$gdcapi_db_password"', GENERIC),
  neg('define wget::authfetch($source,$destination,$user,$password="",$timeout="0",$verbose=false) {', GENERIC),
  neg('- echo \'export DATABASE_PASSWORD="\'$PRECOMPILE_PASSWORD\'"\' >> .env', GENERIC),
  neg('"/en/enterprise/3.0/authentication/keeping-your-account-and-data-secure/creating-a-strong-password":"/en/enterprise-server@3.0/auth"', GENERIC),
  neg('"password": "&lt;YOURPASSWROD&gt;"', GENERIC),
  neg("as: 'cms_user_password'\n  get '/passwords/:id/edit' => \"cms/sites/passwords#edit\", as: 'edit_password'\n  put '/forgot-password' => \"cms/sites/passwords#update\", as: 'update_password'\nend", GENERIC),
  neg('IAMUserChangePassword = "arn:aws:iam::aws:policy/IAMUserChangePassword"', GENERIC),
  neg('this.addPassword = "#add-password";', GENERIC),
  { text: ":password       => '4ian1234',", expected: [pw('4ian1234')], from: GENERIC },
  { text: "common.then_log_in({username: 'geronimo', password: '52VeZqtHDCdAr5yM'});", expected: [pw('52VeZqtHDCdAr5yM')], from: GENERIC },
  { text: "beta => {\n  host            => 'foo.example.com',\n  user            => 'joe',\n  password        => 'thisismypassword',\n}", expected: [pw('thisismypassword')], from: GENERIC },
  neg("echo 'password = '.$p['config']['daemon_password'].\"\\n\";", GENERIC),
  neg('usernameLabel:"Username or email:",passwordLabel:"Password:",rememberMeLabel:"Remember me:"', GENERIC),
  neg("this.addPassword = '#add-password';", GENERIC),
  { text: 'sender.Credentials = new NetworkCredential("NuGets@example.com", "vzihlaquknriqlht");', expected: [pw('vzihlaquknriqlht')], from: GENERIC },
  { text: '$webClient.Credentials = new-object System.Net.NetworkCredential("cidownload", "AP7JaG9ToerxBc6gWP5LcU2CNpb");', expected: [pw('AP7JaG9ToerxBc6gWP5LcU2CNpb')], from: GENERIC },
  { text: '$domain = New-Object DirectoryServices.DirectoryEntry("LDAP://10.10.10.1","domain\\user", "secret")', expected: [ip('10.10.10.1')], from: `${GENERIC}; the password "secret" is a placeholder word under the doc` },
  { text: 'new DirectoryEntry("LDAP://EXAMPLE.COM",\n          "ADMNALRRHH@EXAMPLE.COM",\n          "Rrhh1234");', expected: [pw('Rrhh1234')], from: GENERIC },
  { text: '<add key="FromEmailAddress" value="killer.joe@example.com"/>\n<add key="FromEmailPassword" value="Prestigitariu$"/>', expected: [pw('Prestigitariu$')], from: GENERIC },
  { text: '<add key="ConnectionString_B2B" value="Server=awsbman-t,1433;Database=B2B;User ID=b2buser;Password=#gets0m3;Trusted_Connection=False" />', expected: [pw('#gets0m3')], from: GENERIC },
  {
    text: '<add key="ClearTextPassword" value="eyJ0eXAiOiAiVENWMiJ9.RkNWLXdXS3M1RVBfencxM4A0WmJzdVlCQzFj.OGY1OWRkNGMtYTUxYS04ZDYwLWFiZGYtZWE5MWFhZWJiODhh" />',
    expected: [pw('eyJ0eXAiOiAiVENWMiJ9.RkNWLXdXS3M1RVBfencxM4A0WmJzdVlCQzFj.OGY1OWRkNGMtYTUxYS04ZDYwLWFiZGYtZWE5MWFhZWJiODhh')],
    from: `${GENERIC}; a token given to a password key`,
  },
  { text: 'echo "Rrun \'bin/ipa_kinit admin\' to acquire a Kerberos ticket"\necho "The password is \'Secret123\'"', expected: [pw('Secret123')], from: GENERIC },
  { text: "The Blooby has a default Access Point Name 'Blooby'\nThe default Password is 'blooberry'", expected: [pw('blooberry')], from: GENERIC },
  { text: 'so at this point, just fill in your mount point name, ensure the password is "centipede" and press the "On" button!', expected: [pw('centipede')], from: GENERIC },

  // azure.yml
  {
    text: '# Azure Storage Connection String\nAzureWebJobsStorage=DefaultEndpointsProtocol=https;AccountName=hanatour9833;AccountKey=6jqh42QQjWWBwoPGGR/Jr0PZjhBMZVbHm/gkhEfHvOj8aV6+oI8ed6ZAAwB5a6993WqyQDiuJJB0QpseJwqYxw==;EndpointSuffix=core.windows.net',
    expected: [key('6jqh42QQjWWBwoPGGR/Jr0PZjhBMZVbHm/gkhEfHvOj8aV6+oI8ed6ZAAwB5a6993WqyQDiuJJB0QpseJwqYxw==')],
    from: AZURE,
  },
  {
    text: 'DefaultEndpointsProtocol=http;AccountName=testacc1;\nAccountKey=1gy3lpE7Du1j5ljKiupgKzywSw2isjsa69sfsdfsdsgfsgfdgfdgfd/YThisv/OVVLfIOv9kQ==;\nBlobEndpoint=http://127.0.0.1:8440/testacc1;\nTableEndpoint=http://127.0.0.1:8440/testacc1;\nQueueEndpoint=http://127.0.0.1:8440/testacc1;',
    expected: [key('1gy3lpE7Du1j5ljKiupgKzywSw2isjsa69sfsdfsdsgfsgfdgfdgfd/YThisv/OVVLfIOv9kQ==')],
    from: AZURE,
  },
  {
    text: '"IOTHUB_CONNECTION_STRING": {\n  "value": "HostName=d1-vi-ioth521.azure-devices.net;SharedAccessKeyName=registryReadWrite;SharedAccessKey=S8ii67l3Gd1Ba69az78iP9UksewzhjvUfh1DIuDs30w="\n}',
    expected: [key('S8ii67l3Gd1Ba69az78iP9UksewzhjvUfh1DIuDs30w=')],
    from: AZURE,
  },
  {
    text: '"AZURE_STORAGE_CONNECTION_STRING": {\n  "value": "DefaultEndpointsProtocol=https;AccountName=d1biblobstor521;AccountKey=NjEwGHd9+piK+iCi2C2XURWPmeDDjif9UKN1HAszYptL4iQ+yD7/dgjLMZc3VOpURsa53aJ4HZfbVWzL429C5g==;EndpointSuffix=core.windows.net"\n}',
    expected: [key('NjEwGHd9+piK+iCi2C2XURWPmeDDjif9UKN1HAszYptL4iQ+yD7/dgjLMZc3VOpURsa53aJ4HZfbVWzL429C5g==')],
    from: AZURE,
  },
  neg('InstrumentationKey=00000000-0000-0000-0000-000000000000;EndpointSuffix=ai.contoso.com;', AZURE),
  neg('InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=https://custom.com:111/;LiveEndpoint=https://custom.com:222/;ProfilerEndpoint=https://custom.com:333/;SnapshotEndpoint=https://custom.com:444/;', AZURE),
  neg('let accountName = "";\nlet accountKey = Buffer.from("accountKey", "base64");', AZURE),
  neg('let accountName = $accountName;\nlet accountKey = $accountKey;', AZURE),
  neg('AccountName=<YOUR_ACCOUNT_NAME>;\nAccountKey=<YOUR_ACCOUNT_KEY>;', AZURE),
  neg('AccountName=X;AccountKey=X;', AZURE),
  neg('AccountName={2};AccountKey={3};', AZURE),
  neg('SharedAccessKeyName=[Shared Access Key Name goes here];SharedAccessKey=[Shared Access key goes here];', AZURE),
  { text: 'Endpoint=https://foo-nonprod-appconfig.azconfig.io;Id=ABCD-E6-s0:tl6ABcdefGHi7kLMno/p;Secret=abCD1EF+GHIJxLMnOPqRSa53VWX05zaBCdE/fg9hi4k=', expected: [sec('abCD1EF+GHIJxLMnOPqRSa53VWX05zaBCdE/fg9hi4k=')], from: AZURE },
  { text: 'Endpoint=https://appconfig-test01.azconfig.io;Id=09pv-l0-s0:opFCQMC6+9485xJgN5Ws;Secret=GcoEA53t7GLRNJ910M46IrbHO/Vg0tt4HujRdsaCoTY=', expected: [sec('GcoEA53t7GLRNJ910M46IrbHO/Vg0tt4HujRdsaCoTY=')], from: AZURE },
  {
    text: '        private static string appConfigurationConnectionString = "Endpoint=https://appcs-fg-pwc.azconfig.io;Id=pi5x-l9-s0:SZLlhHA53Nz2MpAl04cU;Secret=CQ+mlfQqkzfZv4XA53gigJ/seeXMKwNsqW/rM3wmtuE=";',
    expected: [sec('CQ+mlfQqkzfZv4XA53gigJ/seeXMKwNsqW/rM3wmtuE=')],
    from: AZURE,
  },
  neg('text:\n  az appconfig feature delete --connection-string Endpoint=https://contoso.azconfig.io;Id=xxx;Secret=xxx --feature color --label MyLabel', AZURE),
  { text: 'var personalAccessToken = "zpczok4kqgnw5prpfy3ehiylbqvgbjfkdiqkejsxqamy7qbkep7q";  // Provide a value or retrieve it from configuration', expected: [key('zpczok4kqgnw5prpfy3ehiylbqvgbjfkdiqkejsxqamy7qbkep7q')], from: AZURE },
  { text: '$token = "58oo4mvqr2tpw7b4w3loeckwfu5o6nw3sihfckvlwoxgqimlddza"', expected: [key('58oo4mvqr2tpw7b4w3loeckwfu5o6nw3sihfckvlwoxgqimlddza')], from: AZURE },
  { text: 'if __name__ == "__main__":\n    ado_pat =  "iyfmob6xjrfmit67anxbot64umfx2clwx7dz5ynxi4q2z3uqegvq"', expected: [key('iyfmob6xjrfmit67anxbot64umfx2clwx7dz5ynxi4q2z3uqegvq')], from: AZURE },

  // http.yml
  { text: 'Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==', expected: [pw('QWxhZGRpbjpvcGVuIHNlc2FtZQ==')], from: HTTP },
  { text: 'GET /resource HTTP/1.1\nHost: server.example.com\nAuthorization: Bearer mF_9.B5f-4.1JqM', expected: [sec('mF_9.B5f-4.1JqM')], from: HTTP },

  // odbc.yml (the examples' escaped \r\n\t and \" written out as the characters they stand for)
  { text: '//Database Info\r\n\t\t\t\t\t$host = "localhost";\r\n\t\t\t\t\t$database = "NHOHVA";\r\n\t\t\t\t\t$user = "mg1021";              $password = "goodspec";', expected: [pw('goodspec')], from: ODBC },
  { text: '//Database Info\r\n\t\t\t\t\t$host = "localhost";\r\n\t\t\t\t\t$database = "NHOHVA";\r\n\t\t\t\t\t$user = "mg1021";              $password = goodspec;', expected: [pw('goodspec')], from: ODBC },
  neg('Server=host;Port=5432;User Id=username;Password=secret;Database=databasename;', `${ODBC}; "secret" is a placeholder word under the doc`),
  neg('Server=host;Port=5432;SomeOtherKey=SomeOtherValue;User Id=username;Password=secret;Database=databasename;', `${ODBC}; "secret" is a placeholder word under the doc`),
  { text: 'Data Source=190.190.200.100,1433;Network Library=DBMSSOCN;Initial Catalog=myDataBase;User ID=myUsername;Password=myPassword;', expected: [ip('190.190.200.100')], from: `${ODBC}; myPassword is a placeholder (code-shaped) under the doc` },
  { text: 'Data Source=190.190.200.100,1433;Network_library=DBMSSOCN;Initial Catalog=myDataBase;User ID=myUsername;Password=myPassword;', expected: [ip('190.190.200.100')], from: `${ODBC}; myPassword is a placeholder (code-shaped) under the doc` },
  neg('Provider=SQLNCLI;Server=myServerName,myPortNumber;Database=myDataBase;Uid=myUsername;Pwd=myPassword;', ODBC),
  { text: '    adoConn.Open("Provider=SQLOLEDB.1;User ID=specialbill_user; " & "Password =specialbill_user;Initial Catalog=SpecialBill_PROD;Data Source=uszdba01;")', expected: [pw('specialbill_user')], from: ODBC },
  neg("\"driver={SQL Server};server=(#{datastore['DBHOST']});database=#{datastore['DBNAME']};uid=#{datastore['DBUID']};pwd=#{datastore['DBPASSWORD']}\"", ODBC),
  { text: '<add name="DevQATrucks" connectionString="Server=hookupsqlqa1\\gpkqa; Database=YogurtDelay: User Id=kmwulfliq; password= sK!g2Ex_=jJ6Gx5v" providerName="System.Data.SqlClient" />', expected: [pw('sK!g2Ex_=jJ6Gx5v')], from: ODBC },
  neg("def login(self, user = '', password = '', domain = ''):", ODBC),
  neg("if datastore['VERBOSE']\n      text  = ''\n      text << \"User=#{username}, \"\n      text << \"Password=#{password}, \"\n      text << \"Domain=#{domain}, \"\n      text << \"Full Name=#{full_name}, \"\n      text << \"E-mail=#{e_mail}\"\n      print_good(text)", ODBC),
  neg('if (len < ulen + wlen + 2)\n  break;\nuser = (char *) (p + 1);\npwd = (char *) (p + ulen + 2);\np += ulen + wlen + 2;', ODBC),
  neg('System.out.println("Here we go...");\n          String url = "jdbc:msf:sql://127.0.0.1:8080/sample";\n          String userid = "userid";\n          String password = "password";', ODBC),
  neg('char *domain = NULL;\nchar *user = NULL;\nchar *password = NULL;', ODBC),
  neg('<?php\n        $user = $_POST["username"];\n        $pwd = $_POST["password"];\n        $otherdata = $_POST["otherdata"];\n?>', ODBC),

  // postgres.yml, mongo.yml
  { text: '"REDSHIFT": "postgres://spot_app:Pseg2020@calling-mr-bones.c0qsadyxbf4k.us-east-1.redshift.amazonaws.com:5439/datalakespotprod",', expected: [pw('Pseg2020')], from: PG },
  neg('postgresql://user:secret@localhost/database', PG),
  neg('postgresql://user:secret@localhost/otherdb?connect_timeout=10&application_name=myapp', PG),
  neg('postgresql://user:secret@[2001:db8::1234]/database', PG),
  neg('postgresql:///mydb?host=localhost&port=5433&user=user&password=secret', PG),
  {
    text: 'spring:\n  application:\n    name: Prince\n  data:\n    mongodb:\n      uri: "mongodb+srv://servicelogin:CPCdZH5k0F6dxQ9V@example-prince.mongodb.net/?retryWrites=true&w=majority"\n      database: prince',
    expected: [pw('CPCdZH5k0F6dxQ9V')],
    from: MONGO,
  },
  { text: 'mongodb://myDatabaseUser:D1fficult@localhost', expected: [pw('D1fficult')], from: MONGO },
  { text: 'mongodb://myDatabaseUser:D1fficult@localhost/database', expected: [pw('D1fficult')], from: MONGO },
  { text: 'mongodb://myDatabaseUser:D1fficultP%40ssw0rd@localhost/records', expected: [pw('D1fficultP%40ssw0rd')], from: MONGO },
  { text: 'mongodb+srv://myDatabaseUser:D1fficultP%40ssw0rd@cluster0.example.mongodb.net/?retryWrites=true&w=majority', expected: [pw('D1fficultP%40ssw0rd')], from: MONGO },
  { text: 'mongodb://myDatabaseUser:D1fficultP%40ssw0rd@mongodb0.example.com:27017,mongodb1.example.com:27017,mongodb2.example.com:27017/?authSource=admin&replicaSet=myRepl', expected: [pw('D1fficultP%40ssw0rd')], from: MONGO },
  { text: 'mongodb://myDatabaseUser:D1fficultP%40ssw0rd@localhost,localhost:27018,localhost:27019/?replicaSet=test', expected: [pw('D1fficultP%40ssw0rd')], from: MONGO },
  { text: "var store = new MongoDBStore({\n  uri: 'mongodb+srv://somethingrotten:Zxcvbnm@12345)@cluster0-cnc84.mongodb.net/e-commerce?retryWrites=true',\n  collection: 'mySessions',\n});", expected: [pw('Zxcvbnm@12345)')], from: MONGO },
  { text: 'mongodb+srv://hpapp:bria@pass135!@briaserver.7xsu17j.mongodb.net/test', expected: [pw('bria@pass135!')], from: MONGO },
  { text: 'mongodb://myDatabaseUser:D1fficultP%40ssw0rd@%2Ftmp%2Fmongodb-27017.sock', expected: [pw('D1fficultP%40ssw0rd')], from: `${MONGO}; a scanner negative (socket path) that still holds the password` },

  // phpmailer.yml, psexec.yml, django.yml, netrc.yml
  neg("//Server settings\n$mail->SMTPDebug = SMTP::DEBUG_SERVER;                      //Enable verbose debug output\n$mail->isSMTP();                                            //Send using SMTP\n$mail->Host       = 'smtp.example.com';                     //Set the SMTP server to send through\n$mail->SMTPAuth   = true;                                   //Enable SMTP authentication\n$mail->Username   = 'user@example.com';                     //SMTP username\n$mail->Password   = 'secret';                               //SMTP password\n$mail->SMTPSecure = PHPMailer::ENCRYPTION_SMTPS;            //Enable implicit TLS encryption\n$mail->Port       = 465;", `${PHPMAILER}; the documented placeholder`),
  {
    text: "require 'PHPMailerAutoload.php';\n\nfunction SendMail($sub,$to,$msg)\n{\n    $mail = new PHPMailer;\n    $mail->isSMTP();                                      // Set mailer to use SMTP\n    $mail->Host = 'smtp.gmail.com';  // Specify main and backup SMTP servers\n    $mail->SMTPAuth = true;                               // Enable SMTP authentication\n    $mail->SMTPSecure = 'tls';                            // Enable encryption, 'ssl' also accepted\n    $mail->Username = 'ersatz.technologies@example.com';                 // SMTP username\n\n\n\n    $mail->Password = 'un!techwhooah';                           // SMTP password\n    $mail->From = 'from@example.com';\n    $mail->FromName = 'Admin';",
    expected: [pw('un!techwhooah')],
    from: PHPMAILER,
  },
  { text: 'cmd.exe /C PSEXEC \\\\10.0.94.120 -u Administrator -p dev_admin CMD /C ECHO', expected: [ip('10.0.94.120'), pw('dev_admin')], from: PSEXEC },
  { text: 'PSEXEC.EXE \\\\LocalComputerIPAddress -u DOMAIN\\my-user -p mypass CMD', expected: [pw('mypass')], from: PSEXEC },
  neg('psExec \\\\OAIJCTDU8024272 -u User -p $Password -i -d calc.exe', PSEXEC),
  neg(':: satmodel2\n%RUNTIMEDIR%\\PsExec.exe \\\\satmodel2 -u SATMODEL2\\MTCPB -p %nothing% -i 2 -c -f %TEMP%\\psexec_helper.bat %RUNTIMEDIR% .\\JavaOnly_runNode2.cmd\n%RUNTIMEDIR%\\pslist.exe \\\\satmodel2 java\nif %ERRORLEVEL% NEQ 0 goto done', PSEXEC),
  { text: 'system("psexec \\\\\\\\192.168.3.77 -u Administrator -p braksha shutdown -r -f -t 0");', expected: [ip('192.168.3.77'), pw('braksha')], from: PSEXEC },
  {
    text: "# Quick-start development settings - unsuitable for production\n# See https://docs.djangoproject.com/en/5.1/howto/deployment/checklist/\n\n# SECURITY WARNING: keep the secret key used in production secret!\nSECRET_KEY = 'django-insecure-_du9e^cmago!%(^+=gr@cu@v9-v7ulhbk2s3!w&39w4+n3*k*$'\n\n# SECURITY WARNING: don't run with debug turned on in production!\nDEBUG = True",
    expected: [sec('django-insecure-_du9e^cmago!%(^+=gr@cu@v9-v7ulhbk2s3!w&39w4+n3*k*$')],
    from: DJANGO,
  },
  {
    text: "# SECURITY WARNING: keep the secret key used in production secret!\n# SECRET_KEY = 'django-insecure-_du9e^cmago!%(^+=gr@cu@v9-v7ulhbk2s3!w&39w4+n3*k*$'\nSECRET_KEY = 'hmm'\n\n# SECURITY WARNING: don't run with debug turned on in production!\nDEBUG = True",
    expected: [sec('django-insecure-_du9e^cmago!%(^+=gr@cu@v9-v7ulhbk2s3!w&39w4+n3*k*$')],
    from: `${DJANGO}; the commented-out key is still a leaked key`,
  },
  { text: 'machine api.github.com login ziggy^stardust password 012345abcdef', expected: [pw('012345abcdef')], from: NETRC },
  { text: '```\nmachine raw.github.com\n  login visionmedia\n  password pass123\n```', expected: [pw('pass123')], from: NETRC },
  { text: '"""\nmachine api.wandb.ai\n  login user\n  password 7cc938e45e63e9014f88f811be240ba0395c02dd\n"""', expected: [pw('7cc938e45e63e9014f88f811be240ba0395c02dd')], from: NETRC },

  // jenkins.yml
  {
    text: "jenkins_user = 'root'\n# jenkins_passwd = '116365fd86d63bf507aba962606a5c8956'  Pre token\njenkins_passwd = '11811f784531053132519844d047186074'   # Dev Token\njenkins_url = 'http://10.1.188.121'",
    expected: [pw('116365fd86d63bf507aba962606a5c8956'), pw('11811f784531053132519844d047186074'), ip('10.1.188.121')],
    from: JENKINS,
  },
  { text: 'export JENKINS_USER=justin-admin-edit-view\nexport JENKINS_TOKEN=11f4274ec59be12eace9a08b08ee13d54b\nexport JENKINS=jenkins-cicd.apps.sno.openshiftlabs.net', expected: [sec('11f4274ec59be12eace9a08b08ee13d54b')], from: JENKINS },
  {
    text: 'sh "curl -X POST \'http://jenkins.lsfusion.luxsoft.by/job/${Paths.updateParentVersionsJob}/build\' --user ${USERPASS} -H \'Jenkins-Crumb:440561953171ba44ace9740562d172bb\'"',
    expected: [sec('440561953171ba44ace9740562d172bb')],
    from: JENKINS,
  },
  { text: '// Jenkins query token\nreadonly static string jenkinsToken = "df490bc6-ef6e-4f6a-99a0-b03d26cb56f9";', expected: [sec('df490bc6-ef6e-4f6a-99a0-b03d26cb56f9')], from: JENKINS },
  neg('1. ~~Does not play well with [Build Token Root Plugin](https://wiki.jenkins-ci.org/display/JENKINS/Build+Token+Root+Plugin) URL formats.~~ (added with [this commit](https://github.com/morficus/Parameterized-Remote-Trigger-Plugin/commit/f687dbe75d1c4f39f7e14b68220890384d7c5674)  )', JENKINS),

  // provider rules
  {
    text: "const twilioAccountSid = 'AC712594f590c0d8ace55c04858f7398f9' // Your Account SID from www.twilio.com/console\nconst twilioApiKeySID = 'SK9b4cc552783500ace5414a1ed3e9fd1a'\nconst twilioApiKeySecret = 'l6LUelKF2BUtMLace5oShZSmRppadYqI'",
    expected: [key('SK9b4cc552783500ace5414a1ed3e9fd1a'), sec('l6LUelKF2BUtMLace5oShZSmRppadYqI')],
    from: TWILIO,
  },
  {
    text: "// https://www.twilio.com/console/video/dev-tools/api-keys\n'API'              => env('TWILIO_API','SK6e84981d07ace5c9df33e1ab043a2fb2'),\n'API_KEY'          => env('TWILIO_API_KEY', 'wbTs1SUt6Aace5eKeNCxuYvJa6PhaRd0')",
    expected: [key('SK6e84981d07ace5c9df33e1ab043a2fb2'), sec('wbTs1SUt6Aace5eKeNCxuYvJa6PhaRd0')],
    from: TWILIO,
  },
  neg('okta_api_token = 00aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', `${OKTA}; one repeated character is a placeholder under the doc`),
  neg('OKTA_API_KEY = "00-aaaaaaaaaaaaa-aaaaaaaaaaaaaaaaaaaaaaaaa"', `${OKTA}; one repeated character is a placeholder under the doc`),
  { text: 'okta_secret:  00QCjAl4MlV-WPXM-ABCDEFGHIJKL-0HmjFx-vbGua', expected: [key('00QCjAl4MlV-WPXM-ABCDEFGHIJKL-0HmjFx-vbGua')], from: OKTA },
  { text: 'Authorization: SSWS 00QCjAl4MlV-WPXM-ABCDEFGHIJKL-0HmjFx-vbGua', expected: [key('00QCjAl4MlV-WPXM-ABCDEFGHIJKL-0HmjFx-vbGua')], from: OKTA },
  { text: 'variable "corp_okta_api_token" {\n  default = "004EWTpRQT_HJtG_nL-agxacgzYHjxPcF99kJsFzWg"\n}', expected: [key('004EWTpRQT_HJtG_nL-agxacgzYHjxPcF99kJsFzWg')], from: OKTA },
  neg('000000000000000000000000000000000000000000', OKTA),
  {
    text: '# Required license key associated with your New Relic account.\nlicense_key: 033f2f2072ca3f2cb2ec39024fa9e49cd640NRAL\n\n# Your application name. Renaming here affects where data displays in New',
    expected: [key('033f2f2072ca3f2cb2ec39024fa9e49cd640NRAL')],
    from: NEWRELIC,
  },
  neg('    license_key: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaNRAL', `${NEWRELIC}; repeated character placeholder`),
  { text: '        license: eu01xxaa7460e1ea3abdfbbbd36e85c10cd0NRAL', expected: [key('eu01xxaa7460e1ea3abdfbbbd36e85c10cd0NRAL')], from: NEWRELIC },
  neg('    license_key: xxxxxxxxxxxxxxx', NEWRELIC),
  neg(' --set global.licenseKey=a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6q7r8NRAL `', NEWRELIC),
  {
    text: '# Required license key associated with your New Relic account.\nlicense_key: 0a14254db7a1e9d29c3370dacc798cb65d25c9af\n\n# Your application name. Renaming here affects where data displays in New',
    expected: [key('0a14254db7a1e9d29c3370dacc798cb65d25c9af')],
    from: NEWRELIC,
  },
  neg('  license_key: \'<%= ENV["NEW_RELIC_LICENSE_KEY"] %>\'', NEWRELIC),
  { text: 'ENV NODE_ENV "production"\nENV PORT 8079\n#ENV NEW_RELIC_LICENSE_KEY=NRAK-7JCF597RJ492YP6MZWST3HWRNY2', expected: [key('NRAK-7JCF597RJ492YP6MZWST3HWRNY2')], from: NEWRELIC },
  { text: 'admin_access:NRAA-4780f48c47df5882dbec3fd82c7', expected: [key('NRAA-4780f48c47df5882dbec3fd82c7')], from: NEWRELIC },
  { text: '                    insertKey: "NRII-3nbcrMjHHs0RrT3GhRNqpd16YVMFHdcI")', expected: [key('NRII-3nbcrMjHHs0RrT3GhRNqpd16YVMFHdcI')], from: NEWRELIC },
  { text: ' "Api-Key": "NRII-7a6SL_Pau5Dz923jEuBEylu3clzXzfby"', expected: [key('NRII-7a6SL_Pau5Dz923jEuBEylu3clzXzfby')], from: NEWRELIC },
  { text: '  "querykey": "NRIQ-pD-yUGl9Z3ACIJ89V-zGkhMxFJE5O121",', expected: [key('NRIQ-pD-yUGl9Z3ACIJ89V-zGkhMxFJE5O121')], from: NEWRELIC },
  {
    text: 'curl -X POST "https://api.newrelic.com/v2/applications/380836898/deployments.json" \\\n     -H "X-Api-Key:NRRA-e270623d47659ff6a48ac5bde6bba223bef47c8c26" \\\n     -i \\\n     -H "Content-Type: application/json" \\\n     -d "{ \\"deployment\\": { \\"revision\\": \\"${rev}\\" }}"',
    expected: [key('NRRA-e270623d47659ff6a48ac5bde6bba223bef47c8c26')],
    from: NEWRELIC,
  },
  {
    text: 'MW_PX_DEPLOY_KEY=px-dep-f43ae612-dc8a-4049-9553-4af1b0e17620 MW_PX_API_KEY=px-api-c20a3cba-d3c9-45c1-a557-8864040b8f79',
    expected: [key('px-dep-f43ae612-dc8a-4049-9553-4af1b0e17620'), key('px-api-c20a3cba-d3c9-45c1-a557-8864040b8f79')],
    from: NEWRELIC,
  },
  neg(' --set newrelic-pixie.apiKey=px-api-a1b2c3d4-e5f6-g7h8-i8j0-k0l3m3n4o0p5 `', NEWRELIC),
  neg(' --set pixie-chart.deployKey=px-dep-d4c3b2a1-f6e5-h8g7-j1i8-p5o0n5m3l2k1 `', NEWRELIC),
  { text: 'sonar.host.url=https://sonarcloud.io -Dsonar.login=5524bf449ca45fcace54698371466398321f3a82', expected: [key('5524bf449ca45fcace54698371466398321f3a82')], from: SONAR },
  { text: "sonar.login', '826de5590c75919a8317fdface58206eebe7ebbc", expected: [key('826de5590c75919a8317fdface58206eebe7ebbc')], from: SONAR },
  { text: '$sonarLogin = "4924be8f51f3e738c97db2c4ace51db7e938f28b"', expected: [key('4924be8f51f3e738c97db2c4ace51db7e938f28b')], from: SONAR },
  neg('sonarqube-reporter-1.2.4.tgz#3b335d612137949d2f21fcc6c8c8164db7603227', SONAR),
  neg('sonarqube-reporter-1.4.0.tgz#eb9e15deb83e4ca532989df12b40fedd434ef89a', SONAR),
  neg('sonarqube-scanner/-/sonarqube-scanner-2.5.0.tgz#ff704cbddf355d38a52c5e9479d6bb5c1ff28eac', SONAR),
  neg('/d:sonar.host.url=$(SONAR_HOST) /d:sonar.login=$(SONAR_LOGIN) \\\n/d:sonar.coverage.exclusions="**Tests*.cs"', SONAR),
  {
    text: '00DE0X0A0M0PeLE!CJoAQOx1GCLf1UIt4UU9y0VOPLUZAYN6I8DsdGEDyHh5cO02egObcAhIDHYiGCfi94c53oFbr4HB.xZfuYRGhvNuxobAAXRe',
    expected: [key('00DE0X0A0M0PeLE!CJoAQOx1GCLf1UIt4UU9y0VOPLUZAYN6I8DsdGEDyHh5cO02egObcAhIDHYiGCfi94c53oFbr4HB.xZfuYRGhvNuxobAAXRe')],
    from: SALESFORCE,
  },
  {
    text: '=== Org Description\nKEY               VALUE\n────────────────  ──────────────────────────────────────\nAccess Token      00DE0X0A0M0PeLE!AQcAQH0dMHEXAMPLEzmpkb58urFRkgeBGsxL_QJWwYMfAbUeeG7c1EXAMPLEDUkWe6H34r1AAwOR8B8fLEz6nEXAMPLEAAAA\nClient Id         PlatformCLI\nConnected Status  Connected\nId                00D5fORGIDEXAMPLE\nInstance Url      https://MyDomainName.my.salesforce.com\nUsername          juliet.capulet@empathetic-wolf-g5qddtr.com',
    expected: [email('juliet.capulet@empathetic-wolf-g5qddtr.com')],
    from: `${SALESFORCE}; the token holds EXAMPLE (a documented placeholder), the user name is an e-mail address`,
  },
  { text: '   # config.facebook.key = "34cebc81c056a21bc66e212f947d73ec"', expected: [sec('34cebc81c056a21bc66e212f947d73ec')], from: FACEBOOK },
  { text: "    var fbApiKey = '0278fc1adf6dc1d82a156f306ce2c5cc';", expected: [sec('0278fc1adf6dc1d82a156f306ce2c5cc')], from: FACEBOOK },
  { text: '     fbApiKey:            "171e84fd57f430fc59afa8fad3dbda2a",', expected: [sec('171e84fd57f430fc59afa8fad3dbda2a')], from: FACEBOOK },
  { text: '\\"fbconnectkey\\";s:32:\\"8f52d1586bd18a18e152289b00ed7d29\\";', expected: [sec('8f52d1586bd18a18e152289b00ed7d29')], from: `${FACEBOOK}; a scanner negative (serialised PHP) that still holds the key` },
  {
    text: "url = 'https://graph.facebook.com/me/friends?access_token=EAACEdEose0cBAD5XZCz5JXYvqyeJzcSvFZC42toHiWyfjhcZCMZBZCpE3uRJnEBsrhUEMRK1wWs6SsdiDCaCI1mYwyoNuMix2XZCpvsKbZB9TumtZBlcLeIpl4pa931Ce9rTinEAhtyVVZAAZAX4NmfpBUqWtzCRC0fX5GZBn7ZC28mPKAZDZD'",
    expected: [key('EAACEdEose0cBAD5XZCz5JXYvqyeJzcSvFZC42toHiWyfjhcZCMZBZCpE3uRJnEBsrhUEMRK1wWs6SsdiDCaCI1mYwyoNuMix2XZCpvsKbZB9TumtZBlcLeIpl4pa931Ce9rTinEAhtyVVZAAZAX4NmfpBUqWtzCRC0fX5GZBn7ZC28mPKAZDZD')],
    from: FACEBOOK,
  },
  { text: '     TWITTER_ID:               "DkWLqcP3ace3wHuJ7fiw",', expected: [key('DkWLqcP3ace3wHuJ7fiw')], from: TWITTER },
  {
    text: "# TWITTER_API_KEY = 'UZYoBAfBzNace3mBwPOGYw'\n# TWITTER_API_SECRET = 'ngHaeaRPKA5BDQNXace3LWA1PvTA1kBGDaAJmc517E'",
    expected: [key('UZYoBAfBzNace3mBwPOGYw'), sec('ngHaeaRPKA5BDQNXace3LWA1PvTA1kBGDaAJmc517E')],
    from: TWITTER,
  },
  {
    text: "Twitter(auth=OAuth('MjuHWoGbzYmJv3ZuHaBvSENfyevu00NQuBc40VM',\n                   'anJLBCOALCXl7aXeybmNA5oae9E03Cm23cKNMLaScuXwk',\n                   'kl3E14NQx84qxO1dy247V0b2W',\n                   '5VFVXVMq9bDJzFAKPfWOiYmJZin2F7YLhSfoyLBXf6Bc9ngX3g'))",
    expected: [sec('MjuHWoGbzYmJv3ZuHaBvSENfyevu00NQuBc40VM'), sec('anJLBCOALCXl7aXeybmNA5oae9E03Cm23cKNMLaScuXwk'), sec('kl3E14NQx84qxO1dy247V0b2W'), sec('5VFVXVMq9bDJzFAKPfWOiYmJZin2F7YLhSfoyLBXf6Bc9ngX3g')],
    from: `${TWITTER}; a scanner negative (call arguments) that holds four OAuth credentials`,
  },
  { text: "MAILCHIMP_API='bd3777708aecfee66c5335f62a6246a4-us13'", expected: [key('bd3777708aecfee66c5335f62a6246a4-us13')], from: MAILCHIMP },

  // jwt.yml
  {
    text: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJsb2dnZWRJbkFzIjoiYWRtaW4iLCJpYXQiOjE0MjI3Nzk2Mzh9.gzSraSYS8EXBxLN_oWnFSRgCzcmEmMjLiuyu5CSpyHI',
    expected: [jwt('eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJsb2dnZWRJbkFzIjoiYWRtaW4iLCJpYXQiOjE0MjI3Nzk2Mzh9.gzSraSYS8EXBxLN_oWnFSRgCzcmEmMjLiuyu5CSpyHI')],
    from: JWT,
  },
  {
    text: 'NUCLEAR_SERVICES_ANON_KEY=eyJhbGciOiJIUzI1NiIsEnR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6InFqcnVqc2lzY2Nzdnl2am5xdG5xIiwicm9sZSI6ImEub24iLCJpYXQiOjE2NTY1OTY0NjEsImV4cCI6MTk3MjE3MjQ2MX0.WQWcwBAQFNE259f2o8ruFln_UMLTFEnEaUD7KHrs9Aw',
    expected: [jwt('eyJhbGciOiJIUzI1NiIsEnR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6InFqcnVqc2lzY2Nzdnl2am5xdG5xIiwicm9sZSI6ImEub24iLCJpYXQiOjE2NTY1OTY0NjEsImV4cCI6MTk3MjE3MjQ2MX0.WQWcwBAQFNE259f2o8ruFln_UMLTFEnEaUD7KHrs9Aw')],
    from: JWT,
  },
  neg('it "sets the relation to nil" do\n  eye.eyeable.should be_nill\nend', JWT),
  { text: 'something_else: true\njwt:\n  secret: "acb1ca5bc8d7fb2ef9f890f1be16d964" #some comment\n  ttl: 640000 #', expected: [sec('acb1ca5bc8d7fb2ef9f890f1be16d964')], from: JWT },
  { text: 'JWT:\n  secret: "development#product"\n  exp: "50m"', expected: [sec('development#product')], from: JWT },
  {
    text: 'oauthproviders:\n  jwtsecret: "7`D\'}/vYR)T;W\\5]EBrf;_&k>qX??]G&3CF=;@vyrVBp[$_hK4^?{qT/EglJe[FYjp:IPgl_t$%r"',
    expected: [sec("7`D'}/vYR)T;W\\5]EBrf;_&k>qX??]G&3CF=;@vyrVBp[$_hK4^?{qT/EglJe[FYjp:IPgl_t$%r")],
    from: JWT,
  },
  { text: "something_else: true\njwt:\n  secret: 'acb1ca5bc8d7fb2ef9f890f1be16d964' #some comment\n  ttl: 640000 #", expected: [sec('acb1ca5bc8d7fb2ef9f890f1be16d964')], from: JWT },
  { text: "JWT:\n  Secret: 'development#product'\n  exp: '50m'", expected: [sec('development#product')], from: JWT },
];
