// The outcome CN of an accepted suggestion is the suggestion as the user left it, never code written beside it:
// a followed region does not grow when the user types or pastes at its edges, changes with edits inside it, shrinks
// when a deletion crosses an edge, and comes back whole with an undo or redo. Episodes on snapshots (`|` the caret,
// `[…]` the ghost text), through the tracker.
import { beforeEach, describe, expect, it } from 'vitest';
import type { CompletionTracker } from './tracker';
import { type Emitted, recordingTracker, snap } from '../../../test/support/editor-snapshots';

let emitted: Emitted[];
let tracker: CompletionTracker;

beforeEach(() => {
  ({ tracker, emitted } = recordingTracker());
});

const BODY = '{\n  return 1;\n}';

/** `function f() ` gets BODY as a suggestion, accepted with Tab; the caret ends after it. */
function acceptBody(): void {
  tracker.observe(snap('a = 1\nfunction f() |\n\nend'));
  tracker.observe(snap(`a = 1\nfunction f() |[${BODY}]\n\nend`));
  tracker.input({ kind: 'tab' });
  tracker.observe(snap(`a = 1\nfunction f() ${BODY}|\n\nend`));
}

/** `x = ` gets `42;` (or `text`), accepted with Tab. */
function acceptAfterX(text = '42;', after = '\nnext();'): void {
  tracker.observe(snap(`x = |[${text}]${after}`));
  tracker.input({ kind: 'tab' });
  tracker.observe(snap(`x = ${text}|${after}`));
}

function type(text: string, marked: string): void {
  for (const ch of text) tracker.input({ kind: 'type', text: ch });
  tracker.observe(snap(marked));
}

const outcome = () => emitted.find((e) => e.kind === 'completion_outcome');

describe('text typed at the edges of an accepted region is not part of its outcome', () => {
  it('Enter at its end and a new line typed: CN is the suggestion, recorded when the caret moved past it', () => {
    acceptBody();
    type('\nfoo();', `a = 1\nfunction f() ${BODY}\nfoo();|\n\nend`);
    expect(outcome()).toMatchObject({ finalText: BODY, editDistance: 0, reason: 'left' });
  });

  it('typed right after its last character, no line break', () => {
    acceptAfterX();
    type(' // the answer', 'x = 42; // the answer|\nnext();');
    expect(outcome()).toMatchObject({ finalText: '42;', editDistance: 0 });
  });

  it('typed before its first character, then an edit inside it is still followed', () => {
    acceptAfterX();
    tracker.input({ kind: 'navigate' });
    tracker.observe(snap('x = |42;\nnext();'));
    type('(', 'x = (|42;\nnext();');
    tracker.input({ kind: 'navigate' });
    tracker.observe(snap('x = (4|2;\nnext();'));
    type('0', 'x = (40|2;\nnext();');
    tracker.input({ kind: 'navigate' });
    tracker.observe(snap('x = (402;\nnext();|'));
    expect(outcome()).toMatchObject({ finalText: '402;', editDistance: 1 });
  });

  it('pasted at its end (several lines in one go)', () => {
    acceptAfterX();
    tracker.input({ kind: 'edit' });
    tracker.observe(snap('x = 42;\ny = 43;\nz = 44;|\nnext();'));
    expect(outcome()).toMatchObject({ finalText: '42;' });
  });

  it('the same text as its own end typed after it (could be inside or at the edge: taken at the edge)', () => {
    acceptAfterX('ab;');
    type('ab;', 'x = ab;ab;|\nnext();');
    expect(outcome()).toMatchObject({ finalText: 'ab;', editDistance: 0 });
  });
});

describe('edits that do change the region', () => {
  // Anchors as long as a line of code: an edit across the edge takes their near end, their far end is still there.
  const NEXT = '\nconsole.log(total(items));';
  it('a deletion across its end shrinks it (the text after it gone too)', () => {
    acceptAfterX('foo(1);', NEXT);
    tracker.input({ kind: 'edit' });
    tracker.observe(snap('x = foo(1|sole.log(total(items));'));
    tracker.input({ kind: 'navigate' });
    tracker.observe(snap('|x = foo(1sole.log(total(items));'));
    expect(outcome()).toMatchObject({ finalText: 'foo(1', editDistance: 2 });
  });

  it('a deletion across its start shrinks it', () => {
    const lead = '// the sum of the items\nlet value = ';
    tracker.observe(snap(`${lead}|${NEXT}`));
    tracker.observe(snap(`${lead}|[foo(1);]${NEXT}`));
    tracker.input({ kind: 'tab' });
    tracker.observe(snap(`${lead}foo(1);|${NEXT}`));
    tracker.input({ kind: 'edit' });
    tracker.observe(snap(`// the sum of the items\nlet value |o(1);${NEXT}`));
    tracker.input({ kind: 'navigate' });
    tracker.observe(snap(`|// the sum of the items\nlet value o(1);${NEXT}`));
    expect(outcome()).toMatchObject({ finalText: 'o(1);' });
  });

  it('undo of the acceptance empties it, redo brings it back whole', () => {
    acceptAfterX('foo(1);');
    tracker.input({ kind: 'edit' });
    tracker.observe(snap('x = |\nnext();'));
    tracker.input({ kind: 'edit' });
    tracker.observe(snap('x = foo(1);|\nnext();'));
    type('\n', 'x = foo(1);\n|\nnext();');
    expect(outcome()).toMatchObject({ finalText: 'foo(1);', editDistance: 0 });
  });

  it('undo of a deletion across its end brings back what the deletion took from it', () => {
    acceptAfterX('foo(1);', NEXT);
    tracker.input({ kind: 'edit' });
    tracker.observe(snap('x = foo(1|sole.log(total(items));'));
    tracker.input({ kind: 'edit' });
    tracker.observe(snap(`x = foo(1);|${NEXT}`));
    tracker.input({ kind: 'navigate' });
    tracker.observe(snap(`x = foo(1);${NEXT}|`));
    expect(outcome()).toMatchObject({ finalText: 'foo(1);', editDistance: 0 });
  });

  it('accepted and deleted again: CN is empty', () => {
    acceptAfterX('foo(1);');
    tracker.input({ kind: 'edit' });
    tracker.observe(snap('x = |\nnext();'));
    type('3;', 'x = 3;|\nnext();');
    tracker.input({ kind: 'navigate' });
    tracker.observe(snap('x = 3;\nnext();|'));
    expect(outcome()).toMatchObject({ finalText: '', acceptedText: 'foo(1);' });
  });
});

describe('parts of one suggestion accepted one after another', () => {
  it('word, word, then the rest with Tab: the region is everything accepted, and text typed after it stays out', () => {
    tracker.observe(snap("log(|['total is', total);]\nend"));
    tracker.input({ kind: 'accept-word' });
    tracker.observe(snap("log('total|[ is', total);]\nend"));
    tracker.input({ kind: 'accept-word' });
    tracker.observe(snap("log('total is|[', total);]\nend"));
    tracker.input({ kind: 'tab' });
    tracker.observe(snap("log('total is', total);|\nend"));
    type(' // sum', "log('total is', total); // sum|\nend");
    expect(emitted.filter((e) => e.kind === 'completion_accepted').map((e) => e['acceptedText'])).toEqual(["'total", ' is', "', total);"]);
    expect(outcome()).toMatchObject({ acceptedText: "'total is', total);", finalText: "'total is', total);", editDistance: 0 });
  });

  it('a line of a multi-line suggestion, then the next line: both lines are the region', () => {
    tracker.observe(snap('f() |[{\n  return 1;\n}]\nend'));
    tracker.input({ kind: 'tab' });
    tracker.observe(snap('f() {\n|[  return 1;\n}]\nend'));
    tracker.input({ kind: 'tab' });
    tracker.observe(snap('f() {\n  return 1;\n}|\nend'));
    type('\nx', 'f() {\n  return 1;\n}\nx|\nend');
    expect(outcome()).toMatchObject({ acceptedText: BODY, finalText: BODY });
  });
});
