// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import type { HealthReport } from './context';
import { Health } from './health';

let reports: HealthReport[];
let clock: number;
let paused: boolean;
let failing: string[];
let probe: object | null | 'failed';

function health(inConversation = true): Health {
  return new Health({
    adapter: {
      turnSelector: '.turn',
      landmarks: [
        { name: 'composer', selector: '#composer', when: 'always' },
        { name: 'message ids', selector: '.turn [data-id]', when: 'in-conversation' },
      ],
    },
    calls: { probeTurn: () => probe as never, failing: () => failing },
    doc: document,
    now: () => clock,
    isPaused: () => paused,
    inConversation: () => inConversation,
    report: (r) => reports.push(r),
  });
}

beforeEach(() => {
  document.body.innerHTML = '<div id="composer"></div><div class="turn"><p data-id="1">x</p></div>';
  reports = [];
  clock = 10_000;
  paused = false;
  failing = [];
  probe = { role: 'user' };
});

describe('capture health', () => {
  it('is capturing when every landmark is there and nothing failed', () => {
    health().reportNow();
    expect(reports).toEqual([{ status: 'capturing', missing: [], failing: [] }]);
  });

  it('is degraded, naming the missing landmarks, when the markup drifted', () => {
    document.querySelector('[data-id]')!.removeAttribute('data-id');
    health().reportNow();
    expect(reports).toEqual([{ status: 'degraded', missing: ['message ids'], failing: [] }]);
  });

  it('asks for conversation landmarks only in a conversation', () => {
    document.querySelector('[data-id]')!.removeAttribute('data-id');
    health(false).reportNow();
    expect(reports[0]!.status).toBe('capturing');
  });

  it('is degraded, naming the calls, when adapter calls threw', () => {
    failing = ['readTurn failed (3×)'];
    health().reportNow();
    expect(reports).toEqual([{ status: 'degraded', missing: [], failing: ['readTurn failed (3×)'] }]);
  });

  it('says when the newest turn is not recognised as a message at all', () => {
    probe = null;
    health().reportNow();
    expect(reports[0]).toMatchObject({ status: 'degraded', missing: ['readable turns'] });
  });

  it('says paused over anything else', () => {
    paused = true;
    failing = ['readTurn failed (1×)'];
    health().reportNow();
    expect(reports[0]!.status).toBe('paused');
  });

  it('reports only changes, looks at most once a second from the tick, and at once when asked', () => {
    const h = health();
    h.check();
    h.check();
    expect(reports).toHaveLength(1);
    failing = ['readTurn failed (1×)'];
    clock += 500;
    h.check();
    expect(reports).toHaveLength(1);
    h.soon();
    h.check();
    expect(reports.at(-1)!.failing).toEqual(['readTurn failed (1×)']);
    clock += 1000;
    h.check();
    expect(reports).toHaveLength(2);
  });
});
