import { useSimulator, xapiErrorOf } from '@xapi-errors/testkit';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { getClassification, withXApi } from '../src/index.ts';

const sim = useSimulator({ beforeAll, beforeEach, afterAll });

test('a JSON success read for classification is handed back unread, with its url', async () => {
  const xfetch = withXApi();

  const response = await xfetch(`${sim.url}/2/users/me`);

  expect(response.bodyUsed).toBe(false);
  expect(response.url).toBe(`${sim.url}/2/users/me`);
  expect(response.headers.get('content-type')).toMatch(/json/);
  const copy = response.clone();
  expect(getClassification(copy)).toBe(getClassification(response));
  expect(await response.json()).toEqual(await copy.json());
});

test('an error response is readable on the error, as text or JSON', async () => {
  sim.script('GET /2/users/me', ['v2/http-401', 'v2/http-401']);
  const xfetch = withXApi();

  const error = await xapiErrorOf(xfetch(`${sim.url}/2/users/me`));
  const response = error.response as Response;

  expect(response.bodyUsed).toBe(false);
  expect(response.status).toBe(401);
  expect(response.statusText).toBe('Unauthorized');
  const body = (await response.json()) as { title: string };
  expect(body.title).toBe('Unauthorized');
  expect(getClassification(response)).toBe(error.classification);
});

test('a 204 without a body resolves as a success', async () => {
  sim.script('DELETE /2/tweets/:id', ['v2/http-204']);
  const xfetch = withXApi();

  const response = await xfetch(`${sim.url}/2/tweets/1460323737035677698`, { method: 'DELETE' });

  expect(response.status).toBe(204);
  expect(getClassification(response)?.ok).toBe(true);
  expect(await response.text()).toBe('');
});

test('a URL object and a Request are accepted like with fetch', async () => {
  const xfetch = withXApi();

  const responses = await Promise.all([
    xfetch(new URL('/2/users/me', sim.url)),
    xfetch(new Request(`${sim.url}/2/users/me`), { headers: { 'x-extra': '1' } }),
  ]);

  expect(responses.map((response) => response.status)).toEqual([200, 200]);
  expect(sim.requests.map((request) => request.headers['x-extra'])).toContain('1');
});

/**
 * A response from another Fetch implementation (undici from npm, node-fetch): the same surface,
 * read through getters over state of its own, none of which this runtime's `Response` can read.
 */
class ForeignResponse {
  readonly #from: Response;
  readonly #bytes: ArrayBuffer;
  constructor(from: Response, bytes: ArrayBuffer) {
    this.#from = from;
    this.#bytes = bytes;
  }
  get url(): string {
    return this.#from.url;
  }
  get status(): number {
    return this.#from.status;
  }
  get statusText(): string {
    return this.#from.statusText;
  }
  get headers(): Headers {
    return this.#from.headers;
  }
  get ok(): boolean {
    return this.#from.ok;
  }
  get type(): ResponseType {
    return this.#from.type;
  }
  get redirected(): boolean {
    return this.#from.redirected;
  }
  get body(): ReadableStream<Uint8Array> | null {
    return new Response(this.#bytes).body;
  }
  async arrayBuffer(): Promise<ArrayBuffer> {
    return this.#bytes;
  }
}

test('a fetch of another implementation gets a stand-in with the same status, headers, URL and body', async () => {
  const foreignFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const response = await fetch(input, init);
    return new ForeignResponse(response, await response.arrayBuffer()) as unknown as Response;
  };
  sim.script('GET /2/users/me', [
    {
      status: 200,
      headers: { 'content-type': 'application/json', 'x-trace': 't9' },
      body: '{"data":{"id":"9"}}',
    },
  ]);

  const response = await withXApi(foreignFetch)(`${sim.url}/2/users/me`);

  expect(response).toBeInstanceOf(Response);
  expect([response.status, response.headers.get('x-trace'), response.url, response.bodyUsed]).toEqual([
    200,
    't9',
    `${sim.url}/2/users/me`,
    false,
  ]);
  expect(await response.json()).toEqual({ data: { id: '9' } });
  expect(getClassification(response)?.ok).toBe(true);
});
