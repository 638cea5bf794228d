// A ghost-text extension for CodeMirror 6 that behaves as Val Town's (@val-town/codemirror-codeium, read from its
// public source; written here, not copied): the suggestion is inserted into the document as real text, marked with
// the class `cm-ghostText` and kept out of the undo history; Tab replaces it with the same text as a normal edit and
// puts the cursor after it; any other key, a mouse press in the editor or a change of focus removes it (the key then
// does what it always does). Suggestions come from `suggest`, called after a pause in typing.
import { Annotation, type ChangeSet, type Extension, Prec, StateEffect, StateField, Transaction } from '@codemirror/state';
import { Decoration, type DecorationSet, EditorView, ViewPlugin, type ViewUpdate } from '@codemirror/view';

interface Ghost {
  from: number;
  text: string;
  /** Undoes the insertion of the ghost text (applied before accepting or on rejection). */
  remove: ChangeSet;
}

const setGhost = StateEffect.define<Ghost | null>();
const ghostEdit = Annotation.define<true>();
const ghostMark = Decoration.mark({ class: 'cm-ghostText' });

const ghostField = StateField.define<{ ghost: Ghost | null; decorations: DecorationSet }>({
  create: () => ({ ghost: null, decorations: Decoration.none }),
  update(value, tr) {
    for (const e of tr.effects) {
      if (e.is(setGhost)) {
        const g = e.value;
        return { ghost: g, decorations: g ? Decoration.set([ghostMark.range(g.from, g.from + g.text.length)]) : Decoration.none };
      }
    }
    return value;
  },
  provide: (f) => EditorView.decorations.from(f, (v) => v.decorations),
});

function removeGhost(view: EditorView): Ghost | null {
  const ghost = view.state.field(ghostField).ghost;
  if (!ghost) return null;
  const annotations = [ghostEdit.of(true), Transaction.addToHistory.of(false)];
  view.dispatch({ changes: ghost.remove, effects: setGhost.of(null), annotations });
  return ghost;
}

function accept(view: EditorView): boolean {
  const ghost = removeGhost(view);
  if (!ghost) return false;
  view.dispatch({
    changes: { from: ghost.from, insert: ghost.text },
    selection: { anchor: ghost.from + ghost.text.length },
    annotations: [ghostEdit.of(true), Transaction.userEvent.of('input.complete')],
  });
  return true;
}

export function ghostText(suggest: (before: string) => Promise<string | null>, delayMs = 150): Extension {
  const requester = ViewPlugin.fromClass(
    class {
      timer: ReturnType<typeof setTimeout> | undefined;
      asked = 0;
      constructor(readonly view: EditorView) {}
      update(u: ViewUpdate) {
        if (!u.docChanged || u.transactions.some((t) => t.annotation(ghostEdit))) return;
        clearTimeout(this.timer);
        const asked = ++this.asked;
        this.timer = setTimeout(() => void this.ask(asked), delayMs);
      }
      async ask(asked: number) {
        const state = this.view.state;
        const head = state.selection.main.head;
        const line = state.doc.lineAt(head);
        const text = await suggest(state.sliceDoc(line.from, head));
        const stale = asked !== this.asked || this.view.state.selection.main.head !== head;
        if (!text || stale || this.view.state.field(ghostField).ghost) return;
        const changes = this.view.state.changes({ from: head, insert: text });
        this.view.dispatch({
          changes,
          selection: { anchor: head },
          effects: setGhost.of({ from: head, text, remove: changes.invert(this.view.state.doc) }),
          annotations: [ghostEdit.of(true), Transaction.addToHistory.of(false)],
        });
      }
      destroy() {
        clearTimeout(this.timer);
      }
    },
  );
  const keys = EditorView.domEventHandlers({
    keydown(event, view) {
      if (['Shift', 'Control', 'Alt', 'Meta'].includes(event.key)) return false;
      if (event.key === 'Tab') {
        if (accept(view)) {
          event.preventDefault();
          return true;
        }
        return false;
      }
      removeGhost(view);
      return false;
    },
    mousedown(_event, view) {
      removeGhost(view);
      return false;
    },
  });
  const blur = EditorView.updateListener.of((u) => {
    if (u.focusChanged && !u.view.hasFocus) removeGhost(u.view);
  });
  const theme = EditorView.baseTheme({ '.cm-ghostText': { opacity: '0.45' } });
  return [ghostField, Prec.highest(keys), blur, requester, theme];
}
