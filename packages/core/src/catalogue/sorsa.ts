/**
 * Sorsa API v3 (`https://api.sorsa.io/v3`, header `ApiKey`): flat `{"message": "..."}` bodies, so
 * its 403 variants are told apart by status plus message fragments.
 */
export const sorsaRules = [
  {
    id: 'sorsa/key-not-paid',
    dialect: 'sorsa',
    status: [403],
    match: ['not payed', 'not paid'],
    kind: 'credits-exhausted',
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
] as const;
