import type { V11EntryId } from '../catalogue/index.ts';
import type { EntryFacts, EntryText } from '../entry.ts';

const codes = 'https://docs.x.com/x-api/fundamentals/response-codes-and-errors';
/**
 * The same page as of 2025-06-24, the last edition with the table of error codes: the live page
 * now lists only HTTP statuses and problem types.
 */
const codeTable =
  'https://github.com/xdevplatform/docs/blob/d1139bf6/x-api/fundamentals/response-codes-and-errors.mdx';
/** The 2014–2016 response-code page, the only vendor page that lists 231 and status 420. */
const legacyCodes = 'https://dev.twitter.com/overview/api/response-codes';
/** Where the codes no vendor page lists were recorded: 104 in a client's issue, 108 in a client's code table. */
const code104 = 'https://github.com/python-twitter-tools/twitter/issues/264';
const code108 = 'https://www.powershellgallery.com/packages/BluebirdPS/0.1.1';
/** Where the 453 message itself sends developers. */
const accessLevels = 'https://developer.twitter.com/en/portal/product';
/** The chunked upload guide: the STATUS step and its `processing_info` states, `failed` among them. */
const mediaUpload = 'https://docs.x.com/x-api/media/quickstart/media-upload-chunked';

/** English texts and reference facts for the v1.1 entries. */
export const v11En: { readonly [K in V11EntryId]: EntryText & EntryFacts } = {
  'v1.1/3': {
    title: 'Invalid coordinates',
    summary: 'The latitude or longitude sent with the request is outside the valid range or malformed.',
    remedy: 'Send coordinates as decimal degrees within range, or leave them out.',
    message: 'Invalid coordinates.',
    docs: codeTable,
  },
  'v1.1/13': {
    title: 'No location for IP address',
    summary: 'A geo search by IP address could not resolve the address to any place.',
    remedy: 'Search by coordinates or a query string instead of the IP address.',
    message: 'No location associated with the specified IP address.',
    docs: codeTable,
  },
  'v1.1/17': {
    title: 'No matching users',
    summary: 'None of the user ids or screen names in the lookup belong to an existing account.',
    remedy: 'Check the ids and screen names; drop accounts that were deleted or renamed.',
    message: 'No user matches for specified terms.',
    docs: codeTable,
  },
  'v1.1/32': {
    title: 'Could not authenticate',
    summary: 'The credentials sent with the request were rejected or could not be read.',
    remedy: 'Check the consumer key, access token and OAuth signature, then send the request again.',
    message: 'Could not authenticate you.',
    docs: codeTable,
  },
  'v1.1/34': {
    title: 'Page does not exist',
    summary: 'The URL names no endpoint, or the resource it points to does not exist.',
    remedy: 'Check the endpoint path and the id in it.',
    message: 'Sorry, that page does not exist.',
    docs: codeTable,
  },
  'v1.1/36': {
    title: 'Cannot report yourself',
    summary: 'A spam report named the authenticated account itself as the offender.',
    remedy: 'Report a different account; skip the request when the target is the current user.',
    message: 'You cannot report yourself for spam.',
    docs: codeTable,
  },
  'v1.1/38': {
    title: 'Required parameter missing',
    summary: 'A parameter the endpoint needs, such as the text or media, was not sent; the message names it.',
    remedy: 'Add the parameter the message names and send the request again.',
    message: '<named> parameter is missing.',
    docs: codeTable,
  },
  'v1.1/44': {
    title: 'Invalid attachment URL',
    summary:
      'The attachment_url does not point to something that can be attached to a post, such as a post or DM deep link.',
    remedy: 'Pass the full URL of a post or a Direct Message deep link, or leave the parameter out.',
    message: 'attachment_url parameter is invalid.',
    docs: codeTable,
  },
  'v1.1/50': {
    title: 'User not found',
    summary: 'The account the request names does not exist, or no longer does.',
    remedy: 'Check the user id or screen name; treat the account as deleted if it keeps failing.',
    message: 'User not found.',
    docs: codeTable,
  },
  'v1.1/63': {
    title: 'Target user suspended',
    summary: 'The account the request is about has been suspended, so its data is not available.',
    remedy: 'Skip this account; it cannot be read or acted on while it is suspended.',
    message: 'User has been suspended.',
    docs: codeTable,
  },
  'v1.1/64': {
    title: 'Your account is suspended',
    summary: 'The user the access token belongs to is suspended and may not use this feature.',
    remedy: 'Stop sending requests with this token; the account owner must resolve the suspension with X.',
    message: 'Your account is suspended and is not permitted to access this feature.',
    docs: codeTable,
  },
  'v1.1/68': {
    title: 'API v1 retired',
    summary: 'The request went to a URL of the retired v1 REST API.',
    remedy: 'Move the call to the matching v1.1 or v2 endpoint.',
    message:
      "Some actions on this user's Post have been disabled by X. The X REST API v1 is no longer active.",
    docs: codeTable,
  },
  'v1.1/87': {
    title: 'Action not permitted for client',
    summary: 'The app is not allowed to call this endpoint or perform this action.',
    remedy: 'Check the app’s permissions and access level in the developer portal.',
    message: 'Client is not permitted to perform this action.',
    docs: codeTable,
  },
  'v1.1/88': {
    title: 'Rate limit exceeded',
    summary: 'A request allowance is used up: this endpoint’s window, or a 24-hour limit of the app or user.',
    remedy:
      'Wait until the exhausted limit resets (usually x-rate-limit-reset; a 24-hour limit has its own reset header), then continue at an even pace.',
    message: 'Rate limit exceeded.',
    docs: codeTable,
  },
  'v1.1/89': {
    title: 'Invalid or expired token',
    summary: 'The access token is wrong, was revoked by the user, or has expired.',
    remedy: 'Have the user authorise the app again to get a new access token.',
    message: 'Invalid or expired token.',
    docs: codeTable,
  },
  'v1.1/92': {
    title: 'TLS required',
    summary: 'The request was not sent over a secure connection with a TLS version X accepts.',
    remedy: 'Use https with TLS 1.2 or newer.',
    message: 'SSL is required.',
    docs: codeTable,
  },
  'v1.1/93': {
    title: 'No Direct Message permission',
    summary: 'The access token was granted without permission to read, send or delete Direct Messages.',
    remedy: 'Enable Direct Message access for the app, then have the user authorise it again.',
    message: 'This App is not allowed to access or delete your Direct Messages.',
    docs: codeTable,
  },
  'v1.1/99': {
    title: 'Unable to verify credentials',
    summary:
      'The OAuth credentials, typically the consumer key and secret sent to the token endpoint, could not be validated.',
    remedy:
      'Check the consumer key and secret (and that they were not regenerated), then request the token again.',
    message: 'Unable to verify your credentials.',
    docs: codeTable,
  },
  'v1.1/104': {
    title: 'Cannot add list members',
    summary:
      'X refused to add members to this list. The code is not in X’s documentation and its message gives no reason.',
    remedy:
      'Check that you own the list and the user can be listed; otherwise wait before adding more members.',
    message: "You aren't allowed to add members to this list.",
    docs: code104,
  },
  'v1.1/108': {
    title: 'Specified user not found',
    summary: 'A user named in a follow, friendship or Direct Message request does not exist.',
    remedy: 'Check the user id (large ids lose precision as JavaScript numbers; use id_str).',
    docs: code108,
  },
  'v1.1/109': {
    title: 'User not in list',
    summary: 'The user the request names is not a member of the list.',
    remedy: 'Fetch the list’s members first, or treat the user as already absent.',
    message: 'The specified user is not found in this list.',
    docs: codeTable,
  },
  'v1.1/110': {
    title: 'Not a list member',
    summary: 'The request tried to remove a user from a list they are not on.',
    remedy: 'Nothing to remove; treat the user as already off the list.',
    message: 'The user you are trying to remove from this list is not a member.',
    docs: codeTable,
  },
  'v1.1/120': {
    title: 'Profile value too long',
    summary:
      'A profile field sent to update_profile, such as the name or bio, exceeds its length limit; the message gives the maximum.',
    remedy: 'Shorten the field to the maximum the message states.',
    message: 'Account update failed: value is too long (maximum is nn characters).',
    docs: codeTable,
  },
  'v1.1/130': {
    title: 'Over capacity',
    summary: 'X is temporarily overloaded and did not handle the request.',
    remedy:
      'Retry after a short, growing delay; the request was not processed, so even writes are safe to resend.',
    message: 'Over capacity.',
    docs: codeTable,
  },
  'v1.1/131': {
    title: 'Internal error',
    summary: 'An unexpected failure inside X stopped the request; it may or may not have taken effect.',
    remedy: 'Retry reads after a short delay; check whether a write took effect before sending it again.',
    message: 'Internal error.',
    docs: codeTable,
  },
  'v1.1/135': {
    title: 'Timestamp out of bounds',
    summary: 'The OAuth timestamp is too far from X’s clock, usually because the local clock has drifted.',
    remedy:
      'Sync the system clock (NTP), or correct the timestamp by the offset to the date header, and sign again.',
    message: 'Could not authenticate you.',
    docs: codeTable,
  },
  'v1.1/139': {
    title: 'Already liked',
    summary: 'The post is already liked by this account; a post can be liked only once.',
    remedy: 'Treat the like as done; no further action is needed.',
    message: 'You have already favorited this status.',
    docs: codeTable,
  },
  'v1.1/144': {
    title: 'Post not found',
    summary: 'No post exists with the given id; it was most likely deleted.',
    remedy: 'Drop the id from your data; the post will not come back.',
    message: 'No status found with that ID.',
    docs: codeTable,
  },
  'v1.1/150': {
    title: 'Recipient does not follow you',
    summary:
      'The Direct Message was refused because the recipient does not follow the sender and does not accept messages from everyone.',
    remedy: 'Message only users who follow the account or have open Direct Messages.',
    message: 'You cannot send messages to users who are not following you.',
    docs: codeTable,
  },
  'v1.1/151': {
    title: 'Direct Message not sent',
    summary: 'Sending the Direct Message failed; the part of the message after the colon gives the reason.',
    remedy: 'Read the reason in the message and fix that before sending again.',
    message: 'There was an error sending your message: reason.',
    docs: codeTable,
  },
  'v1.1/160': {
    title: 'Follow already requested',
    summary: 'A follow request to this protected account is already pending.',
    remedy: 'Treat the request as sent and wait for the user to accept it.',
    message: "You've already requested to follow the user.",
    docs: codeTable,
  },
  'v1.1/161': {
    title: 'Follow limit reached',
    summary: 'The account has reached a limit on how many users it may follow, either in total or for now.',
    remedy: 'Pause following for this account and try again later, or unfollow inactive accounts.',
    message: 'You are unable to follow more people at this time.',
    docs: codeTable,
  },
  'v1.1/179': {
    title: 'Not authorised to see post',
    summary:
      'The authenticated user may not view this post, usually because its author’s posts are protected.',
    remedy: 'Skip the post, or use a token of a user who follows the protected author.',
    message: 'Sorry, you are not authorized to see this status.',
    docs: codeTable,
  },
  'v1.1/185': {
    title: 'Posting limit reached',
    summary:
      'The account has used up its allowance for posting; the limit is not only daily and its window is not published.',
    remedy: 'Stop posting from this account for a while and spread future posts out.',
    message: 'User is over daily status update limit.',
    docs: codeTable,
  },
  'v1.1/186': {
    title: 'Post too long',
    summary: 'The post text exceeds the maximum length.',
    remedy:
      'Shorten the text, counting as X does: every URL counts as 23 characters whatever its length, and some characters count double.',
    message: 'Post needs to be a bit shorter.',
    docs: codeTable,
  },
  'v1.1/187': {
    title: 'Duplicate post',
    summary: 'The account has already posted this exact text.',
    remedy: 'Change the text or treat the post as already published.',
    message: 'Status is a duplicate.',
    docs: codeTable,
  },
  'v1.1/195': {
    title: 'Missing or invalid URL',
    summary: 'The request needs a url parameter and it was absent or not a valid URL.',
    remedy: 'Send a complete, valid URL in the url parameter.',
    message: 'Missing or invalid url parameter.',
    docs: codeTable,
  },
  'v1.1/200': {
    title: 'Account Activity forbidden',
    summary:
      'The Account Activity API refused the request, typically because the app lacks access to it or to this environment.',
    remedy: 'Check the app’s Account Activity API access and the environment name in the URL.',
    message: 'Forbidden',
    docs: codeTable,
  },
  'v1.1/205': {
    title: 'Spam report limit reached',
    summary: 'The account has filed as many spam reports as it may for now.',
    remedy: 'Stop reporting from this account for a while, then try again.',
    message: 'You are over the limit for spam reports.',
    docs: codeTable,
  },
  'v1.1/214': {
    title: 'DM or webhook setup refused',
    summary:
      'Two uses share this code: a welcome message failed because the owner does not accept Direct Messages from everyone, or a webhook was refused (bad URL, failed or slow CRC check, too many webhooks).',
    remedy:
      'For DMs, open the account’s Direct Messages to everyone; for webhooks, fix the URL and make the CRC response return 200 within 3 seconds.',
    message: 'Owner must allow dms from anyone.',
    docs: codeTable,
  },
  'v1.1/215': {
    title: 'Bad authentication data',
    summary:
      'The endpoint needs authentication and the request carried none, or an Authorization header X could not parse.',
    remedy: 'Send a correctly formed OAuth 1.0a or bearer Authorization header.',
    message: 'Bad authentication data.',
    docs: codeTable,
  },
  'v1.1/220': {
    title: 'Credentials lack access',
    summary:
      'The token is valid but restricted and cannot reach this resource, for example an app-only token on a user-context endpoint.',
    remedy: 'Use a token type and access level that this endpoint accepts.',
    message: 'Your credentials do not allow access to this resource.',
    docs: codeTable,
  },
  'v1.1/226': {
    title: 'Looks automated',
    summary: 'X’s spam filters flagged this action as automated and blocked it for now.',
    remedy:
      'Do not resend it soon: cut back the account’s automated actions, do not repeat identical content, try again much later, and report a false positive to X through its support form.',
    message:
      "This request looks like it might be automated. To protect our users from spam and other malicious activity, we can't complete this action right now.",
    docs: codeTable,
  },
  'v1.1/231': {
    title: 'Login verification needed',
    summary: 'An xAuth sign-in was challenged because the user has login verification turned on.',
    remedy: 'Send the user to x.com to sign in, or switch to the regular OAuth flow.',
    message: 'User must verify login',
    docs: legacyCodes,
  },
  'v1.1/251': {
    title: 'Endpoint retired',
    summary: 'The request went to an endpoint that X has switched off.',
    remedy: 'Move the call to its current replacement endpoint.',
    message: 'This endpoint has been retired and should not be used.',
    docs: codeTable,
  },
  'v1.1/261': {
    title: 'App cannot write',
    summary:
      'The app or its access token lacks write permission, or X has restricted the app from POST, PUT and DELETE requests.',
    remedy:
      'Give the app read and write permission and regenerate the access token; if X restricted the app, check it in the developer portal.',
    message: 'Your App cannot perform write actions.',
    docs: codeTable,
  },
  'v1.1/271': {
    title: 'Cannot mute yourself',
    summary: 'The mute request named the authenticated account itself.',
    remedy: 'Skip the request when the target is the current user.',
    message: "You can't mute yourself.",
    docs: codeTable,
  },
  'v1.1/272': {
    title: 'Not muting this user',
    summary: 'An unmute was requested for an account that is not muted.',
    remedy: 'Treat the user as already unmuted; nothing else to do.',
    message: 'You are not muting the specified user.',
    docs: codeTable,
  },
  'v1.1/323': {
    title: 'Too many animated GIFs',
    summary:
      'An animated GIF was attached together with other images; a post may carry only one GIF on its own.',
    remedy: 'Attach the GIF alone, or send still images without it.',
    message: 'Animated GIFs are not allowed when uploading multiple images.',
    docs: codeTable,
  },
  'v1.1/324': {
    title: 'Media id validation failed',
    summary:
      'One of the media ids attached to the post is unusable, for example still processing, expired, or uploaded by another user.',
    remedy:
      'Wait until processing succeeds, then attach media uploaded by the same user within the last day.',
    message: 'The validation of media ids failed.',
    docs: codeTable,
  },
  'v1.1/325': {
    title: 'Media id not found',
    summary: 'A media id attached to the post does not exist, or has expired.',
    remedy: 'Upload the media again and attach the new id.',
    message: 'A media id was not found.',
    docs: codeTable,
  },
  'v1.1/326': {
    title: 'Account temporarily locked',
    summary:
      'X locked the authenticated account to protect it from spam or abuse; its token will not work until it is unlocked.',
    remedy: 'The account owner must log in at x.com and complete the unlock steps.',
    message:
      'To protect our users from spam and other malicious activity, this account is temporarily locked.',
    docs: codeTable,
  },
  'v1.1/327': {
    title: 'Already reposted',
    summary: 'The account has already reposted this post.',
    remedy: 'Treat the repost as done; no further action is needed.',
    message: 'You have already reposted this Post.',
    docs: codeTable,
  },
  'v1.1/349': {
    title: 'Cannot message this user',
    summary:
      'The sender is not allowed to send Direct Messages to this recipient, for example because of a block or the recipient’s settings.',
    remedy: 'Do not retry; message this user only if they follow the account or open their Direct Messages.',
    message: 'You cannot send messages to this user.',
    docs: codeTable,
  },
  'v1.1/354': {
    title: 'Direct Message too long',
    summary: 'The Direct Message text is longer than the allowed number of characters.',
    remedy: 'Shorten the message or split it into several.',
    message: 'The text of your direct message is over the max character limit.',
    docs: codeTable,
  },
  'v1.1/355': {
    title: 'Subscription already exists',
    summary: 'The Account Activity API already has a subscription for this user.',
    remedy: 'Treat the subscription as in place; list subscriptions to confirm.',
    message: 'Subscription already exists.',
    docs: codeTable,
  },
  'v1.1/385': {
    title: 'Reply target not visible',
    summary: 'The post being replied to is deleted or not visible to the authenticated user.',
    remedy: 'Check that the post still exists and is visible to this account before replying.',
    message: 'You attempted to reply to a Post that is deleted or not visible to you.',
    docs: codeTable,
  },
  'v1.1/386': {
    title: 'Too many attachment types',
    summary: 'The post combines attachment kinds, such as media and a quoted post, but may carry only one.',
    remedy: 'Keep a single attachment kind per post.',
    message: 'The Post exceeds the number of allowed attachment types.',
    docs: codeTable,
  },
  'v1.1/407': {
    title: 'Invalid URL',
    summary:
      'A URL in the post could not be processed, for example a non-ASCII URL that could not be converted.',
    remedy: 'Fix or encode the URL, or remove it from the text.',
    message: 'The given URL is invalid.',
    docs: codeTable,
  },
  'v1.1/415': {
    title: 'Callback URL not approved',
    summary: 'The OAuth callback URL is not on the app’s list of allowed callback URLs.',
    remedy: 'Add the exact callback URL to the app’s settings in the developer portal.',
    message:
      "Callback URL not approved for this client App. Approved callback URLs can be adjusted in your App's settings.",
    docs: codeTable,
  },
  'v1.1/416': {
    title: 'App invalid or suspended',
    summary: 'The app is unknown or suspended and cannot be used to sign in users.',
    remedy: 'Check the app’s status in the developer portal; a suspended app must be reinstated by X.',
    message: 'Invalid / suspended App.',
    docs: codeTable,
  },
  'v1.1/417': {
    title: 'Callback must be oob',
    summary:
      'The request asked for PIN-based (out-of-band) OAuth, which conflicts with the callback URL set up for the app.',
    remedy:
      'Send oauth_callback=oob only for apps without a callback URL; otherwise use the registered callback URL.',
    message: 'Desktop applications only support the oauth_callback value oob.',
    docs: codeTable,
  },
  'v1.1/421': {
    title: 'Post no longer available',
    summary: 'The post exists in some form but cannot be returned, for one of several policy reasons.',
    remedy: 'Skip the post; the API will not return it.',
    message: 'This Post is no longer available.',
    docs: codeTable,
  },
  'v1.1/422': {
    title: 'Post removed for rule violation',
    summary: 'The post was withheld because it broke X’s rules.',
    remedy: 'Skip the post; it will not be available through the API.',
    message: 'This Post is no longer available because it violated the X Rules.',
    docs: codeTable,
  },
  'v1.1/425': {
    title: 'Actions on post disabled',
    summary:
      'X has turned off some interactions with this user’s post, for example under its public-interest policy.',
    remedy: 'Do not retry the action on this post.',
    message: "Some actions on this user's Post have been disabled by X.",
    docs: codeTable,
  },
  'v1.1/433': {
    title: 'Replies restricted',
    summary: 'The author limited who can reply to this post, and the authenticated user is not among them.',
    remedy: 'Do not reply to this post from this account.',
    message: 'The original Post author restricted who can reply to this Post.',
    docs: codeTable,
  },
  'v1.1/453': {
    title: 'Endpoint not in access level',
    summary:
      'The app’s access level does not include this v1.1 endpoint; lower tiers reach only a few v1.1 endpoints such as media upload and OAuth.',
    remedy: 'Use the v2 equivalent, or move the app to an access level that includes this endpoint.',
    message:
      'You currently have access to a subset of Twitter API v2 endpoints and limited v1.1 endpoints (e.g. media post, oauth) only. If you need access to this endpoint, you may need a different access level. You can learn more here: https://developer.twitter.com/en/portal/product',
    docs: accessLevels,
  },
  'v1.1/http-200': {
    title: 'Success',
    summary: 'The request succeeded.',
    remedy: 'Nothing to do.',
    docs: codes,
  },
  'v1.1/http-304': {
    title: 'Not modified',
    summary: 'There was no new data since the version the client already has.',
    remedy: 'Keep using the cached data.',
    docs: codeTable,
  },
  'v1.1/http-400': {
    title: 'Bad request',
    summary:
      'X could not accept the request as sent, for example a malformed parameter or unsupported media.',
    remedy: 'Read the message, fix the request, and send it again.',
    docs: codes,
  },
  'v1.1/http-401': {
    title: 'Unauthorized',
    summary: 'Authentication was missing or wrong, or the user may not see the requested resource.',
    remedy: 'Check the credentials and that the user can access the resource.',
    docs: codes,
  },
  'v1.1/http-403': {
    title: 'Forbidden',
    summary: 'X understood the request but refused it, for a reason the body does not state as a code.',
    remedy: 'Read the message; do not retry the same request unchanged.',
    docs: codes,
  },
  'v1.1/http-404': {
    title: 'Not found',
    summary:
      'The URL is not an endpoint, or the resource it names does not exist; the body may even be an HTML page.',
    remedy: 'Check the endpoint path and the ids in it.',
    docs: codes,
  },
  'v1.1/http-406': {
    title: 'Not acceptable',
    summary:
      'X cannot answer in the format the request asked for, for example when a stream client does not accept gzip.',
    remedy: 'Send Accept-Encoding: gzip and request a supported format such as JSON.',
    docs: codeTable,
  },
  'v1.1/http-410': {
    title: 'Gone',
    summary: 'The endpoint has been turned off for good.',
    remedy: 'Move the call to the endpoint that replaced it.',
    docs: codeTable,
  },
  'v1.1/http-420': {
    title: 'Enhance your calm',
    summary:
      'The legacy search, trends or streaming APIs throttled the app, most often for opening too many stream connections.',
    remedy:
      'Close duplicate connections and reconnect no sooner than a minute later, doubling the wait each time.',
    docs: legacyCodes,
  },
  'v1.1/http-422': {
    title: 'Unprocessable entity',
    summary:
      'X could read the request but not process its content, such as an invalid banner image or malformed JSON body.',
    remedy: 'Fix the uploaded file or the JSON body and send it again.',
    docs: codeTable,
  },
  'v1.1/http-429': {
    title: 'Too many requests',
    summary:
      'A rate limit for this app or user is used up; the x-rate-limit-*, x-app-limit-24hour-* and x-user-limit-24hour-* headers show which limit is at 0 and when it resets.',
    remedy: 'Wait until the exhausted limit resets, then continue at a slower pace.',
    docs: codes,
  },
  'v1.1/http-500': {
    title: 'Internal server error',
    summary: 'Something failed inside X while handling the request; it may or may not have taken effect.',
    remedy: 'Retry reads after a short delay; check whether a write took effect before sending it again.',
    docs: codes,
  },
  'v1.1/http-502': {
    title: 'Bad gateway',
    summary: 'X is down or being upgraded, and a front-end server got no valid answer from behind it.',
    remedy: 'Retry with growing delays; check whether a write took effect before resending it.',
    docs: codes,
  },
  'v1.1/http-503': {
    title: 'Service unavailable',
    summary:
      'X, or a proxy in front of it, is unavailable. Without X’s code 130 the answer does not say whether the request was handled.',
    remedy:
      'Retry reads after a short, growing delay; before resending a write, check whether it already took effect.',
    docs: codes,
  },
  'v1.1/http-504': {
    title: 'Gateway timeout',
    summary:
      'X’s servers are up, but the request timed out somewhere inside; it may or may not have taken effect.',
    remedy: 'Retry reads after a delay; check whether a write took effect before sending it again.',
    docs: codes,
  },
  'v1.1/media-invalid': {
    title: 'Invalid media',
    summary:
      'The upload was accepted, but processing failed because the file itself is damaged or not valid media; the STATUS response reports it with a 200.',
    remedy: 'Do not upload the same file again; fix or re-encode it, then start a new upload.',
    message: 'Unsupported video format',
    docs: mediaUpload,
  },
  'v1.1/media-unsupported': {
    title: 'Unsupported media',
    summary:
      'The upload was accepted, but processing failed because X does not support this kind of media or its encoding; the STATUS response reports it with a 200.',
    remedy: 'Convert the file to a format, codec and size X accepts, then start a new upload.',
    docs: mediaUpload,
  },
  'v1.1/media-internal-error': {
    title: 'Media processing error',
    summary:
      'The upload was accepted, but processing failed inside X, not because of the file; the STATUS response reports it with a 200.',
    remedy: 'Wait a little, then upload the same file again from INIT; the failed media id stays unusable.',
    docs: mediaUpload,
  },
  'v1.1/media-processing-failed': {
    title: 'Media processing failed',
    summary:
      'The upload was accepted, but processing failed for a reason this catalogue does not know; the STATUS response reports it with a 200.',
    remedy: 'Read the error name and message in the response before deciding whether to upload again.',
    docs: mediaUpload,
  },
};
