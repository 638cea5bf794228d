// The UI languages each site's scenarios run in: English and one other (at least one non-Latin script among them),
// with the browser set to it so the fixture renders its labels, tooltips and readouts in it, as the real site
// does (test/sites/shared/locale.js). A scenario clicks what a person reading that language would click: the
// strings come from the fixture's own labels.json, never from the adapter.

/** The second UI language of each fixture site, and the browser locale that asks for it. */
export const SECOND_LANGUAGE: Record<string, { lang: string; locale: string }> = {
  chatgpt: { lang: 'de', locale: 'de-DE' },
  claude: { lang: 'ja', locale: 'ja-JP' },
  gemini: { lang: 'ru', locale: 'ru-RU' },
  deepseek: { lang: 'zh', locale: 'zh-CN' },
  copilot: { lang: 'fr', locale: 'fr-FR' },
  mistral: { lang: 'fr', locale: 'fr-FR' },
  perplexity: { lang: 'ko', locale: 'ko-KR' },
  grok: { lang: 'es', locale: 'es-ES' },
  'github-copilot': { lang: 'pt', locale: 'pt-BR' },
};

export interface UiLanguage<T> {
  lang: string;
  locale: string;
  /** The fixture's strings in this language (English where a translation lacks a key). */
  t: T;
}

type Labels = { en: Record<string, string> } & Record<string, Record<string, string>>;

/** One UI language of a site, from its fixture's labels.json (imported by the test, so keys are checked). */
export function uiLanguage<L extends Labels>(site: string, labels: L, lang: string): UiLanguage<L['en']> {
  const strings = labels[lang];
  if (!strings) throw new Error(`test/sites/${site}/labels.json has no "${lang}" strings`);
  const locale = lang === 'en' ? 'en-US' : SECOND_LANGUAGE[site]!.locale;
  return { lang, locale, t: { ...labels.en, ...strings } };
}

/** English and the site's second language, for `describe.each`. */
export function uiLanguages<L extends Labels>(site: string, labels: L): UiLanguage<L['en']>[] {
  return [uiLanguage(site, labels, 'en'), uiLanguage(site, labels, SECOND_LANGUAGE[site]!.lang)];
}

/** "n / m" as the fixture writes it in this language (its `readout` template). */
export function readout(t: { readout?: string }, n: number, m: number): string {
  return (t.readout ?? '{n} / {m}').replace('{n}', String(n)).replace('{m}', String(m));
}
