import { describe, expect, test } from 'vitest';
import { classify } from '../src/index.ts';

const now = Date.UTC(2026, 10, 22, 12, 0, 0);
const resetIn = (seconds: number) => String(Math.floor(now / 1000) + seconds);
const usageCapped = {
  account_id: '1',
  product_name: 'standard-basic',
  title: 'UsageCapExceeded',
  period: 'Monthly',
  scope: 'Product',
  detail: 'Usage cap exceeded: Monthly product cap',
  type: 'https://api.twitter.com/2/problems/usage-capped',
};

describe('usage caps', () => {
  test('a monthly usage cap is never rate-limited, even with remaining far above 0', () => {
    const c = classify({
      status: 429,
      headers: {
        'x-rate-limit-limit': '40000',
        'x-rate-limit-remaining': '39999',
        'x-rate-limit-reset': resetIn(600),
      },
      body: JSON.stringify(usageCapped),
      url: 'https://api.x.com/2/tweets/search/recent',
      now,
    });
    expect(c.kind).toBe('usage-capped');
    expect(c.retryable).toBe(false);
    expect(c.retry).toBe('after-period');
    expect(c.entry?.id).toBe('v2/usage-capped');
    // The window's reset is not the cap's: X does not say when a cap renews.
    expect(c.retryAfterMs).toBeUndefined();
  });

  test('no renewal time is made up for a cap, even a second before midnight or month end', () => {
    const lastSecond = Date.UTC(2026, 0, 31, 23, 59, 59);
    for (const period of ['Monthly', 'Daily']) {
      const c = classify({ status: 429, body: { ...usageCapped, period }, dialect: 'v2', now: lastSecond });
      expect(c.kind).toBe('usage-capped');
      expect(c.retryable).toBe(false);
      expect(c.retryAfterMs).toBeUndefined();
    }
  });

  test('a Retry-After X sends with a cap is reported', () => {
    const c = classify({
      status: 429,
      headers: { 'retry-after': '86400' },
      body: { ...usageCapped, period: 'Daily' },
      dialect: 'v2',
      now,
    });
    expect(c.entry?.id).toBe('v2/usage-capped/Daily');
    expect(c.retryAfterMs).toBe(86_400_000);
    expect(c.retryable).toBe(false);
  });
});

describe('429 timing', () => {
  test('an exhausted window waits exactly until its reset', () => {
    const c = classify({
      status: 429,
      headers: {
        'x-rate-limit-limit': '300',
        'x-rate-limit-remaining': '0',
        'x-rate-limit-reset': resetIn(120),
      },
      body: '{"title":"Too Many Requests","type":"about:blank","status":429,"detail":"Too Many Requests"}',
      url: 'https://api.x.com/2/users/me',
      now,
    });
    expect(c.kind).toBe('rate-limited');
    expect(c.retryable).toBe(true);
    expect(c.retryAfterMs).toBe(120_000);
    expect(c.rateLimit?.exhausted?.name).toBe('rate-limit');
  });

  test('a 429 with requests remaining gets no window wait (short backoff instead)', () => {
    const c = classify({
      status: 429,
      headers: {
        'x-rate-limit-limit': '50',
        'x-rate-limit-remaining': '49',
        'x-rate-limit-reset': resetIn(900),
      },
      body: '{"title":"Too Many Requests","type":"about:blank","status":429,"detail":"Too Many Requests"}',
      dialect: 'v2',
      now,
    });
    expect(c.kind).toBe('rate-limited');
    expect(c.retryable).toBe(true);
    expect(c.retryAfterMs).toBeUndefined();
  });

  test('the exhausted 24-hour family decides the wait', () => {
    const c = classify({
      status: 429,
      headers: {
        'x-rate-limit-limit': '50',
        'x-rate-limit-remaining': '49',
        'x-rate-limit-reset': resetIn(900),
        'x-user-limit-24hour-limit': '25',
        'x-user-limit-24hour-remaining': '0',
        'x-user-limit-24hour-reset': resetIn(3600 * 5),
        'x-app-limit-24hour-limit': '1000',
        'x-app-limit-24hour-remaining': '900',
        'x-app-limit-24hour-reset': resetIn(3600 * 8),
      },
      body: '{"title":"Too Many Requests","type":"about:blank","status":429}',
      dialect: 'v2',
      now,
    });
    expect(c.rateLimit?.exhausted?.name).toBe('user-24hour');
    expect(c.retryAfterMs).toBe(5 * 3600 * 1000);
  });

  test('reset times are corrected for server clock skew from the date header', () => {
    const serverNow = now - 30_000;
    const c = classify({
      status: 429,
      headers: {
        date: new Date(serverNow).toUTCString(),
        'x-rate-limit-remaining': '0',
        'x-rate-limit-reset': String(Math.floor(serverNow / 1000) + 60),
      },
      body: '{"errors":[{"code":88,"message":"Rate limit exceeded"}]}',
      dialect: 'v1.1',
      now,
    });
    // The header's second could hide up to 999 ms more skew: the whole offset is taken, so the
    // wait never ends before the server's reset.
    expect(c.rateLimit?.skewMs).toBe(30_000);
    expect(c.retryAfterMs).toBe(60_000);
  });

  test('a local clock ahead by a fraction over a second still waits for the server reset', () => {
    const serverNow = now - 1500;
    const c = classify({
      status: 429,
      headers: {
        date: new Date(serverNow).toUTCString(),
        'x-rate-limit-remaining': '0',
        'x-rate-limit-reset': String(Math.floor(serverNow / 1000) + 10),
      },
      dialect: 'v2',
      now,
    });
    // date floors the server time to 11:59:58; the reset is at 12:00:08 server time, which is
    // at the latest 12:00:10 local; never sooner than that.
    expect(c.retryAfterMs).toBe(10_000);
  });

  test('a Retry-After with a fraction is read as seconds, and junk leaves the window reset in place', () => {
    const exhausted = { 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': resetIn(300) };
    const at = (value: string) =>
      classify({ status: 429, headers: { ...exhausted, 'retry-after': value }, dialect: 'v2', now })
        .retryAfterMs;
    const alone = (value: string) =>
      classify({ status: 503, headers: { 'retry-after': value }, dialect: 'v2', now }).retryAfterMs;
    expect(alone('1.5')).toBe(1500);
    expect(alone('60.25')).toBe(60_250);
    expect(alone('-1')).toBeUndefined();
    expect(at('360.5')).toBe(360_500);
    // Date.parse reads each of these as some date; none is an HTTP-date.
    for (const junk of [
      '-1',
      'Jan 5',
      '2.5.1',
      'soon',
      '1e3',
      'Sun, -1',
      'Mon 5',
      'Sat Jan 5',
      '9'.repeat(400),
    ])
      expect(at(junk), junk).toBe(300_000);
    // A shorter Retry-After than the exhausted window's reset would retry into a window known spent.
    expect(at('0')).toBe(300_000);
    expect(at('600')).toBe(600_000);
    expect(at('Fri, 04 Dec 2026 12:00:00 GMT')).toBe(12 * 24 * 3600 * 1000);
    // A date past a month is no wait the API means: the window's reset stands.
    expect(at('Thu, 01 Jan 2099 00:00:00 GMT')).toBe(300_000);
    expect(alone('Sunday, 22-Nov-26 12:00:30 GMT')).toBe(30_000);
    expect(alone('Sun Nov 22 12:00:45 2026')).toBe(45_000);
  });

  test('Retry-After in seconds and as an HTTP-date', () => {
    const seconds = classify({ status: 503, headers: { 'retry-after': '7' }, dialect: 'v2', now });
    expect(seconds.retryAfterMs).toBe(7000);
    const date = classify({
      status: 503,
      headers: { 'Retry-After': new Date(now + 12_000).toUTCString() },
      dialect: 'v2',
      now,
    });
    expect(date.retryAfterMs).toBe(12_000);
  });

  test('Sorsa 429 waits a whole one-second window', () => {
    const c = classify({
      status: 429,
      body: '{"message":"Too many requests"}',
      url: 'https://api.sorsa.io/v3/info',
      now: now + 300,
    });
    expect(c.dialect).toBe('sorsa');
    expect(c.kind).toBe('rate-limited');
    expect(c.retryAfterMs).toBe(1000);
  });
});

describe('connection limits', () => {
  test('TooManyConnections is too-many-connections and waits at least a minute', () => {
    const c = classify({
      status: 429,
      headers: { 'x-rate-limit-limit': '50', 'x-rate-limit-remaining': '48' },
      body: {
        title: 'ConnectionException',
        detail: 'This stream is currently at the maximum allowed connection limit.',
        connection_issue: 'TooManyConnections',
        type: 'https://api.twitter.com/2/problems/streaming-connection',
      },
      now,
    });
    expect(c.kind).toBe('too-many-connections');
    expect(c.retryAfterMs).toBe(60_000);
    expect(c.retryable).toBe(true);
  });

  test('420 Exceeded connection limit is too-many-connections', () => {
    const c = classify({
      status: 420,
      body: 'Exceeded connection limit for user',
      url: 'https://stream.twitter.com/1.1/statuses/filter.json',
      now,
    });
    expect(c.kind).toBe('too-many-connections');
    expect(c.retryAfterMs).toBe(60_000);
  });
});

describe('v1.1 bodies', () => {
  test('matches on code, not text', () => {
    const c = classify({
      status: 429,
      body: '{"errors":[{"message":"something else entirely","code":88}]}',
      now,
    });
    expect(c.dialect).toBe('v1.1');
    expect(c.entry?.id).toBe('v1.1/88');
  });

  test('several errors are all kept and the most actionable decides', () => {
    const c = classify({
      status: 403,
      body: {
        errors: [
          { code: 34, message: 'Sorry, that page does not exist' },
          { code: 32, message: 'Could not authenticate you.' },
        ],
      },
      dialect: 'v1.1',
      now,
    });
    expect(c.problems.map((p) => p.code)).toEqual([34, 32]);
    expect(c.kind).toBe('authentication');
  });

  test('a problem known by its code outranks one that only its status matched', () => {
    for (const errors of [
      [
        { code: 999, message: 'Something new' },
        { code: 187, message: 'Status is a duplicate.' },
      ],
      [
        { code: 187, message: 'Status is a duplicate.' },
        { code: 999, message: 'Something new' },
      ],
    ]) {
      const c = classify({ status: 403, body: { errors }, dialect: 'v1.1', now });
      expect(c.entry?.id).toBe('v1.1/187');
      expect(c.kind).toBe('duplicate');
      expect(c.problems).toHaveLength(2);
    }
    const v2 = classify({
      status: 403,
      body: {
        errors: [
          { type: 'https://api.x.com/2/problems/brand-new', title: 'New' },
          { type: 'https://api.x.com/2/problems/not-authorized-for-resource', title: 'Not Authorized' },
        ],
      },
      dialect: 'v2',
      now,
    });
    expect(v2.entry?.id).toBe('v2/not-authorized-for-resource');
  });

  test("a suspended target account (63) is not the caller's suspension and does not outrank others", () => {
    const alone = classify({
      status: 403,
      body: { errors: [{ code: 63, message: 'User has been suspended.' }] },
    });
    expect(alone).toMatchObject({ kind: 'not-authorized', retryable: false });
    const both = classify({
      status: 403,
      body: {
        errors: [
          { code: 63, message: 'User has been suspended.' },
          { code: 32, message: 'Could not authenticate you.' },
        ],
      },
    });
    expect(both.kind).toBe('authentication');
  });

  test('{"errors":"text"}, {"error","request"}, XML and plain text bodies', () => {
    expect(
      classify({ status: 403, body: '{"errors":"Status is a duplicate."}', dialect: 'v1.1' }).problems[0]
        ?.message,
    ).toBe('Status is a duplicate.');
    const legacy = classify({
      status: 401,
      body: '{"request":"/1.1/statuses/user_timeline.json","error":"Not authorized."}',
    });
    expect(legacy.dialect).toBe('v1.1');
    expect(legacy.kind).toBe('authentication');
    const xml = classify({
      status: 403,
      body: "<?xml version='1.0' encoding='UTF-8'?><errors><error code=\"415\">Callback URL not approved for this client application.</error></errors>",
      url: 'https://api.twitter.com/oauth/request_token',
    });
    expect(xml.entry?.id).toBe('v1.1/415');
    expect(xml.problems[0]?.message).toContain('Callback URL not approved');
    const text = classify({
      status: 503,
      body: 'Twitter is over capacity.',
      url: 'https://api.twitter.com/1.1/statuses/home_timeline.json',
    });
    expect(text.kind).toBe('unavailable');
  });
});

describe('v2 bodies', () => {
  test.each([
    'https://api.twitter.com/2/problems/usage-capped',
    'https://api.x.com/2/problems/usage-capped',
    'https://api.X.com/2/problems/usage-capped',
    'https://developer.x.com/en/support/x-api/error-troubleshooting#usage-capped',
  ])('matches the type slug whatever the host: %s', (type) => {
    expect(classify({ status: 429, body: { ...usageCapped, type } }).entry?.id).toBe('v2/usage-capped');
  });

  test('about:blank classifies by status, and by detail where it carries the meaning', () => {
    const duplicate = classify({
      status: 403,
      body: {
        title: 'Forbidden',
        type: 'about:blank',
        status: 403,
        detail: 'You are not allowed to create a Tweet with duplicate content.',
      },
      url: 'https://api.x.com/2/tweets',
      method: 'POST',
    });
    expect(duplicate.kind).toBe('duplicate');
    expect(duplicate.retryable).toBe(false);
    const forbidden = classify({
      status: 403,
      body: { title: 'Forbidden', type: 'about:blank', status: 403, detail: 'Forbidden' },
    });
    expect(forbidden.kind).toBe('forbidden');
  });

  test('402 credits-depleted is credits-exhausted and not retryable', () => {
    const c = classify({
      status: 402,
      body: '{"detail":"credits depleted","status":402,"title":"Payment Required","type":"https://api.x.com/2/problems/credits-depleted"}',
    });
    expect(c.kind).toBe('credits-exhausted');
    expect(c.retryable).toBe(false);
  });

  test('partial errors keep data and list every problem', () => {
    const c = classify({
      status: 200,
      body: {
        data: [{ id: '123', text: 'Hello' }],
        errors: [
          {
            resource_id: '456',
            resource_type: 'tweet',
            title: 'Not Found Error',
            detail: 'Could not find tweet with id: [456].',
            type: 'https://api.x.com/2/problems/resource-not-found',
            parameter: 'ids',
            value: '456',
          },
          {
            resource_id: '789',
            resource_type: 'tweet',
            section: 'data',
            title: 'Authorization Error',
            detail: 'Sorry, you are not authorized to see the Tweet with id: [789].',
            type: 'https://api.twitter.com/2/problems/not-authorized-for-resource',
          },
        ],
      },
    });
    expect(c.ok).toBe(true);
    expect(c.partial).toBe(true);
    expect(c.kind).toBe('ok');
    expect(c.problems.map((p) => [p.kind, p.resourceId])).toEqual([
      ['not-found', '456'],
      ['not-authorized', '789'],
    ]);
  });

  test('a 2xx with only errors and no data is not ok', () => {
    const c = classify({
      status: 200,
      body: {
        errors: [
          {
            value: '1',
            detail: 'Could not find user',
            title: 'Not Found Error',
            resource_type: 'user',
            parameter: 'id',
            resource_id: '1',
            type: 'https://api.twitter.com/2/problems/resource-not-found',
          },
        ],
      },
    });
    expect(c.ok).toBe(false);
    expect(c.kind).toBe('not-found');
  });
});

describe('dialect', () => {
  test('explicit dialect wins over URL, URL over body shape', () => {
    expect(
      classify({ status: 400, body: { message: 'x' }, dialect: 'v2', url: 'https://api.sorsa.io/v3/info' })
        .dialect,
    ).toBe('v2');
    expect(
      classify({ status: 400, body: { errors: [{ code: 44 }] }, url: 'https://api.sorsa.io/v3/info' })
        .dialect,
    ).toBe('sorsa');
    expect(
      classify({
        status: 400,
        body: { errors: [{ code: 44, message: 'attachment_url parameter is invalid.' }] },
      }).dialect,
    ).toBe('v1.1');
  });
});

describe('method-aware retryability', () => {
  const cases: [number, string, boolean][] = [
    [500, 'GET', true],
    [500, 'POST', false],
    [502, 'POST', false],
    [504, 'PATCH', false],
    // A bare 503 may be a proxy's, after the API got the request (see proxy-503.test.ts).
    [503, 'POST', false],
    [503, 'GET', true],
    [429, 'POST', true],
    [500, 'DELETE', true],
    [500, 'PUT', true],
  ];
  test.each(cases)('%i on %s → retryable %s', (status, method, retryable) => {
    expect(
      classify({ status, method, dialect: 'v2', headers: { 'x-rate-limit-remaining': '0' } }).retryable,
    ).toBe(retryable);
  });

  test('Sorsa quota and unpaid-key 403s are not retried; a missing key is authentication', () => {
    const url = 'https://api.sorsa.io/v3/info';
    expect(classify({ status: 403, body: '{"message":"request limit exceeded"}', url }).kind).toBe(
      'credits-exhausted',
    );
    expect(classify({ status: 403, body: '{"message":"api key not payed"}', url }).entry?.id).toBe(
      'sorsa/key-not-paid',
    );
    expect(classify({ status: 403, body: '{"message":"missing key in request header"}', url }).kind).toBe(
      'authentication',
    );
  });

  test("Sorsa's own wording of its 403 means spent credits", () => {
    const url = 'https://api.sorsa.io/v3/info';
    for (const message of [
      'No credits left or key deleted.',
      'You have 0 credits remaining on your balance.',
      'Forbidden - valid key but no access or credits',
    ]) {
      expect(classify({ status: 403, body: { message }, url }).entry?.id).toBe('sorsa/credits-exhausted');
    }
    expect(classify({ status: 401, body: { message: 'key deleted' }, url }).entry?.id).toBe(
      'sorsa/key-deleted',
    );
  });

  test("X's flat `{code, message}` error is X's, not Sorsa's (whose `code` comes beside `error: true`)", () => {
    const x = classify({ status: 429, body: '{"code":88,"message":"Rate limit exceeded"}', now });
    expect(x).toMatchObject({ dialect: 'v1.1', kind: 'rate-limited' });
    expect(x.retryAfterMs).toBeUndefined();
    const sorsa = classify({
      status: 400,
      body: { error: true, message: 'Missing required parameter: link', code: 400 },
    });
    expect(sorsa.dialect).toBe('sorsa');
  });

  test('the older wording of an already-reposted refusal (327) as a bare string', () => {
    const c = classify({
      status: 403,
      body: '{"errors":"sharing is not permissible for this status (Share validations failed)"}',
      dialect: 'v1.1',
    });
    expect(c.entry?.id).toBe('v1.1/327');
    expect(c.kind).toBe('duplicate');
  });
});

describe('a usage cap keeps both its period and its scope', () => {
  test('period in reason, scope on its own', () => {
    const body = {
      title: 'UsageCapExceeded',
      period: 'Daily',
      scope: 'Account',
      detail: 'Usage cap exceeded: Daily account cap',
      type: 'https://api.x.com/2/problems/usage-capped',
    };
    const [problem] = classify({ status: 429, body, dialect: 'v2' }).problems;
    expect(problem?.kind).toBe('usage-capped');
    expect([problem?.reason, problem?.scope]).toEqual(['Daily', 'Account']);
  });

  test('a problem without scope has none', () => {
    const body = { errors: [{ code: 88, message: 'Rate limit exceeded' }] };
    const [problem] = classify({ status: 429, body }).problems;
    expect(problem && 'scope' in problem).toBe(false);
  });
});
