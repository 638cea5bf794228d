// Chat sentences that tell a password, one per filebrowser locale: {P} is the locale's own translation of the
// "login.password" string in filebrowser/filebrowser's frontend/src/i18n/<locale>.json (Apache-2.0; held in
// sources/filebrowser.json), the sentence around it is written for round 21 by the helper from memory (not checked by
// native speakers). `{v}` is the password. Share-link notes use the catalogue's "prompts.optionalPassword" string.
export const CHAT_FRAMES: Record<string, string> = {
  'ar': 'أهلاً، {P} حساب الملفات المشترك: {v} — غيّرها بعد الدخول',
  'bg': 'Здрасти, {P} за файловия сървър е {v}',
  'ca': 'Ei, la {P} del servidor de fitxers és {v}',
  'cs': 'Čau, {P} na sdílené soubory je {v}',
  'de': 'Moin, das {P} für die Dateiablage lautet {v}',
  'el': 'Καλησπέρα, ο {P} για τα αρχεία είναι {v}',
  'en': 'fyi the {P} for the file share is {v}, pls rotate after the audit',
  'es': 'Buenas, la {P} del gestor de archivos es {v}',
  'fa': 'سلام، {P} سرور فایل {v} هست',
  'fr': 'Salut, le {P} du partage de fichiers est {v}',
  'he': 'אהלן, ה{P} לשרת הקבצים: {v}',
  'hr': 'Pozdrav, {P} za dijeljene datoteke je {v}',
  'hu': 'Helló, a fájlszerver {P}: {v}',
  'is': 'Hæ, {P} fyrir skráasvæðið er {v}',
  'it': 'Ciao, la {P} per la cartella condivisa è {v}',
  'ja': 'ファイルサーバーの{P}は {v} です。あとで変えてください',
  'ko': '파일 서버 {P}는 {v} 입니다',
  'lv': 'Sveiki, failu servera {P} ir {v}',
  'nl-be': 'Hey, het {P} van de bestandsserver is {v}, niet doorsturen aub',
  'nl': 'Hoi, het {P} voor de gedeelde map is {v}',
  'no': 'Hei, {P} til filserveren er {v}',
  'pl': 'Hej, {P} do serwera plików to {v}',
  'pt-br': 'Oi, a {P} do servidor de arquivos é {v}',
  'pt-pt': 'Olá, a {P} da partilha de ficheiros é {v}',
  'ro': 'Salut, {P} pentru serverul de fișiere este {v}',
  'ru': 'Привет, {P} от файлового сервера: {v}',
  'sk': 'Ahoj, {P} na zdieľané súbory je {v}',
  'sv-se': 'Hej, {P} till filservern är {v}',
  'tr': 'Selam, dosya sunucusunun {P}si {v}',
  'uk': 'Привіт, {P} до файлового сервера: {v}',
  'vi': 'Chào bạn, {P} máy chủ tệp là {v}',
  'zh-cn': '文件服务器的{P}是 {v}，用完记得改',
  'zh-tw': '檔案伺服器的{P}是 {v}，請勿外流',
};

/** A share link handed over in chat with the catalogue's "Optional password" label; `{L}` is the link. */
export const SHARE_NOTE = '{L}\n{P}: {v}';
