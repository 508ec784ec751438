import { expect, test } from 'vitest';
import { startSimulator } from '../src/index.ts';

test('the largest allowed seed and port are accepted: the upper bounds are inclusive', async () => {
  for (const seed of [Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER]) {
    const sim = await startSimulator({ seed });
    await sim.close();
  }
  // Port 65535 may be taken on this machine; what matters is that it is not refused as out of range.
  const outcome = await startSimulator({ port: 65_535 }).then(
    async (sim) => {
      await sim.close();
      return 'listened';
    },
    (error: unknown) => (error instanceof RangeError ? error.message : 'could not listen'),
  );
  expect(['listened', 'could not listen']).toContain(outcome);
});
