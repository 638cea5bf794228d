import { describe, expect, it } from 'vitest';
import { inputOfKey, type KeyLike } from './inputs';

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods });

describe('inputOfKey', () => {
  it('tells typing, the chords that decide a suggestion and keys that change nothing apart, by key and modifiers', () => {
    expect(inputOfKey(key('a'))).toEqual({ kind: 'type', text: 'a' });
    expect(inputOfKey(key('é'))).toEqual({ kind: 'type', text: 'é' });
    expect(inputOfKey(key('😀'))).toEqual({ kind: 'type', text: '😀' });
    expect(inputOfKey(key('Enter'))).toEqual({ kind: 'type', text: '\n' });
    expect(inputOfKey(key('Enter', { ctrlKey: true }))).toEqual({ kind: 'edit' });
    expect(inputOfKey(key('z', { ctrlKey: true }))).toEqual({ kind: 'edit' });
    expect(inputOfKey(key('v', { metaKey: true }))).toEqual({ kind: 'edit' });
    expect(inputOfKey(key('Backspace'))).toEqual({ kind: 'edit' });
    expect(inputOfKey(key('Delete'))).toEqual({ kind: 'edit' });
    expect(inputOfKey(key('Escape'))).toEqual({ kind: 'escape' });
    expect(inputOfKey(key('Tab'))).toEqual({ kind: 'tab' });
    expect(inputOfKey(key('ArrowRight', { ctrlKey: true }))).toEqual({ kind: 'accept-word' });
    expect(inputOfKey(key('ArrowRight', { metaKey: true }))).toEqual({ kind: 'accept-word' });
    expect(inputOfKey(key('ArrowRight'))).toEqual({ kind: 'navigate' });
    expect(inputOfKey(key('Home'))).toEqual({ kind: 'navigate' });
    expect(inputOfKey(key(']', { altKey: true }))).toEqual({ kind: 'cycle' });
    expect(inputOfKey(key('[', { altKey: true }))).toEqual({ kind: 'cycle' });
    expect(inputOfKey(key(']'))).toEqual({ kind: 'type', text: ']' });
    for (const k of ['Shift', 'Control', 'Alt', 'Meta', 'Dead', 'F5', 'Insert', '']) expect(inputOfKey(key(k))).toBeNull();
  });

  it('reads the key once a press (it is a getter into the browser)', () => {
    let reads = 0;
    const e = { ctrlKey: false, metaKey: false, altKey: false, get key() { reads++; return 'x'; } };
    inputOfKey(e);
    expect(reads).toBe(1);
  });
});
