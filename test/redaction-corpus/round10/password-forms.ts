// Round 10's password forms, written for this round where no public source holds passwords people paste: prose in
// languages no earlier round used (rounds 4-9 wrote prose in 110 others), and code and config forms earlier rounds did
// not use — IoT and Wi-Fi firmware config, test automation scripts, mail and SSH client libraries, Windows service
// commands, ORM constructors. `{v}` is the password, the only labelled part (never the user name, host or key name).

export interface Form {
  t: string;
  doc: string;
}

export const PASSWORD_FORMS: Form[] = [
  // Prose in languages no earlier round used.
  { t: 'Минем серсүзем: {v}', doc: 'Tatar prose' },
  { t: 'Серһүҙ — {v}, онотма', doc: 'Bashkir prose' },
  { t: 'وشەی نهێنی هەژمارەکە {v}ە', doc: 'Sorani Kurdish prose' },
  { t: 'رمز عبور حساب من {v} است، لطفاً به کسی نگویید', doc: 'Dari prose' },
  { t: 'منهنجو پاسورڊ {v} آهي', doc: 'Sindhi prose' },
  { t: 'ମୋ ପାସୱାର୍ଡ {v} ଅଟେ', doc: 'Odia prose' },
  { t: 'মোৰ পাছৱৰ্ড হৈছে {v}', doc: 'Assamese prose' },
  { t: 'Jecha darbii koo {v}', doc: 'Oromo prose' },
  { t: 'ናይ ይለፍ ቃለይ {v} እዩ', doc: 'Tigrinya prose' },
  { t: 'Sama baatu jàll mi mooy {v}', doc: 'Wolof prose' },
  { t: 'Pasiwedhi yangu ndeye {v}', doc: 'Shona prose' },
  { t: 'Phasewete ya ka ke {v}', doc: 'Sesotho prose' },
  { t: 'Lefoko la sephiri ke {v}', doc: 'Tswana prose' },
  { t: 'Mot de passe na ngai ezali {v}', doc: 'Lingala prose' },
  { t: "O le 'upu fa'alilolilo o {v}", doc: 'Samoan prose' },
  { t: 'Ko e lea fakapulipuli ko {v}', doc: 'Tongan prose' },
  { t: 'Ma ger-tremen eo {v}', doc: 'Breton prose' },
  { t: 'A mo parolla d’intrata hè {v}', doc: 'Corsican prose' },
  { t: 'Mon senhal es {v}, o cambiarai deman', doc: 'Occitan prose' },
  { t: 'La mio contraseña ye {v}', doc: 'Asturian prose' },
  { t: 'Tesserae verbum est {v}', doc: 'Latin prose' },
  { t: 'Mes pled-clav è {v}', doc: 'Romansh prose' },
  { t: "Che ñe'ẽñemi ha'e {v}", doc: 'Guarani prose' },
  { t: 'Kecap konci abdi {v}', doc: 'Sundanese prose' },
  { t: 'pw for the staging box is {v} (don’t paste it in slack pls)', doc: 'English shorthand' },
  // Code and config forms no earlier round used.
  { t: 'wifi:\n  ssid: "Gartenhaus"\n  password: "{v}"\n  ap:\n    ssid: "Fallback Hotspot"', doc: 'ESPHome wifi block (YAML)' },
  { t: 'const char* ssid = "Werkstatt";\nconst char* password = "{v}";\nWiFi.begin(ssid, password);', doc: 'Arduino ESP32 sketch' },
  { t: "import network\nwlan = network.WLAN(network.STA_IF)\nwlan.connect('Lab-5G', '{v}')", doc: 'MicroPython network.WLAN.connect' },
  { t: "config wifi-iface 'default_radio0'\n\toption device 'radio0'\n\toption encryption 'psk2'\n\toption key '{v}'", doc: 'OpenWrt UCI /etc/config/wireless' },
  { t: '[Security]\nPassphrase={v}', doc: 'iwd /var/lib/iwd/<ssid>.psk' },
  { t: 'xfreerdp /v:rds01.corp.local /u:jdoe /p:{v} /cert:ignore', doc: 'FreeRDP command line' },
  { t: 'schtasks /Create /TN "Nightly Backup" /TR backup.cmd /SC DAILY /RU svc_backup /RP {v}', doc: 'Windows schtasks /RP' },
  { t: 'sc.exe config "MSSQLSERVER" obj= ".\\svc_sql" password= "{v}"', doc: 'Windows sc.exe config password=' },
  { t: 'mongodump --uri="mongodb://db01:27017" --username=backup --password={v} --authenticationDatabase=admin', doc: 'mongodump --password=' },
  { t: "server = smtplib.SMTP_SSL('smtp.mail.internal', 465)\nserver.login('alerts', '{v}')", doc: 'Python smtplib login' },
  { t: "client.connect('build01.corp.local', username='deploy', password='{v}')", doc: 'Paramiko SSHClient.connect' },
  { t: "driver.find_element(By.ID, 'password').send_keys('{v}')", doc: 'Selenium login script' },
  { t: "await page.fill('#password', '{v}');\nawait page.click('button[type=submit]');", doc: 'Playwright login step' },
  { t: "cy.get('input[name=password]').type('{v}')", doc: 'Cypress login step' },
  { t: "const transporter = nodemailer.createTransport({ host: 'smtp.office365.com', port: 587, auth: { user: 'mailer', pass: '{v}' } });", doc: 'nodemailer auth.pass' },
  { t: "const sequelize = new Sequelize('shop', 'shop_app', '{v}', { host: 'db', dialect: 'postgres' });", doc: 'Sequelize constructor' },
  { t: 'let opts = PgConnectOptions::new().host("db").username("app").password("{v}");', doc: 'Rust sqlx PgConnectOptions' },
  { t: 'var cred = new NetworkCredential("svc-report", "{v}", "CORP");', doc: 'C# NetworkCredential' },
  { t: '{ "key": "password", "value": "{v}", "type": "secret", "enabled": true }', doc: 'Postman environment export' },
  { t: 'credentials += Credentials("Sonatype Nexus Repository Manager", "nexus.corp", "deployer", "{v}")', doc: 'sbt credentials' },
  { t: "$link = mysqli_connect('127.0.0.1', 'wp_user', '{v}', 'wordpress');", doc: 'PHP mysqli_connect' },
  { t: 'redis-cli -h cache01\ncache01:6379> AUTH {v}\nOK', doc: 'redis-cli AUTH command' },
  { t: 'curl -x http://proxy.corp:3128 --proxy-user jdoe:{v} https://example.org', doc: 'curl --proxy-user' },
];
