import type { Driver } from '../driver.ts';
import { axiosDriver } from './axios.ts';
import { effectDriver } from './effect.ts';
import { fetchDriver } from './fetch.ts';
import { kyDriver } from './ky.ts';

/** One driver per adapter, in table order. */
export const drivers: readonly Driver[] = [fetchDriver, kyDriver, axiosDriver, effectDriver];
