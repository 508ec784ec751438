import { inspect } from 'node:util';
import { describe, expect, test } from 'vitest';
import {
  classify,
  classifyNetworkError,
  isXApiError,
  redactHeaders,
  redactText,
  redactUrl,
  secretParamPattern,
  secretParams,
  XApiError,
} from '../src/index.ts';
import { isSecretParam } from '../src/secret-names.ts';

const canary = 'CANARY7f3a9c';

describe('redaction', () => {
  test('credential headers are replaced', () => {
    const out = redactHeaders({
      Authorization: `Bearer ${canary}`,
      ApiKey: canary,
      Cookie: `auth_token=${canary}`,
      'x-api-key': canary,
      accept: 'application/json',
    });
    expect(JSON.stringify(out)).not.toContain(canary);
    expect(out['accept']).toBe('application/json');
  });

  test('credential URL parameters and userinfo are replaced', () => {
    const url = redactUrl(
      `https://user:${canary}@api.twitter.com/oauth/access_token?oauth_token=${canary}&oauth_signature=${canary}&access_token=${canary}&client_secret=${canary}&screen_name=jack`,
    );
    expect(url).not.toContain(canary);
    expect(url).toContain('screen_name=jack');
  });

  test('free text loses URL userinfo', () => {
    expect(redactText(`fetch failed for http://user:${canary}@127.0.0.1:9/x`)).not.toContain(canary);
  });

  test('free text loses bearer tokens, OAuth headers and token pairs', () => {
    const text = redactText(
      `Authorization: Bearer ${canary}; OAuth oauth_consumer_key="${canary}", oauth_signature="${canary}" token=${canary} ApiKey: ${canary}`,
    );
    expect(text).not.toContain(canary);
  });

  test('an OAuth header value is replaced whatever its shape, digits first included', () => {
    for (const value of [canary, `9${canary}`, `2.0${canary}`, `realm="x", oauth_nonce="${canary}"`]) {
      expect(redactText(`Authorization: OAuth ${value}`)).not.toContain(canary);
    }
  });

  test("X's texts naming OAuth versions keep their words", () => {
    const detail =
      'Authenticating with OAuth 2.0 Application-Only is forbidden for this endpoint.  Supported authentication types are [OAuth 1.0a User Context, OAuth 2.0 User Context].';
    expect(redactText(detail)).toBe(detail);
    const c = classify({
      status: 403,
      body: {
        title: 'Unsupported Authentication',
        detail,
        type: 'https://api.twitter.com/2/problems/unsupported-authentication',
        status: 403,
      },
    });
    expect(c.message).toBe(`403 authentication [v2/unsupported-authentication]: ${detail}`);
  });
});

describe('redaction of what APIs and proxies echo back', () => {
  test('text shapes a credential travels in are scrubbed', () => {
    const shapes = [
      `Authorization: Token ${canary}`,
      `authorization: Bearer "${canary}"`,
      `Bearer: ${canary}`,
      `bearer=${canary}`,
      `Bearer%20${canary}`,
      `Basic dXNlcjpwYXNz${canary}`,
      `{"ApiKey":"${canary}"}`,
      `{"apikey": "${canary}"}`,
      `{"access_token":"${canary}"}`,
      `{'password': '${canary}'}`,
      `token: ${canary}`,
      `password: ${canary}`,
      `Api-Key=${canary}`,
      `X-Auth-Token: ${canary}`,
      `x-csrf-token: ${canary}`,
      `Cookie: ct0=a; auth_token=${canary}`,
      `access_token = ${canary}`,
      `auth_token=${canary}&id_token=${canary}`,
      `consumer_secret=${canary}`,
      `https://${canary}@host/x`,
      `//u:${canary}@host/x`,
      `oauth_signature="abc\\"${canary}"`,
    ];
    for (const shape of shapes) expect(redactText(`echo: ${shape} (end)`), shape).not.toContain(canary);
  });

  test('prose about OAuth, bearer and basic authentication keeps its words', () => {
    for (const prose of [
      'The OAuth token does not provide access to Direct Messages.',
      'The OAuth credentials cannot be validated. Check that the token is still valid.',
      'no OAuth, no bearer tokens',
      'Basic authentication is not supported',
      'Supported authentication types are [OAuth 1.0a User Context, OAuth 2.0 User Context].',
      'Invalid or expired token.',
    ]) {
      expect(redactText(prose)).toBe(prose);
    }
  });

  test('a status number after code= is prose; an authorization code is not', () => {
    expect(redactText('proxy error: upstream code=503, retry later')).toBe(
      'proxy error: upstream code=503, retry later',
    );
    expect(redactText('"code"="429"')).toBe('"code"="429"');
    expect(redactText('callback?code=VGhpc0lzQUNvZGU&state=xyz')).toBe('callback?code=[REDACTED]&state=xyz');
    expect(redactText('code=503abcdefgh')).toBe('code=[REDACTED]');
    expect(redactText('code=12345678901')).toBe('code=[REDACTED]');
  });

  test("a problem's texts and a credential parameter's value are scrubbed, so toJSON and hooks never carry them", () => {
    const c = classify({
      status: 400,
      body: {
        errors: [
          {
            message: `Authorization: Bearer ${canary}`,
            title: `token=${canary}`,
            detail: `Bearer ${canary}`,
          },
          {
            parameter: 'access_token',
            value: [canary],
            message: 'The query parameter [access_token] is not one of [id]',
          },
        ],
      },
      dialect: 'v2',
    });
    expect(JSON.stringify(c)).not.toContain(canary);
    expect(c.problems[1]?.message).toBe('The query parameter [access_token] is not one of [id]');
  });

  test('URL fragments, nested parameter names, nested URLs and relative URLs are scrubbed', () => {
    const urls = [
      `https://api.x.com/2/users/me#access_token=${canary}&token_type=bearer`,
      `https://api.x.com/2/users/me?access_token%5B%5D=${canary}&oauth%5Btoken%5D=${canary}`,
      `https://api.x.com/2/users/me?access%5Ftoken=${canary}`,
      `https://api.x.com/2/users/me?next=${encodeURIComponent(`https://x.example/?access_token=${canary}`)}`,
      `https://api.x.com/2/users/me?a=1;access_token=${canary}`,
      `/proxy/2/users/me?key=${canary}&client_id=${canary}&access%5Ftoken=${canary}&bearer_token=${canary}`,
      `2/users/me?auth_token=${canary}`,
      `//u:${canary}@api.x.com/2/users/me`,
    ];
    for (const url of urls) expect(redactUrl(url), url).not.toContain(canary);
    expect(redactUrl(`/proxy/2/users/me?id=7&key=${canary}`)).toBe('/proxy/2/users/me?id=7&key=[REDACTED]');
    expect(redactUrl(`2/users/me?id=7`)).toBe('2/users/me?id=7');
  });

  test('headers given as a Headers object are redacted, not dropped', () => {
    const out = redactHeaders(
      new Headers({ authorization: `Bearer ${canary}`, 'x-guest-token': canary, accept: 'x' }),
    );
    expect(out).toEqual({ accept: 'x', authorization: '[REDACTED]', 'x-guest-token': '[REDACTED]' });
  });
});

describe('XApiError', () => {
  const classification = classify({
    status: 401,
    body: { title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' },
    dialect: 'v2',
  });
  const cause = Object.assign(new Error('request failed'), {
    config: { headers: { Authorization: `Bearer ${canary}` } },
  });
  const error = new XApiError(classification, {
    request: { method: 'get', url: `https://api.x.com/2/users/me?access_token=${canary}` },
    cause,
    response: { headers: { 'set-cookie': canary } },
  });

  test('carries the classification', () => {
    expect(error.kind).toBe('authentication');
    expect(error.status).toBe(401);
    expect(error.request?.method).toBe('GET');
    expect(error.cause).toBe(cause);
    expect(error).toBeInstanceOf(Error);
  });

  test('no secret in message, String(), toJSON, JSON.stringify or util.inspect', () => {
    for (const surface of [
      error.message,
      String(error),
      JSON.stringify(error),
      JSON.stringify(error.toJSON()),
      inspect(error, { depth: 10, showHidden: false }),
    ]) {
      expect(surface).not.toContain(canary);
    }
  });

  test('a rejected partial response takes the kind of its most actionable problem', () => {
    const partial = classify({
      status: 200,
      body: {
        data: [{ id: '1' }],
        errors: [
          { type: 'https://api.x.com/2/problems/resource-not-found', resource_id: '2' },
          { type: 'https://api.x.com/2/problems/not-authorized-for-resource', resource_id: '3' },
        ],
      },
    });
    expect(partial.kind).toBe('ok');
    expect(new XApiError(partial).kind).toBe('not-authorized');
  });

  test("a rejected partial response's message names its error kind and problem, not ok", () => {
    const partial = classify({
      status: 200,
      body: {
        data: [{ id: '1' }],
        errors: [
          { type: 'https://api.x.com/2/problems/resource-not-found', detail: 'Could not find user 2.' },
        ],
      },
    });
    const error = new XApiError(partial, {
      request: { method: 'GET', url: 'https://api.x.com/2/users?ids=1,2' },
    });
    expect(error.message).toBe(
      '200 not-found [v2/resource-not-found]: Could not find user 2. (GET https://api.x.com/2/users?ids=1,2)',
    );
  });

  test("the cause's fields that hold the request stay readable but out of the crash output, and its message is scrubbed", () => {
    const cause = Object.assign(
      new Error(`Request failed: GET https://api.x.com/2/users/me?access_token=${canary}`),
      {
        code: 'ERR_BAD_REQUEST',
        config: { headers: { Authorization: `Bearer ${canary}` } },
      },
    );
    const error = new XApiError(classify({ status: 401 }), { cause });
    const crash = inspect(error, { customInspect: false, depth: 10 });
    expect(crash).not.toContain(canary);
    expect(crash).toContain('ERR_BAD_REQUEST');
    expect(cause.config.headers.Authorization).toBe(`Bearer ${canary}`);
    expect(cause.message).toBe('Request failed: GET https://api.x.com/2/users/me?access_token=[REDACTED]');
  });

  test("a cause's own causes are concealed too, their URL fields redacted (Node's ERR_INVALID_URL keeps it as `input`)", () => {
    const url = `http://127.0.0.1:99999/2/users/me?access_token=${canary}`;
    const invalid = Object.assign(new TypeError('Invalid URL'), { code: 'ERR_INVALID_URL', input: url });
    const parse = new TypeError(`Failed to parse URL from ${url}`, { cause: invalid });
    const fetchFailed = Object.assign(new TypeError('fetch failed', { cause: parse }), {
      request: { headers: { authorization: `Bearer ${canary}` } },
    });
    const error = new XApiError(classifyNetworkError(fetchFailed), { cause: fetchFailed });

    const crash = inspect(error, { customInspect: false, depth: Number.POSITIVE_INFINITY });
    expect(crash).not.toContain(canary);
    expect(crash).toContain('ERR_INVALID_URL');
    expect(invalid.input).toBe('http://127.0.0.1:99999/2/users/me?access_token=[REDACTED]');
  });

  test('an XApiError given as the cause keeps its fields in view', () => {
    const inner = new XApiError(classify({ status: 503 }));
    const outer = new XApiError(classify({ status: 503 }), { cause: inner });
    expect(outer.cause).toBe(inner);
    expect(Object.keys(inner)).toContain('classification');
  });

  test('isXApiError works across copies via the Symbol.for brand', () => {
    expect(isXApiError(error)).toBe(true);
    const foreign = Object.defineProperty(new Error('x'), Symbol.for('xapi-errors.XApiError'), {
      value: true,
    });
    expect(isXApiError(foreign)).toBe(true);
    expect(isXApiError(new Error('x'))).toBe(false);
    expect(isXApiError(null)).toBe(false);
  });
});

describe('redaction of hostile texts', () => {
  test('a problem text of a million characters is scrubbed in one pass, not one per character', () => {
    const detail = `${'a'.repeat(500_000)}//${'b'.repeat(500_000)} Bearer ${canary}`;
    const c = classify({
      status: 400,
      dialect: 'v2',
      body: { title: 'Invalid Request', type: 'about:blank', detail },
    });
    expect(c.problems[0]?.detail?.endsWith('Bearer [REDACTED]')).toBe(true);
    expect(JSON.stringify(c)).not.toContain(canary);
  });
});

describe('second review: URLs and text shapes', () => {
  test('a URL with thousands of credential parameters is redacted in one pass', () => {
    const query = Array.from({ length: 4000 }, (_, i) => `access_token=${canary}${i}`).join('&');
    expect(redactUrl(`https://api.x.com/2/users/me?${query}`)).not.toContain(canary);
  });

  test('camelCase and dashed credential names count, in URLs and in text', () => {
    expect(
      redactUrl(`https://api.x.com/2/x?accessToken=${canary}&access-token=${canary}&jwt=${canary}`),
    ).not.toContain(canary);
    expect(redactText(`{"accessToken":"${canary}","Authorization":"Bearer abcdefghijklmnop"}`)).not.toMatch(
      /CANARY|abcdefghijklmnop/,
    );
    expect(redactText(`Authentication: ${canary}`)).not.toContain(canary);
  });
});

test('query parameters named for a credential in other words are redacted too', () => {
  for (const name of [
    'authorization',
    'auth',
    'bearer',
    'session',
    'sessionid',
    'pass',
    'passwd',
    'private_key',
    'client_assertion',
  ]) {
    expect(redactUrl(`https://api.x.com/2/users/me?${name}=CANARY9`), name).not.toContain('CANARY9');
  }
});

test('secretParamPattern matches exactly the names isSecretParam redacts', () => {
  const names = [
    ...secretParams,
    'accessToken',
    'ACCESS-TOKEN',
    'access_token[]',
    'oauth[token]',
    ' client_secret ',
    'ids',
    'query',
    'max_results',
    'pagination_token',
    'monkey',
    'tokens',
    'user.fields',
  ];
  for (const name of names) expect(secretParamPattern.test(name), name).toBe(isSecretParam(name));
});

test('a URL that does not parse still loses its userinfo, up to the last @, leading space or none', () => {
  for (const url of [
    'http://user:pa/ss@w@rd-CANARY9@host/x',
    ' http://user:pa/ss-CANARY9@host',
    '//u:p/w-CANARY9@host/a',
  ]) {
    expect(redactUrl(url), url).not.toContain('CANARY9');
    expect(redactUrl(url), url).toContain('REDACTED@');
  }
});
