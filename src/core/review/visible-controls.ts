// Bidi controls and other invisible format characters are how "Trojan Source" text hides what it says: a
// reviewer deciding what to share must see them. Display splits text into plain runs and named controls, which
// the page shows as visible markers instead of applying them (the stored and exported text is unchanged).

const NAMES: Record<string, string> = {
  '\u202A': 'LRE', '\u202B': 'RLE', '\u202C': 'PDF', '\u202D': 'LRO', '\u202E': 'RLO',
  '\u2066': 'LRI', '\u2067': 'RLI', '\u2068': 'FSI', '\u2069': 'PDI',
  '\u200E': 'LRM', '\u200F': 'RLM', '\u061C': 'ALM',
  '\u200B': 'ZWSP', '\u2060': 'WJ', '\uFEFF': 'BOM',
};
const CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u200B\u2060\uFEFF]/;
const CONTROLS_G = new RegExp(CONTROLS.source, 'g');

export type Run = { text: string } | { control: string; name: string; code: string };

export function hasControls(text: string): boolean {
  return CONTROLS.test(text);
}

export function splitControls(text: string): Run[] {
  if (!hasControls(text)) return [{ text }];
  const runs: Run[] = [];
  let last = 0;
  for (const m of text.matchAll(CONTROLS_G)) {
    if (m.index > last) runs.push({ text: text.slice(last, m.index) });
    const c = m[0];
    runs.push({ control: c, name: NAMES[c] ?? 'CTRL', code: `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` });
    last = m.index + c.length;
  }
  if (last < text.length) runs.push({ text: text.slice(last) });
  return runs;
}
