// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { chatgpt } from '../sites/chatgpt';
import type { SiteAdapter } from '../sites/types';
import { AdapterCallFailed, AdapterCalls, TURN_PROCESSING } from './calls';

let pokes: number;
const broken = new Error('unexpected markup');

function callsFor(adapter: SiteAdapter): AdapterCalls {
  return new AdapterCalls({ adapter, doc: document, adapterState: () => undefined, onFailure: () => pokes++ });
}

const throwing: SiteAdapter = {
  ...chatgpt,
  readTurn: () => {
    throw broken;
  },
  readCodeBlock: () => {
    throw broken;
  },
  pageWorld: {
    responses: [],
    read: () => {
      throw broken;
    },
  },
};

beforeEach(() => {
  pokes = 0;
  document.body.innerHTML = '<section id="turn"><pre><code class="language-js">let x = 1;</code></pre></section>';
});

describe('guarded adapter calls', () => {
  it('counts each failure by call name and says so for health', () => {
    const calls = callsFor(throwing);
    const turn = document.getElementById('turn')!;
    expect(() => calls.readTurn(turn)).toThrow(AdapterCallFailed);
    expect(calls.tryReadTurn(turn)).toBeNull();
    expect(calls.readPageData(new URL('https://chatgpt.com/x'), {})).toBeNull();
    expect(calls.failing()).toEqual(['readTurn failed (2×)', 'pageWorld.read failed (1×)']);
    expect(pokes).toBe(3);
  });

  it('keeps the cause of a failure', () => {
    const calls = callsFor(throwing);
    try {
      calls.readTurn(document.getElementById('turn')!);
    } catch (e) {
      expect((e as AdapterCallFailed).call).toBe('readTurn');
      expect((e as Error).cause).toBe(broken);
    }
    expect.assertions(2);
  });

  it('repairs a code block it cannot read into its plain text', () => {
    const calls = callsFor(throwing);
    expect(calls.readCodeBlock(document.querySelector('pre')!)).toEqual({ code: 'let x = 1;' });
    expect(calls.failing()).toEqual(['readCodeBlock failed (1×)']);
  });

  it('does not count the health probe, which repeats on an idle page', () => {
    const calls = callsFor(throwing);
    expect(calls.probeTurn(document.getElementById('turn')!)).toBe('failed');
    expect(calls.failing()).toEqual([]);
  });

  it('lets the health probe take a turn the engine read since the last probe as readable, without reading it again', () => {
    let reads = 0;
    let readable = true;
    const adapter: SiteAdapter = {
      ...chatgpt,
      readTurn: (turn) => (reads++, readable ? { role: 'assistant', messageId: 'm1', content: turn } : null),
    };
    const calls = callsFor(adapter);
    const turn = document.getElementById('turn')!;
    calls.readTurn(turn);
    expect(calls.probeTurn(turn)).toBe('read');
    expect(reads).toBe(1);
    // Nothing read since that probe: the next one reads the turn itself.
    expect(calls.probeTurn(turn)).toMatchObject({ messageId: 'm1' });
    expect(reads).toBe(2);
    // The engine's last read found no message: the probe must not rest on the read before it.
    calls.readTurn(turn);
    readable = false;
    calls.readTurn(turn);
    expect(calls.probeTurn(turn)).toBeNull();
  });

  it('counts an error no guarded call claimed as the engine\'s own, and a guarded one only once', () => {
    const calls = callsFor(throwing);
    try {
      calls.readTurn(document.getElementById('turn')!);
    } catch (e) {
      calls.noteFailure(e);
    }
    calls.noteFailure(new TypeError('engine bug'));
    expect(calls.failing()).toEqual(['readTurn failed (1×)', `${TURN_PROCESSING} failed (1×)`]);
    calls.clearFailures();
    expect(calls.failing()).toEqual([]);
  });

  it('passes the adapter its per-conversation state', () => {
    const seen: unknown[] = [];
    const state = { mine: true };
    const adapter: SiteAdapter = { ...chatgpt, readTurn: (_t, s) => (seen.push(s), null), classifyClick: (_t, s) => (seen.push(s), null) };
    const calls = new AdapterCalls({ adapter, doc: document, adapterState: () => state, onFailure: () => undefined });
    calls.readTurn(document.body);
    calls.classifyClick(document.body);
    expect(seen).toEqual([state, state]);
  });
});
