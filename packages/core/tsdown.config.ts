import { libraryConfig } from '@xapi-errors/tsdown-config';

export default libraryConfig({
  entry: {
    index: 'src/index.ts',
    'locales/de': 'src/locales/de.ts',
    catalogue: 'src/catalogue-entry.ts',
    'web/index': 'src/web/index.ts',
  },
});
