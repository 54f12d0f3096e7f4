/**
 * A worker thread of `--jobs N`: finishes the articles it is sent (`finishArticle`: extract, and for
 * a format that writes as it goes, filter, format and check) and sends back their outcomes, a batch
 * in one message. It holds no state between articles; the pool in `engine.ts` decides what it gets.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { franc } from 'franc';
import { useFranc } from '../language/detect.js';
import type { WorkerReply, WorkerSetup, WorkerTask } from './engine.js';
import { finishArticle } from './finish.js';

// A worker takes any article: franc is loaded with it, off the main thread.
useFranc(franc);

const port = parentPort;
if (port) {
  const { rendering, progress } = workerData as WorkerSetup;
  port.on('message', (tasks: WorkerTask[]) => {
    const done = tasks.map((task) => {
      Atomics.store(progress, 0, task.id + 1);
      return { id: task.id, ...finishArticle(task, rendering) };
    });
    port.postMessage({ done } satisfies WorkerReply);
  });
  // Loaded and listening: from now on a failure belongs to an article, not to the start.
  port.postMessage({ ready: true } satisfies WorkerReply);
}
