#!/usr/bin/env node
import { type CliCommand, cliUsage, parseCliArgs } from './cli-args.ts';
import { type Simulator, startSimulator } from './simulator.ts';

/** One line saying why the simulator could not listen on `port`. */
function listenFailure(error: unknown, port: number): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EADDRINUSE') return `port ${port} is already in use`;
  if (code === 'EACCES') return `no permission to listen on port ${port}`;
  return `cannot listen on port ${port}: ${error instanceof Error ? error.message : String(error)}`;
}

let command: CliCommand;
try {
  command = parseCliArgs(process.argv.slice(2));
} catch (error) {
  console.error(`xapi-sim: ${error instanceof Error ? error.message : String(error)}\n\n${cliUsage}`);
  process.exit(2);
}

if (command.help) {
  console.log(cliUsage);
} else {
  let simulator: Simulator;
  try {
    simulator = await startSimulator({ port: command.port });
  } catch (error) {
    console.error(`xapi-sim: ${listenFailure(error, command.port)}`);
    process.exit(1);
  }
  console.log(simulator.url);
  const stop = (): void => {
    simulator.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
