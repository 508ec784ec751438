import { describe, expect, test } from 'vitest';
import { parseHttpDate } from '../src/http-date.ts';
import { apiOfHost, dialectFromUrl, parseRetryAfter } from '../src/index.ts';
import { handOut, interpret, unsendable } from '../src/web/index.ts';

describe('dates and bounds', () => {
  test('an RFC 850 two-digit year below 70 is this century (RFC 9110: at most 50 years ahead)', () => {
    expect(parseHttpDate('Sunday, 06-Nov-55 08:49:37 GMT')).toBe(Date.UTC(2055, 10, 6, 8, 49, 37));
    expect(parseHttpDate('Sunday, 06-Nov-69 08:49:37 GMT')).toBe(Date.UTC(2069, 10, 6, 8, 49, 37));
    expect(parseHttpDate('Thursday, 06-Nov-70 08:49:37 GMT')).toBe(Date.UTC(1970, 10, 6, 8, 49, 37));
  });

  test('a Retry-After of exactly 31 days is read; one second more is not', () => {
    const days31 = 31 * 24 * 60 * 60;
    expect(parseRetryAfter(String(days31), 0)).toBe(days31 * 1000);
    expect(parseRetryAfter(String(days31 - 12 * 3600), 0)).toBe((days31 - 12 * 3600) * 1000);
    expect(parseRetryAfter(String(days31 + 1), 0)).toBeUndefined();
  });
});

describe('hosts and paths', () => {
  test('look-alike hosts are no API of ours', () => {
    expect(apiOfHost('notsorsa.io')).toBeUndefined();
    expect(apiOfHost('evilx.com')).toBeUndefined();
    expect(apiOfHost('nottwitter.com')).toBeUndefined();
    expect(dialectFromUrl('https://notsorsa.io/info')).toBeUndefined();
    expect(apiOfHost('api.sorsa.io')).toBe('sorsa');
    expect(apiOfHost('x.com')).toBe('x');
  });

  test('the OAuth 2.0 token endpoint speaks v1.1', () => {
    expect(dialectFromUrl('https://api.x.com/oauth2/token')).toBe('v1.1');
    expect(dialectFromUrl('https://api.x.com/oauth2/invalidate_token')).toBe('v1.1');
  });
});

describe('web helpers', () => {
  test('with problems, the caller gets a parse of its own, not the object problems came from', async () => {
    const text = '{"errors":[{"message":"bad","code":44,"value":{"a":1}}]}';
    const original = new Response(text, { status: 400, headers: { 'content-type': 'application/json' } });
    const read = interpret(await original.arrayBuffer());
    const handed = handOut(original, read, { problems: [{ kind: 'invalid-request' }] });
    const value = await handed.json();
    expect(value).toEqual(JSON.parse(text));
    expect(value).not.toBe(read.json?.value);
  });

  test('a failure with a network code reached the network: userinfo or a bad port is no reason then', () => {
    expect(unsendable(new URL('https://user:pass@api.x.com/2/users/me'), true)).toBeUndefined();
    expect(unsendable(new URL('http://127.0.0.1:6000/'), true)).toBeUndefined();
    expect(unsendable(new URL('https://user:pass@api.x.com/2/users/me'), false)).toBe(
      'fetch refuses credentials in the URL',
    );
    expect(unsendable(new URL('ftp://api.x.com/'), true)).toBe('the scheme ftp: is not http: or https:');
  });
});
