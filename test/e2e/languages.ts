// The UI languages each site's scenarios run in: English and one other (at least one non-Latin script among them),
// with the browser set to it so the fixture renders its labels, tooltips and readouts in it, as the real site
// does (test/sites/shared/locale.js). A scenario clicks what a person reading that language would click: the
// strings come from the fixture's own labels.json, never from the adapter.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

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

export interface UiLanguage {
  lang: string;
  locale: string;
  /** The fixture's strings in this language (English where a translation lacks a key). */
  t: Record<string, string>;
}

export function uiLanguage(site: string, lang: string): UiLanguage {
  const all = JSON.parse(readFileSync(resolve(import.meta.dirname, '../sites', site, 'labels.json'), 'utf8')) as Record<string, Record<string, string>>;
  if (!all[lang]) throw new Error(`test/sites/${site}/labels.json has no "${lang}" strings`);
  const locale = lang === 'en' ? 'en-US' : SECOND_LANGUAGE[site]!.locale;
  return { lang, locale, t: { ...all.en, ...all[lang] } };
}

/** English and the site's second language, for `describe.each`. */
export function uiLanguages(site: string): UiLanguage[] {
  return [uiLanguage(site, 'en'), uiLanguage(site, SECOND_LANGUAGE[site]!.lang)];
}

/** "n / m" as the fixture writes it in this language. */
export function readout(t: Record<string, string>, n: number, m: number): string {
  return (t.readout ?? '{n} / {m}').replace('{n}', String(n)).replace('{m}', String(m));
}
