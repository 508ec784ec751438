import { optionalStrings, plainObject, shown } from './checks.ts';
import { type FaultName, faultNames, isFaultName } from './faults.ts';
import type { FaultOptions } from './options.ts';
import { createRandom, type Random } from './random.ts';

/** `hang` stalls a client that has no timeout, so random injection uses it only when asked to. */
const defaultKinds: readonly FaultName[] = faultNames.filter((name) => name !== 'hang');

/**
 * Throws a RangeError naming the option for settings that would misbehave only once requests come:
 * a `rate` given as text, `kinds` or `paths` that are not arrays (a string would be searched letter
 * by letter), an empty or misspelt kind (every faulted request would hang without a word).
 */
function checkedFaults(options: FaultOptions): void {
  plainObject('faults', options);
  if (!(typeof options.rate === 'number' && options.rate >= 0 && options.rate <= 1)) {
    throw new RangeError(`xapi-sim: faults.rate must be a number from 0 to 1, got ${shown(options.rate)}`);
  }
  optionalStrings('faults.paths', options.paths);
  const kinds = optionalStrings('faults.kinds', options.kinds);
  if (kinds?.length === 0) throw new RangeError('xapi-sim: faults.kinds must name at least one fault');
  const unknown = kinds?.filter((kind) => !isFaultName(kind)) ?? [];
  if (unknown.length > 0) {
    throw new RangeError(
      `xapi-sim: faults.kinds has unknown faults ${unknown.map((kind) => JSON.stringify(kind)).join(', ')}; known: ${faultNames.join(', ')}`,
    );
  }
}

/** Decides, request by request, whether a random fault replaces the normal answer. */
export class FaultInjector {
  readonly #options: FaultOptions | undefined;
  readonly #seed: number;
  #random: Random;

  /** @param seed the same seed and the same request order give the same faults */
  constructor(options: FaultOptions | undefined, seed: number) {
    if (options !== undefined) checkedFaults(options);
    this.#options = options;
    this.#seed = seed;
    this.#random = createRandom(seed);
  }

  /** The fault for a request to `path`, or `undefined` for a normal answer. */
  pick(path: string): FaultName | undefined {
    const options = this.#options;
    if (!options || options.rate === 0) return undefined;
    if (options.paths && !options.paths.some((prefix) => path.startsWith(prefix))) return undefined;
    if (this.#random() >= options.rate) return undefined;
    const kinds = options.kinds ?? defaultKinds;
    return kinds[Math.floor(this.#random() * kinds.length)];
  }

  /** Starts the random sequence over from the seed. */
  reset(): void {
    this.#random = createRandom(this.#seed);
  }
}
