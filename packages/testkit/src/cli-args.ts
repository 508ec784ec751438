import { parseArgs } from 'node:util';

/** The help text of `xapi-sim`. */
export const cliUsage: string = `Usage: xapi-sim [--port N]

Starts the X API simulator on 127.0.0.1 (X API v2 under /2, v1.1 under /1.1, Sorsa under /v3),
prints its URL and serves until stopped with Ctrl-C.

Options:
  -p, --port N   port to listen on (default: a free port)
  -h, --help     show this help`;

/** What the command line asks for. */
export type CliCommand = { readonly help: true } | { readonly help: false; readonly port: number };

/** Reads `xapi-sim`'s arguments; throws a readable error for unknown flags or a bad port. */
export function parseCliArgs(args: readonly string[]): CliCommand {
  const { values } = parseArgs({
    args: [...args],
    options: { port: { type: 'string', short: 'p' }, help: { type: 'boolean', short: 'h' } },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) return { help: true };
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535 || values.port?.trim() === '') {
    throw new RangeError(`--port must be a whole number from 0 to 65535, got ${JSON.stringify(values.port)}`);
  }
  return { help: false, port };
}
