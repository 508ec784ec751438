/**
 * Building blocks for adapters over the standard Fetch API `Request` and `Response`: reading a body
 * once for classification while the caller can still read it, URL facts and redacted request
 * summaries. Runtime-neutral; a separate entry point so apps that only classify do not ship it.
 *
 * @packageDocumentation
 */
export {
  type BodyReadings,
  BufferedResponse,
  type BufferedResponseOptions,
  bufferResponse,
  type CloneHook,
} from './buffered-response.ts';
export {
  type AnsweredRequest,
  type AttemptResult,
  classifyResponse,
  handOutPlain,
  type Received,
  toAttempt,
  unreadBody,
} from './classify-response.ts';
export { withoutHeaderValue } from './invalid-header.ts';
export { isJsonContentType, needsBody } from './needs-body.ts';
export { handOut, interpret, type ReadBody } from './read-body.ts';
export { requestSummary } from './request-summary.ts';
export { type UrlFacts, urlFacts } from './request-url.ts';
export { createResponseStore, type ResponseStore } from './response-store.ts';
export { createStamp, type Stamp } from './stamp.ts';
export { reachedNetwork, refusedRequest, unsendable, unsendableRequest } from './unsendable-url.ts';
export { untilAborted } from './until-aborted.ts';
