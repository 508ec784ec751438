import { describe, expect, test } from 'vitest';
import { parseCliArgs } from '../src/cli-args.ts';

describe('xapi-sim arguments', () => {
  test('-l and -s are the short forms of --latency and --seed', () => {
    expect(parseCliArgs(['-l', '50', '-s', '7'])).toEqual({
      help: false,
      port: undefined,
      configPath: undefined,
      latencyMs: 50,
      seed: 7,
    });
  });

  test('an empty number (an unset variable in --port "$PORT") is refused, not read as 0', () => {
    expect(() => parseCliArgs(['--port', ''])).toThrow(/--port must be a whole number/);
    expect(() => parseCliArgs(['--latency='])).toThrow(/--latency must be a whole number/);
    expect(() => parseCliArgs(['--seed', ' '])).toThrow(/--seed must be a whole number/);
  });
});
