// Round 12's secret forms: secrets under key names of their own in self-hosted software's config, and prose in
// languages no earlier round's secret forms used. `{v}` is the secret (the labelled value) in the software's shape;
// `doc` names the software. Written for this round.

export type Shape = 'b64-32' | 'b64-48' | 'hex-64' | 'hex-32' | 'alnum-40' | 'b32-32' | 'urlsafe-43' | 'fernet';

export const SECRET_FORMS: { t: string; shape: Shape; doc: string }[] = [
  { t: 'SECRET_KEY_BASE={v}\nOTP_SECRET={v2}', shape: 'hex-64', doc: 'Mastodon .env.production' },
  { t: '[core]\nfernet_key = {v}', shape: 'fernet', doc: 'Airflow airflow.cfg' },
  { t: 'N8N_ENCRYPTION_KEY={v}', shape: 'alnum-40', doc: 'n8n' },
  { t: 'ADMIN_TOKEN={v}', shape: 'b64-48', doc: 'Vaultwarden' },
  { t: 'registration_shared_secret: "{v}"\nmacaroon_secret_key: "{v2}"', shape: 'urlsafe-43', doc: 'Matrix Synapse homeserver.yaml' },
  { t: 'UTILS_SECRET={v}', shape: 'hex-64', doc: 'Outline' },
  { t: "system.secret-key: '{v}'", shape: 'alnum-40', doc: 'Sentry config.yml' },
  { t: "SECRET_KEY = '{v}'", shape: 'b64-48', doc: 'Apache Superset superset_config.py' },
  { t: 'APP_KEY=base64:{v}', shape: 'b64-32', doc: 'Laravel .env' },
  { t: 'APP_SECRET={v}', shape: 'hex-32', doc: 'Symfony .env.local' },
  { t: 'APP_KEYS={v},{v2}', shape: 'b64-32', doc: 'Strapi .env' },
  { t: "  'secret' => '{v}',", shape: 'alnum-40', doc: 'Nextcloud config.php' },
  { t: '[security]\nINTERNAL_TOKEN = {v}', shape: 'urlsafe-43', doc: 'Gitea app.ini' },
  { t: 'identity_validation:\n  reset_password:\n    jwt_secret: "{v}"', shape: 'alnum-40', doc: 'Authelia configuration.yml' },
  { t: 'SECRET="{v}"', shape: 'urlsafe-43', doc: 'Directus .env' },
  { t: '_APP_OPENSSL_KEY_V1={v}', shape: 'hex-64', doc: 'Appwrite .env' },
  { t: '"AtRestEncryptKey": "{v}",', shape: 'alnum-40', doc: 'Mattermost config.json' },
  { t: 'otpauth://totp/Corp:ana?secret={v}&issuer=Corp', shape: 'b32-32', doc: 'TOTP provisioning URI' },
  { t: 'cookie_secret = "{v}"', shape: 'b64-32', doc: 'oauth2-proxy.cfg' },
  { t: 'GF_SECURITY_SECRET_KEY={v}', shape: 'alnum-40', doc: 'Grafana env' },
  { t: 'Slēptā atslēga: {v}', shape: 'hex-64', doc: 'Latvian prose' },
  { t: 'Skrivni ključ aplikacije je {v}', shape: 'b64-32', doc: 'Slovenian prose' },
  { t: 'Gako sekretua: {v}', shape: 'alnum-40', doc: 'Basque prose' },
  { t: 'מפתח סודי: {v}', shape: 'hex-32', doc: 'Hebrew prose' },
  { t: 'กุญแจลับของแอปคือ {v}', shape: 'urlsafe-43', doc: 'Thai prose' },
  { t: 'کلید مخفی سرور: {v}', shape: 'b64-48', doc: 'Persian prose' },
  { t: 'Gizli anahtar (webhook imzası için): {v}', shape: 'hex-64', doc: 'Turkish prose' },
  { t: 'Сакрэтны ключ: {v}', shape: 'alnum-40', doc: 'Belarusian prose' },
];
