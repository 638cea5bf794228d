// The method text of docs/benchmarks.md (how each figure is taken, and what was learnt about measuring it on a shared
// 2-core machine), kept beside the bench so a change of method changes the page.
import { MATCHED_HOST, UNMATCHED_HOST } from './page';

export interface NotesParams {
  longLength: number;
  chunks: number;
  chunkSize: number;
  chunkDelayMs: number;
  sideAnswers: string;
}

export const benchNotes = (p: NotesParams): string => `## How the figures are taken

Every figure is a ratio or a time within one run. Page overhead streams a ${p.longLength}-character answer
from the ChatGPT fixture in ${p.chunks} chunks of ${p.chunkSize} characters every ${p.chunkDelayMs} ms in one browser with
the extension, in fresh pages on a host the extension matches (${MATCHED_HOST}) and on one it does not
(${UNMATCHED_HOST}, twice: the second is an A/A control), one after the other in an order that rotates round by
round, and compares CDP \`Performance.getMetrics\` TaskDuration (thread CPU time) and V8 profiler JavaScript time
(200 µs samples), and sets the extension's own time (samples with the content script or the page-world hook on
the stack) against the page's other non-idle samples of the same profile (reported with a 95 % interval, and
medians, quartiles and range under Details). The target rows: main-thread task time from the same three pages
streaming ${p.sideAnswers} answers each AT ONCE behind a blank tab (drawing nothing), 1 + (with - without) / the
drawn page's task time without; JavaScript time within one profile of the drawn page with the extension, 1 + its
samples / the page's other JavaScript samples (since round 9 the page's own \`fetch\` and XHR \`open\` calls, which the
page-world hook's wrappers pass on, count as the page's: scripts/bench/profile-times.ts); each with its 95 % interval over the rounds beside the A/A
control's (see Notes on the measures). Growth streams the
same answer at the end of a seeded 10-turn and 500-turn conversation and sums V8 profiler samples (100 µs) whose
stack passes through the content script or the page-world hook, from the prompt until one second after the answer
ends (since round 10: the engine's read of the finished answer falls inside the window at both lengths). Latency: the fixture's stop button goes away -> the store's answer
counter moves (polled every 2 ms from an extension page). Scale seeds the store directly (rows laid out as
the store's append writes them; 2 answers, 2 prompts, a copy and a thumbs up per conversation), opens the
popup (navigation -> answer count shown) and exports from it (click -> download) after a full garbage collection,
sampling the resident memory of every browser process from /proc every 25 ms and the extension pages' JavaScript
heap (CDP) every 100 ms.

## Notes on the measures

- With and without the extension are compared inside one browser: the fixture is served on a host the extension
  matches and on one it does not, so page, server, browser build, flags and profile are the same and only the
  extension's scripts differ. Before round 6 they were two browsers launched side by side; their ratios moved by
  10-40 % from round to round, more than the 2 % to be judged. Switching the site off in the extension's settings
  was not used: the page-world hook is declared in the manifest and runs whatever the settings say, so that
  "without" would still carry part of the cost. Each run checks, not assumes, that the matched page has the hook
  (\`fetch\` wrapped) and the content script (an extension world in the page) and that the unmatched page has
  neither. "With" counts everything the extension makes the page's main thread do: the content script, the hook
  (it runs as page JavaScript, in the page's own world), the garbage they leave, the mutation records the page's
  own DOM writes create for the extension's observer, layout the extension's reads force.
- Each clock is compared with itself: task time with CDP TaskDuration (thread CPU time) of both pages, JavaScript
  time with the V8 profiler of both, the extension's share with samples of one profile. (The former "mixed clocks"
  row, profiler time over TaskDuration, and the CDP \`ScriptDuration\` ratio, which misses the page's promise
  continuations, were dropped.)
- The A/A control is a third page per round on the unmatched host: its ratio to the second is noise alone. Drawn
  pages streamed one after the other spread by ±2-3 % on a quiet machine and by tens of per cent under load (A/A
  task time 0.905, interval 0.688-1.191, over 8 rounds at load 15-16 on 2026-11-30): about two thirds of a drawn
  page's main-thread time is drawing the answer, and how many frames are drawn depends on the CPU the machine
  leaves the page. So since round 7 the task-time target is measured SIDE BY SIDE (\`scripts/bench/page-side-by-side.ts\`):
  the three pages of a round stream the same answers at the same time in tabs behind a blank front tab, where they
  run every script and parse every chunk but draw nothing; what is left is a fixed amount of work that meets the
  same load in all three, and the difference with - without (paired within the round, mean over rounds with a
  Student-t 95 % interval) is set against the drawn page's task time. The extension writes nothing into the chat
  page (no frames of its own), and a style or layout its reads force is done in full in a page that does not draw
  (nothing would have done it anyway), so the difference counts its JavaScript and what it makes the page do;
  the per-page counts of style recalculations and layouts are in Details. Same run, load 15.5-16.4: A/A 1.000
  (0.995-1.005), with / without 1.014 (1.009-1.020), where the drawn pages' A/A read 0.905 (0.688-1.191).
  \`npx tsx scripts/bench/page-trace.ts\` breaks the same difference down by trace event per streamed chunk.
- Profiler samples are wall-clock intervals: when the main thread waits for a CPU, the wait is charged to the frame
  that was running, so every profiler figure reads high on a loaded machine. The rows "capped sample intervals"
  count each sample's interval up to two sampling intervals (400 µs), which reads closer to CPU time (and low when
  the sampler thread itself waited). In one trial (8 rounds, load 5-7, 2026-11-30) it brought the A/A control's
  JavaScript ratio from 1.272 (quartiles 1.086-1.345) to 0.999 (0.926-1.022), with / without 0.996 (0.949-1.107)
  against 1.101 uncapped; in the next run (6 rounds, load 3.5-4.7) its A/A control was 0.896 (0.867-0.939) against
  0.848 uncapped. Tighter, not yet trustworthy: it is reported beside. Between pages side by side the sampler is
  worse still (three pages share two cores: A/A 1.068, interval 0.847-1.345), so since round 7 the JavaScript-time
  target is taken within one profile (the extension's samples and the page's other JavaScript on one clock); it
  assumes the page's own JavaScript does not change with the extension, which the trace shows (microtasks, HTML
  parsing, event dispatch: with - without within the A/A noise). \`npx tsx scripts/bench/page-profile.ts\`
  breaks the extension's time down per function and per chunk (docs/capture-engine.md).
- \`bench:typing\` (since round 6) compares with / without the extension the same way, in one browser: the same
  editor fixture on its real host, which the content script matches, and on a control host nothing of the extension
  matches (\`*.no-capture.test\`), checked (no sample of the extension's code on a control page). Since round 7 a
  round is six pages in a palindrome (x y z z y x: with capture and two control pages, the places rotating round by
  round), so steady drift in load weighs on each alike; the two control pages are an A/A control, printed beside
  with / without as median, mean and 95 % interval of the per-round log ratios (\`scripts/bench/paired.ts\`); since
  round 8 these are reports, and the target is read SIDE BY SIDE (\`scripts/bench/typing-side-by-side.ts\`): with
  capture, without and an A/A control page open at once behind a blank page, each settled, then typed into in step
  (each key to all three at once), so a moment of load falls on all three; task time with / without and A/A / without
  as the geometric mean of per-round ratios with its 95 % interval. The editors still render what is typed there
  (requestAnimationFrame runs behind the blank page in headless Chromium; style and layout counts are the same in all
  three pages), so each page's own task time is the denominator. Its with / without ratio is CDP \`TaskDuration\` of both pages (one clock) and so counts what capture
  costs the page outside the content script's JavaScript (mutation records, forced layout); the in-profile share is
  the one-clock share, and "content-script time / page task time (mixed clocks)" is reported only. It also counts
  what the page hands a capture session in both file sizes (mutation records in the watched parts, rendered lines),
  which does not depend on load.
- The ChatGPT fixture mounts only the last 20 turns of a long conversation (as the real site virtualises), so the
  500-turn figure measures what grows with the conversation's data (message map, page data, history), not with
  the number of mounted turns.`;
