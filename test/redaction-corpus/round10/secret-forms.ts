// Round 10's secret forms (a key, salt or token under a key name of its own, not a provider's credential), written for
// this round from software earlier rounds did not use: CMS and shop config files, identity and chat servers, web
// framework settings, prose in languages no earlier round's secret forms used. `{v}` is the secret, the only
// labelled part; `shape` names the value shape the software uses (build.ts draws it).

export interface SecretForm {
  t: string;
  doc: string;
  shape: 'b64-32' | 'hex-64' | 'hex-32' | 'alnum-32' | 'alnum-64' | 'symbols-48' | 'b64url-32' | 'alnum-16';
}

export const SECRET_FORMS: SecretForm[] = [
  { t: "[General]\nsalt = \"{v}\"", doc: 'Matomo config.ini.php salt', shape: 'hex-32' },
  { t: "public $secret = '{v}';", doc: 'Joomla configuration.php $secret', shape: 'alnum-16' },
  { t: "$settings['hash_salt'] = '{v}';", doc: 'Drupal settings.php hash_salt', shape: 'b64url-32' },
  { t: "'crypt' => [\n    'key' => '{v}'\n],", doc: 'Magento app/etc/env.php crypt key', shape: 'hex-32' },
  { t: "define('_COOKIE_KEY_', '{v}');", doc: 'PrestaShop _COOKIE_KEY_', shape: 'alnum-64' },
  { t: '$wgSecretKey = "{v}";', doc: 'MediaWiki LocalSettings.php $wgSecretKey', shape: 'hex-64' },
  { t: '[security]\nINTERNAL_TOKEN = {v}', doc: 'Gitea app.ini INTERNAL_TOKEN', shape: 'b64url-32' },
  { t: '{\n  "gitlab_rails": {\n    "db_key_base": "{v}"\n  }\n}', doc: 'GitLab gitlab-secrets.json db_key_base', shape: 'hex-64' },
  { t: 'data:\n  server.secretkey: {v}', doc: 'Argo CD argocd-secret server.secretkey', shape: 'b64-32' },
  { t: 'authorization {\n  token: "{v}"\n}', doc: 'NATS server authorization token', shape: 'alnum-32' },
  { t: 'REGISTRY_HTTP_SECRET={v}', doc: 'Docker Distribution REGISTRY_HTTP_SECRET', shape: 'hex-32' },
  { t: 'secrets:\n  cookie:\n    - {v}', doc: 'Ory Kratos secrets.cookie', shape: 'alnum-32' },
  { t: 'zitadel start --masterkey "{v}"', doc: 'ZITADEL --masterkey', shape: 'alnum-32' },
  { t: '[secrets]\nshared_secret = {v}', doc: 'Zulip /etc/zulip/zulip-secrets.conf', shape: 'alnum-64' },
  { t: 'use-auth-secret\nstatic-auth-secret={v}', doc: 'coturn turnserver.conf static-auth-secret', shape: 'hex-64' },
  { t: "WTF_CSRF_SECRET_KEY = '{v}'", doc: 'Flask-WTF WTF_CSRF_SECRET_KEY', shape: 'hex-32' },
  { t: 'jwt.secret={v}', doc: 'Spring application.properties jwt.secret', shape: 'b64-32' },
  { t: "JwtModule.register({ secret: '{v}', signOptions: { expiresIn: '1h' } })", doc: 'NestJS JwtModule secret', shape: 'symbols-48' },
  { t: "app.use(cookieParser('{v}'));", doc: 'Express cookie-parser secret', shape: 'alnum-32' },
  { t: 'KONG_ADMIN_GUI_SESSION_CONF={"secret":"{v}","storage":"kong"}', doc: 'Kong Manager session secret', shape: 'alnum-32' },
  { t: 'LISTMONK_app__admin_password_salt={v}', doc: 'listmonk env, a salt under its own name', shape: 'hex-32' },
  { t: 'HMAC_SECRET = b"{v}"\nsig = hmac.new(HMAC_SECRET, body, "sha256").hexdigest()', doc: 'Python bytes literal HMAC key', shape: 'alnum-32' },
  { t: 'let key = hmac::Key::new(hmac::HMAC_SHA256, b"{v}");', doc: 'Rust ring hmac::Key literal', shape: 'alnum-32' },
  { t: 'private static final String SIGNING_KEY = "{v}";', doc: 'Java constant signing key', shape: 'b64-32' },
  { t: 'A tajná hodnota pro podepisování cookies je {v}', doc: 'Czech prose', shape: 'hex-32' },
  { t: 'A munkamenet titkos kulcsa: {v}', doc: 'Hungarian prose', shape: 'b64-32' },
  { t: 'Тайният ключ за подписване е {v}', doc: 'Bulgarian prose', shape: 'alnum-32' },
  { t: 'Tajni ključ za JWT je {v}, ne dijeli ga', doc: 'Croatian prose', shape: 'symbols-48' },
  { t: 'Hemmeligheten for webhooken er {v}', doc: 'Norwegian prose', shape: 'hex-64' },
  { t: 'کلید مخفی امضای توکن: {v}', doc: 'Persian prose', shape: 'b64-32' },
  { t: 'সাইনিং সিক্রেট হলো {v}', doc: 'Bengali prose', shape: 'alnum-32' },
  { t: 'Siri ya webhook ni {v}', doc: 'Swahili prose', shape: 'hex-32' },
  { t: 'Kunci rahsia aplikasi: {v}', doc: 'Malay prose', shape: 'alnum-64' },
];
