import { expect, test } from 'vitest';
import type { DemoResult } from '../src/demo.ts';
import { adapterNames } from '../src/driver.ts';
import { scenarios } from '../src/scenarios.ts';
import { runCli } from './support.ts';

test('the full demo exits 0 and every adapter matches the catalogue in every scenario', {
  timeout: 90_000,
}, async () => {
  const run = await runCli(['--json']);

  const result = JSON.parse(run.stdout) as DemoResult;
  const mismatches = result.scenarios.flatMap((report) =>
    report.results.flatMap((r) => r.mismatches.map((m) => `${report.name}/${r.adapter}: ${m}`)),
  );
  expect(mismatches).toEqual([]);
  expect(result.ok).toBe(true);
  expect(run.code).toBe(0);
  expect(result.scenarios.map((report) => report.name)).toEqual(scenarios.map((scenario) => scenario.name));
  for (const report of result.scenarios) {
    expect(report.results.map((r) => r.adapter)).toEqual([...adapterNames]);
  }
});
