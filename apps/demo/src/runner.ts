import { describe, type XApiOptions } from '@xapi-errors/core';
import { startSimulator } from '@xapi-errors/testkit';
import { mismatches } from './compare.ts';
import type { Driver } from './driver.ts';
import { demoRandom } from './expectations.ts';
import { createObserver } from './observer.ts';
import type { RunResult, ScenarioReport } from './result.ts';
import { type CallRecord, runCall, tagCall } from './run-call.ts';
import type { Scenario, Step } from './scenarios.ts';

/** A run that takes longer than this is stuck; the simulator is closed under it. */
const runTimeoutMs = 20_000;

/** How late after a whole second a step may start; a timer that fires later waits for the next one. */
const alignSlackMs = 100;

/** Just after a whole second, where the simulator's one-second windows start. */
async function untilNextSecond(): Promise<void> {
  do {
    const wait = 1000 - (Date.now() % 1000) + 20;
    await new Promise((resolve) => setTimeout(resolve, wait));
  } while (Date.now() % 1000 > alignSlackMs);
}

/** How `runSteps` tells hook events apart by call. */
export interface StepsMode {
  /**
   * `query` (the default) puts each call's id in its URL, so the calls of a step may run together.
   * `one-at-a-time` leaves URLs as they are, for a real API that refuses a query parameter it does
   * not know (X v2 answers it with a 400); each step must then hold one call.
   */
  readonly tag: 'query' | 'one-at-a-time';
}

/**
 * Sends the steps through one new adapter instance, one step after another, the calls of a step
 * together. `options` are added to the hooks that observe every call.
 */
export async function runSteps(
  steps: readonly Step[],
  driver: Driver,
  baseUrl: string,
  options: XApiOptions,
  { tag }: StepsMode = { tag: 'query' },
): Promise<CallRecord[][]> {
  if (tag === 'one-at-a-time' && steps.some((step) => step.calls.length > 1)) {
    throw new RangeError('runSteps: untagged calls must run one at a time, one call per step');
  }
  const observer = createObserver();
  const client = await driver.connect({ baseUrl, options: { ...options, ...observer.hooks } });
  const records: CallRecord[][] = [];
  let nextId = 1;
  try {
    for (const step of steps) {
      if (step.alignToSecond) await untilNextSecond();
      const calls = step.calls.map((call) => {
        const id = nextId++;
        if (tag === 'query') return runCall(client, tagCall(call, id), baseUrl, observer.of(id));
        observer.untaggedGoTo(id);
        return runCall(client, call, baseUrl, observer.of(id));
      });
      records.push(await Promise.all(calls));
    }
    return records;
  } finally {
    await client.close?.();
  }
}

/** Everything a run shows except attempts, which the caller counts where it can. */
export type Summary = Omit<RunResult, 'adapter' | 'attempts' | 'mismatches'>;

function entryIds(records: readonly CallRecord[]): string[] {
  const ids: string[] = [];
  for (const record of records) {
    for (const subject of record.notable) {
      const id = subject.entry?.id ?? `${subject.kind} (no entry)`;
      if (!ids.includes(id)) ids.push(id);
    }
  }
  return ids;
}

/** Outcomes, waits, entries and the remedy of the first entry met, over all steps. */
export function summarize(steps: readonly (readonly CallRecord[])[]): Summary {
  const records = steps.flat();
  const first = records.flatMap((record) => record.notable)[0];
  const reconnectMs = records.find((record) => record.reconnectMs)?.reconnectMs;
  return {
    outcomes: records.flatMap((record) => record.outcomes),
    // Calls sent together wait side by side, so a step waits as long as its longest call.
    waitMs: steps.reduce((total, step) => total + Math.max(0, ...step.map((record) => record.waitMs)), 0),
    entries: entryIds(records),
    remedy: first ? describe(first).remedy : '—',
    ...(reconnectMs ? { reconnectMs } : {}),
  };
}

/** A run that crashed or hung: no observations, and the reason as its only mismatch. */
export function failedRun(driver: Driver, error: unknown): RunResult {
  const message = error instanceof Error ? error.message : String(error);
  return {
    adapter: driver.name,
    outcomes: [],
    attempts: 0,
    waitMs: 0,
    entries: [],
    remedy: '—',
    mismatches: [`the run failed: ${message}`],
  };
}

/** Races `work` against a time limit, clearing the timer either way. */
export async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`it did not finish within ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([work, limit]);
  } finally {
    clearTimeout(timer);
  }
}

/** How often a run that did not set its situation up is repeated before the demo gives up on it. */
const setUpTries = 3;

async function runOnce(scenario: Scenario, driver: Driver): Promise<{ result: RunResult; setUp: boolean }> {
  const sim = await startSimulator({ seed: 1, ...scenario.simulator });
  try {
    scenario.prepare?.(sim);
    const steps = await withTimeout(
      runSteps(scenario.steps, driver, sim.url, { ...scenario.adapter, retry: { random: demoRandom } }),
      runTimeoutMs,
    );
    const summary = summarize(steps);
    const attempts = sim.requests.length;
    const result = {
      adapter: driver.name,
      ...summary,
      attempts,
      mismatches: mismatches(scenario.expected, { ...summary, attempts }),
    };
    return { result, setUp: scenario.setUp?.(sim.requests) ?? true };
  } catch (error) {
    return { result: failedRun(driver, error), setUp: true };
  } finally {
    await sim.close();
  }
}

/**
 * Runs one scenario through one adapter against a fresh simulator and judges the result. A run
 * that did not set its situation up is repeated; if none does, that is reported as a mismatch.
 */
export async function runScenario(scenario: Scenario, driver: Driver): Promise<RunResult> {
  for (let run = 1; ; run++) {
    const { result, setUp } = await runOnce(scenario, driver);
    const discarded = run > 1 ? { discardedRuns: run - 1 } : {};
    if (setUp) return { ...result, ...discarded };
    if (run === setUpTries) {
      const problem = `the situation was not set up in ${setUpTries} runs (is the machine overloaded?)`;
      return { ...result, ...discarded, mismatches: [...result.mismatches, problem] };
    }
  }
}

/**
 * Sends one request through each adapter against a throwaway simulator, so first-use costs
 * (module initialisation, the HTTP stack's first connection) do not land inside a timed window.
 */
export async function warmUp(drivers: readonly Driver[]): Promise<void> {
  const sim = await startSimulator();
  try {
    await Promise.all(
      drivers.map((driver) =>
        runSteps([{ calls: [{ method: 'GET', path: '/2/users/me' }] }], driver, sim.url, {}),
      ),
    );
  } finally {
    await sim.close();
  }
}

/** Runs one scenario through every adapter side by side, each against its own simulator. */
export async function runReport(scenario: Scenario, drivers: readonly Driver[]): Promise<ScenarioReport> {
  const started = performance.now();
  const results = await Promise.all(drivers.map((driver) => runScenario(scenario, driver)));
  return {
    name: scenario.name,
    title: scenario.title,
    expected: scenario.expected,
    results,
    elapsedMs: Math.round(performance.now() - started),
  };
}
