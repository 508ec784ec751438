import {
  backoffDelay,
  type Entry,
  type EntryId,
  getEntry,
  isRetryable,
  type Kind,
  retryDefaults,
} from '@xapi-errors/core';

/** What every adapter must report for a scenario, derived from the catalogue. */
export interface Expected {
  /** One label per call (per stream line for streams): `data`, a kind, or a partial-data label. */
  readonly outcomes: readonly string[];
  /** Requests the simulator must have received. */
  readonly attempts: number;
  /** The catalogue entries the adapter must have met along the way (retried, final or partial), in order. */
  readonly entries: readonly EntryId[];
  /** Bounds of the total real wait; equal bounds mean the wait is exact. */
  readonly waitMs: { readonly min: number; readonly max: number };
}

/**
 * Jitter source every adapter gets, so backoff waits are the same on every run and can be
 * checked exactly: each step waits half of its ceiling.
 */
export const demoRandom = (): number => 0.5;

/** The outcome label of a successful call. */
export const data = 'data';

/** The outcome label of a 2xx that carries data and errors. */
export function partialLabel(kind: Kind): string {
  return `data + ${kind} (partial)`;
}

/** The catalogue entry behind an id; throws if the catalogue lost it, since every expectation rests on it. */
export function entryOf(id: EntryId): Entry {
  const entry = getEntry(id);
  if (!entry) throw new Error(`The catalogue has no entry ${id}.`);
  return entry;
}

/** The canonical kind the catalogue gives an entry. */
export function kindOf(id: EntryId): Kind {
  return entryOf(id).kind;
}

/** Whether the catalogue says a request that met this entry may be sent again. */
export function retries(id: EntryId, method: string): boolean {
  const entry = entryOf(id);
  return isRetryable(entry.retry, entry.processed, method);
}

/** The exact total of the first `count` backoff waits under {@link demoRandom}. */
export function backoffTotal(count: number): number {
  let total = 0;
  for (let attempt = 1; attempt <= count; attempt++) total += backoffDelay(attempt, { random: demoRandom });
  return total;
}

/** No wait at all. */
export const noWait: Expected['waitMs'] = { min: 0, max: 0 };

/**
 * A wait for a reset the server names: more than nothing, at most the reset distance plus the
 * one-second resolution of reset and `date` headers.
 */
export function resetWait(resetWithinMs: number): Expected['waitMs'] {
  return { min: 1, max: resetWithinMs + 1000 };
}

/** What one call meeting `failures` scripted answers of `id`, then success, must end as. */
export interface TransientExpectation {
  readonly outcome: string;
  readonly attempts: number;
  /** How many of the failures were waited out (and so how many backoff or reset waits happened). */
  readonly waited: number;
}

/**
 * A call that meets `failures` answers of one entry before the route succeeds again. If the
 * catalogue allows a retry, the adapter must retry through them (within the default limit) and
 * end with data; if not, it must stop at the first with the entry's kind.
 */
export function throughFailures(id: EntryId, method: string, failures: number): TransientExpectation {
  if (!retries(id, method)) return { outcome: kindOf(id), attempts: 1, waited: 0 };
  if (failures > retryDefaults.limit) {
    return { outcome: kindOf(id), attempts: retryDefaults.limit + 1, waited: retryDefaults.limit };
  }
  return { outcome: data, attempts: failures + 1, waited: failures };
}

/**
 * A call that meets an answer that does not go away by itself (a cap, no credits, an unpaid key):
 * stop at once if the catalogue forbids a retry, otherwise spend the whole retry limit.
 */
export function persistent(id: EntryId, method: string): TransientExpectation {
  if (!retries(id, method)) return { outcome: kindOf(id), attempts: 1, waited: 0 };
  return { outcome: kindOf(id), attempts: retryDefaults.limit + 1, waited: retryDefaults.limit };
}
