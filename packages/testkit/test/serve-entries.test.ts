import { catalogue, type EntryId } from '@xapi-errors/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createManualClock, useSimulator } from '../src/index.ts';

const clock = createManualClock(Date.UTC(2026, 5, 1, 8, 30, 0));
const sim = useSimulator({ beforeAll, afterAll }, { clock });

const resetHeader = /^x-(rate-limit|app-limit-24hour|user-limit-24hour)-reset$/;

describe('every catalogue entry served by script', () => {
  test.each(catalogue.map((entry) => [entry.id, entry] as const))('%s', async (id, entry) => {
    sim.script('GET /2/entries', [id as EntryId]);
    const res = await fetch(`${sim.url}/2/entries`);
    const { status, headers, body } = entry.example;
    expect(res.status).toBe(status);
    expect(await res.text()).toBe(status === 204 || status === 304 ? '' : body);
    for (const [name, value] of Object.entries(headers)) {
      const expected = resetHeader.test(name.toLowerCase())
        ? String(Math.ceil((clock.now() + 1000) / 1000))
        : value;
      expect(res.headers.get(name), name).toBe(expected);
    }
    expect(res.headers.get('date')).toBe(new Date(clock.now()).toUTCString());
  });

  test('partial-error 200s are served with both data and errors', async () => {
    const partial = catalogue.filter(
      (entry) => entry.example.status === 200 && entry.example.body.includes('"errors"'),
    );
    expect(partial.length).toBeGreaterThan(0);
    for (const entry of partial) {
      sim.script('GET /2/tweets', [entry.id as EntryId]);
      const res = await fetch(`${sim.url}/2/tweets?ids=1,2`);
      expect(res.status).toBe(200);
      expect(await res.json()).toHaveProperty('errors');
    }
  });
});
