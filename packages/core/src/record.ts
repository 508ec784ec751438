/** A plain object we may read fields from. Arrays and null are not records. */
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The value when it is a string, else `undefined`. Callers read documented field names (`type`,
 * `detail`, …) that no Object.prototype member shares, so a plain read cannot pick up inherited or
 * `__proto__` values; each reads with a literal name, so every site keeps its own inline cache.
 */
export function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
