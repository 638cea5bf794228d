// A follow-up split into what the user wrote and what they brought along: fenced code blocks, inline code and
// pasted text (the `paste` events say which text was pasted) are not the user's words, so cue words are read in
// the prose alone. Code and pasted text are checked for tool output instead: output after running the answer is
// a failure report, source code is not, whatever exception names it contains.
import { isOutputLine, toolOutputKinds, type ToolOutputKind } from './tool-output';

export interface FollowupSegments {
  /** The user's own words, with code, pasted text and tool output blanked out. */
  prose: string;
  /** Tool output found anywhere in the follow-up (pasted, fenced or typed as bare lines). */
  toolOutput: ToolOutputKind[];
  /** Whether the follow-up carried code or pasted text (beyond the prose). */
  hasCode: boolean;
}

const FENCE = /```[^\n]*\n?[\s\S]*?(?:```|$)/g;
const INLINE = /`[^`\n]+`/g;

/**
 * Splits a follow-up. `pasted` are texts the user pasted into it; `fromAnswers` are the pasted texts that came
 * from the assistant's own answers (their error names are the answer's code, never a report).
 */
export function segmentFollowup(text: string, pasted: readonly string[] = [], fromAnswers: readonly string[] = []): FollowupSegments {
  let prose = text;
  const foreign: string[] = [];
  const cut = (piece: string, keep: boolean) => {
    if (!piece.trim() || !prose.includes(piece)) return;
    if (keep) foreign.push(piece);
    prose = prose.split(piece).join('\n');
  };
  for (const p of fromAnswers) cut(p.trim(), false);
  for (const p of pasted) if (!fromAnswers.includes(p)) cut(p.trim(), true);
  prose = prose.replace(FENCE, (block) => {
    foreign.push(block);
    return '\n';
  });
  prose = prose.replace(INLINE, (code) => {
    foreign.push(code);
    return ' ';
  });
  // Tool output typed or pasted without fences: bare lines that look like output are not prose either.
  const toolOutput = new Set<ToolOutputKind>();
  for (const piece of foreign) for (const k of toolOutputKinds(piece)) toolOutput.add(k);
  const lines = prose.split('\n');
  const bare = toolOutputKinds(prose);
  if (bare.length) {
    for (const k of bare) toolOutput.add(k);
    // The output's own lines (frames, pointers, code excerpts) are indented or gutter-marked; prose is not.
    if (lines.some(isOutputLine)) prose = lines.filter((line) => !isOutputLine(line) && !/^(?:\s|[|~^=_-]|\d+\s*\|)/.test(line)).join('\n');
  }
  return { prose, toolOutput: [...toolOutput], hasCode: foreign.length > 0 || bare.length > 0 };
}
