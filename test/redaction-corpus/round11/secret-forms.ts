// Round 11's forms for secrets under key names of their own (not passwords, not provider keys): self-hosted software
// configuration, framework constants and prose no earlier round wrote. `{v}` is the secret; `shape` the value's shape
// in that software. Written for this round.

export type Shape = 'b64-32' | 'b64url-32' | 'hex-64' | 'hex-32' | 'alnum-32' | 'alnum-50' | 'symbols-50';

export const SECRET_FORMS: { t: string; doc: string; shape: Shape }[] = [
  { t: 'AUTHENTIK_SECRET_KEY={v}', doc: 'authentik .env', shape: 'alnum-50' },
  { t: 'PENPOT_SECRET_KEY={v}', doc: 'Penpot', shape: 'b64url-32' },
  { t: 'CALENDSO_ENCRYPTION_KEY={v}', doc: 'Cal.com', shape: 'b64-32' },
  { t: 'SECRET_KEY_BASE={v}', doc: 'Chatwoot .env', shape: 'hex-64' },
  { t: '[oauth2]\nJWT_SECRET = {v}', doc: 'Forgejo app.ini', shape: 'b64url-32' },
  { t: "SECRET_KEY = '{v}'", doc: 'Django settings.py', shape: 'symbols-50' },
  { t: "define( 'NONCE_SALT', '{v}' );", doc: 'WordPress wp-config.php salt', shape: 'symbols-50' },
  { t: 'config :shop, ShopWeb.Endpoint,\n  secret_key_base: "{v}"', doc: 'Phoenix prod.secret.exs', shape: 'b64-32' },
  { t: '"Jwt": {\n  "Issuer": "shop",\n  "Key": "{v}"\n}', doc: 'ASP.NET appsettings.json', shape: 'alnum-32' },
  { t: 'signed, _ := token.SignedString([]byte("{v}"))', doc: 'Go golang-jwt signing key literal', shape: 'hex-32' },
  { t: 'let key = Key::from(b"{v}");', doc: 'Rust cookie::Key from bytes', shape: 'alnum-50' },
  { t: 'BASEROW_SECRET_KEY: "{v}"', doc: 'Baserow docker-compose', shape: 'alnum-50' },
  { t: 'PLAUSIBLE_SECRET_KEY_BASE={v}', doc: 'Plausible', shape: 'b64-32' },
  { t: 'immich:\n  env:\n    JWT_SECRET: {v}', doc: 'Immich helm values', shape: 'alnum-32' },
  { t: 'webhook:\n  signing_secret: {v}', doc: 'generic webhook signing secret', shape: 'hex-64' },
  { t: 'ENCRYPTION_KEY = bytes.fromhex("{v}")', doc: 'Python AES key from hex', shape: 'hex-64' },
  { t: 'Ключ подписи сессий: {v}', doc: 'Russian prose', shape: 'alnum-32' },
  { t: 'სესიის საიდუმლო გასაღები: {v}', doc: 'Georgian prose', shape: 'hex-32' },
  { t: 'Գաղտնի բանալին՝ {v}', doc: 'Armenian prose', shape: 'b64-32' },
  { t: 'Asiri ifowosi: {v}', doc: 'Yoruba prose', shape: 'alnum-32' },
  { t: 'ሚስጥራዊ ቁልፍ፦ {v}', doc: 'Amharic prose', shape: 'hex-64' },
  { t: 'សោសម្ងាត់គឺ {v}', doc: 'Khmer prose', shape: 'b64url-32' },
];
