/** How a call ended. */
export type Ending =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly error: unknown };

/** Waits for `promise` and reports how it ended, without throwing. */
export async function settle(promise: Promise<unknown>): Promise<Ending> {
  try {
    return { ok: true, value: await promise };
  } catch (error) {
    return { ok: false, error };
  }
}

/** A short description of anything thrown, for failure messages. */
export function describeThrown(error: unknown): string {
  if (error instanceof Error) return `${error.constructor.name}: ${error.message}`;
  return `non-error ${typeof error}: ${String(error)}`;
}
