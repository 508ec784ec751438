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

describe('second review: credentials in every shape they are sent and echoed', () => {
  test("a Basic credential's base64 (with its padding) and its decoded password are collected", () => {
    const basic = btoa('alice:hunter2-password');
    const values = secretValues({ authorization: `Basic ${basic}` });
    expect(values).toEqual(expect.arrayContaining([basic, 'hunter2-password', 'alice:hunter2-password']));
    expect(values).not.toContain('Basic');
  });

  test('percent-encoded tokens are also collected decoded, and scheme words and OAuth method names are not', () => {
    const values = secretValues({
      authorization:
        'OAuth oauth_consumer_key="xvz1evFS4wEEPTGEFPHBog", oauth_signature="tnnArxj06cWHq44gCs1OSKk%2FJY%3D", oauth_signature_method="HMAC-SHA1", oauth_timestamp="1318622958"',
      'x-api-key': 'AAAA%2BuSeid%3D',
    });
    expect(values).toEqual(
      expect.arrayContaining(['tnnArxj06cWHq44gCs1OSKk/JY=', 'AAAA+uSeid=', 'xvz1evFS4wEEPTGEFPHBog']),
    );
    for (const word of ['OAuth', 'HMAC-SHA1', '1318622958']) expect(values).not.toContain(word);
  });

  test("a cookie's credential-like values are collected, plain words are not", () => {
    const values = secretValues({
      cookie: 'lang=english; guest=welcome; ct0=9f8e7d6c5b4a; auth_token=zzzzzzzz',
    });
    expect(values).toEqual(expect.arrayContaining(['9f8e7d6c5b4a', 'zzzzzzzz']));
    expect(values).not.toContain('english');
    expect(values).not.toContain('welcome');
  });

  test('a malformed escape in userinfo does not stop the query from being read', () => {
    expect(
      secretValues({}, 'https://bob:p%ssword1@api.x.com/2/users/me?access_token=SECRETTOKEN99'),
    ).toContain('SECRETTOKEN99');
  });

  test('values given as also count, and secrets shorter than six characters are ignored', () => {
    expect(secretValues(undefined, undefined, ['axiosPassw0rd!', 'abc'])).toEqual(['axiosPassw0rd!']);
    expect(scrubValues('abc and abcdef', ['abc'])).toBe('abc and abcdef');
  });

  test('the start of a secret cut off at the end of a shortened text is replaced too', () => {
    expect(scrubValues('credential sorsa-9f8e7d', ['sorsa-9f8e7d6c5b4a3f2e'])).toBe('credential [REDACTED]');
    expect(scrubValues('nothing to see', ['sorsa-9f8e7d6c5b4a3f2e'])).toBe('nothing to see');
  });

  test("every field of a problem is scrubbed of the request's credentials", () => {
    const s = 'SECRETvalue123';
    const c = classify({
      status: 400,
      dialect: 'v2',
      secrets: [s],
      body: {
        errors: [
          {
            parameter: 'ids',
            value: { nested: [s] },
            resource_id: s,
            resource_type: s,
            reason: s,
            field: s,
            section: s,
            title: 'Invalid Request',
            detail: 'bad',
            type: `https://api.x.com/2/problems/${s}`,
          },
          { parameter: 'accessToken', value: 'zzzzzzz123', message: 'unknown parameter' },
        ],
      },
    });
    expect(JSON.stringify(c)).not.toContain(s);
    expect(JSON.stringify(c)).not.toContain('zzzzzzz123');
  });
});

test("a bearer token holding `=` (X's app-only tokens, decoded) is collected whole and scrubbed from an echo", () => {
  const token =
    'AAAAAAAAAAAAAAAAAAAAACANARY0%2BuSeid%2BSJSI%3DEUifiRBkKG5E2XzMDjRfl76ZC9Ub0wnz4XsNiRVBChTYbJcE3F';
  const decodedToken = decodeURIComponent(token);
  for (const sent of [token, decodedToken]) {
    const secrets = secretValues({ authorization: `Bearer ${sent}` });
    expect(secrets).toContain(decodedToken);
    const c = classify({
      status: 401,
      body: { errors: [{ code: 89, message: `Invalid or expired token ${decodedToken}` }] },
      secrets,
    });
    expect(c.message).not.toContain('CANARY');
    expect(c.problems[0]?.message).not.toContain('CANARY');
  }
});
