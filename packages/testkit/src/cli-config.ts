import { readFileSync } from 'node:fs';
import type { CliCommand } from './cli-args.ts';
import type {
  FaultOptions,
  SimulatorOptions,
  SorsaKeyOptions,
  SorsaOptions,
  StreamOptions,
  UsageCapOptions,
  WindowLimit,
} from './options.ts';

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
  'listPages',
] as const satisfies readonly (keyof SimulatorOptions)[];

// Fails to compile when `SimulatorOptions` gains an option this list does not know of.
const everyOptionListed: Exclude<keyof SimulatorOptions, (typeof configKeys)[number] | 'clock'> extends never
  ? true
  : never = true;
void everyOptionListed;

const windowKeys = ['limit', 'windowMs'] as const satisfies readonly (keyof WindowLimit)[];
const sorsaKeyKeys = ['paid', 'quota', 'deleted'] as const satisfies readonly (keyof SorsaKeyOptions)[];

/** The fields of each nested option, so a typo inside one (`faults.kind`) is refused as well. */
const nestedKeys: { readonly [K in keyof SimulatorOptions]?: readonly string[] } = {
  appLimit24h: windowKeys,
  userLimit24h: windowKeys,
  usageCap: ['limit', 'period'] satisfies (keyof UsageCapOptions)[],
  sorsa: ['perSecond', 'keys'] satisfies (keyof SorsaOptions)[],
  faults: ['rate', 'kinds', 'paths'] satisfies (keyof FaultOptions)[],
  stream: [
    'rules',
    'maxConnections',
    'keepAliveMs',
    'dataIntervalMs',
    'disconnectAfter',
  ] satisfies (keyof StreamOptions)[],
};

/** The names in `value` (when it is an object) that `allowed` lacks, each prefixed with `path`. */
function unknownIn(value: unknown, allowed: readonly string[], path: string): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  return Object.keys(value)
    .filter((key) => !allowed.includes(key))
    .map((key) => `${path}${key}`);
}

/** Every option name in `config` the simulator does not have, as a dotted path. */
function unknownOptions(config: object): string[] {
  const found = unknownIn(config, configKeys, '');
  for (const [key, value] of Object.entries(config)) {
    const fields = nestedKeys[key as keyof SimulatorOptions];
    if (fields) found.push(...unknownIn(value, fields, `${key}.`));
  }
  const record = (value: unknown): [string, unknown][] =>
    typeof value === 'object' && value !== null ? Object.entries(value) : [];
  for (const [route, limit] of record(Reflect.get(config, 'xLimits')))
    found.push(...unknownIn(limit, windowKeys, `xLimits.${route}.`));
  const sorsa: unknown = Reflect.get(config, 'sorsa');
  const keys: unknown = typeof sorsa === 'object' && sorsa !== null ? Reflect.get(sorsa, 'keys') : undefined;
  // Keys are named by their place, never quoted: each name is an API key.
  for (const [index, [, key]] of record(keys).entries())
    found.push(...unknownIn(key, sorsaKeyKeys, `sorsa.keys (key ${index + 1}).`));
  return found;
}

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
  const unknown = unknownOptions(value);
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
