import { libraryConfig } from '@xapi-errors/tsdown-config';

export default { ...libraryConfig({ entry: { cli: 'src/cli.ts' } }), platform: 'node', dts: false };
