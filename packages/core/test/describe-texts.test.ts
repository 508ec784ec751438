import { expect, test } from 'vitest';
import { catalogue, classify, describe as describeEntry } from '../src/index.ts';
import { de } from '../src/locales/de.ts';

test('English by default, from the entry behind a classification', () => {
  const c = classify({ status: 429, body: '{"errors":[{"code":88,"message":"Rate limit exceeded"}]}' });
  expect(describeEntry(c).title).toBe(catalogue.find((e) => e.id === 'v1.1/88')?.title);
});

test('German from the separate locale export, for every entry and kind', () => {
  for (const entry of catalogue) {
    const german = describeEntry(entry, { locale: de });
    expect(german.title.length, entry.id).toBeGreaterThan(1);
    expect(german.remedy, entry.id).not.toBe(entry.remedy);
  }
  expect(describeEntry('usage-capped', { locale: de }).title).toBe('Nutzungsobergrenze erreicht');
});

test('falls back to the kind text when no entry matched', () => {
  const c = classify({ status: 418, body: 'teapot' });
  expect(describeEntry(c).title).toBe('Unknown error');
});

test('describe never throws: undefined, null or a number from a JavaScript caller get the text for unknown', () => {
  const throwing = Object.defineProperty({}, 'kind', {
    get() {
      throw new Error('hostile');
    },
  });
  for (const subject of [undefined, null, 42, {}, 'constructor', '__proto__', 'toString', throwing]) {
    expect(describeEntry(subject as never)).toEqual(describeEntry('unknown'));
  }
  expect(describeEntry({ kind: 'hasOwnProperty' } as never)).toEqual(describeEntry('unknown'));
});

test('a locale that is not a locale object (a tag from a JavaScript caller) gives English, never a throw', () => {
  const c = classify({
    status: 429,
    headers: { 'x-rate-limit-remaining': '0' },
    url: 'https://api.x.com/2/users/me',
  });
  for (const locale of ['de', 'en', 42, null, {}, { entries: {} }]) {
    expect(describeEntry(c, { locale } as never)).toEqual(describeEntry(c));
  }
  expect(describeEntry(c, null as never)).toEqual(describeEntry(c));
});

test('a failed 2xx that matches no entry is described as unknown, not as a success', () => {
  const cut = classify({
    status: 200,
    body: '{"data":{"id":"2244994945","name":"X Dev',
    url: 'https://api.x.com/2/users/me',
  });
  const untyped = classify({
    status: 200,
    body: { errors: [{ message: 'something broke' }] },
    url: 'https://api.x.com/2/users/me',
  });
  for (const c of [cut, untyped]) {
    expect(c.ok).toBe(false);
    expect(c.entry).toBeUndefined();
    expect(c.message.startsWith('200 unknown')).toBe(true);
    expect(c.message).not.toContain('http-200');
    expect(describeEntry(c).title).toBe('Unknown error');
    expect(describeEntry(c, { locale: de })).toEqual(de.kinds.unknown);
  }
});

test('a locale option that throws when read, or holds something other than texts, gives English', () => {
  const english = describeEntry('v1.1/88');
  const throwing = Object.defineProperty({}, 'locale', {
    get() {
      throw new Error('hostile');
    },
  });
  const trap = new Proxy(
    {},
    {
      get() {
        throw new Error('trap');
      },
    },
  );
  expect(describeEntry('v1.1/88', throwing as never)).toEqual(english);
  expect(describeEntry('v1.1/88', { locale: trap } as never)).toEqual(english);
  expect(describeEntry('v1.1/88', { locale: { entries: { 'v1.1/88': 5 }, kinds: {} } } as never)).toEqual(
    english,
  );
  expect(describeEntry('v1.1/88', { locale: { entries: trap, kinds: trap } } as never)).toEqual(english);
});
