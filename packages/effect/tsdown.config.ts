import { libraryConfig } from '@xapi-errors/tsdown-config';

export default libraryConfig({ entry: { index: 'src/index.ts' } });
