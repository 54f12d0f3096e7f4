// A stand-in worker for engine.test.ts: speaks the protocol of src/cli/worker.ts, and dies on an
// article that asks it to, as a worker would on a bug that kills its thread.
import { parentPort } from 'node:worker_threads';

parentPort?.on('message', (task) => {
  if (task.text === 'die') process.exit(3);
  if (task.text === 'throw') throw new Error('unexpected state\n    at somewhere (worker.js:1:1)');
  parentPort?.postMessage({
    id: task.id,
    ok: true,
    document: { source: task.source, length: task.text.length },
  });
});
parentPort?.postMessage({ ready: true });
