// The review page: filters | virtualised list of conversations or answers | timeline or overview. The list reads
// the store by index page by page; filters and search run as cancellable scans whose results fill in as they go.
// It labels nothing itself: the answer index is kept current by the background (src/store/upkeep.ts).
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { send } from '../../messages';
import { type ChartData, emptyChartData } from '../../core/review/charts';
import { EMPTY_FILTER, isEmptyFilter, needsAnswerIndex, type ReviewFilter } from '../../core/review/filters';
import { type Counts, openPageStore, type ScanToken, type SearchHit, type Undo } from '../../store/api';
import { Filters } from './Filters';
import { firstRowsTold, hitSource, keyedSource, type ListRow, type ListSource, type Mode, nextPaint, unfilteredSource, type WarmStart } from './listing';
import { lazyComponent } from './lazy';
import { ListRowView } from './ListRowView';
import { PAGE, VirtualList } from './VirtualList';

const store = openPageStore();
// The first page of the default list (conversations, newest first) is asked for while the page's modules are still
// being evaluated: the list then finds it read.
let warmStart: WarmStart | undefined = { count: store.conversationCount(), firstPage: store.conversationsPage(0, PAGE) };
void Promise.all([warmStart.count, warmStart.firstPage]).catch(() => undefined);
const Timeline = lazyComponent(() => import('./Timeline').then((m) => m.Timeline));
const Overview = lazyComponent(() => import('./Overview').then((m) => m.Overview));
let sourceIds = 0;
/** Each list source gets an id: the list drops its page cache exactly when the rows behind it change. */
const identified = (s: ListSource): ListSource => ({ ...s, id: ++sourceIds });
const ROW_HEIGHT = 68;
const BACKLOG_POLL_MS = 1500;

interface SearchState {
  query: string;
  hits: SearchHit[];
  next: number | null;
  scanned: number;
  running: boolean;
}

export function Review() {
  const [counts, setCounts] = useState<Counts | null>(null);
  const [mode, setMode] = useState<Mode>('conversations');
  const [filter, setFilter] = useState<ReviewFilter>(EMPTY_FILTER);
  const [query, setQuery] = useState('');
  const [search, setSearch] = useState<SearchState | null>(null);
  const [scan, setScan] = useState<{ keys: string[]; done: boolean } | null>(null);
  const [charts, setCharts] = useState<{ data: ChartData; done: boolean }>({ data: emptyChartData(), done: false });
  const [listSource, setListSource] = useState<ListSource>({ count: 0, fetch: () => Promise.resolve([]) });
  const [hitsSource, setHitsSource] = useState<ListSource>({ count: 0, fetch: () => Promise.resolve([]) });
  const [open, setOpen] = useState<string | null>(null);
  const [progress, setProgress] = useState<{ left: number } | null>(null);
  const [indexVersion, setIndexVersion] = useState(0);
  const [dataVersion, setDataVersion] = useState(0);
  const [lastAction, setLastAction] = useState<{ description: string; undo: Undo } | null>(null);
  const [status, setStatus] = useState('');
  const [choices, setChoices] = useState<{ sites: string[]; models: string[] }>({ sites: [], models: [] });
  const [rowsShown, setRowsShown] = useState(false);
  const listRef = useRef<HTMLDivElement>(null);

  // The index is kept by the background as events arrive; the page only reads it. When the background is behind
  // (a burst of captures, a rules change being rebuilt) the page says so and re-reads the list as it catches up,
  // and keeps the background awake meanwhile (a sleeping worker labels nothing).
  const watchBacklog = () => {
    let stopped = false;
    let lastBump = Date.now();
    let last = -1;
    const poll = async () => {
      if (stopped) return;
      const left = await store.derivedBacklog().catch(() => 0);
      if (stopped) return;
      setProgress(left > 0 ? { left } : null);
      if (left > 0) wakeBackground();
      if (left !== last && last !== -1 && (left === 0 || Date.now() - lastBump > 3000)) {
        lastBump = Date.now();
        setIndexVersion((v) => v + 1);
      }
      last = left;
      if (left > 0) setTimeout(() => void poll(), BACKLOG_POLL_MS);
    };
    void poll();
    return () => void (stopped = true);
  };

  // After the first rows: wake the background (it takes up on start whatever labelling a stopped worker left) and
  // watch its backlog; load the parts the list does not need.
  useEffect(() => {
    if (!rowsShown) return;
    wakeBackground();
    void Overview.preload();
    let stopWatching = watchBacklog();
    const onVisible = () => {
      if (document.visibilityState !== 'visible') return;
      void store.counts().then(setCounts);
      stopWatching();
      stopWatching = watchBacklog();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      stopWatching();
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [rowsShown]);
  useEffect(() => void store.counts().then(setCounts), []);

  // The list: unfiltered pages straight off an index; filtered, the keys of a scan as they arrive.
  useEffect(() => {
    const token: ScanToken = { cancelled: false };
    const filtered = !isEmptyFilter(filter);
    setScan(filtered ? { keys: [], done: false } : null);
    if (!filtered) {
      const warm = mode === 'conversations' ? warmStart : undefined;
      warmStart = undefined;
      void unfilteredSource(store, mode, warm).then((s) => {
        if (!token.cancelled) setListSource(identified(firstRowsTold(s, setRowsShown)));
      });
      return () => void (token.cancelled = true);
    }
    const chartData = emptyChartData();
    setCharts({ data: chartData, done: false });
    const publishCharts = (done: boolean) => !token.cancelled && setCharts({ data: chartData, done });
    const onBatch = (r: { keys: string[]; done: boolean }) => {
      if (token.cancelled) return;
      setScan(r);
      setListSource(identified(keyedSource(store, mode, r.keys)));
    };
    void (async () => {
      if (mode === 'answers' || needsAnswerIndex(filter)) {
        await store.scanAnswers(filter, mode, chartData, token, onBatch);
      } else {
        await store.scanConversations(filter, token, onBatch);
        await store.scanAnswers(filter, 'answers', chartData, token, () => publishCharts(false));
      }
      publishCharts(true);
    })();
    return () => void (token.cancelled = true);
  }, [mode, filter, indexVersion, dataVersion]);

  // Unfiltered, the charts read every answer row once: only after the list's first rows are painted (at 100,000
  // answers the scan would hold the page's main thread and the database while they load), and not again when only
  // the mode changes (they count answers either way).
  useEffect(() => {
    if (!isEmptyFilter(filter) || !rowsShown) return;
    const token: ScanToken = { cancelled: false };
    const chartData = emptyChartData();
    setCharts({ data: chartData, done: false });
    const publishCharts = (done: boolean) => !token.cancelled && setCharts({ data: chartData, done });
    nextPaint(() => {
      if (token.cancelled) return;
      void store.scanAnswers(filter, 'answers', chartData, token, () => publishCharts(false)).then(() => publishCharts(true));
      void store.knownSitesAndModels().then((c) => !token.cancelled && setChoices(c));
    });
    return () => void (token.cancelled = true);
  }, [filter, indexVersion, dataVersion, rowsShown]);

  // Search: bounded steps; "Search further" resumes where the last step stopped.
  const searchToken = useRef<ScanToken>({ cancelled: false });
  const runSearch = async (q: string, below: number, previous: SearchHit[], scannedBefore: number) => {
    searchToken.current.cancelled = true;
    const token = (searchToken.current = { cancelled: false });
    setSearch({ query: q, hits: previous, next: below, scanned: scannedBefore, running: true });
    if (!previous.length) setHitsSource(identified(hitSource(store, [])));
    const step = await store.searchStep(q, filter, below, token);
    if (token.cancelled) return;
    const hits = [...previous, ...step.hits];
    setSearch({ query: q, hits, next: step.nextBelowSeq, scanned: scannedBefore + step.scanned, running: false });
    setHitsSource(identified(hitSource(store, hits)));
  };
  useEffect(() => {
    const q = query.trim();
    if (!q) {
      searchToken.current.cancelled = true;
      setSearch(null);
      return;
    }
    const timer = setTimeout(() => void runSearch(q, Number.POSITIVE_INFINITY, [], 0), 250);
    return () => clearTimeout(timer);
  }, [query, filter]);

  const refreshHits = () => search && setHitsSource(identified(hitSource(store, search.hits)));
  const onAction = (description: string, undo: Undo) => {
    refreshHits();
    setLastAction({ description, undo });
    setStatus(`${description}. Undo is available.`);
    setDataVersion((v) => v + 1);
    void store.counts().then(setCounts);
  };
  const undoLast = async () => {
    if (!lastAction) return;
    await lastAction.undo();
    setStatus(`Undone: ${lastAction.description}`);
    setLastAction(null);
    refreshHits();
    setDataVersion((v) => v + 1);
    void store.counts().then(setCounts);
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const editing = e.target instanceof HTMLElement && /^(INPUT|SELECT|TEXTAREA)$/.test(e.target.tagName);
      if ((e.ctrlKey || e.metaKey) && e.key === 'z' && !editing && lastAction) {
        e.preventDefault();
        void undoLast();
      } else if (e.key === 'Escape' && open && !editing) {
        setOpen(null);
        listRef.current?.querySelector<HTMLElement>('[role=listbox]')?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const source = search ? hitsSource : listSource;
  const version = String(source.id ?? 0);
  const empty = counts !== null && counts.conversations === 0;
  const listLabel = useMemo(() => {
    if (search) return `${search.hits.length} matches in ${search.scanned.toLocaleString('en')} events${search.running ? ', searching…' : search.next === null ? ' (all searched)' : ''}`;
    const n = (scan ? scan.keys.length : source.count).toLocaleString('en');
    return `${n}${scan && !scan.done ? '+' : ''} ${mode}${scan && !scan.done ? ', filtering…' : ''}`;
  }, [search, scan, source, mode]);

  return (
    <div class="app">
      <header class="top">
        <h1>Echo Capture <span class="muted">review</span></h1>
        <input type="search" placeholder="Search prompts and answers" aria-label="Search prompts and answers" value={query} onInput={(e) => setQuery(e.currentTarget.value)} data-testid="search" />
        <div class="seg" role="group" aria-label="List">
          <button type="button" aria-pressed={mode === 'conversations'} onClick={() => setMode('conversations')} data-testid="mode-conversations">Conversations</button>
          <button type="button" aria-pressed={mode === 'answers'} onClick={() => setMode('answers')} data-testid="mode-answers">Answers</button>
        </div>
        {progress && (
          <span class="muted" role="status" data-testid="index-progress">
            Labelling answers: {progress.left.toLocaleString('en')} conversations to go
          </span>
        )}
        <span class="grow" />
        <span class="muted status" role="status" aria-live="polite" data-testid="status">{status}</span>
        <button
          type="button"
          disabled={!lastAction}
          onClick={() => void undoLast()}
          data-testid="undo"
          title={lastAction ? `Undo: ${lastAction.description} (Ctrl+Z)` : 'Nothing to undo'}
        >
          Undo
        </button>
      </header>
      {empty ? (
        <EmptyState />
      ) : (
        <div class="body">
          <aside class="side">
            <Filters filter={filter} onChange={setFilter} sites={choices.sites} models={choices.models} />
          </aside>
          <section class="listcol" ref={listRef} aria-label="Results">
            <div class="listhead">
              <span data-testid="list-count">{listLabel}</span>
              {search && search.next !== null && !search.running && (
                <button type="button" class="link" onClick={() => void runSearch(search.query, search.next!, search.hits, search.scanned)} data-testid="search-further">
                  Search further
                </button>
              )}
            </div>
            <VirtualList<ListRow>
              count={source.count}
              rowHeight={ROW_HEIGHT}
              version={version}
              fetchRows={source.fetch}
              rowId={(i) => `row-${i}`}
              label={search ? 'Search results' : mode === 'conversations' ? 'Conversations' : 'Answers'}
              renderRow={(row) => <ListRowView row={row} open={open} />}
              onOpen={(row) => {
                const conv = row.type === 'conversation' ? row.row.key : row.type === 'answer' ? row.row.conv : row.type === 'hit' ? row.hit.conv : null;
                if (conv) setOpen(conv);
              }}
              testid="list"
            />
          </section>
          <div class="detailcol">
            {open ? (
              <Timeline store={store} conv={open} version={dataVersion} onAction={onAction} onClose={() => setOpen(null)} />
            ) : rowsShown && (
              <Overview
                store={store}
                mode={mode}
                filter={filter}
                scanned={scan?.keys ?? null}
                scanDone={scan?.done ?? true}
                count={source.count}
                charts={charts.data}
                completions={!!counts?.byKind.completion_shown}
                onAction={onAction}
              />
            )}
          </div>
        </div>
      )}
    </div>
  );
}

function wakeBackground(): void {
  void send((m) => browser.runtime.sendMessage(m), { type: 'status' }).catch(() => undefined);
}

function EmptyState() {
  return (
    <section class="empty" data-testid="empty-state">
      <h2>Nothing captured yet</h2>
      <p>Echo Capture records what you do with AI chat answers, on the supported chat sites only, and keeps it in this browser.</p>
      <ol>
        <li>Open a supported chat site (ChatGPT, for example) in this browser and chat as usual.</li>
        <li>
          Each answer is recorded once it finishes streaming, with what you then do: copy it, regenerate it, switch variants,
          edit your prompt, paste back a fix, give a thumbs up or down.
        </li>
        <li>
          The toolbar popup shows whether the current site is being captured; come back here to read, label, redact and choose
          what to export.
        </li>
      </ol>
      <p class="muted">Nothing leaves your browser unless you export it.</p>
    </section>
  );
}
