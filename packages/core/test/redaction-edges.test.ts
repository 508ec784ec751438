import { describe, expect, test } from 'vitest';
import {
  classify,
  classifyNetworkError,
  isSecretHeader,
  minSecretLength,
  redactHeaders,
  redactText,
  redactUrl,
  scrubValues,
  secretValues,
} from '../src/index.ts';

describe('redaction', () => {
  test('Proxy-Authorization is a secret header: redacted, and its credentials collected', () => {
    expect(isSecretHeader('Proxy-Authorization')).toBe(true);
    expect(redactHeaders({ 'Proxy-Authorization': 'Basic dXNlcjpodW50ZXIyMjI=' })).toEqual({
      'Proxy-Authorization': '[REDACTED]',
    });
    expect(secretValues({ 'proxy-authorization': 'Basic dXNlcjpodW50ZXIyMjI=' })).toContain('hunter222');
  });

  test('an OAuth verifier in a URL is redacted and collected', () => {
    const url = 'https://api.x.com/oauth/access_token?oauth_token=tok&oauth_verifier=Zx9Kq2Lm7';
    expect(redactUrl(url)).not.toContain('Zx9Kq2Lm7');
    expect(secretValues(undefined, url)).toContain('Zx9Kq2Lm7');
  });

  test('a text that needed scrubbing is scrubbed every time it comes, not remembered as clean', () => {
    const text = 'upstream said token=abcdef123456';
    expect(redactText(text)).toBe('upstream said token=[REDACTED]');
    expect(redactText(text)).toBe('upstream said token=[REDACTED]');
  });

  test('a jwt= pair is scrubbed even when nothing else in the text looks secret', () => {
    expect(redactText('jwt=eyJhbGciOiJIUzI1NiJ9.e30.Zm9vYmFy')).toBe('jwt=[REDACTED]');
  });

  test('a credential of six characters is scrubbed', () => {
    expect(minSecretLength).toBe(6);
    expect(scrubValues('wrong password Pa55wd given', ['Pa55wd'])).toBe('wrong password [REDACTED] given');
    expect(scrubValues('wrong password hunter2 given', ['hunter2'])).toBe('wrong password [REDACTED] given');
  });

  test('a credential echoed percent-encoded is collected and scrubbed', () => {
    const headers = { authorization: 'Bearer AAAA+bbb/ccc==' };
    const secrets = secretValues(headers);
    expect(secrets).toContain('AAAA%2Bbbb%2Fccc%3D%3D');
    const c = classify({
      status: 401,
      dialect: 'v1.1',
      body: { errors: [{ code: 32, message: 'Could not authenticate you with AAAA%2Bbbb%2Fccc%3D%3D' }] },
      secrets,
    });
    expect(JSON.stringify(c)).not.toContain('AAAA%2Bbbb%2Fccc%3D%3D');
  });

  test('a network error message without a code is redacted', () => {
    const c = classifyNetworkError(
      new Error('request to https://api.x.com/2/users/me?access_token=SECRETabc123 failed'),
    );
    expect(c.message).not.toContain('SECRETabc123');
  });
});
