import { expect, test } from 'vitest';
import { startSimulator, useSimulator } from '../src/index.ts';

test('when beforeAll cannot start the simulator, afterAll adds no second, misleading error', async () => {
  const taken = await startSimulator();
  try {
    const hooks: { start?: () => Promise<void>; stop?: () => Promise<void> } = {};
    useSimulator(
      {
        beforeAll: (run) => {
          hooks.start = run;
        },
        afterAll: (run) => {
          hooks.stop = run;
        },
      },
      { port: taken.port },
    );
    await expect(hooks.start?.()).rejects.toThrow(/EADDRINUSE/);
    await expect(hooks.stop?.()).resolves.toBeUndefined();
  } finally {
    await taken.close();
  }
});
