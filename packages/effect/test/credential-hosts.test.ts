import { Redacted } from 'effect';
import { HttpClientRequest, Headers as HttpHeaders } from 'effect/http';
import { expect, test } from 'vitest';
import { prepareCall } from '../src/prepare.ts';

const settings = { bearerToken: Redacted.make('x-token'), apiKey: Redacted.make('sorsa-key') };

function sent(
  url: string,
  baseUrl?: string,
): { authorization: string | undefined; apiKey: string | undefined } {
  const { request } = prepareCall(HttpClientRequest.get(url), { ...settings, baseUrl });
  const header = (name: string) => {
    const value = HttpHeaders.get(request.headers, name);
    return value._tag === 'Some' ? value.value : undefined;
  };
  return { authorization: header('authorization'), apiKey: header('apikey') };
}

test("each API's own hosts over HTTPS get its credential, with or without a base URL", () => {
  for (const url of [
    'https://api.x.com/2/users/me',
    'https://api.twitter.com/1.1/account/verify_credentials.json',
  ]) {
    expect(sent(url), url).toEqual({ authorization: 'Bearer x-token', apiKey: undefined });
    expect(sent(url, 'https://api.sorsa.io'), url).toEqual({
      authorization: 'Bearer x-token',
      apiKey: undefined,
    });
  }
  expect(sent('https://api.sorsa.io/v3/info', 'https://api.x.com')).toEqual({
    authorization: undefined,
    apiKey: 'sorsa-key',
  });
});

test('a look-alike or plain-HTTP host gets nothing, whatever its path says', () => {
  const none = { authorization: undefined, apiKey: undefined };
  for (const url of [
    'http://api.x.com/2/users/me',
    'https://api.x.com.evil.example/2/users/me',
    'https://evilx.com/2/users/me',
    'https://notsorsa.io/v3/info',
    'https://media.example/v3/assets/logo.png',
    'https://hooks.example/1.1/whatever',
  ]) {
    expect(sent(url), url).toEqual(none);
    expect(sent(url, 'https://api.x.com'), url).toEqual(none);
  }
});

test('a scheme-relative URL, or an absolute one with the dialect option set, gets nothing off the base URL', () => {
  const none = { authorization: undefined, apiKey: undefined };
  expect(sent('//evil.example/2/users/me')).toEqual(none);
  expect(sent('\\\\evil.example/2/users/me')).toEqual(none);
  const withDialect = (url: string) => {
    const { request } = prepareCall(HttpClientRequest.get(url), { ...settings, dialect: 'v2' });
    return HttpHeaders.has(request.headers, 'authorization');
  };
  expect(withDialect('https://evil.example/anything')).toBe(false);
  expect(withDialect('/proxied/users/me')).toBe(true);
  // Behind a base URL it is a path on that host, and no path of X's: still nothing.
  expect(sent('//evil.example/2/users/me', 'https://api.x.com')).toEqual(none);
});
