import { type Fields, looseProblem, readFields } from './fields.ts';
import { isRecord, stringOf } from './record.ts';

/**
 * The failure a v1.1 media upload reports in `processing_info` (reference B.1): inside a 200 to
 * `GET media/upload.json?command=STATUS`, `{"state":"failed","error":{"code","name","message"}}`.
 * The request succeeded and the upload was accepted, yet the media is unusable, so the response is
 * not a success. Returned as one raw problem carrying the error's `code` and `message`, its `name`
 * as `reason` (a machine name like v2's `connection_issue`, not prose like a `title`), and `media`
 * set so it is matched by that name; `undefined` for `pending`, `in_progress` and `succeeded`,
 * which are progress, and for anything else that is not a failed state.
 *
 * @param info - The body's own `processing_info` value, whatever it is.
 * @param parsed - It came from our own JSON.parse, so every object in it is plain.
 */
export function mediaFailure(info: unknown, parsed: boolean): Fields | undefined {
  if (!isRecord(info) || info['state'] !== 'failed') return undefined;
  const found = info['error'];
  const error = isRecord(found) ? found : undefined;
  // A failed state without its error object still failed: the generic media entry takes it.
  const failure = error ? readFields(error, parsed) : looseProblem(undefined, undefined, undefined);
  failure.reason = error ? stringOf(error['name']) : undefined;
  failure.media = true;
  return failure;
}
