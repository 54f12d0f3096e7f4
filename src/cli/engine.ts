/**
 * Where articles are processed: in this thread (`--jobs 1`), or spread over worker threads that each
 * run the pure `extract` from `dist/`. Either way an article comes back as a document or as the
 * message of the error it raised; the caller keeps the order.
 */
import { Worker } from 'node:worker_threads';
import { extract } from '../extract.js';
import type { QuoteDocument } from '../types.js';

/** One article to process. */
export interface Task {
  text: string;
  source: string;
  encoding?: string | undefined;
}

/** A document, or the message of the error the engine raised on that article. */
export type Outcome = { ok: true; document: QuoteDocument } | { ok: false; error: string };

/** Processes articles; `close` lets the process end. */
export interface Engine {
  process(task: Task): Promise<Outcome>;
  close(): Promise<void>;
}

/** What the pool sends a worker. */
export interface WorkerTask extends Task {
  id: number;
}

/** What a worker sends back: first `ready`, then one reply per task. */
export type WorkerReply = { ready: true } | ({ id: number } & Outcome);

/** The worker threads could not be started (dist/ missing, a module failing to load). Ends the run. */
export class EngineError extends Error {
  override name = 'EngineError';
}

/** `--jobs 1`: `extract` in this thread. */
export function inProcess(): Engine {
  return {
    process: async (task) => {
      try {
        return { ok: true, document: extract(task.text, { source: task.source, encoding: task.encoding }) };
      } catch (error) {
        return { ok: false, error: error instanceof Error ? error.message : String(error) };
      }
    },
    close: async () => {},
  };
}

/**
 * The compiled worker. From `dist/cli/engine.js` and from `src/cli/engine.ts` (tests) alike, this is
 * `dist/cli/worker.js`: workers always run the built code.
 */
export const WORKER_URL = new URL('../../dist/cli/worker.js', import.meta.url);

interface Pending {
  task: WorkerTask;
  settle: (outcome: Outcome) => void;
  fail: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  /** Tasks sent and not answered, oldest first: the first is being worked on, the next waits in its queue. */
  sent: Pending[];
}

/** Tasks sent to a worker ahead of its answer, so that it never waits for this thread between two. */
const AHEAD = 2;

/**
 * Up to `size` worker threads, started as articles arrive (one article starts one worker). Each
 * worker gets its next article before it has finished the current one, so a busy main thread does
 * not leave it idle. A worker that dies costs the article it was working on only (its outcome is
 * the error; the articles queued behind go to another worker), and is replaced; a worker that
 * cannot even start rejects with an `EngineError`. Idle workers do not keep the process alive, and
 * `close` ends them all.
 */
export function workerPool(size: number, url: URL = WORKER_URL): Engine {
  const slots: Slot[] = [];
  const waiting: Pending[] = [];
  let nextId = 0;
  let closed = false;

  const start = (): Slot => {
    const worker = new Worker(url);
    const slot: Slot = { worker, ready: false, sent: [] };
    worker.unref();
    worker.on('message', (reply: WorkerReply) => {
      if ('ready' in reply) {
        slot.ready = true;
        dispatch(slot);
        return;
      }
      // A worker answers in the order it was sent tasks.
      const done = slot.sent[0]?.task.id === reply.id ? slot.sent.shift() : undefined;
      done?.settle(reply.ok ? { ok: true, document: reply.document } : { ok: false, error: reply.error });
      dispatch(slot);
    });
    const lose = (error: Error) => {
      const index = slots.indexOf(slot);
      if (index === -1) return;
      slots.splice(index, 1);
      const [current, ...queued] = slot.sent.splice(0);
      if (!slot.ready) {
        // Nothing was ever processed here: no worker will do better. Fail everything that waits.
        const failure = new EngineError(`cannot start a worker thread: ${error.message}`);
        for (const item of [...(current ? [current] : []), ...queued, ...waiting.splice(0)])
          item.fail(failure);
        return;
      }
      current?.settle({ ok: false, error: `worker thread stopped: ${error.message}` });
      waiting.unshift(...queued);
      if (waiting.length > 0 && !closed) start();
    };
    worker.on('error', lose);
    worker.on('exit', (code) => lose(new Error(`exit code ${code}`)));
    slots.push(slot);
    return slot;
  };

  const dispatch = (slot: Slot) => {
    if (!slot.ready) return;
    while (slot.sent.length < AHEAD) {
      const next = waiting.shift();
      if (!next) break;
      slot.sent.push(next);
      slot.worker.postMessage(next.task);
    }
    // A worker with work keeps the process alive until it answers; an idle one does not.
    if (slot.sent.length > 0) slot.worker.ref();
    else slot.worker.unref();
  };

  return {
    process(task) {
      return new Promise<Outcome>((resolve, reject) => {
        if (closed) {
          reject(new EngineError('the worker pool is closed'));
          return;
        }
        waiting.push({
          task: { id: nextId++, text: task.text, source: task.source, encoding: task.encoding },
          settle: resolve,
          fail: reject,
        });
        if (slots.length < size) {
          start();
          return;
        }
        // The least loaded ready worker takes it, if it has room.
        const ready = slots.filter((slot) => slot.ready).sort((a, b) => a.sent.length - b.sent.length);
        if (ready[0]) dispatch(ready[0]);
      });
    },
    async close() {
      closed = true;
      const ending = slots.splice(0);
      await Promise.all(ending.map((slot) => slot.worker.terminate()));
    },
  };
}
