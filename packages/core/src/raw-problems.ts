import type { ParsedBody } from './body.ts';
import { isRecord, stringField } from './record.ts';

/** One error as it appears in a body, before it is matched to the catalogue. */
export interface RawProblem {
  readonly code?: number;
  readonly type?: string;
  readonly title?: string;
  readonly message?: string;
  readonly detail?: string;
  /** The object it came from, for variant fields and resource fields. */
  readonly fields?: Readonly<Record<string, unknown>>;
}

/** Where a body's errors were found, and whether it also carries data. */
export interface BodyProblems {
  readonly problems: readonly RawProblem[];
  readonly hasData: boolean;
}

/** Enough to find every problem in a realistic body; more is someone flooding us. */
const maxProblems = 100;

function fromObject(item: Readonly<Record<string, unknown>>): RawProblem {
  const code = item['code'];
  const numeric =
    typeof code === 'number'
      ? code
      : typeof code === 'string' && /^\d+$/.test(code)
        ? Number(code)
        : undefined;
  const problem: { -readonly [K in keyof RawProblem]: RawProblem[K] } = { fields: item };
  if (numeric !== undefined) problem.code = numeric;
  const type = stringField(item, 'type');
  if (type !== undefined) problem.type = type;
  const title = stringField(item, 'title');
  if (title !== undefined) problem.title = title;
  const message = stringField(item, 'message') ?? stringField(item, 'error');
  if (message !== undefined) problem.message = message;
  const detail = stringField(item, 'detail');
  if (detail !== undefined) problem.detail = detail;
  return problem;
}

function fromJson(json: unknown): BodyProblems {
  if (!isRecord(json)) return { problems: [], hasData: json !== undefined };
  const hasData = Object.hasOwn(json, 'data') || !Object.hasOwn(json, 'errors');
  const errors = Object.hasOwn(json, 'errors') ? json['errors'] : undefined;
  if (Array.isArray(errors)) {
    const problems: RawProblem[] = [];
    for (const item of errors.slice(0, maxProblems)) {
      if (isRecord(item)) problems.push(fromObject(item));
      else if (typeof item === 'string') problems.push({ message: item });
    }
    if (typeof json['type'] === 'string') problems.unshift(fromObject(json));
    return { problems, hasData: Object.hasOwn(json, 'data') };
  }
  if (typeof errors === 'string') return { problems: [{ message: errors }], hasData: false };
  const looksLikeError =
    typeof json['type'] === 'string' ||
    typeof json['code'] === 'number' ||
    typeof json['error'] === 'string' ||
    json['error'] === true ||
    (typeof json['message'] === 'string' && Object.keys(json).length <= 4);
  return looksLikeError ? { problems: [fromObject(json)], hasData: false } : { problems: [], hasData };
}

/** Codes, types and messages recovered from text that is not valid JSON (truncated, XML, huge). */
function salvage(text: string): RawProblem[] {
  const head = text.slice(0, 64 * 1024);
  const problems: RawProblem[] = [];
  for (const match of head.matchAll(/<error\s+code="(\d{1,6})"\s*>([^<]{0,500})/g)) {
    problems.push({ code: Number(match[1]), message: match[2] ?? '' });
  }
  for (const match of head.matchAll(/"code"\s*:\s*(\d{1,6})/g)) problems.push({ code: Number(match[1]) });
  for (const match of head.matchAll(/"type"\s*:\s*"([^"\\]{1,200})"/g))
    problems.push({ type: match[1] ?? '' });
  return problems.slice(0, maxProblems);
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
