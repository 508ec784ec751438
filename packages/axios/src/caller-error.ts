import { type AxiosError, isAxiosError } from 'axios';
import { nodeMessageOf } from './node-message.ts';

/**
 * The codes axios rejects with, without a response, when the caller's own settings refuse the
 * request: an option or URL it cannot use, a protocol it does not support, `maxRedirects` or
 * `maxBodyLength` exceeded. Network failures carry the socket's code (or `ERR_NETWORK`) instead.
 */
const callerCodes: ReadonlySet<string> = new Set([
  'ERR_BAD_OPTION',
  'ERR_BAD_OPTION_VALUE',
  'ERR_NOT_SUPPORT',
  'ERR_INVALID_URL',
  'ERR_FR_TOO_MANY_REDIRECTS',
  'ERR_FR_MAX_BODY_LENGTH_EXCEEDED',
  'ERR_BAD_REQUEST',
]);

/**
 * `ERR_BAD_RESPONSE` without a response is the caller's rule when strict JSON parsing refused the
 * body (axios 1.7 attaches no response to that one; its cause is the `SyntaxError`) or the body
 * passed `maxContentLength`. axios 1.7 gives the same code to a body that broke off, a network
 * failure: only axios's own wording tells the size limit apart from that, and 1.7.0 to 1.7.7 word
 * a break-off as the size limit too, so a body announced within the limit cannot have passed it.
 */
function isRefusedBody(error: AxiosError): boolean {
  if (error.cause instanceof SyntaxError) return true;
  const limit = error.config?.maxContentLength;
  if (typeof limit !== 'number' || limit < 0 || !error.message.includes('maxContentLength')) return false;
  const declared = nodeMessageOf(error)?.headers?.['content-length'];
  return !(typeof declared === 'string' && Number(declared) <= limit);
}

/**
 * Whether axios refused the attempt by the caller's own settings: no retry can mend it, so it
 * stands as plain axios raises it, unretried.
 */
export function isCallerError(error: unknown): error is AxiosError {
  if (!isAxiosError(error) || error.response !== undefined || typeof error.code !== 'string') return false;
  return callerCodes.has(error.code) || (error.code === 'ERR_BAD_RESPONSE' && isRefusedBody(error));
}
