import type { AdapterName } from './driver.ts';
import type { Expected } from './expectations.ts';

/** What one adapter did in one scenario, and where it differed from the catalogue. */
export interface RunResult {
  readonly adapter: AdapterName;
  /** One label per call, or per stream line. */
  readonly outcomes: readonly string[];
  /** Requests the simulator received. */
  readonly attempts: number;
  /** Real waits the adapter reported (retry delays and pacer holds); calls sent together count once. */
  readonly waitMs: number;
  /** The catalogue entries met along the way, in order. */
  readonly entries: readonly string[];
  /** The catalogue's remedy for the first entry met, or `—` when nothing went wrong. */
  readonly remedy: string;
  /** For a stream error: the reconnect delays core prescribes for attempts 1 to 4. */
  readonly reconnectMs?: readonly number[];
  /** Earlier runs thrown away because they did not set the situation up (see `Scenario.setUp`). */
  readonly discardedRuns?: number;
  /** Why this run does not match the expectation; empty when it does. */
  readonly mismatches: readonly string[];
}

/** One scenario's expectation and every adapter's result. */
export interface ScenarioReport {
  readonly name: string;
  readonly title: string;
  /** What the catalogue says; absent for live checks, where the adapters only have to agree. */
  readonly expected?: Expected;
  readonly results: readonly RunResult[];
  /** Wall time of the scenario, all adapters together. */
  readonly elapsedMs: number;
}

/** Whether every adapter matched the expectation. */
export function passed(report: ScenarioReport): boolean {
  return report.results.every((result) => result.mismatches.length === 0);
}
