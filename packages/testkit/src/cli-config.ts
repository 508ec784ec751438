import { readFileSync } from 'node:fs';
import type { CliCommand } from './cli-args.ts';
import type { SimulatorOptions } from './options.ts';

/** Every option a config file may set: all of `startSimulator`'s but `clock`, which is code. */
const configKeys = [
  'port',
  'seed',
  'scriptedResetMs',
  'latencyMs',
  'xLimits',
  'appLimit24h',
  'userLimit24h',
  'usageCap',
  'credits',
  'sorsa',
  'faults',
  'stream',
  'slowBodyMs',
] as const satisfies readonly (keyof SimulatorOptions)[];

// Fails to compile when `SimulatorOptions` gains an option this list does not know of.
const everyOptionListed: Exclude<keyof SimulatorOptions, (typeof configKeys)[number] | 'clock'> extends never
  ? true
  : never = true;
void everyOptionListed;

const known: ReadonlySet<string> = new Set(configKeys);

/**
 * The `startSimulator` options in a JSON file. Throws a readable error when the file cannot be
 * read, is not JSON, is not an object, or names an option the simulator does not have (a typo
 * would otherwise start a simulator without it). The values are checked by `startSimulator`.
 */
export function readConfig(path: string): SimulatorOptions {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(`cannot read --config ${path}${code === undefined ? '' : ` (${code})`}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new SyntaxError(`--config ${path} is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TypeError(`--config ${path} must hold a JSON object of startSimulator options`);
  }
  const unknown = Object.keys(value).filter((key) => !known.has(key));
  if (unknown.length > 0) {
    throw new TypeError(
      `--config ${path}: unknown option ${unknown.map((key) => JSON.stringify(key)).join(', ')}; ` +
        `known: ${configKeys.join(', ')}`,
    );
  }
  return value as SimulatorOptions;
}

/** The simulator options a command asks for: its config file, overridden by its flags. */
export function optionsOf(command: Extract<CliCommand, { help: false }>): SimulatorOptions {
  const fromFile = command.configPath === undefined ? {} : readConfig(command.configPath);
  const flags: { -readonly [K in 'port' | 'latencyMs' | 'seed']?: number } = {};
  if (command.port !== undefined) flags.port = command.port;
  if (command.latencyMs !== undefined) flags.latencyMs = command.latencyMs;
  if (command.seed !== undefined) flags.seed = command.seed;
  return { ...fromFile, ...flags };
}
