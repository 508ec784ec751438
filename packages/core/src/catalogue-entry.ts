import { type EntryId, rules } from './catalogue/index.ts';
import type { Entry, EntryRule } from './entry.ts';
import { examples } from './examples/index.ts';
import { en } from './texts/en.ts';

/**
 * The complete catalogue: every entry with its rule, English text, reference facts and example
 * response. Plain, JSON-serialisable objects (also shipped as `@xapi-errors/core/catalogue.json`).
 */
export const catalogue: readonly Entry[] = /* @__PURE__ */ rules.map(
  (rule): Entry => ({ ...rule, ...en.entries[rule.id as EntryId], example: examples[rule.id as EntryId] }),
);

let byId: ReadonlyMap<string, Entry> | undefined;

/** The complete entry for an id (or a rule carrying one), or `undefined` for an unknown id. */
export function getEntry(id: EntryId | EntryRule | string): Entry | undefined {
  byId ??= new Map(catalogue.map((entry) => [entry.id, entry]));
  return byId.get(typeof id === 'string' ? id : id.id);
}
