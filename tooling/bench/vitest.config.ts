import { packageProject } from '@xapi-errors/vitest-config';

export default packageProject('bench', { testTimeout: 120_000 });
