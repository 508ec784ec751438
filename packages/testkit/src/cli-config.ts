import { readFileSync } from 'node:fs';
import type { CliCommand } from './cli-args.ts';
import { configKeys, unknownOptions } from './option-names.ts';
import type { SimulatorOptions } from './options.ts';

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
  const unknown = unknownOptions(value, 'config file');
  if (unknown.length > 0) {
    throw new TypeError(
      `--config ${path}: unknown option ${unknown.map((key) => JSON.stringify(key)).join(', ')}; ` +
        `known: ${configKeys.join(', ')}, and the fields each documents`,
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
