import { parseBody } from './body.ts';
import type { Classification, ClassifyInput, Problem } from './classification.ts';
import { dialectFromUrl } from './dialect.ts';
import type { EntryRule } from './entry.ts';
import { headerTable } from './headers.ts';
import { type Dialect, type Kind, kindPriority } from './kinds.ts';
import { matchProblem, matchStatus } from './match.ts';
import { toProblem } from './problem.ts';
import { rateLimitFrom } from './rate-limit.ts';
import { type BodyProblems, problemsOf } from './raw-problems.ts';
import { redactText } from './redact.ts';
import { retryAfterMs } from './retry-timing.ts';
import { isRetryable } from './retryable.ts';
import { kindOfStatus, processedOfStatus, retryOfKind } from './status-kind.ts';

const rankOfKind: ReadonlyMap<Kind, number> = new Map(kindPriority.map((kind, rank) => [kind, rank]));

function primaryOf(problems: readonly Problem[]): Problem | undefined {
  if (problems.length === 1) {
    const only = problems[0] as Problem;
    return only.kind === 'ok' ? undefined : only;
  }
  let best: Problem | undefined;
  let bestRank = Number.POSITIVE_INFINITY;
  for (const problem of problems) {
    if (problem.kind === 'ok') continue;
    const rank = rankOfKind.get(problem.kind) ?? -1;
    if (rank < bestRank) {
      best = problem;
      bestRank = rank;
    }
  }
  return best;
}

function messageOf(
  status: number,
  kind: Kind,
  entry: EntryRule | undefined,
  primary: Problem | undefined,
): string {
  const text = primary?.message ?? primary?.title;
  const id = entry ? ` [${entry.id}]` : '';
  const api = text ? `: ${redactText(text.length > 300 ? `${text.slice(0, 300)}…` : text)}` : '';
  return `${status} ${kind}${id}${api}`;
}

const largeSuccess: BodyProblems = { problems: [], hasData: true };

/** An error we cannot match still is an error, even inside a 2xx. */
function unmatchedKind(status: number): Kind {
  const kind = kindOfStatus(status);
  return kind === 'ok' ? 'unknown' : kind;
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
    const status = safeStatus(input?.status);
    const kind = kindOfStatus(status);
    return {
      ok: kind === 'ok',
      status,
      dialect: 'unknown',
      kind,
      retry: retryOfKind(kind),
      retryable: false,
      processed: processedOfStatus(status),
      problems: [],
      partial: false,
      message: `${status} ${kind}`,
    };
  }
}

function classifyUnsafe(input: ClassifyInput): Classification {
  const status = safeStatus(input.status);
  let now = typeof input.now === 'number' ? input.now : undefined;
  // Reading the system clock costs as much as a lookup-heavy step, and most responses never need it.
  const clock = (): number => {
    now ??= Date.now();
    return now;
  };
  const headers = headerTable(input.headers);
  const body = parseBody(input.body);
  // A 2xx too large to parse is a big result set, not an error: only its head was read.
  const found = body.truncated && status >= 200 && status < 300 ? largeSuccess : problemsOf(body);
  const dialect: Dialect | undefined = input.dialect ?? dialectFromUrl(input.url) ?? found.shape;

  const problems: Problem[] = [];
  for (const raw of found.problems) {
    const matched = matchProblem(dialect, status, raw);
    // A success status entry describes the response, not an error inside it.
    const entry = matched?.kind === 'ok' ? undefined : matched;
    problems.push(toProblem(raw, entry, entry?.kind ?? unmatchedKind(status)));
  }

  const success = (status >= 200 && status < 300) || status === 304;
  const ok = success && (found.hasData || problems.length === 0);
  const primary = primaryOf(problems);
  let entry: EntryRule | undefined;
  let kind: Kind;
  if (ok) {
    entry = dialect ? matchStatus(dialect, status) : undefined;
    kind = 'ok';
  } else if (primary) {
    entry = primary.entry ?? (dialect ? matchStatus(dialect, status) : undefined);
    kind = primary.entry ? primary.kind : (entry?.kind ?? unmatchedKind(status));
  } else {
    entry = dialect ? matchStatus(dialect, status) : undefined;
    kind = entry?.kind ?? unmatchedKind(status);
  }
  if (!ok && kind === 'ok') kind = 'unknown';

  const retry = entry?.retry ?? retryOfKind(kind);
  const processed = entry?.processed ?? processedOfStatus(status);
  const rateLimit = rateLimitFrom(headers, clock);
  const wait = ok
    ? undefined
    : retryAfterMs({
        kind,
        dialect: dialect ?? 'unknown',
        headers,
        rateLimit,
        period: primary?.reason,
        clock,
      });

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
    message: messageOf(status, kind, entry, primary),
  };
  if (entry) result.entry = entry;
  if (wait !== undefined) result.retryAfterMs = wait;
  if (rateLimit) result.rateLimit = rateLimit;
  return result;
}
