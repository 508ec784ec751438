import { mkdirSync, writeFileSync } from 'node:fs';
import { resultsFile, runtimesDir } from './paths.mjs';

/**
 * One runtime's outcome, from a report (`{ runtime, passed, failed, results }`) or `{ error }`.
 * A runtime that could not be installed, started or finished counts as one failed test, and so
 * does one that turns out to be a different version than pinned.
 */
export function outcome(name, expected, report) {
  if (report.error !== undefined) {
    return { name, version: expected ?? '-', passed: 0, failed: 1, error: report.error, results: [] };
  }
  const mismatch =
    expected !== undefined && report.runtime !== expected
      ? `ran ${report.runtime}, but ${expected} is pinned`
      : undefined;
  return {
    name,
    version: report.runtime,
    passed: report.passed,
    failed: report.failed + (mismatch ? 1 : 0),
    ...(mismatch ? { error: mismatch } : {}),
    results: report.results,
  };
}

function pad(text, width) {
  return String(text).padEnd(width);
}

/** Prints the per-runtime table, then every failure with its reason. */
export function printReport(outcomes) {
  const nameWidth = Math.max(7, ...outcomes.map((entry) => entry.name.length));
  const versionWidth = Math.max(7, ...outcomes.map((entry) => String(entry.version).length));
  console.log(`\n${pad('runtime', nameWidth)}  ${pad('version', versionWidth)}  passed  failed`);
  for (const entry of outcomes) {
    const status = entry.error === undefined && entry.failed === 0 ? '' : '  FAIL';
    console.log(
      `${pad(entry.name, nameWidth)}  ${pad(entry.version, versionWidth)}  ${pad(entry.passed, 6)}  ${pad(entry.failed, 6)}${status}`,
    );
  }
  for (const entry of outcomes) {
    if (entry.error !== undefined) console.log(`\n✗ ${entry.name}: ${entry.error}`);
    for (const result of entry.results.filter((candidate) => !candidate.ok)) {
      console.log(`\n✗ ${entry.name} › ${result.name}\n  ${result.error}`);
    }
  }
}

/** Writes `.runtimes/results.json`: vitest's report totals plus the per-runtime detail. */
export function writeResults(outcomes) {
  const passed = outcomes.reduce((sum, entry) => sum + entry.passed, 0);
  const failed = outcomes.reduce((sum, entry) => sum + entry.failed, 0);
  mkdirSync(runtimesDir, { recursive: true });
  const report = {
    numPassedTests: passed,
    numFailedTests: failed,
    numTotalTests: passed + failed,
    success: failed === 0,
    runtimes: outcomes,
  };
  writeFileSync(resultsFile, `${JSON.stringify(report, null, 2)}\n`);
  return { passed, failed };
}
