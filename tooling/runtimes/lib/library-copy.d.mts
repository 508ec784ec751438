// Types for the packages' vitest configs, which import `pinnedLibraryDir` from TypeScript.

/** One entry of `librarySuites` in `versions.mjs`. */
export interface LibrarySuite {
  /** The row's library label, also its prefix under `.runtimes/`. */
  readonly library: string;
  /** The npm package. */
  readonly package: string;
  /** The pinned version. */
  readonly version: string;
  /** An npm runtime's name, or `host` for the Node that runs the runner. */
  readonly runtime: string;
  /** The vitest config, from the repository root. */
  readonly config: string;
}

/** The version of package `name` installed in the `node_modules` directory `dir`, or `undefined`. */
export declare function installedVersion(name: string, dir: string): string | undefined;

/** `suite`'s npm prefix: one of its own, so its tree never meets the runtimes' or another library's. */
export declare function libraryPrefix(suite: LibrarySuite): string;

/** Why `suite`'s pinned package is not in its prefix, or `undefined` when it is. */
export declare function libraryProblem(suite: LibrarySuite): string | undefined;

/**
 * The package directory of the pinned copy that `library` (a `librarySuites` entry's `library`)
 * names; throws, saying how to install it, when that copy is missing or another version.
 */
export declare function pinnedLibraryDir(library: string): string;
