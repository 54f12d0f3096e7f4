/** Work in parallel, results in order, a bounded number (and size) in flight. */

/** How much may be in flight beyond a count: items weighed (bytes, say) against a budget. */
export interface Budget<T> {
  weigh: (item: T) => number;
  /** More is started only while the weight in flight is below this; one item is always let in. */
  limit: number;
}

/**
 * Map an async stream through `fn`, starting up to `limit` calls before the oldest has finished,
 * and yield the results in input order. A result is yielded as soon as it and those before it are
 * done, without waiting for more input (a line in, a line out). The source is read only while
 * fewer than `limit` items (and, with a `budget`, less than its weight) are in flight
 * (backpressure), so memory does not grow with its length.
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
  budget?: Budget<T>,
): AsyncGenerator<R> {
  const inFlight: Array<Promise<R>> = [];
  const weights: number[] = [];
  let weight = 0;
  const iterator = source[Symbol.asyncIterator]();
  let pulling: Promise<IteratorResult<T>> | undefined;
  let done = false;
  try {
    while (true) {
      const room = inFlight.length < limit && (!budget || weight < budget.limit);
      if (!done && !pulling && room) pulling = iterator.next();
      const head = inFlight[0];
      if (!head && !pulling) return;
      // The oldest result first when both are ready: race() takes the first settled in array order.
      const waits: Array<Promise<'head' | 'pull'>> = [];
      if (head) waits.push(head.then(toHead, toHead));
      if (pulling) waits.push(pulling.then(toPull, toPull));
      if (head && (await Promise.race(waits)) === 'head') {
        inFlight.shift();
        weight -= weights.shift() ?? 0;
        yield await head;
        continue;
      }
      if (!pulling) continue;
      const next = await pulling;
      pulling = undefined;
      if (next.done) done = true;
      else {
        const itemWeight = budget?.weigh(next.value) ?? 0;
        weights.push(itemWeight);
        weight += itemWeight;
        inFlight.push(settleLater(fn(next.value)));
      }
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
