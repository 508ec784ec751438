import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { type Simulator, useSimulator } from '../src/index.ts';

describe('before its beforeAll', () => {
  test('using the simulator throws a clear error', () => {
    const hooks = { beforeAll: () => undefined, afterAll: () => undefined };
    const sim = useSimulator(hooks);
    expect(() => sim.url).toThrow(/beforeAll to afterAll/);
  });
});

describe('through the hooks', () => {
  const sim = useSimulator({ beforeAll, beforeEach, afterAll });

  test('it serves from beforeAll on', async () => {
    sim.script('GET /2/users/me', ['v2/usage-capped']);
    const response = await fetch(`${sim.url}/2/users/me`);
    expect(response.status).toBe(429);
    expect(sim.requestCount('GET /2/users/me')).toBe(1);
  });

  test('each test starts from a reset simulator', async () => {
    expect(sim.requests).toEqual([]);
    const response = await fetch(`${sim.url}/2/users/me`);
    expect(response.status).toBe(200);
  });
});

describe('after its afterAll', () => {
  let closed: Simulator | undefined;
  let url = '';

  beforeAll(async () => {
    const hooks: { start?: () => Promise<void>; stop?: () => Promise<void> } = {};
    closed = useSimulator({
      beforeAll: (run) => {
        hooks.start = run;
      },
      afterAll: (run) => {
        hooks.stop = run;
      },
    });
    await hooks.start?.();
    url = closed.url;
    await hooks.stop?.();
  });

  test('the server is stopped and the handle refuses use', async () => {
    await expect(fetch(`${url}/2/users/me`)).rejects.toThrow(TypeError);
    expect(() => closed?.script('GET /2/users/me', ['ok'])).toThrow(/beforeAll to afterAll/);
  });
});
