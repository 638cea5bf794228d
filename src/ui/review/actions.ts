// What every review control reports after changing the store: a description for the status line and its undo.
// Its own module so the timeline, its redaction form and the overview share it without importing each other.
import type { Undo } from '../../store/api';

export type { Undo };
export type OnAction = (description: string, undo: Undo, conv?: string) => void;
