import { isApiShaped, readBody } from './body.ts';
import type { Classification, ClassifyInput, Problem } from './classification.ts';
import { dialectFromUrl } from './dialect.ts';
import { headerTable } from './headers.ts';
import { type Dialect, type Kind, kindPriority, rankOfKind } from './kinds.ts';
import { matchProblem, matchStatus } from './match.ts';
import { messageOf } from './message.ts';
import { toProblem } from './problem.ts';
import { rateLimitFrom } from './rate-limit.ts';
import { type BodyProblems, fromJson, problemsOf, type RawProblem } from './raw-problems.ts';
import { mayWait, retryAfterMs, type TimingInput } from './retry-timing.ts';
import { isRetryable } from './retryable.ts';
import type { Rule } from './rule.ts';
import { longestFirst, urlSecretValues } from './secret-values.ts';
import { isApiProblem, kindOfStatus, processedOfStatus, retryOfKind } from './status-kind.ts';
import { isStreamUrl } from './stream-endpoint.ts';

/**
 * A problem's place among several: by its kind, after every problem the catalogue knows by code,
 * type or text when only its status matched (an unknown code at 403 must not outrank a known 187).
 */
function rankOf(kind: Kind, rule: Rule | undefined): number {
  const rank = rankOfKind(kind);
  return rule === undefined || rule.generic ? rank + kindPriority.length + 1 : rank;
}

const largeSuccess: BodyProblems = { problems: [], hasData: true };

/** An error we cannot match still is an error, even inside a 2xx. */
function unmatchedKind(status: number): Kind {
  const kind = kindOfStatus(status);
  return kind === 'ok' ? 'unknown' : kind;
}

function guarded<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

/**
 * The request's credentials, asked for only once a problem needs scrubbing (a failing callback
 * gives none), and those the URL carries, which an API may echo back.
 */
function secretsOf(
  given: ClassifyInput['secrets'],
  url: ClassifyInput['url'],
): readonly string[] | undefined {
  const secrets = typeof given === 'function' ? guarded(given, undefined) : given;
  const listed = Array.isArray(secrets)
    ? secrets.filter((secret): secret is string => typeof secret === 'string' && secret !== '')
    : [];
  if (url === undefined) return listed;
  const all = urlSecretValues(url);
  for (const secret of listed) all.add(secret);
  return longestFirst(all);
}

function safeStatus(status: unknown): number {
  return typeof status === 'number' && Number.isInteger(status) ? status : 0;
}

/**
 * Classifies one response: which catalogue entries its errors are, the kind to act on, whether
 * and when the same request may be retried, and the rate-limit state. Pure, and never throws:
 * any body (HTML, XML, text, truncated or hostile JSON, huge) yields a classification.
 */
export function classify(input: ClassifyInput): Classification {
  try {
    return classifyUnsafe(input);
  } catch {
    // The input itself may be what throws (a getter, a Proxy): read it once more, guarded.
    const status = guarded(() => safeStatus(input.status), 0);
    const method = guarded(() => (typeof input.method === 'string' ? input.method : undefined), undefined);
    const kind = kindOfStatus(status);
    const retry = retryOfKind(kind);
    const processed = processedOfStatus(status);
    return {
      ok: kind === 'ok',
      status,
      dialect: 'unknown',
      kind,
      retry,
      retryable: kind !== 'ok' && isRetryable(retry, processed, method),
      processed,
      problems: [],
      partial: false,
      message: `${status} ${kind}`,
    };
  }
}

function classifyUnsafe(input: ClassifyInput): Classification {
  const status = safeStatus(input.status);
  const time = typeof input.now === 'number' && Number.isFinite(input.now) ? input.now : undefined;
  const headers = headerTable(input.headers);
  const given: unknown = input.body;
  const body = readBody(given);
  const twoHundred = status >= 200 && status < 300;
  // A body given pre-parsed is its own JSON (never ours, so not known to be plain): no ParsedBody
  // is made to hold it. A 2xx too large to parse is a big result set, not an error: only its head was read.
  const found =
    body === undefined
      ? fromJson(given, false, twoHundred)
      : body.truncated && twoHundred
        ? largeSuccess
        : problemsOf(body, twoHundred);
  // 420 is v1.1's alone ("Enhance your calm"), whatever the body.
  const dialect: Dialect | undefined =
    input.dialect ?? dialectFromUrl(input.url) ?? found.shape ?? (status === 420 ? 'v1.1' : undefined);

  const raws = found.problems;
  const secrets =
    raws.length === 0 || (input.secrets === undefined && input.url === undefined)
      ? undefined
      : secretsOf(input.secrets, input.url);
  // Filled by index, not pushed: the length is known, and a push here would not be inlined.
  const problems: Problem[] = new Array(raws.length);
  // The primary problem is the one whose kind comes first in `kindPriority`; the first one wins a
  // tie. It is tracked from the raw problem and its match, whose layouts never vary.
  let primary: RawProblem | undefined;
  let primaryProblem: Problem | undefined;
  let primaryRule: Rule | undefined;
  let primaryKind: Kind = 'unknown';
  let primaryRank = Number.POSITIVE_INFINITY;
  // Only a 503 asks: is it the API's own "over capacity", or a proxy's that may follow a sent request?
  let fromApi = status !== 503;
  const from = fromApi ? undefined : { dialect, apiShaped: body === undefined || isApiShaped(body) };
  for (let index = 0; index < raws.length; index++) {
    const raw = raws[index] as RawProblem;
    const matched = matchProblem(dialect, status, raw);
    // A success status entry describes the response, not an error inside it.
    const rule = matched?.kind === 'ok' ? undefined : matched;
    const kind = rule?.kind ?? unmatchedKind(status);
    const problem = toProblem(raw, rule, kind, secrets);
    if (from !== undefined && !fromApi) fromApi = isApiProblem(raw, rule, from);
    problems[index] = problem;
    const rank = raws.length === 1 ? 0 : rankOf(kind, rule);
    if (rank < primaryRank) {
      primary = raw;
      primaryProblem = problem;
      primaryRule = rule;
      primaryKind = kind;
      primaryRank = rank;
    }
  }

  const success = (status >= 200 && status < 300) || status === 304;
  const ok = success && (found.hasData || problems.length === 0);
  let rule: Rule | undefined;
  let kind: Kind;
  if (ok) {
    rule = dialect ? matchStatus(dialect, status) : undefined;
    kind = 'ok';
  } else if (primary) {
    rule = primaryRule ?? (dialect ? matchStatus(dialect, status) : undefined);
    kind = primaryRule ? primaryKind : (rule?.kind ?? unmatchedKind(status));
  } else {
    rule = dialect ? matchStatus(dialect, status) : undefined;
    kind = rule?.kind ?? unmatchedKind(status);
  }
  // A failed 2xx whose problems match nothing keeps no success entry: it would describe it as OK.
  if (!ok && kind === 'ok') {
    kind = 'unknown';
    rule = undefined;
  }

  // A stream connection that failed in a way worth retrying is reconnected as X's guidance says
  // (5 s doubling, a minute for a 429), not with a REST request's short backoff or window wait.
  const policy = rule?.retry ?? retryOfKind(kind);
  const streamFailure = (policy === 'backoff' || policy === 'after-reset') && isStreamUrl(input.url);
  const retry = streamFailure ? 'reconnect' : policy;
  // A 5xx the status alone calls possibly processed (a 500, 502 or 504) stays so, whatever code its
  // body relays; a 503 says it was not only from the API itself (see `isApiProblem`).
  const processed =
    !fromApi ||
    (status >= 500 && status !== 503 && processedOfStatus(status)) ||
    (rule?.processed ?? processedOfStatus(status));
  // An error's timing input is also its clock, so such a response allocates one object, not two.
  const timing: TimingInput | undefined =
    !ok && mayWait(kind, headers)
      ? {
          kind,
          dialect: dialect ?? 'unknown',
          headers,
          rateLimit: undefined,
          time,
          stream: streamFailure,
        }
      : undefined;
  const rateLimit = rateLimitFrom(headers, timing ?? { time });
  let wait: number | undefined;
  if (timing !== undefined) {
    timing.rateLimit = rateLimit;
    wait = retryAfterMs(timing);
  }

  const result: { -readonly [K in keyof Classification]: Classification[K] } = {
    ok,
    status,
    dialect: dialect ?? 'unknown',
    kind,
    retry,
    retryable: !ok && isRetryable(retry, processed, input.method),
    processed,
    problems,
    partial: ok && problems.length > 0,
    message: messageOf(status, kind, rule, primaryProblem),
  };
  if (rule) result.entry = rule.entry;
  if (wait !== undefined) result.retryAfterMs = wait;
  if (rateLimit) result.rateLimit = rateLimit;
  return result;
}
