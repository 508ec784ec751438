/** ANSI styles, or plain pass-throughs when colour is off. */
export interface Paint {
  readonly bold: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly green: (text: string) => string;
  readonly red: (text: string) => string;
  readonly cyan: (text: string) => string;
}

const style =
  (open: number, close: number) =>
  (text: string): string =>
    `\u001b[${open}m${text}\u001b[${close}m`;

const plain = (text: string): string => text;

/** Colours for a terminal, or none at all (pipes, files, CI logs, `NO_COLOR`). */
export function createPaint(enabled: boolean): Paint {
  if (!enabled) return { bold: plain, dim: plain, green: plain, red: plain, cyan: plain };
  return {
    bold: style(1, 22),
    dim: style(2, 22),
    green: style(32, 39),
    red: style(31, 39),
    cyan: style(36, 39),
  };
}

/** Colour only when stdout is a terminal and the user did not opt out. */
export function colourWanted(stream: { readonly isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  return stream.isTTY === true && env['NO_COLOR'] === undefined;
}
