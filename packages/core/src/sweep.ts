/** The size below which a map is never swept: a few hundred keys cost nothing worth the walk. */
const minSweepSize = 1024;

/** When a map is next swept: at `minSweepSize` entries, then at twice what the last sweep kept. */
export interface SweepMark {
  size: number;
}

/** A mark for a map not swept yet. */
export function sweepMark(): SweepMark {
  return { size: minSweepSize };
}

/**
 * Deletes the entries `isIdle` says hold nothing a fresh one would not know, once `map` has grown
 * to `mark.size`: a pacer lives as long as its client and meets keys without end (one per user
 * token, per API key), each of which it would otherwise keep for good. Sweeping at doubling sizes
 * keeps the walks' cost a constant share of the insertions.
 */
export function sweepIfLarge<K, V>(map: Map<K, V>, mark: SweepMark, isIdle: (value: V) => boolean): void {
  if (map.size < mark.size) return;
  for (const [key, value] of map) if (isIdle(value)) map.delete(key);
  mark.size = Math.max(minSweepSize, map.size * 2);
}
