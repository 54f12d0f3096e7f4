/**
 * A worker thread of `--jobs N`: finishes the articles it is sent (`finishArticle`: extract, and for
 * a format that writes as it goes, filter, format and check) and sends back their outcomes, a batch
 * in one message. It holds no state between articles; the pool in `engine.ts` decides what it gets.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadFormatter } from '../format/formatters.js';
import { needsFranc } from '../language/detect.js';
import { loadFranc } from '../language/load-franc.js';
import type { Outcome, WorkerReply, WorkerSetup, WorkerTask } from './engine.js';
import { finishArticle, francError } from './finish.js';

const port = parentPort;
if (port) {
  const { rendering, progress } = workerData as WorkerSetup;
  // The format's module is loaded only when asked for (see `loadFormatter`): before the first article.
  if (rendering) await loadFormatter(rendering.format);
  /**
   * The outcomes of a batch. franc (its data for every language, ~18 ms of a worker's start) is
   * loaded only when an article not in Arabic script comes, as in the main thread; an article
   * fails alone if it cannot be loaded.
   */
  const answer = async (tasks: WorkerTask[]): Promise<void> => {
    const done: Array<{ id: number } & Outcome> = [];
    for (const task of tasks) {
      Atomics.store(progress, 0, task.id + 1);
      if (needsFranc(task.text)) {
        try {
          await loadFranc();
        } catch (error) {
          done.push({ id: task.id, ok: false, error: francError(error) });
          continue;
        }
      }
      done.push({ id: task.id, ...finishArticle(task, rendering) });
    }
    port.postMessage({ done } satisfies WorkerReply);
  };
  // Batches are answered in the order they came, one that waits for franc holding back the next.
  let answered: Promise<void> = Promise.resolve();
  port.on('message', (tasks: WorkerTask[]) => {
    answered = answered.then(() => answer(tasks));
  });
  // Loaded and listening: from now on a failure belongs to an article, not to the start.
  port.postMessage({ ready: true } satisfies WorkerReply);
}
