/**
 * The canonical kinds every error of every dialect maps to. Adapters, hooks and the Effect tags are
 * keyed on these, so user code handles `usage-capped` once, whichever API said it.
 */
export const errorKinds = [
  'rate-limited',
  'usage-capped',
  'credits-exhausted',
  'too-many-connections',
  'authentication',
  'forbidden',
  'not-authorized',
  'not-found',
  'suspended',
  'invalid-request',
  'duplicate',
  'action-limit',
  'stream-disconnect',
  'stream-rules',
  'conflict',
  'gone',
  'not-acceptable',
  'server-error',
  'unavailable',
  'network',
  'timeout',
  'unknown',
] as const;

/** A canonical error kind. */
export type ErrorKind = (typeof errorKinds)[number];

/** A canonical kind, or `ok` for responses that carry no error. */
export type Kind = ErrorKind | 'ok';

/**
 * How an entry may be retried:
 * - `never`: the same request fails the same way until something else changes;
 * - `backoff`: transient, retry with capped exponential backoff;
 * - `after-reset`: wait for the rate-limit window named by the response headers;
 * - `after-period`: a usage cap or quota, open again only in the next billing period;
 * - `reconnect`: a stream event, or a stream connection that failed in a way worth retrying
 *   (`classify` gives this to a `backoff` or `after-reset` failure of a stream URL): reconnect
 *   following X's reconnect schedule (see `reconnectDelay`).
 */
export type RetryPolicy = 'never' | 'backoff' | 'after-reset' | 'after-period' | 'reconnect';

/** The API family a response comes from. */
export type Dialect = 'v1.1' | 'v2' | 'sorsa';

/**
 * When several problems arrive together, the one whose kind comes first here decides the
 * classification: it is the one the caller must act on before anything else can succeed.
 */
export const kindPriority: readonly ErrorKind[] = [
  // Blocks that outlast any wait: acting on a shorter wait first only leads back to them.
  'suspended',
  'authentication',
  'credits-exhausted',
  'usage-capped',
  'action-limit',
  'forbidden',
  'gone',
  'not-acceptable',
  'invalid-request',
  'stream-rules',
  'conflict',
  // Already done: a retry, however timed, only repeats this answer.
  'duplicate',
  // Waits, longest first, then transient failures.
  'too-many-connections',
  'rate-limited',
  'unavailable',
  'server-error',
  'timeout',
  'network',
  'stream-disconnect',
  // Per item of a partial result: the rest of the body still stands.
  'not-authorized',
  'not-found',
  'unknown',
];

const ranks: ReadonlyMap<Kind, number> = new Map(kindPriority.map((kind, rank) => [kind, rank]));

/** A kind's place in `kindPriority`, looked up in one step; -1 for `ok`, which is in no order. */
export function rankOfKind(kind: Kind): number {
  return ranks.get(kind) ?? -1;
}
