// How a follow-up prompt reads: correction, acceptance or neutral. Cue phrases are lower-case substrings per
// language (en, de, fr, es, pt, zh, ja). Politeness is cheap ("thanks, but it still fails"), so a strong
// correction beats acceptance; a weak correction ("instead", "no,") loses to acceptance, because "thanks! now do X
// instead of Y" asks for something new rather than correcting. Success phrases that contain error words
// ("no errors now") are matched and removed first. An error that only says a package or command is missing
// ("No module named 'yaml'") may be the user's setup, not a wrong answer: a weak correction, never a failure.

export type FollowupReading = {
  /** `continuation`: "continue", "go on" after a stopped answer: the user wants more of it. */
  kind: 'correction' | 'acceptance' | 'neutral' | 'continuation';
  strength: 'strong' | 'weak' | 'none';
  errorTrace: boolean;
  /** The error is about the user's environment (package not installed, command missing), not clearly the answer. */
  environmentError: boolean;
  cues: string[];
};

const SUCCESS = [
  'no error', 'no errors', 'no more errors', 'without errors', 'without error', 'works now', 'working now', 'that fixed', 'fixed it',
  'keine fehler', 'kein fehler', 'ohne fehler', 'funktioniert jetzt', 'klappt jetzt',
  "plus d'erreur", 'sans erreur', 'marche maintenant', 'fonctionne maintenant',
  'sin error', 'ya no da error', 'ya funciona', 'funciona ahora',
  'sem erro', 'não dá mais erro', 'agora funciona', 'já funciona',
  '不报错了', '没有报错', '没有错误', '可以运行了', '能运行了',
  'エラーが出なくなり', 'エラーなし', 'エラーが消え', '動きました', 'うまくいきました',
];

const STRONG_CORRECTION = [
  "that's wrong", 'that is wrong', 'is wrong', 'wrong answer', 'not correct', 'incorrect', "isn't right", 'not right',
  "doesn't work", 'does not work', "didn't work", 'did not work', 'not working', "won't work", "doesn't compile",
  'does not compile', "doesn't run", 'still fails', 'still failing', 'still get', 'still getting', "still doesn't",
  'still broken', 'still not', 'you forgot', 'you missed', 'not what i asked', "that's not what", 'misunderstood',
  "doesn't exist", 'does not exist', 'no such', 'hallucinat', 'throws', 'crashes', 'i get an error', 'got an error',
  'gives an error', 'an error', 'the error',
  'falsch', 'funktioniert nicht', 'geht nicht', 'klappt nicht', 'stimmt nicht', 'nicht richtig', 'nicht korrekt',
  'fehler', 'immer noch nicht', 'du hast vergessen', 'gibt es nicht',
  'faux', 'ne marche pas', 'marche pas', 'ne fonctionne pas', 'fonctionne pas', 'erreur', 'toujours pas',
  'tu as oublié', 'vous avez oublié', "n'existe pas", "ce n'est pas ce que",
  'incorrecto', 'no funciona', 'está mal', 'esta mal', 'equivocado', 'sigue sin', 'sigue fallando', 'da error',
  'un error', 'olvidaste', 'no existe',
  'errado', 'não funciona', 'nao funciona', 'incorreto', 'erro', 'ainda não', 'esqueceu', 'não existe',
  '不对', '错了', '错误', '不行', '不正确', '还是不', '报错', '没用', '不是我要', '忘了', '不存在', '跑不起来', '运行不了',
  '違う', '違います', '間違', '動かない', '動きません', 'エラー', 'うまくいかない', 'うまく動かない', 'おかしい',
  '存在しない', '忘れて',
];

const WEAK_CORRECTION = [
  'instead', 'rather than', 'should be', 'should have', 'no,', 'nope', 'actually,', 'try again', 'not quite',
  'missing', 'typo', 'are you sure', 'really?', 'bist du sicher', 'sicher?', 'tu es sûr', 'êtes-vous sûr', 'vraiment ?',
  'estás seguro', 'está seguro', 'seguro?', 'tem certeza', 'você tem certeza', '你确定', '确定吗', '本当に', '本当ですか', 'statt', 'anstatt', 'stattdessen', 'eigentlich', 'nein,', 'sollte', 'fehlt',
  'au lieu', 'plutôt', 'non,', 'il manque', 'devrait', 'en lugar de', 'en vez de', 'falta', 'debería', 'no es',
  'em vez de', 'ao invés de', 'deveria', 'não,', 'não é', '而不是', '应该是', '应该用', '少了', '漏了',
  'ではなく', 'じゃなく', '代わりに', '足りない', 'べき',
];

const ACCEPTANCE = [
  'thanks', 'thank you', 'thx', 'perfect', 'great', 'it works', 'that works', 'works!', 'works great', 'worked',
  'awesome', 'exactly', 'looks good', 'lgtm', 'brilliant', 'that did it', 'solved', 'nice,', 'nice!', 'excellent',
  'danke', 'perfekt', 'funktioniert', 'klappt', 'super', 'genau', 'passt',
  'merci', 'parfait', 'ça marche', 'ca marche', 'ça fonctionne', 'génial', 'nickel', 'exactement',
  'gracias', 'perfecto', 'funciona', 'funcionó', 'genial', 'excelente', 'exacto',
  'obrigado', 'obrigada', 'valeu', 'perfeito', 'funcionou', 'ótimo', 'otimo', 'exato',
  '谢谢', '多谢', '完美', '可以了', '成功了', '太好了', '有用', '解决了', '正是',
  'ありがとう', '完璧', 'できました', '助かりました', '解決しました', '助かります',
];

// "Thanks. Different question: ... npm ERR! ..." thanks for this answer and brings a new problem.
const TOPIC_SWITCH = [
  'different thing', 'different question', 'another question', 'new question', 'unrelated', 'separate question',
  'on another note', 'andere frage', 'etwas anderes', 'autre question', 'autre chose', 'otra pregunta', 'otra cosa',
  'outra pergunta', 'outra coisa', '另外一个问题', '换个问题', '别的问题', '別の質問', '話は変わ',
];

const CONTINUE = ['continue', 'go on', 'keep going', 'weiter', 'mach weiter', 'continue stp', 'continúa', 'sigue', 'continua', '继续', '続けて', '続き'];

/** Error words that only say "there was an error"; with an environment error alone they do not blame the answer. */
const GENERIC_ERROR_WORDS = new Set(['an error', 'the error', 'i get an error', 'got an error', 'gives an error', 'fehler', 'erreur', 'un error', 'da error', 'erro', '错误', '报错', 'エラー']);

const ENVIRONMENT_ERROR = [
  /ModuleNotFoundError|No module named|Cannot find module|command not found|is not recognized as an internal or external command|cannot find package|Could not find a version that satisfies/i,
];

// Error traces and warnings in several ecosystems: Python, JS/Java stack frames, Rust, Go, shells, package managers.
const ERROR_TRACE = [
  /Traceback \(most recent call last\)/,
  /\b[A-Z]\w*(Error|Exception|Warning)\b(:|\s+at\b)/,
  /(^|\n)\s*Error:/,
  /^\s*at\s+[\w$.<>]+\s+\(?[^()\s]+:\d+(:\d+)?\)?/m,
  /\berror\[E\d{4}\]/,
  /(^|\n)panic:/,
  /Segmentation fault|npm ERR!|Uncaught \w+|FATAL:|fatal error:|undefined reference to/,
  /\bTS\d{4}:/,
];

export function readFollowup(text: string, extra: { correction: string[]; acceptance: string[] } = { correction: [], acceptance: [] }): FollowupReading {
  let rest = ` ${text.toLowerCase()} `;
  const cues: string[] = [];
  const errorTrace = ERROR_TRACE.some((re) => re.test(text));
  const environmentError = ENVIRONMENT_ERROR.some((re) => re.test(text));
  const bare = text.trim().toLowerCase().replace(/[\s.!?。！…]+$/u, '');
  if (CONTINUE.includes(bare)) return { kind: 'continuation', strength: 'none', errorTrace, environmentError, cues: [bare] };
  const take = (phrases: string[]) => {
    let found = false;
    for (const phrase of phrases) {
      if (!phrase || !matches(rest, phrase)) continue;
      found = true;
      cues.push(phrase);
      rest = rest.split(phrase).join(' ');
    }
    return found;
  };
  const success = take(SUCCESS);
  const before = cues.length;
  const strong = take([...STRONG_CORRECTION, ...extra.correction]);
  const onlyGeneric = cues.slice(before).every((c) => GENERIC_ERROR_WORDS.has(c));
  const weak = take(WEAK_CORRECTION);
  const accept = take([...ACCEPTANCE, ...extra.acceptance]) || success;
  const r = (kind: FollowupReading['kind'], strength: FollowupReading['strength']): FollowupReading => ({ kind, strength, errorTrace, environmentError, cues });
  if (accept && TOPIC_SWITCH.some((t) => matches(rest, t))) return r('acceptance', 'weak');
  if (environmentError && onlyGeneric) return r('correction', 'weak');
  if (errorTrace || strong) return r('correction', 'strong');
  if (accept) return r('acceptance', success ? 'strong' : 'weak');
  if (weak) return r('correction', 'weak');
  return r('neutral', 'none');
}

/** Latin-script cues match on word boundaries ("erro" must not fire inside "error" or "terror"); CJK as substrings. */
function matches(haystack: string, phrase: string): boolean {
  if (/[\u3000-\u9fff]/.test(phrase)) return haystack.includes(phrase);
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const start = /^\p{L}/u.test(phrase) ? '(?<![\\p{L}\\p{N}])' : '';
  const end = /\p{L}$/u.test(phrase) ? '(?![\\p{L}\\p{N}])' : '';
  return new RegExp(`${start}${escaped}${end}`, 'u').test(haystack);
}
