import type { EntryId } from './catalogue/index.ts';
import type { EntryRule } from './entry.ts';
import type { Dialect, Kind, RetryPolicy } from './kinds.ts';

/**
 * A catalogue rule with the fields matching and classify read, in one object layout for every
 * rule. The rules themselves come in a dozen layouts (optional `code`, `type`, `variant`, `match`),
 * and a read that meets that many layouts is the slowest kind V8 has.
 */
export interface Rule {
  readonly entry: EntryRule;
  readonly id: EntryId;
  readonly dialect: Dialect;
  readonly status: readonly number[];
  readonly kind: Kind;
  readonly retry: RetryPolicy;
  readonly processed: boolean;
  readonly variant: EntryRule['variant'];
  readonly match: EntryRule['match'];
  /** The one-line message for each of `status`, with this rule's kind: `429 rate-limited [v1.1/88]`. */
  readonly heads: readonly string[];
  /** The same, ready for the API's text to follow: `429 rate-limited [v1.1/88]: `. */
  readonly leads: readonly string[];
  /**
   * The entry is a bare status (`v1.1/http-403`): it tells only what the status does, so a problem
   * it matches says less than one matched by its code, type or text.
   */
  readonly generic: boolean;
  /** The last message text seen with this rule that redaction left unchanged: it needs no second scan. */
  cleanText: string | undefined;
  /** The same for the problem's title. */
  cleanTitle: string | undefined;
}

/** Prepares a catalogue entry's rule; done once per rule, when the match index is built. */
export function ruleOf(entry: EntryRule): Rule {
  return {
    entry,
    id: entry.id as EntryId,
    dialect: entry.dialect,
    status: entry.status,
    kind: entry.kind,
    retry: entry.retry,
    processed: entry.processed,
    variant: entry.variant,
    match: entry.match,
    generic:
      entry.code === undefined &&
      (entry.type === undefined || entry.type === 'about:blank') &&
      entry.match === undefined &&
      entry.mediaError === undefined,
    heads: entry.status.map((status) => `${status} ${entry.kind} [${entry.id}]`),
    leads: entry.status.map((status) => `${status} ${entry.kind} [${entry.id}]: `),
    cleanText: undefined,
    cleanTitle: undefined,
  };
}
