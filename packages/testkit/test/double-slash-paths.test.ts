import { expect, test } from 'vitest';
import { startSimulator } from '../src/index.ts';

test('a path with a doubled leading slash is recorded as sent, not read as a host', async () => {
  const sim = await startSimulator();
  try {
    const res = await fetch(`${sim.url}//2/users/me?x=1`);
    await res.arrayBuffer();
    expect(sim.requests.map(({ path, query }) => ({ path, query }))).toEqual([
      { path: '//2/users/me', query: { x: '1' } },
    ]);
  } finally {
    await sim.close();
  }
});
