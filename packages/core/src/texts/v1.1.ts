import type { V11EntryId } from '../catalogue/index.ts';
import type { EntryFacts, EntryText } from '../entry.ts';

const codes = 'https://docs.x.com/x-api/fundamentals/response-codes-and-errors';

/** English texts and reference facts for the v1.1 entries. */
export const v11En: { readonly [K in V11EntryId]: EntryText & EntryFacts } = {
  'v1.1/32': {
    title: 'Could not authenticate',
    summary: 'The credentials sent with the request were rejected or could not be read.',
    remedy: 'Check the consumer key, access token and OAuth signature, then send the request again.',
    message: 'Could not authenticate you.',
    docs: codes,
  },
  'v1.1/88': {
    title: 'Rate limit exceeded',
    summary: 'This endpoint’s request allowance for the current window is used up.',
    remedy:
      'Wait until the time in x-rate-limit-reset, then continue; pace requests to stay under the limit.',
    message: 'Rate limit exceeded.',
    docs: codes,
  },
  'v1.1/130': {
    title: 'Over capacity',
    summary: 'X is temporarily overloaded and did not handle the request.',
    remedy:
      'Retry after a short, growing delay; the request was not processed, so even writes are safe to resend.',
    message: 'Over capacity.',
    docs: codes,
  },
  'v1.1/http-420': {
    title: 'Enhance your calm',
    summary:
      'The legacy search, trends or streaming APIs throttled the app, most often for opening too many stream connections.',
    remedy:
      'Close duplicate connections and reconnect no sooner than a minute later, doubling the wait each time.',
    docs: codes,
  },
  'v1.1/http-500': {
    title: 'Internal server error',
    summary: 'Something failed inside X while handling the request; it may or may not have taken effect.',
    remedy: 'Retry reads after a short delay; check whether a write took effect before sending it again.',
    docs: codes,
  },
};
