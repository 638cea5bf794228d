// More development sessions, filling languages and sites the other dev files cover thinly (it, nl, ru, pt, ko,
// ja; Copilot, Grok, Perplexity, Mistral, GitHub Copilot). Phrasing: SOURCES, per scenario.
import { clarification, feedbackUnresolved, fixedAfterFeedback, positive, rephrased, rephrasedInNewChat } from '../builders';
import { scenario } from '../session';
import { SOURCES as S } from '../sources';

export const devMoreScenarios = [
  rephrased('dev UR1 it: "Scrivine un\'altra"', { lang: 'it', family: 'repeat-rephrase', source: [S.lmsys], site: 'mistral', model: 'mistral-large' }, {
    q: 'Scrivi una frase di auguri per un collega che va in pensione.',
    a: 'Auguri per la pensione!',
    again: "Scrivine un'altra, più calorosa e personale",
    next: 'Grazie per tutti questi anni di lavoro insieme: goditi ogni giorno della tua meritata pensione!',
    accept: { copy: true },
  }),
  rephrased('dev UR1 nl: opnieuw gevraagd, korter', { lang: 'nl', family: 'repeat-rephrase', source: [S.lmsys], site: 'copilot', model: 'copilot' }, {
    q: 'Leg uit wat een API is.',
    a: 'Een API (Application Programming Interface) is een verzameling definities en protocollen... (vijf alinea\'s)',
    again: 'Leg in één zin uit wat een API is.',
    next: 'Een API is een afgesproken manier waarop programma\'s elkaar om gegevens of diensten vragen.',
  }),
  rephrasedInNewChat('dev new chat pt: mesma pergunta em outro chat', { lang: 'pt', family: 'rephrase-new-chat', source: [S.lmsys, S.spdiario], site: 'chatgpt' }, {
    q: 'Quais foram os principais feitos do governo Lula?',
    a: 'Entre os acertos: Bolsa Família, expansão das universidades federais...',
    again: 'Quais foram os feitos e as críticas ao governo Lula? Quero os dois lados.',
    next: 'Feitos: ... Críticas: ...',
    accept: { say: 'Agora sim, equilibrado. Obrigado.' },
  }),

  feedbackUnresolved('dev UR2 en: "Almost there... The younger male has no experience"', { lang: 'en', family: 'correction-with-fix', source: [S.lmsys], site: 'chatgpt' }, {
    q: 'What is the movie where an older inmate teaches a younger one about finance?',
    wrong: '"The Shawshank Redemption".',
    feedback: "Almost there... The younger male has no experience with finance prior to their imprisonment...I think the older male's charges might have included fraud and embezzlement",
    next: 'Perhaps "Con Air"? I am not certain of a film matching all details.',
  }),
  fixedAfterFeedback('dev UR2 en: P A S T T I M E is not a valid word', { lang: 'en', family: 'correction-with-fix', source: [S.lmsys], site: 'grok', model: 'grok-3' }, {
    q: 'Give me an 8-letter English word meaning a hobby.',
    wrong: 'PASTTIME (P A S T T I M E).',
    feedback: 'P A S T T I M E spells pasttime, which is not a valid word',
    right: 'You are right, it is spelled PASTIME, which has 7 letters. An 8-letter word for a hobby is INTEREST.',
    accept: { say: 'ok' },
  }),
  fixedAfterFeedback('dev UR2 ru: это не то, нужна команда для Windows', { lang: 'ru', family: 'correction-with-fix', source: [S.ruError, S.lmsys], site: 'deepseek', model: 'deepseek-v3' }, {
    q: 'Как узнать, какой процесс занял порт 3000?',
    wrong: '```bash\nlsof -i :3000\n```',
    feedback: 'Это не то, у меня Windows, lsof нет. Нужна команда для Windows.',
    right: '```bat\nnetstat -ano | findstr :3000\ntasklist /FI "PID eq <PID>"\n```',
    accept: { copy: true, say: 'Спасибо, нашёл процесс' },
  }),
  fixedAfterFeedback('dev UR2 pt: está errado, o nome do método', { lang: 'pt', family: 'correction-with-fix', source: [S.ptPersists], site: 'gemini', model: 'gemini-2.0' }, {
    q: 'Como pego o tamanho de uma lista em Python?',
    wrong: 'Use `lista.length`.',
    feedback: 'Está errado, isso é JavaScript. Em Python dá AttributeError. É len(lista), não?',
    right: 'Isso mesmo, desculpe: em Python use `len(lista)`.',
    accept: { say: 'Valeu' },
  }),
  fixedAfterFeedback('dev UR2 nl: de datum klopt niet', { lang: 'nl', family: 'correction-with-fix', source: [S.lmsys], site: 'perplexity', model: 'sonar' }, {
    q: 'Wanneer is Koningsdag in 2025?',
    wrong: 'Koningsdag is op 27 april 2025.',
    feedback: 'Dat klopt niet, 27 april 2025 valt op zondag, dan wordt het 26 april.',
    right: 'U heeft gelijk: omdat 27 april 2025 op zondag valt, wordt Koningsdag op zaterdag 26 april gevierd.',
    accept: { say: 'Top, dank je' },
  }),
  fixedAfterFeedback('dev UR2 ja: 違います、槍ヶ岳です', { lang: 'ja', family: 'correction-with-fix', source: [S.aiaiJa, S.lmsys], site: 'chatgpt' }, {
    q: '日本で5番目に高い山は？',
    wrong: '日本で5番目に高い山は剱岳です。',
    feedback: '違います。5番目は槍ヶ岳だと思います。',
    right: 'ご指摘の通りです。日本で5番目に高い山は槍ヶ岳（3,180m）です。',
    accept: { say: 'ありがとうございます' },
  }),

  feedbackUnresolved('dev UR3 en: "Improve your reply."', { lang: 'en', family: 'correction-without-fix', source: [S.lmsys], site: 'copilot', model: 'copilot' }, {
    q: 'Write a tagline for a bike repair shop.',
    wrong: 'We fix bikes.',
    feedback: 'Improve your reply.',
    next: 'Back on the road by lunch.',
  }),
  feedbackUnresolved('dev UR3 pt: continua errado', { lang: 'pt', family: 'correction-without-fix', source: [S.ptPersists, S.ptStill], site: 'chatgpt' }, {
    q: 'Como centralizo um texto no HTML?',
    wrong: '```html\n<center>Texto</center>\n```',
    feedback: 'Não importa o código, esse erro persiste. Continua errado.',
    next: 'Use CSS: `text-align: center;` no elemento pai.',
  }),
  feedbackUnresolved('dev UR3 nl: werkt niet', { lang: 'nl', family: 'correction-without-fix', source: [S.nlError], site: 'mistral', model: 'mistral-large' }, {
    q: 'Hoe zet ik in Excel een datum om naar weeknummer?',
    wrong: '`=WEEK(A1)`',
    feedback: 'Dat werkt niet, ik krijg een foutmelding.',
    next: 'In de Nederlandse Excel heet de functie WEEKNUMMER: `=WEEKNUMMER(A1;21)`.',
  }),

  clarification('dev UR4 ja: どういう意味ですか？', { lang: 'ja', family: 'clarification', source: [S.lmsys], site: 'claude', model: 'claude-sonnet' }, {
    q: 'Gitのrebaseとは？',
    a: 'rebaseはコミットを別のベースの上に付け替える操作です。',
    ask: '「ベースの上に付け替える」とはどういう意味ですか？',
    next: 'ブランチの分岐点を、対象ブランチの最新コミットに移すことです。',
  }),
  clarification('dev UR4 nl: wat bedoel je met idempotent?', { lang: 'nl', family: 'clarification', source: [S.lmsys], site: 'chatgpt' }, {
    q: 'Waarom moet een PUT-request idempotent zijn?',
    a: 'Omdat een client het verzoek veilig moet kunnen herhalen.',
    ask: 'Wat bedoel je precies met idempotent?',
    next: 'Dat het resultaat hetzelfde is, of je het verzoek nu één keer of tien keer stuurt.',
  }),
  clarification('dev UR4 es: ¿puedes explicarlo mejor?', { lang: 'es', family: 'clarification', source: [S.lmsys], site: 'grok', model: 'grok-3' }, {
    q: '¿Qué es la complejidad O(n log n)?',
    a: 'Es la complejidad de algoritmos como mergesort: crece un poco más rápido que lineal.',
    ask: 'No lo entiendo, ¿puedes explicarlo mejor con un ejemplo?',
    next: 'Con 1.000 elementos, n log n ≈ 10.000 pasos; con 1.000.000, ≈ 20.000.000.',
  }),
  feedbackUnresolved('dev UR4 doubt ko: 확실해?', { lang: 'ko', family: 'clarification', source: [S.lmsys], site: 'copilot', model: 'copilot' }, {
    q: '서울에서 부산까지 KTX로 얼마나 걸려?',
    wrong: 'KTX로 약 1시간 걸립니다.',
    feedback: '확실해? 1시간은 너무 짧은데',
    next: '죄송합니다. 약 2시간 30분 정도 걸립니다.',
  }),

  positive('dev UR5 ja: 完璧です、助かりました', { lang: 'ja', family: 'positive', source: [S.lmsys], site: 'gemini', model: 'gemini-2.0' }, {
    q: 'Excelで重複を削除する方法は？',
    a: '「データ」タブ →「重複の削除」を選び、対象の列を選択します。',
    say: '完璧です、助かりました',
  }),
  positive('dev UR5 es: genial, justo lo que buscaba', { lang: 'es', family: 'positive', source: [S.lmsys], site: 'perplexity', model: 'sonar' }, {
    q: '¿Cómo deshago el último commit sin perder cambios?',
    a: '```bash\ngit reset --soft HEAD~1\n```',
    say: 'Genial, justo lo que buscaba. ¡Gracias!',
    copy: true,
  }),
  positive('dev UR5 nl: top, bedankt', { lang: 'nl', family: 'positive', source: [S.nlWorks], site: 'chatgpt' }, {
    q: 'Hoe maak ik een lijst uniek in Python, met behoud van volgorde?',
    a: '```python\nuniek = list(dict.fromkeys(lijst))\n```',
    say: 'Top, bedankt!',
    copy: true,
  }),
  positive('dev UR5 it: funziona, grazie mille', { lang: 'it', family: 'positive', source: [S.itThanks], site: 'github-copilot', model: 'gpt-4.1' }, {
    q: 'Come converto una stringa in data in JavaScript?',
    a: '```js\nconst d = new Date("2024-05-01T10:00:00Z");\n```',
    say: 'Funziona, grazie mille!',
    copy: true,
  }),

  scenario('dev code ko: 제 코드인데 throw 부분 괜찮나요?', 'The Korean user thanks and shows their own code with throw statements, asking for a review.', (s) => {
    s.user('자바스크립트에서 숫자인지 확인하는 방법?', { id: 'p1' });
    s.answer('```js\nNumber.isFinite(Number(x))\n```', { id: 'a1' });
    s.wait(20).copy('a1', { codeBlock: 0 });
    s.wait(180).user('감사합니다. 제 코드에 이렇게 넣었어요:\n```js\nfunction toNumber(x) {\n  const n = Number(x);\n  if (!Number.isFinite(n)) throw new TypeError(`not a number: ${x}`);\n  return n;\n}\n```\n이렇게 TypeError 던지는 거 괜찮나요?', { id: 'p2' });
    s.answer('네, 잘못된 입력에 TypeError(또는 RangeError)를 던지는 것은 일반적입니다.', { id: 'a2' });
    return { labels: { a1: 'accepted', a2: 'unknown' } };
  }, { lang: 'ko', family: 'code-in-followup', source: [S.koFixed], site: 'chatgpt' }),
  scenario('dev code it: incollo il mio test con pytest.raises', 'The Italian user pastes their own pytest test (it expects ZeroDivisionError) and asks a question.', (s) => {
    s.user('Come scrivo una funzione di divisione sicura in Python?', { id: 'p1' });
    s.answer('```python\ndef dividi(a, b):\n    if b == 0:\n        raise ZeroDivisionError("b non può essere 0")\n    return a / b\n```', { id: 'a1' });
    s.wait(15).copy('a1', { codeBlock: 0 });
    const test = 'def test_zero():\n    with pytest.raises(ZeroDivisionError):\n        dividi(1, 0)';
    s.wait(200).paste(test);
    s.user(`Perfetto. Ho scritto questo test:\n${test}\nCome controllo anche il messaggio?`, { id: 'p2' });
    s.answer('Usa `pytest.raises(ZeroDivisionError, match="non può")`.', { id: 'a2' });
    return { labels: { a1: 'accepted', a2: 'unknown' } };
  }, { lang: 'it', family: 'code-in-followup', source: [S.itThanks], site: 'mistral', model: 'mistral-large' }),

  fixedAfterFeedback('dev tool clang ru: error: use of undeclared identifier', { lang: 'ru', family: 'tool-output', source: [S.gcc14, S.ruError], site: 'deepseek', model: 'deepseek-v3' }, {
    q: 'C++: выведи вектор через запятую.',
    wrong: '```cpp\nfor (size_t i = 0; i < v.size(); ++i) cout << v[i] << (i + 1 < v.size() ? ", " : "\\n");\n```',
    feedback: "Выдает ошибку при запуске, что нужно исправить?\nmain.cpp:6:48: error: use of undeclared identifier 'cout'; did you mean 'std::cout'?\n1 error generated.",
    right: '```cpp\n#include <iostream>\n#include <vector>\n\nfor (size_t i = 0; i < v.size(); ++i) std::cout << v[i] << (i + 1 < v.size() ? ", " : "\\n");\n```',
    accept: { say: 'Скомпилировалось, спасибо' },
    wait: 70,
  }),
  feedbackUnresolved('dev tool tsc ja: TS2339 が出ます', { lang: 'ja', family: 'tool-output', source: [S.tsNode, S.jaLocal], site: 'github-copilot', model: 'gpt-4.1' }, {
    q: 'TypeScriptでオブジェクトのキーを列挙するには？',
    wrong: '```ts\nconst keys = obj.keys();\n```',
    feedback: "エラーが出ます:\nsrc/index.ts:3:20 - error TS2339: Property 'keys' does not exist on type 'Config'.\n\n3 const keys = obj.keys();\n                     ~~~~",
    wait: 60,
  }),
  fixedAfterFeedback('dev tool go nl: undefined na het bouwen', { lang: 'nl', family: 'tool-output', source: [S.goDeclared, S.nlError], site: 'claude', model: 'claude-sonnet' }, {
    q: 'Go: controleer of een slice een waarde bevat.',
    wrong: '```go\nif contains(items, "x") {\n\tfmt.Println("ja")\n}\n```',
    feedback: 'Ik krijg een foutmelding bij het bouwen:\n./main.go:11:5: undefined: contains',
    right: '```go\nif slices.Contains(items, "x") {\n\tfmt.Println("ja")\n}\n```',
    accept: { copy: true },
    wait: 40,
  }),

  scenario('dev select ko: 함수 이름 하나만 복사', 'The Korean user copies a single function name from the code.', (s) => {
    s.user('파이썬에서 리스트를 정렬하는 방법?', { id: 'p1' });
    s.answer('```python\nnums.sort()\nsorted_nums = sorted(nums, reverse=True)\n```', { id: 'a1' });
    s.wait(15).copy('a1', { codeBlock: 0, text: 'sorted' });
    return { labels: { a1: 'unknown' } };
  }, { lang: 'ko', family: 'selection-copy', source: [S.lmsys], site: 'gemini', model: 'gemini-2.0' }),
  scenario('dev history ru: загруженный чат, потом «спасибо» вживую', 'A Russian chat loaded from history, then the user writes a live thanks to the last answer.', (s) => {
    s.history(() => {
      s.user('Как в SQL выбрать последние 10 записей?', { id: 'p1' });
      s.answer('```sql\nSELECT * FROM t ORDER BY id DESC LIMIT 10;\n```', { id: 'a1' });
    });
    s.wait(20).user('Спасибо, то что нужно!', { id: 'p2' });
    return { labels: { a1: 'accepted' } };
  }, { lang: 'ru', family: 'history', source: [S.ruWorks], site: 'deepseek', model: 'deepseek-v3' }),
  scenario('dev variants it: pollice giù su Copilot', 'Italian user rates the answer down and leaves.', (s) => {
    s.user('Riassumi la Divina Commedia in una riga.', { id: 'p1' });
    s.answer('Un uomo fa un viaggio.', { id: 'a1' });
    s.wait(10).thumbs('a1', 'down');
    return { labels: { a1: 'rejected' } };
  }, { lang: 'it', family: 'variants-ratings', source: [S.ilGiornale], site: 'copilot', model: 'copilot' }),
];
