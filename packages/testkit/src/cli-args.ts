import { parseArgs } from 'node:util';
import { maxTimerMs } from './checks.ts';

/** The help text of `xapi-sim`. */
export const cliUsage: string = `Usage: xapi-sim [--port N] [--config FILE] [--latency MS] [--seed N]

Starts the X API simulator on 127.0.0.1 (X API v2 under /2, v1.1 under /1.1, Sorsa under /v3),
prints its URL and serves until stopped with Ctrl-C.

Options:
  -p, --port N       port to listen on (default: a free port)
  -c, --config FILE  a JSON file of startSimulator options (xLimits, sorsa, faults, usageCap, …)
  -l, --latency MS   delay every answer by MS milliseconds (startSimulator's latencyMs)
  -s, --seed N       seed for fault randomness
  -h, --help         show this help

A flag wins over the same option in the config file.`;

/** What the command line asks for; `undefined` fields were not given. */
export type CliCommand =
  | { readonly help: true }
  | {
      readonly help: false;
      readonly port: number | undefined;
      readonly configPath: string | undefined;
      readonly latencyMs: number | undefined;
      readonly seed: number | undefined;
    };

/** `text` as a whole number in [min, max], or a RangeError naming `flag`. */
function wholeNumber(flag: string, text: string | undefined, min: number, max: number): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (text.trim() === '' || !Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${flag} must be a whole number from ${min} to ${max}, got ${JSON.stringify(text)}`);
  }
  return value;
}

/** Reads `xapi-sim`'s arguments; throws a readable error for unknown flags or a bad number. */
export function parseCliArgs(args: readonly string[]): CliCommand {
  const { values } = parseArgs({
    args: [...args],
    options: {
      port: { type: 'string', short: 'p' },
      config: { type: 'string', short: 'c' },
      latency: { type: 'string', short: 'l' },
      seed: { type: 'string', short: 's' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) return { help: true };
  if (values.config?.trim() === '') throw new RangeError('--config needs a file path');
  return {
    help: false,
    port: wholeNumber('--port', values.port, 0, 65_535),
    configPath: values.config,
    // The longest timer Node keeps: a longer delay would fire at once.
    latencyMs: wholeNumber('--latency', values.latency, 0, maxTimerMs),
    seed: wholeNumber('--seed', values.seed, Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER),
  };
}
