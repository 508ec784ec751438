import type { V2EntryId } from '../catalogue/index.ts';
import type { Example } from '../entry.ts';
import { rateLimitHeaders, v2Problem, xJson } from './build.ts';

/** Both hosts occur in real traffic: `api.twitter.com` in older types, `api.x.com` in newer ones. */
const twitter = 'https://api.twitter.com/2/problems/';
const x = 'https://api.x.com/2/problems/';

/** Invalid-request and duplicate-content bodies arrive as plain JSON, not problem+json. */
const plainJson = { 'content-type': 'application/json; charset=utf-8' } as const;

/** What `POST /2/tweets/search/stream/rules` sends next to per-rule errors. */
function ruleMeta(notCreated: number, invalid: number): Record<string, unknown> {
  return {
    sent: '2026-03-02T10:15:04.512Z',
    summary: { created: 0, not_created: notCreated, valid: notCreated - invalid, invalid },
  };
}

/**
 * A real-looking response for each v2 entry. Types X reports per item (not found, not authorised,
 * unavailable, field problems) use the 200 form with only `errors` and no `data`, as X sends when
 * every requested item failed; stream events are in-band `errors` lines on the open 200 stream.
 */
export const v2Examples: { readonly [K in V2EntryId]: Example } = {
  'v2/invalid-request': v2Problem(
    400,
    {
      errors: [
        {
          parameters: { ids: ['abc'] },
          message: 'The `ids` query parameter value [abc] is not valid',
        },
      ],
      title: 'Invalid Request',
      detail: 'One or more parameters to your request was invalid.',
      type: `${twitter}invalid-request`,
    },
    plainJson,
  ),
  'v2/resource-not-found': xJson(200, {
    errors: [
      {
        value: 'no_such_user_8812',
        detail: 'Could not find user with username: [no_such_user_8812].',
        title: 'Not Found Error',
        resource_type: 'user',
        parameter: 'username',
        resource_id: 'no_such_user_8812',
        type: `${twitter}resource-not-found`,
      },
    ],
  }),
  'v2/not-authorized-for-resource': xJson(200, {
    errors: [
      {
        value: '1000082502030065665',
        detail: 'Sorry, you are not authorized to see the Tweet with id: [1000082502030065665].',
        title: 'Authorization Error',
        resource_type: 'tweet',
        parameter: 'ids',
        resource_id: '1000082502030065665',
        section: 'data',
        type: `${twitter}not-authorized-for-resource`,
      },
    ],
  }),
  'v2/not-authorized-for-field': xJson(200, {
    errors: [
      {
        resource_type: 'tweet',
        field: 'non_public_metrics',
        section: 'data',
        parameter: 'tweet.fields',
        resource_id: '1460323737035677698',
        title: 'Field Authorization Error',
        detail: 'Sorry, you are not authorized to access non_public_metrics on a Tweet.',
        type: `${twitter}not-authorized-for-field`,
      },
    ],
  }),
  'v2/field-unauthorized': xJson(200, {
    errors: [
      {
        resource_type: 'user',
        field: 'confirmed_email',
        section: 'data',
        title: 'Field Unauthorized',
        detail: 'You are not authorized to access the field confirmed_email on a User.',
        type: `${x}field-unauthorized`,
      },
    ],
  }),
  'v2/resource-unavailable': xJson(200, {
    errors: [
      {
        parameter: 'id',
        resource_id: '1512398675218231298',
        value: '1512398675218231298',
        detail: 'User has been suspended: [1512398675218231298].',
        title: 'Forbidden',
        resource_type: 'user',
        type: `${twitter}resource-unavailable`,
      },
    ],
  }),
  'v2/disallowed-resource': xJson(200, {
    errors: [
      {
        resource_id: '1580661436132757506',
        resource_type: 'tweet',
        section: 'includes',
        title: 'Disallowed Resource',
        detail: 'The requested resource violates the precepts of this API.',
        type: `${twitter}disallowed-resource`,
      },
    ],
  }),
  'v2/field-hydration-failure': xJson(200, {
    errors: [
      {
        resource_type: 'tweet',
        field: 'public_metrics',
        section: 'data',
        title: 'Field Hydration Failure',
        detail: 'Could not hydrate field public_metrics on a Tweet.',
        type: `${x}field-hydration-failure`,
      },
    ],
  }),
  'v2/internal-error': v2Problem(500, {
    title: 'Internal Error',
    detail: 'An internal error occurred while processing the request.',
    type: `${x}internal-error`,
    status: 500,
  }),
  'v2/client-forbidden/client-not-enrolled': v2Problem(
    403,
    {
      client_id: '101010101',
      required_enrollment: 'Standard Basic',
      registration_url: 'https://developer.twitter.com/en/account',
      title: 'Client Forbidden',
      detail:
        'This request must be made using an approved developer account that is enrolled in the requested endpoint. Learn more by visiting our documentation.',
      reason: 'client-not-enrolled',
      type: `${x}client-forbidden`,
    },
    plainJson,
  ),
  'v2/client-forbidden/official-client-forbidden': v2Problem(403, {
    client_id: '258901',
    title: 'Client Forbidden',
    detail: 'This request may not be made with an official X client.',
    reason: 'official-client-forbidden',
    type: `${twitter}client-forbidden`,
  }),
  'v2/client-forbidden': v2Problem(403, {
    client_id: '27640341',
    registration_url: 'https://developer.x.com/en/portal/dashboard',
    title: 'Client Forbidden',
    detail: 'Your client is forbidden from making this request.',
    type: `${twitter}client-forbidden`,
  }),
  'v2/oauth1-permissions': v2Problem(403, {
    title: 'Forbidden',
    status: 403,
    detail:
      'Your client app is not configured with the appropriate oauth1 app permissions for this endpoint.',
    type: `${twitter}oauth1-permissions`,
  }),
  'v2/unsupported-authentication': v2Problem(403, {
    title: 'Unsupported Authentication',
    detail:
      'Authenticating with OAuth 2.0 Application-Only is forbidden for this endpoint.  Supported authentication types are [OAuth 1.0a User Context, OAuth 2.0 User Context].',
    type: `${twitter}unsupported-authentication`,
    status: 403,
  }),
  'v2/credits-depleted': v2Problem(402, {
    detail: 'credits depleted',
    status: 402,
    title: 'Payment Required',
    type: `${x}credits-depleted`,
  }),
  'v2/usage-capped/Daily': v2Problem(
    429,
    {
      account_id: '1234567890',
      product_name: 'standard-basic',
      title: 'UsageCapExceeded',
      period: 'Daily',
      scope: 'Account',
      detail: 'Usage cap exceeded: Daily account cap',
      type: `${x}usage-capped`,
    },
    rateLimitHeaders(40000, 39999),
  ),
  'v2/usage-capped': v2Problem(
    429,
    {
      account_id: '1234567890',
      product_name: 'standard-basic',
      title: 'UsageCapExceeded',
      period: 'Monthly',
      scope: 'Product',
      detail: 'Usage cap exceeded: Monthly product cap',
      type: `${twitter}usage-capped`,
    },
    rateLimitHeaders(40000, 39999),
  ),
  'v2/rate-limit-exceeded': v2Problem(
    429,
    {
      title: 'Rate Limit Exceeded',
      detail: 'Rate limit exceeded',
      type: `${x}rate-limit-exceeded`,
      status: 429,
    },
    rateLimitHeaders(900, 0),
  ),
  'v2/streaming-connection/TooManyConnections': v2Problem(
    429,
    {
      title: 'ConnectionException',
      detail: 'This stream is currently at the maximum allowed connection limit.',
      connection_issue: 'TooManyConnections',
      type: `${twitter}streaming-connection`,
    },
    rateLimitHeaders(50, 48),
  ),
  'v2/streaming-connection/RuleConfigurationIssue': v2Problem(409, {
    title: 'ConnectionException',
    detail:
      'You must define rules using the POST /2/tweets/search/stream/rules endpoint before connecting to filtered stream.',
    connection_issue: 'RuleConfigurationIssue',
    type: `${twitter}streaming-connection`,
  }),
  'v2/streaming-connection/RulesInvalidIssue': v2Problem(409, {
    title: 'ConnectionException',
    detail: 'The rules configured for this stream are invalid.',
    connection_issue: 'RulesInvalidIssue',
    type: `${x}streaming-connection`,
  }),
  'v2/streaming-connection/ProvisioningSubscription': v2Problem(409, {
    title: 'ConnectionException',
    detail: 'The subscription for this stream is still being provisioned.',
    connection_issue: 'ProvisioningSubscription',
    type: `${x}streaming-connection`,
  }),
  'v2/streaming-connection': v2Problem(503, {
    title: 'ConnectionException',
    detail: 'Something is wrong with this stream connection.',
    type: `${twitter}streaming-connection`,
  }),
  'v2/client-disconnected': xJson(200, {
    errors: [
      {
        title: 'client-disconnected',
        detail: 'Your client has gone away.',
        type: `${twitter}client-disconnected`,
      },
    ],
  }),
  'v2/operational-disconnect/SlowReader': xJson(200, {
    errors: [
      {
        title: 'operational-disconnect',
        disconnect_type: 'SlowReader',
        detail: 'This stream has been disconnected because your client was unable to keep up with us.',
        type: `${twitter}operational-disconnect`,
      },
    ],
  }),
  'v2/operational-disconnect/InvalidRules': xJson(200, {
    errors: [
      {
        title: 'operational-disconnect',
        disconnect_type: 'InvalidRules',
        detail: 'This stream has been disconnected because its rules are invalid.',
        type: `${x}operational-disconnect`,
      },
    ],
  }),
  'v2/operational-disconnect': xJson(200, {
    errors: [
      {
        title: 'operational-disconnect',
        disconnect_type: 'OperationalDisconnect',
        detail: 'This stream has been disconnected for operational reasons.',
        type: `${twitter}operational-disconnect`,
      },
    ],
  }),
  'v2/rule-cap': xJson(200, {
    meta: ruleMeta(1, 0),
    errors: [
      {
        value: 'context:66.857879016788967424',
        title: 'RulesCapExceeded',
        detail: 'You have exceeded the maximum number of rules.',
        type: `${twitter}rule-cap`,
      },
    ],
  }),
  'v2/rule-length': xJson(200, {
    meta: ruleMeta(1, 1),
    errors: [
      {
        value: Array.from({ length: 48 }, (_, i) => `from:newsdesk_${i}`).join(' OR '),
        title: 'RuleLengthExceeded',
        detail: 'The rule exceeds the maximum length allowed for your access level.',
        type: `${x}rule-length`,
      },
    ],
  }),
  'v2/invalid-rules': xJson(200, {
    meta: ruleMeta(1, 1),
    errors: [
      {
        value: 'from:',
        details: ['Ambiguous use of from: as a keyword. Use a space to separate keywords.'],
        title: 'UnprocessableEntity',
        type: `${twitter}invalid-rules`,
      },
    ],
  }),
  'v2/noncompliant-rules': v2Problem(409, {
    title: 'NonCompliantRules',
    detail: 'The rule set of this stream is not compliant.',
    type: `${twitter}noncompliant-rules`,
  }),
  'v2/duplicate-rules': xJson(200, {
    meta: ruleMeta(1, 1),
    errors: [
      {
        value: 'crystal',
        id: '1166895166390583299',
        title: 'DuplicateRule',
        type: `${twitter}duplicate-rules`,
      },
    ],
  }),
  'v2/conflict': v2Problem(409, {
    title: 'Conflict',
    detail: 'You cannot create a new job if one is already in progress.',
    type: `${twitter}conflict`,
  }),
  'v2/duplicate-content': v2Problem(
    403,
    {
      detail: 'You are not allowed to create a Tweet with duplicate content.',
      type: 'about:blank',
      title: 'Forbidden',
      status: 403,
    },
    plainJson,
  ),
  'v2/http-200': xJson(200, { data: { id: '1460323737035677698', text: 'hello from the API' } }),
  'v2/http-201': xJson(201, {
    data: {
      id: '1893726492211953664',
      text: 'Posting through the X API',
      edit_history_tweet_ids: ['1893726492211953664'],
    },
  }),
  'v2/http-204': {
    status: 204,
    headers: { 'x-transaction-id': '4f0c1b2a9d8e7f61', server: 'tsa_b' },
    body: '',
  },
  'v2/http-304': {
    status: 304,
    headers: { 'x-transaction-id': '6a2e0d4c8b1f3957', server: 'tsa_b' },
    body: '',
  },
  'v2/http-400': v2Problem(400, {
    title: 'Bad Request',
    type: 'about:blank',
    status: 400,
    detail: 'Bad Request',
  }),
  'v2/http-401': v2Problem(401, {
    title: 'Unauthorized',
    type: 'about:blank',
    status: 401,
    detail: 'Unauthorized',
  }),
  'v2/http-402': v2Problem(402, {
    title: 'Payment Required',
    type: 'about:blank',
    status: 402,
    detail: 'Payment Required',
  }),
  'v2/http-403': v2Problem(403, {
    title: 'Forbidden',
    type: 'about:blank',
    status: 403,
    detail: 'Forbidden',
  }),
  'v2/http-404': v2Problem(404, {
    title: 'Not Found',
    type: 'about:blank',
    status: 404,
    detail: 'Not Found',
  }),
  'v2/http-406': v2Problem(406, {
    title: 'Not Acceptable',
    type: 'about:blank',
    status: 406,
    detail: 'Not Acceptable',
  }),
  'v2/http-409': v2Problem(409, { title: 'Conflict', type: 'about:blank', status: 409, detail: 'Conflict' }),
  'v2/http-410': v2Problem(410, { title: 'Gone', type: 'about:blank', status: 410, detail: 'Gone' }),
  'v2/http-422': v2Problem(422, {
    title: 'Unprocessable Entity',
    type: 'about:blank',
    status: 422,
    detail: 'Unprocessable Entity',
  }),
  'v2/http-429': v2Problem(
    429,
    { title: 'Too Many Requests', type: 'about:blank', status: 429, detail: 'Too Many Requests' },
    rateLimitHeaders(300, 0),
  ),
  'v2/http-500': v2Problem(500, {
    title: 'Internal Server Error',
    type: 'about:blank',
    status: 500,
    detail: 'Internal Server Error',
  }),
  'v2/http-501': v2Problem(501, {
    title: 'Unimplemented',
    type: 'about:blank',
    status: 501,
    detail: 'Unimplemented',
  }),
  'v2/http-502': v2Problem(502, {
    title: 'Bad Gateway',
    type: 'about:blank',
    status: 502,
    detail: 'Bad Gateway',
  }),
  'v2/http-503': v2Problem(503, {
    title: 'Service Unavailable',
    type: 'about:blank',
    status: 503,
    detail: 'Service Unavailable',
  }),
  'v2/http-504': v2Problem(504, {
    title: 'Gateway Timeout',
    type: 'about:blank',
    status: 504,
    detail: 'Gateway Timeout',
  }),
};
