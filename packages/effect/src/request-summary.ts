import { type RequestSummary, redactUrl } from '@xapi-errors/core';

/** Method and URL with credentials removed, as core's `XApiError` stores them; `undefined` without a URL. */
export function summarizeRequest(
  request: { readonly method?: string | undefined; readonly url?: string | URL | undefined } | undefined,
): RequestSummary | undefined {
  if (!request?.url) return undefined;
  return { method: (request.method ?? 'GET').toUpperCase(), url: redactUrl(request.url) };
}
