// UNTOUCHED split (never used to tune the labeller; see ../README.md): follow-up feedback taxonomy sessions.
// Phrasing: SOURCES, per scenario.
import { clarification, feedbackUnresolved, fixedAfterFeedback, positive, rephrased, rephrasedInNewChat } from '../builders';
import { scenario } from '../session';
import { SOURCES as S } from '../sources';

const UR1 = 'repeat-rephrase';
const UR2 = 'correction-with-fix';
const UR3 = 'correction-without-fix';
const UR4 = 'clarification';
const UR5 = 'positive';
const NEWCHAT = 'rephrase-new-chat';

export const untouchedFeedbackScenarios = [
  rephrased('untouched UR1 en: "Five tools similar to haxe. Give only tool names"', { lang: 'en', family: UR1, source: [S.lmsys], site: 'chatgpt' }, {
    q: 'Five tools similar to haxe.',
    a: '1. **Nim** – a statically typed compiled language that... 2. **Kotlin Multiplatform** – ... (long descriptions)',
    again: 'Five tools similar to haxe. Give only tool names separated by comma, no description needed.',
    next: 'Nim, Kotlin Multiplatform, Dart, Zig, Crystal',
    accept: { copy: true },
  }),
  rephrased('untouched UR1 en: "which model"', { lang: 'en', family: UR1, source: [S.lmsys], site: 'claude', model: 'claude-sonnet' }, {
    q: 'Which language model are you?',
    a: 'I am an AI assistant here to help with your questions.',
    again: 'which model',
    next: 'I am Claude, made by Anthropic.',
  }),
  rephrased('untouched UR1 pt: pergunta refeita com "explique por que"', { lang: 'pt', family: UR1, source: [S.tabnews], site: 'chatgpt' }, {
    q: 'quanto é 2 elevado a 0?',
    a: '2 elevado a 0 é igual a 0.',
    again: 'explique por que 2 elevado a 0 é igual à um',
    next: 'Porque 2^n / 2^n = 2^(n-n) = 2^0, e qualquer número não nulo dividido por ele mesmo é 1.',
    accept: { say: 'Agora sim, obrigado' },
  }),
  rephrased('untouched UR1 ru: переспросил другими словами', { lang: 'ru', family: UR1, source: [S.lmsys], site: 'deepseek', model: 'deepseek-v3' }, {
    q: 'Как сделать бэкап базы PostgreSQL?',
    a: 'Регулярно делайте резервные копии и храните их в надёжном месте.',
    again: 'Какой командой сделать бэкап базы PostgreSQL в файл?',
    next: '```bash\npg_dump -U postgres -d mydb -F c -f mydb.dump\n```',
    accept: { copy: true },
  }),

  rephrasedInNewChat('untouched new chat en: "who is the current minister of interior of tunisia"', { lang: 'en', family: NEWCHAT, source: [S.lmsys], site: 'perplexity', model: 'sonar' }, {
    q: 'who is tunisia interior minister',
    a: 'Tunisia has a Ministry of the Interior responsible for internal security.',
    again: 'who is the current minister of interior of tunisia',
    next: 'As of my latest sources, the Minister of the Interior of Tunisia is Khaled Nouri.',
  }),
  rephrasedInNewChat('untouched new chat de: neuer Chat, gleiche Frage', { lang: 'de', family: NEWCHAT, source: [S.gaBonn, S.lmsys], site: 'chatgpt' }, {
    q: 'Wofür ist Bonn bekannt?',
    a: 'Bonn ist bekannt als einzige deutsche Stadt, die im Zweiten Weltkrieg nicht bombardiert wurde.',
    again: 'Wofür ist die Stadt Bonn bekannt? Bitte nur belegbare Fakten.',
    next: 'Bonn ist Beethovens Geburtsstadt, war Hauptstadt der Bundesrepublik (1949–1990) und ist UN-Standort.',
    accept: { thumbs: true },
  }),
  rephrasedInNewChat('untouched new chat zh: 新开一个对话重新问', { lang: 'zh', family: NEWCHAT, source: [S.creaders], site: 'deepseek', model: 'deepseek-v3' }, {
    q: '钙钛矿太阳能电池的最高效率是多少？给出文献。',
    a: '最高效率为 31.2%，见 Zhang et al., Nature Energy, 2021, 第 6 期。',
    again: '钙钛矿太阳能电池目前认证的最高效率是多少？请给出可以查到的文献',
    next: '根据 NREL 效率图表，单结钙钛矿电池认证效率约为 26% 以上（NREL Best Research-Cell Efficiency Chart）。',
    gapSeconds: 60,
  }),

  fixedAfterFeedback('untouched UR2 en: "It actually is a term for bus for dogs"', { lang: 'en', family: UR2, source: [S.lmsys], site: 'gemini', model: 'gemini-2.0' }, {
    q: 'What is a "dog bus"?',
    wrong: 'A "dog bus" is slang for a crowded, uncomfortable public bus.',
    feedback: 'It relates to dog daycare. It actually is a term for bus for dogs',
    right: 'Got it: a dog bus is a van that picks dogs up from home and drives them to a daycare or a park, then back.',
    accept: { say: 'Good answerr' },
  }),
  fixedAfterFeedback('untouched UR2 en: plain C AVR instead of Arduino', { lang: 'en', family: UR2, source: [S.lmsys], site: 'github-copilot', model: 'gpt-4.1' }, {
    q: 'Blink an LED on pin 13 of an ATmega328P.',
    wrong: '```cpp\nvoid setup() { pinMode(13, OUTPUT); }\nvoid loop() { digitalWrite(13, HIGH); delay(500); digitalWrite(13, LOW); delay(500); }\n```',
    feedback: 'I see that you have written this code in Arduino library c code. Please write the same code using plain C AVR code and libraries.',
    right: '```c\n#include <avr/io.h>\n#include <util/delay.h>\n\nint main(void) {\n  DDRB |= (1 << PB5);\n  for (;;) { PORTB ^= (1 << PB5); _delay_ms(500); }\n}\n```',
    accept: { copy: true },
  }),
  fixedAfterFeedback('untouched UR2 fr: les noms finissent par s', { lang: 'fr', family: UR2, source: [S.phonandroid], site: 'chatgpt' }, {
    q: 'Donne-moi des équipes de football américain dont le nom ne se termine pas par "s".',
    wrong: 'Miami Dolphins, Green Bay Packers, New England Patriots.',
    feedback: 'Non, ces trois noms se terminent tous par "s". Il me faut des noms qui ne finissent pas par s.',
    right: 'Vous avez raison. En NFL, aucune équipe actuelle n\'a de nom qui ne se termine pas par "s" ; le Washington Football Team (2020–2021) était une exception.',
    accept: { say: 'Voilà, merci !' },
  }),
  fixedAfterFeedback('untouched UR2 ko: 서울지방경찰청장직도 지내지 않았습니다', { lang: 'ko', family: UR2, source: [S.fnnews], site: 'copilot', model: 'copilot' }, {
    q: '윤석열은 어떤 경력을 가졌습니까?',
    wrong: '윤석열은 서울지방경찰청장직을 지냈습니다.',
    feedback: '윤석열은 서울지방경찰청장직도 지내지 않았습니다. 검찰총장이었어요.',
    right: '죄송합니다. 윤석열은 검사 출신으로 검찰총장(2019–2021)을 지냈고, 이후 대통령이 되었습니다.',
    accept: { thumbs: true },
  }),
  fixedAfterFeedback('untouched UR2 nl: het moet 2.4 GHz zijn', { lang: 'nl', family: UR2, source: [S.lmsys], site: 'mistral', model: 'mistral-large' }, {
    q: 'Mijn thermostaat valt steeds van de wifi. Wat kan ik doen?',
    wrong: 'Zet de thermostaat dichter bij de router en gebruik het 5 GHz-netwerk.',
    feedback: 'Nee, de thermostaat ondersteunt alleen 2.4 GHz, 5 GHz kan hij niet eens zien.',
    right: 'Klopt, excuses. Maak een apart 2.4 GHz-netwerk aan (band steering uit) en verbind de thermostaat daarmee.',
    accept: { say: 'Bedankt, werkt nu.' },
  }),
  fixedAfterFeedback('untouched UR2 it: il nome giusto del comando', { lang: 'it', family: UR2, source: [S.lmsys], site: 'grok', model: 'grok-3' }, {
    q: 'Come vedo i processi che usano la porta 8080 su Linux?',
    wrong: '```bash\nnetstat --port 8080\n```',
    feedback: 'netstat non ha l\'opzione --port, usa lsof o ss',
    right: '```bash\nsudo lsof -i :8080\n# oppure\nss -ltnp | grep 8080\n```',
    accept: { copy: true, say: 'Perfetto, grazie' },
  }),

  feedbackUnresolved('untouched UR3 en: "but this code is not correct"', { lang: 'en', family: UR3, source: [S.lmsys], site: 'chatgpt' }, {
    q: 'is it correct? def is_leap(y): return y % 4 == 0',
    wrong: 'Yes, that is correct: leap years are divisible by 4.',
    feedback: 'but this code is not correct',
    next: 'You are right, century years must also be divisible by 400: `y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)`.',
  }),
  feedbackUnresolved('untouched UR3 en: "This is a trick question. Think again."', { lang: 'en', family: UR3, source: [S.lmsys], site: 'grok', model: 'grok-3' }, {
    q: 'A plane crashes on the border of the US and Canada. Where do they bury the survivors?',
    wrong: 'They would be buried in the country where they were citizens.',
    feedback: 'This is a trick question. Think again.',
  }),
  feedbackUnresolved('untouched UR3 ja: 間違っています', { lang: 'ja', family: UR3, source: [S.openblogJa], site: 'claude', model: 'claude-sonnet' }, {
    q: '1から100までの和は？',
    wrong: '1から100までの和は5000です。',
    feedback: '間違っています。計算し直してください。',
    next: '失礼しました。n(n+1)/2 = 100×101/2 = 5050 です。',
  }),
  feedbackUnresolved('untouched UR3 es: está mal, inventas', { lang: 'es', family: UR3, source: [S.fujistas, S.lmsys], site: 'gemini', model: 'gemini-2.0' }, {
    q: '¿En qué año se fundó la empresa Fujifilm?',
    wrong: 'Fujifilm se fundó en 1962 en Osaka.',
    feedback: 'Eso está mal. Me parece que te lo estás inventando.',
    next: 'Tienes razón, me disculpo: Fuji Photo Film se fundó en 1934 en Tokio.',
  }),
  fixedAfterFeedback('untouched UR3 ru: неправильно, потом верно', { lang: 'ru', family: UR3, source: [S.ruRetry, S.lmsys], site: 'deepseek', model: 'deepseek-v3' }, {
    q: 'Сколько будет 17 × 24?',
    wrong: '17 × 24 = 398.',
    feedback: 'Неправильно.',
    right: 'Прошу прощения: 17 × 24 = 408.',
    accept: { say: 'Да, спасибо' },
  }),

  clarification('untouched UR4 en: "How do you input the voltage and current?"', { lang: 'en', family: UR4, source: [S.lmsys], site: 'chatgpt' }, {
    q: 'How do I compute the power of a circuit in a Python program?',
    a: 'Power is P = V × I; write a function power(v, i) that returns v * i.',
    ask: 'How do you input the voltage and current?',
    next: 'Read them with input(): `v = float(input("Voltage: "))`, `i = float(input("Current: "))`.',
  }),
  clarification('untouched UR4 ko: 무슨 뜻인지 다시 설명해 줘', { lang: 'ko', family: UR4, source: [S.lmsys], site: 'gemini', model: 'gemini-2.0' }, {
    q: '클로저가 뭐야?',
    a: '클로저는 함수가 선언될 때의 렉시컬 환경을 기억하는 함수입니다.',
    ask: '렉시컬 환경이 무슨 뜻인지 좀 더 쉽게 설명해 줄래?',
    next: '함수가 만들어진 위치에서 보이던 변수들의 모음이라고 생각하면 됩니다.',
  }),
  clarification('untouched UR4 fr: qu\'est-ce que tu veux dire par là ?', { lang: 'fr', family: UR4, source: [S.lmsys], site: 'mistral', model: 'mistral-large' }, {
    q: 'Pourquoi mon image Docker est-elle si lourde ?',
    a: 'Probablement parce que chaque instruction RUN crée une couche et que vous ne nettoyez pas le cache du gestionnaire de paquets.',
    ask: "Qu'est-ce que tu veux dire par « chaque RUN crée une couche » ?",
    next: 'Chaque instruction du Dockerfile produit une couche de système de fichiers empilée sur les précédentes...',
  }),
  feedbackUnresolved('untouched UR4 doubt en: "doesnt it have 56 floors and 202 rooms"', { lang: 'en', family: UR4, source: [S.lmsys], site: 'perplexity', model: 'sonar' }, {
    q: 'How many floors does the Burj Al Arab have?',
    wrong: 'The Burj Al Arab has 70 floors and 1,000 rooms.',
    feedback: 'doesnt it have 56 floors and 202 rooms',
    next: 'You are right: 56 floors and 202 suites.',
  }),
  feedbackUnresolved('untouched UR4 doubt zh: 你确定吗？', { lang: 'zh', family: UR4, source: [S.lmsys, S.wenxuecity], site: 'deepseek', model: 'deepseek-v3' }, {
    q: '长城有多长？',
    wrong: '长城全长约 2,000 公里。',
    feedback: '你确定吗？我记得是两万多公里。',
    next: '抱歉，根据 2012 年国家文物局的数据，历代长城总长 21,196.18 公里。',
  }),

  positive('untouched UR5 en: "thenk you for your help"', { lang: 'en', family: UR5, source: [S.lmsys], site: 'chatgpt' }, {
    q: 'How do I center a div horizontally and vertically?',
    a: '```css\n.parent { display: flex; justify-content: center; align-items: center; }\n```',
    say: 'thenk you for your help',
    copy: true,
  }),
  positive('untouched UR5 fr: "Merci"', { lang: 'fr', family: UR5, source: [S.lmsys], site: 'mistral', model: 'mistral-large' }, {
    q: 'Quelle est la capitale du Canada ?',
    a: 'Ottawa.',
    say: 'Merci',
  }),
  positive('untouched UR5 ko: 이제 훌륭하게 작동합니다', { lang: 'ko', family: UR5, source: [S.koFixed], site: 'chatgpt' }, {
    q: '파이썬에서 JSON 파일 읽는 코드 알려줘',
    a: '```python\nimport json\nwith open("data.json", encoding="utf-8") as f:\n    data = json.load(f)\n```',
    say: '이제 훌륭하게 작동합니다, 고마워요',
    copy: true,
  }),
  positive('untouched UR5 zh: 解决了，谢谢', { lang: 'zh', family: UR5, source: [S.zhRunError], site: 'deepseek', model: 'deepseek-v3' }, {
    q: 'ROS 节点启动后找不到包，怎么办？',
    a: '编译后先执行 `source devel/setup.bash`，再运行 roslaunch。',
    say: '按你说的 source 了一下，解决了，谢谢！',
  }),
  positive('untouched UR5 de: Danke, klappt jetzt', { lang: 'de', family: UR5, source: [S.lmsys], site: 'claude', model: 'claude-sonnet' }, {
    q: 'Wie setze ich in Git den letzten Commit zurück, behalte aber die Änderungen?',
    a: '```bash\ngit reset --soft HEAD~1\n```',
    say: 'Danke, klappt jetzt!',
    copy: true,
  }),

  scenario('untouched continued en: "how about NAME_1?"', 'The user moves on to a related question without judging the answer.', (s) => {
    s.user('Who won the best actor Oscar in 2020?', { id: 'p1' });
    s.answer('Joaquin Phoenix, for "Joker".', { id: 'a1' });
    s.wait(30).user('how about 2021?', { id: 'p2' });
    s.answer('Anthony Hopkins, for "The Father".', { id: 'a2' });
    return { labels: { a1: 'accepted', a2: 'unknown' } };
  }, { lang: 'en', family: 'continued', source: [S.lmsys], site: 'chatgpt' }),
  scenario('untouched continued es: y ahora con async/await', 'Spanish user builds on the answer.', (s) => {
    s.user('¿Cómo hago una petición GET en JavaScript?', { id: 'p1' });
    s.answer('```js\nfetch(url).then((r) => r.json()).then(console.log);\n```', { id: 'a1' });
    s.wait(100).user('¿Y cómo se escribe con async/await?', { id: 'p2' });
    s.answer('```js\nconst data = await (await fetch(url)).json();\n```', { id: 'a2' });
    return { labels: { a1: 'accepted', a2: 'unknown' } };
  }, { lang: 'es', family: 'continued', source: [S.lmsys], site: 'copilot', model: 'copilot' }),
];
