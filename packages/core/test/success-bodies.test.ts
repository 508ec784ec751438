import { describe, expect, test } from 'vitest';
import { classify } from '../src/index.ts';

const tokenAnswer =
  'oauth_token=Z6eEdO8MOmk394WozF&oauth_token_secret=Kd75W4OQfb2oJTV0vzGz&oauth_callback_confirmed=true';

describe('a 2xx body that is not JSON is the answer, not an error', () => {
  test("the OAuth 1.0a token endpoints' form-encoded answer is ok, and none of it is copied", () => {
    const c = classify({
      status: 200,
      method: 'POST',
      url: 'https://api.twitter.com/oauth/request_token',
      headers: { 'content-type': 'text/html; charset=utf-8' },
      body: tokenAnswer,
    });
    expect(c).toMatchObject({ ok: true, kind: 'ok', dialect: 'v1.1', partial: false, problems: [] });
    expect(JSON.stringify(c)).not.toContain('Kd75W4OQfb2oJTV0vzGz');
  });

  test('media bytes and plain text are ok', () => {
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
    for (const body of [jpeg, 'plain', '<svg xmlns="http://www.w3.org/2000/svg"/>']) {
      expect(classify({ status: 200, body, url: 'https://api.x.com/2/media/1' })).toMatchObject({
        ok: true,
        kind: 'ok',
        problems: [],
      });
    }
  });

  test('JSON cut off in a 2xx still fails: the data is lost', () => {
    const c = classify({ status: 200, body: ' [{"id":"1"', url: 'https://api.x.com/2/tweets' });
    expect(c.ok).toBe(false);
    expect(c.kind).toBe('unknown');
  });

  test('the same text with an error status is still a problem', () => {
    const c = classify({ status: 401, body: tokenAnswer, url: 'https://api.twitter.com/oauth/access_token' });
    expect(c.ok).toBe(false);
    expect(c.kind).toBe('authentication');
  });
});

test('a 2xx with data is data, whatever sits beside it: a top-level code, type or error flag', () => {
  for (const body of [
    { code: 200, data: { id: '1' } },
    { data: { id: '1' }, type: 'tweet' },
    { error: true, data: { id: '1' } },
  ]) {
    const c = classify({ status: 200, body: JSON.stringify(body), url: 'https://api.x.com/2/tweets/1' });
    expect([c.ok, c.kind, c.problems.length], JSON.stringify(body)).toEqual([true, 'ok', 0]);
  }
  // Without data the flat error still counts.
  expect(classify({ status: 200, body: '{"code":200,"message":"x"}' }).ok).toBe(false);
});

test("a success object's own type field is data; a problem type (a URI) is still an error", () => {
  const sorsa = { id: '1', type: 'photo', url: 'https://pbs.example/1.jpg' };
  const c = classify({ status: 200, body: JSON.stringify(sorsa), url: 'https://api.sorsa.io/v3/tweet-info' });
  expect([c.ok, c.kind]).toEqual([true, 'ok']);
  const problem = {
    title: 'Not Found Error',
    detail: 'x',
    type: 'https://api.x.com/2/problems/resource-not-found',
  };
  expect(
    classify({ status: 200, body: JSON.stringify(problem), url: 'https://api.x.com/2/users/me' }).ok,
  ).toBe(false);
});
