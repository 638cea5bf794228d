// Why a figure of `npm run bench` misses its target and what would close it, from profiling these runs: shown under the
// figure in docs/benchmarks.md when it misses (bench/doc.ts takes the first entry whose prefix starts the figure's name).
export const WHY: [prefix: string, text: string][] = [
  ['page overhead: extension time', 'Profiled per function in docs/capture-engine.md (scripts/bench/page-profile.ts). Per ' +
    'streamed chunk the engine runs its timer, the tick and a streaming poll that only asks whether the answer still streams ' +
    '(the whole turn is read at most every 500 ms); the page-world hook does nothing per chunk (the stream is not a response ' +
    'it reads). Under load the profiler charges time the main thread spends waiting for a CPU to the frame that was running, ' +
    'so this figure moves with the machine\'s load.'],
  ['page overhead: main-thread', 'Measured side by side (three pages stream at once, drawing nothing; see Notes): read the ' +
    'interval beside the A/A control\'s, which must hold 1. What the extra time is, per chunk, by trace event: ' +
    '`npx tsx scripts/bench/page-trace.ts` (docs/capture-engine.md, "Cost per streamed chunk"): in round 7 all of it was the ' +
    'extension\'s own JavaScript entries (timer ticks at ~100-500 µs of thread time each, ~0.09 per chunk) and ~1 µs of ' +
    'garbage collection; no extra style, layout, HTML parsing or microtask time within the A/A noise. Since round 8 the ' +
    'streaming poll backs off (100 -> 800 ms) and the end of a stream is seen from mutation records: ~0.025 entries per chunk. ' +
    'Round 11: the polled turn\'s subtree observation (attributes only, no records) cost the page ~10 µs per chunk in its own ' +
    'microtasks (trace, 6 runs vs 3); only the turn\'s own attributes are observed since, and the finished answer is read once.'],
  ['page overhead: JavaScript', 'Within one profile of the drawn page with the extension: its own samples against the page\'s ' +
    'other JavaScript. The page\'s own JavaScript is about a fifth of its main-thread time (the rest draws the answer), so ' +
    'the same extension time weighs about five times more here than in the task-time ratio. Since round 8 the streaming ' +
    'poll backs off while nothing changes (0.02 ticks per chunk instead of 0.12); what is left is mostly once per answer ' +
    '(recording the prompt, reading and sending the answer, the health check, the page-world hook): see ' +
    'docs/capture-engine.md, Round 8.'],
  ['page overhead', 'Compare with the A/A control of the same run (two pages without the extension, see Details): when its ' +
    'interval does not hold 1, the machine was too loaded for a 2 % target and the with/without figure is noise.'],
  ['extension time per chunk, 500', 'Per-round figures of a few tens of ms move by 2x between rounds under load (see Details); ' +
    'profile both lengths with `npx tsx scripts/bench/page-profile.ts --turns 10,500` (calls per answer by V8 precise coverage; ' +
    '`--mount-all` mounts every turn). Round 10: calls per answer are the same at both lengths on the bench fixture (it mounts the ' +
    'newest 20 turns, as the real page does); what grew with every turn mounted (the observation switch, forgetting old texts) is ' +
    'now flat (docs/capture-engine.md, Round 10).'],
  ['capture latency', 'The engine declares an answer finished after `SETTLE_MS` (50 ms) of quiet, read on its tick (every 50 ms ' +
    'at most, src/capture/engine/context.ts), then the event goes through the outbox to the background and IndexedDB. A p95 over ' +
    'the target with a p50 near 100 ms is one slow answer: on a loaded machine the tick and the background worker wait for a CPU. ' +
    'Per-answer times are in Details; profile the page with `npx tsx scripts/bench/page-profile.ts`.'],
  ['popup open', 'The popup paints the counts the background mirrors into session storage (src/messages/popup-mirror.ts) ' +
    'without waiting for the worker; the bench seeds IndexedDB directly, behind the background\'s back, so the first open after each ' +
    'seeding waits for the worker (which then mirrors the new counts) and the later opens do not. A miss here is the page\'s own ' +
    'load on a shared machine: profile it with `npx tsx scripts/profile-popup.ts --answers 20000`.'],
  ['review page', 'Profile with `npx tsx scripts/profile-popup.ts --page review --answers 100000 --keep /tmp/review-100k` (the ' +
    'seeded profile is kept for the next run). The first rows need the page\'s static modules (no labeller since round 5: 186 KB ' +
    'minified, Dexie the largest part), one read of the kept counts and one page of 50 conversations by the `lastTs` index, asked ' +
    'for while the modules evaluate; charts, filter choices and the backlog watch start after the rows are painted. What is left on ' +
    'a loaded machine is module compile and evaluation (the first open after an install or update has no code cache).'],
  ['typing overhead', 'Since round 8 the target is measured side by side (scripts/bench/typing-side-by-side.ts): the ' +
    'editor fixture with capture (its real host), without and an A/A control (a control host no content script matches) ' +
    'open at once behind a blank page and typed into in step, key by key; read the with / without interval beside the A/A ' +
    'control\'s, which must hold 1: when the interval holds 1.02 the run cannot tell. The pages typed in turn (six a round ' +
    'in a rotated palindrome) are kept as reports. `npm run bench:typing -- --trace` shows per key what the page does with ' +
    'and without capture (style, layout, layouts forced from the extension); the in-profile share breaks the content ' +
    'script\'s time down by function (docs/completions.md, Round 8). Per key the session reads only the caret\'s line and ' +
    'the lines around a suggestion, and watches only where ghost text can appear. `npm run bench:typing -- --counts` counts per ' +
    'key what the capture itself does (listeners, records, timers, queries, reads, layout reads); round 10 cut them several-fold ' +
    '(docs/completions.md, Round 10) without moving the task-time ratio, so what is left sits outside the capture\'s own calls. ' +
    'Since round 11 an accepted region no longer grows with the lines typed after it, so the session stops following it at the ' +
    'first look past it (Monaco, 5,000 lines: 190 keys heard a page down to 29; docs/completions.md, Round 11); the largest ' +
    'per-key item left in the profile is the mutation callback\'s check of each re-rendered line for ghost text. Since round 13 ' +
    'an idle session attaches no observer: a look for ghost marks 100 ms after the last while the editor has focus, and one ' +
    'before each key (Monaco mutation callbacks a page 384 -> 40; docs/completions.md, Round 13). Round 14: each look is one ' +
    'static query per watched part (168 elements in both file sizes), no live list stays in the page, and a key\'s look puts ' +
    'the timer off by reading the clock, not by setting a new timer (timer firings 0.46 -> 0.12 a key; docs/completions.md, ' +
    'Round 14). Round 15: the looks read live lists again, by length (items only when a list holds marks, each compared, so ' +
    'a new mark beside a stale one is still found: 2.7-2.8 us a look after a change, 0.1-0.2 with none, against 4.4-7.3 for ' +
    'round 14\'s static queries); the timer is cleared and set again by each key (round 14\'s lazy deadline fired every ' +
    '~100 ms while the user typed, a task entering the extension\'s world each time: 0.48 -> 0.05 firings an idle key in ' +
    'CodeMirror 6); a look after a suggestion reads its tail and margin, the regions\' anchors only while regions are followed. ' +
    'Quiet machine: CodeMirror 6 side by side 1.024 -> 1.015 (met) and its one-profile share 0.024 -> 0.022 (missed, one ' +
    'profile), Monaco 1.047 -> 1.031 (missed). What is left in Monaco is the key\'s ' +
    'own look and the timer\'s between keys (a traced split: key listener 127 us a key, timer 71, the suggestion work a ' +
    'tenth; docs/completions.md, Round 15): cutting either changes what the watch promises. Round 16: a key\'s look moves ' +
    'the timer only when it was due within half an interval (still a look within 100 ms of each; CodeMirror 6 timer calls an ' +
    'idle key 2.11 -> 1.22, firings unchanged), and Monaco reads one live list a watched part, not two (one walk of its ' +
    'lines a look after a change; docs/completions.md, Round 16).'],
  ['content-script time Monaco', 'Time per round moves 0.4-5x between rounds under load; what the page hands the session ' +
    '(mutation records, rendered lines) is counted by bench:typing in both file sizes and does not grow with the file ' +
    '(280 vs 285 records, 23 rendered lines in both, round 6), so a miss here is load, unless the counts grow too.'],
  ['export all events', 'CPU-bound, and bound by volume. The popup\'s default formats write about 6.4 KB per answer (bench data: ' +
    'events 1.57, conversations 0.86, labels 0.41, sft 1.19, sft-prompt-completion 1.17, kto 1.18 KB), about 640 MB at 100,000, and ' +
    'every byte is serialised, UTF-8 encoded, hashed (native WebCrypto SHA-256 per part of at most 2 MiB) and deflated. The export ' +
    'runs on a worker the popup starts (src/ui/shared/export-worker.ts), deflate on a second one. CPU per 1,000 answers (round 12, ' +
    '`npx tsx scripts/bench/export-profile.ts --answers 8000 --workers`, load 7-11): export worker 125-165 ms (reading and ' +
    'deserialising IndexedDB rows ~28, JSON ~20, encoding ~16, GC ~14; labels and redaction spans are the ones the store keeps), ' +
    'deflate 35-40, SHA-256 28-49, popup 14-24, IndexedDB in the browser process 72-97: 29-33 CPU-seconds per 100,000 answers, ' +
    'at best ~15 s on 2 cores, so the 5 s target is out of reach on this machine while this much is written per answer ' +
    '(docs/export-format.md, CPU per phase). Round 13 read IndexedDB without Dexie, built only the samples written and quoted ' +
    'each text once (all threads 328-348 -> 271-320 CPU-ms per 1,000 answers under load; 17.9 -> 16.9 s scaled on the quiet ' +
    'machine); about 150 CPU-ms per 1,000 answers (deflate, IndexedDB reads, JSON and UTF-8) scale with the bytes written, ' +
    'a floor near 7.5 s per 100,000 on 2 cores even if all else went. Under 5 s needs fewer bytes per answer (sft, ' +
    'sft-prompt-completion and kto repeat the same texts): a format decision, not made. Round 14 (docs/export-format.md, ' +
    'Round 14: export time) measured the issue\'s levers: deflate is native zlib at level 6 (CompressionStream has no level; ' +
    'fflate at levels 1-6 costs 63-77 CPU-ms per 1,000 answers against 27-29, miniz_oxide in WebAssembly at level 1 about the ' +
    'same CPU for a zip twice as large, `scripts/bench/export-deflate.ts`), and it is off the critical path (deflate worker 34 ' +
    'against the export worker\'s 133 CPU-ms per 1,000 answers, `export-profile.ts` now reads each worker apart); deflate spread ' +
    'over two workers moved work without removing any (alternated builds within noise) and was not kept. With the export ' +
    'worker alone at 13 s per 100,000 answers on one thread and the browser\'s IndexedDB reading at 4.5-8.5 CPU-s, the ' +
    'target needs the background to keep each conversation\'s export lines ready as bytes, a design change left open. ' +
    'Round 15 built it (docs/export-format.md, Round 15: export lines kept ready): the background makes each conversation\'s ' +
    'lines for the popup\'s default export in its debounced upkeep, after labels and spans, with the function the export ' +
    'computes with, stores them deflated (1.65x the events) with a stamp of what they depend on, and an export whose options ' +
    'match reads, inflates, hashes and deflates them (export-profile, 8,000 answers, alternated builds under load: every ' +
    'thread 375 -> ~215 CPU-ms per 1,000 answers; 16.9 -> 11.4 s scaled on the quiet machine). Left: the browser process\'s ' +
    'IndexedDB reading (34-56), the export worker\'s inflating and part hashing (~75) and deflate (~30) still make ~200 CPU-ms ' +
    'per 1,000 answers, 10 CPU-s per 100,000, which two cores do in 5 s only with nothing else to wait on. Round 16 ' +
    '(docs/export-format.md, Round 16): kept rows inflated synchronously into one reused buffer instead of a DecompressionStream ' +
    'per conversation (export worker 300 -> 240 CPU-ms per 1,000 answers, one pair at load 16-20, every thread within noise), ' +
    'and a conversation a sites or date filter leaves out is not read at all; raw-deflate rows the zip could take as they are ' +
    'were looked at and not built (the zip about four times larger, and the parts must still be inflated to be hashed). ' +
    'Round 19 (docs/export-format.md, Round 19): no change in CPU (export-profile, 4,000 answers, two alternated ' +
    'pairs on one seeded profile at load 7-9: export worker 315 / 320 -> 325 / 268 CPU-ms per 1,000 answers, every ' +
    'thread 845 / 880 -> 915 / 768), and the scale figures\' wall time, lower after in three alternated pairs at ' +
    'load 12-26 (20,000 answers 19-29 -> 10-13 s; this machine shared with four other helpers), was the same in a ' +
    'fourth at load 9-10 (8.3 / 8.5 s): the load\'s noise until the quiet rerun. Quiet rerun (load 0.5-1.5, ' +
    '2026-12-02 18:50): 20,000 answers in 3.9 s, 19.7 s scaled (round 18: 4.2 s, 20.9 s). Round 21 ' +
    '(docs/export-format.md, Round 21) reads the rows in a worker replaced after every 4 MB it hands on, which took ' +
    'the memory ratio under its target (1.53 -> 1.11) and costs time: the 20,000-answer export 4.7-6.0 -> 6.0-7.9 s ' +
    'in eight alternated pairs at load 3-10, and 4.9 s (24.4 s scaled) in the bench at load 3-4 with one helper ' +
    'running (the quiet rerun decides). Memory was chosen over time here: this target stays out of reach on 2 cores ' +
    'while about 6.4 KB an answer is written, and a browser running out of memory at 100,000 answers loses the export.'],
  ['export peak memory', 'Resident memory of the browser process tree, sampled from /proc. Round 12 measured it per allocator ' +
    '(`npx tsx scripts/bench/export-memory-dumps.ts --answers N`, Chromium memory-infra dumps; docs/export-format.md, Memory of an ' +
    'export): the array buffers handed to the compression worker, a new one per 256 KB slice, were 51 / 92 MB of garbage at 4,000 / ' +
    '20,000 answers; the worker now hands each buffer back (a pool bounded by the bytes in flight) and that partition stays at ' +
    '20-26 MB at both sizes (ratio 1.57 -> 1.35 on the quiet machine, 181 -> 125 MB at 20,000). What is left is the export ' +
    'worker\'s young generation: its old space stays flat (~10 MB, nothing retained per answer) while V8 grows its new space as ' +
    'bytes survive scavenges (16 MB at 4,000 answers, 55-60 MB at 20,000), which pages of 100 rows instead of 500 did not change. ' +
    'Past that ramp the growth is slow but not nil (quiet machine, round 12, `--rounds 1 --no-docs`): peak extra RSS 115 / 138 MB ' +
    'at 8,000 / 40,000 answers (1.20), 125 / 176 MB at 20,000 / 100,000 (1.41), the JavaScript heaps 38 / 43 MB of it; the ' +
    'memory-infra dumps at 100,000 answers show the workers\' heaps level off (73-77 MB) while array buffers (19 -> 51 MB) and the ' +
    'workers\' Blink heap (4 -> 15 MB) grow with the zip held until the end (docs/export-format.md). Round 13 writes the spools ' +
    'and the zip to files of the origin private file system as they are made and transfers compressed chunks instead of ' +
    'copying them: array buffers stay flat across a 40,000-answer export (17.7 -> 18.6 MB), ratio 1.35 -> 1.20 on the quiet ' +
    'machine. Round 15 (kept export lines, quiet machine): 84 / 109 MB at 4,000 / 20,000 answers, 1.30 — the smaller export ' +
    'needs less than before (90 -> 84 MB) and the larger the same (108 -> 109 MB), while the peak JavaScript heap fell ' +
    '(20 / 34 -> 19 / 30 MB); one run each, and what moved the smaller export\'s resident memory was not looked into. Round 16: ' +
    'each kept row had its own DecompressionStream (a stream and zlib\'s inflate state per conversation, freed only by a full ' +
    'collection) and a new array for its bytes; one reused buffer instead took the 4,000-answer export from 71 to 57 MB ' +
    'and the 20,000-answer one from 110 to 79 MB (JavaScript heaps 20 / 35 -> 14 / 20 MB), ratio 1.55 -> 1.39 (one run each ' +
    'at load 18-39; round 15\'s quiet 1.30 read higher under such load: the quiet rerun decides). ' +
    'Round 19 (docs/export-format.md, Round 19): the young generation\'s ramp was Chromium\'s: an IndexedDB request ' +
    'keeps its result on its wrapper until a full collection and a scavenge takes what Blink holds as alive, so ' +
    'every row read was promoted (V8 GC trace, `scripts/bench/export-gc-trace.ts`: 300 KB -> 2 MB alive per ' +
    'scavenge over an 8,000-answer export). The export source now hands on a copy and empties the request\'s array: ' +
    '23-138 KB alive per scavenge, the workers\' V8 heaps 16.5 / 27.8 -> 10.5 / 11.1 MB at 4,000 / 20,000 answers, ' +
    'peak JavaScript heap 11-13 / 17-21 -> 8 / 11 MB. The resident ratio hardly followed (three alternated pairs on ' +
    'one seeded profile, `scripts/bench/export-scale.ts`, load 12-26, machine shared with four other helpers: 1.73 ' +
    '/ 1.37 / 2.15 before, 1.64 / 1.55 / 1.90 after; browser peak at 20,000 answers 108 -> 93 MB on average): what ' +
    'grows now is malloc (5.7 -> 41 MB over a 20,000-answer export), Blink\'s copy of each row read, kept by the ' +
    'finished request until a full collection, which script cannot release; the quiet rerun decides. Quiet rerun ' +
    '(load 0.5-1.5, 2026-12-02 18:50): 54 / 82 MB, ratio 1.53 (round 18: 60 / 85 MB, 1.41), peak JavaScript heap ' +
    '7 / 10 MB: the heap is flat and the resident ratio is not; reading the rows without Blink holding a copy per ' +
    'request (fewer, larger reads, or a full collection the page cannot ask for) is what is left.'],
];
