import { packageProject } from '@xapi-errors/vitest-config';

export default packageProject('axios');
