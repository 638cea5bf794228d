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
  try {
    by.set('(process)', statCpuSeconds(readFileSync(`/proc/${pid}/stat`, 'utf8')));
  } catch {
    return by;
  }
  for (const { name, seconds } of cpuByThreadId(pid).values()) by.set(name, (by.get(name) ?? 0) + seconds);
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

/**
 * User + system CPU seconds of each live thread of a process by thread id, with its name (`main` for the process's
 * first thread; Linux only, empty elsewhere).
 */
export function cpuByThreadId(pid: number): Map<number, { name: string; seconds: number }> {
  const by = new Map<number, { name: string; seconds: number }>();
  let tids: string[];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return by;
  }
  for (const tid of tids) {
    try {
      const name = Number(tid) === pid ? 'main' : readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim();
      by.set(Number(tid), { name, seconds: statCpuSeconds(readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8')) });
    } catch {
      // the thread ended
    }
  }
  return by;
}

/**
 * Follows the threads named `name` (Chromium names every worker thread `DedicatedWorker`) while they live, reading
 * their CPU time every `everyMs`, so a thread that ends (a terminated worker, whose time Linux then folds into the
 * process's total) is still told apart: stop() gives each thread's CPU seconds since the start, in order of thread id
 * (the order the threads were made), as last read before it ended.
 */
export function followThreads(pid: number, name: string, everyMs = 50): { stop(): number[] } {
  const first = new Map<number, number>();
  const last = new Map<number, number>();
  const read = () => {
    for (const [tid, t] of cpuByThreadId(pid)) {
      if (t.name !== name) continue;
      if (!first.has(tid)) first.set(tid, t.seconds);
      last.set(tid, t.seconds);
    }
  };
  read();
  const timer = setInterval(read, everyMs);
  return {
    stop() {
      clearInterval(timer);
      read();
      return [...last].sort((a, b) => a[0] - b[0]).map(([tid, s]) => s - first.get(tid)!);
    },
  };
}
