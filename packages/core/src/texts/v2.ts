import type { V2EntryId } from '../catalogue/index.ts';
import type { EntryFacts, EntryText } from '../entry.ts';

const errors = 'https://docs.x.com/x-api/fundamentals/response-codes-and-errors';
const rateLimits = 'https://docs.x.com/x-api/fundamentals/rate-limits';
const postCap = 'https://docs.x.com/x-api/fundamentals/post-cap';
const disconnections = 'https://docs.x.com/x-api/fundamentals/handling-disconnections';
/** Earlier editions of the errors page: the 2025-06-24 one lists rule-length, the 2025-12-01 one status 501. */
const errorsJune2025 =
  'https://github.com/xdevplatform/docs/blob/d1139bf6/x-api/fundamentals/response-codes-and-errors.mdx';
const errorsDecember2025 =
  'https://github.com/xdevplatform/docs/blob/7c59f7be/x-api/fundamentals/response-codes-and-errors.mdx';

/** English texts and reference facts for the v2 entries. */
export const v2En: { readonly [K in V2EntryId]: EntryText & EntryFacts } = {
  'v2/invalid-request': {
    title: 'Invalid request',
    summary:
      'One or more parameters or the JSON body do not fit the endpoint’s schema; the `errors` list names each offending parameter.',
    remedy: 'Fix the named parameters or body fields before sending the request again.',
    message: 'One or more parameters to your request was invalid.',
    docs: errors,
  },
  'v2/resource-not-found': {
    title: 'Resource not found',
    summary:
      'The requested Post, user, list, space or other object does not exist, or no longer exists; lookups of several ids report it per id next to the data found.',
    remedy: 'Check the id or username and drop it from further requests if it stays missing.',
    message: 'Not Found Error',
    docs: errors,
  },
  'v2/not-authorized-for-resource': {
    title: 'Not allowed to see resource',
    summary:
      'The object exists but the authenticating user or app may not see it, for example a protected account’s Post.',
    remedy: 'Use a user context that is allowed to see the object, or skip it.',
    message: 'Authorization Error',
    docs: errors,
  },
  'v2/not-authorized-for-field': {
    title: 'Not allowed to see field',
    summary: 'A requested field, such as private metrics, is not visible to this user or app.',
    remedy: 'Drop the field from the request or authenticate as the owner of the object.',
    docs: errors,
  },
  'v2/field-unauthorized': {
    title: 'Field not authorised',
    summary:
      'The caller lacks access to one requested field of an object; the rest of the object may still be returned.',
    remedy: 'Remove the field from the `*.fields` parameters or use credentials that may read it.',
    docs: errors,
  },
  'v2/resource-unavailable': {
    title: 'Resource unavailable',
    summary: 'The object exists but is not available to you, for example because the account is suspended.',
    remedy: 'Skip the object; retrying will not make it available.',
    docs: errors,
  },
  'v2/disallowed-resource': {
    title: 'Resource not allowed',
    summary: 'The requested object may not be served through this API under X’s rules.',
    remedy: 'Skip the object; no change to the request will make it available.',
    docs: errors,
  },
  'v2/field-hydration-failure': {
    title: 'Field could not be loaded',
    summary: 'X failed to fill in one field of an object on its side; the rest of the response is usable.',
    remedy: 'Use what was returned and request the object again later if the field matters.',
    docs: errors,
  },
  'v2/internal-error': {
    title: 'Internal error',
    summary: 'X hit an internal error while handling the request; it may have been partly carried out.',
    remedy: 'Retry after a short, growing delay, and check first whether a write already took effect.',
    docs: errors,
  },
  'v2/client-forbidden/client-not-enrolled': {
    title: 'App not enrolled for endpoint',
    summary:
      'The app is not attached to a Project with the access level this endpoint requires, so X refuses every call from it.',
    remedy: 'Attach the app to a Project and get the required access level in the developer portal.',
    message:
      'This request must be made using an approved developer account that is enrolled in the requested endpoint. Learn more by visiting our documentation.',
    docs: errors,
  },
  'v2/client-forbidden/official-client-forbidden': {
    title: 'Official clients not allowed',
    summary: 'X does not accept this request when it comes from one of its own official client apps.',
    remedy: 'Send the request with your own developer app’s credentials.',
    docs: errors,
  },
  'v2/client-forbidden': {
    title: 'Client forbidden',
    summary: 'The app making the request is not allowed to call this endpoint.',
    remedy: 'Check the app’s Project, access level and settings in the developer portal.',
    message: 'Client Forbidden',
    docs: errors,
  },
  'v2/oauth1-permissions': {
    title: 'Missing OAuth 1.0a permissions',
    summary:
      'The app’s OAuth 1.0a permission setting (read, read-write, direct messages) does not cover this endpoint.',
    remedy: 'Raise the app’s permissions in the developer portal, then create new user access tokens.',
    message:
      'Your client app is not configured with the appropriate oauth1 app permissions for this endpoint.',
    docs: errors,
  },
  'v2/unsupported-authentication': {
    title: 'Wrong authentication method',
    summary:
      'The endpoint does not accept the kind of credentials used, for example an app-only bearer token where a user context is required.',
    remedy: 'Call the endpoint with one of the authentication types the error lists.',
    message: 'Unsupported Authentication',
    docs: errors,
  },
  'v2/credits-depleted': {
    title: 'Credits depleted',
    summary: 'The pay-per-use account has no credits left, so X rejects requests that would cost credits.',
    remedy:
      'Buy more credits in the developer console; retrying does not help until the balance is topped up.',
    message: 'credits depleted',
    docs: postCap,
  },
  'v2/usage-capped/Daily': {
    title: 'Daily usage cap exceeded',
    summary:
      'The account or product has used up its daily allowance; this is a cap for the whole day, not a short rate-limit window.',
    remedy: 'Stop sending until the next day’s allowance starts; retrying within minutes only fails again.',
    docs: postCap,
  },
  'v2/usage-capped': {
    title: 'Usage cap exceeded',
    summary:
      'The account or product has used up its Post allowance for the billing period; this is not a short rate limit, and the endpoint’s own rate limit may still show plenty left.',
    remedy: 'Stop sending until the period renews or the plan changes; retrying sooner only fails again.',
    message: 'Usage cap exceeded: Monthly product cap',
    docs: postCap,
  },
  'v2/rate-limit-exceeded': {
    title: 'Rate limit exceeded',
    summary: 'A rate limit is used up: the endpoint’s window, or a 24-hour limit of the app or user.',
    remedy:
      'Wait until the exhausted limit resets (x-rate-limit-reset, or x-app-limit-24hour-reset or x-user-limit-24hour-reset for a 24-hour limit), then continue at a pace the windows allow.',
    docs: rateLimits,
  },
  'v2/streaming-connection/TooManyConnections': {
    title: 'Too many stream connections',
    summary: 'The stream is already at the maximum number of connections allowed for this app.',
    remedy:
      'Close the other connection, then reconnect after at least a minute, doubling the wait on each refusal.',
    message: 'This stream is currently at the maximum allowed connection limit.',
    docs: errors,
  },
  'v2/streaming-connection/RuleConfigurationIssue': {
    title: 'Stream has no rules',
    summary: 'A filtered stream was opened before any rule was added, so there is nothing to deliver.',
    remedy: 'Add at least one rule through the stream rules endpoint, then connect.',
    message:
      'You must define rules using the POST /2/tweets/search/stream/rules endpoint before connecting to filtered stream.',
    docs: errors,
  },
  'v2/streaming-connection/RulesInvalidIssue': {
    title: 'Stream rules invalid',
    summary: 'The stream’s rule set is not valid, so X will not open the connection.',
    remedy: 'List the rules, delete or fix the invalid ones, then connect again.',
    docs: errors,
  },
  'v2/streaming-connection/ProvisioningSubscription': {
    title: 'Stream still being provisioned',
    summary: 'The subscription behind this stream is still being set up on X’s side.',
    remedy: 'Wait and reconnect with a growing delay until provisioning has finished.',
    docs: disconnections,
  },
  'v2/streaming-connection': {
    title: 'Stream connection problem',
    summary: 'X refused or could not keep the stream connection for a connection-level reason.',
    remedy: 'Reconnect following X’s reconnect schedule, backing off exponentially.',
    message: 'ConnectionException',
    docs: disconnections,
  },
  'v2/client-disconnected': {
    title: 'Client disconnected',
    summary: 'X considers the client gone, so it closed the stream.',
    remedy: 'Reconnect, and check that nothing between client and X drops idle connections.',
    docs: disconnections,
  },
  'v2/operational-disconnect/SlowReader': {
    title: 'Stream reader too slow',
    summary:
      'The client did not read the stream fast enough, X’s buffer for it filled up and X closed the connection; buffered Posts may be lost.',
    remedy: 'Read the stream faster, handing messages to a separate queue for processing, then reconnect.',
    message: 'This stream has been disconnected because your client was unable to keep up with us.',
    docs: disconnections,
  },
  'v2/operational-disconnect/InvalidRules': {
    title: 'Stream closed: invalid rules',
    summary: 'X closed the stream because its rule set became invalid.',
    remedy: 'Fix or delete the invalid rules before reconnecting; reconnecting first fails again.',
    docs: disconnections,
  },
  'v2/operational-disconnect': {
    title: 'Stream disconnected by X',
    summary: 'X closed the stream for operational reasons on its side, such as maintenance or a restart.',
    remedy: 'Reconnect following X’s reconnect schedule and backfill any Posts missed in between.',
    message: 'This stream has been disconnected for operational reasons.',
    docs: disconnections,
  },
  'v2/rule-cap': {
    title: 'Too many stream rules',
    summary: 'Adding the rules would exceed the number of rules the access level allows.',
    remedy: 'Delete rules you no longer need or combine several into one before adding more.',
    docs: errors,
  },
  'v2/rule-length': {
    title: 'Stream rule too long',
    summary: 'A rule or query is longer than the access level allows.',
    remedy: 'Shorten the rule or split it into several rules.',
    docs: errorsJune2025,
  },
  'v2/invalid-rules': {
    title: 'Invalid stream rule',
    summary:
      'A submitted rule has a syntax error or uses an operator that is not available; the rule was not created.',
    remedy: 'Correct the rule as the error details say and submit it again.',
    docs: errors,
  },
  'v2/noncompliant-rules': {
    title: 'Rule set not compliant',
    summary: 'The stream’s rule set as a whole breaks the rules of the product or access level.',
    remedy: 'Review and change the rule set until it complies, then connect again.',
    docs: errors,
  },
  'v2/duplicate-rules': {
    title: 'Duplicate stream rule',
    summary:
      'The same rule already exists, so it was not created again; the error carries the existing rule’s id.',
    remedy: 'Treat the existing rule as the one you wanted, or delete it first to change its tag.',
    message: 'DuplicateRule',
    docs: errors,
  },
  'v2/conflict': {
    title: 'Job already running',
    summary:
      'A job of this kind, such as a compliance job, is already in progress, so a new one cannot start.',
    remedy: 'Wait for the running job to finish before creating another.',
    docs: errors,
  },
  'v2/duplicate-content': {
    title: 'Duplicate Post',
    summary: 'X refused to create the Post because its text matches one the account posted recently.',
    remedy: 'Change the text; sending the same Post again will be refused again.',
    message: 'You are not allowed to create a Tweet with duplicate content.',
    docs: errors,
  },
  'v2/http-200': {
    title: 'OK',
    summary: 'The request succeeded.',
    remedy: 'Nothing to do.',
    docs: errors,
  },
  'v2/http-201': {
    title: 'Created',
    summary: 'The request succeeded and created a new object.',
    remedy: 'Nothing to do.',
    docs: errors,
  },
  'v2/http-204': {
    title: 'No content',
    summary: 'The request succeeded and there is nothing to return.',
    remedy: 'Nothing to do.',
    docs: errors,
  },
  'v2/http-304': {
    title: 'Not modified',
    summary: 'Nothing changed since the version the request said it already has.',
    remedy: 'Keep using the copy you have.',
    docs: errorsJune2025,
  },
  'v2/http-400': {
    title: 'Bad request',
    summary:
      'X could not accept the request as sent, for example because of malformed JSON or bad parameters.',
    remedy: 'Check the parameters, the JSON body and its escaping before sending again.',
    message: 'Bad Request',
    docs: errors,
  },
  'v2/http-401': {
    title: 'Unauthorized',
    summary: 'X could not authenticate the request: credentials are missing, wrong, expired or revoked.',
    remedy: 'Check which authentication method the endpoint needs and that the keys and tokens are current.',
    message: 'Unauthorized',
    docs: errors,
  },
  'v2/http-402': {
    title: 'Payment required',
    summary: 'The account has no credits or balance left to pay for this request.',
    remedy: 'Add credits or change the plan; retrying does not help until then.',
    message: 'Payment Required',
    docs: postCap,
  },
  'v2/http-403': {
    title: 'Forbidden',
    summary: 'X understood the request but refuses it, often because the app lacks access to the endpoint.',
    remedy: 'Check that the app’s access level and permissions cover this endpoint.',
    message: 'Forbidden',
    docs: errors,
  },
  'v2/http-404': {
    title: 'Not found',
    summary: 'The URL does not name an existing endpoint or the requested object does not exist.',
    remedy: 'Check the path, the HTTP method and the ids in the request.',
    message: 'Not Found',
    docs: errors,
  },
  'v2/http-406': {
    title: 'Not acceptable',
    summary: 'X cannot answer in any format the request accepts.',
    remedy: 'Accept JSON responses and check the request’s format parameters.',
    message: 'Not Acceptable',
    docs: errorsJune2025,
  },
  'v2/http-409': {
    title: 'Stream has no rules',
    summary: 'A filtered stream connection was refused because the stream has no rules.',
    remedy: 'Add at least one rule before connecting to the filtered stream.',
    message: 'Conflict',
    docs: errors,
  },
  'v2/http-410': {
    title: 'Gone',
    summary: 'The endpoint has been switched off for good.',
    remedy: 'Move the call to the endpoint that replaced it.',
    message: 'Gone',
    docs: errorsJune2025,
  },
  'v2/http-422': {
    title: 'Unprocessable content',
    summary: 'X could read the request but not process what it carries, such as an uploaded file.',
    remedy: 'Fix the file or the body and send the request again.',
    message: 'Unprocessable Entity',
    docs: errorsJune2025,
  },
  'v2/http-429': {
    title: 'Too many requests',
    summary:
      'A rate limit is used up: the endpoint’s window or a 24-hour limit of the app or user; x-rate-limit-remaining may still be above 0.',
    remedy:
      'Wait until the exhausted limit resets (x-rate-limit-reset, or x-app-limit-24hour-reset or x-user-limit-24hour-reset for a 24-hour limit), then pace requests to stay inside the window.',
    message: 'Too Many Requests',
    docs: rateLimits,
  },
  'v2/http-500': {
    title: 'Internal server error',
    summary: 'Something failed on X’s side, usually briefly; the request may have been carried out.',
    remedy: 'Retry after a short, growing delay, checking first whether a write already took effect.',
    message: 'Internal Server Error',
    docs: errors,
  },
  'v2/http-501': {
    title: 'Endpoint not implemented',
    summary: 'X does not support this endpoint or method, so the request can never succeed as sent.',
    remedy: 'Check the endpoint path and method against the current API reference.',
    message: 'Unimplemented',
    docs: errorsDecember2025,
  },
  'v2/http-502': {
    title: 'Bad gateway',
    summary:
      'A gateway in front of X got no valid answer from the service behind it; the request may have run.',
    remedy: 'Retry after a short, growing delay, checking first whether a write already took effect.',
    message: 'Bad Gateway',
    docs: errors,
  },
  'v2/http-503': {
    title: 'Service unavailable',
    summary:
      'X is temporarily overloaded. With X’s own problem body the request was not handled; a bare 503 from a proxy in front of X may follow a request X received.',
    remedy:
      'Retry after a short, growing delay; after a bare 503, check whether a write already took effect before resending it.',
    message: 'Service Unavailable',
    docs: errors,
  },
  'v2/http-504': {
    title: 'Gateway timeout',
    summary: 'X did not answer in time; the request may still have been carried out.',
    remedy: 'Retry after a short, growing delay, checking first whether a write already took effect.',
    message: 'Gateway Timeout',
    docs: errors,
  },
};
