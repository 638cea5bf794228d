// UNTOUCHED split (never used to tune the labeller; see ../README.md): code-heavy follow-ups, tool output, paste
// provenance, selection copies, whitespace-only variants, weak corrections, history and variants.
import { feedbackUnresolved, fixedAfterFeedback } from '../builders';
import { scenario } from '../session';
import { SOURCES as S } from '../sources';

const CODE = 'code-in-followup';
const TOOL = 'tool-output';
const PASTE = 'paste-provenance';
const SELECT = 'selection-copy';
const SPACE = 'whitespace-variants';
const WEAK = 'weak-correction';
const HISTORY = 'history';
const VARIANTS = 'variants-ratings';

export const untouchedCodeSignalScenarios = [
  scenario('untouched code en: "thanks! my version" with raise RuntimeError', 'The user thanks and shows their adapted version, which raises RuntimeError on purpose.', (s) => {
    s.user('Python: retry a function up to 3 times.', { id: 'p1' });
    s.answer('```python\nfor attempt in range(3):\n    try:\n        return f()\n    except Exception:\n        if attempt == 2:\n            raise\n```', { id: 'a1' });
    s.wait(20).copy('a1', { codeBlock: 0 });
    s.wait(160).user('thanks! I adapted it:\n```python\ndef retry(f, n=3):\n    for attempt in range(n):\n        try:\n            return f()\n        except ConnectionError as e:\n            last = e\n    raise RuntimeError("gave up") from last\n```\nshould I add a sleep between attempts?', { id: 'p2' });
    s.answer('Yes, back off exponentially: `time.sleep(2 ** attempt)`.', { id: 'a2' });
    return { labels: { a1: 'accepted', a2: 'unknown' } };
  }, { lang: 'en', family: CODE, source: [S.lmsys], site: 'chatgpt' }),
  scenario('untouched code es: pego mi código con catch (Exception e)', 'The Spanish user pastes their Java code that catches exceptions and asks a style question.', (s) => {
    s.user('¿Cómo convierto un String a int en Java?', { id: 'p1' });
    s.answer('```java\nint n = Integer.parseInt(s);\n```\nLanza NumberFormatException si el texto no es un número.', { id: 'a1' });
    const mine = 'static int toInt(String s, int def) {\n    try {\n        return Integer.parseInt(s.trim());\n    } catch (NumberFormatException e) {\n        return def;\n    }\n}';
    s.wait(200).paste(mine);
    s.user(`Gracias. Lo dejé así:\n${mine}\n¿Está bien devolver un valor por defecto?`, { id: 'p2' });
    s.answer('Sí, es un patrón común; documenta el valor por defecto.', { id: 'a2' });
    return { labels: { a1: 'accepted', a2: 'unknown' } };
  }, { lang: 'es', family: CODE, source: [S.lmsys], site: 'gemini', model: 'gemini-2.0' }),
  scenario('untouched code ru: свой код с except OSError', 'The Russian user shows their function (it catches OSError) and asks about logging.', (s) => {
    s.user('Как в Python скопировать файл?', { id: 'p1' });
    s.answer('```python\nimport shutil\nshutil.copy2("a.txt", "b.txt")\n```', { id: 'a1' });
    s.wait(15).copy('a1', { codeBlock: 0 });
    s.wait(240).user('Спасибо, работает. Сделал обёртку:\n```python\ndef safe_copy(src, dst):\n    try:\n        shutil.copy2(src, dst)\n    except OSError as e:\n        print("не удалось:", e)\n```\nКак лучше логировать вместо print?', { id: 'p2' });
    s.answer('Используйте logging: `log.exception("copy failed")`.', { id: 'a2' });
    return { labels: { a1: 'accepted', a2: 'unknown' } };
  }, { lang: 'ru', family: CODE, source: [S.ruWorks], site: 'deepseek', model: 'deepseek-v3' }),
  scenario('untouched code en: asks about an error message as a fresh topic', 'After a thanked answer, the user asks what an unrelated error message means.', (s) => {
    s.user('How do I make a Python virtualenv?', { id: 'p1' });
    s.answer('```bash\npython3 -m venv .venv\nsource .venv/bin/activate\n```', { id: 'a1' });
    s.wait(20).copy('a1', { codeBlock: 0 });
    s.wait(600).user('perfect. another question: what does "OSError: [Errno 98] Address already in use" usually mean in a Flask app?', { id: 'p2' });
    s.answer('Another process already listens on that port; stop it or pick another port.', { id: 'a2' });
    return { labels: { a1: 'accepted', a2: 'unknown' } };
  }, { lang: 'en', family: CODE, source: [S.lmsys], site: 'claude', model: 'claude-sonnet' }),

  feedbackUnresolved('untouched tool rustc: E0502 in the copied loop', { lang: 'en', family: TOOL, source: [S.rustE0502b], site: 'chatgpt' }, {
    q: 'Rust: remove all empty strings from a Vec<String> while iterating.',
    wrong: '```rust\nfor (i, s) in v.iter().enumerate() {\n    if s.is_empty() { v.remove(i); }\n}\n```',
    feedback: "error[E0502]: cannot borrow `v` as mutable because it is also borrowed as immutable\n    --> src/lib.rs:3:27\n     |\n2    |     for (i, s) in v.iter().enumerate() {\n     |                   --------------------\n     |                   |\n     |                   immutable borrow occurs here\n3    |         if s.is_empty() { v.remove(i); }\n     |                           ^^^^^^^^^^^ mutable borrow occurs here",
    next: 'Use `v.retain(|s| !s.is_empty());` instead.',
    wait: 70,
  }),
  fixedAfterFeedback('untouched tool tsc: TS2322 on assignment', { lang: 'en', family: TOOL, source: [S.tsc2322], site: 'github-copilot', model: 'gpt-4.1' }, {
    q: 'Angular: set item.date to the current time when the form is submitted.',
    wrong: '```ts\nonSubmit() {\n  this.item.date = new Date().getTime();\n}\n```',
    feedback: "ERROR in src/app/components/add-item/add-item.component.ts(28,7): error TS2322: Type 'number' is not assignable to type 'String'.",
    right: '```ts\nonSubmit() {\n  this.item.date = new Date().toISOString();\n}\n```',
    accept: { copy: true },
    wait: 60,
  }),
  fixedAfterFeedback('untouched tool go: undefined, de', { lang: 'de', family: TOOL, source: [S.goUnused2], site: 'mistral', model: 'mistral-large' }, {
    q: 'Go: Wie lese ich eine Umgebungsvariable mit Standardwert?',
    wrong: '```go\nport := os.GetenvDefault("PORT", "8080")\n```',
    feedback: 'Bekomme beim Bauen:\n# command-line-arguments\n./main.go:9:13: undefined: os.GetenvDefault',
    right: '```go\nport, ok := os.LookupEnv("PORT")\nif !ok {\n\tport = "8080"\n}\n```',
    accept: { say: 'Jetzt baut es, danke' },
    wait: 50,
  }),
  feedbackUnresolved('untouched tool javac: package does not exist, pt', { lang: 'pt', family: TOOL, source: [S.javacSymbol, S.ptStill], site: 'chatgpt' }, {
    q: 'Java: como converto um objeto em JSON?',
    wrong: '```java\nimport com.fasterxml.jackson.databind.ObjectMapper;\n\nString json = new ObjectMapper().writeValueAsString(obj);\n```',
    feedback: 'Main.java:24: error: package com.fasterxml.jackson.databind does not exist\nimport com.fasterxml.jackson.databind.ObjectMapper;\n                                     ^\nMesmo assim o erro permaneceu.',
    next: 'Adicione a dependência jackson-databind no pom.xml.',
    wait: 80,
  }),
  fixedAfterFeedback('untouched tool pytest: assertion failure, fr', { lang: 'fr', family: TOOL, source: [S.pytestSummary], site: 'claude', model: 'claude-sonnet' }, {
    q: 'Écris une fonction Python qui met en majuscule la première lettre de chaque mot.',
    wrong: '```python\ndef titre(s):\n    return s.capitalize()\n```',
    feedback: 'Le test échoue :\nFAILED test_titre.py::test_mots - AssertionError: assert \'Bonjour le monde\' == \'Bonjour Le Monde\'\n======================= 1 failed, 1 passed in 0.03s ========================',
    right: '```python\ndef titre(s):\n    return " ".join(m[:1].upper() + m[1:] for m in s.split(" "))\n```',
    accept: { say: 'Les tests passent, merci !' },
    wait: 90,
  }),
  feedbackUnresolved('untouched tool python ja: Traceback KeyError', { lang: 'ja', family: TOOL, source: [S.jaLocal, S.pyTraceZh2], site: 'gemini', model: 'gemini-2.0' }, {
    q: 'pandasで"Date"列を日付型に変換するには？',
    wrong: '```python\ndf["Date"] = pd.to_datetime(df["Date"])\n```',
    feedback: 'ローカル環境でエラーが出ます。\nTraceback (most recent call last):\n  File "main.py", line 5, in <module>\n    df["Date"] = pd.to_datetime(df["Date"])\nKeyError: \'Date\'',
    wait: 60,
  }),

  scenario('untouched paste: the copy says which of two answers', 'Two near-identical answers; the user copies the first, edits it and pastes it back.', (s) => {
    const v1 = 'const sum = (xs) => xs.reduce((a, b) => a + b);';
    const v2 = 'const sum = (xs) => xs.reduce((a, b) => a + b, 0);';
    s.user('JS one-liner to sum an array.', { id: 'p1' });
    s.answer('```js\n' + v1 + '\n```', { id: 'a1' });
    s.regenerate('```js\n' + v2 + '\n```', { id: 'a2' });
    s.switchTo('a1');
    const c = s.wait(10).copy('a1', { codeBlock: 0 });
    const edited = 'const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);';
    s.pasteBack(edited, { answer: 'a1', copy: c });
    s.user(`I typed it and added the initial value: ${edited}`, { id: 'p2' });
    return { labels: { a1: 'refined', a2: 'rejected' }, pairs: [['edit(a1)', 'a1'], ['a1', 'a2']] };
  }, { lang: 'en', family: PASTE, source: [S.lmsys], site: 'chatgpt' }),
  scenario('untouched paste de: geänderte SQL zurückgeschickt', 'German user copies the query, fixes the join and sends it back.', (s) => {
    const sql = 'SELECT k.name, SUM(b.betrag)\nFROM kunden k\nJOIN bestellungen b ON b.id = k.id\nGROUP BY k.name;';
    s.user('SQL: Umsatz pro Kunde.', { id: 'p1' });
    s.answer('```sql\n' + sql + '\n```', { id: 'a1' });
    const c = s.wait(10).copy('a1', { codeBlock: 0 });
    const fixed = sql.replace('b.id = k.id', 'b.kunde_id = k.id');
    s.pasteBack(fixed, { answer: 'a1', copy: c });
    s.user(`Der Join war falsch, so stimmt es:\n${fixed}`, { id: 'p2' });
    s.answer('Richtig, die Bestellung verweist über kunde_id auf den Kunden.', { id: 'a2' });
    return { labels: { a1: 'refined', a2: 'unknown' }, pairs: [['edit(a1)', 'a1']] };
  }, { lang: 'de', family: PASTE, source: [S.lmsys], site: 'claude', model: 'claude-sonnet' }),
  scenario('untouched paste ko: 수정한 코드를 다시 붙여넣기 (두 번째 답변)', 'Korean user copies the revised answer, edits one line and pastes it back.', (s) => {
    const v1 = 'def mean(xs):\n    return sum(xs) / len(xs)';
    const v2 = 'def mean(xs):\n    if not xs:\n        return 0\n    return sum(xs) / len(xs)';
    s.user('파이썬 평균 함수', { id: 'p1' });
    s.answer('```python\n' + v1 + '\n```', { id: 'a1' });
    s.wait(20).user('빈 리스트도 처리해 줘', { id: 'p2' });
    s.answer('```python\n' + v2 + '\n```', { id: 'a2' });
    const c = s.wait(10).copy('a2', { codeBlock: 0 });
    const edited = v2.replace('return 0', 'return None');
    s.pasteBack(edited, { answer: 'a2', copy: c });
    s.user(`이렇게 None 반환으로 바꿔서 쓸게요\n${edited}`, { id: 'p3' });
    return { labels: { a1: 'rejected', a2: 'refined' }, pairs: [['edit(a2)', 'a2']] };
  }, { lang: 'ko', family: PASTE, source: [S.koFixed], site: 'gemini', model: 'gemini-2.0' }),

  scenario('untouched select: a variable name from the code', 'The user selects one variable name from the code block.', (s) => {
    s.user('Bash: loop over lines of a file.', { id: 'p1' });
    s.answer('```bash\nwhile IFS= read -r line; do\n  echo "$line"\ndone < input.txt\n```', { id: 'a1' });
    s.wait(15).copy('a1', { codeBlock: 0, text: 'IFS' });
    return { labels: { a1: 'unknown' } };
  }, { lang: 'en', family: SELECT, source: [S.lmsys], site: 'perplexity', model: 'sonar' }),
  scenario('untouched select: the command line out of a longer block', 'The user selects the one command they need from a setup block.', (s) => {
    s.user('Set up a Python project with poetry.', { id: 'p1' });
    s.answer('```bash\npip install poetry\npoetry new myproj\ncd myproj\npoetry add requests\n```', { id: 'a1' });
    s.wait(15).copy('a1', { codeBlock: 0, text: 'poetry new myproj\ncd myproj' });
    return { labels: { a1: 'accepted' } };
  }, { lang: 'en', family: SELECT, source: [S.lmsys], site: 'mistral', model: 'mistral-large' }),
  scenario('untouched select ja: 用語を一語だけコピー', 'The Japanese user copies one term from a prose answer.', (s) => {
    s.user('TCPとUDPの違いは？', { id: 'p1' });
    s.answer('TCPはコネクション型で信頼性があり、順序保証と再送制御を行います。UDPはコネクションレス型で、速いですが信頼性はありません。', { id: 'a1' });
    s.wait(10).copy('a1', { text: '再送制御' });
    return { labels: { a1: 'unknown' } };
  }, { lang: 'ja', family: SELECT, source: [S.lmsys], site: 'claude', model: 'claude-sonnet' }),

  scenario('untouched space: variants equal up to trailing spaces', 'The regenerated answer is the same text with trailing spaces; the user rates it up.', (s) => {
    s.user('Git command to show the current branch?', { id: 'p1' });
    s.answer('`git branch --show-current`', { id: 'a1' });
    s.regenerate('`git branch --show-current`  \n', { id: 'a2' });
    s.wait(5).thumbs('a2', 'up');
    return { labels: { a1: 'rejected', a2: 'accepted' } };
  }, { lang: 'en', family: SPACE, source: [S.lmsys], site: 'chatgpt' }),
  scenario('untouched space it: stessa risposta riformattata dopo "sei sicuro?"', 'Italian user doubts; the model repeats the same command re-indented; the user copies it.', (s) => {
    s.user('Come creo un branch in git e ci passo sopra?', { id: 'p1' });
    s.answer('```bash\ngit switch -c nuovo-branch\n```', { id: 'a1' });
    s.wait(15).user('Sei sicuro? Non serve git checkout?', { id: 'p2' });
    s.answer('```bash\n   git switch -c nuovo-branch\n```', { id: 'a2' });
    s.wait(10).copy('a2', { codeBlock: 0 });
    return { labels: { a1: 'rejected', a2: 'accepted' } };
  }, { lang: 'it', family: SPACE, source: [S.lmsys], site: 'grok', model: 'grok-3' }),

  scenario('untouched weak en: "no, I meant in Rust", then thanks', 'A weak correction (no, I meant ...), then the new answer is thanked.', (s) => {
    s.user('How do I read a file line by line?', { id: 'p1' });
    s.answer('```python\nwith open("a.txt") as f:\n    for line in f:\n        print(line)\n```', { id: 'a1' });
    s.wait(10).user('no, I meant in Rust', { id: 'p2' });
    s.answer('```rust\nfor line in BufReader::new(File::open("a.txt")?).lines() {\n    println!("{}", line?);\n}\n```', { id: 'a2' });
    s.wait(30).user('thanks', { id: 'p3' });
    return { labels: { a1: 'refined', a2: 'accepted' }, pairs: [['a2', 'a1']] };
  }, { lang: 'en', family: WEAK, source: [S.taxonomy, S.lmsys], site: 'claude', model: 'claude-sonnet' }),
  scenario('untouched weak fr: plutôt avec sed, puis copié', 'French weak correction ("plutôt"), then copy.', (s) => {
    s.user('Comment remplacer "foo" par "bar" dans tous les fichiers .txt ?', { id: 'p1' });
    s.answer('Ouvrez chaque fichier dans un éditeur et utilisez Rechercher/Remplacer.', { id: 'a1' });
    s.wait(15).user('Non, plutôt en ligne de commande avec sed', { id: 'p2' });
    s.answer("```bash\nsed -i 's/foo/bar/g' *.txt\n```", { id: 'a2' });
    s.wait(10).copy('a2', { codeBlock: 0 });
    return { labels: { a1: 'refined', a2: 'accepted' }, pairs: [['a2', 'a1']] };
  }, { lang: 'fr', family: WEAK, source: [S.lmsys], site: 'mistral', model: 'mistral-large' }),
  scenario('untouched weak zh: 应该用 f-string, then copied', 'Chinese weak correction ("应该用"), then copy.', (s) => {
    s.user('Python 怎么拼接字符串和数字？', { id: 'p1' });
    s.answer('```python\ns = "年龄：" + str(age)\n```', { id: 'a1' });
    s.wait(15).user('应该用 f-string 吧', { id: 'p2' });
    s.answer('```python\ns = f"年龄：{age}"\n```', { id: 'a2' });
    s.wait(10).copy('a2', { codeBlock: 0 });
    return { labels: { a1: 'refined', a2: 'accepted' }, pairs: [['a2', 'a1']] };
  }, { lang: 'zh', family: WEAK, source: [S.lmsys], site: 'deepseek', model: 'deepseek-v3' }),

  scenario('untouched history: loaded chat, neutral continuation, ko', 'A Korean chat loaded from history; the user had continued; nothing live.', (s) => {
    s.history(() => {
      s.user('리액트에서 상태 관리 라이브러리 추천해 줘', { id: 'p1' });
      s.answer('작은 앱은 useState/useContext, 큰 앱은 Zustand나 Redux Toolkit을 추천합니다.', { id: 'a1' });
      s.user('Zustand 예제 보여줘', { id: 'p2' });
      s.answer('```js\nconst useStore = create((set) => ({ n: 0, inc: () => set((s) => ({ n: s.n + 1 })) }));\n```', { id: 'a2' });
    });
    return { labels: { a1: 'unknown', a2: 'unknown' } };
  }, { lang: 'ko', family: HISTORY, source: [S.lmsys], site: 'chatgpt' }),
  scenario('untouched history: loaded chat with a correction in it', 'A loaded chat whose history contains "that is wrong" and a fix: not seen live, so no label.', (s) => {
    s.history(() => {
      s.user('What is the boiling point of water at the top of Everest?', { id: 'p1' });
      s.answer('About 100 °C, like everywhere.', { id: 'a1' });
      s.user('That is wrong.', { id: 'p2' });
      s.answer('Sorry: about 70 °C, because the air pressure is only a third of sea level.', { id: 'a2' });
    });
    return { labels: { a1: 'unknown', a2: 'unknown' } };
  }, { lang: 'en', family: HISTORY, source: [S.lmsys], site: 'claude', model: 'claude-sonnet' }),
  scenario('untouched history: the site\'s data shows a variant kept', 'Loaded tree: two variants of the answer, the conversation continued from the first.', (s) => {
    s.history(() => {
      s.user('Titel für einen Blogpost über Rust-Fehlerbehandlung?', { id: 'p1' });
      s.answer('"Result statt Ausnahme: Fehler in Rust"', { id: 'a1' });
      s.regenerate('"Alles über Rust"', { id: 'a2' });
      s.switchTo('a1');
      s.user('Gut, schreib die Einleitung dazu', { id: 'p2' });
      s.answer('Rust kennt keine Ausnahmen. Stattdessen ...', { id: 'a3' });
    });
    s.events.splice(0, s.events.length, ...s.events.filter((e) => e.kind !== 'regenerate' && e.kind !== 'branch_switch'));
    return { labels: { a1: 'accepted', a2: 'rejected', a3: 'unknown' }, pairs: [['a1', 'a2']] };
  }, { lang: 'de', family: HISTORY, source: [S.lmsys], site: 'chatgpt' }),

  scenario('untouched variants es: pulgar arriba tras regenerar', 'Spanish user regenerates and rates the new answer up.', (s) => {
    s.user('Dame un nombre para una panadería.', { id: 'p1' });
    s.answer('"Pan y Más"', { id: 'a1' });
    s.regenerate('"La Miga Dorada"', { id: 'a2' });
    s.wait(10).thumbs('a2', 'up');
    return { labels: { a1: 'rejected', a2: 'accepted' }, pairs: [['a2', 'a1']] };
  }, { lang: 'es', family: VARIANTS, source: [S.lmsys], site: 'gemini', model: 'gemini-2.0' }),
  scenario('untouched variants nl: prompt aangepast en opnieuw verstuurd', 'Dutch user edits the prompt after reading the answer and copies the new answer.', (s) => {
    s.user('Schrijf een korte afwezigheidsmelding.', { id: 'p1' });
    s.answer('Ik ben afwezig.', { id: 'a1' });
    s.editPrompt('p1', 'Schrijf een korte, vriendelijke afwezigheidsmelding tot 3 juni met een vervanger (Sanne).', { id: 'p2' });
    s.answer('Bedankt voor je bericht. Ik ben tot 3 juni afwezig. Voor dringende zaken kun je Sanne mailen.', { id: 'a2' });
    s.wait(10).copy('a2');
    return { labels: { a1: 'rejected', a2: 'accepted' } };
  }, { lang: 'nl', family: VARIANTS, source: [S.nlError], site: 'copilot', model: 'copilot' }),
];
