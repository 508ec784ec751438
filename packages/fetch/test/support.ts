/** Real backoff shape with millisecond steps, so retry tests take no time. */
export const fastRetry = { baseDelayMs: 1, capDelayMs: 5 } as const;
