import { useSimulator } from '@xapi-errors/testkit';
import { Effect } from 'effect';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { simClient, withClient, withRecordedSpans } from './harness.ts';

const sim = useSimulator({ beforeAll, afterAll });

/** The attributes of every span the client's calls record. */
async function spanAttributes(urlParams: Record<string, string>): Promise<string[]> {
  const values: string[] = [];
  const calls = withClient(simClient(sim), (x) => x.get('/2/users/me', { urlParams }));
  await Effect.runPromise(withRecordedSpans(calls, (key, value) => values.push(`${key}=${String(value)}`)));
  return values;
}

test.each([
  'accessToken',
  'AccessToken',
  'access-token',
  'ACCESS_TOKEN',
  'oauthToken',
  'apiKey',
  'access_token[]',
  'oauth[token]',
])('a span redacts the %s parameter, as core does in errors', async (name) => {
  const secret = 'CANARYspanSecret1';
  const shown = await spanAttributes({ [name]: secret, ids: '2244994945' });
  const url = shown.find((value) => value.startsWith('url.full='));
  expect(url).toContain('ids=2244994945');
  for (const value of shown) expect(value).not.toContain(secret);
});

test('a parameter core does not count as a credential stays readable in the span', async () => {
  const shown = await spanAttributes({ keyword: 'visible-value', monkey: 'also-visible' });
  expect(shown.find((value) => value.startsWith('url.query='))).toBe(
    'url.query=keyword=visible-value&monkey=also-visible',
  );
});
