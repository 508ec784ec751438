#!/usr/bin/env node
import { type CliCommand, cliUsage, parseCliArgs } from './cli-args.ts';
import { optionsOf } from './cli-config.ts';
import type { SimulatorOptions } from './options.ts';
import { type Simulator, startSimulator } from './simulator.ts';

/** An error's message, whatever was thrown. */
function textOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * One line saying why the simulator could not start, and the exit code: 1 when it could not
 * listen (the line names the port), 2 for a bad option (`startSimulator` checks the port too).
 */
function startFailure(error: unknown, port: number): { readonly message: string; readonly exitCode: 1 | 2 } {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EADDRINUSE') return { message: `port ${port} is already in use`, exitCode: 1 };
  if (code === 'EACCES') return { message: `no permission to listen on port ${port}`, exitCode: 1 };
  // The simulator's own option errors already say where they come from.
  if (code === undefined) return { message: textOf(error).replace(/^xapi-sim: /, ''), exitCode: 2 };
  return { message: `cannot listen on port ${port}: ${textOf(error)}`, exitCode: 1 };
}

function fail(message: string, exitCode: number): never {
  console.error(`xapi-sim: ${message}`);
  process.exit(exitCode);
}

let command: CliCommand;
try {
  command = parseCliArgs(process.argv.slice(2));
} catch (error) {
  fail(`${textOf(error)}\n\n${cliUsage}`, 2);
}

if (command.help) {
  console.log(cliUsage);
} else {
  let options: SimulatorOptions = {};
  try {
    options = optionsOf(command);
  } catch (error) {
    fail(textOf(error), 2);
  }
  let simulator: Simulator;
  try {
    simulator = await startSimulator(options);
  } catch (error) {
    const { message, exitCode } = startFailure(error, options.port ?? 0);
    fail(message, exitCode);
  }
  console.log(simulator.url);
  const stop = (): void => {
    simulator.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
