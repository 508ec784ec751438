import type { Expected } from './expectations.ts';

/** What a run produced, before it is judged. */
export interface Observed {
  readonly outcomes: readonly string[];
  readonly attempts: number;
  readonly waitMs: number;
  readonly entries: readonly string[];
}

/** Outcome labels with runs folded, e.g. `data ×60` or `data ×2, stream-disconnect`. */
export function foldOutcomes(outcomes: readonly string[]): string {
  if (outcomes.length === 0) return 'nothing';
  const runs: { label: string; count: number }[] = [];
  for (const label of outcomes) {
    const last = runs.at(-1);
    if (last?.label === label) last.count += 1;
    else runs.push({ label, count: 1 });
  }
  return runs.map(({ label, count }) => (count > 1 ? `${label} ×${count}` : label)).join(', ');
}

/** `1 attempt`, `3 attempts`. */
export function counted(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** A wait range for messages: `450 ms` when exact, `1–2000 ms` otherwise. */
export function formatRange(range: Expected['waitMs']): string {
  if (range.min === range.max) return `${range.min} ms`;
  if (range.max === Number.MAX_SAFE_INTEGER) return `at least ${range.min} ms`;
  return `${range.min}–${range.max} ms`;
}

function same(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

function listed(values: readonly string[]): string {
  return values.length === 0 ? 'none' : values.join(', ');
}

/** Every way an adapter's run differs from what the catalogue says; empty when it matches. */
export function mismatches(expected: Expected, observed: Observed): string[] {
  const found: string[] = [];
  if (!same(expected.outcomes, observed.outcomes)) {
    found.push(`outcome ${foldOutcomes(observed.outcomes)}, expected ${foldOutcomes(expected.outcomes)}`);
  }
  if (expected.attempts !== observed.attempts) {
    found.push(`${counted(observed.attempts, 'attempt')}, expected ${expected.attempts}`);
  }
  if (!same(expected.entries, observed.entries)) {
    found.push(`entries ${listed(observed.entries)}, expected ${listed(expected.entries)}`);
  }
  if (observed.waitMs < expected.waitMs.min || observed.waitMs > expected.waitMs.max) {
    found.push(`waited ${observed.waitMs} ms, expected ${formatRange(expected.waitMs)}`);
  }
  return found;
}
