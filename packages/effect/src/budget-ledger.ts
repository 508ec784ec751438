/**
 * The tokens `XApiSchedule.budgeted` took for the retries of the call a fiber is making, so that
 * the call's success gives them back, as core's loop does (`RetryBudget.recordSuccess(taken)`).
 * `Effect.retry` steps its schedule and reruns the call in one fiber, and the client knows a call's
 * first attempt by `Schedule.CurrentMetadata`: that is how the two meet without shared state of
 * their own. Keyed weakly, so a fiber that ends takes its entry along.
 */
const takenByFiber = new WeakMap<object, number>();

/** Records tokens taken for a retry of the call `fiber` is making. */
export function noteTaken(fiber: object, tokens: number): void {
  takenByFiber.set(fiber, (takenByFiber.get(fiber) ?? 0) + tokens);
}

/** A new call starts: what a previous call that gave up had taken is not this call's to return. */
export function forgetTaken(fiber: object): void {
  takenByFiber.delete(fiber);
}

/** The tokens taken for this call's retries, cleared: its success returns them. */
export function takeTaken(fiber: object): number {
  const taken = takenByFiber.get(fiber) ?? 0;
  takenByFiber.delete(fiber);
  return taken;
}
