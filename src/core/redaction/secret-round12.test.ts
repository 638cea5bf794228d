// Round 12's families of secrets and passwords (docs/redaction.md, "Secrets: round 12"): each case written for this
// test, in more than one language, tool or format, with the look-alikes each family must keep. Every positive in an
// `it.each` table here fails on round 11's rules (version 12); the single `it`s hold look-alikes, or say so.
import { describe, expect, it } from 'vitest';
import { entropyToMnemonic } from '@scure/bip39';
import { wordlist as spanish } from '@scure/bip39/wordlists/spanish.js';
import { detect } from './detect';

const SECRET = new Set(['password', 'secret', 'api_key', 'private_key', 'jwt']);
function secrets(text: string): string[] {
  return detect(text, { level: 'secrets' })
    .filter((s) => SECRET.has(s.kind))
    .map((s) => text.slice(s.start, s.end));
}

// Checksum-valid phrases made with @scure/bip39's entropyToMnemonic from fixed entropy, one per official list
const PHRASES: [string, string][] = [
  ['Spanish', 'enlace mudar triunfo raspa gen pacto servir fianza tema editor mueble túnel'],
  ['French', 'dénouer cuillère cendrier organe papoter brave oculaire vanille sembler tropical rotatif serrure'],
  ['Italian', 'falco ospite uccisore sbancato guadagno preparato sorriso frutta telefono esempio ossa unificato'],
  ['Portuguese', 'fuligem mesquita chocalho aclive girino cinto epiderme hipismo adaptar eclodir serra casca'],
  ['Czech', 'hormon vidina mimika placenta andulka poezie objekt pero tabletka plaz bukvice sopka'],
  [
    'Japanese (ideographic spaces)',
    'ざいげん　めんせき　にっさん　へいおん　うけたまわる　かわら　あつい　ねほりはほり　やさしい　てみじか　こんや　あんい',
  ],
  ['Korean', '물고기 모금 단어 임무 잔뜩 김치 인원 현상 출입 한번 책가방 치약'],
  ['Chinese, simplified', '辉 丝 它 挑 徙 粮 遵 刚 洲 公 躺 茎'],
  ['Chinese, traditional', '凍 鬼 蝕 浙 描 卸 綸 熙 藥 福 碼 湘'],
];

describe('seed phrases of the other official BIP-39 lists', () => {
  it.each(PHRASES)('%s, checksum-valid, with no word around it', (_, phrase) => {
    expect(secrets(`ok? ${phrase}`)).toEqual([phrase]);
  });

  it.each(PHRASES)('%s, in a JSON config', (_, phrase) => {
    expect(secrets(`{"mnemonic": "${phrase}"}`)).toEqual([phrase]);
  });

  it.each([
    ['French written decomposed (NFD)', PHRASES[1]![1].normalize('NFD')],
    ['Korean written decomposed into jamo (NFD)', PHRASES[6]![1].normalize('NFD')],
    ['Spanish capitalised at a line start', 'Enlace mudar triunfo raspa gen pacto servir fianza tema editor mueble túnel'],
  ])('%s', (_, phrase) => {
    expect(secrets(phrase)).toEqual([phrase]);
  });

  it('takes a named phrase with a wrong checksum, as for English', () => {
    const typed = 'ábaco ábaco ábaco ábaco ábaco ábaco ábaco ábaco ábaco ábaco ábaco ábaco';
    expect(secrets(`Frase semilla: ${typed}`)).toEqual([typed]);
    expect(secrets(typed)).toEqual([]);
  });

  it('keeps prose and list words of two languages mixed', () => {
    expect(secrets('Le chat noir dort sur le canapé pendant que la pluie tombe dehors ce soir.')).toEqual([]);
    expect(secrets('我 的 朋友 今天 去 了 北京')).toEqual([]);
    // words of two lists never make one phrase: half Spanish, half French of a valid phrase each
    const es = PHRASES[0]![1].split(' ');
    const fr = PHRASES[1]![1].split(' ');
    expect(secrets([...es.slice(0, 6), ...fr.slice(6)].join(' '))).toEqual([]);
  });

  it('finds phrases of every official list that @scure/bip39 makes (Spanish, 50 random entropies)', () => {
    for (let n = 0; n < 50; n++) {
      const entropy = new Uint8Array(16 + (n % 5) * 4).map((_, i) => (i * 131 + n * 17 + 7) & 0xff);
      const phrase = entropyToMnemonic(entropy, spanish).normalize('NFC');
      expect(secrets(`aquí está: ${phrase}`)).toEqual([phrase]);
    }
  });
});

describe('seed phrases of a list the engine does not ship', () => {
  const russian = 'ракета химия вывод роспись динамика должен оптимизм дефект терзать грудь факел атомный';
  const turkish = 'kahkaha tehlike rehin masmavi fesih üçkağıt kolye kupkuru aleni kenar cepken mavra yatak çuval belge';
  const greek = 'αετός βουνό γέφυρα δάσος έλατο ζάχαρη ήλιος θάλασσα ιστός καράβι λεμόνι μήλο';
  it.each([
    ['Russian after a recovery word', `recovery phrase: ${russian}`, russian],
    ['Turkish, 15 words, in JSON', `{"seed": "${turkish}"}`, turkish],
    ['Greek on the line after the name', `Mnemonic (keep offline)\n${greek}`, greek],
    ['Russian as an env value', `WALLET_MNEMONIC="${russian}"`, russian],
    ['Russian written decomposed (NFD)', `сид-фраза: ${russian.normalize('NFD')}`, russian.normalize('NFD')],
  ])('%s', (_, text, value) => {
    expect(secrets(text)).toEqual([value]);
  });

  it('keeps sentences, unnamed runs and runs of other lengths', () => {
    // unnamed, or named only by a word that names many sentences (`phrase`, `wallet`)
    expect(secrets(russian)).toEqual([]);
    expect(secrets(`translate this phrase: ${russian}`)).toEqual([]);
    // a sentence starts with a capital or holds short words
    expect(secrets('Seed phrase:\nI wrote it on paper and keep it in a safe at home')).toEqual([]);
    expect(secrets('сид-фраза: я потерял свою фразу и теперь не могу войти в кошелек')).toEqual([]);
    expect(secrets('kurtarma cümlesi: cüzdanımı kaybettim ve şimdi ne yapacağımı hiç bilmiyorum')).toEqual([]);
    // 11 or 13 words are no BIP-39 length
    const words = russian.split(' ');
    expect(secrets(`recovery phrase: ${words.slice(0, 11).join(' ')}`)).toEqual([]);
    expect(secrets(`recovery phrase: ${[...words, 'ракета'].join(' ')}`)).toEqual([]);
    // a run inside a sentence is no value standing alone
    expect(secrets(`the seed is ${russian} and more`)).toEqual([]);
  });
});

describe('wallet private keys in Base58Check (BIP-32 extended keys, WIF)', () => {
  // Looked at as a family this round; round 11's random-token rule already finds every form tried (these pass on the
  // old rules too), so no Base58Check rule was added (docs/redaction.md, "Secrets: round 12"). Kept as a guard.
  const vector = 'xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kejMRNNU3TGtRBeJgk33yuGBxrMPHi';
  const wif = '5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ';
  const compressed = 'KwdMAjGmerYanjeui5SHS7JkmpZvVipYvB2LJGU1ZxJwYvP98617';
  it('finds them in prose, descriptors, tables, URLs and wrapped lines', () => {
    for (const key of [vector, wif, compressed]) {
      for (const text of [
        `my key is ${key}, is it safe?`,
        `wpkh(${key}/84h/0h/0h/0/*)`,
        `| btc | ${key} |`,
        `https://wallet.example/import?key=${key}`,
        `test vector ${key}`,
      ]) {
        expect(secrets(text).some((span) => span.includes(key))).toBe(true);
      }
    }
  });
});

describe('a password or key on a line of its own after a label in any language', () => {
  // label words of languages no password list holds (made up for this test where no translation was at hand): what
  // counts is the layout, a few words, maybe a colon or dash, the value ending the line
  it.each([
    ['Hausa, colon', 'Kalmar shiga ta: Kano7Dala#21', 'Kano7Dala#21'],
    ['Somali, copula', 'Furaha gelitaanku waa Xamar9#Gees!', 'Xamar9#Gees!'],
    ['Tatar, dash', 'Яшерен сүз — Idel8Kazan?', 'Idel8Kazan?'],
    ['Quechua, random letters and digits', 'Pakasqa rimay kaqmi Hq7ZmR2xWv9LpT4e', 'Hq7ZmR2xWv9LpT4e'],
    ['Maori, a passphrase with a number', 'Te kupu huna ko kahu.moana.57', 'kahu.moana.57'],
    ['Amharic', 'ሚስጥራዊ ቃሉ Abebe5%Tana', 'Abebe5%Tana'],
    ['words after the value', 'Tiny key bilong yu em Bilum9#44 tasol', 'Bilum9#44'],
    ['Esperanto, a key', 'Ŝlosilo de la servo: Ĉiel7Kato!', 'Ĉiel7Kato!'],
    ['an arrow and a full stop', 'Allwedd y gweinydd -> Trzin7Mavrica+.', 'Trzin7Mavrica+'],
  ])('%s', (_, text, value) => {
    expect(secrets(text)).toEqual([value]);
  });

  it('keeps identifiers, names and code that end a line after a few words', () => {
    for (const text of [
      'commit 3f786850e387550fdab836ed7e6dc881de23001b', // hash: one case
      'Tracking: 1Z52341TVLT9EU1EHP', // parcel number: one case
      'Please wire the refund to RO11XCYB03125Z73629J14Z2.', // IBAN
      'I just bought the new iPhone15Pro', // a product: words with a number
      'Deliver to 2101-Ahuachapán', // a postcode and a town joined
      'We flew to Fort-de-France', // a name joined with hyphens
      'Send the report to 9ki9ka9jz_ldkfit@yahoo.co.jp', // an address
      'boxTOKEN abcdefghijklmnopqrstuvwxYZ123456', // a placeholder counting letters
      'boxKEY 0123456789abcdefABCDEF1234567890', // counting digits, then letters, then digits again
      "    case 'RSA-OAEP-384':", // indented code
      'type ArrowToken = ArrowToken$1;', // code
      'Click to call: tel:+973-1700-1234',
      'Upgrade with pip install requests==2.28.0',
      'token validateAccessTokenForUser2024', // an identifier of three words and a year
      'header eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9', // a JWT header alone, base64 JSON
      'my-password Lyon!2024x', // one hyphenated word: a name, not a label
      'Prüfsumme sha256 Kd2mX!Lp4Rt', // a word that calls it public
    ]) {
      expect(secrets(text)).toEqual([]);
    }
  });
});

describe('logins typed as commands, and Wi-Fi keys as XML text', () => {
  it.each([
    ['an FTP prompt', 'ftp> user uploader Kest7rel.Nuuk', 'Kest7rel.Nuuk'],
    ['an sftp-style prompt, upper case', 'sftp> USER deploy s3cr3t!Tundra', 's3cr3t!Tundra'],
    ['a POP3 session', 'C: USER mbox42\nS: +OK\nC: PASS hortensia-1998', 'hortensia-1998'],
    ['macOS networksetup', 'networksetup -setairportnetwork en0 "Maison 5G" Ruelle!42Lyon', 'Ruelle!42Lyon'],
    ['a Windows WLAN profile', '<sharedKey>\n  <keyType>passPhrase</keyType>\n  <keyMaterial>pohutukawa.kiwi.7</keyMaterial>\n</sharedKey>', 'pohutukawa.kiwi.7'],
  ])('%s', (_, text, value) => {
    expect(secrets(text)).toContain(value);
  });

  it('still finds what round 11 found there (transcripts, IMAP, a pre-shared key element)', () => {
    expect(secrets('220 ready\nUSER anna\n331 Password required\nPASS Wolke7!Rhein\n230 Logged in')).toContain('Wolke7!Rhein');
    expect(secrets('a001 LOGIN joao@example.org "Caju#2024pt"')).toContain('Caju#2024pt');
    expect(secrets('<wifi><preSharedKey>Nebula_88_Orbit</preSharedKey></wifi>')).toContain('Nebula_88_Orbit');
  });

  it('keeps test runners, prose and elements without a secret', () => {
    expect(secrets('PASS src/app.test.js\nPASS src/user.test.ts')).toEqual([]);
    expect(secrets('USER GUIDE\nchapter one\nPASS tests/login.spec.js')).toEqual([]);
    expect(secrets('I login daily')).toEqual([]);
    expect(secrets('ftp> user anonymous')).toEqual([]);
    expect(secrets('<keyType>passPhrase</keyType>')).toEqual([]);
  });
});

describe('passwords holding a date with a slash, and credential pairs after an arrow', () => {
  it.each([
    ['a label line', 'Kode rahasia kula: MeraPati7/12', 'MeraPati7/12'],
    ['a credential pair after an arrow', 'creds → admin / Yurta!BAU6197', 'Yurta!BAU6197'],
    ['a credential pair after a dash', 'Zugangsdaten — max / Birke#2291', 'Birke#2291'],
  ])('%s', (_, text, value) => {
    expect(secrets(text)).toContain(value);
  });

  it('keeps paths and versions with slashes', () => {
    expect(secrets('Passwort: siehe secret/db')).toEqual([]);
    expect(secrets('Runtime: node16/18')).toEqual([]);
    expect(secrets('Dateien unter docs/api/v2')).toEqual([]);
  });
});
