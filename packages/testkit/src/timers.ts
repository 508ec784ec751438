/**
 * Every timer the simulator runs (latency, stream lines, slow bodies, break-off pauses), so that
 * `close()` can stop them all: one left running would keep the process alive after the server is
 * gone.
 */
export class Timers {
  readonly #live = new Set<NodeJS.Timeout>();

  /** Runs `run` once after `ms` milliseconds. */
  after(ms: number, run: () => void): NodeJS.Timeout {
    const timer = setTimeout(() => {
      this.#live.delete(timer);
      run();
    }, ms);
    this.#live.add(timer);
    return timer;
  }

  /** Runs `run` every `ms` milliseconds until cancelled. */
  every(ms: number, run: () => void): NodeJS.Timeout {
    const timer = setInterval(run, ms);
    this.#live.add(timer);
    return timer;
  }

  /** Stops one timer of either kind; nothing happens for `undefined` or one already stopped. */
  cancel(timer: NodeJS.Timeout | undefined): void {
    if (timer === undefined) return;
    clearTimeout(timer);
    this.#live.delete(timer);
  }

  /** Stops every timer still running. */
  cancelAll(): void {
    for (const timer of this.#live) clearTimeout(timer);
    this.#live.clear();
  }
}
