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
const configKeyList = [
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

/** Every option a config file may set, as the CLI lists them in its refusal. */
export const configKeys: readonly string[] = configKeyList;

// Fails to compile when `SimulatorOptions` gains an option this list does not know of.
const everyOptionListed: Exclude<
  keyof SimulatorOptions,
  (typeof configKeyList)[number] | 'clock'
> extends never
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

/**
 * Every option name in `options` the simulator does not have, as a dotted path; `clock` counts as
 * known only where code passes the options (`startSimulator`), not in a config file.
 */
export function unknownOptions(options: object, where: 'code' | 'config file'): string[] {
  const found = unknownIn(options, where === 'code' ? [...configKeys, 'clock'] : configKeys, '');
  for (const [key, value] of Object.entries(options)) {
    const fields = nestedKeys[key as keyof SimulatorOptions];
    if (fields) found.push(...unknownIn(value, fields, `${key}.`));
  }
  const record = (value: unknown): [string, unknown][] =>
    typeof value === 'object' && value !== null ? Object.entries(value) : [];
  for (const [route, limit] of record(Reflect.get(options, 'xLimits')))
    found.push(...unknownIn(limit, windowKeys, `xLimits.${route}.`));
  const sorsa: unknown = Reflect.get(options, 'sorsa');
  const keys: unknown = typeof sorsa === 'object' && sorsa !== null ? Reflect.get(sorsa, 'keys') : undefined;
  // Keys are named by their place, never quoted: each name is an API key.
  for (const [index, [, key]] of record(keys).entries())
    found.push(...unknownIn(key, sorsaKeyKeys, `sorsa.keys (key ${index + 1}).`));
  return found;
}
