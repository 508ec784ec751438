import { expect, test } from 'vitest';
import * as entry from '../src/index.ts';

test('the ky entry point loads', () => {
  expect(Object.keys(entry).length).toBeGreaterThan(0);
});
