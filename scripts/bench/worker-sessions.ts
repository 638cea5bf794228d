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

export interface WorkerHooks {
  /**
   * Called as each worker attaches, before it runs a line: the worker waits for this to resolve (commands sent from
   * it, such as starting a profiler, cover the worker's whole life).
   */
  onAttached?(thread: string, sessions: WorkerSessions): Promise<void>;
  /** A CDP event from a worker (e.g. HeapProfiler.addHeapSnapshotChunk while a snapshot is taken). */
  onEvent?(thread: string, method: string, params: Record<string, unknown>): void;
}

export async function workerSessions(session: CDPSession, hooks: WorkerHooks = {}): Promise<WorkerSessions> {
  const workers = new Map<string, string>();
  const threadOf = new Map<string, string>();
  const waiting = new Map<number, (result: unknown) => void>();
  let nextId = 1;
  const sessions: WorkerSessions = {
    threads: () => ['page', ...workers.keys()],
    async send<T>(thread: string, method: string, params: Record<string, unknown> = {}, timeoutMs = 2000): Promise<T> {
      const sessionId = workers.get(thread);
      if (!sessionId) return (await session.send(method as 'Runtime.getHeapUsage', params)) as T;
      const id = nextId++;
      const answered = new Promise((ok) => waiting.set(id, ok));
      const message = JSON.stringify({ id, method, params });
      await session.send('Target.sendMessageToTarget', { sessionId, message }).catch(() => undefined);
      let timer: ReturnType<typeof setTimeout> | undefined;
      const silent = new Promise((ok) => (timer = setTimeout(() => ok({}), timeoutMs)));
      const result = (await Promise.race([answered, silent])) as T;
      clearTimeout(timer); // a long timeout left running would keep the bench alive once it is done
      waiting.delete(id);
      return result;
    },
  };
  session.on('Target.attachedToTarget', ({ sessionId, targetInfo, waitingForDebugger }) => {
    if (targetInfo.type !== 'worker') return;
    const thread = `worker ${workers.size + 1}`;
    workers.set(thread, sessionId);
    threadOf.set(sessionId, thread);
    if (!waitingForDebugger) return;
    void (async () => {
      await hooks.onAttached?.(thread, sessions);
      await sessions.send(thread, 'Runtime.runIfWaitingForDebugger');
    })();
  });
  session.on('Target.receivedMessageFromTarget', ({ sessionId, message }) => {
    type Message = { id?: number; result?: unknown; error?: unknown; method?: string; params?: Record<string, unknown> };
    const reply = JSON.parse(message) as Message;
    if (reply.id !== undefined) waiting.get(reply.id)?.(reply.result ?? reply.error);
    else if (reply.method && sessionId) hooks.onEvent?.(threadOf.get(sessionId) ?? sessionId, reply.method, reply.params ?? {});
  });
  // Workers wait for their hook to run where there is one (a worker that waits is started by runIfWaitingForDebugger).
  await session.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: !!hooks.onAttached, flatten: false });
  return sessions;
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
