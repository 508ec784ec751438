import { afterEach, describe, expect, test } from 'vitest';
import { type Simulator, startSimulator } from '../src/index.ts';

let sim: Simulator;
afterEach(() => sim.close());

describe('percent-encoded paths', () => {
  test('a route with a non-ASCII segment matches the request clients send percent-encoded', async () => {
    sim = await startSimulator({
      xLimits: { 'GET /2/users/by/username/jörg': { limit: 5, windowMs: 900_000 } },
    });
    sim.script('GET /2/users/by/username/jörg', ['v2/http-503']);
    const scripted = await fetch(`${sim.url}/2/users/by/username/jörg`);
    expect(scripted.status).toBe(503);
    await scripted.text();
    const limited = await fetch(`${sim.url}/2/users/by/username/j%C3%B6rg`);
    expect(limited.headers.get('x-rate-limit-remaining')).toBe('4');
    await limited.text();
    expect(sim.requests[0]?.path).toBe('/2/users/by/username/jörg');
    expect(sim.requestCount('GET /2/users/by/username/jörg')).toBe(2);
    expect(sim.requestCount('GET /2/users/by/username/j%C3%B6rg')).toBe(2);
  });

  test('an encoded slash stays encoded, and a malformed escape is kept as sent', async () => {
    sim = await startSimulator();
    await (await fetch(`${sim.url}/2/users/a%2Fb`)).text();
    await (await fetch(`${sim.url}/2/users/%E0%A4%A`)).text();
    expect(sim.requests.map((request) => request.path)).toEqual(['/2/users/a%2Fb', '/2/users/%E0%A4%A']);
    expect(sim.requestCount('GET /2/users/:id')).toBe(2);
  });
});
