/** The three APIs the simulator answers as: X API v2 (`/2`), v1.1 (`/1.1`) and Sorsa (`/v3`). */
export type Surface = 'v2' | 'v1.1' | 'sorsa';

const prefixes: readonly (readonly [string, Surface])[] = [
  ['/2', 'v2'],
  ['/1.1', 'v1.1'],
  ['/v3', 'sorsa'],
];

/** The surface a path belongs to, or `undefined` outside all three. */
export function surfaceOf(path: string): Surface | undefined {
  for (const [prefix, surface] of prefixes) {
    if (path === prefix || path.startsWith(`${prefix}/`)) return surface;
  }
  return undefined;
}
