import * as kyModule from 'ky';

/** The major version of the ky under test: ky 2 added the `NetworkError` export, ky 1 has none. */
export const kyMajor: 1 | 2 = 'NetworkError' in kyModule ? 2 : 1;
