import { expect, test } from 'vitest';
import { createPaceBook, paceKey, parseRateLimit, splitPaceKey } from '../src/index.ts';

const t0 = Date.UTC(2026, 10, 22, 12, 0, 0);
const second = (ms: number) => String((t0 + ms) / 1000);
const keyOf = (authorization: string) =>
  paceKey({ url: 'https://api.x.com/2/users/2244994945', headers: { authorization } }) as string;

test('X keys tell credentials apart by fingerprint, never holding the secret', () => {
  const alice = keyOf('Bearer CANARY-alice-token');
  const bob = keyOf('Bearer CANARY-bob-token');
  expect(alice).toMatch(/^x:GET \/2\/users\/:id#[0-9a-f]{16}$/);
  expect(bob).not.toBe(alice);
  expect(`${alice}${bob}`).not.toContain('CANARY');
  expect(paceKey({ url: 'https://api.x.com/2/users/2244994945' })).toBe('x:GET /2/users/:id');
});

test('an OAuth 1.0a header is keyed by its token, not by the nonce and signature that change each time', () => {
  const signed = (nonce: string) =>
    `OAuth oauth_consumer_key="ck", oauth_nonce="${nonce}", oauth_signature="${nonce}sig", oauth_token="CANARY-user-1", oauth_version="1.0"`;
  expect(keyOf(signed('n1'))).toBe(keyOf(signed('n2')));
  expect(keyOf(signed('n1'))).not.toBe(keyOf(signed('n1').replace('CANARY-user-1', 'CANARY-user-2')));
  expect(keyOf(signed('n1'))).not.toContain('CANARY');
});

test("one user's spent window, or 24-hour family, does not hold another user's requests; the app's does", () => {
  const book = createPaceBook();
  const alice = keyOf('Bearer alice');
  const bob = keyOf('Bearer bob');
  book.observe(
    alice,
    parseRateLimit(
      {
        'x-rate-limit-limit': '15',
        'x-rate-limit-remaining': '0',
        'x-rate-limit-reset': second(900_000),
        'x-user-limit-24hour-limit': '17',
        'x-user-limit-24hour-remaining': '0',
        'x-user-limit-24hour-reset': second(7_200_000),
      },
      t0,
    ),
  );
  expect(book.waitMs(alice, t0)).toBe(7_200_000);
  expect(book.waitMs(bob, t0)).toBe(0);
  // A 24-hour limit is the endpoint's: another endpoint of the same user goes.
  expect(book.waitMs(alice.replace('/2/users/:id', '/2/tweets'), t0)).toBe(0);

  book.observe(
    bob,
    parseRateLimit(
      {
        'x-app-limit-24hour-limit': '50',
        'x-app-limit-24hour-remaining': '0',
        'x-app-limit-24hour-reset': second(3_600_000),
      },
      t0,
    ),
  );
  expect(book.waitMs(keyOf('Bearer carol'), t0)).toBe(3_600_000);
});

test('an OAuth 1.0a header without a token (asking for a request token) is keyed by its consumer key', () => {
  const signed = (nonce: string) =>
    `OAuth oauth_callback="oob", oauth_consumer_key="CANARY-ck", oauth_nonce="${nonce}", oauth_signature="${nonce}s"`;
  const keyFor = (nonce: string) =>
    paceKey({
      url: 'https://api.x.com/oauth/request_token',
      method: 'POST',
      headers: { authorization: signed(nonce) },
    });
  expect(keyFor('n1')).toBe(keyFor('n2'));
  expect(keyFor('n1')).not.toContain('CANARY');
});

test('OAuth 1.0a parameters count unquoted too, and an empty token falls back to the consumer key', () => {
  const unquoted = (nonce: string) =>
    `OAuth oauth_consumer_key=ck1, oauth_nonce=${nonce}, oauth_token=user-1`;
  expect(keyOf(unquoted('n1'))).toBe(keyOf(unquoted('n2')));
  const emptyToken = (consumer: string) => `OAuth oauth_consumer_key="${consumer}", oauth_token=""`;
  expect(keyOf(emptyToken('app-1'))).not.toBe(keyOf(emptyToken('app-2')));
});

test('splitPaceKey gives the endpoint and the credential fingerprint', () => {
  const key = keyOf('Bearer alice');
  const { endpoint, credential } = splitPaceKey(key);
  expect(endpoint).toBe('x:GET /2/users/:id');
  expect(`${endpoint}#${credential}`).toBe(key);
  expect(splitPaceKey('x:GET /2/users/:id')).toEqual({ endpoint: 'x:GET /2/users/:id', credential: '' });
});
