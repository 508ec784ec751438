/**
 * Runs `task(0)` … `task(count - 1)` with at most `concurrency` in flight, like a client with that
 * many workers pulling from one queue. Resolves with every task's result, in index order.
 */
export async function runPool(count, concurrency, task) {
  const results = new Array(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const index = next++;
      results[index] = await task(index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return results;
}

/** Settles `promise` to whether it resolved, so one failed request does not stop a run. */
export function succeeded(promise) {
  return promise.then(
    () => true,
    () => false,
  );
}
