import { inspect } from 'node:util';
import { expect, test } from 'vitest';
import { classify, XApiError } from '../src/index.ts';

const canary = 'CANARYinspect5521';
const classification = classify({ status: 503, dialect: 'v2' });

test('util.inspect shows the stack and the JSON form, never the cause', () => {
  const error = new XApiError(classification, { cause: { config: { headers: { authorization: canary } } } });
  const shown = inspect(error, { showHidden: true, depth: 8 });
  expect(shown).toContain('"kind": "unavailable"');
  expect(shown).not.toContain(canary);
});

test("a subclass's own inspect hook runs, and one set in its constructor is allowed", () => {
  class Mine extends XApiError {
    [Symbol.for('nodejs.util.inspect.custom')](): string {
      return 'mine';
    }
  }
  expect(inspect(new Mine(classification))).toBe('mine');
  class Assigned extends XApiError {
    constructor() {
      super(classification);
      Object.defineProperty(this, Symbol.for('nodejs.util.inspect.custom'), { value: () => 'assigned' });
    }
  }
  expect(inspect(new Assigned())).toBe('assigned');
});

test('a hook on Object.prototype (a library, or prototype pollution) does not switch off the safe view', () => {
  const hook = Symbol.for('nodejs.util.inspect.custom');
  Object.defineProperty(Object.prototype, hook, {
    value: () => 'polluted',
    configurable: true,
    writable: true,
  });
  try {
    const error = new XApiError(classification, {
      cause: { config: { headers: { authorization: canary } } },
    });
    const shown = inspect(error, { depth: 8 });
    expect(shown).toContain('"kind": "unavailable"');
    expect(shown).not.toContain(canary);
  } finally {
    delete (Object.prototype as Record<symbol, unknown>)[hook];
  }
});
