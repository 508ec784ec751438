import { expect, test } from 'vitest';
import { createRuntime, resolvePace } from '../src/index.ts';

test.each([
  [undefined, { sorsa: true, x: false }],
  [{}, { sorsa: true, x: false }],
  [{ x: true }, { sorsa: true, x: true }],
  [{ sorsa: false }, { sorsa: false, x: false }],
  [
    { sorsa: undefined, x: undefined },
    { sorsa: true, x: false },
  ],
  [false, { sorsa: false, x: false }],
] as const)('pace %j is read as %j, by resolvePace and by createRuntime alike', (pace, expected) => {
  expect(resolvePace(pace)).toEqual(expected);
  expect(createRuntime({ pace }).pace).toEqual(expected);
});
