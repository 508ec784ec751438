import type { UserConfig } from 'tsdown';
export declare function libraryConfig(options: {
  entry: Record<string, string> | string[];
  copy?: UserConfig['copy'];
}): UserConfig;
