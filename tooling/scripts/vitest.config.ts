// The shared preset by path: this package is tooling itself, so it takes no workspace dependencies.
import { packageProject } from '../vitest/base.js';

export default packageProject('scripts');
