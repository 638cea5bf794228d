// Round 4 wordings and configuration forms, written for this round (different from split/contexts.ts and
// round3/contexts.ts). `{v}` is the value; `{user}` a user name. Password forms name the document that defines the
// form; each form is assigned whole to one split by build.ts.

export interface Form {
  doc: string;
  t: string;
}

/** A password in the form a program or a person writes it. Only the password is labelled. */
export const PASSWORD_FORMS: Form[] = [
  { doc: 'mysql(1) --password, attached short option', t: "mysql -u {user} -p'{v}' -h db.internal shop" },
  { doc: 'mysqldump(1) --password=', t: 'mysqldump --user={user} --password={v} --single-transaction shop > shop.sql' },
  { doc: 'libpq PGPASSWORD environment variable', t: 'PGPASSWORD={v} psql -h pg.internal -U {user} reports' },
  { doc: 'libpq PGPASSWORD, exported', t: "export PGPASSWORD='{v}'\npg_dump -h pg.internal -U {user} app > app.sql" },
  { doc: 'htpasswd(1) -b batch mode', t: 'htpasswd -b -c /etc/nginx/.htpasswd {user} {v}' },
  { doc: 'RFC 3986 userinfo in an https URL', t: 'git remote add backup https://{user}:{v}@git.internal.example/team/app.git' },
  { doc: 'AMQP URI (RabbitMQ docs)', t: 'CELERY_BROKER_URL=amqp://{user}:{v}@rabbitmq:5672/vhost' },
  { doc: 'redis-cli -a', t: 'redis-cli -h cache.internal -a {v} INFO replication' },
  { doc: 'sshpass(1) -p', t: "sshpass -p '{v}' ssh {user}@build-agent-3" },
  { doc: 'dotenv file', t: 'SMTP_HOST=smtp.mailhost.example\nSMTP_USER={user}\nSMTP_PASSWORD={v}\nSMTP_PORT=587' },
  { doc: 'Spring Boot application.yml', t: 'spring:\n  datasource:\n    url: jdbc:postgresql://pg:5432/orders\n    username: {user}\n    password: "{v}"' },
  { doc: 'JSON config', t: '{\n  "db_host": "mongo.internal",\n  "db_user": "{user}",\n  "db_pass": "{v}"\n}' },
  { doc: 'INI file (php.ini / my.cnf style)', t: '[client]\nuser = {user}\npasswd = {v}\nhost = db.internal' },
  { doc: '.NET appSettings XML', t: '<appSettings>\n  <add key="SmtpUser" value="{user}" />\n  <add key="SmtpPassword" value="{v}" />\n</appSettings>' },
  { doc: 'SqlClient connection string', t: 'Server=sql01;Database=Billing;User Id={user};Password={v};TrustServerCertificate=True' },
  { doc: 'docker run -e (mysql image docs)', t: 'docker run -d --name db -e MYSQL_ROOT_PASSWORD={v} -p 3306:3306 mysql:8.4' },
  { doc: 'PowerShell ConvertTo-SecureString', t: '$secure = ConvertTo-SecureString "{v}" -AsPlainText -Force\n$cred = New-Object PSCredential("{user}", $secure)' },
  { doc: 'Windows net user', t: 'net user {user} {v} /add' },
  { doc: 'docker login --password-stdin', t: 'echo "{v}" | docker login registry.internal -u {user} --password-stdin' },
  { doc: 'chpasswd(8)', t: "echo '{user}:{v}' | sudo chpasswd" },
  { doc: 'sqlcmd -P', t: "sqlcmd -S tcp:sql01,1433 -U {user} -P '{v}' -Q \"SELECT 1\"" },
  { doc: 'Ansible become password variable', t: 'ansible_user: {user}\nansible_become_pass: {v}' },
  { doc: 'Terraform variable', t: 'resource "azurerm_linux_virtual_machine" "vm" {\n  admin_username = "{user}"\n  admin_password = "{v}"\n}' },
  { doc: 'MongoDB SRV connection string', t: 'MONGO_URI="mongodb+srv://{user}:{v}@cluster0.ab1cd.mongodb.net/shop?retryWrites=true"' },
  { doc: 'FTP URL', t: 'lftp ftp://{user}:{v}@files.partner.example' },
  { doc: 'smbclient -U user%password', t: 'smbclient //nas/backup -U {user}%{v}' },
  { doc: 'wget --password=', t: 'wget --user={user} --password={v} https://downloads.internal/build.tar.gz' },
  { doc: 'openssl -passout pass:', t: 'openssl pkcs12 -export -in cert.pem -inkey key.pem -out bundle.p12 -passout pass:{v}' },
  { doc: 'keytool -storepass', t: 'keytool -importcert -file ca.crt -keystore truststore.jks -storepass {v} -noprompt' },
  { doc: '.netrc', t: 'machine api.internal.example\n  login {user}\n  password {v}' },
  { doc: 'Java properties', t: 'spring.mail.username={user}\nspring.mail.password={v}' },
  { doc: 'Npgsql connection string', t: '"ConnectionStrings": { "Default": "Host=pg;Database=app;Username={user};Password={v}" }' },
  { doc: 'MySQL URL', t: 'DATABASE_URL=mysql://{user}:{v}@localhost:3306/wordpress' },
  { doc: 'key named pass', t: 'login={user} pass={v}' },
  { doc: 'JSON pwd', t: '{"uid": "{user}", "pwd": "{v}"}' },
  { doc: 'env ADMIN_PASS', t: 'ADMIN_USER={user}\nADMIN_PASS={v}' },
  { doc: 'CLI --db-password with a space', t: './migrate --db-user {user} --db-password {v} up' },
  { doc: 'IMAP LOGIN command (RFC 3501)', t: 'a001 LOGIN {user} {v}' },
  { doc: 'pip index URL with credentials', t: 'pip install --extra-index-url https://{user}:{v}@pypi.internal.example/simple mypkg' },
  { doc: 'Python keyword argument', t: 'conn = psycopg.connect(host="pg", user="{user}", password="{v}", dbname="app")' },
  { doc: 'Go struct literal', t: 'cfg := mysql.Config{User: "{user}", Passwd: "{v}", Net: "tcp", Addr: "db:3306"}' },
  { doc: 'TOML', t: '[database]\nuser = "{user}"\npassword = "{v}"' },
  { doc: 'Windows cmdkey', t: 'cmdkey /add:fileserver /user:{user} /pass:{v}' },
  { doc: 'runas-style prompt transcript', t: 'Enter password for {user}: {v}' },
  { doc: 'prose, English', t: 'the wifi password is {v} btw' },
  { doc: 'prose, German', t: 'Das Passwort für den Router lautet {v}' },
  { doc: 'prose, French', t: 'Le mot de passe du compte admin est {v}' },
  { doc: 'prose, Spanish', t: 'La contraseña del servidor es {v}' },
  { doc: 'prose, Italian', t: 'La password della casella è {v}' },
  { doc: 'prose, Portuguese', t: 'A senha do e-mail é {v}' },
  { doc: 'prose, Dutch', t: 'Het wachtwoord van de NAS is {v}' },
  { doc: 'prose, Polish', t: 'Hasło do konta: {v}' },
  { doc: 'prose, Swedish', t: 'Lösenordet till wifi är {v}' },
  { doc: 'prose, Danish', t: 'Adgangskoden er {v}' },
  { doc: 'prose, Norwegian', t: 'Passordet er {v}' },
  { doc: 'prose, Finnish', t: 'Salasana on {v}' },
  { doc: 'prose, Czech', t: 'Heslo k účtu je {v}' },
  { doc: 'prose, Turkish', t: 'Şifre: {v}' },
  { doc: 'prose, Russian', t: 'Пароль от почты: {v}' },
  { doc: 'prose, Ukrainian', t: 'Пароль — {v}' },
  { doc: 'prose, Greek', t: 'Ο κωδικός πρόσβασης είναι {v}' },
  { doc: 'prose, Japanese', t: 'パスワードは {v} です' },
  { doc: 'prose, Chinese', t: '密码是 {v}' },
  { doc: 'prose, Korean', t: '비밀번호는 {v} 입니다' },
  { doc: 'prose, Hungarian', t: 'A jelszó: {v}' },
  { doc: 'prose, Romanian', t: 'Parola este {v}' },
  { doc: 'prose, Indonesian', t: 'Kata sandi: {v}' },
  { doc: 'prose, Vietnamese', t: 'Mật khẩu là {v}' },
  { doc: 'prose, Arabic', t: 'كلمة المرور: {v}' },
  { doc: 'prose, Hebrew', t: 'הסיסמה היא {v}' },
  { doc: 'prose, Hindi', t: 'पासवर्ड: {v}' },
  { doc: 'prose, Thai', t: 'รหัสผ่าน: {v}' },
];

/** Around an address: the labelled value is `{v}` (street to postcode/town); venue and country stay outside it. */
export const ADDRESS_ONE_LINE = [
  'Ship it to {v}, please.', 'Rechnungsadresse: {v}', 'Adresse de livraison : {v}', 'Dirección de envío: {v}', 'Indirizzo: {v}', 'Adres: {v}',
  'We moved! New office: {v}', '{"shipping_address": "{v}"}', 'address = "{v}"', 'Meet me at {v} at 8.', '住所: {v}', 'Адрес доставки: {v}',
];
export const ADDRESS_BLOCK = ['{before}{v}{after}', 'Please send the invoice to:\n\n{before}{v}{after}\n\nThank you.', 'Absender:\n{before}{v}{after}', '> Shipping address\n> {before}{v}{after}'];

export const PHONE = [
  'Tel.: {v}', 'Call us at {v} (Mon–Fri)', 'Téléphone : {v}', 'Teléfono: {v}', 'Telefon: {v}', 'Телефон: {v}', '電話番号: {v}', '联系电话：{v}', '전화: {v}',
  'TEL;TYPE=work,voice:{v}', 'Hotline {v} — free of charge', '"phone": "{v}"', 'Rufen Sie uns an: {v}', 'Numero verde {v}', 'helpdesk: {v}', 'Fax/Tel {v}',
];

export const PROVIDER = [
  '{id}_api_token = "{v}"', 'export {ID}_TOKEN={v}', '{id}Token: {v}', '"{id}_key": "{v}"', '<{id}Token>{v}</{id}Token>', "os.environ['{ID}_API_KEY'] = '{v}'",
  '{ID}_SECRET := "{v}"', 'set -x {ID}_TOKEN {v}',
];

export const JWT = ['Cookie: session={v}; Path=/', 'https://app.example/callback#id_token={v}&state=af0ifjsldkj', 'localStorage.setItem("token", "{v}")', 'X-Auth: {v}'];
export const PRIVATE_KEY = ['```\n{v}\n```', 'key.pem:\n{v}', 'ssh_private_key: |\n{v}', 'SIGNING_KEY="{v}"'];
export const EMAIL = ['Kontakt: {v}', 'mail me at {v}', 'From: "Support" <{v}>', 'owner = "{v}"', 'Écrivez-nous à {v}'];
