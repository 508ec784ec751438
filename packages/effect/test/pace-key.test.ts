import { Redacted } from 'effect';
import { HttpClientRequest } from 'effect/http';
import { expect, test } from 'vitest';
import { paceKeyOf, prepareCall } from '../src/prepare.ts';

const pace = { sorsa: true, x: true };

test('behind a proxy, the dialect option gives a Sorsa call its pacing key, as the URL would', () => {
  const apiKey = Redacted.make('sorsa-key-123456');
  const proxied = prepareCall(HttpClientRequest.get('/sorsa/info'), {
    baseUrl: 'https://proxy.example',
    dialect: 'sorsa',
    apiKey,
  });
  const direct = prepareCall(HttpClientRequest.get('https://api.sorsa.io/v3/info'), { apiKey });

  expect(paceKeyOf(proxied, pace)).toBeDefined();
  expect(paceKeyOf(proxied, pace)).toBe(paceKeyOf(direct, pace));
});

test('without the option, a path the URL does not place is not paced', () => {
  const call = prepareCall(HttpClientRequest.get('https://proxy.example/sorsa/info'), {
    apiKey: Redacted.make('sorsa-key-123456'),
  });
  expect(paceKeyOf(call, pace)).toBeUndefined();
});
