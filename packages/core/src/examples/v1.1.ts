import type { V11EntryId } from '../catalogue/index.ts';
import type { Example } from '../entry.ts';
import { rateLimitHeaders, rawBody, v11Error, xJson } from './build.ts';

/** A 200 media upload STATUS response whose processing failed with `error`. */
/* @__NO_SIDE_EFFECTS__ */
function mediaStatusFailed(error: Record<string, unknown>): Example {
  return xJson(200, {
    media_id: 1,
    media_id_string: '1',
    processing_info: { state: 'failed', progress_percent: 12, error },
  });
}

/** A real-looking response for each v1.1 entry. Bodies without a code classify by status alone. */
export const v11Examples: { readonly [K in V11EntryId]: Example } = {
  'v1.1/3': v11Error(400, 3, 'Invalid coordinates.'),
  'v1.1/13': v11Error(404, 13, 'No location associated with the specified IP address.'),
  'v1.1/17': v11Error(404, 17, 'No user matches for specified terms.'),
  'v1.1/32': v11Error(401, 32, 'Could not authenticate you.'),
  'v1.1/34': v11Error(404, 34, 'Sorry, that page does not exist.'),
  'v1.1/36': v11Error(403, 36, 'You cannot report yourself for spam.'),
  'v1.1/38': v11Error(403, 38, 'media parameter is missing.'),
  'v1.1/44': v11Error(400, 44, 'attachment_url parameter is invalid.'),
  'v1.1/50': v11Error(404, 50, 'User not found.'),
  'v1.1/63': v11Error(403, 63, 'User has been suspended.'),
  'v1.1/64': v11Error(403, 64, 'Your account is suspended and is not permitted to access this feature.'),
  'v1.1/68': v11Error(
    410,
    68,
    'The Twitter REST API v1 is no longer active. Please migrate to API v1.1. https://dev.twitter.com/docs/api/1.1/overview',
  ),
  'v1.1/87': v11Error(403, 87, 'Client is not permitted to perform this action.'),
  'v1.1/88': v11Error(429, 88, 'Rate limit exceeded', rateLimitHeaders(900, 0)),
  'v1.1/89': v11Error(401, 89, 'Invalid or expired token.'),
  'v1.1/92': v11Error(403, 92, 'SSL is required'),
  'v1.1/93': v11Error(403, 93, 'This application is not allowed to access or delete your direct messages.'),
  'v1.1/99': xJson(403, {
    errors: [{ code: 99, message: 'Unable to verify your credentials', label: 'authenticity_token_error' }],
  }),
  'v1.1/104': v11Error(403, 104, "You aren't allowed to add members to this list."),
  'v1.1/108': v11Error(404, 108, 'Cannot find specified user.'),
  'v1.1/109': v11Error(404, 109, 'The specified user is not found in this list.'),
  'v1.1/110': v11Error(400, 110, 'The user you are trying to remove from this list is not a member.'),
  'v1.1/120': v11Error(
    403,
    120,
    'Account update failed: Description is too long (maximum is 160 characters).',
  ),
  'v1.1/130': v11Error(503, 130, 'Over capacity'),
  'v1.1/131': v11Error(500, 131, 'Internal error'),
  'v1.1/135': v11Error(401, 135, 'Timestamp out of bounds.'),
  'v1.1/139': v11Error(403, 139, 'You have already favorited this status.'),
  'v1.1/144': v11Error(404, 144, 'No status found with that ID.'),
  'v1.1/150': v11Error(403, 150, 'You cannot send messages to users who are not following you.'),
  'v1.1/151': v11Error(403, 151, 'There was an error sending your message: This message is a duplicate.'),
  'v1.1/160': v11Error(403, 160, "You've already requested to follow the user."),
  'v1.1/161': v11Error(403, 161, 'You are unable to follow more people at this time.'),
  'v1.1/179': v11Error(403, 179, 'Sorry, you are not authorized to see this status.'),
  'v1.1/185': v11Error(403, 185, 'User is over daily status update limit.'),
  'v1.1/186': v11Error(403, 186, 'Tweet needs to be a bit shorter.'),
  'v1.1/187': v11Error(403, 187, 'Status is a duplicate.'),
  'v1.1/195': v11Error(403, 195, 'Missing or invalid url parameter.'),
  'v1.1/200': v11Error(403, 200, 'Forbidden'),
  'v1.1/205': v11Error(403, 205, 'You are over the limit for spam reports.'),
  'v1.1/214': v11Error(403, 214, 'Owner must allow dms from anyone.'),
  'v1.1/215': v11Error(400, 215, 'Bad Authentication data.'),
  'v1.1/220': v11Error(403, 220, 'Your credentials do not allow access to this resource.'),
  'v1.1/226': v11Error(
    403,
    226,
    "This request looks like it might be automated. To protect our users from spam and other malicious activity, we can't complete this action right now. Please try again later.",
  ),
  'v1.1/231': v11Error(403, 231, 'User must verify login'),
  'v1.1/251': v11Error(410, 251, 'This endpoint has been retired and should not be used.'),
  'v1.1/261': v11Error(
    403,
    261,
    'Application cannot perform write actions. Contact Twitter Platform Operations through https://support.twitter.com/forms/platform.',
  ),
  'v1.1/271': v11Error(403, 271, "You can't mute yourself."),
  'v1.1/272': v11Error(403, 272, 'You are not muting the specified user.'),
  'v1.1/323': v11Error(400, 323, 'Animated GIFs are not allowed when uploading multiple images.'),
  'v1.1/324': v11Error(400, 324, 'The validation of media ids failed.'),
  'v1.1/325': v11Error(400, 325, 'A media id was not found.'),
  'v1.1/326': v11Error(
    403,
    326,
    'To protect our users from spam and other malicious activity, this account is temporarily locked. Please log in to https://twitter.com to unlock your account.',
  ),
  'v1.1/327': v11Error(403, 327, 'You have already retweeted this Tweet.'),
  'v1.1/349': v11Error(403, 349, 'You cannot send messages to this user.'),
  'v1.1/354': v11Error(403, 354, 'The text of your direct message is over the max character limit.'),
  'v1.1/355': v11Error(409, 355, 'Subscription already exists.'),
  'v1.1/385': v11Error(403, 385, 'You attempted to reply to a Tweet that is deleted or not visible to you.'),
  'v1.1/386': v11Error(403, 386, 'Tweet exceeds the number of allowed attachment types.'),
  'v1.1/407': v11Error(400, 407, 'The given URL is invalid.'),
  'v1.1/415': rawBody(
    403,
    'application/xml',
    "<?xml version='1.0' encoding='UTF-8'?><errors><error code=\"415\">Callback URL not approved for this client application. Approved callback URLs can be adjusted in your application settings</error></errors>",
  ),
  'v1.1/416': v11Error(401, 416, 'Invalid / suspended application'),
  'v1.1/417': v11Error(401, 417, "Desktop applications only support the oauth_callback value 'oob'"),
  'v1.1/421': v11Error(404, 421, 'This Tweet is no longer available.'),
  'v1.1/422': v11Error(404, 422, 'This Tweet is no longer available because it violated the Twitter Rules.'),
  'v1.1/425': v11Error(403, 425, "Some actions on this user's Tweet have been disabled by Twitter."),
  'v1.1/433': v11Error(403, 433, 'The original Tweet author restricted who can reply to this Tweet.'),
  'v1.1/453': v11Error(
    403,
    453,
    'You currently have access to a subset of Twitter API v2 endpoints and limited v1.1 endpoints (e.g. media post, oauth) only. If you need access to this endpoint, you may need a different access level. You can learn more here: https://developer.twitter.com/en/portal/product',
  ),
  'v1.1/http-200': xJson(200, {
    created_at: 'Thu Jan 01 00:00:00 +0000 2026',
    id: 1,
    id_str: '1',
    text: 'hello',
  }),
  'v1.1/http-304': {
    status: 304,
    headers: { server: 'tsa_b', 'x-transaction-id': '4f0c1b2a9d8e7f61' },
    body: '',
  },
  'v1.1/http-400': xJson(400, { request: '/1.1/media/upload.json', error: 'media type unrecognized.' }),
  'v1.1/http-401': xJson(401, { request: '/1.1/statuses/user_timeline.json', error: 'Not authorized.' }),
  'v1.1/http-403': xJson(403, { errors: 'Forbidden.' }),
  'v1.1/http-404': rawBody(
    404,
    'text/html; charset=utf-8',
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Page not found</title></head><body><h1>Sorry, that page doesn’t exist!</h1></body></html>',
  ),
  'v1.1/http-406': rawBody(406, 'text/plain; charset=utf-8', 'Not Acceptable'),
  'v1.1/http-410': xJson(410, { request: '/1/statuses/public_timeline.json', error: 'Gone' }),
  'v1.1/http-420': rawBody(420, 'text/plain; charset=utf-8', 'Exceeded connection limit for user'),
  'v1.1/http-422': xJson(422, { errors: 'Image file could not be processed.' }),
  'v1.1/http-429': xJson(429, { errors: 'Too Many Requests' }, rateLimitHeaders(180, 0)),
  'v1.1/http-500': xJson(500, { errors: 'Internal server error' }),
  'v1.1/http-502': rawBody(
    502,
    'text/html; charset=utf-8',
    '<!DOCTYPE html><html lang="en" class="icecream"><head><meta charset="utf-8"><title>Twitter / Error</title></head><body><h1>Something is technically wrong.</h1></body></html>',
  ),
  'v1.1/http-503': rawBody(
    503,
    'text/html; charset=utf-8',
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Twitter / Over capacity</title></head><body><h1>Twitter is over capacity.</h1></body></html>',
  ),
  'v1.1/http-504': rawBody(504, 'text/plain; charset=utf-8', 'Gateway Timeout'),
  // The twitter-ruby fixture (reference B.1). The reference records no code or message for the
  // other names, so theirs are illustrative; the name alone selects the entry.
  'v1.1/media-invalid': mediaStatusFailed({
    code: 1,
    name: 'InvalidMedia',
    message: 'Unsupported video format',
  }),
  'v1.1/media-unsupported': mediaStatusFailed({
    code: 1,
    name: 'UnsupportedMedia',
    message: 'Unsupported media type',
  }),
  'v1.1/media-internal-error': mediaStatusFailed({
    code: 1,
    name: 'InternalError',
    message: 'Internal error while processing media',
  }),
  // A name no entry lists.
  'v1.1/media-processing-failed': mediaStatusFailed({
    code: 1,
    name: 'ProcessingFailed',
    message: 'Media processing failed',
  }),
};
