#!/usr/bin/env node
import { type CliCommand, cliUsage, parseCliArgs } from './cli-args.ts';
import { startSimulator } from './simulator.ts';

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
  const simulator = await startSimulator({ port: command.port });
  console.log(simulator.url);
  const stop = (): void => {
    simulator.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
