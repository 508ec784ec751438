#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { startSimulator } from './simulator.ts';

const usage = `Usage: xapi-sim [--port N]

Starts the X API simulator on 127.0.0.1 (X API v2 under /2, v1.1 under /1.1, Sorsa under /v3),
prints its URL and serves until stopped with Ctrl-C.

Options:
  -p, --port N   port to listen on (default: a free port)
  -h, --help     show this help`;

const { values } = parseArgs({
  options: { port: { type: 'string', short: 'p' }, help: { type: 'boolean', short: 'h' } },
  strict: true,
});

if (values.help) {
  console.log(usage);
} else {
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    console.error(`xapi-sim: --port must be a whole number from 0 to 65535, got ${values.port}`);
    process.exit(2);
  }
  const simulator = await startSimulator({ port });
  console.log(simulator.url);
  const stop = (): void => {
    simulator.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
