import { expect, test } from 'vitest';
import { classify, failureOf, XApiError } from '../src/index.ts';

const notFound = {
  type: 'https://api.x.com/2/problems/resource-not-found',
  detail: 'Could not find user with id: [7].',
};
const suspended = {
  type: 'https://api.x.com/2/problems/resource-unavailable',
  detail: 'User has been suspended: [8].',
};

test('a rejected partial answer fails as its most actionable problem, whatever the order', () => {
  const partial = classify({ status: 200, body: { data: [{ id: '1' }], errors: [notFound, suspended] } });
  expect(partial.kind).toBe('ok');
  const failure = failureOf(partial);
  expect(failure.kind).toBe(new XApiError(partial).kind);
  expect(failure.message).toBe(new XApiError(partial).message);
  expect(failure.message).toMatch(new RegExp(`^200 ${failure.kind} \\[v2/`));
  expect(failureOf(classify({ status: 200, body: { data: [], errors: [suspended, notFound] } })).kind).toBe(
    failure.kind,
  );
});

test('any other classification keeps its own kind and message', () => {
  const c = classify({ status: 429, body: { errors: [{ code: 88, message: 'Rate limit exceeded' }] } });
  expect(failureOf(c)).toEqual({ kind: 'rate-limited', message: c.message });
});

test('an ok classification without problems fails as unknown', () => {
  expect(failureOf(classify({ status: 200, body: { data: {} } }))).toEqual({
    kind: 'unknown',
    message: '200 unknown',
  });
});
