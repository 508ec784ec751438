import { expect, test } from 'vitest';
import { startSimulator, type UsageCapOptions } from '../src/index.ts';

test('an xLimits route outside /2/ and /1.1/ is rejected, so a forgotten /2 prefix cannot pass unlimited', async () => {
  for (const route of ['GET /users/me', 'GET /v3/followers', 'GET /2', 'GET /']) {
    await expect(startSimulator({ xLimits: { [route]: { limit: 0, windowMs: 1000 } } })).rejects.toThrow(
      new RangeError(
        `xapi-sim: xLimits route ${JSON.stringify(route)} must be a path under /2/ or /1.1/, such as 'GET /2/users/me'`,
      ),
    );
  }
});

test('an xLimits route with a method no HTTP request has is rejected', async () => {
  await expect(
    startSimulator({ xLimits: { 'FETCH /2/users/me': { limit: 0, windowMs: 1000 } } }),
  ).rejects.toThrow(new RangeError('xapi-sim: route "FETCH /2/users/me" has an unknown HTTP method "FETCH"'));
});

test('a script or limit route with a * segment is rejected: only :name matches any segment', async () => {
  await expect(
    startSimulator({ xLimits: { 'GET /2/users/*': { limit: 0, windowMs: 1000 } } }),
  ).rejects.toThrow(/has a '\*' segment, which matches nothing; write ':name'/);
  const sim = await startSimulator();
  try {
    expect(() => sim.script('GET /2/tweets/*', ['v2/http-503'])).toThrow(RangeError);
    expect(() => sim.script('FETCH /2/users/me', ['v2/http-503'])).toThrow(/unknown HTTP method "FETCH"/);
    sim.script('GET /2/tweets/:id', ['v2/http-503']);
    expect((await fetch(`${sim.url}/2/tweets/20`)).status).toBe(503);
  } finally {
    await sim.close();
  }
});

test('a usageCap period other than Monthly or Daily is rejected', async () => {
  const usageCap = { limit: 0, period: 'Weekly' } as unknown as UsageCapOptions;
  await expect(startSimulator({ usageCap })).rejects.toThrow(
    new RangeError(`xapi-sim: usageCap.period must be 'Monthly' or 'Daily', got "Weekly"`),
  );
});

test('routes on /2 and /1.1 in any method and letter case, and both periods, are accepted', async () => {
  const sim = await startSimulator({
    xLimits: {
      'get /2/users/me': { limit: 1, windowMs: 1000 },
      'DELETE /2/tweets/:id': { limit: 1, windowMs: 1000 },
      'PATCH /1.1/statuses/show.json': { limit: 1, windowMs: 1000 },
    },
    usageCap: { limit: 10, period: 'Daily' },
  });
  const res = await fetch(`${sim.url}/2/users/me`);
  expect(res.headers.get('x-rate-limit-limit')).toBe('1');
  await sim.close();
  const monthly = await startSimulator({ usageCap: { limit: 10, period: 'Monthly' } });
  await monthly.close();
});
