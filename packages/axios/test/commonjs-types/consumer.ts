// A CommonJS TypeScript project: `axios` resolves to its CommonJS declarations, the adapter to its
// ESM ones. The two `AxiosInstance` types must both be accepted.
import axios from 'axios';
import { ejectXApi, withXApi } from '../../dist/index.mjs';

const api = withXApi(axios.create({ baseURL: 'http://127.0.0.1' }));
const same: typeof api = api;
ejectXApi(same);
withXApi(axios);
