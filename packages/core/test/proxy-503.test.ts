import { describe, expect, test } from 'vitest';
import { catalogue, classify } from '../src/index.ts';

const url = 'https://api.x.com/2/tweets';
const exampleOf = (id: string) => {
  const entry = catalogue.find((candidate) => candidate.id === id);
  if (!entry) throw new Error(`no entry ${id}`);
  return entry.example;
};

describe('a 503 that the API itself answered is over capacity: a POST is sent again', () => {
  for (const id of ['v2/http-503', 'v1.1/130']) {
    test(`${id} (its catalogue example)`, () => {
      const { status, headers, body } = exampleOf(id);
      const c = classify({ status, headers, body, method: 'POST', url });
      expect([c.kind, c.processed, c.retryable]).toEqual(['unavailable', false, true]);
    });
  }
});

describe('a 503 with nothing of the API in it may follow a request the API got: a POST is not sent again', () => {
  const bare: [string, Record<string, string>, string | undefined][] = [
    ['no body', {}, undefined],
    ['an empty body', { 'content-type': 'text/plain' }, ''],
    [
      'a proxy’s plain text',
      { 'content-type': 'text/plain' },
      'upstream connect error or disconnect/reset before headers. reset reason: connection termination',
    ],
    ['JSON without an error', { 'content-type': 'application/json' }, '{}'],
    [
      'a gateway’s message alone',
      { 'content-type': 'application/json' },
      '{"message":"Service Unavailable"}',
    ],
    [
      'a gateway’s own code',
      { 'content-type': 'application/json' },
      '{"code":503,"message":"Service Unavailable"}',
    ],
    [
      'a proxy’s page, even X’s old “over capacity” page',
      { 'content-type': 'text/html' },
      '<html><head><title>Twitter / Over capacity</title></head><body><h1>Twitter is over capacity.</h1></body></html>',
    ],
  ];
  for (const [name, headers, body] of bare) {
    test(name, () => {
      const post = classify({ status: 503, headers, body, method: 'POST', url });
      expect([post.kind, post.processed, post.retryable]).toEqual(['unavailable', true, false]);
      // A read is retried all the same.
      const get = classify({
        status: 503,
        headers,
        body,
        method: 'GET',
        url: 'https://api.x.com/2/users/me',
      });
      expect(get.retryable).toBe(true);
    });
  }

  test('so is a pre-parsed body without an error', () => {
    expect(classify({ status: 503, body: {}, method: 'POST', url }).retryable).toBe(false);
  });
});

test('X’s problem body without a type (about:blank) is X’s own too', () => {
  const body = { title: 'Service Unavailable', detail: 'Service Unavailable', status: 503 };
  const c = classify({ status: 503, body, method: 'POST', url });
  expect([c.processed, c.retryable]).toEqual([false, true]);
});

test('a Sorsa 503 is a gateway’s (Sorsa documents none): a POST is not sent again, a GET is', () => {
  const sorsa = 'https://api.sorsa.io/v3/tweet-info-bulk';
  const body = '<html><body>503 Service Unavailable</body></html>';
  expect(classify({ status: 503, body, method: 'POST', url: sorsa }).retryable).toBe(false);
  expect(classify({ status: 503, body, method: 'GET', url: sorsa }).retryable).toBe(true);
});

test('an input that throws on reading counts a 503 as possibly processed too', () => {
  const hostile = {
    status: 503,
    method: 'POST',
    get body(): unknown {
      throw new Error('boom');
    },
  };
  expect(classify(hostile)).toMatchObject({ kind: 'unavailable', processed: true, retryable: false });
});

describe('a code or type a proxy only quotes does not make its 503 X’s', () => {
  const quoted: [string, string, string][] = [
    [
      'a page with inline JSON',
      'text/html',
      '<html><script>var e={"code":130,"type":"https://api.x.com/2/problems/x"}</script></html>',
    ],
    ['prose quoting JSON', 'text/plain', 'upstream said {"type":"about:blank","code":130} and gave up'],
    ['a gateway’s own problem type', 'application/json', '{"type":"error","message":"no healthy upstream"}'],
  ];
  for (const [name, type, body] of quoted) {
    test(name, () => {
      const c = classify({ status: 503, headers: { 'content-type': type }, body, method: 'POST', url });
      expect([c.processed, c.retryable]).toEqual([true, false]);
    });
  }

  test('nor does X’s code at a Sorsa URL', () => {
    const body = { errors: [{ code: 130, message: 'Over capacity' }] };
    const c = classify({ status: 503, body, method: 'POST', url: 'https://api.sorsa.io/v3/tweet-info-bulk' });
    expect(c.retryable).toBe(false);
  });

  test('while X’s answers cut off or in XML still count as X’s', () => {
    for (const body of [
      '{"errors":[{"code":130,"message":"Over cap',
      '<errors><error code="130">Over capacity</error></errors>',
    ]) {
      const c = classify({
        status: 503,
        body,
        method: 'POST',
        url: 'https://api.twitter.com/1.1/statuses/update.json',
      });
      expect([c.processed, c.retryable], body).toEqual([false, true]);
    }
  });
});
