import { describe, expect, test } from 'vitest';
import { v11Rules } from '../src/catalogue/v1.1.ts';
import type { EntryRule } from '../src/entry.ts';
import { v11Examples } from '../src/examples/v1.1.ts';
import type { RetryPolicy } from '../src/kinds.ts';
import { v11De } from '../src/locales/de/v1.1.ts';
import { v11En } from '../src/texts/v1.1.ts';

/** Every code of the 2025 docs.x.com table (reference B.3). */
const tableCodes = [
  3, 13, 17, 32, 34, 36, 38, 44, 50, 63, 64, 68, 87, 88, 89, 92, 93, 99, 109, 110, 120, 130, 131, 135, 139,
  144, 150, 151, 160, 161, 179, 185, 186, 187, 195, 205, 214, 215, 220, 226, 251, 261, 271, 272, 323, 324,
  325, 326, 327, 349, 354, 355, 385, 386, 407, 415, 416, 417, 421, 422, 425, 433,
];
/** Codes seen in real traffic or other docs but absent from that table (reference B.5 and the 2014 seed). */
const extraCodes = [104, 108, 200, 231, 453];
const httpStatuses = [200, 304, 400, 401, 403, 404, 406, 410, 420, 422, 429, 500, 502, 503, 504];
/** The media processing failures reported inside a 200 (reference B.1), and the entry for any other name. */
const mediaErrors: Readonly<Record<string, string>> = {
  'v1.1/media-invalid': 'InvalidMedia',
  'v1.1/media-unsupported': 'UnsupportedMedia',
  'v1.1/media-internal-error': 'InternalError',
  'v1.1/media-processing-failed': '*',
};

const rules: readonly EntryRule[] = v11Rules;
const byId = new Map(rules.map((rule) => [rule.id, rule]));
const examples: Readonly<Record<string, (typeof v11Examples)[keyof typeof v11Examples]>> = v11Examples;

/** The codes a JSON example body carries, wherever the v1.1 shapes put them. */
function codesIn(body: string): number[] {
  const found: number[] = [];
  JSON.parse(body, (key, value) => {
    if (key === 'code' && typeof value === 'number') found.push(value);
    return value;
  });
  return found;
}

function isJson(body: string): boolean {
  try {
    JSON.parse(body);
    return true;
  } catch {
    return false;
  }
}

describe('v1.1 catalogue coverage', () => {
  test('the docs table has 62 codes and each is an entry with that code', () => {
    expect(new Set(tableCodes).size).toBe(62);
    for (const code of tableCodes) {
      expect(byId.get(`v1.1/${code}`)?.code, `v1.1/${code}`).toBe(code);
    }
  });

  test('codes outside the table (104, 108, 200, 231, 453) are entries too', () => {
    for (const code of extraCodes) {
      expect(byId.get(`v1.1/${code}`)?.code, `v1.1/${code}`).toBe(code);
    }
  });

  test('every v1.1 HTTP status is an entry without a code, for that status only', () => {
    for (const status of httpStatuses) {
      const rule = byId.get(`v1.1/http-${status}`);
      expect(rule, `v1.1/http-${status}`).toBeDefined();
      expect(rule?.status).toEqual([status]);
      expect(rule?.code).toBeUndefined();
    }
  });

  test('the media processing failures are entries with their error name and no code', () => {
    for (const [id, name] of Object.entries(mediaErrors)) {
      expect(byId.get(id)?.mediaError, id).toBe(name);
      expect(byId.get(id)?.code, id).toBeUndefined();
    }
  });

  test('there is nothing beyond those codes, statuses and media failures', () => {
    expect(rules).toHaveLength(
      tableCodes.length + extraCodes.length + httpStatuses.length + Object.keys(mediaErrors).length,
    );
  });

  test('ids are unique, and so are codes', () => {
    expect(new Set(rules.map((rule) => rule.id)).size).toBe(rules.length);
    const codes = rules.flatMap((rule) => (rule.code === undefined ? [] : [rule.code]));
    expect(new Set(codes).size).toBe(codes.length);
  });

  test('every rule belongs to the v1.1 dialect and names its code or status in its id', () => {
    for (const rule of rules) {
      expect(rule.dialect).toBe('v1.1');
      if (rule.mediaError !== undefined) expect(rule.id).toMatch(/^v1\.1\/media-[a-z-]+$/);
      else
        expect(rule.id).toBe(rule.code === undefined ? `v1.1/http-${rule.status[0]}` : `v1.1/${rule.code}`);
    }
  });
});

describe('v1.1 rules', () => {
  const retryByKind: Partial<Record<string, RetryPolicy>> = {
    'rate-limited': 'after-reset',
    'too-many-connections': 'reconnect',
    unavailable: 'backoff',
    'server-error': 'backoff',
    'action-limit': 'after-period',
  };

  test('the retry policy follows the kind', () => {
    for (const rule of rules) {
      expect(rule.retry, rule.id).toBe(retryByKind[rule.kind] ?? 'never');
    }
  });

  test('only 500, 502, 503 without code 130, 504, code 131, the successes and the media failures count as possibly processed', () => {
    const processed = rules.filter((rule) => rule.processed).map((rule) => rule.id);
    expect(processed.sort()).toEqual(
      [
        'v1.1/131',
        'v1.1/http-200',
        'v1.1/http-304',
        'v1.1/http-500',
        'v1.1/http-502',
        'v1.1/http-503',
        'v1.1/http-504',
        ...Object.keys(mediaErrors),
      ].sort(),
    );
    for (const rule of rules) {
      if (rule.status.some((status) => status >= 400 && status < 500))
        expect(rule.processed, rule.id).toBe(false);
    }
  });

  test('200 and 304 are ok; the kinds of the documented codes are as decided', () => {
    const expected: Record<string, string> = {
      'v1.1/http-200': 'ok',
      'v1.1/http-304': 'ok',
      'v1.1/88': 'rate-limited',
      'v1.1/http-429': 'rate-limited',
      'v1.1/http-420': 'too-many-connections',
      'v1.1/130': 'unavailable',
      'v1.1/131': 'server-error',
      'v1.1/64': 'suspended',
      'v1.1/326': 'suspended',
      'v1.1/63': 'not-authorized',
      'v1.1/89': 'authentication',
      'v1.1/215': 'authentication',
      'v1.1/179': 'not-authorized',
      'v1.1/187': 'duplicate',
      'v1.1/226': 'action-limit',
      'v1.1/355': 'duplicate',
      'v1.1/110': 'duplicate',
      'v1.1/214': 'forbidden',
      'v1.1/68': 'gone',
      'v1.1/http-406': 'not-acceptable',
      'v1.1/media-invalid': 'invalid-request',
      'v1.1/media-unsupported': 'invalid-request',
      'v1.1/media-internal-error': 'server-error',
      'v1.1/media-processing-failed': 'unknown',
    };
    for (const [id, kind] of Object.entries(expected)) expect(byId.get(id)?.kind, id).toBe(kind);
  });

  test('statuses come from the docs table or the captures', () => {
    expect(byId.get('v1.1/88')?.status).toEqual([429]);
    expect(byId.get('v1.1/130')?.status).toEqual([503]);
    expect(byId.get('v1.1/355')?.status).toEqual([409]);
    expect(byId.get('v1.1/89')?.status).toEqual([401, 403]);
    expect(byId.get('v1.1/215')?.status).toEqual([400]);
    expect(byId.get('v1.1/108')?.status).toEqual([404]);
  });

  test('68 and 251 are retired and 420 is deprecated; nothing else is', () => {
    expect(rules.filter((rule) => rule.retired).map((rule) => rule.id)).toEqual(['v1.1/68', 'v1.1/251']);
    expect(rules.filter((rule) => rule.deprecated).map((rule) => rule.id)).toEqual(['v1.1/http-420']);
  });
});

describe('v1.1 examples', () => {
  test('every entry has an example whose status is one of the entry’s statuses', () => {
    for (const rule of rules) {
      const example = examples[rule.id];
      expect(example, rule.id).toBeDefined();
      expect(rule.status, rule.id).toContain(example?.status);
    }
  });

  test('code examples carry exactly their own code, with the first listed status', () => {
    for (const rule of rules) {
      if (rule.code === undefined) continue;
      const example = examples[rule.id];
      expect(example?.status, rule.id).toBe(rule.status[0]);
      const body = example?.body ?? '';
      if (isJson(body)) expect(codesIn(body), rule.id).toEqual([rule.code]);
      else expect(body, rule.id).toContain(`code="${rule.code}"`);
    }
  });

  test('status examples carry no code at all', () => {
    for (const rule of rules) {
      if (rule.code !== undefined || rule.mediaError !== undefined) continue;
      const body = examples[rule.id]?.body ?? '';
      if (isJson(body)) expect(codesIn(body), rule.id).toEqual([]);
      else expect(body, rule.id).not.toMatch(/code/i);
    }
  });

  test('media examples are 200 STATUS responses whose processing failed with the entry’s name', () => {
    for (const [id, name] of Object.entries(mediaErrors)) {
      const example = examples[id];
      expect(example?.status, id).toBe(200);
      const info = JSON.parse(example?.body ?? '').processing_info;
      expect(info?.state, id).toBe('failed');
      if (name === '*') expect(Object.values(mediaErrors), id).not.toContain(info?.error?.name);
      else expect(info?.error?.name, id).toBe(name);
    }
  });

  test('the status examples use several body shapes, not one', () => {
    const contentTypes = new Set(
      rules
        .filter((rule) => rule.code === undefined && rule.mediaError === undefined)
        .map((rule) => examples[rule.id]?.headers['content-type']?.split(';')[0]),
    );
    expect(contentTypes).toEqual(new Set(['application/json', 'text/html', 'text/plain', undefined]));
  });

  test('429 examples report the rate-limit window as used up', () => {
    for (const id of ['v1.1/88', 'v1.1/http-429']) {
      expect(examples[id]?.headers['x-rate-limit-remaining'], id).toBe('0');
      expect(Number(examples[id]?.headers['x-rate-limit-reset']), id).toBeGreaterThan(0);
    }
  });

  test('415 comes as the XML shape of the OAuth token endpoints', () => {
    const example = examples['v1.1/415'];
    expect(example?.headers['content-type']).toBe('application/xml');
    expect(example?.body).toMatch(/^<\?xml .*<errors><error code="415">Callback URL not approved/);
  });

  test('200 carries data and 304 carries nothing', () => {
    expect(JSON.parse(examples['v1.1/http-200']?.body ?? '')).toMatchObject({ id_str: '1' });
    expect(examples['v1.1/http-304']?.body).toBe('');
  });
});

describe('v1.1 texts', () => {
  const en: Readonly<Record<string, (typeof v11En)[keyof typeof v11En]>> = v11En;
  const de: Readonly<Record<string, (typeof v11De)[keyof typeof v11De]>> = v11De;

  test('English and German texts exist for exactly the rules', () => {
    const ids = rules.map((rule) => rule.id).sort();
    expect(Object.keys(en).sort()).toEqual(ids);
    expect(Object.keys(de).sort()).toEqual(ids);
  });

  test('titles are short and every text is filled in, in both languages', () => {
    for (const rule of rules) {
      for (const text of [en[rule.id], de[rule.id]]) {
        expect(text?.title.split(' ').length, rule.id).toBeLessThanOrEqual(6);
        expect(text?.title.length, rule.id).toBeGreaterThan(2);
        expect(text?.summary.length, rule.id).toBeGreaterThan(10);
        expect(text?.remedy.length, rule.id).toBeGreaterThan(10);
      }
      expect(de[rule.id]?.summary, rule.id).not.toBe(en[rule.id]?.summary);
    }
  });

  test('every code entry records the API’s message and every entry a docs link', () => {
    // No source records 108's text: its message is left out rather than made up.
    const unrecorded = new Set(['v1.1/108']);
    for (const rule of rules) {
      expect(en[rule.id]?.docs, rule.id).toMatch(/^https:\/\//);
      if (rule.code !== undefined && !unrecorded.has(rule.id))
        expect(en[rule.id]?.message, rule.id).toBeTruthy();
    }
    expect(en['v1.1/108']?.message).toBeUndefined();
    expect(en['v1.1/88']?.message).toBe('Rate limit exceeded.');
    expect(en['v1.1/231']?.message).toBe('User must verify login');
  });

  test('214 explains both of its meanings', () => {
    expect(en['v1.1/214']?.summary).toMatch(/Direct Messages/);
    expect(en['v1.1/214']?.summary).toMatch(/webhook/);
    expect(de['v1.1/214']?.summary).toMatch(/Webhook/);
  });
});
