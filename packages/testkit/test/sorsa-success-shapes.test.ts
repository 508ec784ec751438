import { afterEach, expect, test } from 'vitest';
import { type Simulator, startSimulator } from '../src/index.ts';

let sim: Simulator;
afterEach(() => sim.close());

async function sorsa(path: string): Promise<unknown> {
  const res = await fetch(`${sim.url}/v3${path}`, { headers: { ApiKey: 'k' } });
  expect(res.status).toBe(200);
  return res.json();
}

const user = { id: expect.stringMatching(/^\d+$/), username: 'sim_user', display_name: 'Sim User' };
const post = { id: expect.stringMatching(/^\d+$/), full_text: 'A simulated post' };

test('single-object endpoints answer the object itself at the top level, as Sorsa documents', async () => {
  sim = await startSimulator();
  expect(await sorsa('/info?username=x')).toEqual(user);
  expect(await sorsa('/tweet-info?tweet_link=1')).toEqual(post);
  expect(await sorsa('/score?username=x')).toEqual({ score: expect.any(Number) });
  expect(await sorsa('/link-to-id?link=x')).toEqual({ id: expect.any(String) });
  expect(await sorsa('/id-to-username/12')).toEqual({ handle: expect.any(String) });
  expect(await sorsa('/check-follow?a=x&b=y')).toEqual({ follow: true, user_protected: false });
});

test('post lists answer {tweets, next_cursor}, user lists {users, next_cursor}, full lists {users}', async () => {
  sim = await startSimulator();
  for (const path of ['/mentions?username=x', '/user-tweets', '/search-tweets?query=x', '/comments']) {
    expect(await sorsa(path), path).toEqual({ tweets: [post], next_cursor: null });
  }
  for (const path of ['/followers?username=x', '/search-users?query=x', '/list-members']) {
    expect(await sorsa(path), path).toEqual({ users: [user], next_cursor: null });
  }
  for (const path of ['/top-followers?username=x', '/new-followers-7d', '/info-batch']) {
    expect(await sorsa(path), path).toEqual({ users: [user] });
  }
});
