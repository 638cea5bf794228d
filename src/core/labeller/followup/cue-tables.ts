// Cue phrases per language for reading a follow-up, one table per language with the same categories, so every
// supported language can express every kind of feedback (after the naturally-occurring-feedback taxonomy: repeat
// or rephrase, error with/without a correction, clarification, positive; arXiv 2407.10944, 2408.15549).
// Lower case. Latin and Cyrillic phrases match on word boundaries, CJK and Hangul as substrings. A phrase is
// general wording of its language, never a quotation of an evaluation session.

export interface CueTable {
  /** Success reports that contain error words ("no errors now"): read first and removed. */
  success: string[];
  /** Thanks, praise, "it works". */
  positive: string[];
  /** The answer is wrong or failed ("that's wrong", "doesn't work", "error"). */
  strong: string[];
  /** A correction of approach or intent ("instead", "should be", "no, I meant"). */
  weak: string[];
  /** Doubt about correctness ("are you sure?"). */
  doubt: string[];
  /** A request to explain the answer ("what do you mean", "I don't understand"). */
  clarify: string[];
  /** Asking for another attempt ("try again", "another one"). */
  repeat: string[];
  /** "Different question": what follows is a new topic, not about this answer. */
  topicSwitch: string[];
  /** The whole message asks the model to go on ("continue"). */
  continuation: string[];
  /** Negation words: a statement that negates something the answer said corrects it ("X isn't Y"). */
  negation: string[];
  /** Contrastive openers: a statement that starts with one contradicts the answer ("But rm -rf does ..."). */
  contrast: string[];
  /** Openers of a next step built on the answer ("Now a shorter one for the van"): not a revision of it. */
  nextStep: string[];
}

export const CUE_TABLES: Record<string, CueTable> = {
  en: {
    success: ['no error', 'no errors', 'no more errors', 'without errors', 'without error', 'works now', 'working now', 'that fixed', 'fixed it', 'all green', 'tests pass', 'compiles now', 'it compiles', 'builds now'],
    positive: ['thanks', 'thank you', 'thx', 'tysm', 'perfect', 'great', 'it works', 'that works', 'works!', 'works great', 'worked', 'awesome', 'exactly', 'looks good', 'lgtm', 'brilliant', 'that did it', 'that was it', 'solved', 'nice,', 'nice!', 'excellent', 'good answer', 'helpful', 'appreciate it', 'works well', 'works fine', 'works perfectly'],
    strong: ["that's wrong", 'that is wrong', 'is wrong', 'wrong answer', 'wrong again', 'not correct', 'incorrect', "isn't right", 'not right', "doesn't work", 'does not work', "didn't work", 'did not work', 'not working', "won't work", "doesn't compile", 'does not compile', "doesn't run", 'still fails', 'still failing', 'still get', 'still getting', "still doesn't", 'still broken', 'still not', 'you forgot', 'you missed', 'not what i asked', "that's not what", 'that is not what', 'misunderstood', "doesn't exist", 'does not exist', 'no such', 'hallucinat', 'making up', 'made up', 'crashes', 'i get an error', 'got an error', 'gives an error', 'an error', 'the error', 'it throws', 'throws an', "can't be true", 'cannot be true', 'not true', 'same answer again', 'not a valid', 'not helpful'],
    weak: ['instead', 'rather than', 'should be', 'should have', 'no,', 'nope', 'actually,', 'not quite', 'missing', 'typo', 'i meant', 'i said', 'almost there', 'close but', 'i wanted', 'not what i need', 'improve', 'actually', 'though', 'it should', 'this should', 'that should', "that's not", 'that is not', 'this is not', "it's not", 'shorter', 'simpler', 'more concise', 'more compact', 'compacter', 'cleaner', 'too long', 'too short', 'less verbose'],
    doubt: ['are you sure', 'you sure', 'really?', 'is it correct', 'is that correct', 'is this correct', 'is that right', 'is it right', 'sure about that'],
    clarify: ['what do you mean', 'what does that mean', 'what does this mean', 'can you explain', 'could you explain', 'explain better', 'explain more', 'please explain', 'elaborate', "i don't understand", "don't understand", "i don't get", 'not clear to me', 'in simpler terms', 'state more', 'source?', 'sources?', 'provide links', 'citation', 'where does it say'],
    repeat: ['try again', 'another one', 'write another', 'give me another', 'one more time', 'redo', 'do it again', 'once more'],
    topicSwitch: ['different thing', 'different question', 'another question', 'new question', 'unrelated', 'separate question', 'on another note', 'other question', 'different topic', 'change of topic'],
    continuation: ['continue', 'go on', 'keep going', 'please continue'],
    negation: ['not', 'no', 'never', "isn't", 'isnt', "doesn't", 'doesnt', "don't", 'dont', "didn't", 'didnt', "wasn't", "aren't", "can't", 'cant', 'cannot', "won't", "haven't", "hasn't"],
    contrast: ['but', 'however'],
    nextStep: ['now', 'next', 'also', 'and now', 'great, now', 'ok now'],
  },
  de: {
    success: ['keine fehler', 'kein fehler', 'ohne fehler', 'funktioniert jetzt', 'klappt jetzt', 'läuft jetzt', 'jetzt baut es', 'kompiliert jetzt', 'geht jetzt'],
    positive: ['danke', 'dank dir', 'vielen dank', 'perfekt', 'funktioniert', 'klappt', 'super', 'genau', 'passt', 'prima', 'hat geklappt', 'sehr gut', 'top'],
    strong: ['falsch', 'funktioniert nicht', 'geht nicht', 'klappt nicht', 'stimmt nicht', 'nicht richtig', 'nicht korrekt', 'fehler', 'fehlermeldung', 'immer noch nicht', 'du hast vergessen', 'gibt es nicht', 'ist doch kein', 'ist doch keine', 'erfunden', 'das ist kein'],
    weak: ['statt', 'anstatt', 'stattdessen', 'eigentlich', 'nein,', 'sollte', 'fehlt', 'ich meinte', 'lieber', 'nicht ganz', 'kürzer', 'einfacher', 'zu lang', 'zu kurz'],
    doubt: ['bist du sicher', 'sind sie sicher', 'sicher?', 'wirklich?', 'stimmt das', 'ist das richtig', 'gibt es das wirklich'],
    clarify: ['was meinst du', 'was meinen sie', 'was bedeutet', 'kannst du erklären', 'können sie erklären', 'genauer erklären', 'verstehe ich nicht', 'verstehe nicht', 'was heißt das', 'quelle', 'belege'],
    repeat: ['nochmal', 'noch einmal', 'versuch es nochmal', 'noch eins', 'einen anderen', 'eine andere'],
    topicSwitch: ['andere frage', 'etwas anderes', 'anderes thema', 'neue frage', 'unabhängig davon'],
    continuation: ['weiter', 'mach weiter', 'fortfahren'],
    negation: ['nicht', 'kein', 'keine', 'keinen', 'nie', 'niemals'],
    contrast: ['aber', 'doch', 'allerdings'],
    nextStep: ['jetzt', 'nun', 'als nächstes', 'außerdem'],
  },
  fr: {
    success: ["plus d'erreur", 'sans erreur', 'marche maintenant', 'fonctionne maintenant', 'les tests passent', 'compile maintenant'],
    positive: ['merci', 'parfait', 'ça marche', 'ca marche', 'ça fonctionne', 'génial', 'nickel', 'exactement', 'super', 'impeccable', "c'est bon", 'voilà'],
    strong: ['faux', 'ne marche pas', 'marche pas', 'ne fonctionne pas', 'fonctionne pas', 'erreur', 'toujours pas', 'tu as oublié', 'vous avez oublié', "n'existe pas", "ce n'est pas ce que", 'incorrect', 'pas correct', 'pas juste', 'tu inventes', "c'est pas ça", "ce n'est pas ça"],
    weak: ['au lieu', 'plutôt', 'non,', 'il manque', 'devrait', 'je voulais dire', 'pas tout à fait', 'il me faut', 'plus court', 'plus simple', 'trop long'],
    doubt: ['tu es sûr', 'êtes-vous sûr', 'vous êtes sûr', 'vraiment ?', 'vraiment?', 'est-ce correct', 'est-ce juste', "c'est correct ?"],
    clarify: ["qu'est-ce que tu veux dire", "qu'est-ce que vous voulez dire", 'que veux-tu dire', 'tu peux expliquer', 'pouvez-vous expliquer', 'je ne comprends pas', 'je comprends pas', 'explique-moi', "c'est-à-dire ?", 'source ?', 'sources ?'],
    repeat: ['encore une', 'une autre', 'réessaie', 'recommence', 'à nouveau'],
    topicSwitch: ['autre question', 'autre chose', 'autre sujet', 'rien à voir'],
    continuation: ['continue', 'continuez', 'la suite', 'continue stp'],
    negation: ['pas', 'jamais', "n'", 'ne'],
    contrast: ['mais', 'pourtant', 'cependant'],
    nextStep: ['maintenant', 'ensuite', 'et maintenant'],
  },
  es: {
    success: ['sin error', 'ya no da error', 'ya funciona', 'funciona ahora', 'ahora funciona', 'ya compila', 'pasan los tests'],
    positive: ['gracias', 'perfecto', 'funciona', 'funcionó', 'genial', 'excelente', 'exacto', 'justo lo que', 'listo', 'muy bien', 'buenísimo'],
    strong: ['incorrecto', 'no funciona', 'está mal', 'esta mal', 'equivocado', 'sigue sin', 'sigue fallando', 'da error', 'un error', 'este error', 'olvidaste', 'no existe', 'te lo estás inventando', 'te lo inventas', 'no es correcto', 'me sale error'],
    weak: ['en lugar de', 'en vez de', 'no,', 'debería', 'falta', 'quería decir', 'me refería', 'no exactamente', 'más corto', 'más simple', 'demasiado largo'],
    doubt: ['estás seguro', 'está seguro', 'seguro?', 'de verdad?', 'en serio?', 'es correcto?'],
    clarify: ['qué quieres decir', 'que quieres decir', 'no lo entiendo', 'no entiendo', 'puedes explicar', 'explícame', 'explícalo mejor', 'a qué te refieres', 'qué significa', 'fuente', 'fuentes'],
    repeat: ['otra vez', 'de nuevo', 'inténtalo de nuevo', 'dame otra', 'otro más'],
    topicSwitch: ['otra pregunta', 'otra cosa', 'otro tema', 'sin relación'],
    continuation: ['continúa', 'sigue', 'continua'],
    negation: ['no', 'nunca', 'tampoco'],
    contrast: ['pero', 'sin embargo'],
    nextStep: ['ahora', 'luego', 'además'],
  },
  pt: {
    success: ['sem erro', 'não dá mais erro', 'agora funciona', 'já funciona', 'compila agora'],
    positive: ['obrigado', 'obrigada', 'valeu', 'perfeito', 'funcionou', 'ótimo', 'otimo', 'exato', 'consegui', 'deu certo', 'agora sim'],
    strong: ['errado', 'não funciona', 'nao funciona', 'incorreto', 'erro', 'ainda não', 'esqueceu', 'não existe', 'continua errado', 'persiste', 'dá erro', 'deu erro', 'não é isso'],
    weak: ['em vez de', 'ao invés de', 'deveria', 'não,', 'não é', 'quis dizer', 'na verdade', 'mais curto', 'mais simples', 'muito longo'],
    doubt: ['tem certeza', 'você tem certeza', 'certeza?', 'sério?', 'é isso mesmo', 'está certo?'],
    clarify: ['o que você quer dizer', 'o que quer dizer', 'não entendi', 'pode explicar', 'explique melhor', 'explica melhor', 'o que significa', 'fonte', 'fontes'],
    repeat: ['de novo', 'outra vez', 'tente novamente', 'mais uma'],
    topicSwitch: ['outra pergunta', 'outra coisa', 'outro assunto'],
    continuation: ['continue', 'continua', 'prossiga'],
    negation: ['não', 'nao', 'nunca'],
    contrast: ['mas', 'porém', 'porem'],
    nextStep: ['agora', 'depois', 'além disso'],
  },
  it: {
    success: ['nessun errore', 'senza errori', 'ora funziona', 'adesso funziona', 'funziona ora', 'ora compila'],
    positive: ['grazie', 'perfetto', 'funziona', 'ottimo', 'esatto', 'fantastico', 'va bene', 'grazie mille'],
    strong: ['sbagliato', 'non funziona', 'errore', 'non è corretto', 'non è giusto', 'ancora non', 'hai dimenticato', 'non esiste', 'inventato', 'non mi sembra', 'non mi sembrano', 'non va'],
    weak: ['invece di', 'piuttosto', 'dovrebbe', 'no,', 'manca', 'intendevo', 'non proprio', 'più breve', 'più semplice', 'troppo lungo'],
    doubt: ['sei sicuro', 'sei sicura', 'davvero?', 'è corretto?', 'è giusto?'],
    clarify: ['cosa intendi', 'che cosa intendi', 'non capisco', 'puoi spiegare', 'spiegami', 'spiega meglio', 'cosa significa', 'fonte', 'fonti'],
    repeat: ["un'altra", 'di nuovo', 'riprova', 'ancora una'],
    topicSwitch: ['altra domanda', 'altra cosa', 'un altro argomento'],
    continuation: ['continua', 'vai avanti'],
    negation: ['non', 'mai'],
    contrast: ['ma', 'però', 'pero'],
    nextStep: ['ora', 'adesso', 'poi', 'inoltre'],
  },
  nl: {
    success: ['geen fouten', 'geen foutmelding', 'werkt nu', 'nu werkt het', 'compileert nu'],
    positive: ['bedankt', 'dank je', 'dankjewel', 'dank u', 'perfect', 'werkt', 'super', 'precies', 'helemaal goed', 'top'],
    strong: ['fout', 'werkt niet', 'klopt niet', 'niet juist', 'niet correct', 'foutmelding', 'nog steeds niet', 'vergeten', 'bestaat niet', 'verzonnen'],
    weak: ['in plaats van', 'liever', 'zou moeten', 'nee,', 'ontbreekt', 'ik bedoelde', 'eigenlijk', 'korter', 'eenvoudiger', 'te lang'],
    doubt: ['weet je het zeker', 'zeker weten', 'echt?', 'klopt dat', 'is dat juist'],
    clarify: ['wat bedoel je', 'wat bedoelt u', 'wat betekent', 'snap ik niet', 'begrijp ik niet', 'begrijp het niet', 'kun je dat uitleggen', 'leg eens uit', 'bron', 'bronnen'],
    repeat: ['nog een', 'opnieuw', 'nog eens'],
    topicSwitch: ['andere vraag', 'iets anders', 'ander onderwerp'],
    continuation: ['ga door', 'ga verder', 'doorgaan'],
    negation: ['niet', 'geen', 'nooit'],
    contrast: ['maar', 'echter'],
    nextStep: ['nu', 'daarna', 'verder'],
  },
  ru: {
    success: ['без ошибок', 'ошибок нет', 'теперь работает', 'заработало', 'скомпилировалось', 'всё работает', 'все работает'],
    positive: ['спасибо', 'отлично', 'работает', 'супер', 'идеально', 'то что нужно', 'помогло', 'благодарю'],
    strong: ['неправильно', 'неверно', 'не работает', 'ошибка', 'ошибку', 'не то', 'всё ещё не', 'все еще не', 'ты забыл', 'не существует', 'выдумал', 'это не так'],
    weak: ['вместо', 'должно быть', 'нет,', 'не хватает', 'я имел в виду', 'на самом деле', 'лучше через', 'короче', 'проще', 'слишком длинно'],
    doubt: ['ты уверен', 'вы уверены', 'точно?', 'правда?', 'серьёзно?', 'это правильно?'],
    clarify: ['что ты имеешь в виду', 'что вы имеете в виду', 'что значит', 'не понимаю', 'не понял', 'поясни', 'объясни', 'можешь объяснить', 'источник', 'цитаты'],
    repeat: ['ещё раз', 'еще раз', 'попробуй снова', 'другой вариант'],
    topicSwitch: ['другой вопрос', 'другая тема', 'не по теме'],
    continuation: ['продолжай', 'дальше', 'продолжи'],
    negation: ['не', 'нет', 'никогда'],
    contrast: ['но', 'однако'],
    nextStep: ['теперь', 'а теперь', 'дальше', 'ещё'],
  },
  zh: {
    success: ['不报错了', '没有报错', '没有错误', '可以运行了', '能运行了', '跑通了', '编译通过'],
    positive: ['谢谢', '謝謝', '多谢', '感谢', '完美', '可以了', '成功了', '太好了', '有用', '解决了', '正是', '好用'],
    strong: ['不对', '不對', '错了', '錯了', '错误', '錯誤', '不行', '不正确', '还是不', '還是不', '报错', '報錯', '没用', '不是我要', '忘了', '不存在', '跑不起来', '运行不了', '瞎说', '瞎說', '乱说', '搞错', '搞錯'],
    weak: ['而不是', '应该是', '应该用', '應該', '少了', '漏了', '换成', '改成', '我是说', '简短', '更简单', '太长'],
    doubt: ['你确定', '你確定', '确定吗', '真的吗', '对吗', '對嗎'],
    clarify: ['什么意思', '什麼意思', '不明白', '不懂', '解释一下', '解釋一下', '具体点', '出处', '来源'],
    repeat: ['再来一个', '再写一个', '换一个', '重新'],
    topicSwitch: ['另外一个问题', '换个问题', '别的问题', '另一个问题'],
    continuation: ['继续', '繼續'],
    negation: ['不是', '没有', '沒有', '并不', '並不', '不能', '不会', '不會'],
    contrast: ['但是', '可是', '不过', '不過'],
    nextStep: ['现在', '接下来', '然后', '另外'],
  },
  ja: {
    success: ['エラーが出なくなり', 'エラーなし', 'エラーが消え', '動きました', 'うまくいきました', '通りました', 'コンパイルできました'],
    positive: ['ありがとう', '完璧', 'できました', '助かりました', '解決しました', '助かります', '了解'],
    strong: ['違う', '違います', '間違', '動かない', '動きません', 'エラー', 'うまくいかない', 'うまく動かない', 'おかしい', '存在しない', '忘れて'],
    weak: ['ではなく', 'じゃなく', '代わりに', '足りない', 'べき', 'のほうが', '短く', 'もっと簡単', '長すぎ'],
    doubt: ['本当に', '本当ですか', '確かですか', '合ってますか', '正しいですか'],
    clarify: ['どういう意味', 'わかりません', '分かりません', 'よくわから', '説明して', '詳しく', '出典'],
    repeat: ['もう一度', '別の案', 'やり直し'],
    topicSwitch: ['別の質問', '話は変わ', 'ところで'],
    continuation: ['続けて', '続き'],
    negation: ['ではない', 'じゃない', 'ません', 'ないです', 'ていない', 'てない'],
    contrast: ['でも', 'しかし', 'だけど'],
    nextStep: ['次は', '次に', 'では', 'それでは'],
  },
  ko: {
    success: ['에러가 안', '오류가 안', '이제 작동', '이제 돼', '해결됐', '해결되었', '잘 됩니다', '잘 돼요', '성공했'],
    positive: ['감사합니다', '감사해요', '고마워', '고맙습니다', '완벽', '좋아요', '좋네요', '최고'],
    strong: ['틀렸', '틀린', '아니야', '아닙니다', '안 돼', '안돼', '안 됩니다', '안됩니다', '오류', '에러', '작동하지 않', '잘못'],
    weak: ['대신', '말고', '아니라', '짧게', '더 간단', '너무 길'],
    doubt: ['확실해', '확실한가요', '정말', '맞아?', '맞나요'],
    clarify: ['무슨 뜻', '무슨 말', '이해가 안', '설명해 줄래', '설명해 줘', '쉽게 설명', '자세히', '출처'],
    repeat: ['다시 해', '다른 거', '하나 더'],
    topicSwitch: ['다른 질문', '그건 그렇고'],
    continuation: ['계속'],
    negation: ['않', '아니', '아닌'],
    contrast: ['하지만', '그런데', '근데'],
    nextStep: ['이제', '다음은', '그리고'],
  },
};

/** Whole messages that are a bare positive acknowledgement ("ok", "ty", "good"). */
export const BARE_POSITIVE = ['ok', 'okay', 'ok!', 'good', 'nice', 'cool', 'ty', 'thx', 'great', 'perfect', 'merci', 'danke', 'gracias', 'grazie', 'obrigado', 'spasibo', '👍', 'gut', 'bien', 'bene', 'ok merci', 'oké'];

/** Error words that only say "there was an error": with an environment error alone they do not blame the answer. */
export const GENERIC_ERROR_WORDS = new Set(['an error', 'the error', 'i get an error', 'got an error', 'gives an error', 'fehler', 'fehlermeldung', 'erreur', 'un error', 'este error', 'da error', 'erro', 'errore', 'foutmelding', 'ошибка', 'ошибку', '错误', '报错', 'エラー', '오류', '에러']);
