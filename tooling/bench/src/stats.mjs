/** The median of a list of numbers (the mean of the middle two for an even count). */
export function median(values) {
  return quantile(values, 0.5);
}

/** The `q`-quantile (0…1) of a list of numbers, linearly interpolated. */
export function quantile(values, q) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}

/** `value` rounded to `digits` decimals, as a number (for JSON results). */
export function round(value, digits = 3) {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
