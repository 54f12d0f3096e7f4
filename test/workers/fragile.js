// A stand-in worker for engine.test.ts: speaks the protocol of src/cli/worker.ts, and dies on an
// article that asks it to, as a worker would on a bug that kills its thread.
import { parentPort, workerData } from 'node:worker_threads';

parentPort?.on('message', (tasks) => {
  const done = tasks.map((task) => {
    Atomics.store(workerData.progress, 0, task.id + 1);
    if (task.text === 'die') process.exit(3);
    if (task.text === 'throw') throw new Error('unexpected state\n    at somewhere (worker.js:1:1)');
    return { id: task.id, ok: true, document: { source: task.source, length: task.text.length } };
  });
  parentPort?.postMessage({ done });
});
parentPort?.postMessage({ ready: true });
