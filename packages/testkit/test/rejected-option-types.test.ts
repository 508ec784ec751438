import { expect, test } from 'vitest';
import { type SimulatorOptions, startSimulator } from '../src/index.ts';

/** Options as JavaScript or a JSON config may hold them, past the type check. */
const loose = (options: Record<string, unknown>): SimulatorOptions => options as SimulatorOptions;

test('lists and objects of the wrong type are refused before listening, naming the option', async () => {
  const cases: [Record<string, unknown>, string][] = [
    [
      { faults: { rate: 1, paths: '/2/users' } },
      'xapi-sim: faults.paths must be an array of strings, got "/2/users"',
    ],
    [
      { faults: { rate: 1, kinds: 'hang' } },
      'xapi-sim: faults.kinds must be an array of strings, got "hang"',
    ],
    [{ faults: { rate: '0.5' } }, 'xapi-sim: faults.rate must be a number from 0 to 1, got "0.5"'],
    [{ faults: { rate: Number.NaN } }, 'xapi-sim: faults.rate must be a number from 0 to 1, got NaN'],
    [{ sorsa: { keys: null } }, 'xapi-sim: sorsa.keys must be an object, got null'],
    [{ faults: null }, 'xapi-sim: faults must be an object, got null'],
    [
      { xLimits: { 'GET /2/users/me': null } },
      'xapi-sim: xLimits["GET /2/users/me"] must be an object, got null',
    ],
    [{ xLimits: 'GET /2/users/me' }, 'xapi-sim: xLimits must be an object, got "GET /2/users/me"'],
    [{ appLimit24h: [] }, 'xapi-sim: appLimit24h must be an object, got an array'],
    [{ usageCap: 5 }, 'xapi-sim: usageCap must be an object, got 5'],
    [{ sorsa: { keys: { k: null } } }, 'xapi-sim: sorsa.keys (key 1) must be an object, got null'],
    [
      { sorsa: { keys: { k: { paid: 'no' } } } },
      'xapi-sim: sorsa.keys (key 1).paid must be true or false, got "no"',
    ],
    [
      { sorsa: { keys: { k: { deleted: 1 } } } },
      'xapi-sim: sorsa.keys (key 1).deleted must be true or false, got 1',
    ],
    [{ stream: 'fast' }, 'xapi-sim: stream must be an object, got "fast"'],
  ];
  for (const [options, message] of cases) {
    await expect(startSimulator(loose(options)), JSON.stringify(options)).rejects.toThrow(
      new RangeError(message),
    );
  }
});

test('a delay past the longest timer Node keeps is refused: it would fire after 1 ms instead', async () => {
  const limit = 2_147_483_647;
  for (const name of ['latencyMs', 'slowBodyMs'] as const) {
    await expect(startSimulator({ [name]: limit + 1 })).rejects.toThrow(
      new RangeError(`xapi-sim: ${name} must be at most ${limit} ms (about 24.8 days), got ${limit + 1}`),
    );
  }
  for (const name of ['keepAliveMs', 'dataIntervalMs'] as const) {
    await expect(startSimulator({ stream: { [name]: 3e9 } })).rejects.toThrow(
      new RangeError(
        `xapi-sim: stream.${name} must be at most ${limit} ms (about 24.8 days), got 3000000000`,
      ),
    );
  }
  const longest = await startSimulator({
    latencyMs: limit,
    slowBodyMs: limit,
    stream: { keepAliveMs: limit },
  });
  await longest.close();
});

test('an option name the simulator does not have is refused with a TypeError naming it', async () => {
  await expect(
    startSimulator(loose({ xlimits: { 'GET /2/users/me': { limit: 1, windowMs: 1000 } } })),
  ).rejects.toThrow(new TypeError('xapi-sim: unknown option "xlimits"; see SimulatorOptions'));
  await expect(startSimulator(loose({ faults: { rate: 0.1, kind: ['hang'] }, latency: 5 }))).rejects.toThrow(
    new TypeError('xapi-sim: unknown option "latency", "faults.kind"; see SimulatorOptions'),
  );
  const withClock = await startSimulator({ clock: { now: () => 0 }, latencyMs: undefined });
  expect(withClock.clock.now()).toBe(0);
  await withClock.close();
});

test('setStreamRules takes a whole number of rules only', async () => {
  const sim = await startSimulator();
  try {
    for (const count of [Number.NaN, -1, 1.5]) {
      expect(() => sim.setStreamRules(count)).toThrow(
        new RangeError(`xapi-sim: setStreamRules(count) must be a whole number >= 0, got ${count}`),
      );
    }
    sim.setStreamRules(0);
    const refused = await fetch(`${sim.url}/2/tweets/search/stream`);
    expect(refused.status).toBe(409);
    await refused.arrayBuffer();
  } finally {
    await sim.close();
  }
});
