// A Node project without the DOM lib (`lib: ["es2023"]` with `@types/node`, as `@tsconfig/node20`
// sets it up): the adapter's declarations must name only what Node's types declare.
import { type FetchLike, getClassification, withXApi } from '../../dist/index.mjs';

const xfetch: FetchLike = withXApi(fetch, { retry: { limit: 2 } });
const response: Response = await xfetch('https://api.x.com/2/users/me', {
  headers: { authorization: 'Bearer t' },
});
getClassification(response)?.rateLimit;
// The input is typed, not `any`: a number is refused.
// @ts-expect-error
await xfetch(42);
