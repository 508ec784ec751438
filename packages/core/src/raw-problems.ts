import type { ParsedBody } from './body.ts';
import { dialectFromBody } from './dialect.ts';
import { type Fields, keyCountOf, readFields } from './fields.ts';
import type { Dialect } from './kinds.ts';
import { isRecord } from './record.ts';

/** One error as it appears in a body, before it is matched to the catalogue. */
export interface RawProblem {
  readonly code?: number | undefined;
  readonly type?: string | undefined;
  readonly title?: string | undefined;
  readonly message?: string | undefined;
  readonly detail?: string | undefined;
  /** The object it came from, for the catalogue's variant fields. */
  readonly source?: Readonly<Record<string, unknown>>;
  readonly resourceType?: string | undefined;
  readonly resourceId?: string | undefined;
  readonly parameter?: string | undefined;
  /** The object had its own `value` field (whatever its value). */
  readonly hasValue?: boolean;
  readonly value?: unknown;
  readonly field?: string | undefined;
  readonly section?: string | undefined;
  readonly reason?: string | undefined;
}

/** Where a body's errors were found, whether it also carries data, and the dialect its shape suggests. */
export interface BodyProblems {
  readonly problems: readonly RawProblem[];
  readonly hasData: boolean;
  readonly shape?: Dialect | undefined;
}

/** Enough to find every problem in a realistic body; more is someone flooding us. */
const maxProblems = 100;

function fromErrors(top: Fields, errors: readonly unknown[]): BodyProblems {
  const problems: RawProblem[] = [];
  let first: Fields | undefined;
  // Indexed rather than sliced: no copy, and only the first `maxProblems` items are touched.
  const count = Math.min(errors.length, maxProblems);
  for (let index = 0; index < count; index++) {
    const item: unknown = errors[index];
    if (isRecord(item)) {
      const fields = readFields(item);
      if (index === 0) first = fields;
      problems.push(fields);
    } else if (typeof item === 'string') problems.push({ message: item });
  }
  if (top.type !== undefined) problems.unshift(top);
  return { problems, hasData: top.hasData, shape: dialectFromBody(top, first) };
}

function fromJson(json: unknown): BodyProblems {
  if (!isRecord(json)) return { problems: [], hasData: json !== undefined };
  const top = readFields(json);
  const errors = top.hasErrors ? top.errors : undefined;
  if (Array.isArray(errors)) return fromErrors(top, errors);
  const shape = dialectFromBody(top, firstOf(top.errors));
  if (typeof errors === 'string') return { problems: [{ message: errors }], hasData: false, shape };
  const looksLikeError =
    top.type !== undefined ||
    top.numericCode ||
    top.errorFlag ||
    (top.ownMessage !== undefined && keyCountOf(top) <= 4);
  return looksLikeError
    ? { problems: [top], hasData: false, shape }
    : { problems: [], hasData: top.hasData || !top.hasErrors, shape };
}

/** The first item of an inherited `errors` array, which only objects that are not plain can have. */
function firstOf(errors: unknown): Fields | undefined {
  if (!Array.isArray(errors)) return undefined;
  const first: unknown = errors[0];
  return isRecord(first) ? readFields(first) : undefined;
}

const xmlError = /<error\s+code="(\d{1,6})"\s*>([^<]{0,500})/g;
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
      problems.push({ code: Number(match[1]), message: match[2] ?? '' });
    }
  }
  if (head.includes('"code"')) {
    for (const match of head.matchAll(jsonCode)) problems.push({ code: Number(match[1]) });
  }
  if (head.includes('"type"')) {
    for (const match of head.matchAll(jsonType)) problems.push({ type: match[1] ?? '' });
  }
  return problems.length > maxProblems ? problems.slice(0, maxProblems) : problems;
}

/** Every problem a body carries, whatever its format. */
export function problemsOf(body: ParsedBody): BodyProblems {
  if (body.format === 'json') return fromJson(body.json);
  if (body.format === 'empty') return { problems: [], hasData: false };
  const salvaged = salvage(body.text);
  if (salvaged.length === 0 && body.format === 'text')
    return { problems: [{ message: body.text.trim().slice(0, 300) }], hasData: false };
  return { problems: salvaged, hasData: false };
}
