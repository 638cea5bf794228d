// Development sessions for code-heavy follow-ups: the user's own code or pasted code in a reply (not an error
// report), tool output after running the answer (an error report) in the forms the common toolchains print.
import { feedbackUnresolved, fixedAfterFeedback } from '../builders';
import { scenario } from '../session';
import { SOURCES as S } from '../sources';

const CODE = 'code-in-followup';
const TOOL = 'tool-output';

export const devCodeScenarios = [
  // The user's own code in a reply: exception names inside code are not an error report.
  scenario('dev code en: thanks, then my updated code with except KeyError', 'The user thanks and shows their updated function, which handles KeyError.', (s) => {
    s.user('How do I get a nested value from a dict without crashing when a key is missing?', { id: 'p1' });
    s.answer('Use `dict.get` at each level, or catch `KeyError`:\n```python\ntry:\n    v = d["a"]["b"]\nexcept KeyError:\n    v = None\n```', { id: 'a1' });
    s.wait(15).copy('a1', { codeBlock: 0 });
    s.wait(120).user('Thanks, that works! Here is my updated function:\n```python\ndef lookup(d, *keys):\n    try:\n        for k in keys:\n            d = d[k]\n        return d\n    except KeyError:\n        return None\n```\nCould it also handle lists?', { id: 'p2' });
    s.answer('Catch `IndexError` and `TypeError` too: `except (KeyError, IndexError, TypeError):`.', { id: 'a2' });
    return { labels: { a1: 'accepted', a2: 'unknown' } };
  }, { lang: 'en', family: CODE, source: [S.lmsys], site: 'chatgpt' }),
  scenario('dev code en: pasted own class with throw new Error', 'The user pastes their own TypeScript class (it throws errors by design) and asks for a test.', (s) => {
    s.user('How do I validate an email in TypeScript?', { id: 'p1' });
    s.answer('```ts\nconst isEmail = (s: string) => /^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$/.test(s);\n```', { id: 'a1' });
    s.wait(10).copy('a1', { codeBlock: 0 });
    const mine = 'export class User {\n  constructor(readonly email: string) {\n    if (!isEmail(email)) throw new Error(`invalid email: ${email}`);\n  }\n}';
    s.wait(200).paste(mine);
    s.user(`Works well. I use it here:\n${mine}\nHow would I unit test that the constructor throws?`, { id: 'p2' });
    s.answer('```ts\nexpect(() => new User("x")).toThrow(/invalid email/);\n```', { id: 'a2' });
    return { labels: { a1: 'accepted', a2: 'unknown' } };
  }, { lang: 'en', family: CODE, source: [S.lmsys], site: 'github-copilot', model: 'gpt-4.1' }),
  scenario('dev code de: eigener Code mit ValueError, neue Frage', 'The German user shows their own parser (raises ValueError) and asks a follow-up.', (s) => {
    s.user('Wie lese ich eine Zahl sicher von input() ein?', { id: 'p1' });
    s.answer('```python\ntry:\n    n = int(input())\nexcept ValueError:\n    print("Keine Zahl")\n```', { id: 'a1' });
    s.wait(60).user('Danke. So sieht mein Code jetzt aus:\n```python\ndef parse_age(s):\n    age = int(s)\n    if age < 0:\n        raise ValueError("age must be >= 0")\n    return age\n```\nIst das so sauber?', { id: 'p2' });
    s.answer('Ja. Du könntest noch eine Obergrenze prüfen.', { id: 'a2' });
    return { labels: { a1: 'accepted', a2: 'unknown' } };
  }, { lang: 'de', family: CODE, source: [S.lmsys], site: 'claude', model: 'claude-sonnet' }),
  scenario('dev code ja: 自分のコード (catch (IOException e)) を見せて質問', 'The Japanese user pastes their Java method with a catch block and asks about style.', (s) => {
    s.user('Javaでファイルを1行ずつ読むには？', { id: 'p1' });
    s.answer('```java\ntry (var r = Files.newBufferedReader(path)) {\n    String line;\n    while ((line = r.readLine()) != null) { /* ... */ }\n}\n```', { id: 'a1' });
    s.wait(15).copy('a1', { codeBlock: 0 });
    const mine = 'public List<String> load(Path p) {\n    try {\n        return Files.readAllLines(p);\n    } catch (IOException e) {\n        throw new UncheckedIOException(e);\n    }\n}';
    s.wait(180).paste(mine);
    s.user(`ありがとうございます。今はこう書いています:\n${mine}\nこれで問題ないですか？`, { id: 'p2' });
    s.answer('問題ありません。大きなファイルなら Files.lines を使ってください。', { id: 'a2' });
    return { labels: { a1: 'accepted', a2: 'unknown' } };
  }, { lang: 'ja', family: CODE, source: [S.lmsys], site: 'gemini', model: 'gemini-2.0' }),
  scenario('dev code en: quoting a log line as a new question', 'After a working answer, the user asks about an unrelated warning in their logs.', (s) => {
    s.user('How do I pin a Docker image to a digest?', { id: 'p1' });
    s.answer('Use `image@sha256:<digest>`, e.g. `FROM node@sha256:1a2b...`.', { id: 'a1' });
    s.wait(15).copy('a1', { text: '`FROM node@sha256:1a2b...`' });
    s.wait(400).user('Great, thanks. Unrelated: what does "DeprecationWarning: Buffer() is deprecated" mean in my other project?', { id: 'p2' });
    s.answer('It means code calls the old Buffer constructor; use Buffer.from or Buffer.alloc.', { id: 'a2' });
    return { labels: { a1: 'accepted', a2: 'unknown' } };
  }, { lang: 'en', family: CODE, source: [S.lmsys], site: 'perplexity', model: 'sonar' }),
  scenario('dev code zh: 贴出自己的代码 (except Exception)', 'The Chinese user thanks and pastes their own retry loop to ask about a timeout.', (s) => {
    s.user('requests 请求失败怎么自动重试？', { id: 'p1' });
    s.answer('可以用 urllib3 的 Retry 配合 HTTPAdapter：\n```python\nsession.mount("https://", HTTPAdapter(max_retries=Retry(total=3)))\n```', { id: 'a1' });
    s.wait(20).copy('a1', { codeBlock: 0 });
    s.wait(150).user('谢谢，有用。我现在的代码是这样：\n```python\nfor i in range(3):\n    try:\n        r = session.get(url, timeout=5)\n        break\n    except Exception as e:\n        print("retry", e)\n```\n超时时间设多少合适？', { id: 'p2' });
    s.answer('一般设 (3.05, 27)：连接超时 3 秒，读取超时 27 秒。', { id: 'a2' });
    return { labels: { a1: 'accepted', a2: 'unknown' } };
  }, { lang: 'zh', family: CODE, source: [S.lmsys], site: 'deepseek', model: 'deepseek-v3' }),

  // Tool output after running the answer: a failure report.
  feedbackUnresolved('dev tool rustc: error[E0502] after copying', { lang: 'en', family: TOOL, source: [S.rustE0502], site: 'claude', model: 'claude-sonnet' }, {
    q: 'Rust: iterate over a Vec and push to it when an element is even.',
    wrong: '```rust\nfor x in v.iter() {\n    if x % 2 == 0 { v.push(*x); }\n}\n```',
    feedback: "error[E0502]: cannot borrow `v` as mutable because it is also borrowed as immutable\n --> src/main.rs:4:25\n  |\n3 |     for x in v.iter() {\n  |              --------\n  |              |\n  |              immutable borrow occurs here\n  |              immutable borrow later used here\n4 |         if x % 2 == 0 { v.push(*x); }\n  |                         ^^^^^^^^^^ mutable borrow occurs here",
    wait: 90,
  }),
  fixedAfterFeedback('dev tool tsc: error TS2345, then fixed', { lang: 'en', family: TOOL, source: [S.tsc2345], site: 'github-copilot', model: 'gpt-4.1' }, {
    q: 'TypeScript: parse the "port" query parameter and call listen(port).',
    wrong: '```ts\nconst port = url.searchParams.get("port") ?? "8080";\nserver.listen(port);\n```',
    feedback: "src/server.ts(45,50): error TS2345: Argument of type 'string' is not assignable to parameter of type 'number'.",
    right: '```ts\nconst port = Number(url.searchParams.get("port") ?? 8080);\nserver.listen(port);\n```',
    accept: { copy: true, say: 'compiles now' },
    wait: 70,
  }),
  fixedAfterFeedback('dev tool go: declared and not used', { lang: 'en', family: TOOL, source: [S.goUnused], site: 'chatgpt' }, {
    q: 'Go: read a file and print the number of lines.',
    wrong: '```go\nfunc main() {\n\tdata, err := os.ReadFile("a.txt")\n\tfoo := "bar"\n\tfmt.Println(strings.Count(string(data), "\\n"))\n}\n```',
    feedback: '$ go build ./\n# _/Users/me/tmp/x\n./main.go:4:2: foo declared and not used\n./main.go:3:8: err declared and not used',
    right: '```go\nfunc main() {\n\tdata, err := os.ReadFile("a.txt")\n\tif err != nil {\n\t\tlog.Fatal(err)\n\t}\n\tfmt.Println(strings.Count(string(data), "\\n"))\n}\n```',
    accept: { copy: true },
    wait: 60,
  }),
  feedbackUnresolved('dev tool javac: cannot find symbol', { lang: 'en', family: TOOL, source: [S.javacSymbol], site: 'copilot', model: 'copilot' }, {
    q: 'Java: read a line from the user and print it reversed.',
    wrong: '```java\npublic class Main {\n  public static void main(String[] args) {\n    Scanner sc = new Scanner(System.in);\n    System.out.println(new StringBuilder(sc.nextLine()).reverse());\n  }\n}\n```',
    feedback: 'Main.java:3: error: cannot find symbol\n    Scanner sc = new Scanner(System.in);\n    ^\n  symbol:   class Scanner\n  location: class Main\n2 errors',
    next: 'Add `import java.util.Scanner;` at the top.',
    wait: 45,
  }),
  fixedAfterFeedback('dev tool gcc: implicit declaration is an error', { lang: 'en', family: TOOL, source: [S.gccImplicit, S.gcc14], site: 'grok', model: 'grok-3' }, {
    q: 'C: allocate an array of n ints and fill it with squares.',
    wrong: '```c\nint *sq(int n) {\n  int *a = malloc(n * sizeof *a);\n  for (int i = 0; i < n; i++) a[i] = i * i;\n  return a;\n}\n```',
    feedback: "sq.c:2:12: error: implicit declaration of function 'malloc' [-Wimplicit-function-declaration]\n    2 |   int *a = malloc(n * sizeof *a);\n      |            ^~~~~~",
    right: '```c\n#include <stdlib.h>\n\nint *sq(int n) {\n  int *a = malloc(n * sizeof *a);\n  if (!a) return NULL;\n  for (int i = 0; i < n; i++) a[i] = i * i;\n  return a;\n}\n```',
    accept: { copy: true },
    wait: 50,
  }),
  fixedAfterFeedback('dev tool pytest: FAILED summary', { lang: 'en', family: TOOL, source: [S.pytestSummary, S.pytestDemo], site: 'chatgpt' }, {
    q: 'Write slugify(title) in Python: lower case, spaces to hyphens, drop punctuation.',
    wrong: '```python\ndef slugify(title):\n    return title.lower().replace(" ", "-")\n```',
    feedback: '=================================== FAILURES ===================================\n_______________________________ test_punctuation _______________________________\n\n    def test_punctuation():\n>       assert slugify("Hello, World!") == "hello-world"\nE       AssertionError: assert \'hello,-world!\' == \'hello-world\'\n\ntest_slug.py:7: AssertionError\n=========================== short test summary info ============================\nFAILED test_slug.py::test_punctuation - AssertionError: assert \'hello,-world!\' == \'hello-world\'\n========================= 1 failed, 2 passed in 0.05s ==========================',
    right: '```python\nimport re\n\ndef slugify(title):\n    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")\n```',
    accept: { say: 'all green now, thanks' },
    wait: 80,
  }),
  fixedAfterFeedback('dev tool node: TypeError map + stack, es', { lang: 'es', family: TOOL, source: [S.nodeMap, S.esError], site: 'chatgpt' }, {
    q: '¿Cómo muestro una lista de noticias en un componente de React?',
    wrong: '```jsx\nexport default function News({ articles }) {\n  return <div>{articles.map((a) => <h2>{a.title}</h2>)}</div>;\n}\n```',
    feedback: "me da este error y no se que hacer:\nTypeError: Cannot read properties of undefined (reading 'map')\n    at News.render (bundle.js:318:39)\n    at finishClassComponent (bundle.js:24460:35)\n    at updateClassComponent (bundle.js:24417:28)",
    right: '```jsx\nexport default function News({ articles = [] }) {\n  return <div>{articles.map((a) => <h2 key={a.url}>{a.title}</h2>)}</div>;\n}\n```',
    accept: { copy: true, say: 'ya funciona, gracias' },
    wait: 100,
  }),
  feedbackUnresolved('dev tool python zh: 运行时报错 Traceback', { lang: 'zh', family: TOOL, source: [S.pyTraceZh], site: 'deepseek', model: 'deepseek-v3' }, {
    q: '写一个函数遍历目录下所有 wav 文件并处理',
    wrong: '```python\ndef demain(src_dir):\n    src_files = glob_wavs(src_dir)\n    for src_filename in src_files:\n        process(src_filename)\n```',
    feedback: 'run.py运行时报错怎么办啊\nTraceback (most recent call last):\n  File "D:\\vad\\run.py", line 29, in <module>\n    mySlience.demain()\n  File "D:\\vad\\Myslience.py", line 49, in demain\n    for src_filenamae in src_files:\nTypeError: \'NoneType\' object is not iterable',
    next: 'glob_wavs 没有返回值，所以是 None。在函数末尾加上 `return files`。',
    wait: 120,
  }),
  feedbackUnresolved('dev tool java ko: NullPointerException stack', { lang: 'ko', family: TOOL, source: [S.koRunError], site: 'gemini', model: 'gemini-2.0' }, {
    q: '자바에서 설정 파일을 읽어서 포트 번호를 가져오는 코드 알려줘',
    wrong: '```java\nProperties p = new Properties();\np.load(Main.class.getResourceAsStream("/app.properties"));\nint port = Integer.parseInt(p.getProperty("port"));\n```',
    feedback: '위와 같은 오류가 발생해서 프로그램 실행을 할 수 없습니다..\nException in thread "main" java.lang.NullPointerException: inStream parameter is null\n\tat java.base/java.util.Objects.requireNonNull(Objects.java:233)\n\tat java.base/java.util.Properties.load(Properties.java:407)\n\tat Main.main(Main.java:9)',
    wait: 90,
  }),
  scenario('dev tool: missing module is the environment, not the answer', 'ModuleNotFoundError after copying: the user had not installed the package; they install it and it works.', (s) => {
    s.user('Python: fetch a URL and print the status code.', { id: 'p1' });
    s.answer('```python\nimport requests\nprint(requests.get("https://example.com").status_code)\n```', { id: 'a1' });
    s.wait(15).copy('a1', { codeBlock: 0 });
    s.wait(60).user('Traceback (most recent call last):\n  File "collector.py", line 1, in <module>\n    import requests\nModuleNotFoundError: No module named \'requests\'', { id: 'p2' });
    s.answer('Install it first: `pip install requests`.', { id: 'a2' });
    s.wait(40).user('ok that was it, works', { id: 'p3' });
    return { labels: { a1: 'accepted', a2: 'accepted' } };
  }, { lang: 'en', family: TOOL, source: [S.pyModule], site: 'chatgpt' }),
];
