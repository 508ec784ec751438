/**
 * Sorsa API v3 (`https://api.sorsa.io/v3`, header `ApiKey`): flat `{"message": "..."}` bodies, so
 * its 403 variants are told apart by status plus message fragments.
 *
 * The `match` entries come before the plain `sorsa/http-<status>` entries they refine, so a
 * first-match scan still picks the most specific rule. Spent credits come before a deleted key:
 * Sorsa's own description of its 403, "No credits left or key deleted", names both, and the
 * first is by far the more common cause.
 */
export const sorsaRules = [
  {
    id: 'sorsa/missing-key',
    dialect: 'sorsa',
    status: [403, 401],
    match: ['missing key in request header', 'apikey required'],
    kind: 'authentication',
    retry: 'never',
    processed: false,
  },
  {
    id: 'sorsa/key-not-paid',
    dialect: 'sorsa',
    status: [403],
    match: ['not payed', 'not paid', 'subscription has expired'],
    kind: 'credits-exhausted',
    retry: 'never',
    processed: false,
  },
  {
    id: 'sorsa/credits-exhausted',
    dialect: 'sorsa',
    status: [403],
    match: [
      'request limit exceeded',
      'no credits',
      'credits are exhausted',
      '0 credits',
      'no access or credits',
    ],
    kind: 'credits-exhausted',
    retry: 'never',
    processed: false,
  },
  {
    id: 'sorsa/key-deleted',
    dialect: 'sorsa',
    status: [401, 403],
    match: ['key deleted', 'deleted key', 'key has been deleted', 'key was deleted'],
    kind: 'authentication',
    retry: 'never',
    processed: false,
  },
  {
    id: 'sorsa/http-200',
    dialect: 'sorsa',
    status: [200],
    kind: 'ok',
    retry: 'never',
    processed: true,
  },
  {
    id: 'sorsa/http-400',
    dialect: 'sorsa',
    status: [400],
    kind: 'invalid-request',
    retry: 'never',
    processed: false,
  },
  {
    id: 'sorsa/http-401',
    dialect: 'sorsa',
    status: [401],
    kind: 'authentication',
    retry: 'never',
    processed: false,
  },
  {
    id: 'sorsa/http-403',
    dialect: 'sorsa',
    status: [403],
    kind: 'forbidden',
    retry: 'never',
    processed: false,
  },
  {
    id: 'sorsa/http-404',
    dialect: 'sorsa',
    status: [404],
    kind: 'not-found',
    retry: 'never',
    processed: false,
  },
  {
    id: 'sorsa/http-410',
    dialect: 'sorsa',
    status: [410],
    kind: 'gone',
    retry: 'never',
    processed: false,
  },
  {
    id: 'sorsa/http-429',
    dialect: 'sorsa',
    status: [429],
    kind: 'rate-limited',
    retry: 'after-reset',
    processed: false,
  },
  {
    id: 'sorsa/http-500',
    dialect: 'sorsa',
    status: [500],
    kind: 'server-error',
    retry: 'backoff',
    processed: true,
  },
] as const;
