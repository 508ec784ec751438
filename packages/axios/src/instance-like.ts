/** Interceptor registration, as `withXApi` uses it. */
interface InterceptorsLike {
  use(...handlers: never[]): number;
  eject(id: number): void;
}

/**
 * What `withXApi` and `ejectXApi` take: an axios instance, described by the members they use rather
 * than as axios's `AxiosInstance`. axios ships separate declarations for CommonJS and ESM whose
 * instance types are not assignable to each other, so a CommonJS TypeScript project (whose `axios`
 * is the CommonJS one) could not pass its instance to this ESM package's `AxiosInstance`.
 */
export interface AxiosInstanceLike {
  /** Where `withXApi` adds (and `ejectXApi` removes) its request and response interceptors. */
  readonly interceptors: {
    readonly request: InterceptorsLike;
    readonly response: InterceptorsLike;
  };
  /**
   * Builds a request's full URL from its config. The adapter joins URLs itself and calls this only
   * when that fails, so that axios raises its own error for the config.
   */
  getUri(...config: never[]): string;
  /** Sends a request from its config: how a retry is sent. */
  request(...config: never[]): Promise<unknown>;
}
