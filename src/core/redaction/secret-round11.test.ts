// Round 11's families of secrets and passwords (docs/redaction.md, "Secrets: round 11"): each case written for this
// test, in more than one language, tool or format, with the look-alikes each family must keep. Every positive in an
// `it.each` table here fails on round 10's rules (version 11); the single `it`s hold look-alikes, or say so.
import { describe, expect, it } from 'vitest';
import { entropyToMnemonic, validateMnemonic } from '@scure/bip39';
import { wordlist } from '@scure/bip39/wordlists/english.js';
import { detect } from './detect';
import { checksumHolds } from './rules/seed-phrases';

const SECRET = new Set(['password', 'secret', 'api_key', 'private_key', 'jwt']);
function secrets(text: string): string[] {
  return detect(text, { level: 'secrets' })
    .filter((s) => SECRET.has(s.kind))
    .map((s) => text.slice(s.start, s.end));
}

// Checksum-valid phrases (made with @scure/bip39 from fixed entropy; the 24 words are a Trezor test vector) and one
// typed with a wrong last word (checksum fails)
const TWELVE = 'arctic live gadget display excess mandate sniff autumn people disorder affair horn';
const TWENTY_FOUR =
  'void come effort suffer camp survey warrior heavy shoot primary clutch crush open amazing screen patrol group space point ten exist slush involve unfold';
const NO_CHECKSUM = 'army van defense carry jealous true garbage claim echo media make zebra';

describe('wallet seed phrases (BIP-39)', () => {
  it.each([
    ['a checksum-valid phrase with no word around it', `${TWELVE}`, TWELVE],
    ['24 words inside a sentence', `is this safe to paste? ${TWENTY_FOUR} thanks`, TWENTY_FOUR],
    ['upper case', `Seed: ${TWELVE.toUpperCase()}`, TWELVE.toUpperCase()],
    ['one word a line', `${TWELVE.split(' ').join('\n')}`, TWELVE.split(' ').join('\n')],
    ['a JSON array of words', `["${TWELVE.split(' ').join('", "')}"]`, TWELVE.split(' ').join('", "')],
    ['named in Spanish, checksum wrong', `mi frase semilla: ${NO_CHECKSUM}`, NO_CHECKSUM],
    ['named in Chinese, checksum wrong', `助记词：${NO_CHECKSUM}`, NO_CHECKSUM],
    ['named in Russian, checksum wrong', `сид-фраза кошелька: ${NO_CHECKSUM}`, NO_CHECKSUM],
  ])('%s', (_, text, value) => {
    expect(secrets(text)).toContain(value);
  });

  it('takes a numbered list whole', () => {
    const words = NO_CHECKSUM.split(' ');
    const text = words.map((w, i) => `${i + 1}. ${w}`).join('\n');
    expect(secrets(text)).toEqual([text.slice(3)]);
  });

  it('keeps sentences, short runs, word lists and unnamed phrases with a wrong checksum', () => {
    expect(secrets('We can all make time, only you can add more action to this year.')).toEqual([]);
    expect(secrets('army van defense carry jealous true garbage claim echo media make')).toEqual([]);
    expect(secrets(NO_CHECKSUM)).toEqual([]);
    expect(secrets('shell help shell spawn help shell help spawn shell help spawn help')).toEqual([]);
    // the start of the English list pasted as a list is no phrase
    const list = 'abandon ability able about above absent absorb abstract absurd abuse access accident account accuse achieve acid acoustic acquire across act action actor actress actual adapt add addict address adjust admit adult';
    expect(secrets(list)).toEqual([]);
    // a sentence's punctuation breaks a run
    // a test vector that repeats its words counts only where the text names it
    expect(secrets('legal winner thank year wave sausage worth useful legal winner thank yellow')).toEqual([]);
    expect(secrets('Mnemonic: legal winner thank year wave sausage worth useful legal winner thank yellow')).toHaveLength(1);
    expect(secrets('legal. winner. thank. year. wave. sausage. worth. useful. legal. winner. thank. yellow.')).toEqual([]);
  });
});

describe('the BIP-39 checksum', () => {
  it("agrees with @scure/bip39's validateMnemonic on phrases of every length, valid and with one word changed", () => {
    for (let n = 0; n < 200; n++) {
      const bytes = 16 + 4 * (n % 5);
      const entropy = new Uint8Array(bytes).map((_, i) => (i * 73 + n * 31 + 7) & 255);
      const words = entropyToMnemonic(entropy, wordlist).split(' ');
      if (n % 2) words[n % words.length] = wordlist[(wordlist.indexOf(words[n % words.length]!) + 1 + n) % 2048]!;
      const asWords = words.map((word) => ({ start: 0, end: 0, word }));
      expect(checksumHolds(asWords)).toBe(validateMnemonic(words.join(' '), wordlist));
    }
  });
});

describe('keys whose only context is their service', () => {
  const mixed = 'q9k2vHJZ4BTG6A8l2mNK3v9JH7tN1j';
  const lower = 'l4k5fjid89ck2i3ou8bzm8fpw3akfj';
  const hex = '9f71c52d839b5cd527645e42b5134f8b';
  it.each([
    ['name and kind of key, as scanners write it', `pdfshift ACCESS ${hex}`, hex],
    ['name and kind of key, base36', `scrapeowl ACCESS ${lower}`, lower],
    ['a YAML key named after the service', `abyssale: ${lower}`, lower],
    ['a JSON key named after the service', `{"aviationstack": "${hex}"}`, hex],
    ['a table row', `| Currencylayer | ${lower} |`, lower],
    ['German prose', `der Zugang für Geoapify lautet ${lower}`, lower],
    ['French prose', `le compte Mailerlite : ${hex}`, hex],
    ['an env var named after a service that ends in "id"', `SENDGRID=${mixed}`, mixed],
    ['an env var named after a service, no secret word', `ZEROBOUNCE=${lower}`, lower],
    ['a service named in Chinese', `钉钉机器人: ${hex}`, hex],
    ['a service named in Russian', `Яндекс: ${lower}`, lower],
    ['a Chinese service in Latin script', `FEISHU=${hex}`, hex],
  ])('%s', (_, text, value) => {
    expect(secrets(text)).toContain(value);
  });

  it('keeps ids, hashes and names that are no service', () => {
    expect(secrets(`commit ${hex}`)).toEqual([]);
    expect(secrets(`userId: ${lower}`)).toEqual([]);
    expect(secrets(`const twilioAccountSid = 'AC712594f590c0d8ace55c04858f7398f9'`)).toEqual([]);
    expect(secrets(`ANDROID_BUILD=${hex}`)).toEqual([]);
    expect(secrets(`courier ${lower}`)).toEqual([]);
    expect(secrets(`微信公众号 commit ${hex}`)).toEqual([]);
  });
});

describe('key words with a definite or case ending', () => {
  it.each([
    ['Norwegian', 'Hemmeligheten til webhooken er 3c41b9e07d2f58a6c1e94b0d7a25f3e8', '3c41b9e07d2f58a6c1e94b0d7a25f3e8'],
    ['Swedish', 'Nyckeln till tjänsten är Zr8kQm2vTx9bLp4wNc7h', 'Zr8kQm2vTx9bLp4wNc7h'],
  ])('%s', (_, text, value) => {
    expect(secrets(text)).toContain(value);
  });

  it('keeps words that only end like a key word', () => {
    expect(secrets('Passasjerene fikk 3c41b9e07d2f58a6c1e94b0d7a25f3e8')).toEqual([]);
  });
});

describe('passwords typed into a field test automation names', () => {
  it.each([
    ['Selenium', "driver.find_element(By.NAME, 'passwd').send_keys('Birke#4471')", 'Birke#4471'],
    ['Selenium, Java', 'driver.findElement(By.id("password")).sendKeys("Qx7!mZp2w");', 'Qx7!mZp2w'],
    ['Playwright, selector argument', "await page.fill('input[type=password]', 'roble-zorro-44');", 'roble-zorro-44'],
    ['Playwright, label in German', "await page.getByLabel('Passwort').fill('Elbe_Strand9');", 'Elbe_Strand9'],
    ['Cypress, with a key press after', "cy.get('#user_password').type('Lumi8!kettu{enter}')", 'Lumi8!kettu'],
    ['WebdriverIO', "await $('#pwd').setValue('Tigre-2291');", 'Tigre-2291'],
    ['Capybara', "fill_in 'Contraseña', with: 'Sol4Luna!'", 'Sol4Luna!'],
    ['Testing Library', "fireEvent.change(passwordInput, { target: { value: 'Mango#55k' } })", 'Mango#55k'],
  ])('%s', (_, text, value) => {
    expect(secrets(text)).toContain(value);
  });

  it('still finds the form an earlier rule found (Robot Framework)', () => {
    expect(secrets('Input Password    id=pass    Kiwi!8812')).toContain('Kiwi!8812');
  });

  it('keeps other fields, key presses and references', () => {
    expect(secrets("await page.fill('#username', 'anna_berg72');")).toEqual([]);
    expect(secrets("cy.get('#password').type('{enter}')")).toEqual([]);
    expect(secrets("cy.get('#email').type('anna@x.io')")).toEqual([]);
    expect(secrets('await page.fill(\'#password\', `${process.env.PW}`);')).toEqual([]);
  });
});

describe('passwords in name/value pairs', () => {
  it.each([
    ['Postman environment', '{ "key": "admin_password", "value": "Nube-42-gato", "enabled": true }', 'Nube-42-gato'],
    ['container env as JSON', '"env": [{"name": "POSTGRES_PASSWORD", "value": "Vaca!lenta9"}]', 'Vaca!lenta9'],
    ['CloudFormation parameters', '[{"ParameterKey": "DbPassword", "ParameterValue": "Fjord#8830"}]', 'Fjord#8830'],
    ['AWS CLI shorthand', 'aws cloudformation create-stack --parameters ParameterKey=MasterPassword,ParameterValue=Fjord8830x', 'Fjord8830x'],
    ['Helm set block', 'set {\n  name  = "auth.rootPassword"\n  value = "Kvarts-77-sol"\n}', 'Kvarts-77-sol'],
  ])('%s', (_, text, value) => {
    expect(secrets(text)).toContain(value);
  });

  it('takes a secret name only with a machine-random value', () => {
    expect(secrets('{"name": "SLACK_TOKEN", "value": "q9k2vHJZ4BTG6A8l2mNK3v9JH7tN1j"}')).toContain('q9k2vHJZ4BTG6A8l2mNK3v9JH7tN1j');
    expect(secrets('{"name": "TOKEN_TTL", "value": "3600s"}')).toEqual([]);
    expect(secrets('{"name": "LOG_LEVEL", "value": "debug"}')).toEqual([]);
  });

  it('never takes the next key of an object as a password', () => {
    expect(secrets('[{"ParameterKey": "DbPassword", "ParameterValue": "Fjord#8830"}]')).toEqual(['Fjord#8830']);
  });
});

describe('passwords of tools and configs not covered before', () => {
  it.each([
    ['Redis AUTH at the prompt', 'cache:6379> AUTH Kx81mqBz22\nOK', 'Kx81mqBz22'],
    ['Redis 6 AUTH with a user', 'redis-cli -h cache AUTH default Lodge-9-oak', 'Lodge-9-oak'],
    ['OpenWrt Wi-Fi key', "config wifi-iface 'wlan0'\n\toption encryption 'psk2'\n\toption key 'Heimnetz2024!'", 'Heimnetz2024!'],
    ['OpenWrt SAE password', "\toption sae_password 'Mökki-wifi-77'", 'Mökki-wifi-77'],
    ['Sequelize', "new Sequelize('shop', 'shop_app', 'Tienda#2291', { dialect: 'mysql' })", 'Tienda#2291'],
  ])('%s', (_, text, value) => {
    expect(secrets(text)).toContain(value);
  });

  it('keeps SASL mechanism names and WEP key slots', () => {
    expect(secrets('AUTH PLAIN')).toEqual([]);
    expect(secrets("\toption key '1'")).toEqual([]);
  });
});

describe('password words of more languages', () => {
  it.each([
    ['Tigrinya', 'ናይ ይለፍ ቃለይ Asmara#4471 እዩ', 'Asmara#4471'],
    ['Wolof', 'Sama baatu jàll mi mooy Dakar!2291', 'Dakar!2291'],
    ['Samoan', "O le 'upu fa'alilolilo o Apia#8830", 'Apia#8830'],
    ['Sundanese', 'Kecap konci abdi Bandung_26.07!', 'Bandung_26.07!'],
    ['Hmong', 'Kuv lo lus zais yog Nplooj#4412', 'Nplooj#4412'],
    ['Latin', 'Tessera est Roma!753bc', 'Roma!753bc'],
    ['misspelt', 'pasword: Kx81mqBz22', 'Kx81mqBz22'],
  ])('%s', (_, text, value) => {
    expect(secrets(text)).toContain(value);
  });

  it('keeps words around them', () => {
    expect(secrets('Kecap konci abdi teu acan dirobih')).toEqual([]);
    expect(secrets('the tessera of the mosaic is blue')).toEqual([]);
  });
});

describe('credential pairs and numeric keys', () => {
  it.each([
    ['creds heading', 'creds: admin / Pa55word!', 'Pa55word!'],
    ['German account', 'Konto: max.muster / Alpen#2291', 'Alpen#2291'],
    ['French account', 'compte : jdupont / Loire!8830', 'Loire!8830'],
    ['a numeric key longer than any id', '  NUMERIC_APIKEY: 1925483168813050783076', '1925483168813050783076'],
    ['a numeric secret in YAML', 'client_secret: 4829103857261947382910', '4829103857261947382910'],
  ])('%s', (_, text, value) => {
    expect(secrets(text)).toContain(value);
  });

  it('keeps ids, counts, card-length numbers and words after an account', () => {
    expect(secrets('session_id: 1925483168813050783076')).toEqual([]);
    expect(secrets('token: 12345678901234567890')).toEqual([]);
    expect(secrets('api_key: 4829103857261947')).toEqual([]);
    expect(secrets('Konto: max / gesperrt')).toEqual([]);
  });
});

describe('vendor prefixes of other scanners', () => {
  it.each([
    ['Slack app-level token', 'xapp-1-A07Q2MZ4K1D-7877893287921-e9421ce50211670eae679f02e8d28a79023c39c200661fccd268a29a0d347301'],
    ['Sourcegraph', 'sgp_ef56e64dc3cd6089_065c3146e80a9c222670bbe4f4c54977656cf2d1'],
    ['NuGet', 'oy2ggc6qpzq05s7leio49ernnber02pdclsx7ifxi2v7ic'],
    ['42 Intra', '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'],
    ['Supabase', 'sbp_86d66c7a644fb12853ef86dcfaea21818b904ce6'],
    ['Cerebras', 'csk-brpjdh2g8xemm4qla48clorw876kzof0yi23may96v3unghn'],
    ['GitLab pipeline trigger', 'glptt-7c29a80b21ead8f062d15a4f4ef27e9589c6948f'],
    ['Plaid', 'access-production-6d30c01c-3f25-2edc-87ff-4adfa36d0840'],
    ['Harness', 'pat.Gb18aiytIMZorzBGMkrW60.b3a62f301f46536559314e23.UZdbgWbNmXAosC2MLadX'],
    ['OpenShift', 'sha256~vXZ6MmKGgyAU5Fz1t436o8ZkmMglVzwQR6HvvxK07ZI'],
    ['Teamwork', 'tkn.v1_5V4isXxbwLZNuLEzVTeGA4Wo5nDOR89qTVNqZkLiEYgfpNsHwZkBHnGvPQcZgDwM='],
    ['Doppler service token with its config', 'dp.st.prd.pYAGQQR5Vjiga9hk2GoczpEjmqw9CY78KYeK2finmDb'],
  ])('%s, alone in a message', (_, value) => {
    expect(secrets(`is this safe to commit?\n${value}`)).toContain(value);
  });

  it('keeps stand-ins written in a key shape', () => {
    expect(secrets('oy2aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa')).toEqual([]);
    expect(secrets('csk-abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuv')).toEqual([]);
  });
});

describe('PowerShell secure strings with the switches first', () => {
  it.each([
    ['AsPlainText first', 'Set-ADAccountPassword -Identity anna -NewPassword (ConvertTo-SecureString -AsPlainText "Fjell#2291" -Force)', 'Fjell#2291'],
    ['Force and String first', "ConvertTo-SecureString -Force -AsPlainText -String 'Tundra!77x'", 'Tundra!77x'],
  ])('%s', (_, text, value) => {
    expect(secrets(text)).toContain(value);
  });

  it('keeps a secure string read from a prompt', () => {
    expect(secrets('$pw = Read-Host -AsSecureString "Enter the password"')).toEqual([]);
  });
});

describe('values handed to a command that stores a secret', () => {
  it.each([
    ['AWS SSM SecureString', 'aws ssm put-parameter --name /shop/db --type SecureString --value Fjell#2291', 'Fjell#2291'],
    ['Azure Key Vault', 'az keyvault secret set --vault-name kv --name db --value "Tundra!77x"', 'Tundra!77x'],
    ['Pulumi, flag first', 'pulumi config set --secret dbPassword Kx81mqBz22', 'Kx81mqBz22'],
    ['Pulumi, flag last', 'pulumi config set adminPw Birke#4471 --secret', 'Birke#4471'],
    ['rclone password option', 'rclone config update mybox pass Lodge-9-oak', 'Lodge-9-oak'],
  ])('%s', (_, text, value) => {
    expect(secrets(text)).toContain(value);
  });

  it('keeps configuration stored in the same commands', () => {
    expect(secrets('aws ssm put-parameter --name /shop/region --type String --value eu-west-1')).toEqual([]);
    expect(secrets('pulumi config set aws:region us-east-1')).toEqual([]);
    expect(secrets('rclone config create gd drive scope drive')).toEqual([]);
  });
});
