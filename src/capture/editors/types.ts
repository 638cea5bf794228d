// What the editor kit shares: the adapter an editor site implements, and the snapshot every editor reader makes of
// the text around the cursor. The tracker (tracker.ts) works on snapshots only, so what Monaco and CodeMirror render
// differently stays in their readers (monaco.ts, codemirror.ts) and the rules of an episode are written once.
import type { SiteMeta } from '../../core/sites';

export type EditorKind = 'monaco' | 'codemirror';

/** The document an editor shows, as the site names it. */
export interface EditorDocument {
  /** Stable id of the document (becomes the events' conversationId after sanitising). */
  id: string;
  /** File name or path the page shows. */
  file?: string;
  language?: string;
}

/** An editor site: where its code editors are and how it names their documents. Site facts only. */
export interface EditorSiteAdapter extends SiteMeta {
  readonly kind: 'editor';
  readonly editor: EditorKind;
  /** Editors the user writes code in (the kit's root element of each: `.monaco-editor`, `.cm-editor`). */
  readonly editorSelector: string;
  /** Editors inside these are never captured (chat inputs, read-only diff originals, settings boxes). */
  readonly excludeSelector?: string;
  /**
   * The document an editor root shows; null when the page names none (nothing is captured from it). Asked when focus
   * enters the editor, when the page navigates, when `watchDocument` says so, before a new suggestion is recorded
   * and every few seconds: never per key.
   */
  documentOf(root: Element, url: URL): EditorDocument | null;
  /** Calls `changed` when the editor may have switched to another document without focus moving (optional). */
  watchDocument?(root: Element, changed: () => void): void;
  /** The completion provider's name, when the page shows it. */
  sourceOf?(root: Element): string | undefined;
}

/**
 * A bounded view of the document around the cursor, ghost text taken out: at most COMPLETION_WINDOW characters on
 * each side of the cursor (or of the ghost text's insertion point), from the lines the editor renders.
 */
export interface Snapshot {
  /** The window's text, without ghost text. */
  text: string;
  /** 1-based document line of the window's first line (estimated when the editor shows no line numbers). */
  firstLine: number;
  /** Cursor offset in `text`; null when the cursor is not in the rendered lines. */
  cursor: number | null;
  /**
   * The caret's line as [start, end] offsets in `text`, when it is known without measuring (Monaco's caret is placed
   * by style, its column only found by a layout read): whether the caret is inside a region is often decided by its
   * line alone, and `cursor` is asked only when the line straddles the region's edge. Absent: ask `cursor`.
   */
  caretLine?: { start: number; end: number } | null;
  /** The suggestion shown (ghost text, lines joined with \n) and where it would be inserted (offset in `text`). */
  ghost: { text: string; at: number } | null;
  /** The window may not hold the whole document (lines above / below were not read or not rendered). */
  cutBefore: boolean;
  cutAfter: boolean;
  /**
   * Why nothing should be captured from this window: the rendered text looks binary (control or replacement
   * characters), or a line is too long for the editor to render whole (the editor shows a truncated line).
   */
  unreadable: 'binary' | 'long-line' | null;
}

/** Reads an editor root; returns null when the root is not a readable editor of this kind. */
export interface EditorReader {
  readonly kind: EditorKind;
  /**
   * The parts of the editor where ghost text can appear (the lines, and the zones between them): a session watches
   * their subtrees only, not the gutter, overlays and caret layers, which the editor redraws on every key.
   */
  watched(root: Element): Element[];
  /**
   * Class names each marking ghost text by itself, in the watched parts: while a session follows nothing its editor
   * is not observed, and ghost text arriving is told by looking for these (editor-watch.ts).
   */
  readonly ghostMarks: readonly string[];
  /**
   * The marks this watched part can hold, when the reader knows (each is one live list the idle watch reads, and each
   * list walks the part after a change); absent: all of `ghostMarks`.
   */
  ghostMarksIn?(part: Element): readonly string[];
  /** Is ghost text rendered in this editor now? (a search of the editor: asked once when a session starts) */
  hasGhost(root: Element): boolean;
  /** Is this element, just added to the editor, ghost text or does it hold some? (asked for each added element) */
  ghostIn(el: Element): boolean;
  /**
   * The window around the cursor (or the ghost text). `span` narrows it to that many characters a side: enough to
   * follow a suggestion already shown or an accepted region by its anchors, without reading every rendered line.
   * `ghostShown` false: the session knows no ghost text is on screen (none at its last look, none drawn since), so
   * the editor is not searched for it (a search of every rendered line's elements); ghost text in the lines read is
   * still told apart from document text.
   */
  read(root: Element, span?: number, ghostShown?: boolean): Snapshot | null;
}
