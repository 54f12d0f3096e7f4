/**
 * Where articles are processed: in this thread (`--jobs 1`), or spread over worker threads that each
 * run `finishArticle` from `dist/`. Either way an article comes back as its outcome (a document, or
 * the text to write for it, or the message of the error it raised); the caller keeps the order.
 */
import { Worker } from 'node:worker_threads';
import { needsFranc } from '../language/detect.js';
import { loadFranc } from '../language/load-franc.js';
import { finishArticle, francError, type Outcome, type Rendering, type Task } from './finish.js';

export type { Outcome, Rendering, Task } from './finish.js';

/** Processes articles; `close` lets the process end. */
export interface Engine {
  process(task: Task): Promise<Outcome>;
  close(): Promise<void>;
}

/** An article as the pool sends it to a worker, in a batch (an array) of them. */
export interface WorkerTask extends Task {
  id: number;
}

/** What a worker is started with (its `workerData`). */
export interface WorkerSetup {
  /** How to finish each article (see `finishArticle`). */
  rendering?: Rendering | undefined;
  /**
   * One cell the worker sets to the id of the article it starts, plus 1 (0 before the first): when
   * the thread dies, it says which article killed it.
   */
  progress: Int32Array;
}

/** What a worker sends back: first `ready`, then the outcomes of each batch, in the order sent. */
export type WorkerReply = { ready: true } | { done: Array<{ id: number } & Outcome> };

/** The worker threads could not be started (dist/ missing, a module failing to load). Ends the run. */
export class EngineError extends Error {
  override name = 'EngineError';
}

/** `--jobs 1`: `finishArticle` in this thread. */
export function inProcess(rendering?: Rendering): Engine {
  return {
    process: async (task) => {
      if (needsFranc(task.text)) {
        try {
          await loadFranc();
        } catch (error) {
          return { ok: false, error: francError(error) };
        }
      }
      return finishArticle(task, rendering);
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
  /** Tasks sent and not answered, in the order sent (the worker's order). */
  sent: Pending[];
  /** The worker's `WorkerSetup.progress`. */
  progress: Int32Array;
}

/**
 * Articles sent to a worker in one message at most. A worker answers a batch at once; an article
 * is short (half a millisecond for a news article), so a few per message keep this thread from
 * waking, and the worker from waiting for it, once per article.
 */
export const BATCH = 16;

/**
 * Articles a worker may hold unanswered: two batches, so that it has the next one at hand when it
 * answers one, rather than waiting for this thread to read its answer and send more (over the
 * bench corpus, the worker of `--jobs 2` waited 0.18–0.22 s in all with one batch, 0.02–0.09 s
 * with two).
 */
export const AHEAD = 2 * BATCH;

/**
 * `size` worker threads, all started at once (and one restarted for one that dies), and with
 * `inline` this thread as well, on the articles no worker can take yet. The
 * articles that arrive in one turn of the event loop are dealt out together, one by one to the
 * least loaded worker, so that neighbours in the order go to different workers and the ordered
 * output is never held up by one long queue; each worker gets them as one message. A worker that
 * dies costs the article it was working on only (its outcome is the error; the others it held go
 * to another worker), and is replaced; a worker that cannot even start rejects with an
 * `EngineError`. Idle workers do not keep the process alive, and `close` ends them all.
 */
export function workerPool(
  size: number,
  {
    rendering,
    url = WORKER_URL,
    inline = false,
    untilReady = false,
  }: {
    rendering?: Rendering | undefined;
    url?: URL;
    /**
     * This thread works too, on what the workers cannot take yet: `size` workers then run beside it.
     * It starts at once, while the workers load, and does not wait on a thread that is busy.
     */
    inline?: boolean;
    /**
     * With `inline`: this thread works only while no worker is ready (they are loading, or cannot
     * start); then it leaves the articles to the workers. Each thread compiles the engine afresh (a
     * thousand articles before V8 has optimised it), so on few cores this thread working beside a
     * worker costs more CPU than it saves (see README, Speed).
     */
    untilReady?: boolean;
  } = {},
): Engine {
  const slots: Slot[] = [];
  const waiting: Pending[] = [];
  let nextId = 0;
  let closed = false;
  let scheduled = false;
  let broken: EngineError | undefined;
  /** Why franc could not be loaded in this thread, once it failed. */
  let francFailure: { error: unknown } | undefined;

  const start = (): Slot => {
    const progress = new Int32Array(new SharedArrayBuffer(4));
    const worker = new Worker(url, { workerData: { rendering, progress } satisfies WorkerSetup });
    const slot: Slot = { worker, ready: false, sent: [], progress };
    worker.unref();
    worker.on('message', (reply: WorkerReply) => {
      if ('ready' in reply) slot.ready = true;
      else {
        // A worker answers in the order it was sent tasks.
        for (const { id, ...outcome } of reply.done) {
          if (slot.sent[0]?.task.id === id) slot.sent.shift()?.settle(outcome);
        }
      }
      schedule();
    });
    const lose = (error: Error) => {
      const index = slots.indexOf(slot);
      if (index === -1) return;
      slots.splice(index, 1);
      const held = slot.sent.splice(0);
      if (!slot.ready) {
        // Nothing was ever processed here: no worker will do better. Fail everything that waits,
        // and all that comes; or, when this thread works too, leave it all to this thread.
        broken ??= new EngineError(`cannot start a worker thread: ${error.message}`);
        if (inline) {
          waiting.unshift(...held);
          schedule();
          return;
        }
        for (const item of [...held, ...waiting.splice(0)]) item.fail(broken);
        return;
      }
      // The article it was on is lost (the first held if it had not started one of them, so that
      // a worker that keeps dying cannot loop); the others it held go first to the next worker.
      const onId = Atomics.load(slot.progress, 0) - 1;
      const on = Math.max(
        0,
        held.findIndex((pending) => pending.task.id === onId),
      );
      const [lost] = held.splice(on, 1);
      lost?.settle({ ok: false, error: `worker thread stopped: ${error.message}` });
      waiting.unshift(...held);
      if (!closed) start();
    };
    worker.on('error', lose);
    worker.on('exit', (code) => lose(new Error(`exit code ${code}`)));
    slots.push(slot);
    return slot;
  };

  /** Deal out the waiting articles once this turn of the event loop is over, so that they travel together. */
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(dispatch);
  };

  const dispatch = () => {
    scheduled = false;
    const batches = new Map<Slot, WorkerTask[]>();
    while (waiting.length > 0) {
      let slot: Slot | undefined;
      for (const candidate of slots) {
        if (
          candidate.ready &&
          candidate.sent.length < AHEAD &&
          candidate.sent.length < (slot?.sent.length ?? AHEAD)
        )
          slot = candidate;
      }
      if (!slot) break;
      const next = waiting.shift() as Pending;
      slot.sent.push(next);
      batches.set(slot, [...(batches.get(slot) ?? []), next.task]);
    }
    // At most `BATCH` articles a message: a worker answers each message as a whole.
    for (const [slot, tasks] of batches) {
      for (let at = 0; at < tasks.length; at += BATCH) slot.worker.postMessage(tasks.slice(at, at + BATCH));
    }
    // What no worker can take now is done here, one article per turn of the event loop, so that
    // reading, writing and the workers' answers go on between two articles.
    if (inline && waiting.length > 0 && !(untilReady && slots.some((slot) => slot.ready))) {
      const next = waiting[0] as Pending;
      if (needsFranc(next.task.text) && francFailure) {
        // franc cannot be loaded: this article fails, the others go on.
        waiting.shift();
        next.settle({ ok: false, error: francError(francFailure.error) });
        if (waiting.length > 0) schedule();
      } else if (needsFranc(next.task.text)) {
        // Not in Arabic script: franc first, then this thread goes on.
        loadFranc().then(schedule, (error: unknown) => {
          francFailure = { error };
          schedule();
        });
      } else {
        waiting.shift();
        next.settle(finishArticle(next.task, rendering));
        if (waiting.length > 0) schedule();
      }
    }
    // A worker with work keeps the process alive until it answers, and one starting while articles
    // wait for it; an idle one does not.
    for (const slot of slots) {
      if (slot.sent.length > 0 || (!slot.ready && waiting.length > 0)) slot.worker.ref();
      else slot.worker.unref();
    }
  };

  // All started at once: a worker takes longer to load than a hundred articles take to process.
  while (slots.length < size) start();

  return {
    process(task) {
      return new Promise<Outcome>((resolve, reject) => {
        if (closed || (broken && !inline)) {
          reject(broken ?? new EngineError('the worker pool is closed'));
          return;
        }
        waiting.push({
          task: { id: nextId++, text: task.text, source: task.source, encoding: task.encoding },
          settle: resolve,
          fail: reject,
        });
        if (slots.length < size && !broken) start();
        schedule();
      });
    },
    async close() {
      closed = true;
      const ending = slots.splice(0);
      await Promise.all(ending.map((slot) => slot.worker.terminate()));
    },
  };
}
