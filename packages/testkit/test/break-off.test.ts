import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, test } from 'vitest';
import { type Simulator, startSimulator } from '../src/index.ts';
import { rawGet, splitResponse, wireGet } from './http.ts';

let sim: Simulator;
afterEach(() => sim.close());

/** The `content-length` a raw response head announces. */
function announcedLength(head: string): number {
  return Number(/^content-length: (\d+)$/m.exec(head)?.[1]);
}

describe('the mid-body faults, seen on the wire', () => {
  test('close-mid-body: status, headers and half the success body, then a clean close', async () => {
    sim = await startSimulator();
    sim.script('GET /2/users/me', ['close-mid-body']);
    const { bytes, ending } = await wireGet(`${sim.url}/2/users/me`);
    const { head, body } = splitResponse(bytes);
    expect(ending).toBe('fin');
    expect(head).toMatch(/^http\/1\.1 200 /);
    expect(head).toMatch(/^content-type: application\/json/m);
    expect(body.length).toBe(Math.floor(announcedLength(head) / 2));
    expect(body.toString()).toMatch(/^\{"data":\{"id":"/);
  });

  test('reset-mid-body: the same half, then a reset', async () => {
    sim = await startSimulator();
    sim.script('GET /2/users/me', ['reset-mid-body']);
    const { bytes, ending } = await wireGet(`${sim.url}/2/users/me`);
    const { head, body } = splitResponse(bytes);
    expect(ending).toBe('reset');
    expect(head).toMatch(/^http\/1\.1 200 /);
    expect(body.length).toBe(Math.floor(announcedLength(head) / 2));
  });

  test("node:http tells them apart too: a clean close aborts the response, a reset fails the request's read", async () => {
    sim = await startSimulator();
    sim.script('GET /2/users/me', ['close-mid-body', 'reset-mid-body']);
    const closed = await rawGet(`${sim.url}/2/users/me`);
    expect(closed.status).toBe(200);
    expect(closed.chunks.join('').length).toBe(Math.floor(Number(closed.headers?.['content-length']) / 2));
    expect(closed.error?.message).toBe('aborted');
    const reset = await rawGet(`${sim.url}/2/users/me`);
    expect(reset.status).toBe(200);
    expect(reset.error?.message).toBe('read ECONNRESET');
  });
});

describe('breakOff on a custom step', () => {
  test("'close' sends its own status, headers and the first half of its bytes, then closes cleanly", async () => {
    sim = await startSimulator();
    const gzipped = gzipSync('{"data":{"id":"1","text":"hi"}}'.repeat(4));
    sim.script('GET /2/users/me', [
      { status: 201, headers: { 'content-encoding': 'gzip' }, body: gzipped, breakOff: 'close' },
    ]);
    const { bytes, ending } = await wireGet(`${sim.url}/2/users/me`);
    const { head, body } = splitResponse(bytes);
    expect(ending).toBe('fin');
    expect(head).toMatch(/^http\/1\.1 201 /);
    expect(head).toMatch(/^content-encoding: gzip$/m);
    expect(announcedLength(head)).toBe(gzipped.length);
    expect(body).toEqual(gzipped.subarray(0, Math.floor(gzipped.length / 2)));
  });

  test("'reset' sends the first half of a text body, then resets", async () => {
    sim = await startSimulator();
    sim.script('GET /2/users/me', [{ status: 200, body: 'abcdefghij', breakOff: 'reset' }]);
    const { bytes, ending } = await wireGet(`${sim.url}/2/users/me`);
    const { head, body } = splitResponse(bytes);
    expect(ending).toBe('reset');
    expect(announcedLength(head)).toBe(10);
    expect(body.toString()).toBe('abcde');
  });

  test('without breakOff the same step arrives whole', async () => {
    sim = await startSimulator();
    sim.script('GET /2/users/me', [{ status: 200, body: 'abcdefghij' }]);
    const { bytes, ending } = await wireGet(`${sim.url}/2/users/me`);
    expect(ending).toBe('fin');
    expect(splitResponse(bytes).body.toString()).toBe('abcdefghij');
  });

  test('is refused at once when there is nothing to cut or the kind is unknown', async () => {
    sim = await startSimulator();
    expect(() => sim.script('GET /2/users/me', [{ status: 200, breakOff: 'close' }])).toThrow(
      /breakOff needs a non-empty body/,
    );
    expect(() => sim.script('GET /2/users/me', [{ status: 204, body: 'x', breakOff: 'reset' }])).toThrow(
      /breakOff needs a non-empty body/,
    );
    expect(() =>
      sim.script('GET /2/users/me', [{ status: 200, body: 'x', breakOff: 'fin' as 'close' }]),
    ).toThrow(/breakOff must be 'close' or 'reset'/);
  });
});
