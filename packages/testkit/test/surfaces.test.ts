import { afterEach, describe, expect, test } from 'vitest';
import { type Simulator, startSimulator } from '../src/index.ts';

let sim: Simulator;
afterEach(() => sim.close());

describe('normal success on each surface', () => {
  test('/2 GET answers {"data":{"id":…}}', async () => {
    sim = await startSimulator();
    const res = await fetch(`${sim.url}/2/users/me`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await res.json()).toMatchObject({
      data: { id: expect.stringMatching(/^\d+$/), username: expect.any(String) },
    });
  });

  test('POST /2/tweets answers 201 with the posted text', async () => {
    sim = await startSimulator();
    const res = await fetch(`${sim.url}/2/tweets`, {
      method: 'POST',
      body: JSON.stringify({ text: 'hello world' }),
    });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ data: { id: expect.any(String), text: 'hello world' } });
  });

  test('/1.1 answers a plain JSON object and /v3 bare JSON', async () => {
    sim = await startSimulator();
    const v11 = await (await fetch(`${sim.url}/1.1/statuses/show.json?id=1`)).json();
    expect(v11).toMatchObject({ id_str: expect.any(String) });
    expect(v11).not.toHaveProperty('data');
    const sorsa = await fetch(`${sim.url}/v3/user-tweets`, {
      method: 'POST',
      headers: { ApiKey: 'k' },
      body: '{}',
    });
    expect(await sorsa.json()).toMatchObject({
      tweets: [expect.objectContaining({ id: expect.any(String) })],
      next_cursor: null,
    });
  });

  test('unknown paths under a surface still succeed; paths outside every surface are 404', async () => {
    sim = await startSimulator();
    expect((await fetch(`${sim.url}/2/some/new/endpoint`, { method: 'PUT' })).status).toBe(200);
    expect((await fetch(`${sim.url}/1.1/anything.json`)).status).toBe(200);
    expect((await fetch(`${sim.url}/elsewhere`)).status).toBe(404);
  });

  test('ids are unique snowflake strings', async () => {
    sim = await startSimulator();
    const ids = new Set<string>();
    for (let i = 0; i < 5; i++) ids.add((await (await fetch(`${sim.url}/2/tweets/1`)).json()).data.id);
    expect(ids.size).toBe(5);
  });
});

describe('lifecycle', () => {
  test('listens on 127.0.0.1 at the given port; close() is idempotent and frees the port', async () => {
    const first = await startSimulator();
    await first.close();
    sim = await startSimulator({ port: first.port });
    expect(sim.url).toBe(`http://127.0.0.1:${first.port}`);
    await fetch(`${sim.url}/2/users/me`);
    await Promise.all([sim.close(), sim.close()]);
    await expect(fetch(`${sim.url}/2/users/me`)).rejects.toThrow(TypeError);
  });
});
