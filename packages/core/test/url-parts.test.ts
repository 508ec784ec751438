import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { urlParts } from '../src/url-parts.ts';

/** What the WHATWG parser makes of `url`: the reference the fast path must agree with. */
function byParser(url: string) {
  try {
    const parsed = new URL(url, 'http://localhost');
    return { host: parsed.hostname.toLowerCase(), path: parsed.pathname };
  } catch {
    return undefined;
  }
}

const tricky = [
  'https://api.x.com/2/users/me',
  'https://API.X.com/2/users/me?user.fields=id#frag',
  'https://api.sorsa.io/v3/info',
  'http://127.0.0.1:4010/2/users/me',
  'http://127.1/2/users',
  'http://0x7f.0.0.1/2/users',
  'http://1.2.3.999/2/users',
  'http://api.x.com./2/users',
  'https://xn--nxasmq6b.example/2/users',
  'https://xn--a.example/2/users',
  'https://user:pass@api.x.com/2/users',
  'https://[::1]:8080/2/users',
  'https://api.x.com',
  'https://api.x.com?x=1',
  'https://api.x.com/2/../1.1/statuses/show.json',
  'https://api.x.com/2/%2e%2e/1.1/',
  'https://api.x.com\\2\\users',
  '/2/users/me',
  '//api.sorsa.io/v3/info',
  '/1.1/./statuses',
  '2/users',
  '',
  ' https://api.x.com/2/users',
  'https://api.x.com/2/us\ters',
  'HTTPS://api.x.com/2/users',
  'ftp://api.x.com/2/users',
  'https://api.x.com:99999/2/users',
];

describe('urlParts', () => {
  test.each(tricky)('agrees with the URL parser on %j', (url) => {
    expect(urlParts(url)).toEqual(byParser(url));
  });

  test('agrees with the URL parser on generated URLs, repeated ones answered from what was kept', () => {
    const piece = fc.constantFrom(
      'http://',
      'https://',
      '/',
      '//',
      '.',
      '..',
      '%2e',
      '\\',
      '?',
      '#',
      ':',
      '@',
      '0x',
      '1',
      '255',
      '256',
      'api',
      'x',
      'com',
      'sorsa',
      'io',
      '2',
      '1.1',
      'v3',
      'xn--',
      ' ',
      '\t',
      'A',
      '-',
      '_',
      '~',
      "'",
      ':65535',
      ':65536',
      ':080',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const url = pieces.join('');
        expect(urlParts(url)).toEqual(byParser(url));
      }),
      { numRuns: 20_000 },
    );
  });

  test('URL objects are read as parsed', () => {
    expect(urlParts(new URL('https://api.x.com/2/users'))).toEqual({ host: 'api.x.com', path: '/2/users' });
  });
});
