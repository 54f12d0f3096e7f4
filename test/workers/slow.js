// A stand-in worker for engine.test.ts: speaks the protocol of src/cli/worker.ts, answers each batch
// 20 ms after it arrives, and says in each document how many articles that batch had and how many
// batches it held unanswered when the batch arrived (that one included).
import { parentPort, workerData } from 'node:worker_threads';

let held = 0;
parentPort?.on('message', (tasks) => {
  held++;
  const heldNow = held;
  setTimeout(() => {
    held--;
    const done = tasks.map((task) => {
      Atomics.store(workerData.progress, 0, task.id + 1);
      return { id: task.id, ok: true, document: { source: task.source, batch: tasks.length, held: heldNow } };
    });
    parentPort?.postMessage({ done });
  }, 20);
});
parentPort?.postMessage({ ready: true });
