// Episodes from snapshots alone: what a user does with a suggestion and what is recorded for it.
import { beforeEach, describe, expect, it } from 'vitest';
import { type CompletionTracker, QUIET_MS } from './tracker';
import type { Snapshot } from './types';
import { type Emitted, recordingTracker, snap } from '../../../test/support/editor-snapshots';

let emitted: Emitted[];
let tracker: CompletionTracker;
let clock: { now: number };

beforeEach(() => {
  ({ tracker, emitted, clock } = recordingTracker());
});

const kinds = () => emitted.map((e) => e.kind.replace('completion_', ''));

describe('a suggestion accepted with Tab, then edited', () => {
  it('a multi-line suggestion seen cut to its first line while Tab is drawn is the same suggestion, accepted whole', () => {
    tracker.observe(snap('a = 1\nfunction f() |\n\nend'));
    tracker.observe(snap('a = 1\nfunction f() |[{\n  return 1;\n}]\n\nend'));
    tracker.input({ kind: 'tab' });
    tracker.observe(snap('a = 1\nfunction f() |[{]\n\nend')); // later lines taken away, insertion not drawn yet
    tracker.observe(snap('a = 1\nfunction f() {\n  return 1;\n}|\n\nend'));
    expect(kinds()).toEqual(['shown', 'accepted']);
    expect(emitted[1]).toMatchObject({ suggestionId: 's1', how: 'full', acceptedText: '{\n  return 1;\n}' });
  });

  it('a shorter suggestion drawn with no key pressed still replaces the first', () => {
    tracker.observe(snap('a = 1\nfunction f() |\n\nend'));
    tracker.observe(snap('a = 1\nfunction f() |[{\n  return 1;\n}]\n\nend'));
    tracker.observe(snap('a = 1\nfunction f() |[{]\n\nend'));
    expect(kinds()).toEqual(['shown', 'rejected', 'shown']);
    expect(emitted[1]).toMatchObject({ suggestionId: 's1', how: 'replaced' });
  });

  it('records it shown once with C0, accepted whole, and the edited region as the outcome when the cursor leaves', () => {
    tracker.observe(snap('a = 1\nfunction f() |\n\nend'));
    tracker.observe(snap('a = 1\nfunction f() |[{\n  return 1;\n}]\n\nend'));
    tracker.observe(snap('a = 1\nfunction f() |[{\n  return 1;\n}]\n\nend')); // re-render: nothing new
    tracker.input({ kind: 'tab' });
    tracker.observe(snap('a = 1\nfunction f() {\n  return 1;\n}|\n\nend'));
    tracker.input({ kind: 'navigate' });
    tracker.observe(snap('a = 1\nfunction f() {\n  return 1;|\n}\n\nend'));
    tracker.input({ kind: 'type', text: '0' });
    tracker.observe(snap('a = 1\nfunction f() {\n  return 10;|\n}\n\nend'));
    clock.now += 1000;
    tracker.input({ kind: 'navigate' });
    tracker.observe(snap('a = 1\nfunction f() {\n  return 10;\n}\n\nend|'));
    expect(kinds()).toEqual(['shown', 'accepted', 'outcome']);
    expect(emitted[0]).toMatchObject({
      suggestionId: 's1',
      text: '{\n  return 1;\n}',
      prefix: 'a = 1\nfunction f() ',
      suffix: '\n\nend',
      line: 2,
      column: 14,
    });
    expect(emitted[1]).toMatchObject({ suggestionId: 's1', how: 'full', acceptedText: '{\n  return 1;\n}' });
    expect(emitted[2]).toMatchObject({
      suggestionId: 's1',
      acceptedText: '{\n  return 1;\n}',
      finalText: '{\n  return 10;\n}',
      editDistance: 1,
      reason: 'left',
    });
  });

  it('records the outcome after a quiet period while the cursor stays in the region', () => {
    tracker.observe(snap('x = |[42;]'));
    tracker.input({ kind: 'tab' });
    tracker.observe(snap('x = 42;|'));
    clock.now += QUIET_MS - 1;
    expect(tracker.tick(snap('x = 42;|'))).toBe(true);
    clock.now += 1;
    expect(tracker.tick(snap('x = 42;|'))).toBe(false);
    expect(emitted.at(-1)).toMatchObject({ kind: 'completion_outcome', finalText: '42;', editDistance: 0, reason: 'quiet' });
  });
});

describe('rejections', () => {
  it('Escape', () => {
    tracker.observe(snap('const g = |["hi";]'));
    tracker.input({ kind: 'escape' });
    tracker.observe(snap('const g = |'));
    expect(emitted.map((e) => [e.kind, e.how])).toEqual([['completion_shown', undefined], ['completion_rejected', 'escape']]);
  });

  it('typed over with another character; a later suggestion is a new episode, not a replacement', () => {
    tracker.observe(snap('let c = |[items.length;]'));
    tracker.input({ kind: 'type', text: '4' });
    tracker.observe(snap('let c = 4|'));
    tracker.observe(snap('let c = 4|[2;]'));
    expect(emitted.map((e) => [e.kind, e.how ?? e.replacesSuggestionId ?? null])).toEqual([
      ['completion_shown', null],
      ['completion_rejected', 'typed-over'],
      ['completion_shown', null],
    ]);
  });

  it('typing the suggestion\'s own first characters keeps it (typed through), and Tab then accepts exactly the rest', () => {
    tracker.observe(snap('x = |[items;]'));
    tracker.input({ kind: 'type', text: 'i' });
    tracker.input({ kind: 'type', text: 't' });
    tracker.observe(snap('x = it|[ems;]'));
    tracker.input({ kind: 'tab' });
    tracker.observe(snap('x = items;|'));
    expect(emitted.map((e) => [e.kind, e.acceptedText ?? null])).toEqual([
      ['completion_shown', null],
      ['completion_accepted', 'ems;'],
    ]);
  });

  it('replaced by another suggestion at the same place with no input: the new one names the old', () => {
    tracker.observe(snap('y = |[1;]'));
    tracker.observe(snap('y = |[2;]'));
    expect(emitted.map((e) => [e.kind, e.how ?? e.replacesSuggestionId ?? null])).toEqual([
      ['completion_shown', null],
      ['completion_rejected', 'replaced'],
      ['completion_shown', 's1'],
    ]);
  });

  it('a ghost that vanishes with no input waits for what comes next (here the cursor moving)', () => {
    tracker.observe(snap('y = |[1;]'));
    tracker.observe(snap('y = |'));
    expect(kinds()).toEqual(['shown']);
    tracker.input({ kind: 'pointer' });
    tracker.observe(snap('|y = '));
    expect(emitted.at(-1)).toMatchObject({ kind: 'completion_rejected', how: 'cursor-moved' });
  });

  it('page exit rejects a suggestion still shown and records open regions', () => {
    tracker.observe(snap('a = |[1;]'));
    tracker.leave('page-exit');
    expect(emitted.at(-1)).toMatchObject({ kind: 'completion_rejected', how: 'page-exit' });
  });

  it('records nothing from binary-looking text, and says so once per suggestion', () => {
    const s = snap('a\u0000b = |[1;]');
    s.unreadable = 'binary';
    tracker.observe(s);
    tracker.observe(s);
    expect(emitted).toEqual([{ kind: 'completion_rejected', skipped: true }]);
  });
});

describe('partial acceptance', () => {
  it('word by word, then Escape: each accepted part exactly, and the region is what was accepted (not the quote typed after it)', () => {
    tracker.observe(snap("log(|['total is', total);]"));
    tracker.input({ kind: 'accept-word' });
    tracker.observe(snap("log('total|[ is', total);]"));
    tracker.input({ kind: 'accept-word' });
    tracker.observe(snap("log('total is|[', total);]"));
    tracker.input({ kind: 'escape' });
    tracker.observe(snap("log('total is|"));
    tracker.input({ kind: 'type', text: "'" });
    tracker.observe(snap("log('total is'|"));
    tracker.input({ kind: 'pointer' });
    tracker.observe(snap("|log('total is'"));
    expect(emitted.map((e) => [e.kind, e.how ?? e.acceptedText ?? null])).toEqual([
      ['completion_shown', null],
      ['completion_accepted', 'word'],
      ['completion_accepted', 'word'],
      ['completion_outcome', "'total is"],
    ]);
    expect(emitted[1]!.acceptedText).toBe("'total");
    expect(emitted[2]!.acceptedText).toBe(' is');
    expect(emitted[3]).toMatchObject({ finalText: "'total is", editDistance: 0 });
  });
});

describe('a word accepted on a loaded page', () => {
  it('records the word when the editor draws it before it draws the rest again, and the rest as accepted later', () => {
    tracker.observe(snap("log(|['total is', total])"));
    tracker.input({ kind: 'accept-word' });
    tracker.observe(snap("log('total|)")); // the word is in, the rest not drawn yet
    tracker.observe(snap("log('total|[ is', total])"));
    tracker.input({ kind: 'tab' });
    tracker.observe(snap("log('total is', total|)"));
    expect(emitted.map((e) => [e.kind, e.acceptedText ?? e.how ?? null])).toEqual([
      ['completion_shown', null],
      ['completion_accepted', "'total"],
      ['completion_accepted', " is', total"],
    ]);
  });

  it('waits when the editor takes the ghost away before it draws the word, and records the word once drawn', () => {
    tracker.observe(snap("log(|['total is', total])"));
    tracker.input({ kind: 'accept-word' });
    tracker.observe(snap('log(|)')); // the ghost is gone, the word not drawn yet
    tracker.observe(snap("log('total|)"));
    tracker.input({ kind: 'escape' });
    tracker.observe(snap("log('total|)"));
    expect(emitted.map((e) => [e.kind, e.acceptedText ?? e.how ?? null])).toEqual([
      ['completion_shown', null],
      ['completion_accepted', "'total"],
    ]);
  });

  it('waits the same way when Tab took the whole suggestion and the editor has not drawn it yet', () => {
    tracker.observe(snap("log(|['total is', total])"));
    tracker.input({ kind: 'tab' });
    tracker.observe(snap('log(|)')); // the ghost is gone, the accepted text not drawn yet
    tracker.observe(snap("log('total is', total|)"));
    expect(emitted.map((e) => [e.kind, e.how ?? null, e.acceptedText ?? null])).toEqual([
      ['completion_shown', null, null],
      ['completion_accepted', 'full', "'total is', total"],
    ]);
  });

  it('still calls Tab typed over when it indented instead (the caret moved, nothing of the suggestion drawn)', () => {
    tracker.observe(snap("log(|['total is', total])"));
    tracker.input({ kind: 'tab' });
    tracker.observe(snap('log(  |)'));
    expect(kinds()).toEqual(['shown', 'rejected']);
    expect(emitted.at(-1)).toMatchObject({ how: 'typed-over' });
  });

  // Round 20: the vscode e2e's word-accept race. The editor took the word in, then Escape and a move to the file's
  // start, before it drew anything: every look until then saw the old screen, and the first after shows the word in,
  // the ghost gone and the caret elsewhere. The text says what went in (no caret after the word was ever seen).
  it('records the word from the text when the keys after it were taken before the editor drew it', () => {
    const before = "import sys\nprint(|[f'sum is {s}', file=sys.stderr])\n";
    tracker.observe(snap(before));
    tracker.input({ kind: 'accept-word' });
    tracker.observe(snap(before)); // the look before Escape: nothing drawn yet
    tracker.input({ kind: 'escape' });
    tracker.observe(snap(before)); // and before the move
    tracker.input({ kind: 'navigate' });
    tracker.observe(snap("|import sys\nprint(f'sum )\n"));
    expect(emitted.map((e) => [e.kind, e.how ?? e.reason ?? null, e.acceptedText ?? null, e.finalText ?? null])).toEqual([
      ['completion_shown', null, null, null],
      ['completion_accepted', 'word', "f'sum ", null],
      // Round 22 (CI): the region is the word where it went in, not as many characters ending before it.
      ['completion_outcome', 'left', "f'sum ", "f'sum "],
    ]);
  });

  it('waits for the rest after words told from the text, and records the rest when taken', () => {
    // Rust, two words taken before anything was drawn, the caret not read (outside the lines read).
    tracker.observe(snap('let v = |[vec.iter().sum::<u32>()];\n'));
    tracker.input({ kind: 'accept-word' });
    tracker.input({ kind: 'accept-word' });
    tracker.observe({ ...snap('let v = vec.iter();\n'), cursor: null });
    tracker.observe(snap('let v = vec.iter()|[.sum::<u32>()];\n'));
    tracker.input({ kind: 'tab' });
    tracker.observe(snap('let v = vec.iter().sum::<u32>()|;\n'));
    expect(emitted.map((e) => [e.kind, e.acceptedText ?? null])).toEqual([
      ['completion_shown', null],
      ['completion_accepted', 'vec.iter()'],
      ['completion_accepted', '.sum::<u32>()'],
    ]);
  });

  it('tells the word from the text at the end of the document too (nothing after the suggestion)', () => {
    // Kotlin, typed at the file's last line: the word, then a click elsewhere, before anything was drawn.
    const before = 'val xs = listOf(1, 2)\nprintln(|[xs.sum()]';
    tracker.observe(snap(before));
    tracker.input({ kind: 'accept-word' });
    tracker.observe(snap(before));
    tracker.input({ kind: 'pointer' });
    tracker.observe(snap('|val xs = listOf(1, 2)\nprintln(xs'));
    expect(emitted.filter((e) => e.kind === 'completion_accepted').map((e) => e.acceptedText)).toEqual(['xs']);
  });

  it('takes nothing from the text when a typed key came after the word, or the text after the suggestion changed', () => {
    tracker.observe(snap('fmt.Println(|["total", n])'));
    tracker.input({ kind: 'accept-word' });
    tracker.input({ kind: 'type', text: 'x' });
    tracker.input({ kind: 'navigate' });
    tracker.observe(snap('|fmt.Println("totalx)'));
    expect(emitted.filter((e) => e.kind === 'completion_accepted')).toEqual([]);
    ({ tracker, emitted, clock } = recordingTracker());
    tracker.observe(snap('fmt.Println(|["total", n])'));
    tracker.input({ kind: 'accept-word' });
    tracker.input({ kind: 'pointer' });
    tracker.observe(snap('|fmt.Println("total'));
    expect(emitted.filter((e) => e.kind === 'completion_accepted')).toEqual([]);
    expect(kinds()).toEqual(['shown', 'rejected']);
  });

  it('still calls it moved away when the caret left without taking any of it', () => {
    tracker.observe(snap("log(|['total is', total])"));
    tracker.input({ kind: 'accept-word' });
    tracker.observe(snap("|log()"));
    expect(kinds()).toEqual(['shown', 'rejected']);
    expect(emitted.at(-1)).toMatchObject({ how: 'cursor-moved' });
  });
});

describe('narrowed looks while following', () => {
  it('asks for the full window for a new suggestion, follows a shown one in a few lines, and the full window when the accepted text is not in them', () => {
    expect(tracker.canFollow(snap('x = |[1;]'))).toBe(false); // new: C0 needs the full window
    tracker.observe(snap('lead\nx = |[1;]\nrest'));
    expect(tracker.span()).toBeLessThan(16_384);
    expect(tracker.canFollow(snap('lead\nx = |[1;]'))).toBe(true); // the same suggestion, found by its tail
    expect(tracker.canFollow(snap('lead\nx = 1|[;]'))).toBe(true); // typed through
    expect(tracker.canFollow(snap('lead\nx = |[2;]'))).toBe(false); // another suggestion
    tracker.input({ kind: 'tab' });
    expect(tracker.canFollow(snap('y = 0|'))).toBe(false); // accepted text not in the narrowed lines
    tracker.observe(snap('lead\nx = 1;|\nrest'));
    expect(kinds()).toEqual(['shown', 'accepted']);
    expect(tracker.canFollow(snap('lead\nx = 1;|\nrest'))).toBe(true); // the region found by its anchors
  });

  it('decides a suggestion dismissed with Escape or typed over from the narrowed lines, recorded once', () => {
    tracker.observe(snap('lead\nx = |[1;]\nrest'));
    tracker.input({ kind: 'escape' });
    expect(tracker.canFollow(snap('lead\nx = |\nrest'))).toBe(true);
    tracker.observe(snap('lead\nx = |\nrest'));
    tracker.observe(snap('lead\ny = |[2;]\nrest'));
    tracker.input({ kind: 'type', text: '4' });
    expect(tracker.canFollow(snap('lead\ny = 4|\nrest'))).toBe(true);
    tracker.observe(snap('lead\ny = 4|\nrest'));
    tracker.observe(snap('lead\ny = 4;|\nrest'));
    expect(kinds()).toEqual(['shown', 'rejected', 'shown', 'rejected']);
    expect(emitted.filter((e) => e.kind === 'completion_rejected').map((e) => e['how'])).toEqual(['escape', 'typed-over']);
  });
});

describe('whether the caret left an accepted region', () => {
  /** `snap` with the caret's line known and the caret's offset counted when asked (Monaco measures it by layout). */
  function withCaretLine(marked: string, measured: { n: number }): Snapshot {
    const s = snap(marked);
    const at = s.cursor!;
    const start = s.text.lastIndexOf('\n', at - 1) + 1;
    const nl = s.text.indexOf('\n', at);
    return {
      ...s,
      caretLine: { start, end: nl < 0 ? s.text.length : nl },
      get cursor() {
        measured.n++;
        return at;
      },
    };
  }

  it('is told by the caret line alone when it lies wholly inside or outside the region, by the caret offset only on a line the region starts or ends in', () => {
    const measured = { n: 0 };
    tracker.observe(snap('a = 1\nfunction f() |\nend'));
    tracker.observe(snap('a = 1\nfunction f() |[{\n  return 1;\n}]\nend'));
    tracker.input({ kind: 'tab' });
    tracker.observe(withCaretLine('a = 1\nfunction f() {\n  return 1;\n}|\nend', measured));
    tracker.input({ kind: 'navigate' });
    tracker.observe(withCaretLine('a = 1\nfunction f() {\n  return 1;|\n}\nend', measured)); // a line inside it
    expect(measured.n).toBe(0); // both lines lie wholly in the region
    tracker.input({ kind: 'navigate' });
    tracker.observe(withCaretLine('a = 1\nfunction f() {|\n  return 1;\n}\nend', measured)); // the line it starts in
    expect(kinds()).toEqual(['shown', 'accepted']);
    const onEdge = measured.n;
    expect(onEdge).toBe(1);
    tracker.input({ kind: 'navigate' });
    tracker.observe(withCaretLine('a = 1\nfunction f() {\n  return 1;\n}\nend|', measured)); // a line below it
    expect(kinds()).toEqual(['shown', 'accepted', 'outcome']);
    expect(measured.n).toBe(onEdge);
  });
});
