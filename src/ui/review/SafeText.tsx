// Captured text as text: JSX children only (escaped by Preact), isolated for bidi so a U+202E inside an answer
// cannot flip the page around it, and truncated so a 5 MB answer renders instantly ("Show more" grows it).
import { useState } from 'preact/hooks';
import { splitControls } from '../../core/review/visible-controls';

const FIRST = 2_000;
const STEP = 50_000;

export function SafeText({ text, code = false, first = FIRST, testid }: { text: string; code?: boolean; first?: number; testid?: string }) {
  const [shown, setShown] = useState(first);
  const cut = text.length > shown;
  return (
    <div class="captured-wrap">
      <div class={code ? 'captured code' : 'captured'} dir="auto" data-testid={testid}>
        <Visible text={cut ? text.slice(0, shown) : text} />
        {cut && <span class="ellipsis">…</span>}
      </div>
      {cut && (
        <button type="button" class="link" onClick={() => setShown(shown + STEP)}>
          Show more ({shown.toLocaleString('en')} of {text.length.toLocaleString('en')} characters shown)
        </button>
      )}
    </div>
  );
}

/** One line of captured text (titles, snippets): isolated and clipped by CSS, never parsed. */
export function SafeLine({ text, class: cls }: { text: string; class?: string }) {
  return (
    <bdi class={cls ? `line ${cls}` : 'line'} dir="auto">
      <Visible text={text.length > 400 ? `${text.slice(0, 400)}…` : text} />
    </bdi>
  );
}

/** Text with bidi and zero-width controls shown as markers rather than applied (see visible-controls.ts). */
export function Visible({ text }: { text: string }) {
  const runs = splitControls(text);
  if (runs.length === 1 && 'text' in runs[0]!) return <>{text}</>;
  return (
    <>
      {runs.map((r, i) =>
        'text' in r ? (
          r.text
        ) : (
          <abbr key={i} class="ctl" title={`${r.code} (hidden control character, shown instead of applied)`}>
            {r.name}
          </abbr>
        ),
      )}
    </>
  );
}
