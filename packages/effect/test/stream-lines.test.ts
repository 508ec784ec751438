import { useSimulator } from '@xapi-errors/testkit';
import { Effect, Stream } from 'effect';
import { HttpClientRequest } from 'effect/http';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { simClient, withClient } from './harness.ts';

const sim = useSimulator({ beforeAll, beforeEach, afterAll });

test('every stream line arrives as its JSON value, scalars too; a line that is not JSON as its text', async () => {
  const lines = [
    '{"data":{"id":"1","text":"a"}}',
    '"just a string"',
    '42',
    'true',
    'null',
    '[1,2]',
    'not json at all',
    '<html>oops</html>',
    '{"data":{"id":"2","text":"b"}}',
  ];
  sim.script('GET /2/tweets/search/stream', [
    { status: 200, headers: { 'content-type': 'application/json' }, body: `${lines.join('\r\n\r\n')}\r\n` },
  ]);
  const emitted = await Effect.runPromise(
    withClient(simClient(sim), (x) =>
      Stream.runCollect(x.stream(HttpClientRequest.get('/2/tweets/search/stream'))),
    ),
  );
  expect(Array.from(emitted)).toEqual([
    { data: { id: '1', text: 'a' } },
    'just a string',
    42,
    true,
    null,
    [1, 2],
    'not json at all',
    '<html>oops</html>',
    { data: { id: '2', text: 'b' } },
  ]);
});
