// CPU time per thread from Linux's per-thread accounting (/proc/<pid>/task/<tid>/stat): what the export benches
// compare builds by, since a thread's own CPU time hardly moves with the machine's load, unlike wall time.
import { readdirSync, readFileSync } from 'node:fs';

/** User + system CPU seconds in a /proc `stat` line. */
export const statCpuSeconds = (stat: string): number => {
  const fields = stat.split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
};

/**
 * CPU seconds per thread name (summed over threads of one name) of a process, and the whole process's under
 * `(process)`, from /proc (Linux only; empty elsewhere).
 */
export function threadCpu(pid: number): Map<string, number> {
  const by = new Map<string, number>();
  let tids: string[];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
    by.set('(process)', statCpuSeconds(readFileSync(`/proc/${pid}/stat`, 'utf8')));
  } catch {
    return by;
  }
  for (const tid of tids) {
    try {
      const name = Number(tid) === pid ? 'main' : readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim();
      by.set(name, (by.get(name) ?? 0) + statCpuSeconds(readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8')));
    } catch {
      // the thread ended
    }
  }
  return by;
}

/**
 * Seconds spent per thread name between two readings; threads that ended between them (a terminated worker leaves
 * only the process's total) under `ended threads`.
 */
export function spentBetween(before: Map<string, number>, after: Map<string, number>): [string, number][] {
  const spent = new Map<string, number>();
  let live = 0;
  for (const [name, s] of after) {
    if (name === '(process)') continue;
    const d = s - (before.get(name) ?? 0);
    spent.set(name, d);
    live += d;
  }
  const total = (after.get('(process)') ?? 0) - (before.get('(process)') ?? 0);
  spent.set('ended threads', Math.max(0, total - live));
  return [...spent].filter(([, s]) => s >= 0.01).sort((a, b) => b[1] - a[1]);
}

