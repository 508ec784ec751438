import { expect, test } from 'vitest';

test('demo placeholder', () => {
  expect(1 + 1).toBe(2);
});
