import ky, { type KyInstance, type Options } from 'ky';
import { kyMajor } from './ky-major.ts';

/**
 * `ky.create` with every input resolved under `prefix`: ky 1 calls that option `prefixUrl`, ky 2
 * `prefix` (and rejects `prefixUrl`).
 */
export function createKy(prefix: string, options: Options = {}): KyInstance {
  return ky.create({ ...options, ...(kyMajor === 2 ? { prefix } : { prefixUrl: prefix }) });
}
