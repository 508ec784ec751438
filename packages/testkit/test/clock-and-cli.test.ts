import { describe, expect, test } from 'vitest';
import { parseCliArgs } from '../src/cli-args.ts';
import { createManualClock, systemClock } from '../src/index.ts';
import { createRandom } from '../src/random.ts';

describe('createManualClock', () => {
  test('stands still until advanced or set', () => {
    const clock = createManualClock(1000);
    expect(clock.now()).toBe(1000);
    expect(clock.advance(250)).toBe(1250);
    expect(clock.now()).toBe(1250);
    expect(clock.set(5000)).toBe(5000);
    expect(clock.now()).toBe(5000);
  });

  test('starts on a whole second of 2026 by default', () => {
    expect(createManualClock().now()).toBe(Date.UTC(2026, 0, 1));
    expect(typeof systemClock.now()).toBe('number');
  });
});

describe('createRandom', () => {
  test('is deterministic per seed and stays in [0, 1)', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const first = Array.from({ length: 100 }, () => a());
    expect(Array.from({ length: 100 }, () => b())).toEqual(first);
    expect(first.every((value) => value >= 0 && value < 1)).toBe(true);
    expect(createRandom(43)()).not.toBe(first[0]);
  });
});

describe('xapi-sim arguments', () => {
  const none = { help: false, port: undefined, configPath: undefined, latencyMs: undefined, seed: undefined };

  test('reads --port and -p, leaves what is not given undefined, and asks for help', () => {
    expect(parseCliArgs([])).toEqual(none);
    expect(parseCliArgs(['--port', '8123'])).toEqual({ ...none, port: 8123 });
    expect(parseCliArgs(['-p', '9000'])).toEqual({ ...none, port: 9000 });
    expect(parseCliArgs(['--port=7000'])).toEqual({ ...none, port: 7000 });
    expect(parseCliArgs(['--help'])).toEqual({ help: true });
  });

  test('reads --config, --latency and --seed', () => {
    expect(parseCliArgs(['-c', 'sim.json', '--latency', '100', '--seed=-7'])).toEqual({
      ...none,
      configPath: 'sim.json',
      latencyMs: 100,
      seed: -7,
    });
  });

  test('refuses a bad number, an empty config path or an unknown flag', () => {
    expect(() => parseCliArgs(['--port', 'abc'])).toThrow(/--port/);
    expect(() => parseCliArgs(['--port', '70000'])).toThrow(/--port/);
    expect(() => parseCliArgs(['--latency=-5'])).toThrow(/--latency must be a whole number from 0/);
    expect(() => parseCliArgs(['--seed', '1.5'])).toThrow(/--seed/);
    expect(() => parseCliArgs(['--config', ' '])).toThrow(/--config needs a file path/);
    expect(() => parseCliArgs(['--verbose'])).toThrow();
  });
});
