import { type CustomResponse, useSimulator } from '@xapi-errors/testkit';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { isAdapterError, makeClient, type Stack, stacks } from './support/clients.ts';
import { describeThrown, type Ending, settle } from './support/settle.ts';

const sim = useSimulator({ beforeAll, beforeEach, afterAll });
afterEach(() => {
  // Whatever a body held, the prototype every object shares stays clean.
  expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
});

const json = { 'content-type': 'application/json; charset=utf-8' };
const megabytes50 = 50 * 1024 * 1024;
const depth = 100_000;

/** Hostile JSON bodies, with the envelope an error status and a success would carry. */
const hostile: Record<string, { readonly error: string; readonly success: string }> = {
  '50 MB': {
    error: `{"errors":[{"message":"${'x'.repeat(megabytes50)}"}]}`,
    success: `{"data":{"id":"1","text":"${'x'.repeat(megabytes50)}"}}`,
  },
  '100,000-deep nesting': {
    error: `{"errors":[${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}]}`,
    success: `{"data":{"id":"1","nested":${'['.repeat(depth)}${']'.repeat(depth)}}}`,
  },
  '__proto__ keys': {
    error:
      '{"__proto__":{"polluted":"yes"},"errors":[{"__proto__":{"polluted":"yes"},' +
      '"constructor":{"prototype":{"polluted":"yes"}},"message":"bad request"}]}',
    success:
      '{"__proto__":{"polluted":"yes"},"data":{"id":"1","__proto__":{"polluted":"yes"},' +
      '"constructor":{"prototype":{"polluted":"yes"}}}}',
  },
};

/** `{"…":"` + bytes that are not UTF-8 (a lone 0xFF, an overlong form, a cut sequence) + `"…}`. */
function withInvalidUtf8(before: string, after: string): Uint8Array {
  const bad = Uint8Array.from([0xff, 0xfe, 0xc0, 0xaf, 0xe2, 0x82]);
  return Buffer.concat([Buffer.from(before), bad, Buffer.from(after)]);
}

/**
 * Failed with the adapter's own error carrying a kind, or (when `mayResolve`) resolved with a
 * body; never anything else.
 */
function expectClassified(stack: Stack, ending: Ending, mayResolve: boolean) {
  if (!mayResolve) expect(ending.ok, 'resolved instead of failing').toBe(false);
  if (ending.ok) return;
  expect(isAdapterError(stack, ending.error), describeThrown(ending.error)).toBe(true);
  expect(typeof (ending.error as { kind?: unknown }).kind).toBe('string');
}

describe.each(stacks)('%s', (stack) => {
  describe.each(Object.entries(hostile))('a %s body', (_, bodies) => {
    test('under an error status is classified, never thrown as a parse error', async () => {
      const answer: CustomResponse = { status: 400, headers: json, body: bodies.error };
      sim.script('GET /2/users/me', [answer]);
      const ending = await settle(makeClient(stack, { retry: false }).call({ url: `${sim.url}/2/users/me` }));
      expectClassified(stack, ending, false);
    });

    test('under a 200 resolves or is classified, never thrown as a parse error', async () => {
      sim.script('GET /2/users/me', [{ status: 200, headers: json, body: bodies.success }]);
      const ending = await settle(makeClient(stack, { retry: false }).call({ url: `${sim.url}/2/users/me` }));
      expectClassified(stack, ending, true);
    });
  });

  test('an invalid UTF-8 error body is classified, never thrown', async () => {
    sim.script('GET /2/users/me', [
      { status: 400, headers: json, body: withInvalidUtf8('{"errors":[{"message":"', '"}]}') },
    ]);
    const ending = await settle(makeClient(stack, { retry: false }).call({ url: `${sim.url}/2/users/me` }));
    expectClassified(stack, ending, false);
  });

  test('an invalid UTF-8 success body resolves or is classified, never thrown', async () => {
    sim.script('GET /2/users/me', [
      { status: 200, headers: json, body: withInvalidUtf8('{"data":{"id":"1","name":"', '"}}') },
    ]);
    const ending = await settle(makeClient(stack, { retry: false }).call({ url: `${sim.url}/2/users/me` }));
    expectClassified(stack, ending, true);
  });

  test('a 200 body cut off by the server closing the connection is classified, never thrown', async () => {
    sim.script('GET /2/users/me', [
      {
        status: 200,
        headers: json,
        body: Buffer.from('{"data":{"id":"1900000000000000001","name":"Sim User","username":"sim_user"}}'),
        // A clean close (a FIN), as a proxy that gives up mid-response does, not a reset.
        breakOff: 'close',
      },
    ]);
    const ending = await settle(makeClient(stack, { retry: false }).call({ url: `${sim.url}/2/users/me` }));
    expectClassified(stack, ending, false);
  });
});
