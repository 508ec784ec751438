import { afterEach, describe, expect, test, vi } from 'vitest';
import { classify } from '../src/index.ts';
import {
  BufferedResponse,
  bufferResponse,
  createResponseStore,
  createStamp,
  handOut,
  interpret,
  needsBody,
  requestSummary,
  untilAborted,
  urlFacts,
} from '../src/web/index.ts';

describe('urlFacts', () => {
  test('relative, absolute and streaming URLs', () => {
    expect(urlFacts('/2/users/me', undefined).dialect).toBe('v2');
    expect(urlFacts('https://api.sorsa.io/v3/info', undefined).dialect).toBe('sorsa');
    expect(urlFacts('https://proxy.example/info', 'sorsa').dialect).toBe('sorsa');
    expect(urlFacts('https://api.x.com/2/tweets/search/stream', undefined).stream).toBe(true);
    expect(urlFacts('https://api.x.com/2/tweets/search/stream/', undefined).stream).toBe(true);
    expect(urlFacts('https://api.x.com/2/tweets/search/recent', undefined).stream).toBe(false);
  });
});

describe('requestSummary', () => {
  test('redacts the URL, lazily when no hook needs it', () => {
    const url = 'https://api.x.com/2/users/me?access_token=CANARY9';
    for (const hooked of [true, false]) {
      const summary = requestSummary('get', url, hooked);
      expect(summary.url).not.toContain('CANARY9');
      expect(JSON.stringify(summary)).not.toContain('CANARY9');
    }
  });
});

describe('handOut / BufferedResponse', () => {
  const original = () =>
    new Response('{"data":{"id":"1"}}', { status: 200, headers: { 'content-type': 'application/json' } });

  test('the caller reads the body that classification already read, once', async () => {
    const read = interpret(new TextEncoder().encode('{"data":{"id":"1"}}').buffer as ArrayBuffer);
    const response = handOut(original(), read, classify({ status: 200, body: read.body }));
    expect(response).toBeInstanceOf(BufferedResponse);
    expect(await response.json()).toEqual({ data: { id: '1' } });
    expect(response.bodyUsed).toBe(true);
    await expect(response.text()).rejects.toThrow();
  });

  test('clones carry their own bytes and call onClone', async () => {
    const read = interpret(new TextEncoder().encode('{"data":{"id":"1"}}').buffer as ArrayBuffer);
    const seen: Response[] = [];
    const response = handOut(original(), read, classify({ status: 200, body: read.body }), (copy) =>
      seen.push(copy),
    );
    const copy = response.clone();
    expect(seen).toEqual([copy]);
    expect(await copy.text()).toBe('{"data":{"id":"1"}}');
    expect(await response.json()).toEqual({ data: { id: '1' } });
  });

  test("clones show the original's status and headers, in Headers of their own", async () => {
    const read = interpret(new TextEncoder().encode('{"data":{"id":"1"}}').buffer as ArrayBuffer);
    const response = handOut(original(), read, { problems: [] });
    const copy = response.clone();
    const copyOfCopy = copy.clone();
    copy.headers.set('x-seen', 'copy');

    expect(copy.status).toBe(200);
    expect(copy.headers.get('content-type')).toBe('application/json');
    expect(copy.headers).not.toBe(response.headers);
    expect(response.headers.get('x-seen')).toBeNull();
    expect(copyOfCopy.headers.get('content-type')).toBe('application/json');
    expect(copy.clone().headers.get('x-seen')).toBe('copy');
    expect([...copyOfCopy.headers]).toEqual([...response.headers]);
  });

  test('handed a store, the response holds an empty slot until kept, and clones carry the value', async () => {
    const read = interpret(new TextEncoder().encode('{"data":{"id":"1"}}').buffer as ArrayBuffer);
    const store = createResponseStore<string>();
    const response = handOut(original(), read, classify({ status: 200, body: read.body }), store);
    expect(store.get(response)).toBeUndefined();
    store.keep(response, 'kept');
    expect(store.get(response)).toBe('kept');
    const copy = response.clone();
    expect(store.get(copy)).toBe('kept');
    expect(await copy.json()).toEqual({ data: { id: '1' } });
  });
});

describe('createStamp', () => {
  test('keeps a value on an object, replaceable, and invisible to everything else', () => {
    const stamp = createStamp<string>();
    const other = createStamp<string>();
    const response = new Response('x');

    stamp.set(response, 'first');
    stamp.set(response, 'second');

    expect(stamp.get(response)).toBe('second');
    expect(other.get(response)).toBeUndefined();
    expect(Object.keys(response)).toEqual([]);
    expect(Object.getOwnPropertySymbols(response).map(String).join()).not.toContain('second');
    expect(JSON.stringify(response)).toBe('{}');
  });

  test('reads nothing from values it could not have stamped', () => {
    const stamp = createStamp<number>();
    for (const value of [undefined, null, 1, 'text', Symbol('s'), {}]) {
      expect(stamp.get(value as object)).toBeUndefined();
    }
  });
});

describe('needsBody', () => {
  const response = (status: number, type: string) =>
    new Response('{}', { status, headers: { 'content-type': type } });

  test('every error body, 2xx JSON bodies, and never a stream', () => {
    expect(needsBody(response(500, 'text/html'), false)).toBe(true);
    expect(needsBody(response(200, 'application/json; charset=utf-8'), false)).toBe(true);
    expect(needsBody(response(200, 'application/problem+json'), false)).toBe(true);
    expect(needsBody(response(200, 'application/json'), true)).toBe(false);
    expect(needsBody(response(200, 'image/png'), false)).toBe(false);
    expect(needsBody(response(200, 'application/jsonl'), false)).toBe(false);
  });
});

describe('BufferedResponse made in place', () => {
  const bytesOf = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;

  async function buffered(body: string, init: ResponseInit) {
    const response = new Response(body, init);
    const read = interpret(await response.arrayBuffer());
    return {
      response,
      handed: handOut(response, read, classify({ status: response.status, body: read.body })),
    };
  }

  test('is the same object, still a Response, with its status, headers and URL', async () => {
    const { response, handed } = await buffered('{"data":{}}', {
      status: 201,
      statusText: 'Created',
      headers: { 'content-type': 'application/json', 'x-trace': 't1' },
    });
    expect(handed).toBe(response);
    expect(handed).toBeInstanceOf(Response);
    expect([handed.status, handed.statusText, handed.headers.get('x-trace'), handed.bodyUsed]).toEqual([
      201,
      'Created',
      't1',
      false,
    ]);
  });

  test('blob() keeps the content type and formData() parses the bytes', async () => {
    const { handed: blobbed } = await buffered('{"a":1}', {
      headers: { 'content-type': 'application/json' },
    });
    const blob = await blobbed.blob();
    expect([blob.type, await blob.text(), blobbed.bodyUsed]).toEqual(['application/json', '{"a":1}', true]);

    const { handed: form } = await buffered('a=1&b=two', {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(Object.fromEntries(await form.formData())).toEqual({ a: '1', b: 'two' });
  });

  test('a clone made after .body was taken, before it was read, has the whole body', async () => {
    const { handed } = await buffered('{"data":{"id":"7"}}', {
      headers: { 'content-type': 'application/json' },
    });
    const stream = handed.body;
    const copy = handed.clone();
    expect(await copy.json()).toEqual({ data: { id: '7' } });
    expect(await new Response(stream).text()).toBe('{"data":{"id":"7"}}');
    expect(handed.bodyUsed).toBe(true);
  });

  test('responses without a body are handed on untouched', async () => {
    const empty = new Response(null, { status: 204 });
    const read = interpret(await empty.arrayBuffer());
    expect(handOut(empty, read, classify({ status: 204 }))).not.toBeInstanceOf(BufferedResponse);

    const bodiless = new Response(null, { status: 200 });
    const none = interpret(await bodiless.arrayBuffer());
    const handed = handOut(bodiless, none, classify({ status: 200 }));
    expect(handed).not.toBeInstanceOf(BufferedResponse);
    expect(handed.body).toBeNull();
  });

  test('bufferResponse works without a classification, reusing the text it is given', async () => {
    const response = new Response('ignored');
    await response.arrayBuffer();
    const handed = bufferResponse(response, bytesOf('{"x":1}'), { text: '{"x":1}' });
    expect(await handed.json()).toEqual({ x: 1 });
  });
});

describe('BufferedResponse where native APIs read bodies (Deno, Bun, browsers)', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  test('holds the bytes as its real body, so the native methods read it whole', async () => {
    vi.stubGlobal('Deno', {});
    vi.resetModules();
    const web = await import('../src/web/index.ts');
    const original = new Response('{"data":{"id":"3"}}', {
      status: 200,
      headers: { 'content-type': 'application/json', 'x-trace': 't3' },
    });
    const read = web.interpret(await original.arrayBuffer());

    const handed = web.handOut(original, read, classify({ status: 200, body: read.body }));
    const copy = handed.clone();

    expect(handed).not.toBe(original);
    expect([handed.status, handed.headers.get('x-trace'), handed.url]).toEqual([200, 't3', original.url]);
    // What `Deno.serve` or `cache.put` do: read the body past the response's own methods.
    expect(await Response.prototype.text.call(handed)).toBe('{"data":{"id":"3"}}');
    expect(handed.bodyUsed).toBe(true);
    expect(await copy.json()).toEqual({ data: { id: '3' } });
  });
});

describe('untilAborted', () => {
  test('settles as the work does while the signal stays quiet', async () => {
    expect(await untilAborted(Promise.resolve(5), new AbortController().signal)).toBe(5);
    await expect(untilAborted(Promise.reject(new Error('broke')), undefined)).rejects.toThrow('broke');
  });

  test('rejects with the reason as soon as the signal aborts, and stops listening once settled', async () => {
    const controller = new AbortController();
    const reason = new Error('caller gave up');
    const pending = untilAborted(new Promise<never>(() => undefined), controller.signal);
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
    const already = untilAborted(Promise.reject(new Error('ignored')), controller.signal);
    await expect(already).rejects.toBe(reason);
  });
});
