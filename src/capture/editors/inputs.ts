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

/** The input a key press is, or null for keys that change nothing (modifiers alone, function keys). */
export function inputOfKey(e: KeyLike): Input | null {
  if (MODIFIERS.has(e.key)) return null;
  if (e.key === 'Escape') return { kind: 'escape' };
  if (e.key === 'Tab') return { kind: 'tab' };
  // Monaco / VS Code: Ctrl+Right (Cmd+Right on macOS) accepts the next word; Alt+] / Alt+[ show another suggestion.
  if (e.key === 'ArrowRight' && (e.ctrlKey || e.metaKey || e.altKey)) return { kind: 'accept-word' };
  if (e.altKey && (e.key === ']' || e.key === '[')) return { kind: 'cycle' };
  if (NAVIGATION.has(e.key)) return { kind: 'navigate' };
  if (e.key === 'Enter') return e.ctrlKey || e.metaKey ? { kind: 'edit' } : { kind: 'type', text: '\n' };
  if (e.key === 'Backspace' || e.key === 'Delete') return { kind: 'edit' };
  if (e.key.length === 1 || [...e.key].length === 1) return e.ctrlKey || e.metaKey ? { kind: 'edit' } : { kind: 'type', text: e.key };
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
