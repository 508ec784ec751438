import { expect, test } from 'vitest';
import { classify, XApiError } from '../src/index.ts';

const token = 'CANARYurl0A~token';
const url = `https://api.x.com/2/users/me?access_token=${encodeURIComponent(token)}&id=7`;
const body = JSON.stringify({ errors: [{ code: 89, message: `Invalid or expired token ${token}` }] });

test("without secrets given, the URL's own credential parameters are scrubbed from what the body echoes", () => {
  const c = classify({ status: 401, url, body });
  expect(c.kind).toBe('authentication');
  expect(c.message).not.toContain(token);
  expect(JSON.stringify(c.problems)).not.toContain(token);
  expect(JSON.stringify(new XApiError(c, { request: { method: 'GET', url } }))).not.toContain(token);
});

test("secrets given are scrubbed along with the URL's own", () => {
  const other = 'CANARYgiven0B~secret';
  const echoed = JSON.stringify({ errors: [{ code: 89, message: `bad ${token} and ${other}` }] });
  const c = classify({ status: 401, url, body: echoed, secrets: [other] });
  expect(c.message).not.toContain(token);
  expect(c.message).not.toContain(other);
});
