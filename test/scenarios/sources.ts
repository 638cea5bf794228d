// Where the users' words in the scenario sessions come from: public conversations with chat models (LMSYS-Chat-1M
// follow-ups as annotated by Don-Yehiya et al., newspaper and blog transcripts of chats), GitHub issues where
// people paste compiler and runtime output or report back, in many languages. Each scenario names the sources of
// its phrasing in `source`; a phrase is quoted as found or shortened, and adapted only in the nouns it refers to.
export const SOURCES = {
  /** 2407.10944's hand annotations of LMSYS-Chat-1M follow-ups, each labelled UR1..UR5. */
  lmsys: 'https://github.com/shachardon/naturally_occurring_feedback/blob/main/data/manual_annotations.py',
  /** The taxonomy itself, with its examples ("Actually, I wanted ...", "No. I wanted you to ...", "You're wrong."). */
  taxonomy: 'https://github.com/shachardon/naturally_occurring_feedback/blob/main/prompt_prefix/improved_guidelines_with_format',
  /** WildFeedback (2408.15549): in-situ SAT/DSAT feedback in WildChat ("No, please rewrite it; you ignored my requirement"). */
  wildfeedback: 'https://en.papernotes.org/ACL2026/llm_alignment/wildfeedback_aligning_llms_with_in-situ_user_interactions_and_feedback/',
  /**
   * A real ChatGPT word-game session kept as a JS fixture ("Your answer is not JSON object format!", "You wrong again! ...
   * Try again.").
   */
  ormi: 'https://github.com/YuJinsoo/Ormi_Project_1/blob/main/src/dataset_en.js',
  /** German newspaper chat with ChatGPT ("Leverkusen ist doch kein Stadtteil von Köln."). */
  ksta: 'https://www.ksta.de/region/leverkusen/stadt-leverkusen/stadtteil-von-koeln-chatgpt-luegt-ueber-leverkusen-471193',
  /** German newspaper chat with ChatGPT about Bonn (objection that Bonn was bombed). */
  gaBonn: 'https://ga.de/bonn/stadt-bonn/chatgpt-was-weiss-der-chatbot-ueber-bonn_aid-84258381',
  /** German blog chat ("Seit wann gibt es den Mössinger Stadtpark?"). */
  diaBlog: 'https://www.dia-blog.de/category/diazotypie/',
  /** Italian teacher's chat ("Da quale edizione hai tratto questi versi?", "Non mi sembrano versi di Tasso"). */
  ilGiornale: 'https://www.ilgiornale.it/news/interrogazione-sulla-gerusalemme-liberata-prof-si-merita-4-2134070.html',
  /** French newsroom chat, the question re-asked in other words ("Les Mahorais ont-ils le droit de vote aux élections nationales ?"). */
  la1ere: 'https://la1ere.francetvinfo.fr/mayotte/les-etranges-reponses-de-chat-gpt-1362534.html',
  /** French user correcting ChatGPT repeatedly about team names ending in "s". */
  phonandroid: 'https://www.phonandroid.com/ne-posez-pas-cette-question-a-chatgpt-il-va-vous-rendre-fou.html',
  /** Korean newspaper chat ("윤석열이 경기도지사직을 지내지 않은 것 같습니다.", "... 지내지 않았습니다."). */
  fnnews: 'https://hugs.fnnews.com/ampArticle/202304131401268214',
  /** Korean TV report: the question re-asked ("매국노 이완용을 아냐"). */
  mbc: 'https://imnews.imbc.com/replay/2023/nwdesk/article/6457228_36199.html',
  /** Korean blog: "그건 아니야." to correct ChatGPT at work. */
  economy101: 'https://economy-101.com/entry/%EC%B1%97gpt%EC%9D%98-%EB%8B%A8%EC%A0%90',
  /** Chinese blog chat ("你在瞎說吧。你引的不是杜甫的詩。", "沒興趣。", "怎麽沒有?有。看這裏"). */
  wenxuecity: 'https://zh.wenxuecity.com/myblog/76784/202508/9405.html',
  /** Chinese blog chat ("没找到那篇文章。"). */
  creaders: 'https://blog.creaders.net/u/9588/202304/461058.html',
  /** Japanese blog on correcting ChatGPT (「AはBだって、さっき自分で言ったじゃないか!」). */
  aiaiJa: 'https://aiai.x0.com/chatgpt-correcting-mistakes',
  /** Japanese blog: pointing out a logic mistake, ChatGPT rewrites. */
  openblogJa: 'http://openblog.seesaa.net/article/511966336.html',
  /** Spanish forum: the user tells ChatGPT the sensor has 40 Mpx, not 26. */
  fujistas: 'https://www.fujistas.com/foro/threads/x100vi-a-900eur.83654/post-635014',
  /** Portuguese chat ("explique por que 2 elevado a 0 é igual à um"). */
  tabnews: 'https://tabnews.com.br/name/como-fiz-o-chatgpt-dizer-que-1-1-e-igual-a-3',
  /** Portuguese column: the user asks for balance ("Não quero que fale bem ..."). */
  spdiario: 'https://spdiario.com.br/noticias/reinaldo-polito/tive-um-tremendo-bate-boca-com-o-chatgpt.html',
  // GitHub issues: tool output as people paste it, and how they report back.
  rustE0502: 'https://github.com/digama0/frat/issues/1',
  rustE0502b: 'https://github.com/nanocurrency/nano-work-server/issues/9',
  tsc2345: 'https://github.com/virtualzone/landroid-bridge/pull/78',
  tsc2322: 'https://github.com/angular/angular/issues/24015',
  tsNode: 'https://github.com/JamesMcMurran/GDaxMarketMakerTrader/issues/7',
  goUnused: 'https://github.com/golangci/golangci-lint/issues/1546',
  goUnused2: 'https://github.com/elliotchance/c2go/issues/595',
  javacSymbol: 'https://github.com/shinyquagsire23/InfiniteCampusAPI/issues/4',
  javacScanner: 'https://github.com/spywhere/Javatar/issues/17',
  gccImplicit: 'https://github.com/xmseed234/torrent-check/pull/2',
  gcc14: 'https://github.com/troglobit/inadyn/issues/488',
  pytestSummary: 'https://github.com/okken/pytest-check/pull/150',
  pytestDemo: 'https://github.com/pytest-dev/pytest/pull/4805',
  nodeMap: 'https://github.com/CodeWithHarry/NewsMonkey-React/issues/40',
  pyTraceZh: 'https://github.com/kingback2019/VAD_Python/issues/1',
  pyTraceZh2: 'https://github.com/Anfany/Machine-Learning-for-Beginner-by-Python3/issues/2',
  pyModule: 'https://github.com/thenurhabib/collector/issues/4',
  koRunError: 'https://github.com/kunho-park/auto-translate/issues/1',
  koFixed: 'https://github.com/IlIlIIIlllIl/__________/issues/53',
  ruWorks: 'https://github.com/SBProX/SBProX-Dev/issues/743',
  ruError: 'https://github.com/Flowseal/zapret-discord-youtube/issues/1004',
  ruRetry: 'https://github.com/N3M1X10/zapret_build/issues/5',
  itThanks: 'https://github.com/CIRCSE/LEMLAT3/issues/1',
  nlWorks: 'https://github.com/amcat/amcat/issues/528',
  nlError: 'https://github.com/Schermen/Ranglijsten/issues/8',
  esError: 'https://github.com/IIC2343/Syllabus-2024-2/issues/61',
  ptPersists: 'https://github.com/Henriquecesp/introducao-desenvolvimento-web/issues/1',
  ptSteps: 'https://github.com/opensanca/trilha-javascript/issues/23',
  ptStill: 'https://github.com/UNIVALI-LITE/Portugol-Studio/issues/413',
  jaLocal: 'https://github.com/fukayatsu/lttm-crx/issues/28',
  zhRunError: 'https://github.com/motianxiuhua/EMplanner/issues/2',
  goDeclared: 'https://github.com/golang/go/issues/42044',
} as const;
