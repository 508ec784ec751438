import { expect, test } from 'vitest';
import { startSimulator } from '../src/index.ts';

// Under `exactOptionalPropertyTypes`, options read from a config that may lack them come as
// `undefined`: they must compile and mean the same as leaving them out.
const unset = (): undefined => undefined;

test('every simulator option given as undefined behaves as if absent', async () => {
  const sim = await startSimulator({
    port: unset(),
    clock: unset(),
    seed: unset(),
    scriptedResetMs: unset(),
    latencyMs: unset(),
    xLimits: unset(),
    appLimit24h: unset(),
    userLimit24h: unset(),
    usageCap: unset(),
    credits: unset(),
    sorsa: { keys: unset(), perSecond: unset() },
    faults: { rate: 0, kinds: unset(), paths: unset() },
    stream: unset(),
    slowBodyMs: unset(),
    listPages: unset(),
  });
  const plain = await startSimulator();
  try {
    const answer = async (url: string) => {
      const response = await fetch(`${url}/2/users/me`, { headers: { authorization: 'Bearer t' } });
      return { status: response.status, body: await response.json() };
    };
    expect(await answer(sim.url)).toEqual(await answer(plain.url));
  } finally {
    await Promise.all([sim.close(), plain.close()]);
  }
});
