// The conformance suite every runtime runs. It imports nothing runtime-specific: the runtime's host
// passes in the modules under test and the control client, and only standard web APIs are used.
import { equal, ok, pause, rejectionOf, runTests } from './harness.mjs';

/** Real backoff shape with millisecond steps, so retries cost no time. */
const fastRetry = { baseDelayMs: 1, capDelayMs: 5 };

/** Classifying by URL must work without network access, so these are the real APIs' addresses. */
const apiUrl = {
  'v1.1': 'https://api.twitter.com/1.1/statuses/show.json',
  v2: 'https://api.x.com/2/tweets',
  sorsa: 'https://api.sorsa.io/v3/info',
};

function classifyTests(core) {
  const dialects = [...new Set(core.catalogue.map((entry) => entry.dialect))];
  equal(dialects.toSorted(), ['sorsa', 'v1.1', 'v2'], 'catalogue dialects');
  return dialects.map((dialect) => ({
    name: `classify: every ${dialect} catalogue example classifies back to its entry`,
    fn: () => {
      const entries = core.catalogue.filter((entry) => entry.dialect === dialect);
      const mismatches = [];
      for (const entry of entries) {
        const { status, headers, body } = entry.example;
        const viaDialect = core.classify({ status, headers, body, dialect });
        const viaUrl = core.classify({ status, headers, body, method: 'GET', url: apiUrl[dialect] });
        for (const [how, result] of [
          ['dialect', viaDialect],
          ['url', viaUrl],
        ]) {
          if (result.entry?.id !== entry.id || result.kind !== entry.kind) {
            mismatches.push(`${entry.id} by ${how} → ${result.entry?.id ?? 'no entry'} (${result.kind})`);
          }
        }
      }
      ok(entries.length > 0, `${dialect} entries`);
      equal(mismatches, [], `${entries.length} ${dialect} examples`);
    },
  }));
}

function textTests(core) {
  return [
    {
      name: 'describeWait: the wait in words, its number and unit formatted by this runtime’s Intl',
      fn: () => {
        const limited = core.classify({ status: 429, headers: { 'retry-after': '90' }, dialect: 'v2' });
        equal(core.describeWait(limited), 'Try again in 1.5 minutes.', 'English');
        const german = { ...core.en, tag: 'de', retryIn: 'Wartezeit bis zum nächsten Versuch: {duration}.' };
        equal(
          core.describeWait({ retryAfterMs: 80_000_000 }, { locale: german }),
          'Wartezeit bis zum nächsten Versuch: 22,3 Stunden.',
          'German',
        );
      },
    },
  ];
}

function adapterTests({ simUrl, fetchAdapter, control }) {
  const { withXApi, isXApiError, getClassification } = fetchAdapter;
  const fetcher = globalThis.fetch;

  return [
    {
      name: 'withXApi(fetch): 503, 503, 200 succeeds on the third attempt',
      fn: async () => {
        await control.script('GET /2/users/me', ['v2/http-503', 'v2/http-503', 'ok']);
        const retried = [];
        const xfetch = withXApi(fetcher, {
          retry: fastRetry,
          onRetry: (event) => retried.push([event.attempt, event.classification.kind]),
        });

        const response = await xfetch(`${simUrl}/2/users/me`);

        equal(response.status, 200, 'status');
        equal(await control.count('GET /2/users/me'), 3, 'requests the simulator received');
        equal(
          retried,
          [
            [1, 'unavailable'],
            [2, 'unavailable'],
          ],
          'retries',
        );
        const body = await response.json();
        equal(typeof body.data?.id, 'string', 'typeof body.data.id');
        equal(getClassification(response)?.ok, true, 'classification.ok');
      },
    },
    {
      name: 'withXApi(fetch): a usage cap rejects after exactly one request',
      fn: async () => {
        await control.script('GET /2/users/me', ['v2/usage-capped', 'ok']);
        const xfetch = withXApi(fetcher, { retry: fastRetry });

        const error = await rejectionOf(xfetch(`${simUrl}/2/users/me`));

        equal(isXApiError(error), true, 'isXApiError');
        equal(
          [error.status, error.kind, error.retryable, error.attempts],
          [429, 'usage-capped', false, 1],
          'error',
        );
        equal(await control.count('GET /2/users/me'), 1, 'requests the simulator received');
        const body = await error.response.json();
        ok(/usage-capped$/.test(body.type), `error.response body type ${body.type}`);
      },
    },
    {
      name: 'withXApi(fetch): a burst of 30 Sorsa requests with one key is paced and gets no 429',
      fn: async () => {
        const xfetch = withXApi(fetcher, { retry: false });

        const results = await Promise.allSettled(
          Array.from({ length: 30 }, (_, i) =>
            xfetch(`${simUrl}/v3/info?username=user${i}`, { headers: { ApiKey: 'conformance-key' } }),
          ),
        );

        const statuses = results.map((result) =>
          result.status === 'fulfilled'
            ? result.value.status
            : (result.reason?.status ?? String(result.reason)),
        );
        equal(
          statuses.filter((status) => status !== 200),
          [],
          'non-200 answers',
        );
        equal(await control.count('GET /v3/info'), 30, 'requests the simulator received');
      },
    },
    {
      name: 'withXApi(fetch): aborting during a retry wait rejects with the reason at once and sends nothing more',
      fn: async () => {
        await control.script('GET /2/users/me', [
          { status: 503, headers: { 'content-type': 'application/json', 'retry-after': '30' }, body: '{}' },
          'ok',
        ]);
        const controller = new AbortController();
        const reason = new Error('caller gave up');
        let waitMs;
        let abortedAt = 0;
        const xfetch = withXApi(fetcher, {
          onRetry: (event) => {
            waitMs = event.delayMs;
            setTimeout(() => {
              abortedAt = Date.now();
              controller.abort(reason);
            }, 50);
          },
        });

        const error = await rejectionOf(xfetch(`${simUrl}/2/users/me`, { signal: controller.signal }));
        const settledAfterMs = Date.now() - abortedAt;

        ok(waitMs >= 20_000, `the retry wait (${waitMs} ms) follows retry-after: 30`);
        ok(abortedAt > 0, 'the abort happened during the wait');
        ok(error === reason, `rejects with the abort reason itself, got ${String(error)}`);
        // The wait was 30 s: settling within seconds shows the abort cut it short.
        ok(settledAfterMs < 5_000, `settled ${settledAfterMs} ms after the abort`);
        await pause(200);
        equal(await control.count('GET /2/users/me'), 1, 'requests the simulator received');
      },
    },
    {
      name: 'withXApi(fetch): a 2xx read for classification still gives its whole body, natively too where the runtime reads bodies natively',
      fn: async () => {
        const text = JSON.stringify({ data: [{ id: '2244994945', username: 'XDevelopers' }] });
        await control.script('GET /2/users', [
          { status: 200, headers: { 'content-type': 'application/json; charset=utf-8' }, body: text },
        ]);
        const response = await withXApi(fetcher)(`${simUrl}/2/users?ids=2244994945,1`);
        // Deno.serve, Bun.serve and cache.put read a body past the response's methods; Node has no such API.
        const nativeReaders =
          'Deno' in globalThis || 'Bun' in globalThis || typeof globalThis.process !== 'object';
        const read = nativeReaders ? Response.prototype.text.call(response) : response.text();
        equal(await read, text, 'body');
        equal(response.bodyUsed, true, 'bodyUsed after the read');
      },
    },
    {
      name: 'withXApi(fetch): a 2xx with partial errors resolves with its data and getClassification',
      fn: async () => {
        await control.script('GET /2/users', ['partial']);
        const xfetch = withXApi(fetcher);

        const response = await xfetch(`${simUrl}/2/users?ids=2244994945,1`);

        equal(response.status, 200, 'status');
        const body = await response.json();
        equal([body.data.length, body.errors[0].resource_id], [1, 'no_such_user_8812'], 'body');
        const classification = getClassification(response);
        equal([classification?.ok, classification?.partial], [true, true], '[ok, partial]');
        equal(
          classification?.problems.map((problem) => [problem.id, problem.resourceId]),
          [['v2/resource-not-found', 'no_such_user_8812']],
          'problems',
        );
      },
    },
  ];
}

/**
 * Runs the conformance suite.
 * - `simUrl`: base URL of the testkit simulator as this runtime reaches it;
 * - `core`, `fetchAdapter`: the `@xapi-errors/core` and `@xapi-errors/fetch` module namespaces;
 * - `control`: `createControl(…)` from `control-client.mjs`.
 * Resolves with `{ passed, failed, results: [{ name, ok, error? }] }`; never rejects.
 */
export async function run({ simUrl, core, fetchAdapter, control }) {
  let tests;
  try {
    tests = [...classifyTests(core), ...textTests(core), ...adapterTests({ simUrl, fetchAdapter, control })];
  } catch (error) {
    return { passed: 0, failed: 1, results: [{ name: 'suite setup', ok: false, error: String(error) }] };
  }
  return runTests(tests, { beforeEach: () => control.reset(), timeoutMs: 10_000 });
}
