import { expect, test } from 'vitest';
import type { DemoResult } from '../src/demo.ts';
import { runCli } from './support.ts';

test('--scenario runs only the named scenario, one row per adapter', { timeout: 30_000 }, async () => {
  const run = await runCli(['--scenario', 'over-capacity-503']);

  expect(run.code).toBe(0);
  expect(run.stdout).toContain('over-capacity-503');
  expect(run.stdout).not.toContain('sorsa-burst');
  for (const adapter of ['fetch', 'ky', 'axios', 'effect']) {
    expect(run.stdout).toMatch(
      new RegExp(`✓ ${adapter} +data +3 +450 ms +Retry after a short, growing delay;`),
    );
  }
  expect(run.stdout.trimEnd().split('\n').at(-1)).toMatch(/^✓ 4\/4 runs behaved as the catalogue says/);
});

test('--json prints one result per adapter for the chosen scenario', { timeout: 30_000 }, async () => {
  const run = await runCli(['--json', '--scenario', 'sorsa-unpaid-key']);

  const result = JSON.parse(run.stdout) as DemoResult;
  expect(run.code).toBe(0);
  expect(result.scenarios).toHaveLength(1);
  const [report] = result.scenarios;
  expect(report?.results.map((r) => [r.adapter, r.outcomes, r.attempts, r.entries])).toEqual(
    ['fetch', 'ky', 'axios', 'effect'].map((adapter) => [
      adapter,
      ['credits-exhausted'],
      1,
      ['sorsa/key-not-paid'],
    ]),
  );
});

test('output piped to a file has no ANSI colours', { timeout: 30_000 }, async () => {
  const run = await runCli(['--scenario', 'usage-cap']);

  expect(run.stdout).not.toContain('\u001b[');
});

test('an unknown scenario exits 2 and lists the scenarios', async () => {
  const run = await runCli(['--scenario', 'no-such-scenario']);

  expect(run.code).toBe(2);
  expect(run.stderr).toContain('Unknown scenario "no-such-scenario"');
  expect(run.stderr).toContain('rate-limit-window');
});

test('an unknown option exits 2 with the usage', async () => {
  const run = await runCli(['--fast']);

  expect(run.code).toBe(2);
  expect(run.stderr).toContain('Usage: xapi-demo');
});

test('--live without credentials exits non-zero and names the variables to set', async () => {
  const run = await runCli(['--live']);

  expect(run.code).toBe(3);
  expect(run.stderr).toContain('--live cannot run: no credentials');
  expect(run.stderr).toContain('X_BEARER_TOKEN');
  expect(run.stderr).toContain('SORSA_API_KEY');
  expect(run.stdout).toBe('');
});
