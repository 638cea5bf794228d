// Development sessions for the follow-up feedback taxonomy (repeat/rephrase, error pointed out with or without a
// correction, clarification, positive), in many languages and on every site. Phrasing: SOURCES, per scenario.
import { clarification, feedbackUnresolved, fixedAfterFeedback, positive, rephrased, rephrasedInNewChat } from '../builders';
import { scenario } from '../session';
import { SOURCES as S } from '../sources';

const UR1 = 'repeat-rephrase';
const UR2 = 'correction-with-fix';
const UR3 = 'correction-without-fix';
const UR4 = 'clarification';
const UR5 = 'positive';
const NEWCHAT = 'rephrase-new-chat';

export const devFeedbackScenarios = [
  // Repeat or rephrase (UR1), same chat.
  rephrased('dev UR1 en: "Write another one"', { lang: 'en', family: UR1, source: [S.lmsys], site: 'mistral', model: 'mistral-large' }, {
    q: 'Write a haiku about autumn rain.',
    a: 'Rain on the window,\nthe kettle begins to sing,\nleaves forget their names.',
    again: 'Write another one',
    next: 'Gutters overflow,\nred maple letters drifting,\nthe street reads them twice.',
  }),
  rephrased('dev UR1 en: "Actually, what I need for now is this:"', { lang: 'en', family: UR1, source: [S.lmsys, S.taxonomy], site: 'chatgpt' }, {
    q: 'Plan a 3-day trip to Lisbon.',
    a: 'Day 1: Alfama and the castle. Day 2: Belém. Day 3: Sintra.',
    again: 'Actually, what I need for now is this: a list of the best pastry shops in Lisbon with their neighbourhoods.',
    next: 'Pastéis de Belém (Belém), Manteigaria (Chiado), Confeitaria Nacional (Baixa).',
    accept: { say: 'ty' },
  }),
  rephrased('dev UR1 en: asks the smallest countries again, by land area', { lang: 'en', family: UR1, source: [S.lmsys], site: 'perplexity', model: 'sonar' }, {
    q: 'what are the five smallest countries?',
    a: 'By population: Vatican City, Tuvalu, Nauru, Palau, San Marino.',
    again: 'what are the five smallest countries, by land area?',
    next: 'By land area: Vatican City, Monaco, Nauru, Tuvalu, San Marino.',
    accept: { copy: true },
  }),
  rephrased('dev UR1 fr: même question reformulée (Mayotte)', { lang: 'fr', family: UR1, source: [S.la1ere], site: 'chatgpt' }, {
    q: 'Les Mahorais peuvent-ils voter aux élections présidentielles françaises ?',
    a: 'Non, les Mahorais ne peuvent pas voter aux élections présidentielles françaises.',
    again: 'Les Mahorais ont-ils le droit de vote aux élections nationales ?',
    next: 'Oui : Mayotte est un département français, ses électeurs votent aux élections nationales, y compris présidentielles.',
  }),
  rephrased('dev UR1 ko: 질문을 다시 (이완용)', { lang: 'ko', family: UR1, source: [S.mbc], site: 'gemini', model: 'gemini-2.0' }, {
    q: '이완용에 대해 설명해줘',
    a: '이완용은 대한민국의 교육 발전에 큰 역할을 한 교육자입니다.',
    again: '매국노 이완용을 아냐',
    next: '이완용은 을사오적의 한 사람으로, 1910년 한일병합조약에 서명한 친일파 관료입니다.',
    accept: { thumbs: true },
  }),
  rephrased('dev UR1 zh: 重新问一遍', { lang: 'zh', family: UR1, source: [S.lmsys], site: 'deepseek', model: 'deepseek-v3' }, {
    q: 'Python 怎么读取 Excel 文件？',
    a: '可以用 open() 函数直接读取 .xlsx 文件。',
    again: 'Python 用 pandas 怎么读取 xlsx 文件？',
    next: '```python\nimport pandas as pd\ndf = pd.read_excel("data.xlsx")\n```',
    accept: { copy: true, say: '谢谢' },
  }),
  rephrased('dev UR1 de: nochmal gefragt, genauer', { lang: 'de', family: UR1, source: [S.lmsys, S.diaBlog], site: 'claude', model: 'claude-sonnet' }, {
    q: 'Was weißt du über Mössingen?',
    a: 'Mössingen ist eine Stadt in Baden-Württemberg mit einer reichen historischen Vergangenheit.',
    again: 'Was weißt du über die Geschichte von Mössingen, konkret den Generalstreik 1933?',
    next: 'Am 31. Januar 1933 riefen Arbeiter in Mössingen als einzigem Ort in Deutschland zum Generalstreik gegen Hitlers Ernennung auf.',
  }),

  // Rephrase in a new chat right after.
  rephrasedInNewChat('dev new chat en: same question in a fresh chat', { lang: 'en', family: NEWCHAT, source: [S.lmsys], site: 'chatgpt' }, {
    q: 'can you program in ntsl language?',
    a: 'I am not familiar with a language called NTSL.',
    again: 'can you code in Nelogica Trading System Language ?',
    next: 'Yes. NTSL is the scripting language of Nelogica\'s Profit platform; here is a moving-average crossover strategy: ...',
    accept: { copy: true },
  }),
  rephrasedInNewChat('dev new chat es: otra vez en un chat nuevo', { lang: 'es', family: NEWCHAT, source: [S.lmsys, S.fujistas], site: 'gemini', model: 'gemini-2.0' }, {
    q: '¿Cuántos megapíxeles tiene el sensor X-Trans V de Fujifilm?',
    a: 'El sensor X-Trans V tiene 26 megapíxeles.',
    again: '¿Cuántos megapíxeles tiene el sensor X-Trans 5 HR de la X-T5?',
    next: 'El X-Trans CMOS 5 HR de la X-T5 tiene 40,2 megapíxeles.',
    gapSeconds: 40,
  }),
  rephrasedInNewChat('dev new chat ja: 新しいチャットで聞き直す', { lang: 'ja', family: NEWCHAT, source: [S.lmsys], site: 'claude', model: 'claude-sonnet' }, {
    q: '日本で5番目に高い山は？',
    a: '日本で5番目に高い山は剱岳です。',
    again: '日本で5番目に高い山はどこですか？標高も教えて',
    next: '5番目は槍ヶ岳（3,180m）です。',
    accept: { say: 'ありがとう' },
    before: ['日本で一番高い山は？', '富士山（3,776m）です。'],
  }),

  // Error pointed out with a correction (UR2), then fixed.
  fixedAfterFeedback('dev UR2 en: rm -rf does remove recursively', { lang: 'en', family: UR2, source: [S.lmsys], site: 'chatgpt' }, {
    q: 'How do I delete a folder and everything in it on Linux?',
    wrong: 'Use `rm -rf folder`, but note that -r does not remove subfolders; run it again for each level.',
    feedback: "But 'rm -rf' does remove the content recursively",
    right: "You're right: `rm -rf folder` removes the folder and everything below it in one go.",
    accept: { say: 'good' },
  }),
  fixedAfterFeedback('dev UR2 en: density is closer to 1.6 kg per liter', { lang: 'en', family: UR2, source: [S.lmsys], site: 'perplexity', model: 'sonar' }, {
    q: 'What is the density of dry sand?',
    wrong: 'Dry sand has a density of about 0.9 kg per liter.',
    feedback: 'it is much higher though, it is closer to 1.6 kg  per liter',
    right: 'Correct, dry sand is about 1.5–1.7 kg per liter (1500–1700 kg/m³).',
    accept: { say: 'Thank you' },
  }),
  fixedAfterFeedback('dev UR2 en: only one csv input file', { lang: 'en', family: UR2, source: [S.lmsys], site: 'github-copilot', model: 'gpt-4.1' }, {
    q: 'Write a Python script that merges the sales CSV files into one report.',
    wrong: '```python\nimport glob, pandas as pd\ndf = pd.concat(pd.read_csv(f) for f in glob.glob("*.csv"))\ndf.to_csv("report.csv")\n```',
    feedback: 'There is only one csv input file, it has one sheet per region as a "region" column',
    right: '```python\nimport pandas as pd\ndf = pd.read_csv("sales.csv")\ndf.groupby("region").sum(numeric_only=True).to_csv("report.csv")\n```',
    accept: { copy: true },
  }),
  fixedAfterFeedback('dev UR2 de: Leverkusen ist kein Stadtteil', { lang: 'de', family: UR2, source: [S.ksta], site: 'chatgpt' }, {
    q: 'Hallo ChatGPT, wie geht es Leverkusen?',
    wrong: 'Leverkusen ist ein Stadtteil von Köln, also eine geografische Region und keine Person.',
    feedback: 'Leverkusen ist doch kein Stadtteil von Köln.',
    right: 'Entschuldigung, Sie haben recht. Leverkusen ist kein Stadtteil von Köln, sondern eine eigene kreisfreie Stadt.',
    accept: { say: 'Genau, danke.' },
  }),
  fixedAfterFeedback('dev UR2 es: el sensor tiene 40 Mpx', { lang: 'es', family: UR2, source: [S.fujistas], site: 'copilot', model: 'copilot' }, {
    q: '¿Qué resolución tiene la Fujifilm X-T5?',
    wrong: 'La X-T5 usa el sensor X-Trans V de 26 Mpx.',
    feedback: 'No, la X-T5 tiene 40 Mpx, el de 26 es el de la X-T4.',
    right: 'Tienes razón, me disculpo: la X-T5 tiene un sensor X-Trans CMOS 5 HR de 40,2 Mpx.',
    accept: { say: 'Perfecto, gracias.' },
  }),
  fixedAfterFeedback('dev UR2 zh: 證明一詞是有詩例的', { lang: 'zh', family: UR2, source: [S.wenxuecity], site: 'deepseek', model: 'deepseek-v3' }, {
    q: '我這首《立秋後題》詩有什麽要修改的嗎?',
    wrong: '"蟬聲作證明"語言現代感稍重,可以改得更具詩性。',
    feedback: '證明一詞是有詩例的:向來儲粟輔常平,招鶴翁曾為證明。(南宋·劉克莊)',
    right: '是我搞錯了。"蟬聲作證明"在古典詩詞中是有據可循的,不需要修改。',
    accept: { say: '好的，谢谢' },
  }),
  fixedAfterFeedback('dev UR2 ja: さっき自分で言ったじゃないか', { lang: 'ja', family: UR2, source: [S.aiaiJa], site: 'gemini', model: 'gemini-2.0' }, {
    q: 'Pythonのリストとタプルの違いは？',
    wrong: 'リストもタプルも変更可能（ミュータブル）です。違いは括弧の種類だけです。',
    feedback: 'タプルはイミュータブルだって、さっき自分で言ったじゃないか!',
    right: '大変失礼いたしました。ご指摘の通り、タプルはイミュータブル（変更不可）で、リストはミュータブルです。',
    accept: { say: '了解、ありがとう' },
  }),
  fixedAfterFeedback('dev UR2 ko: 그건 아니야, 다시', { lang: 'ko', family: UR2, source: [S.economy101], site: 'chatgpt' }, {
    q: '엑셀에서 두 열을 합치는 함수가 뭐야?',
    wrong: 'MERGE 함수를 사용하면 됩니다: =MERGE(A1, B1)',
    feedback: '그건 아니야. 엑셀에는 MERGE 함수가 없어. CONCAT이나 & 쓰는 방법으로 알려줘',
    right: '맞습니다. =CONCAT(A1, B1) 또는 =A1&B1 을 사용하세요.',
    accept: { copy: true, say: '감사합니다' },
  }),

  // Error pointed out without a correction (UR3).
  feedbackUnresolved('dev UR3 en: "That is wrong."', { lang: 'en', family: UR3, source: [S.lmsys], site: 'grok', model: 'grok-3' }, {
    q: 'How many r letters are in "strawberry"?',
    wrong: 'There are two r letters in "strawberry".',
    feedback: 'That is wrong.',
    next: 'Apologies, there are three: st-r-awbe-r-r-y.',
  }),
  feedbackUnresolved('dev UR3 en: "It seems like you are making up responses"', { lang: 'en', family: UR3, source: [S.lmsys], site: 'chatgpt' }, {
    q: 'Which film has an older white inmate teaching a young cellmate about finance?',
    wrong: 'That is "The Banker\'s Cell" (2011), starring NAME_50.',
    feedback: 'It seems like you are making up responses',
    next: 'I apologize. I could not find a film that matches all of those details.',
  }),
  feedbackUnresolved('dev UR3 it: Non mi sembrano versi di Tasso', { lang: 'it', family: UR3, source: [S.ilGiornale], site: 'chatgpt' }, {
    q: 'Come finisce la Gerusalemme Liberata per Tancredi e Clorinda?',
    wrong: 'Tancredi e Clorinda si sposano nel canto XX: «E l\'alme unite in un sol nodo avvinse...»',
    feedback: 'Non mi sembrano versi di Tasso',
    next: 'Mi scuso per l\'errore nella mia risposta precedente. I versi che ho citato non sono di Tasso.',
  }),
  fixedAfterFeedback('dev UR3 zh: 你在瞎說吧, then the right poem', { lang: 'zh', family: UR3, source: [S.wenxuecity], site: 'deepseek', model: 'deepseek-v3' }, {
    q: '杜甫有一首《立秋後題》，你知道嗎?',
    wrong: '知道。杜甫《立秋後題》:物色歲將晚,天空秋已清。安危關百姓,憂喜豈分明。',
    feedback: '你在瞎說吧。你引的不是杜甫的詩。',
    right: '抱歉，我引錯了。杜甫《立秋後題》:日月不相饒,節序昨夜隔。玄蟬無停號,秋燕已如客。',
    accept: { say: '對了，謝謝' },
  }),
  feedbackUnresolved('dev UR3 ko: 지내지 않았습니다', { lang: 'ko', family: UR3, source: [S.fnnews], site: 'copilot', model: 'copilot' }, {
    q: '윤석열은 누구입니까?',
    wrong: '윤석열은 2018년부터 2021년까지 경기도지사직을 지낸 한국의 정치인입니다.',
    feedback: '윤석열이 경기도지사직을 지내지 않은 것 같습니다.',
    next: '죄송합니다. 윤석열은 경기도지사직을 지내지 않았고, 서울지방경찰청장직을 지냈습니다.',
  }),
  feedbackUnresolved('dev UR3 en: "that\'s not rhyme!"', { lang: 'en', family: UR3, source: [S.lmsys], site: 'mistral', model: 'mistral-large' }, {
    q: 'Write a rhyming couplet about coffee.',
    wrong: 'Morning coffee in my cup,\nit helps me to start the day.',
    feedback: "that's not rhyme!",
  }),

  // Clarification requests (UR4): explanation wanted, no verdict.
  clarification('dev UR4 en: "Can you explain better what he means by symbols?"', { lang: 'en', family: UR4, source: [S.lmsys], site: 'claude', model: 'claude-sonnet' }, {
    q: 'Summarize Saussure\'s idea of the sign.',
    a: 'For Saussure a sign unites a signifier and a signified; language is a system of symbols defined by difference.',
    ask: 'Can you explain better what he means by symbols?',
    next: 'He contrasts the arbitrary linguistic sign with a symbol, whose link to its meaning is partly motivated (scales for justice).',
  }),
  clarification('dev UR4 en: "Elaborate"', { lang: 'en', family: UR4, source: [S.lmsys], site: 'chatgpt' }, {
    q: 'Why did the Bronze Age collapse?',
    a: 'Likely a mix of drought, invasions by the Sea Peoples and broken trade networks.',
    ask: 'Elaborate',
    next: 'Around 1200 BCE several stressors coincided: ...',
  }),
  clarification('dev UR4 it: Da quale edizione hai tratto questi versi?', { lang: 'it', family: UR4, source: [S.ilGiornale], site: 'chatgpt' }, {
    q: 'Citami i versi del canto XII sulla morte di Clorinda.',
    a: '«Amico, hai vinto: io ti perdon... perdona tu ancora»',
    ask: 'Da quale edizione hai tratto questi versi?',
    next: 'Li ho citati dall\'edizione curata da Lanfranco Caretti (Einaudi).',
  }),
  clarification('dev UR4 ru: попросил точные цитаты', { lang: 'ru', family: UR4, source: ['https://dzen.ru/a/aJpOA_jbsRnmPzWJ'], site: 'deepseek', model: 'deepseek-v3' }, {
    q: 'Почему Оля Мещерская в «Лёгком дыхании» такая незрелая?',
    a: 'Среди причин — отстранённость родителей в воспитании.',
    ask: 'Дай, пожалуйста, точные цитаты из текста, где это видно.',
    next: 'Например: «...»',
  }),

  // Doubt ("are you sure?", "You sure?") questions correctness: negative.
  feedbackUnresolved('dev UR4 doubt en: "You sure?"', { lang: 'en', family: UR4, source: [S.lmsys], site: 'grok', model: 'grok-3' }, {
    q: 'Is a tomato a vegetable?',
    wrong: 'Yes, botanically a tomato is a vegetable.',
    feedback: 'You sure?',
    next: 'Botanically it is a fruit (a berry); in cooking it is treated as a vegetable.',
  }),
  feedbackUnresolved('dev UR4 doubt de: Seit wann gibt es den Stadtpark?', { lang: 'de', family: UR4, source: [S.diaBlog], site: 'chatgpt' }, {
    q: 'Was kann man in Mössingen unternehmen?',
    wrong: 'Sehenswert sind der Mössinger Stadtpark und das Wandelhaus, ein historisches Gebäude.',
    feedback: 'Seit wann gibt es den Mössinger Stadtpark? Und das Wandelhaus kenne ich nicht, gibt es das wirklich?',
    next: 'Entschuldigung, ich habe mich geirrt: Beides konnte ich nicht belegen.',
  }),

  // Positive feedback (UR5).
  positive('dev UR5 en: "Thanks for the reply"', { lang: 'en', family: UR5, source: [S.lmsys], site: 'chatgpt' }, {
    q: 'What is the difference between TCP and UDP?',
    a: 'TCP is connection-oriented and reliable; UDP is connectionless and faster but unreliable.',
    say: 'Thanks for the reply ',
  }),
  positive('dev UR5 en: "ty, enough"', { lang: 'en', family: UR5, source: [S.lmsys], site: 'perplexity', model: 'sonar' }, {
    q: 'List 10 synonyms for "happy".',
    a: 'Joyful, cheerful, content, glad, delighted, pleased, merry, elated, upbeat, jolly.',
    say: 'ty, enough',
  }),
  positive('dev UR5 it: Grazie del suggerimento!', { lang: 'it', family: UR5, source: [S.itThanks], site: 'mistral', model: 'mistral-large' }, {
    q: 'Il programma si chiude subito quando lo lancio con doppio click, perché?',
    a: 'Va eseguito da una console aperta nella directory di lavoro: apri il terminale lì e lancialo con ./lemlat.',
    say: "L'ho fatto partire dalla directory sbagliata. Grazie del suggerimento!",
  }),
  positive('dev UR5 ru: Всё заработало, спасибо!', { lang: 'ru', family: UR5, source: [S.ruWorks], site: 'deepseek', model: 'deepseek-v3' }, {
    q: 'Программа пишет, что уже запущена, но это не так. Что делать?',
    a: 'Завершите зависший процесс в диспетчере задач (или `taskkill /IM app.exe /F`) и запустите снова.',
    say: 'Всё заработало, спасибо!',
    copy: true,
  }),
  positive('dev UR5 nl: Nu werkt het ook', { lang: 'nl', family: UR5, source: [S.nlWorks], site: 'copilot', model: 'copilot' }, {
    q: 'Mijn codebooks laden niet meer in AmCAT, wat kan ik doen?',
    a: 'Wis de cache van de browser en herlaad de pagina met Ctrl+F5; de codebook-API is gisteren aangepast.',
    say: 'Bedankt, nu werkt het ook.',
  }),
  positive('dev UR5 ko: 감사합니다!! (해결)', { lang: 'ko', family: UR5, source: [S.koRunError], site: 'gemini', model: 'gemini-2.0' }, {
    q: '파이썬에서 한글이 깨져서 출력돼요. 어떻게 하나요?',
    a: '파일을 열 때 인코딩을 지정하세요: `open("a.txt", encoding="utf-8")`.',
    say: '해결됐습니다. 감사합니다!!',
  }),
  positive('dev UR5 pt: Funcionou, valeu', { lang: 'pt', family: UR5, source: [S.ptSteps], site: 'chatgpt' }, {
    q: 'Como rodo um arquivo JavaScript no Sublime Text no Linux Mint?',
    a: 'Crie um novo build system com:\n```json\n{\n\t"cmd": ["node", "$file"],\n\t"selector": "source.js"\n}\n```',
    say: 'Consegui criando um novo build com esse código. Valeu!',
    copy: true,
  }),

  // A neutral follow-up that builds on the answer.
  scenario('dev continued en: "can i use it inside useEffect ?"', 'The user builds on the hook the answer showed.', (s) => {
    s.user('How do I debounce a search input in React?', { id: 'p1' });
    s.answer('Use a `useDebounce(value, 300)` hook and search with the debounced value.', { id: 'a1' });
    s.wait(90).user('can i use it inside useEffect ?', { id: 'p2' });
    s.answer('Yes: `useEffect(() => { search(debounced) }, [debounced])`.', { id: 'a2' });
    return { labels: { a1: 'accepted', a2: 'unknown' } };
  }, { lang: 'en', family: 'continued', source: [S.lmsys], site: 'github-copilot', model: 'gpt-4.1' }),
  scenario('dev continued fr: et pour les dictionnaires ?', 'The French user builds on the answer with a related question.', (s) => {
    s.user('Comment trier une liste de tuples par le second élément en Python ?', { id: 'p1' });
    s.answer('```python\nsorted(items, key=lambda t: t[1])\n```', { id: 'a1' });
    s.wait(120).user('Et pour trier un dictionnaire par ses valeurs ?', { id: 'p2' });
    s.answer('```python\ndict(sorted(d.items(), key=lambda kv: kv[1]))\n```', { id: 'a2' });
    return { labels: { a1: 'accepted', a2: 'unknown' } };
  }, { lang: 'fr', family: 'continued', source: [S.lmsys], site: 'mistral', model: 'mistral-large' }),
];
