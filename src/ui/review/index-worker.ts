// Builds the review page's answer index off the main thread: labelling 100,000 answers takes CPU time that would
// otherwise stall scrolling. Messages: in `'update'`; out `{ done, total }` progress and `{ finished, conversations }`.
import { openPageStore } from '../../store/api';

const store = openPageStore();
let running: Promise<void> | null = null;

self.onmessage = () => {
  running ??= store.updateAnswerIndex((done, total) => self.postMessage({ done, total }))
    .then(({ conversations }) => self.postMessage({ finished: true, conversations }))
    .catch((e: unknown) => self.postMessage({ finished: true, conversations: 0, error: String(e) }))
    .finally(() => (running = null));
};
