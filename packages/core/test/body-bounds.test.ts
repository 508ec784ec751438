import { describe, expect, test } from 'vitest';
import { classify, classifyNetworkError, maxBodyBytes, networkKind, parseBody } from '../src/index.ts';
import { interpret } from '../src/web/index.ts';

/** A JSON array of exactly `length` characters. */
const jsonOfLength = (length: number): string => `[${' '.repeat(length - 2)}]`;

describe('the 1 MiB parse bound', () => {
  test('the bound is 1 MiB: a JSON body of 1 048 000 characters is still parsed', () => {
    expect(maxBodyBytes).toBe(1_048_576);
    const body = parseBody(jsonOfLength(1_048_000));
    expect(body.format).toBe('json');
    expect(body.truncated).toBe(false);
  });

  test('a string body of exactly the bound is parsed whole; one character more is not', () => {
    expect(parseBody(jsonOfLength(maxBodyBytes))).toMatchObject({ format: 'json', truncated: false });
    expect(parseBody(jsonOfLength(maxBodyBytes + 1)).truncated).toBe(true);
  });

  test('a byte body past the bound is cut to it and not parsed', () => {
    const bytes = new TextEncoder().encode(jsonOfLength(maxBodyBytes + 1));
    const body = parseBody(bytes);
    expect(body.truncated).toBe(true);
    expect(body.format).not.toBe('json');
    expect(body.text.length).toBe(maxBodyBytes);
  });

  test('the web reader hands a body past the bound to classify as bytes, unparsed', () => {
    const bytes = new TextEncoder().encode(jsonOfLength(maxBodyBytes + 1));
    const read = interpret(bytes.buffer as ArrayBuffer);
    expect(read.body).toBeInstanceOf(Uint8Array);
    expect(read.json).toBeUndefined();
  });
});

describe('problems in a body', () => {
  test('up to 100 problems are kept, no more', () => {
    const errors = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        type: 'https://api.x.com/2/problems/resource-not-found',
        detail: `Could not find user with ids: [${i}].`,
      }));
    expect(
      classify({ status: 200, body: { data: [{ id: '1' }], errors: errors(100) } }).problems,
    ).toHaveLength(100);
    expect(
      classify({ status: 200, body: { data: [{ id: '1' }], errors: errors(150) } }).problems,
    ).toHaveLength(100);
  });

  test('an errors list of bare strings is read, each string a problem matched by its text', () => {
    const c = classify({ status: 403, dialect: 'v1.1', body: { errors: ['Status is a duplicate.'] } });
    expect(c.problems).toHaveLength(1);
    expect(c.kind).toBe('duplicate');
  });

  test('a 2xx body of a message and up to three more fields is an error; with four more it is data', () => {
    const four = { message: 'Internal failure', request_id: 'r1', at: 1, host: 'h' };
    expect(classify({ status: 200, body: four }).ok).toBe(false);
    expect(classify({ status: 200, body: { ...four, region: 'eu' } }).ok).toBe(true);
    const three = { message: 'Internal failure', request_id: 'r1', at: 1 };
    expect(classify({ status: 200, body: three }).ok).toBe(false);
  });
});

describe('network failures', () => {
  test("axios's ECONNABORTED is a time-out", () => {
    const error = Object.assign(new Error('timeout of 1000ms exceeded'), { code: 'ECONNABORTED' });
    expect(networkKind(error)).toBe('timeout');
    expect(classifyNetworkError(error).kind).toBe('timeout');
  });
});
