// CDP to a page's dedicated workers (the export worker, the compression worker), through the page's own session:
// a worker has no page for Playwright to open a session on, so the page's session auto-attaches to its workers and
// passes each command as a Target message. Used by the export benches to read every export thread's heap and profile.
import type { CDPSession } from 'playwright-core';

export interface WorkerSessions {
  /** 'page' and each worker attached so far ('worker 1', ...; the background's service worker is left out). */
  threads(): string[];
  /** A CDP command on one thread; a worker that has ended answers {} after `timeoutMs`. */
  send<T = Record<string, unknown>>(thread: string, method: string, params?: Record<string, unknown>, timeoutMs?: number): Promise<T>;
}

export async function workerSessions(session: CDPSession): Promise<WorkerSessions> {
  const workers = new Map<string, string>();
  const waiting = new Map<number, (result: unknown) => void>();
  let nextId = 1;
  session.on('Target.attachedToTarget', ({ sessionId, targetInfo }) => {
    if (targetInfo.type === 'worker') workers.set(`worker ${workers.size + 1}`, sessionId);
  });
  session.on('Target.receivedMessageFromTarget', ({ message }) => {
    const reply = JSON.parse(message) as { id?: number; result?: unknown; error?: unknown };
    if (reply.id !== undefined) waiting.get(reply.id)?.(reply.result ?? reply.error);
  });
  await session.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  return {
    threads: () => ['page', ...workers.keys()],
    async send<T>(thread: string, method: string, params: Record<string, unknown> = {}, timeoutMs = 2000): Promise<T> {
      const sessionId = workers.get(thread);
      if (!sessionId) return (await session.send(method as 'Runtime.getHeapUsage', params)) as T;
      const id = nextId++;
      const answered = new Promise((ok) => waiting.set(id, ok));
      const message = JSON.stringify({ id, method, params });
      await session.send('Target.sendMessageToTarget', { sessionId, message }).catch(() => undefined);
      const silent = new Promise((ok) => setTimeout(() => ok({}), timeoutMs));
      const result = (await Promise.race([answered, silent])) as T;
      waiting.delete(id);
      return result;
    },
  };
}

/** A thread's used heap: V8's and Blink's (the objects JavaScript holds through the page or worker). */
export async function usedHeap(sessions: WorkerSessions, thread: string, collect = false): Promise<number> {
  if (collect) await sessions.send(thread, 'HeapProfiler.collectGarbage');
  const { usedSize = 0, embedderHeapUsedSize = 0 } = await sessions.send<{ usedSize?: number; embedderHeapUsedSize?: number }>(
    thread,
    'Runtime.getHeapUsage',
  );
  return usedSize + embedderHeapUsedSize;
}
