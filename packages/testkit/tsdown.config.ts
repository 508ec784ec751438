import { libraryConfig } from '@xapi-errors/tsdown-config';

// The simulator is a Node server (node:http, node:net), so it builds for the node platform.
export default {
  ...libraryConfig({ entry: { index: 'src/index.ts', cli: 'src/cli.ts' } }),
  platform: 'node' as const,
};
