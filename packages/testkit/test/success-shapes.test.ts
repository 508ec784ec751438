import { afterEach, describe, expect, test } from 'vitest';
import { type Simulator, startSimulator } from '../src/index.ts';

let sim: Simulator;
afterEach(() => sim.close());

async function json(path: string, init?: RequestInit): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${sim.url}${path}`, init);
  return { status: res.status, body: await res.json() };
}

describe('success bodies have the shape of the route', () => {
  test('lookups of several users or posts answer data as an array, also for a scripted ok', async () => {
    sim = await startSimulator();
    sim.script('GET /2/users', ['ok']);
    for (const path of [
      '/2/users?ids=1,2',
      '/2/users?ids=1,2',
      '/2/users/by?usernames=a,b',
      '/2/tweets?ids=1',
    ]) {
      const { status, body } = await json(path);
      expect(status).toBe(200);
      expect(body).toEqual({ data: [expect.objectContaining({ id: expect.stringMatching(/^\d+$/) })] });
    }
    expect(sim.requestCount('GET /2/users')).toBe(2);
  });

  test('searches, timelines and user lists answer data as an array with meta', async () => {
    sim = await startSimulator();
    for (const path of [
      '/2/tweets/search/recent?query=x',
      '/2/users/42/tweets',
      '/2/users/42/followers',
      '/2/users/42/timelines/reverse_chronological',
      '/2/tweets/7/liking_users',
    ]) {
      const { body } = await json(path);
      expect(body, path).toEqual({
        data: [expect.objectContaining({ id: expect.stringMatching(/^\d+$/) })],
        meta: { result_count: 1 },
      });
    }
  });

  test('a DELETE takes an id like any answer, so later ids do not shift', async () => {
    sim = await startSimulator();
    const first = (await json('/2/users/me')).body as { data: { id: string } };
    await json('/2/tweets/1', { method: 'DELETE' });
    const third = (await json('/2/users/me')).body as { data: { id: string } };
    expect(BigInt(third.data.id) - BigInt(first.data.id)).toBe(2n);
  });

  test('a lookup of one user or post still answers data as an object', async () => {
    sim = await startSimulator();
    for (const path of ['/2/users/me', '/2/users/42', '/2/users/by/username/jack', '/2/tweets/7']) {
      const { body } = await json(path);
      expect(body).toEqual({ data: expect.objectContaining({ id: expect.any(String) }) });
    }
  });

  test('DELETE /2/tweets/:id answers {"data":{"deleted":true}}', async () => {
    sim = await startSimulator();
    expect(await json('/2/tweets/1460323737035677698', { method: 'DELETE' })).toEqual({
      status: 200,
      body: { data: { deleted: true } },
    });
  });

  test('v1.1 timelines answer an array of posts; other v1.1 routes a plain object', async () => {
    sim = await startSimulator();
    for (const path of [
      '/1.1/statuses/user_timeline.json?screen_name=x',
      '/1.1/statuses/home_timeline.json',
      '/1.1/statuses/mentions_timeline.json',
    ]) {
      const { body } = await json(path);
      expect(body).toEqual([
        expect.objectContaining({ id_str: expect.any(String), text: expect.any(String) }),
      ]);
    }
    const { body } = await json('/1.1/statuses/show.json?id=1');
    expect(body).toMatchObject({ id_str: expect.any(String) });
  });
});
