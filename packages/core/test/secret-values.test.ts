import { describe, expect, test } from 'vitest';
import { classify, scrubValues, secretValues } from '../src/index.ts';

const token = 'AAAAtoken1234567';

describe('secretValues', () => {
  test('collects secret headers, each token inside them, credential parameters and userinfo, longest first', () => {
    const values = secretValues(
      {
        Authorization: `Bearer ${token}`,
        cookie: 'ct0=csrf98765; auth_token=cookie4321',
        accept: 'application/json-whatever',
      },
      'https://user:pass-word9@api.x.com/2/users/me?access_token=query8765&user.fields=created_at',
    );
    expect(values).toEqual(
      expect.arrayContaining([
        `Bearer ${token}`,
        token,
        'csrf98765',
        'cookie4321',
        'query8765',
        'pass-word9',
      ]),
    );
    expect(values).not.toContain('application/json-whatever');
    expect(values).not.toContain('created_at');
    expect([...values].sort((a, b) => b.length - a.length)).toEqual(values);
  });

  test('reads Headers objects and never throws', () => {
    expect(secretValues(new Headers({ apikey: 'sorsa-key-1' }))).toEqual(['sorsa-key-1']);
    expect(secretValues(undefined, 'http://[broken')).toEqual([]);
  });

  test('leaves values too short to be credentials alone', () => {
    expect(secretValues({ authorization: 'x y' })).toEqual([]);
  });
});

describe('classify with secrets', () => {
  const body = { errors: [{ code: 89, message: `Invalid or expired token ${token}` }] };

  test('each secret is replaced in the problems and the message, given as a list or a function', () => {
    for (const secrets of [[token], () => [token]]) {
      const c = classify({ status: 401, body, dialect: 'v1.1', secrets });
      expect(c.message).toBe('401 authentication [v1.1/89]: Invalid or expired token [REDACTED]');
      expect(JSON.stringify(c)).not.toContain(token);
    }
  });

  test('the function is not called for a body without problems, and one that throws gives none', () => {
    let calls = 0;
    classify({ status: 200, body: { data: { id: '1' } }, dialect: 'v2', secrets: () => [String(++calls)] });
    expect(calls).toBe(0);
    const c = classify({
      status: 401,
      body,
      dialect: 'v1.1',
      secrets: () => {
        throw new Error('no');
      },
    });
    expect(c.kind).toBe('authentication');
  });

  test('a text remembered as clean is still scrubbed of a secret', () => {
    classify({ status: 401, body, dialect: 'v1.1' });
    const c = classify({ status: 401, body, dialect: 'v1.1', secrets: [token] });
    expect(c.problems[0]?.message).toBe('Invalid or expired token [REDACTED]');
  });

  test('scrubValues replaces every occurrence', () => {
    expect(scrubValues(`${token} and ${token}`, [token])).toBe('[REDACTED] and [REDACTED]');
  });
});
