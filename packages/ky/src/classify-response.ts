import {
  classifyResponse,
  handOutPlain,
  interpret,
  needsBody,
  type Received,
  type UrlFacts,
  unreadBody,
} from '@xapi-errors/core/web';
import { outcomes } from './classification-store.ts';

/**
 * Reads a response's body when classification needs it: error bodies and 2xx JSON bodies, once;
 * other 2xx bodies (media, streams) are left unread. A body that cannot be read is received as
 * `unreadBody` says, unless the caller aborted: then the reason is thrown.
 */
export async function receive(response: Response, request: Request, facts: UrlFacts): Promise<Received> {
  if (!needsBody(response, facts.stream)) return { response, read: undefined };
  try {
    return { response, read: interpret(await response.arrayBuffer()) };
  } catch (error) {
    if (request.signal.aborted) throw request.signal.reason;
    return unreadBody(response, error);
  }
}

/**
 * The response to resolve with when what was received is a plain success, with its outcome made
 * only if `getClassification` asks (see `handOutPlain`); `undefined` when it needs classifying now.
 */
export function plainResponse(received: Received, request: Request, facts: UrlFacts): Response | undefined {
  const { response, read } = received;
  if (response === undefined) return undefined;
  return handOutPlain(response, read, outcomes, (arrivedAt) => ({
    classification: classifyResponse(response, request, facts, undefined, arrivedAt),
    attempts: 1,
  }));
}
