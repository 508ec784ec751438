import { counted, foldOutcomes, formatRange } from './compare.ts';
import type { Expected } from './expectations.ts';
import type { Paint } from './paint.ts';
import { passed, type RunResult, type ScenarioReport } from './result.ts';

/** How a table is laid out. */
export interface TableOptions {
  readonly paint: Paint;
  /** Terminal width to cut remedies at; `undefined` prints them whole. */
  readonly width?: number | undefined;
}

const columns = { adapter: 7, outcome: 34, attempts: 9, wait: 24 } as const;

/** `450 ms`, `1.02 s`, `40 s`. */
export function formatMs(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  const seconds = ms / 1000;
  return Number.isInteger(seconds) ? `${seconds} s` : `${seconds.toFixed(2)} s`;
}

function waitCell(result: RunResult): string {
  if (!result.reconnectMs) return formatMs(result.waitMs);
  return `reconnect ${result.reconnectMs.map((ms) => ms / 1000).join('/')} s`;
}

function cut(text: string, room: number | undefined): string {
  if (room === undefined || text.length <= room) return text;
  return room <= 1 ? '…' : `${text.slice(0, room - 1)}…`;
}

function expectedLine(expected: Expected | undefined): string {
  if (!expected) return 'the same outcome from every adapter';
  const entries = expected.entries.length === 0 ? 'no error entry' : expected.entries.join(', ');
  return [
    foldOutcomes(expected.outcomes),
    counted(expected.attempts, 'attempt'),
    `wait ${formatRange(expected.waitMs)}`,
    entries,
  ].join(' · ');
}

function row(result: RunResult, options: TableOptions): string[] {
  const { paint } = options;
  const ok = result.mismatches.length === 0;
  const mark = ok ? paint.green('✓') : paint.red('✗');
  const fixed = [
    result.adapter.padEnd(columns.adapter),
    foldOutcomes(result.outcomes).padEnd(columns.outcome),
    String(result.attempts).padEnd(columns.attempts),
    waitCell(result).padEnd(columns.wait),
  ].join(' ');
  const used = 4 + fixed.length + 1;
  const room = options.width === undefined ? undefined : Math.max(10, options.width - used);
  const lines = [`  ${mark} ${fixed} ${cut(result.remedy, room)}`];
  if (result.discardedRuns) {
    const runs = result.discardedRuns === 1 ? 'run' : 'runs';
    lines.push(
      paint.dim(
        `      ↳ after ${result.discardedRuns} ${runs} that did not set the situation up (slow machine)`,
      ),
    );
  }
  for (const mismatch of result.mismatches) lines.push(paint.red(`      ↳ ${mismatch}`));
  return lines;
}

/** One scenario as a block: name and title, the expectation, then one row per adapter. */
export function renderScenario(report: ScenarioReport, options: TableOptions): string {
  const { paint } = options;
  const header = [
    'adapter'.padEnd(columns.adapter),
    'outcome'.padEnd(columns.outcome),
    'attempts'.padEnd(columns.attempts),
    'wait'.padEnd(columns.wait),
    'remedy',
  ].join(' ');
  const name = passed(report) ? paint.cyan(report.name) : paint.red(report.name);
  return [
    `${paint.bold(name)}  ${report.title}`,
    paint.dim(`  expected: ${expectedLine(report.expected)}`),
    paint.dim(`    ${header}`),
    ...report.results.flatMap((result) => row(result, options)),
    '',
  ].join('\n');
}

/** The last line: how many runs matched the catalogue, which did not, and how long it all took. */
export function renderSummary(reports: readonly ScenarioReport[], elapsedMs: number, paint: Paint): string {
  const runs = reports.flatMap((report) => report.results.map((result) => ({ report, result })));
  const failed = runs.filter(({ result }) => result.mismatches.length > 0);
  const adapters = new Set(runs.map(({ result }) => result.adapter)).size;
  const time = formatMs(Math.round(elapsedMs / 10) * 10);
  if (failed.length === 0) {
    const grid = `${counted(reports.length, 'scenario')} × ${counted(adapters, 'adapter')}`;
    return paint.green(
      `✓ ${runs.length}/${runs.length} runs behaved as the catalogue says (${grid}) in ${time}`,
    );
  }
  const which = failed.map(({ report, result }) => `${result.adapter} in ${report.name}`).join(', ');
  return paint.red(`✗ ${failed.length} of ${runs.length} runs differ from the catalogue: ${which} (${time})`);
}
