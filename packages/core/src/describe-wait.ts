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
  readonly locale?: Locale | undefined;
}

type Unit = 'second' | 'minute' | 'hour' | 'day';

/** Each unit, its size in ms, and the amount from which the next unit takes over. */
const units: readonly (readonly [Unit, number, number])[] = [
  ['second', 1000, 60],
  ['minute', 60_000, 60],
  ['hour', 3_600_000, 48],
  ['day', 86_400_000, Infinity],
];

/**
 * The wait in the smallest unit it does not outgrow (seconds below a minute, hours below two days),
 * rounded up, to whole seconds or a tenth of the larger units: the text never promises a retry
 * sooner than the classifier does. Rounding up may reach the next unit (59.9 s is "1 minute").
 */
function amountOf(ms: number): readonly [number, Unit] {
  for (const [unit, size, next] of units) {
    const amount = unit === 'second' ? Math.max(1, Math.ceil(ms / size)) : Math.ceil((ms / size) * 10) / 10;
    if (amount < next) return [amount, unit];
  }
  return [Math.ceil((ms / 86_400_000) * 10) / 10, 'day'];
}

/** The wait in words, in `tag`'s language (`de_AT` read as `de-AT`); `undefined` when Intl refuses it. */
function formatted(tag: string, amount: number, unit: Unit): string | undefined {
  try {
    const options = { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: 1 } as const;
    return new Intl.NumberFormat(tag.replaceAll('_', '-'), options).format(amount);
  } catch {
    return undefined;
  }
}

/** English words without Intl's units (older engines lack them). */
function plainEnglish(amount: number, unit: Unit): string {
  return formatted('en', amount, unit) ?? `${amount} ${unit}${amount === 1 ? '' : 's'}`;
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
 * number and unit formatted by `Intl` (`Try again in 22.3 hours.`, `Wartezeit bis zum nächsten
 * Versuch: 22,3 Stunden.`). The wait is the classification's `retryAfterMs`, rounded up: the exact
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
  const [amount, unit] = amountOf(ms);
  const { tag, template } = templateOf(options);
  const words = formatted(tag, amount, unit);
  // A tag Intl refuses gets the whole sentence in English, not half of it.
  if (words === undefined) return retryInEn.replace('{duration}', plainEnglish(amount, unit));
  return template.replace('{duration}', words);
}
