import { type FaultName, faultNames, isFaultName } from './faults.ts';
import type { FaultOptions } from './options.ts';
import { createRandom, type Random } from './random.ts';

/** `hang` stalls a client that has no timeout, so random injection uses it only when asked to. */
const defaultKinds: readonly FaultName[] = faultNames.filter((name) => name !== 'hang');

/** Decides, request by request, whether a random fault replaces the normal answer. */
export class FaultInjector {
  readonly #options: FaultOptions | undefined;
  readonly #seed: number;
  #random: Random;

  /** @param seed the same seed and the same request order give the same faults */
  constructor(options: FaultOptions | undefined, seed: number) {
    if (options && !(options.rate >= 0 && options.rate <= 1)) {
      throw new RangeError(`xapi-sim: faults.rate must be between 0 and 1, got ${options.rate}`);
    }
    if (options?.kinds?.length === 0) {
      throw new RangeError('xapi-sim: faults.kinds must name at least one fault');
    }
    // A misspelt kind would make every faulted request hang without a word, so name it at start.
    const unknown = options?.kinds?.filter((kind) => !isFaultName(kind)) ?? [];
    if (unknown.length > 0) {
      throw new RangeError(
        `xapi-sim: faults.kinds has unknown faults ${unknown.map((kind) => JSON.stringify(kind)).join(', ')}; known: ${faultNames.join(', ')}`,
      );
    }
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
