// Round 3 wordings around each value, written for this round and different from split/contexts.ts. `{v}` is the
// value, `{name}` a person's name, `{key}` the provider's variable name. Whole templates go to one split.

export const ADDRESS = [
  '{v}', 'hey, can you check if this address looks right before I print the labels? {v}', 'Return address:\n{v}',
  'Our office moved to {v} last month, please update the footer.', 'Lieferadresse / delivery address: {v}', '<address>{v}</address>',
  'address_line: "{v}"', 'I live at {v} and the parcel never arrived.', 'Pick-up point: {v} (ring twice)', 'INSERT INTO customers (name, address) VALUES (\'{name}\', \'{v}\');',
  'Dear team,\n\nplease send the contract to\n\n{name}\n{v}\n\nThanks!', '- Venue: {v}\n- Time: 19:00', 'Translate this address into English: {v}', '{name}, {v}',
];

export const PHONE = [
  'ring me at {v} when you land', 'Contact number: {v}', 'Phone (work): {v}', 'call {name} on {v} re: invoice', 'Für Rückfragen: {v}',
  'Notfallnummer {v}', 'Tel {v} · Fax none', 'phone_number = "{v}"', '<a href="tel:{v}">{v}</a>', 'SMS the code to {v}, it expires in 5 minutes',
];

export const EMAIL = [
  'ping me at {v} if anything breaks', 'Reply-To: {v}', 'Author: {name} <{v}>', 'Contact the maintainer ({v}) for access.', 'E-Mail: {v}',
  'ADMIN_EMAIL={v}', 'cc: {v}', 'Signed-off-by: {name} <{v}>',
];

export const CARD = [
  'charged twice on card {v}, can you check?', 'Kreditkarte {v} wurde abgelehnt', 'payment_method[card][number]={v}', 'CC: {v} exp 04/29 cvv 456',
  'Zahlung mit {v}', 'I tried {v} in the test checkout and got "card declined"', '"pan": "{v}"', 'Card ending… actually full number is {v}',
];

export const IBAN = [
  'Please wire the refund to {v}.', 'Kontoverbindung: IBAN {v}, BIC unknown', 'Beneficiary IBAN: {v}', 'iban: "{v}"', 'Virement sur le compte {v} svp',
  'Conto corrente: {v}', 'Send it to my account {v} before Monday',
];

export const IP = [
  'sshd[1234]: Failed password for invalid user admin from {v} port 52144 ssh2', 'iptables -A INPUT -s {v} -j DROP', 'allow {v};', 'proxy_pass http://{v}:3000;',
  'Host prod\n  HostName {v}\n  User deploy', 'ansible_host={v}', 'DATABASE_HOST={v}', 'fail2ban.actions: NOTICE [sshd] Ban {v}', 'my home IP is {v}, please whitelist it',
  'curl http://{v}:9200/_cluster/health',
];

/** Provider keys. */
export const PROVIDER = [
  '{key}={v}', '{key}="{v}"', 'set {key}={v}', 'fly secrets set {key}={v}', 'heroku config:set {key}={v}', 'gh secret set {key} --body "{v}"',
  '  - name: {key}\n    value: "{v}"', '[default]\napi_key = {v}', 'api_key: "{v}"', 'client = SomeClient("{v}")', 'headers = {"Authorization": "Token {v}"}',
  'here is my key {v}, why is it rejected?', 'I accidentally committed {v} to GitHub, what do I do?', 'new Client({ apiKey: "{v}" })', 'X-API-KEY: {v}',
  '"credentials": {"token": "{v}"}', '{key} := "{v}"', 'Setx {key} "{v}"',
];

export const GENERIC = [
  '{key}={v}', '{key}: "{v}"', 'export {key}="{v}"', "config['{key}'] = '{v}'", '"{key}" => "{v}",', '{key} = {v}', '  {key}: {v}', '{key}: {v}',
];

export const JWT = [
  'this token expires too early: {v}', 'Set-Cookie: auth={v}; HttpOnly', 'curl -H "Authorization: JWT {v}" localhost:8000/api/', '{"jwt": "{v}"}', 'id_token={v}&state=xyz',
  'decode this for me {v}',
];

export const PRIVATE_KEY = ['cat ~/.ssh/id_ed25519\n{v}', 'Why does this key not load?\n\n{v}', '"private_key": "{v}"', 'ssl_key: |\n{v}'];

/** Password forms: the password alone is the labelled span. Each names the document that defines the form. */
export const PASSWORD: { t: string; doc: string }[] = [
  { t: "define( 'DB_PASSWORD', '{v}' );", doc: 'WordPress developer docs, wp-config.php' },
  { t: "DATABASES = {'default': {'ENGINE': 'django.db.backends.postgresql', 'NAME': 'shop', 'USER': 'shop', 'PASSWORD': '{v}', 'HOST': 'db'}}", doc: 'Django settings reference, DATABASES' },
  { t: 'production:\n  adapter: postgresql\n  database: app_prod\n  username: app\n  password: {v}\n  host: db.internal', doc: 'Rails guides, config/database.yml' },
  { t: 'MAIL_USERNAME=noreply\nMAIL_PASSWORD={v}', doc: 'Laravel docs, mail configuration' },
  { t: "CREATE USER 'app'@'%' IDENTIFIED BY '{v}';", doc: 'MySQL reference manual, CREATE USER' },
  { t: "ALTER ROLE web WITH LOGIN PASSWORD '{v}';", doc: 'PostgreSQL docs, ALTER ROLE' },
  { t: "CREATE LOGIN reporting WITH PASSWORD = '{v}';", doc: 'SQL Server docs, CREATE LOGIN' },
  { t: 'requirepass {v}', doc: 'redis.conf documentation' },
  { t: 'ACL SETUSER worker on >{v} ~jobs:* +@all', doc: 'Redis docs, ACL' },
  { t: 'network={\n    ssid="HomeNet"\n    psk="{v}"\n}', doc: 'wpa_supplicant.conf(5)' },
  { t: 'nmcli dev wifi connect HomeNet password {v}', doc: 'nmcli(1)' },
  { t: 'docker login -u ci-bot -p {v} registry.internal', doc: 'Docker docs, docker login' },
  { t: 'Connection conn = DriverManager.getConnection(url, "report", "{v}");', doc: 'Java SE API, DriverManager.getConnection(url, user, password)' },
  { t: "$pdo = new PDO('mysql:host=localhost;dbname=shop', 'shop', '{v}');", doc: 'PHP manual, PDO::__construct(dsn, username, password)' },
  { t: 'conn = psycopg2.connect(dbname="crm", user="crm", password="{v}", host="db")', doc: 'psycopg2 docs, connect()' },
  { t: "db = pymysql.connect(host='db', user='root', passwd='{v}', db='app')", doc: 'PyMySQL docs, connect(passwd=…)' },
  { t: 'engine = create_engine("mysql+pymysql://etl:{v}@warehouse/analytics")', doc: 'SQLAlchemy docs, database URLs' },
  { t: '[web]\n10.1.2.3 ansible_user=deploy ansible_become_password={v}', doc: 'Ansible docs, connection variables' },
  { t: 'kubectl create secret generic db-creds --from-literal=username=app --from-literal=password={v}', doc: 'kubectl docs, create secret generic' },
  { t: 'spring.mail.username=alerts\nspring.mail.password={v}', doc: 'Spring Boot application properties, spring.mail.*' },
  { t: "EMAIL_HOST_USER = 'alerts'\nEMAIL_HOST_PASSWORD = '{v}'", doc: 'Django settings reference, EMAIL_HOST_PASSWORD' },
  { t: '[internal]\nrepository = https://pypi.internal/\nusername = ci\npassword = {v}', doc: 'PyPA docs, .pypirc' },
  { t: '<server>\n  <id>nexus</id>\n  <username>deploy</username>\n  <password>{v}</password>\n</server>', doc: 'Maven settings reference, servers' },
  { t: 'https://deploy:{v}@git.internal/team/app.git', doc: 'git-credential-store(1) file format' },
  { t: 'PGPASSWORD={v} pg_dump -h db -U backup shop > shop.sql', doc: 'PostgreSQL libpq environment variables' },
  { t: 'mysqldump -u backup --password={v} shop > shop.sql', doc: 'MySQL docs, command options for connecting' },
  { t: 'openssl pkcs12 -export -in cert.pem -inkey key.pem -out bundle.p12 -passout pass:{v}', doc: 'openssl-passphrase-options(1)' },
  { t: 'keytool -genkeypair -alias app -keystore app.jks -storepass {v}', doc: 'keytool docs' },
  { t: 'net use Z: \\\\fs01\\share /user:CORP\\jdoe {v}', doc: 'Microsoft docs, net use' },
  { t: '$pw = ConvertTo-SecureString "{v}" -AsPlainText -Force', doc: 'Microsoft docs, ConvertTo-SecureString' },
  { t: 'curl --user admin:{v} http://jenkins.internal/api/json', doc: 'curl(1) --user' },
  { t: 'db.createUser({user: "app", pwd: "{v}", roles: ["readWrite"]})', doc: 'MongoDB docs, db.createUser' },
  { t: "echo '{v}' | sudo -S apt-get update", doc: 'sudo(8) -S' },
  { t: 'mount -t cifs //fs/share /mnt/share -o username=jdoe,password={v}', doc: 'mount.cifs(8)' },
  { t: 'jdbc:mysql://db:3306/app?user=app&password={v}', doc: 'MySQL Connector/J docs, connection URL' },
  { t: 'sqlplus scott/{v}@orcl', doc: 'Oracle SQL*Plus docs, username/password@connect_identifier' },
  { t: 'mongosh "mongodb://db.internal:27017" -u admin -p {v}', doc: 'mongosh docs, --password' },
  { t: 'db, err := sql.Open("mysql", "app:{v}@tcp(db:3306)/shop")', doc: 'go-sql-driver/mysql DSN format' },
  { t: 'environment:\n  MYSQL_ROOT_PASSWORD: {v}\n  MYSQL_DATABASE: app', doc: 'Docker Hub mysql image docs' },
  { t: 'RABBITMQ_DEFAULT_USER=app\nRABBITMQ_DEFAULT_PASS={v}', doc: 'Docker Hub rabbitmq image docs' },
  { t: 'GF_SECURITY_ADMIN_PASSWORD={v}', doc: 'Grafana docs, configure with environment variables' },
  { t: 'MINIO_ROOT_USER=admin\nMINIO_ROOT_PASSWORD={v}', doc: 'MinIO docs' },
  { t: '<input type="password" name="pw" value="{v}">', doc: 'HTML spec, input type=password' },
  { t: 'GET /login?user=admin&pass={v} HTTP/1.1', doc: 'query-string credentials (RFC 3986 query)' },
  { t: 'The Wi-Fi is "CoffeeHouse5G", password {v}', doc: 'prose' },
  { t: 'login: admin / {v}', doc: 'prose' },
  { t: 'user jdoe, pass {v}', doc: 'prose' },
  { t: 'Das WLAN-Passwort lautet {v}', doc: 'prose (de)' },
  { t: 'Le mot de passe du wifi est {v}', doc: 'prose (fr)' },
  { t: 'la clave del wifi es {v}', doc: 'prose (es)' },
  { t: 'La password è {v}', doc: 'prose (it)' },
  { t: 'a senha do wifi é {v}', doc: 'prose (pt)' },
  { t: 'Het wachtwoord is {v}', doc: 'prose (nl)' },
  { t: 'Hasło: {v}', doc: 'prose (pl)' },
  { t: 'Пароль: {v}', doc: 'prose (ru)' },
  { t: 'パスワードは{v}です', doc: 'prose (ja)' },
  { t: '密码是 {v}', doc: 'prose (zh)' },
  { t: 'Şifre: {v}', doc: 'prose (tr)' },
];
