export { type BodyFormat, maxBodyBytes, type ParsedBody, parseBody } from './body.ts';
export { createRetryBudget, type RetryBudget, type RetryBudgetOptions, spendsBudget } from './budget.ts';
export type { EntryId, SorsaEntryId, V2EntryId, V11EntryId } from './catalogue/index.ts';
export { rules } from './catalogue/index.ts';
export { catalogue, getEntry } from './catalogue-entry.ts';
export { causeChain } from './cause-chain.ts';
export type {
  Classification,
  ClassifyInput,
  HeadersLike,
  Problem,
  RateLimitFamily,
  RateLimitState,
} from './classification.ts';
export { classify } from './classify.ts';
export {
  createRuntime,
  type PaceOptions,
  resolvePace,
  type XApiOptions,
  type XApiRuntime,
} from './client-options.ts';
export { type Describable, type DescribeOptions, describe } from './describe.ts';
export { type DescribeWaitOptions, describeWait, type WaitSubject } from './describe-wait.ts';
export { apiOfHost, dialectFromUrl } from './dialect.ts';
export type { Entry, EntryFacts, EntryRule, EntryText, Example } from './entry.ts';
export {
  isXApiError,
  type RequestSummary,
  XApiError,
  type XApiErrorJSON,
  type XApiErrorOptions,
} from './errors.ts';
export { type Failure, failureOf } from './failure.ts';
export { type HeaderReader, readHeaders } from './headers.ts';
export type { ErrorEvent, RateLimitEvent, RetryEvent, XApiHooks } from './hooks.ts';
export type { Dialect, ErrorKind, Kind, RetryPolicy } from './kinds.ts';
export { errorKinds, kindPriority } from './kinds.ts';
export type { Locale } from './locale.ts';
export { typeSlug } from './match.ts';
export { classifyNetworkError, networkKind } from './network.ts';
export { type CompleteGrant, createPaceBook, type PaceBook, type PaceBookOptions } from './pace-book.ts';
export { type PaceRequest, paceKey, splitPaceKey } from './pace-key.ts';
export { createPacer, type Pacer, type PacerOptions, type PacerTicket } from './pacer.ts';
export { pickLocale } from './pick-locale.ts';
export { isPlainSuccess } from './plain-success.ts';
export { clockSkew, parseRateLimit } from './rate-limit.ts';
export { reconnectDelay, reconnectWait } from './reconnect.ts';
export { type HeaderEntries, redactHeaders } from './redact-headers.ts';
export { redactText } from './redact-text.ts';
export { redactUrl } from './redact-url.ts';
export { parseRetryAfter } from './retry-after.ts';
export {
  type Attempt,
  type FirstAttempt,
  type LoopRequest,
  type Outcome,
  runWithRetry,
  sendsUnpaced,
  settlePlainSuccess,
} from './retry-loop.ts';
export {
  backoffDelay,
  type RetryContext,
  type RetryDecision,
  type RetryOptions,
  type RetryReason,
  retryDecision,
  retryDefaults,
} from './retry-policy.ts';
export { isIdempotent, isRetryable } from './retryable.ts';
export { isSecretHeader, redacted, secretHeaders, secretParamPattern, secretParams } from './secret-names.ts';
export { minSecretLength, scrubValues, secretValues } from './secret-values.ts';
export { sleep } from './sleep.ts';
export { en } from './texts/en.ts';
export { validateXApiOptions } from './validate-options.ts';
