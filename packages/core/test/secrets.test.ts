import { inspect } from 'node:util';
import { describe, expect, test } from 'vitest';
import { classify, isXApiError, redactHeaders, redactText, redactUrl, XApiError } from '../src/index.ts';

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
