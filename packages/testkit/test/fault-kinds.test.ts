import { expect, test } from 'vitest';
import { type FaultName, startSimulator } from '../src/index.ts';

test('an unknown fault kind fails at start, naming it, instead of hanging faulted requests', async () => {
  const kinds = ['reset-midbody'] as unknown as FaultName[];
  await expect(startSimulator({ faults: { rate: 1, kinds } })).rejects.toThrow(
    /unknown faults "reset-midbody"/,
  );
});
