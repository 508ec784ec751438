/** A plain object we may read fields from. Arrays and null are not records. */
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A string field, or `undefined`. Callers pass documented field names (`type`, `detail`, …) that no
 * Object.prototype member shares, so a plain read cannot pick up inherited or `__proto__` values.
 */
export function stringField(record: Readonly<Record<string, unknown>>, key: string): string | undefined {
  const value = record[key];
  return typeof value === 'string' ? value : undefined;
}
