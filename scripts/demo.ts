// `npm run demo`: builds the extension, serves the bundled demo chat site (the ChatGPT fixture on chatgpt.com,
// mapped to this machine) and opens Chromium with the extension loaded.
//   default (no display, or --scripted): plays a scripted session — ask, answer streams, regenerate, copy a code
//     block, thumbs up — exports from the popup into demo-output/ and prints what was captured.
//   --headed: leaves the browser open for a person to chat on the demo site and export from the popup.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { buildExtension } from './build';
import { exportFromPopup, launch, openPopup, sendPrompt, storedEvents, tabIdOf, waitFor, waitForAnswer } from '../test/e2e/harness';

const root = resolve(import.meta.dirname, '..');
const headed = process.argv.includes('--headed');
if (headed && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error('--headed needs a display. Without one, run `npm run demo` (scripted), or `xvfb-run npm run demo -- --headed`.');
  process.exit(2);
}

if (spawnSync(process.execPath, [join(root, 'scripts/ensure-browsers.mjs')], { stdio: 'inherit' }).status !== 0) process.exit(1);
console.log('Building the extension…');
await buildExtension(join(root, 'dist'));
process.env.ECHO_DIST = join(root, 'dist');

const l = await launch({ headless: !headed, sites: ['chatgpt'] });
console.log(`Extension loaded (id ${l.extensionId}); demo site https://chatgpt.com/ served from 127.0.0.1:${l.fixtures.port}.`);

if (headed) {
  const page = await l.context.newPage();
  await page.goto('https://chatgpt.com/');
  console.log('Chat on the demo site; open Echo Capture from the toolbar (puzzle icon) to see counts and export.');
  console.log('Close the browser window to end the demo.');
  await new Promise<void>((done) => l.context.on('close', () => done()));
  await l.fixtures.close();
  process.exit(0);
}

const page = await l.context.newPage();
await page.goto('https://chatgpt.com/');
console.log('Asking: "Write a Python function that reverses a list"');
await sendPrompt(page, 'Write a Python function that reverses a list');
await waitForAnswer(page);
console.log('Answer streamed. Regenerating…');
await page.getByRole('button', { name: 'Try again' }).click();
await page.getByText('2/2').waitFor();
await waitForAnswer(page);
console.log('Second variant streamed. Copying its code block and giving it a thumbs up…');
await page.locator('pre button', { hasText: 'Copy code' }).click();
await page.getByTestId('good-response-turn-action-button').click();
await waitFor(() => storedEvents(l), (es) => es.some((e) => e.kind === 'feedback'), 'the thumbs up to be stored');

const popup = await openPopup(l, await tabIdOf(l, 'https://chatgpt.com/*'));
await popup.getByTestId('count-answers').waitFor();
const status = await popup.getByTestId('site-status').textContent();
const bundle = await exportFromPopup(popup);

const out = join(root, 'demo-output');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
// Bundle files may sit in folders (schemas/): each file's folder is made first.
for (const [name, data] of Object.entries(bundle.files)) {
  mkdirSync(dirname(join(out, name)), { recursive: true });
  writeFileSync(join(out, name), data);
}
const zipName = 'echo-capture-demo.zip';
const { zipSync } = await import('fflate');
writeFileSync(join(out, zipName), zipSync(bundle.files));
await popup.locator('main.popup').screenshot({ path: join(out, 'popup.png') });

const byKind = new Map<string, number>();
for (const e of bundle.events) byKind.set(e.kind, (byKind.get(e.kind) ?? 0) + 1);
console.log('\nEcho Capture demo — captured');
console.log(`  popup status: ${status}`);
console.log(`  events: ${bundle.events.length} (${[...byKind].map(([k, n]) => `${k} ${n}`).join(', ')})`);
for (const e of bundle.events) {
  const detail =
    e.kind === 'prompt' ? `"${e.text}"` :
    e.kind === 'response'
      ? `variant ${e.variantIndex ?? 1}, ${e.text.length} chars, ${e.codeBlocks.length} code block(s), model ${e.model}` :
    e.kind === 'regenerate' ? `${e.oldResponseId.slice(0, 8)} -> ${e.newResponseId?.slice(0, 8)}` :
    e.kind === 'copy' ? `${e.via}, ${e.text.length} chars (${Math.round(e.share * 100)}% of the answer)` :
    e.kind === 'feedback' ? e.rating : '';
  console.log(`    ${e.ts}  ${e.kind.padEnd(13)} ${detail}`);
}
console.log(`  files in demo-output/: ${[...Object.keys(bundle.files), zipName, 'popup.png'].join(', ')}`);
for (const f of bundle.manifest.files) console.log(`    ${f.name}: ${f.records} records, sha256 ${f.sha256.slice(0, 16)}…`);
await l.close();
