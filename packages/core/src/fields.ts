import type { RawProblem } from './raw-problems.ts';
import { stringOf } from './record.ts';

/**
 * The documented fields of one JSON object in an error body, read once; they double as the raw
 * problem the object describes. Error objects carry two to eight keys while the classifier looks
 * for about twenty names, so one pass over a plain object's keys costs far less than a lookup per
 * name, most of which would miss.
 */
export interface Fields extends RawProblem {
  /** The object read; `undefined` for a problem with no object behind it. */
  readonly source: Readonly<Record<string, unknown>> | undefined;
  hasData: boolean;
  hasErrors: boolean;
  errors: unknown;
  /** `code` was a number (a digit string also yields a `code`). */
  numericCode: boolean;
  code: number | undefined;
  type: string | undefined;
  title: string | undefined;
  /** The `message` field alone; `message` falls back to a textual `error`. */
  ownMessage: string | undefined;
  errorText: string | undefined;
  message: string | undefined;
  /** `error` was text or `true`. */
  errorFlag: boolean;
  detail: string | undefined;
  /** `status` was an error status (a number from 400): with `title` and `detail`, a problem details body. */
  errorStatus: boolean;
  request: string | undefined;
  hasValue: boolean;
  value: unknown;
  resourceType: string | undefined;
  resourceId: string | undefined;
  parameter: string | undefined;
  field: string | undefined;
  section: string | undefined;
  /** `reason`, `period`, `scope`, `connection_issue`, `disconnect_type`: the first that is text. */
  reason: string | undefined;
  /** The rank in that list of the field `reason` came from. */
  reasonRank: number;
  /** `scope` when it is text, whatever `reason` holds. */
  scope: string | undefined;
  /** The own `processing_info` of a media upload response, read by `mediaFailure`. */
  processingInfo: unknown;
  /** This is a media processing failure (see `RawProblem.media`). */
  media: boolean;
}

/** Ranks above every reason field's: no reason found yet. */
const noReason = 5;

/**
 * A literal with every key: cloned in one step, where a class would add its fields one by one.
 * Every raw problem has this one shape, so reading one never meets a second layout.
 */
function emptyFields(source: Readonly<Record<string, unknown>> | undefined): Fields {
  return {
    source,
    hasData: false,
    hasErrors: false,
    errors: undefined,
    numericCode: false,
    code: undefined,
    type: undefined,
    title: undefined,
    ownMessage: undefined,
    errorText: undefined,
    message: undefined,
    errorFlag: false,
    detail: undefined,
    errorStatus: false,
    request: undefined,
    hasValue: false,
    value: undefined,
    resourceType: undefined,
    resourceId: undefined,
    parameter: undefined,
    field: undefined,
    section: undefined,
    reason: undefined,
    reasonRank: noReason,
    scope: undefined,
    processingInfo: undefined,
    media: false,
  };
}

/** A problem with no object behind it: a bare string in `errors`, or one salvaged from text. */
export function looseProblem(
  code: number | undefined,
  type: string | undefined,
  message: string | undefined,
): Fields {
  const fields = emptyFields(undefined);
  fields.code = code;
  fields.type = type;
  fields.message = message;
  return fields;
}

/** Keeps a candidate for `reason` by its rank, so key order does not decide between them. */
function setReason(fields: Fields, rank: number, value: unknown): void {
  const text = stringOf(value);
  if (text === undefined || rank > fields.reasonRank) return;
  fields.reason = text;
  fields.reasonRank = rank;
}

const digits = /^\d+$/;

/**
 * Called on the object the `for…in` walks, with the key it yields, this is the form TurboFan
 * answers from the loop's enum cache without a lookup; `Object.hasOwn` stays a call (about 8 ns
 * more per object with `errors` or `data`, measured on Node 20).
 */
const hasOwn = Object.prototype.hasOwnProperty;

/**
 * Reads a plain object's documented fields in one `for…in` pass. Reading `record[key]` with the
 * key the loop yields, in the loop's own function, lets V8 load each value from its slot with no
 * lookup. The cases come in the order the names are most often met, since each name is compared
 * with them in turn. `data`, `errors`, `value` and `processing_info` count only as own fields: a
 * polluted prototype could otherwise add them.
 */
function scan(fields: Fields, record: Readonly<Record<string, unknown>>): void {
  for (const key in record) {
    switch (key) {
      case 'errors':
        fields.hasErrors = hasOwn.call(record, key);
        fields.errors = record[key];
        break;
      case 'message':
        fields.ownMessage = stringOf(record[key]);
        break;
      case 'code': {
        const code = record[key];
        fields.numericCode = typeof code === 'number';
        const value =
          typeof code === 'number'
            ? code
            : typeof code === 'string' && digits.test(code)
              ? Number(code)
              : undefined;
        // Hundreds of digits make Infinity, which no JSON can hold.
        fields.code = value !== undefined && Number.isFinite(value) ? value : undefined;
        break;
      }
      case 'title':
        fields.title = stringOf(record[key]);
        break;
      case 'type':
        fields.type = stringOf(record[key]);
        break;
      case 'detail':
        fields.detail = stringOf(record[key]);
        break;
      // In nearly every v2 error: answered here, not after every other name.
      case 'status': {
        const status = record[key];
        fields.errorStatus = typeof status === 'number' && status >= 400;
        break;
      }
      case 'value':
        fields.hasValue = hasOwn.call(record, key);
        if (fields.hasValue) fields.value = record[key];
        break;
      case 'data': {
        const data = record[key];
        // `null` or `[]` beside errors carries nothing: the errors are the answer.
        fields.hasData =
          hasOwn.call(record, key) && data !== null && !(Array.isArray(data) && data.length === 0);
        break;
      }
      case 'error': {
        const error = record[key];
        fields.errorFlag = typeof error === 'string' || error === true;
        fields.errorText = stringOf(error);
        break;
      }
      case 'request':
        fields.request = stringOf(record[key]);
        break;
      case 'resource_type':
        fields.resourceType = stringOf(record[key]);
        break;
      case 'resource_id':
        fields.resourceId = stringOf(record[key]);
        break;
      case 'parameter':
        fields.parameter = stringOf(record[key]);
        break;
      case 'field':
        fields.field = stringOf(record[key]);
        break;
      case 'section':
        fields.section = stringOf(record[key]);
        break;
      case 'reason':
        setReason(fields, 0, record[key]);
        break;
      case 'period':
        setReason(fields, 1, record[key]);
        break;
      case 'scope':
        fields.scope = stringOf(record[key]);
        setReason(fields, 2, fields.scope);
        break;
      case 'connection_issue':
        setReason(fields, 3, record[key]);
        break;
      case 'disconnect_type':
        setReason(fields, 4, record[key]);
        break;
      // Last: only media upload responses carry it, and a success's keys miss every case.
      case 'processing_info':
        if (hasOwn.call(record, key)) fields.processingInfo = record[key];
        break;
    }
  }
}

const names = [
  'data',
  'errors',
  'code',
  'type',
  'title',
  'message',
  'error',
  'detail',
  'status',
  'request',
  'value',
  'resource_type',
  'resource_id',
  'parameter',
  'field',
  'section',
  'reason',
  'period',
  'scope',
  'connection_issue',
  'disconnect_type',
  'processing_info',
] as const;

/** The fields only an own property counts for. */
const ownOnly: ReadonlySet<string> = new Set(['data', 'errors', 'value', 'processing_info']);

/** A plain copy of the documented fields any object has, own or inherited, enumerable or not. */
function documentedCopy(record: Readonly<Record<string, unknown>>): Readonly<Record<string, unknown>> {
  const copy: Record<string, unknown> = {};
  for (const name of names) {
    if (ownOnly.has(name) ? Object.hasOwn(record, name) : name in record) copy[name] = record[name];
  }
  return copy;
}

/**
 * Reads an object's documented fields. A plain object (what JSON.parse returns) is read in one
 * pass over its keys. Any other object (a class instance, an Error, a null-prototype object) is
 * read by name, inherited and non-enumerable fields included. `parsed` says the object came from
 * JSON.parse, which makes only plain objects, so even the check is skipped.
 */
export function readFields(record: Readonly<Record<string, unknown>>, parsed: boolean): Fields {
  const fields = emptyFields(record);
  // Cheaper than Object.getPrototypeOf, which V8 runs in its C++ runtime from optimized code.
  if (parsed || record['constructor'] === Object) {
    scan(fields, record);
  } else {
    scan(fields, documentedCopy(record));
    // The dialect is read from an `errors` field even when it is inherited.
    fields.errors = record['errors'];
  }
  fields.message = fields.ownMessage ?? fields.errorText;
  return fields;
}
