import type { HeadersLike } from './classification.ts';

/** Reads one header by its lower-case name from a `Headers` object or a plain record. */
export type HeaderReader = (name: string) => string | undefined;

type Container = { get(name: string): string | null };
type PlainRecord = Readonly<Record<string, unknown>>;

/**
 * The headers classify reads, each with its own bit: a table records which of them a response may
 * carry, so a header that is absent costs no lookup at all (a missing property is the slowest read).
 */
const knownHeaders = [
  'x-rate-limit-limit',
  'x-rate-limit-remaining',
  'x-rate-limit-reset',
  'x-app-limit-24hour-limit',
  'x-app-limit-24hour-remaining',
  'x-app-limit-24hour-reset',
  'x-user-limit-24hour-limit',
  'x-user-limit-24hour-remaining',
  'x-user-limit-24hour-reset',
  'date',
  'retry-after',
] as const;

/** The index of a header in `knownHeaders`. */
export type KnownHeader = number;

/** The bits of the nine rate-limit headers, which come first. */
export const rateLimitBits: number = (1 << 9) - 1;
export const dateHeader: KnownHeader = 9;
export const retryAfterHeader: KnownHeader = 10;
const allBits = (1 << knownHeaders.length) - 1;
const upperCase = -1;

/** The lengths of the known names, as bits: a name of another length cannot be one of them. */
const knownLengths = knownHeaders.reduce((bits, name) => bits | (1 << name.length), 0);

function mayBeKnown(name: string): boolean {
  return name.length < 31 && ((knownLengths >>> name.length) & 1) === 1;
}

/**
 * What a header name is: its bit in `knownHeaders`, 0 for any other lower-case name, or `upperCase`.
 * Responses repeat the same few dozen names, so the answers are kept (names only, never values).
 */
const nameKinds = new Map<string, number>(knownHeaders.map((name, index) => [name, 1 << index]));
const maxNameKinds = 512;
const maxKeptName = 64;

function kindOfName(name: string): number {
  let kind = nameKinds.get(name);
  if (kind === undefined) {
    kind = /[A-Z]/.test(name) ? upperCase : 0;
    if (nameKinds.size < maxNameKinds && name.length <= maxKeptName) nameKinds.set(name, kind);
  }
  return kind;
}

/** A header value as text; `undefined` when absent or unreadable (a `toString` that throws, no prototype). */
function headerValue(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value == null) return undefined;
  try {
    return Array.isArray(value) ? value.join(', ') : String(value);
  } catch {
    return undefined;
  }
}

/** One value of a record, read through any getter it has: one that throws reads as absent. */
function recordValue(record: PlainRecord, name: string): string | undefined {
  try {
    return headerValue(record[name]);
  } catch {
    return undefined;
  }
}

/**
 * The headers of one response, prepared once for the dozen lookups a classification makes. A plain
 * object: classify builds one for every response, and a literal costs less than a class instance.
 */
export interface HeaderTable {
  /** Set for plain records whose names are all lower-case: read in place. */
  readonly record: PlainRecord | undefined;
  /** Set for records with mixed-case names, lower-cased once. */
  readonly lowered: Map<string, string> | undefined;
  /** Set for `Headers`-like containers. */
  readonly container: Container | undefined;
  /**
   * One bit per entry of `knownHeaders` that may be present. A plain record tells from its own
   * names; a container cannot list its names cheaply, so it may have any of them.
   */
  readonly present: number;
}

function table(
  record: PlainRecord | undefined,
  lowered: Map<string, string> | undefined,
  container: Container | undefined,
  present: number,
): HeaderTable {
  return { record, lowered, container, present };
}

/** The value of a header by its lower-case name; `undefined` when absent or unreadable. */
export function headerOf(headers: HeaderTable, name: string): string | undefined {
  // Header names never collide with Object.prototype members, so a plain read is safe here.
  if (headers.record !== undefined) return recordValue(headers.record, name);
  if (headers.lowered !== undefined) return headers.lowered.get(name);
  if (headers.container === undefined) return undefined;
  try {
    return headerValue(headers.container.get(name));
  } catch {
    return undefined;
  }
}

/** The value of a header of `knownHeaders`, by its index. */
export function knownHeaderOf(headers: HeaderTable, header: KnownHeader): string | undefined {
  return (headers.present & (1 << header)) === 0
    ? undefined
    : headerOf(headers, knownHeaders[header] as string);
}

const noHeaders = table(undefined, undefined, undefined, 0);

const container = (headers: Container): HeaderTable => table(undefined, undefined, headers, allBits);

/**
 * Reads a record in place when its names are lower-case. With `anyName` false (classify, which
 * reads only `knownHeaders`), a mixed-case name matters only if it could lower-case to a known
 * one, so names of other lengths are not even looked at. `for…in` walks the keys without copying
 * them; a plain record has no `get` method unless it is one of them, so the lookup that would
 * miss is skipped.
 */
function fromPlainRecord(record: PlainRecord, anyName: boolean): HeaderTable {
  let bits = 0;
  let mixedCase = false;
  let hasGet = false;
  for (const key in record) {
    if (key === 'get') hasGet = true;
    if (mixedCase || (!anyName && !mayBeKnown(key))) continue;
    const kind = kindOfName(key);
    if (kind === upperCase) mixedCase = true;
    else bits |= kind;
  }
  if (hasGet && typeof record['get'] === 'function') return container(record as unknown as Container);
  if (mixedCase) return fromMixedCase(record);
  return table(record, undefined, undefined, bits);
}

/** A record with a prototype of its own could inherit a header, which a plain read sees. */
function fromOtherRecord(record: PlainRecord): HeaderTable {
  if (typeof record['get'] === 'function') return container(record as unknown as Container);
  for (const key of Object.keys(record)) {
    if (kindOfName(key) === upperCase) return fromMixedCase(record);
  }
  return table(record, undefined, undefined, allBits);
}

function fromMixedCase(record: PlainRecord): HeaderTable {
  const lowered = new Map<string, string>();
  let bits = 0;
  for (const key of Object.keys(record)) {
    const value = recordValue(record, key);
    if (value === undefined) continue;
    const name = key.toLowerCase();
    // Two spellings of one name are one header sent twice: joined, as fetch joins repeats (the
    // same value twice is kept once, so a repeated HTTP-date stays readable).
    const earlier = lowered.get(name);
    lowered.set(name, earlier === undefined || earlier === value ? value : `${earlier}, ${value}`);
    bits |= kindOfName(name);
  }
  return table(undefined, lowered, undefined, bits);
}

/**
 * Prepares any header container users hand us, so nothing downstream cares which HTTP stack
 * produced the response. Plain records are read in place when their names are already lower-case
 * (the common case on the hot path), and lower-cased once otherwise. Set `anyName` to read names
 * beyond `knownHeaders` with `get`.
 */
export function headerTable(headers: HeadersLike | undefined, anyName: boolean = false): HeaderTable {
  if (headers == null || typeof headers !== 'object') return noHeaders;
  try {
    return tableOf(headers as PlainRecord, anyName);
  } catch {
    // A Proxy whose traps throw, or a prototype getter that does: such headers read as none.
    return noHeaders;
  }
}

function tableOf(record: PlainRecord, anyName: boolean): HeaderTable {
  // Cheaper than Object.getPrototypeOf, which V8 runs in its C++ runtime from optimized code.
  const maker = record['constructor'];
  if (maker === Object) return fromPlainRecord(record, anyName);
  // A record without a prototype (Effect's `Headers`) inherits nothing: it reads like a plain one.
  if (maker === undefined && Object.getPrototypeOf(record) === null) return fromPlainRecord(record, anyName);
  return fromOtherRecord(record);
}

/**
 * One accessor over every header container users hand us. Never throws on lookup: a hostile
 * container reads as empty.
 */
export function readHeaders(headers: HeadersLike | undefined): HeaderReader {
  const prepared = headerTable(headers, true);
  return (name) => headerOf(prepared, name);
}
