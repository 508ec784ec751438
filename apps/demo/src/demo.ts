import type { Driver } from './driver.ts';
import { passed, type ScenarioReport } from './result.ts';
import { runReport, warmUp } from './runner.ts';
import type { Scenario } from './scenarios.ts';

/** The whole demo's outcome. */
export interface DemoResult {
  /** `true` when every adapter behaved as the catalogue says in every scenario. */
  readonly ok: boolean;
  readonly elapsedMs: number;
  readonly scenarios: readonly ScenarioReport[];
}

/**
 * Runs the scenarios one after another, each through every adapter; `onReport` sees each
 * scenario as soon as it is done, so a terminal can show progress.
 */
export async function runDemo(
  scenarios: readonly Scenario[],
  drivers: readonly Driver[],
  onReport?: (report: ScenarioReport) => void,
): Promise<DemoResult> {
  const started = performance.now();
  const reports: ScenarioReport[] = [];
  await warmUp(drivers);
  for (const scenario of scenarios) {
    const report = await runReport(scenario, drivers);
    reports.push(report);
    onReport?.(report);
  }
  return {
    ok: reports.every(passed),
    elapsedMs: Math.round(performance.now() - started),
    scenarios: reports,
  };
}
