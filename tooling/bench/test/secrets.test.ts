import { inspect } from 'node:util';
import { type ScriptStep, useSimulator } from '@xapi-errors/testkit';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { isAdapterError, makeClient, type Stack, stacks } from './support/clients.ts';
import { settle } from './support/settle.ts';

/** Secrets a caller sends, each unique enough that finding it anywhere means it leaked. */
const canary = {
  // An `=` inside, as in X's app-only bearer tokens once percent-decoded.
  bearer: 'CANARY-BEARER-7f3a9e=EUif4c',
  apiKey: 'CANARY-APIKEY-2b8c1d',
  cookie: 'CANARY-COOKIE-5d0e4f',
  oauthToken: 'CANARY-OAUTH-9a6f2b',
  accessToken: 'CANARY-ACCESS-4c7b3a',
} as const;
const canaries = Object.values(canary);

const sim = useSimulator(
  { beforeAll, beforeEach, afterAll },
  { sorsa: { keys: { [canary.apiKey]: { paid: false } } } },
);

const headers = {
  authorization: `Bearer ${canary.bearer}`,
  ApiKey: canary.apiKey,
  cookie: `session=${canary.cookie}; theme=dark`,
};
const query = `oauth_token=${canary.oauthToken}&access_token=${canary.accessToken}&user.fields=id`;

interface Scenario {
  readonly name: string;
  readonly path: string;
  readonly script?: readonly ScriptStep[];
}

/** Failures of every shape an adapter builds errors and hook events from. */
const scenarios: readonly Scenario[] = [
  { name: 'a 401 refusal', path: '/2/users/me', script: ['v2/http-401'] },
  { name: 'a 503 retried until the limit', path: '/2/users/me', script: ['v2/http-503', 'v2/http-503'] },
  { name: 'a 429 whose wait is too long', path: '/2/users/me', script: ['v2/http-429'] },
  { name: 'a connection reset', path: '/2/users/me', script: ['reset', 'reset'] },
  { name: 'a 200 carrying only errors', path: '/2/tweets/20', script: ['v2/resource-not-found'] },
  { name: 'a Sorsa key refusal', path: '/v3/search-tweets' },
  {
    name: 'a 401 echoing the bearer token in prose',
    path: '/2/users/me',
    script: [
      { status: 401, body: { errors: [{ code: 89, message: `Invalid or expired token ${canary.bearer}` }] } },
    ],
  },
  {
    name: 'a 400 echoing the cookie and the query parameters',
    path: '/2/users/me',
    script: [
      {
        status: 400,
        body: {
          title: `Invalid Request for ${canary.oauthToken}`,
          detail: `We saw ${canary.cookie} and ${canary.accessToken}, which we did not expect`,
          type: 'https://api.x.com/2/problems/invalid-request',
        },
      },
    ],
  },
  {
    name: 'a 500 text body echoing the bearer token',
    path: '/2/users/me',
    script: [
      { status: 500, headers: { 'content-type': 'text/plain' }, body: `upstream rejected ${canary.bearer}` },
      { status: 500, headers: { 'content-type': 'text/plain' }, body: `upstream rejected ${canary.bearer}` },
    ],
  },
];

/** Every way an error is commonly printed or serialised. */
function errorSurfaces(error: unknown): Record<string, string> {
  const surfaces: Record<string, string> = {
    'String(error)': String(error),
    'JSON.stringify(error)': JSON.stringify(error) ?? '',
    'util.inspect(error, { depth: 10 })': inspect(error, { depth: 10 }),
    'util.inspect(error, { depth: 10, showHidden: true })': inspect(error, { depth: 10, showHidden: true }),
    // How Node prints an uncaught error: custom inspectors off, `cause` included.
    'crash output (customInspect: false)': inspect(error, { depth: 10, customInspect: false }),
  };
  if (error instanceof Error) {
    surfaces['error.message'] = error.message;
    surfaces['error.stack'] = error.stack ?? '';
  }
  return surfaces;
}

function leaks(surfaces: Record<string, string>): string[] {
  return Object.entries(surfaces).flatMap(([where, text]) =>
    canaries.filter((secret) => text.includes(secret)).map((secret) => `${secret} in ${where}`),
  );
}

async function failWith(stack: Stack, scenario: Scenario, events: unknown[]) {
  if (scenario.script) sim.script(`GET ${scenario.path}`, scenario.script);
  const record = (event: unknown) => events.push(event);
  const client = makeClient(stack, {
    retry: { limit: 1, baseDelayMs: 1, capDelayMs: 5, maxDelayMs: 50 },
    onRetry: record,
    onRateLimit: record,
    onError: record,
  });
  return settle(client.call({ url: `${sim.url}${scenario.path}?${query}`, headers }));
}

describe.each(stacks)('%s', (stack) => {
  test.each(scenarios)('$name: no canary in any error surface or hook payload', async (scenario) => {
    const events: unknown[] = [];
    const ending = await failWith(stack, scenario, events);

    expect(ending.ok).toBe(false);
    if (ending.ok) return;
    expect(isAdapterError(stack, ending.error)).toBe(true);
    // The canaries really were on the wire, so finding none below means something.
    const sent = sim.requests[0];
    expect([sent?.headers['authorization'], sent?.headers['apikey'], sent?.headers['cookie']]).toEqual([
      headers.authorization,
      headers.ApiKey,
      headers.cookie,
    ]);
    expect(sent?.query).toMatchObject({ oauth_token: canary.oauthToken, access_token: canary.accessToken });

    expect(leaks(errorSurfaces(ending.error))).toEqual([]);
    const hookSurfaces = Object.fromEntries(
      events.flatMap((event, index) => [
        [`hook event ${index} as JSON`, JSON.stringify(event)],
        [`hook event ${index} inspected`, inspect(event, { depth: 10, showHidden: true })],
      ]),
    );
    expect(leaks(hookSurfaces)).toEqual([]);
    if (stack !== 'effect') expect(events.length).toBeGreaterThan(0);
  });

  test('the pacer event for a held Sorsa request carries no canary', async () => {
    const events: unknown[] = [];
    const client = makeClient(stack, { pacer: { perWindow: 1 }, onRateLimit: (event) => events.push(event) });
    const paid = { ...headers, ApiKey: `${canary.apiKey}-paid` };
    const url = `${sim.url}/v3/search-tweets?${query}`;

    await client.call({ url, headers: paid });
    await client.call({ url, headers: paid });

    expect(sim.requestCount('GET /v3/search-tweets')).toBe(2);
    expect(
      leaks(Object.fromEntries(events.map((event, i) => [`event ${i}`, inspect(event, { depth: 10 })]))),
    ).toEqual([]);
    if (stack !== 'effect') expect(events).toContainEqual(expect.objectContaining({ source: 'pacer' }));
  });
});
