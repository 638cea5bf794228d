// A list that renders only the rows in view (plus a few either side) and asks for their data page by page, so
// 100,000 rows cost as much as 30. Fixed row height keeps the scroll maths exact. Keyboard: a listbox whose
// active row follows the arrow keys, Page Up/Down, Home/End; Enter opens it.
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

/** Rows per read: the list asks for rows in pages of this many. */
export const PAGE = 50;
const OVERSCAN = 6;

export interface VirtualListProps<T> {
  count: number;
  rowHeight: number;
  /** Changes whenever the rows behind the indices change (new filter, new data): the page cache is dropped. */
  version: string;
  fetchRows: (start: number, end: number) => Promise<T[]>;
  renderRow: (row: T | undefined, index: number, active: boolean) => ComponentChildren;
  rowId: (index: number) => string;
  onOpen: (row: T, index: number) => void;
  label: string;
  testid?: string;
}

export function VirtualList<T>({ count, rowHeight, version, fetchRows, renderRow, rowId, onOpen, label, testid }: VirtualListProps<T>) {
  const box = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);
  const [active, setActive] = useState(0);
  const cache = useRef(new Map<number, T[]>());
  const pending = useRef(new Set<number>());
  const [, setTick] = useState(0);

  useEffect(() => {
    cache.current = new Map();
    pending.current = new Set();
    setTick((t) => t + 1);
  }, [version]);

  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setHeight(el.clientHeight));
    observer.observe(el);
    setHeight(el.clientHeight);
    return () => observer.disconnect();
  }, []);

  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN);
  const last = Math.min(count, Math.ceil((scrollTop + height) / rowHeight) + OVERSCAN);

  useEffect(() => {
    const v = version;
    for (let page = Math.floor(first / PAGE); page * PAGE < last; page++) {
      if (cache.current.has(page) || pending.current.has(page)) continue;
      pending.current.add(page);
      const cacheAtStart = cache.current;
      void fetchRows(page * PAGE, Math.min(count, (page + 1) * PAGE)).then((rows) => {
        if (cache.current !== cacheAtStart || v !== version) return;
        cache.current.set(page, rows);
        pending.current.delete(page);
        setTick((t) => t + 1);
      });
    }
  });

  const rowAt = (i: number) => cache.current.get(Math.floor(i / PAGE))?.[i % PAGE];

  const moveTo = (i: number) => {
    const next = Math.max(0, Math.min(count - 1, i));
    setActive(next);
    const el = box.current;
    if (!el) return;
    if (next * rowHeight < el.scrollTop) el.scrollTop = next * rowHeight;
    else if ((next + 1) * rowHeight > el.scrollTop + el.clientHeight) el.scrollTop = (next + 1) * rowHeight - el.clientHeight;
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const perPage = Math.max(1, Math.floor(height / rowHeight) - 1);
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveTo(active + 1),
      ArrowUp: () => moveTo(active - 1),
      PageDown: () => moveTo(active + perPage),
      PageUp: () => moveTo(active - perPage),
      Home: () => moveTo(0),
      End: () => moveTo(count - 1),
      Enter: () => {
        const row = rowAt(active);
        if (row) onOpen(row, active);
      },
    };
    const run = keys[e.key];
    if (run) {
      e.preventDefault();
      run();
    }
  };

  const rows: ComponentChildren[] = [];
  for (let i = first; i < last; i++) {
    const row = rowAt(i);
    rows.push(
      <div
        key={i}
        id={rowId(i)}
        role="option"
        aria-selected={i === active}
        class={i === active ? 'vrow active' : 'vrow'}
        style={{ top: `${i * rowHeight}px`, height: `${rowHeight}px` }}
        onClick={() => {
          setActive(i);
          if (row) onOpen(row, i);
        }}
      >
        {renderRow(row, i, i === active)}
      </div>,
    );
  }

  return (
    <div
      ref={box}
      class="vlist"
      role="listbox"
      tabIndex={0}
      aria-label={label}
      aria-activedescendant={count ? rowId(active) : undefined}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      onKeyDown={onKeyDown}
      data-testid={testid}
    >
      <div class="vspace" style={{ height: `${count * rowHeight}px` }}>
        {rows}
      </div>
    </div>
  );
}
