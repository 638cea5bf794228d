// What the user did in an editor since the tracker last looked, in the few kinds that decide a suggestion's fate:
// typing (what it typed, for telling typing-through from typing-over), Escape, a word-accept chord, navigation,
// cycling to another suggestion, a pointer press, focus leaving. Keys are read by `key` and modifiers, never by
// the editor's labels; the chords are the editors' documented defaults (docs/sites/vscode.md, valtown.md).
export type Input =
  | { kind: 'type'; text: string }
  | { kind: 'edit' }
  | { kind: 'escape' }
  | { kind: 'accept-word' }
  | { kind: 'tab' }
  | { kind: 'navigate' }
  | { kind: 'cycle' }
  | { kind: 'pointer' }
  | { kind: 'blur' };

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey?: boolean;
}

const NAVIGATION = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown']);
const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'Meta', 'CapsLock', 'AltGraph', 'Fn', 'OS', 'Dead', 'Process', 'Unidentified']);
// The inputs that carry nothing but their kind, made once (read, never changed): a key press allocates at most the
// typed character's input.
const EDIT: Input = Object.freeze({ kind: 'edit' });
const ESCAPE: Input = Object.freeze({ kind: 'escape' });
const TAB: Input = Object.freeze({ kind: 'tab' });
const ACCEPT_WORD: Input = Object.freeze({ kind: 'accept-word' });
const CYCLE: Input = Object.freeze({ kind: 'cycle' });
const NAVIGATE: Input = Object.freeze({ kind: 'navigate' });
const NEWLINE: Input = Object.freeze({ kind: 'type', text: '\n' });

/**
 * The input a key press is, or null for keys that change nothing (modifiers alone, function keys). Called for every
 * key the user presses in an editor: `key` (a getter into the browser) is read once, and a character (most keys)
 * is decided first.
 */
export function inputOfKey(e: KeyLike): Input | null {
  const key = e.key;
  if (key.length === 1) {
    // Monaco / VS Code: Alt+] / Alt+[ show another suggestion.
    if ((key === ']' || key === '[') && e.altKey) return CYCLE;
    return e.ctrlKey || e.metaKey ? EDIT : { kind: 'type', text: key };
  }
  if (MODIFIERS.has(key)) return null;
  if (key === 'Escape') return ESCAPE;
  if (key === 'Tab') return TAB;
  // Monaco / VS Code: Ctrl+Right (Cmd+Right on macOS) accepts the next word.
  if (key === 'ArrowRight' && (e.ctrlKey || e.metaKey || e.altKey)) return ACCEPT_WORD;
  if (NAVIGATION.has(key)) return NAVIGATE;
  if (key === 'Enter') return e.ctrlKey || e.metaKey ? EDIT : NEWLINE;
  if (key === 'Backspace' || key === 'Delete') return EDIT;
  // One character outside the Basic Multilingual Plane (two UTF-16 units).
  if ([...key].length === 1) return e.ctrlKey || e.metaKey ? EDIT : { kind: 'type', text: key };
  return null;
}

/** Typing only (no other input), and exactly `text`: the user typed through the suggestion's start. */
export function typedExactly(inputs: readonly Input[], text: string): boolean {
  if (!inputs.length || inputs.some((i) => i.kind !== 'type')) return false;
  return inputs.map((i) => (i.kind === 'type' ? i.text : '')).join('') === text;
}

export type RejectionHow = 'escape' | 'typed-over' | 'cursor-moved' | 'replaced' | 'blur';

/**
 * Why a suggestion went away unaccepted, from what the user did since it was last seen: the first decisive input
 * (the one that dismissed it; later ones in the same look came after it was gone).
 */
export function rejectionCause(inputs: readonly Input[]): RejectionHow | null {
  for (let i = 0; i < inputs.length; i++) {
    switch (inputs[i]!.kind) {
      case 'escape':
        return 'escape';
      case 'type':
      case 'edit':
      case 'tab':
        return 'typed-over';
      case 'navigate':
      case 'pointer':
      case 'accept-word':
        return 'cursor-moved';
      case 'cycle':
        return 'replaced';
      case 'blur':
        return 'blur';
    }
  }
  return null;
}
