/** Work in parallel, results in order, a bounded number in flight. */

/**
 * Map an async stream through `fn`, starting up to `limit` calls before the oldest has finished,
 * and yield the results in input order. A result is yielded as soon as it and those before it are
 * done, without waiting for more input (a line in, a line out). The source is read only while
 * fewer than `limit` items are in flight (backpressure), so memory does not grow with its length.
 * `fn` should not reject (return an outcome instead); if it does, the error is thrown here when
 * its turn comes.
 *
 * @example
 * for await (const document of mapOrdered(articles, (article) => engine.process(article), 8)) …
 */
export async function* mapOrdered<T, R>(
  source: AsyncIterable<T>,
  fn: (item: T) => Promise<R>,
  limit: number,
): AsyncGenerator<R> {
  const inFlight: Array<Promise<R>> = [];
  const iterator = source[Symbol.asyncIterator]();
  let pulling: Promise<IteratorResult<T>> | undefined;
  let done = false;
  try {
    while (true) {
      if (!done && !pulling && inFlight.length < limit) pulling = iterator.next();
      const head = inFlight[0];
      if (!head && !pulling) return;
      // The oldest result first when both are ready: race() takes the first settled in array order.
      const waits: Array<Promise<'head' | 'pull'>> = [];
      if (head) waits.push(head.then(toHead, toHead));
      if (pulling) waits.push(pulling.then(toPull, toPull));
      if (head && (await Promise.race(waits)) === 'head') {
        inFlight.shift();
        yield await head;
        continue;
      }
      if (!pulling) continue;
      const next = await pulling;
      pulling = undefined;
      if (next.done) done = true;
      else inFlight.push(settleLater(fn(next.value)));
    }
  } finally {
    // Stopped early (an error, a consumer that breaks): let the source clean up.
    if (!done) await iterator.return?.();
  }
}

const toHead = () => 'head' as const;
const toPull = () => 'pull' as const;

/** A promise whose rejection is not reported as unhandled while it waits for its turn. */
function settleLater<R>(promise: Promise<R>): Promise<R> {
  promise.catch(() => {});
  return promise;
}
