import type { AxiosError } from 'axios';
import { nodeMessageOf } from './node-message.ts';

/**
 * Whether axios rejected a 2xx because its body broke off after the status and headers arrived: its
 * Node adapter then attaches a response that never got any data, raised as `ERR_BAD_RESPONSE`
 * ("stream has been aborted") on a clean close, or with the socket's code when the body runs
 * through a decompressor. The code alone cannot tell this apart from a caller's `validateStatus`
 * refusing a 2xx (axios's `settle` gives any status outside 4xx that code), so the check is on the
 * message Node was reading: it never completed. A refused response has its body, or for
 * `responseType: 'stream'` an unread stream, in `data`. An error status whose body broke off is
 * not one: it is classified by its status and headers, as the other adapters do.
 */
export function isBrokenOffBody(error: AxiosError): boolean {
  if (!error.response || error.response.data !== undefined) return false;
  // An error status still tells what happened (and when to retry) without its body; a 2xx's data is lost.
  const { status } = error.response;
  if (status < 200 || status > 299) return false;
  return nodeMessageOf(error)?.complete === false || isUndecodable(error);
}

/**
 * zlib's codes (`Z_DATA_ERROR`, …) and brotli's (`ERR__ERROR_FORMAT_…`), which axios gives when a
 * body arrived whole but does not decode as its `content-encoding` says (a broken proxy): the data
 * is lost all the same, as when the body breaks off.
 */
const undecodable = /^(Z_|ERR__)/;

function isUndecodable(error: AxiosError): boolean {
  return typeof error.code === 'string' && undecodable.test(error.code);
}
