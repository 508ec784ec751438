#!/usr/bin/env node
import { type CliCommand, cliUsage, parseCliArgs } from './cli-args.ts';
import { optionsOf } from './cli-config.ts';
import type { SimulatorOptions } from './options.ts';
import { type Simulator, startSimulator } from './simulator.ts';

/** One line saying why the simulator could not start; listening failures name the port. */
function startFailure(error: unknown, port: number): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EADDRINUSE') return `port ${port} is already in use`;
  if (code === 'EACCES') return `no permission to listen on port ${port}`;
  const message = error instanceof Error ? error.message : String(error);
  // The simulator's own option errors already say where they come from.
  return code === undefined
    ? message.replace(/^xapi-sim: /, '')
    : `cannot listen on port ${port}: ${message}`;
}

function fail(message: string, exitCode: number): never {
  console.error(`xapi-sim: ${message}`);
  process.exit(exitCode);
}

let command: CliCommand;
try {
  command = parseCliArgs(process.argv.slice(2));
} catch (error) {
  fail(`${error instanceof Error ? error.message : String(error)}\n\n${cliUsage}`, 2);
}

if (command.help) {
  console.log(cliUsage);
} else {
  let options: SimulatorOptions = {};
  try {
    options = optionsOf(command);
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error), 2);
  }
  let simulator: Simulator;
  try {
    simulator = await startSimulator(options);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    // A port out of range is a bad option, like the simulator's own.
    const listening = code !== undefined && code !== 'ERR_SOCKET_BAD_PORT';
    fail(startFailure(error, options.port ?? 0), listening ? 1 : 2);
  }
  console.log(simulator.url);
  const stop = (): void => {
    simulator.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
