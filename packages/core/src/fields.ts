import type { RawProblem } from './raw-problems.ts';
import { stringOf } from './record.ts';

/**
 * The documented fields of one JSON object in an error body, read once; they double as the raw
 * problem the object describes. Error objects carry two to eight keys while the classifier looks
 * for about twenty names, so one pass over a plain object's own keys costs far less than a lookup
 * per name, most of which would miss.
 */
export interface Fields extends RawProblem {
  readonly source: Readonly<Record<string, unknown>>;
  /** How many own keys it has; `undefined` until counted for an object that is not plain. */
  keyCount: number | undefined;
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
}

/** A literal with every key: cloned in one step, where a class would add its fields one by one. */
function emptyFields(source: Readonly<Record<string, unknown>>): Fields {
  return {
    source,
    keyCount: undefined,
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
    request: undefined,
    hasValue: false,
    value: undefined,
    resourceType: undefined,
    resourceId: undefined,
    parameter: undefined,
    field: undefined,
    section: undefined,
    reason: undefined,
    reasonRank: reasonFields,
  };
}

/** The number of own enumerable keys. */
export function keyCountOf(fields: Fields): number {
  fields.keyCount ??= Object.keys(fields.source).length;
  return fields.keyCount;
}

const reasonFields = 5;

/** Keeps a candidate for `reason` by its rank, so key order does not decide between them. */
function setReason(fields: Fields, rank: number, value: unknown): void {
  const text = stringOf(value);
  if (text === undefined || rank > fields.reasonRank) return;
  fields.reason = text;
  fields.reasonRank = rank;
}

const digits = /^\d+$/;

/**
 * Copies one field by name. Each case reads with a literal name, so every read keeps its own
 * inline cache; the names are documented ones that no Object.prototype member shares.
 */
function take(fields: Fields, record: Readonly<Record<string, unknown>>, key: string): void {
  switch (key) {
    case 'data':
      fields.hasData = true;
      break;
    case 'errors':
      fields.hasErrors = true;
      fields.errors = record['errors'];
      break;
    case 'code': {
      const code = record['code'];
      fields.numericCode = typeof code === 'number';
      fields.code =
        typeof code === 'number'
          ? code
          : typeof code === 'string' && digits.test(code)
            ? Number(code)
            : undefined;
      break;
    }
    case 'type':
      fields.type = stringOf(record['type']);
      break;
    case 'title':
      fields.title = stringOf(record['title']);
      break;
    case 'message':
      fields.ownMessage = stringOf(record['message']);
      break;
    case 'error': {
      const error = record['error'];
      fields.errorFlag = typeof error === 'string' || error === true;
      fields.errorText = stringOf(error);
      break;
    }
    case 'detail':
      fields.detail = stringOf(record['detail']);
      break;
    case 'request':
      fields.request = stringOf(record['request']);
      break;
    case 'value':
      fields.hasValue = true;
      fields.value = record['value'];
      break;
    case 'resource_type':
      fields.resourceType = stringOf(record['resource_type']);
      break;
    case 'resource_id':
      fields.resourceId = stringOf(record['resource_id']);
      break;
    case 'parameter':
      fields.parameter = stringOf(record['parameter']);
      break;
    case 'field':
      fields.field = stringOf(record['field']);
      break;
    case 'section':
      fields.section = stringOf(record['section']);
      break;
    case 'reason':
      setReason(fields, 0, record['reason']);
      break;
    case 'period':
      setReason(fields, 1, record['period']);
      break;
    case 'scope':
      setReason(fields, 2, record['scope']);
      break;
    case 'connection_issue':
      setReason(fields, 3, record['connection_issue']);
      break;
    case 'disconnect_type':
      setReason(fields, 4, record['disconnect_type']);
      break;
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
] as const;

/**
 * Reads an object's documented fields. A plain object (what JSON.parse returns) is read from its
 * own enumerable keys, so a polluted Object.prototype cannot add fields. Any other object (a class
 * instance, an Error) is read by name, inherited and non-enumerable fields included.
 */
export function readFields(record: Readonly<Record<string, unknown>>): Fields {
  const fields = emptyFields(record);
  const proto: unknown = Object.getPrototypeOf(record);
  if (proto === Object.prototype || proto === null) {
    const keys = Object.keys(record);
    fields.keyCount = keys.length;
    for (const key of keys) take(fields, record, key);
  } else {
    for (const name of names) take(fields, record, name);
    fields.hasData = Object.hasOwn(record, 'data');
    fields.hasErrors = Object.hasOwn(record, 'errors');
    fields.hasValue = Object.hasOwn(record, 'value');
  }
  fields.message = fields.ownMessage ?? fields.errorText;
  return fields;
}
