/**
 * A worker thread of `--jobs N`: runs the pure `extract` on the articles it is sent and sends the
 * documents back. It holds no state between articles; the pool in `engine.ts` decides what it gets.
 */
import { parentPort } from 'node:worker_threads';
import { extract } from '../extract.js';
import type { WorkerReply, WorkerTask } from './engine.js';

const port = parentPort;
if (port) {
  port.on('message', (task: WorkerTask) => {
    let reply: WorkerReply;
    try {
      reply = {
        id: task.id,
        ok: true,
        document: extract(task.text, { source: task.source, encoding: task.encoding }),
      };
    } catch (error) {
      reply = { id: task.id, ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply);
  });
  // Loaded and listening: from now on a failure belongs to an article, not to the start.
  port.postMessage({ ready: true } satisfies WorkerReply);
}
