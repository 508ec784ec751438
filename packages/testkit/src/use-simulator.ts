import type { Clock } from './clock.ts';
import type { SimulatorOptions } from './options.ts';
import type { RecordedRequest, RequestMatcher } from './requests.ts';
import type { ScriptStep } from './script.ts';
import { type Simulator, startSimulator } from './simulator.ts';

/**
 * The lifecycle hooks of a test framework, as `useSimulator` registers with them: vitest's and
 * jest's `beforeAll`/`beforeEach`/`afterAll`, or node:test's `before`/`beforeEach`/`after`.
 */
export interface SimulatorHooks {
  /** Runs once before the file's tests: the simulator starts here. */
  readonly beforeAll: (run: () => Promise<void>) => unknown;
  /** Runs once after them: the simulator stops here. */
  readonly afterAll: (run: () => Promise<void>) => unknown;
  /** When given, every test starts from a reset simulator (no scripts, requests or spent limits). */
  readonly beforeEach?: ((run: () => void) => unknown) | undefined;
}

/** A simulator that exists once its file's `beforeAll` has run; until then every use throws. */
class HookedSimulator implements Simulator {
  #started: Simulator | undefined;

  started(simulator: Simulator): void {
    this.#started = simulator;
  }

  /**
   * Closes the simulator, if one started. When `beforeAll` failed to start one, the runner has
   * already reported why; throwing here would add a second failure that blames the wrong thing.
   */
  async stop(): Promise<void> {
    const running = this.#started;
    this.#started = undefined;
    await running?.close();
  }

  get #simulator(): Simulator {
    if (this.#started === undefined) {
      throw new Error(
        'xapi-sim: the simulator runs from beforeAll to afterAll; use it inside tests and hooks',
      );
    }
    return this.#started;
  }

  get url(): string {
    return this.#simulator.url;
  }

  get port(): number {
    return this.#simulator.port;
  }

  get clock(): Clock {
    return this.#simulator.clock;
  }

  get requests(): readonly RecordedRequest[] {
    return this.#simulator.requests;
  }

  script(route: string, steps: readonly ScriptStep[]): void {
    this.#simulator.script(route, steps);
  }

  requestCount(matcher?: RequestMatcher): number {
    return this.#simulator.requestCount(matcher);
  }

  setStreamRules(count: number): void {
    this.#simulator.setStreamRules(count);
  }

  reset(): void {
    this.#simulator.reset();
  }

  close(): Promise<void> {
    return this.#simulator.close();
  }
}

/**
 * Starts a simulator for one test file through the framework's own hooks: started before the
 * file's tests, reset before each (when `beforeEach` is given) and closed after them. The result
 * can be used from the first hook on, like the simulator itself.
 *
 * @param hooks The framework's lifecycle hooks.
 * @param options Passed to {@link startSimulator}.
 *
 * @example
 * ```ts
 * import { useSimulator } from '@xapi-errors/testkit';
 * import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
 *
 * const sim = useSimulator({ beforeAll, beforeEach, afterAll });
 *
 * test('my client gives up on a usage cap', async () => {
 *   sim.script('GET /2/users/me', ['v2/usage-capped']);
 *   const response = await fetch(`${sim.url}/2/users/me`);
 *   expect(response.status).toBe(429);
 * });
 * ```
 */
export function useSimulator(hooks: SimulatorHooks, options?: SimulatorOptions): Simulator {
  const simulator = new HookedSimulator();
  hooks.beforeAll(async () => {
    simulator.started(await startSimulator(options));
  });
  hooks.beforeEach?.(() => simulator.reset());
  hooks.afterAll(() => simulator.stop());
  return simulator;
}
