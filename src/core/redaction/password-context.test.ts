import { describe, expect, it } from 'vitest';
import { detect } from './detect';
import { passwordTokenShape } from './rules/password-shape';
import { passwordContextRules } from './rules/password-context';

const SECRET = new Set(['password', 'secret', 'api_key']);
function secrets(text: string): string[] {
  return detect(text, { level: 'secrets' })
    .filter((s) => SECRET.has(s.kind))
    .map((s) => text.slice(s.start, s.end));
}
/** Only the new rule, so each case shows it on its own (other rules may find some of these too, and since round 13
 *  the prose rule knows the same words: run alone, the rule's spans are not merged away by theirs). */
function nearby(text: string): string[] {
  return [...passwordContextRules[0]!.find(text)].map((s) => text.slice(s.start, s.end));
}

describe('a password near a password word, in any language and word order', () => {
  it.each([
    ['English, value first', 'Hn7!pLq2x is the password for the staging box', 'Hn7!pLq2x'],
    ['English, "use X as"', 'Use Qp9#vX2m as the password next time', 'Qp9#vX2m'],
    ['French, comma and adverb', "Le mot de passe, c'est toujours Vélo_4431 depuis mars", 'Vélo_4431'],
    ['Russian, words between, Cyrillic value', 'Пароль от почты теперь Ромашка_2023, запиши', 'Ромашка_2023'],
    ['Chinese, verb glued to the word', '密码改成了 Xy7#kLm2 记得保存', 'Xy7#kLm2'],
    ['Turkish, possessive suffix on the word', 'Şifrem hâlâ Kedi1234! değişmedi', 'Kedi1234!'],
    ['Thai, no space after the word', 'รหัสผ่านใหม่คือ Mt8#rw2Qz นะ', 'Mt8#rw2Qz'],
    ['Tagalog, particles', 'ang bagong password ko ay Lp3$kd9Wq', 'Lp3$kd9Wq'],
    ['Swahili', 'nenosiri jipya ni Simba_8841', 'Simba_8841'],
    ['Bulgarian, definite article on the word', 'новата паролата е Zora!5521', 'Zora!5521'],
    ['Urdu, value before the verb', 'نیا پاس ورڈ Rz4!mq8Lp ہے', 'Rz4!mq8Lp'],
    ['Bengali', 'নতুন পাসওয়ার্ড হলো Nd7#qp2Wx', 'Nd7#qp2Wx'],
    ['Indonesian, colon', 'katasandi wifi kantor: Merdeka_1945', 'Merdeka_1945'],
    ['Greek, value first', 'Ηλιος#2020 είναι ο νέος κωδικός', 'Ηλιος#2020'],
    ['Georgian', 'ახალი პაროლი არის Tbil!7731', 'Tbil!7731'],
    ['question, then the value on the next line', 'the wifi password?\nFenster8Blau!', 'Fenster8Blau!'],
    ['word alone on its line, value indented below', 'Password\n  Tk9$wq2Lm', 'Tk9$wq2Lm'],
    ['Malay passphrase', 'kata laluan saya kiwi.pohon.sungai.42', 'kiwi.pohon.sungai.42'],
  ])('%s', (_form, text, value) => {
    expect(nearby(text)).toEqual([value]);
  });

  it('takes a word with a number only right after the password word', () => {
    expect(nearby('nenosiri: Café33.')).toEqual(['Café33']);
    expect(nearby('The password for user2 is in 1Password.')).toEqual([]);
  });

  it('keeps prose and code about passwords', () => {
    for (const text of [
      'Reset your password to continue using Windows10 features.',
      'The password must contain at least 8 characters, 1 digit and 1 symbol.',
      'Password hashing uses Argon2id with SHA-256 and bcrypt.',
      "if (password.length < 8) throw new Error('too short');",
      'password policy: minimum 12 chars, rotate every 90 days (ISO27001)',
      'Forgot password? Call +1-555-0100 or email help@corp.io',
      'sshd[2231]: Failed password for invalid user admin from 2001:41d0:2:a141::1 port 52144 ssh2',
      'export DB_PASSWORD=$(vault kv get -field=pw secret/db)',
      "la password dell'account è scaduta",
      'Le mot de passe expire le 2024-05-01 à 12:30.',
      'Пароль должен содержать не менее 8 символов.',
      'Only PKCS#12 PFX in password integrity mode is supported',
      'assert.strictEqual(\'password\' in parsed.nested.deep.auth, false)',
      'mot de passe : voir le fichier secrets.yaml sur mail.example.com',
    ])
      expect(secrets(text), text).toEqual([]);
  });
});

describe('password shape', () => {
  it.each(['Sakura0402^', 'I=JKvO-18jLq9pSC', 'pingouin_5163', 'Мишка2024', 'lemon-orion-harbor-53', 'Correct-Horse-Battery!', 'xk3qzvwp8'])('%s is password-shaped', (v) => {
    expect(passwordTokenShape(v, 'after')).toBe(true);
  });
  it.each(['Windows10', 'SHA-256', 'OAuth2', '1024MB', 'v3.2.1', 'payroll.zip', 'mail.example.com', 'Keywords_cannot_contain_escape_1260', 'Samoa~Arizona~Arkansas', '$DB_PASS', '--password-stdin', 'button!'])(
    '%s is not',
    (v) => {
      expect(passwordTokenShape(v, 'after')).toBe(false);
    },
  );
  it('asks more of a token before the word than after it', () => {
    expect(passwordTokenShape('Mishka2024', 'after')).toBe(true);
    expect(passwordTokenShape('mishka2024', 'before')).toBe(false);
    expect(passwordTokenShape('Mishka2024', 'before')).toBe(true);
  });
});
