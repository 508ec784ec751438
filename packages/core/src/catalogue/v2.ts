/**
 * X API v2: every problem type of OpenAPI v2.165–v2.167 and those seen outside the spec, the
 * sub-variants whose meaning differs (`connection_issue`, `disconnect_type`, `period`, `reason`),
 * and every documented HTTP status as `v2/http-<status>` (the `about:blank` bodies).
 */
export const v2Rules = [
  {
    id: 'v2/usage-capped',
    dialect: 'v2',
    status: [429],
    type: 'usage-capped',
    kind: 'usage-capped',
    retry: 'after-period',
    processed: false,
  },
  {
    id: 'v2/streaming-connection/TooManyConnections',
    dialect: 'v2',
    status: [429],
    type: 'streaming-connection',
    variant: { field: 'connection_issue', value: 'TooManyConnections' },
    kind: 'too-many-connections',
    retry: 'reconnect',
    processed: false,
  },
  {
    id: 'v2/http-429',
    dialect: 'v2',
    status: [429],
    type: 'about:blank',
    kind: 'rate-limited',
    retry: 'after-reset',
    processed: false,
  },
  {
    id: 'v2/http-503',
    dialect: 'v2',
    status: [503],
    type: 'about:blank',
    kind: 'unavailable',
    retry: 'backoff',
    processed: false,
  },
] as const;
