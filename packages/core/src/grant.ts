/**
 * Marks a granted request's response as arrived, at `doneAt` (epoch ms); with `sent: false`, gives
 * the grant back instead: the request was never sent (aborted after its turn came), so it counts
 * for nothing. Idempotent.
 */
export type CompleteGrant = (doneAt: number, sent?: boolean) => void;

/** One request a pacer let go: when it was sent, and when its response arrived. */
export interface Grant {
  readonly sentAt: number;
  doneAt: number | undefined;
}

/** Records a request sent at `now` in `grants`; the result marks it answered. */
export function addGrant(grants: Grant[], now: number): CompleteGrant {
  const grant: Grant = { sentAt: now, doneAt: undefined };
  grants.push(grant);
  return (doneAt, sent = true) => {
    // A grant given back was released before it began: it stops counting at once.
    if (grant.doneAt === undefined) grant.doneAt = sent ? doneAt : Number.NEGATIVE_INFINITY;
  };
}

/**
 * When `grant` stops counting: an in-flight one `pendingTimeoutMs` after it was sent (its response
 * may never come), an answered one `holdMs` after its response.
 */
function releasedAt(grant: Grant, pendingTimeoutMs: number, holdMs: number): number {
  return grant.doneAt === undefined ? grant.sentAt + pendingTimeoutMs : grant.doneAt + holdMs;
}

/**
 * The grants still counting at `now` (see `releasedAt`), and the earliest time one of them stops:
 * `Infinity` when none counts.
 */
export function liveGrants(
  grants: readonly Grant[],
  now: number,
  pendingTimeoutMs: number,
  holdMs: number,
): { readonly live: Grant[]; readonly nextRelease: number } {
  const live = grants.filter((grant) => releasedAt(grant, pendingTimeoutMs, holdMs) > now);
  let nextRelease = Number.POSITIVE_INFINITY;
  for (const grant of live) nextRelease = Math.min(nextRelease, releasedAt(grant, pendingTimeoutMs, holdMs));
  return { live, nextRelease };
}
