import { meantAsJson, type ParsedBody } from './body.ts';
import { dialectFromBody } from './dialect.ts';
import { type Fields, looseProblem, readFields } from './fields.ts';
import type { Dialect } from './kinds.ts';
import { mediaFailure } from './media-processing.ts';
import { isRecord } from './record.ts';

/** One error as it appears in a body, before it is matched to the catalogue. */
export interface RawProblem {
  readonly code?: number | undefined;
  readonly type?: string | undefined;
  readonly title?: string | undefined;
  readonly message?: string | undefined;
  readonly detail?: string | undefined;
  /** The object it came from, for the catalogue's variant fields. */
  readonly source?: Readonly<Record<string, unknown>> | undefined;
  readonly resourceType?: string | undefined;
  readonly resourceId?: string | undefined;
  readonly parameter?: string | undefined;
  /** The object had its own `value` field (whatever its value). */
  readonly hasValue?: boolean;
  readonly value?: unknown;
  readonly field?: string | undefined;
  readonly section?: string | undefined;
  readonly reason?: string | undefined;
  /** v2 `scope`, kept on its own too: a usage cap's `reason` is its `period`. */
  readonly scope?: string | undefined;
  /**
   * A media processing failure (`processing_info.error`), whose `name` is in `reason`: matched among
   * the media entries by that name alone, since its `code` is not one of the API's error codes.
   */
  readonly media?: boolean;
}

/** Where a body's errors were found, whether it also carries data, and the dialect its shape suggests. */
export interface BodyProblems {
  readonly problems: readonly RawProblem[];
  readonly hasData: boolean;
  readonly shape?: Dialect | undefined;
}

/** Enough to find every problem in a realistic body; more is someone flooding us. */
const maxProblems = 100;

function fromErrors(top: Fields, errors: readonly unknown[], parsed: boolean): BodyProblems {
  // Indexed rather than sliced: no copy, and only the first `maxProblems` items are touched.
  const count = Math.min(errors.length, maxProblems);
  // Sized up front rather than pushed to, so it is never regrown; a v2 problem body comes first.
  const problems: RawProblem[] = new Array(count + (top.type === undefined ? 0 : 1));
  let size = 0;
  if (top.type !== undefined) problems[size++] = top;
  let first: Fields | undefined;
  for (let index = 0; index < count; index++) {
    const item: unknown = errors[index];
    if (isRecord(item)) {
      const fields = readFields(item, parsed);
      if (index === 0) first = fields;
      problems[size++] = fields;
    } else if (typeof item === 'string') problems[size++] = looseProblem(undefined, undefined, item);
  }
  if (size !== problems.length) problems.length = size;
  return { problems, hasData: top.hasData, shape: dialectFromBody(top, first) };
}

/**
 * `parsed`: the value came from our own JSON.parse, so every object in it is plain. `success`: the
 * status is 2xx, where a flat object is the answer unless it plainly reads as an error.
 */
export function fromJson(json: unknown, parsed: boolean, success: boolean): BodyProblems {
  if (!isRecord(json)) return { problems: [], hasData: json !== undefined };
  const top = readFields(json, parsed);
  const errors = top.hasErrors ? top.errors : undefined;
  if (Array.isArray(errors)) return fromErrors(top, errors, parsed);
  if (top.processingInfo !== undefined) {
    const failure = mediaFailure(top.processingInfo, parsed);
    // Only v1.1 puts `processing_info` at the top (v2 nests it in `data`): the shape tells the dialect.
    if (failure) return { problems: [failure], hasData: false, shape: 'v1.1' };
  }
  const shape = dialectFromBody(top, firstOf(top.errors));
  if (typeof errors === 'string') {
    return { problems: [looseProblem(undefined, undefined, errors)], hasData: false, shape };
  }
  // A success that carries `data` is data, whatever else sits beside it (a `type`, a `code`): its
  // errors come only as an `errors` list, read above. A success's own `type` is an error's only
  // when it is a URI, as problem types are: Sorsa answers objects at the top level, and a post's
  // or a medium's `type` (`photo`) is data.
  const looksLikeError =
    !(success && top.hasData) &&
    ((top.type !== undefined && (!success || top.type.includes(':'))) ||
      top.numericCode ||
      top.errorFlag ||
      // Problem details without `type`, which then means `about:blank` (RFC 9457).
      (top.errorStatus && top.title !== undefined && top.detail !== undefined) ||
      // A failed response's flat `code` or `message` is its error, whatever else the body holds; a
      // success's only when the body is little more than the message.
      (success
        ? top.ownMessage !== undefined && Object.keys(json).length <= 4
        : top.code !== undefined || top.ownMessage !== undefined));
  return looksLikeError
    ? { problems: [top], hasData: false, shape }
    : { problems: [], hasData: top.hasData || !top.hasErrors, shape };
}

/** The first item of an `errors` array that is not the body's own (inherited), for the dialect alone. */
function firstOf(errors: unknown): Fields | undefined {
  if (!Array.isArray(errors)) return undefined;
  const first: unknown = errors[0];
  return isRecord(first) ? readFields(first, false) : undefined;
}

const xmlError = /<error\s+code=["'](\d{1,6})["']\s*>([^<]{0,500})/g;
const jsonCode = /"code"\s*:\s*(\d{1,6})/g;
const jsonType = /"type"\s*:\s*"([^"\\]{1,200})"/g;

/**
 * Codes, types and messages recovered from text that is not valid JSON (truncated, XML, huge).
 * Each pattern starts with a literal, so a pattern whose literal is absent is not run at all.
 */
function salvage(text: string): RawProblem[] {
  const head = text.slice(0, 64 * 1024);
  const problems: RawProblem[] = [];
  if (head.includes('<error')) {
    for (const match of head.matchAll(xmlError)) {
      problems.push(looseProblem(Number(match[1]), undefined, match[2] ?? ''));
    }
  }
  if (head.includes('"code"')) {
    for (const match of head.matchAll(jsonCode))
      problems.push(looseProblem(Number(match[1]), undefined, undefined));
  }
  if (head.includes('"type"')) {
    for (const match of head.matchAll(jsonType))
      problems.push(looseProblem(undefined, match[1] ?? '', undefined));
  }
  return problems.length > maxProblems ? problems.slice(0, maxProblems) : problems;
}

const textSuccess: BodyProblems = { problems: [], hasData: true };

/** The problem text of a 2xx body meant as JSON that does not parse. */
const cutOffData = 'the success body is cut off or is not valid JSON';

/**
 * Every problem a body carries, whatever its format. `success`: the status is 2xx, where only JSON
 * carries errors, and JSON cut off means the data is lost; any other body is the answer itself
 * (media, the form-encoded tokens of the OAuth 1.0a endpoints), which must neither fail the
 * request nor be copied into a problem.
 */
export function problemsOf(body: ParsedBody, success: boolean): BodyProblems {
  // Only a body given pre-parsed has no text: one we parsed ourselves holds only plain objects.
  if (body.format === 'json') return fromJson(body.json, body.text !== '', success);
  if (body.format === 'empty') return { problems: [], hasData: false };
  if (success && !meantAsJson(body)) return textSuccess;
  const salvaged = salvage(body.text);
  if (salvaged.length === 0 && body.format === 'text') {
    // A 2xx's is the answer's data cut off, which may hold tokens: none of it is copied.
    const text = success ? cutOffData : body.text.trim().slice(0, 300);
    return { problems: [looseProblem(undefined, undefined, text)], hasData: false };
  }
  // Only v1.1's OAuth endpoints answer in XML.
  return { problems: salvaged, hasData: false, shape: body.text.includes('<errors') ? 'v1.1' : undefined };
}
