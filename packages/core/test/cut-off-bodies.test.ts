import { describe, expect, test } from 'vitest';
import { classify, redactText, XApiError } from '../src/index.ts';

const canary = 'CANARY7f3a9cQ8bX2';

describe('a body cut off inside a credential', () => {
  test('a quoted credential cut off by the end of the text is scrubbed', () => {
    for (const cut of [
      `{"access_token":"${canary}`,
      `{"refresh_token": "${canary}`,
      `oauth_token="${canary}`,
    ]) {
      expect(redactText(cut), cut).not.toContain(canary.slice(0, 8));
    }
  });

  test("an apostrophe after a credential's name in prose is not taken for an endless quote", () => {
    expect(redactText("Error: token: 'hello world. Please retry later.")).toBe(
      "Error: token: 'hello world. Please retry later.",
    );
  });

  test('a 2xx meant as JSON and cut off is an error whose texts copy none of its data', () => {
    const body = `{"token_type":"bearer","expires_in":7200,"access_token":"${canary}${'x'.repeat(40)}`;
    const classification = classify({
      status: 200,
      body,
      method: 'POST',
      url: 'https://api.x.com/2/oauth2/token',
    });
    const error = new XApiError(classification, {
      request: { method: 'POST', url: 'https://api.x.com/2/oauth2/token' },
    });

    expect(classification.ok).toBe(false);
    expect(classification.problems.map((problem) => problem.message)).toEqual([
      'the success body is cut off or is not valid JSON',
    ]);
    for (const surface of [error.message, JSON.stringify(error), String(error)]) {
      expect(surface).not.toContain(canary.slice(0, 8));
      expect(surface).not.toContain('expires_in');
    }
  });

  test('an error body that is plain text still gives its text', () => {
    const classification = classify({
      status: 503,
      body: 'Service Unavailable: try later',
      url: 'https://api.x.com/2/users/me',
    });
    expect(classification.problems[0]?.message).toBe('Service Unavailable: try later');
  });
});
