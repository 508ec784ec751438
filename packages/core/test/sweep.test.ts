import { expect, test } from 'vitest';
import { createPaceBook } from '../src/index.ts';
import { sweepIfLarge, sweepMark } from '../src/sweep.ts';

test('a map is swept of idle entries once it reaches its mark, which then doubles what was kept', () => {
  const map = new Map<number, boolean>();
  const mark = sweepMark();
  for (let i = 0; i < 1023; i++) map.set(i, i % 4 === 0);
  sweepIfLarge(map, mark, (busy) => !busy);
  expect(map.size).toBe(1023);

  map.set(1023, false);
  sweepIfLarge(map, mark, (busy) => !busy);
  expect(map.size).toBe(256);
  expect([...map.values()].every(Boolean)).toBe(true);
  expect(mark.size).toBe(1024);
});

test('keys forgotten while idle do not change what a busy key is allowed', () => {
  const book = createPaceBook({ perWindow: 2, windowMs: 1000, marginMs: 0 });
  const t0 = 1_800_000_000_000;
  book.grant('sorsa:busy', t0);
  book.grant('sorsa:busy', t0);
  for (let i = 0; i < 3000; i++) book.grant(`sorsa:idle-${i}`, t0 - 60_000)(t0 - 60_000);
  expect(book.waitMs('sorsa:busy', t0)).toBeGreaterThan(0);
  expect(book.waitMs('sorsa:idle-1', t0)).toBe(0);
});
