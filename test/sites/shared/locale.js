// Which UI language a fixture site renders, chosen the way the real sites choose theirs: an explicit `?hl=<lang>`
// (Google's switch, which Gemini honours) wins, else the browser's preferred languages (what a visitor gets, and
// what an account left on "auto-detect" gets). Only what people read changes: labels, aria-labels, tooltips and
// readouts. Test ids, roles, icons and structure stay the same in every language, as they do on the real sites.
// Each site's strings live in its own folder (labels.json: { "en": {…}, "<lang>": {…} }).

function chooseLanguage(available) {
  const asked = new URLSearchParams(location.search).get('hl');
  const wanted = [asked, ...(navigator.languages ?? []), navigator.language].filter(Boolean);
  for (const tag of wanted) {
    const base = String(tag).toLowerCase().split('-')[0];
    if (available.includes(base)) return base;
  }
  return 'en';
}

/** The site's strings in the UI language: `t.key`, with English for a key a translation lacks. */
export async function localise() {
  const response = await fetch('/fixture/labels.json');
  const all = await response.json();
  const lang = chooseLanguage(Object.keys(all));
  document.documentElement.lang = lang;
  return { lang, t: { ...all.en, ...all[lang] } };
}

/** "n / m" as the language writes it, from the site's `readout` template ("{n} / {m}"). */
export function format(template, values) {
  return template.replace(/\{(\w+)\}/g, (_, key) => String(values[key] ?? ''));
}
