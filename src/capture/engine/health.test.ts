// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import type { HealthReport } from './context';
import { Health } from './health';

let reports: HealthReport[];
let clock: number;
let paused: boolean;
let failing: string[];
let probe: object | null | 'failed';
let probed: Element[];

function health(inConversation = true): Health {
  return new Health({
    adapter: {
      turnSelector: '.turn',
      landmarks: [
        { name: 'composer', selector: '#composer', when: 'always' },
        { name: 'message ids', selector: '.turn [data-id]', when: 'in-conversation' },
      ],
    },
    calls: {
      probeTurn: (turn) => (probed.push(turn), probe as never),
      failing: () => failing,
    },
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
  probed = [];
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

  it('sees a landmark leave the page, or stop matching, after it was found', () => {
    const h = health();
    h.reportNow();
    document.getElementById('composer')!.remove();
    h.reportNow();
    expect(reports.at(-1)).toMatchObject({ status: 'degraded', missing: ['composer'] });
    document.body.insertAdjacentHTML('afterbegin', '<div id="composer"></div>');
    h.reportNow();
    expect(reports.at(-1)!.status).toBe('capturing');
    document.querySelector('[data-id]')!.removeAttribute('data-id');
    h.reportNow();
    expect(reports.at(-1)).toMatchObject({ status: 'degraded', missing: ['message ids'] });
  });

  it('probes the turn last in document order among those the engine read, and the page\'s last turn once that one left', () => {
    document.body.insertAdjacentHTML('beforeend', '<div class="turn" id="t2"></div><div class="turn" id="t3"></div>');
    const [t1, t2, t3] = [...document.querySelectorAll('.turn')];
    const h = health();
    h.saw(t3!);
    h.saw(t1!); // read later, but earlier on the page
    h.reportNow();
    expect(probed.at(-1)).toBe(t3);
    t3!.remove();
    h.reportNow();
    expect(probed.at(-1)).toBe(t2);
    document.body.insertAdjacentHTML('beforeend', '<div class="turn" id="t4"></div>');
    h.saw(document.getElementById('t4')!);
    h.reportNow();
    expect(probed.at(-1)!.id).toBe('t4');
  });

  it('makes a check the once-a-second limit put off when the second is over', () => {
    const h = health();
    h.check();
    expect(h.overdueIn()).toBeNull();
    clock += 300;
    failing = ['readTurn failed (1×)'];
    h.check();
    expect(reports).toHaveLength(1);
    expect(h.overdueIn()).toBe(700);
    clock += 700;
    h.check();
    expect(reports.at(-1)!.status).toBe('degraded');
    expect(h.overdueIn()).toBeNull();
  });

  it('re-checks for drift only on a quiet page: not within 2.5 s of another check', () => {
    const h = health();
    h.check();
    failing = ['readTurn failed (1×)'];
    clock += 2000;
    h.recheck();
    expect(reports).toHaveLength(1);
    clock += 1000;
    h.recheck();
    expect(reports.at(-1)!.status).toBe('degraded');
  });
});
