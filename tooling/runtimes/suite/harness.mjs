// A test harness small enough to run unchanged in Node, Bun, Deno and a browser page: no imports,
// no globals beyond the language and timers.

/** Thrown by the assertions below; its message names what differed. */
export class AssertionError extends Error {
  name = 'AssertionError';
}

function show(value) {
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

/** Fails unless `actual` and `expected` serialise to the same JSON (so arrays and plain objects compare by value). */
export function equal(actual, expected, label) {
  if (show(actual) !== show(expected)) {
    throw new AssertionError(`${label}: expected ${show(expected)}, got ${show(actual)}`);
  }
}

/** Fails unless `value` is truthy. */
export function ok(value, label) {
  if (!value) throw new AssertionError(`${label}: expected a truthy value, got ${show(value)}`);
}

/** The value `promise` rejects with; fails when it resolves. */
export async function rejectionOf(promise) {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new AssertionError('expected the request to reject, it resolved');
}

/** Resolves after `ms` milliseconds. */
export function pause(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function describeError(error) {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

function withTimeout(promise, ms) {
  let timer;
  const expiry = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new AssertionError(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, expiry]).finally(() => clearTimeout(timer));
}

/**
 * Runs `tests` (`[{ name, fn }]`) one after another; a failing or hanging test is recorded and
 * the next one still runs. `beforeEach` runs before every test and counts as part of it.
 */
export async function runTests(tests, { beforeEach = async () => {}, timeoutMs = 20_000 } = {}) {
  const results = [];
  for (const { name, fn } of tests) {
    try {
      await withTimeout(
        (async () => {
          await beforeEach();
          await fn();
        })(),
        timeoutMs,
      );
      results.push({ name, ok: true });
    } catch (error) {
      results.push({ name, ok: false, error: describeError(error) });
    }
  }
  const passed = results.filter((result) => result.ok).length;
  return { passed, failed: results.length - passed, results };
}
