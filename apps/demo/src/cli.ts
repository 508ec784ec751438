#!/usr/bin/env node
import { type DemoArgs, parseDemoArgs, usage } from './args.ts';
import { runDemo } from './demo.ts';
import { drivers } from './drivers/index.ts';
import { cannotRun, runLive } from './live.ts';
import { colourWanted, createPaint } from './paint.ts';
import type { ScenarioReport } from './result.ts';
import { scenarios } from './scenarios.ts';
import { renderScenario, renderSummary, type TableOptions } from './table.ts';

const out = (text: string): void => {
  process.stdout.write(text);
};
const err = (text: string): void => {
  process.stderr.write(text);
};

function scenarioList(): string {
  return scenarios.map((scenario) => `  ${scenario.name.padEnd(20)} ${scenario.title}`).join('\n');
}

function tableOptions(args: DemoArgs): TableOptions {
  const colour = !args.json && colourWanted(process.stdout, process.env);
  return { paint: createPaint(colour), width: process.stdout.isTTY ? process.stdout.columns : undefined };
}

function printer(args: DemoArgs, table: TableOptions): ((report: ScenarioReport) => void) | undefined {
  return args.json ? undefined : (report) => out(`${renderScenario(report, table)}\n`);
}

async function live(args: DemoArgs): Promise<number> {
  const table = tableOptions(args);
  const result = await runLive(process.env, drivers, { out, err }, printer(args, table));
  if (args.json)
    out(`${JSON.stringify({ ok: result.exitCode === 0, scenarios: result.scenarios }, null, 2)}\n`);
  else if (result.exitCode !== cannotRun) {
    const agreed = result.exitCode === 0;
    const line = agreed
      ? 'every adapter agreed on every live check'
      : 'the adapters disagree on a live check';
    out(`${agreed ? table.paint.green(`✓ ${line}`) : table.paint.red(`✗ ${line}`)}\n`);
  }
  return result.exitCode;
}

async function main(argv: readonly string[]): Promise<number> {
  let args: DemoArgs;
  try {
    args = parseDemoArgs(argv);
  } catch (error) {
    err(`${error instanceof Error ? error.message : String(error)}\n\n${usage}\n`);
    return 2;
  }
  if (args.help) {
    out(`${usage}\n\nScenarios:\n${scenarioList()}\n`);
    return 0;
  }
  if (args.live) return live(args);
  const selected =
    args.scenario === undefined ? scenarios : scenarios.filter((s) => s.name === args.scenario);
  if (selected.length === 0) {
    err(`Unknown scenario "${args.scenario}". Scenarios:\n${scenarioList()}\n`);
    return 2;
  }
  const table = tableOptions(args);
  if (!args.json) {
    const names = drivers.map((driver) => driver.name).join(', ');
    out(
      table.paint.dim(
        `xapi-errors demo: ${selected.length === 1 ? 'one scenario' : `${selected.length} scenarios`} through ${names}, each run against its own embedded simulator\n\n`,
      ),
    );
  }
  const result = await runDemo(selected, drivers, printer(args, table));
  if (args.json) out(`${JSON.stringify(result, null, 2)}\n`);
  else out(`${renderSummary(result.scenarios, result.elapsedMs, table.paint)}\n`);
  return result.ok ? 0 : 1;
}

/**
 * Exits once everything written so far is flushed, without waiting for the event loop to drain:
 * a run that timed out may still hold sockets or timers.
 */
function exit(code: number): void {
  process.stdout.write('', () => process.exit(code));
}

main(process.argv.slice(2)).then(exit, (error: unknown) => {
  err(`xapi-demo crashed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  exit(1);
});
