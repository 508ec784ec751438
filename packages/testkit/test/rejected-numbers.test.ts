import { expect, test } from 'vitest';
import { type SimulatorOptions, startSimulator } from '../src/index.ts';

/** Values a JSON config with a typo, or plain JS, can pass where a number belongs. */
const cases: readonly (readonly [string, unknown, string])[] = [
  [
    'an infinite windowMs',
    { xLimits: { 'GET /2/users/me': { limit: 1, windowMs: Number.POSITIVE_INFINITY } } },
    'xLimits["GET /2/users/me"].windowMs must be a finite number greater than 0, got Infinity',
  ],
  [
    'a NaN windowMs',
    { appLimit24h: { limit: 1, windowMs: Number.NaN } },
    'appLimit24h.windowMs must be a finite number greater than 0, got NaN',
  ],
  [
    'a missing limit',
    { userLimit24h: { windowMs: 1000 } },
    'userLimit24h.limit must be a whole number >= 0, got undefined',
  ],
  ['NaN credits', { credits: Number.NaN }, 'credits must be a whole number >= 0, got NaN'],
  [
    'a usageCap without a limit',
    { usageCap: {} },
    'usageCap.limit must be a whole number >= 0, got undefined',
  ],
  [
    'a NaN scriptedResetMs',
    { scriptedResetMs: Number.NaN },
    'scriptedResetMs must be a finite number of 0 or more, got NaN',
  ],
  ['a negative slowBodyMs', { slowBodyMs: -5 }, 'slowBodyMs must be a finite number of 0 or more, got -5'],
  [
    'a string quota',
    { sorsa: { keys: { k: { quota: '10' } } } },
    'sorsa.keys (key 1).quota must be a whole number >= 0, got "10"',
  ],
  [
    'a zero keepAliveMs',
    { stream: { keepAliveMs: 0 } },
    'stream.keepAliveMs must be a finite number greater than 0, got 0',
  ],
  [
    'a fractional maxConnections',
    { stream: { maxConnections: 1.5 } },
    'stream.maxConnections must be a whole number >= 0, got 1.5',
  ],
  [
    'a NaN seed',
    { seed: Number.NaN },
    'seed must be a whole number from -9007199254740991 to 9007199254740991, got NaN',
  ],
];

test.each(cases)('%s is rejected before listening', async (_name, options, message) => {
  await expect(startSimulator(options as SimulatorOptions)).rejects.toThrow(
    new RangeError(`xapi-sim: ${message}`),
  );
});
