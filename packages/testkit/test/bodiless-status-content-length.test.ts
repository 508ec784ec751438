import { afterEach, expect, test } from 'vitest';
import { type Simulator, startSimulator } from '../src/index.ts';
import { splitResponse, wireGet } from './http.ts';

let sim: Simulator;
afterEach(() => sim.close());

test.each([204, 304])(
  'a custom %i carries no content-length, even when the step gives one',
  async (status) => {
    sim = await startSimulator();
    sim.script('GET /2/users/me', [{ status, headers: { 'Content-Length': '5', 'x-step': 'yes' } }]);
    const { head, body } = splitResponse((await wireGet(`${sim.url}/2/users/me`)).bytes);
    expect(head).toMatch(new RegExp(`^http/1\\.1 ${status} `));
    expect(head).toMatch(/^x-step: yes$/m);
    expect(head).not.toMatch(/^content-length:/m);
    expect(body.length).toBe(0);
  },
);
