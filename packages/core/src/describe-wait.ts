import type { Locale } from './locale.ts';
import { retryInEn } from './texts/retry-in.ts';

/** What `describeWait` reads: a classification, an `XApiError`, or anything else with a wait. */
export interface WaitSubject {
  /** The wait in ms, as `classify` gives it. */
  readonly retryAfterMs?: number | undefined;
}

/** Options of `describeWait`. */
export interface DescribeWaitOptions {
  /** The language; default English. German: `import { de } from '@xapi-errors/core/locales/de'`. */
  readonly locale?: Locale;
}

type Unit = 'second' | 'minute' | 'hour' | 'day';

const steps: readonly (readonly [Unit, number])[] = [
  ['second', 1000],
  ['minute', 60_000],
  ['hour', 3_600_000],
  ['day', 86_400_000],
];

/**
 * The wait in the largest unit it fills at least once (seconds up to a minute, hours up to two
 * days), rounded up to a tenth, so the text never promises a retry sooner than the classifier does.
 */
function amountOf(ms: number): readonly [number, Unit] {
  let chosen = steps[0] as readonly [Unit, number];
  for (const step of steps) {
    const limit = step[0] === 'day' ? 2 * step[1] : step[1];
    if (ms >= limit) chosen = step;
  }
  const [unit, size] = chosen;
  const amount = unit === 'second' ? Math.ceil(ms / size) : Math.ceil((ms / size) * 10) / 10;
  return [Math.max(amount, unit === 'second' ? 1 : 0), unit];
}

function formatted(tag: string, amount: number, unit: Unit): string {
  const options = { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: 1 } as const;
  try {
    return new Intl.NumberFormat(tag, options).format(amount);
  } catch {
    // A caller's locale may carry a tag Intl refuses.
    return new Intl.NumberFormat('en', options).format(amount);
  }
}

/** The caller's locale's template and tag, read without trusting them. */
function templateOf(options: DescribeWaitOptions | undefined): {
  readonly tag: string;
  readonly template: string;
} {
  try {
    const template = options?.locale?.retryIn;
    const tag = options?.locale?.tag;
    if (typeof template === 'string' && template.includes('{duration}') && typeof tag === 'string') {
      return { tag, template };
    }
  } catch {
    // A getter that throws reads as no locale.
  }
  return { tag: 'en', template: retryInEn };
}

/**
 * One sentence saying how long to wait before trying again, in the locale's language, with the
 * number and unit formatted by `Intl` (`Try again in 22.3 hours.`, `Frühestens in 22,3 Stunden
 * erneut versuchen.`). The wait is the classification's `retryAfterMs`, rounded up: the exact
 * server timing when the response gave it. `undefined` when there is no wait to tell (no timing
 * known, or a wait that is not a number). Never throws. A locale without a `retryIn` template gets
 * the English sentence.
 *
 * @example
 * ```ts
 * import { classify, describeWait } from '@xapi-errors/core';
 *
 * const c = classify({ status: 429, headers: { 'retry-after': '90' }, dialect: 'v2' });
 * describeWait(c); // 'Try again in 1.5 minutes.'
 * ```
 */
export function describeWait(subject: WaitSubject, options: DescribeWaitOptions = {}): string | undefined {
  let ms: unknown;
  try {
    ms = subject?.retryAfterMs;
  } catch {
    return undefined;
  }
  if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) return undefined;
  const { tag, template } = templateOf(options);
  const [amount, unit] = amountOf(ms);
  return template.replace('{duration}', formatted(tag, amount, unit));
}
