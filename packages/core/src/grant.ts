/** Marks a granted request's response as arrived, at `doneAt` (epoch ms). Idempotent. */
export type CompleteGrant = (doneAt: number) => void;

/** One request a pacer let go: when it was sent, and when its response arrived. */
export interface Grant {
  readonly sentAt: number;
  doneAt: number | undefined;
}

/** Records a request sent at `now` in `grants`; the result marks it answered. */
export function addGrant(grants: Grant[], now: number): CompleteGrant {
  const grant: Grant = { sentAt: now, doneAt: undefined };
  grants.push(grant);
  return (doneAt) => {
    if (grant.doneAt === undefined) grant.doneAt = doneAt;
  };
}
