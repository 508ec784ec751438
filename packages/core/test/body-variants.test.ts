import { describe, expect, test } from 'vitest';
import { classify } from '../src/index.ts';

const notFound = {
  title: 'Not Found Error',
  detail: 'Could not find user with id: [1].',
  type: 'https://api.x.com/2/problems/resource-not-found',
};

describe('a 2xx whose data is empty is answered by its errors', () => {
  for (const data of [null, []]) {
    test(`data: ${JSON.stringify(data)} beside errors is not ok`, () => {
      const c = classify({
        status: 200,
        url: 'https://api.x.com/2/users/1',
        body: { data, errors: [notFound] },
      });
      expect(c.ok).toBe(false);
      expect(c.kind).toBe('not-found');
      expect(c.partial).toBe(false);
      expect(c.problems).toHaveLength(1);
    });
  }

  test('data with items beside errors is still a partial success', () => {
    const c = classify({
      status: 200,
      url: 'https://api.x.com/2/users',
      body: { data: [{ id: '2' }], errors: [notFound] },
    });
    expect(c.ok).toBe(true);
    expect(c.partial).toBe(true);
  });

  test('an empty result without errors is a success', () => {
    for (const body of [{ data: [] }, { data: null }, { meta: { result_count: 0 } }]) {
      const c = classify({ status: 200, url: 'https://api.x.com/2/tweets/search/recent', body });
      expect(c.ok).toBe(true);
      expect(c.problems).toEqual([]);
    }
  });
});

describe('problem details without a type read as about:blank', () => {
  test('a 403 "duplicate content" without type is a duplicate, its detail kept', () => {
    const detail = 'You are not allowed to create a Tweet with duplicate content.';
    const c = classify({
      status: 403,
      url: 'https://api.x.com/2/tweets',
      method: 'POST',
      body: { title: 'Forbidden', status: 403, detail },
    });
    expect(c.kind).toBe('duplicate');
    expect(c.entry?.id).toBe('v2/duplicate-content');
    expect(c.problems.map((problem) => problem.detail)).toEqual([detail]);
  });

  test('without a URL the shape still says v2', () => {
    const c = classify({ status: 401, body: { title: 'Unauthorized', status: 401, detail: 'Unauthorized' } });
    expect(c.dialect).toBe('v2');
    expect(c.kind).toBe('authentication');
    expect(c.problems).toHaveLength(1);
  });

  test('a success body that happens to have a title and detail stays a success', () => {
    for (const status of ['draft', 200, 302, undefined]) {
      const c = classify({ status: 200, body: { title: 'Release notes', detail: 'All fine', status } });
      expect(c.ok, String(status)).toBe(true);
      expect(c.problems).toEqual([]);
    }
  });

  test('a 200 whose body says it is a 404 is taken at its word', () => {
    const c = classify({ status: 200, body: { title: 'Not Found', detail: 'No such user', status: 404 } });
    expect(c.ok).toBe(false);
    expect(c.problems.map((problem) => problem.detail)).toEqual(['No such user']);
  });
});

describe('v1.1 bodies tell their dialect without a URL', () => {
  test('XML errors, with either quote around the code', () => {
    for (const quote of ['"', "'"]) {
      const body = `<?xml version='1.0' encoding='UTF-8'?><errors><error code=${quote}417${quote}>Desktop applications only support the oauth_callback value 'oob'</error></errors>`;
      const c = classify({ status: 401, body });
      expect(c.dialect).toBe('v1.1');
      expect(c.entry?.id).toBe('v1.1/417');
    }
  });

  test('a code given as a digit string', () => {
    const c = classify({
      status: 403,
      body: { errors: [{ code: '187', message: 'Status is a duplicate.' }] },
    });
    expect(c.dialect).toBe('v1.1');
    expect(c.entry?.id).toBe('v1.1/187');
  });

  test('a bare 420, which only v1.1 sends', () => {
    const c = classify({ status: 420, body: '' });
    expect(c.dialect).toBe('v1.1');
    expect(c.entry?.id).toBe('v1.1/http-420');
    expect(c.kind).toBe('too-many-connections');
  });
});

describe('a block that outlasts a wait decides over the wait', () => {
  const now = Date.UTC(2026, 0, 1, 12);
  const exhausted = { 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': String(now / 1000 + 600) };

  const rateLimit = { code: 88, message: 'Rate limit exceeded' };
  /** A v1.1 body with a rate limit first and `other` beside it. */
  const besideRateLimit = (other: { code: number; message: string }) => ({ errors: [rateLimit, other] });

  test('a duplicate beside a rate limit: retrying the POST only repeats the duplicate', () => {
    const c = classify({
      status: 403,
      method: 'POST',
      now,
      body: besideRateLimit({ code: 187, message: 'Status is a duplicate.' }),
    });
    expect(c.kind).toBe('duplicate');
    expect(c.retryable).toBe(false);
    expect(c.problems.map((problem) => problem.code)).toEqual([88, 187]);
  });

  test('a daily posting limit beside a rate limit is not retried at the window reset', () => {
    const c = classify({
      status: 429,
      method: 'POST',
      now,
      headers: exhausted,
      body: besideRateLimit({ code: 185, message: 'User is over daily status update limit.' }),
    });
    expect(c.kind).toBe('action-limit');
    expect(c.retryable).toBe(false);
  });

  test('a forbidden beside a rate limit', () => {
    const c = classify({
      status: 403,
      now,
      body: besideRateLimit({ code: 220, message: 'Your credentials do not allow access to this resource.' }),
    });
    expect(c.kind).toBe('forbidden');
  });

  test('a rate limit beside a missing item is still the rate limit', () => {
    const c = classify({
      status: 429,
      now,
      headers: exhausted,
      body: { errors: [notFound, rateLimit] },
    });
    expect(c.kind).toBe('rate-limited');
    expect(c.retryAfterMs).toBe(600_000);
  });
});

test('a code too large to hold is no code: nothing turns into null in JSON', () => {
  const c = classify({ status: 400, body: '{"errors":[{"code":1e400,"message":"huge"}]}' });
  expect(c.problems[0]?.code).toBeUndefined();
  expect(JSON.parse(JSON.stringify(c.problems[0]))).toEqual(c.problems[0]);
  const quoted = classify({ status: 400, body: `{"errors":[{"code":"${'9'.repeat(400)}"}]}` });
  expect(quoted.problems[0]?.code).toBeUndefined();
  expect(c.kind).toBe('invalid-request');
});
