// Round 21's password forms: network gear configs, cloud and container CLIs, backup, archive, remote-desktop and
// VPN tools, message brokers, mail clients, directory and keystore tools, Windows administration, service configs in
// INI, YAML, TOML, XML, properties and env files, and connection strings of more drivers, written for this round (the
// shapes follow the tools' flags and keys as the helper knows them from memory, not checked against their
// documentation; see README.md). `{v}` is the password, `{u}` a user name (not labelled). `pin` marks a form that takes
// digits (door, gate, alarm and safe codes, PINs: passwords by the project's rule since round 17).
export interface PasswordForm { t: string; doc: string; pin?: boolean }
export const PASSWORD_FORMS: PasswordForm[] = [
  // Network gear
  { t: 'conf t\nusername {u} privilege 15 secret 0 {v}\nend\nwr mem', doc: 'Cisco IOS username secret' },
  { t: 'switch(config)# enable password {v}', doc: 'Cisco IOS enable password' },
  { t: 'set system login user {u} authentication plain-text-password-value {v}', doc: 'Junos set-style config' },
  { t: '/user add name={u} group=full password={v}', doc: 'MikroTik RouterOS user add' },
  { t: 'config system admin\n    edit "{u}"\n        set password {v}\n    next\nend', doc: 'FortiGate admin config' },
  { t: 'local-user {u} password irreversible-cipher {v}', doc: 'Huawei VRP local-user' },
  { t: 'username {u} privilege 15 role network-admin secret 0 {v}', doc: 'Arista EOS username secret' },
  { t: 'password manager user-name {u} plaintext {v}', doc: 'HPE/Aruba ProCurve password manager' },
  { t: 'snmpwalk -v3 -l authPriv -u {u} -a SHA -A {v} sw-core1.lan', doc: 'net-snmp snmpwalk v3 auth passphrase' },
  // Cloud and container CLIs
  { t: 'helm repo add internal https://charts.corp.lan --username {u} --password {v}', doc: 'Helm repo add' },
  { t: 'oc login https://api.ocp.lan:6443 -u {u} -p {v} --insecure-skip-tls-verify', doc: 'OpenShift oc login' },
  { t: 'kubectl create secret generic db-creds --from-literal=username={u} --from-literal=password={v}', doc: 'kubectl create secret --from-literal' },
  { t: 'argocd login argocd.corp.lan --username admin --password {v} --grpc-web', doc: 'Argo CD CLI login' },
  { t: 'vault login -method=userpass username={u} password={v}', doc: 'HashiCorp Vault userpass login' },
  { t: 'az vm create -g rg-lab -n vm01 --image Ubuntu2204 --admin-username {u} --admin-password {v}', doc: 'Azure CLI vm create' },
  { t: 'aws rds create-db-instance --db-instance-identifier reports --engine postgres --master-username {u} --master-user-password {v} --allocated-storage 20', doc: 'AWS CLI rds create-db-instance' },
  { t: 'gcloud sql users set-password {u} --instance=pg-main --password={v}', doc: 'gcloud sql users set-password' },
  { t: 'skopeo copy --dest-creds {u}:{v} docker://alpine:3.20 docker://registry.lan/mirror/alpine:3.20', doc: 'skopeo --dest-creds' },
  { t: 'crane auth login registry.lan -u {u} -p {v}', doc: 'crane auth login' },
  { t: 'nerdctl login -u {u} -p {v} harbor.lan', doc: 'nerdctl login' },
  // Backup and archives
  { t: 'kopia repository connect filesystem --path=/mnt/backup --password={v}', doc: 'Kopia repository connect' },
  { t: '7z a -p{v} -mhe=on contracts.7z ./contracts/', doc: '7-Zip a -p' },
  { t: 'zip -P {v} -r handover.zip handover/', doc: 'Info-ZIP zip -P' },
  { t: 'openssl enc -aes-256-cbc -pbkdf2 -in db.sql -out db.sql.enc -pass pass:{v}', doc: 'OpenSSL enc -pass pass:' },
  { t: 'RSYNC_PASSWORD={v} rsync -av ./site/ rsync://{u}@mirror.lan/www/', doc: 'rsync daemon RSYNC_PASSWORD' },
  { t: 'export BORG_PASSPHRASE=\'{v}\'\nborg create /mnt/borg::docs-2026-12-03 ~/Documents', doc: 'BorgBackup BORG_PASSPHRASE' },
  // Remote access and VPN
  { t: 'sshpass -p \'{v}\' ssh -o StrictHostKeyChecking=no {u}@app03.lan', doc: 'sshpass -p' },
  { t: 'plink -ssh -pw {v} {u}@bastion.lan "uptime"', doc: 'PuTTY plink -pw' },
  { t: 'rdesktop -u {u} -p {v} -g 1600x900 ts01.corp.lan', doc: 'rdesktop -p' },
  { t: 'x11vnc -display :0 -passwd {v} -forever', doc: 'x11vnc -passwd' },
  { t: 'echo \'{v}\' | openconnect --user={u} --passwd-on-stdin vpn.corp.lan', doc: 'OpenConnect --passwd-on-stdin' },
  { t: '# /etc/ipsec.secrets\n: PSK "{v}"', doc: 'strongSwan ipsec.secrets PSK' },
  { t: 'anydesk --set-password <<< {v}', doc: 'AnyDesk --set-password' },
  // Brokers and databases
  { t: 'mosquitto_pub -h mqtt.lan -u {u} -P {v} -t home/boiler/set -m on', doc: 'Mosquitto mosquitto_pub -P' },
  { t: 'artemis queue stat --user {u} --password {v} --url tcp://mq.lan:61616', doc: 'ActiveMQ Artemis CLI' },
  { t: 'clickhouse-client --host ch.lan --user {u} --password {v} --query "SELECT 1"', doc: 'clickhouse-client --password' },
  { t: 'cqlsh cassandra.lan 9042 -u {u} -p {v}', doc: 'Cassandra cqlsh' },
  { t: 'mongodump --uri="mongodb://{u}:{v}@mongo.lan:27017/shop?authSource=admin" --out=/backup/shop', doc: 'mongodump --uri' },
  { t: 'influx setup --username {u} --password {v} --org lab --bucket metrics --force', doc: 'InfluxDB influx setup' },
  { t: 'ldapsearch -x -H ldap://dc1.corp.lan -D "cn={u},ou=svc,dc=corp,dc=lan" -w {v} -b "dc=corp,dc=lan" "(uid=jdoe)"', doc: 'OpenLDAP ldapsearch -w' },
  // Keystores and certificates
  { t: 'keytool -importkeystore -srckeystore old.jks -destkeystore new.p12 -deststoretype PKCS12 -srcstorepass {v} -deststorepass {v}', doc: 'Java keytool storepass (the same password twice)' },
  { t: 'openssl pkcs12 -export -in cert.pem -inkey key.pem -out bundle.p12 -passout pass:{v}', doc: 'OpenSSL pkcs12 -passout' },
  { t: 'certutil -f -p {v} -importpfx C:\\certs\\web01.pfx', doc: 'Windows certutil -importpfx' },
  // Windows administration
  { t: 'net user {u} {v} /add /domain', doc: 'Windows net user /add' },
  { t: '$pw = ConvertTo-SecureString "{v}" -AsPlainText -Force\nNew-LocalUser -Name "{u}" -Password $pw', doc: 'PowerShell ConvertTo-SecureString' },
  { t: 'psexec \\\\srv-app02 -u CORP\\{u} -p {v} cmd /c ipconfig', doc: 'Sysinternals PsExec -p' },
  { t: 'mount -t cifs //nas.lan/scans /mnt/scans -o username={u},password={v},vers=3.0', doc: 'mount.cifs password=' },
  { t: 'echo "{u}:{v}" | sudo chpasswd', doc: 'chpasswd' },
  { t: 'htpasswd -b -c /etc/nginx/.htpasswd {u} {v}', doc: 'Apache htpasswd -b' },
  // Mail clients
  { t: 'account work\nhost smtp.corp.lan\nport 587\nauth on\nuser {u}\npassword {v}', doc: 'msmtprc' },
  { t: 'set smtp_url = "smtps://{u}@mail.corp.lan"\nset smtp_pass = "{v}"', doc: 'Mutt muttrc smtp_pass' },
  { t: '[Repository remote]\ntype = IMAP\nremotehost = imap.corp.lan\nremoteuser = {u}\nremotepass = {v}', doc: 'OfflineIMAP remotepass' },
  { t: 'poll imap.corp.lan protocol IMAP user "{u}" password "{v}" ssl', doc: 'fetchmailrc' },
  { t: 'machine git.corp.lan login {u} password {v}', doc: '.netrc' },
  // Service configs
  { t: '[client]\nuser={u}\npassword={v}\nhost=db01.lan', doc: 'MySQL option file ~/.my.cnf' },
  { t: '[database]\nhost = "pg.lan"\nuser = "{u}"\npassword = "{v}"\nname = "wiki"', doc: 'TOML service config' },
  { t: 'spring:\n  rabbitmq:\n    host: mq.lan\n    username: {u}\n    password: {v}', doc: 'Spring Boot application.yml rabbitmq' },
  { t: '<server>\n  <id>corp-releases</id>\n  <username>{u}</username>\n  <password>{v}</password>\n</server>', doc: 'Maven settings.xml server' },
  { t: '<packageSourceCredentials>\n  <corp>\n    <add key="Username" value="{u}" />\n    <add key="ClearTextPassword" value="{v}" />\n  </corp>\n</packageSourceCredentials>', doc: 'NuGet.config ClearTextPassword' },
  { t: 'mail.smtp.user={u}\nmail.smtp.password={v}', doc: 'Java mail .properties' },
  { t: 'MYSQL_ROOT_PASSWORD={v}\nMYSQL_DATABASE=shop', doc: 'MySQL image .env' },
  { t: 'services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: {u}\n      POSTGRES_PASSWORD: {v}', doc: 'docker-compose environment' },
  { t: '[web]\nweb01.lan ansible_user={u} ansible_password={v}', doc: 'Ansible inventory ansible_password' },
  { t: 'resource "azurerm_mssql_server" "main" {\n  administrator_login          = "{u}"\n  administrator_login_password = "{v}"\n}', doc: 'Terraform azurerm_mssql_server' },
  { t: 'network={\n    ssid="Werkstatt"\n    psk="{v}"\n}', doc: 'wpa_supplicant.conf psk' },
  { t: 'interface=wlan0\nssid=Gaeste\nwpa=2\nwpa_passphrase={v}', doc: 'hostapd.conf wpa_passphrase' },
  { t: '{\n  "http-basic": {\n    "repo.corp.lan": { "username": "{u}", "password": "{v}" }\n  }\n}', doc: 'Composer auth.json http-basic' },
  // Connection strings
  { t: 'Host=pg.lan;Port=5432;Database=orders;Username={u};Password={v};SSL Mode=Require', doc: 'Npgsql connection string' },
  { t: 'Data Source=ORCL01;User Id={u};Password={v};', doc: 'ODP.NET connection string' },
  { t: 'amqp://{u}:{v}@rabbit.lan:5672/%2F', doc: 'AMQP URL' },
  { t: 'smtp://{u}:{v}@smtp.corp.lan:587', doc: 'SMTP URL' },
  { t: 'clickhouse://{u}:{v}@ch.lan:9000/default', doc: 'ClickHouse DSN' },
  { t: 'snowflake://{u}:{v}@xy12345.eu-central-1/ANALYTICS/PUBLIC?warehouse=WH_XS', doc: 'Snowflake SQLAlchemy URL' },
  { t: 'DATABASE_URL=mysql2://{u}:{v}@db.lan/app_production', doc: 'Rails DATABASE_URL' },
  // Tickets and chat
  { t: 'Ticket #48213: reset done for {u}, temp password is {v} (must change at next logon)', doc: 'helpdesk ticket' },
  { t: 'Hi team, guest wifi for the offsite: network "Offsite-2026", pass {v}', doc: 'chat' },
  // Door, gate, alarm and safe codes, PINs (chat in many languages)
  { t: 'Kód ke dveřím do sklepa je {v}#', doc: 'Czech door code', pin: true },
  { t: 'Ο κωδικός της εξώπορτας είναι {v}', doc: 'Greek door code', pin: true },
  { t: 'A kapukód: {v}, utána balra a lift', doc: 'Hungarian gate code', pin: true },
  { t: 'Codul de la interfon este {v}', doc: 'Romanian intercom code', pin: true },
  { t: 'Koden til porten er {v}, husk at lukke efter dig', doc: 'Danish gate code', pin: true },
  { t: 'Alarmkoden er {v} – slå av innen 30 sekunder', doc: 'Norwegian alarm code', pin: true },
  { t: 'Šifra za sef u sobi je {v}', doc: 'Croatian safe code', pin: true },
  { t: 'Kode pintu kos: {v}', doc: 'Indonesian door code', pin: true },
  { t: 'הקוד לדלת הכניסה הוא {v}', doc: 'Hebrew door code', pin: true },
  { t: 'رمز باب العمارة {v}', doc: 'Arabic building door code', pin: true },
  { t: 'PIN do karty służbowej: {v}', doc: 'Polish card PIN', pin: true },
  { t: 'Mã cổng chung cư là {v}', doc: 'Vietnamese gate code', pin: true },
];
