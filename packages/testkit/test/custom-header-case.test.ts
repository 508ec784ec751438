import { afterEach, describe, expect, test } from 'vitest';
import { type Simulator, startSimulator } from '../src/index.ts';
import { splitResponse, wireGet } from './http.ts';

let sim: Simulator;
afterEach(() => sim.close());

/** How often a header line with `name` appears in a raw response head (lower-cased). */
function count(head: string, name: string): number {
  return head.split('\r\n').filter((line) => line.startsWith(`${name}:`)).length;
}

describe('custom step headers in any letter case', () => {
  test('a capitalised Content-Type replaces the JSON one instead of being sent beside it', async () => {
    sim = await startSimulator();
    sim.script('GET /2/users/me', [
      { status: 403, headers: { 'Content-Type': 'application/problem+json' }, body: { title: 'Forbidden' } },
    ]);
    const { head, body } = splitResponse((await wireGet(`${sim.url}/2/users/me`)).bytes);
    expect(count(head, 'content-type')).toBe(1);
    expect(head).toContain('content-type: application/problem+json');
    expect(JSON.parse(body.toString('utf8'))).toEqual({ title: 'Forbidden' });
  });

  test('a capitalised Date wins over the clock, sent once', async () => {
    sim = await startSimulator();
    const date = 'Wed, 21 Oct 2015 07:28:00 GMT';
    sim.script('GET /2/users/me', [{ status: 503, headers: { Date: date }, body: 'x' }]);
    const { head } = splitResponse((await wireGet(`${sim.url}/2/users/me`)).bytes);
    expect(count(head, 'date')).toBe(1);
    expect(head).toContain(`date: ${date.toLowerCase()}`);
  });

  test('a capitalised Content-Length is replaced by the exact byte length', async () => {
    sim = await startSimulator();
    sim.script('GET /2/users/me', [{ status: 200, headers: { 'Content-Length': '2' }, body: 'hello' }]);
    const res = await fetch(`${sim.url}/2/users/me`);
    expect(res.headers.get('content-length')).toBe('5');
    expect(await res.text()).toBe('hello');
  });
});
